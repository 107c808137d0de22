"""Round 29 (F3a): the Southeast Asian official-gazette hand (h20).

- the digits after a number sign ("No.", "Nr.", "n°", "Nomor", "số") number an instrument:
  never a year, neither the instrument's date nor the founding date;
- "approved on <day> by President X": the approval dates the instrument and names its signer;
- "signed by President Soeharto": a title and one name is a signer (many people have one name).
"""

from __future__ import annotations

import pytest

from orgkg.extract.dates import date_spans
from orgkg.model import DateValue, Mention
from tests.founding_helpers import foundings

INTRO = "The Fenland Research Board was a public agency."


@pytest.mark.parametrize(
    "legislation",
    [
        "Created by virtue of Presidential Decree No. 1978, otherwise known as the Research Charter.",
        "Commonwealth Act Nr. 2011 (the Fen Act).",
        "Keputusan Menteri Nomor 1999 set up the board.",
        "Established under Law No. 2045, the Drainage Law.",
    ],
)
def test_a_number_after_a_number_sign_is_no_year(legislation: str) -> None:
    found = foundings(INTRO, legislation=legislation)
    assert [f.date for f in found if f.date] == []
    assert [f.act_date for f in found if f.act_date] == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Republic Act No. 2067 of 1958", [1958]),
        ("Sắc lệnh số 1946 dated 1950", [1950]),
        ("Nomor 2010 Tahun 1999", [1999]),
        ("in 1958 it was founded", [1958]),  # a year without a sign stays one
        ("Number 1958 was the count", [1958]),  # a noun, not a sign
    ],
)
def test_date_spans_skip_the_number_after_a_sign(text: str, years: list[int]) -> None:
    assert [value.year for _, _, value in date_spans(text)] == years


@pytest.mark.parametrize(
    ("legislation", "date", "signer"),
    [
        (
            "Republic Act No. 4120 (Fen Act), approved on 3 May 1961 by President Ana M. Cruz.",
            DateValue(1961, 5, 3),
            "Ana M. Cruz",
        ),
        (
            "Marsh Drainage Act 1952, approved by Governor Peter Lund on 14 July 1952.",
            DateValue(1952, 7, 14),
            "Peter Lund",
        ),
        (
            "Presidential Decree No. 17, approved on 9 January 1975 by President Tomas Reyes.",
            DateValue(1975, 1, 9),
            "Tomas Reyes",
        ),
    ],
)
def test_an_approval_dates_the_instrument_and_names_its_signer(legislation: str, date: DateValue, signer: str) -> None:
    acts = [f for f in foundings(INTRO, legislation=legislation) if f.act]
    assert [(f.act_date, f.act_passed_by) for f in acts] == [(date, Mention(signer, "person"))]


@pytest.mark.parametrize(
    ("legislation", "signer"),
    [
        ("Presidential Decree No. 4 of 1970, dated 2 March 1970, signed by President Sukarmo.", "Sukarmo"),
        ("Royal Decree No. 12 of 1961, signed by Prime Minister Thakino.", "Thakino"),
        ("Decree No. 8 of 1966, signed by President Suwandi on 1 June 1966.", "Suwandi"),
    ],
)
def test_a_title_and_one_name_is_a_signer(legislation: str, signer: str) -> None:
    acts = [f for f in foundings(INTRO, legislation=legislation) if f.act]
    assert [f.act_passed_by for f in acts] == [Mention(signer, "person")]


@pytest.mark.parametrize(
    "legislation",
    [
        "Decree No. 8 of 1966, signed by President Indonesia.",  # a country, no person
        "Decree No. 8 of 1966, signed by President Office.",  # an organization's word
        "Decree No. 8 of 1966, signed by the President.",  # a title alone
        "Royal Decree No. 8 of 1966, signed by King Oscar.",  # a monarch without his number
    ],
)
def test_a_title_before_no_name_is_no_signer(legislation: str) -> None:
    acts = [f for f in foundings(INTRO, legislation=legislation) if f.act]
    assert [f.act_passed_by for f in acts if f.act_passed_by] == []


