"""Headquarters addresses and country names.

The address is split into parts (commas, spaced dashes), the country taken from the last
part (pycountry + ``ontology/country-aliases.csv``), then read right to left with the
country's postal-code pattern and position (``lexicon/postal-codes.csv``) and its region
names and codes (``lexicon/iso-3166-2-subdivisions.csv``): "Ottawa, Ontario K1A 0R6", "10117 Berlin",
"Acton ACT 2601", "Chofu-shi, Tokyo 182-8522", "Rio de Janeiro, RJ – 21040-900",
"C.P. 11560, Ciudad de México", "28223 Pozuelo de Alarcón (Madrid)", "Lagos, Lagos State".
A country is recognised in any language pycountry translates ("España", "República
Argentina", "Republic of Korea"; ``lexicon/country-names-i18n.csv``, generated from
pycountry's catalogs by devkit/cldr_tables.py). The locality never holds a region or postal code; a
post-office-box part ("P.O. Box …", "CP 401") is neither street nor locality; only the
first address is read (a second one after ";" is not). An address written from the largest
part down ("185-8601, Tokyo, Kokubunji City, Higashi-Koigakubo 1-280") is read from the left;
beside a native-script line, the romanised line is the address read. A line opening with its
country ("127006, Russian Federation, Moscow, Karetny Ryad, 5/10") is read from the country
down. Where the layout is not recognised
only the street (the first part) is kept, and nothing but the country when no country is
recognised; ``address_findings`` says why; the field statement keeps the text.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from orgkg.model import Address, Field, FieldStatus, Identity, Severity

from . import lexicon
from .budget import Finding, lead_status
from .dates import dated_lead
from .lexicon import country_code as country_code  # defined in the shared layer; importable from here too
from .names import own_possessive_opening
from .reader import ReaderResult
from .status import NOT_PUBLIC
from .text import closing_labelled_value, record

_PARTS = re.compile(r",\s*|\s[–—-]\s")
_POSTAL_MARK = re.compile(r"\A(?:〒\s?|[A-Z]{1,2}-(?=\d))")  # "〒305-8505", "CH-1015"
_DISTRICT = re.compile(r"(?P<name>[^\W\d_][^\d,]{0,40}) (?P<number>\d{1,2})")
# "Paris Cedex 16": a delivery office, written as part of the locality (kept there)
_CEDEX = re.compile(r"(?P<name>[^\W\d_][^\d,]{0,40}) (?:CEDEX|Cedex)(?: \d{1,3})?")
# "Toulouse cedex", "PARIS CEDEX 15": the same delivery office in any case
_ANY_CASE_CEDEX = re.compile(r"(?P<name>[^\W\d_][^\d,]{0,40}) cedex(?: \d{1,3})?", re.I)


@cache
def _delivery_office_countries() -> frozenset[str]:
    return frozenset(country for (country,) in lexicon.table("delivery-office-countries"))


def _town_only(address: Address) -> Address:
    """ "75598 Paris Cedex 12", "1211 Geneva 20": the locality is the town; the delivery office
    written after it (CEDEX, or a numbered office in ``delivery-office-countries`` after a
    postal code) stays in the verbatim only (FORMAT.md). A city district ("Prague 1",
    "Dublin 2") is part of the locality still."""
    locality = address.locality
    if not locality:
        return address
    cedex = _ANY_CASE_CEDEX.fullmatch(locality)
    office = (
        _DISTRICT.fullmatch(locality)
        if address.postal_code and address.country in _delivery_office_countries()
        else None
    )
    match = cedex or office
    if not match or _names_street(match["name"]):
        return address
    return dataclasses.replace(address, locality=match["name"].strip())


def _uninverted(name: str) -> str:
    """ "Korea, Republic of" → "Republic of Korea": the order the name is written in."""
    head, comma, tail = name.partition(", ")
    return f"{tail} {head}" if comma else name


@dataclass(frozen=True)
class PostalCode:
    pattern: re.Pattern[str]
    before_locality: bool


@cache
def _postal_codes() -> Mapping[str, PostalCode]:
    return MappingProxyType(
        {
            country: PostalCode(re.compile(rf"(?:{regex})", re.I), position == "before")
            for country, regex, position in lexicon.table("postal-codes")
        }
    )


@cache
def _postal_districts() -> Mapping[str, re.Pattern[str]]:
    return MappingProxyType({country: re.compile(regex) for country, regex in lexicon.table("postal-districts")})


def built_patterns() -> tuple[re.Pattern[str], ...]:
    """The postal-code patterns of the lexicon, for tests/test_regex_safety.py."""
    return (*(code.pattern for code in _postal_codes().values()), *_postal_districts().values())


def _district_at_end(parts: list[str], country: str) -> _Placement | None:
    """ "…, London SW7": a locality and a postal district (postal-districts.csv) closing the
    last part, where no full postal code was found."""
    district = _postal_districts().get(country)
    words = parts[-1].split() if len(parts) > 1 and district else []
    if len(words) < 2 or not district or not district.fullmatch(words[-1]):
        return None
    locality = _locality(" ".join(words[:-1]), coded=True)
    if not locality or _names_street(locality) or _typed_as_region(locality, country):
        return None
    return _Placement(len(parts) - 1, words[-1], None, locality)


@cache
def _numbered_district_countries() -> frozenset[str]:
    return frozenset(country for (country,) in lexicon.table("numbered-postal-districts"))


def _numbered_district_at_end(parts: list[str], country: str) -> _Placement | None:
    """ "Mona, Kingston 7, Jamaica": in a country without postal codes whose towns carry a
    postal district number (``numbered-postal-districts``), the last part "Name N" after a
    street line is the locality Name; the bare number is no postal code."""
    match = _DISTRICT.fullmatch(parts[-1]) if len(parts) > 1 else None
    if not match or country not in _numbered_district_countries() or country in _postal_codes():
        return None
    name = match["name"].strip()
    words = name.split()
    if _names_street(name) or words[0].casefold() in _premises_words() or _building_line(name):
        return None
    return _Placement(len(parts) - 1, None, None, _locality(name))


def _fold(text: str) -> str:
    """Casefolded, accents removed: "Genève" and "Geneve", "Tôkyô" and "Tokyo" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


@cache
def _folded_words(table: str) -> frozenset[str]:
    """The words of a one-column lexicon table, folded (``_fold``) for comparison."""
    return frozenset(_fold(word) for (word,) in lexicon.table(table))


@cache
def _regions(country: str) -> Mapping[str, str]:
    """Region names (folded) and codes (as written, upper case) of a country → the code."""
    found: dict[str, str] = {}
    for subdivision in lexicon.subdivisions(country):
        short = subdivision.code
        type_word = _fold(subdivision.type.split()[0]) if subdivision.type else ""
        # "Isle of Anglesey [Sir Ynys Môn GB-YNM]": a Welsh area's English name before its bracket
        english = subdivision.name.partition(" [")[0]
        for name in (english, _uninverted(english)):
            found.setdefault(_fold(name), short)
            # "Lagos State", "Tokyo Prefecture": the name with its own subdivision type
            found.setdefault(_fold(f"{name} {subdivision.type}"), short)
            # "Región de Valparaíso", "Province of Limpopo": the type word in front
            for glue in ("de", "del", "of"):
                found.setdefault(_fold(f"{subdivision.type} {glue} {name}"), short)
            # "Región Metropolitana" for "Región Metropolitana de Santiago": a name that
            # opens with its type word, without the place it is "of"
            head, of, _place = _fold(name).rpartition(" de ")
            if of and head.split()[0] == type_word and len(head.split()) >= 2:
                found.setdefault(head, short)
        if short.isalpha():
            found.setdefault(short, short)
        if subdivision.name.startswith("Saint "):  # "St. Michael", a parish of Barbados
            found.setdefault(_fold("St. " + subdivision.name.removeprefix("Saint ")), short)
        for suffix in _region_suffixes().get(country, ()):  # "Saitama-ken"
            found.setdefault(_fold(subdivision.name + suffix), short)
        for prefix in _region_prefixes().get(country, ()):  # "Kanton Zürich"
            # an elided article is glued to the name: "Département de l'Artibonite"
            glue = "" if prefix.endswith(("'", "’")) else " "
            found.setdefault(_fold(f"{prefix}{glue}{subdivision.name}"), short)
    for alias, code in _region_aliases().get(country, ()):  # "CDMX": a short form ISO lacks
        found.setdefault(alias if alias.isupper() else _fold(alias), code)
    for english, code in _region_english_names().get(country, ()):  # "North Rhine-Westphalia"
        found.setdefault(_fold(english), code)
    for county in _county_names().get(country, ()):  # "Middlesex": no ISO code, still a region
        found.setdefault(county, "")
    return MappingProxyType(found)


@cache
def _county_names() -> Mapping[str, frozenset[str]]:
    """Counties ISO 3166-2 lacks (historic, metropolitan, abbreviated: "Middlesex", "Herts"),
    by country, folded; each a region, never a locality (county-names.csv)."""
    by_country = _words_by_country("county-names").items()
    return MappingProxyType({country: frozenset(map(_fold, names)) for country, names in by_country})


@cache
def _region_aliases() -> Mapping[str, tuple[tuple[str, str], ...]]:
    aliases: dict[str, tuple[tuple[str, str], ...]] = {}
    for country, alias, code in lexicon.table("region-aliases"):
        aliases[country] = (*aliases.get(country, ()), (alias, code))
    return MappingProxyType(aliases)


@cache
def _region_english_names() -> Mapping[str, tuple[tuple[str, str], ...]]:
    """English names of regions ISO 3166-2 spells only in the country's language
    ("Bavaria" for Bayern, DE-BY), by country (region-english-names.csv)."""
    names: dict[str, tuple[tuple[str, str], ...]] = {}
    for country, name, code in lexicon.table("region-english-names"):
        names[country] = (*names.get(country, ()), (name, code))
    return MappingProxyType(names)


@cache
def _words_by_country(table_name: str) -> Mapping[str, tuple[str, ...]]:
    """A two-column table (country, word) grouped by country, in the table's order."""
    grouped: dict[str, list[str]] = {}
    for country, word in lexicon.table(table_name):
        grouped.setdefault(country, []).append(word)
    return MappingProxyType({country: tuple(words) for country, words in grouped.items()})


def _region_suffixes() -> Mapping[str, tuple[str, ...]]:
    return _words_by_country("region-suffixes")  # "Saitama-ken"


def _region_prefixes() -> Mapping[str, tuple[str, ...]]:
    return _words_by_country("region-prefixes")  # "Kanton Zürich"


_DOTTED_CODE = re.compile(r"(?:[A-Z]\.){2,3}")


def _region(text: str, country: str | None) -> bool:
    """``text`` names a region of ``country``: a code in capitals ("QC", "NSW") or a name."""
    if not country or not text:
        return False
    regions = _regions(country)
    if _DOTTED_CODE.fullmatch(text):  # "D.C.", "N.Y.", "B.C.": a region code written with stops
        text = text.replace(".", "")
    if text.isupper() and text.isalpha() and text in regions:
        return True
    return not text.isupper() and _fold(text) in regions


@cache
def _province_types() -> frozenset[str]:
    return frozenset(kind for (kind,) in lexicon.table("province-types"))


def _names_province(text: str, country: str) -> bool:
    """``text`` is the name of a province or state of ``country`` (province-types.csv), or a
    county ISO lacks ("Twickenham, Middlesex TW1 3AA")."""
    if _fold(text) in _county_names().get(country, frozenset()):
        return True
    code = _regions(country).get(_fold(text)) if not text.isupper() else None
    return any(s.code == code and s.type in _province_types() for s in lexicon.subdivisions(country))


def _typed_as_region(text: str, country: str) -> bool:
    """ "Rivers State", "Northern Province", "Capital Territory": a name ending in a type word
    of the country's subdivisions (ISO 3166-2) names a region, known or not: never a locality;
    "Taipei City" ends in a city's type word, and names the city."""
    last = _fold(text).split()[-1]
    if last in _folded_words("city-types"):
        return False
    return len(text.split()) > 1 and any(_fold(s.type).split()[-1] == last for s in lexicon.subdivisions(country))


@cache
def _box_words() -> tuple[str, ...]:
    return tuple(word for (word,) in lexicon.table("postal-box-words"))


@cache
def _region_before_postal() -> frozenset[str]:
    return frozenset(country for (country,) in lexicon.table("region-before-postal"))


@cache
def _postal_words() -> tuple[tuple[str, frozenset[str] | None], ...]:
    """Words naming a postal code, casefolded, with the countries where they do (None: all)."""
    return tuple(
        (word.casefold(), None if countries == "*" else frozenset(countries.split()))
        for word, countries in lexicon.table("postal-code-words")
    )


@cache
def _street_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Thoroughfare words: whole words ("road", "via") and compound endings ("-straße")."""
    words = [word.casefold() for (word,) in lexicon.table("street-words")]
    return frozenset(w for w in words if not w.startswith("-")), tuple(w[1:] for w in words if w.startswith("-"))


def _names_street(part: str) -> bool:
    whole, endings = _street_words()
    words = part.split()
    # "St. Petersburg", "St Gallen": "St" opening a name is "Saint"; as "Street" it follows one
    if len(words) > 1 and words[0].rstrip(".") == "St" and words[1][:1].isupper():
        words = words[1:]
    tokens = [token.strip(".,()").casefold() for token in words]
    return any(token in whole or token.endswith(endings) for token in tokens if token)


def _strip_mark(candidate: str, country: str | None) -> str:
    """The code without a country prefix ("CH-1015", "N-9296", "〒305") or a word naming it
    ("C.P. 11560", "CEP 22460-030"). A prefix the country's own pattern holds ("LV-1423") stays."""
    code = _postal_codes().get(country or "")
    if code and code.pattern.fullmatch(candidate) and _POSTAL_MARK.match(candidate):
        return candidate
    folded = candidate.casefold()
    for word, countries in _postal_words():
        if folded.startswith(word + " ") and (countries is None or country in countries):
            candidate = candidate[len(word) + 1 :].lstrip()
            break
    return _POSTAL_MARK.sub("", candidate)


