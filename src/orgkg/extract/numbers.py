"""Numbers as written: digits, separators, multipliers, qualifiers and currencies.

``amounts(text)`` finds every readable number with its multiplier ("1.4 million",
"12 lakh", "₹2.52 lakh crore", "3.5k"), the qualifier before it ("about", "c.", "≈", a
trailing "+") and a currency written next to it: a sign or ISO code before ("US$", "€",
"CHF 40.2m"), an ISO code or a currency name after ("1.5 billion Swiss francs",
"12 billion yen", "$1.52 billion (AUD)"). Currency names come from CLDR for
every ISO 4217 code, with the signs CLDR writes in the currency's own territories ("₦"),
through tables generated from babel (``lexicon/cldr-currency-*.csv``, devkit/cldr_tables.py);
``ontology/currencies.csv`` adds signs CLDR lacks. A sign or word several currencies share
("$", "Rs.", "kr", "rupees", "pesos"; ``lexicon/cldr-territory-currency-words.csv``) is read
only when the caller gives the profile's country and that country's currency is written so:
"$" in Mexico is MXN, "Rs." in Pakistan PKR; elsewhere the amount keeps the sign as written
(``currency_text``) and no currency, never a guessed one.

A number that cannot be read one way only ("3,6" without a multiplier of a decimal-comma
language, "1.300" alone, a digit run glued to letters) is not read at all:
``unreadable_numbers`` names it for a diagnostic. Numbers that can only be written in the
decimal-comma convention ("12.345.678", "1.234,5") are read in it; a count of people
(``count=True``) reads "8.000" as eight thousand, since a whole count has no decimals.
Every pattern here runs in linear time (tests/test_regex_safety.py).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from types import MappingProxyType

from orgkg.resources import data_file

from . import lexicon

QUALIFIERS = lexicon.count_qualifiers()
MULTIPLIERS = lexicon.multipliers()

# A number token never starts inside a digit run or right after a separator or decimal
# point; its separators are checked afterwards (``_READINGS``), so "3,6", "12.345.678" or
# "1,23" are not read at all rather than read in part. Space grouping ("2 291", also with
# no-break and thin spaces) only where the first group has at most three digits.
# Apostrophe grouping ("1'200'000", "3’400": Swiss usage) is its own reading; no number starts
# after an apostrophe ("'90s", the rest of "12'34").
NUMBER = re.compile(
    r"(?<![\d.,'’])(?P<num>\d{1,3}(?:['’]\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d{1,2}(?!\d))?|\d+(?:[,.]\d+)*)"
)
_SPACE = "\u00a0\u202f "
_GROUPING = re.compile(f"[,'’{_SPACE}]")  # group separators dropped before Decimal()
# The one way each accepted token reads: western (2,100), Indian lakh grouping (2,62,200),
# spaces (2 291), plain digits with an optional decimal point.
_READINGS = (
    re.compile(r"\A\d{1,3}(?:,\d{3})+(?:\.\d+)?\Z"),
    re.compile(r"\A\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?\Z"),
    re.compile(r"\A\d{1,3}(?:[\u00a0\u202f ]\d{3})+\Z"),
    re.compile(r"\A\d+(?:\.\d+)?\Z"),
    re.compile(r"\A\d{1,3}(?:['’]\d{3})+(?:\.\d+)?\Z"),
)
_DECIMAL_COMMA = re.compile(r"\A\d+,\d{1,2}\Z")
# Space groups then a decimal comma ("1 234,5 Mio. €", French and Nordic usage): no other
# convention writes a comma after space groups. Three digits after it ("1 234,567") stay unread.
_SPACED_DECIMAL_COMMA = re.compile(r"\A\d{1,3}(?:[\u00a0\u202f ]\d{3})+,\d{1,2}\Z")
_MULTIPLIER_WORDS = lexicon.alternation(sorted(MULTIPLIERS, key=lambda word: (-len(word), word)))
# A Chinese or Japanese multiplier ("亿", "万") is glued to the word after it ("317,26亿元"): no
# word boundary follows it.
_AFTER_IDEOGRAPH = r"(?<=[\u3400-\u9fff])"
# Up to two multiplier words ("lakh crore", "thousand million"), read from the end of the number.
_MULTIPLIER_WINDOW = 40  # longer than two multiplier words
_MULTIPLIER = re.compile(
    rf"\A\s?(?P<m1>{_MULTIPLIER_WORDS})(?:\b|{_AFTER_IDEOGRAPH})\.?(?:\s(?P<m2>{_MULTIPLIER_WORDS})\b\.?)?",
    re.I,
)
_QUALIFIER_BEFORE = re.compile(rf"(?P<qual>{lexicon.alternation(QUALIFIERS)})\s?$", re.I)
_PLUS_AFTER = re.compile(r"\+")
_AFTER_WINDOW = 60  # longer than any currency name
_CODE_BEFORE_SIGN = re.compile(r"\b(?P<code>[A-Z]{3})\s?$")
_GLUED = re.compile(r"[,.'’]?\d")
# Multipliers of decimal-comma languages make a decimal comma unambiguous: "3,6 Mrd. €",
# "R$ 3,8 bilhões" (lexicon/decimal-comma-words.csv).
_DECIMAL_COMMA_MULTIPLIERS = frozenset(w.casefold() for (w,) in lexicon.table("decimal-comma-words"))
# Written only in the decimal-comma convention: two or more dot groups, or dot groups before a
# decimal comma ("12.345.678", "1.234,5"). A single dot group ("1.300") is either convention.
_CONTINENTAL = re.compile(r"\A\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?\Z|\A\d{1,3}(?:\.\d{3})+,\d+\Z")
_DOT_GROUP = re.compile(r"\A\d{1,3}\.\d{3}\Z")


@dataclass(frozen=True)
class Amount:
    """One number as written, with what it is multiplied by and what it counts."""

    value: Decimal  # multiplier applied
    start: int
    end: int  # end of the whole span: number, multiplier, currency after it
    number_text: str
    qualifier: str | None = None
    multiplier: str | None = None  # the words as written ("lakh crore")
    currency: str | None = None  # ISO 4217
    currency_text: str | None = None  # the sign, code or name as written

    @property
    def is_money(self) -> bool:
        """Written with a currency, also one a shared sign leaves unresolved ("$" alone)."""
        return bool(self.currency or self.currency_text)

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


@dataclass(frozen=True)
class _CurrencyWords:
    before: re.Pattern[str]  # a sign or ISO code right before the number
    after: re.Pattern[str]  # an ISO code or a currency name right after it
    codes: Mapping[str, str]  # casefolded sign/code/word → ISO 4217


@cache
def _table_words() -> tuple[tuple[str, str], ...]:
    with data_file("ontology", "currencies.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row and not row[0].startswith("#")]
    return tuple((sign, code) for sign, code in rows[1:])


def _cldr_names() -> Mapping[str, str]:
    """English currency names (singular and plural) for every ISO 4217 code, from CLDR.

    A name's last word alone ("francs", "rand", "yen") maps to its code when only one
    currency uses it; a word several currencies share maps only through currencies.csv.
    """
    return lexicon.cldr_currency_names()


@cache
def _cldr_symbols() -> Mapping[str, str]:
    """CLDR English currency symbols that are not plain letters ("A$", "R$", "₹", "CA$")."""
    return MappingProxyType({s.sign: s.code for s in lexicon.cldr_currency_signs() if not s.local})


@cache
def _cldr_local_symbols() -> Mapping[str, str]:
    """Currency signs CLDR gives only in the locales of the territories that use the currency
    ("₦" in Nigeria, "₲" in Paraguay), for the currencies whose English symbol is no sign. A
    sign two currencies share ("$") is left out."""
    return MappingProxyType({s.sign: s.code for s in lexicon.cldr_currency_signs() if s.local})


def _by_length(items: Iterable[str]) -> list[str]:
    """Longest first, so an alternation tries "NZ$" before "$"."""
    return sorted(set(items), key=lambda word: (-len(word), word))


@cache
def _currency_words() -> _CurrencyWords:
    codes: dict[str, str] = {}
    for sign, code in _table_words():  # the table first: its defaults win over CLDR
        codes.setdefault(sign.casefold(), code)
    for word, code in {**_cldr_symbols(), **_cldr_local_symbols(), **_cldr_names()}.items():
        codes.setdefault(word.casefold(), code)
    words = [*lexicon.currency_words(), *_cldr_names()]
    words += [sign for sign, _ in _table_words() if sign[-1:].isalpha()]
    # words several currencies share ("dinars", "rupees"): read, and resolved by the country
    words += [row.word for row in lexicon.cldr_territory_currency_words() if row.word.isalpha()]
    words += [word for _territory, _code, word in lexicon.table("shared-currency-words")]  # "FCFA"
    signs = [sign for sign, _ in _table_words() if not sign.isalpha()] + list(_cldr_symbols())
    signs += list(_cldr_local_symbols())
    signs = [sign for sign in signs if not any(ch.isspace() for ch in sign)]
    # Before the number: a sign ("R$", "€"), a code ("CHF") or a short letter sign ("KSh").
    before = re.compile(
        rf"(?P<cur>{lexicon.alternation(_by_length(signs))}|\b[A-Z]{{3}}|\b[A-Z][A-Za-z]{{1,3}}\.?)\s?$",
    )
    # After it: a name ("Swiss francs"), a code, bracketed or not ("(AUD)"), or a sign ("€").
    after = re.compile(
        # "12,5 millones de euros", "3 millions d'euros": the currency after "de"/"d'"
        rf"\A\s?(?:(?:de\s|d['’])?(?P<cur>{lexicon.alternation(_by_length(words))})\b|\(?(?P<code>[A-Z]{{3}})\b\)?"
        rf"|(?P<sign>{lexicon.alternation(_by_length(s for s in signs if not s[-1:].isalnum()))}))",
        re.I,
    )
    return _CurrencyWords(before, after, MappingProxyType(codes))


def built_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns built from the lexicon and CLDR at run time, for tests/test_regex_safety.py."""
    words = _currency_words()
    return words.before, words.after


