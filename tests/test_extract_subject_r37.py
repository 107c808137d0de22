"""Round 37 (subject): the subject of founding and ending verbs.

- a span equal to the organization's own name is one subject, whatever it holds ("and"):
  "The Hollis and Marsh Research Institute was founded …" is told of it, not of "Marsh Research
  Institute";
- the name with a long appositive noun phrase, a relative "that" inside it and no comma ("The X,
  a Malta-registered bank run from Dublin that auditors later called …, was shut down on …"),
  a news dateline before it, is the ending verb's subject.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Dissolution, Founding
from orgkg.parse import parse_profile


def _facts(name: str, intro: str) -> list[Founding | Dissolution]:
    facts = extract(parse_profile(f"{name}\n|\n{intro}\n", "x.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, (Founding, Dissolution))]


def _founded(name: str, intro: str) -> list[DateValue]:
    return [f.date for f in _facts(name, intro) if isinstance(f, Founding) and f.date]


def _ended(name: str, intro: str) -> list[DateValue]:
    return [f.date for f in _facts(name, intro) if isinstance(f, Dissolution) and f.date]


HOLLIS = "Hollis and Marsh Research Institute"
BANK = "Bank of Trade and Shipping International"


@pytest.mark.parametrize(
    "intro",
    [
        "The Hollis and Marsh Research Institute was founded in 1921 by a bequest.",
        "In Perth the Hollis and Marsh Research Institute was established in 1921.",
        "PERTH — The Hollis and Marsh Research Institute was set up in 1921, its trustees say.",
    ],
)
def test_an_own_name_with_and_is_one_subject_of_a_founding(intro: str) -> None:
    assert _founded(HOLLIS, intro) == [DateValue(1921)]


def test_another_name_with_and_founds_nothing() -> None:
    assert _founded(HOLLIS, "The Hollis and Ward Clinic was founded in 1921 by a bequest.") == []
    assert (
        _founded(HOLLIS, "Hollis and Marsh Research Institute staff note that Ward Clinic was founded in 1921.") == []
    )


@pytest.mark.parametrize(
    ("intro", "date"),
    [
        (
            "The Bank of Trade and Shipping International was shut down on March 4, 1995, by regulators.",
            DateValue(1995, 3, 4),
        ),
        (
            "DUBLIN — The Bank of Trade and Shipping International, a Malta-registered bank run from Dublin that "
            "auditors later called the biggest fraud in the country, was shut down on March 4, 1995, in a raid.",
            DateValue(1995, 3, 4),
        ),
        (
            "The Bank of Trade and Shipping International, the island's second-largest lender, was dissolved in 1995.",
            DateValue(1995),
        ),
    ],
)
def test_an_own_name_with_and_and_an_appositive_is_the_subject_of_an_ending(intro: str, date: DateValue) -> None:
    assert _ended(BANK, intro) == [date]


@pytest.mark.parametrize(
    "intro",
    [
        # another bank with "and" in its name, near the own name
        "The Bank of Trade and Shipping International took over the Bank of Trade and Fisheries, which was shut "
        "down on March 4, 1995.",
        # the appositive holds a comma: its own clause, not the bank's
        "DUBLIN — The Bank of Trade and Shipping International, a lender in Dublin, Cork and Galway that its "
        "founder, a shipowner, was shut down on March 4, 1995.",
        # another body, with an appositive, is the subject
        "DUBLIN — The Bank of Trade and Fisheries, a Malta-registered bank run from Dublin, was shut down on "
        "March 4, 1995.",
    ],
)
def test_near_misses_end_nothing(intro: str) -> None:
    assert _ended(BANK, intro) == []
