"""Round 63 (units, addresses, budget, headcount): a memo's abbreviated word closing a unit's
name is a cut name; a numbered label before a unit's name goes; two capitalised bodies joined
by "and" are two units; a line marked "not HQ" is no head-office address; a constituent
country after a county is no region; "X in Y" splits into a place and its region; a budget
field opening with "Total income" reads that first amount for a body that is no company;
"two hundred and twenty-five thousand" is one number."""

from __future__ import annotations

from orgkg.extract.address import read_address
from orgkg.extract.budget import read_budget, read_headcount
from orgkg.extract.numbers import word_amounts
from orgkg.extract.text import sentences
from orgkg.extract.units import units_named_well
from orgkg.model import (
    Address,
    Budget,
    EmployeeCount,
    Field,
    FieldFacts,
    FieldStatus,
    Identity,
    Item,
    OrgKind,
    Unit,
)


def _field(heading: str, *lines: str) -> Field:
    return Field(heading, 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))


def named(*names: str) -> list[str]:
    ff = FieldFacts("Divisions", "divisions", 10, 11, FieldStatus.STATED, "x", facts=tuple(Unit(n) for n in names))
    return [f.name for out in units_named_well([ff]) for f in out.facts if isinstance(f, Unit)]


def test_name_ending_in_abbreviated_word_is_not_stated() -> None:
    assert named("Oversight Board of Dir.") == []
    assert named("Oversight Board of Dir") == []


def test_abbreviated_unit_word_closes_a_whole_name() -> None:
    assert named("Surveying Div.") == ["Surveying Div."]


def test_memo_abbreviation_ends_no_sentence_before_a_word() -> None:
    assert sentences("Run by the Exec. Chmn. of the trust. Then more.") == [
        "Run by the Exec. Chmn. of the trust.",
        "Then more.",
    ]
    # "Dir." may close a phrase: its stop still ends the sentence before a capital
    assert len(sentences("It answers to the Managing Dir. The board meets monthly.")) == 2


def test_numbered_label_goes_name_stays() -> None:
    assert named("Div. 4 Coastal Geodesy", "Division 7: Seismic Archives") == ["Coastal Geodesy", "Seismic Archives"]


def test_numbered_label_without_name_stays() -> None:
    assert named("Unit 404") == ["Unit 404"]


def test_two_bodies_joined_by_and_are_two_units() -> None:
    assert named("Presidium and Trustee Council") == ["Presidium", "Trustee Council"]


def test_qualifier_joined_to_a_head_stays_one_unit() -> None:
    assert named("Audit and Risk Committee") == ["Audit and Risk Committee"]
    assert named("Bureau of Mines and Quarries Council") == ["Bureau of Mines and Quarries Council"]


IDENTITY = Identity("Example Broadcasting Trust", OrgKind.ORGANIZATION)


def address(*lines: str) -> Address | None:
    facts, _ = read_address(_field("Headquarters address", *lines), IDENTITY)
    return next((f for f in facts if isinstance(f, Address)), None)


def test_line_marked_not_hq_is_no_part_of_the_address() -> None:
    found = address(
        "Head office: 40 Elgin Street, Ottawa, Ontario K1P 5K6, Canada.",
        "Studios (not HQ): Harbour Centre, Halifax; Lakeside Hall, Winnipeg.",
    )
    assert found is not None
    assert (found.street, found.locality, found.postal_code) == ("40 Elgin Street", "Ottawa", "K1P 5K6")


def test_unmarked_second_line_is_not_cut_by_the_rule() -> None:
    found = address("40 Elgin Street,", "Ottawa, Ontario K1P 5K6, Canada.")
    assert found is not None
    assert found.locality == "Ottawa"


def test_county_before_constituent_country_is_the_region() -> None:
    found = address("The office was at Shoreham Harbour Depot in West Sussex, England, United Kingdom.")
    assert found is not None
    assert (found.locality, found.region, found.country) == ("Shoreham Harbour Depot", "West Sussex", "GB")


def test_city_before_constituent_country_keeps_it() -> None:
    found = address("3 Mill Lane, Cardiff, Wales, United Kingdom.")
    assert found is not None
    assert found.locality == "Cardiff"
    assert found.region != "Cardiff"


def budget(kind: OrgKind, *lines: str) -> list[Budget]:
    facts, _ = read_budget(_field("Last total enacted budget", *lines), Identity("Example Trust", kind), "GB")
    return [f for f in facts if isinstance(f, Budget)]


def test_total_income_opening_the_field_is_the_budget() -> None:
    text = "Total income was £2.4bn in the year to March 2023. Fees made up £0.9bn of that."
    found = budget(OrgKind.ORGANIZATION, text)
    assert [(f.amount, f.currency, f.fiscal_year) for f in found] == [(2400000000, "GBP", 2023)]


def test_total_income_of_a_company_or_a_later_part_is_not() -> None:
    assert budget(OrgKind.COMPANY, "Total income was £2.4bn in the year to March 2023.") == []
    assert budget(OrgKind.ORGANIZATION, "Grant income made up £0.9bn in 2023. Total income was £2.4bn.") == []
    assert budget(OrgKind.ORGANIZATION, "Sales revenue was £2.4bn in 2023.") == []


def headcount(*lines: str) -> list[int]:
    facts, _ = read_headcount(_field("Number of employees", *lines), Identity("Example Group", OrgKind.COMPANY))
    return [f.value for f in facts if isinstance(f, EmployeeCount)]


def test_hundreds_and_tens_before_thousand_are_one_number() -> None:
    assert headcount("About three hundred and forty-two thousand people at the end of 2019.") == [342000]


def test_planned_count_beside_a_year_is_not_read() -> None:
    assert headcount("About fifty staff were planned for 2031.") == []


def test_thousand_and_tens_is_not_read_in_part() -> None:
    assert [a.value for a in word_amounts("some two thousand and twenty-five staff")] == []


def test_hundreds_and_tens_are_read_whole_never_in_part() -> None:
    # round 14 refused these as read in part; round 63 reads the whole number
    assert headcount("roughly two hundred and fifty staff") == [250]
    found = budget(OrgKind.ORGANIZATION, "About three hundred and forty million Swiss francs.")
    assert [(f.amount, f.currency) for f in found] == [(340000000, "CHF")]
