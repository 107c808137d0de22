"""Round 22, family F4: a red-team of the money, headcount, address and link readers. A figure
whose sentence makes it another body's, hedged, planned, reported or a change ("the parent
company has …", "a proposed budget of …", "staff fell by …") is no budget and no headcount; a
street holding a finite verb ("The Ministry it reports to is at …") is a sentence, not an
address line; a link labelled proposed, or as a report about the body, is not its website; a
field opening with "None" links no own site. Each refusal keeps the field statement and says
why at the line; the right reading of a plain twin still works."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract import extract
from orgkg.model import Address, Budget, EmployeeCount, FieldStatus, Service, Website
from orgkg.parse import parse_profile

INTRO = "The Tidewater Survey Office (TSO) is a public mapping office."
ADDRESS = "100 Harbor Drive, Boston, MA 02110, United States"


def facts_of(heading: str, body: str):
    lines = ["Tidewater Survey Office", "| ||||", "|", INTRO, heading, body]
    if heading != "Headquarters address":
        lines += ["Headquarters address", ADDRESS]
    facts = extract(parse_profile("\n".join(lines) + "\n", "tidewater.txt"))
    field = next(f for f in facts.fields if f.name == heading)
    return field, [d.code for d in facts.diagnostics]


def budget(body: str) -> tuple[Budget | None, list[str]]:
    field, codes = facts_of("Last total enacted budget", body)
    return next((f for f in field.facts if isinstance(f, Budget)), None), codes


def headcount(body: str) -> tuple[EmployeeCount | None, list[str]]:
    field, codes = facts_of("Number of employees", body)
    return next((f for f in field.facts if isinstance(f, EmployeeCount)), None), codes


def address(body: str) -> tuple[Address | None, list[str]]:
    field, codes = facts_of("Headquarters address", body)
    return next((f for f in field.facts if isinstance(f, Address)), None), codes


def website(body: str) -> str | None:
    field, _ = facts_of("External links", body)
    return next((f.url for f in field.facts if isinstance(f, Website)), None)


@pytest.mark.parametrize(
    "body",
    [
        "The parent ministry's budget was $4.2 billion in 2021; the Office has no separate budget.",
        "A proposed budget of $50 million for 2025 was rejected by the legislature.",
        "Critics claimed the real budget was 'closer to $900 million'.",
        "Its predecessor, the Harbour Board, had a budget of $3 million in 1960.",
        "The new headquarters building cost $75 million to construct in 2004.",
        "The budget will rise to $80 million by 2030 under the plan.",
        "Budget cut by $5 million in 2020 (to be restored).",
        "Budget of the sister agency: 40 million EUR. Own budget: unknown.",
        "The Office's salary bill is about 12 million dollars.",
        "Expected budget upon establishment: 10 million USD.",
        "Projected outturn FY2027: EUR 14 million.",
        "The legislature is said to have requested USD 9 million for the Office.",
    ],
)
def test_a_figure_not_its_own_is_no_budget(body: str) -> None:
    found, codes = budget(body)
    assert found is None
    assert "extract.figure-not-own" in codes


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The Office's budget was $4.2 million in 2021.", Decimal("4200000")),
        ("Budget (2023): EUR 40 million, enacted by the Assembly.", Decimal("40000000")),
        # the cue names the other figure's clause, not this one's
        ("EUR 12 million for 2025, well below the EUR 17 million it had requested.", Decimal("12000000")),
        ("The Office reportedly closed 2001 with a balanced budget of 87 million euros.", Decimal("87000000")),
    ],
)
def test_its_own_budget_is_still_read(body: str, value: Decimal) -> None:
    found, _ = budget(body)
    assert found is not None and found.amount == value


@pytest.mark.parametrize(
    "body",
    [
        "Staff: planned to reach 500 by 2027.",
        "The Office hosts 300 visiting researchers each year.",
        "About 40 staff were laid off in 2019.",
        "Staff numbers fell by 150 after the merger.",
        "It trains 2,000 officials a year.",
        "A union representing 900 workers across the port sector.",
        "The parent company has 45,000 employees worldwide.",
        "Headcount expected to rise to 1,200 once the new wing opens.",
    ],
)
def test_a_count_not_its_own_is_no_headcount(body: str) -> None:
    found, codes = headcount(body)
    assert found is None
    assert "extract.figure-not-own" in codes


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("2,666 staff members (end of 2023), beside some 12,000 visiting scientists.", 2666),
        ("Some 5,600 employees at the time of closure, according to press reports.", 5600),
        ("The Office employs 340 people.", 340),
    ],
)
def test_its_own_headcount_is_still_read(body: str, value: int) -> None:
    found, _ = headcount(body)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "body",
    [
        "The Ministry it reports to is at 1 Parliament Square, London SW1A 0AA, United Kingdom.",
        "Its landlord, the Port Trust, has its seat at 4 Quay Street, Cork T12 X8N2, Ireland.",
        "The sister office was located at 9 Mill Lane, Leeds LS1 2HL, United Kingdom.",
    ],
)
def test_a_street_told_in_a_sentence_is_no_address(body: str) -> None:
    found, codes = address(body)
    assert found is None
    assert "extract.address-prose" in codes


def test_a_plain_address_is_still_read() -> None:
    found, _ = address("1 Parliament Square, London SW1A 0AA, United Kingdom")
    assert found is not None
    assert (found.street, found.locality, found.country) == ("1 Parliament Square", "London", "GB")


@pytest.mark.parametrize(
    "body",
    [
        "Proposed website https://tso-new.example.org (not yet live)",
        "Report on the Office by the auditor: https://audit.example.gov/reports/tso-2020.pdf",
        "Planned portal: https://portal.example.org",
        "None for the defunct office itself; the pages of its successor (https://succ.example.org) hold its records.",
        "No official website; see https://registry.example.org",
    ],
)
def test_a_link_not_its_site_is_no_website(body: str) -> None:
    assert website(body) is None


@pytest.mark.parametrize(
    ("body", "url"),
    [
        ("Official website: https://tso.example.org", "https://tso.example.org"),
        ("- Former website: http://www.tso.example.org", "http://www.tso.example.org"),
        ("Website https://tso.example.org (annual report: https://tso.example.org/ar.pdf)", "https://tso.example.org"),
    ],
)
def test_its_own_site_is_still_read(body: str, url: str) -> None:
    assert website(body) == url


def services(body: str) -> tuple[list[str], list[str]]:
    field, codes = facts_of("Services provided", body)
    return [f.name for f in field.facts if isinstance(f, Service)], codes


@pytest.mark.parametrize(
    "body",
    [
        "It was to offer mapping services, but the plan was dropped.",
        "Services formerly provided by the Harbour Board (now transferred to the Port Authority).",
        "Its parent ministry provides licensing, inspection and enforcement.",
        "A proposed tide-gauge service was abandoned in 2011.",
    ],
)
def test_services_not_its_own_are_not_read(body: str) -> None:
    names, codes = services(body)
    assert names == []
    assert "extract.services-not-own" in codes


@pytest.mark.parametrize(
    "body",
    [
        "The Office does not provide direct services to the public.",
        "No services; it is an advisory body.",
    ],
)
def test_no_services_names_none(body: str) -> None:
    field, _ = facts_of("Services provided", body)
    assert not [f for f in field.facts if isinstance(f, Service)]
    assert field.status in (FieldStatus.EXPLICITLY_NONE, FieldStatus.STATED)  # the statement keeps the text


def test_its_own_services_are_still_read() -> None:
    names, _ = services("The Office provides nautical charts, tide tables and survey licensing.")
    assert "nautical charts" in names


@pytest.mark.parametrize(
    "body",
    [
        "The Office never had a budget of its own; it is funded from the Ministry's vote of €120 million.",
        "No separate budget. Its costs sit within the Department's allocation of $2.1 billion.",
        "The Office does not have its own budget: the Trust spends about £3 million a year on it.",
    ],
)
def test_no_budget_of_its_own_reads_no_amount_beside_it(body: str) -> None:
    found, _ = budget(body)
    assert found is None


def test_no_budget_of_its_own_is_said_at_the_line() -> None:
    _, codes = budget("It never had a budget of its own; it is funded from the Ministry's vote of €120 million.")
    assert "extract.figure-not-own" in codes


def test_a_budget_its_own_sentence_names_is_read_beside_a_past_no_own_budget() -> None:
    found, _ = budget("Budget 2023: EUR 6 million. Until 2010 the Office had no separate budget.")
    assert found is not None and found.amount == Decimal("6000000")


# A second red-team batch, other hands: record-style, terse, second-language.
@pytest.mark.parametrize(
    "body",
    [
        "Budget (draft, not adopted): CHF 22 million.",
        "The museum's shop turns over some €2 million annually.",
        "A 2019 newspaper estimated the budget at 30 million dollars.",
        "The budget was to be doubled to $20 million but the bill lapsed.",
        "It received an extra $3 million in 2022 for flood mapping.",
        "budget: USD 8 mln (estimated by the author)",
    ],
)
def test_second_batch_figures_not_its_budget(body: str) -> None:
    found, _ = budget(body)
    assert found is None


@pytest.mark.parametrize(
    "body",
    ["Headcount target 2030: 650.", "Some 120 posts were cut in 2015.", "It serves 4 million residents."],
)
def test_second_batch_counts_not_its_headcount(body: str) -> None:
    found, _ = headcount(body)
    assert found is None


def test_a_persons_home_is_no_address() -> None:
    found, codes = address("Its founder lived at 22 Rose Lane, Oxford OX1 2AB, United Kingdom.")
    assert found is None and "extract.address-prose" in codes


def test_an_article_about_it_is_no_website() -> None:
    assert website("Article about the Office: https://news.example.com/2020/tso-closure") is None


def test_services_until_a_year_are_not_read() -> None:
    names, _ = services("Until 1999 it also issued licences; these are now issued by the Licensing Board.")
    assert names == []


@pytest.mark.parametrize(
    "body",
    [
        "c/o the Secretary, Harbour Trust, PO Box 12, Suva, Fiji",
        "c/o Registrar, Port Authority, P.O. Box 90, Apia, Samoa",
    ],
)
def test_the_addressee_lines_after_care_of_are_no_street(body: str) -> None:
    found, _ = address(body)
    assert found is not None
    assert found.street is None or ("Trust" not in found.street and "Authority" not in found.street)
    assert found.locality in ("Suva", "Apia")
