"""extract/partners.py (round 47, the parliamentary written answers h35): an empty subject
before the copula ("There are 30 member states") is no partner; an ordinal lead before a list
of countries that "joined" on a date ("The newest, Chile and Peru, joined in 2019") makes each
country a member; ", with offices in Oslo and Bergen," after a name describes that name and is
no class of partners."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import partners_in_order

IDENTITY = Identity("Example Council", OrgKind.ORGANIZATION)


def facts(text: str) -> tuple[list[str], list[str]]:
    return partners_in_order(text, IDENTITY)


@pytest.mark.parametrize(
    "text",
    [
        "There are 30 member states.",
        "There were 12 partner universities in 1990.",
        "Here are the founding members.",
    ],
)
def test_an_empty_subject_is_no_partner(text: str) -> None:
    members, classes = facts(text)
    assert members == []
    assert not any(c.lower().startswith(("there", "here")) for c in classes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The newest members, Chile, Peru and Ecuador, joined in 2019.", ["Chile", "Peru", "Ecuador"]),
        ("The latest, Norway and Iceland, joined in March 2001.", ["Norway", "Iceland"]),
        ("The most recent, Namibia and Botswana, joined in 1995.", ["Namibia", "Botswana"]),
    ],
)
def test_countries_after_an_ordinal_lead_that_joined_are_members(text: str, expected: list[str]) -> None:
    members, classes = facts(text)
    assert members == expected
    assert not any("recent" in c or "newest" in c or "latest" in c for c in classes)


@pytest.mark.parametrize(
    "text",
    [
        "Its best friends, Chile and Peru, joined in 2019.",  # a lead of other words
        "The most recent, Chile and Peru, joined the Pacific Forum in 2019.",  # joined another body
    ],
)
def test_a_joined_list_needs_an_ordinal_lead_and_nothing_after_the_date(text: str) -> None:
    assert facts(text)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Nordic Seed Trust, with offices in Oslo and Bergen, raises money for its work.",
        "The Alpine Water Fund, with staff across Austria and Slovenia, pays for the pumps.",
        "Coastal Care International, with its branches throughout Asia, finds the donors.",
    ],
)
def test_a_where_aside_after_a_name_is_no_class(text: str) -> None:
    _, classes = facts(text)
    assert not any(w in c for c in classes for w in ("offices", "staff", "branches"))


def test_a_with_list_of_names_is_still_read() -> None:
    members, _ = facts("We work with Oxfam, with UNICEF and with the Red Cross.")
    assert "Oxfam" in members
