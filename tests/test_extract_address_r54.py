"""Round 54 (addresses): the street is the street part as written, with the building line
before it and the quarter, sector or neighbourhood after it, in every country (FORMAT.md)."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def components(body: str, title: str = "Omega Foundation", acronym: str = "OF") -> Read | None:
    intro = f"The {title} ({acronym}) is a research charity."
    return address_of([body], title=title, intro=intro, after=(), file="omega.txt")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a suburb or quarter after a numbered street, in countries whose street line dropped it
        (
            "18 Kestrel Lane, Glenwood, Durban 4001, South Africa",
            ("18 Kestrel Lane, Glenwood", "Durban", None, "4001", "ZA"),
        ),
        ("27 Cedar Road, Gulshan, Dhaka 1212, Bangladesh", ("27 Cedar Road, Gulshan", "Dhaka", None, "1212", "BD")),
        (
            "Rua das Flores, 90 – Vila Nova, Curitiba – PR, 80010-000, Brasil",
            ("Rua das Flores, 90 – Vila Nova", "Curitiba", "PR", "80010-000", "BR"),
        ),
        # after a street without a number
        (
            "Harbour Road, Woodstock, Cape Town, South Africa",
            ("Harbour Road, Woodstock", "Cape Town", None, None, "ZA"),
        ),
        # a sector and its quarter, opened by their words
        (
            "5, Rue des Orangers, Secteur 4, Hay Nahda, 10220 Rabat, Maroc",
            ("5, Rue des Orangers, Secteur 4, Hay Nahda", "Rabat", None, "10220", "MA"),
        ),
        # a ward below the town stays; the district after it does not
        (
            "21 Phố Huế, Hàng Bài ward, Hoàn Kiếm district, Hà Nội, Viet Nam",
            ("21 Phố Huế, Hàng Bài ward", "Hà Nội", None, None, "VN"),
        ),
        (
            "Jalan Kebon Jeruk No. 4, Kelurahan Kebon Jeruk, Kecamatan Kebon Jeruk, Jakarta 11530, Indonesia",
            ("Jalan Kebon Jeruk No. 4, Kelurahan Kebon Jeruk", "Jakarta", None, "11530", "ID"),
        ),
    ],
)
def test_the_quarter_after_the_street_is_on_the_street_line(body: str, expected: Read) -> None:
    assert components(body) == expected


@pytest.mark.parametrize(
    ("body", "street", "locality"),
    [
        # the town before a box and again after its code is the town, no street line
        (
            "12 Cedar Street, Hamra, Beirut, P.O. Box 11-2233, Riad El Solh 1107 2020, Beirut, Lebanon",
            "12 Cedar Street, Hamra",
            "Beirut",
        ),
        # a box is never on the street line
        ("40 Mill Road, PO Box 77, Lusaka, Zambia", "40 Mill Road", "Lusaka"),
        # a district line closing the street lines is no part of the street
        ("Av. Juárez 88, Col. Centro, Alcaldía Cuauhtémoc Norte District, 06000 Ciudad de México, Mexico", None, None),
    ],
)
def test_no_town_box_or_district_on_the_street_line(body: str, street: str | None, locality: str | None) -> None:
    read = components(body)
    assert read is not None
    if street is not None:
        assert read[:2] == (street, locality)
    else:
        assert read[0] is not None and "District" not in read[0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the quarter is never the locality
        ("3 Oak Avenue, Parkview, Nairobi, Kenya", ("3 Oak Avenue, Parkview", "Nairobi")),
        ("9 Ridge Road, Lavington, Nairobi 00100, Kenya", ("9 Ridge Road, Lavington", "Nairobi")),
    ],
)
def test_the_quarter_is_no_locality(body: str, expected: tuple[str, str]) -> None:
    read = components(body)
    assert read is not None and read[:2] == expected


@pytest.mark.parametrize(
    ("title", "acronym", "body", "street"),
    [
        # a building named after the organization is a building line, kept before the street
        ("Zeta Standards Agency", "ZSA", "ZSA House, 14 Mill Lane, Leeds LS2 7AB, UK", "ZSA House, 14 Mill Lane"),
        (
            "Kappa Rail Authority",
            "KRA",
            "KRA Tower, 8 Dock Street, Hobart TAS 7000, Australia",
            "KRA Tower, 8 Dock Street",
        ),
        (
            "Lumen Broadcasting Company",
            "LBC",
            "Lumen Broadcasting Centre, 2 Quay Road, Auckland 1010, New Zealand",
            "Lumen Broadcasting Centre, 2 Quay Road",
        ),
        # another building's name stays too
        (
            "Zeta Standards Agency",
            "ZSA",
            "Harbour Hub, 3 Pier Street, Perth WA 6000, Australia",
            "Harbour Hub, 3 Pier Street",
        ),
    ],
)
def test_an_own_building_is_kept(title: str, acronym: str, body: str, street: str) -> None:
    read = components(body, title, acronym)
    assert read is not None and read[0] == street


@pytest.mark.parametrize(
    ("title", "acronym", "body", "street"),
    [
        # the organization's own name before its street is the addressee, no building
        ("Zeta Standards Agency", "ZSA", "ZSA Secretariat, 14 Mill Lane, Leeds LS2 7AB, UK", "14 Mill Lane"),
        (
            "Kappa Rail Authority",
            "KRA",
            "Kappa Rail Authority Head Office, 8 Dock Street, Sandy Bay, Hobart TAS 7005, Australia",
            "8 Dock Street, Sandy Bay",
        ),
        ("Lumen Institute", "LI", "LI Secretariat, Route de Lyon 12, 1201 Genève, Suisse", "Route de Lyon 12"),
    ],
)
def test_the_own_name_is_no_street_line(title: str, acronym: str, body: str, street: str) -> None:
    read = components(body, title, acronym)
    assert read is not None and read[0] == street
