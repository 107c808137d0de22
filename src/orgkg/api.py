"""The Python API: the product. The CLI is a thin layer over these functions.

    >>> import orgkg
    >>> result = orgkg.build(["seeds"])            # parse → extract → resolve → map → validate
    >>> result.report.fails(orgkg.Severity.VIOLATION)
    False
    >>> ttl = orgkg.serialize(result, "ttl")      # bytes
    >>> orgkg.write(result, "build")              # every format + one JSON-LD per organization

``build`` takes ``jobs`` (worker processes) or ``scheduler`` (a Dask cluster) and ``cache``
(a build-cache folder, normally ``<output>/.cache``); ``orgkg.runners`` runs the work.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from orgkg.errors import InputError, UsageError
from orgkg.iri import DEFAULT_BASE, Minter
from orgkg.model import Diagnostic, Profile, ProfileFacts, Severity
from orgkg.output import folder_lock, org_file_name, warn, web_file_name, write, write_locked
from orgkg.runners.incremental import BuildStats

if TYPE_CHECKING:
    from rdflib import Dataset, URIRef
    from typing_extensions import Unpack

    from orgkg.parse import Limits
    from orgkg.resolve import Resolution
    from orgkg.runners import Runner
    from orgkg.runners.batches import BatchResult
    from orgkg.runners.cache import BuildCache
    from orgkg.runners.incremental import FactsStore, Plan, ShardOutput
    from orgkg.runners.tasks import ProfileRecord
    from orgkg.serialization import Quad, Section, Triple
    from orgkg.validation import Report, ValidateOptions, ValidationReport

DEFAULT_INPUT = "seeds"


@dataclass
class BuildResult:
    """A built knowledge graph and what was learnt on the way.

    The graph is held as rendered slices of the graph files (in memory or in the build
    cache); ``dataset`` makes an rdflib Dataset of it on first use.
    """

    base: str
    records: list[ProfileRecord]
    shards: list[ShardOutput]
    shared: Section
    shared_quads: int = 0
    shared_key: str = ""  # what the shared section follows from (the build cache's key for it)
    report: Report | None = None
    errors: list[InputError] = field(default_factory=list)  # profiles skipped by keep_going
    stats: BuildStats = field(default_factory=BuildStats)
    cache: BuildCache | None = None
    _facts: FactsStore | None = field(default=None, repr=False)  # by profile number
    _numbers: list[int] = field(default_factory=list, repr=False)  # each record's profile number
    _limits: Any = None
    _dataset: Dataset | None = field(default=None, repr=False)

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
        """Every profile's facts (parsed again where the cache stood in)."""
        from orgkg.runners.tasks import ParseTask, parse_shard

        store = self._facts
        found = [store.get(i) if store is not None else None for i in self._numbers]
        missing = [n for n, facts in enumerate(found) if facts is None]
        parsed = parse_shard(ParseTask(tuple(self.records[n].source for n in missing), self._limits)).facts
        for number, packed in zip(missing, parsed, strict=True):
            if isinstance(packed, InputError):
                raise packed
            found[number] = packed.unpack()
        return [f for f in found if f is not None]

    @property
    def profiles(self) -> list[Profile]:
        return [f.profile for f in self.facts]

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for record in self.records for d in record.diagnostics]

    @property
    def sources(self) -> dict[str, str]:
        """Source file name (as recorded in provenance) → the path the user gave."""
        return {PurePath(r.source).name: r.source for r in self.records}

    @property
    def triple_count(self) -> int:
        """Distinct quads (a triple in two graphs counts twice)."""
        return sum(r.quads for r in self.records) + self.shared_quads

    @property
    def graph_count(self) -> int:
        return sum(r.graphs for r in self.records)

    def organizations(self) -> list[tuple[str, URIRef]]:
        """(slug, IRI) of every organization a profile of this build describes, sorted."""
        from rdflib import URIRef

        return sorted((r.slug, URIRef(r.org)) for r in self.records)

    # -- the graph files ---------------------------------------------------------------------

    def fragments(self, fmt: str) -> Iterable[bytes | Section]:
        """The pieces of ``graph.<fmt>``: each shard's slice (UTF-8, from memory or the
        build cache), then the shared section."""
        for shard in self.shards:
            if shard.texts is not None:
                yield shard.texts[fmt]
            else:
                assert self.cache is not None
                yield self.cache.fragment_bytes(shard.key, fmt)
        yield self.shared

    def framed_documents(self, only: Container[str] | None = None) -> Iterable[tuple[ProfileRecord, str]]:
        """(record, framed JSON-LD text) of every organization, in input order; ``only``:
        of the organizations with these slugs (a cached shard without one is not read)."""
        for shard in self.shards:
            wanted = [r for r in shard.records if only is None or r.slug in only]
            if not wanted:
                continue
            framed = shard.framed
            if framed is None:
                assert self.cache is not None
                framed = self.cache.framed_documents(shard.key, [record.slug for record in wanted])
            for record in wanted:
                yield record, framed[record.slug]

    def web_documents(self, only: Container[str] | None = None) -> Iterable[tuple[ProfileRecord, str]]:
        """(record, web-variant JSON-LD text) of every organization, in input order;
        ``only``: as in ``framed_documents``."""
        for shard in self.shards:
            wanted = [r for r in shard.records if only is None or r.slug in only]
            if not wanted:
                continue
            web = shard.web
            if web is None:
                assert self.cache is not None
                web = self.cache.web_documents(shard.key, [record.slug for record in wanted])
            for record in wanted:
                yield record, web[record.slug]

    def file_digests(self) -> Iterator[tuple[str, int, str]]:
        """(file name, size, sha256) of every organization and web file whose digest the
        build knows without its document: the writer links such a file from the previous
        set when that holds those bytes, and reads only the other documents."""
        for shard in self.shards:
            for record in shard.records:
                yield org_file_name(record.slug), record.framed_bytes, record.framed_sha256
                if (digest := shard.web_digests.get(record.slug)) is not None:
                    yield web_file_name(record.slug), *digest

    def file_bytes(self, fmt: str) -> bytes:
        return b"".join(self.file_pieces(fmt))

    def file_pieces(self, fmt: str) -> Iterable[bytes]:
        """``graph.<fmt>`` as consecutive pieces, made as they are read (each time it is
        iterated): a cached shard's fragment as its file holds it, never the whole file in
        memory (a graph file can be hundreds of MB)."""
        from orgkg.serialization import FORMATS

        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return _Pieces(self, fmt)


