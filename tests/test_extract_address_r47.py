"""Round 47, family F4 (address): a formal answer's lead naming the body's own offices ("The
organisation's offices are in X, Y.") is no part of the address, and a sentence is never a
locality; a line with no country closing with a postal code that tells its country (a pattern
no other country writes: telling-postal-codes.csv; or a code after a region one country alone
names) is read by that country's layout."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def read(line: str, title: str = "Harrowgate Rivers Trust") -> Read | None:
    return address_of(
        [line],
        title=title,
        intro=f"The {title} looks after rivers.",
        after=["Mission", "To keep rivers clean."],
        file="harrowgate.txt",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The organisation's offices are in Lusaka, Zambia. The Department holds no street address.",
            (None, "Lusaka", None, None, "ZM"),
        ),
        ("The organization's offices were in Accra, Ghana.", (None, "Accra", None, None, "GH")),
        ("The agency's offices are at 12 Rue Carnot, Dakar, Senegal", ("12 Rue Carnot", "Dakar", None, None, "SN")),
        ("Its offices are in Kampala, Uganda.", (None, "Kampala", None, None, "UG")),
    ],
)
def test_own_offices_lead_is_no_part_of_the_address(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # another body's offices: a sentence, never a locality
        "The Ministry's offices are in Lusaka, Zambia.",
        "The Embassy's offices were in Accra, Ghana.",
        "Staff of the Council are in Kampala, Uganda.",
    ],
)
def test_a_sentence_is_no_locality(line: str) -> None:
    result = read(line)
    assert result is None or result[1] is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("9 Tothill Street, London SW1H 9LH", ("9 Tothill Street", "London", None, "SW1H 9LH", "GB")),
        ("Abbey House, Castle Walk, Reading RG1 4AB", ("Abbey House, Castle Walk", "Reading", None, "RG1 4AB", "GB")),
        ("40 Elgin Street, Ottawa K1P 5K6", ("40 Elgin Street", "Ottawa", None, "K1P 5K6", "CA")),
        (
            "22 Hay Street, Perth, Western Australia 6000",
            ("22 Hay Street", "Perth", "Western Australia", "6000", "AU"),
        ),
        ("8 Collins Street, Melbourne, Victoria 3000", ("8 Collins Street", "Melbourne", "Victoria", "3000", "AU")),
    ],
)
def test_telling_postal_code_gives_the_country(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a numeric code alone tells no country
        "5 Mill Street, Springfield 3000",
        # a region and code with no town line before it
        "Wren House, Victoria 3000",
        # prose before the code
        "The committee met there, London SW1A 0AA",
        # a code that fits no telling pattern
        "5 Mill Street, Harbourtown 12345",
    ],
)
def test_no_telling_code_no_country(line: str) -> None:
    result = read(line)
    assert result is None or result[4] is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("17 Marine Drive, Durban 4001", ("17 Marine Drive", "Durban", None, "4001", "ZA")),
        (
            "Tower Block, 9 Jan Smuts Avenue, Johannesburg, 2193",
            ("Tower Block, 9 Jan Smuts Avenue", "Johannesburg", None, "2193", "ZA"),
        ),
        ("4 Nehru Road, Mumbai, 400001", ("4 Nehru Road", "Mumbai", None, "400001", "IN")),
        ("21 Harbour Road, Busan", ("21 Harbour Road", "Busan", None, None, "KR")),
    ],
)
def test_unshared_city_gives_the_country(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a code that does not fit the city's country
        "5 Mill Street, Johannesburg, 20921",
        # no street line before the city
        "The Old Fort, Karachi",
        # a town abroad shares the name: not in the table
        "12 Swanston Street, Melbourne 3000",
    ],
)
def test_no_unshared_city_no_country(line: str) -> None:
    result = read(line)
    assert result is None or result[4] is None
