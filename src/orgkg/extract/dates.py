"""Dates and years in prose, and date-shaped phrases that are not dates.

One date reader for every field. Month spellings come from
``ontology/lexicon/month-spellings.csv`` only (no locale-dependent ``calendar`` names).
Forms read, most precise first at each place: "1954-09-29", "29 September 1954",
"Sept. 29, 1954", "3 IV 1962", "4 Jan. 2002", "the 1st of May 1958", numeric "29/09/1954" (see
``_numeric``), "1954-09", "01/1954", "September/1954", "September 1954", "1954".

Two-digit apostrophe years ("'57", "Jun '98", "27 Apr '87", "'57–'92") are read only when the
caller passes the profile's ``short_year_anchors``: the four-digit years the profile itself
writes fix the century (``short_year``). Never today's date: the output is the same on any day.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from orgkg.model import DateValue

from . import lexicon

YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d|2100)\b")
MONTHS = lexicon.month_spellings()
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
# "5th", and the ordinal marks of French and Portuguese/Spanish ("1er janvier", "1º de maio")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°|ª)?"
_YEAR4 = r"(?P<year>\d{4})"
_FOUR_DIGITS = re.compile(r"\d{4}")
# "of" and its Spanish/Portuguese/French twins ("7 de dezembro de 1972"); a German day
# ends in a full stop ("21. Juli 1960"); a deed's hand writes "the 7th day of July, 1949".
_OF = r"(?:of|de|del)"
DATE_MDY = re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_DAY},?\s+{_YEAR4}\b", re.I)
# "5-Oct-1945", "05-OCT-1945": day, month abbreviation and year joined by hyphens
DATE_DMY_HYPHEN = re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR4}\b", re.I)
# "1945 October 5": year first (no comma: "from 1939 to 1945, May 8 …" is no date; nor before
# another number: "1945 October 5 1946")
DATE_YMD = re.compile(rf"\b{_YEAR4}\s+{_MONTH}\s+{_DAY}\b(?![,\s]{{0,2}}\d)", re.I)
DATE_DMY = re.compile(rf"\b{_DAY}(?:\.|\s+(?:day\s+)?{_OF})?\s+{_MONTH},?\s+(?:{_OF}\s+)?{_YEAR4}\b", re.I)
# "le 20 mars 1970", "3 mei 1950": a month name that is also a word (lexicon
# dated-month-spellings), read only between a day and a year
_DATED_MONTHS = lexicon.dated_month_spellings()
DATE_DMY_DATED_MONTH = re.compile(
    rf"\b{_DAY}\s+(?P<month>{'|'.join(sorted(_DATED_MONTHS, key=len, reverse=True))})\s+{_YEAR4}\b", re.I
)
# "13 ноября 2007 г.", "30 października 1951 r.", "11 Temmuz 1933", "listopad 1989":
# a CLDR month name of another language (lexicon native-month-spellings) read only right
# before a four-digit year, after a day or alone; any word is matched and looked up, so no
# alternation of 170 names is tried at every position. "ngày 3 tháng 9 năm 1975", "tháng 12
# năm 2025": a month numbered between words (lexicon numbered-month-frames).
_NATIVE_MONTHS = lexicon.native_month_spellings()
_NATIVE_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)\b"
DATE_DMY_NATIVE = re.compile(rf"(?<![\w./-])(?P<day>\d{{1,2}})\.?\s(?P<month>[^\W\d_]+)\s{_NATIVE_YEAR}")
DATE_MY_NATIVE = re.compile(rf"\b(?P<month>[^\W\d_]+)\s{_NATIVE_YEAR}")
_FRAMES = lexicon.numbered_month_frames()
DATE_NUMBERED_MONTH = re.compile(
    rf"(?:\b(?:{lexicon.alternation(sorted({f[0] for f in _FRAMES}))})\s(?P<day>\d{{1,2}})\s)?"
    rf"\b(?:{lexicon.alternation(sorted({f[1] for f in _FRAMES}))})\s(?P<month>\d{{1,2}})"
    rf"\s(?:{lexicon.alternation(sorted({f[2] for f in _FRAMES}))})\s(?P<year>\d{{4}})\b",
    re.I,
)


def _native_date(match: re.Match[str]) -> DateValue | None:
    """The date of a ``DATE_DMY_NATIVE`` or ``DATE_MY_NATIVE`` match; None when the word is no
    month of the native table."""
    month = _NATIVE_MONTHS.get(match["month"].lower())
    if month is None:
        return None
    day = match.groupdict().get("day")
    return valid_date(int(match["year"]), month, int(day)) if day else DateValue(int(match["year"]), month)


# "3 IV 1962", "1 IX 2021": a day, the month in capital Roman numerals, the year (an old
# European civil-service hand). Only with a day before and a year after: "Louis XIV 1715" and
# "World War II 1945" are no dates.
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
# Dots alone join them too ("22.II.1921", a Soviet and Polish hand).
DATE_DMY_ROMAN = re.compile(
    rf"(?<![\w./-])(?P<day>\d{{1,2}})(?:\.\s?|\s)(?P<month>{_ROMAN_MONTH})(?:\.\s?|\s){_YEAR4}\b"
)
DATE_MY = re.compile(rf"\b{_MONTH},?\s+(?:{_OF}\s+)?{_YEAR4}\b", re.I)
DATE_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
DATE_ISO_MONTH = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})\b(?![-–/]?\d)")
# 29/09/1954, 29.09.1954, 29-09-1954: the same separator twice, a four-digit year last.
# Both separators alike ("29/09/1954", not "29/09-1954"): compared in code, since a
# backreference is beyond the regex safety proof.
DATE_NUMERIC = re.compile(
    r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P<sep2>[/.-])(?P<year>\d{4})(?![\w/-])"
)
# "01/1949", "March/1971": a month and its year joined by a slash (a compact note's hand); a
# two-digit month only ("5/1995" is a decree's number), never after an instrument ("Ley 10/1990")
DATE_MONTH_SLASH = re.compile(r"(?<![\w./-])(?P<month>0[1-9]|1[0-2])/(?P<year>\d{4})(?![\w/-])")
# "March/1971", and "Jan-1991" (a memo's hand, as its "15-Jan-2002" without the day)
DATE_MONTH_NAME_SLASH = re.compile(rf"\b{_MONTH}[/-]{_YEAR4}\b(?![/-]\d)", re.I)
# Era years (ontology/lexicon/calendar-eras.csv): "1 July, Shōwa 46 (1971)", "April, Reiwa 3",
# "Heisei 13 (2001), November", "Minguo 62"; a Gregorian year in brackets must agree.
ERAS = lexicon.calendar_eras()
ERA_NAMES = "|".join(re.escape(era) for era in sorted(ERAS, key=len, reverse=True))
_ERA = rf"(?P<era>{ERA_NAMES})\s(?P<n>\d{{1,2}})(?:\s\((?P<year>\d{{4}})\))?"
_ERA_NAME = re.compile(ERA_NAMES, re.I)
# the eras written in Latin letters ("Shōwa", not "昭和"), for patterns of romanised text
LATIN_ERA_NAMES = "|".join(re.escape(era) for era in sorted(ERAS, key=len, reverse=True) if era[:1].isascii())
DATE_DMY_ERA = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_ERA}(?![\w(])", re.I)
DATE_MDY_ERA = re.compile(rf"\b{_MONTH}\s+{_DAY},\s+{_ERA}(?![\w(])", re.I)
DATE_MY_ERA = re.compile(rf"\b{_MONTH},?\s+{_ERA}(?![\w(])", re.I)
DATE_ERA_DM = re.compile(rf"\b{_ERA},?\s{{1,3}}(?:{_DAY}\s{{1,3}})?{_MONTH}\b(?!\s{{1,3}}\d)", re.I)
DATE_ERA = re.compile(rf"\b{_ERA}(?![\w(])")
# East Asian digits with year/month/day signs: "昭和46年7月1日", "民國62年", "1971年3月", "1971년 3월"
DATE_ERA_CJK = re.compile(
    rf"(?P<era>{ERA_NAMES})\s?(?P<n>\d{{1,2}}|元)\s?年(?:\s?(?P<month>\d{{1,2}})\s?月(?:\s?(?P<day>\d{{1,2}})\s?日)?)?"
)
DATE_CJK = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s?[年년](?:\s?(?P<month>\d{1,2})\s?[月월](?:\s?(?P<day>\d{1,2})\s?[日일])?)?"
)
# "1971.03", "1999.01.15": a timeline's year, month and day joined by full stops (an East Asian
# hand); the month in two digits ("1971.5" is a number).
DATE_DOTTED_YMD = re.compile(
    r"(?<![\w.,])(?P<year>1[6-9]\d\d|20\d\d)\.(?P<month>\d{2})(?:\.(?P<day>\d{2}))?(?![\w,]|\.\d)"
)
# "on Smarch 45, 2011": shaped like a date, but not one.
_DATE_LIKE = re.compile(r"\b(?:on|of|dated)\s+(?P<text>[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b")
# "in 20x1", "since 2O11": a year with a letter in it.
_BAD_YEAR = re.compile(r"\b(?:in|on|since|from|dated)\s+(?P<text>\d\d(?:[A-Za-z]\w|\w[A-Za-z]))\b")
# "on 30 June", "June 30", "in April": a day or month without a year of its own (a dated
# bullet's head year completes it: "1992 — abolished on 30 June").
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{_MONTH_NAMES})\b\.?"
    rf"|(?P<month2>{_MONTH_NAMES})\.?\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<lone>{_MONTH_NAMES})\b)",
    re.I,
)
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


# An instrument's title just before a year: "the Energy Act of 1974", "Decree No. 15 of 1993",
# "Decree-Law No. (6) of 2015" (a number in brackets),
# "the Research Act 2024", "Ley 17/2006,": the year names the instrument, it dates no event.
_INSTRUMENT_BEFORE = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.legal_instruments())})"
    r"(?:\s(?:No\.?|Nr\.?|n[º°]\.?)?\s?(?:\d{1,7}(?:[./-]\d{1,7})?|\(\d{1,7}\)))?(?:\sof|,)?$"
)
_TITLE_REACH = 48  # characters before a year searched for the instrument's word


# A number sign just before: "décret n° 2006-260", "Law No. 1995/12": the digits number
# an instrument, they are no year.
# ("No" only with its full stop: "No 2006 budget was voted" is a sentence.)
_NUMBER_SIGN_WORDS = lexicon.alternation(
    word for word, role in lexicon.table("legislation-cues") if role == "number-sign"
)
_NUMBER_SIGN_BEFORE = re.compile(
    rf"(?:\b(?:No|Nr|N)\.|\bNr|\bn\.?\s?[º°]\.?|#|(?<![\w-])(?:{_NUMBER_SIGN_WORDS}))$",
    re.I,
)


def after_number_sign(text: str, start: int) -> bool:
    """The digits at ``start`` follow a number sign ("Republic Act No. 2067", "Nomor 1978"):
    they number something, they are never a year."""
    return _NUMBER_SIGN_BEFORE.search(text[max(0, start - _TITLE_REACH) : start].rstrip()) is not None


def in_instrument_title(text: str, start: int) -> bool:
    """The year at ``start`` is part of a legislation's title ("Act of 1974", "Act 2024") or
    its number ("n° 2006-260")."""
    before = text[max(0, start - _TITLE_REACH) : start].rstrip()
    return _INSTRUMENT_BEFORE.search(before) is not None or _NUMBER_SIGN_BEFORE.search(before) is not None


def event_date_spans(text: str, anchors: Sequence[int] = ()) -> list[tuple[int, int, DateValue]]:
    """``date_spans`` without the bare years that belong to a legislation's title: "the Energy
    Reorganization Act of 1974 abolished it" dates the act, not the abolition."""
    return [s for s in date_spans(text, anchors) if s[2].month is not None or not in_instrument_title(text, s[0])]


