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

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from orgkg.errors import InputError, UsageError
from orgkg.iri import DEFAULT_BASE, Minter
from orgkg.model import Diagnostic, Profile, ProfileFacts, Severity

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
                framed = self.cache.framed_documents(shard.key)
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
                f"two profiles would share the source name '{doc}' "
                f"({seen[doc]} and {source}); rename one",
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
) -> BuildResult:
    """Read every profile under ``paths`` and build one validated graph from them.

    ``jobs`` worker processes share the work (results never depend on it); ``cache`` is a
    build-cache folder to reuse and refresh (``use_cache=False``: ignore what is in it,
    a clean build); ``progress(phase, done, total)`` is called as work completes.
    """
    from orgkg.parse import discover

    sources = [str(p) for p in discover(paths)]
    return _Builder(base, validate, keep_going, limits, jobs, cache, use_cache, progress, today).run(sources)


def build_profiles(
    profiles: Sequence[Profile], *, base: str = DEFAULT_BASE, validate: bool = True, jobs: int = 1
) -> BuildResult:
    """extract → resolve → map (→ validate) for already parsed profiles. No I/O."""
    from orgkg.extract import extract

    _check_unique_docs((p.doc, p.source) for p in profiles)
    facts = [extract(profile) for profile in profiles]
    builder = _Builder(base, validate, False, None, jobs, None, False, None, None)
    return builder.run([p.source for p in profiles], facts=facts)


