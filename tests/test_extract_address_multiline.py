"""Addresses given over several lines as an infobox shows them: a "Town REGION code" line
with no street before it, and a former name of a state that continues under a code
("West Germany"). Own phrasings."""

from __future__ import annotations

from .address_helpers import Read, address_of


def components(*lines: str) -> Read | None:
    intro = "The Orlenberg Marine Laboratory is a research institute."
    after = ("History", "Founded in 1990.")
    return address_of(list(lines), title="Orlenberg Marine Laboratory", intro=intro, after=after, file="orlenberg.txt")


def test_a_town_region_and_code_line_is_the_locality_line() -> None:
    assert components("Wollongong NSW 2500", "Australia") == (None, "Wollongong", "NSW", "2500", "AU")


def test_the_own_name_line_before_it_is_no_street() -> None:
    got = components("Orlenberg Marine Laboratory", "Geelong VIC 3220", "Australia")
    assert got is not None and got[1:] == ("Geelong", "VIC", "3220", "AU")


def test_near_miss_a_street_with_region_and_code_stays_a_street_line() -> None:
    got = components("14 Pier Street NSW 2500", "Australia")
    assert got is None or got[1] is None


def test_a_continuing_state_name_gives_the_country() -> None:
    assert components("Seeufer 12", "Kiel", "West Germany") == ("Seeufer 12", "Kiel", None, None, "DE")


def test_a_damm_compound_names_a_street() -> None:
    assert components("Hafendamm 3", "Kiel", "Germany") == ("Hafendamm 3", "Kiel", None, None, "DE")


def test_near_miss_an_ended_state_gives_no_country() -> None:
    got = components("Seeufer 12", "Kiel", "Czechoslovakia")
    assert got is None or got[4] is None