def find_dates(text: str, anchors: Sequence[int] = ()) -> list[tuple[int, DateValue]]:
    """Every date in ``text`` with its offset, most precise reading first at each place."""
    return [(start, value) for start, _, value in date_spans(text, anchors)]


# A two-digit year after an apostrophe (typed or typographic): "'57", "Jun '98". Not glued to a
# word ("rock'n'roll", "o'57"), not a decade ("'80s"), not a quoted number ("'12'"), not a
# decimal ("'12.5").
_SHORT = r"(?<![\w'’‘])['’‘](?P<yy>\d{2})(?![\w'’‘]|[.,]\d)"
SHORT_YEAR = re.compile(_SHORT)
SHORT_DATE_DMY = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_SHORT}", re.I)  # "27 Apr '87"
SHORT_DATE_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY},\s+{_SHORT}", re.I)  # "Apr 27, '87"
SHORT_DATE_MY = re.compile(rf"\b{_MONTH},?\s+{_SHORT}", re.I)  # "Jun '98"
# A two-digit year reads as the one year, of the centuries YEAR reads, that lies within this
# many years of a four-digit year the profile writes ("'57" beside "1998": 1957, not 2057).
_SHORT_YEAR_REACH = 49


def short_year_anchors(profile_text: str) -> tuple[int, ...]:
    """The four-digit years ``profile_text`` writes, sorted: what fixes the century of its
    two-digit years (pass them to ``date_spans``, ``find_dates``, ``event_date_spans``)."""
    return tuple(sorted({value.year for _, _, value in date_spans(profile_text)}))


