"""Round 59 (F3): words between "the" and a name that are no part of it. A drafter's pointer
back ("the said Corporation", "the aforementioned Board") makes "the Corporation", the
organization when that is its head noun; a place or time the body belonged to ("the East
German X", "the then X", "the wartime X") is written before the name, not in it."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind


def _facts(name: str, text: str) -> list[object]:
    return list(read_events(text, Identity(name, OrgKind.ORGANIZATION, None), ""))


def _dissolved(name: str, text: str) -> bool:
    return any(isinstance(f, Dissolution) for f in _facts(name, text))


def _others(name: str, text: str) -> set[str]:
    return {
        mention.name
        for f in _facts(name, text)
        if isinstance(f, ChangeEvent)
        for mention in (f.original, f.resulting)
        if mention is not None
    }


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Northern Railway Public Corporation", "The said Corporation was dissolved on 1 April 1987."),
        ("Union of Pacific States", "The said Union was dissolved on 3 May 1999."),
        ("Coastal Harbour Board", "The aforementioned Board was abolished in 1988."),
        ("Inland Fisheries Commission", "The aforesaid Commission was wound up in 1974."),
        ("Inland Fisheries Commission", "the above-mentioned commission was abolished in 1974."),
    ],
)
def test_a_drafter_pointer_back_is_the_organization(name: str, text: str) -> None:
    assert _dissolved(name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Union of Pacific States", "The said Ministry was dissolved on 3 May 1999."),  # another body's noun
        ("Coastal Harbour Board", "The aforementioned Council was abolished in 1988."),
        ("Union of Pacific States", "The Said Institute was dissolved in 1999."),  # a name's own word
    ],
)
def test_a_pointer_back_to_another_noun_ends_nothing(name: str, text: str) -> None:
    assert not _dissolved(name, text)


@pytest.mark.parametrize(
    ("name", "text", "other"),
    [
        (
            "Federal Post Office",
            "After 1990 the East German Deutsche Post was merged into the Federal Post Office.",
            "Deutsche Post",
        ),
        (
            "Board of Harbour Works",
            "In 1951 the then Department of Marine was merged into the Board of Harbour Works.",
            "Department of Marine",
        ),
        (
            "Harbour Board",
            "In 1950 the wartime Shipping Control Office was merged into the Harbour Board.",
            "Shipping Control Office",
        ),
        (
            "National Grain Agency",
            "In 1962 the West German Grain Office was merged into the National Grain Agency.",
            "Grain Office",
        ),
    ],
)
def test_a_period_adjective_is_no_word_of_the_name(name: str, text: str, other: str) -> None:
    assert _others(name, text) == {other}


@pytest.mark.parametrize(
    ("name", "text", "other"),
    [
        # without "the", the words open a name of its own
        (
            "Harbour Board",
            "In 1950 West German Broadcasting was merged into the Harbour Board.",
            "West German Broadcasting",
        ),
        # "then" as a time adverb after the name, not before it
        ("Harbour Board", "In 1950 the Pilotage Service was then merged into the Harbour Board.", "Pilotage Service"),
    ],
)
def test_near_misses_keep_the_whole_name(name: str, text: str, other: str) -> None:
    assert _others(name, text) == {other}
