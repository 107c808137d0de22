"""Generate the CLDR/ISO-derived lexicon tables the extractor reads at run time.

Usage::

    python -m devkit.cldr_tables          # rewrite the tables under ontology/lexicon/
    python -m devkit.cldr_tables --check  # exit 1 if a shipped table differs

Scanning babel's ~600 CLDR locales and pycountry's gettext catalogs costs seconds (loading
pycountry's subdivision database ~0.1 s); the extractor used to do it in every process. The
tables hold the result once:

* ``cldr-currency-names.csv`` — English currency names (singular, plural) for every ISO 4217
  code, and a name's last word where only one currency uses it ("yen", "rand");
* ``cldr-currency-signs.csv`` — CLDR's English symbols that are not plain letters ("A$",
  "₹"), then the signs CLDR writes only in a currency's own territories ("₦" in und_NG); a
  sign two currencies share is left out;
* ``country-names-i18n.csv`` — country names in every language of pycountry's catalogs
  (short, official, common; also uninverted) → ISO 3166-1 alpha-2, names two countries
  share left out, and only what ``extract.address.country_code`` can reach: no name
  pycountry's English lookup already resolves, none starting with "the " or with spaces
  around it;
* ``iso-3166-2-subdivisions.csv`` — every country's ISO 3166-2 subdivisions (code, name,
  type), so no process loads pycountry's subdivision database (~0.1 s);
* ``native-month-spellings.csv`` — CLDR's wide month names (format and stand-alone) of the
  languages whose writers date in their own words inside English text ("13 ноября 2007 г.",
  "30 października 1951 r.", "11 Temmuz 1933"), minus the spellings ``month-spellings.csv``
  already has and the words that are names too.

Each table's header records the babel/CLDR and pycountry versions it was made from;
``tests/test_cldr_tables.py`` regenerates the tables and compares when those versions are
installed. Needs babel and pycountry; the orgkg runtime needs neither for these tables.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from orgkg.extract.address import _uninverted  # the one place names are uninverted
from orgkg.resources import data_dir

_VERSIONS_LINE = re.compile(r"\A# versions: (?P<versions>.+)\Z")


@dataclass(frozen=True)
class Table:
    name: str  # ontology/lexicon/<name>.csv
    header: tuple[str, ...]
    description: tuple[str, ...]  # comment lines after the header
    uses_babel: bool  # pycountry alone otherwise


def installed_versions(table: Table) -> str:
    """The versions of the libraries ``table`` is made from, as recorded in its header."""
    found = [f"pycountry {version('pycountry')}"]
    if table.uses_babel:
        from babel.core import get_cldr_version

        found.insert(0, f"babel {version('babel')} (CLDR {get_cldr_version()})")
    return ", ".join(found)


def recorded_versions(path: Path) -> str | None:
    """The versions line of a shipped table, or None when it has none."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            match = _VERSIONS_LINE.match(line.rstrip("\n"))
            if match:
                return match["versions"]
    return None


def _is_sign(symbol: str) -> bool:
    """A symbol holding a currency sign ("₦", "NZ$", "GH₵"), not letters alone ("kr", "NGN")."""
    return any(unicodedata.category(ch) == "Sc" for ch in symbol)


def currency_names() -> list[tuple[str, str, str]]:
    """(casefolded English name, ISO 4217, source) in the order the extractor adds them."""
    import pycountry
    from babel import Locale
    from babel.numbers import get_currency_name

    iso = {currency.alpha_3 for currency in pycountry.currencies}
    names: dict[str, tuple[str, str]] = {}
    heads: dict[str, set[str]] = {}
    for code in sorted(Locale("en").currencies):
        if code not in iso or code.startswith("X"):  # X..: metals, funds, testing codes
            continue
        for count, source in ((1, "singular"), (2, "plural")):
            name = get_currency_name(code, count=count, locale="en").casefold()
            if name == code.casefold():
                continue
            names.setdefault(name, (code, source))
            heads.setdefault(name.rsplit(" ", 1)[-1], set()).add(code)
    for head, codes in heads.items():
        if len(codes) == 1 and len(head) > 2:  # a word several currencies share stays out
            names.setdefault(head, (next(iter(codes)), "last-word"))
    return [(name, code, source) for name, (code, source) in names.items()]


