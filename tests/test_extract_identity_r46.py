"""Round 46 (F1): the e-mail thread's intro (h34) — a colleague's greeting before the subject.

- A greeting at the intro's very start ("Morning! X is", "Hi all — the X", "All — a quiet one.
  X …", "Hi — next up: the X", "Hi all. X is", "Last one! X"), from lexicon/mail-greetings.csv,
  is no part of the name; only before "!", a spaced dash, a colon (or a comma, a period where
  the table allows): "Morning Star Trust", "All Saints' Hospital" keep their names.
- A cued quoted name with where it is used ('X Ltd, just "XY" on everything they print') names XY.
- "Its registered name is the A (AB), though few use it." names A and AB: the concession goes.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Identity, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        ("Harbour Light Trust", "Morning! Harbour Light Trust is a Welsh charity that restores lighthouses."),
        ("Harbour Light Trust", "Hi all — Harbour Light Trust is a Welsh charity that restores lighthouses."),
        ("Harbour Light Trust", "Hello everyone, Harbour Light Trust is a Welsh charity for lighthouses."),
        ("Harbour Light Trust", "Last one! Harbour Light Trust is a Welsh charity for lighthouses."),
        ("Harbour Light Trust", "Hiya team. Harbour Light Trust is a Welsh charity for lighthouses."),
        ("Harbour Light Trust", "Good evening, Harbour Light Trust is a Welsh charity for lighthouses."),
        ("Harbour Light Trust", "Team — a small one this week. Harbour Light Trust is a Welsh charity."),
        ("Harbour Light Trust", "Hey — next up: the Harbour Light Trust, a Welsh charity for lighthouses."),
    ],
)
def test_a_mail_greeting_is_no_part_of_the_name(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == "Harbour Light Trust"
    assert not any(
        "!" in n or n.lower().startswith(("hi", "hello", "last", "good", "team")) for n in identity.alternate_names
    )


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        ("Morning Star Trust", "Morning Star Trust is a charity that runs breakfast clubs."),
        ("All Saints Hospital", "All Saints Hospital is a teaching hospital in Leeds."),
        ("Hello Future Foundation", "Hello Future Foundation is a youth charity in Bristol."),
        ("Evening Standard Trust", "Evening Standard Trust is a newspaper charity in London."),
    ],
)
def test_a_name_opening_with_a_greeting_word_stays_whole(title: str, intro: str) -> None:
    assert _identity(title, intro).name == title


@pytest.mark.parametrize(
    ("intro", "short"),
    [
        ('Hi all. Dunmore Grain Ltd, just "Dunmore" on every sack they sell, is a mill in Cork.', "Dunmore"),
        ('Dunmore Grain Ltd, simply "DGL" on its letterheads, is a mill in Cork.', "DGL"),
        ('Dunmore Grain Ltd, just "DG" to its customers, is a mill in Cork.', "DG"),
    ],
)
def test_a_quoted_short_name_with_where_it_is_used(intro: str, short: str) -> None:
    identity = _identity("Dunmore Grain Ltd", intro)
    assert identity.name == "Dunmore Grain Ltd"
    assert short in (identity.acronym, *identity.alternate_names)


def test_a_quoted_name_with_a_sentence_after_it_is_not_read() -> None:
    identity = _identity("Dunmore Grain Ltd", 'Dunmore Grain Ltd, just "Dunmore" on Monday Wexford, is a mill.')
    assert "Dunmore" not in (identity.acronym, *identity.alternate_names)


@pytest.mark.parametrize(
    ("intro", "names"),
    [
        (
            "Green Hands is a rural trust in Kerala. Its registered name is the Rural Skills and Craft Society "
            "(RSCS), though hardly anyone uses it.",
            ("Rural Skills and Craft Society", "RSCS"),
        ),
        (
            "Green Hands is a rural trust in Kerala. Its legal name is the Rural Skills and Craft Society, "
            "although nobody outside the bank says it.",
            ("Rural Skills and Craft Society",),
        ),
        (
            "Green Hands is a rural trust in Kerala. Its official name is the Rural Skills and Craft Society "
            "(RSCS), but it is seldom used.",
            ("Rural Skills and Craft Society", "RSCS"),
        ),
    ],
)
def test_a_registered_name_with_a_concession_after_it(intro: str, names: tuple[str, ...]) -> None:
    identity = _identity("Green Hands", intro)
    for name in names:
        assert name in (identity.acronym, *identity.alternate_names)


def test_a_concession_naming_another_body_leaves_the_sentence_unread() -> None:
    identity = _identity(
        "Green Hands",
        "Green Hands is a rural trust in Kerala. Its registered name is the Rural Skills Society, "
        "though Kerala Crafts Board staff call it something else.",
    )
    assert not any(n.startswith("Rural Skills") for n in identity.alternate_names)
