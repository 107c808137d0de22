"""Round 11: a subject set off from its appositive by commas ("Its first satellite, SAC-B, was
launched on …") is the noun before the appositive, not the organization."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile


def _founding_dates(history: str, name: str = "Lakeside Space Council") -> list[DateValue]:
    text = f"{name}\n{name} is a civil space agency. It was created on 3 March 1981.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "council.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


@pytest.mark.parametrize(
    "history",
    [
        "Its first satellite, Lark-1, was launched on 9 June 1994.",
        "Their flagship journal, Orbit Letters, was launched in 1994.",
        "Its second ground station, Northfield, was opened on 2 May 1994.",
        "Its training school, the Aster Academy, was established on 1 September 1994.",
    ],
)
def test_a_possessive_subject_with_an_appositive_is_not_the_organization(history: str) -> None:
    dates = _founding_dates(history)
    assert dates, "the intro's founding date is still read"
    assert all(d.year == 1981 for d in dates), dates


@pytest.mark.parametrize(
    "history",
    [
        "Lakeside Space Council, the national agency, was created on 3 March 1981.",
        "The council, a decentralised body, was formed on 3 March 1981.",
    ],
)
def test_the_organization_before_an_appositive_still_dates_its_founding(history: str) -> None:
    assert [(d.year, d.month, d.day) for d in _founding_dates(history)] == [(1981, 3, 3)]
