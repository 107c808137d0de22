"""Dates and years in prose, and date-shaped phrases that are not dates."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from orgkg.model import DateValue

from . import lexicon

YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d|2100)\b")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update(lexicon.month_spellings())
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I
)
DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})\.?,?\s+(?P<year>\d{{4}})\b", re.I
)
DATE_MY = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>\d{{4}})\b", re.I)
DATE_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
# "on Smarch 45, 2011": shaped like a date, but not one.
_DATE_LIKE = re.compile(r"\b(?:on|of|dated)\s+(?P<text>[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b")
# "in 20x1", "since 2O11": a year with a letter in it.
_BAD_YEAR = re.compile(r"\b(?:in|on|since|from|dated)\s+(?P<text>(?=\d\d\w\w\b)(?=\w*[A-Za-z])\w{4})\b")


def find_dates(text: str) -> list[tuple[int, DateValue]]:
    """Every date in ``text`` with its offset, most precise reading first at each place."""
    found: list[tuple[int, DateValue]] = []
    taken = bytearray(len(text))  # 1 where an earlier, more precise date sits (O(1) overlap test)

    def add(match: re.Match[str], value: DateValue) -> None:
        if taken[match.start()] or taken[match.end() - 1]:
            return
        taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
        found.append((match.start(), value))

    for pattern in (DATE_ISO, DATE_MDY, DATE_DMY):
        for match in pattern.finditer(text):
            month = match["month"]
            month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            value = valid_date(int(match["year"]), month_number, int(match["day"]))
            if value:
                add(match, value)
    for match in DATE_MY.finditer(text):
        add(match, DateValue(int(match["year"]), MONTHS[match["month"].lower().rstrip(".")]))
    for match in YEAR.finditer(text):
        add(match, DateValue(int(match[1])))
    return sorted(found, key=lambda pair: pair[0])


def valid_date(year: int, month: int, day: int) -> DateValue | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return DateValue(year, month, day)


def most_precise(dates: Iterable[DateValue]) -> DateValue | None:
    order = {"date": 0, "gYearMonth": 1, "gYear": 2}
    ranked = sorted(dates, key=lambda d: order[d.precision])
    return ranked[0] if ranked else None


def bad_dates(text: str) -> list[str]:
    """Date-shaped phrases that are not dates ("Smarch 45, 2011", "February 30, 2020", "20x1")."""
    bad = [m["text"] for m in _BAD_YEAR.finditer(text) if not re.fullmatch(r"\d+(?:st|nd|rd|th)", m["text"])]
    for match in _DATE_LIKE.finditer(text):
        candidate = match["text"]
        if not any(m.start() == 0 for m in DATE_MDY.finditer(candidate)) or not find_dates(candidate)[0][1].day:
            bad.append(candidate)
    return bad
