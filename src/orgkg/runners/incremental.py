"""The build over shards, reusing the build cache: what ``orgkg.api.build`` runs.

parse → extract (``tasks.parse_shard``, shards the cache does not hold) → resolve (every
profile's names: parsed now or read from its cached record) → map (``tasks.map_shards``,
shards not cached or whose recorded lookups now resolve differently) → validate
(``tasks.validate_batches``, batches not cached). Each step hands its tasks to a runner.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgkg.errors import InputError
from orgkg.iri import Minter, slugify
from orgkg.model import ProfileFacts
from orgkg.runners import Runner
from orgkg.runners.tasks import (
    Batch,
    MappedShard,
    MapTask,
    PackedFacts,
    ParseTask,
    ProfileNames,
    ProfileRecord,
    ValidateTask,
    WebItem,
    WebTask,
    map_shards,
    parse_shard,
    render_web,
    shard_bounds,
    validate_batches,
)

if TYPE_CHECKING:
    from orgkg.api import BuildResult
    from orgkg.resolve import Resolution
    from orgkg.runners.batches import BatchResult
    from orgkg.runners.cache import BuildCache

Progress = Callable[[str, int, int], None]
SHARDS_PER_TASK = 8  # a task ships the resolution once: a few big tasks, not many small ones
MAP_SHARDS_PER_TASK = 2  # but a map task's result is its shards' rendered files, held until stored


@dataclass
class BuildStats:
    """What a build did (for progress messages, tests and the benchmark)."""

    profiles: int = 0
    parsed: list[str] = field(default_factory=list)  # doc slugs parsed + extracted
    mapped: list[str] = field(default_factory=list)  # doc slugs mapped and rendered
    validated: list[str] = field(default_factory=list)  # doc slugs validated (members)
    web: list[str] = field(default_factory=list)  # organization slugs whose web document was made
    shards: int = 0
    shards_reused: int = 0
    batches_reused: int = 0


@dataclass
class ShardOutput:
    """One shard's slice of every graph file and its profiles' records; the texts, framed
    documents and shared triples are in memory, or in the build cache under ``key``."""

    index: int
    key: str
    records: list[ProfileRecord]
    texts: dict[str, bytes] | None = None  # format → UTF-8 text
    framed: dict[str, str] | None = None
    shared: dict[str, Any] | None = None
    reused: bool = False
    web: dict[str, str] | None = None  # slug → web document; None: in the build cache
    # slug → (size, sha256) of its web document's UTF-8 bytes: the writer links an unchanged
    # file without reading the document back from the cache
    web_digests: dict[str, tuple[int, str]] = field(default_factory=dict)


class FactsStore:
    """Profile number → its facts, held pickled (``PackedFacts``) and unpacked only by the
    task that needs them: the build process keeps every parsed profile's facts until
    validation, the largest thing it holds. ``names``: what resolve reads of each."""

    def __init__(self) -> None:
        self._packed: dict[int, PackedFacts] = {}
        self.names: dict[int, ProfileNames] = {}

    def __contains__(self, index: object) -> bool:
        return index in self._packed

    def __getitem__(self, index: int) -> ProfileFacts:
        return self._packed[index].unpack()

    def __setitem__(self, index: int, facts: ProfileFacts | PackedFacts) -> None:
        packed = facts if isinstance(facts, PackedFacts) else PackedFacts.pack(facts)
        self._packed[index] = packed
        self.names[index] = packed.names

    def packed(self, index: int) -> PackedFacts:
        return self._packed[index]

    def get(self, index: int) -> ProfileFacts | None:
        return self[index] if index in self._packed else None


@dataclass
class Plan:
    """A build's settings (``api.build``'s arguments)."""

    minter: Minter
    validate: bool
    keep_going: bool
    limits: Any
    today: date
    fingerprint: str
    progress: Progress | None = None
    on_mapped: Callable[[BuildResult], object] | None = None


def chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


class _Tick:
    def __init__(self, progress: Progress | None, phase: str, total: int) -> None:
        self.progress, self.phase, self.total, self.done = progress, phase, total, 0

    def __call__(self, weight: int) -> None:
        self.done += weight
        if self.progress is not None:
            self.progress(self.phase, self.done, self.total)


@dataclass
class IncrementalBuild:
    """One build's state as it moves through the stages."""

    plan: Plan
    runner: Runner
    cache: BuildCache | None
    sources: list[str]
    facts: FactsStore = field(default_factory=FactsStore)
    failed: dict[int, InputError] = field(default_factory=dict)
    stats: BuildStats = field(default_factory=BuildStats)
    stored: dict[int, str] = field(default_factory=dict)  # shard number → sha256 of its records in the cache

    def __post_init__(self) -> None:
        self.docs = [slugify(Path(s).stem) for s in self.sources]
        self.bounds = shard_bounds(self.docs)
        self.stats.profiles, self.stats.shards = len(self.sources), len(self.bounds)

    # -- parse → extract ----------------------------------------------------------------

    def parse(self, indices: Iterable[int]) -> None:
        wanted = sorted({i for i in indices if i not in self.facts and i not in self.failed})
        groups = [list(group) for group in chunks(wanted, 16)]
        tasks = [ParseTask(tuple(self.sources[i] for i in group), self.plan.limits) for group in groups]
        tick = _Tick(self.plan.progress, "read", len(wanted))
        for group, parsed in zip(
            groups, self.runner.map(parse_shard, tasks, [len(g) for g in groups], tick), strict=True
        ):
            for index, outcome in zip(group, parsed.facts, strict=True):
                if isinstance(outcome, InputError):
                    if not self.plan.keep_going:
                        raise outcome
                    self.failed[index] = outcome
                else:
                    self.facts[index] = outcome
                    self.stats.parsed.append(outcome.names.profile.doc)

    # -- the cache --------------------------------------------------------------------

    def cached_records(self, keys: list[str]) -> dict[int, list[ProfileRecord]]:
        """Shard number → its records, for the shards the cache holds intact."""
        if self.cache is None:
            return {}
        cache = self.cache
        missing = {n for n, key in enumerate(keys) if not cache.has_shard(key)}
        found = {}
        for number, key in enumerate(keys):
            entry = None if number in missing else cache.load_shard(key)
            if entry is not None and (records := self._records_fit(entry[0], self.bounds[number])) is not None:
                found[number] = records
                self.stored[number] = entry[1]
        return found

    def settled_key(self, keys: list[str]) -> str | None:
        """What names every shard's records as the cache holds them (``BuildCache.settled``),
        or None while a shard is not stored whole (not cached, or holding a broken profile)."""
        if self.cache is None or self.failed or len(self.stored) != len(keys):
            return None
        digest = hashlib.sha256()
        for number, key in enumerate(keys):
            digest.update(f"{key} {self.stored[number]}\n".encode())
        return digest.hexdigest()

    def _records_fit(self, data: list[Any], bound: range) -> list[ProfileRecord] | None:
        """The shard's records if they are sound and those of its profiles, in order."""
        try:
            records = [ProfileRecord.from_json(item) for item in data]
        except ValueError:
            return None
        expected = [(self.sources[i], self.docs[i]) for i in bound]
        return records if [(r.source, r.doc) for r in records] == expected else None

    # -- map ----------------------------------------------------------------------------

    def map(self, numbers: list[int], keys: list[str], resolution: Any) -> dict[int, ShardOutput]:
        work = [(n, [i for i in self.bounds[n] if i in self.facts]) for n in numbers]
        groups = chunks([(n, indices) for n, indices in work if indices], MAP_SHARDS_PER_TASK)
        # made as the runner asks for them: only the tasks in flight hold unpacked facts
        tasks = (
            MapTask(tuple((n, self._facts_of(indices)) for n, indices in group), resolution, self.plan.minter)
            for group in groups
        )
        weights = [sum(len(indices) for _, indices in group) for group in groups]
        tick = _Tick(self.plan.progress, "map", sum(weights))
        out: dict[int, ShardOutput] = {}
        for mapped in self.runner.map(map_shards, tasks, weights, tick):
            for shard in mapped:
                out[shard.number] = self._keep(shard, keys[shard.number])
        return out

    def _facts_of(self, indices: Iterable[int]) -> tuple[PackedFacts, ...]:
        return tuple(self.facts.packed(i) for i in indices)

    def _keep(self, shard: MappedShard, key: str) -> ShardOutput:
        self.stats.mapped.extend(record.doc for record in shard.records)
        output = ShardOutput(shard.number, key, shard.records, shard.texts, shard.framed, shard.shared)
        if self.cache is not None and not self.failed:  # a shard with a broken profile is not kept
            records = [record.to_json() for record in shard.records]
            self.stored[shard.number] = self.cache.store_shard(key, records, shard.texts, shard.framed, shard.shared)
            output.texts = output.framed = output.shared = None  # read back from the cache when written
        return output

    # -- web documents ------------------------------------------------------------------

    def web(self, shards: Sequence[ShardOutput]) -> None:
        """The web variant of every organization, into each shard's ``web`` (or the build
        cache, where the shard's other files are). A document is made again only when what
        it is made from changed: its profile's quads (``digest``) or the identity triples it
        needs of the organizations it mentions."""
        from orgkg.iri import DEFAULT_BASE
        from orgkg.web_jsonld import needed_identity

        base = self.plan.minter.base
        id_base = None if base == DEFAULT_BASE else base
        records = [r for shard in shards for r in shard.records]
        needed = needed_identity([(r.slug, r.org, r.org_mentions, r.org_identity) for r in records])
        keep = self.cache is not None and not self.failed
        todo: list[tuple[ShardOutput, dict[str, str], dict[str, tuple[str, str]]]] = []  # shard, keys, kept
        for shard in shards:
            cached = self.cache.load_web_documents(shard.key) if self.cache is not None else {}
            keys = {r.slug: _web_key(r.digest, needed[r.slug], id_base) for r in shard.records}
            kept = {slug: cached[slug] for slug, key in keys.items() if slug in cached and cached[slug][0] == key}
            if len(kept) < len(keys) or cached.keys() != keys.keys():
                todo.append((shard, keys, kept))
            else:
                shard.web_digests = _digests({slug: document for slug, (_, document) in kept.items()})
                if not keep:
                    shard.web = {slug: document for slug, (_, document) in kept.items()}

        def items(entry: tuple[ShardOutput, dict[str, str], dict[str, tuple[str, str]]]) -> tuple[WebItem, ...]:
            shard, _, kept = entry
            return tuple(WebItem(r.slug, r.org, needed[r.slug]) for r in shard.records if r.slug not in kept)

        def tasks() -> Iterator[WebTask]:  # made as the runner asks: each carries its shards' N-Quads
            for group in chunks(todo, 1):  # no resolution to ship: small tasks, little held at once
                shards_of = tuple((self._nquads(entry[0]) if items(entry) else b"", items(entry)) for entry in group)
                yield WebTask(shards_of, f"<{base}graph/", id_base)

        made_of = (made for results in self.runner.map(render_web, tasks()) for made in results)
        for (shard, keys, kept), made in zip(todo, made_of, strict=True):
            self.stats.web.extend(sorted(made))
            documents = {**kept, **{slug: (keys[slug], document) for slug, document in made.items()}}
            shard.web_digests = _digests({slug: document for slug, (_, document) in documents.items()})
            if keep:
                assert self.cache is not None
                self.cache.store_web_documents(shard.key, documents)
            else:
                shard.web = {slug: document for slug, (_, document) in documents.items()}

    def _nquads(self, shard: ShardOutput) -> bytes:
        if shard.texts is not None:
            return shard.texts["nq"]
        assert self.cache is not None
        return self.cache.fragment_bytes(shard.key, "nq")

    # -- validate ---------------------------------------------------------------------

    def batches(self, records: dict[int, ProfileRecord]) -> list[tuple[int, list[int], list[int], str, bool]]:
        """(shard number, members, context, cache key, cacheable) of every batch. A batch
        holding an access date after today is validated every time and never cached: that is
        the one check whose findings depend on the date."""
        by_slug = {record.slug: i for i, record in records.items()}
        today = self.plan.today.isoformat()
        out = []
        for number, bound in enumerate(self.bounds):
            members = [i for i in bound if i in records]
            if not members:
                continue
            mentioned = {by_slug[s] for i in members for s in records[i].referenced_slugs() if s in by_slug}
            context = sorted(mentioned - set(members))
            digest = hashlib.sha256(self.plan.fingerprint.encode())
            # The files as spelled this time too: findings name them (``c/x.txt`` or ``/abs/c/x.txt``).
            for i in [*members, -1, *context]:
                record = records[i] if i >= 0 else None
                part = f"{record.digest}\x00{record.diagnostics_digest()}\x00{record.source}\x00" if record else "|"
                digest.update(part.encode())
            dated = any(records[i].last_accessed > today for i in [*members, *context])
            out.append((number, members, context, digest.hexdigest(), not dated))
        return out

    def validate(self, records: dict[int, ProfileRecord], resolution: Callable[[], Resolution]) -> list[BatchResult]:
        """Each batch's findings, in shard order;
        ``resolution()`` is asked for only when a batch is validated."""
        from orgkg.runners.batches import batch_for_cache, batch_from_cache

        batches = self.batches(records)
        found: dict[int, BatchResult] = {}
        cache = self.cache
        for number, _, _, key, cacheable in batches:
            if cache is None or not cacheable or (payload := cache.load_batch(key)) is None:
                continue
            try:
                found[number] = batch_from_cache(payload, partial(cache.batch_part, key))
                self.stats.batches_reused += 1
            except (OSError, ValueError):  # damaged or foreign: validate the batch again
                continue
        todo = [b for b in batches if b[0] not in found]
        self.parse(i for _, members, context, _, _ in todo for i in [*members, *context])
        groups = chunks([(n, m, c) for n, m, c, _, _ in todo], SHARDS_PER_TASK)
        tasks: Iterator[ValidateTask] = iter(())
        if groups:  # ``resolution()`` only when a batch is validated
            resolved = resolution()
            tasks = (  # made as the runner asks for them, as in ``map``
                ValidateTask(
                    tuple(Batch(n, self._facts_of(m), self._facts_of(c)) for n, m, c in group),
                    resolved,
                    self.plan.minter,
                    self.plan.today,
                )
                for group in groups
            )
        weights = [sum(len(members) for _, members, _ in group) for group in groups]
        tick = _Tick(self.plan.progress, "validate", sum(weights))
        keys = {number: (key, cacheable) for number, _, _, key, cacheable in batches}
        for results in self.runner.map(validate_batches, tasks, weights, tick):
            for batch in results:
                found[batch.number] = batch.result
                self.stats.validated.extend(records[i].doc for i in self.bounds[batch.number] if i in records)
                key, cacheable = keys[batch.number]
                if cache is not None and cacheable:
                    cache.store_batch(key, *batch_for_cache(batch.result))
        if cache is not None:
            cache.prune_batches(key for key, _ in keys.values())
        return [found[number] for number, *_ in batches]


