"""The Python API: the product. The CLI is a thin layer over these functions.

    >>> import orgkg
    >>> result = orgkg.build(["seeds"])            # parse → extract → resolve → map → validate
    >>> result.report.fails(orgkg.Severity.VIOLATION)
    False
    >>> ttl = orgkg.serialize(result, "ttl")      # bytes
    >>> orgkg.write(result, "build")              # every format + one JSON-LD per organization

``build`` takes ``jobs`` (worker processes) and ``cache`` (a build-cache folder, normally
``<output>/.cache``); see ``orgkg.parallel`` for how the work is split and reused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from orgkg.errors import InputError, UsageError
from orgkg.iri import DEFAULT_BASE, Minter
from orgkg.model import Diagnostic, Profile, ProfileFacts, Severity
from orgkg.output import GraphFiles, folder_lock, org_file_name, warn, write, write_locked

if TYPE_CHECKING:
    from rdflib import Dataset, URIRef

    from orgkg.cache import BuildCache
    from orgkg.parallel import ShardOutput
    from orgkg.parse import Limits
    from orgkg.resolve import Resolution
    from orgkg.serialization import Section

DEFAULT_INPUT = "seeds"


@dataclass
class BuildStats:
    """What a build did (for progress messages, tests and the benchmark)."""

    profiles: int = 0
    parsed: list[str] = field(default_factory=list)  # doc slugs parsed + extracted
    mapped: list[str] = field(default_factory=list)  # doc slugs mapped and rendered
    validated: list[str] = field(default_factory=list)  # doc slugs validated (members)
    shards: int = 0
    shards_reused: int = 0
    batches_reused: int = 0


@dataclass
class BuildResult:
    """A built knowledge graph and what was learnt on the way.

    The graph is held as rendered output sections (in memory or in the build cache);
    ``dataset`` materializes it as an rdflib Dataset on first use.
    """

    base: str
    records: list[dict[str, Any]]
    shards: list[ShardOutput]
    shared: Section
    shared_quads: int = 0
    shared_key: str = ""  # what the shared section follows from (the build cache's key for it)
    report: Any = None  # ValidationReport
    errors: list[InputError] = field(default_factory=list)  # profiles skipped by keep_going
    stats: BuildStats = field(default_factory=BuildStats)
    cache: BuildCache | None = None
    _facts: list[ProfileFacts | None] = field(default_factory=list, repr=False)
    _limits: Any = None
    _dataset: Any = field(default=None, repr=False)

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            from orgkg.map import new_dataset

            dataset = new_dataset()
            data = self.file_bytes("nq")
            if data:
                dataset.parse(data=data, format="nquads")
            self._dataset = dataset
        return self._dataset

    @property
    def facts(self) -> list[ProfileFacts]:
        """Every profile's facts (re-read from the files where the cache stood in)."""
        from orgkg.extract import extract
        from orgkg.parse import DEFAULT_LIMITS, read_profile

        for index, facts in enumerate(self._facts):
            if facts is None:
                record = self.records[index]
                self._facts[index] = extract(read_profile(record["source"], self._limits or DEFAULT_LIMITS))
        return [f for f in self._facts if f is not None]

    @property
    def profiles(self) -> list[Profile]:
        return [f.profile for f in self.facts]

    @property
    def diagnostics(self) -> list[Diagnostic]:
        from orgkg.parallel import diagnostic_from_json

        return [diagnostic_from_json(d) for r in self.records for d in r["diagnostics"]]

    @property
    def sources(self) -> dict[str, str]:
        """Source file name (as recorded in provenance) → the path the user gave."""
        return {PurePath(r["source"]).name: r["source"] for r in self.records}

    @property
    def triple_count(self) -> int:
        """Distinct quads (a triple in two graphs counts twice)."""
        return sum(r["quads"] for r in self.records) + self.shared_quads

    @property
    def graph_count(self) -> int:
        return sum(r["graphs"] for r in self.records)

    def organizations(self) -> list[tuple[str, URIRef]]:
        """(slug, IRI) of every organization a profile of this build describes, sorted."""
        from rdflib import URIRef

        return sorted((r["slug"], URIRef(r["org"])) for r in self.records)

    # -- the graph files ---------------------------------------------------------------------

    def fragments(self) -> Iterable[tuple[dict[str, str] | None, ShardOutput | None]]:
        for shard in self.shards:
            yield shard.texts, shard
        yield self.shared.to_json(), None

    def framed_documents(self) -> Iterable[tuple[dict[str, Any], str]]:
        """(record, framed JSON-LD text) of every organization, in input order."""
        for shard in self.shards:
            framed = shard.framed
            if framed is None:
                assert self.cache is not None
                framed = self.cache.framed_documents(shard.key, [record["slug"] for record in shard.records])
            for record in shard.records:
                yield record, framed[record["slug"]]

    def file_bytes(self, fmt: str) -> bytes:
        from orgkg.serialization import FORMATS, GraphFileWriter

        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        parts: list[str] = []
        sinks = {f: (parts.append if f == fmt else _ignore) for f in FORMATS}
        writer = GraphFileWriter(sinks)
        for texts, shard in self.fragments():
            if texts is None:
                assert shard is not None and self.cache is not None
                texts = {f: self.cache.fragment_text(shard.key, f) if f == fmt else "" for f in FORMATS}
            writer.add(_section(texts))
        writer.close()
        return "".join(parts).encode("utf-8")