class _Builder:
    def __init__(self, base: str, validate: bool, keep_going: bool, limits: Any, jobs: int,
                 cache: str | Path | None, use_cache: bool, progress: Any, today: date | None) -> None:
        from orgkg.cache import BuildCache, build_fingerprint

        self.minter = Minter(base)
        self.validate = validate
        self.keep_going = keep_going
        self.limits = limits
        self.jobs = max(1, int(jobs or 1))
        self.progress = progress
        self.today = today or date.today()
        self.fingerprint = build_fingerprint(self.minter.base, limits)
        self.cache = BuildCache(Path(cache), self.fingerprint, read=use_cache) if cache is not None else None
        self.stats = BuildStats()

    def _tick(self, phase: str, total: int) -> Callable[[int], None]:
        done = [0]

        def tick(weight: int) -> None:
            done[0] += weight
            if self.progress:
                self.progress(phase, done[0], total)

        return tick

    # -- phase 1: read ---------------------------------------------------------------------

    def _parse(self, indices: Iterable[int]) -> None:
        wanted = {i for i in indices if i not in self.summary and i not in self.failed}
        tasks, owners = [], []
        for number, bound in enumerate(self.bounds):
            todo = [i for i in bound if i in wanted]
            if todo:
                tasks.append(todo)
                owners.append(self.owners[number])
        if not tasks:
            return
        results = self.workers.run("parse", tasks, owners, progress=self._tick("read", len(wanted)),
                                   weights=[len(t) for t in tasks])
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

        docs = [slugify(Path(s).stem) for s in sources]
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

        # Which shards the cache still holds (their records stand in for parsing).
        cached: dict[int, list[dict[str, Any]]] = {}
        if self.cache is not None and not given:
            for number, key in enumerate(keys):
                records = self.cache.load_shard(key)
                if records is not None and [r.get("source") for r in records] == [sources[i] for i in bounds[number]]:
                    cached[number] = records
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
        todo = [(number, keys[number], [i for i in bounds[number] if i not in self.failed])
                for number in range(len(bounds)) if number not in cached]
        todo = [t for t in todo if t[2]]
        self.workers.update(resolution=resolution, cache=None if self.failed else self.cache)
        shards: dict[int, ShardOutput] = {}
        mapped = self.workers.run("map", todo, [self.owners[t[0]] for t in todo],
                                  progress=self._tick("map", sum(len(t[2]) for t in todo)),
                                  weights=[len(t[2]) for t in todo])
        for task, shard in zip(todo, mapped, strict=True):
            shards[task[0]] = shard
            self.stats.mapped.extend(shard.remapped)
        for number, records in cached.items():
            shards[number] = ShardOutput(number, keys[number], records, texts=None, stored=True, reused=True)
            self.stats.shards_reused += 1
        ordered = [shards[n] for n in range(len(bounds)) if n in shards]
        records = [r for shard in ordered for r in shard.records]
        shared, shared_quads = self._shared_section(ordered, records)

        result = BuildResult(
            self.minter.base, records, ordered, shared, shared_quads, errors=list(self.failed.values()),
            stats=self.stats, cache=self.cache, _facts=[None] * len(ok), _limits=self.limits,
        )
        if self.cache is not None:
            self.cache.prune_shards(keys)
        if self.validate:
            result.report = self._validate(result, bounds, ok, resolution)
        return result

    def _shared_section(self, shards: Sequence[ShardOutput], records: Sequence[dict[str, Any]]) -> tuple[Section, int]:
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
                    return Section.from_json(payload["section"]), int(payload["quads"])
                except (KeyError, TypeError, ValueError):
                    pass
        quads: set[tuple] = set()
        triples: set[tuple] = set()
        for shard in shards:
            shared = shard.shared if shard.shared is not None else self.cache.shared_data(shard.key)  # type: ignore[union-attr]
            for record in shard.records:
                shared_quads, shared_triples = shared[record["doc"]]
                quads.update(tuple(q) for q in shared_quads)
                triples.update(tuple(t) for t in shared_triples)
        section = render_section(quads, triples)
        if self.cache is not None:
            self.cache.store_shared_section(key, {"section": section.to_json(), "quads": len(quads)})
        return section, len(quads)

    # -- phase 3: validate -----------------------------------------------------------------

    def _validate(self, result: BuildResult, bounds: Sequence[range], ok: Sequence[int], resolution: Any) -> Any:
        from orgkg.parallel import referenced_slugs
        from orgkg.validation_scale import merged_report

        position = {i: n for n, i in enumerate(ok)}
        records = result.records
        by_slug = {r["slug"]: i for i, r in zip(ok, records, strict=True)}
        record_at = dict(zip(ok, records, strict=True))
        batches = []
        for number, bound in enumerate(bounds):
            members = [i for i in bound if i in position]
            if not members:
                continue
            context = sorted({by_slug[s] for i in members for s in referenced_slugs(record_at[i]["lookups"],
                                                                                     record_at[i]["slug"])
                              if s in by_slug} - set(members))
            digest = hashlib.sha256(f"{self.fingerprint}|{self.today.isoformat()}".encode())
            for i in [*members, -1, *context]:
                digest.update((record_at[i]["digest"] if i >= 0 else "|").encode())
            batches.append((number, members, context, digest.hexdigest()))
        found: dict[int, tuple[list[dict[str, Any]], dict[str, Any]]] = {}
        if self.cache is not None:
            for number, _, _, key in batches:
                payload = self.cache.load_batch(key)
                if isinstance(payload, dict) and isinstance(payload.get("findings"), list):
                    found[number] = (payload["findings"], payload.get("extra") or {})
                    self.stats.batches_reused += 1
        todo = [(n, m, c) for n, m, c, _ in batches if n not in found]
        self.workers.update(today=self.today)
        keys = {n: k for n, _, _, k in batches}
        tick = self._tick("validate", sum(len(m) for _, m, _ in todo))
        results = self.workers.run("validate", todo, [self.owners[n] for n, _, _ in todo], progress=tick,
                                   weights=[len(m) for _, m, _ in todo])
        for (number, members, _), (_, findings, extra) in zip(todo, results, strict=True):
            found[number] = (findings, extra)
            self.stats.validated.extend(records[position[i]]["doc"] for i in members)
            if self.cache is not None:
                self.cache.store_batch(keys[number], {"findings": findings, "extra": extra})
        if self.cache is not None:
            self.cache.prune_batches(keys.values())
        ordered = [found[n] for n, *_ in batches]
        if not ordered:
            from orgkg.validation_scale import validation_module

            return validation_module().validate_dataset(result.dataset, sources=result.sources, today=self.today)
        return merged_report([f for f, _ in ordered], [e for _, e in ordered], result.sources)


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


