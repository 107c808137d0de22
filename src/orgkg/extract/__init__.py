"""Extract: read typed facts out of a parsed profile's prose (DESIGN §3).

Pure: ``extract(profile) -> ProfileFacts``. Each field has one small reader; every reader
returns the facts it is sure of and a field status. Where the text says a value does not
exist or is not published, the status says so and no value is invented ("none",
"unknown" and "absent" stay three different facts).

The package has one module per field family (``identity``, ``parent``, ``founding``,
``partners``, ``people``, ``units``, ``budget``, ``address``, ``history``, ``links``,
``services``) over shared layers (``status``, ``text``, ``names``, ``dates``, ``numbers``,
``lexicon``); docs/extraction.md ("Package map") maps them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from types import MappingProxyType

from orgkg.iri import slugify
from orgkg.model import (
    Address,
    Diagnostic,
    Fact,
    Field,
    FieldFacts,
    FieldStatus,
    Identity,
    Profile,
    ProfileFacts,
    Severity,
)

from .address import country_code, former_seat_country, read_address
from .admit import admitted
from .budget import read_budget, read_funding, read_headcount
from .consistency import consistent
from .dates import find_dates
from .diagnostics import field_diagnostics
from .founding import founder_phrase, founding_from_history, read_founding
from .history import catalogue_lines_elsewhere, dissolution_from_intro, read_history
from .identity import name_kind, org_kind_of, read_identity, read_purpose, title_is_missing
from .lexicon import unread_field_negations
from .links import read_links
from .parent import read_parent
from .partners import read_partners
from .people import drop_duplicate_posts, read_leader, read_structure, with_full_names
from .reader import Reader
from .roles import with_canonical_roles
from .services import read_regulations, read_services
from .shouting import as_written as shouted_as_written
from .status import read_status
from .text import readers_view
from .units import read_divisions, read_programs, units_named_well

__all__ = [
    "READERS",
    "country_code",
    "extract",
    "find_dates",
    "founder_phrase",
    "name_kind",
    "org_kind_of",
    "read_identity",
    "title_is_missing",
]

# Field heading → reader. A heading not listed here keeps its verbatim text only.
READERS: Mapping[str, Reader] = MappingProxyType(
    {
        "Mission": read_purpose,
        "Parent organization": read_parent,
        "Legislation": read_founding,
        "Partners": read_partners,
        "Number of employees": read_headcount,
        "Staff": read_headcount,
        "Organization structure": read_structure,
        "Leader": read_leader,
        "Divisions": read_divisions,
        "List of programs": read_programs,
        "Last total enacted budget": read_budget,
        "Funding": read_funding,
        "Services provided": read_services,
        "Regulations overseen": read_regulations,
        "Headquarters address": read_address,
        "History": read_history,
        "External links": read_links,
    }
)


# Fields whose statedness shows only in their value: text with neither a value read nor a
# status phrase recognised ("Is absent.", a refusal the tables do not know yet) is
# unrecognised, not stated. Fields stated in prose (Legislation, Leader, an address) keep
# "stated".
_VALUE_ONLY_FIELDS = frozenset(
    {"Parent organization", "Number of employees", "Last total enacted budget", "External links"}
)


# Fields stated in prose whose value is a list of names or acts: when no reader recognises a
# name in the text and the text denies or withholds something, it is unrecognised rather than
# stated: the denial may be about the value itself ("not known", "there is none").
_LIST_FIELDS = frozenset({"Partners", "Divisions", "List of programs", "Legislation", "Leader"})


def _read_field(field: Field, identity: Identity, country: str | None) -> tuple[FieldStatus, list[Fact]]:
    """The field's status and, for a stated value only, its reader's facts. The status layer
    decides first: a reader never runs on the explanation after "N/A —" or "None;" (its own
    status is not consulted). ``country``, the address's, resolves a shared currency sign."""
    reading = read_status(field)
    status = reading.status
    reader = READERS.get(field.name) if field.known else None
    if reader is None or (status is not FieldStatus.STATED and not reading.reads_on):
        return status, []
    if reader is read_budget:
        facts = list(read_budget(field, identity, country)[0])
    else:
        facts = list(reader(field, identity)[0])
    if not facts and (field.name in _VALUE_ONLY_FIELDS or (field.name in _LIST_FIELDS and _denies(field.text))):
        return FieldStatus.UNRECOGNISED, []
    return status, facts