def _postal(candidate: str, country: str | None) -> bool:
    code = _postal_codes().get(country or "")
    return bool(code and code.pattern.fullmatch(_strip_mark(candidate, country)))


@dataclass(frozen=True)
class _Line:
    """What one part of the address holds."""

    postal: str | None = None
    region: str | None = None
    locality: str | None = None


def _before_locality(country: str | None) -> bool:
    code = _postal_codes().get(country or "")
    return bool(code and code.before_locality)


@lru_cache(maxsize=1024)  # pure; the reader and the findings read the same parts
def _read_part(part: str, country: str | None) -> _Line | None:
    """A part holding a postal code, with the region and locality written beside it."""
    tokens = part.split()
    if country is None:
        return None
    if _postal(part, country):
        return _Line(postal=_strip_mark(part, country))  # "Postal Code 123": the label is no place
    if len(tokens) == 2 and tokens[0].casefold() in _premises_words():
        return None  # "Building 123", "Villa 12": a building's number, no town and code
    before = _before_locality(country)
    glued = _GLUED_POSTAL.fullmatch(tokens[-1]) if tokens else None
    if glued and not before and _postal(glued["code"], country):
        tokens = [*tokens[:-1], glued["name"], glued["code"]]  # "Dhaka-1216": locality-code
    for size in (2, 1):
        if len(tokens) < size:
            continue
        head, tail = " ".join(tokens[:size]), " ".join(tokens[-size:])
        if len(tokens) == size and _postal(part, country):
            return _Line(postal=_strip_mark(part, country))
        if before and _postal(head, country):
            return _Line(postal=_strip_mark(head, country), locality=" ".join(tokens[size:]))
        if not before and _postal(tail, country):
            rest = tokens[:-size]
            for region_size in (3, 2, 1):
                if len(rest) < region_size:
                    continue
                region = " ".join(rest[-region_size:])
                left = " ".join(rest[:-region_size])
                # A region name is its own line ("Tokyo 182-8522"); inside a locality's line
                # only a code is ("Acton ACT 2601"): "New Delhi 110001" holds no region.
                if _region(region, country) and (region.isupper() or (not left and country in _region_before_postal())):
                    return _Line(postal=_strip_mark(tail, country), region=region, locality=left or None)
                if not left and _names_province(region, country):
                    # "Los Baños, Laguna 4031": a province's name is no locality; the
                    # locality is the part before it, or none
                    return _Line(postal=_strip_mark(tail, country), region=region)
            return _Line(postal=_strip_mark(tail, country), locality=" ".join(rest) or None)
    return _other_side(tokens, country, before)


def _other_side(tokens: list[str], country: str, before: bool) -> _Line | None:
    """ "01310-200 São Paulo" where the code usually follows the locality (and "Berlin 10117"
    where it leads): the code on the other side, read only beside a bare place name (no digit,
    no thoroughfare: "12345 Main Street" is a street)."""
    if len(tokens) < 2:
        return None
    code, rest = (tokens[-1], tokens[:-1]) if before else (tokens[0], tokens[1:])
    place = " ".join(rest)
    if not _postal(code, country) or not place[:1].isupper() or not _locality(place) or _names_street(place):
        return None
    return _Line(postal=_strip_mark(code, country), locality=place)


def _without_sorting_office(part: str) -> str:
    """ "01 BP 1234 Abidjan 01": the two-digit number of the sorting office an Ivorian or
    Burkinabe box line opens with, left out."""
    head, _, rest = part.partition(" ")
    return rest if len(head) == 2 and head.isdigit() and rest[:1].isalpha() else part


def _box_town(part: str, country: str | None) -> str | None:
    """ "01 BP 1234 Abidjan 01", "B.P. 56 Bafia", "Boîte postale 206 Dakar": the town after a
    box number, where the box line ends the address (its post office is the town's; a
    sorting-office number after it is left out). None for anything else."""
    if not _is_box(part, country):
        return None
    tokens = _without_sorting_office(part).split()
    numbered = next((i for i, token in enumerate(tokens) if token[:1].isdigit()), None)
    if numbered is None:
        return None
    town = tokens[numbered + 1 :]
    if town and town[-1].isdigit() and len(town[-1]) <= 2:
        town = town[:-1]
    name = " ".join(town)
    if not name or not _bare_place(name):
        return None
    # (a region is no post town: "B.P. 12 Centre"; a city that is a subdivision is: "Abidjan")
    return name if not _region(name, country) or (country and _city_subdivision(name, country)) else None


def _is_box(part: str, country: str | None = None) -> bool:
    part = _without_sorting_office(part)
    folded = part.casefold()
    if country and (line := _read_part(part, country)) and line.postal and not _is_box(line.locality or ""):
        return False  # "CP 06000 Ciudad de México": in Mexico "CP" names the postal code
    return any(folded == word.casefold() or folded.startswith(word.casefold() + " ") for word in _box_words())


def _locality(text: str | None, *, coded: bool = False) -> str | None:
    """The locality, or None; with a postal code read (``coded``), a district number after
    the name belongs to it ("Geneva 20", "Dublin 2")."""
    text = text or ""
    if not text or (re.search(r"\d", text) and not (coded and is_district_locality(text))):
        return None  # a locality has no digits: "1200 Montreal Road" is a street
    return text


def is_district_locality(text: str) -> bool:
    """ "Dublin 2", "Geneva 20", "Wien 1": a place name and its postal district number (never
    a street: "Main Street 2" names a thoroughfare)."""
    match = _DISTRICT.fullmatch(text) or _CEDEX.fullmatch(text)
    return bool(match and not _names_street(match["name"]))


def _with_region(text: str, country: str | None) -> tuple[str, str | None]:
    """ "Pozuelo de Alarcón (Madrid)", "Milano (MI)": the locality and the region in brackets
    after it; a bracket that names no region stays part of the name ("Frankfurt (Oder)")."""
    opening = text.rfind("(")
    if opening > 0 and text.endswith(")"):
        inside = text[opening + 1 : -1].strip()
        if country and _city_subdivision(inside, country):
            # "Léopoldville (Kinshasa)", "Yongsan-gu (Seoul)": the bracket is a city (an old
            # name's new one, or the city round a district): the city is the locality
            return inside, None
        if _region(inside, country):
            return text[:opening].strip(), inside
    return text, None


@cache
def _capital_named_codes() -> frozenset[str]:
    return frozenset(code for (code,) in lexicon.table("capital-named-regions"))


def _capital_named(text: str, country: str) -> bool:
    """ "San José", "Maputo": a province named like its capital city (listed in
    ``capital-named-regions``, or a name ISO 3166-2 gives both a province and a city)."""
    if text.isupper():
        return False
    folded = _fold(text)
    named = [s for s in lexicon.subdivisions(country) if _fold(s.name) == folded]
    if any(f"{country}-{s.code}" in _capital_named_codes() for s in named):
        return True
    cities = [s for s in named if s.type and _fold(s.type).split()[-1] in _folded_words("city-types")]
    return bool(cities) and len(cities) < len(named)


def _names_city_ward(part: str, country: str) -> bool:
    """ "Chiyoda-ku": one word closed by a ward suffix of ``country`` (``ward-suffixes``)."""
    return " " not in part and any(
        part.endswith(suffix) and len(part) > len(suffix)
        for suffix in _words_by_country("ward-suffixes").get(country, ())
    )


@cache
def _building_line_words() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("building-line-words"))


def _building_line(part: str) -> bool:
    """ "Edificio Central", "Campus Universitário Principal": a building or campus line."""
    words = part.split()
    return len(words) > 1 and words[0].casefold() in _building_line_words()


@cache
def _city_subdivision_codes() -> frozenset[str]:
    return frozenset(code for (code,) in lexicon.table("city-subdivisions"))


def _city_subdivision(text: str, country: str) -> bool:
    """ "Kinshasa", "Kyiv", "Abidjan": a subdivision of ``country`` that is one city (its ISO
    3166-2 type a city's, or listed in ``city-subdivisions``): written after a neighbourhood
    it is the locality, not a region."""
    code = _regions(country).get(_fold(text)) if not text.isupper() else None
    if code is None:
        return False
    return f"{country}-{code}" in _city_subdivision_codes() or any(
        s.code == code and _fold(s.type).split()[-1] in _folded_words("city-types")
        for s in lexicon.subdivisions(country)
    )


def _unrecognised(verbatim: str, street: str | None, country: str | None) -> Address:
    return Address(verbatim=verbatim, street=street, country=country)


# "Last seat: 1-1-4 Umezono, …", "Postal address: …", "HQ: …": a label of one to three words
# before the address is no part of its street. (No digit or comma: "Building 5: …" is a line.)
# A bracketed note may follow the label ("Last address (1990–1998): …", "Head office
# (reportedly): …").
# (Four words when spoken: "Address for your postcard: …".)
_LABEL = re.compile(r"\A[^\W\d_][^\W\d_.]{0,20}(?: [^\W\d_][^\W\d_.]{0,20}){0,3}(?: \([^()]{1,30}\))?: ")


def _spoken_lead_words(role: str) -> str:
    return lexicon.alternation(word for word, kind in lexicon.table("address-spoken-leads") if kind == role)


# "HQ is …", "HQ was the Daewoo Center Building, …", "They were in the …": a spoken
# clause naming the seat before the address ("The organisation's offices are in …": an own-kind
# owner); only the subjects of address-spoken-leads.csv, so a
# lead naming another body ("The Ministry it reports to is at …") stays (``_street_in_prose``).
# A filing's or judgment's "The Company's principal executive offices are located at …", "The
# Museum is located at …": office modifiers before the subject, a participle after
# the verb; the body's kind alone is the subject only before "at" or "in". Two subjects joined
# by "and" are one ("The University's campus and administrative offices are at …").
_SPOKEN_LEAD = re.compile(
    rf"\A(?:(?:(?:{_spoken_lead_words('determiner')}) )?(?:(?:{_spoken_lead_words('owner')})['’]s )?"
    rf"(?:(?:{_spoken_lead_words('modifier')}) ){{0,2}}(?:{_spoken_lead_words('subject')})"
    rf"(?: and (?:(?:{_spoken_lead_words('modifier')}) ){{0,2}}(?:{_spoken_lead_words('subject')}))?"
    rf" (?:{_spoken_lead_words('verb')})(?: (?:{_spoken_lead_words('participle')}))?"
    rf"(?: (?:{_spoken_lead_words('place')}))?"
    rf"|(?:{_spoken_lead_words('determiner')}) (?:{_spoken_lead_words('owner')})"
    rf" (?:{_spoken_lead_words('verb')})(?: (?:{_spoken_lead_words('participle')}))? (?:at|in))"
    rf"(?: (?:{_spoken_lead_words('article')}))? (?=(?-i:[A-Z\d]))",
    re.I,
)
# "Head office in Accra, Greater Accra Region, Ghana": a seat noun before "in" or
# "at", without a verb, is a lead too (the bare-subject rows of address-spoken-leads.csv).
_BARE_LEAD = re.compile(
    rf"\A(?:(?:{_spoken_lead_words('determiner')}) )?(?:{_spoken_lead_words('bare-subject')})"
    r" (?:at|in)(?: the)? (?=(?-i:[A-Z\d]))",
    re.I,
)
_NOTE_OPENERS = frozenset(word for (word,) in lexicon.table("address-note-openers"))


def _without_spoken_note(text: str) -> str:
    """ "…, Seoul, right across from Seoul Station. It's called …", "…, NY 10166, the tower
    sitting on top of …": a part after the street and town that opens with a note word
    (address-note-openers.csv), of three words or more, two of them lowercase, naming no
    country ("the Old Town", "the Netherlands" stay), is a spoken note: it and all after it are
    no part of the address."""
    parts = text.split(", ")
    for i, part in enumerate(parts[2:], start=2):
        words = part.split()
        if words[:1] == ["and"] and words[1:2] and words[1][:1].islower():
            # "…, Espoo, Finland, and our telephone number there is …": a clause
            # joined after the address; no address part opens with a lowercase "and"
            return ", ".join(parts[:i])
        if "(" in part or "[" in part:
            return text  # a bracketed note's own commas are left to the bracket readers
        lowercase = sum(1 for word in words if word[:1].islower())
        note = words[0] in _NOTE_OPENERS and len(words) >= 3 and lowercase >= 2
        # (a note before the country line, "…, near the Rose Garden, India", is a landmark's)
        later = any(country_code(later.strip(" .")) for later in parts[i + 1 :])
        if note and not later and country_code(" ".join(words[1:]).rstrip(".")) is None:
            return ", ".join(parts[:i])
    return text


_PERIOD_NOTE_WORDS = frozenset(word for (word,) in lexicon.table("address-period-notes"))


def _without_period_note_after_country(text: str) -> str:
    """ "…, California, United States, in its final years. For most of …": a part right after
    the country's line (a name, not a code: "CA" may be a state; after a comma) that opens with
    a lowercase word of ``address-period-notes`` ("in", "since", …) and holds two words or more
    is a note on when the address held; it and all after it are no part of the address. Any
    other lowercase part (", which is where it stayed") is left alone."""
    parts = text.split(", ")
    for i, part in enumerate(parts[2:], start=2):
        words = part.split()
        line = parts[i - 1].strip()
        if len(words) >= 2 and words[0] in _PERIOD_NOTE_WORDS and len(line) > 3 and country_code(line) is not None:
            return ", ".join(parts[:i])
    return text


def _without_footnotes(text: str) -> str:
    """ "…, Netherlands.[1]", "…, Chile [2][3]": footnote markers after the address, read from
    the end in code (a regex anchored at the end is quadratic under search)."""
    text = text.rstrip().removesuffix(".") if text.rstrip().endswith("].") else text.rstrip()
    while text.endswith("]"):
        opening = text.rfind("[")
        if opening < 0 or not text[opening + 1 : -1].isdigit() or len(text) - opening > 5:
            break
        text = text[:opening].rstrip()
    return text


# "Calcutta (now Kolkata), India", "Chennai (formerly Madras), …": a note giving a place's other
# name, before a comma (a closing one may name the country: "British West Indies (now Trinidad
# and Tobago)"), is no part of the place.
_RENAME_WORDS = lexicon.alternation(word for (word,) in lexicon.table("place-rename-notes"))
_RENAME_NOTE = re.compile(rf"\s\((?:{_RENAME_WORDS})\s[^()]{{1,40}}\)(?=\s{{0,3}},)", re.I)