def short_year(yy: int, anchors: Sequence[int]) -> int | None:
    """The year a two-digit year ``yy`` stands for: the only one of 16yy … 20yy the profile also
    writes in full ("est. '47" beside "1947"); else the only one within ``_SHORT_YEAR_REACH``
    years of an anchor (a four-digit year of the same profile). None when no anchor fixes it or
    two readings are near anchors ("'24" beside 1925 and 2023): when unsure, nothing."""
    written = [century + yy for century in range(1600, 2100, 100) if century + yy in anchors]
    if len(written) == 1:
        return written[0]
    readings = [
        century + yy
        for century in range(1600, 2100, 100)
        if any(abs(century + yy - anchor) <= _SHORT_YEAR_REACH for anchor in anchors)
    ]
    return readings[0] if len(readings) == 1 else None


def _short_readings(text: str, month_starts: list[int], anchors: Sequence[int]) -> Iterator[_Reading]:
    """Dates with a two-digit apostrophe year, the most precise forms first."""
    for pattern in (SHORT_DATE_DMY, SHORT_DATE_MDY, SHORT_DATE_MY, SHORT_YEAR):
        led = pattern in (SHORT_DATE_MDY, SHORT_DATE_MY)  # opens with a month name
        for match in _month_led(pattern, text, month_starts) if led else pattern.finditer(text):
            year = short_year(int(match["yy"]), anchors)
            if year is None:
                yield match, None
            elif pattern is SHORT_YEAR:
                yield match, DateValue(year)
            elif pattern is SHORT_DATE_MY:
                yield match, DateValue(year, _month(match["month"]))
            else:
                yield match, valid_date(year, _month(match["month"]), int(match["day"]))


