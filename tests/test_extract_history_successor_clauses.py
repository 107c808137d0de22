"""History: "its work passed to several successors: A took over X, B took over Y": in each
clause after the colon, the first name that is not its own is a successor (all or nothing)."""

from __future__ import annotations

from .history_helpers import events_read, successors

_INTRO = "The Allied Famine Relief Board (AFRB) was an international relief body."
_NAME = "Allied Famine Relief Board"


def _successors(text: str) -> set[str]:
    return successors(events_read(text, _NAME, _INTRO))


def test_clause_per_successor() -> None:
    text = (
        "The Board was wound up in 1951. Its responsibilities passed to several successors: the Northern "
        "Food Agency took over its grain stores, remaining AFRB funds helped to found the Child Nutrition "
        "Fund in 1950, and the Ministry of Health and Welfare took over its clinics."
    )
    assert _successors(text) == {"Northern Food Agency", "Child Nutrition Fund", "Ministry of Health and Welfare"}


def test_a_clause_opening_with_a_place_drops_the_list() -> None:
    # near miss: "in Norland" is the first capitalised word of a clause: the list is unsure
    text = (
        "The Board was wound up in 1951. Its responsibilities passed to several successors: in Norland the "
        "Northern Food Agency took over its grain stores, and the Child Nutrition Fund took over its clinics."
    )
    assert _successors(text) == set()


def test_a_pair_in_one_clause_drops_the_list() -> None:
    # near miss: two bodies before one verb: which took what is unsure
    text = (
        "The Board was wound up in 1951. Its work passed to two successors: the Grain Office and the Seed "
        "Fund took over its stores, and the Child Nutrition Fund took over its clinics."
    )
    assert _successors(text) == set()


def test_no_ending_no_successors() -> None:
    # near miss: nothing ends the Board, so what its work passed to is no successor
    text = (
        "Its responsibilities passed to several successors: the Northern Food Agency took over its grain "
        "stores, and the Child Nutrition Fund took over its clinics."
    )
    assert _successors(text) == set()
