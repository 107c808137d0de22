"""The build's tasks: top-level functions of picklable dataclasses, run by any runner.

A build cuts its profiles into *shards* (``shard_bounds``: runs of ~16 consecutive profiles
cut where a file name's hash says so, so one change moves no other boundary) and runs:

1. ``parse_shard``: parse → extract each profile (``ParseTask`` → ``ParsedShard``);
2. ``map_shard``: map each profile into a ``QuadList`` and render its slice of every graph
   file and its organization's framed document (``MapTask`` → ``MappedShard``);
3. ``validate_batches``: pyshacl and the Python checks over a shard plus the profiles it
   cross-references (``ValidateTask`` → ``BatchFindings`` each, ``orgkg.runners.batches``).

What a profile contributes that later builds reuse is its ``ProfileRecord`` (cached as
JSON, structure-checked on read).
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from orgkg.errors import InputError
from orgkg.iri import Minter
from orgkg.model import Diagnostic, Identity, Mention, OrgKind, Profile, ProfileFacts, Severity

if TYPE_CHECKING:
    from orgkg.resolve import Entity, MentionAt, Resolution
    from orgkg.runners.batches import BatchResult
    from orgkg.serialization import TermTexts
    from orgkg.void import QuadsSummary

# Profiles per shard on average, and at most. A rebuild redoes the shard of a changed profile.
SHARD_TARGET = 16
SHARD_MAX = 48


def shard_bounds(docs: Sequence[str]) -> list[range]:
    """Content-defined runs of consecutive profiles (deterministic in the doc names)."""
    bounds: list[range] = []
    start = 0
    for index, doc in enumerate(docs):
        cut = int(hashlib.sha256(doc.encode("utf-8")).hexdigest()[:8], 16) % SHARD_TARGET == 0
        if cut or index + 1 - start >= SHARD_MAX:
            bounds.append(range(start, index + 1))
            start = index + 1
    if start < len(docs):
        bounds.append(range(start, len(docs)))
    return bounds


# ---------------------------------------------------------------------------------------
# What a profile leaves behind


@dataclass(frozen=True)
class ProfileNames:
    """What ``resolve`` reads of a profile: its file and title, its identity, and the
    mentions that may name organizations (``resolve.mentions_of``), so that every name of
    the build gets its slug in one place, cached profiles' included."""

    profile: Profile
    identity: Identity
    mentions: tuple[MentionAt, ...] = ()


@dataclass(frozen=True)
class PackedFacts:
    """One profile's facts, pickled once by the task that made them. The build process
    only keeps them (about a third of their size as objects) and forwards them to the map
    and validation tasks, which unpack them: facts are never unpickled and pickled again
    on their way from one task to the next. ``names``: what resolve reads of them."""

    names: ProfileNames
    data: bytes

    @classmethod
    def pack(cls, facts: ProfileFacts) -> PackedFacts:
        from orgkg.resolve import mentions_of

        p = facts.profile
        profile = Profile(p.source, p.doc, p.sha256, p.title, p.title_line)
        names = ProfileNames(profile, facts.identity, mentions_of(facts))
        return cls(names, pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))

    def unpack(self) -> ProfileFacts:
        facts: ProfileFacts = pickle.loads(self.data)
        return facts


EntityJson = list[Any] | None  # an Entity as JSON (``entity_json``), None for no entity
Lookup = tuple[str, Any]  # (JSON [method, argument], JSON answer)


def entity_json(entity: Entity | None) -> EntityJson:
    if entity is None:
        return None
    kind = entity.org_kind.value if entity.org_kind else None
    return [entity.slug, entity.name, entity.kind, kind, entity.qid, list(entity.alternate_names), entity.described]