@dataclass(frozen=True)
class _SharedWords:
    codes: Mapping[str, frozenset[str]]  # casefolded word → the currencies written with it
    own: Mapping[str, str]  # territory → its currency


@cache
def _shared_words() -> _SharedWords:
    codes: dict[str, set[str]] = {}
    own: dict[str, str] = {}
    for row in lexicon.cldr_territory_currency_words():
        codes.setdefault(row.word.casefold(), set()).add(row.code)
        own[row.territory] = row.code
    for territory, code, word in lexicon.table("shared-currency-words"):  # "FCFA": XOF or XAF
        codes.setdefault(word.casefold(), set()).add(code)
        own.setdefault(territory, code)
    for sign, code in _table_words():  # "Rs." is also written for INR, though CLDR says "₹"
        key = sign.casefold().rstrip(".")
        if key in codes:
            codes[key].add(code)
    return _SharedWords(MappingProxyType({w: frozenset(c) for w, c in codes.items()}), MappingProxyType(own))


def shared_currency(sign: str) -> bool:
    """A sign or word several currencies are written with ("$", "Rs.", "kr", "pesos")."""
    return " ".join(sign.split()).casefold().rstrip(".") in _shared_words().codes


def shared_sign_currencies(sign: str) -> frozenset[str]:
    """The ISO 4217 codes a shared sign or word is written for ("$": USD, CAD, AUD ...)."""
    return _shared_words().codes.get(" ".join(sign.split()).casefold().rstrip("."), frozenset())


