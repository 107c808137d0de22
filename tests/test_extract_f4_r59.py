"""Round 59, family F4 (units, address): a chronicler's period before an address line
("1953 → 12 Harbour Road, …", "1880–1939 | Königsallee, …") is no part of the street, and of
several dated seat lines the latest is the head office; an item of a unit list ending in a
post's head noun ("(a) Chief Financial Officer") names a post, not a unit."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.units import read_divisions
from orgkg.model import Field, Identity, Item, OrgKind, Unit
from orgkg.parse import parse_profile

from .address_helpers import Read, address_of

IDENTITY = Identity("Example Holdings", OrgKind.ORGANIZATION)


def read(lines: list[str], title: str = "Harbour Research Council") -> Read | None:
    return address_of(
        lines,
        title=title,
        intro=f"The {title} studies harbours.",
        after=["Mission", "To study harbours."],
        file="harbour.txt",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1961 → 12 Harbour Road, Wellington 6011, New Zealand", ("12 Harbour Road", "Wellington", None, "6011", "NZ")),
        ("1880–1939 | Königsallee, Düsseldorf, Germany", ("Königsallee", "Düsseldorf", None, None, "DE")),
        (
            "since 2004 → Kongens Nytorv 8, 1050 Copenhagen, Denmark",
            ("Kongens Nytorv 8", "Copenhagen", None, "1050", "DK"),
        ),
        ("1999 — Avenida Paulista 1000, São Paulo, Brazil", ("Avenida Paulista 1000", "São Paulo", None, None, "BR")),
    ],
)
def test_period_before_the_address_line_is_no_street(line: str, expected: Read) -> None:
    assert read([line]) == expected


def test_latest_dated_seat_line_is_the_head_office() -> None:
    lines = [
        "1902–1947 | Lange Voorhout 9, The Hague, Netherlands",
        "1947 → Damrak 1, Amsterdam, Netherlands",
    ]
    assert read(lines) == ("Damrak 1", "Amsterdam", None, None, "NL")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a house number that looks like a year, with no arrow or bar after it, is the street's
        ("1776 Harbour Road, Wellington 6011, New Zealand", ("1776 Harbour Road", "Wellington", None, "6011", "NZ")),
        ("1850 Königsallee, Düsseldorf, Germany", ("1850 Königsallee", "Düsseldorf", None, None, "DE")),
        ("2001 Harbour Road, Wellington 6011, New Zealand", ("2001 Harbour Road", "Wellington", None, "6011", "NZ")),
    ],
)
def test_year_like_house_number_stays(line: str, expected: Read) -> None:
    assert read([line]) == expected


def units(text: str) -> list[str]:
    facts, _ = read_divisions(Field("Divisions", 10, (Item(11, text),)), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Unit))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Group Audit Department, Chief Operating Officer and Chief Risk Officer", ["Group Audit Department"]),
        (
            "Data Protection Officer; Marine Survey Division; Treasury Office",
            ["Marine Survey Division", "Treasury Office"],
        ),
        ("Chief Information Officer; Legal Affairs Bureau", ["Legal Affairs Bureau"]),
    ],
)
def test_post_in_a_unit_list_is_no_unit(text: str, expected: list[str]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office (not an officer) and a body named after its officers stay units
        (
            "Office of the Chief Scientist; Officers' Training School; Compliance Office",
            ["Compliance Office", "Office of the Chief Scientist", "Officers' Training School"],
        ),
        ("Chief Officers' Council; Marine Survey Division", ["Chief Officers' Council", "Marine Survey Division"]),
    ],
)
def test_offices_stay_units(text: str, expected: list[str]) -> None:
    assert units(text) == expected


def profile_units(lines: list[str], heading: str = "Divisions") -> list[str]:
    text = ["Lakeside Research Trust", "| ||||", "|", "The Lakeside Research Trust studies lakes."]
    text += [heading, *lines, "Mission", "To study lakes."]
    profile = extract(parse_profile("\n".join(text) + "\n", "lake.txt"))
    field = next(f for f in profile.fields if f.name == heading)
    return [fact.name for fact in field.facts if isinstance(fact, Unit)]


@pytest.mark.parametrize("heading", ["Divisions", "Organization structure"])
def test_seat_note_after_a_comma_named_unit_goes(heading: str) -> None:
    lines = [
        "(a) Water, Sanitation and Hygiene Unit, housed in Kisumu;",
        "(b) Soil, Water and Forestry Commission, seated at Arusha;",
        "(c) Arts, Crafts and Design School, based in Mombasa.",
    ]
    assert profile_units(lines, heading) == [
        "Water, Sanitation and Hygiene Unit",
        "Soil, Water and Forestry Commission",
        "Arts, Crafts and Design School",
    ]


def test_no_seat_note_no_cut() -> None:
    # a participle with no place after it is no seat note: the item is not cut to a name
    assert profile_units(["- Soil, Water and Forestry Commission, seated at", "- Lake Survey Unit"]) == [
        "Lake Survey Unit"
    ]
    # a comma-joined place after a whole name stays as before
    assert profile_units(["- Science, Technology and Society Unit, Nairobi", "- Lake Survey Unit"]) == [
        "Science, Technology and Society Unit, Nairobi",
        "Lake Survey Unit",
    ]


def test_posts_in_a_structure_list_are_no_units() -> None:
    lines = ["(a) Chief Financial Officer;", "(b) Chief Risk Officer;", "(c) Group Audit Department."]
    assert profile_units(lines, "Organization structure") == ["Group Audit Department"]