def currency_signs() -> list[tuple[str, str, str]]:
    """(sign, ISO 4217, source): CLDR's English symbols first, then territory-locale signs."""
    import pycountry
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_currency_symbol, get_territory_currencies

    english: dict[str, str] = {}
    for currency in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        symbol = get_currency_symbol(currency.alpha_3, locale="en")
        if symbol != currency.alpha_3 and not symbol.isalpha():
            english.setdefault(symbol, currency.alpha_3)
    local: dict[str, dict[str, list[str]]] = {}  # sign → code → territory locales
    for territory in sorted(Locale("en").territories):
        if not (len(territory) == 2 and territory.isalpha()):
            continue  # "001", "419": regions of the world, no currency
        codes = [c for c in get_territory_currencies(territory) if not _is_sign(get_currency_symbol(c, "en"))]
        if not codes:
            continue
        try:
            locale = Locale.parse(f"und_{territory}")
        except (UnknownLocaleError, ValueError):
            continue
        for code in codes:
            symbol = locale.currency_symbols.get(code)
            if symbol and _is_sign(symbol):
                local.setdefault(symbol, {}).setdefault(code, []).append(f"und_{territory}")
    rows = [(sign, code, "en") for sign, code in english.items()]
    for sign, by_code in local.items():
        if len(by_code) == 1:
            ((code, territories),) = by_code.items()
            rows.append((sign, code, " ".join(territories)))
    return rows


# The day the territories' currencies are read for, fixed so the table does not change with
# the day it is generated on.
_CURRENCIES_ON = (2025, 1, 1)


def territory_currency_words() -> list[tuple[str, str, str]]:
    """(territory, ISO 4217, word): the signs a territory's currency is written with in the
    territory's official languages and in English, and the last word of its English name
    ("pesos"), kept only where several currencies share the word ("$", "Rs", "rupees")."""
    import datetime

    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

    rows: set[tuple[str, str, str]] = set()
    for territory in sorted(Locale("en").territories):
        if not (len(territory) == 2 and territory.isalpha()):
            continue
        codes = get_territory_currencies(territory, datetime.date(*_CURRENCIES_ON))
        if not codes:
            continue
        code = codes[0]  # the territory's own currency, not a second tender
        words = {get_currency_symbol(code, "en")}
        for language in ("und", *get_official_languages(territory)):
            try:
                words.add(Locale.parse(f"{language}_{territory}").currency_symbols.get(code, code))
            except (UnknownLocaleError, ValueError):
                continue
        for count in (1, 2):
            words.add(get_currency_name(code, count=count, locale="en").rsplit(" ", 1)[-1].casefold())
        for word in words:
            word = word.rstrip(".")
            if word and not word.isupper():  # an ISO code ("PKR") is no shared sign
                rows.add((territory, code, word))
    codes_of: dict[str, set[str]] = {}
    for _, code, word in rows:
        codes_of.setdefault(word, set()).add(code)
    return sorted(row for row in rows if len(codes_of[row[2]]) > 1)


def country_names() -> list[tuple[str, str]]:
    """(casefolded name in some language, alpha-2), sorted, as ``country_code`` needs them."""
    import pycountry

    found: dict[str, set[str]] = {}
    catalogs = [gettext.NullTranslations()]
    for language in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            catalogs.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]))
        except OSError:  # a language with no country catalog
            continue
    for country in pycountry.countries:
        english = {getattr(country, attr, None) for attr in ("name", "official_name", "common_name")}
        for name in filter(None, english):
            for catalog in catalogs:
                local = catalog.gettext(name)
                for written in {local, _uninverted(local)}:
                    found.setdefault(written.casefold(), set()).add(country.alpha_2)
    rows = []
    for name, codes in sorted(found.items()):
        if len(codes) != 1 or name.startswith("the ") or name != name.strip():
            continue  # shared, read without "the", or never looked up (the name is stripped)
        if name.isascii() and _english_lookup(name):
            continue  # the English lookup answers first (an ASCII name lower-cases as it casefolds)
        rows.append((name, next(iter(codes))))
    return rows


def subdivisions() -> list[tuple[str, str, str, str]]:
    """(country alpha-2, ISO 3166-2 code without the country, name, type), sorted by code
    (pycountry hands a country's subdivisions over as a set: its order varies per process)."""
    import pycountry

    return sorted((s.country_code, s.code.split("-", 1)[1], s.name, s.type) for s in pycountry.subdivisions)


def _english_lookup(name: str) -> bool:
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


# Languages whose month names the date reader knows (extract/dates.py, round 62). Croatian
# is left out: its "listopad" is October, the Polish and Czech one November.
_NATIVE_MONTH_LOCALES = ("ru", "uk", "be", "bg", "pl", "cs", "sk", "sl", "tr", "ro", "hu")
_NATIVE_MONTH_NAMES_TOO = frozenset({"augusta"})  # Slovak "augusta" is a name and a town


