"""Round 56 (status): a judgment's finding that a figure was not proved, a report that leaves the
figure out, and a kind-of-body reason for a budget's absence (extract/status.py); a consolidated
group's headcount is the organization's own (extract/budget.py)."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import EmployeeCount, FieldStatus
from orgkg.parse import parse_profile

NONE, NA, NOT_PUBLIC, STATED = (
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_APPLICABLE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.STATED,
)
STAFF, BUDGET = "Number of employees", "Last total enacted budget"


@pytest.mark.parametrize(
    "text, heading",
    [
        ("The record does not establish how many people the Guild employed in 1978.", STAFF),
        (
            "The panel was not taken to the Port Board's estimates for any year; the documents do not "
            "establish the total.",
            BUDGET,
        ),
        ("The court was not shown the Trust's accounts, and it makes no finding on its spending.", BUDGET),
        ("No evidence was led as to the size of the Mill Company's workforce.", STAFF),
        (
            "The Agency's payroll was mentioned only in passing. The arbitrator made no finding as to the "
            "number of its staff.",
            STAFF,
        ),
        ("The Institute does not report a staff total in this summary. Its library holds 2,500 volumes.", STAFF),
        ("The annual estimates are laid before the Assembly and are not restated in this note.", BUDGET),
    ],
)
def test_a_figure_not_on_the_record_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading, status",
    [
        # the figure itself is given: the finding is about something else
        ("The Guild employed 412 people in 1978.", STAFF, STATED),
        ("About 3,100 staff; the evidence does not establish how many were part-time, but most were.", STAFF, STATED),
        # not a figure field: "does not establish" / "no evidence" say nothing about a value there
        ("The charter does not establish any regional office.", "Divisions", STATED),
        ("No evidence of a formal link to the Ministry.", "Parent organization", STATED),
        # "does not report to" stays a Parent organization row
        ("The Office does not report to any ministry.", "Parent organization", NONE),
    ],
)
def test_near_misses_keep_their_status(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


def test_a_referral_not_made_leaves_partners_not_public() -> None:
    text = "The court was not referred to any partner of the Mill Company. Its buyers are wholesalers."
    assert status_of_text(text, "Partners").status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text",
    [
        "As a charity, the Foundation has no enacted budget. Its income in 2022 was EUR 4 million.",
        "Harbour Freight Ltd, a private company, had no enacted budget.",
        "As a family-owned business, Kestrel has no enacted budget; it publishes turnover only.",
    ],
)
def test_a_kind_that_does_not_fit_a_budget_is_not_applicable(text: str) -> None:
    assert status_of_text(text, BUDGET).status is NA


@pytest.mark.parametrize(
    "text, heading",
    [
        # the kind is no reason for a parent's absence: there is none
        ("The Board, as a statutory corporation, had no parent body.", "Parent organization"),
        ("As a charity, the Trust has no parent organization.", "Parent organization"),
        # no kind named, or the kind word is not the noun of an aside
        ("The Board has no enacted budget for 2024.", BUDGET),
        ("The office, a former company depot, has no budget of its own.", BUDGET),
    ],
)
def test_without_a_kind_reason_a_null_stays_none(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NONE


def _counts(text: str) -> list[int]:
    intro = "Harrow Tool Works Plc is a maker of tools in Leeds."
    profile = f"Harrow Tool Works Plc\n|\n{intro}\nNumber of employees\n{text}\n"
    facts = extract(parse_profile(profile, "harrow.txt"))
    return [f.value for ff in facts.fields for f in ff.facts if isinstance(f, EmployeeCount)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 30 September 2022 the Group employed about 12,400 people in 40 countries.", [12400]),
        ("As at 31 March 2021 the group had some 5,300 staff.", [5300]),
        ("On 31 December 2019 the Company and its subsidiaries employed approximately 8,250 persons.", [8250]),
        ("The Company together with its subsidiaries had 3,900 employees at year end.", [3900]),
    ],
)
def test_a_consolidated_groups_staff_is_the_count(text: str, expected: list[int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subsidiary alone, a parent group or another body is still another body's figure
        ("Our principal subsidiary, Harrow Steel, had approximately 1,900 employees.", []),
        ("Its subsidiaries employ 4,000 people; the company itself has 250.", [250]),
        ("The parent group employs 60,000 people.", []),
        ("The ministry employs 12,000 people.", []),
    ],
)
def test_other_bodies_staff_stays_theirs(text: str, expected: list[int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Holdings was the ultimate holding company and was not a subsidiary of any other company.",
        "Harrow Mills is not a subsidiary of any listed group.",
        "It is agreed that the Cooperative is not controlled by any other society.",
        "The Press was not controlled by any ministry.",
    ],
)
def test_not_a_subsidiary_of_any_is_no_parent(text: str) -> None:
    assert status_of_text(text, "Parent organization").status is NONE


@pytest.mark.parametrize(
    "text",
    [
        # a named body, or a contrast, states a parent
        "The Agency is not a subsidiary of the Ministry; it is an executive agency of it.",
        "The Trust is not controlled by any single donor but by its board, appointed by the Diocese.",
        "Harrow Mills is not a subsidiary but a division of Kestrel Holdings.",
    ],
)
def test_a_denial_that_names_a_parent_states_one(text: str) -> None:
    assert status_of_text(text, "Parent organization").status is STATED
