"""An FAQ's layout is no content: in a line that opens with a question head ("Q:", "Q.",
"Question:", lexicon/faq-heads.csv) the questions are dropped and the answers ("A:",
"Answer:") kept; an answer on the line after a question alone loses its head. Lines that do
not open with a question head are read as they always were."""

from __future__ import annotations

import pytest

from orgkg.parse import parse_profile

_PROFILE = """Harrow Vale Water Board
| ||||
|
{intro}
Number of employees
{staff}
References
[1] https://example.org/hvwb
"""


def _parsed(intro: str, staff: str) -> tuple[str, list[str]]:
    profile = parse_profile(_PROFILE.format(intro=intro, staff=staff), "hvwb.txt")
    (field,) = [field for field in profile.fields if field.name == "Number of employees"]
    assert profile.intro is not None
    return profile.intro, [item.text for item in field.items]


@pytest.mark.parametrize(
    ("staff", "expected"),
    [
        ("Q: How many people work there? A: About 320.", ["About 320."]),
        ("Q. Staff? Answer: 320 in 2022. Q: And now? A: Roughly the same.", ["320 in 2022. Roughly the same."]),
        ("Question: How many staff? A: We don't publish that.", ["We don't publish that."]),
        ("Q: How many staff?\nA: About 320.", ["About 320."]),
        ("Q: How many staff? Is it growing?", []),  # questions only: nothing stated
    ],
)
def test_questions_are_dropped_and_answers_kept(staff: str, expected: list[str]) -> None:
    assert _parsed("The Board supplies water.", staff)[1] == expected


def test_the_intro_keeps_its_answers_only() -> None:
    intro, _ = _parsed("Q: What is the Board? A: The Harrow Vale Water Board is a utility. Q: Where? A: Leeds.", "320")
    assert intro == "The Harrow Vale Water Board is a utility. Leeds."


@pytest.mark.parametrize(
    "staff",
    [
        "A: 320",  # an answer head with no question before it: kept as written
        "Quality staff: 320.",  # "Q" inside a word is no head
        "A. Smith leads 320 staff.",  # "A." is an initial, never an answer head
        "QA team: 12; total 320.",
    ],
)
def test_lines_without_a_question_head_are_unchanged(staff: str) -> None:
    assert _parsed("The Board supplies water.", staff)[1] == [staff]