def _without_dated_lead(text: str) -> str:
    """ "1953 → 1776 Main Street, …": a chronicler's period before the address line
    (dates.dated_lead) is no part of the street; a house number ("1776 Main Street") stays."""
    lead = dated_lead(text)
    return text[lead.rest :] if lead else text


def _current_dated_line(lines: list[str]) -> list[str]:
    """A timeline of seats, one dated line each ("1876–1945 | X", "1946 → Y"): the latest dated
    line is the current address; undated lines under a dated one are not read."""
    dated = [(lead.year, i) for i, line in enumerate(lines) if (lead := dated_lead(line.strip()))]
    if not dated:
        return lines
    _, latest = max(dated)
    return [_without_dated_lead(lines[latest].strip())]


def _first_address(text: str) -> str:
    """The headquarters address alone: a second address or a note after ";" is not read, nor a
    closing note in brackets that opens in lowercase ("…, Czech Republic (the building, a
    former bank, now houses …)"); a bracketed name stays ("Frankfurt (Oder)")."""
    text = _SPOKEN_LEAD.sub("", _without_dated_lead(_LABEL.sub("", text.strip(), count=1)), count=1)
    text = _BARE_LEAD.sub("", text, count=1)
    text = _without_null_components(_without_bracketed_site(_without_footnotes(text)))
    text = _without_period_note_after_country(_without_spoken_note(text))
    text = _RENAME_NOTE.sub("", _without_bracketed_note(text))
    # a full stop closing the address after its country ("…, United Kingdom."), or after its
    # closing postal code or number ("…, Singapore 819829."): no code ends in a stop
    head, _, last = text.rpartition(", ")
    if head and last.endswith(".") and (country_code(last[:-1]) is not None or last[-2:-1].isdigit()):
        text = text[:-1]
    text = _without_dash_note(_without_closing_sentence(text))
    text = _without_note_sentence(text)
    # the closing note first: its own ";" ("(seat since 1945; building since 2022 …)") is no
    # second address; a full stop after it ends the sentence ("…, Denmark (the entrance …).")
    text = text.removesuffix(".") if text.endswith(").") else text
    text = _without_building_note(_without_note_after_country(text))
    opening = text.rfind("(")
    inner = text[opening + 1 : -1] if opening > 0 and text.endswith(")") else ""
    # (or a sentence of its own: "(The hospital also has an office in Pittsburgh …)")
    if (inner[:1].islower() and " " in inner.strip()) or (len(inner.split()) > 4 and _told_in_prose(inner)):
        text = text[:opening].rstrip().removesuffix(",").rstrip()  # (a note on a line of its own)
    lined = _semicolon_lines(text)
    if lined is not None:
        return lined
    first, _, rest = text.partition(";")
    first, rest = first.strip(), rest.strip()
    country = rest.rpartition(",")[2].strip()
    place = first.rpartition(",")[2].strip()
    if (
        _is_box(rest.split(",", 1)[0])
        and country_code(country)
        and not country_code(place)
        and _same_place(place, rest)
    ):
        # "Bliss Street, Ras Beirut ; P.O. Box 11-0236, …, Beirut 1107 2020, Lebanon": a box line
        # in the same town as the street line is the same office's mail, and its country is the
        # street's too (a box in another town may be abroad). The box line's own town and code
        # are not read.
        return f"{first}, {country}"
    return first


@cache
def _bracketed_site_words(kind: str) -> frozenset[str]:
    return frozenset(word for word, found in lexicon.table("bracketed-site-labels") if found == kind)


def _names_other_site(label: str) -> bool:
    """ "Berlin office", "branch", "regional office", "postal address": a label naming another
    site than the head office (bracketed-site-labels.csv, second-address-labels.csv). The last
    word (or two) is a site noun; each word before it is a qualifier of the table or opens in
    a capital (a place's name: "New York office"). "Head office", "seat" name no other site."""
    words = label.split()
    if not words or len(words) > 4:
        return False
    if _SECOND_ADDRESS_LABEL.fullmatch(" ".join(words) + ":"):
        return True
    nouns = _bracketed_site_words("noun")
    size = 2 if len(words) > 1 and " ".join(words[-2:]).casefold() in nouns else 1
    if " ".join(words[-size:]).casefold() not in nouns:
        return False
    qualifiers = _bracketed_site_words("qualifier")
    return all(word.casefold() in qualifiers or word[:1].isupper() for word in words[:-size])


def _without_bracketed_site(text: str) -> str:
    """ "Godesberger Allee 149, 53175 Bonn, Germany (Berlin office: Hiroshimastraße 17, 10785
    Berlin)", "…, Nairobi, Kenya (branch: …)", "… (postal address: P.O. Box 12, …)": a closing
    note in brackets opening with a label that names another site (``_names_other_site``) is
    about another place; the address before it is the head office's, read whole.
    A bracket without such a label stays ("Frankfurt (Oder)", "(Head office: …)")."""
    stripped = text.rstrip().removesuffix(".").rstrip()
    if not stripped.endswith(")"):
        return text
    opening = stripped.rfind("(")
    inner = stripped[opening + 1 : -1] if opening > 0 else ""
    label, colon, rest = inner.partition(":")
    if not colon or not rest.strip() or "(" in inner or not _names_other_site(label):
        return text
    head = stripped[:opening].rstrip(" ,;")
    return head if head else text


def _without_null_components(text: str) -> str:
    """ "Pittsburgh, Pennsylvania, United States. Street address: Not reported.", "…, Bonn,
    Germany; Postcode: n/a", "…, Lima, Peru (street: unknown)": a labelled component (a
    component-null-labels.csv label) whose value is a null word, closing the address after a
    stop, semicolon, comma or bracket, withholds that component only: it is cut off, and the
    address before it is read. A field that is the labelled null alone keeps it
    (its status is read from it)."""
    labels = lexicon.component_null_labels("Headquarters address")
    while True:
        found = closing_labelled_value(text, labels)
        if found is None or not _null_value(found[1]):
            return text
        text = found[0]


def _without_withheld_component(text: str) -> str:
    """ "Belgrade, Serbia. The street address is not recorded in our files.": a closing sentence
    whose subject is one component of the address (component-null-labels.csv, after a
    determiner or none) and that says it is not public (NOT_PUBLIC), holding no digit, withholds
    that component only; the address before it, with a comma in it, is read."""
    head, stop, last = text.rstrip().removesuffix(".").rpartition(". ")
    if not stop or "," not in head or any(ch.isdigit() for ch in last) or NOT_PUBLIC.search(last) is None:
        return text
    words = last.split()
    if words and words[0].casefold() in {word.casefold() for word in lexicon.determiners()}:
        words = words[1:]
    labels = lexicon.component_null_labels("Headquarters address")
    named = any(" ".join(words[:size]).casefold() in labels for size in (1, 2, 3) if len(words) > size)
    return head if named else text


def _without_bracketed_note(text: str) -> str:
    """ "Budapest, Hungary [street address not ascertained]": a cataloguer's note in square
    brackets closing the address, opening in lowercase and of several words, is no part of
    it."""
    opening = text.rfind("[")
    inner = text[opening + 1 : -1] if opening > 0 and text.endswith("]") else ""
    if inner[:1].islower() and " " in inner.strip() and "[" not in inner:
        return text[:opening].rstrip(" ,;")
    return text


_NOTE_OPENING = {")": "(", "]": "["}


def _without_note_after_country(text: str) -> str:
    """ "Langata Road, Nairobi, Kenya (PO Box 40241-00100)", "…, Germany (Postfach 21 44, 37010
    Göttingen)": a post-office box in brackets closing the address right after its country line
    is the office's mail, no part of the country line, which then reads; the box's number and
    code are not read (its post office may be in another town). A box note naming a country
    ("(PO Box 12, Kampala, Uganda)") may be abroad and stays; so does any other note, a hedge
    above all ("[uncertain]", "(Siège provisoire)"): nothing is read."""
    if text[-1:] not in _NOTE_OPENING:
        return text
    opening = text.rfind(_NOTE_OPENING[text[-1]])
    inner = text[opening + 1 : -1] if opening > 0 else ""
    if any(mark in inner for mark in "()[]") or not _is_box(inner.split(",", 1)[0].strip()):
        return text
    head = text[:opening].rstrip().removesuffix(",").rstrip()
    before, _, line = head.rpartition(",")
    line = line.strip()
    if not before or (country_code(line) is None and _fold(line) not in _ambiguous_countries()):
        return text
    return text if _names_a_country(inner) else head


# A building's name in quotes alone in the note: ("the Mill"), (“Kew House”).
_QUOTED_NAME = re.compile(r"[\"“‘'](?:the\s)?[A-Z][^\W\d_]{1,30}(?:\s[A-Z][^\W\d_]{1,30}){0,3}[\"”’']")
# A building's name, then what it is in lowercase: (Dipoli, main admin bldg).
_NAMED_BUILDING = re.compile(r"[A-Z][^\W\d_]{1,30}(?:\s[A-Z][^\W\d_]{1,30}){0,3},\s(?P<what>[a-z][^\d()\[\]]{0,60})")


def _without_building_note(text: str) -> str:
    """ "…, MA 01754, USA ("the Mill")", "…, 02150 Espoo, Finland (Dipoli, main admin bldg)": a note
    in round brackets closing the address right after its country line that names the building
    (its name in quotes alone, or its name then a lowercase description holding a premises or
    building word) is no part of the country line, which then reads. Any other note stays
    ("(Head office since 1998)", "(Approx.)"): nothing is read."""
    if not text.endswith(")"):
        return text
    opening = text.rfind("(")
    inner = text[opening + 1 : -1].strip() if opening > 0 else ""
    named = _NAMED_BUILDING.fullmatch(inner)
    building = _premises_words() | _building_line_words()
    if not (
        _QUOTED_NAME.fullmatch(inner)
        or (named and any(word.strip(".,").casefold() in building for word in named["what"].split()))
    ):
        return text
    head = text[:opening].rstrip().removesuffix(",").rstrip()
    before, _, line = head.rpartition(",")
    if not before or country_code(line.strip()) is None or _names_a_country(inner):
        return text
    return head


def _names_a_country(note: str) -> bool:
    """A piece of the note (between commas or semicolons) opens or closes with a country's
    name or code, in up to three words: "(now Trinidad and Tobago)", "(USA)"."""
    for piece in re.split(r"[,;:]", note):
        words = piece.strip(" .").split()
        for size in range(1, min(3, len(words)) + 1):
            if country_code(" ".join(words[:size])) or country_code(" ".join(words[-size:])):
                return True
    return False


def _semicolon_lines(text: str) -> str | None:
    """ "Radiokatu 5; 00240 Helsinki; Finland": a catalogue writes the address's lines on one
    line between semicolons. Read so only when there are three lines or more, none labelled
    ("regional office: …"), the last names the country (alone, or before its postal code:
    "Barbados BB11000") and no earlier line names one: a second address has its own country.
    The lines are then read as comma-separated parts."""
    lines = [line.strip() for line in text.split(";")]
    if len(lines) < 3 or not all(lines) or any(":" in line for line in lines):
        return None
    last = lines[-1].removesuffix(".").strip()
    name, _, code = last.rpartition(" ")
    country = country_code(name) if name else None
    if country and _postal(code, country):
        last = f"{code}, {name}"  # "Barbados BB11000": the code is the line before the country's
    elif country_code(last) is None:
        return None
    if any(country_code(part.strip()) for line in lines[:-1] for part in line.split(",")):
        return None
    return ", ".join([*lines[:-1], last])


def _without_note_sentence(text: str) -> str:
    """ "Los Angeles, California (street address not held in our files). For records …": a
    note in brackets opening in lowercase and closed by a full stop ends the address; the
    sentences after it are about something else."""
    opening = text.find(" (")
    while opening != -1:
        closing = text.find(")", opening)
        inner = text[opening + 2 : closing] if closing != -1 else ""
        if inner[:1].islower() and " " in inner and text[closing + 1 : closing + 3] in (".", ". "):
            return text[:opening].rstrip(" ,")
        opening = text.find(" (", opening + 2)
    return text


_PLACE_WORD = re.compile(r"[^\W\d_]{3,}")


def _same_place(place: str, line: str) -> bool:
    """A word of ``place`` ("Ras Beirut") is a word of ``line`` ("…, Beirut 1107 2020, …")."""
    words = {word.casefold() for word in _PLACE_WORD.findall(line)}
    return any(word.casefold() in words for word in _PLACE_WORD.findall(place))


_DASH_NOTE = re.compile(r" [–—-] (?=[^\W\d_])")


def _without_dash_note(text: str) -> str:
    """ "…, Copenhagen, Denmark – site redeveloped": a note in lowercase after a spaced dash
    right after the country ends the address; so after a city state's name alone
    ("Luxembourg — the board met there from 1952. …")."""
    for dash in _DASH_NOTE.finditer(text):
        name = text[: dash.start()].rpartition(",")[2].strip()
        lone = "," not in text[: dash.start()] and _city_state(name) is not None
        if text[dash.end()].islower() and ("," in text[: dash.start()] or lone) and country_code(name) is not None:
            return text[: dash.start()]
    return text


@cache
def _city_states() -> Mapping[str, str]:
    return MappingProxyType({_fold(capital): country for country, capital in lexicon.table("city-state-capitals")})


def _city_state(name: str) -> str | None:
    """The country whose capital bears its own name ``name`` (``city-state-capitals``)."""
    return _city_states().get(_fold(name))