# Where a month name starts: the patterns that open with one (DATE_MDY, DATE_MY,
# DATE_MONTH_NAME_SLASH) are tried only there, after one scan of the text instead of one
# scan each (an alternation of 79 names is tried at every position of a scan).
_MONTH_START = re.compile(rf"\b(?:{_MONTH_NAMES})", re.I)
if not all(re.fullmatch(r"[^\W\d_]+", month) for month in MONTHS):
    # a name of letters only: no month can start inside another's match, so the scan
    # above finds every place one starts
    raise lexicon.LexiconError("lexicon month spellings must be letters only")


def _month_led(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with ``\b`` and a month name,
    tried only at ``starts`` (every place such a name starts, in order)."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            yield match
            end = match.end()


# "1430 AH", "2020 BS", "1397H" (lexicon calendar-marks): a year of another calendar, no Gregorian one
_MARKS = lexicon.calendar_marks()
_OTHER_CALENDAR_AFTER = re.compile(
    rf"(?:{lexicon.alternation(m for m in _MARKS if len(m) == 1)}"
    rf"|\s?(?:{lexicon.alternation(m for m in _MARKS if len(m) > 1)}))(?![\w])"
)


def other_calendar_year(text: str, end: int) -> bool:
    """The year ending at ``end`` is marked as another calendar's ("2020 BS", "1955 E.C.")."""
    return _OTHER_CALENDAR_AFTER.match(text, end) is not None


# "12 March 1956; 68 years ago", "1925 (101 years ago)": the age a rendered Wikipedia infobox
# prints after a date belongs to the date's span (a record's value is the date as a whole)
_AGE_AFTER = re.compile(r"(?:;\s?|\s\()\d{1,4}\syears?\sago\)?")


def date_spans(text: str, anchors: Sequence[int] = ()) -> list[tuple[int, int, DateValue]]:
    """Every date in ``text`` as (start, end, value), in text order; overlapping readings
    keep the most precise one. ``anchors`` (``short_year_anchors`` of the profile): read
    two-digit apostrophe years too ("Jun '98")."""
    found: list[tuple[int, int, DateValue]] = []
    short = bool(anchors) and SHORT_YEAR.search(text) is not None
    if not short and not _FOUR_DIGITS.search(text) and not _ERA_NAME.search(text):
        return found  # every date below has a four-digit year or an era's
    taken = bytearray(len(text) + 1)  # 1 where an earlier, more precise date sits
    month_starts = [m.start() for m in _MONTH_START.finditer(text)]
    readings = itertools.chain(_day_readings(text, month_starts), _month_readings(text, month_starts))
    if short:
        readings = itertools.chain(readings, _short_readings(text, month_starts, anchors))
    for match, value in readings:
        if value is None or taken[match.start()] or taken[match.end() - 1]:
            continue
        if other_calendar_year(text, match.end()):
            continue  # "founded in 2020 BS (1963)": the bracket's year is the Gregorian one
        if value.month is None and after_number_sign(text, match.start()):
            continue  # "Republic Act No. 2067": an instrument's number, no year
        taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
        age = _AGE_AFTER.match(text, match.end())  # "1 July 2015; 11 years ago": one date
        found.append((match.start(), age.end() if age else match.end(), value))
    return sorted(found, key=lambda triple: triple[0])


_Reading = tuple[re.Match[str], DateValue | None]


def _day_readings(text: str, month_starts: list[int]) -> Iterator[_Reading]:
    """The readings of ``text`` that can give a day, the most precise forms first
    (``date_spans`` keeps the first reading at each place; None: the match is no date)."""
    for match in DATE_ISO.finditer(text):
        yield match, valid_date(int(match["year"]), int(match["month"]), int(match["day"]))
    for match in _era_matches(text):
        yield match, _era_date(match)
    for pattern in (DATE_CJK, DATE_DOTTED_YMD):
        for match in pattern.finditer(text):
            yield match, _parts_date(int(match["year"]), match["month"], match["day"])
    for pattern in (DATE_MDY, DATE_DMY, DATE_DMY_HYPHEN, DATE_YMD):
        matches = _month_led(pattern, text, month_starts) if pattern is DATE_MDY else pattern.finditer(text)
        for match in matches:
            yield match, valid_date(int(match["year"]), _month(match["month"]), int(match["day"]))
    for match in DATE_DMY_DATED_MONTH.finditer(text):
        yield match, valid_date(int(match["year"]), _DATED_MONTHS[match["month"].lower()], int(match["day"]))
    for match in DATE_NUMBERED_MONTH.finditer(text):
        yield match, _parts_date(int(match["year"]), match["month"], match["day"])
    for match in DATE_DMY_NATIVE.finditer(text):
        if match["month"].lower() in _NATIVE_MONTHS:
            yield match, _native_date(match)
    for match in DATE_DMY_ROMAN.finditer(text):
        yield match, valid_date(int(match["year"]), _ROMAN_MONTHS.index(match["month"]) + 1, int(match["day"]))
    for match in DATE_NUMERIC.finditer(text):
        if match["sep"] == match["sep2"]:
            yield match, _numeric(int(match["a"]), int(match["b"]), int(match["year"]), dotted=match["sep"] == ".")


def _month_readings(text: str, month_starts: list[int]) -> Iterator[_Reading]:
    """The readings of ``text`` that give a month or a year only, after ``_day_readings``."""
    for match in DATE_ISO_MONTH.finditer(text):
        if 1 <= int(match["month"]) <= 12:
            yield match, DateValue(int(match["year"]), int(match["month"]))
    for match in DATE_MONTH_SLASH.finditer(text):
        if not in_instrument_title(text, match.start()):
            yield match, DateValue(int(match["year"]), int(match["month"]))
    for pattern in (DATE_MONTH_NAME_SLASH, DATE_MY):
        for match in _month_led(pattern, text, month_starts):
            yield match, DateValue(int(match["year"]), _month(match["month"]))
    for match in DATE_MY_NATIVE.finditer(text):
        if match["month"].lower() in _NATIVE_MONTHS:
            yield match, _native_date(match)
    for match in YEAR.finditer(text):
        yield match, DateValue(int(match[1]))


def _era_matches(text: str) -> Iterator[re.Match[str]]:
    """Era dates in ``text``, the most precise forms first (``date_spans`` keeps the first
    reading at each place)."""
    if _ERA_NAME.search(text) is None:
        return  # every form names an era; one scan instead of six
    for pattern in (DATE_DMY_ERA, DATE_MDY_ERA, DATE_ERA_DM, DATE_MY_ERA, DATE_ERA, DATE_ERA_CJK):
        yield from pattern.finditer(text)


def _era_date(match: re.Match[str]) -> DateValue | None:
    """The Gregorian date of an era match; None when a bracketed Gregorian year disagrees
    with the era's, or a month name is written in lower case ("may" is a word too)."""
    groups = match.groupdict()
    era = next((name for name in ERAS if name.lower() == match["era"].lower()), None)
    if era is None:
        return None
    year = ERAS[era] + (1 if match["n"] == "元" else int(match["n"])) - 1
    if groups.get("year") and int(groups["year"]) != year:
        return None
    month = groups.get("month")
    if month and not month.isdigit():
        if not month[:1].isupper():
            return None
        month = str(_month(month))
    return _parts_date(year, month, groups.get("day"))


def _parts_date(year: int, month: str | None, day: str | None) -> DateValue | None:
    """A year with an optional month and day, written in digits; None when they make no date."""
    if month is None:
        return DateValue(year)
    if day is None:
        return DateValue(year, int(month)) if 1 <= int(month) <= 12 else None
    return valid_date(year, int(month), int(day))


def in_year(text: str, year: int) -> tuple[int, DateValue] | None:
    """The first day or month without a year in ``text`` ("on 30 June", "in April"), as a
    date of ``year`` with its offset; None when ``text`` has a year of its own or no such
    phrase, or the day does not exist in that month."""
    if YEAR.search(text):
        return None
    for match in _DAY_MONTH.finditer(text):
        if match["lone"]:
            if match["lone"][:1].isupper():  # "may" and "march" are words too
                return match.start(), DateValue(year, _month(match["lone"]))
            continue
        day = match["day"] or match["mday"]
        month = match["month"] or match["month2"]
        value = valid_date(year, _month(month), int(day))
        if value:
            return match.start(), value
    return None


def _numeric(first: int, second: int, year: int, *, dotted: bool = False) -> DateValue | None:
    """ "29/09/1954" is day-month (the second number cannot be a day of a 13th month) and
    "09/29/1954" month-day; where both readings are valid dates and differ ("03/04/1954"),
    neither the day nor the month is known, so only the year is kept. Dots ("05.10.1945")
    are written day-month only (German, Nordic, Slavic usage; no month-day writer uses them)."""
    day_month = valid_date(year, second, first)
    if dotted:
        return day_month or DateValue(year)
    month_day = valid_date(year, first, second)
    if day_month and month_day and day_month != month_day:
        return DateValue(year)
    return day_month or month_day


def _numeric_readings(text: str) -> Iterator[tuple[DateValue | None, DateValue | None]]:
    """(day-month reading, month-day reading) of each undotted numeric date in ``text``,
    either None where it is no date."""
    for match in DATE_NUMERIC.finditer(text):
        if match["sep"] != match["sep2"] or match["sep"] == ".":
            continue
        first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
        yield valid_date(year, second, first), valid_date(year, first, second)


def ambiguous_numeric(text: str) -> list[tuple[DateValue, DateValue]]:
    """(day-month reading, month-day reading) of each numeric date in ``text`` that
    ``_numeric`` keeps as its year alone ("05/04/1995": 5 April or 4 May)."""
    return [
        (day_month, month_day)
        for day_month, month_day in _numeric_readings(text)
        if day_month and month_day and day_month != month_day
    ]


def numeric_order(text: str) -> str | None:
    """The writer's order of day and month in numeric dates, where ``text`` shows it and
    never contradicts it: "dm" when some date can only be day-month ("25/12/1990") and none
    only month-day, "md" the other way round; else None."""
    orders = set()
    for day_month, month_day in _numeric_readings(text):
        if bool(day_month) != bool(month_day):
            orders.add("dm" if day_month else "md")
    return orders.pop() if len(orders) == 1 else None


def resolve_ambiguous(text: str, year: DateValue, profile_text: str, country: str | None = None) -> DateValue | None:
    """The full date behind ``year``, a year kept from an ambiguous numeric date of ``text``
    ("signed 05/04/1995"), when the profile settles the order: one reading is a day the
    profile writes elsewhere with its month in words ("est. 5 Apr 1995"), the profile's
    other numeric dates show its order (``numeric_order``), or else the organization's
    ``country`` writes the day first (any but lexicon/month-first-countries.csv). None when
    nothing settles it."""
    if year.month is not None:
        return None
    readings = [r for r in ambiguous_numeric(text) if r[0].year == year.year]
    if len(readings) != 1:
        return None
    day_month, month_day = readings[0]
    stated = {value for _, _, value in date_spans(profile_text) if value.day is not None}
    if (day_month in stated) != (month_day in stated):
        return day_month if day_month in stated else month_day
    order = numeric_order(profile_text)
    if order is None and country is not None and country not in lexicon.month_first_countries():
        order = "dm"  # "07/08/1920" of a Moroccan office: its country writes the day first
    return day_month if order == "dm" else month_day if order == "md" else None


def valid_date(year: int, month: int, day: int) -> DateValue | None:
    if not 1 <= month <= 12 or not 1 <= day <= _days_in(year, month):
        return None
    return DateValue(year, month, day)


def _days_in(year: int, month: int) -> int:
    if month == 2 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return 28
    return _DAYS_IN_MONTH[month - 1]


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


# Dates written in words, as a speaker says them ("the fourteenth of May, nineteen fifty-two",
# "eighteen hundred and ten", "two thousand and six"): number and ordinal words come from
# lexicon/number-words.csv and lexicon/ordinal-words.csv.
_NUMBER_WORDS = {w: v for w, v in lexicon.number_words().items() if " " not in w and w.isalpha()}
_UNIT_WORDS = "|".join(w for w, v in _NUMBER_WORDS.items() if 1 <= v <= 9)
_TEEN_WORDS = "|".join(w for w, v in _NUMBER_WORDS.items() if 10 <= v <= 19)
_TENS_WORDS = "|".join(w for w, v in _NUMBER_WORDS.items() if 20 <= v <= 90 and v % 10 == 0)
_CENTURY_WORDS = "|".join(w for w, v in _NUMBER_WORDS.items() if 16 <= v <= 20)
_ORDINALS = lexicon.ordinal_words()
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# 10-99 in words: "fifty-two", "fifty two", "eleven", "forty"
_TWO_DIGITS = rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_TEEN_WORDS})"
_SPELLED_YEAR = (
    rf"(?P<century>{_CENTURY_WORDS})\s(?:(?P<tail>{_TWO_DIGITS})|hundred\sand\s(?P<after>{_TWO_DIGITS}|{_UNIT_WORDS}))"
    rf"|two\sthousand\sand\s(?P<after2k>{_TWO_DIGITS}|{_UNIT_WORDS})"
)
_SPELLED_DAY = rf"(?P<day>(?:(?:twenty|thirty)-)?(?:{_ORDINAL_WORDS}))"
# "the second of March, eighteen eighty-three", "the first of April 1940"; a bare spelled year is
# a pattern of its own (one pattern with the day optional is not linear under search);
# "hundred" and "thousand" only with their "and …" ("two thousand people" is a count)
SPELLED_DATE = re.compile(
    rf"(?<![\w-])(?:the\s)?{_SPELLED_DAY}\s(?:day\s)?of\s{_MONTH},?\s(?:(?P<digits>\d{{4}})|{_SPELLED_YEAR})(?![\w-])",
    re.I,
)
SPELLED_YEAR = re.compile(rf"(?<![\w-])(?:{_SPELLED_YEAR})(?![\w-])", re.I)


