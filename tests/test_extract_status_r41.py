"""Round 41 (status + headcount): a guidebook's second-person refusals.

"Don't go looking for …", "You won't find …", "Nobody publishes …" open a field to say the value
is not to be found (notPubliclySpecified); an explanation in the same sentence that the concept
does not fit the body ("— a ministry doesn't have one", "— it's a company") makes it
notApplicable. Praise that looks like one ("You won't find a better view") states a value; a
figure beside the refusal (the visitors, the revenue) is no headcount or budget. All sentences
are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import EmployeeCount, FieldStatus
from orgkg.parse import parse_profile

NA, NOT_PUBLIC, STATED = FieldStatus.NOT_APPLICABLE, FieldStatus.NOT_PUBLICLY_SPECIFIED, FieldStatus.STATED


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Don't go looking for an org chart — the back office is closed to the public.", "Divisions"),
        ("Don't look for a list of sponsors; the foundation keeps it to itself.", "Partners"),
        ("You won't find a founding statute on any plaque in the cloister.", "Legislation"),
        ("You will not find the payroll figure anywhere in the lobby.", "Number of employees"),
        ("Nobody publishes a staff count for the observatory.", "Number of employees"),
        ("No one posts the annual budget at the gate. Ask at the office if you must.", "Last total enacted budget"),
        ("Nothing you'll see in the halls names a statute — the guides shrug.", "Legislation"),
        ("Don’t bother asking the attendants about the departments.", "Divisions"),
    ],
)
def test_a_second_person_refusal_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Don't look for a partner list — a city agency doesn't have one.", "Partners"),
        ("Don't expect one — it's a listed company. For scale: sales of $3.1bn in 2022.", "Last total enacted budget"),
        ("You won't find an enacted budget: this is a private firm.", "Last total enacted budget"),
        ("Don't bother looking for a budget; it was a trading corporation.", "Last total enacted budget"),
        ("Not a thing for a brewery. Turnover was about €80m.", "Last total enacted budget"),
        ("Long gone with the airline. Back then it promised cheap seats to everyone.", "Mission"),
    ],
)
def test_a_refusal_that_the_concept_does_not_fit_is_not_applicable(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NA


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Not spelled out for visitors. The workshops you can tour are the forge and the mint.", "Divisions"),
        ("Not signposted anywhere on the estate.", "Divisions"),
        ("The foundation doesn't disclose its departments.", "Divisions"),
    ],
)
def test_not_spelled_out_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # praise or tips that only open like a refusal
        ("You won't find a better view of the harbour than from the roof café.", "Services provided"),
        ("Nothing you'll find elsewhere: a glass floor over the Roman baths.", "Services provided"),
        ("Don't expect to queue long: guided tours of the vaults leave every hour.", "Services provided"),
        # no refusal at the field's start: the story goes on
        ("The museum's labs sit in the basement; don't look for them on the map.", "Divisions"),
        ("Don't confuse it with the Harbour Trust, which runs the lighthouse next door.", "Parent organization"),
        # "long gone" is no status of a History, nor of a Parent organization
        ("Long gone are the days of the old customs house; the board moved in 1998.", "History"),
        ("It's a company owned by the Nordvik family.", "Parent organization"),
    ],
)
def test_look_alikes_state_a_value(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


def test_long_gone_is_scoped_to_some_fields() -> None:
    assert status_of_text("Long gone — the parent ministry was merged away.", "Parent organization").status is STATED


INTRO = "The Harbour Lights Museum (HLM) is a public museum in Valletta."


def headcount(body: str) -> tuple[EmployeeCount | None, FieldStatus]:
    lines = ["Harbour Lights Museum", INTRO, "Number of employees", body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "hlm.txt"))
    found = next(f for f in facts.fields if f.name == "Number of employees")
    return next((f for f in found.facts if isinstance(f, EmployeeCount)), None), found.status


@pytest.mark.parametrize(
    "body",
    [
        "Nobody posts a staff figure at the entrance. (The 12,000 faces you'll meet on a Sunday are visitors.)",
        "You won't find a headcount on the boards — some 3,000 schoolchildren a month pass through, though.",
        "Don't bother asking the guards how many work here; about 400 volunteers help at the festival.",
    ],
)
def test_a_figure_beside_a_refusal_is_no_headcount(body: str) -> None:
    count, status = headcount(body)
    assert count is None
    assert status is NOT_PUBLIC


def test_a_plain_headcount_is_kept() -> None:
    count, status = headcount("About 240 staff, guards included.")
    assert status is STATED
    assert count is not None and count.value == 240
