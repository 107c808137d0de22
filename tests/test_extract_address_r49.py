"""Round 49, family F4 (address): an address written from the country down, as official
bulletins write it ("190000, Russian Federation, Saint Petersburg, Nevsky avenue, 28"): a
leading country, in its formal name or its short one, turns the order around; a postal code may
open or close the line; a region before a town, the town's districts after it, a bracketed copy
in another script and a post-office box are no street."""

from __future__ import annotations

import pytest

from orgkg.extract.address import _read

from .address_helpers import Read, address_of


def read(line: str, title: str = "Volga Basin Survey Institute") -> Read | None:
    return address_of(
        [line],
        title=title,
        intro=f"The {title} maps rivers.",
        after=["Mission", "To map rivers."],
        file="volga.txt",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a postal code before the country
        (
            "603005, Russian Federation, Nizhny Novgorod, Bolshaya Pokrovskaya street, 12",
            ("Bolshaya Pokrovskaya street, 12", "Nizhny Novgorod", None, "603005", "RU"),
        ),
        # a district of the town after it, a code closing the line
        (
            "People's Republic of China, Wuhan, Hongshan District, Luoyu Road, 129, 430079",
            ("Luoyu Road, 129", "Wuhan", None, "430079", "CN"),
        ),
        # a municipality followed by its district is the town
        (
            "People's Republic of China, Shanghai, Xuhui District, 200030",
            (None, "Shanghai", None, "200030", "CN"),
        ),
        # a region, then the town and its code; the box is no street
        (
            "Kingdom of Saudi Arabia, Makkah Province, Jeddah 21589, P.O. Box 80200",
            (None, "Jeddah", "Makkah Province", "21589", "SA"),
        ),
        ("Republic of India, Maharashtra, Pune 411007", (None, "Pune", "Maharashtra", "411007", "IN")),
        # formal names without a code
        (
            "Republic of Uzbekistan, Tashkent, Amir Temur street, 4",
            ("Amir Temur street, 4", "Tashkent", None, None, "UZ"),
        ),
        ("Federal Republic of Germany, Bonn, Kennedyallee 40", ("Kennedyallee 40", "Bonn", None, None, "DE")),
        ("State of Kuwait, Kuwait City, P.O. Box 24885", (None, "Kuwait City", None, None, "KW")),
        # a label before the country, a copy in another script after a part
        (
            "Head office: Arab Republic of Egypt, Giza, the Nile Tower (برج النيل)",
            ("the Nile Tower", "Giza", None, None, "EG"),
        ),
    ],
)
def test_country_first_address(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a region and no town
        "Republic of Kenya, Nairobi County",
        # a street straight after the country: no town to read
        "Russian Federation, Tverskaya street, 13",
        # a unit no table names is no town
        "Russian Federation, Sverdlovsk Oblast, Yekaterinburg, Lenina avenue, 51",
        # a sentence after the country
        "Russian Federation, the ministry held the meeting in Kazan",
        "Russia, Ukraine and Belarus signed it",
        # a code before the country that does not fit it
        "AB-77, Russian Federation, Kazan, Baumana street, 9",
    ],
)
def test_country_first_near_misses_read_no_town(line: str) -> None:
    result = read(line)
    assert result is None or result[1] is None


def test_city_state_first_is_not_a_country_line() -> None:
    # "Luxembourg" first may be the city: the line is not read from the country down
    assert _read("Luxembourg, Kirchberg, 12 rue Erasme").locality != "Kirchberg"


def test_country_last_keeps_its_layout() -> None:
    assert read("Nevsky avenue, 28, Saint Petersburg, 191186, Russian Federation") == (
        "Nevsky avenue, 28",
        "Saint Petersburg",
        None,
        "191186",
        "RU",
    )


def read_lines(lines: list[str]) -> Read | None:
    return address_of(
        lines,
        title="Lakeside Teachers College",
        intro="The Lakeside Teachers College trains teachers.",
        after=["Mission", "To train teachers."],
        file="lakeside.txt",
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["The main site is on Kilimani Hill, Dodoma.", "Postal address: P.O. Box 523, Dodoma, Tanzania"],
            (None, "Dodoma", None, None, "TZ"),
        ),
        (
            ["Our lecture halls stand beside the old market in Kisumu.", "Mailing address: PO Box 88, Kisumu, Kenya"],
            (None, "Kisumu", None, None, "KE"),
        ),
        (
            ["The college occupies the former mission grounds at Mzuzu.", "Postal: Private Bag 201, Mzuzu, Malawi"],
            (None, "Mzuzu", None, None, "MW"),
        ),
    ],
)
def test_mail_line_gives_the_town_the_first_line_names(lines: list[str], expected: Read) -> None:
    assert read_lines(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        # the mail line's town is not the one the first line names
        ["The main site is on Kilimani Hill, Dodoma.", "Postal address: P.O. Box 77, Arusha, Tanzania"],
        # a first line naming no town
        ["The main site is on the hill above the lake.", "Postal address: P.O. Box 523, Dodoma, Tanzania"],
        # a mail line with no country read
        ["The main site is on the slope above Moshi.", "Postal address: Box 523, Moshi"],
    ],
)
def test_mail_line_near_misses(lines: list[str]) -> None:
    result = read_lines(lines)
    assert result is None or result[1] is None
