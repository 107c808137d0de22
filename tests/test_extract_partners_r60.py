"""Round 60 (F1): a sector's mass noun beside a plural class ("universities and industry") is
two classes; a "where" clause about a list item is no item; "we are / have been a member of"
after a time phrase, a lowercase kind noun after a grouping's name ("the Oneworld alliance"),
and a new clause ("…, and I thank …") closing the bodies the organization belongs to."""

from __future__ import annotations

import pytest

from .list_helpers import profile_ties

HEAD = "Tamsin Valley Institute\n\nTamsin Valley Institute (TVI) is a research institute in Fife.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("We work with the Fife Maritime Museum, as well as universities and industry.", {"universities", "industry"}),
        ("Partners: industry and academia", {"industry", "academia"}),
        ("Our partners are government and business, and the Fife Coast Trust.", {"government", "business"}),
        ("We work with the Fife Maritime Museum, civil society and universities.", {"civil society", "universities"}),
    ],
)
def test_a_sector_noun_beside_a_class_is_two_classes(text: str, parts: set[str]) -> None:
    _, _, classes = _read(text)
    assert parts <= classes
    assert not any(" and " in c and set(c.split(" and ")) & parts for c in classes)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("We work with the Fife Maritime Museum, as well as research and industry.", "research and industry"),
        ("We work with schools and charities.", "schools and charities"),
        ("We work with provincial and territorial archives.", "provincial and territorial archives"),
    ],
)
def test_no_sector_noun_or_no_plural_class_stays_one_class(text: str, whole: str) -> None:
    _, _, classes = _read(text)
    assert whole in classes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Fife Council, our partner; the Fife Royal Infirmary, where much of our work is done; and the Tay Trust.",
            {"Fife Council", "Fife Royal Infirmary", "Tay Trust"},
        ),
        ("the Fife Royal Infirmary, where our nurses train, and the Tay Trust.", {"Fife Royal Infirmary", "Tay Trust"}),
        (
            "We work with the Tay Trust, where our students spend a term, and the Perth Clinic.",
            {"Tay Trust", "Perth Clinic"},
        ),
    ],
)
def test_a_where_clause_about_an_item_is_no_item(text: str, names: set[str]) -> None:
    members, _, classes = _read(text)
    assert names <= members
    assert not any("where" in c for c in classes)


def test_a_where_clause_naming_another_body_names_no_partner() -> None:
    members, _, _ = _read("We work with the Tay Trust, where the Dundee Sea Institute is based.")
    assert members == {"Tay Trust"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("We are a member of the Oneworld alliance.", "Oneworld"),
        ("Since 2012 we have been a member of the Coimbra network.", "Coimbra"),
        ("In 1998 the Institute became a member of the Hanseatic consortium.", "Hanseatic"),
        ("We have been a member of the North Sea Ports Group since 2004.", "North Sea Ports Group"),
    ],
)
def test_we_are_a_member_of_a_grouping(text: str, body: str) -> None:
    members, member_of, classes = _read(text)
    assert member_of == {body}
    assert not members
    assert not any("member of" in c for c in classes)


@pytest.mark.parametrize(
    "text",
    [
        "Since 2011 the Dundee Rowing Club has been a member of the Oneworld alliance.",
        "Since 2011 its director has been a member of the Coimbra network.",
    ],
)
def test_another_subject_after_a_time_phrase_belongs_to_nothing_of_ours(text: str) -> None:
    _, member_of, _ = _read(text)
    assert not member_of


def test_a_new_clause_ends_the_bodies_it_belongs_to() -> None:
    _, member_of, _ = _read(
        "Since 2010 we have been a member of the Oneworld alliance, and I thank our partners — above all "
        "Iberia and Finnair, who have flown with us."
    )
    assert member_of == {"Oneworld"}
