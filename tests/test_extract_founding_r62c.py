"""Round 62c (F2b founding): a list of one-word firms as founders, and a colon list that belongs
to a "through"/"via" phrase after the founders. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from orgkg.extract.founding import read_founding_text
from orgkg.model import Identity, OrgKind

from .founding_helpers import FoundingReaders

ORG = Identity("Lowland Radio Forum", OrgKind.ORGANIZATION, "LRF")


def founders_of(text: str) -> list[str]:
    return [m.name for m in read_founding_text(text, ORG).founders]


# --- three or more one-word firms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The LRF was formally founded in June 2004 by Veltrix, KDM, Norrona and Castelmo.",
            ["Veltrix", "KDM", "Norrona", "Castelmo"],
        ),
        ("The forum was set up in 2004 by Veltrix, Norrona and Castelmo.", ["Veltrix", "Norrona", "Castelmo"]),
    ],
)
def test_a_list_of_one_word_firms_names_the_founders(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The LRF was founded in 2004 by Veltrix and Norrona.",  # a pair: surnames, perhaps
        "The LRF was founded in 2004 by Veltrix.",  # one word alone
        "The LRF was founded in 2004 by Belgium, Denmark and Portugal.",  # countries
        "The LRF was founded in 2004 by Veltrix, Norrona and others.",  # not all named
        "The LRF was founded in 2004 by Parliament, Veltrix and Norrona.",  # a body's kind word
        "The LRF was founded in 2004 by Veltrix, Norrona and the radio clubs.",  # a lowercase piece
    ],
)
def test_no_founders_unless_three_one_word_firms_and_nothing_else(text: str) -> None:
    assert founders_of(text) == []


# --- "by A and B through the merger of …: C, D" ----------------------------------------------


def test_a_colon_list_after_through_is_no_founder_list() -> None:
    text = (
        "The LRF was founded in May 1931 by Sir Edwin Tarrow and Dame Ruth Pellam through the merger of "
        "three societies: the Dunmere Radio Society, the Kelso Wireless Club and the Ardfin Listeners Union."
    )
    assert founders_of(text) == ["Edwin Tarrow", "Ruth Pellam"]


def test_a_colon_list_after_via_is_no_founder_list() -> None:
    text = (
        "The LRF was founded in 1931 by Edwin Tarrow via the union of two clubs: the Kelso Wireless Club "
        "and Ardfin Radio."
    )
    assert founders_of(text) == ["Edwin Tarrow"]


def test_a_colon_cue_still_names_the_founders() -> None:
    text = "The LRF was founded in 1931 by its two founders: Edwin Tarrow and Ruth Pellam."
    assert founders_of(text) == ["Edwin Tarrow", "Ruth Pellam"]


# --- "* A – founder and first manager (1836)" beside other post holders -----------------------

_LEADER_INTRO = "The Lowland Radio Forum is a club of radio amateurs."


def _leader_founders(lines: str) -> set[str]:
    return FoundingReaders("Lowland Radio Forum", _LEADER_INTRO, "lrf.txt").founders(f"Leader\n{lines}")


def test_an_item_of_a_name_and_a_founder_note_names_the_founder() -> None:
    lines = "* Edwin Tarrow – founder and first secretary (1931)\n* Ruth Pellam – chairman (1950–1961)"
    assert "Edwin Tarrow" in _leader_founders(lines)


@pytest.mark.parametrize(
    "lines",
    [
        # a note "founder of" another body names no founder of this one
        "* Edwin Tarrow – founder of the Kelso Wireless Club\n* Ruth Pellam – chairman (1950–1961)",
        # the item is no person's name
        "* Kelso Wireless Society – founder and first host (1931)\n* Ruth Pellam – chairman (1950–1961)",
        # no list item
        "Edwin Tarrow – founder and first secretary (1931)\n* Ruth Pellam – chairman (1950–1961)",
    ],
)
def test_no_founder_from_an_item_without_a_person_before_a_founder_note(lines: str) -> None:
    assert "Edwin Tarrow" not in _leader_founders(lines)
    assert "Kelso Wireless Society" not in _leader_founders(lines)