def is_currency_word(word: str) -> bool:
    """Whether ``word`` alone is written for a currency: a sign, a currency word or an ISO 4217
    code in any case ("€", "Rs.", "rupees", "usd"), shared by several currencies or not."""
    candidates = {word, word.rstrip("."), word.upper()} - {""}
    return any(shared_currency(c) or currency(c) is not None for c in candidates)


def currency(sign: str | None, country: str | None = None) -> str | None:
    """ISO 4217 code for a currency sign, code or name as written, or None.

    A sign several currencies share is read only as the currency of ``country`` (ISO 3166-1
    alpha-2, the profile's address), when that currency is written with it; else None."""
    if not sign:
        return None
    sign = re.sub(r"\s+", " ", sign.strip())
    if shared_currency(sign):
        shared = _shared_words()
        own = shared.own.get(country) if country else None
        return own if own in shared.codes[sign.casefold().rstrip(".")] else None
    if re.fullmatch(r"[A-Z]{3}", sign):
        import pycountry

        return sign if pycountry.currencies.get(alpha_3=sign) else None
    return _currency_words().codes.get(sign.casefold())


# A comma with one or two digits after it, right before a multiplier word of more than
# one letter ("1,2 billion", "317,26 hundred million"), is a decimal comma in any language: no
# grouping leaves fewer than three digits after its last comma. Alone ("3,6") it stays unread; a
# one-letter multiplier may be a unit ("3,5 m" high).
_ONE_COMMA_GROUP = re.compile(r"\A\d{1,3},\d{3}\Z")
# Western usage in the same text: a decimal point before a multiplier ("3.5 million") or two comma
# groups ("1,234,567").
_SHORT_COMMA_GROUP = re.compile(r"\d,\d{1,2}(?!\d)")
_WESTERN = re.compile(r"\A\d+\.\d+\Z|\A\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?\Z")


