"""Headquarters addresses and country names.

The address is split into parts (commas, spaced dashes), the country taken from the last
part (pycountry + ``ontology/country-aliases.csv``), then read right to left with the
country's postal-code pattern and position (``lexicon/postal-codes.csv``) and its region
names and codes (``pycountry.subdivisions``): "Ottawa, Ontario K1A 0R6", "10117 Berlin",
"Acton ACT 2601", "Chofu-shi, Tokyo 182-8522", "Rio de Janeiro, RJ – 21040-900". The
locality never holds a region or postal code; a post-office-box part ("P.O. Box …",
"CP 401") is neither street nor locality. Where the layout is not recognised only the
street (the first part) is kept, with a diagnostic; the field statement keeps the text.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from orgkg.model import Address, Field, FieldStatus, Identity
from orgkg.resources import data_file

from . import lexicon
from .budget import lead_status
from .reader import ReaderResult
from .status import NOT_PUBLIC

_PARTS = re.compile(r",\s*|\s[–—-]\s")
_POSTAL_MARK = re.compile(r"\A(?:〒\s?|[A-Z]{1,2}-(?=\d))")  # "〒305-8505", "CH-1015"
_CEDEX = re.compile(r"\s(?:CEDEX|Cedex)(?:\s\d{1,3})?\Z")  # "Paris Cedex 16": a delivery office


@cache
def _country_aliases() -> dict[str, str]:
    with data_file("ontology", "country-aliases.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row and not row[0].startswith("#")]
    return {alias.replace(".", "").casefold(): code for alias, code in rows[1:]}


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 for a country name as written, or None."""
    import pycountry  # lazy: its database loads on first use

    name = name.strip()
    key = name.replace(".", "").casefold()
    if not key:
        return None
    if key in _country_aliases():
        return _country_aliases()[key]
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


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


def _fold(text: str) -> str:
    """Casefolded, accents removed: "Genève" and "Geneve", "Tôkyô" and "Tokyo" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


@cache
def _regions(country: str) -> Mapping[str, str]:
    """Region names (folded) and codes (as written, upper case) of a country → the code."""
    import pycountry

    found: dict[str, str] = {}
    for subdivision in pycountry.subdivisions.get(country_code=country) or ():
        short = subdivision.code.split("-", 1)[1]
        found.setdefault(_fold(subdivision.name), short)
        if short.isalpha():
            found.setdefault(short, short)
    return MappingProxyType(found)


def _region(text: str, country: str | None) -> bool:
    """``text`` names a region of ``country``: a code in capitals ("QC", "NSW") or a name."""
    if not country or not text:
        return False
    regions = _regions(country)
    if text.isupper() and text.isalpha() and text in regions:
        return True
    return not text.isupper() and _fold(text) in regions


@cache
def _box_words() -> tuple[str, ...]:
    return tuple(word for (word,) in lexicon.table("postal-box-words"))


@cache
def _region_before_postal() -> frozenset[str]:
    return frozenset(country for (country,) in lexicon.table("region-before-postal"))


def _postal(candidate: str, country: str | None) -> bool:
    code = _postal_codes().get(country or "")
    return bool(code and code.pattern.fullmatch(_POSTAL_MARK.sub("", candidate)))


def _strip_mark(candidate: str) -> str:
    return _POSTAL_MARK.sub("", candidate)


@dataclass(frozen=True)
class _Line:
    """What one part of the address holds."""

    postal: str | None = None
    region: str | None = None
    locality: str | None = None


def _read_part(part: str, country: str | None) -> _Line | None:
    """A part holding a postal code, with the region and locality written beside it."""
    tokens = part.split()
    if country is None:
        return None
    before = _postal_codes()[country].before_locality if country in _postal_codes() else False
    for size in (2, 1):
        if len(tokens) < size:
            continue
        head, tail = " ".join(tokens[:size]), " ".join(tokens[-size:])
        if len(tokens) == size and _postal(part, country):
            return _Line(postal=_strip_mark(part))
        if before and _postal(head, country):
            return _Line(postal=_strip_mark(head), locality=" ".join(tokens[size:]))
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
                    return _Line(postal=_strip_mark(tail), region=region, locality=left or None)
            return _Line(postal=_strip_mark(tail), locality=" ".join(rest) or None)
    return None


def _is_box(part: str) -> bool:
    return any(part.casefold().startswith(word.casefold()) for word in _box_words())


def _locality(text: str | None) -> str | None:
    text = _CEDEX.sub("", text or "")
    if not text or re.search(r"\d", text):
        return None  # a locality has no digits: "1200 Montreal Road" is a street
    return text


def _unrecognised(verbatim: str, street: str | None, country: str | None) -> Address:
    return Address(verbatim=verbatim, street=street, country=country)


def read_address(field: Field, _: Identity) -> ReaderResult:
    verbatim = ", ".join(item.text for item in field.items)
    if not verbatim:
        return [], None
    status = lead_status(verbatim)
    if status:
        return [], status
    if NOT_PUBLIC.search(verbatim):
        return [], FieldStatus.NOT_PUBLICLY_SPECIFIED
    parts = [p.strip() for p in _PARTS.split(verbatim) if p.strip()]
    country = country_code(parts[-1]) if len(parts) > 1 else None
    if country:
        parts = parts[:-1]
    if country is None and parts and re.search(r"\b[A-Z]{2}\s\d{5}(?:-\d{4})?\Z", parts[-1]):
        line = _read_part(parts[-1], "US")
        if line and line.region and _region(line.region, "US"):
            country = "US"  # "Boston, MA 02215" needs no country line to be American
    postal = region = locality = None
    # The rightmost part holding a postal code anchors the layout; parts right of it may
    # only be regions (others, such as a canton after "1214 Vernier", stay unread).
    anchor = next(
        (i for i in range(len(parts) - 1, 0, -1) if (line := _read_part(parts[i], country)) and line.postal),
        None,
    )
    index = len(parts) if anchor is None else anchor
    if anchor is not None:
        line = _read_part(parts[anchor], country)
        assert line is not None
        postal, region = line.postal, line.region
        region = region or next((p for p in parts[anchor + 1 :] if _region(p, country)), None)
        if line.locality:
            locality = _locality(line.locality)
            if locality is None:
                return [_unrecognised(verbatim, parts[0], country)], None
    if locality is None:
        if (
            region is None
            and index > 1
            and _region(parts[index - 1], country)
            and not re.search(r"\d", parts[index - 2])
        ):
            region = parts[index - 1]
            index -= 1
        while index > 1 and _is_box(parts[index - 1]):
            index -= 1
        if index > 1:
            locality = _locality(parts[index - 1])
            if locality is None:
                return [_unrecognised(verbatim, parts[0], country)], None
            index -= 1
        elif index == 1 and (region or postal) and _locality(parts[0]):
            locality, index = parts[0], 0  # "Farnborough, Hampshire": no street line
    street_parts = [p for p in parts[:index] if not _is_box(p)]
    address = Address(
        verbatim=verbatim,
        street=", ".join(street_parts) or None,
        locality=locality,
        region=region,
        postal_code=postal,
        country=country,
    )
    return [address], None
