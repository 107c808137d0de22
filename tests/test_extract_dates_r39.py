"""Round 39 (dates): two-digit apostrophe years ("'61", "Mar '04", "9 Nov '89", "'61–'75").

A slide-deck hand clips years to two digits. They are read only when the caller passes the
profile's own four-digit years (``short_year_anchors``): the profile fixes the century, never
today's date, so the output is the same on any day. When two centuries fit, nothing is read.
All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract.dates import date_spans, event_date_spans, find_dates, short_year, short_year_anchors
from orgkg.model import DateValue

PROFILE = "The Harbour Trust was set up by an ordinance of 1961 and wound up in 1999."


def _read(text: str, profile: str = PROFILE) -> list[tuple[str, DateValue]]:
    return [(text[start:end], value) for start, end, value in date_spans(text, short_year_anchors(profile))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'61 → trust set up by ordinance", [("'61", DateValue(1961))]),
        ("dock sold, Mar '04", [("Mar '04", DateValue(2004, 3))]),
        ("wall opened 9 Nov '89 • new port", [("9 Nov '89", DateValue(1989, 11, 9))]),
        ("board wound up Nov 30, '99", [("Nov 30, '99", DateValue(1999, 11, 30))]),
        ("Chair: R. Quill — '61–'75", [("'61", DateValue(1961)), ("'75", DateValue(1975))]),
        ("rebuilt ’72 (typographic)", [("’72", DateValue(1972))]),
        ("pier ('65 storm)", [("'65", DateValue(1965))]),
    ],
)
def test_a_short_year_the_profile_fixes(text: str, expected: list[tuple[str, DateValue]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "boom of the late '70s",  # a decade
        "the song 'Pier 12' was played",  # a quoted name, no apostrophe year
        "rock'n'roll night, o'33 street",  # glued to a word
        "the '12' on the gate",  # a quoted number
        "a rate of '12.5",  # a decimal
        "Mar '4 meeting",  # one digit
    ],
)
def test_no_short_year(text: str) -> None:
    assert _read(text) == []


def test_without_anchors_nothing_is_read() -> None:
    assert date_spans("founded '61, closed Mar '04") == []
    assert find_dates("founded '61") == []
    assert _read("founded '61", profile="No full year here at all.") == []


def test_two_centuries_near_the_anchors_read_nothing() -> None:
    # beside 1905 and 2010, "'08" may be 1908 or 2008
    anchors = short_year_anchors("Chartered in 1905; new charter in 2010.")
    assert short_year(8, anchors) is None
    assert date_spans("wing added '08", anchors) == []


def test_a_year_the_profile_writes_in_full_wins() -> None:
    anchors = short_year_anchors("Chartered in 1908; new charter in 2010.")
    assert short_year(8, anchors) == 1908
    assert short_year(12, anchors) is None  # 1912 or 2012


def test_half_a_century_from_the_only_anchor_reads_nothing() -> None:
    anchors = short_year_anchors("Opened in 1880.")
    assert short_year(30, anchors) is None  # 1830 and 1930: 50 years either way
    assert short_year(50, anchors) == 1850  # 30 years before (1950 is 70 after)


def test_the_century_window_is_symmetric_and_deterministic() -> None:
    anchors = (1990,)
    assert short_year(41, anchors) == 1941  # 49 years before
    assert short_year(40, anchors) is None  # 50 years before: out of reach
    assert short_year(39, anchors) == 2039  # 49 years after


def test_a_short_year_in_an_instrument_title_is_kept_as_a_year_only() -> None:
    anchors = short_year_anchors(PROFILE)
    assert [v for _, _, v in event_date_spans("by decree of Apr '62", anchors)] == [DateValue(1962, 4)]