def _multiplier_after(text: str, end: int) -> tuple[list[str], int]:
    """The multiplier words right after a number that ends at ``end`` ("1.2 billion", "5 lakh
    crore") and how many characters they take; none: ``([], 0)``."""
    found = _MULTIPLIER.match(text[end : end + _MULTIPLIER_WINDOW])
    if found is None:
        return [], 0
    return [w for w in (found["m1"], found["m2"]) if w], found.end()


def _short_decimal_comma(number: str, multiplier_words: list[str]) -> bool:
    word = multiplier_words[0].rstrip(".") if multiplier_words else ""
    return (len(word) > 1 or not word.isascii()) and bool(_DECIMAL_COMMA.match(number))


def _writes_decimal_comma(text: str) -> bool:
    """The writer of ``text`` puts a comma before decimals: a short decimal comma before a
    multiplier ("1,2 billion") and no western number before one ("3.5 million", "1,234,567").
    Then "31,726 billion" in the same text is 31.726 billion, not 31,726 billion."""
    if not _SHORT_COMMA_GROUP.search(text):
        return False  # the common case, checked once: no comma with one or two digits after it
    short = western = False
    for match in NUMBER.finditer(text):
        multiplier_words, _ = _multiplier_after(text, match.end())
        short = short or _short_decimal_comma(match["num"], multiplier_words)
        western = western or bool(multiplier_words and _WESTERN.match(match["num"]))
    return short and not western


def _decimal(
    number: str, multiplier_words: list[str], count: bool = False, writes_decimal_comma: bool = False
) -> Decimal | None:
    """The value of digits as written, or None where they do not read one way only.

    ``count``: the number counts whole things (people), so "8.000" and "1.300" can only be
    dot-grouped thousands. ``writes_decimal_comma``: the text shows elsewhere that its writer
    puts a comma before decimals (``_writes_decimal_comma``), so "31,726 billion" is 31.726."""
    german = bool(multiplier_words) and multiplier_words[0].casefold().rstrip(".") in _DECIMAL_COMMA_MULTIPLIERS
    if not german and _short_decimal_comma(number, multiplier_words):
        return Decimal(number.replace(",", "."))
    if writes_decimal_comma and multiplier_words and _ONE_COMMA_GROUP.match(number):
        return Decimal(number.replace(",", "."))
    if _CONTINENTAL.match(number) or (_DOT_GROUP.match(number) and (german or (count and not multiplier_words))):
        number = number.replace(".", "").replace(",", ".")
    elif _SPACED_DECIMAL_COMMA.match(number):
        number = number.replace(",", ".")
    elif _DOT_GROUP.match(number) and not multiplier_words:
        return None  # "1.300": 1.3 or 1300, nothing in the number says which
    elif _DECIMAL_COMMA.match(number):  # "3,6": a decimal comma, readable only before "Mrd."/"Mio."
        if not german:
            return None
        number = number.replace(",", ".")
    elif german and "," in number:
        return None  # "3,600 Mrd." could be either
    elif not any(reading.match(number) for reading in _READINGS):
        return None
    digits = _GROUPING.sub("", number)
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _currency_word_follows(text: str, at: int) -> int | None:
    """Where a currency word ("pesos") right after a space at ``at`` ends, else None."""
    if not text[at : at + 1].isspace():
        return None
    found = _currency_words().after.match(text[at : at + _AFTER_WINDOW])
    return at + found.end("cur") if found and found["cur"] else None