def write(result: BuildResult, out_dir: str | Path = "build") -> list[Path]:
    """Write every output atomically into ``out_dir``. Organization files an earlier write
    produced (listed in ``.orgkg-files``) that this build no longer has are removed;
    other files in ``orgs/`` are left alone.

    The graph files are streamed (from the build cache where it holds them); an
    organization file is rewritten only when its content or the file on disk changed.
    """
    from orgkg.serialization import FILE_NAMES, FORMATS

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output path {out} exists and is not a folder")
    staged: list[tuple[Path, Path]] = []
    names: list[str] = [FILE_NAMES[fmt] for fmt in FORMATS]
    handles: dict[str, Any] = {}
    recipe = _graph_recipe(result) if result.cache is not None else ""  # only a cache keeps it
    stamps = result.cache.written_stamps(out) if result.cache is not None else {}
    graph_files = {name: stamps[name] for name in FILE_NAMES.values()} \
        if stamps and _graph_files_hold(out, stamps, recipe) else {}
    org_stamps = stamps.get("orgs") if isinstance(stamps.get("orgs"), dict) else {}
    graph_writer: _GraphFilesThread | None = None
    try:
        out.mkdir(parents=True, exist_ok=True)
        if not graph_files:  # else the files on disk are what an earlier write made of this recipe
            for fmt in FORMATS:
                handle, temp = tempfile.mkstemp(prefix=f".graph.{fmt}.", suffix=".tmp", dir=out)
                handles[fmt] = os.fdopen(handle, "wb")
                staged.append((Path(temp), out / FILE_NAMES[fmt]))
            graph_writer = _GraphFilesThread(result, handles)
        org_files, unchanged = _stage_org_files(result, out, staged, names, org_stamps)
        previous_org_files = _org_manifest(out)
        _stage(out, ORG_MANIFEST, "".join(f"{name}\n" for name in sorted(org_files)).encode("utf-8"), staged)
        if result.report is not None:
            from orgkg.report import render_report

            _stage(out, "validation.json", render_report(result.report, "json").encode("utf-8"), staged)
            names.append("validation.json")
        if graph_writer is not None:
            graph_writer.join()
            for temp, target in staged[:len(FORMATS)]:  # the graph files are staged first
                os.chmod(temp, 0o644)
                graph_files[target.name] = _stamp(temp, recipe)
    except BaseException as error:  # any failure, not only OSError: no temp file stays behind
        if graph_writer is not None:
            graph_writer.cancel()
        for handle in handles.values():
            handle.close()
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise UsageError(f"cannot write to {out}: {error.strerror or error}") from error
        raise
    for temp, target in staged:
        os.replace(temp, target)
    if result.cache is not None:
        for name, sha256 in org_files.items():
            if name not in unchanged:  # written just now
                with contextlib.suppress(OSError):
                    unchanged[name] = _org_stamp(sha256, (out / name).stat())
        record = {**graph_files, "orgs": unchanged}
        if record != stamps:
            result.cache.remember_written(out, record)
    for name in sorted(previous_org_files - set(org_files)):  # an earlier build's, not anyone else's
        (out / name).unlink(missing_ok=True)
    return [out / name for name in sorted(names)]


