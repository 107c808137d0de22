"""A social-media post's pictographs, hashtags and a thread's post number ("1/") are never
read (text.without_post_marks); the verbatim statement keeps them. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.text import clean, without_post_marks
from orgkg.model import Address, Post, Unit
from orgkg.parse import parse_profile


def _facts(field: str, *lines: str) -> list[object]:
    profile = "\n".join(["Brae Rovers FC", "|", "Brae Rovers FC is a football club in Perth.", field, *lines]) + "\n"
    facts = extract(parse_profile(profile, "brfc.txt"))
    return [f for ff in facts.fields for f in ff.facts]


def test_numbered_posts_give_posts_and_holders() -> None:
    facts = _facts("Leader", "1/ President: Moira Lennox, since 2019 👑", "2/ Chair: Ewan Todd")
    assert {(p.label, h.name) for p in facts if isinstance(p, Post) for h in p.holders} == {
        ("President", "Moira Lennox"),
        ("Chair", "Ewan Todd"),
    }


def test_numbered_posts_never_glue_their_number_to_a_unit() -> None:
    units = [
        u.name
        for u in _facts("Divisions", "1/ Brae Rovers Women ⚽", "2/ Brae Rovers Academy #youth")
        if isinstance(u, Unit)
    ]
    assert units == ["Brae Rovers Women", "Brae Rovers Academy"]


def test_a_flag_after_an_address_leaves_it_readable() -> None:
    addresses = [
        a
        for a in _facts("Headquarters address", "12 Dunkeld Road, Perth PH1 5RW, United Kingdom 🇬🇧")
        if isinstance(a, Address)
    ]
    assert [(a.locality, a.country) for a in addresses] == [("Perth", "GB")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("🧵 1/ a thread on the club ⚽ est. 1902. #BraeRovers #history", "a thread on the club est. 1902."),
        ("C# and F# teams", "C# and F# teams"),  # a letter before "#": no hashtag
        ("issue #12 runs 24/7", "issue #12 runs 24/7"),  # a number is no hashtag, "24/7" no post number
        ("1/2 of the staff", "1/2 of the staff"),  # a fraction, not a post number
        ("Law № 5 of 1990", "Law № 5 of 1990"),  # the numero sign is no pictograph
    ],
)
def test_post_marks(text: str, kept: str) -> None:
    assert without_post_marks(text) == kept


def test_the_verbatim_statement_keeps_the_marks() -> None:
    profile = (
        "\n".join(["Brae Rovers FC", "|", "Brae Rovers FC is a club.", "Divisions", "1/ Brae Rovers Women ⚽"]) + "\n"
    )
    facts = extract(parse_profile(profile, "brfc.txt"))
    assert facts.profile.fields[0].verbatim == "1/ Brae Rovers Women ⚽"


def test_the_description_keeps_the_intro_as_written() -> None:
    intro = "🧵 1/ Brae Rovers FC ⚽ is a club in Perth,\test. 1902 #BraeRovers"
    facts = extract(parse_profile("\n".join(["Brae Rovers FC", "|", intro, "Mission", "Football."]) + "\n", "b.txt"))
    assert facts.identity.description == intro


def test_cleaning_still_turns_every_whitespace_into_one_space() -> None:
    # the post-mark filter's own run of spaces once shadowed the cleaner's pattern
    assert clean("Products\tcargo and\npassenger aircraft") == "Products cargo and passenger aircraft"