def _denies(text: str) -> bool:
    """Whether ``text`` holds a word of denial or not-knowing (lexicon/unread-field-negations)."""
    words = re.findall(r"[\w/']+", text.replace("\u2019", "'").lower())
    return not unread_field_negations().isdisjoint(words)


def _profile_text(profile: Profile) -> str:
    """The intro and every line of every field, one line each."""
    return "\n".join([profile.intro or "", *(item.text for field in profile.fields for item in field.items)])


@lru_cache(maxsize=256)  # the same few headings in every profile
def _field_slug(name: str) -> str:
    return slugify(name)


def extract(written: Profile) -> ProfileFacts:
    """Read every field of ``written`` into typed facts with a field status. The readers read
    it without its cross-references ("see also: …") and the frames opening its sentences ("As
    of my last update, …"); the verbatim statements keep them."""
    profile = readers_view(written)
    identity = read_identity(profile)
    if identity.description is not None:  # the description is the intro as written, like a verbatim
        identity = replace(identity, description=written.intro)
    diagnostics: list[Diagnostic] = list(profile.diagnostics)
    if title_is_missing(profile):
        diagnostics.append(
            Diagnostic(
                Severity.VIOLATION,
                "extract.missing-title",
                f"the profile has no title line: line {profile.title_line} reads like the intro sentence; "
                f"the name '{identity.name}' was taken from it",
                profile.source,
                profile.title_line,
                "Intro",
            )
        )
    intro_last = profile.intro_line or profile.title_line
    fields: list[FieldFacts] = [
        FieldFacts(
            name="Intro",
            slug="intro",
            first_line=profile.title_line,
            last_line=intro_last,
            status=FieldStatus.STATED,
            verbatim=written.intro or written.title,
            facts=(identity,),
        )
    ]
    # Two fields are needed before the others: the address country resolves a currency sign
    # several currencies share ("$" in Mexico), and a stated headcount supersedes "Staff".
    address = profile.field("Headquarters address")
    address_read = _read_field(address, identity, None) if address else None
    country = next((f.country for f in address_read[1] if isinstance(f, Address)), None) if address_read else None
    if country is None and address:
        country = former_seat_country(address)  # "N/A — it worked from …, Washington, D.C."
    employees = profile.field("Number of employees")
    employees_read = _read_field(employees, identity, country) if employees else None
    employees_counted = bool(employees_read and employees_read[1])
    for field in profile.fields:
        if field is address and address_read:
            status, facts = address_read
        elif field is employees and employees_read:
            status, facts = employees_read
        elif field.name == "Leader":  # a surname on second mention: the full name the profile gives
            status, facts = _read_field(with_full_names(field, _profile_text(profile)), identity, country)
        else:
            status, facts = _read_field(field, identity, country)
        superseded = field.name == "Staff" and employees_counted and bool(facts)
        if superseded:
            facts = []  # one headcount: "Number of employees" wins
        fields.append(
            FieldFacts(
                name=field.name,
                slug=_field_slug(field.name),
                first_line=field.first_line,
                last_line=field.last_line,
                status=status,
                verbatim=field.verbatim,
                footnotes=field.footnotes,
                facts=tuple(facts),
                known=field.known,
            )
        )
        if not superseded:
            diagnostics.extend(field_diagnostics(profile, field, facts, status))
    fields = founding_from_history(fields, profile)
    fields = dissolution_from_intro(fields, profile.extra_intro)
    fields = catalogue_lines_elsewhere(fields)
    fields = drop_duplicate_posts(with_canonical_roles(fields))
    fields = units_named_well(fields)
    checked, refusals = admitted(profile, tuple(fields))
    checked, contradicted = consistent(profile, checked, identity)
    checked = shouted_as_written(checked, written)
    return ProfileFacts(written, identity, _as_written(checked, written), (*diagnostics, *refusals, *contradicted))


def _as_written(fields: tuple[FieldFacts, ...], written: Profile) -> tuple[FieldFacts, ...]:
    """``fields`` with the verbatim statements and footnotes of the profile as written (the
    readers, the cross-field passes included, read it without its cross-references)."""
    by_line = {field.heading_line: field for field in written.fields}
    return tuple(
        replace(facts, verbatim=source.verbatim, footnotes=source.footnotes)
        if (source := by_line.get(facts.first_line)) is not None and facts.slug != "intro"
        else facts
        for facts in fields
    )
