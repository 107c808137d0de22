"""Round 49 (F1): the chatbot answer (h36) and the machine-translated bulletin (h37).

- An assistant's reply opener at the intro's very start ("Sure!", "Certainly!", "Great
  question!", "Of course!"; lexicon/mail-greetings.csv, kind reply) is no part of the name;
  only before "!" ("Certainly the oldest …", "Absolutely Wild Trust" keep their words).
- "The X in <Place> is" under the title X: the place is where X is, not its name.
- "Categories of partners: A; B" (lexicon/partner-kind-words.csv): the label announces
  classes; it is no class, and no countries in the list become members.
- "the regional branches of the X in A, B and other states": the countries after a class's
  "in <country>", up to "other states", are where the class is; no members, no classes.
- "Partnerships are important for the institute" (lexicon/partner-relation-nouns.csv): a
  sentence about the tie itself names no partner and no class.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Identity, OrgKind, Profile

from .list_helpers import partners_in_order


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


_ORG = Identity("Lakeshore Heritage Society", OrgKind.ORGANIZATION)


# --- an assistant's reply opener ---------------------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "Sure! The Lakeshore Heritage Society (LHS) is a Canadian charity that keeps old boathouses.",
        "Certainly! Lakeshore Heritage Society is a Canadian charity that keeps old boathouses.",
        "Great question! The Lakeshore Heritage Society was a charity that kept old boathouses.",
        "Of course! The Lakeshore Heritage Society is a charity that keeps old boathouses.",
        "Absolutely! Lakeshore Heritage Society is a Canadian charity for boathouses.",
    ],
)
def test_a_reply_opener_is_no_part_of_the_name(intro: str) -> None:
    identity = _identity("Lakeshore Heritage Society", intro)
    assert identity.name == "Lakeshore Heritage Society"
    assert not any("!" in n for n in (identity.name, *identity.alternate_names))


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        ("Absolutely Wild Trust", "Absolutely Wild Trust is a rewilding charity in Devon."),
        ("Sure Start Centre", "Sure Start Centre is a family service in Leeds."),
        ("Certainly Books", "Certainly Books is a small publisher in Dublin."),
    ],
)
def test_a_name_opening_with_a_reply_word_stays_whole(title: str, intro: str) -> None:
    assert _identity(title, intro).name == title


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        ("Maritime Museum", "Sure! The Maritime Museum in Gdańsk is the oldest museum of its kind in Poland."),
        ("Maritime Museum", "The Maritime Museum in Gdańsk is the oldest museum of its kind in Poland."),
        ("Textile Archive", "Certainly! The Textile Archive in Lyon keeps silk samples since 1890."),
    ],
)
def test_a_place_after_the_title_is_no_part_of_the_name(title: str, intro: str) -> None:
    assert _identity(title, intro).name == title


def test_a_name_holding_its_place_keeps_it() -> None:
    title = "University College in Bergen"
    assert _identity(title, "The University College in Bergen is a college in Norway.").name == title


# --- a label naming the kinds of partners --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        (
            "Categories of partners: the foreign conservatories; the concert halls.",
            ["foreign conservatories", "concert halls"],
        ),
        ("Categories of partners: the national seed banks.", ["national seed banks"]),
        ("The main types of members: regional banks; credit unions.", ["regional banks", "credit unions"]),
        ("Kinds of partners: the city archives, the provincial libraries.", ["city archives", "provincial libraries"]),
    ],
)
def test_a_label_of_partner_kinds_is_no_class(text: str, classes: list[str]) -> None:
    members, found = partners_in_order(text, _ORG)
    assert members == []
    assert found == classes


@pytest.mark.parametrize(
    "text",
    [
        "Founding members: the Riverside Trust, the Old Mill Society.",
        "Partner organizations: the Riverside Trust; the Old Mill Society.",
    ],
)
def test_a_label_of_members_still_names_its_members(text: str) -> None:
    members, _ = partners_in_order(text, _ORG)
    assert members == ["Riverside Trust", "Old Mill Society"]


# --- countries after a class's "in <country>" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "classes", "members"),
    [
        (
            "Categories of partners: the regional branches of the Union in Poland, Lithuania and other countries;"
            " the foreign foundations.",
            ["regional branches of the Union", "foreign foundations"],
            [],
        ),
        (
            "Our members are the national committees in France, Spain, Italy and other countries.",
            ["national committees"],
            [],
        ),
        (
            "Partners: the chambers of commerce in Chile, Peru and other states, and the Andean Development Bank.",
            ["chambers of commerce"],
            ["Andean Development Bank"],
        ),
    ],
)
def test_countries_after_a_class_place_are_its_places(text: str, classes: list[str], members: list[str]) -> None:
    found_members, found_classes = partners_in_order(text, _ORG)
    assert found_classes == classes
    assert found_members == members


def test_member_countries_before_an_open_end_stay_members() -> None:
    members, classes = partners_in_order("Member states: Poland, Lithuania and other countries.", _ORG)
    assert members == ["Poland", "Lithuania"]
    assert "other countries" in classes


def test_a_closed_run_of_countries_keeps_the_class_as_written() -> None:
    text = "Partners: the youth clubs in Poland, Lithuania and Latvia."
    assert partners_in_order(text, _ORG) == ([], ["youth clubs in Poland, Lithuania and Latvia"])


# --- a sentence about the tie itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Partnerships are important for the institute.",
        "Our international collaborations were fruitful for the whole faculty.",
        "Memberships are open to all libraries.",
        "Partnerships are vital to the society's work.",
    ],
)
def test_a_sentence_about_partnering_names_nothing(text: str) -> None:
    assert partners_in_order(text, _ORG) == ([], [])


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Partnerships are with the Ford Foundation and Oxfam.", ["Ford Foundation", "Oxfam"]),
        ("Members are the Ford Foundation and Oxfam.", ["Ford Foundation", "Oxfam"]),
        ("Our partners are local councils and the Ford Foundation.", ["Ford Foundation"]),
    ],
)
def test_a_list_after_a_partner_subject_is_still_read(text: str, members: list[str]) -> None:
    assert partners_in_order(text, _ORG)[0] == members
