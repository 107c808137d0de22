"""An ending at one of the organization's sites ("ceased operations at the Leeds plant") ends a
part of it, not the organization: no dissolution. "at the end of 1998" and other times after
"at the" (history-context.csv, at-time) still date one. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Dissolution
from orgkg.parse import parse_profile


def _dissolutions(history: str) -> list[DateValue | None]:
    text = f"Tamar Valley Ropeworks Ltd\n|\nTamar Valley Ropeworks Ltd is a rope maker in Devon.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "tvr.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    "history",
    [
        "In 1998 it ceased operations at the Plymouth works.",
        "In 2003 the company closed at its Tavistock depot.",
        "In 1987 it ceased trading at their Exeter shop.",
    ],
)
def test_an_ending_at_a_site_is_no_dissolution(history: str) -> None:
    assert _dissolutions(history) == []


@pytest.mark.parametrize(
    ("history", "year"),
    [
        ("The company ceased operations at the end of 2001.", 2001),
        ("It was dissolved at the request of its members in 2004.", 2004),
        ("It ceased trading at the turn of the century, in 1999.", 1999),
        ("The company ceased operations in 2001.", 2001),
    ],
)
def test_an_ending_at_a_time_still_dates_the_dissolution(history: str, year: int) -> None:
    assert [d.year for d in _dissolutions(history) if d] == [year]
