"""Parallel, incremental build machinery (issue 6). ``orgkg.api.build`` drives it.

The corpus is cut into *shards*: runs of ~32 consecutive profiles, cut where a file
name's hash says so (``shard_bounds``), so adding or changing one profile moves no other
boundary. Three phases run over the shards; every task is a pure function of its input,
so it runs the same in this process (``--jobs 1``) or in a worker (``Workers``):

1. **read** — parse and extract a shard's profiles (``parse_task``). Workers keep the
   facts; only each profile's name and identity travel back, for ``resolve``.
2. **map** — with the resolution of every profile's names, map a shard's profiles and
   render its slice of every output file (``map_shard_task``). The resolution lookups
   each profile made are recorded (``RecordingResolution``): a cached shard stays valid
   while every recorded lookup still gives the same entity (``lookups_hold``), so a
   change in one profile re-maps exactly the shards whose mentions now resolve
   differently because of it.
3. **validate** — pyshacl and the Python checks over a shard plus the profiles its
   profiles cross-reference (``validate_task``, ``orgkg.validation_scale``).

A shard's tasks go to the worker that read it (it already holds the facts); an idle
worker takes a busy one's tasks and parses what it lacks. Results come back in task
order, so the output never depends on ``--jobs`` or on scheduling. Workers are forked
where the platform allows (they inherit the state), spawned elsewhere.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Any

from orgkg.model import Diagnostic, Identity, Mention, OrgKind, Profile, ProfileFacts, Severity
from orgkg.output import is_slug

# Profiles per shard on average, and at most. A rebuild re-maps and re-validates the shard of
# a changed profile: a random profile sits in a shard of about twice the average (a long shard
# holds more profiles), so 16 means ~26 profiles to redo; cold builds cost 2–7% more than with 32.
SHARD_TARGET = 16
SHARD_MAX = 48


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------
# Shards


def _cut_after(doc: str) -> bool:
    return int(hashlib.sha256(doc.encode("utf-8")).hexdigest()[:8], 16) % SHARD_TARGET == 0


def shard_bounds(docs: Sequence[str]) -> list[range]:
    """Content-defined runs of consecutive profiles (deterministic in the doc names)."""
    bounds: list[range] = []
    start = 0
    for index, doc in enumerate(docs):
        if _cut_after(doc) or index + 1 - start >= SHARD_MAX:
            bounds.append(range(start, index + 1))
            start = index + 1
    if start < len(docs):
        bounds.append(range(start, len(docs)))
    return bounds


# ---------------------------------------------------------------------------------------
# Plain-data codecs (the cache stores JSON, never pickles)


def entity_json(entity: Any) -> Any:
    if entity is None:
        return None
    return [
        entity.slug,
        entity.name,
        entity.kind,
        entity.org_kind.value if entity.org_kind else None,
        entity.qid,
        list(entity.alternate_names),
        entity.described,
    ]


def identity_json(identity: Identity) -> dict[str, Any]:
    data = asdict(identity)
    data["kind"] = identity.kind.value
    return data


def identity_from_json(data: dict[str, Any]) -> Identity:
    return Identity(
        name=data["name"],
        kind=OrgKind(data["kind"]),
        acronym=data["acronym"],
        description=data["description"],
        former_names=tuple(data["former_names"]),
        former_acronyms=tuple(data["former_acronyms"]),
        alternate_names=tuple(data.get("alternate_names", ())),
    )


def diagnostic_json(diagnostic: Diagnostic) -> dict[str, Any]:
    data = asdict(diagnostic)
    data["severity"] = diagnostic.severity.value
    return data


def diagnostic_from_json(data: dict[str, Any]) -> Diagnostic:
    return Diagnostic(
        Severity(data["severity"]), data["code"], data["message"], data["file"], data["line"], data["field"]
    )


def _mention_key(mention: Mention) -> list[Any]:
    return [mention.name, mention.kind, mention.acronym]


class RecordingResolution:
    """Wraps a ``Resolution`` and records every lookup the mapper makes, with its answer."""

    def __init__(self, resolution: Any) -> None:
        self.resolution = resolution
        self.calls: dict[str, Any] = {}

    def _record(self, method: str, arg: Any, result: Any, encoded: Any) -> Any:
        self.calls[json.dumps([method, arg], ensure_ascii=False)] = encoded
        return result

    def profile_entity(self, doc: str) -> Any:
        entity = self.resolution.profile_entity(doc)
        return self._record("profile_entity", doc, entity, entity_json(entity))

    def entity(self, mention: Mention) -> Any:
        entity = self.resolution.entity(mention)
        return self._record("entity", _mention_key(mention), entity, entity_json(entity))

    def known(self, mention: Mention) -> bool:
        answer = self.resolution.known(mention)
        return self._record("known", _mention_key(mention), answer, bool(answer))

    def place(self, name: str) -> Any:
        entity = self.resolution.place(name)
        return self._record("place", name, entity, entity_json(entity))

    def lookups(self) -> list[list[Any]]:
        return [[key, self.calls[key]] for key in sorted(self.calls)]

    def __getattr__(self, name: str) -> Any:  # anything else the mapper may read
        return getattr(self.resolution, name)


def lookups_hold(lookups: Iterable[Sequence[Any]], resolution: Any, memo: dict[str, Any] | None = None) -> bool:
    """Whether every recorded lookup gives the same answer under ``resolution``
    (``memo``: answers already worked out for this resolution, by lookup key)."""
    memo = {} if memo is None else memo
    try:
        for key, answer in lookups:
            if key in memo:
                if memo[key] != answer:
                    return False
                continue
            method, arg = json.loads(key)
            if method == "profile_entity":
                now = entity_json(resolution.profile_entity(arg))
            elif method == "entity":
                now = entity_json(resolution.entity(Mention(arg[0], arg[1], arg[2])))
            elif method == "known":
                now = bool(resolution.known(Mention(arg[0], arg[1], arg[2])))
            elif method == "place":
                now = entity_json(resolution.place(arg))
            else:
                return False
            memo[key] = now
            if now != answer:
                return False
    except (KeyError, ValueError, TypeError, IndexError):
        return False
    return True


def referenced_slugs(lookups: Iterable[Sequence[Any]], own: str) -> set[str]:
    """Slugs of profile-described organizations a profile's mentions resolved to."""
    slugs = set()
    for _, answer in lookups:
        if isinstance(answer, list) and len(answer) == 7 and answer[6] and answer[0] != own:
            slugs.add(answer[0])
    return slugs


