"""Round 51 (founding, dissolution): the fan wiki's History bullets (h38).

- a bullet headed by a month, an ordinal day and a year with no comma ("- March 9th 1931: …")
  is dated by that whole day, for the founding and for the dissolution;
- a bullet headed by a span of years ("- 1940–1944: …") is a bullet of its own: the previous
  bullet's founding verb does not run on into it and take its year, and the span dates none of
  its own events (a period, not the day something happened)."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Dissolution, Founding
from orgkg.parse import parse_profile

_TITLE = "Lakeside Ferry Company"
_INTRO = "Lakeside Ferry Company was a passenger ferry operator on the northern lakes."


def _facts(history: str) -> list[object]:
    facts = extract(parse_profile(f"{_TITLE}\n|\n{_INTRO}\nHistory\n{history}\n", "fanwiki.txt"))
    return [f for ff in facts.fields for f in ff.facts]


def _founding_dates(history: str) -> set[DateValue]:
    return {f.date for f in _facts(history) if isinstance(f, Founding) and f.date}


def _dissolution_dates(history: str) -> set[DateValue]:
    return {f.date for f in _facts(history) if isinstance(f, Dissolution) and f.date}


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (
            "- 1921: the first steamers cross the lake\n- March 9th 1931: the company is founded\n- 1950: new boats",
            DateValue(1931, 3, 9),
        ),
        (
            "- 1910: the pier is built\n- July 2nd 1912: founded in Lakeport as the Lakeside Ferry Company\n"
            "- 1930: a second route",
            DateValue(1912, 7, 2),
        ),
        (
            "- August 21st 1899: Lakeside Ferry Company is established by three boatmen\n- 1905: more boats",
            DateValue(1899, 8, 21),
        ),
    ],
)
def test_ordinal_day_bullet_dates_the_founding(history: str, expected: DateValue) -> None:
    assert _founding_dates(history) == {expected}


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (
            "- 1920: the company is founded by two brothers\n"
            "- October 3rd 1988: declared bankrupt after years of losses\n- 1990: the boats are sold",
            DateValue(1988, 10, 3),
        ),
        (
            "- 1920: the company is founded by two brothers\n"
            "- June 30th 1975: the company is dissolved :(\n- 1976: the pier is torn down",
            DateValue(1975, 6, 30),
        ),
    ],
)
def test_ordinal_day_bullet_dates_the_dissolution(history: str, expected: DateValue) -> None:
    assert _dissolution_dates(history) == {expected}


@pytest.mark.parametrize(
    "history",
    [
        "- April 4th 1925: Anna Berg founds the company in Lakeport, with two old boats\n"
        "- 1931–1935: basically the mail contractor for the lake\n- 1950: new boats",
        "- May 1st 1925: the company is set up by the Berg family\n- 1931-1935: the mail years\n- 1950: new boats",
        "- August 8th 1925: Anna Berg founds the ferry company in Lakeport\n- 1931–1936: the golden age\n",
    ],
)
def test_span_of_years_bullet_is_not_the_founding(history: str) -> None:
    dates = _founding_dates(history)
    assert all(d.year == 1925 for d in dates)
    assert dates  # the founding bullet's own day


@pytest.mark.parametrize(
    "history",
    [
        "- 1931–1935: the company is founded and runs the mail boats\n- 1950: new boats",  # a period dates nothing
        "- 1902–1904: the pier is built\n- 1931: the new pier opens",
        "- Chapter 12 1931: the crossing is described in a novel",  # no month, no date head
    ],
)
def test_span_or_non_date_head_dates_no_founding(history: str) -> None:
    assert not {d for d in _founding_dates(history) if d.year in {1902, 1904, 1931, 1935}}