class _Pieces:
    """The pieces of one graph file, read again from the cache on every iteration."""

    def __init__(self, result: BuildResult, fmt: str) -> None:
        self.result, self.fmt = result, fmt

    def __iter__(self) -> Iterator[bytes]:
        from orgkg.serialization import FORMATS, GraphFileWriter, Section

        fmt = self.fmt
        parts: list[bytes] = []  # what the writer has emitted since the last piece was handed on

        def add(text: str) -> None:
            if text:
                parts.append(text.encode("utf-8"))

        writer = GraphFileWriter({f: (add if f == fmt else _ignore) for f in FORMATS})
        for piece in self.result.fragments(fmt):
            if isinstance(piece, Section):
                writer.add(piece)
            elif piece:  # a shard's slice, as writer.add does with a section's text
                add(writer.separator(fmt))
                parts.append(piece)
            yield from parts
            parts.clear()
        writer.close()
        yield from parts


def _ignore(_: str) -> None:
    return None


# ---------------------------------------------------------------------------------------
# Reading


def read_profiles(
    paths: Iterable[str | Path], *, limits: Limits | None = None, keep_going: bool = False
) -> tuple[list[Profile], list[InputError]]:
    """Find and parse every profile under ``paths``. Raises the first InputError unless
    ``keep_going``, in which case bad files are returned beside the good profiles."""
    from orgkg.parse import DEFAULT_LIMITS, discover, read_profile
    from orgkg.runners.incremental import check_unique_docs

    profiles: list[Profile] = []
    errors: list[InputError] = []
    for path in discover(paths):
        try:
            profiles.append(read_profile(path, limits or DEFAULT_LIMITS))
        except InputError as error:
            if not keep_going:
                raise
            errors.append(error)
    check_unique_docs((p.doc, p.source) for p in profiles)
    return profiles, errors


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
    scheduler: str | None = None,
    runner: Runner | None = None,
    cache: str | Path | None = None,
    use_cache: bool = True,
    progress: Callable[[str, int, int], None] | None = None,
    today: date | None = None,
    on_mapped: Callable[[BuildResult], object] | None = None,
    notice: Callable[[str], None] | None = None,
) -> BuildResult:
    """Read every profile under ``paths`` and build one validated graph from them.

    The work runs on ``runner`` (``orgkg.runners``), else on ``jobs`` local processes, or on
    the Dask cluster whose scheduler is at ``scheduler``; results never depend on it.
    ``cache`` is a build-cache folder to reuse and refresh (``use_cache=False``: ignore
    what is in it, a clean build); ``progress(phase, done, total)`` is called as work
    completes; ``on_mapped(result)`` once the graph is built, before it is validated;
    ``notice(message)`` hears
    of what was found wrong in the cache and dealt with (default: a warning on stderr).
    The cache folder is not locked: ``build_and_write`` locks the output folder it is in.
    """
    from orgkg.parse import discover
    from orgkg.runners import get_runner
    from orgkg.runners.cache import BuildCache, build_fingerprint, prepare_folder
    from orgkg.runners.incremental import Plan

    notice = notice or warn
    minter = Minter(base)
    fingerprint = build_fingerprint(minter.base, limits)
    # A cache folder that is not orgkg's (a symlink, a file, someone's folder) is never used.
    build_cache = None
    if cache is not None and prepare_folder(Path(cache), notice):
        build_cache = BuildCache(Path(cache), fingerprint, read=use_cache, notice=notice)
    plan = Plan(minter, validate, keep_going, limits, today or date.today(), fingerprint, progress, on_mapped)
    sources = [str(p) for p in discover(paths)]
    own = runner is None
    runner = runner or get_runner(jobs, scheduler)
    try:
        return _run(plan, runner, build_cache, sources)
    finally:
        if own:
            runner.close()


