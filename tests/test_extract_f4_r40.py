"""Round 40, family F4: the RTI reply's addresses (h29). A town's named area ("Central Business
District") is no administrative unit and stays on the street line; a bracketed note giving a
place's other name ("(now Kolkata)") is no part of it; a region after the country line ("W.I.",
"West Africa") is a note; "Kingston 7" in a country without postal codes is the town Kingston;
the organization's name with its article, or its name before a street line closing with its
number, is the addressee."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def read(line: str, *, title: str = "Lakeside Water Board", acronym: str = "LWB") -> Read | None:
    return address_of(
        [line],
        title=title,
        intro=f"The {title} ({acronym}) runs the water works of a lake shore.",
        after=["Mission", "To run water works."],
        file="lakeside.txt",
    )


# --- a town's named area stays on the street line


@pytest.mark.parametrize(
    ("line", "street", "locality"),
    [
        (
            "Lakeside Tower, Plot 771, Central Business District, Gaborone, Botswana",
            "Lakeside Tower, Plot 771, Central Business District",
            "Gaborone",
        ),
        ("Plot 12, Financial District, Private Bag 44, Gaborone, Botswana", "Plot 12, Financial District", "Gaborone"),
        (
            "Water House, Plot 9, Industrial District, Francistown, Botswana",
            "Water House, Plot 9, Industrial District",
            "Francistown",
        ),
    ],
)
def test_area_district_stays_on_the_street(line: str, street: str, locality: str) -> None:
    found = read(line)
    assert found is not None
    assert found[0] == street
    assert found[1] == locality


def test_an_administrative_district_still_leaves_the_street() -> None:
    found = read("KG 7 Avenue 12, Gasabo District, Kigali, Rwanda")
    assert found is not None
    assert found[0] == "KG 7 Avenue 12"


# --- a note giving a place's other name


@pytest.mark.parametrize(
    ("line", "street", "locality", "country"),
    [
        ("Bombay (now Mumbai), India", None, "Bombay", "IN"),
        ("Head Office: Madras (present-day Chennai), India", None, "Madras", "IN"),
        ("12 Harbour Road, Chennai (formerly Madras), India", "12 Harbour Road", "Chennai", "IN"),
        ("4 Dock Street, Rangoon (today Yangon), Burma", "4 Dock Street", "Rangoon", "MM"),
    ],
)
def test_rename_note_is_no_part_of_the_place(line: str, street: str | None, locality: str, country: str) -> None:
    found = read(line)
    assert found is not None
    assert (found[0], found[1], found[4]) == (street, locality, country)


@pytest.mark.parametrize(
    ("line", "locality"),
    [
        ("Lennéstraße 3, 15230 Frankfurt (Oder), Germany", "Frankfurt (Oder)"),
        ("Marktplatz 1, 06108 Halle (Saale), Germany", "Halle (Saale)"),
    ],
)
def test_a_bracketed_name_stays(line: str, locality: str) -> None:
    found = read(line)
    assert found is not None
    assert found[1] == locality


# --- a region after the country line


@pytest.mark.parametrize(
    ("line", "locality", "country"),
    [
        ("14 Ring Road, Accra, Ghana, West Africa", "Accra", "GH"),
        ("Plot 5 Jinja Road, Kampala, Uganda, East Africa.", "Kampala", "UG"),
        ("Pine Hill, Bridgetown, Barbados, W.I.", "Bridgetown", "BB"),
    ],
)
def test_region_after_country_is_a_note(line: str, locality: str, country: str) -> None:
    found = read(line)
    assert found is not None
    assert (found[1], found[4]) == (locality, country)


def test_a_region_alone_is_no_country() -> None:
    found = read("14 Ring Road, Cape Coast, West Africa")
    assert found is None or found[4] is None


# --- a numbered postal district


@pytest.mark.parametrize(
    ("line", "street", "locality"),
    [
        ("2 Belmont Road, Kingston 5, Jamaica", "2 Belmont Road", "Kingston"),
        ("Water House, Half Way Tree, Kingston 10, Jamaica", "Water House, Half Way Tree", "Kingston"),
        ("Lakeside Water Board, 40 Hope Road, Kingston 6, Jamaica, W.I.", "40 Hope Road", "Kingston"),
    ],
)
def test_numbered_district_gives_the_town(line: str, street: str, locality: str) -> None:
    found = read(line)
    assert found is not None
    assert (found[0], found[1], found[3], found[4]) == (street, locality, None, "JM")


@pytest.mark.parametrize(
    "line",
    [
        "12 Hope Road, Block 7, Jamaica",  # a block of the premises, no town
        "12 Hope Road, Avenue 7, Jamaica",  # a thoroughfare
    ],
)
def test_numbered_line_that_is_no_district(line: str) -> None:
    found = read(line)
    assert found is None or found[1] is None


# --- the organization's own name as the addressee


@pytest.mark.parametrize(
    ("title", "acronym", "line", "street"),
    [
        (
            "Open Polytechnic of Ruritania",
            "OPR",
            "The Open Polytechnic of Ruritania, 9 College Road, Accra, Ghana",
            "9 College Road",
        ),
        ("Nordic Lake Council", "NLC", "NLC International, Storgatan 12, 114 51 Stockholm, Sweden", "Storgatan 12"),
        ("Alpine Rivers Trust", "ART", "ART Europe, Rue du Lac 8, 1207 Genève, Switzerland", "Rue du Lac 8"),
    ],
)
def test_own_name_is_the_addressee(title: str, acronym: str, line: str, street: str) -> None:
    found = read(line, title=title, acronym=acronym)
    assert found is not None
    assert found[0] == street


@pytest.mark.parametrize(
    ("title", "acronym", "line", "street"),
    [
        (
            "Nordic Lake Council",
            "NLC",
            "Nobel House, Storgatan 12, 114 51 Stockholm, Sweden",
            "Nobel House, Storgatan 12",
        ),
        (
            "Nordic Lake Council",
            "NLC",
            "The Other Institute, 9 College Road, Accra, Ghana",
            "The Other Institute, 9 College Road",
        ),
    ],
)
def test_another_name_stays(title: str, acronym: str, line: str, street: str) -> None:
    found = read(line, title=title, acronym=acronym)
    assert found is not None
    assert found[0] == street