# ---------------------------------------------------------------------------------------
# Mapping one profile to texts


class _Sink:
    """Stands in for an rdflib Dataset in the mapper: collects quads, builds nothing."""

    class _Graph:
        __slots__ = ("graph", "out")

        def __init__(self, out: list, graph: Any) -> None:
            self.out = out
            self.graph = graph

        def add(self, triple: tuple) -> None:
            self.out.append((triple[0], triple[1], triple[2], self.graph))

    def __init__(self) -> None:
        self.quads: list[tuple] = []
        self.default_graph = self._Graph(self.quads, None)

    def graph(self, identifier: Any) -> _Sink._Graph:
        return self._Graph(self.quads, identifier)


_TERM_CACHE: dict[Any, str] = {}


def _text(term: Any) -> str:
    """N-Triples text of a term; IRIs (which repeat a lot) are memoized."""
    found = _TERM_CACHE.get(term) if type(term) is _URIREF[0] else None
    if found is None:
        found = _NT_TERM[0](term)
        if type(term) is _URIREF[0] and len(_TERM_CACHE) < 100_000:
            _TERM_CACHE[term] = found
    return found


_URIREF: list[Any] = [None]
_NT_TERM: list[Any] = [None]


def _load_term_helpers() -> None:
    if _URIREF[0] is None:
        from rdflib import URIRef

        from orgkg.serialization import nt_term

        _URIREF[0], _NT_TERM[0] = URIRef, nt_term


def profile_quads(facts: ProfileFacts, resolution: Any, minter: Any) -> tuple[list[tuple], list]:
    """Map one profile: its quads as N-Triples texts, and the resolution lookups made."""
    from orgkg.map import _ProfileMapper

    _load_term_helpers()
    recording = RecordingResolution(resolution)
    sink = _Sink()
    _ProfileMapper(facts, recording, minter, sink).map()
    quads = sorted(
        {(_text(s), _text(p), _text(o), None if g is None else _text(g)) for s, p, o, g in sink.quads},
        key=lambda q: (q[0], q[1], q[2], q[3] or ""),
    )
    return quads, recording.lookups()