class _GraphFilesThread:
    """Writes the graph files in a thread while ``write`` renders the other outputs: writing
    is mostly in-kernel copying and fsync (1.8 GB for 10,000 profiles), which leave the GIL
    free for merging and rendering a report of 100k+ findings."""

    def __init__(self, result: BuildResult, handles: dict[str, Any]) -> None:
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(result, handles), name="orgkg-graph-files")
        self.thread.start()

    def _run(self, result: BuildResult, handles: dict[str, Any]) -> None:
        try:
            _write_graph_files(result, handles, self.stop)
        except BaseException as error:  # handed to the caller by join()
            self.error = error

    def join(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error

    def cancel(self) -> None:
        """Stop between two pieces and wait, so the caller can remove the temporary files."""
        self.stop.set()
        self.thread.join()


def _write_graph_files(result: BuildResult, handles: dict[str, Any], stop: threading.Event | None = None) -> None:
    """Stream the five graph files into ``handles`` (fmt → binary file), fsynced and closed;
    give up between two shards once ``stop`` is set."""
    from orgkg.serialization import FORMATS, GraphFileWriter

    writer = GraphFileWriter({fmt: _encoder(handles[fmt]) for fmt in FORMATS})
    for texts, shard in result.fragments():
        if stop is not None and stop.is_set():
            raise InterruptedError("graph file writing cancelled")
        if texts is not None:
            writer.add(_section(texts))
            continue
        assert shard is not None and result.cache is not None
        for fmt in FORMATS:
            path = result.cache.shard_path(shard.key, fmt)
            size = path.stat().st_size
            if not size:
                continue
            if fmt == "jsonld":
                writer.sinks["jsonld"](writer._jsonld_head if not writer.nodes_written else ",\n")
                writer.nodes_written = True
            handles[fmt].flush()
            _copy_file(path, handles[fmt])
    writer.close()
    for handle in handles.values():
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()


def _encoder(handle: Any) -> Callable[[str], object]:
    def write_text(text: str) -> None:
        handle.write(text.encode("utf-8"))

    return write_text


def _copy_file(path: Path, target: Any) -> None:
    with path.open("rb") as source:
        size = os.fstat(source.fileno()).st_size
        copied = 0
        try:
            while copied < size:
                step = os.copy_file_range(source.fileno(), target.fileno(), size - copied)
                if step == 0:
                    break
                copied += step
        except (AttributeError, OSError):
            source.seek(copied)
            shutil.copyfileobj(source, target, 1 << 20)
            return
        if copied < size:  # pragma: no cover - file shrank underneath us
            raise OSError(f"short copy from {path}")
        target.seek(0, os.SEEK_END)


def _stage(out: Path, relative: str, content: bytes, staged: list[tuple[Path, Path]]) -> None:
    target = out / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    staged.append((Path(temp), target))
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
    os.chmod(temp, 0o644)


_SAFE_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,127}")
# Device names Windows reserves whatever the extension ("con.jsonld" is the console).
_RESERVED_STEMS = frozenset({"con", "prn", "aux", "nul", *(f"{d}{n}" for d in ("com", "lpt") for n in range(10))})


def org_file_name(slug: str) -> str:
    """``orgs/<slug>.jsonld``. A slug is ``[a-z0-9-]`` (``iri.slugify``), so it can never
    name a path outside ``orgs/``; anything else (say, a tampered cache record) is refused,
    and a reserved device name gets a ``_`` suffix (slugs never contain ``_``)."""
    if not _SAFE_SLUG.fullmatch(slug):
        raise InputError(f"refusing to write an organization file named {slug!r}: not a slug")
    return f"orgs/{slug}_.jsonld" if slug in _RESERVED_STEMS else f"orgs/{slug}.jsonld"


# The organization files the last write produced, so the next one removes only its own
# stale files (a profile deleted or renamed), never a file someone else put into orgs/.
ORG_MANIFEST = ".orgkg-files"
_ORG_FILE = re.compile(r"orgs/[a-z0-9][a-z0-9-]{0,127}_?\.jsonld")


