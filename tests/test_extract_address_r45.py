"""Round 45, family F4 (address): a line that writes no country but closes with a national
capital (towns-telling-country.csv) is read by that capital's country's layout ("…, New Delhi
110001", "…, Jung-gu, Seoul"); a city ward (ward-suffixes.csv) before a city that is a province
is no line of the street; after a unit line ("Wuse District") the capital tells nothing."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def read(line: str, title: str = "Northgate Rowing Association") -> Read | None:
    return address_of(
        [line],
        title=title,
        intro=f"The {title} organises things.",
        after=["Mission", "To promote things."],
        file="northgate.txt",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Vigyan Sadan, 7 Rafi Marg, New Delhi 110002",
            ("Vigyan Sadan, 7 Rafi Marg", "New Delhi", None, "110002", "IN"),
        ),
        ("Lotus Tower, 88 Sejong-daero, Jung-gu, Seoul", ("Lotus Tower, 88 Sejong-daero", "Seoul", None, None, "KR")),
        ("Plot 12, Herbert Macaulay Way, Abuja", ("Plot 12, Herbert Macaulay Way", "Abuja", None, None, "NG")),
        ("14 Kenyatta Avenue, Nairobi", ("14 Kenyatta Avenue", "Nairobi", None, None, "KE")),
        ("5 Mekonnen Road, Addis Ababa", ("5 Mekonnen Road", "Addis Ababa", None, None, "ET")),
        ("Block 3, Liberation Road, Accra", ("Block 3, Liberation Road", "Accra", None, None, "GH")),
        # a closing note on a former seat is no part of the line
        (
            "Block 3, Nile Avenue, Kampala (formerly at Entebbe, Central Region)",
            ("Block 3, Nile Avenue", "Kampala", None, None, "UG"),
        ),
    ],
)
def test_a_national_capital_tells_the_country(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a capital's name shared by towns elsewhere: no country is told
        "12 Harbour Road, Kingston",
        "4 Ontario Street, London",
        "9 Main Street, Victoria",
        # a code that is not the capital's country's pattern
        "22 Lake Road, New Delhi 1100",
        # the capital alone, no street line before it
        "Nairobi",
    ],
)
def test_no_country_without_a_telling_capital(line: str) -> None:
    found = read(line)
    assert found is None or found[4] is None


@pytest.mark.parametrize(
    "line",
    [
        "Plot 7, Aguiyi Ironsi Street, Wuse District, Abuja",
        "House 4, Umuganda Road, Nyarugenge District, Kigali",
        "22 Lake Road, Ruvuma Municipality, Dodoma",
    ],
)
def test_a_unit_line_before_the_capital_tells_no_country(line: str) -> None:
    # a quarter of the city or a unit round it: not told, so the capital claims nothing
    found = read(line)
    assert found is None or found[4] is None


def test_a_written_country_is_kept_over_the_capital() -> None:
    found = read("3 Station Road, Seoul, Canada")
    assert found is not None and found[4] == "CA"


def test_a_ward_before_a_city_province_is_no_street_line() -> None:
    assert read("2-3 Kasumigaseki 1-chome, Chiyoda-ku, Tokyo, Japan") == (
        "2-3 Kasumigaseki 1-chome",
        "Tokyo",
        None,
        None,
        "JP",
    )
    found = read("Hanul Building, 31 Toegye-ro, Jung-gu, Seoul, Republic of Korea")
    assert found == ("Hanul Building, 31 Toegye-ro", "Seoul", None, None, "KR")
