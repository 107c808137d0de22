"""Round 56, F2a (leaders): a drafter's "at the material time" after a post
(`post-held-at-phrases.csv`), a post's complement that is the organization itself ("Chairman of
the Board of Acme", "Director of the Foundation" where the intro defines "the Foundation"), and a
surname after an initial's stop ("Jon Q. Public was …") that is no sentence's first word. Own
phrasings; each class with near-misses."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders, profile_posts

NORDVIK = ListReaders(Identity("Nordvik Glass Works", OrgKind.ORGANIZATION), leader_heading="Leader")
DEFINED = ListReaders(
    Identity(
        "Halden Rowing Trust",
        OrgKind.ORGANIZATION,
        description="The Halden Rowing Trust (hereinafter 'the Trust') is a charity.",
    ),
    leader_heading="Leader",
)
LEGAL = ListReaders(Identity("Marrow Freight Inc.", OrgKind.ORGANIZATION), leader_heading="Leader")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Rector at the material time was Mr Oskar Lind.", "Rector | Oskar Lind"),
        ("Its Managing Director at the relevant time was Ms Hanne Dahl.", "Managing Director | Hanne Dahl"),
        ("The Secretary at all material times was Dr Pia Ruud.", "Secretary | Pia Ruud"),
        ("The Chair at the relevant date was Mr Arne Vik.", "Chair | Arne Vik"),
    ],
)
def test_held_at_phrase_is_no_part_of_the_post(line: str, expected: str) -> None:
    assert NORDVIK.posts(line) == {expected}


@pytest.mark.parametrize(
    ("reader", "line", "expected"),
    [
        (DEFINED, "The Director of the Trust is Ms Ingrid Moe.", "Director | Ingrid Moe"),
        (
            DEFINED,
            "The Chief Executive of the Trust at the material time was Mr Lars Berg.",
            "Chief Executive | Lars Berg",
        ),
        (LEGAL, "Ms Ruth Okafor is Chairman of the Board of Marrow Freight.", "Chairman of the Board | Ruth Okafor"),
        (LEGAL, "The President of Marrow Freight Inc. is Mr Tom Reyes.", "President | Tom Reyes"),
    ],
)
def test_own_complement_dropped(reader: ListReaders, line: str, expected: str) -> None:
    assert reader.posts(line) == {expected}


@pytest.mark.parametrize(
    ("reader", "line", "expected"),
    [
        # another body's post keeps its complement
        (DEFINED, "The Director of the Museum is Ms Ingrid Moe.", "Director of the Museum | Ingrid Moe"),
        # a defined term without "the" is no reference to the organization
        (
            DEFINED,
            "Mr Lars Berg is Chairman of the Board of Trust Holdings.",
            "Chairman of the Board of Trust Holdings | Lars Berg",
        ),
        # "Leader of the Trust": a word for whoever runs a body needs its complement
        (DEFINED, "The Leader of the Trust is Mr Ole Bakke.", "Leader of the Trust | Ole Bakke"),
        # "at the time" inside a name is no time phrase: nothing after "Chair" is cut but the phrase
        (NORDVIK, "The Chair of the Board is Ms Eva Holm.", "Chair of the Board | Eva Holm"),
    ],
)
def test_complement_kept(reader: ListReaders, line: str, expected: str) -> None:
    assert reader.posts(line) == {expected}


@pytest.mark.parametrize(
    ("leader", "expected"),
    [
        ("Mr Anton J. Brede was Chairman of the Board.", ("Chairman of the Board", ("Anton J. Brede",))),
        ("Ms Karin T. Solberg is the Director.", ("Director", ("Karin T. Solberg",))),
        ("Dr Ivar B. Ness was President until 2001. Ness retired in 2001.", ("President", ("Ivar B. Ness",))),
    ],
)
def test_surname_after_an_initial_is_not_doubled(leader: str, expected: tuple[str, tuple[str, ...]]) -> None:
    posts = profile_posts("Kestrel Mills", "Kestrel Mills is a paper maker.", leader, "kestrel.txt")
    assert expected in posts
    assert not any(name.count(expected[1][0].split()[0]) > 1 for _, names in posts for name in names)


@pytest.mark.parametrize(
    "leader",
    [
        "The Mill is headed by a Rector. The present Rector is Dr Kari Haug.",
        "The works is headed by a Director. Its first Director was Ms Liv Strand.",
        "The Mill is chaired by a President. Its President is Mr Odd Rye.",
    ],
)
def test_no_post_without_holder_when_its_holders_are_named(leader: str) -> None:
    assert all(names for _, names in profile_posts("Kestrel Mills", "Kestrel Mills is a mill.", leader, "k.txt"))


@pytest.mark.parametrize(
    "leader",
    [
        "The Mill is headed by a Director. The Chair of the Board is Ms Ada Lunde.",  # another post
        "The Mill is headed by a Director.",  # no holder named at all
    ],
)
def test_post_without_holder_kept_when_no_holder_of_it_is_named(leader: str) -> None:
    assert ("Director", ()) in profile_posts("Kestrel Mills", "Kestrel Mills is a mill.", leader, "k.txt")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Rector 1990–1998: Ilse Brandt", "Rector | Ilse Brandt"),
        ("- Director 2004–09: Omar Haddad", "Director | Omar Haddad"),
        ("- Chairman 1960–: Jon Ek", "Chairman | Jon Ek"),
        ("- Managing Director 1975-1988 (second term): Hanne Dahl", "Managing Director | Hanne Dahl"),
    ],
)
def test_period_between_post_and_colon(line: str, expected: str) -> None:
    assert NORDVIK.posts(line) == {expected}


@pytest.mark.parametrize(
    "line",
    [
        "- Budget 2020–2021: Ruth Obi",  # no post
        "- Staff 1990–1995: Lars Holm",
        "- Chair 1990–1995: the Minister of Trade",  # no person after the colon
        "- Chair 1990–1995: 12 members",
    ],
)
def test_no_post_from_a_period_line_without_post_or_person(line: str) -> None:
    assert NORDVIK.posts(line) == set()
