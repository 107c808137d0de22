"""Round 23 (family F1: status, parent, identity): a government communications writer. Intros
with two closing brackets after the name ("X (ACR) (Arabic: …) is"), a title with its country in
brackets, a name written in two languages (or with its country) joined by a spaced dash; a
currency code before a null word in a figure field; a figure field that describes an approval
and then says the amount itself is not published."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.status import read_status, status_of_text
from orgkg.model import Field, FieldStatus, Identity, Item, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("p.txt", "p", "0" * 64, title, 1, intro, 2, ()))


def _field(name: str, *lines: str) -> Field:
    return Field(name, 3, tuple(Item(4 + n, line, False) for n, line in enumerate(lines)))


# -- identity: two closing brackets after the name --------------------------------------------


@pytest.mark.parametrize(
    "intro, other",
    [
        ("The Gulf Water Research Centre (GWRC) (Arabic: مركز أبحاث المياه) is a research body.", "مركز أبحاث المياه"),
        (
            "The Gulf Water Research Centre (GWRC) (French: Centre de Recherche sur l'Eau du Golfe) is a lab.",
            "Centre de Recherche sur l'Eau du Golfe",
        ),
        ("Gulf Water Research Centre (GWRC) (Persian: مرکز تحقیقات آب خلیج) was a state body.", "مرکز تحقیقات آب خلیج"),
    ],
)
def test_an_acronym_then_a_native_name_in_two_brackets(intro: str, other: str) -> None:
    found = _identity("Gulf Water Research Centre", intro)
    assert (found.name, found.acronym) == ("Gulf Water Research Centre", "GWRC")
    assert found.alternate_names == (other,)


@pytest.mark.parametrize(
    "intro, formers",
    [
        (
            "The Gulf Water Research Centre (GWRC) (formerly the Gulf Hydrology Office) is a lab.",
            ("Gulf Hydrology Office",),
        ),
        ("The Gulf Water Research Centre (GWRC) (est. 1962) is a lab.", ()),
        ("The Gulf Water Research Centre (GWRC) (see below) is a lab.", ()),
    ],
)
def test_a_second_bracket_of_another_kind(intro: str, formers: tuple[str, ...]) -> None:
    found = _identity("Gulf Water Research Centre", intro)
    assert (found.name, found.acronym) == ("Gulf Water Research Centre", "GWRC")
    assert found.former_names == formers
    assert found.alternate_names == ()  # "est. 1962", "see below" are notes, not names


@pytest.mark.parametrize(
    "title",
    [
        "Gulf Water Research Centre (Bahrain)",
        "Gulf Water Research Centre (Kingdom of Bahrain)",
        "Gulf Water Research Centre",
    ],
)
def test_a_title_with_its_country_in_brackets(title: str) -> None:
    found = _identity(title, "The Gulf Water Research Centre (GWRC) (Arabic: مركز المياه) is a lab.")
    assert (found.name, found.acronym) == ("Gulf Water Research Centre", "GWRC")
    assert "Gulf Water Research Centre" not in found.alternate_names


# -- identity: a name in two languages, or with its country, joined by a dash -------------------


@pytest.mark.parametrize(
    "intro, other",
    [
        (
            "The Gulf Water Research Centre — Centre de Recherche sur l'Eau du Golfe (GWRC) is a lab.",
            "Centre de Recherche sur l'Eau du Golfe",
        ),
        (
            "The Gulf Water Research Centre – Centro de Investigación del Agua (GWRC) is a lab.",
            "Centro de Investigación del Agua",
        ),
        (
            "Centre de Recherche sur l'Eau – Gulf Water Research Centre (GWRC) is a lab.",
            "Centre de Recherche sur l'Eau",
        ),
    ],
)
def test_a_name_in_two_languages_joined_by_a_dash(intro: str, other: str) -> None:
    found = _identity("Gulf Water Research Centre", intro)
    assert (found.name, found.acronym) == ("Gulf Water Research Centre", "GWRC")
    assert found.alternate_names == (other,)


@pytest.mark.parametrize(
    "intro, place",
    [
        ("The Gulf Water Research Centre – Bahrain (GWRC-B) (Arabic: مركز المياه) is a lab.", "Bahrain"),
        ("The Gulf Water Research Centre — United Arab Emirates (GWRC) is a lab.", "Emirates"),
        ("The Gulf Water Research Centre - Kingdom of Saudi Arabia (GWRC) is a lab.", "Arabia"),
        ("The Gulf Water Research Centre – Rio de Janeiro (GWRC) is a lab.", "Rio"),
        ("The Gulf Water Research Centre – Abu Dhabi (GWRC) is a lab.", "Dhabi"),
    ],
)
def test_a_place_after_the_dash_is_no_name(intro: str, place: str) -> None:
    found = _identity("Gulf Water Research Centre (Bahrain)", intro)
    assert found.name == "Gulf Water Research Centre"
    assert not any(place in n for n in found.alternate_names)


@pytest.mark.parametrize(
    "title, intro, name",
    [
        # the title is a one-word short form: the dashed name is the full one
        ("Wadi", "Wadi – Gulf Water Research Centre is a lab.", "Wadi – Gulf Water Research Centre"),
        # no side of the dash is the title: kept whole
        (
            "Gulf Water Research Centre",
            "The Gulf Water Institute – Marine Station (GWI) is a lab.",
            "Gulf Water Research Centre",
        ),
    ],
)
def test_a_dashed_name_without_a_title_side_is_not_split(title: str, intro: str, name: str) -> None:
    found = _identity(title, intro)
    assert found.name == name
    assert "Gulf Water Research Centre" not in found.alternate_names or name != "Gulf Water Research Centre"
    assert "Marine Station" not in found.alternate_names


# -- status: a currency before a null word -----------------------------------------------------

_BUDGET = "Last total enacted budget"


@pytest.mark.parametrize(
    "text, status",
    [
        ("KWD — not published.", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("US$: n/a", FieldStatus.NOT_APPLICABLE),
        ("₹ – not available", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("QAR (not disclosed)", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("CHF — not applicable; the body has no budget of its own.", FieldStatus.NOT_APPLICABLE),
    ],
)
def test_a_currency_before_a_null_word_gives_its_status(text: str, status: FieldStatus) -> None:
    assert read_status(_field(_BUDGET, text)).status is status


@pytest.mark.parametrize(
    "text",
    ["KWD 12 million — not audited.", "US$ 3.5 million (2022); the 2023 figure is not disclosed."],
)
def test_a_currency_with_an_amount_is_stated(text: str) -> None:
    assert read_status(_field(_BUDGET, text)).stated


# -- status: an approval described, then the figure itself withheld ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Council adopted the 2024 budget on 3 March 2024 (22 Sha'ban 1445); the amount was not published.",
        "Parliament votes the appropriation each year; the exact sum is not disclosed.",
        "Approved annually by the Board of Governors; but the total has not been made public.",
        "The Board approved the 2023 estimates in December. The amount has not been disclosed.",
    ],
)
def test_an_approval_then_a_withheld_amount_is_not_public(text: str) -> None:
    reading = status_of_text(text, _BUDGET)
    assert reading.status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text",
    [
        "EUR 4.1 million in 2023; the 2024 amount is not disclosed.",  # a figure before: stated
        "Approved on 3 March 2024; the amount is published in the Official Gazette.",  # no negation
        "Funded by the Treasury since 1990; its staff costs are not disclosed.",  # no figure noun opens it
        "The Board approved 1,250 posts in 2023; the total is not published.",  # a count before: stated
        "Approved by Decree No. 14/99; the amount is not disclosed, but it exceeds QAR 2 billion.",  # goes on
    ],
)
def test_a_figure_or_no_figure_subject_stays_stated(text: str) -> None:
    assert status_of_text(text, _BUDGET).stated


def test_the_withheld_amount_rule_is_for_figure_fields_only() -> None:
    text = "The Council adopted its charter in 2010; the amount was not published."
    assert status_of_text(text, "Legislation").stated


@pytest.mark.parametrize(
    "first_line, other",
    [
        ("The Gulf Water Research Centre (GWRC) (Arabic: مركز المياه) is a research body in Manama.", "مركز المياه"),
        ("Gulf Water Research Centre (GWRC) (French: Centre de l'Eau du Golfe) was a lab, later closed.", None),
    ],
)
def test_two_brackets_in_a_first_line_that_is_the_intro(first_line: str, other: str | None) -> None:
    found = read_identity(Profile("p.txt", "p", "0" * 64, first_line, 1, None, 2, ()))
    assert (found.name, found.acronym) == ("Gulf Water Research Centre", "GWRC")
    assert other is None or other in found.alternate_names


@pytest.mark.parametrize(
    "text",
    [
        "In Kuwaiti dinars; not disclosed.",
        "Financed by the State Treasury since 1974; unknown (see the annual report).",
        "Funded from the Fund's own capital. Not published.",
        "KWD — figures withheld.",
        "Budget: confidential",
    ],
)
def test_a_bare_null_or_a_withheld_figure_after_no_figure_is_not_public(text: str) -> None:
    assert status_of_text(text, _BUDGET).status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text, heading",
    [
        ("KWD 40 million; unknown.", _BUDGET),  # an amount before: stated
        ("Financed by the State Treasury; not audited.", _BUDGET),  # no null phrase
        ("The minutes were kept confidential until 2001.", "History"),  # not a figure field
        ("Her appointment was withheld from the press.", "Leader"),
    ],
)
def test_withheld_and_bare_nulls_outside_their_shape_stay_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).stated


# -- status: other words for "not stated" opening a parent field --------------------------------


@pytest.mark.parametrize(
    "text, status",
    [
        ("Not specified in this profile.", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("Not indicated here.", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("Not mentioned in the sources consulted.", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("Not applicable — the Authority was an independent federal entity.", FieldStatus.NOT_APPLICABLE),
        ("None (an autonomous public corporation).", FieldStatus.EXPLICITLY_NONE),
    ],
)
def test_a_parent_field_null_opening(text: str, status: FieldStatus) -> None:
    assert read_status(_field("Parent organization", text)).status is status


def test_not_indicated_inside_a_statement_is_no_status() -> None:
    # only a field that opens with the words is decided by them
    assert status_of_text("Ministry of Finance (the date of transfer is not indicated)", "Parent organization").stated


@pytest.mark.parametrize(
    "title, name",
    [
        ("Gulf Water Research Centre (Bahrain)", "Gulf Water Research Centre"),
        ("Gulf Water Research Centre (United Arab Emirates)", "Gulf Water Research Centre"),
        ("Gulf Water Research Centre (Sultanate of Oman)", "Gulf Water Research Centre"),
        # a note that is no country stays: it may be part of how the body is known
        ("Gulf Water Research Centre (Manama Branch)", "Gulf Water Research Centre (Manama Branch)"),
        ("Gulf Water Research Centre (1974–2015)", "Gulf Water Research Centre (1974–2015)"),
    ],
)
def test_a_country_in_the_titles_brackets_is_no_part_of_the_name(title: str, name: str) -> None:
    # the intro does not repeat the name, so only the title tells it
    assert _identity(title, "The Centre is the national water laboratory.").name == name