def _digests(documents: dict[str, str]) -> dict[str, tuple[int, str]]:
    """slug → (size, sha256) of each document's UTF-8 bytes, as the writer compares files."""
    out = {}
    for slug, document in documents.items():
        data = document.encode("utf-8")
        out[slug] = (len(data), hashlib.sha256(data).hexdigest())
    return out


def _web_key(digest: str, needed: Sequence[tuple[str, str, str]], id_base: str | None) -> str:
    """What a web document is made from: its profile's quads, the identity triples it
    needs of other profiles, the base its ``@id``s are written under."""
    text = "\n".join([digest, id_base or "", *("\x00".join(triple) for triple in needed)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_unique_docs(items: Iterable[tuple[str, str]]) -> None:
    seen: dict[str, str] = {}
    for doc, source in items:
        if doc in seen:
            raise InputError(
                f"two profiles would share the source name '{doc}' ({seen[doc]} and {source}); rename one",
                source,
            )
        seen[doc] = source


def check_unique_orgs(names: Sequence[Any], resolution: Any) -> None:
    seen: dict[str, str] = {}
    for item in names:
        slug = resolution.profile_entity(item.profile.doc).slug
        source = item.profile.source
        if slug in seen:
            raise InputError(
                f"describes the same organization as {seen[slug]} ('{item.identity.name}'); "
                "merge the two profiles or give them distinct titles",
                source,
                item.profile.title_line,
            )
        seen[slug] = source


def sha256_of(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""
