"""A transcript's turn heads ("[00:02:11] NADIA: ") and stage directions ("[music]") are
layout, not content; a turn that only asks states no fact. The parser removes all three, so
the field-status layer and the readers see the answers."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import EmployeeCount, FieldStatus, Profile
from orgkg.parse import parse_profile

_PROFILE = """Kestrel Valley Water Board
| ||||
|
{intro}
Mission
{mission}
Number of employees
{employees}
"""


def _profile(
    mission: str, employees: str = "About 240.", intro: str = "The Kestrel Valley Water Board is a water authority."
) -> Profile:
    return parse_profile(_PROFILE.format(intro=intro, mission=mission, employees=employees), "kvwb.txt")


def _mission(line: str) -> str:
    return next(field for field in _profile(line).fields if field.name == "Mission").text


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("[00:00:40] NADIA: To supply clean water to the valley.", "To supply clean water to the valley."),
        (
            "[00:00:39] BEN: Mission? [00:00:40] NADIA: To supply clean water. [00:00:44] BEN: Fair.",
            "To supply clean water. Fair.",
        ),
        ("[1:02:11] Speaker 2: To supply water.", "To supply water."),
        ("[02:11.5] Q: What is it for? [02:13] A: To supply water.", "To supply water."),
        ("(00:40) NADIA: To supply water. [music]", "To supply water."),
        ("[00:40] To supply water [laughs] to the valley.", "To supply water to the valley."),
        # only the first label after a timestamp is the speaker's
        ("[00:40] NADIA: HQ: 1 Dam Road.", "HQ: 1 Dam Road."),
        # a turn that asks and states is kept whole
        ("[00:40] NADIA: We supply water. Why? Because we must?", "We supply water. Why? Because we must?"),
    ],
)
def test_turn_heads_questions_and_stage_directions_are_removed(line: str, value: str) -> None:
    assert _mission(line) == value


@pytest.mark.parametrize(
    "line",
    [
        "HQ: 1 Dam Road, Kestrel.",  # a label with no timestamp is a value
        "NADIA: we supply water.",  # so is a speaker-like label with no timestamp
        "Opening hours [09:00] to [17:00] are posted.",  # a timestamp not at the start
        "Do we supply water? Yes.",
        "Is it independent?",  # a question with no turn head is left to the readers
        "The Music [Hall] programme.",
    ],
)
def test_look_alikes_are_kept(line: str) -> None:
    assert _mission(line) == line


def test_the_intro_loses_its_turn_heads() -> None:
    intro = "[00:00:03] NADIA: Hi. [00:00:05] BEN: Today: the Kestrel Valley Water Board."
    profile = _profile("To supply water.", intro=intro)
    assert profile.intro == "Hi. Today: the Kestrel Valley Water Board."


def test_a_denied_headcount_after_a_question_is_a_status_not_a_number() -> None:
    profile = _profile(
        "To supply water.",
        employees="[00:02:10] BEN: Staff numbers? [00:02:11] NADIA: Not published anywhere we looked.",
    )
    facts = extract(profile)
    statuses = {field.name: field.status for field in facts.fields}
    assert statuses["Number of employees"] is FieldStatus.NOT_PUBLICLY_SPECIFIED
    assert not [fact for field in facts.fields for fact in field.facts if isinstance(fact, EmployeeCount)]