def _without_closing_sentence(text: str) -> str:
    """ "…, Vientiane 01000, Lao PDR. also an office in Phnom Penh": the address ends at the
    full stop after its country; the sentence after it is a note. A stop after anything but a
    country ("Av. de los Insurgentes", "St. Louis") is part of the address."""
    start = 0
    while (stop := text.find(". ", start)) != -1:
        name = text[:stop].rpartition(",")[2].strip()
        # a name, not a three-letter abbreviation that is also a code ("Col.", "No.", "Can."),
        # or a code in capitals ("…, USA. That's the …")
        named = (len(name) > 3 or (len(name) > 1 and name.isupper())) and country_code(name) is not None
        # a postal code or house number before a spoken sentence ("…, New Delhi 110001. They
        # moved there in 2018")
        if "," in text[:stop] and (named or (name[-1:].isdigit() and _spoken_sentence(text[stop + 2 :]))):
            return text[:stop]
        start = stop + 2
    return text


def _spoken_sentence(text: str) -> bool:
    """The sentence opening ``text`` holds a finite verb (sentence-verbs.csv) in lowercase."""
    sentence = text.split(". ", 1)[0]
    return any(word.strip(".,;!?") in lexicon.sentence_verbs() for word in sentence.split()[:40])


@cache
def _ambiguous_countries() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType(
        {_fold(name): tuple(codes.split()) for name, codes in lexicon.table("ambiguous-country-names")}
    )


def _told_country(parts: list[str], codes: tuple[str, ...]) -> str | None:
    """ "…, Léopoldville (Kinshasa), Congo": of the countries a short name may mean, the one
    whose region a part (or a bracket in it) names; None when none or several do."""
    texts = [text.strip() for part in parts[:-1] for text in part.replace(")", "").split("(")]
    found = {code for code in codes for text in texts if text and _region(text, code)}
    return found.pop() if len(found) == 1 else None


def _names_country(part: str, country: str) -> bool:
    """The part is the country's line: its name, or a short name it shares ("Congo")."""
    return (
        country_code(part) == country
        or country in _ambiguous_countries().get(_fold(part), ())
        or lexicon.continuing_country_names().get(part.strip().casefold()) == country
    )


def _country(parts: list[str]) -> str | None:
    codes = _ambiguous_countries().get(_fold(parts[-1])) if len(parts) > 1 else None
    if codes:
        return _told_country(parts, codes)  # "Congo" alone: CG or CD, told by a place
    country = country_code(parts[-1]) if len(parts) > 1 else None
    # "…, Hamburg, West Germany": a former name of a state that continues as a coded one
    country = country or (
        lexicon.continuing_country_names().get(parts[-1].strip().casefold()) if len(parts) > 1 else None
    )
    name, _, code = parts[-1].rpartition(" ") if len(parts) > 1 else ("", "", "")
    # (a name, not a code: "IL 62701" is Illinois)
    city_state = country_code(name) if name and not name.isupper() else None
    if country is None and city_state and _postal(code, city_state):
        return city_state  # "Singapore 138632": a city-state's line names its country
    if country is None and parts and re.search(r"\b[A-Z]{2}\s\d{5}(?:-\d{4})?\Z", parts[-1]):
        line = _read_part(parts[-1], "US")
        if line and line.region and _region(line.region, "US"):
            return "US"  # "Boston, MA 02215" needs no country line to be American
    return country


def _verbatim(field: Field) -> str:
    return ", ".join(item.text for item in field.items)


def _scripts(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds Latin letters, and letters of another script (Han, Hangul, kana,
    Cyrillic, Arabic, Thai …)."""
    latin = native = False
    for ch in text:
        if ch.isalpha():
            if unicodedata.name(ch, "").startswith("LATIN"):
                latin = True
            elif ord(ch) >= 0x370:  # past the Latin blocks: "º", "ª" are Latin ordinals
                native = True
    return latin, native


def _unbracketed(line: str) -> str:
    """ "(100844, Beijing, …), China": the romanised address written in brackets after the
    native one, without its brackets; a line glued to a native address before its bracket
    ("東京都… (Tokyo, …), Japan") keeps the bracket's content and what follows it."""
    opening = line.find("(")
    closing = line.find(")", opening + 1)
    if opening < 0 or closing < 0 or "(" in line[opening + 1 : closing]:
        return line
    head, inner, tail = line[:opening], line[opening + 1 : closing], line[closing + 1 :]
    if _scripts(head)[0] or not _scripts(inner)[0] or _scripts(inner)[1] or "," not in inner:
        return line  # a bracket after Latin text ("Frankfurt (Oder)") or a short note stays
    if not _scripts(head)[1] and country_code(tail.strip(" ,.")) is None:
        return line  # a bracketed note on its own line ("(main labs at …, Duque de Caxias)")
    return inner.strip() + tail.rstrip()


def _romanised(lines: list[str]) -> list[str]:
    """The romanised address where a native-script one is written beside it: lines (or a
    line's part before its bracket) in another script are left out, and a line holding only a
    postal code the romanised lines repeat ("〒102-0091"). With no Latin line, all lines."""
    read = [_unbracketed(line) for line in lines]
    latin_lines = [line for line in read if _scripts(line) == (True, False)]
    if not latin_lines:
        return lines
    if not any(_scripts(line)[1] for line in read):
        return read
    latin_text = " ".join(latin_lines)
    kept = []
    for line in read:
        latin, native = _scripts(line)
        if native:
            continue
        code = _POSTAL_MARK.sub("", line.strip())
        if not latin and code and code in latin_text:
            continue  # the postal code again, on its own line
        kept.append(line)
    return kept


def read_address(field: Field, identity: Identity) -> ReaderResult:
    verbatim = _verbatim(field)
    if not verbatim:
        return [], None
    labelled = _labelled(field)  # a record is read by its rows; a null row leaves the others
    if labelled is not None:
        parts = (labelled.street, labelled.locality, labelled.region, labelled.postal_code, labelled.country)
        return ([_town_only(labelled)] if any(parts) else []), None
    items = _without_colon_lead([item.text for item in field.items], identity)
    body = ", ".join(items)
    # "Budapest, Hungary [street address not ascertained]": the note withholds a part only
    told = _without_bracketed_note(body) or body
    # "…, Germany (Berlin office: …)", "…, United States. Street address: Not reported.": the
    # note on another site, or the null of one component, says nothing of the head office's
    # address as a whole
    told = _without_withheld_component(_without_null_components(_without_bracketed_site(told)))
    status = lead_status(told)
    if status:
        return [], status
    if NOT_PUBLIC.search(told):
        return [], FieldStatus.NOT_PUBLICLY_SPECIFIED
    all_lines = _without_band_lines(items)
    if not all_lines:
        return [], None  # only a band of regions, no address: the statement keeps the text
    lines = _current_dated_line(_without_second_addresses(all_lines))
    romanised = _in_own_voice(_own_name_as_its(", ".join(_romanised(lines)), identity))
    address = _town_only(_without_own_building(_with_verbatim(_read(romanised, identity), verbatim), identity))
    if not any((address.street, address.locality, address.region, address.postal_code, address.country)):
        address = Address(verbatim=verbatim)
    elif _street_in_prose(address):
        return [], None  # another body's address told in a sentence: the statement keeps the text
    else:
        return [address], None
    town = _town_of_mail_line(lines, all_lines[len(lines) :], verbatim)
    return ([_town_only(town)] if town else []), None  # nothing read: the field statement keeps the text


# "The Council's head office has stood in Mill Lane since 1901:": the opening of a lead sentence
# that names the organization: its own name, a self word of address-spoken-leads.csv ("it", "its",
# "we", "our"), or a determiner and an owner noun there ("The Council's", "The Academy's").
_LEAD_OWNER = re.compile(
    rf"\A(?:(?:{_spoken_lead_words('determiner')}) (?:{_spoken_lead_words('owner')})(?:['’]s?)?\s"
    rf"|(?:{_spoken_lead_words('self')})\s)",
    re.I,
)
_LEAD_WORD = re.compile(r"[^\W\d_]+")


def _names_itself(lead: str, identity: Identity) -> bool:
    """The sentence ``lead`` names the organization: it opens with its possessive, with "it",
    "its", "we", "our", or a determiner and an owner noun ("The Bank's"), or it holds one of
    its own names as whole words ("The HfG occupied …")."""
    if own_possessive_opening(lead, identity) or _LEAD_OWNER.match(lead):
        return True
    words = _LEAD_WORD.findall(lead)
    for name in identity.own_names:
        wanted = _LEAD_WORD.findall(name)
        if wanted and any(words[i : i + len(wanted)] == wanted for i in range(len(words))):
            return True
    return False


def _colon_lead(lead: str, identity: Identity) -> bool:
    """``lead`` (without its colon) is a sentence naming the organization: four words or more,
    two of them in lowercase, no negating opening (``lead_status``), no colon of its own."""
    words = lead.split()
    lowercase = sum(1 for word in words if word[:1].islower())
    if len(words) < 4 or lowercase < 2 or ":" in lead or lead_status(lead):
        return False
    return _names_itself(lead, identity)


def _without_colon_lead(lines: list[str], identity: Identity) -> list[str]:
    """ "The Council's head office has stood in Mill Lane since 1901:" then "4 Mill Lane, Leeds
    LS1 4AB, United Kingdom": a sentence naming the organization (``_colon_lead``) that closes
    in a colon introduces the address after it, on the lines below or on its own line after the
    colon; it is prose, no part of the street, and only what follows it is read. A label alone
    on the first line ("Head office:", as ``_LABEL`` reads it before an address on its line) is
    no part of the street either. A lead that negates ("The Trust has no head office of its own
    …:") or names no organization of its own is left to the other readers."""
    first = lines[0].strip() if lines else ""
    rest = [line for line in lines[1:] if line.strip()]
    if first.endswith(":") and rest and (_colon_lead(first[:-1], identity) or _LABEL.fullmatch(first + " ")):
        return rest
    lead, colon, after = first.partition(": ")
    if colon and after.strip() and _colon_lead(lead, identity):
        return [after.strip(), *rest]
    return lines


# "Headquarters Regions: Rogaland, Nordic Countries, Europe": a line whose label
# (up to four words, a bracketed note allowed) ends in a word naming a band of regions
# (lexicon/address-band-labels.csv).
_BAND_WORDS = frozenset(word for (word,) in lexicon.table("address-band-labels"))
_LINE_LABEL = re.compile(
    r"\A(?P<label>[^\W\d_][\w&/-]{0,30}(?: [^\W\d_][\w&/-]{0,30}){0,3})(?: \([^()]{1,30}\))?\s?:\s"
)


def _band_line(line: str) -> bool:
    """ "Headquarters Regions: Rogaland, Nordic Countries, Europe", "Operating areas: …": a line
    labelled with a band of regions or markets the organization works in."""
    found = _LINE_LABEL.match(line.strip().lstrip("-*• "))
    return found is not None and found["label"].split()[-1].casefold() in _BAND_WORDS


def _without_band_lines(lines: list[str]) -> list[str]:
    """``lines`` without those naming a band of regions (``_band_line``): a region band is no
    part of the head office's address, and its places are no region of it."""
    return [line for line in lines if not _band_line(line)]


def _own_name_as_its(text: str, identity: Identity) -> str:
    """ "TVA's principal executive offices are located at …": the organization's own
    name or acronym as the owner of the opening clause is "Its", so the spoken lead is read as
    for "Its head office is at …"; another body's name is left alone (the sentence stays unread)."""
    # (also "The SNCF's head office is at …", "Unilever's …" for Unilever PLC, "Singapore
    # Airlines' head office …": names.own_possessive_opening)
    opening = own_possessive_opening(text, identity)
    return "Its " + text[opening:] if opening else text


def _town_of_mail_line(lines: list[str], later: list[str], verbatim: str) -> Address | None:
    """ "The campus is at X Hill, Dodoma." then "Postal address: P.O. Box 9, Dodoma, Tanzania":
    where the head office's lines give no address, the town and country of the labelled mail
    line after them, when the head office's lines name that town too; its box and code are the
    post office's, not read."""
    if not later:
        return None
    mail = _read(_first_address(later[0]))
    town = mail.locality
    if town is None or mail.country is None:
        return None
    named = [word.casefold() for word in _VOICE_WORD.findall(" ".join(lines))]
    wanted = [word.casefold() for word in _VOICE_WORD.findall(town)]
    if not wanted or not any(named[i : i + len(wanted)] == wanted for i in range(len(named))):
        return None  # the head office's lines name another town, or none
    return Address(verbatim=verbatim, locality=town, region=mail.region, country=mail.country)


_SECOND_ADDRESS_LABEL = re.compile(
    rf"(?:{lexicon.alternation(label for (label,) in lexicon.table('second-address-labels'))})\s?:", re.I
)
_GEOCODE_LABEL = lexicon.alternation(label for (label,) in lexicon.table("geocode-labels"))
# "ISO 3166-1: AU / ISO 3166-2: AU-NSW": labelled codes only (capitals, digits, hyphens), a few
_GEOCODE = rf"(?i:{_GEOCODE_LABEL}) ?: ?[A-Z0-9][A-Z0-9-]{{0,9}}"
_GEOCODE_LINE = re.compile(rf"{_GEOCODE}(?: ?[/;,] ?{_GEOCODE}){{0,5}}\.?$")


# "Main production centres (not HQ): …": a line marked as no head office
# (lexicon/not-head-office-marks.csv), whole words, any case.
_NOT_HEAD_OFFICE = re.compile(
    rf"(?<![\w-])(?:{lexicon.alternation(mark for (mark,) in lexicon.table('not-head-office-marks'))})(?![\w-])",
    re.I,
)


def _without_second_addresses(lines: list[str]) -> list[str]:
    """The lines before a labelled second address ("Postal address: Postbus 201, 3730 AE De
    Bilt", "Second office: …" under the head office's line): that line and those after it name
    another address, never the head office's. A line of place codes under the first
    ("ISO 3166-1: AU / ISO 3166-2: AU-NSW", "NUTS 3: DE712") is no address part. A
    later line marked as no head office ("Studios (not HQ): …") names other sites."""
    for i, line in enumerate(lines[1:], start=1):
        if _SECOND_ADDRESS_LABEL.match(line.strip()) or _NOT_HEAD_OFFICE.search(line):
            return [kept for kept in lines[:i] if kept is lines[0] or not _GEOCODE_LINE.match(kept.strip())]
    return [line for i, line in enumerate(lines) if i == 0 or not _GEOCODE_LINE.match(line.strip())]


@cache
def _first_person() -> frozenset[str]:
    roles = ("subject", "object", "possessive", "reflexive")
    return frozenset(word for role in roles for word in lexicon.first_person_words(role))


# A word, its contraction cut off ("You'll" -> "you", "we're" -> "we").
_VOICE_WORD = re.compile(r"[^\W\d_]+")
# "… at " ending the lead-in: the address follows.
_AT = re.compile(r"\sat\s")
# A spaced dash before a note ("… Singapore 119614 — visit our library!").
_NOTE_DASH = re.compile(r"\s[—–-]\s")


def _speaks_of_itself(clause: str) -> bool:
    """``clause`` holds a first-person word (first-person-words.csv): the organization's own voice."""
    return any(m.group().lower() in _first_person() for m in _VOICE_WORD.finditer(clause, 0, 200))


def _in_own_voice(text: str) -> str:
    """An organization's own page names its address in a sentence. A lead-in before
    " at " with a first-person word ("You'll find us at …", "Come and visit us at …", "We are
    located at …") names its own seat: the address is what follows (a lead-in without one is
    left to ``_street_in_prose``: it may be another body's). A note after a spaced dash that
    opens in lowercase and speaks in the first person or calls out ("— visit our library!",
    "— come and see us!") is no part of the address; a closing "!" neither."""
    head = text.split(",", 1)[0]
    at = _AT.search(head)
    lead = head[: at.start()] if at else ""
    # no other name in it ("The Ministry we report to is at …" is another body's seat)
    named = any(word[:1].isupper() for word in lead.split()[1:])
    if at and lead and not named and not any(ch.isdigit() for ch in lead) and _speaks_of_itself(lead):
        text = text[at.end() :]
    for dash in _NOTE_DASH.finditer(text):
        note = text[dash.end() :]
        if note[:1].islower() and ("!" in note or _speaks_of_itself(note)):
            text = text[: dash.start()]
            break
    return text.rstrip().rstrip("!").rstrip()


# A line that opens with its house number or plot ("700 Harris Street", "Plot 9 Colville Street").
_NUMBERED_LINE = re.compile(r"\A(?:[^\W\d_]{2,5}\.? )?\d{1,5}[A-Za-z]?(?:[-–/]\d{1,5}[A-Za-z]?)? [^\W\d_]")


# A line closing with its house number ("Avenue du Mont-Blanc 27", "Storgatan 12B").
_NUMBER_LAST_LINE = re.compile(r"[^\W\d_][^\d,]{1,60} \d{1,5}[A-Za-z]?")


def _without_own_building(address: Address, identity: Identity) -> Address:
    """ "WWF International, Avenue du Mont-Blanc 27": the organization's own name
    (its name or acronym first, no digit) before a numbered line that names a street is the
    addressee, not the street; the numbered line and what follows it are. A building named
    after it ("KCRC House, 9 Lok King Street", ``building-name-words``) is a building line,
    kept before the street as written (FORMAT.md), as another building's name is
    ("Gibbs Building, 215 Euston Road") and a street without a number ("UTI Tower, Bandra
    Kurla Complex"; ``_names_addressee``)."""
    if address.street is None:
        return address
    first, comma, rest = address.street.partition(",")
    parts = [part.strip() for part in rest.split(",")]
    if not comma or any(ch.isdigit() for ch in first) or _building_name(first):
        return address
    names = identity.own_names
    own = any(first.startswith(f"{name} ") for name in names) or _clipped_name(first, identity.name)
    numbered = _NUMBERED_LINE.match(parts[0]) or _NUMBER_LAST_LINE.fullmatch(parts[0])
    if not own or not numbered or not _names_street(parts[0]):
        return address
    return dataclasses.replace(address, street=rest.strip())


@cache
def _building_name(part: str) -> bool:
    """ "KCRC House", "HDB Hub", "Pan Am Building": a name closed by a building noun."""
    words = part.split()
    return len(words) > 1 and _fold(words[-1]) in _folded_words("building-name-words")


def _clipped_name(building: str, name: str | None) -> bool:
    """ "Pan Am Building" of Pan American World Airways: the building's name words
    before its last word, two or more, each open the organization's name words in turn ("Pan"
    "Pan", "Am" "American"), one of them clipped. "Pan Pacific Building" or "Daewoo Center
    Building" (a word the name lacks) is another building."""
    words, own = building.split()[:-1], (name or "").split()
    if len(words) < 2 or len(words) > len(own) or words == own[: len(words)]:
        return False
    return all(len(word) > 1 and mine.startswith(word) for word, mine in zip(words, own, strict=False))


def _street_in_prose(address: Address) -> bool:
    """ "The Ministry it reports to is at 1 Parliament Square, London …": a street
    holding a finite verb (``address-sentence-words``) is a sentence about some site, not an
    address line."""
    words = _address_sentence_words()
    # (a locality too: "The Ministry's offices are in Nairobi" is a sentence, no town)
    lines = (line for line in (address.street, address.locality) if line is not None)
    return any(word.strip(".,()") in words for line in lines for word in line.split())


@cache
def _address_sentence_words() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("address-sentence-words"))


