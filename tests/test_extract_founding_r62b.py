"""Round 62 (F2b founding, native dates): CLDR month names of other languages right before a
year, a month numbered between words, and an act's own date written in its original title."""

from __future__ import annotations

import pytest

from orgkg.extract.dates import date_spans
from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

READERS = FoundingReaders("Lakeside Isotope Works", "Lakeside Isotope Works is a state enterprise.", "liw.txt")


def _dates(text: str) -> list[DateValue]:
    return [value for _, _, value in date_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it opened on 4 марта 1998 г. in Omsk", DateValue(1998, 3, 4)),
        ("the board met on 12 lutego 1964 r.", DateValue(1964, 2, 12)),
        ("set up on 2 Ağustos 1951 by the ministry", DateValue(1951, 8, 2)),
        ("signed ngày 14 tháng 6 năm 1982 in Huế", DateValue(1982, 6, 14)),
        ("from tháng 11 năm 2003", DateValue(2003, 11)),
        ("until kwiecień 1977, when", DateValue(1977, 4)),
        ("dissolved in Şubat 2004.", DateValue(2004, 2)),
    ],
)
def test_native_month_dates(text: str, expected: DateValue) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "the Augusta 1990 regatta",  # a town, not the Slovak month
        "a smart 2020 plan",  # a word that merely ends like a month
        "tháng 9 1975",  # the frame is incomplete: no year word
        "Nisan 5708",  # no Gregorian year after the word
    ],
)
def test_native_month_near_misses(text: str) -> None:
    assert all(value.month is None for value in _dates(text))


def test_title_form_date_dates_the_act_not_the_votes() -> None:
    fields = (
        "Legislation\nФедеральный закон от 9 июня 2011 г. № 88-ФЗ «Об изотопном комбинате» "
        "(Federal Law No. 88-FZ on the Isotope Works), adopted by the Государственная дума on "
        "20 мая 2011 г., approved by the Совет Федерации on 1 июня 2011 г. and signed by the President."
    )
    assert ("Federal Law No. 88-FZ", DateValue(2011, 6, 9)) in READERS.acts(fields)


def test_title_date_needs_the_bracketed_translation() -> None:
    # the translation is not in a bracket right after the title: the title's date is not taken
    fields = (
        "Legislation\nThe Federal Law No. 88-FZ, adopted by the Государственная дума on 20 мая 2011 г. "
        "(an amendment от 9 июня 2011 г. followed)."
    )
    assert all(date != DateValue(2011, 6, 9) for _, date in READERS.acts(fields))