def _run(
    plan: Plan, runner: Runner, cache: BuildCache | None, sources: list[str], given: list[ProfileFacts] | None = None
) -> BuildResult:
    """parse → extract → resolve → map → validate, over shards, reusing ``cache``."""
    from orgkg.runners.cache import content_key
    from orgkg.runners.incremental import IncrementalBuild, ShardOutput, check_unique_docs, check_unique_orgs, sha256_of
    from orgkg.runners.tasks import lookups_hold

    work = IncrementalBuild(plan, runner, cache, sources)
    for number, facts in enumerate(given or ()):
        work.facts[number] = facts
    check_unique_docs(zip(work.docs, sources, strict=True))
    shas = [f.profile.sha256 for f in given] if given else [sha256_of(s) for s in sources]
    keys = [content_key(plan.fingerprint, [(sources[i], shas[i]) for i in b]) for b in work.bounds]

    # parse → extract what the cache does not hold
    cached = work.cached_records(keys) if given is None else {}
    work.parse(i for n, bound in enumerate(work.bounds) if n not in cached for i in bound)

    # resolve over every profile's names; cached shards stay while their lookups still hold
    cached_record = {i: r for n, records in cached.items() for i, r in zip(work.bounds[n], records, strict=True)}
    ok = [i for i in range(len(sources)) if i not in work.failed]
    names = [work.facts.names[i] if i in work.facts else cached_record[i].names for i in ok]

    @functools.cache
    def resolution() -> Resolution:
        from orgkg.resolve import resolve  # imports the extractor: not when nothing is resolved

        return resolve(names)

    # The very records an earlier build resolved together and found holding need no second
    # look (a no-op rebuild): resolution is a function of their names, and their lookups held.
    settled = work.settled_key(keys)
    known = settled is not None and cache is not None and cache.settled(settled)
    if not known:
        check_unique_orgs(names, resolution())
        memo: dict[str, Any] = {}
        cached = {n: rs for n, rs in cached.items() if all(lookups_hold(r.lookups, resolution(), memo) for r in rs)}
    stale = [n for n in range(len(work.bounds)) if n not in cached]
    work.parse(i for n in stale for i in work.bounds[n])

    # map → render the shards the cache does not hold
    shards = work.map(stale, keys, resolution() if stale else None)
    if cache is not None and not known and (now := work.settled_key(keys)) is not None:
        cache.store_settled(now)
    for number, records in cached.items():
        shards[number] = ShardOutput(number, keys[number], records, reused=True)
    work.stats.shards_reused = len(cached)
    ordered = [shards[n] for n in sorted(shards)]
    records = [r for shard in ordered for r in shard.records]
    shared, shared_quads, shared_key = _shared_section(plan.fingerprint, cache, ordered, records)
    work.web(ordered)
    result = BuildResult(
        plan.minter.base,
        records,
        ordered,
        shared,
        shared_quads,
        shared_key,
        errors=list(work.failed.values()),
        stats=work.stats,
        cache=cache,
        _facts=work.facts,
        _numbers=ok,
        _limits=plan.limits,
    )
    if cache is not None:
        cache.prune_shards(keys)
    if plan.on_mapped is not None:
        plan.on_mapped(result)

    # validate
    if plan.validate:
        result.report = _report(result, work.validate(dict(zip(ok, records, strict=True)), resolution), plan.today)
    return result