def former_seat_country(field: Field) -> str | None:
    """The country of a seat an unstated address field still names ("Not applicable — the
    office closed in 1995; it worked from 600 Pennsylvania Avenue SE, Washington, D.C."): read
    from the text's last part only, a country's name or a region code written with stops
    ("D.C."; a bare "IN" or "CA" may be a word). Not an address fact (the field states none);
    it only tells which currency a shared sign ("$") names."""
    text = _verbatim(field).rstrip(" .)]")
    if not lead_status(text):
        return None
    last = text.rpartition(",")[2].strip()
    country = country_code(last)
    if country is None and _DOTTED_CODE.fullmatch(last + "."):
        country = next((c for c in ("US", "CA", "AU") if _region(last + ".", c)), None)
    return country


@cache
def _address_labels() -> Mapping[str, str]:
    return MappingProxyType({label.casefold(): component for label, component in lexicon.table("address-labels")})


def _null_value(value: str) -> bool:
    """A record's value that says there is none ("n/a (campus address only)", "TBD", "null",
    "unknown — see ref [3]", "—"; the status phrases, ``lexicon/status-phrases.csv``): a null
    word, with or without its explanation, is no address part."""
    return lead_status(value) is not None or not any(ch.isalnum() for ch in value)


# A code alone in a record's country row: an ISO 3166-1 alpha-2 code, current or withdrawn.
_ALPHA_2 = re.compile(r"[A-Z]{2}")


def _record_country(value: str) -> str | None:
    """The country of a record's country row: a name or a current code (``country_code``),
    or a withdrawn ISO 3166 code written as such ("CS" for Czechoslovakia; pycountry's
    historic_countries), kept as written."""
    code = country_code(value)
    if code is None and _ALPHA_2.fullmatch(value.strip()):
        import pycountry  # lazy: its database loads on first use

        if pycountry.historic_countries.get(alpha_2=value.strip()) is not None:
            code = value.strip()
    return code


# A postal code in its own record row where the country has no pattern in the lexicon:
# letters and digits, at most one inner space or hyphen, at least one digit (checked in code).
_RECORD_POSTAL = re.compile(r"[A-Z0-9]{2,8}(?:[ -][A-Z0-9]{2,5})?", re.I)


def _record_postal(value: str, country: str | None) -> str | None:
    if _postal(value, country):
        return _strip_mark(value, country)
    if country in _postal_codes() or not any(ch.isdigit() for ch in value):
        return None
    return value if _RECORD_POSTAL.fullmatch(value) else None


def _labelled(field: Field) -> Address | None:
    """An address written as a table of labelled rows or as labelled lines ("| Building and
    street | Real Towers, Hospital Road |", "| City | Nairobi |", "country: LC";
    ``lexicon/address-labels.csv``): each component from its row, checked as in a written
    address (a postal code by the country's pattern, or by its shape in a row of its own where
    the country has none; a region by its names; a locality without digits). A row whose value
    is a null word ("street: n/a (campus address only)", "street: TBD") gives nothing; a
    "written" row ("HQ: Nairobi, KE") is read as a written address for what the other rows do
    not give. At least two rows with known labels; else None (the address is
    read as written)."""
    rows = [row for item in field.items if (row := record(item.text))]
    labels = _address_labels()
    known = [(labels[row.key], row.value.rstrip(".")) for row in rows if row.key in labels]
    if len(known) < 2:
        return None
    values: dict[str, str] = {}
    for component, value in known:
        if not _null_value(value):
            values.setdefault(component, value)
    country = _record_country(values["country"]) if "country" in values else None
    written = _read(values["written"]) if "written" in values else Address(verbatim="")
    country = country or written.country
    postal = values.get("postal_code")
    region = values.get("region")
    address = Address(
        verbatim=_verbatim(field),
        street=values.get("street") or written.street,
        locality=_locality(values.get("locality")) or written.locality,
        region=region if region and _region(region, country) else written.region,
        postal_code=(_record_postal(postal, country) if postal else None) or written.postal_code,
        country=country,
    )
    return address


@dataclass(frozen=True)
class _Placement:
    """Where the parts of an address were read: the street lines are ``parts[:street_end]``;
    ``unreadable`` when the locality could not be read (then the address stays as written)."""

    street_end: int
    postal: str | None = None
    region: str | None = None
    locality: str | None = None
    unreadable: bool = False


def _with_verbatim(address: Address, verbatim: str) -> Address:
    """The address read from the romanised lines, with the field's whole text as written. A
    street or locality mixing Latin with another script ("東京都千代田区永田町1-7-1 Nagatacho")
    holds two addresses glued together: not read."""
    street, locality = address.street, address.locality
    return dataclasses.replace(
        address,
        verbatim=verbatim,
        street=None if street and all(_scripts(street)) else street,
        locality=None if locality and all(_scripts(locality)) else locality,
    )


def _read(verbatim: str, identity: Identity | None = None) -> Address:
    """The parts of ``verbatim`` read by the layout of its country; unread (kept as
    written) where the country or the locality cannot be told."""
    parts = _address_parts(verbatim, identity)
    country = _country(parts)
    if country is None:
        # "127006, Russian Federation, Moscow, Karetny Ryad, 5/10": the country first
        found = _country_first(verbatim, parts)
        if found is not None:
            return found
    country = country or _capital_country(parts) or _postal_country(parts)
    if len(parts) == 1 and _city_state(parts[0]):
        # "Luxembourg", "Singapore": a country named alone whose capital bears its name is the
        # town
        return Address(verbatim=verbatim, locality=parts[0], country=_city_state(parts[0]))
    if country and parts and (_POSTAL_FIRST.match(parts[0]) or _largest_first(parts, country)):
        # "〒351-0198 Saitama, Wako, Hirosawa 2-1": written from the largest part down; the
        # first part is no street. ("Islamabad 45320, Islamabad Capital Territory, Pakistan":
        # a town and code, then one region)
        return (
            _town_code_and_region(verbatim, parts, country)
            or _from_largest(verbatim, parts, country)
            or _unrecognised(verbatim, None, country)
        )
    # "Sejong Special Self-Governing City, Namsejong-ro 263": a region first, a numbered street last
    found = (
        _from_largest(verbatim, parts, country) if country and len(parts) > 2 and _region(parts[0], country) else None
    )
    if found and found.region and found.street and re.search(r"\d", found.street):
        return found
    if country is None:
        # No country, so no layout to read the parts by: only the plainest line is read.
        return _countryless(verbatim, parts) or _city_and_state(verbatim, parts) or _unrecognised(verbatim, None, None)
    if _names_country(parts[-1], country) and len(parts) > 1:
        parts = parts[:-1]
    parts = _county_for_region(parts, country)
    boxed = _boxed_postal(verbatim, parts, country)
    if boxed is not None:
        return boxed
    anchor = _postal_anchor(parts, country)
    if anchor is None and len(parts) == 1 and (_postal_town(parts[0], country) or _town_region_code(parts[0], country)):
        anchor = 0  # "461 80 Trollhättan", "Canberra ACT 2600": the code and the town alone, never a street
    placed = _Placement(len(parts)) if anchor is None else _place_at_postal(parts, anchor, country)
    if anchor is None:
        placed = _district_at_end(parts, country) or _numbered_district_at_end(parts, country) or placed
    if placed.locality is None and not placed.unreadable:
        placed = _place_before(parts, placed, country)
    elif anchor is not None and placed.locality and _is_box(parts[anchor - 1], country):
        placed = _at_post_office(parts, anchor, placed, country)
    box_town = _box_town(parts[-1], country) if parts else None
    if placed.postal is None and box_town:
        # "Boulevard X, 01 BP 1234 Abidjan 01": a box line last, its town the locality; a
        # building before it ("Immeuble Sigma, 04 BP …") is no town
        placed = _Placement(len(parts) - 1, None, placed.region, box_town)
    if placed.unreadable:
        # The parts before an unreadable locality are the street lines, as written.
        # (never a post-office box or a labelled code: "Al-Murqab, P.O. Box 2921, …")
        street_lines = _without_box(parts[: placed.street_end], country)
        street = _span(verbatim, _through_number(_street_parts(street_lines, country)))
        return _unrecognised(verbatim, street, country)
    street_parts = _street_parts(_without_box(parts[: placed.street_end], country), country)
    region = placed.region
    return Address(
        verbatim=verbatim,
        street=_without_translated_street(_span(verbatim, street_parts)),
        locality=_without_other_name(placed.locality, country),
        # "D.C." is stored as its code "DC", the form the region shapes check
        region=region.replace(".", "") if region and _DOTTED_CODE.fullmatch(region) else region,
        postal_code=placed.postal,
        country=country,
    )


# "London Gatwick Airport in West Sussex": a place and the region it lies in, in one part
_PLACE_IN = re.compile(r"(?P<place>[A-ZÀ-Þ][^,;]{1,80}?) in (?P<region>[A-ZÀ-Þ][^,;]{1,60})")


