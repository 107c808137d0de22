"""extract/partners.py (round 44, spoken answers): "The big one is X — note" names X; a lead
ending in a pronoun and a tie verb ("For the Heritage scheme they work with X") is dropped
whole, capitals in it too."""

from __future__ import annotations

import pytest

from orgkg.extract.partners import read_partners
from orgkg.model import Field, Identity, Item, Member, OrgKind

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def members(text: str) -> list[str]:
    facts, _ = read_partners(Field("Partners", 10, (Item(11, text),)), IDENTITY)
    return [f.org.name for f in facts if isinstance(f, Member)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The main one is the Nordic Seed Trust — they fund the field trials.", "Nordic Seed Trust"),
        ("The famous one is Siemens — a joint lab between them and the institute.", "Siemens"),
        ("The important one was the Coastal Research Council.", "Coastal Research Council"),
    ],
)
def test_the_big_one_is_names_the_partner(text: str, expected: str) -> None:
    assert members(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The first one is closed.",
        "The old one was in the city centre.",
        "The main one is the local council.",
        "The Big One is a roller coaster.",  # a capitalised subject: a name, no spoken lead
    ],
)
def test_the_big_one_near_misses(text: str) -> None:
    assert members(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the Clean Coast campaign they work with the Ministry of Fisheries.", ["Ministry of Fisheries"]),
        ("On the Open Data Portal we partner with the National Statistics Office.", ["National Statistics Office"]),
        (
            "In the Green Schools project they also collaborate with the Forest Agency and the Water Board.",
            ["Forest Agency", "Water Board"],
        ),
    ],
)
def test_lead_before_a_pronoun_and_a_tie_verb_goes(text: str, expected: list[str]) -> None:
    assert members(text) == expected


def test_no_tie_verb_keeps_nothing_from_the_lead() -> None:
    assert "Clean Coast" not in " ".join(members("For the Clean Coast campaign they thank the Ministry of Fisheries."))