def _words_value(words: str) -> int:
    """The value of "fifty-two", "fifty two", "eleven" or "seven"."""
    return sum(_NUMBER_WORDS[w] for w in re.split(r"[- ]", words.casefold()))


def _spelled_year(found: re.Match[str]) -> int:
    if found.re is SPELLED_DATE and found["digits"]:
        return int(found["digits"])
    if found["century"] is None:
        return 2000 + _words_value(found["after2k"])
    century = _NUMBER_WORDS[found["century"].casefold()] * 100
    rest = found["tail"] or found["after"]
    return century + (_words_value(rest) if rest else 0)


def _spelled_day(words: str) -> int:
    tens, _, unit = words.casefold().rpartition("-")
    return (_NUMBER_WORDS[tens] if tens else 0) + _ORDINALS[unit]


def with_spelled_dates(text: str) -> str:
    """``text`` with each date or year written in words written in figures ("on the second of
    March, eighteen eighty-three" → "on 2 March 1883"), so the date readers, which read
    figures, read it; an impossible day ("the thirty-ninth of May") stays as written."""
    pieces: list[str] = []
    at = 0
    for found in SPELLED_DATE.finditer(text):
        day, month = _spelled_day(found["day"]), _month(found["month"])
        if not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
            continue
        pieces += [text[at : found.start()], f"{day} {found['month']} {_spelled_year(found)}"]
        at = found.end()
    text = "".join(pieces) + text[at:]
    return SPELLED_YEAR.sub(lambda found: str(_spelled_year(found)), text)


