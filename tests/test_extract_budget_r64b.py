"""Round 64b (headcount, budget, legislation): records of a database export.

A size band ("10001+", "101-250") is no headcount; a record whose key names another amount or
says its amount is no budget gives no budget; a general law the organization took its legal
form under, a line keyed as not about the founding and a bare "Founding Act:" key give no
founding instrument."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract import extract
from orgkg.extract.budget import headcount_findings
from orgkg.model import Budget, EmployeeCount, Founding
from orgkg.parse import parse_profile

ADDRESS = "Kaivokatu 9, 00100 Helsinki, Finland"


def facts(heading: str, body: str, name: str = "Norvala Oy") -> list[object]:
    lines = [name, "| ||||", "|", f"{name} is a company making marine pumps."]
    lines += [heading, *body.split("\n"), "Headquarters address", ADDRESS]
    profile = extract(parse_profile("\n".join(lines) + "\n", "norvala.txt"))
    return list(next(f for f in profile.fields if f.name == heading).facts)


def headcount(body: str) -> int | None:
    found = [f for f in facts("Number of employees", body) if isinstance(f, EmployeeCount)]
    return found[0].value if found else None


def budget(body: str) -> Decimal | None:
    found = [f for f in facts("Last total enacted budget", body) if isinstance(f, Budget)]
    return found[0].amount if found else None


def act(body: str, name: str = "Norvala Oy") -> Founding | None:
    found = [f for f in facts("Legislation", body, name) if isinstance(f, Founding)]
    return found[0] if found else None


# --- headcount: size bands ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Employee band: 5001+",
        "Employees (range): 51-200",
        "Workforce size: 1,001–5,000",
        "Staff size class: 11 to 50",
    ],
)
def test_a_size_band_is_no_headcount(body: str) -> None:
    assert headcount(body) is None


def test_an_exact_figure_after_a_band_is_the_count() -> None:
    assert headcount("Employee band: 1001+\nStaff (company filing, end 2019): about 3,400") == 3400
    assert headcount("Employees (range): 201-500\nExact staff: 312") == 312


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Over 4,000+ engineers and technicians", 4000),  # a round open figure is a count
        ("3,001 employees at year end", 3001),  # no "+", no range: a count
        ("About 120 staff (2022)", 120),
    ],
)
def test_near_misses_stay_counts(body: str, count: int) -> None:
    assert headcount(body) == count


def test_a_range_that_is_no_band_is_still_refused() -> None:
    assert headcount("Staff: 130-170 people, varying by season") is None  # a range, not one count


def test_a_band_gets_a_finding() -> None:
    found = headcount_findings("Employee band: 5001-10000")
    assert [f.code for f in found] == ["extract.headcount-band"]
    assert headcount_findings("Exact staff: 312") == []


# --- budget: records whose key says the amount is no budget --------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Balance sheet total (audited, not a budget): approx. €9.5 billion (2022)",
        "Pension fund assets (2021, year end): €780 million",
        "Turnover (FY2022, group): €1.4 billion",
        "Budget: none published; Group sales (all segments): €2.1 billion",
    ],
)
def test_a_record_keyed_as_another_amount_gives_no_budget(body: str) -> None:
    assert budget(body) is None


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("Budget (FY2023, as adopted): €45 million", Decimal("45000000")),
        ("Operating budget: €12 million (2023)", Decimal("12000000")),
        ("Operating grant from the State of Norvala: approx. €30 million (2023)", Decimal("30000000")),
    ],
)
def test_a_budget_record_is_still_read(body: str, amount: Decimal) -> None:
    assert budget(body) == amount


# --- legislation: general laws, record keys -------------------------------------------------


def test_a_general_law_of_legal_form_is_no_founding_act() -> None:
    found = act("Statute: none — incorporated under the Finnish Limited Liability Companies Act")
    assert found is None or found.act is None
    found = act("Organized as a stock company under the Business Corporations Act of 1989")
    assert found is None or found.act is None


def test_registration_under_an_act_is_still_read() -> None:
    found = act("Registered as a society under the Associations Act of 1989")  # not a legal-form verb here
    assert found is not None and found.act is not None and "Associations Act" in found.act


def test_an_own_act_under_a_legal_form_verb_is_kept() -> None:
    found = act("Incorporated under the Norvala Pump Works Act 1911", name="Norvala Pump Works")
    assert found is not None and found.act == "Norvala Pump Works Act 1911"
    found = act("Established under the Marine Pumps Act 1950.")  # a founding verb, no legal form
    assert found is not None and found.act == "Marine Pumps Act 1950"


def test_a_line_keyed_as_not_the_founding_founds_nothing() -> None:
    found = act("Founding law: Marine Pumps Act 1950\nPresent legal basis (not founding): Harbour Works Act 2011")
    assert found is not None and found.act == "Marine Pumps Act 1950"
    assert found.act_date is not None and found.act_date.year == 1950
    found = act("Later basis: Harbour Works Act 2011")  # a key without a not-founding word
    assert found is not None and found.act == "Harbour Works Act 2011"


def test_a_bare_founding_label_key_is_no_title() -> None:
    found = act("Founding Act: royal letter of 1702, issued by the Duke of Norvala")
    assert found is None or found.act != "Founding Act"