def _county_for_region(parts: list[str], country: str) -> list[str]:
    """ "…, West Sussex, England" (the country's name already gone): a constituent
    country written after a county is no region, the county is (constituent-countries.csv); a
    last part "X in Y" where Y is a region of the country is the place X and its region Y
    ("London Gatwick Airport in West Sussex"). Only a county or province (``_names_province``)
    counts: "Cardiff, Wales" (a city that is also a unitary authority) stays as read."""
    constituent = {_fold(name) for name in _words_by_country("constituent-countries").get(country, ())}
    if len(parts) > 1 and _fold(parts[-1].rstrip(".")) in constituent:
        placed = _PLACE_IN.fullmatch(parts[-2])
        county = placed["region"] if placed else parts[-2]
        if (placed or len(parts) > 2) and _names_province(county, country):
            parts = parts[:-1]
    placed = _PLACE_IN.fullmatch(parts[-1]) if parts else None
    if placed and _names_province(placed["region"], country) and _fold(placed["region"]) not in constituent:
        parts = [*parts[:-1], placed["place"], placed["region"]]
    return parts


@cache
def _bracketed_town_name_countries() -> frozenset[str]:
    return frozenset(country for (country,) in lexicon.table("bracketed-town-name-countries"))


def _without_other_name(locality: str | None, country: str) -> str | None:
    """ "Copenhagen (København)", "Wien (Döbling)": a closing bracket of capitalised words after
    the town gives its other name or its district; the locality is the town written first.
    Where a bracket is part of official town names ("Frankfurt (Oder)", DE) it stays, and so
    does one holding a digit or a lowercase note."""
    if not locality or not locality.endswith(")") or country in _bracketed_town_name_countries():
        return locality
    opening = locality.rfind("(")
    inside, before = locality[opening + 1 : -1].strip(), locality[:opening].strip()
    words = inside.split()
    if opening <= 0 or not before or not words or "(" in inside or re.search(r"\d", inside):
        return locality
    return before if all(word[:1].isupper() for word in words) else locality


def _without_translated_street(street: str | None) -> str | None:
    """ "Leuvensesteenweg 13 (Chaussée de Louvain 13)": the street named in a second language
    in a closing bracket is left out; the street is the form written first. A bracket naming
    no thoroughfare ("Edifício Sede (EDISE)") stays."""
    if not street or not street.endswith(")"):
        return street
    opening = street.rfind("(")
    inside, before = street[opening + 1 : -1], street[:opening].rstrip()
    if opening <= 0 or "(" in inside or not _names_street(inside) or not _names_street(before):
        return street
    return before


def _at_post_office(parts: list[str], anchor: int, placed: _Placement, country: str) -> _Placement:
    """ "P.O. Box 11-8281, Riad El Solh 1107 2260, Beirut", "Al-Murqab, Kuwait City, P.O. Box
    2921, Safat 13030": right after a box, the place beside the code is the post office the box
    is at. The town is the bare place after it where the lines before the box end with the
    same place (else the town is unsure: none is read), or the last of the lines before the
    box where they are all bare places (no number, no thoroughfare). With nothing after the
    code and a street or building before the box, the post office is the town ("King Fahd
    Road, P.O. Box 6086, Riyadh 11442")."""
    after = [part for part in parts[anchor + 1 :] if not _region(part, country)]
    before = parts[: anchor - 1]
    repeated = bool(before) and after == before[-1:]
    # "CP 401, 1214 Vernier, Geneva": where the code leads the town, as the country writes it,
    # the town is the place beside the code
    before_town = _before_locality(country) and not parts[anchor].endswith(placed.postal or "")
    if len(after) == 1 and len(parts) == anchor + 2 and _bare_place(after[0]) and not before_town:
        # the same town before the box and after the code: it is the town; else which of the
        # two places is the town ("Reading RG1 1AA, Berkshire") is unsure: none is read
        if repeated:
            # the town written before the box too is no street line
            return dataclasses.replace(placed, street_end=min(placed.street_end, anchor - 2), locality=after[0])
        # which bare place before the box is the town is unsure: the street lines end with the
        # last that has a number or names a thoroughfare
        lines = [i + 1 for i, part in enumerate(before) if re.search(r"\d", part) or _names_street(part)]
        return dataclasses.replace(placed, street_end=min(placed.street_end, max(lines, default=0)), locality=None)
    if after or len(before) < 2 or not all(_bare_place(part) for part in before):
        return placed
    # the lines before the box name a neighbourhood and the town, no street
    return dataclasses.replace(placed, street_end=0, locality=before[-1])


# "New Delhi 110001": a code closing the capital's part (checked by the country's pattern)
_CODE_AT_END = re.compile(r" \d[\d ]{0,9}\Z")
_CODE_ALONE = re.compile(r"\d[\d ]{1,9}")


@cache
def _national_capitals() -> Mapping[str, str]:
    # national capitals and great cities no other well-known town shares ("…, Johannesburg, 2092")
    return MappingProxyType({_fold(town): country for country, town, _kind in lexicon.table("towns-telling-country")})


def _capital_country(parts: list[str]) -> str | None:
    """ "…, 24 Tilak Marg, New Delhi 110001", "…, Jung-gu, Seoul": a line closing with a
    national capital or great city (towns-telling-country.csv) and no country is in that capital's country,
    when after a street line (a number or a thoroughfare word); a code after the capital
    must fit that country's pattern."""
    before = " ".join(parts[:-1])
    if len(parts) < 2 or (not _names_street(before) and not re.search(r"\d", before)):
        return None
    if _names_admin_unit(parts[-2]):
        # "…, Maitama District, Abuja": a quarter of the city or a unit round it, not told
        # (no locality is read after a unit line); nothing is claimed from the capital
        return None
    coded = _CODE_AT_END.search(parts[-1])
    place, code = (parts[-1][: coded.start()], coded[0].strip()) if coded else (parts[-1], "")
    if len(parts) > 2 and _CODE_ALONE.fullmatch(parts[-1]):
        place, code = parts[-2], parts[-1]  # "…, Johannesburg, 2092": the code a part of its own
    country = _national_capitals().get(_fold(place))
    if country is None or (code and not _postal(code, country)):
        return None
    return country


@cache
def _telling_postal_countries() -> tuple[str, ...]:
    return tuple(country for (country,) in lexicon.table("telling-postal-codes"))


def _postal_country(parts: list[str]) -> str | None:
    """ "14 Tavistock Street, London WC2E 7PB", "…, Perth, Western Australia 6000": a line with
    no country, after a street line, closing with a postal code that tells its country:
    a code of a pattern no other country writes (telling-postal-codes.csv) after a bare
    place, or a code after a region that one country alone (of those writing the region before
    the code) names, the code fitting that country's pattern."""
    before = " ".join(parts[:-1])
    if len(parts) < 2 or _told_in_prose(before):
        return None
    # (a telling code needs no street word before it: "Marlborough House, Pall Mall, London SW1Y 5HX")
    street_line = _names_street(before) or re.search(r"\d", before) is not None
    words = parts[-1].split()
    for size in (2, 1):  # "SW1P 3NQ", "SW1P3NQ"; "3000"
        place, code = " ".join(words[:-size]), " ".join(words[-size:])
        if not place or not _bare_place(place):
            continue
        for country in _telling_postal_countries():
            if _postal(code, country) and not _names_province(place, country):
                return country
        if not street_line:
            continue
        countries = [c for c in sorted(_region_before_postal()) if _names_province(place, c) and _postal(code, c)]
        if len(countries) == 1 and _bare_place(parts[-2]) and not _names_province(parts[-2], countries[0]):
            return countries[0]
    return None


def _bare_place(part: str) -> bool:
    """ "Beirut", "Kuwait City", "Al-Murqab": a place name alone (capitalised words, no number,
    no thoroughfare, box, landmark or code label)."""
    words = part.split()
    return (
        0 < len(words) <= 4
        and all(ch.isalpha() or ch in " -'’" for ch in part)
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word in lexicon.name_particles() for word in words)
        and not _names_street(part)
        and not _is_landmark(part)
        and not _is_box(part)
        and _fold(part) not in _former_countries()
    )


def _countryless(verbatim: str, parts: list[str]) -> Address | None:
    """ "309 Regent Street, London", "Plot 4, Crescent Road, Abuja": a line with no country
    whose last part is a bare place name (not a former state's) right after a street line (a
    thoroughfare word; "…, Berlin, Prussia" has a place there, so its last part is no
    locality). No postal code (no country tells its pattern) and no region (no country
    has its table); None for anything else, prose included ("… by the institute: X 2, …")."""
    line = _first_address(verbatim)
    if len(parts) < 2 or ". " in line or ":" in line:
        return None
    place = parts[-1]
    words = place.split()
    if (
        not all(ch.isalpha() or ch in " -'’" for ch in place)
        or any(_prose_word(word) for part in parts[:-1] for word in part.split())
        or len(words) > 3
        or not all(word[:1].isupper() for word in words)
        or _names_street(place)
        or _is_landmark(place)
        or _fold(place) in _former_countries()
        or not _names_street(parts[-2])
    ):
        return None
    street = _span(verbatim, _street_parts(parts[:-1]))
    return Address(verbatim=verbatim, street=street, locality=place)


def _city_and_state(verbatim: str, parts: list[str]) -> Address | None:
    """ "Los Angeles, California", "Regina, Saskatchewan": a place and a state's or province's
    full name, no country line. The country is the one country (of those writing a region in
    their addresses, ``region-before-postal``) with a province of that name; none or several
    ("Georgia", a country too): None."""
    if len(parts) != 2 or not _bare_place(parts[0]) or parts[1].isupper() or country_code(parts[1]):
        return None
    countries = [c for c in sorted(_region_before_postal()) if _names_province(parts[1], c)]
    if len(countries) != 1 or _names_province(parts[0], countries[0]):
        return None
    return Address(verbatim=verbatim, locality=parts[0], region=parts[1], country=countries[0])


@cache
def _former_countries() -> frozenset[str]:
    return frozenset(_fold(name) for (name,) in lexicon.table("former-country-names"))


def _told_in_prose(text: str) -> bool:
    """ "The grounds lay between …": sentence words, not an address line's."""
    return any(_prose_word(word) for word in text.split())


def _prose_word(word: str) -> bool:
    """ "stood", "occupied": a lowercase word of four letters or more that names no
    thoroughfare is a sentence's, not an address line's ("dei", "rue", "gate" are)."""
    bare = word.strip(".,()")
    return len(bare) > 3 and bare.isalpha() and bare.islower() and not _names_street(bare)


# "P.O. Box 30266-00100": a box number and the postal code of its post office (Kenyan usage)
_BOX_CODE = re.compile(r"(?P<box>[^–-]{1,40}\d)\s?[–-]\s?(?P<code>\d{3,6})")


def _boxed_postal(verbatim: str, parts: list[str], country: str) -> Address | None:
    """ "Kenyatta House, P.O. Box 30197-00100, Nairobi", "P.O. Box 30007 – 00100, Nairobi": the
    postal code written after the box number, the locality the part after it (the last one);
    None for any other layout."""
    box = next((i for i, part in enumerate(parts) if _is_box(part, country)), None)
    if box is None:
        return None
    glued = _BOX_CODE.fullmatch(parts[box])
    if glued and _postal(glued["code"], country):
        code, after = glued["code"], box + 1
    elif box + 1 < len(parts) and re.search(r"\d\Z", parts[box]) and _postal(parts[box + 1], country):
        code, after = _strip_mark(parts[box + 1], country), box + 2
    else:
        return None
    if after != len(parts) - 1 or not _locality(parts[after]) or _names_street(parts[after]):
        return None
    street = _street_parts(_without_box(parts[:box], country), country)
    return Address(
        verbatim=verbatim, street=_span(verbatim, street), locality=parts[after], postal_code=code, country=country
    )


def _address_parts(verbatim: str, identity: Identity | None) -> list[str]:
    """The comma-separated parts of the first address, without a leading addressee line."""
    parts = [p.strip() for p in _PARTS.split(_without_landmarks(_first_address(verbatim))) if p.strip()]
    parts = [part for part in parts if not _is_landmark(part)]
    # "…, Jamaica, W.I.", "…, Ghana, West Africa": the region after the country line is a note
    if len(parts) > 2 and _fold(parts[-1].removesuffix(".")) in _regions_after_country() and country_code(parts[-2]):
        parts = parts[:-1]
    # "EPFL, Route Cantonale, …": the addressee line is no street; a place the intro names
    # beside the name is the locality when a region follows it ("Ile-Ife, Osun State, Nigeria")
    if identity and len(parts) > 2 and _names_addressee(parts[0], identity):
        place = parts[0] in identity.alternate_names and not parts[0].isupper()
        if not (place and _region(parts[1], country_code(parts[-1]))):
            parts = parts[1:]
    if len(parts) > 2 and _CARE_OF.match(parts[0]):
        parts = parts[1:]  # "c/o University of Oslo, …": whose address it is, not a street
        # "c/o the Secretary, Harbour Trust, PO Box 12, …": the lines before the box, none with
        # a number, are the addressee's too
        box = next((i for i, part in enumerate(parts) if _is_box(part)), None)
        if box and not any(re.search(r"\d", part) for part in parts[:box]):
            parts = parts[box:]
    return parts


@cache
def _landmark_words() -> tuple[str, ...]:
    return tuple(word for (word,) in lexicon.table("address-landmark-words"))


def _is_landmark(text: str) -> bool:
    """ "near Parliament House", "opp. Rail Bhawan": a note on how to find the building."""
    return any(text == word or text.startswith(word + " ") for word in _landmark_words())


def _without_landmarks(text: str) -> str:
    """The address without landmark notes in brackets ("New Delhi – 110001 (near Rail
    Bhawan), India"), read in code: a bracket without a nested one, opening with a landmark
    word, wherever it is."""
    start = 0
    while (opening := text.find("(", start)) != -1:
        closing = text.find(")", opening)
        if closing == -1:
            break
        if "(" not in text[opening + 1 : closing] and _is_landmark(text[opening + 1 : closing].strip()):
            text = text[:opening].rstrip() + text[closing + 1 :]
            start = opening
        else:
            start = opening + 1
    return text


def _postal_town(part: str, country: str) -> bool:
    """ "461 80 Trollhättan", "0314 Oslo", "3731 GA De Bilt": a postal code written first, as
    the country writes it, then a town; no thoroughfare, no box."""
    line = _read_part(part, country)
    if not (line and line.postal and line.locality and _before_locality(country)):
        return False
    code_first = part.find(line.postal) < part.find(line.locality)
    rest = part.replace(line.postal, " ")
    return code_first and not _names_street(rest) and not _is_box(part, country)


