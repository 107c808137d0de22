"""A headcount in a sentence with a time lead and a second predicate ("At its founding in 1971,
X employed about 5,200 people and controlled some 40 subsidiaries"), or a second count in a place
phrase ("9,000 staff, in some 400 offices"), reads the first count; "the X group" is the
organization's own. Breakdowns without a total stay unread. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import EmployeeCount
from orgkg.parse import parse_profile


def _counts(text: str) -> list[int]:
    profile = (
        "Harlow Steel Board\n|\nThe Harlow Steel Board (HSB) was a public corporation in Wexford.\n"
        f"Number of employees\n{text}\n"
    )
    facts = extract(parse_profile(profile, "hsb.txt"))
    return [f.value for ff in facts.fields for f in ff.facts if isinstance(f, EmployeeCount)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At its founding in 1971, the Harlow Steel Board employed about 5,200 people and controlled "
            "some 40 partly owned subsidiaries abroad.",
            [5200],
        ),
        ("The board had 3,100 staff and ran 12 rolling mills.", [3100]),
        ("(2020: almost 9,000 staff, in some 400 offices in 90 countries.)", [9000]),
        ("As of 2019, the HSB group employed approximately 7,400 people, including the staff of its mills.", [7400]),
    ],
)
def test_the_first_count_is_read(text: str, expected: list[int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The board had 3,100 engineers and 900 support staff.",  # a breakdown: no total written
        "The board had 3,100 engineers and has 900 support staff.",  # "has" takes staff: still parts
        "The board had 3,100 engineers, at least 900 technicians.",  # "at least" qualifies, no place
        "As of 2019, the Wexford group employed approximately 7,400 people.",  # another group
    ],
)
def test_near_misses_read_no_count(text: str) -> None:
    assert _counts(text) == []
