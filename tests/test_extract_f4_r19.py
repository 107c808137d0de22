"""Round 19, family F4: only the amount or count a field is about is read. A pledge, a gift
or receipts written in a budget field (also restated in figures in brackets) is not the
enacted budget; a count of people who worked on something over a span of years is not the
headcount. Both refuse with a diagnostic. Addresses: a building or office line before the
street, an Irish "Co." county, Hong Kong districts and areas, US street quadrants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract import extract
from orgkg.model import Address, Budget, EmployeeCount
from orgkg.parse import parse_profile

INTRO = "The Harbour Research Institute (HRI) is a public research institute."
ADDRESS = "100 Harbor Drive, Boston, MA 02110, United States"


def facts_of(heading: str, body: str, address: str = ADDRESS):
    lines = ["Harbour Research Institute", "| ||||", "|", INTRO, heading, body]
    if heading != "Headquarters address":
        lines += ["Headquarters address", address]
    facts = extract(parse_profile("\n".join(lines) + "\n", "harbour.txt"))
    return next(f for f in facts.fields if f.name == heading), facts


def budget(body: str) -> tuple[Budget | None, list[str]]:
    field, facts = facts_of("Last total enacted budget", body)
    return next((f for f in field.facts if isinstance(f, Budget)), None), [d.code for d in facts.diagnostics]


def headcount(body: str) -> tuple[EmployeeCount | None, list[str]]:
    field, facts = facts_of("Number of employees", body)
    return next((f for f in field.facts if isinstance(f, EmployeeCount)), None), [d.code for d in facts.diagnostics]


@pytest.mark.parametrize(
    "body",
    [
        # an amount in words restated in figures in brackets: the bracket is the words' clause
        "A local merchant pledged the sum of two million dollars ($2,000,000) towards the first buildings.",
        "The founders donated three hundred thousand dollars ($300,000) at the outset.",
        "Receipts of the Institute under the lease: forty million dollars ($40,000,000) a year.",
        "A bequest of one million dollars ($1,000,000) was received in 1921.",
        "Funded by public subscriptions amounting to $750,000.",
    ],
)
def test_a_pledge_gift_or_receipt_is_not_the_budget(body: str) -> None:
    found, codes = budget(body)
    assert found is None
    assert "extract.budget-other-amount" in codes


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Appropriation for fiscal year 2024: forty-two million dollars ($42,000,000).", Decimal(42_000_000)),
        ("$12 million (2023), not counting a pledge made later", Decimal(12_000_000)),
        ("Enacted budget of thirty million dollars ($30,000,000) for 2022.", Decimal(30_000_000)),
    ],
)
def test_a_budget_restated_in_brackets_is_still_read(body: str, value: Decimal) -> None:
    found, codes = budget(body)
    assert found is not None and found.amount == value
    assert "extract.budget-other-amount" not in codes


@pytest.mark.parametrize(
    "body",
    [
        "Some 60,000 people were engaged on the project between 1950 and 1972.",
        "More than 12,000 people worked for the Institute over its lifetime.",
        "About 4,500 scientists were employed, cumulatively, from 1946 to 1990.",
        "In aggregate 9,000 persons served on its field teams.",
    ],
)
def test_a_count_over_a_span_of_years_is_not_the_headcount(body: str) -> None:
    found, codes = headcount(body)
    assert found is None
    assert "extract.headcount-over-period" in codes


def test_a_negated_field_with_a_count_over_years_gives_none() -> None:
    found, _ = headcount(
        "Not ascertained at any date; some 70,000 people were employed on the works from 1955 to 1980."
    )
    assert found is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("1,250 employees (2023)", 1250),
        ("About 800 staff in FY 2022–23", 800),
        ("430 staff; the number has doubled since 1990", 430),
        ("Staff grew to 2,100 in 2021", 2100),
    ],
)
def test_a_count_at_one_date_is_still_read(body: str, value: int) -> None:
    found, codes = headcount(body)
    assert found is not None and found.value == value
    assert "extract.headcount-over-period" not in codes


def address(line: str) -> tuple[str | None, ...] | None:
    field, _ = facts_of("Headquarters address", line)
    found = next((f for f in field.facts if isinstance(f, Address)), None)
    return None if found is None else (found.street, found.locality, found.region, found.postal_code, found.country)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an Irish county written "Co." or "County" is the region, the town before it the locality
        (
            "Unit 4, Quay Road, Kilkenny, Co. Kilkenny, R95 X2Y3, Ireland",
            ("Unit 4, Quay Road", "Kilkenny", "Co. Kilkenny", "R95 X2Y3", "IE"),
        ),
        ("Main Street, Bray, County Wicklow, Ireland", ("Main Street", "Bray", "County Wicklow", None, "IE")),
        # Hong Kong: the area is the region; a district between locality and area is passed over
        (
            "12 Harbour Road, Wan Chai, Hong Kong Island, Hong Kong",
            ("12 Harbour Road", "Wan Chai", "Hong Kong Island", None, "HK"),
        ),
        (
            "3 Science Park East Avenue, Pak Shek Kok, Tai Po, New Territories, Hong Kong",
            ("3 Science Park East Avenue", "Pak Shek Kok", "New Territories", None, "HK"),
        ),
        (
            "88 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong",
            ("88 Nathan Road", "Tsim Sha Tsui", "Kowloon", None, "HK"),
        ),
        # a US quadrant after the street, as its own part, stays in the street
        (
            "1200 First Street, N.E., Washington, DC 20002, USA",
            ("1200 First Street, N.E.", "Washington", "DC", "20002", "US"),
        ),
        (
            "700 Fourth Avenue, SW, Calgary, AB T2P 3J4, Canada",
            ("700 Fourth Avenue, SW", "Calgary", "AB", "T2P 3J4", "CA"),
        ),
        # the organization's own office line is the addressee; so is a building named after it
        # before a numbered street (round 32: "ABC Ultimo Centre, 700 Harris Street" reads as
        # "700 Harris Street" in three hands' keys)
        ("HRI Head Office, 5 Quay Road, Boston, MA 02110, USA", ("5 Quay Road", "Boston", "MA", "02110", "US")),
        (
            "HRI House, 5 Quay Road, Boston, MA 02110, USA",
            ("HRI House, 5 Quay Road", "Boston", "MA", "02110", "US"),
        ),
    ],
)
def test_address_layouts_round_19(line: str, expected: tuple[str | None, ...]) -> None:
    assert address(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a quadrant-like word that is no quadrant, and a district with nothing before it
        "230 Main Street, Northfield, Springfield, IL 62701, USA",
        "1 Science Park Road, Sha Tin, New Territories, Hong Kong",
    ],
)
def test_no_locality_is_taken_from_a_street_or_a_region(line: str) -> None:
    found = address(line)
    assert found is not None
    street, locality = found[:2]
    assert locality not in {"New Territories", "IL", None}
    assert street is not None and not street.endswith("Sha Tin")  # a suburb stays on the street line (round 54)
