"""Round 29 (F1): an intro that opens with the title plus a legal form gives the legal name."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Identity, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))


@pytest.mark.parametrize(
    "title, intro, legal",
    [
        (
            "Coastal Ferries",
            "Coastal Ferries Limited, for forty years the only carrier between the islands and a "
            "state-owned undertaking, ran daily crossings until its sale in 2004.",
            "Coastal Ferries Limited",
        ),
        (
            "Northfield Mills",
            "The Northfield Mills Ltd, once the largest employer of the valley, spun cotton for export.",
            "Northfield Mills Ltd",
        ),
        (
            "Harbour Engineering",
            "Harbour Engineering, Inc., a builder of cranes and dock gates, closed in 1991.",
            "Harbour Engineering, Inc.",
        ),
    ],
)
def test_intro_opening_with_the_legal_name_gives_another_name(title: str, intro: str, legal: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert legal in identity.alternate_names


@pytest.mark.parametrize(
    "title, intro",
    [
        # the suffix glued into a longer word is no legal form
        ("Coastal Ferries", "Coastal Ferries Limitedness was a slogan of the 1990s."),
        # a longer name that only begins with the title is another body
        ("Coastal Ferries", "Coastal Ferries Holdings Limited owns the fleet; the carrier itself has no shares."),
        # the legal form of a different body later in the intro
        ("Coastal Ferries", "Coastal Ferries ran the crossings for Island Shipping Limited until 2004."),
    ],
)
def test_no_legal_name_from_other_words(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert not any(name.startswith(f"{title} L") or name.endswith("Limited") for name in identity.alternate_names)