def _ignore(_: str) -> None:
    return None


def _section(texts: dict[str, str]) -> Section:
    from orgkg.serialization import Section

    return Section(**texts)


# ---------------------------------------------------------------------------------------
# Reading


def read_profiles(
    paths: Iterable[str | Path], *, limits: Limits | None = None, keep_going: bool = False
) -> tuple[list[Profile], list[InputError]]:
    """Find and parse every profile under ``paths``. Raises the first InputError unless
    ``keep_going``, in which case bad files are returned beside the good profiles."""
    from orgkg.parse import DEFAULT_LIMITS, discover, read_profile

    profiles: list[Profile] = []
    errors: list[InputError] = []
    for path in discover(paths):
        try:
            profiles.append(read_profile(path, limits or DEFAULT_LIMITS))
        except InputError as error:
            if not keep_going:
                raise
            errors.append(error)
    _check_unique_docs((p.doc, p.source) for p in profiles)
    return profiles, errors


def _check_unique_docs(items: Iterable[tuple[str, str]]) -> None:
    seen: dict[str, str] = {}
    for doc, source in items:
        if doc in seen:
            raise InputError(
                f"two profiles would share the source name '{doc}' ({seen[doc]} and {source}); rename one",
                source,
            )
        seen[doc] = source


def _check_unique_orgs(facts: Sequence[ProfileFacts], resolution: Resolution) -> None:
    seen: dict[str, str] = {}
    for profile_facts in facts:
        slug = resolution.profile_entity(profile_facts.profile.doc).slug
        source = profile_facts.profile.source
        if slug in seen:
            raise InputError(
                f"describes the same organization as {seen[slug]} ('{profile_facts.identity.name}'); "
                "merge the two profiles or give them distinct titles",
                source,
                profile_facts.profile.title_line,
            )
        seen[slug] = source


# ---------------------------------------------------------------------------------------
# Building


def build(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    *,
    base: str = DEFAULT_BASE,
    validate: bool = True,
    keep_going: bool = False,
    limits: Limits | None = None,
    jobs: int = 1,
    cache: str | Path | None = None,
    use_cache: bool = True,
    progress: Callable[[str, int, int], None] | None = None,
    today: date | None = None,
    on_mapped: Callable[[BuildResult], object] | None = None,
    on_cached: Callable[[BuildCache, list[str]], object] | None = None,
    notice: Callable[[str], None] | None = None,
) -> BuildResult:
    """Read every profile under ``paths`` and build one validated graph from them.

    ``jobs`` worker processes share the work (results never depend on it); ``cache`` is a
    build-cache folder to reuse and refresh (``use_cache=False``: ignore what is in it,
    a clean build); ``progress(phase, done, total)`` is called as work completes;
    ``on_mapped(result)`` once the graph is built, before it is validated;
    ``on_cached(cache, keys)`` as soon as a rebuild knows the first shards' output is in the
    cache (``keys``: theirs, in order), before anything is parsed; ``notice(message)`` hears
    of what was found wrong in the cache and dealt with (default: a warning on stderr).
    The cache folder is not locked: ``build_and_write`` locks the output folder it is in.
    """
    from orgkg.parallel import collector_paused
    from orgkg.parse import discover

    with collector_paused():
        sources = [str(p) for p in discover(paths)]
        builder = _Builder(base, validate, keep_going, limits, jobs, cache, use_cache, progress, today, notice or warn)
        builder.on_mapped = on_mapped
        builder.on_cached = on_cached
        return builder.run(sources)


