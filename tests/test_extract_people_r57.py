"""Round 57, F2a (leaders): "<body> was chaired by A, who held office as P and, concurrently,
as Q" names A's posts in the relative clause; "Chair" only repeats the verb. A post's
complement is kept only when it is one of the body's own organs (governing-bodies.csv).
Own phrasings; near-misses keep the plain "Chair"."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

SOLBERG = ListReaders(Identity("Solberg Maritime Institute", OrgKind.ORGANIZATION), leader_heading="Leader")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The council was chaired by Dr Ola Nygaard, who served as Director of the Supervisory Board"
            " and as Secretary.",
            {"Director of the Supervisory Board | Ola Nygaard", "Secretary | Ola Nygaard"},
        ),
        (
            "The trust was chaired by Ms Kari Holm, who acted as Secretary and, simultaneously, as Chief"
            " Executive until 1990.",
            {"Secretary | Kari Holm", "Chief Executive | Kari Holm"},
        ),
        (
            "The governing body was chaired by Mr Jonas Dahl, who also held office as Vice-Chancellor.",
            {"Vice-Chancellor | Jonas Dahl"},
        ),
        (
            "Throughout that period the Management Board was chaired by Professor Lise Aune, who held office"
            " as President of the Management Board from 2015.",
            {"President of the Management Board | Lise Aune"},
        ),
    ],
)
def test_chaired_by_who_held_office_as(line: str, expected: set[str]) -> None:
    assert SOLBERG.posts(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The board was chaired by Dr Ola Nygaard, who served as Director of the National Museum.",
        "The board was chaired by Dr Ola Nygaard, who served as President of Norway.",
        "The board was chaired by Dr Ola Nygaard, who served as a naval officer.",
        "The board was chaired by Dr Ola Nygaard, whose brother served as President.",
        "The board was chaired by Dr Ola Nygaard.",
    ],
)
def test_near_misses_keep_the_chair(line: str) -> None:
    assert SOLBERG.posts(line) == {"Chair | Ola Nygaard"}
