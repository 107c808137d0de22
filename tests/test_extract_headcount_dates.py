"""A day of a written date ("At 31 March 2024 the Group had …", "On 1 January 2020 there were
800 staff") counts no one: the headcount reader skips numbers inside a date. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import EmployeeCount
from orgkg.parse import parse_profile


def _counts(text: str) -> list[int]:
    profile = f"Kestrel Water Board\n|\nKestrel Water Board is a utility in Perth.\nNumber of employees\n{text}\n"
    facts = extract(parse_profile(profile, "kwb.txt"))
    return [f.value for ff in facts.fields for f in ff.facts if isinstance(f, EmployeeCount)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 1 January 2020 there were 800 staff.", [800]),
        ("At 30 June 2023: about 1,450 employees.", [1450]),
        ("As at 15 May 2022, 640 people worked there.", [640]),
    ],
)
def test_the_count_after_a_dated_day_is_read(text: str, expected: list[int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At 31 March 2024 the board had approximately 2,100 permanent employees.",
        "On 12 October 2021 the board announced job cuts.",
        "Staff figures as of 30 June 2023 are not published.",
    ],
)
def test_a_day_of_a_date_is_never_the_count(text: str) -> None:
    assert not any(value in {31, 12, 30} for value in _counts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subsidiary's staff is another body's (figure-subject-words.csv: subsidiary, other)
        ("As of December 31, 2023, our principal subsidiary, Kestrel Pumps, had approximately 1,900 employees.", []),
        ("Its subsidiaries employ 4,000 people; the board itself has 250.", [250]),
    ],
)
def test_a_subsidiarys_staff_is_not_the_count(text: str, expected: list[int]) -> None:
    assert _counts(text) == expected
