"""Round 42 (status + budget): a school pupil's project report (h31).

- Parent organization: "it doesn't have one", "so it did not have a parent company" deny a
  parent (explicitlyNone, like "has no parent"), not the concept; a row for the heading wins
  over the "*" row of "does not have" (notApplicable: "AMP does not have employees");
- a softening adverb before "have" ("doesn't really have a budget like a government does") and
  the contractions of "does not apply" ("This doesn't apply because …") say the concept does
  not fit the body: notApplicable, and the revenue told after it is no budget;
- "There aren't any, because …" is "there are no" contracted: explicitlyNone;
- "I didn't find the figure." opening a field is a hedge of not knowing, like "I couldn't find".

All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus
from orgkg.parse import parse_profile

NONE, NA, NOT_PUBLIC, STATED = (
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_APPLICABLE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.STATED,
)
PARENT, BUDGET = "Parent organization", "Last total enacted budget"


@pytest.mark.parametrize(
    "text",
    [
        "It belongs to the people of Norway, so it doesn't have a parent company.",
        "The club doesn't have one. Nobody owns it but its members.",
        "It was a crown corporation, so it did not have a parent organisation.",
        "The lifeboat society does not have a parent body.",
        "They don’t have a parent; the fishermen run it together.",
    ],
)
def test_a_parent_it_does_not_have_is_none(text: str) -> None:
    assert status_of_text(text, PARENT).status is NONE


@pytest.mark.parametrize(
    "text",
    [
        "The ferry line does not have employees of its own.",  # outside Parent organization
        "The choir doesn't have a fixed staff; singers volunteer.",
    ],
)
def test_does_not_have_elsewhere_is_still_not_applicable(text: str) -> None:
    assert status_of_text(text, "Number of employees").status is NA


@pytest.mark.parametrize(
    "text",
    [
        "It doesn't have a board of its own, but it is part of the Ministry of Fisheries.",
        "Norvale Shipping Group, which bought it in 1998.",
    ],
)
def test_a_named_parent_is_stated(text: str) -> None:
    assert status_of_text(text, PARENT).status is STATED


@pytest.mark.parametrize(
    "text",
    [
        "It is a shop, so it doesn't really have a budget like a council does.",
        "The brewery does not really have a budget. It sold beer worth 40 million euros in 2021.",
        "This doesn't apply because it was a shipping line that sold tickets, not a ministry.",
        "That didn't apply to the old railway company, which lived off its fares.",
        "Budgets don't apply to a members' club like this one.",
    ],
)
def test_a_concept_that_does_not_fit_is_not_applicable(text: str) -> None:
    assert status_of_text(text, BUDGET).status is NA


@pytest.mark.parametrize(
    "text",
    [
        "For 2022 the parliament gave it 80 million dollars, which doesn't really cover the costs.",
        "The city approved 12 million euros for 2023; the new rules don't apply until 2025.",
    ],
)
def test_a_figure_before_the_contraction_is_stated(text: str) -> None:
    assert status_of_text(text, BUDGET).status is STATED


def test_revenue_after_a_denied_budget_is_no_budget() -> None:
    text = (
        "Lakeside Ferries\nLakeside Ferries is a ferry company in Geneva.\n"
        "Last total enacted budget\n"
        "It is a company, so it doesn't really have a budget like a canton does. In 2022 it made "
        "about 85 million Swiss francs from tickets.\n"
        "Headquarters address\n1 Quai du Mont-Blanc, Geneva, Switzerland\n"
    )
    field = next(f for f in extract(parse_profile(text, "t.txt")).fields if f.name == BUDGET)
    assert field.status is NA
    assert not field.facts


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("There aren't any, because the society closed in 1960.", "External links"),
        ("There isn't any. The club never made a website.", "External links"),
        ("There weren't any; the mill shut long before the internet.", "External links"),
        ("There isn't one, it is run by a single committee.", "Divisions"),
    ],
)
def test_there_are_not_any_is_none(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NONE


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("I didn't find the number on their website.", "Number of employees"),
        ("I did not find how much money they spend.", BUDGET),
        ("Didn't find it anywhere, sorry.", "Legislation"),
    ],
)
def test_i_did_not_find_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("https://www.lakeside-ferries.ch", "External links"),
        ("The museum found its first director, Ada Brun, in 1902.", "Leader"),
        ("About 300 people work there. I didn't find the exact number for 2024.", "Number of employees"),
    ],
)
def test_look_alikes_are_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED
