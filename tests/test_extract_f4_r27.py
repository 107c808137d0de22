"""Round 27, family F4: local organizations in the UK, US and Canada. A county of England's
two tiers written before the postcode ("Ware, Hertfordshire SG12 9AA") is the region, the
town before it the locality; a place and a state's or province's full name with no country
line ("Austin, Texas") is read in the one country with that province; a note in brackets
closed by a full stop ends the address, the sentences after it are not read; a fiscal year
dated by the day it ends ("financial year ending 31 March 2024") is the year of that day."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.budget import fiscal_year
from orgkg.model import Budget
from orgkg.parse import parse_profile

from .address_helpers import Read, address_parts


def facts(field: str, *lines: str, before: tuple[str, ...] = ()) -> list[object]:
    text = [
        "Millbrook Heritage Trust",
        "| ||||",
        "|",
        "The Millbrook Heritage Trust is a local museum charity.",
        *before,
        field,
        *lines,
        "Mission",
        "To keep the town's history.",
    ]
    profile = extract(parse_profile("\n".join(text) + "\n", "millbrook.txt"))
    return list(next(f for f in profile.fields if f.name == field).facts)


def address(*lines: str) -> Read | None:
    return address_parts(facts("Headquarters address", *lines))


# --- a two-tier county before a UK postcode


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("22 Bridge Street, Ware, Hertfordshire SG12 9AA", "United Kingdom"),
            ("22 Bridge Street", "Ware", "Hertfordshire", "SG12 9AA", "GB"),
        ),
        (
            ("Old Mill, 4 Quay Road, Ely, Cambridgeshire CB7 4BS", "United Kingdom"),
            ("Old Mill, 4 Quay Road", "Ely", "Cambridgeshire", "CB7 4BS", "GB"),
        ),
        (
            ("9 Castle Lane, Rye, East Sussex TN31 7AB, United Kingdom",),
            ("9 Castle Lane", "Rye", "East Sussex", "TN31 7AB", "GB"),
        ),
    ],
)
def test_a_county_before_the_postcode_is_the_region(lines: tuple[str, ...], expected: Read) -> None:
    assert address(*lines) == expected


@pytest.mark.parametrize(
    ("lines", "locality"),
    [
        # a town (or a unitary authority named as its town) before the postcode stays the locality
        (("1 Broad Street, Bristol BS1 2AA", "United Kingdom"), "Bristol"),
        (("5 Deansgate, Manchester M3 2BB", "United Kingdom"), "Manchester"),
        (("14 Fore Street, Hertford SG14 1BX", "United Kingdom"), "Hertford"),
    ],
)
def test_a_town_before_the_postcode_stays_the_locality(lines: tuple[str, ...], locality: str) -> None:
    read = address(*lines)
    assert read is not None and read[1] == locality and read[2] is None


# --- a place and a state or province, no country line


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Austin, Texas",), (None, "Austin", "Texas", None, "US")),
        (("Regina, Saskatchewan",), (None, "Regina", "Saskatchewan", None, "CA")),
        (("Ballarat, Victoria",), (None, "Ballarat", "Victoria", None, "AU")),
    ],
)
def test_a_place_and_a_state_name_the_country(lines: tuple[str, ...], expected: Read) -> None:
    assert address(*lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ("Kutaisi, Georgia",),  # a country's name too: not a US state here
        ("New York, New York",),  # the place itself names a state: not told apart
        ("Springfield, Hampden",),  # no province of that name
    ],
)
def test_no_state_or_an_ambiguous_one_states_no_us_address(lines: tuple[str, ...]) -> None:
    read = address(*lines)
    assert read is None or read[4] != "US"


# --- a bracketed note closed by a full stop ends the address


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Sacramento, California (no street address kept on file). Mail for the board went to "
            "the county clerk: 700 H Street, Sacramento, CA 95814.",
            (None, "Sacramento", "California", None, "US"),
        ),
        (
            "Halifax, Nova Scotia (the office closed in 2001). Its papers are held at 6016 University "
            "Avenue, Halifax, NS B3H 1W4.",
            (None, "Halifax", "Nova Scotia", None, "CA"),
        ),
        (
            "Boise, Idaho (building since demolished). Enquiries: 1 Capitol Way, Boise, ID 83702.",
            (None, "Boise", "Idaho", None, "US"),
        ),
    ],
)
def test_sentences_after_a_bracketed_note_are_not_read(line: str, expected: Read) -> None:
    assert address(line) == expected


def test_a_bracket_opening_with_a_capital_stays_in_the_address() -> None:
    read = address("Frankfurt (Oder), Germany")
    assert read is not None and read[1] == "Frankfurt (Oder)"


# --- a fiscal year dated by the day it ends


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("£812,400 total spending, financial year ending 31 March 2023", 2023),
        ("$3.1 million for the fiscal year ended June 30, 2022", 2022),
        ("€640,000 (year to 30th September 2021)", 2021),
        ("CA$2.4 million, year-end December 2020", 2020),
    ],
)
def test_the_year_of_the_closing_day_is_the_fiscal_year(text: str, year: int) -> None:
    found = fiscal_year(text)
    assert found is not None and found.year == year and found.marked


@pytest.mark.parametrize("text", ["year to date 2024 spending was £40,000", "a five-year plan to 2030"])
def test_no_closing_day_names_no_fiscal_year(text: str) -> None:
    found = fiscal_year(text)
    assert found is None or not found.marked


def test_the_budget_field_takes_the_closing_days_year() -> None:
    found = [
        b
        for b in facts(
            "Last total enacted budget",
            "£1,204,310 total expenditure, financial year ending 31 March 2024. Total income: £990,000.",
            # "£" is the pound of the address's country
            before=("Headquarters address", "3 Mill Lane, Rye, East Sussex TN31 7AB, United Kingdom"),
        )
        if isinstance(b, Budget)
    ]
    assert [(b.amount, b.currency, b.fiscal_year) for b in found] == [(1204310, "GBP", 2024)]
