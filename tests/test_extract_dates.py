"""The one date reader (extract/dates.py): forms, precision, ambiguity, locale independence."""

from __future__ import annotations

import pytest

from orgkg.extract.dates import bad_dates, date_spans, event_date_spans, find_dates, in_year
from orgkg.extract.history import read_events
from orgkg.model import DateValue, Dissolution, Identity, OrgKind


def dates(text: str) -> list[DateValue]:
    return [value for _, value in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("opened on 3 March 2011", DateValue(2011, 3, 3)),
        ("opened on Oct. 7, 1999", DateValue(1999, 10, 7)),
        ("signed 12 Feb. 1987", DateValue(1987, 2, 12)),
        ("from Sept 2, 1945", DateValue(1945, 9, 2)),
        ("on the 2nd of June 1960", DateValue(1960, 6, 2)),
        ("dated 2007-11-30", DateValue(2007, 11, 30)),
        ("since 2007-11", DateValue(2007, 11)),
        ("in November, 1961", DateValue(1961, 11)),
        ("in Aug 1988", DateValue(1988, 8)),
        ("in 1961", DateValue(1961)),
    ],
)
def test_date_forms(text: str, expected: DateValue) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 25/12/1990", DateValue(1990, 12, 25)),  # day > 12: day-month
        ("on 25.12.1990", DateValue(1990, 12, 25)),
        ("on 12/25/1990", DateValue(1990, 12, 25)),  # second > 12: month-day
        ("on 07/07/1990", DateValue(1990, 7, 7)),  # both readings agree
        ("on 05/06/1990", DateValue(1990)),  # ambiguous: only the year is known
    ],
)
def test_numeric_dates_only_where_unambiguous(text: str, expected: DateValue) -> None:
    assert dates(text) == [expected]


def test_impossible_dates_keep_only_the_year() -> None:
    assert dates("on 31/02/1990") == [DateValue(1990)]
    assert dates("on April 31, 2001") == [DateValue(2001)]
    assert dates("on 29 February 2000") == [DateValue(2000, 2, 29)]
    assert dates("on 29 February 1900") == [DateValue(1900, 2)]  # no such day: the month stands


def test_several_dates_in_text_order() -> None:
    assert dates("signed 1 July 1953, in force 29 September 1954") == [
        DateValue(1953, 7, 1),
        DateValue(1954, 9, 29),
    ]


def test_not_dates() -> None:
    assert dates("Decree No. 66,624 and 12/2") == []
    assert dates("the 1920s") == []


def test_month_names_come_from_the_lexicon_not_the_locale() -> None:
    import orgkg.extract.dates as module

    assert not hasattr(module, "calendar")  # no locale-dependent month names
    assert dates("3 Brumaire 2011") == [DateValue(2011)]  # a spelling not in the lexicon: year only
    assert dates("3 März 2011") == [DateValue(2011, 3, 3)]  # German months are in the lexicon (round 3)
    assert dates("3 SEPT. 2011") == [DateValue(2011, 9, 3)]


def test_numeric_dates_need_the_same_separator_twice() -> None:
    # was a backreference (beyond the regex safety proof); the separators are compared in code
    assert find_dates("Signed 29/09-1954 and 29.09.1954") == [
        (13, DateValue(1954)),
        (22, DateValue(1954, 9, 29)),
    ]
    assert find_dates("on 3-4.1901") == [(7, DateValue(1901))]


def test_a_year_with_a_letter_in_it_is_named() -> None:
    assert bad_dates("in 20x1, since 2O11, on 19th May, from 12ab, in 1999") == ["20x1", "12ab"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("abolished on 30 June; its", DateValue(1992, 6, 30)),
        ("closed it in April", DateValue(1992, 4)),
        ("created on the 3rd of May, one week", DateValue(1992, 5, 3)),
        ("opened on Sept. 3 to the public", DateValue(1992, 9, 3)),
    ],
)
def test_in_year_completes_a_yearless_day(text: str, value: DateValue) -> None:
    found = in_year(text, 1992)
    assert found is not None and found[1] == value


@pytest.mark.parametrize("text", ["it may be closed", "founded in 1990 on 3 May", "closed on 31 February", "no date"])
def test_in_year_reads_nothing(text: str) -> None:
    assert in_year(text, 1992) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lei nº 5, de 7 de dezembro de 1972", DateValue(1972, 12, 7)),
        ("publicada el 29 de abril de 1939", DateValue(1939, 4, 29)),
        ("Gesetz vom 21. Juli 1960", DateValue(1960, 7, 21)),
        ("loi du 15 juillet 1982", DateValue(1982, 7, 15)),
        ("legge 21 giugno 1986", DateValue(1986, 6, 21)),
        ("in maart 1808", DateValue(1808, 3)),
        ("in May of 1950", DateValue(1950, 5)),
    ],
)
def test_dates_written_in_other_languages(text: str, expected: DateValue) -> None:
    assert dates(text) == [expected]