def _town_region_code(part: str, country: str) -> bool:
    """ "Canberra ACT 2600", "Parkville VIC 3010": a town, a region of the country and a postal
    code, as the country writes them (region-before-postal.csv), and nothing else: the
    locality's line, never a street; a part with a thoroughfare word, a box, a digit in the
    town or a region the country's table does not hold is no such line."""
    line = _read_part(part, country)
    if not (line and line.postal and line.region and line.locality) or country not in _region_before_postal():
        return False
    town = line.locality
    return (
        _region(line.region, country)
        and not re.search(r"\d", town)
        and all(word[:1].isupper() for word in town.split())
        and not _names_street(part.replace(line.postal, " "))
        and not _is_box(part, country)
    )


def _town_code_and_region(verbatim: str, parts: list[str], country: str) -> Address | None:
    """ "Islamabad 45320, Islamabad Capital Territory, Pakistan" (an addressee line before it
    left out): a town and its postal code (the town a bare place name), then one region of the
    country (a name or a name closed by a subdivision type word), then the country: no street
    line; the town, code and region are read as written. Else None."""
    if len(parts) != 3 or not _names_country(parts[-1], country) or _is_box(parts[0], country):
        return None
    region = parts[1]
    if not (_region(region, country) or _typed_as_region(region, country)):
        return None
    line = _read_part(parts[0], country)
    if not (line and line.postal and line.locality and not line.region and _bare_place(line.locality)):
        return None
    return Address(verbatim=verbatim, locality=line.locality, region=region, postal_code=line.postal, country=country)


def _postal_anchor(parts: list[str], country: str) -> int | None:
    """The rightmost part (not the first) holding a postal code: it anchors the layout;
    parts right of it may only be regions (others, such as a canton after "1214 Vernier",
    stay unread)."""
    return next(
        (
            i
            for i in range(len(parts) - 1, 0, -1)
            # "P.O. Box 30197": a box number, not a postal code after a locality "P.O. Box"
            if (line := _read_part(parts[i], country)) and line.postal and not _is_box(line.locality or "")
        ),
        None,
    )


def _place_at_postal(parts: list[str], anchor: int, country: str) -> _Placement:
    """The postal code with the region and locality written beside it or after it."""
    line = _read_part(parts[anchor], country)
    assert line is not None
    postal, region = line.postal, line.region
    after = parts[anchor + 1 :]
    # "…, Bloco C, CEP 70818-900, Brasília, Federal District": a code labelled by its postal
    # word (postal-code-words.csv) on its own, then a place that is no region: the locality
    # follows the code even where the country writes the code after it ("Brasília 70818-900")
    labelled = bool(after) and _is_postal_label(parts[anchor]) and _bare_place(after[0])
    labelled = labelled and not _region(after[0], country) and not _names_country(after[0], country)
    if not line.locality and not line.region and (_before_locality(country) or labelled) and after:
        # "C.P. 11560, Ciudad de México": a code written before the locality, on its own
        line = _Line(postal=postal, locality=after[0])
        after = after[1:]
    region = region or next((p for p in after if _region(p, country)), None)
    if not line.locality:
        return _Placement(anchor, postal, region)
    locality, bracketed = _with_region(line.locality, country)
    region = region or bracketed
    locality, coded = _with_region_code(locality, country)
    region = region or coded
    locality, slashed = _with_slashed_region(locality, country)
    region = region or slashed
    read = _locality(locality, coded=True)
    read = None if read and _typed_as_region(read, country) else read
    return _Placement(anchor, postal, region, read, unreadable=read is None)


def _place_before(parts: list[str], placed: _Placement, country: str) -> _Placement:
    """No locality beside a postal code: the locality is the last part before the code (or
    before the end), past a region and post-office boxes."""
    index, postal, region = placed.street_end, placed.postal, placed.region
    if region and index > 1 and _capital_named(region, country) and _names_city_ward(parts[index - 1], country):
        # "Chiyoda-ku, Tokyo 100": a ward of the city named like its province; the city is the
        # locality and the ward no line of the street. The one word is read once,
        # as the city: annotators disagree on also giving it as the region
        return _Placement(index - 1, postal, None, region)
    abbreviation = index > 2 and _ABBREVIATION.fullmatch(parts[index - 1])
    if region is None and abbreviation and not _region(parts[index - 1], country):
        index -= 1  # "Abuja, FCT": an abbreviation no table names (a region): not a locality
    # a region code in capitals is the region even after a part with a number ("01310-200
    # São Paulo, SP"): a code is never the locality; a region's name after a number may be
    # a neighbourhood ("12 Main Road, Central")
    coded = bool(_ABBREVIATION.fullmatch(parts[index - 1])) if index > 1 else False
    # "…, Đống Đa district, Hà Nội", "…, District 1, Hồ Chí Minh": a city that is a subdivision
    # after a ward or district line (numbered or not) is the locality
    unit = index > 1 and (_names_admin_unit(parts[index - 2]) or _names_ward(parts[index - 2]))
    if (
        region is None
        and index > 1
        and _region(parts[index - 1], country)
        and (coded or unit or not re.search(r"\d", parts[index - 2]))
    ):
        city = _capital_named(parts[index - 1], country) or _city_subdivision(parts[index - 1], country)
        if city and index > 2 and _names_city_ward(parts[index - 2], country):
            # "…, Jung-gu, Seoul", "…, Chiyoda-ku, Tokyo": a ward (ward-suffixes) of the city
            # that is a province, as before a postal code ("Chiyoda-ku, Tokyo 100"): the city
            # is the locality and the ward no line of the street
            return _Placement(index - 2, postal, None, parts[index - 1])
        if _capital_named(parts[index - 1], country):
            if _building_line(parts[index - 2]) or unit or _names_street(parts[index - 2]):
                # "Campus Universitário Principal, Maputo", "Kamayut Township, Yangon", "Calle
                # 5, San José": a building, street, ward or township line is followed by its
                # city, not by a province of the same name
                return _Placement(index - 1, postal, None, parts[index - 1])
            if _bare_place(parts[index - 2]):
                # "Mata Redonda, San José": a district and its city, or a town and its
                # province: not told, so left unread
                return _Placement(index - 1, postal, None, None, unreadable=True)
        before = parts[index - 2]
        if (
            _city_subdivision(parts[index - 1], country) and (unit or _bare_place(before) or _site_or_street(before))
        ) or _telling_city_after_line(parts[index - 1], before, country, unit):
            # "Immeuble X, Plateau, Abidjan": the city after its neighbourhood is the locality;
            # the neighbourhood stays with the street lines; so after a street or
            # building line ("Dock Road, Manchester"); a province named like a
            # telling city after a site or street line ("Aeroparque X, Buenos Aires")
            return _Placement(index - 1, postal, None, parts[index - 1])
        region = parts[index - 1]
        index -= 1
    while index > 1 and _is_box(parts[index - 1], country):
        index -= 1
    village = _village_line(parts, index) if region or postal else None
    if village is not None:
        # "Village Tilonia, via Madanganj, District Ajmer, Rajasthan 305816": the village is the
        # locality; the route and district lines after it are neither street nor town
        return _Placement(village[0], postal, region, village[1])
    if (
        index > 2
        and (_is_district(parts[index - 1], country) or _names_admin_unit(parts[index - 1]))
        and not re.search(r"\d", parts[index - 2])
        and not _names_street(parts[index - 2])
    ):
        index -= 1  # "Fo Tan, Sha Tin, New Territories": the locality is the part before the district
    if index > 1:
        locality, bracketed = _with_region(parts[index - 1], country)
        region = region or bracketed
        locality, slashed = _with_slashed_region(locality, country)
        region = region or slashed
        read = _locality(locality, coded=postal is not None)
        # (a thoroughfare is no locality: "Plot 9, Ring Road, Northern Region"; it ends the street)
        if read and _site_or_street(read):
            # (nor a building or site line: "Edificio Sur, Mendoza" names no town)
            return _Placement(index, postal, region, None, unreadable=True)
        read = None if read and (_typed_as_region(read, country) or _names_admin_unit(read)) else read
        # "…, Telavi Municipality, Kakheti": a place after a municipality line is larger than
        # it (a region no table spells so), never the locality
        read = None if read and index > 1 and _names_admin_unit(parts[index - 2]) else read
        return _Placement(index - 1, postal, region, read, unreadable=read is None)
    if index == 1 and _locality(parts[0]) and not _site_or_street(parts[0]):
        # "Farnborough, Hampshire", "Caracas, Venezuela": no street line
        return _Placement(0, postal, region, parts[0])
    return _Placement(index, postal, region)


def _telling_city_after_line(part: str, before: str, country: str, unit: bool) -> bool:
    """ "Aeroparque X, Buenos Aires", "Avenida Paulista, São Paulo": a province named like its
    country's capital or great city (towns-telling-country), after a site, street or ward line,
    is that city; after a bare place ("Tigre, Buenos Aires") it stays the province."""
    return _national_capitals().get(_fold(part)) == country and (unit or _site_or_street(before))


def _site_or_street(part: str) -> bool:
    """ "Calle Defensa", "Edificio Cóndor", "Aeropuerto X": a thoroughfare, building or site line."""
    return _names_street(part) or _building_line(part)


def _postal_route(part: str) -> bool:
    """ "via Madanganj", "Post Kishangarh": the post office the mail goes through
    (``postal-route-words``) and a place name, no thoroughfare ("Post Office Road")."""
    # (the place alone is checked: "via" is also a thoroughfare word, "Via Sannio, 2")
    words = part.split()
    place = " ".join(words[1:])
    return (
        1 < len(words) <= 4
        and _fold(words[0]) in _folded_words("postal-route-words")
        and _bare_place(place)
        and not _names_street(place)
    )


def _village_line(parts: list[str], index: int) -> tuple[int, str] | None:
    """ "Village Tilonia, via Madanganj, District Ajmer, …": a part naming a village by its
    type word (``village-words``) before nothing but postal routes and district lines (one at
    least) up to ``index``: the part's index and the village's name."""
    end = index
    while end > 0 and (
        _postal_route(parts[end - 1]) or (_names_admin_unit(parts[end - 1]) and not _names_street(parts[end - 1]))
    ):
        end -= 1  # ("District Road" is a thoroughfare, no district line)
    if end in (0, index):
        return None
    words = parts[end - 1].split()
    name = " ".join(words[1:])
    if (
        not 1 < len(words) <= 4
        or _fold(words[0]) not in _folded_words("village-words")
        or not _bare_place(name)
        or _names_street(parts[end - 1])
    ):
        return None
    return None if _building_line(name) else (end - 1, name)


# "Av. Brasil, 4365": a house number alone in its part, after the street's name.
# "Dhaka-1216", "Kathmandu-44600": a locality and its postal code joined by a hyphen
_GLUED_POSTAL = re.compile(r"(?P<name>[^\W\d_]{2,30})-(?P<code>\d{3,6})")
_CARE_OF = re.compile(r"(?:c/o|care of)\s", re.I)
_POSTAL_FIRST = re.compile(r"〒")
_ABBREVIATION = re.compile(r"[A-Z]{2,5}")


def _through_number(parts: list[str]) -> list[str]:
    """The street lines before an unread locality: up to the first with a number ("BRAC
    Centre, 75 Mohakhali"); what follows it is a ward or neighbourhood ("1-6-5 Marunouchi,
    Chiyoda-ku"), unless a thoroughfare follows: the number was a floor or a unit ("Piso 12,
    Av. Libertador 1000")."""
    numbered = next((i for i, part in enumerate(parts) if re.search(r"\d", part)), None)
    if numbered is None:
        return parts
    street = max((i for i, part in enumerate(parts) if i > numbered and _names_street(part)), default=numbered)
    return parts[: street + 1]


# "No. 195", "Nr. 4", "#12": a house number with its label, alone in the street's last part
_LABELLED_NUMBER = re.compile(r"(?:No\.?|Nr\.?|#) ?\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?")


def _leading_postal(parts: list[str], country: str) -> tuple[str | None, list[str]] | None:
    """The postal code opening a largest-first address and the parts after it, the region or
    locality written beside the code made a part of its own ("〒351-0198 Saitama", "Tokyo
    100-8914"); (None, parts) without a code; None where the first part is not read."""
    first = parts[0]
    head, _, after = first.partition(" ")
    if _postal(first, country):  # "185-8601", "Postal code 2594 AV"
        return _strip_mark(first, country), parts[1:]
    if after and _postal(head, country):  # "〒351-0198 Saitama"
        return _strip_mark(head, country), [after, *parts[1:]]
    line = _read_part(first, country)
    if line and line.postal:  # "Tokyo 100-8914": the region beside the code
        place = line.region or line.locality
        return (_strip_mark(line.postal, country), [place, *parts[1:]]) if place and _region(place, country) else None
    return None, parts


def _from_largest(verbatim: str, parts: list[str], country: str) -> Address | None:
    """ "185-8601, Tokyo, Kokubunji City, Higashi-Koigakubo 1-280", "Postal code 2594 AV, Den
    Haag, Bezuidenhoutseweg 30", "Seoul, Jongno-gu, Sejong-daero 209": written from the largest
    part down: the postal code, the region, the locality, the street last (its house number
    may follow in a part of its own: "Chung Hsing Road Section 4, No. 195"). The locality is
    read only where one part stands between the region and the street; None where the street
    is not the last part."""
    rest = parts[:-1] if len(parts) > 1 and _names_country(parts[-1], country) else list(parts)
    leading = _leading_postal(rest, country) if rest else None
    if leading is None:
        return None
    postal, rest = leading
    region = rest[0] if rest and _region(rest[0], country) else None
    rest = rest[1:] if region else rest
    labelled = len(rest) > 1 and _LABELLED_NUMBER.fullmatch(rest[-1]) and _names_street(rest[-2])
    street = rest[-2:] if labelled else rest[-1:]
    if not street or not re.search(r"[^\W\d_]", street[0]) or _postal(street[-1], country):
        return None
    if not (re.search(r"\d", street[-1]) or _names_street(street[-1])) or _region(street[0], country):
        return None
    middle = rest[: len(rest) - len(street)]
    locality = _locality(middle[0]) if len(middle) == 1 else None
    if locality and ("(" in locality or _names_street(locality) or _region(locality, country)):
        locality = None  # a bracketed gloss or a second region: not read
    if locality and _typed_as_region(locality, country):
        locality = None
    return Address(
        verbatim=verbatim,
        street=_span(verbatim, street),
        locality=locality,
        region=region,
        postal_code=postal,
        country=country,
    )