@dataclass(frozen=True)
class ProfileRecord:
    """One profile's part of a build, as kept in the build cache."""

    doc: str
    source: str
    sha256: str
    title: str
    title_line: int
    identity: Identity
    mentions: tuple[MentionAt, ...]  # resolve.mentions_of: what resolve must see of it
    slug: str
    org: str  # the organization's IRI
    diagnostics: tuple[Diagnostic, ...]
    lookups: tuple[Lookup, ...]  # what mapping asked the resolution, and its answers
    shared_digest: str  # of what the profile says about nodes other profiles may mention
    framed_sha256: str
    framed_bytes: int
    quads: int  # quads of the profile's own section
    graphs: int  # named graphs
    digest: str  # of all its quads
    last_accessed: str = ""  # latest reference access date (ISO), "" if none
    # What void.ttl counts of its quads (void.QuadsSummary), and what its web document
    # needs of the others': the organizations it mentions, and the identity triples
    # (web_jsonld.IDENTITY) its graphs state about organizations (N-Triples texts).
    named_quads: int = 0
    subjects: tuple[str, ...] = ()
    vocabularies: tuple[str, ...] = ()
    org_mentions: tuple[str, ...] = ()
    org_identity: tuple[tuple[str, str, str], ...] = ()

    @property
    def summary(self) -> QuadsSummary:
        from orgkg.void import QuadsSummary

        return QuadsSummary(self.named_quads, self.subjects, self.vocabularies)

    @property
    def names(self) -> ProfileNames:
        profile = Profile(self.source, self.doc, self.sha256, self.title, self.title_line)
        return ProfileNames(profile, self.identity, self.mentions)

    def referenced_slugs(self) -> set[str]:
        """Slugs of other organizations a profile of this build describes that it mentions."""
        return {
            answer[0]
            for _, answer in self.lookups
            if isinstance(answer, list) and len(answer) == 7 and answer[6] and answer[0] != self.slug
        }

    def diagnostics_digest(self) -> str:
        """Of its diagnostics: findings, like its quads (a warning may change alone)."""
        rows = [[d.severity.value, d.code, d.message, d.file, d.line, d.field] for d in self.diagnostics]
        return _digest(json.dumps(rows, ensure_ascii=False))

    def to_json(self) -> dict[str, Any]:
        # one level deep (asdict would copy every lookup answer and triple; json.dumps writes
        # tuples as lists all the same)
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["identity"] = {**asdict(self.identity), "kind": self.identity.kind.value}
        data["diagnostics"] = [{**asdict(d), "severity": d.severity.value} for d in self.diagnostics]
        data["mentions"] = [[m.mention.name, m.mention.kind, m.mention.acronym, m.line] for m in self.mentions]
        return data

    @classmethod
    def from_json(cls, data: Any) -> ProfileRecord:
        """The record again; ValueError unless ``data`` has exactly the structure ``to_json``
        gives (a forged cache entry can carry a valid checksum)."""
        from orgkg.output import is_slug

        try:
            _check(data, _RECORD_FIELDS)
            _check(data["identity"], _IDENTITY_FIELDS)
            identity = Identity(
                **{**data["identity"], "kind": OrgKind(data["identity"]["kind"])},
            )
            diagnostics = tuple(_diagnostic(d) for d in data["diagnostics"])
            mentions = tuple(_mention_at(item) for item in data["mentions"])
            lookups = tuple(_lookup(item) for item in data["lookups"])
            strings = {key: _strings(data[key]) for key in ("subjects", "vocabularies", "org_mentions")}
            org_identity = tuple(_triple(item) for item in data["org_identity"])
        except (KeyError, TypeError) as error:
            raise ValueError(f"malformed profile record: {error}") from error
        if not is_slug(data["slug"]):
            raise ValueError("malformed profile record: not a slug")
        return cls(
            **{
                **data,
                **strings,
                "identity": identity,
                "diagnostics": diagnostics,
                "mentions": mentions,
                "lookups": lookups,
                "org_identity": org_identity,
            }
        )


_S, _I, _OS, _OI, _L = (str,), (int,), (str, type(None)), (int, type(None)), (list,)
_RECORD_FIELDS = {
    "doc": _S, "source": _S, "sha256": _S, "title": _S, "title_line": _I, "identity": (dict,), "mentions": _L,
    "slug": _S,
    "org": _S, "diagnostics": _L, "lookups": _L, "shared_digest": _S, "framed_sha256": _S,
    "framed_bytes": _I, "quads": _I, "graphs": _I, "digest": _S, "last_accessed": _S, "named_quads": _I,
    "subjects": _L, "vocabularies": _L, "org_mentions": _L, "org_identity": _L,
}  # fmt: skip
_IDENTITY_FIELDS = {
    "name": _S, "kind": _S, "acronym": _OS, "description": _OS, "former_names": _L, "former_acronyms": _L,
    "alternate_names": _L,
}  # fmt: skip
_DIAGNOSTIC_FIELDS = {"severity": _S, "code": _S, "message": _S, "file": _OS, "line": _OI, "field": _OS}


