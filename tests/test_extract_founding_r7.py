"""Founding (extract/founding.py), round 7: more ways writers state a founding date, name
founders and instruments, and several signers. Phrasings written for these tests, not taken
from the fidelity benchmark; negative cases say what must not be read."""

from __future__ import annotations

import pytest

from orgkg.extract.founding import read_founding_text
from orgkg.model import DateValue, Identity, OrgKind

ORG = Identity("Harrow Basin Survey Office", OrgKind.GOVERNMENT, "HBSO")


def date_of(text: str, *, about_founding: bool = False) -> DateValue | None:
    return read_founding_text(text, ORG, about_founding=about_founding).date


# --- founding dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office was constituted on 2 March 1961.", DateValue(1961, 3, 2)),
        ("HBSO started work in 1961.", DateValue(1961)),
        ("The survey office began work on 2 March 1961 with four staff.", DateValue(1961, 3, 2)),
        ("HBSO commenced work in March 1961.", DateValue(1961, 3)),
        ("The office started operating on 2 March 1961.", DateValue(1961, 3, 2)),
        ("HBSO began functioning in 1961.", DateValue(1961)),
        ("The office began life in 1961 as a section of the ministry.", DateValue(1961)),
    ],
)
def test_start_of_work_phrases_date_the_founding(text: str, expected: DateValue) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "HBSO began work on the new river gauges in 1975.",  # work on something else
        "The office started work on a national atlas in 1980.",
        "The office is constituted by representatives of six councils.",  # no date, no founding
        "The Harrow Canal Company started work in 1820.",  # another body
    ],
)
def test_work_on_something_else_dates_no_founding(text: str) -> None:
    assert date_of(text) is None
