"""extract/units.py (round 45, museum wall labels): a counted list may carry a lowercase aside
to the reader between its noun and the colon ("Three organs, shown here left to right: …");
a semicolon item's lowercase description after a comma ("the B Board, its executive") is no
part of the unit's name, so the count still matches."""

from __future__ import annotations

import pytest

from orgkg.extract.people import read_structure
from orgkg.model import Field, Identity, Item, OrgKind, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def structure(text: str) -> list[str]:
    facts, _ = read_structure(Field("Organization structure", 10, (Item(11, text),)), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Unit))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three organs, shown here left to right: the Harbour Conference, the annual assembly that meets "
            "each May; the Steering Body, its executive council; and the Port Office, the permanent secretariat.",
            ["Harbour Conference", "Port Office", "Steering Body"],
        ),
        (
            "Four organs, seen from the left: the Harbour Conference; the Steering Body; the Pilots Court, "
            "its appeal bench; and the Port Office.",
            ["Harbour Conference", "Pilots Court", "Port Office", "Steering Body"],
        ),
        (
            "Three committees, pictured here: the Audit Committee, its oldest; the Ethics Committee; and the "
            "Grants Committee, a recent addition.",
            ["Audit Committee", "Ethics Committee", "Grants Committee"],
        ),
    ],
)
def test_counted_list_with_aside_and_descriptions(text: str, expected: list[str]) -> None:
    assert structure(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three sites, shown here: Lyon; Grenoble, the old town; and Nice.",  # places, no units
        # a capitalised word in the aside: no reader's aside, no counted list
        "Three organs, shown here left to right, Rome: the Harbour Conference; the Steering Body; and the Port Office.",
    ],
)
def test_aside_near_misses(text: str) -> None:
    assert "Harbour Conference" not in structure(text) or "Steering Body" not in structure(text)
    assert "Lyon" not in structure(text)


def test_a_place_after_a_comma_stays_with_the_name() -> None:
    # "the Royal X, Edinburgh": a capitalised word after the comma is no description; it stays
    units = structure("Two bodies: the Marine Observatory, Leith; and the Port Office.")
    assert units == ["Marine Observatory, Leith", "Port Office"]