def owner_prefixes(base: str, slug: str, doc: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(exact subjects, subject prefixes) a profile owns, as N-Triples text."""
    exact = [f"<{base}org/{slug}>"]
    prefixes = [f"<{base}org/{slug}/", f"<{base}graph/{slug}/"]
    if doc not in ("web", "site"):
        exact.append(f"<{base}source/{doc}>")
        prefixes.append(f"<{base}source/{doc}/")
    return tuple(exact), tuple(prefixes)


@dataclass
class ProfileOutput:
    """Everything one profile contributes to the outputs, as plain data."""

    record: dict[str, Any]
    section: Any  # serialization.Section
    framed: str  # the organization's framed JSON-LD document
    quads: list[tuple]  # all of them (for validation); not cached


def render_profile(facts: ProfileFacts, resolution: Any, minter: Any) -> ProfileOutput:
    from orgkg.serialization import frame_triples, render_section

    quads, lookups = profile_quads(facts, resolution, minter)
    doc = facts.profile.doc
    slug = resolution.profile_entity(doc).slug
    exact, prefixes = owner_prefixes(minter.base, slug, doc)

    def owned(subject: str) -> bool:
        return subject in exact or subject.startswith(prefixes)

    own_quads, shared_quads, own_triples, shared_triples = [], [], set(), set()
    for quad in quads:
        s, p, o, g = quad
        is_owned = owned(s)
        if g is not None or is_owned:
            own_quads.append(quad)
        else:
            shared_quads.append(quad)
        (own_triples if is_owned else shared_triples).add((s, p, o))
    section = render_section(own_quads, own_triples)
    org = minter.org(slug)
    graph_triples = sorted({(s, p, o) for s, p, o, g in quads if g is not None})
    framed = frame_triples(graph_triples, str(org)).decode("utf-8")
    record = {
        "doc": doc,
        "source": facts.profile.source,
        "sha256": facts.profile.sha256,
        "slug": slug,
        "org": str(org),
        "title_line": facts.profile.title_line,
        "title": facts.profile.title,
        "identity": identity_json(facts.identity),
        "diagnostics": [diagnostic_json(d) for d in facts.diagnostics],
        "lookups": lookups,
        "shared_quads": [list(q) for q in sorted(shared_quads, key=lambda q: (q[0], q[1], q[2]))],
        "shared_triples": [list(t) for t in sorted(shared_triples)],
        "shared_digest": hashlib.sha256(
            json.dumps(
                [sorted(shared_quads, key=lambda q: (q[0], q[1], q[2])), sorted(shared_triples)], ensure_ascii=False
            ).encode("utf-8")
        ).hexdigest(),
        "framed_sha256": hashlib.sha256(framed.encode("utf-8")).hexdigest(),
        "framed_bytes": len(framed.encode("utf-8")),
        "quads": len(own_quads),
        "graphs": len({g for *_, g in quads if g is not None}),
        "digest": hashlib.sha256(
            "".join(f"{s} {p} {o} {g or ''}\n" for s, p, o, g in quads).encode("utf-8")
        ).hexdigest(),
    }
    return ProfileOutput(record, section, framed, quads)


# A record as ``render_profile`` makes it, field by field: what a cached record must be to be
# trusted (a forged entry can carry a valid checksum; its structure is checked here).
_STR, _INT, _OPT_STR, _OPT_INT = (str,), (int,), (str, type(None)), (int, type(None))
_RECORD_FIELDS: dict[str, tuple[type, ...]] = {
    "doc": _STR,
    "source": _STR,
    "sha256": _STR,
    "slug": _STR,
    "org": _STR,
    "title_line": _INT,
    "title": _STR,
    "identity": (dict,),
    "diagnostics": (list,),
    "lookups": (list,),
    "shared_digest": _STR,
    "framed_sha256": _STR,
    "framed_bytes": _INT,
    "quads": _INT,
    "graphs": _INT,
    "digest": _STR,
}
_IDENTITY_FIELDS = {
    "name": _STR,
    "kind": _STR,
    "acronym": _OPT_STR,
    "description": _OPT_STR,
    "former_names": (list,),
    "former_acronyms": (list,),
}
_DIAGNOSTIC_FIELDS = {
    "severity": _STR,
    "code": _STR,
    "message": _STR,
    "file": _OPT_STR,
    "line": _OPT_INT,
    "field": _OPT_STR,
}


def _fields_fit(data: Any, fields: dict[str, tuple[type, ...]]) -> bool:
    if type(data) is not dict:
        return False
    for name, kinds in fields.items():
        value = data.get(name, _MISSING)
        # type(), not isinstance(): a bool is an int to isinstance, never to a record
        if type(value) not in kinds:
            return False
    return True


_MISSING = object()


def record_is_sound(record: Any) -> bool:
    """Whether ``record`` (read back from the build cache) has the structure
    ``render_profile`` gives a record, so nothing that reads it can fail on it (~10 µs a
    record: a rebuild of 10,000 profiles checks them all)."""
    if not _fields_fit(record, _RECORD_FIELDS) or not is_slug(record["slug"]):
        return False
    identity = record["identity"]
    if not (_fields_fit(identity, _IDENTITY_FIELDS) and identity["kind"] in _ORG_KINDS):
        return False
    for name in identity["former_names"] + identity["former_acronyms"]:
        if type(name) is not str:
            return False
    for diagnostic in record["diagnostics"]:
        if not (_fields_fit(diagnostic, _DIAGNOSTIC_FIELDS) and diagnostic["severity"] in _SEVERITIES):
            return False
    for lookup in record["lookups"]:
        if type(lookup) is not list or len(lookup) != 2 or type(lookup[0]) is not str:
            return False
    return True


_ORG_KINDS = frozenset(kind.value for kind in OrgKind)
_SEVERITIES = frozenset(severity.value for severity in Severity)


def stand_in_facts(record: dict[str, Any]) -> ProfileFacts:
    """Enough of a ProfileFacts for ``resolve``: the profile's name and identity."""
    profile = Profile(
        source=record["source"],
        doc=record["doc"],
        sha256=record["sha256"],
        title=record.get("title", ""),
        title_line=record.get("title_line", 1),
    )
    return ProfileFacts(profile=profile, identity=identity_from_json(record["identity"]), fields=())


# ---------------------------------------------------------------------------------------
# Tasks. A worker keeps the facts it parsed (``_STATE["facts"]``, index → ProfileFacts),
# so later phases on the same shard need not parse again nor ship facts between processes.

_STATE: dict[str, Any] = {"facts": {}}


def profile_summary(facts: ProfileFacts) -> dict[str, Any]:
    """What the parent needs of a parsed profile: its name and identity for ``resolve``."""
    profile = facts.profile
    return {
        "doc": profile.doc,
        "source": profile.source,
        "sha256": profile.sha256,
        "title": profile.title,
        "title_line": profile.title_line,
        "identity": identity_json(facts.identity),
    }


def _facts(index: int) -> ProfileFacts:
    """The facts of corpus profile ``index``, parsed here if this process has not yet."""
    from orgkg.extract import extract
    from orgkg.parse import DEFAULT_LIMITS, read_profile

    store = _STATE["facts"]
    found = store.get(index)
    if found is None:
        found = store[index] = extract(read_profile(_STATE["sources"][index], _STATE.get("limits") or DEFAULT_LIMITS))
    return found


def parse_task(indices: Sequence[int]) -> list[tuple[str, Any]]:
    """Parse and extract profiles: ("ok", summary) or ("error", InputError) each."""
    from orgkg.errors import InputError

    out: list[tuple[str, Any]] = []
    for index in indices:
        try:
            out.append(("ok", profile_summary(_facts(index))))
        except InputError as error:
            out.append(("error", error))
    return out


@dataclass
class ShardOutput:
    """One shard's slice of every graph file, and its profiles' records."""

    index: int
    key: str
    records: list[dict[str, Any]]
    texts: dict[str, str] | None = None  # fmt → text, when kept in memory
    framed: dict[str, str] | None = None  # slug → framed document, when kept in memory
    shared: dict[str, Any] | None = None  # doc → [shared quads, shared triples], in memory
    stored: bool = False  # fragments written to the cache
    reused: bool = False
    remapped: list[str] = field(default_factory=list)


def map_shard_task(task: tuple[int, str, list[int]]) -> ShardOutput:
    """Map and render the profiles ``indices`` of one shard."""
    from orgkg.serialization import FORMATS

    index, key, indices = task
    resolution = _STATE["resolution"]
    minter = _STATE["minter"]
    parts: dict[str, list[str]] = {fmt: [] for fmt in FORMATS}
    records = []
    framed: dict[str, str] = {}
    shared: dict[str, Any] = {}
    for i in indices:
        out = render_profile(_facts(i), resolution, minter)
        record = out.record
        shared[record["doc"]] = [record.pop("shared_quads"), record.pop("shared_triples")]
        records.append(record)
        framed[record["slug"]] = out.framed
        for fmt in FORMATS:
            text = getattr(out.section, fmt)
            if text:
                parts[fmt].append(text)
    texts = {fmt: (",\n" if fmt == "jsonld" else "").join(parts[fmt]) for fmt in FORMATS}
    shard = ShardOutput(
        index, key, records, texts=texts, framed=framed, shared=shared, remapped=[r["doc"] for r in records]
    )
    cache = _STATE.get("cache")
    if cache is not None:
        cache.store_shard(key, records, texts, framed, shared)
        shard.texts = shard.framed = shard.shared = None
        shard.stored = True
    return shard


def validate_task(task: tuple[int, list[int], list[int]]) -> tuple[int, list[dict[str, Any]], dict[str, Any]]:
    """Validate shard members plus the profiles they cross-reference; keep the findings
    that belong to the members (see ``orgkg.validation_scale``)."""
    from orgkg.validation_scale import validate_profiles

    index, members, context = task
    findings, extra = validate_profiles(
        [_facts(i) for i in members],
        [_facts(i) for i in context],
        _STATE["resolution"],
        _STATE["minter"],
        today=_STATE.get("today"),
        label=f"b{index}",
    )
    return index, findings, extra


_TASKS: dict[str, Callable[[Any], Any]] = {
    "parse": parse_task,
    "map": map_shard_task,
    "validate": validate_task,
}


# ---------------------------------------------------------------------------------------
# Workers


def fork_context() -> Any | None:
    """multiprocessing's fork context where orgkg forks (Linux), else None."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _context() -> Any:
    return fork_context() or multiprocessing.get_context("spawn")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a build holds its hundreds of MB of plain data:
    every full collection walks all of it (at 10,000 profiles, 0.3–0.6 s of a 4.5 s rebuild
    went to collections that found nothing). A build makes next to no reference cycles;
    any are collected once the collector is back on. Tasks (``_run_task``) turn it on again:
    rdflib and pyshacl do make cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run_task(name: str, task: Any) -> Any:
    """One task, with the cycle collector on whatever the process it runs in."""
    enabled = gc.isenabled()
    gc.enable()
    try:
        return _TASKS[name](task)
    finally:
        if not enabled:
            gc.disable()


def _warm_up(validate: bool) -> None:
    import orgkg.extract  # noqa: F401 - the import is the warm-up

    if validate:
        from orgkg.validation_scale import warm_up

        warm_up()


def _worker_main(conn: Any, state: dict[str, Any] | None) -> None:
    if state is not None:
        _STATE.clear()
        _STATE.update(state)
        _STATE.setdefault("facts", {})
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        name, payload = message
        if name == "__warm__":  # no reply: a problem shows again, reported, in the first real task
            with contextlib.suppress(Exception):
                _warm_up(payload)
            continue
        try:
            if name == "__state__":
                _STATE.update(payload)
                reply: tuple[str, Any] = ("ok", None)
            else:
                reply = ("ok", _run_task(name, payload))
        except BaseException as error:  # handed to the parent, which re-raises it
            reply = ("raise", error)
        conn.send(reply)


class Workers:
    """``jobs`` processes that keep what they parsed. Each task names an *owner*: it runs
    on that worker unless the worker is busy and another is idle, which then takes it
    (parsing what it lacks). ``jobs=1`` runs everything in this process. Results always
    come back in task order.

    The processes start with the first call that has more than one task: a rebuild where one
    shard changed runs in this process and pays no start-up (nor ships the resolution to
    the workers); forked workers inherit everything this process holds by then."""

    def __init__(self, jobs: int, state: dict[str, Any]) -> None:
        self.jobs = max(1, jobs)
        _STATE.clear()
        _STATE.update(state)
        _STATE["facts"] = dict(state.get("facts") or {})
        self.conns: list[Any] = []
        self.procs: list[Any] = []

    @property
    def in_process(self) -> bool:
        """True while no worker process has started (everything ran here)."""
        return not self.conns

    def _start(self) -> None:
        context = _context()
        initial = None if context.get_start_method() == "fork" else {**_STATE, "facts": dict(_STATE["facts"])}
        for _ in range(self.jobs):
            parent, child = context.Pipe()
            proc = context.Process(target=_worker_main, args=(child, initial), daemon=True)
            proc.start()
            child.close()
            self.conns.append(parent)
            self.procs.append(proc)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the processes now (else the first run with more than one task does)."""
        if self.jobs > 1 and not self.conns:
            self._start()

    def warm(self, workers: Iterable[int], *, validate: bool) -> None:
        """Start the processes now and have ``workers`` load what parsing (and validating)
        needs while this process goes on: a rebuild where little changed sends its few tasks
        to warm workers instead of paying the imports in this process (~0.5 s at 10,000
        profiles). A no-op where work runs in this process (``jobs=1``)."""
        if self.jobs < 2:
            return
        self.start()
        for worker in sorted(set(workers)):
            self.conns[worker % len(self.conns)].send(("__warm__", validate))

    def local_facts(self) -> dict[int, ProfileFacts]:
        return _STATE["facts"]

    def update(self, **state: Any) -> None:
        _STATE.update(state)
        for conn in self.conns:
            conn.send(("__state__", state))
        for conn in self.conns:
            self._reply(conn.recv())

    @staticmethod
    def _reply(reply: tuple[str, Any]) -> Any:
        status, value = reply
        if status == "raise":
            raise value
        return value

    def run(
        self,
        name: str,
        tasks: Sequence[Any],
        owners: Sequence[int],
        *,
        progress: Callable[[int], None] | None = None,
        weights: Sequence[int] | None = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> list[Any]:
        """Run ``tasks`` (owned by ``owners``), results in task order. ``meanwhile`` runs in
        this process once the workers have their first tasks (first, without workers)."""
        weights = list(weights or [1] * len(tasks))
        if not self.conns and self.jobs > 1 and len(tasks) > 1:
            self._start()
        if not self.conns:
            if meanwhile is not None:
                meanwhile()
            results = []
            for task, weight in zip(tasks, weights, strict=True):
                results.append(_run_task(name, task))
                if progress:
                    progress(weight)
            return results
        from multiprocessing.connection import wait

        queues: list[list[int]] = [[] for _ in self.conns]
        for number, owner in enumerate(owners):
            queues[owner % len(self.conns)].append(number)
        for queue in queues:
            queue.reverse()  # pop() from the end takes the next task in order
        out: dict[int, Any] = {}
        running: dict[int, int] = {}

        def feed(worker: int) -> None:
            queue = queues[worker] or max(queues, key=len)
            if not queue:
                return
            number = queue.pop() if queue is queues[worker] else queue.pop(0)
            running[worker] = number
            self.conns[worker].send((name, tasks[number]))

        # Owners first (a warm worker keeps its task), then idle workers take from the longest queue.
        for worker in sorted(range(len(self.conns)), key=lambda worker: not queues[worker]):
            feed(worker)
        if meanwhile is not None:
            meanwhile()
        while running:
            for conn in wait([self.conns[w] for w in running]):
                worker = self.conns.index(conn)
                number = running.pop(worker)
                out[number] = self._reply(conn.recv())
                if progress:
                    progress(weights[number])
                feed(worker)
        return [out[n] for n in range(len(tasks))]

    def close(self) -> None:
        for conn in self.conns:
            try:
                conn.send(None)
                conn.close()
            except OSError:  # pragma: no cover - worker already gone
                pass
        for proc in self.procs:
            proc.join(timeout=5)
            if proc.is_alive():  # pragma: no cover
                proc.terminate()
        self.conns, self.procs = [], []


def owners_of(sizes: Sequence[int], jobs: int) -> list[int]:
    """Contiguous blocks of shards per worker, balanced by the number of profiles."""
    total = max(1, sum(sizes))
    owners, seen = [], 0
    for size in sizes:
        owners.append(min(jobs - 1, (seen + size // 2) * jobs // total))
        seen += size
    return owners


def source_name(source: str) -> str:
    return PurePath(source).name
