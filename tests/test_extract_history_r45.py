"""Round 45 (F3): the museum label's chronology ("1951 · Renamed X"): a middle dot after a
bullet's year, a day or month without its year before a subject-less verb ("On 3 May, merged
into X"), that day completing the head's year, an ending a later bullet reopens, and a line
break that is no space inside a date."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events, segments
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, OrgKind

WORKS = Identity("Tarnby Dye Works AG", OrgKind.COMPANY, None)


def _events(text: str) -> list[object]:
    return list(read_events(text, WORKS, ""))


def _successors(text: str) -> list[str]:
    return [
        f.resulting.name
        for f in _events(text)
        if isinstance(f, ChangeEvent) and f.kind == "merged-into" and f.resulting is not None
    ]


def _endings(text: str) -> list[DateValue | None]:
    return [f.date for f in _events(text) if isinstance(f, Dissolution)]


def _previous_names(text: str) -> list[str]:
    return [f.previous_name for f in _events(text) if isinstance(f, ChangeEvent) and f.previous_name]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("1988 · On 3 May, merged into Halvorsen Chemie.", DateValue(1988, 5, 3)),
        ("1988 · In May, merged into Halvorsen Chemie.", DateValue(1988, 5, None)),
        ("1988 · On May 3, merged into Halvorsen Chemie.", DateValue(1988, 5, 3)),
        ("1988 · Merged into Halvorsen Chemie.", DateValue(1988, None, None)),
    ],
)
def test_a_middle_dot_bullet_and_a_yearless_day_before_the_verb(text: str, date: DateValue) -> None:
    assert _successors(text) == ["Halvorsen Chemie"]
    assert _endings(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "1960 · Renamed Tarnby Farben.\n1977 · Renamed Tarnby Dye Works AG.",
        "1960 · On 1 July, renamed Tarnby Farben.\n1977 · Renamed Tarnby Dye Works AG.",
        "1960 · In July, re-founded as Tarnby Farben.\n1977 · Renamed Tarnby Dye Works AG.",
    ],
)
def test_an_earlier_name_from_middle_dot_bullets(text: str) -> None:
    assert _previous_names(text) == ["Tarnby Farben"]


@pytest.mark.parametrize(
    "text",
    [
        "1988 · On 3 May, Halvorsen Chemie merged into Orsa Group.",  # another subject
        "1988 · In May, the mill merged into Orsa Group.",  # the mill's verb, not the company's
        "1988 · On this day, merged into Orsa Group.",  # no month: not a time adverbial here
    ],
)
def test_no_successor_when_the_clause_has_another_subject(text: str) -> None:
    assert _successors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "1925 · Folded into Orsa Group.\n1951 · Re-founded as Tarnby Dye Works AG.",
        "1925 · Merged into Orsa Group.\n1949 · Refounded as Tarnby Dye Works AG.",
        "1925 · Folded into Orsa Group.\n1951 · On 2 June, re-founded as Tarnby Farben.",
    ],
)
def test_an_ending_a_later_bullet_reopens_is_none(text: str) -> None:
    assert _endings(text) == []
    assert _successors(text) == []


def test_an_ending_after_the_reopening_stays() -> None:
    text = "1925 · Reopened at Tarnby.\n1951 · Merged into Orsa Group."
    assert _successors(text) == ["Orsa Group"]
    assert _endings(text) == [DateValue(1951, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "1968 · Opened on 25 January.\n2007 · A new board.",
        "1968: Opened on 25 January.\n2007: A new board.",
        "- 1968 — Opened on 25 January.\n- 2007 — A new board.",
    ],
)
def test_a_line_break_is_no_space_inside_a_date(text: str) -> None:
    assert [s.date.year if s.date else None for s in segments(text)] == [1968, 2007]
