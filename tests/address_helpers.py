"""The address reader's result as one tuple, for the round tests of the address family (F4)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from orgkg.extract import extract
from orgkg.model import Address
from orgkg.parse import parse_profile

# street, locality, region, postal code, country
Read = tuple[str | None, str | None, str | None, str | None, str | None]


def address_parts(facts: Iterable[object]) -> Read | None:
    """The first address among ``facts`` as (street, locality, region, postal code, country)."""
    a = next((fact for fact in facts if isinstance(fact, Address)), None)
    return None if a is None else (a.street, a.locality, a.region, a.postal_code, a.country)


def address_of(lines: Sequence[str], *, title: str, intro: str, after: Sequence[str], file: str) -> Read | None:
    """What the reader gives for ``lines`` under "Headquarters address" in a profile titled
    ``title`` with ``intro``, followed by the field lines ``after``."""
    text = [title, "| ||||", "|", intro, "Headquarters address", *lines, *after]
    profile = extract(parse_profile("\n".join(text) + "\n", file))
    field = next(f for f in profile.fields if f.name == "Headquarters address")
    return address_parts(field.facts)
