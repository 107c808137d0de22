"""Membership sentences with a second statement (extract/partners.py): a second verb of the same
subject after ", and" ends the bodies the organization belongs to; a "whose other members
include" clause names fellow members of that body; a line listing names parted by semicolons
ends before a sentence on the next line. Phrasings written for these tests, not taken from the
fidelity benchmark; near misses say what must not be read."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Member, MemberOf
from orgkg.parse import parse_profile

NAME = "Ostrava Institute of Geology"


def _read(*lines: str) -> tuple[set[str], set[str]]:
    body = "\n".join(lines)
    text = f"{NAME}\n|\nThe {NAME} is a research institute in Ostrava.\nPartners\n{body}\n"
    facts = [f for ff in extract(parse_profile(text, "oig.txt")).fields if ff.name == "Partners" for f in ff.facts]
    members = {f.org.name for f in facts if isinstance(f, Member)}
    bodies = {f.org.name for f in facts if isinstance(f, MemberOf)}
    return members, bodies


def test_second_verb_ends_the_bodies() -> None:
    members, bodies = _read(
        "The Institute is a member of the Carpathian Survey Union and EuroGeo, and has research "
        "agreements with sister institutes such as the Brno Soil Laboratory and the Linz Rock Centre."
    )
    assert bodies == {"Carpathian Survey Union", "EuroGeo"}
    assert members == {"Brno Soil Laboratory", "Linz Rock Centre"}


def test_second_body_after_and_stays_a_body() -> None:
    # near miss: ", and the" continues the list of bodies; no second verb
    members, bodies = _read("The Institute is a member of the Carpathian Survey Union, and the EuroGeo Network.")
    assert "Carpathian Survey Union" in bodies
    assert not members


def test_other_members_of_the_body_are_no_bodies() -> None:
    members, bodies = _read(
        "The Institute belongs to the Danube Geology Network, whose other members include the "
        "Vienna Basin Office and the Tisza Survey."
    )
    assert bodies == {"Danube Geology Network"}
    assert not members


def test_semicolon_list_ends_before_a_sentence_line() -> None:
    members, bodies = _read(
        "Brno Soil Laboratory; Linz Rock Centre", "The Institute belongs to the Danube Geology Network."
    )
    assert members == {"Brno Soil Laboratory", "Linz Rock Centre"}
    assert bodies == {"Danube Geology Network"}


def test_semicolon_list_ending_open_goes_on() -> None:
    # near miss: a list line ending with ";" is wrapped; the next line continues it
    members, _ = _read("Brno Soil Laboratory; Linz Rock Centre;", "Graz Mineral Office.")
    assert "Graz Mineral Office" in members