def amounts(text: str, *, count: bool = False, country: str | None = None) -> list[Amount]:
    """Every readable number in ``text``, with multiplier, qualifier and adjacent currency.

    ``count``: the numbers count whole things (a headcount): "8.000" is eight thousand.
    ``country``: the profile's address country, which alone resolves a shared sign ("$")."""
    found: list[Amount] = []
    words = _currency_words()
    writes_decimal_comma = _writes_decimal_comma(text)
    for match in NUMBER.finditer(text):
        number, end = match["num"], match.end()
        if _GLUED.match(text, end):
            continue  # "12 345,6": a space-grouped number glued to a separator and digit
        multiplier_words, multiplier_length = _multiplier_after(text, end)
        value = _decimal(number, multiplier_words, count, writes_decimal_comma)
        if value is None:
            continue
        end += multiplier_length
        for word in multiplier_words:
            value = value.scaleb(MULTIPLIERS[word.casefold().rstrip(".")])
        qualifier = None
        if _PLUS_AFTER.match(text, end):
            qualifier, end = "+", end + 1
        code = code_text = None
        window_start = max(0, match.start() - 8)
        before = words.before.search(text, window_start, match.start())
        if before and (currency(before["cur"]) or shared_currency(before["cur"])):
            code, code_text = currency(before["cur"], country), before["cur"]
            start = before.start()
            # "CAD $1.2 billion", "AUD $ 40m": an ISO code before the sign names which dollars
            named = _CODE_BEFORE_SIGN.search(text, max(0, start - 5), start)
            if named and not before["cur"].isalpha() and currency(named["code"]):
                code, code_text, start = currency(named["code"]), f"{named['code']} {before['cur']}", named.start()
        else:
            start = match.start()
        after = words.after.match(text[end : end + _AFTER_WINDOW])
        further = _currency_word_follows(text, end + after.end()) if after and after["cur"] else None
        if (
            after
            and further is not None
            and currency(after["cur"], country) != currency(text[end + after.end() : further].strip(), country)
        ):
            # "10 million gold pesos", "5 million gold francs": a currency word before another
            # one of another currency qualifies it, a historical unit no code names: the words
            # kept, no currency read ("pound sterling", one currency twice, is read as before)
            code, code_text, end, after = None, text[end + after.start("cur") : further], further, None
        if after:
            written = after["cur"] or after["code"] or after["sign"]
            read = currency(written, country)
            if read and (code is None or read == code or after["code"]):
                # "$1.52 billion (AUD)": the code after names which dollars
                code, code_text, end = read, written, end + after.end()
            elif not read and shared_currency(written) and code is None:
                # "48 billion pesos" with no country that uses pesos: the word kept, no currency
                code_text, end = code_text or written, end + after.end()
        qualifier_match = _QUALIFIER_BEFORE.search(text, max(0, start - 16), start)
        if qualifier_match and (qualifier_match.start() == 0 or not text[qualifier_match.start() - 1].isalnum()):
            qualifier = qualifier_match["qual"].lower()
            start = qualifier_match.start()
        try:
            value = value.normalize()
            if value == value.to_integral_value():
                value = value.quantize(Decimal(1))
        except InvalidOperation:  # more digits than a decimal context holds: not an amount
            continue
        found.append(
            Amount(
                value=value,
                start=start,
                end=end,
                number_text=number,
                qualifier=qualifier,
                multiplier=" ".join(multiplier_words) or None,
                currency=code,
                currency_text=code_text,
            )
        )
    return found


_NUMBER_WORDS = lexicon.number_words()
_TENS = lexicon.alternation(
    sorted((w for w, v in _NUMBER_WORDS.items() if v % 10 == 0 and 20 <= v < 100), key=len, reverse=True)
)
_UNITS = lexicon.alternation(sorted((w for w, v in _NUMBER_WORDS.items() if v < 10), key=len, reverse=True))
# a word worth 1 ("one") only after a tens word: "one of the largest employers" is no count
_ANY_WORD = lexicon.alternation(sorted((w for w, v in _NUMBER_WORDS.items() if v > 1), key=lambda w: (-len(w), w)))
# "forty-two", "forty two", "fifty", "a dozen": a tens word with an optional unit, or any one word.
_WORD_NUMBER = re.compile(rf"\b(?:(?P<tens>{_TENS})[- ](?P<unit>{_UNITS})|(?P<word>{_ANY_WORD}))\b", re.I)


_NUMBER_GLUE = frozenset({"and", "a", "half", "-"})


def _in_longer_number(text: str, start: int, end: int) -> bool:
    """The number words at ``start:end`` are part of a longer number written in words: a
    number word or multiplier before them ("hundred and twenty"), or "and" with a number word
    or "a half" after them ("eighteen and a half billion")."""
    before = [w.strip(",").casefold() for w in text[max(0, start - 40) : start].split()]
    while before and before[-1] in _NUMBER_GLUE - {"half"}:
        before.pop()
        if before and (before[-1] in _NUMBER_WORDS or before[-1] in MULTIPLIERS):
            return True
    if before and before[-1] in MULTIPLIERS and text[:start].rstrip() != text[:start]:
        return True  # "hundred twenty"
    after = [w.strip(",").casefold() for w in text[end : end + 40].split()[:3]]
    # "two thousand and twenty-five": a hyphenated tens word after "and" goes on too
    following = after[1].split("-")[0] if len(after) >= 2 else ""
    return len(after) >= 2 and after[0] == "and" and (following in _NUMBER_WORDS or after[1:3] == ["a", "half"])