def _org_manifest(out: Path) -> set[str]:
    try:
        text = (out / ORG_MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {line for line in text.split("\n") if _ORG_FILE.fullmatch(line)}  # a tampered line names nothing


# A rebuild of the same graph into the same folder leaves untouched graph files be instead
# of copying and fsyncing them again (1.8 GB for 10,000 profiles); the build cache keeps
# how each was made (``BuildCache.written_stamps``).


def _graph_recipe(result: BuildResult) -> str:
    """Everything the graph files' bytes follow from: orgkg's code and data files (the
    JSON-LD context, the prefixes), each shard's profiles and the digest of their quads, in
    order, and the shared section."""
    from orgkg.cache import code_fingerprint
    from orgkg.resources import data_fingerprint

    digest = hashlib.sha256(f"{code_fingerprint()}\x00{data_fingerprint()}".encode())
    for shard in result.shards:
        digest.update(b"\x00shard")
        for record in shard.records:
            digest.update(f"\x00{record['doc']}\x00{record['digest']}".encode())
    for text in result.shared.to_json().values():
        digest.update(b"\x00section")
        digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def _stamp(path: Path, recipe: str) -> dict[str, Any]:
    stat_result = path.stat()
    return {"recipe": recipe, "size": stat_result.st_size, "mtime_ns": stat_result.st_mtime_ns,
            "inode": stat_result.st_ino}


def _graph_files_hold(out: Path, stamps: dict[str, Any], recipe: str) -> bool:
    """Whether every graph file on disk is, untouched, what an earlier write made of ``recipe``."""
    from orgkg.serialization import FILE_NAMES

    try:
        return all(stamps.get(name) == _stamp(out / name, recipe) for name in FILE_NAMES.values())
    except OSError:
        return False


def _stage_org_files(result: BuildResult, out: Path, staged: list[tuple[Path, Path]], names: list[str],
                     stamps: dict[str, Any]) -> tuple[dict[str, str], dict[str, list[Any]]]:
    """Stage the organization documents whose file is missing or differs; unchanged shards
    need not load their documents at all. A file is known unchanged by the stamp an earlier
    write recorded (sha256, size, mtime, inode: one stat), else by its size and sha256.
    Returns each file's sha256 and the stamps of the files found unchanged."""
    expected: dict[str, str] = {}
    checked: dict[str, list[Any] | None] = {}  # name → its stamp if unchanged, None if it differs
    stale_shards: set[int] = set()
    for number, shard in enumerate(result.shards):
        for record in shard.records:
            name = org_file_name(record["slug"])
            expected[name] = record["framed_sha256"]
            names.append(name)
            checked[name] = _unchanged_stamp(out / name, record, stamps.get(name))
            if checked[name] is None:
                stale_shards.add(number)
    for number in sorted(stale_shards):
        shard = result.shards[number]
        framed = shard.framed if shard.framed is not None else result.cache.framed_documents(shard.key)  # type: ignore[union-attr]
        for record in shard.records:
            name = org_file_name(record["slug"])
            if checked[name] is None:
                _stage(out, name, framed[record["slug"]].encode("utf-8"), staged)
    return expected, {name: stamp for name, stamp in checked.items() if stamp is not None}


def _unchanged_stamp(path: Path, record: dict[str, Any], recorded: Any) -> list[Any] | None:
    """The stamp of ``path`` if it holds the record's document, else None."""
    try:
        stamp = _org_stamp(record["framed_sha256"], path.stat())
        if stamp == recorded:
            return stamp
        if stamp[1] == record["framed_bytes"] and hashlib.sha256(path.read_bytes()).hexdigest() == stamp[0]:
            return stamp  # the stat taken before reading: a change while reading shows next time
    except OSError:
        pass
    return None


def _org_stamp(sha256: str, stat_result: os.stat_result) -> list[Any]:
    return [sha256, stat_result.st_size, stat_result.st_mtime_ns, stat_result.st_ino]


__all__ = [
    "BuildResult",
    "Severity",
    "build",
    "build_profiles",
    "read_profiles",
    "serialize",
    "validate",
    "write",
]