def build_and_write(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    out_dir: str | Path = "build",
    *,
    wait: bool = True,
    notice: Callable[[str], None] | None = None,
    **options: Any,
) -> tuple[BuildResult, list[Path]]:
    """``build(paths, **options)`` then ``write(result, out_dir)``, overlapped: the graph
    files are being written (by a child process, where the platform forks) while the
    profiles are validated, and in a rebuild from the moment the unchanged first shards are
    known. What ``orgkg build`` runs.

    The output folder is locked throughout (``output.folder_lock``): another build into it
    waits, or with ``wait=False`` this one raises ``FolderBusy`` (exit 2). A cache entry
    found damaged only when its late parts are read (``CacheDamaged``) makes the build run
    again without reading the cache."""
    from orgkg import cache

    notice = notice or warn
    with folder_lock(out_dir, wait=wait, notice=notice) as out:
        if options.get("cache") is not None and (removed := cache.remove_stale_temporaries(Path(options["cache"]))):
            notice(f"removed {removed} temporary file(s) a stopped build left in {options['cache']}")
        try:
            return _build_and_write(paths, out, notice, options)
        except cache.CacheDamaged as error:
            if not options.get("use_cache", True):
                raise
            notice(f"{error}: building again without reading it")
            return _build_and_write(paths, out, notice, {**options, "use_cache": False})


def _build_and_write(
    paths: Iterable[str | Path], out: Path, notice: Callable[[str], None], options: dict[str, Any]
) -> tuple[BuildResult, list[Path]]:
    from orgkg.parallel import collector_paused

    started: list[GraphFiles] = []

    def begin(cache: BuildCache, keys: list[str]) -> None:
        job = GraphFiles.begin(cache, out, keys)
        if job is not None:
            started.append(job)

    def mapped(result: BuildResult) -> None:
        started[:] = [started[0].finish(result) if started else GraphFiles.start(result, out)]

    try:
        with collector_paused():
            result = build(paths, on_mapped=mapped, on_cached=begin, notice=notice, **options)
            return result, write_locked(result, out, graph_files=started[0] if started else None, notice=notice)
    except BaseException:
        for graph_files in started:
            graph_files.discard()
        raise


def build_profiles(
    profiles: Sequence[Profile], *, base: str = DEFAULT_BASE, validate: bool = True, jobs: int = 1
) -> BuildResult:
    """extract → resolve → map (→ validate) for already parsed profiles. No I/O."""
    from orgkg.extract import extract

    _check_unique_docs((p.doc, p.source) for p in profiles)
    facts = [extract(profile) for profile in profiles]
    builder = _Builder(base, validate, False, None, jobs, None, False, None, None, warn)
    return builder.run([p.source for p in profiles], facts=facts)


