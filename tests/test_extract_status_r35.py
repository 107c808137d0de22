"""Round 35 (status): notes-to-self and hedges of not knowing are the field's status.

A hurried writer leaves placeholders where a value should go ("(TODO)", "???", "check this")
and opens a field with an admission of not knowing ("not sure - …", "no idea, …"). Both say
the value is not known to the writer (notPubliclySpecified), never that there is none, and
the explanation after a hedge is never read for a value. The same words after a value only
doubt it ("about 700 (not sure)", "~20k at the peak (check this)"): the value stays stated.
All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import NOT_PUBLIC, status_of_text
from orgkg.model import Budget, EmployeeCount, Field, FieldStatus, Item, Post, Profile

NONE, NOT_PUBLIC_S, STATED = FieldStatus.EXPLICITLY_NONE, FieldStatus.NOT_PUBLICLY_SPECIFIED, FieldStatus.STATED


def _field(heading: str, *lines: str):  # type: ignore[no-untyped-def]
    items = []
    for n, text in enumerate(lines):
        bullet = text.startswith("- ")
        items.append(Item(4 + n, text[2:] if bullet else text, bullet))
    profile = Profile(
        "t.txt", "t", "", "Example Trust", 1, "The Example Trust is a charity.", 2, (Field(heading, 3, tuple(items)),)
    )
    return next(f for f in extract(profile).fields if f.name == heading)


# -- placeholders: a note-to-self as the whole field ------------------------------------------


@pytest.mark.parametrize(
    "text, heading",
    [
        ("(TODO)", "Mission"),
        ("TODO", "Funding"),
        ("todo.", "Services provided"),
        ("???", "Number of employees"),
        ("?", "Last total enacted budget"),
        ("TBD?", "Leader"),
        ("? (TODO)", "Staff"),
        ("[fill in]", "Last total enacted budget"),
        ("to be added", "Divisions"),
        ("Check this.", "List of programs"),
        ("…", "Headquarters address"),
        ("xxx", "Partners"),
        ("?? (not in the 2023 report)", "Number of employees"),
    ],
)
def test_a_placeholder_alone_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC_S


@pytest.mark.parametrize(
    "text, heading",
    [
        ("(TODO paste the aims from the founding charter)", "Mission"),
        ("(to be confirmed with the press office)", "Leader"),
        ("[check the 2021 annual review for this]", "Last total enacted budget"),
        ("(fill in once the reorganisation is announced)", "Organization structure"),
    ],
)
def test_a_bracket_opening_with_a_placeholder_is_the_whole_note(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC_S


@pytest.mark.parametrize(
    "text, heading",
    [
        ("TODO copy from the trust deed", "Mission"),
        ("TODO: ask the registrar", "Legislation"),
        ("TBC - the treasurer will send the 2024 accounts", "Last total enacted budget"),
        ("TODO - copy the 2023 figure from the annual report", "Last total enacted budget"),
    ],
)
def test_a_placeholder_in_capitals_before_a_note_to_oneself(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC_S


@pytest.mark.parametrize(
    "text, heading",
    [
        ("who is in charge now = ? (TODO)", "Leader"),
        ("Chair: ???", "Leader"),
        ("Secretary-General - to be confirmed", "Leader"),
        ("annual budget = TBD", "Last total enacted budget"),
    ],
)
def test_a_placeholder_after_a_label(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC_S


@pytest.mark.parametrize(
    "text, heading",
    [
        ("~12k at the peak in the 1970s? (check this)", "Number of employees"),
        ("? approx 2k", "Number of employees"),
        ("? (approx 2k)", "Number of employees"),
        ("TODO: 450 staff per the 2022 report", "Number of employees"),
        ("TODO: Jane Roe?", "Leader"),
        ("Jane Roe (check this)", "Leader"),
        ("To do research on tropical disease and train the next generation of clinicians.", "Mission"),
        ("Todo el personal trabaja en la sede de Quito.", "Staff"),
        ("XXX Lutz Holdings and the Check Point Foundation", "Partners"),
        ("Director - ? J. Doe was dismissed in May, the new one is not named yet", "Leader"),
        ("Verify Ltd (a credit bureau) and the city council", "Partners"),
    ],
)
def test_a_placeholder_beside_a_value_leaves_it_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


def test_a_bulleted_placeholder_is_no_dash_of_none() -> None:
    assert _field("Number of employees", "- (TODO)").status is NOT_PUBLIC_S


def test_a_placeholder_gives_no_post_and_no_mission() -> None:
    leader = _field("Leader", "who is in charge now = ? (TODO)")
    assert leader.status is NOT_PUBLIC_S and leader.facts == ()
    mission = _field("Mission", "(TODO copy the aims from the strategic plan)")
    assert mission.status is NOT_PUBLIC_S and mission.facts == ()


# -- hedges of not knowing opening the field ----------------------------------------------------


@pytest.mark.parametrize(
    "text, heading",
    [
        ("not sure - they list ~12k members but members are not staff", "Number of employees"),
        ("No idea, not in the annual review? (TODO)", "Number of employees"),
        ("no idea who chairs it now", "Leader"),
        ("Unclear; the website mentions 40 researchers", "Staff"),
        ("unsure whether the ministry still funds it", "Parent organization"),
        ("couldn't find it, maybe in the 2019 report", "Last total enacted budget"),
        ("couldnt find anything on the site", "Legislation"),
        ("I don’t know, the site is down", "Headquarters address"),
        ("dont know", "Number of employees"),
        ("I'm not sure - the two campuses report separately", "Number of employees"),
        ("not clear from the sources", "Divisions"),
    ],
)
def test_a_lead_hedge_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC_S


@pytest.mark.parametrize(
    "text",
    [
        "no idea, not in the annual report",
        "No idea — the filings skip it",
        "no clue, the charity register has nothing",
    ],
)
def test_no_idea_is_not_a_negation_of_the_thing(text: str) -> None:
    assert status_of_text(text, "Number of employees").status is NOT_PUBLIC_S


def test_the_explanation_after_a_hedge_is_never_read() -> None:
    staff = _field("Number of employees", "not sure - roughly 40k volunteers plus a small paid staff")
    assert staff.status is NOT_PUBLIC_S and staff.facts == ()
    students = _field("Number of employees", "not sure - ~25k students, staff count not found (TODO)")
    assert students.status is NOT_PUBLIC_S and students.facts == ()
    budget = _field("Last total enacted budget", "no idea, maybe USD 5m? (TODO)")
    assert budget.status is NOT_PUBLIC_S and budget.facts == ()


@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("No staff; volunteers run it", "Number of employees", NONE),
        ("No, independent", "Parent organization", NONE),
        ("None", "Partners", NONE),
        ("not disclosed / couldnt find", "Number of employees", NOT_PUBLIC_S),
        ("approx 3-4k? not sure", "Number of employees", STATED),
        ("about 700 (not sure)", "Number of employees", STATED),
        ("Its role is unclear to outsiders, but it advises the cabinet on science.", "Mission", STATED),
        ("Dr Ana Lima; I'm not sure she is still there", "Leader", STATED),
    ],
)
def test_negations_and_trailing_hedges_keep_their_reading(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


def test_a_trailing_hedge_keeps_the_figure() -> None:
    staff = _field("Number of employees", "about 700 (not sure)")
    assert staff.status is STATED
    assert [f.value for f in staff.facts if isinstance(f, EmployeeCount)] == [700]
    budget = _field("Last total enacted budget", "USD 4.5 million (2022), not sure if that includes grants")
    assert [f.amount for f in budget.facts if isinstance(f, Budget)] == [4500000]


def test_a_hedge_is_no_not_public_word_inside_a_text() -> None:
    assert NOT_PUBLIC.search("about 700, not sure") is None
    assert NOT_PUBLIC.search("no idea") is None and NOT_PUBLIC.search("TODO") is None
    assert NOT_PUBLIC.search("figures not disclosed") is not None


def test_a_typographic_apostrophe_reads_as_a_typed_one() -> None:
    assert status_of_text("We don’t disclose our headcount.", "Number of employees").status is NOT_PUBLIC_S
    assert status_of_text("The trust doesn’t publish a budget.", "Last total enacted budget").status is NOT_PUBLIC_S


def test_a_post_named_before_a_placeholder_holder_is_kept() -> None:
    leader = _field("Leader", "Rector: Prof. Ana Lima", "Vice-rector: ???")
    assert leader.status is STATED
    assert any(isinstance(f, Post) and f.holders for f in leader.facts)
