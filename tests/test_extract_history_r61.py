"""Round 61 (F3): a rename whose second verb is left out ("renamed A in 1940, then B") makes A a
previous name when B is its own name; a filing for liquidation ends the organization."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events, segments
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind


def _facts(name: str, text: str) -> list[object]:
    return list(read_events(text, Identity(name, OrgKind.ORGANIZATION, None), ""))


def _previous(name: str, text: str) -> set[str]:
    return {f.previous_name for f in _facts(name, text) if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    ("name", "text", "earlier"),
    [
        (
            "Lagos State University",
            "renamed Eko College of Technology in 1971, then Lagos State University in 1983.",
            "Eko College of Technology",
        ),
        (
            "Harbour Arts Council",
            "It was renamed the Quay Arts Board in 1961 and later Harbour Arts Council.",
            "Quay Arts Board",
        ),
        (
            "Northern Rail Institute",
            "In 1950 it was renamed to Pennine Rail School, then to Northern Rail Institute.",
            "Pennine Rail School",
        ),
        (
            "Valley Water Trust",
            "renamed Valley Water Board in 1930, then Valley Water Trust in 1962 EDIT: 1963 actually.",
            "Valley Water Board",
        ),
    ],
)
def test_an_elided_rename_into_its_own_name(name: str, text: str, earlier: str) -> None:
    assert earlier in _previous(name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Lagos State University", "renamed Eko College of Technology in 1971, then moved to Ojo."),
        ("Lagos State University", "renamed Eko College of Technology in 1971, then Ibadan University took it over."),
        ("Harbour Arts Council", "renamed the Quay Arts Board in 1961, then Harbour Arts Council absorbed it."),
        ("Harbour Arts Council", "It was never renamed Quay Arts Board, then Harbour Arts Council."),
    ],
)
def test_no_elided_rename_without_its_own_name_ending_the_clause(name: str, text: str) -> None:
    assert _previous(name, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "filed for liquidation on 3 March 2002.",
        "It applied for liquidation in 2002.",
        "The company was placed in liquidation in 2002.",
    ],
)
def test_a_filing_for_liquidation_ends_it(text: str) -> None:
    ended = [f for f in _facts("Orbis Typewriter Company", text) if isinstance(f, Dissolution)]
    assert ended and ended[0].date is not None and ended[0].date.year == 2002


@pytest.mark.parametrize(
    "text",
    [
        "It filed for bankruptcy in 2002 and came out of it a year later.",
        "Its supplier Delta Parts Ltd filed for liquidation in 2002.",
        "the owners never filed for liquidation.",
    ],
)
def test_no_ending_from_a_bankruptcy_or_another_body_filing(text: str) -> None:
    assert not [f for f in _facts("Orbis Typewriter Company", text) if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("set up in 1961. The Z80 board sold well, IIRC. closed its doors in 1990.", "closed its doors in 1990."),
        (
            "grew fast in the 70s. Then came the crash tbh. went into liquidation in 1991.",
            "went into liquidation in 1991.",
        ),
        ("began as a club. Its first shop opened in 1950 AFAIK. renamed in 1960.", "renamed in 1960."),
    ],
)
def test_a_lowercase_hand_splits_its_capitalised_sentences_too(text: str, note: str) -> None:
    assert note in {segment.text for segment in segments(text)}


@pytest.mark.parametrize(
    "text",
    [
        "set up in 1961. The board met approx. twice a year.",
        "It was set up in 1961. The firm grew fast. lol. closed in 1990.",
    ],
)
def test_no_lowercase_split_after_an_abbreviation_or_in_a_capitalised_hand(text: str) -> None:
    texts = {segment.text for segment in segments(text)}
    assert "twice a year." not in texts and "closed in 1990." not in texts
