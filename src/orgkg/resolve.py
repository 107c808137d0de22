"""Resolve: give every mentioned entity one identity across the whole build (DESIGN §4).

"NIST", "DOE", "Department of Commerce" and "U.S. Department of Commerce" resolve
through the alias registry (``ontology/aliases.csv``) to one canonical entity each, with
its Wikidata QID. Profiles built together register their own names, acronyms and former
names, so an organization mentioned in one profile and described by another gets the
same IRI. Pure: ``resolve(corpus, registry) -> Resolution``.

Only names the resolver identifies (an alias, or the same name up to ``naming.name_key``) share
an IRI. Different names that slug alike ("C Foundation", "C++ Foundation") get distinct
IRIs. The resolver sees every organization name of the build at once (each profile's
identity and its mentions, ``mentions_of``), so the choice depends on the set of names, never
on the input order, the workers or the cache: an organization a profile describes keeps the
bare slug (among several, the first by ``naming.name_key`` of its canonical name); among
names no profile describes, the first by ``name_key`` keeps it; every other name gets
``iri.distinct_slug``, and each is reported as a ``slug-collision`` warning where it is
written (docs/security.md).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import Protocol

from orgkg.iri import distinct_slug, slugify
from orgkg.model import Diagnostic, Identity, Mention, OrgKind, Profile, ProfileFacts, Severity
from orgkg.naming import name_key
from orgkg.resources import data_file

_REGISTRY_KINDS = {
    "government": OrgKind.GOVERNMENT,
    "organization": OrgKind.ORGANIZATION,
    "collaboration": OrgKind.COLLABORATION,
    "ngo": OrgKind.NGO,
    "company": OrgKind.COMPANY,
    "university": OrgKind.UNIVERSITY,
}


@dataclass(frozen=True)
class Entity:
    """One real-world thing with one IRI: an organization, a person or a place."""

    slug: str
    name: str
    kind: str  # organization | person | place
    org_kind: OrgKind | None = None
    qid: str | None = None
    alternate_names: tuple[str, ...] = ()
    described: bool = False  # True when a profile of this build describes it


@dataclass(frozen=True)
class RegistryEntry:
    canonical: str
    kind: str  # a registry type: government, person, place, ...
    qid: str | None


@dataclass(frozen=True)
class Registry:
    """The alias registry: alias key → canonical entry, and canonical name → its aliases."""

    entries: dict[str, RegistryEntry]
    acronyms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[str]]) -> Registry:
        qids: dict[str, str] = {}
        for _alias, canonical, _kind, qid in rows:
            if qid.strip():
                qids[canonical] = qid.strip()
        entries: dict[str, RegistryEntry] = {}
        acronyms: dict[str, list[str]] = {}
        for alias, canonical, kind, _qid in rows:
            entries[name_key(alias)] = RegistryEntry(canonical, kind.strip(), qids.get(canonical))
            if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]", alias) and alias.upper() == alias:
                acronyms.setdefault(canonical, []).append(alias)
        return cls(entries, {k: tuple(v) for k, v in acronyms.items()})

    def lookup(self, name: str) -> RegistryEntry | None:
        return self.entries.get(name_key(name))


@cache
def default_registry() -> Registry:
    with data_file("ontology", "aliases.csv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle) if row and not row[0].startswith("#")]
    return Registry.from_rows([row[:4] for row in rows[1:]])


@dataclass(frozen=True)
class MentionAt:
    """A mention the mapper may resolve, with the line it is written on (its field's first
    line, or its reference's line)."""

    mention: Mention
    line: int | None = None


class Names(Protocol):
    """What ``resolve`` reads of a profile it does not hold the facts of (a cached one)."""

    @property
    def profile(self) -> Profile: ...

    @property
    def identity(self) -> Identity: ...

    @property
    def mentions(self) -> tuple[MentionAt, ...]: ...


def mentions_of(facts: ProfileFacts) -> tuple[MentionAt, ...]:
    """Every mention of a profile that may name an organization, in file order: each
    ``Mention`` among its facts (people never name one) and each cited page's site owner,
    as ``map`` resolves them."""
    found: list[MentionAt] = []
    for field_facts in facts.fields:
        written = facts.profile.field(field_facts.name)
        lines = [(item.line, item.text.casefold()) for item in written.items] if written else []
        for fact in field_facts.facts:
            for slot in fields(fact):
                value = getattr(fact, slot.name)
                for item in value if isinstance(value, tuple) else (value,):
                    if isinstance(item, Mention) and item.kind != "person":
                        name = item.name.casefold()
                        # the value line that writes the name, else the field's heading
                        line = next((n for n, text in lines if name in text), field_facts.first_line)
                        found.append(MentionAt(item, line))
    for reference in facts.profile.references:
        if reference.url and reference.site_owner:  # map.map_references makes this Mention
            found.append(MentionAt(Mention(reference.site_owner), reference.line))
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Resolution:
    """Maps every mention of a build to its Entity."""

    registry: Registry
    profiles: dict[str, Entity]  # profile doc slug → the entity it describes
    corpus_aliases: dict[str, Entity]  # alias key → entity described in this build
    # bare organization slug → name key of the name that holds it: every slug of a described
    # organization, and every slug several names no profile describes would share
    claimed: dict[str, str] = field(default_factory=dict)
    # profile doc → its slug-collision warnings (a name of it moved off a taken slug)
    warnings: dict[str, tuple[Diagnostic, ...]] = field(default_factory=dict)

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """Every slug-collision warning of the build, in file and line order."""
        every = (d for found in self.warnings.values() for d in found)
        return tuple(sorted(every, key=lambda d: (d.file or "", d.line or 0, d.message)))

    def diagnostics_for(self, doc: str) -> tuple[Diagnostic, ...]:
        return self.warnings.get(doc, ())

    def profile_entity(self, doc: str) -> Entity:
        return self.profiles[doc]

    def _find(self, mention: Mention) -> Entity | RegistryEntry | None:
        """The described entity or the registry entry a mention names, if any."""
        keys = [mention.name] + ([mention.acronym] if mention.acronym else [])
        for key in keys:
            described = self.corpus_aliases.get(name_key(key))
            if described and described.kind == mention.kind:
                return described
        for key in keys:
            entry = self.registry.lookup(key)
            # a country named as a member is an organization here, never the place node
            if entry and _entity_class(entry.kind) == _entity_class(mention.kind):
                return entry
        return None

    def entity(self, mention: Mention) -> Entity:
        found = self._find(mention)
        if isinstance(found, Entity):
            return found
        if found is not None:
            return self._from_registry(found)
        from orgkg.extract import name_kind  # here: a build reusing every record never imports the extractor

        alternates = (mention.acronym,) if mention.acronym else ()
        org_kind = name_kind(mention.name) if mention.kind == "organization" else None
        slug = self._organization_slug(mention.name) if mention.kind == "organization" else slugify(mention.name)
        return Entity(slug, mention.name, mention.kind, org_kind, None, alternates)

    def organization_name(self, mention: Mention) -> str | None:
        """The name a mention's organization is slugged by when no profile describes it (the
        registry's canonical name, or the name as written); None for anything else."""
        found = self._find(mention)
        if isinstance(found, Entity):
            return None
        if found is not None:
            organization = found.kind not in ("person", "place")
            described = name_key(found.canonical) in self.corpus_aliases
            return found.canonical if organization and not described else None
        return mention.name if mention.kind == "organization" else None

    def _organization_slug(self, name: str) -> str:
        """The slug of an organization no profile describes: bare, unless a name of another
        key holds it (then made distinct: never merged into it)."""
        slug, key = slugify(name), name_key(name)
        holder = self.claimed.get(slug)
        return slug if holder is None or holder == key else distinct_slug(slug, key)

    def known(self, mention: Mention) -> bool:
        """Whether the mention names an entity of the registry or of this build."""
        keys = [mention.name] + ([mention.acronym] if mention.acronym else [])
        return any(name_key(k) in self.corpus_aliases or self.registry.lookup(k) for k in keys)

    def place(self, name: str) -> Entity | None:
        entry = self.registry.lookup(name)
        if entry is None or entry.kind != "place":
            return None
        return self._from_registry(entry)

    def _from_registry(self, entry: RegistryEntry) -> Entity:
        described = self.corpus_aliases.get(name_key(entry.canonical))
        if described:
            return described
        kind = {"person": "person", "place": "place"}.get(entry.kind, "organization")
        return Entity(
            slug=self._organization_slug(entry.canonical) if kind == "organization" else slugify(entry.canonical),
            name=entry.canonical,
            kind=kind,
            org_kind=_REGISTRY_KINDS.get(entry.kind),
            qid=entry.qid,
            alternate_names=self.registry.acronyms.get(entry.canonical, ()),
        )


def _entity_class(kind: str) -> str:
    """person, place, or organization (every registry type of organization)."""
    return kind if kind in ("person", "place") else "organization"


def resolve(corpus: Sequence[ProfileFacts | Names], registry: Registry | None = None) -> Resolution:
    """Give each profile's organization one entity, index every name it goes by, and give
    every organization name the build mentions a slug no other name shares."""
    registry = registry or default_registry()
    identified = [(item, *_identify(item, registry)) for item in corpus]
    slugs, warnings = _assign_slugs([(item, canonical) for item, canonical, _ in identified])
    profiles: dict[str, Entity] = {}
    corpus_aliases: dict[str, Entity] = {}
    for item, canonical, entry in identified:
        identity = item.identity
        names = [identity.name, canonical, *identity.former_names]
        acronyms = [a for a in (identity.acronym, *identity.former_acronyms) if a]
        if entry:
            acronyms.extend(registry.acronyms.get(entry.canonical, ()))
        alternates = tuple(
            dict.fromkeys(a for a in (*acronyms, *identity.alternate_names, *identity.former_names) if a != canonical)
        )
        entity = Entity(
            slug=slugs[canonical],
            name=identity.name,
            kind="organization",
            org_kind=identity.kind,
            qid=entry.qid if entry else None,
            alternate_names=alternates,
            described=True,
        )
        profiles[item.profile.doc] = entity
        for name in (*names, *acronyms, *identity.alternate_names):
            corpus_aliases.setdefault(name_key(name), entity)
    claimed = {slug: name_key(canonical) for canonical, slug in slugs.items()}
    described = Resolution(registry, profiles, corpus_aliases, claimed)
    holders = {slug: canonical for canonical, slug in slugs.items()}
    return _claim_mentioned(described, [(item.profile, _mentions(item)) for item in corpus], holders, warnings)


def _mentions(item: ProfileFacts | Names) -> tuple[MentionAt, ...]:
    return mentions_of(item) if isinstance(item, ProfileFacts) else item.mentions


def _identify(item: ProfileFacts | Names, registry: Registry) -> tuple[str, RegistryEntry | None]:
    """The canonical name of the organization a profile describes, and its registry entry."""
    identity = item.identity
    entry = registry.lookup(identity.name)
    if entry is None and identity.acronym:
        acronym_entry = registry.lookup(identity.acronym)
        # An acronym alone is weak evidence: trust it only if the full names agree too.
        if acronym_entry and name_key(acronym_entry.canonical) == name_key(identity.name):
            entry = acronym_entry
    canonical = entry.canonical if entry and entry.kind not in ("person", "place") else identity.name
    return canonical, entry


def _collision(name: str, kept: str, bare: str, distinct: str, source: str, line: int | None) -> Diagnostic:
    return Diagnostic(
        Severity.WARNING,
        "slug-collision",
        f"'{name}' and '{kept}' are different names with the same IRI slug '{bare}'; "
        f"'{kept}' keeps it and '{name}' gets '{distinct}'",
        source,
        line,
    )


def _assign_slugs(
    described: Sequence[tuple[ProfileFacts | Names, str]],
) -> tuple[dict[str, str], dict[str, list[Diagnostic]]]:
    """Canonical name of each described organization → its slug, and the warnings by doc.

    Different names (``naming.name_key``) that slug alike: the first key in sorted order keeps
    the bare slug, whatever the order of the input; each other gets ``distinct_slug`` and
    a warning at its profile's title. (Profiles with the same key and slug describe one
    organization: ``api`` refuses that.)
    """
    by_slug: dict[str, dict[str, tuple[ProfileFacts | Names, str]]] = {}
    for item, canonical in described:
        by_slug.setdefault(slugify(canonical), {}).setdefault(name_key(canonical), (item, canonical))
    slug_of_key: dict[tuple[str, str], str] = {}
    warnings: dict[str, list[Diagnostic]] = {}
    for bare, holders in by_slug.items():
        first, *others = sorted(holders)
        slug_of_key[bare, first] = bare
        for key in others:
            slug_of_key[bare, key] = distinct = distinct_slug(bare, key)
            item, canonical = holders[key]
            profile = item.profile
            warning = _collision(canonical, holders[first][1], bare, distinct, profile.source, profile.title_line)
            warnings.setdefault(profile.doc, []).append(warning)
    slugs = {canonical: slug_of_key[slugify(canonical), name_key(canonical)] for _, canonical in described}
    return slugs, warnings


def _claim_mentioned(
    resolution: Resolution,
    mentioned: Iterable[tuple[Profile, tuple[MentionAt, ...]]],
    holders: dict[str, str],
    warnings: dict[str, list[Diagnostic]],
) -> Resolution:
    """``resolution`` with the slugs of the organizations the build mentions but no profile
    describes decided over all of them at once.

    A slug a described organization holds stays its own (``holders``: slug → its canonical
    name); among mentioned names of different keys that slug alike, the first key in sorted
    order keeps it. Every other name is moved to ``distinct_slug`` and warned about in each
    profile that mentions it, at the first line it is mentioned on there.
    """
    by_profile = [
        (profile, [(at, name) for at in found if (name := resolution.organization_name(at.mention)) is not None])
        for profile, found in mentioned
    ]
    spellings: dict[str, dict[str, set[str]]] = {}  # slug → name key → the names as written
    for _, named in by_profile:
        for _, name in named:
            spellings.setdefault(slugify(name), {}).setdefault(name_key(name), set()).add(name)
    claimed = dict(resolution.claimed)
    kept_name = dict(holders)
    for slug, keys in spellings.items():
        if slug not in claimed and len(keys) > 1:
            first = min(keys)
            claimed[slug] = first
            kept_name[slug] = min(keys[first])
    for profile, named in by_profile:
        warned: set[str] = set()
        for at, name in named:
            slug, key = slugify(name), name_key(name)
            if claimed.get(slug, key) == key or key in warned:
                continue
            warned.add(key)
            distinct = distinct_slug(slug, key)
            warnings.setdefault(profile.doc, []).append(
                _collision(name, kept_name[slug], slug, distinct, profile.source, at.line)
            )
    ordered = {doc: tuple(sorted(found, key=lambda d: (d.line or 0, d.message))) for doc, found in warnings.items()}
    return replace(resolution, claimed=claimed, warnings=ordered)
