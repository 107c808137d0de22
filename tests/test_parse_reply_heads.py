"""A form's reply head before each value ("Point No. 5 — Reply: ...") is layout, not content:
the parser removes it, so the field-status layer and the readers see the value itself."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import EmployeeCount, FieldStatus
from orgkg.parse import parse_profile

_PROFILE = """Kestrel Valley Water Board
| ||||
|
Kestrel Valley Water Board (KVWB) is a regional water authority.
Mission
{mission}
Number of employees
{employees}
Parent organization
{parent}
"""


def _field_text(
    mission: str, heading: str = "Mission", employees: str = "Reply: 240", parent: str = "Reply: None."
) -> str:
    profile = parse_profile(_PROFILE.format(mission=mission, employees=employees, parent=parent), "kvwb.txt")
    return next(field for field in profile.fields if field.name == heading).text


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Point No. 1 — Reply: To supply clean water to the valley.", "To supply clean water to the valley."),
        ("Item 3 – Answer: To supply water.", "To supply water."),
        ("Q. 4 — Reply: To supply water.", "To supply water."),
        ("Reply: To supply water.", "To supply water."),
        ("Response – To supply water.", "To supply water."),
        ("Ans.: To supply water.", "To supply water."),
        ("- Point No. 1 — Reply: To supply water.", "To supply water."),
    ],
)
def test_a_reply_head_is_removed(line: str, value: str) -> None:
    assert _field_text(line) == value


@pytest.mark.parametrize(
    "line",
    [
        "Response-time guarantees for every household.",  # a compound word, not a head
        "Answered to the regional council until 1990.",
        "Item 3: supply water to the valley.",  # a numbered item without a reply word
        "Responses: we answer every complaint within a week.",
        "Point of contact for all water users.",
    ],
)
def test_look_alikes_are_kept(line: str) -> None:
    assert _field_text(line) == line


def test_the_status_layer_reads_the_value_after_the_head() -> None:
    text = _PROFILE.format(
        mission="Point No. 1 — Reply: To supply water.",
        employees="Point No. 2 — Reply: About 240 (2023).",
        parent="Point No. 3 — Reply: Nil. The Board is an independent statutory body.",
    )
    facts = extract(parse_profile(text, "kvwb.txt"))
    statuses = {field.name: field.status for field in facts.fields}
    assert statuses["Parent organization"] is FieldStatus.EXPLICITLY_NONE
    assert statuses["Number of employees"] is FieldStatus.STATED
    counts = [fact for field in facts.fields for fact in field.facts if isinstance(fact, EmployeeCount)]
    assert [count.value for count in counts] == [240]
