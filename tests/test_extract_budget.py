"""extract/budget.py: the budget the field is about, fiscal years, headcounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract import extract
from orgkg.extract.budget import _after_funding_cue, fiscal_year
from orgkg.model import Budget, EmployeeCount, FieldStatus, FundingSource
from orgkg.parse import parse_profile

INTRO = "The Harbour Research Institute (HRI) is a public research institute."


US_ADDRESS = "100 Harbor Drive, Boston, MA 02110, United States"
UK_ADDRESS = "10 Quay Street, Bristol BS1 4XE, United Kingdom"


def field(heading: str, body: str, address: str | None = None):
    lines = ["Harbour Research Institute", "| ||||", "|", INTRO, heading, body]
    if address:
        lines += ["Headquarters address", address]
    facts = extract(parse_profile("\n".join(lines) + "\n", "harbour.txt"))
    return next(f for f in facts.fields if f.name == heading), facts


def budget(body: str, address: str | None = None) -> Budget | None:
    """The budget read; a "$" or "£" is read in the country of ``address`` (by default a US
    address, a UK one for "£"): a sign several currencies share needs the country."""
    address = address or (UK_ADDRESS if "£" in body else US_ADDRESS)
    found, _ = field("Last total enacted budget", body, address)
    return next((f for f in found.facts if isinstance(f, Budget)), None)


@pytest.mark.parametrize(
    ("body", "address", "code"),
    [
        ("$48,802,369,865 pesos for 2022", "Av. Insurgentes Sur 1000, 03100 Ciudad de México, CDMX, Mexico", "MXN"),
        ("Rs. 102.4 billion (2013–14)", "Blue Area, Islamabad 44000, Pakistan", "PKR"),
        ("Rs 3,400 crore for FY 2021-22", "12 Park Street, Kolkata 700016, India", "INR"),
        ("640 million kr (2021)", "Drammensveien 1, 0255 Oslo, Norway", "NOK"),
        ("1.2 billion kr", "Sveavägen 1, 111 57 Stockholm, Sweden", "SEK"),
        ("$12 million in 2020", "200 King Street West, Toronto, ON M5H 3T4, Canada", "CAD"),
        ("¥ 4.5 billion", "1-1 Chiyoda, Chiyoda-ku, Tokyo 100-0001, Japan", "JPY"),
    ],
)
def test_shared_sign_is_the_address_country_currency(body: str, address: str, code: str) -> None:
    found = budget(body, address)
    assert found is not None and found.currency == code


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("$48,802,369,865 pesos for 2022", "Unter den Linden 1, 10117 Berlin, Germany"),  # Germany pays in euros
        ("Rs. 102.4 billion (2013–14)", "Not public"),
        ("$5 million (2019)", "Rue de la Loi 200, 1049 Brussels, Belgium"),
        ("2.1 billion rupees", "10 Downing Street, London SW1A 2AA, United Kingdom"),
        ("640 million kr", "Not public"),
        ("£12m in 2018", "Kasr El Nil Street 5, Cairo, Egypt"),  # CLDR writes the Egyptian pound otherwise
    ],
)
def test_shared_sign_without_a_country_that_uses_it_gives_no_budget(body: str, address: str) -> None:
    found, facts = field("Last total enacted budget", body, address)
    assert not [f for f in found.facts if isinstance(f, Budget)]
    assert any(d.code == "extract.budget-currency-shared" for d in facts.diagnostics)
    assert not any(d.code == "extract.budget-no-currency" for d in facts.diagnostics)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("US$ 5 million", "USD"),
        ("Mex$ 4,500 million", "MXN"),
        ("MX$ 4,500 million", "MXN"),
        ("12 billion Pakistani rupees", "PKR"),
        ("CAD $1.2 billion", "CAD"),
        ("$1.52 billion (AUD)", "AUD"),
        ("MXN 4,500 million", "MXN"),
    ],
)
def test_qualified_sign_needs_no_country(body: str, code: str) -> None:
    found = budget(body, "Unter den Linden 1, 10117 Berlin, Germany")
    assert found is not None and found.currency == code


@pytest.mark.parametrize(
    ("body", "amount", "code", "year"),
    [
        ("Roughly 2.3 billion Danish kroner in 2022.", 2300000000, "DKK", 2022),
        ("NOK 640 million (2021)", 640000000, "NOK", 2021),
        ("₹ 1,250 crore for FY 2020-21", 12500000000, "INR", 2021),
        ("A$ 310 million (2018/19)", 310000000, "AUD", 2019),
        ("$75.5m in fiscal year 2012", 75500000, "USD", 2012),
        ("£48m (1999–00)", 48000000, "GBP", 2000),
        ("$2.2 billion, of which $400 million went to construction", 2200000000, "USD", None),
        ("The Institute's budget is €90m; its endowment is €1.1bn.", 90000000, "EUR", None),
    ],
)
def test_budget_amount_currency_and_fiscal_year(body: str, amount: int, code: str, year: int | None) -> None:
    found = budget(body)
    assert found is not None
    assert (found.amount, found.currency, found.fiscal_year) == (Decimal(amount), code, year)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("N/A — the institute lives off an endowment of $4.1 billion.", FieldStatus.NOT_APPLICABLE),
        ("Not applicable; annual revenue was €300m in 2022.", FieldStatus.NOT_APPLICABLE),
        ("Not disclosed. Grants of about CHF 20m are reported.", FieldStatus.NOT_PUBLICLY_SPECIFIED),
    ],
)
def test_a_negated_budget_field_reads_no_amount_from_its_explanation(body: str, status: FieldStatus) -> None:
    found, _ = field("Last total enacted budget", body)
    assert [f for f in found.facts if isinstance(f, Budget)] == []
    assert found.status == status


@pytest.mark.parametrize(
    "body",
    [
        "Revenue of €410 million (2020).",
        "An endowment of £2.9 billion.",
        "€33m in grants",
    ],
)
def test_an_amount_that_is_not_the_budget_is_not_read(body: str) -> None:
    assert budget(body) is None


def test_amount_and_currency_from_different_sentences_give_a_warning_and_no_budget() -> None:
    found, facts = field("Last total enacted budget", "About 610 million. All amounts are in Swiss francs.")
    assert not found.facts
    codes = [(d.code, d.severity.value) for d in facts.diagnostics]
    assert ("extract.budget-currency-apart", "warning") in codes


def test_an_unreadable_number_is_named_not_guessed() -> None:
    found, facts = field("Last total enacted budget", "1,2345 billion euros")  # "3,6 billion" reads since round 49
    assert not found.facts
    assert any(d.code == "extract.unreadable-number" for d in facts.diagnostics)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("FY 2016–17", 2017),
        ("2030-31", 2031),
        ("(2004/05)", 2005),
        ("FY2019", 2019),
        ("1990–1995", None),
        ("2012", None),
    ],
)
def test_fiscal_year_rule(text: str, year: int | None) -> None:
    found = fiscal_year(text)
    assert (found.year if found else None) == year


def headcount(body: str, heading: str = "Number of employees") -> EmployeeCount | None:
    found, _ = field(heading, body)
    return next((f for f in found.facts if isinstance(f, EmployeeCount)), None)


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("roughly 7.5k people", 7500, "roughly"),
        ("some 2.4 thousand researchers", 2400, "some"),
        ("about 3 lakh workers", 300000, "about"),
        ("14,900+ employees (2022)", 14900, "+"),
        ("≈ 320", 320, "≈"),
        ("In 2021, 1,150 staff", 1150, None),
        ("9 200 employees", 9200, None),
    ],
)
def test_headcount(body: str, value: int, qualifier: str | None) -> None:
    found = headcount(body)
    assert found is not None
    assert (found.value, found.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    "body",
    [
        "Not applicable — the laboratory closed in 2004 with 300 staff.",
        "unknown",
        "between 1,200-1,400",
        "about 2.5",  # not a whole count of people
        "(2023)",
    ],
)
def test_no_headcount(body: str) -> None:
    assert headcount(body) is None


def test_headcount_as_of_year_and_unit() -> None:
    found = headcount("4,020 full-time staff (as of 2019)")
    assert found is not None
    assert (found.value, found.as_of, found.unit_text) == (4020, 2019, "full-time staff")


def funding(body: str) -> list[str]:
    found, _ = field("Funding", body)
    return [f.label for f in found.facts if isinstance(f, FundingSource)]


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        ("The institute is financed through member dues and grants.", ["member dues and grants"]),
        ("Its money is derived from   ticket sales and sponsorship.", ["ticket sales and sponsorship"]),
        ("Support comes from the Province of Overijssel, port fees and EU grants", None),
        ("Port fees, harbour dues and regional grants.", ["Port fees", "harbour dues and regional grants"]),
    ],
)
def test_funding_sources_follow_the_cue(body: str, labels: list[str] | None) -> None:
    if labels is None:  # after the cue: its list, not the cue's sentence
        assert funding(body)[0] == "the Province of Overijssel"
    else:
        assert funding(body) == labels


def test_funding_cue_reads_to_the_end_of_the_text_in_linear_time() -> None:
    # Was ``cue\s+(?P<rest>.+)$``: spaces then a line break made it backtrack through every split.
    assert _after_funding_cue("funded by" + " " * 50_000 + "\nthe Port Authority\n") == "the Port Authority"
    assert _after_funding_cue("funded by" + " " * 50_000 + "\nA\nB") is None
    assert _after_funding_cue("Funded by\nthe state\ncomes from x") == "x"  # the first cue has no end
    assert _after_funding_cue("Funded by   ") == " "  # the spaces give one back, as the regex did
    assert _after_funding_cue("funded byproducts") is None


# -- round 2: other hands ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "amount", "code", "year"),
    [
        # a sign CLDR writes only in the currency's own territory
        ("₦4.5 billion (2021)", Decimal("4500000000"), "NGN", 2021),
        ("₲ 820 million, 2020", Decimal("820000000"), "PYG", None),
        ("GH₵ 75m for 2019", Decimal("75000000"), "GHS", 2019),
        # a year naming the budget it dates
        ("€ 12.5 mln (2021 budget)", Decimal("12500000"), "EUR", 2021),
        ("CHF 40m, 2019 budget; of which CHF 8m in grants", Decimal("40000000"), "CHF", 2019),
        ("₦900 million — 2022 state appropriation", Decimal("900000000"), "NGN", 2022),
        ("SEK 0.75 bn as approved in the 2020 estimates", Decimal("750000000"), "SEK", 2020),
    ],
)
def test_budget_signs_and_years_of_other_hands(body: str, amount: Decimal, code: str, year: int | None) -> None:
    found, _ = field("Last total enacted budget", body)
    budgets = [f for f in found.facts if isinstance(f, Budget)]
    assert [(b.amount, b.currency, b.fiscal_year) for b in budgets] == [(amount, code, year)]


def test_a_year_before_a_non_budget_word_is_no_fiscal_year() -> None:
    assert fiscal_year("€ 5m, 2019 staff count 40") is None
    assert fiscal_year("1990 and later") is None


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("roughly fifty researchers at its peak", 50, "roughly"),
        ("Forty-two engineers and technicians", 42, None),
        ("some two thousand employees", 2000, "some"),
        ("about a dozen staff", 12, "about"),
        ("nearly ninety nine people", 99, "nearly"),
    ],
)
def test_headcount_in_words(body: str, value: int, qualifier: str | None) -> None:
    found = headcount(body)
    assert found is not None
    assert (found.value, found.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    "body",
    [
        "The lab had two divisions and few staff",  # words mid-sentence without a qualifier
        "one of the largest employers in the region",
        "some 800 000 members",  # members are not employees
        "12,000 students",
        "about 300 volunteers",
    ],
)
def test_no_headcount_from_other_counts(body: str) -> None:
    assert headcount(body) is None


def test_staff_beside_members_is_the_headcount() -> None:
    found = headcount("approx. 240 staff; the society has some 9 thousand members")
    assert found is not None and found.value == 240
    found = headcount("45,000 students and c. 3 100 staff")
    assert found is not None and (found.value, found.qualifier) == (3100, "c.")


# --- round 3 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "year"),
    [
        # The year after the budget belongs to the next amount when one comes first.
        ("The 2023 appropriation was $45.2 million, up from $41 million in 2022.", 2023),
        ("£3.4m for the 2019 estimates, against £2.9m in 2018.", 2019),
        ("$45.2 million, up from $41 million in 2022.", None),
        # A year after the budget, before any other amount, is still its year.
        ("NOK 1.2 billion in 2021, compared with NOK 1.1 billion before.", 2021),
    ],
)
def test_a_year_written_after_another_amount_is_not_the_budget_year(body: str, year: int | None) -> None:
    found = budget(body)
    assert found is not None and found.fiscal_year == year


@pytest.mark.parametrize(
    ("body", "amount", "code"),
    [
        ("Operating budget of CAD $1.2 billion (2021–2022)", 1200000000, "CAD"),
        ("AUD $ 40m", 40000000, "AUD"),
        ("NZD $310 million", 310000000, "NZD"),
        ("Expenditure: NOK 1 052 mill.", 1052000000, "NOK"),
        ("CHF 1,2 Mia. (2023)", 1200000000, "CHF"),
        ("450 Tsd. € (2021)", 450000, "EUR"),
        ("CHF 1'350'000 (2022)", 1350000, "CHF"),
        ("14,8 millones de euros (2023)", 14800000, "EUR"),
    ],
)
def test_budget_codes_before_signs_abbreviations_and_groupings(body: str, amount: int, code: str) -> None:
    found = budget(body)
    assert found is not None and (found.amount, found.currency) == (amount, code)


@pytest.mark.parametrize(
    "body",
    [
        "More than 800 scientists and 300 support staff",
        "Roughly 600 researchers, 200 technicians and 150 administrators",
        "410 engineers plus 95 administrative staff",
        "Between 300 and 400",
        "300 or 350 depending on the season",
    ],
)
def test_parts_without_a_total_or_a_range_give_no_headcount(body: str) -> None:
    assert headcount(body) is None


def test_a_breakdown_is_named_in_a_diagnostic() -> None:
    _, facts = field("Number of employees", "More than 800 scientists and 300 support staff")
    assert "extract.headcount-breakdown" in [d.code for d in facts.diagnostics]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("c. 3,500 (2022), including 1,200 researchers", 3500),
        ("1,150 employees, 300 of them researchers", 1150),
        ("About 1 200 staff (2023) and 300 volunteers", 1200),
        ("2,500 employees across 12 sites", 2500),
        ("4,100 employees (2022), plus 900 contractors", 4100),
    ],
)
def test_a_total_with_a_part_or_other_people_is_the_headcount(body: str, value: int) -> None:
    found = headcount(body)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("body", "year"),
    [("As of 2023, 1,150 employees", 2023), ("In March 2021: 980 staff", 2021), ("As at June 2020, 75 people", 2020)],
)
def test_an_as_of_year_before_the_count(body: str, year: int) -> None:
    found = headcount(body)
    assert found is not None and found.as_of == year


@pytest.mark.parametrize(
    ("body", "amount", "year"),
    [
        ("EUR 12.5 million of which EUR 3 million from the EU", 12500000, None),
        ("$8.1m, including $2m in capital works", 8100000, None),
        ("Budget 2023: 47,5 millions d’euros", 47500000, 2023),
        ("Appropriations 2021: NZD 14 million", 14000000, 2021),
    ],
)
def test_a_part_after_the_budget_and_a_year_after_the_budget_word(body: str, amount: int, year: int | None) -> None:
    found = budget(body)
    assert found is not None and (found.amount, found.fiscal_year) == (amount, year)


def test_md_is_no_multiplier() -> None:
    assert headcount("300 MD and PhD staff") is not None and headcount("300 MD and PhD staff").value == 300


NO_COUNTRY = "Not applicable — the office closed in 1995."


@pytest.mark.parametrize(
    ("body", "amount", "code", "year"),
    [
        # round 7: a "$" whose own sentence names the currency needs no address country
        ("$21.9 million in U.S. dollars, fiscal year 1995", 21_900_000, "USD", 1995),
        ("The budget for FY 1995 was $21.9 million (in U.S. dollars).", 21_900_000, "USD", 1995),
        ("$5.2 million (USD) in 2020", 5_200_000, "USD", 2020),
        ("$5.2 million in 2020, in Canadian dollars", 5_200_000, "CAD", 2020),
        ("$5.2 million in 2020 (all figures in US dollars)", 5_200_000, "USD", 2020),
    ],
)
def test_round7_shared_sign_resolved_by_its_sentence(body: str, amount: int, code: str, year: int) -> None:
    found = budget(body, NO_COUNTRY)
    assert found is not None and (found.amount, found.currency, found.fiscal_year) == (amount, code, year)


@pytest.mark.parametrize(
    "body",
    [
        "$21.9 million in fiscal year 1995",  # nothing names which dollar
        "Congress appropriated $21.9 million for fiscal 1995",  # a US body, but no currency named
        "$5.2 million in dollars",  # "dollars" is shared too
        "$5.2 million in 2020, about 4.8 million in euros",  # a currency "$" is never written for
        "$5.2 million; the grant was in US dollars",  # another clause
        "$5.2 million (in US or Canadian dollars)",  # two currencies named
    ],
)
def test_round7_shared_sign_not_resolved_without_one_named_currency(body: str) -> None:
    assert budget(body, NO_COUNTRY) is None


@pytest.mark.parametrize(
    ("body", "amount", "code", "year"),
    [
        ("21.9 million U.S. dollars (1995)", 21_900_000, "USD", 1995),
        ("1 234,5 Mio. Euro (2023)", 1_234_500_000, "EUR", 2023),
        ("Budget 2022 : 2 450,75 millions d'euros", 2_450_750_000, "EUR", 2022),
    ],
)
def test_round7_more_amount_phrasings(body: str, amount: int, code: str, year: int) -> None:
    found = budget(body, "3 rue Michel-Ange, 75016 Paris, France")
    assert found is not None and (found.amount, found.currency, found.fiscal_year) == (amount, code, year)


@pytest.mark.parametrize(
    "text, year",
    [
        # a year in a bracket that names the budget law
        ("Over €19 million (loi de finances initiale, 2005).", 2005),
        ("£4.2 million (Finance Act, 2019)", 2019),
        ("$12 million (Appropriations Act 2021)", 2021),
        ("€3 million (Ley de Presupuestos 2020)", 2020),
        # not a fiscal year: no budget word, no year, a period
        ("€3 million (annual report, 2006)", None),
        ("€3 million (loi de finances)", None),
        ("€3 million (budget 2006–2010)", None),
    ],
)
def test_round8_year_beside_a_budget_law_in_brackets(text: str, year: int | None) -> None:
    found = fiscal_year(text)
    assert (found.year if found else None) == year


@pytest.mark.parametrize(
    "body, qualifier",
    [
        # a bound or an estimate is kept with the amount, never dropped
        ("Over €19 million (loi de finances initiale, 2006).", "over"),
        ("More than CHF 40 million", "more than"),
        ("About €5.5 million in 2019", "about"),
        ("c. €8 million", "c."),
        ("€12 million", None),
    ],
)
def test_round8_budget_keeps_its_bound(body: str, qualifier: str | None) -> None:
    found = budget(body)
    assert found is not None
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    "body",
    [
        "The company never published a budget. Its founder reportedly committed $80 million to it.",
        "Figures were never disclosed. Press reports put its funding at $20 million, which the firm did not confirm.",
        "The lab has not published its accounts. An investor pledged $15 million in 2019.",
        "Not disclosed. The founders are said to have spent $5 million a year. Nobody confirmed this.",
    ],
)
def test_round9_a_figure_beside_a_negation_is_no_budget(body: str) -> None:
    found, _ = field("Last total enacted budget", body, US_ADDRESS)
    assert budget(body) is None
    assert found.status == FieldStatus.NOT_PUBLICLY_SPECIFIED


def test_round9_a_budget_its_sentence_names_is_read_beside_a_negation() -> None:
    body = "The 2023 budget was $5 million. The 2024 budget has not been published. Staff costs are unknown."
    read = budget(body)
    assert read is not None and read.amount == 5_000_000 and read.fiscal_year == 2023


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("For 2025 parliament approved a budget of $12 million, about 5 percent less than in 2024.", 2025),
        ("In 2023 the council voted $9 million, compared with 2022's $8 million.", 2023),
        ("For 2021 it received $4 million, down from 2020.", 2021),
        ("$7 million in 2022, 3% more than in 2021.", 2022),
    ],
)
def test_round9_a_year_after_a_comparison_dates_no_budget(body: str, year: int) -> None:
    read = budget(body)
    assert read is not None and read.fiscal_year == year


# Round 13: terse and formal headcounts (space thousands, "k", words, a status lead).
@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("~3k staff incl. contractors", 3000, "~"),
        ("approx 450", 450, "approx"),
        ("Approximately 18 250 persons at the close of the year.", 18250, "approximately"),
        ("Some three hundred, varying with the season.", 300, "some"),
        ("c. 1.5k (2019)", 1500, "c."),
    ],
)
def test_round13_headcount_phrasings(body: str, value: int, qualifier: str | None) -> None:
    found = headcount(body)
    assert found is not None and (found.value, found.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    "body",
    [
        "not published - mostly volunteers",
        "Not disclosed for the present day. In its first years it employed 40 persons.",
        "~1.2k vehicles in the fleet",
    ],
)
def test_round13_no_headcount(body: str) -> None:
    assert headcount(body) is None


def test_a_count_of_things_is_skipped_for_the_staff_count_after_it() -> None:
    assert headcount("1,200 beds and 4,500 employees").value == 4500  # type: ignore[union-attr]
    assert headcount("40 branches; 2,300 staff").value == 2300  # type: ignore[union-attr]
    assert headcount("~900 ambulances") is None


# -- round 14: a count whose sentence is about members or students is not the staff ---------


@pytest.mark.parametrize(
    "body",
    [
        "Not recorded. (The membership, by contrast, rose from the 120 founders to several thousand.)",
        "No staff figure is given. Members numbered 4,300 in 1990.",
        "Unknown; its students, some 2,500 in 1975, were taught by visiting lecturers.",
    ],
)
def test_round14_a_count_about_members_is_no_headcount(body: str) -> None:
    assert headcount(body) is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("About 450 employees (2017), besides 32,000 external members of its committees.", 450),
        ("The institute employs 1,200 people; its membership is not counted here.", 1200),
        ("Staff of 85, supported by volunteers.", 85),
    ],
)
def test_round14_staff_beside_a_later_mention_of_members_is_read(body: str, value: int) -> None:
    found = headcount(body)
    assert found is not None and found.value == value


# -- round 14: amounts written in words with a currency name; "the 2001 financial year" ------


@pytest.mark.parametrize(
    ("body", "amount", "code", "year"),
    [
        (
            "For the 2019 financial year the council approved a budget of forty-two million euros.",
            42_000_000,
            "EUR",
            2019,
        ),
        ("Roughly twelve billion yen (2015 fiscal year).", 12_000_000_000, "JPY", 2015),
        (
            "The accounts for the 2008 fiscal year closed at ninety-one million Swiss francs "
            "(2007: eighty million Swiss francs).",
            91_000_000,
            "CHF",
            2008,
        ),
    ],
)
def test_round14_a_budget_written_in_words(body: str, amount: int, code: str, year: int) -> None:
    found = budget(body)
    assert found is not None
    assert (found.amount, found.currency, found.fiscal_year) == (Decimal(amount), code, year)


@pytest.mark.parametrize(
    "body",
    [
        "Not published. For comparison, the 2019 survey cost some forty million euros.",
        "About forty-two million, by one estimate.",  # no currency: no budget
        "Funded by three ministries; fifty staff are paid from the grant.",
    ],
)
def test_round14_no_budget_from_words_without_currency_or_beside_a_negation(body: str) -> None:
    assert budget(body) is None


def test_round14_a_year_in_a_comparison_bracket_is_not_the_fiscal_year() -> None:
    found = budget("A balanced budget of sixty million euros (2010: fifty-five million euros).")
    assert found is not None and (found.amount, found.fiscal_year) == (Decimal(60_000_000), None)


def test_round14_one_is_read_only_after_a_tens_word() -> None:
    assert headcount("One of the largest employers in the port.") is None
    found = headcount("some ninety-one researchers")
    assert found is not None and found.value == 91


@pytest.mark.parametrize(
    "body",
    [
        "One hundred and twenty million euros in the 2012 financial year.",
        "Some eighteen and a half billion yen.",
    ],
)
def test_round14_a_longer_number_in_words_is_not_read_in_part(body: str) -> None:
    assert budget(body) is None


@pytest.mark.parametrize("body", ["some thirty and a half thousand workers"])
def test_round14_no_headcount_from_part_of_a_longer_number_in_words(body: str) -> None:
    assert headcount(body) is None


@pytest.mark.parametrize(
    ("body", "amount", "code"),
    [
        ("KShs: about 6.2 billion Kenya Shillings (2021/22).", 6_200_000_000, "KES"),
        ("Forty million Uganda shillings for 2018.", 40_000_000, "UGX"),
        ("TZS budget of 12 billion Tanzania shillings.", 12_000_000_000, "TZS"),
    ],
)
def test_round14_east_african_shillings_by_their_official_names(body: str, amount: int, code: str) -> None:
    found = budget(body, "P.O. Box 30266-00100, Nairobi, Kenya")
    assert found is not None and (found.amount, found.currency) == (Decimal(amount), code)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Members of staff: 450 (2020).", 450),
        ("Staff members number about 300.", 300),
        ("Members of the staff: 95", 95),
    ],
)
def test_round14_members_of_staff_are_the_staff(body: str, value: int) -> None:
    found = headcount(body)
    assert found is not None and found.value == value
