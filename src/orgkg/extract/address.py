"""Headquarters addresses and country names."""

from __future__ import annotations

import csv
import re
from functools import cache

from orgkg.model import Address, Field, FieldStatus, Identity
from orgkg.resources import data_file

from .reader import ReaderResult
from .status import NOT_PUBLIC


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


def _us_state(code: str) -> bool:
    import pycountry

    return pycountry.subdivisions.get(code=f"US-{code}") is not None


def _us_state_code(name: str) -> str | None:
    import pycountry

    for subdivision in pycountry.subdivisions.get(country_code="US") or ():
        if subdivision.name.casefold() == name.casefold():
            return subdivision.code.split("-")[1]
    return None


_US_REGION_POSTAL = re.compile(r"^(?P<region>[A-Z]{2})\s+(?P<postal>[0-9A-Z][0-9A-Z-]{1,9})$")
_CA_REGION_POSTAL = re.compile(r"^(?P<region>[A-Z]{2})\s+(?P<postal>[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
_STATE_POSTAL = re.compile(r"^(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)\s+(?P<postal>\d{5}(?:-\d{4})?)$")
_POSTAL_FIRST = re.compile(
    r"^(?P<postal>(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?|\d{4}\s?[A-Z]{2}(?=\s)|\d{2}-\d{3})\s+(?P<locality>\D.*)$"
)
_POSTAL_LAST = re.compile(
    r"^(?P<locality>\D.*?)(?<!\s)\s+(?P<postal>\d{3}-\d{4}|\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$"
)


def read_address(field: Field, _: Identity) -> ReaderResult:
    verbatim = ", ".join(item.text for item in field.items)
    if not verbatim:
        return [], None
    if NOT_PUBLIC.search(verbatim):
        return [], FieldStatus.NOT_PUBLICLY_SPECIFIED
    parts = [p.strip() for p in verbatim.split(",") if p.strip()]
    country = country_code(parts[-1]) if len(parts) > 1 else None
    if country:
        parts = parts[:-1]
    street_parts: list[str] = [parts[0]] if parts else []
    locality = region = postal = None
    for index in range(len(parts) - 1, 0, -1):
        part = parts[index]
        for pattern in (_CA_REGION_POSTAL, _US_REGION_POSTAL, _STATE_POSTAL):
            match = pattern.match(part)
            if match:
                region = match.groupdict().get("region") or _us_state_code(match["state"]) or match["state"]
                postal = match["postal"]
                locality = parts[index - 1] if index > 1 else None
                street_parts = parts[: index - 1] if index > 1 else parts[:1]
                break
        else:
            match = _POSTAL_FIRST.match(part) or _POSTAL_LAST.match(part)
            if match:
                postal, locality = match["postal"], match["locality"]
                street_parts = parts[:index]
        if postal:
            break
    if not postal and len(parts) > 1:
        locality = parts[-1]
        street_parts = parts[:-1]
    if country is None and region and postal and re.fullmatch(r"\d{5}(?:-\d{4})?", postal) and _us_state(region):
        country = "US"  # "Boston, MA 02215" needs no country line to be American
    address = Address(
        verbatim=verbatim,
        street=", ".join(street_parts) or None,
        locality=locality,
        region=region,
        postal_code=postal,
        country=country,
    )
    return [address], None