def test_words_that_are_no_months() -> None:
    assert dates("the Mars 2020 rover") == [DateValue(2020)]  # "mars" is left out on purpose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("founded October the 5th, 1945", DateValue(1945, 10, 5)),
        ("signed 5-Oct-1945", DateValue(1945, 10, 5)),
        ("opened 1945 October 5", DateValue(1945, 10, 5)),
        ("gegründet am 05.10.1945", DateValue(1945, 10, 5)),  # dots: day-month
        ("le 1er janvier 1900", DateValue(1900, 1, 1)),
        ("em 1º de maio de 1900", DateValue(1900, 5, 1)),
    ],
)
def test_the_day_in_other_positions_and_marks(text: str, expected: DateValue) -> None:
    assert dates(text) == [expected]


def test_a_year_then_a_day_and_month_after_a_comma_is_no_date() -> None:
    assert dates("from 1939 to 1945, May 8 was kept") == [DateValue(1939), DateValue(1945)]
    assert dates("on 31.02.1990") == [DateValue(1990)]


@pytest.mark.parametrize(
    "text, years",
    [
        ("the Energy Reorganization Act of 1974 abolished it", []),
        ("It was wound up under the Public Bodies Act 2011.", []),
        ("Decree No. 15 of 1993 set it up", []),
        ("The Ley 17/2006, de 5 de junio, created it", [2006]),  # the day and month date it
        ("The Companies Act, 1956, abolished the board", []),
        # years that are no title's: kept
        ("In 1974 the act abolished it", [1974]),
        ("the Act abolished it in 1974", [1974]),
        ("Acting in 1990, the board closed it", [1990]),
    ],
)
def test_event_date_spans_skip_a_year_in_an_instruments_title(text: str, years: list[int]) -> None:
    assert [value.year for _, _, value in event_date_spans(text)] == years


@pytest.mark.parametrize(
    "text",
    [
        "Critics objected, and the Energy Reorganization Act of 1974 abolished it: on 19 January 1975"
        " its work passed to the Energy Research and Development Administration.",
        "The Fisheries Reform Act 2011 dissolved the board.",
        "Under the Public Bodies Act of 1998, the agency was abolished.",
    ],
)
def test_an_acts_year_is_not_the_dissolution_date(text: str) -> None:
    identity = Identity("Harbour Fisheries Board", OrgKind.GOVERNMENT)
    ends = [f for f in read_events(text, identity) if isinstance(f, Dissolution)]
    assert all(end.date is None or end.date.month is not None for end in ends)
    assert not any(end.date and end.date.year in (1974, 1998, 2011) and end.date.month is None for end in ends)


def test_a_dated_abolition_after_an_act_keeps_its_date() -> None:
    identity = Identity("Harbour Fisheries Board", OrgKind.GOVERNMENT)
    text = "The Fisheries Reform Act 2011 abolished the board in 2013."
    ends = [f for f in read_events(text, identity) if isinstance(f, Dissolution)]
    assert [end.date.year for end in ends if end.date] == [2013]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("founded 01/1949 in Moscow", DateValue(1949, 1)),
        ("Dissolved 06/1995", DateValue(1995, 6)),
        ("communiqué, January/1949 (published later)", DateValue(1949, 1)),
        ("reopened Sept/2022", DateValue(2022, 9)),
    ],
)
def test_month_slash_year_is_a_month(text: str, expected: DateValue) -> None:
    assert next(value for _, _, value in date_spans(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["Real Decreto-ley 5/1995", "Ley 10/1990 de reforma", "Law No. 12/1999", "costs 2004/05", "score 13/2000"],
)
def test_a_numbered_instrument_or_a_range_is_no_month(text: str) -> None:
    assert all(value.month is None for _, _, value in date_spans(text))


# Round 13: the formal civil-service hand writes the month in Roman numerals.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("set up on 3 IV 1962 by decree", DateValue(1962, 4, 3)),
        ("ceased on 14 XI 1989.", DateValue(1989, 11, 14)),
        ("dated 7. VII. 1931", DateValue(1931, 7, 7)),
        ("from 30 IX 2004 onwards", DateValue(2004, 9, 30)),
    ],
)
def test_a_roman_month_between_day_and_year_is_a_day(text: str, expected: DateValue) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Louis XIV 1715 edition", [DateValue(1715)]),  # no day: a regnal number
        ("after World War II 1945 came", [DateValue(1945)]),
        ("on 31 II 1962", [DateValue(1962)]),  # no 31st of February: the year alone
        ("see 3 iv 1962", [DateValue(1962)]),  # lowercase "iv" is a list number, no month
    ],
)
def test_a_roman_numeral_without_a_valid_day_is_no_month(text: str, expected: list[DateValue]) -> None:
    assert dates(text) == expected