def _check(data: Any, fields: Mapping[str, tuple[type, ...]]) -> None:
    """ValueError unless ``data`` is a dict of exactly ``fields`` of their types (bool is
    never an int here)."""
    if not (
        isinstance(data, dict)
        and data.keys() == fields.keys()
        and all(isinstance(data[k], kinds) and not isinstance(data[k], bool) for k, kinds in fields.items())
    ):
        raise ValueError("malformed cache record")
    for key, kinds in fields.items():
        if kinds is _L and key in ("former_names", "former_acronyms", "alternate_names"):
            if not all(isinstance(item, str) for item in data[key]):
                raise ValueError("malformed cache record")
            data[key] = tuple(data[key])


def _diagnostic(data: Any) -> Diagnostic:
    _check(data, _DIAGNOSTIC_FIELDS)
    return Diagnostic(
        Severity(data["severity"]), data["code"], data["message"], data["file"], data["line"], data["field"]
    )


def _mention_at(item: Any) -> MentionAt:
    from orgkg.resolve import MentionAt

    if not (
        isinstance(item, list)
        and len(item) == 4
        and isinstance(item[0], str)
        and isinstance(item[1], str)
        and isinstance(item[2], str | type(None))
        and (item[3] is None or (isinstance(item[3], int) and not isinstance(item[3], bool)))
    ):
        raise ValueError("malformed mention")
    return MentionAt(Mention(item[0], item[1], item[2]), item[3])


def _strings(items: list[Any]) -> tuple[str, ...]:
    if not all(isinstance(item, str) for item in items):
        raise ValueError("malformed cache record")
    return tuple(items)


def _triple(item: Any) -> tuple[str, str, str]:
    if not (isinstance(item, list) and len(item) == 3 and all(isinstance(term, str) for term in item)):
        raise ValueError("malformed triple")
    return item[0], item[1], item[2]


def _lookup(item: Any) -> Lookup:
    if not (isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[0], str)):
        raise ValueError("malformed lookup")
    return item[0], item[1]


# ---------------------------------------------------------------------------------------
# Resolution lookups, recorded so that a cached shard is known to map the same way


class RecordingResolution:
    """A ``Resolution`` that records every lookup the mapper makes, with its answer."""

    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.calls: dict[str, Any] = {}

    def _record(self, method: str, arg: Any, answer: Any) -> None:
        self.calls[json.dumps([method, arg], ensure_ascii=False)] = answer

    def profile_entity(self, doc: str) -> Entity:
        entity = self.resolution.profile_entity(doc)
        self._record("profile_entity", doc, entity_json(entity))
        return entity

    def entity(self, mention: Mention) -> Entity:
        entity = self.resolution.entity(mention)
        self._record("entity", [mention.name, mention.kind, mention.acronym], entity_json(entity))
        return entity

    def known(self, mention: Mention) -> bool:
        answer = self.resolution.known(mention)
        self._record("known", [mention.name, mention.kind, mention.acronym], bool(answer))
        return answer

    def place(self, name: str) -> Entity | None:
        entity = self.resolution.place(name)
        self._record("place", name, entity_json(entity))
        return entity

    def diagnostics_for(self, doc: str) -> tuple[Diagnostic, ...]:
        found = self.resolution.diagnostics_for(doc)
        self._record("diagnostics_for", doc, _diagnostics_json(found))
        return found

    def lookups(self) -> tuple[Lookup, ...]:
        return tuple((key, self.calls[key]) for key in sorted(self.calls))


def _diagnostics_json(diagnostics: Iterable[Diagnostic]) -> dict[str, Any]:
    """Diagnostics as a lookup's answer: a dict, so never mistaken for an entity's list."""
    return {"diagnostics": [[d.code, d.message, d.file, d.line] for d in diagnostics]}


def _answer_now(key: str, resolution: Resolution) -> Any:
    method, arg = json.loads(key)
    if method == "diagnostics_for":
        return _diagnostics_json(resolution.diagnostics_for(arg))
    if method == "profile_entity":
        return entity_json(resolution.profile_entity(arg))
    if method == "place":
        return entity_json(resolution.place(arg))
    mention = Mention(arg[0], arg[1], arg[2])
    if method == "entity":
        return entity_json(resolution.entity(mention))
    if method == "known":
        return bool(resolution.known(mention))
    raise ValueError(f"unknown lookup {method!r}")