def _report(result: BuildResult, batches: list[BatchResult], today: date) -> Report:
    from orgkg import validation
    from orgkg.runners.batches import merged_report

    if not batches:
        return validation.validate_dataset(result.dataset, sources=result.sources, today=today)
    return merged_report(batches, result.sources)


def _shared_section(
    fingerprint: str, cache: BuildCache | None, shards: Sequence[ShardOutput], records: Sequence[ProfileRecord]
) -> tuple[Section, int, str]:
    """The section of nodes several profiles may mention, merged over every profile
    (reused from the cache when no profile's quads changed)."""
    from orgkg.serialization import Section, render_section

    digest = hashlib.sha256(fingerprint.encode())
    for record in records:  # what each profile says about shared nodes, nothing else
        digest.update(record.shared_digest.encode())
    key = digest.hexdigest()
    if cache is not None:
        payload = cache.load_shared_section(key)
        if isinstance(payload, dict):
            try:
                return Section.from_json(payload["section"]), int(payload["quads"]), key
            except (KeyError, TypeError, ValueError):
                pass
    quads: set[Quad] = set()
    triples: set[Triple] = set()
    for shard in shards:
        shared = shard.shared
        if shared is None:
            assert cache is not None
            shared = cache.shared_data(shard.key, [record.doc for record in shard.records])
        for record in shard.records:
            shared_quads, shared_triples = shared[record.doc]
            quads.update(tuple(q) for q in shared_quads)
            triples.update(tuple(t) for t in shared_triples)
    section = render_section(quads, triples)
    if cache is not None:
        cache.store_shared_section(key, {"section": section.to_json(), "quads": len(quads)})
    return section, len(quads), key


def build_and_write(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    out_dir: str | Path = "build",
    *,
    wait: bool = True,
    notice: Callable[[str], None] | None = None,
    **options: Any,
) -> tuple[BuildResult, list[Path]]:
    """``build(paths, **options)`` then ``write(result, out_dir)`` (``info``: what the
    dataset description says beyond the files, ``output.DatasetInfo``), holding the output
    folder's lock. What ``orgkg build`` runs.

    The output folder is locked throughout (``output.folder_lock``): another build into it
    waits, or with ``wait=False`` this one raises ``FolderBusy`` (exit 2). A cache entry
    found damaged only when its late parts are read (``CacheDamaged``) makes the build run
    again without reading the cache."""
    from orgkg.runners import cache

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
    written = {"info": options.pop("info")} if "info" in options else {}
    result = build(paths, notice=notice, **options)
    return result, write_locked(result, out, notice=notice, **written)


def build_profiles(
    profiles: Sequence[Profile], *, base: str = DEFAULT_BASE, validate: bool = True, jobs: int = 1
) -> BuildResult:
    """extract → resolve → map (→ validate) for already parsed profiles. No I/O."""
    from orgkg.extract import extract
    from orgkg.runners import get_runner
    from orgkg.runners.cache import build_fingerprint
    from orgkg.runners.incremental import Plan

    minter = Minter(base)
    facts = [extract(profile) for profile in profiles]
    plan = Plan(minter, validate, False, None, date.today(), build_fingerprint(minter.base, None))
    runner = get_runner(jobs)
    try:
        return _run(plan, runner, None, [p.source for p in profiles], facts)
    finally:
        runner.close()


# ---------------------------------------------------------------------------------------
# Validation and output


def validate_result(result: BuildResult, **options: Unpack[ValidateOptions]) -> ValidationReport:
    from orgkg import validation

    return validation.validate_dataset(
        result.dataset, diagnostics=result.diagnostics, sources=result.sources, profiles=result.facts, **options
    )


def validate(source: BuildResult | Dataset, **options: Unpack[ValidateOptions]) -> ValidationReport:
    """SHACL + Python checks over a build result or any rdflib Dataset."""
    if isinstance(source, BuildResult):
        return validate_result(source, **options)
    from orgkg import validation

    return validation.validate_dataset(source, **options)


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
        files[org_file_name(record.slug)] = framed.encode("utf-8")
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
