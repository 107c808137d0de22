"""Round 55, F2a (leaders): a chatty writer's comment after a holder's bracketed period and a
spaced dash ("Chair: A (1990–1996) — the one who moved us"), a line closed by emoji or other
pictographs ("Dean: A (since 2016) ★"), and the chief/principal conductor of an orchestra
(`roles.csv`). Own phrasings; each class with near-misses."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

READERS = ListReaders(Identity("Nordvik Glass Works", OrgKind.ORGANIZATION), leader_heading="Leader")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Chairman: Lars Holm (1990–1996) — the one who moved us to Malmö", "Chairman | Lars Holm"),
        ("Rector: Ilse Brandt (from 2012 to 2020) — she rebuilt the library", "Rector | Ilse Brandt"),
        ("Curator: Tomas Berg (until 2008) – a quiet man, loved by all", "Curator | Tomas Berg"),
        ("Director: Mei Tanaka (since 2021) — great hire if you ask me", "Director | Mei Tanaka"),
    ],
)
def test_comment_after_a_bracketed_period(line: str, expected: str) -> None:
    assert READERS.posts(line) == {expected}


@pytest.mark.parametrize(
    "line",
    [
        "Chair: Ann Lee (Sweden) — the best we ever had",  # a country, no period: the holder may go on
        "Chair: Ann Lee (2010) — a great year",  # a year alone is no period
        "Chair: Ann Lee (2010–2015) — Bo Chen (2015–2020)",  # a capitalised name after the dash
    ],
)
def test_no_comment_cut_without_a_period(line: str) -> None:
    assert READERS.posts(line) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Treasurer: Jon Ek (since 2016) ★★★", "Treasurer | Jon Ek"),
        ("Chair: Ann Lee 🎉", "Chair | Ann Lee"),
        ("- President: Omar Haddad ❤️", "President | Omar Haddad"),
        ("Secretary: Ruth Obi (2009–2014) 👍", "Secretary | Ruth Obi"),
    ],
)
def test_trailing_pictographs(line: str, expected: str) -> None:
    assert READERS.posts(line) == {expected}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Director: the Board ❤", {"Director | "}),  # still no person
        ("Dean: Jon Ek ✔ (2016–2020)", set()),  # a symbol inside the line is not cut
    ],
)
def test_pictographs_name_no_one(line: str, expected: set[str]) -> None:
    assert READERS.posts(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Chief conductor: Anna Ruiz (since 2015)", "Chief conductor | Anna Ruiz"),
        ("Principal conductor: Pekka Salo", "Principal conductor | Pekka Salo"),
        ("Chief Conductor — Dr. Ivo Dane", "Chief Conductor | Ivo Dane"),
    ],
)
def test_orchestra_conductors(line: str, expected: str) -> None:
    assert READERS.posts(line) == {expected}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Chief conductor: to be announced", set()),
        ("Principal conductor (2001–2009) — she toured Japan", set()),
    ],
)
def test_conductor_posts_without_holder(line: str, expected: set[str]) -> None:
    assert READERS.posts(line) == expected