# A chronicler's period before a line's text: "1876–1945 | X", "1953 → X", "c. 1960 – 1974 | X",
# "since 2019 → X", "2005-07-20 → X". A date or a period, then a bar or an arrow ("→", "->"),
# or a spaced long dash ("1953 — X"); "since"/"from" (lexicon/period-words.csv, kind start) or
# "c." may open it. Anchored and bounded, so linear.
_LEAD_DATE = r"\d{4}(?:-\d{2}){0,2}"
_LEAD_OPENERS = lexicon.alternation(word for word, kind in lexicon.table("period-words") if kind == "start")
_DATED_LEAD = re.compile(
    rf"\A(?:(?P<about>c\.\s?)|(?:{_LEAD_OPENERS})\s{{1,3}})?(?P<start>{_LEAD_DATE})"
    rf"(?:\s{{0,3}}[–-]\s{{0,3}}(?P<end>{_LEAD_DATE}|present|today)?)?"
    r"\s{0,3}(?P<mark>→|->|\||—)\s{0,3}(?=\S)",
    re.I,
)


@dataclass(frozen=True)
class DatedLead:
    """The period a chronicler writes before a line ("1930–1937 | President: A")."""

    start: str  # as written, with "c. " when approximate: "1930", "c. 1960", "1948-05-14"
    end: str | None  # "1937", or None when the period is a single date or runs on
    runs_on: bool  # an arrow or "–present": the line holds from the start on ("2019 → Chair: B")
    mark: str  # "|", "→", "->" or "—"
    year: int  # the start's year, to order the lines
    rest: int  # where the line's text begins


def dated_lead(text: str) -> DatedLead | None:
    """The dated lead of ``text`` ("1953 → 1776 Main Street"), or None."""
    found = _DATED_LEAD.match(text)
    if found is None:
        return None
    end = found["end"] if found["end"] and found["end"].lower() not in ("present", "today") else None
    return DatedLead(
        start=f"{'c. ' if found['about'] else ''}{found['start']}",
        end=end,
        runs_on=found["mark"] in ("→", "->") or (found["end"] is not None and end is None),
        mark=found["mark"],
        year=int(found["start"][:4]),
        rest=found.end(),
    )
