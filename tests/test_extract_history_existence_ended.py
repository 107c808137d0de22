"""History: ", ending its existence" after a clause about the organization (or its parts) ends
it; its parts handed to its own name under another legal form ("its undertaking passed to
X plc", it the X Corporation) go to a successor."""

from __future__ import annotations

from orgkg.model import DateValue, Dissolution

from .history_helpers import events_read, successors

_INTRO = "The Dunmere Coal Corporation (DCC) was the nationalised coal producer of Dunmere."
_NAME = "Dunmere Coal Corporation"


def _ends(text: str) -> list[DateValue | None]:
    return [f.date for f in events_read(text, _NAME, _INTRO) if isinstance(f, Dissolution)]


def _successors(text: str) -> set[str]:
    return successors(events_read(text, _NAME, _INTRO))


def test_undertaking_passed_ending_its_existence() -> None:
    text = "The Corporation's undertaking passed in 1991 to the Dunmere Energy Board, ending its existence."
    assert _ends(text) == [DateValue(1991)]
    assert _successors(text) == {"Dunmere Energy Board"}


def test_own_name_under_another_legal_form_is_a_successor() -> None:
    text = (
        "Under the Coal Act 1991 the Corporation's undertaking passed in 1991 to Dunmere Coal plc, "
        "ending its existence as a public corporation."
    )
    assert _ends(text) == [DateValue(1991)]
    assert _successors(text) == {"Dunmere Coal plc"}


def test_other_legal_form_without_an_ending_is_no_successor() -> None:
    # near miss: nothing ends it, so the company the undertaking passed to is no successor
    assert _successors("The Corporation's undertaking passed in 1991 to Dunmere Coal plc.") == set()


def test_another_body_ending_its_existence_ends_nothing() -> None:
    # near miss: another body's sale, "its" unsure
    assert _ends("In 1991 Harrow Mining bought the Tarn colliery, ending its existence.") == []