_NATIVE_GLOSS = re.compile(r"\s\((?P<gloss>[^()]{1,60})\)\Z")


def _without_native_gloss(part: str) -> str:
    """ "100084 (北京市海淀区清华大学)", "the Irshad Building (مبنى الإرشاد)": the part without
    the same address or name written in another script in brackets after it."""
    gloss = _NATIVE_GLOSS.search(part)
    return part[: gloss.start()] if gloss and _scripts(gloss["gloss"]) == (False, True) else part


def _country_first(verbatim: str, parts: list[str]) -> Address | None:
    """ "127006, Russian Federation, Moscow, Karetny Ryad, 5/10", "Kingdom of Saudi Arabia,
    Eastern Province, Dhahran 31311, P.O. Box 5000", "People's Republic of China, Beijing,
    Haidian District, 100084": written from the country down (an official bulletin's order;
    a postal code may open or close it). After the country: a region (when a town follows it,
    not a district), the locality (a bare place name, its code beside it or not), the
    districts of the town (not read), the street lines; a post-office box is no street. None
    unless the first part (or the second, after a code) names a country and the last does not,
    and a locality is read."""
    parts = [_without_native_gloss(part) for part in parts]
    if len(parts) < 2 or country_code(parts[-1]) is not None:
        return None
    country = country_code(parts[0])
    leading = None
    if country is None and len(parts) > 2 and (country := country_code(parts[1])):
        leading = _strip_mark(parts[0], country) if _postal(parts[0], country) else None
        if leading is None:
            return None
    first = 2 if leading else 1
    if country is None or _city_state(parts[first - 1]) or _told_in_prose(" ".join(parts[first:])):
        return None  # ("Luxembourg, …", "Singapore, …": the city may be meant)
    rest = parts[first:]
    trailing = _strip_mark(rest[-1], country) if _postal(rest[-1], country) else None
    rest = rest[:-1] if trailing else rest
    if (leading and trailing) or not rest:
        return None
    region = None
    postal = leading or trailing
    if _region(rest[0], country) or _typed_as_region(rest[0], country):
        town = _coded_town(rest[1], country) if len(rest) > 1 and not postal else None
        if town:  # "Eastern Province, Dhahran 31311"
            region, locality, postal, rest = rest[0], town[0], town[1], rest[2:]
        elif len(rest) > 1 and _bare_place(rest[1]) and not _district_line(rest[1], country):
            region, locality, rest = rest[0], rest[1], rest[2:]  # "Maharashtra, Pune"
        elif len(rest) > 1 and (_district_line(rest[1], country) or _city_subdivision(rest[0], country)):
            locality, rest = rest[0], rest[1:]  # "Beijing, Haidian District": the city is the town
        else:
            return None  # a region and no town
    else:
        town = _coded_town(rest[0], country) if not postal else None
        locality = town[0] if town else rest[0]
        postal = town[1] if town else postal
        rest = rest[1:]
    if (
        not _bare_place(locality)
        or _district_line(locality, country)
        or _typed_as_region(locality, country)
        or (region and _region(locality, country))
    ):
        return None  # ("Sverdlovsk Oblast, Yekaterinburg": a unit no table names, not read)
    while rest and _district_line(rest[0], country):
        rest = rest[1:]  # the town's district: not read (no street, no locality)
    street = _street_parts(_without_box(rest, country), country)
    return Address(
        verbatim=verbatim,
        street=_span(verbatim, street) if street and re.search(r"[^\W\d_]", street[0]) else None,
        locality=locality,
        region=region,
        postal_code=postal,
        country=country,
    )


def _district_line(part: str, country: str) -> bool:
    """ "Haidian District", "Láng Thượng ward", "Chiyoda-ku": a unit of the town, no town."""
    return _names_admin_unit(part) or _names_ward(part) or _names_city_ward(part, country)


def _coded_town(part: str, country: str) -> tuple[str, str] | None:
    """ "Dhahran 31311": a town and its postal code in one part, as (town, code)."""
    line = _read_part(part, country)
    if line and line.postal and line.locality and not line.region and _bare_place(line.locality):
        return line.locality, line.postal
    return None


def _largest_first(parts: list[str], country: str) -> bool:
    """ "Tokyo 100-8914, Chiyoda-ku, Nagatacho 1-6-1", "Seoul, Jongno-gu, Sejong-daero 209":
    written from the largest part down (a postal code in the first part, or a thoroughfare in
    the last part only); a layout not read, its first part no street."""
    if len(parts) > 1 and _names_country(parts[-1], country):
        parts = parts[:-1]
    if len(parts) < 2:
        return False
    if _postal(parts[0], country):
        return True  # "Postal code 2594 AV, Den Haag, …": the code alone first
    line = _read_part(parts[0], country)
    # "No. 128, Sec. 2, Academia Rd.": one abbreviated word before a number labels a house number
    numbered = bool(line and line.locality and " " not in line.locality and line.locality.endswith("."))
    # (the code's own letters are no thoroughfare: "2594 AV Den Haag" is no "Av.")
    uncoded = parts[0].replace(line.postal, " ") if line and line.postal else parts[0]
    if line and line.postal and not numbered and not _names_street(uncoded) and not _is_box(parts[0], country):
        return True  # (a box number first, "GPO Box 2425, Dhaka 1000", is no postal code)
    return _names_street(parts[-1]) and not any(_names_street(part) for part in parts[:-1])


def _span(verbatim: str, parts: list[str]) -> str | None:
    """The street as written, from its first part to its last ("Conservation House –
    Whare Kaupapa Atawhai, 18–32 Manners Street" keeps its dash); the parts joined with
    ", " when a part between them was left out (a post-office box)."""
    if not parts:
        return None
    start = verbatim.find(parts[0])
    # the last part after the first ("Praça da Luz, 2 — Luz": not the "Luz" of the first
    # part's own name)
    end = verbatim.find(parts[-1], start + (len(parts[0]) if len(parts) > 1 else 0)) if start >= 0 else -1
    if end < 0:
        return ", ".join(parts)
    written = verbatim[start : end + len(parts[-1])]
    if [p.strip() for p in _PARTS.split(written) if p.strip()] != parts:
        return ", ".join(parts)
    return written


def _street_parts(parts: list[str], country: str | None = None) -> list[str]:
    """The parts of the street line: every part before the locality, a building line before
    the street and a quarter, sector or neighbourhood after it as written ("Manak Bhavan, 9
    Bahadur Shah Zafar Marg", "Av. Brasil, 4365 – Manguinhos", FORMAT.md); only the
    administrative units closing them are no part of it."""
    return _without_admin_units(parts)


def _without_admin_units(parts: list[str]) -> list[str]:
    """ "54 Nguyễn Chí Thanh, Láng Thượng ward, Đống Đa district": the district or township
    lines closing the street lines name units the street lies in, not the street (a
    thoroughfare named so, "District Road", stays); a ward below the town
    ("Láng Thượng ward", "Kelurahan X") is its quarter, kept as written."""
    end = len(parts)
    while end > 1 and _names_admin_unit(parts[end - 1]) and not _names_street(parts[end - 1]):
        end -= 1
    return parts[:end]


# "1.º", "2º", "3ª", "1.º Esq.": an ordinal floor after the house number (Portuguese, Spanish)
def _without_box(parts: list[str], country: str | None) -> list[str]:
    """The street lines without post-office boxes. After a box ("P.O. Box LG 25, Legon,
    Accra") a part with neither a number nor a thoroughfare word is the post town or
    neighbourhood the box is at, not a street; a building before the box stays
    ("Kenyatta House, P.O. Box 30197, Nairobi")."""
    kept: list[str] = []
    boxed = False
    for part in parts:
        if _is_box(part, country):
            boxed = True
        elif _is_postal_label(part):
            continue  # "Postal Code 123": a labelled code, never a street line
        elif not boxed or re.search(r"\d", part) or _names_street(part):
            kept.append(part)
    return kept


def _is_postal_label(part: str) -> bool:
    """ "Postal Code 123", "C.P. 11560", "PLZ 8001": a part opening with a word that names a
    postal code (in any country) and then a number."""
    folded = part.casefold()
    return any(
        folded.startswith(word + " ") and folded[len(word) + 1 : len(word) + 2].isdigit() for word, _ in _postal_words()
    )


@cache
def _premises_words() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("premises-words"))


def _with_region_code(locality: str, country: str | None) -> tuple[str, str | None]:
    """ "Roma RM", "Milano MI": a region code after the locality, in capitals, split off."""
    head, _, code = locality.rpartition(" ")
    if head and _ABBREVIATION.fullmatch(code) and _region(code, country):
        return head, code
    return locality, None


def _with_slashed_region(locality: str, country: str | None) -> tuple[str, str | None]:
    """ "Rio de Janeiro/RJ", "São Paulo / SP": a region code after a slash, split off; a slash
    before anything else stays in the name ("Biel/Bienne", "Halle/Saale")."""
    head, slash, code = locality.rpartition("/")
    code = code.strip()
    if slash and head.strip() and _ABBREVIATION.fullmatch(code) and _region(code, country):
        return head.strip(), code
    return locality, None


def _names_addressee(part: str, identity: Identity) -> bool:
    """The first part is the organization's name or acronym ("EPFL, Route Cantonale, …"): an
    addressee line, not the street. A building or site named after it ("UTI Tower", "CSIRO
    Black Mountain") is kept: a building name is part of the street line here (before a numbered street line it
    is not: ``_without_own_building``)."""
    names = identity.own_names
    # "The University of the West Indies, …": the name with its article
    if part in names or part.removeprefix("The ") in names:
        return True
    # "Teagasc Head Office": the organization's own office, the addressee (not a building)
    return any(part == f"{name} {words}" for name in names if name for words in _addressee_office_words())


@cache
def _regions_after_country() -> frozenset[str]:
    return frozenset(_fold(name.removesuffix(".")) for (name,) in lexicon.table("regions-after-country"))


@cache
def _addressee_office_words() -> tuple[str, ...]:
    return tuple(words for (words,) in lexicon.table("addressee-office-words"))


@cache
def _districts() -> Mapping[str, frozenset[str]]:
    return MappingProxyType(
        {c: frozenset(_fold(d) for d in ds) for c, ds in _words_by_country("address-districts").items()}
    )


def _names_admin_unit(part: str) -> bool:
    """ "Adigeni Municipality", "Pechersk Raion", "Municipality of Kotor": a part naming an
    administrative unit by its type word (``admin-unit-words``) is a district or region line,
    never the locality. A town's named area ("Central Business District",
    ``area-district-words``) is no unit: it stays on the street line."""
    words = part.split()
    if len(words) > 1 and _fold(words[-2]) in _folded_words("area-district-words"):
        return False
    return len(words) > 1 and (
        _fold(words[-1]) in _folded_words("admin-unit-words") or _fold(words[0]) in _folded_words("admin-unit-words")
    )


def _names_ward(part: str) -> bool:
    """ "Láng Thượng ward", "Sangkat Chey Chumneah", "Tambon Khlong Ha": a unit below the town
    by its type word (``ward-words``): no street line; a place after it may be the locality."""
    words = part.split()
    return len(words) > 1 and (
        _fold(words[-1]) in _folded_words("ward-words") or _fold(words[0]) in _folded_words("ward-words")
    )


def _is_district(part: str, country: str) -> bool:
    """ "Sha Tin": a district written between the locality and the region."""
    return _fold(part) in _districts().get(country, frozenset())


def _findings(verbatim: str, address: Address) -> Iterator[Finding]:
    if address.country is None and address.locality:
        yield Finding(
            Severity.INFO,
            "extract.address-no-country",
            "no country recognised in the address; only the street and the locality (its last part) are read",
            verbatim.split(",")[-1].strip(),
        )
    elif address.country is None and _told_in_prose(_first_address(verbatim)):
        yield Finding(
            Severity.INFO,
            "extract.address-prose",
            "the address is told in sentences (a site's history, another occupant); no part is read; kept as text",
            verbatim.split(".")[0].strip(),
        )
    elif address.country is None:
        yield Finding(
            Severity.INFO,
            "extract.address-unrecognised",
            "no country recognised in the address, so its parts are not split; kept as text",
            verbatim.split(",")[-1].strip(),
        )
    elif address.locality is None and address.postal_code is None and address.region is None:
        yield Finding(
            Severity.INFO,
            "extract.address-unrecognised",
            f"the address layout is not recognised for {address.country}; only the street and country are read",
            verbatim.split(",")[0].strip(),
        )
    elif address.locality is None and address.postal_code is not None:
        yield Finding(
            Severity.INFO,
            "extract.address-locality-unsure",
            "the town of the address is not certain (the post office beside the code or the place after it); "
            "only the postal code is read",
            verbatim.split(",")[-1].strip(),
        )
    rest = verbatim.partition(";")[2].strip()
    if rest:
        yield Finding(
            Severity.INFO,
            "extract.address-rest-unread",
            f"only the first address is read; '{rest}' is kept as text",
            rest,
        )


def address_findings(field: Field, identity: Identity | None = None) -> list[Finding]:
    """Why an address gave no components or only some of them, for a diagnostic."""
    text = _verbatim(field)
    if not text or lead_status(text) or NOT_PUBLIC.search(text) or _labelled(field):
        return []
    address = _read(", ".join(_romanised([item.text for item in field.items])), identity)
    if _street_in_prose(address):
        message = "the address is told in a sentence (whose site it is may be another body's); no part is read"
        return [Finding(Severity.INFO, "extract.address-prose", message, text.split(",")[0].strip())]
    return list(_findings(text, address))
