"""Round 58 (founding): a non-native writer's word-for-word founding verb "erected" (Dutch
"opgericht", Danish "oprettet"), with the date before or after it ("was erected on 3 May 1952",
"was on 3 May 1952 erected", "was in 1964 erected under the name …").

The verb lives in lexicon/founding-calque-verbs.csv, read by the founding reader only: it checks
that the subject is the organization, so a building, statue or hall "erected" dates nothing."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

_COOP = FoundingReaders(
    "Jutland Dairy Cooperative", "Jutland Dairy Cooperative is a dairy cooperative in Denmark.", "jdc.txt"
)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The cooperative was erected on 3 May 1952 in Aarhus.", DateValue(1952, 5, 3)),
        ("The cooperative was on 12 March 1930 erected by local farmers.", DateValue(1930, 3, 12)),
        ("The cooperative was in 1964 erected and has since grown to 900 members.", DateValue(1964)),
        ("The cooperative was on 1 October 1948 in Aalborg erected as a dairy union.", DateValue(1948, 10, 1)),
    ],
)
def test_erected_dates_the_organization(sentence: str, date: DateValue) -> None:
    assert _COOP.dates(f"History\n{sentence}") == {date}


@pytest.mark.parametrize(
    "sentence",
    [
        "The headquarters building was erected in 1925 by the city.",
        "A statue of the first chairman was erected on 4 June 1970.",
        "The main hall, erected in 1899, now houses the archive.",
        "In 1962 a new dairy plant was erected in Vejle.",
    ],
)
def test_erected_building_dates_nothing(sentence: str) -> None:
    assert _COOP.dates(f"History\n{sentence}") == set()


def test_erected_names_no_founder() -> None:
    # "erected by the farmers": the calque dates the founding; who is meant stays unread
    assert _COOP.founders("History\nThe cooperative was erected in 1930 by Anders Holm.") == set()
