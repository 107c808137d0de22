"""History endings (extract/history.py): the dissolution date in its common forms, a date a
bracket restates more precisely, a successor that took its place, and the day its functions
passed on. Phrasings written for these tests, not taken from the fidelity benchmark;
negative cases say what must not be read."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, OrgKind

ORG = Identity("Tarn Valley Water Board", OrgKind.GOVERNMENT, "TVWB")


def ended(text: str) -> list[DateValue | None]:
    return [f.date for f in read_events(text, ORG) if isinstance(f, Dissolution)]


def successors(text: str) -> list[str]:
    return [f.resulting.name for f in read_events(text, ORG) if isinstance(f, ChangeEvent) and f.resulting]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dissolved: 31 December 1994", DateValue(1994, 12, 31)),
        ("- Founded: 1950\n- Wound up: 30 June 1994", DateValue(1994, 6, 30)),
        ("The board was dissolved at the end of 1994 (31.12.1994).", DateValue(1994, 12, 31)),
        ("The board was disbanded in June 1994 (30 June 1994).", DateValue(1994, 6, 30)),
        ("The board ceased operations at the end of 1994.", DateValue(1994)),
        ("- 1994: dissolved", DateValue(1994)),
        ("The board was abolished with effect from 1 April 1994.", DateValue(1994, 4, 1)),
    ],
)
def test_dissolution_dates(text: str, date: DateValue) -> None:
    assert ended(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The board was dissolved in 1994 (30 June 1995).",  # another year in the bracket: not a restatement
        "The board was dissolved in 1994 (see the Water Act).",
        "The board was dissolved in June 1994 (1 July 1994).",  # another month
    ],
)
def test_a_bracket_that_does_not_restate_the_date_keeps_the_first(text: str) -> None:
    assert ended(text) == [DateValue(1994, 6) if "in June" in text else DateValue(1994)]


@pytest.mark.parametrize(
    "text",
    [
        "On 1 January 2025 the board was replaced by the Tarn Water Authority.",
        "It was superseded by the Tarn Water Authority on 1 January 2025.",
        "2025-01-01 — replaced by the Tarn Water Authority (TWA), a ministry.",
    ],
)
def test_replaced_by_a_successor_ends_it_that_day(text: str) -> None:
    assert successors(text) == ["Tarn Water Authority"]
    assert ended(text) == [DateValue(2025, 1, 1)]


def test_a_successor_in_a_year_is_no_day_it_ended() -> None:
    assert successors("The board was replaced by the Tarn Water Authority in 2025.") == ["Tarn Water Authority"]
    assert ended("The board was replaced by the Tarn Water Authority in 2025.") == []


def test_a_successor_of_something_else_ends_nothing() -> None:
    text = "In 2025 its chairman was replaced by Ann Dale, and the Tarn Drainage Board was replaced by the Tarn Agency."
    assert ended(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Water Act of 1974 abolished it: on 19 January 1975 its functions passed to the Tarn Water Authority.",
        "The Water Reorganisation Act 1974 abolished the board; on 19 January 1975 its duties were transferred to "
        "the Tarn Water Authority.",
    ],
)
def test_an_act_abolishing_it_dates_nothing_but_the_day_its_functions_passed_does(text: str) -> None:
    assert ended(text) == [DateValue(1975, 1, 19)]
    assert successors(text) == ["Tarn Water Authority"]


def test_an_act_alone_dates_no_ending() -> None:
    assert ended("The Water Act of 1974 abolished the board.") == [None]


def changes(text: str) -> list[tuple[str, str, DateValue | None]]:
    found = [f for f in read_events(text, ORG) if isinstance(f, ChangeEvent)]
    return [(f.kind, (f.resulting or f.original).name, f.date) for f in found if f.resulting or f.original]


@pytest.mark.parametrize(
    "text",
    [
        "On 1 August 2024 the board was amalgamated with the Tarn Drainage Board to form the Tarn Water Authority.",
        "On 1 August 2024 TVWB merged with the Tarn Drainage Board (TDB), creating the Tarn Water Authority.",
        "On 1 August 2024 it was united with the Tarn Drainage Board to become the Tarn Water Authority.",
    ],
)
def test_merged_with_a_partner_to_form_another_is_its_successor_and_its_end(text: str) -> None:
    assert changes(text) == [("merged-into", "Tarn Water Authority", DateValue(2024, 8, 1))]
    assert ended(text) == [DateValue(2024, 8, 1)]


def test_two_merged_to_form_it_are_its_predecessors() -> None:
    text = "In 1994 the Tarn Water Trust was merged with the Tarn Drainage Board to form the Tarn Valley Water Board."
    assert changes(text) == [
        ("predecessor", "Tarn Water Trust", DateValue(1994)),
        ("predecessor", "Tarn Drainage Board", DateValue(1994)),
    ]
    assert ended(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 1994 the Bog Office merged with the Tarn Drainage Board to form the Tarn Water Authority.",  # others
        "Its laboratory merged with the Tarn Drainage Board to form the Tarn Water Authority.",  # a part of it
        "It merged with its neighbour to form a larger board.",  # no names
        "In 1994 it did not merge with the Tarn Drainage Board to form the Tarn Water Authority.",
        "It merged with the Tarn Drainage Board in 1994; the Tarn Water Authority was formed later.",
    ],
)
def test_merged_with_phrases_that_give_no_successor(text: str) -> None:
    assert [c for c in changes(text) if c[0] == "merged-into"] == []
    assert ended(text) == []


def test_became_part_of_is_a_successor_only_when_the_sentence_ends_it() -> None:
    text = "In 1994 the board became part of the Tarn Water Authority and ceased to exist as a separate body."
    assert changes(text) == [("became-part-of", "Tarn Water Authority", DateValue(1994))]
    assert ended(text) == [DateValue(1994)]
    # a new parent, not an end: nothing
    assert changes("In 1994 TVWB became part of the Tarn Water Authority.") == []
    assert ended("In 1994 TVWB became part of the Tarn Water Authority.") == []