@pytest.mark.parametrize(
    ("legislation", "date"),
    [
        (
            "Fen Drainage Act, 1931, passed by the Council, by which the Board was constituted on 2 May 1931.",
            DateValue(1931),
        ),
        (
            "Marsh Act 1950, enacted by Parliament, under which the Board first met on 4 June 1950.",
            DateValue(1950),
        ),
        (
            "Ordinance No. 7 of 1948, signed by Governor Ian Roe, whereby the Board opened on 9 March 1949.",
            DateValue(1948),
        ),
        # the day inside the signing clause stays the act's
        ("Marsh Act 1950, enacted by Parliament on 4 June 1950.", DateValue(1950, 6, 4)),
    ],
)
def test_a_day_in_a_relative_clause_after_the_signing_is_not_the_acts(legislation: str, date: DateValue) -> None:
    assert [f.act_date for f in foundings(INTRO, legislation=legislation) if f.act] == [date]


@pytest.mark.parametrize(
    ("legislation", "act", "date"),
    [
        (
            "Sắc lệnh số 12/SL (Decree No. 12/SL) of 3 May 1947, establishing the Board.",
            "Sắc lệnh số 12/SL",
            DateValue(1947, 5, 3),
        ),
        ("Nghị định số 45 (Decree No. 45) of 1 June 1990.", "Nghị định số 45", DateValue(1990, 6, 1)),
        ("Decree No. 88/QD (the founding decree) of 2 April 1961.", "Decree No. 88/QD", DateValue(1961, 4, 2)),
    ],
)
def test_a_vietnamese_numbered_instrument_and_its_date_after_a_gloss(
    legislation: str, act: str, date: DateValue
) -> None:
    assert [(f.act, f.act_date) for f in foundings(INTRO, legislation=legislation) if f.act] == [(act, date)]


@pytest.mark.parametrize(
    "legislation",
    [
        "A Decree of 3 May 1947 set up the Board.",
    ],
)
def test_a_bare_kind_word_is_no_instrument_name(legislation: str) -> None:
    assert [f.act for f in foundings(INTRO, legislation=legislation) if f.act] == []


@pytest.mark.parametrize(
    ("legislation", "year"),
    [
        ("Fen Research Corporation Act, B.E. 2510 (1967), passed by the Assembly.", 1967),
        ("Marsh Board Act, BE 2499 (1956).", 1956),
        ("Drainage Authority Act, A.H. 1390 (1970).", 1970),
    ],
)
def test_another_calendars_year_before_the_gregorian_in_brackets(legislation: str, year: int) -> None:
    assert [f.act_date for f in foundings(INTRO, legislation=legislation) if f.act] == [DateValue(year)]


def test_another_calendars_year_alone_dates_nothing() -> None:
    acts = [f for f in foundings(INTRO, legislation="Fen Research Corporation Act, B.E. 2510.") if f.act]
    assert [f.act_date for f in acts if f.act_date] == []


@pytest.mark.parametrize(
    "intro",
    [
        'The Fenland Research Board was created by virtue of Republic Act No. 3141, known as the "Fen Act of 1961".',
        "The Fenland Research Board was established by virtue of Republic Act No. 3141 (the Fen Act of 1961).",
        "Created by virtue of Republic Act No. 3141, the Fen Act of 1961, the Fenland Research Board was an agency.",
    ],
)
def test_by_virtue_of_names_the_founding_act_and_its_day(intro: str) -> None:
    legislation = "Republic Act No. 3141 (Fen Act of 1961), approved on 19 June 1961 by President Ana M. Cruz."
    assert [f.date for f in foundings(intro, legislation=legislation) if f.date] == [DateValue(1961, 6, 19)]
