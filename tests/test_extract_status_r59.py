"""Round 59 (status): a chronicler's "n/a — figure not entered" (not public, not inapplicable),
"we don't have a reliable figure" (not public), a speech's question answered by a bare denial or
by the body's kind, a denied list before the values, "have not been able to verify a figure",
"none is given" after a clause about the figures, and a footnote reference that is no figure
(extract/status.py, status-unentered-reasons.csv, status-question-answers.csv, status-list-nouns.csv)."""

from __future__ import annotations

import pytest

from orgkg.extract.parent import read_parent
from orgkg.extract.status import read_status, status_of_text
from orgkg.model import Field, FieldStatus, Identity, Item, OrgKind, Parent

NONE, NOT_PUBLIC, NOT_APPLICABLE, STATED = (
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.NOT_APPLICABLE,
    FieldStatus.STATED,
)
EMPLOYEES, STAFF, BUDGET = "Number of employees", "Staff", "Last total enacted budget"
PARENT, LEGISLATION, PARTNERS = "Parent organization", "Legislation", "Partners"


@pytest.mark.parametrize(
    "text, heading",
    [
        ("n/a — payroll total not entered", EMPLOYEES),
        ("N/A: no headcount kept in these annals", STAFF),
        ("n/a — a triennial plan; amount never recorded", BUDGET),
        ("n/a (not published)", EMPLOYEES),
        ("Not applicable — staff roll was never compiled after 1950.", STAFF),
        ("n/a — not available in this register", BUDGET),
    ],
)
def test_na_with_an_unentered_reason_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading",
    [
        ("n/a — a mutual society; no enacted budget", BUDGET),
        ("n/a — cooperative; accounts, not an appropriation", BUDGET),
        ("n/a — see Number of employees", STAFF),
        ("n/a — not entered", LEGISLATION),  # only the figure fields
        ("N/A — a trade association, not a government body", BUDGET),
    ],
)
def test_na_with_a_reason_of_kind_stays_not_applicable(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_APPLICABLE


@pytest.mark.parametrize(
    "text, heading",
    [
        ("We don't have a trustworthy figure to give you.", EMPLOYEES),
        ("The guild does not have an exact headcount.", STAFF),
        ("The archive doesn't have figures for the war years.", STAFF),
        ("We do not have a total that we would stand behind.", BUDGET),
    ],
)
def test_lacking_a_figure_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading",
    [
        ("The foundation does not have a budget of its own.", BUDGET),
        ("It does not have a total enacted budget.", BUDGET),
        ("The league does not have a headcount cap.", STAFF),
    ],
)
def test_lacking_the_concept_stays_not_applicable(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_APPLICABLE


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Do we report to a larger group? We do not. The founders still own most of the shares.", PARENT),
        ("Were we set up by a statute? No. We were registered as an ordinary society.", LEGISLATION),
        ("Is the choir part of some church? It is not. It stands on its own.", PARENT),
        ("A charter? None at all. A handshake founded us.", LEGISLATION),
        ("Does the lab belong to a university, as visitors ask? Not any more. It left in 1990.", PARENT),
        ("Did the firm have an owner above it? No.", PARENT),
    ],
)
def test_a_question_answered_by_a_bare_denial_is_none(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NONE


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Were we founded by a law? No, friends — by a royal decree of 1810.", LEGISLATION),
        ("Do we belong to a group? We do. The Halvorsen group owns us.", PARENT),
        ("Where do we sit? No. 9 Quay Street.", "Headquarters address"),
        ("Was it easy? No. The museum opened in 1950 after a long fight.", "History"),
        ("Is there a parent? No parent is named in the deed.", PARENT),
    ],
)
def test_a_question_without_a_bare_denial_decides_no_null(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is not NONE


@pytest.mark.parametrize(
    "text",
    [
        "An enacted budget? We are a cooperative firm, not a council; we publish accounts.",
        "A budget voted by parliament? No — it was a private company; fares paid for everything.",
        "An appropriation? It was a charity, not a department.",
    ],
)
def test_a_budget_question_answered_by_the_kind_of_body_is_not_applicable(text: str) -> None:
    assert status_of_text(text, BUDGET).status is NOT_APPLICABLE


@pytest.mark.parametrize(
    "text, heading",
    [
        ("A budget? We are a company, and the board approved 5 million euros for 2023.", BUDGET),
        ("A parent? We are a company owned by the city.", PARENT),  # not a kind-heading field
    ],
)
def test_a_kind_answer_with_a_figure_or_elsewhere_is_not_applicable_nowhere(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is not NOT_APPLICABLE


@pytest.mark.parametrize(
    "text",
    ["No member listing is published by the league.", "No partner register is kept by the cooperative."],
)
def test_a_denied_list_alone_is_not_public(text: str) -> None:
    assert status_of_text(text, PARTNERS).status is NOT_PUBLIC


@pytest.mark.parametrize("text", ["No partners.", "No listed partners exist.", "No partnerships of any kind."])
def test_no_values_without_a_list_noun_stays_none(text: str) -> None:
    assert status_of_text(text, PARTNERS).status is NONE


@pytest.mark.parametrize(
    "text, heading",
    [
        ("I have not been able to verify a reliable figure for the last year (n. 9).", BUDGET),
        ("The author wasn't able to locate a headcount for 1960.", STAFF),
        ("We have not been able to confirm any total.", BUDGET),
        ("The society was unable to trace a figure for its staff.", EMPLOYEES),
    ],
)
def test_not_able_to_find_a_figure_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading",
    [
        ("The office was able to confirm a figure of 400 staff.", STAFF),
        ("I was not able to attend the budget session; the budget was EUR 4 million.", BUDGET),
        ("We have not been able to find a figure, but roughly 300 people work there.", STAFF),
    ],
)
def test_able_to_find_or_a_figure_given_is_no_null(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Annual figures are hard to compare across reforms (cf. n. 21); none is given here.", BUDGET),
        ("Headcount estimates differ between sources (see n. 7); none is published here.", EMPLOYEES),
        ("Staff numbers rose after the war; none were kept in the archive.", STAFF),
    ],
)
def test_none_given_after_a_clause_about_figures_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Budgets are voted each spring by the council; none is given here.", BUDGET),  # no figure noun
        ("The figures are EUR 3 million for 2020; none is given for 2021.", BUDGET),  # a figure given
        ("The totals run to 4,000 staff (n. 3); none is given for 1950.", STAFF),
    ],
)
def test_none_given_without_a_figure_noun_or_after_a_figure_decides_nothing(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


def test_na_before_an_unpublished_budget_stays_not_applicable() -> None:
    # "no <figure noun> kept" is an unentered figure; "no capital budget published" is the concept
    assert status_of_text("N/A — no capital budget published. Members raised about A$2 million.", BUDGET).status is (
        NOT_APPLICABLE
    )


SELF = Identity("Harbourside Maritime Archive", OrgKind.ORGANIZATION, acronym="HMA")


def _field(*lines: str) -> Field:
    return Field(PARENT, 5, tuple(Item(6 + n, line) for n, line in enumerate(lines)))


def _parents(*lines: str) -> list[str]:
    facts, _ = read_parent(_field(*lines), SELF)
    return [f.org.name for f in facts if isinstance(f, Parent)]


@pytest.mark.parametrize(
    "lines, names",
    [
        (
            ("1950–1971 | Ministry of Shipping", "1972 → Ministry of Culture (MOC)"),
            ["Ministry of Shipping", "Ministry of Culture"],
        ),
        (("1920-04-01 → City Council of Harbourside",), ["City Council of Harbourside"]),
        (
            ("1901–1933 | — (none): a private society", "1934-06-01 → National Heritage Board"),
            ["National Heritage Board"],
        ),
        (("c. 1960 – 1974 | Department of Trade",), ["Department of Trade"]),
    ],
)
def test_a_chroniclers_dated_lines_each_name_a_parent(lines: tuple[str, ...], names: list[str]) -> None:
    assert _parents(*lines) == names


@pytest.mark.parametrize(
    "lines",
    [
        ("1876–1945 | — (none): a public-law body with private shareholders",),
        ("2001-03-09 → — (none): an independent trust",),
        ("1930–1950 | — (none)", "1951 → none: autonomous since"),
    ],
)
def test_dated_lines_that_are_all_nulls_are_none(lines: tuple[str, ...]) -> None:
    assert read_status(_field(*lines)).status is NONE
    assert _parents(*lines) == []


@pytest.mark.parametrize(
    "lines",
    [
        ("1950 | Ministry of Shipping", "later the Ministry of Culture"),  # not every line dated
        ("1950: Ministry of Shipping",),  # a colon label, read as before
    ],
)
def test_lines_not_all_dated_are_not_read_as_a_chronicle(lines: tuple[str, ...]) -> None:
    assert read_status(_field(*lines)).status is STATED


@pytest.mark.parametrize(
    "text, name",
    [
        ("Yes — the Polytechnic University of Harbourside, since 1971.", "Polytechnic University of Harbourside"),
        ("Yes, the Ministry of Maritime Affairs.", "Ministry of Maritime Affairs"),
        ("Yes indeed — the City Council of Harbourside.", "City Council of Harbourside"),
    ],
)
def test_a_replys_yes_before_the_parent(text: str, name: str) -> None:
    assert _parents(text) == [name]


@pytest.mark.parametrize("text", ["Yesterday the Ministry of Culture took over.", "Yes — it stands alone."])
def test_no_parent_without_a_name_after_yes(text: str) -> None:
    assert _parents(text) == []
