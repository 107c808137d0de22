"""extract/numbers.py: digits, separators, multipliers, qualifiers and currencies as written."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract.numbers import amounts, currency, unreadable_numbers


def one(text: str):
    found = amounts(text)
    assert found, f"no amount in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7.2k", 7200),
        ("4.5K", 4500),
        ("2.75 million", 2750000),
        ("0.9 bn", 900000000),
        ("3 thousand", 3000),
        ("8,750 crore", 87500000000),
        ("45 lakh", 4500000),
        ("1.08 lakh crore", 1080000000000),
        ("3,41,500", 341500),  # Indian digit grouping
        ("7,340", 7340),
        ("7 340", 7340),
        ("7\u202f340", 7340),
        ("12,345,678.5", Decimal("12345678.5")),
        ("6 Mio.", 6000000),
        ("4,25 Mrd.", 4250000000),  # a decimal comma is unambiguous before a German multiplier
    ],
)
def test_number_with_multiplier(text: str, value: int | Decimal) -> None:
    assert one(text).value == value


# "12.345.678" used to be here: two dot groups can only be the decimal-comma convention, so
# it is read now (test_decimal_comma_convention).
# "4,25 billion" and "3,8 mln" used to be here: one or two digits after a comma before a
# multiplier word can only be decimals (round 49, test_extract_status_r49.py).
@pytest.mark.parametrize("text", ["1,2345", "4,600 Mrd.", "1.300", "about 7.250", "3,8 m", "4,25"])
def test_ambiguous_numbers_are_not_read(text: str) -> None:
    assert amounts(text) == []
    assert unreadable_numbers(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("US$ 80 million", "USD"),
        ("A$2.3bn", "AUD"),
        ("C$ 410 million", "CAD"),
        ("R$ 9.1 billion", "BRL"),
        ("€ 75m", "EUR"),
        ("₹ 900 crore", "INR"),
        ("SEK 2.2 billion", "SEK"),
        ("2.2 billion SEK", "SEK"),
        ("90 million Swiss francs", "CHF"),
        ("31 billion yen", "JPY"),
        ("7 million euros", "EUR"),
        ("12 million pounds sterling", "GBP"),
        ("5.4 billion rand", "ZAR"),
        ("800 million Norwegian kroner", "NOK"),
        ("250 million Mexican pesos", "MXN"),
        ("$640 million (NZD)", "NZD"),
        ("KSh 3.3 billion", "KES"),
        ("4,2 Mrd. €", "EUR"),
    ],
)
def test_currency_before_or_after(text: str, code: str) -> None:
    assert one(text).currency == code


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("£610m", "GB", "GBP"),
        ("¥48 billion", "JP", "JPY"),
        ("¥48 billion", "CN", "CNY"),
        ("60 crore rupees", "IN", "INR"),
        ("60 crore rupees", "PK", "PKR"),
        ("Rs. 3 billion", "LK", "LKR"),
        ("$ 5 million", "AR", "ARS"),
        ("1.5 billion francs", "CH", "CHF"),
        ("200 million dinars", "RS", "RSD"),
    ],
)
def test_shared_sign_is_read_as_the_country_currency(text: str, country: str, code: str) -> None:
    assert amounts(text, country=country)[0].currency == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("£610m", None),
        ("¥48 billion", None),
        ("60 crore rupees", None),
        ("$ 5 million", "DE"),  # the euro is not written "$"
        ("1.5 billion francs", "FR"),
        ("Rs. 3 billion", "GB"),
        ("200 million dinars", None),
    ],
)
def test_shared_sign_without_its_country_has_no_currency(text: str, country: str | None) -> None:
    found = amounts(text, country=country)[0]
    assert found.currency is None and found.currency_text and found.is_money


def test_currency_names_come_from_cldr_for_every_code() -> None:
    assert currency("Swiss francs") == "CHF"
    assert currency("Icelandic krónur") == "ISK"
    assert currency("Thai baht") == "THB"
    assert currency("won") is None or currency("won") == "KRW"  # a name's last word, when only one currency has it
    assert currency("XYZ") is None  # not an ISO 4217 code


def test_number_without_currency_has_none() -> None:
    assert one("450 researchers").currency is None
    assert one("about 300 people").currency is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("about 40", "about"), ("c. 75", "c."), ("≈ 900", "≈"), ("more than 2,000", "more than"), ("1,500+", "+")],
)
def test_qualifier(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


def test_qualifier_needs_a_word_start() -> None:
    assert one("Acme Inc. 400").qualifier is None  # "c." inside "Inc." is no qualifier


# Round 3: the decimal-comma convention (dot thousands, comma decimals) where the number or
# the multiplier word after it says so; multiplier words of other languages.
@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("12.345.678", 12345678, None),
        ("4.502.110,75 €", Decimal("4502110.75"), "EUR"),
        ("1.234,5 Mio. €", 1234500000, "EUR"),
        ("R$ 1,7 bilhão", 1700000000, "BRL"),
        ("CHF 2,45 Milliarden", 2450000000, "CHF"),
        ("€ 3,1 miliardi", 3100000000, "EUR"),
        ("12,5 millones", 12500000, None),
        ("4 mil millones", 4000000000, None),
        ("0,9 mld", 900000000, None),
        ("2.400 Mio. €", 2400000000, "EUR"),
    ],
)
def test_decimal_comma_convention(text: str, value: int | Decimal, code: str | None) -> None:
    found = one(text)
    assert (found.value, found.currency) == (value, code)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cerca de 6.500 funcionários", 6500),
        ("ca. 2.100 Beschäftigte", 2100),
        ("1.000", 1000),
        ("12.400.000", 12400000),
    ],
)
def test_a_count_reads_a_single_dot_group_as_thousands(text: str, value: int) -> None:
    assert [a.value for a in amounts(text, count=True)][:1] == [value]


def test_english_decimals_before_english_multipliers_stay_decimals() -> None:
    assert one("$1.250 billion").value == 1250000000
    assert one("2.125 million").value == 2125000
    assert [a.value for a in amounts("1.5 employees per desk", count=True)] == [Decimal("1.5")]


# --- round 3: apostrophe grouping, a currency after "de"/"d'" -----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CHF 1'200'000", 1200000),  # Swiss grouping
        ("Fr. 2’450’000.50", Decimal("2450000.50")),  # typographic apostrophe, decimals
        ("3'400 employees", 3400),
        ("CHF 12'500 million", 12500000000),
    ],
)
def test_apostrophe_grouping(text: str, value: int | Decimal) -> None:
    assert one(text).value == value
    assert len(amounts(text)) == 1  # never read again from inside the number


@pytest.mark.parametrize("text", ["12'34", "1'2345", "the '90s"])
def test_apostrophe_that_groups_nothing_is_not_a_number(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("12,5 millones de euros", 12500000, "EUR"),
        ("3,2 millions d'euros", 3200000, "EUR"),
        ("R$ 3,8 bilhões de reais", 3800000000, "BRL"),
    ],
)
def test_currency_after_de(text: str, value: int, code: str) -> None:
    found = one(text)
    assert (found.value, found.currency) == (value, code)


def test_de_before_a_word_that_is_no_currency_names_none() -> None:
    assert one("12 millones de habitantes").currency is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 052 mill.", 1052000000), ("3,4 mill. kr", 3400000), ("1,2 Mia.", 1200000000), ("450 Tsd.", 450000)],
)
def test_multiplier_abbreviations(text: str, value: int) -> None:
    assert one(text).value == value


def test_a_code_before_a_sign_names_the_currency() -> None:
    assert one("CAD $1.2 billion").currency == "CAD"
    assert one("the USD $ 5m").currency == "USD"
    # A word in capitals that is no currency code leaves the sign's currency.
    assert one("THE $5m").currency_text == "$" and one("THE $5m").currency is None
    assert amounts("THE $5m", country="US")[0].currency == "USD"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # round 7: space groups then a decimal comma (French, Nordic, Polish usage)
        ("1 234,5 Mio. €", Decimal("1234500000")),
        ("2\u00a0450,75 millions d'euros", Decimal("2450750000")),
        ("12\u202f345,5 kr", Decimal("12345.5")),
    ],
)
def test_round7_space_grouped_number_with_a_decimal_comma(text: str, value: Decimal) -> None:
    assert one(text).value == value


@pytest.mark.parametrize("text", ["1 234,567 Mio. €", "12 345,6789"])
def test_round7_space_groups_then_three_decimals_stay_unread(text: str) -> None:
    assert not [a for a in amounts(text) if a.number_text.startswith(("1 234", "12 345"))]


@pytest.mark.parametrize(("text", "code"), [("U.S. dollars", "USD"), ("U.S. dollar", "USD"), ("U.S.$", "USD")])
def test_round7_us_written_with_stops(text: str, code: str) -> None:
    assert currency(text) == code