# "two hundred and twenty-five thousand": after "<units> hundred", "and" and a
# number below a hundred add to the hundreds, and a multiplier after them scales the whole.
_HUNDREDS_AND = re.compile(rf"\s(?i:and)\s(?:(?P<tens>{_TENS})[- ](?P<unit>{_UNITS})|(?P<word>{_ANY_WORD}))\b", re.I)


def _hundreds_and(text: str, end: int, number: Decimal) -> tuple[Decimal, list[str], int] | None:
    """The number "<n> hundred and <m> [multiplier]" whose "<n> hundred" ends at ``end``, its
    multiplier words and its end; None when no "and" and a number below a hundred follow."""
    found = _HUNDREDS_AND.match(text, end)
    if found is None:
        return None
    if found["tens"]:
        part = _NUMBER_WORDS[found["tens"].casefold()] + _NUMBER_WORDS[found["unit"].casefold()]
    else:
        part = _NUMBER_WORDS.get(" ".join(found["word"].casefold().split()), 100)
    if part >= 100:
        return None  # "two hundred and a thousand …": no number below a hundred
    words, length = _multiplier_after(text, found.end())
    value = number + part
    for word in words:
        value = value.scaleb(MULTIPLIERS[word.casefold().rstrip(".")])
    return value, words, found.end() + length


def word_amounts(text: str, country: str | None = None) -> list[Amount]:
    """Counts written in words ("roughly fifty", "some two thousand"), with multiplier and
    qualifier as ``amounts`` reads them, and a currency named right after them ("eighty-seven
    million euros"; a shared word such as "dollars" only in ``country``, as ``amounts``)."""
    found: list[Amount] = []
    words_after = _currency_words().after
    for match in _WORD_NUMBER.finditer(text):
        if match["tens"]:
            value = _NUMBER_WORDS[match["tens"].casefold()] + _NUMBER_WORDS[match["unit"].casefold()]
        else:
            value = _NUMBER_WORDS[" ".join(match["word"].casefold().split())]
        end, number = match.end(), Decimal(value)
        words, multiplier_length = _multiplier_after(text, end)
        for word in words:
            number = number.scaleb(MULTIPLIERS[word.casefold().rstrip(".")])
        end += multiplier_length
        compound = _hundreds_and(text, end, number) if [w.casefold() for w in words] == ["hundred"] else None
        if compound is not None:
            number, more, end = compound
            words = [*words, *more]
        if _in_longer_number(text, match.start(), end):
            continue  # "one hundred and twenty million", "eighteen and a half": not read in part
        code = code_text = None
        after = words_after.match(text[end : end + _AFTER_WINDOW])
        if after and after["cur"]:  # a currency name; a code or sign after a word is not written
            code, code_text = currency(after["cur"], country), after["cur"]
            end += after.end() if code else 0
            code_text = code_text if code else None
        start, qualifier = match.start(), None
        qualifier_match = _QUALIFIER_BEFORE.search(text, max(0, start - 16), start)
        if qualifier_match and (qualifier_match.start() == 0 or not text[qualifier_match.start() - 1].isalnum()):
            qualifier, start = qualifier_match["qual"].lower(), qualifier_match.start()
        found.append(
            Amount(
                value=number.quantize(Decimal(1)),
                start=start,
                end=end,
                number_text=match[0],
                qualifier=qualifier,
                multiplier=" ".join(words) or None,
                currency=code,
                currency_text=code_text,
            )
        )
    return found


_DIGIT_RUN = re.compile(r"(?<![\d.,])\d[\d.,]*")


def unreadable_numbers(text: str) -> list[str]:
    """Digit runs ``amounts`` could not read one way only ("3,6 billion", "12.345.678")."""
    readable = {(a.start, a.end) for a in amounts(text)}
    starts = {a.start for a in amounts(text)} | {a.end for a in amounts(text)}
    covered = [range(s, e) for s, e in readable]
    bad: list[str] = []
    for match in _DIGIT_RUN.finditer(text):
        if match.start() in starts or any(match.start() in span for span in covered):
            continue
        bad.append(match[0].rstrip(".,"))
    return bad
