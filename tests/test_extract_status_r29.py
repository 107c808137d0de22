"""Round 29 (F1): a summary that says it leaves a figure out is not a stated figure."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import Budget, Field, FieldStatus, Item, Profile

BUDGET = "Last total enacted budget"
STAFF = "Number of employees"


def _budget_field(text: str) -> tuple[FieldStatus, tuple[object, ...]]:
    field = Field(BUDGET, 3, (Item(4, text, False),))
    profile = Profile("t.txt", "t", "", "Example Board", 1, "The Example Board is a board.", 2, (field,))
    read = next(f for f in extract(profile).fields if f.name == BUDGET)
    return read.status, read.facts


@pytest.mark.parametrize(
    "text, heading",
    [
        # a currency sign or amount placeholder, a dash, and an explanation
        ("₱ — Allotments to the Council under the yearly supply laws are not reproduced in this digest.", BUDGET),
        ("RM — the grant figures are not reproduced here.", BUDGET),
        ("$ – amounts not given here; see the annual report of the ministry.", BUDGET),
        # the negation opening the field, an explanation after it
        ("Not reproduced here; the Agency draws a yearly grant under the Supply Act.", BUDGET),
        ("The operating figures are not given in this summary.", BUDGET),
        ("Not reproduced in this overview.", STAFF),
    ],
)
def test_figure_left_out_of_the_summary_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text, heading",
    [
        # a figure first, a note about what is left out after it
        ("RM 4.2 million; the breakdown by programme is not reproduced here.", BUDGET),
        ("€ 12 million (2019; earlier years are not given here)", BUDGET),
        ("About 340 staff; the contract workers are not reproduced in this count.", STAFF),
        # outside a figure field the words are ordinary words
        ("Not reproduced here.", "Parent organization"),
        ("Ministry of Industry — its organigram is not reproduced here.", "Parent organization"),
    ],
)
def test_a_stated_figure_or_another_field_stays_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.STATED


def test_no_budget_from_a_placeholder_and_its_explanation() -> None:
    status, facts = _budget_field(
        "₱ — Sums voted for the Board in the General Appropriations Act of 1975 are not reproduced in this summary."
    )
    assert status is FieldStatus.NOT_PUBLICLY_SPECIFIED
    assert not any(isinstance(f, Budget) for f in facts)


@pytest.mark.parametrize(
    "text, heading",
    [
        ("KSh 2.1 billion — the split by department is not reproduced here.", BUDGET),
        ("₱ 45 million – not published in full.", BUDGET),
        ("About 1,150 - contract staff not disclosed.", STAFF),
    ],
)
def test_a_figure_before_a_dash_and_a_negative_note_is_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.STATED


@pytest.mark.parametrize(
    "text, heading",
    [
        # a bare sign or a year before the dash is no figure
        ("₱ — not disclosed.", BUDGET),
        ("FY 2021 — not published.", BUDGET),
    ],
)
def test_no_figure_before_the_dash_keeps_the_negation(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.NOT_PUBLICLY_SPECIFIED