class _Builder:
    def __init__(
        self,
        base: str,
        validate: bool,
        keep_going: bool,
        limits: Any,
        jobs: int,
        cache: str | Path | None,
        use_cache: bool,
        progress: Any,
        today: date | None,
        notice: Callable[[str], None],
    ) -> None:
        from orgkg.cache import BuildCache, build_fingerprint, prepare_folder

        self.minter = Minter(base)
        self.validate = validate
        self.keep_going = keep_going
        self.limits = limits
        self.jobs = max(1, int(jobs or 1))
        self.progress = progress
        self.today = today or date.today()
        self.fingerprint = build_fingerprint(self.minter.base, limits)
        # A cache folder that is not orgkg's (a symlink, a file, someone's folder) is never used.
        usable = cache is not None and prepare_folder(Path(cache), notice)
        self.cache = BuildCache(Path(cache), self.fingerprint, read=use_cache, notice=notice) if usable else None
        self.stats = BuildStats()
        self.on_mapped: Callable[[BuildResult], object] | None = None  # called before validation
        self.on_cached: Callable[[BuildCache, list[str]], object] | None = None  # see build()

    def _tick(self, phase: str, total: int) -> Callable[[int], None]:
        done = [0]

        def tick(weight: int) -> None:
            done[0] += weight
            if self.progress:
                self.progress(phase, done[0], total)

        return tick

    # -- phase 1: read ---------------------------------------------------------------------

    def _parse(self, indices: Iterable[int], meanwhile: Callable[[], None] | None = None) -> None:
        wanted = {i for i in indices if i not in self.summary and i not in self.failed}
        tasks, owners = [], []
        for number, bound in enumerate(self.bounds):
            todo = [i for i in bound if i in wanted]
            if todo:
                tasks.append(todo)
                owners.append(self.owners[number])
        results = self.workers.run(
            "parse",
            tasks,
            owners,
            progress=self._tick("read", len(wanted)),
            weights=[len(t) for t in tasks],
            meanwhile=meanwhile,
        )
        for group, outcomes in zip(tasks, results, strict=True):
            for index, (status, value) in zip(group, outcomes, strict=True):
                if status == "ok":
                    self.summary[index] = value
                    self.stats.parsed.append(value["doc"])
                elif not self.keep_going:
                    raise value
                else:
                    self.failed[index] = value

    def run(self, sources: list[str], facts: list[ProfileFacts] | None = None) -> BuildResult:
        from orgkg.iri import slugify
        from orgkg.parallel import Workers, profile_summary, shard_bounds

        self.docs = docs = [slugify(Path(s).stem) for s in sources]
        _check_unique_docs(zip(docs, sources, strict=True))
        self.bounds = shard_bounds(docs)
        # Work is handed out by shard: more workers than shards would only cost their start-up.
        self.jobs = max(1, min(self.jobs, len(self.bounds)))
        initial = dict(enumerate(facts)) if facts is not None else {}
        state = {"sources": sources, "limits": self.limits, "minter": self.minter, "facts": initial}
        with Workers(self.jobs, state) as self.workers:
            self.summary: dict[int, dict[str, Any]] = {i: profile_summary(f) for i, f in initial.items()}
            result = self._run(sources, facts is not None)
            if self.workers.in_process:
                local = self.workers.local_facts()
                result._facts = [local.get(i) for i in self.ok]
        return result

    def _run(self, sources: list[str], given: bool) -> BuildResult:
        from orgkg.cache import content_key
        from orgkg.parallel import ShardOutput, lookups_hold, owners_of, stand_in_facts
        from orgkg.resolve import resolve

        self.failed: dict[int, InputError] = {}
        self.stats.profiles = len(sources)
        shas = [self.summary[i]["sha256"] for i in range(len(sources))] if given else [_sha256(s) for s in sources]
        bounds = self.bounds
        self.owners = owners_of([len(b) for b in bounds], self.jobs)
        self.stats.shards = len(bounds)
        keys = [content_key(self.fingerprint, [(sources[i], shas[i] or "") for i in b]) for b in bounds]

        # Which shards the cache still holds (their records stand in for parsing). Shards
        # without an entry are parsed while the others' records are read.
        cached: dict[int, list[dict[str, Any]]] = {}
        if self.cache is not None and not given:
            cache = self.cache
            missing = [n for n, key in enumerate(keys) if not cache.has_shard(key)]
            rebuild = 0 < len(missing) < len(keys)
            if rebuild:  # its few tasks go to worker processes, which warm up meanwhile
                self.workers.start()
                if self.on_cached is not None and missing[0] > 0:
                    self.on_cached(cache, keys[: missing[0]])

            def read_cache() -> None:
                if rebuild:
                    self.workers.warm((self.owners[n] for n in missing), validate=self.validate)
                absent = set(missing)
                for number, key in enumerate(keys):
                    records = None if number in absent else cache.load_shard(key)
                    if records is not None and _records_fit(
                        records, [sources[i] for i in bounds[number]], [self.docs[i] for i in bounds[number]]
                    ):
                        cached[number] = records

            self._parse((i for n in missing for i in bounds[n]), meanwhile=read_cache)
        self._parse(i for number, b in enumerate(bounds) if number not in cached for i in b)

        # Resolve over every profile's names.
        self.ok = ok = [i for i in range(len(sources)) if i not in self.failed]
        known = dict(self.summary)
        for number, records in cached.items():
            known.update(zip(bounds[number], records, strict=True))
        everyone = [stand_in_facts(known[i]) for i in ok]
        resolution = resolve(everyone)
        _check_unique_orgs(everyone, resolution)

        # Cached shards stay valid while their lookups resolve the same way.
        memo: dict[str, Any] = {}
        for number in sorted(cached):
            if not all(lookups_hold(r["lookups"], resolution, memo) for r in cached[number]):
                del cached[number]
        self._parse(i for number, b in enumerate(bounds) if number not in cached for i in b)

        # Phase 2: map and render the shards the cache does not hold.
        todo = [
            (number, keys[number], [i for i in bounds[number] if i not in self.failed])
            for number in range(len(bounds))
            if number not in cached
        ]
        todo = [t for t in todo if t[2]]
        self.workers.update(resolution=resolution, cache=None if self.failed else self.cache)
        shards: dict[int, ShardOutput] = {}
        mapped = self.workers.run(
            "map",
            todo,
            [self.owners[t[0]] for t in todo],
            progress=self._tick("map", sum(len(t[2]) for t in todo)),
            weights=[len(t[2]) for t in todo],
        )
        for task, shard in zip(todo, mapped, strict=True):
            shards[task[0]] = shard
            self.stats.mapped.extend(shard.remapped)
        for number, records in cached.items():
            shards[number] = ShardOutput(number, keys[number], records, texts=None, stored=True, reused=True)
            self.stats.shards_reused += 1
        ordered = [shards[n] for n in range(len(bounds)) if n in shards]
        records = [r for shard in ordered for r in shard.records]
        shared, shared_quads, shared_key = self._shared_section(ordered, records)

        result = BuildResult(
            self.minter.base,
            records,
            ordered,
            shared,
            shared_quads,
            shared_key,
            errors=list(self.failed.values()),
            stats=self.stats,
            cache=self.cache,
            _facts=[None] * len(ok),
            _limits=self.limits,
        )
        if self.cache is not None:
            self.cache.prune_shards(keys)
        if self.on_mapped is not None:
            self.on_mapped(result)
        if self.validate:
            result.report = self._validate(result, bounds, ok, resolution)
        return result

    def _shared_section(
        self, shards: Sequence[ShardOutput], records: Sequence[dict[str, Any]]
    ) -> tuple[Section, int, str]:
        """The section of nodes several profiles may mention, merged over every profile
        (reused from the cache when no profile's quads changed)."""
        from orgkg.serialization import Section, render_section

        digest = hashlib.sha256(self.fingerprint.encode())
        for record in records:  # what each profile says about shared nodes, nothing else
            digest.update(record["shared_digest"].encode())
        key = digest.hexdigest()
        if self.cache is not None:
            payload = self.cache.load_shared_section(key)
            if isinstance(payload, dict):
                try:
                    return Section.from_json(payload["section"]), int(payload["quads"]), key
                except (KeyError, TypeError, ValueError):
                    pass
        quads: set[tuple] = set()
        triples: set[tuple] = set()
        for shard in shards:
            shared = (
                shard.shared
                if shard.shared is not None
                else self.cache.shared_data(  # type: ignore[union-attr]
                    shard.key, [record["doc"] for record in shard.records]
                )
            )
            for record in shard.records:
                shared_quads, shared_triples = shared[record["doc"]]
                quads.update(tuple(q) for q in shared_quads)
                triples.update(tuple(t) for t in shared_triples)
        section = render_section(quads, triples)
        if self.cache is not None:
            self.cache.store_shared_section(key, {"section": section.to_json(), "quads": len(quads)})
        return section, len(quads), key

    # -- phase 3: validate -----------------------------------------------------------------

    def _validate(self, result: BuildResult, bounds: Sequence[range], ok: Sequence[int], resolution: Any) -> Any:
        from orgkg.parallel import referenced_slugs
        from orgkg.validation_scale import batch_for_cache, batch_from_cache, merged_report

        position = {i: n for n, i in enumerate(ok)}
        records = result.records
        by_slug = {r["slug"]: i for i, r in zip(ok, records, strict=True)}
        record_at = dict(zip(ok, records, strict=True))
        batches = []
        for number, bound in enumerate(bounds):
            members = [i for i in bound if i in position]
            if not members:
                continue
            context = sorted(
                {
                    by_slug[s]
                    for i in members
                    for s in referenced_slugs(record_at[i]["lookups"], record_at[i]["slug"])
                    if s in by_slug
                }
                - set(members)
            )
            digest = hashlib.sha256(f"{self.fingerprint}|{self.today.isoformat()}".encode())
            # The files as spelled this time too: findings name them (``c/x.txt`` or ``/abs/c/x.txt``).
            for i in [*members, -1, *context]:
                digest.update((f"{record_at[i]['digest']}\x00{record_at[i]['source']}\x00" if i >= 0 else "|").encode())
            batches.append((number, members, context, digest.hexdigest()))
        found: dict[int, tuple[Any, dict[str, Any]]] = {}  # rows (or their reader), extras
        keys = {n: k for n, _, _, k in batches}

        def read_cached(numbers: Iterable[int]) -> None:
            for number in numbers:
                payload = self.cache.load_batch(keys[number])  # type: ignore[union-attr]
                if payload is None:
                    continue
                try:
                    found[number] = batch_from_cache(payload, partial(self.cache.batch_part, keys[number]))  # type: ignore[union-attr]
                except (OSError, ValueError):  # damaged or foreign: validate the batch again
                    continue
                self.stats.batches_reused += 1

        def validate(numbers: set[int], meanwhile: Callable[[], None] | None = None) -> None:
            todo = [(n, m, c) for n, m, c, _ in batches if n in numbers]
            tick = self._tick("validate", sum(len(m) for _, m, _ in todo))
            results = self.workers.run(
                "validate",
                todo,
                [self.owners[n] for n, _, _ in todo],
                progress=tick,
                weights=[len(m) for _, m, _ in todo],
                meanwhile=meanwhile,
            )
            for (number, members, _), (_, findings, extra) in zip(todo, results, strict=True):
                found[number] = (findings, extra)
                self.stats.validated.extend(records[position[i]]["doc"] for i in members)
                if self.cache is not None:
                    self.cache.store_batch(keys[number], *batch_for_cache(findings, extra))

        self.workers.update(today=self.today)
        # Batches without an entry are validated while the others' entries are read; an entry
        # found damaged or foreign then has its batch validated too.
        listed = [n for n in keys if self.cache is not None and self.cache.has_batch(keys[n])]
        validate(set(keys) - set(listed), meanwhile=partial(read_cached, listed))
        validate({n for n in listed if n not in found})
        if self.cache is not None:
            self.cache.prune_batches(keys.values())
        ordered = [found[n] for n, *_ in batches]
        if not ordered:
            from orgkg.validation_scale import validation_module

            return validation_module().validate_dataset(result.dataset, sources=result.sources, today=self.today)
        return merged_report([f for f, _ in ordered], [e for _, e in ordered], result.sources)