def native_month_spellings() -> list[tuple[str, str]]:
    from babel import Locale

    with (data_dir("ontology") / "lexicon" / "month-spellings.csv").open(encoding="utf-8", newline="") as handle:
        known = {row[0].lower() for row in csv.reader(handle) if row and not row[0].startswith("#")}
    found: set[tuple[str, str]] = set()
    for code in _NATIVE_MONTH_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for number, name in months[context]["wide"].items():
                word = name.lower()
                if word not in known and word not in _NATIVE_MONTH_NAMES_TOO:
                    found.add((word, str(number)))
    return sorted(found, key=lambda row: (int(row[1]), row[0]))


TABLES = {
    "cldr-currency-names": (
        Table(
            "cldr-currency-names",
            ("name", "code", "source"),
            (
                "English currency names from CLDR (babel) for every ISO 4217 code pycountry knows",
                "(no X.. codes), casefolded; source: singular, plural, or last-word (a name's last",
                "word, where only one currency uses it). Read by extract/numbers.py.",
            ),
            uses_babel=True,
        ),
        currency_names,
    ),
    "cldr-currency-signs": (
        Table(
            "cldr-currency-signs",
            ("sign", "code", "source"),
            (
                "Currency signs from CLDR (babel). source en: the English symbol, when it is not",
                "plain letters; und_XX: the sign CLDR writes only in the currency's own territories",
                "(for currencies whose English symbol is no sign), a sign two currencies share left",
                "out. Read by extract/numbers.py.",
            ),
            uses_babel=True,
        ),
        currency_signs,
    ),
    "cldr-territory-currency-words": (
        Table(
            "cldr-territory-currency-words",
            ("territory", "code", "word"),
            (
                "Currency signs and words several currencies share ('$', 'Rs', 'kr', 'rupees',",
                "'pesos'), from CLDR (babel): the territory (ISO 3166-1), its own currency and a",
                "sign it is written with there (English or an official language; a final stop",
                "dropped) or the last word of its English name. Read by extract/numbers.py: a",
                "shared sign is read only where the address country names its currency.",
            ),
            uses_babel=True,
        ),
        territory_currency_words,
    ),
    "country-names-i18n": (
        Table(
            "country-names-i18n",
            ("name", "code"),
            (
                "Country names (casefolded) in every language of pycountry's iso3166-1 catalogs:",
                "short, official and common names, also uninverted ('republic of korea') -> ISO",
                "3166-1 alpha-2. Left out: names two countries share, names pycountry's English",
                "lookup resolves, names starting with 'the ' or with spaces around them (never",
                "looked up). Read by extract/address.py.",
            ),
            uses_babel=False,
        ),
        country_names,
    ),
    "iso-3166-2-subdivisions": (
        Table(
            "iso-3166-2-subdivisions",
            ("country", "code", "name", "type"),
            (
                "ISO 3166-2 subdivisions from pycountry: country (alpha-2), code without the",
                "country ('ON' of 'CA-ON'), English name, subdivision type; sorted by code. Read by",
                "extract/address.py (region names and codes) and plausibility.py.",
            ),
            uses_babel=False,
        ),
        subdivisions,
    ),
    "native-month-spellings": (
        Table(
            "native-month-spellings",
            ("word", "month"),
            (
                "CLDR wide month names (format and stand-alone) of Russian, Ukrainian, Belarusian,",
                "Bulgarian, Polish, Czech, Slovak, Slovenian, Turkish, Romanian and Hungarian,",
                "lowercase, minus the spellings month-spellings.csv already has. Croatian is left out",
                "(its 'listopad' is October, the Polish and Czech one November), and Slovak 'augusta'",
                "(a name and a town). Read by extract/dates.py only right before a four-digit year",
                "('13 ноября 2007 г.', '11 Temmuz 1933'), never alone ('Mart', 'maja' are words too).",
            ),
            uses_babel=True,
        ),
        native_month_spellings,
    ),
}


def render(name: str) -> str:
    """The full text of table ``name`` as generated from the installed libraries."""
    table, rows = TABLES[name]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.header)
    out.write("# Generated by devkit/cldr_tables.py (python -m devkit.cldr_tables); do not edit.\n")
    for line in table.description:
        out.write(f"# {line}\n")
    out.write(f"# versions: {installed_versions(table)}\n")
    for row in rows():
        if any(cell != cell.strip() or not cell or cell.startswith("#") for cell in row):
            raise ValueError(f"{name}: a value the lexicon reader cannot hold: {row!r}")
        writer.writerow(row)
    return out.getvalue()


def table_path(name: str) -> Path:
    return data_dir("ontology") / "lexicon" / f"{name}.csv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write; exit 1 on a difference")
    args = parser.parse_args(argv)
    differs = []
    for name in TABLES:
        text = render(name)
        path = table_path(name)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        differs.append(name)
        if not args.check:
            path.write_text(text, encoding="utf-8", newline="")
            print(f"wrote {path}")
    if args.check and differs:
        print(f"out of date: {', '.join(differs)} (run python -m devkit.cldr_tables)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
