"""Round 62b, F2a (leaders): successions and appositive holders in narrative prose —
"its President, Dr A, who …", "A, the ninth President (dates)", "who was followed by B",
"was succeeded as Chair in 1990 by C", "she succeeded D", "earlier Chairs included E, who …,
and F", "were Trustees G and H". Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

LARCH = Identity("Larchmont Seed Trust", OrgKind.ORGANIZATION)


def _pairs(text: str) -> set[tuple[str, str]]:
    facts, _ = read_leader(field(text, name="Leader"), LARCH)
    found: set[tuple[str, str]] = set()
    for fact in facts:
        if isinstance(fact, Post):
            found.update((fact.label, h.name) for h in fact.holders)
            found.update((fact.label, h.holder.name) for h in fact.holdings)
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the guidance of our Director, Dr. Orla Penhallow, who arrived in 2019, the Trust grew.",
            ("Director", "Orla Penhallow"),
        ),
        ("Tamsin Greaves, the sixth Rector (1990–1998), retired early.", ("Rector", "Tamsin Greaves")),
        (
            "Tamsin Greaves, the sixth Rector (1990–1998), was followed by Idris Melville, who served until 2004.",
            ("Rector", "Idris Melville"),
        ),
        (
            "Its first Chairman was Sir Osric Vane, who was succeeded as Chairman in 1951 by Sir Elwin Moss.",
            ("Chairman", "Elwin Moss"),
        ),
        (
            "Earlier Chairs included Petra Vollmer, who left in 2011 to join a ministry, and Anselm Roke.",
            ("Chair", "Anselm Roke"),
        ),
        (
            "In 2024 the other members were Commissioners Wenna Polglase and Rhys Abernethy, whose terms end.",
            ("Commissioner", "Rhys Abernethy"),
        ),
    ],
)
def test_succession_and_appositive_holders(text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(text)


def test_a_predecessor_is_left_to_round_48() -> None:
    # "she succeeded B": round 48 keeps a holder's predecessor out of the leaders
    found = _pairs("Nessa Carrow is Director; she succeeded Bram Quill.")
    assert ("Director", "Nessa Carrow") in found
    assert "Bram Quill" not in {name for _, name in found}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a list that runs into a clause that is no name: nothing
        ("Earlier Chairs included Petra Vollmer and the heads of two sister trusts.", "Petra Vollmer"),
        # the successor of another body's officer: no post of this trust
        ("Jory Pascoe, the ninth Mayor of Truro, was followed by Hedra Nance.", "Hedra Nance"),
        # a plural word that is no post before names
        ("The guests were Cornishmen Jory Pascoe and Hedra Nance.", "Hedra Nance"),
        # an ordinal that is no ordinal word
        ("Tamsin Greaves, the tallest Rector (1990–1998), retired early.", "Tamsin Greaves"),
    ],
)
def test_near_misses_name_nobody(text: str, absent: str) -> None:
    assert absent not in {name for _, name in _pairs(text)}