def _records_fit(records: list[Any], sources: list[str], docs: list[str]) -> bool:
    """Whether a shard's cached records are sound (``parallel.record_is_sound``) and are
    those of its profiles, in order."""
    from orgkg.parallel import record_is_sound

    return (
        len(records) == len(sources)
        and all(map(record_is_sound, records))
        and [(r["source"], r["doc"]) for r in records] == list(zip(sources, docs, strict=True))
    )


def _sha256(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


# ---------------------------------------------------------------------------------------
# Validation and output


def validate_result(result: BuildResult, **options: object) -> Any:
    from orgkg.validation_scale import validation_module

    return validation_module().validate_dataset(
        result.dataset, diagnostics=result.diagnostics, sources=result.sources, profiles=result.facts, **options
    )


def validate(source: BuildResult | Dataset, **options: object) -> Any:
    """SHACL + Python checks over a build result or any rdflib Dataset."""
    if isinstance(source, BuildResult):
        return validate_result(source, **options)
    from orgkg.validation_scale import validation_module

    return validation_module().validate_dataset(source, **options)


def serialize(source: BuildResult | Dataset, fmt: str = "ttl") -> bytes:
    """The graph as bytes: ``ttl``, ``nt``, ``trig``, ``nq`` or ``jsonld``."""
    if isinstance(source, BuildResult):
        return source.file_bytes(fmt)
    from orgkg.serialization import serialize_dataset

    return serialize_dataset(source, fmt)


def output_files(result: BuildResult) -> dict[str, bytes]:
    """Every file ``orgkg build`` writes, as relative path → bytes."""
    from orgkg.serialization import FILE_NAMES

    files = {name: result.file_bytes(fmt) for fmt, name in FILE_NAMES.items()}
    for record, framed in result.framed_documents():
        files[org_file_name(record["slug"])] = framed.encode("utf-8")
    if result.report is not None:
        from orgkg.report import render_report

        files["validation.json"] = render_report(result.report, "json").encode("utf-8")
    return files


__all__ = [
    "BuildResult",
    "Severity",
    "build",
    "build_and_write",
    "build_profiles",
    "read_profiles",
    "serialize",
    "validate",
    "write",
]