def lookups_hold(lookups: Iterable[Lookup], resolution: Resolution, memo: dict[str, Any]) -> bool:
    """Whether every recorded lookup gives the same answer under ``resolution`` (``memo``:
    answers already worked out for it)."""
    try:
        for key, answer in lookups:
            if key not in memo:
                memo[key] = _answer_now(key, resolution)
            if memo[key] != answer:
                return False
    except (KeyError, ValueError, TypeError, IndexError):
        return False
    return True


# ---------------------------------------------------------------------------------------
# 1. parse → extract


@dataclass(frozen=True)
class ParseTask:
    sources: tuple[str, ...]
    limits: Any = None  # parse.Limits; None: the defaults


@dataclass
class ParsedShard:
    facts: list[PackedFacts | InputError]  # per source, in order


def parse_shard(task: ParseTask) -> ParsedShard:
    from orgkg.extract import extract
    from orgkg.parse import DEFAULT_LIMITS, read_profile

    out: list[PackedFacts | InputError] = []
    for source in task.sources:
        try:
            out.append(PackedFacts.pack(extract(read_profile(source, task.limits or DEFAULT_LIMITS))))
        except InputError as error:
            out.append(error)
    return ParsedShard(out)


# ---------------------------------------------------------------------------------------
# 2. map → render


@dataclass(frozen=True)
class MapTask:
    shards: tuple[tuple[int, tuple[PackedFacts, ...]], ...]  # (shard number, its profiles' facts)
    resolution: Resolution
    minter: Minter


SharedPart = tuple[list[list[str | None]], list[list[str]]]  # quads and triples about shared nodes


@dataclass
class MappedShard:
    number: int
    records: list[ProfileRecord]
    texts: dict[str, bytes]  # format → this shard's slice of the graph file (UTF-8)
    framed: dict[str, str]  # slug → framed JSON-LD document
    shared: dict[str, SharedPart]  # doc → what it says about shared nodes


def map_shards(task: MapTask) -> list[MappedShard]:
    from orgkg.serialization import FORMATS, TermTexts

    out = []
    texts = TermTexts()  # shared by the task's profiles
    for number, shard_facts in task.shards:
        parts: dict[str, list[bytes]] = {fmt: [] for fmt in FORMATS}
        shard = MappedShard(number, [], {}, {}, {})
        for packed in shard_facts:
            record, section, framed, shared = map_profile_texts(packed.unpack(), task.resolution, task.minter, texts)
            shard.records.append(record)
            shard.framed[record.slug] = framed
            shard.shared[record.doc] = shared
            for fmt in FORMATS:
                if data := section[fmt]:
                    parts[fmt].append(data)
        shard.texts = {fmt: (b",\n" if fmt == "jsonld" else b"").join(parts[fmt]) for fmt in FORMATS}
        out.append(shard)
    return out


