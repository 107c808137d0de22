"""Resolve: give every mentioned entity one identity across the whole build (DESIGN §4).

"NIST", "DOE", "Department of Commerce" and "U.S. Department of Commerce" resolve
through the alias registry (``ontology/aliases.csv``) to one canonical entity each, with
its Wikidata QID. Profiles built together register their own names, acronyms and former
names, so an organization mentioned in one profile and described by another gets the
same IRI. Pure: ``resolve(corpus, registry) -> Resolution``.

Only names the resolver identifies (an alias, or the same name up to ``naming.name_key``) share
an IRI. Different names that slug alike ("C Foundation", "C++ Foundation") get distinct
IRIs: an organization a profile describes keeps the bare slug (among several, the first
by ``naming.name_key`` of its canonical name), every other name gets ``iri.distinct_slug``, and
each described organization moved off its bare slug is reported as a warning.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from orgkg.extract import name_kind
from orgkg.iri import distinct_slug, slugify
from orgkg.model import Diagnostic, Mention, OrgKind, ProfileFacts, Severity
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
class Resolution:
    """Maps every mention of a build to its Entity."""

    registry: Registry
    profiles: dict[str, Entity]  # profile doc slug → the entity it describes
    corpus_aliases: dict[str, Entity]  # alias key → entity described in this build
    # bare organization slug → alias key of the described organization that holds it
    claimed: dict[str, str] = field(default_factory=dict)
    diagnostics: tuple[Diagnostic, ...] = ()  # slug collisions among described organizations

    def profile_entity(self, doc: str) -> Entity:
        return self.profiles[doc]

    def entity(self, mention: Mention) -> Entity:
        keys = [mention.name] + ([mention.acronym] if mention.acronym else [])
        for key in keys:
            described = self.corpus_aliases.get(name_key(key))
            if described and described.kind == mention.kind:
                return described
        for key in keys:
            entry = self.registry.lookup(key)
            if entry and (entry.kind == "person") == (mention.kind == "person"):
                return self._from_registry(entry)
        alternates = (mention.acronym,) if mention.acronym else ()
        org_kind = name_kind(mention.name) if mention.kind == "organization" else None
        slug = self._organization_slug(mention.name) if mention.kind == "organization" else slugify(mention.name)
        return Entity(slug, mention.name, mention.kind, org_kind, None, alternates)

    def _organization_slug(self, name: str) -> str:
        """The slug of an organization no profile describes: bare, unless a described
        organization of another name holds it (then made distinct: never merged into it)."""
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


def resolve(corpus: Sequence[ProfileFacts], registry: Registry | None = None) -> Resolution:
    """Give each profile's organization one entity and index every name it goes by."""
    registry = registry or default_registry()
    identified = [(facts, *_identify(facts, registry)) for facts in corpus]
    slugs, diagnostics = _assign_slugs([(facts, canonical) for facts, canonical, _ in identified])
    profiles: dict[str, Entity] = {}
    corpus_aliases: dict[str, Entity] = {}
    for facts, canonical, entry in identified:
        identity = facts.identity
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
        profiles[facts.profile.doc] = entity
        for name in (*names, *acronyms, *identity.alternate_names):
            corpus_aliases.setdefault(name_key(name), entity)
    claimed = {slug: name_key(canonical) for canonical, slug in slugs.items()}
    return Resolution(registry, profiles, corpus_aliases, claimed, tuple(diagnostics))


def _identify(facts: ProfileFacts, registry: Registry) -> tuple[str, RegistryEntry | None]:
    """The canonical name of the organization a profile describes, and its registry entry."""
    identity = facts.identity
    entry = registry.lookup(identity.name)
    if entry is None and identity.acronym:
        acronym_entry = registry.lookup(identity.acronym)
        # An acronym alone is weak evidence: trust it only if the full names agree too.
        if acronym_entry and name_key(acronym_entry.canonical) == name_key(identity.name):
            entry = acronym_entry
    canonical = entry.canonical if entry and entry.kind not in ("person", "place") else identity.name
    return canonical, entry


def _assign_slugs(described: Sequence[tuple[ProfileFacts, str]]) -> tuple[dict[str, str], list[Diagnostic]]:
    """Canonical name of each described organization → its slug.

    Different names (``naming.name_key``) that slug alike: the first key in sorted order keeps
    the bare slug, whatever the order of the input; each other gets ``distinct_slug`` and
    a warning at its profile. (Profiles with the same key and slug describe one
    organization: ``api`` refuses that.)
    """
    by_slug: dict[str, dict[str, tuple[ProfileFacts, str]]] = {}
    for facts, canonical in described:
        by_slug.setdefault(slugify(canonical), {}).setdefault(name_key(canonical), (facts, canonical))
    slug_of_key: dict[tuple[str, str], str] = {}
    diagnostics: list[Diagnostic] = []
    for bare, holders in by_slug.items():
        first, *others = sorted(holders)
        slug_of_key[bare, first] = bare
        for key in others:
            slug_of_key[bare, key] = distinct = distinct_slug(bare, key)
            facts, canonical = holders[key]
            kept = holders[first][1]
            diagnostics.append(
                Diagnostic(
                    Severity.WARNING,
                    "slug-collision",
                    f"'{canonical}' and '{kept}' are different names with the same IRI slug '{bare}'; "
                    f"'{kept}' keeps it and '{canonical}' gets '{distinct}'",
                    facts.profile.source,
                    facts.profile.title_line,
                )
            )
    diagnostics.sort(key=lambda d: (d.file or "", d.line or 0, d.message))
    slugs = {canonical: slug_of_key[slugify(canonical), name_key(canonical)] for _, canonical in described}
    return slugs, diagnostics
