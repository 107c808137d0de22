"""Round 48 (F1: units, partners, identity), dev recall as classes.

- identity: the name a body holds in law or in a register, cued inside the intro's brackets
  ("X (legal name Y)", "X (registered name Y)", "X (legally Y)"), is another name of X;
  a lowercase word or a bare note after the cue names nothing.
- partners: a place after the last of several lowercase classes ("A, B and C in Ghana and
  abroad", "… across Europe", "… in the coastal service area") qualifies the whole list, so the
  last class is read without it; a list holding a name, or one class alone, is read as before.
- units: "conference" heads a named unit as "assembly" and "council" do ("The supreme organ is
  the General Conference, which elects the Board"); a lowercase conference names none.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.identity import read_identity
from orgkg.model import Identity, OrgKind, Profile, Unit
from orgkg.parse import parse_profile

from .list_helpers import partners_in_order

IDENTITY = Identity("Example Council", OrgKind.ORGANIZATION)


def _identity_names(title: str, intro: str) -> set[str]:
    identity = read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))
    return {*([identity.acronym] if identity.acronym else []), *identity.alternate_names}


@pytest.mark.parametrize(
    ("title", "intro", "expected"),
    [
        (
            "Harbour Trust",
            "The Harbour Trust (legal name Stichting Harbour Fonds) is a charity in Leiden.",
            "Stichting Harbour Fonds",
        ),
        (
            "Northfield Ferries",
            "Northfield Ferries (registered name Northfield Ferry Company Ltd) runs boats and is owned by the county.",
            "Northfield Ferry Company Ltd",
        ),
        (
            "Alpine Rescue Network",
            "The Alpine Rescue Network (legally Verein Alpine Bergrettung) was set up in 1961 in Innsbruck.",
            "Verein Alpine Bergrettung",
        ),
        (
            "Bluewater Institute",
            "Bluewater Institute (BWI; legal name Bluewater Marine Research Foundation) is a research body.",
            "Bluewater Marine Research Foundation",
        ),
    ],
)
def test_a_legal_or_registered_name_is_another_name(title: str, intro: str, expected: str) -> None:
    assert expected in _identity_names(title, intro)


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        ("Harbour Trust", "The Harbour Trust (legal name unknown) is a charity in Leiden."),
        ("Harbour Trust", "The Harbour Trust (legally a foundation) is a charity in Leiden."),
        ("Harbour Trust", "The Harbour Trust (registered as a charity in 1990) is a charity in Leiden."),
        ("Harbour Trust", "The Harbour Trust is a charity; its legal name changed when it moved."),
    ],
)
def test_a_legal_cue_without_a_name_names_nothing(title: str, intro: str) -> None:
    assert _identity_names(title, intro) == set()


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "The council works with health ministries, universities and research institutes in Ghana and abroad.",
            "research institutes",
        ),
        ("Schools, public libraries and youth clubs across Scandinavia.", "youth clubs"),
        ("Donors, fundholders and nonprofit grantees in the coastal service area.", "nonprofit grantees"),
        (
            "Farm cooperatives, seed banks and agricultural colleges throughout the Western Cape.",
            "agricultural colleges",
        ),
        (
            "It works with regional museums, city archives and private collectors in Peru or overseas.",
            "private collectors",
        ),
    ],
)
def test_a_place_after_a_list_of_classes_is_no_part_of_the_last(text: str, last: str) -> None:
    members, classes = partners_in_order(text, IDENTITY)
    assert members == []
    assert classes[-1] == last
    assert not any(" in " in c or " across " in c or " throughout " in c for c in classes)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # one class alone: the place may be the class's own ("universities in Chile")
        ("Hospitals and clinics in Chile.", "Hospitals and clinics in Chile"),
        # a lowercase phrase after the preposition that is no area: no place note
        (
            "Charities, trusts and research institutes in developing countries.",
            "research institutes in developing countries",
        ),
    ],
)
def test_no_list_place_note_keeps_the_class_whole(text: str, kept: str) -> None:
    _, classes = partners_in_order(text, IDENTITY)
    assert kept in classes


def test_a_list_with_a_name_keeps_the_named_place() -> None:
    members, classes = partners_in_order(
        "The institute works with universities and the University of Ghana in Accra.", IDENTITY
    )
    assert "universities" in classes
    assert any(m.startswith("University of Ghana") for m in members)


def _units(field: str, body: str) -> list[str]:
    text = (
        f"Harbourview Trust\nHarbourview Trust is a charity in Leeds.\n{field}\n{body}\n"
        "Headquarters address\n1 Main Street, Leeds, United Kingdom\n"
    )
    facts = extract(parse_profile(text, "t.txt"))
    return [fact.name for f in facts.fields if f.name == field for fact in f.facts if isinstance(fact, Unit)]


@pytest.mark.parametrize(
    ("field", "body", "expected"),
    [
        ("Organization structure", "The supreme organ is the Fishers Conference.", ["Fishers Conference"]),
        (
            "Organization structure",
            "The highest body is the General Conference, which elects the Steering Committee.",
            ["General Conference", "Steering Committee"],
        ),
        (
            "Organization structure",
            "Its governing organ is the Delegates Conference (DC), meeting every four years.",
            ["Delegates Conference"],
        ),
        (
            "Divisions",
            "- National Conference of Growers\n- Regional Office\n- Statistics Section",
            ["National Conference of Growers"],
        ),
    ],
)
def test_conference_heads_a_unit(field: str, body: str, expected: list[str]) -> None:
    units = _units(field, body)
    assert all(name in units for name in expected)


@pytest.mark.parametrize(
    "body",
    [
        "The board meets after each annual conference.",
        "Members attend a conference every two years.",
        "It reports to the conference of ministers, which has no fixed seat.",
    ],
)
def test_a_lowercase_conference_names_no_unit(body: str) -> None:
    assert not any(name.lower().endswith("conference") for name in _units("Organization structure", body))