def map_profile_texts(
    facts: ProfileFacts, resolution: Resolution, minter: Minter, texts: TermTexts | None = None
) -> tuple[ProfileRecord, dict[str, bytes], str, SharedPart]:
    """Map one profile: its record, its own section of the graph files (format → UTF-8
    text), its framed
    document, and what it says about nodes other profiles may mention. ``texts``: the
    terms' N-Triples texts already worked out (shared by the profiles of a task)."""
    from orgkg.map import QuadList, map_profile
    from orgkg.resolve import mentions_of
    from orgkg.serialization import TermTexts, frame_triples, render_section_bytes
    from orgkg.void import summarize_quads
    from orgkg.web_jsonld import organization_links

    recording = RecordingResolution(resolution)
    sink = QuadList()
    map_profile(facts, recording, minter, sink)  # type: ignore[arg-type]
    # Warnings that depend on the other profiles (slug collisions) travel with the record,
    # and the lookup re-checks them when the record is reused.
    diagnostics = (*facts.diagnostics, *recording.diagnostics_for(facts.profile.doc))
    text = TermTexts() if texts is None else texts
    quads = sorted(
        {(text[s], text[p], text[o], None if g is None else text[g]) for s, p, o, g in sink.quads},
        key=lambda q: (q[0], q[1], q[2], q[3] or ""),
    )
    doc = facts.profile.doc
    slug = resolution.profile_entity(doc).slug
    org = str(minter.org(slug))
    owned = minter.owned(slug, doc).as_nt()
    own_quads: list[tuple[str, str, str, str | None]] = []
    shared_quads: list[tuple[str, str, str, str | None]] = []
    own_triples: set[tuple[str, str, str]] = set()
    shared_triples: set[tuple[str, str, str]] = set()
    for s, p, o, g in quads:
        mine = owned(s)
        (own_quads if g is not None or mine else shared_quads).append((s, p, o, g))
        (own_triples if mine else shared_triples).add((s, p, o))
    named = sorted({(s, p, o) for s, p, o, g in quads if g is not None})  # the organization's own graphs
    framed = frame_triples(named, org).decode("utf-8")
    summary = summarize_quads(quads, minter.base)
    mentions, identity = organization_links(named, f"<{org}>", f"<{minter.base}org/")
    shared_q = sorted(shared_quads, key=lambda q: (q[0], q[1], q[2]))
    shared_t = sorted(shared_triples)
    accessed = [ref.accessed for ref in facts.profile.references if ref.accessed]
    record = ProfileRecord(
        doc=doc,
        source=facts.profile.source,
        sha256=facts.profile.sha256,
        title=facts.profile.title,
        title_line=facts.profile.title_line,
        identity=facts.identity,
        mentions=mentions_of(facts),
        slug=slug,
        org=org,
        diagnostics=diagnostics,
        lookups=recording.lookups(),
        shared_digest=_digest(json.dumps([shared_q, shared_t], ensure_ascii=False)),
        framed_sha256=_digest(framed),
        framed_bytes=len(framed.encode("utf-8")),
        quads=len(own_quads),
        graphs=len({g for *_, g in quads if g is not None}),
        digest=_digest("".join(f"{s} {p} {o} {g or ''}\n" for s, p, o, g in quads)),
        last_accessed=max(accessed).isoformat() if accessed else "",
        named_quads=summary.named_quads,
        subjects=summary.subjects,
        vocabularies=summary.vocabularies,
        org_mentions=mentions,
        org_identity=identity,
    )
    shared: SharedPart = ([list(q) for q in shared_q], [list(t) for t in shared_t])
    return record, render_section_bytes(own_quads, own_triples), framed, shared


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------
# 3. validate


@dataclass(frozen=True)
class Batch:
    number: int  # its shard's
    members: tuple[PackedFacts, ...]
    context: tuple[PackedFacts, ...]  # profiles the members cross-reference, read-only


@dataclass(frozen=True)
class ValidateTask:
    batches: tuple[Batch, ...]
    resolution: Resolution
    minter: Minter
    today: date


@dataclass(frozen=True)
class BatchFindings:
    number: int
    result: BatchResult  # findings located in the members' files (or nowhere)


def validate_batches(task: ValidateTask) -> list[BatchFindings]:
    from orgkg.runners.batches import validate_profiles

    out = []
    for batch in task.batches:
        members = tuple(packed.unpack() for packed in batch.members)
        context = tuple(packed.unpack() for packed in batch.context)
        result = validate_profiles(
            members, context, task.resolution, task.minter, today=task.today, label=f"b{batch.number}"
        )
        out.append(BatchFindings(batch.number, result))
    return out


# ---------------------------------------------------------------------------------------
# 4. web documents (after map: one needs what the others state about the organizations it mentions)


@dataclass(frozen=True)
class WebItem:
    slug: str
    org: str  # IRI
    needed: tuple[tuple[str, str, str], ...]  # web_jsonld.needed_identity


@dataclass(frozen=True)
class WebTask:
    shards: tuple[tuple[bytes, tuple[WebItem, ...]], ...]  # (a shard's N-Quads slice, its documents to render)
    graph_prefix: str  # "<{base}graph/"
    id_base: str | None  # web_jsonld.web_document's ``base``


def render_web(task: WebTask) -> list[dict[str, str]]:
    """Per shard: slug → the web variant of its organization (``web_jsonld.web_document`` over
    its own graphs and the identity triples it needs of the others)."""
    from orgkg.web_jsonld import own_graph_triples, web_document

    out = []
    for nquads, items in task.shards:
        own = own_graph_triples(nquads, task.graph_prefix, (item.slug for item in items)) if items else {}
        out.append(
            {
                item.slug: web_document(sorted(own[item.slug].union(item.needed)), item.org, base=task.id_base).decode(
                    "utf-8"
                )
                for item in items
            }
        )
    return out
