"""Round 60 (F2b founding): a speaker's dates in words, the short name told between dashes, the
place after "on", "came into the world"."""

from __future__ import annotations

import pytest

from orgkg.extract.dates import with_spelled_dates
from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

READERS = FoundingReaders("Marsh Valley Seed Bank", "Marsh Valley Seed Bank is a seed bank.", "mvsb.txt")


def _intro_dates(intro: str) -> set[DateValue]:
    return FoundingReaders("Marsh Valley Seed Bank", intro, "mvsb.txt").dates("")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the fourteenth of May, nineteen fifty-two, it", "on 14 May 1952, it"),
        ("the twenty-first of June, eighteen hundred and six", "21 June 1806"),
        ("the thirtieth of September 1931", "30 September 1931"),
        ("in nineteen ninety, we", "in 1990, we"),
        ("opened in two thousand and eleven.", "opened in 2011."),
        ("the ninth day of October, nineteen nineteen", "9 October 1919"),
        # no such day: only the year is read
        ("the thirty-first of April, nineteen ten", "the thirty-first of April, 1910"),
    ],
)
def test_dates_in_words_are_written_in_figures(text: str, expected: str) -> None:
    assert with_spelled_dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "two thousand visitors a year",
        "nineteen hundred seeds",
        "eighteen volunteers and sixteen farmers",
        "nineteen forty-pound sacks",
        "in 1990 and 1991",
    ],
)
def test_counts_and_impossible_days_stay_as_written(text: str) -> None:
    assert with_spelled_dates(text) == text


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            "Friends, good evening. On the ninth of October, nineteen fifty-eight, the Marsh Valley Seed Bank "
            "— the MVSB, as the farmers say — was born in a barn.",
            DateValue(1958, 10, 9),
        ),
        (
            "Sixty years ago tonight, on the third of June, nineteen sixty-one, Marsh Valley Seed Bank Ltd "
            "— MVSB to all of us, and to every grower — came into being.",
            DateValue(1961, 6, 3),
        ),
        (
            "On the twentieth of August, eighteen hundred and ninety-nine, the Marsh Valley Seed Bank "
            "— the MVSB — came into the world as a village store.",
            DateValue(1899, 8, 20),
        ),
        (
            "On the first of March, nineteen seventy, the Marsh Valley Seed Bank opened its doors on this windy hill.",
            DateValue(1970, 3, 1),
        ),
        (
            "On 5 May 1966 the Marsh Valley Seed Bank began its work on the campus of the agricultural college.",
            DateValue(1966, 5, 5),
        ),
    ],
)
def test_a_speakers_founding_sentence_is_dated(intro: str, expected: DateValue) -> None:
    assert expected in _intro_dates(intro)


@pytest.mark.parametrize(
    "intro",
    [
        # another work's object after "on", not a place
        "On the first of March, nineteen seventy, the Marsh Valley Seed Bank began work on the new dam.",
        "On 5 May 1966 the Marsh Valley Seed Bank began work on this bridge.",
        # a count in words is no year
        "The Marsh Valley Seed Bank — the MVSB — keeps two thousand seed samples.",
        # an aside that gives no short name leaves the sentence as it is
        "Marsh Valley Seed Bank — a store, a lab and a library — welcomed nineteen hundred visitors.",
    ],
)
def test_no_founding_date_from_other_work_or_counts(intro: str) -> None:
    assert _intro_dates(intro) == set()
