"""Round 42, family F4: the school report's address (h31). A county that ISO 3166-2 does not
list — a historic county ("Middlesex", "Westmorland"), a metropolitan or 1974–96 county ("West
Yorkshire", "Avon") or its postal abbreviation ("Herts", "Hants") — is the region of the
address, never its locality, alone before the country or before the postcode
(``county-names.csv``). Welsh areas are found by their English name ("Pembrokeshire") though
ISO writes the Welsh name beside it. A UK town that ISO lists as a borough, district or unitary
authority ("Hounslow", "Manchester", "Cardiff") is the locality after a place, street or building
line, not the region (``city-subdivisions.csv``)."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def read(*lines: str) -> Read | None:
    return address_of(
        list(lines),
        title="Northgate Rowing Association",
        intro="The Northgate Rowing Association (NRA) organises regattas on inland waters.",
        after=["Mission", "To promote rowing."],
        file="northgate.txt",
    )


# --- a county ISO lacks, alone before the country: the region; the town before it the locality


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Boathouse Lodge, Riverside Meadows, Staines, Middlesex, England",
            ("Boathouse Lodge, Riverside Meadows", "Staines", "Middlesex", None, "GB"),
        ),
        (
            "Regatta Hall, 12 Mill Lane, Ilkley, West Yorkshire, United Kingdom",
            ("Regatta Hall, 12 Mill Lane", "Ilkley", "West Yorkshire", None, "GB"),
        ),
        (
            "The Old Granary, Bridge Street, Kendal, Westmorland, England",
            ("The Old Granary, Bridge Street", "Kendal", "Westmorland", None, "GB"),
        ),
        ("4 Canal Row, St Albans, Herts, UK", ("4 Canal Row", "St Albans", "Herts", None, "GB")),
        ("Weir House, Portishead, Avon, England", ("Weir House", "Portishead", "Avon", None, "GB")),
    ],
)
def test_county_before_the_country_is_the_region(line: str, expected: Read) -> None:
    assert read(line) == expected


# --- a county ISO lacks before the postcode: the region, not the locality


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "7 Towpath Walk, Twickenham, Middlesex TW1 3QS, England",
            ("7 Towpath Walk", "Twickenham", "Middlesex", "TW1 3QS", "GB"),
        ),
        ("2 Lock Road, Romsey, Hants SO51 8AA, UK", ("2 Lock Road", "Romsey", "Hants", "SO51 8AA", "GB")),
        # after the postcode's line the county is still the region, the town beside the code
        ("PO Box 40, Newbury RG14 1AA, Berkshire, UK", (None, "Newbury", "Berkshire", "RG14 1AA", "GB")),
        (
            "Marina House, 3 Quay Road, Bangor, Co. Down BT20 5ED, Northern Ireland",
            ("Marina House, 3 Quay Road", "Bangor", "Co. Down", "BT20 5ED", "GB"),
        ),
    ],
)
def test_county_before_the_postcode_is_the_region(line: str, expected: Read) -> None:
    assert read(line) == expected


def test_welsh_area_by_its_english_name() -> None:
    assert read("1 Harbour Street, Tenby, Pembrokeshire, Wales") == (
        "1 Harbour Street",
        "Tenby",
        "Pembrokeshire",
        None,
        "GB",
    )


# --- near misses: no county, a town named like one, a county word inside a name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "Durham" is a city as well as a county: the locality
        ("Palace Green, Durham, England", ("Palace Green", "Durham", None, None, "GB")),
        # the county word inside a building's or street's name is no region
        (
            "Middlesex House, 9 Sussex Road, Reading, England",
            ("Middlesex House, 9 Sussex Road", "Reading", None, None, "GB"),
        ),
        # outside the UK the same name is a town: "Middlesex, NJ" is the borough
        ("12 Shore Road, Middlesex, NJ 08846, USA", ("12 Shore Road", "Middlesex", "NJ", "08846", "US")),
        # a county already in ISO 3166-2 reads as before
        (
            "Mill House, 2 Dock Road, Farnborough, Hampshire, England",
            ("Mill House, 2 Dock Road", "Farnborough", "Hampshire", None, "GB"),
        ),
    ],
)
def test_near_misses(line: str, expected: Read) -> None:
    assert read(line) == expected


def test_county_of_another_country_is_no_region() -> None:
    # county-names.csv lists GB's counties only: a US place named like one stays the locality
    assert read("40 Lake Street, Cleveland, OH 44114, USA") == ("40 Lake Street", "Cleveland", "OH", "44114", "US")


# --- a UK town that ISO lists as a borough, district or unitary authority: the locality


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # after a place line (an airport, a park): the town, no longer the region
        (
            "Terminal Lodge, Gatwick Airport, Croydon, England",
            ("Terminal Lodge, Gatwick Airport", "Croydon", None, None, "GB"),
        ),
        # after a street line
        ("Canal Wharf, Leeds, England", ("Canal Wharf", "Leeds", None, None, "GB")),
        ("Boat House, Riverside Walk, Swansea, Wales", ("Boat House, Riverside Walk", "Swansea", None, None, "GB")),
        # with its county after it
        ("Dock Road, Croydon, Surrey, England", ("Dock Road", "Croydon", "Surrey", None, "GB")),
    ],
)
def test_uk_town_listed_as_a_district_is_the_locality(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an area named for no one town stays the region, the locality unread
        ("Canal Wharf, Kirklees, England", ("Canal Wharf", None, "Kirklees", None, "GB")),
        # a county that ISO lists as a unitary authority stays the region
        ("Harbour Road, Cornwall, England", ("Harbour Road", None, "Cornwall", None, "GB")),
    ],
)
def test_uk_area_that_is_no_town_stays_the_region(line: str, expected: Read) -> None:
    assert read(line) == expected
