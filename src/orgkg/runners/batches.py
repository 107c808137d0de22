"""Validation in batches: pyshacl (the engine of record) over batches of profiles, merged
into the findings one run over the whole graph gives (issue 6).

Measured with benchmarks/bench_validation.py on 1,024 generated profiles: one run over the
whole graph costs 56 ms per profile and grows faster than linearly (some Python checks are
quadratic) on one core; one run per profile costs 82 ms (pyshacl's set-up each time);
batches of 32 cost 30 ms, on every core. A batch is one build shard (~32 profiles) plus,
as read-only *context*, every profile its profiles cross-reference, so that ``sh:class``
and the other constraints on a referenced organization see that organization's own triples.

Merging keeps a batch's findings that are located in one of its own profiles' files
(or nowhere), then, as ``validate_dataset`` locates a finding on a node several profiles
mention (a concept, a person, a referenced organization) at the first file in name
order, keeps the first location of each such finding. tests/test_runners.py checks the
result against one whole-graph run on a corpus with injected errors.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache, partial
from itertools import accumulate, pairwise
from operator import itemgetter
from pathlib import PurePath
from typing import Any

from rdflib import BNode, Graph
from rdflib.term import Node

from orgkg import validation
from orgkg.model import ROW_FIELDS, SEVERITY_BY_VALUE, ProfileFacts, Row, Severity
from orgkg.namespaces import ORGKGSH, RDF, SH

# a batch's findings as rows (``model.ROW_FIELDS``), or a reader of them from the build cache
Rows = Sequence[Sequence[Any]]


@dataclass(frozen=True)
class FindingsBlock:
    """A batch's findings ready to be joined with the other batches' (``findings_blocks``):
    its located findings rendered one by one for the JSON and text reports, the files they
    are in (``sections``: file, number of findings), per finding with a focus node ``keys``
    (position, identity digest, line, severity: to settle a finding several batches report),
    counts per severity, and its findings located nowhere, as rows."""

    json: tuple[str, ...]
    text: tuple[str, ...]
    sections: tuple[tuple[str, int], ...]
    keys: tuple[tuple[int, int, int | None, str], ...]
    counts: Mapping[str, int]
    unlocated: tuple[Row, ...]


@dataclass(frozen=True)
class BatchResult:
    """One validated batch: its findings, the checks that ran, its SHACL report graph as
    N-Triples and its ``FindingsBlock``. From the build cache, the rows and the graph are
    readers called only if someone asks for them."""

    rows: Rows | Callable[[], Rows]
    checks: tuple[str, ...]
    graph: str | Callable[[], str]
    blocks: FindingsBlock


@dataclass(frozen=True)
class JoinedFindings:
    """The merged report's text and JSON findings and its counts (``_joined_blocks``)."""

    json: str
    text: str
    counts: Counter[str]


def validate_profiles(
    members: Sequence[ProfileFacts],
    context: Sequence[ProfileFacts],
    resolution: Any,
    minter: Any,
    *,
    today: date | None = None,
    label: str = "b",
) -> BatchResult:
    """The findings of ``members``, with ``context`` profiles present read-only."""
    from orgkg.map import map_corpus

    everyone = list(members) + list(context)
    dataset = map_corpus(everyone, resolution, minter)
    sources = {PurePath(f.profile.source).name: f.profile.source for f in everyone}
    own = {f.profile.source for f in members}
    # the profile's own diagnostics and those the resolution found over the whole build
    diagnostics = [d for f in members for d in (*f.diagnostics, *resolution.diagnostics_for(f.profile.doc))]
    report = validation.validate_dataset(
        dataset, diagnostics=diagnostics, sources=sources, profiles=everyone, today=today
    )
    kept = [row for row in report.rows() if row[_FILE] is None or row[_FILE] in own]
    return BatchResult(kept, report.checks, _graph_text(report.shacl_graph, label, kept), findings_blocks(kept))


def _graph_text(graph: Graph, label: str, kept: Rows) -> str:
    """The batch's SHACL report graph as N-Triples, blank nodes renamed per batch, the
    report node shared, results of dropped findings left out."""
    from orgkg.serialization import nt_term

    keep_messages = {(row[_MESSAGE], row[_FILE], row[_LINE]) for row in kept}
    results = set()
    for result in graph.objects(None, SH.result):
        message = graph.value(result, SH.resultMessage)
        file = graph.value(result, ORGKGSH.file)
        line = graph.value(result, ORGKGSH.line)
        key = (str(message), None if file is None else str(file), None if line is None else int(str(line)))
        if key in keep_messages:
            results.add(result)
    reports = set(graph.subjects(RDF.type, SH.ValidationReport))

    def rename(node: Node) -> Node:
        if isinstance(node, BNode):
            return BNode("report") if node in reports else BNode(f"{label}{node}")
        return node

    reachable: set[Node] = set(results)
    frontier = list(results)
    while frontier:
        node = frontier.pop()
        for obj in graph.objects(node, None):
            if isinstance(obj, BNode) and obj not in reachable:
                reachable.add(obj)
                frontier.append(obj)
    lines = []
    for s, p, o in graph:
        if s in reports:
            if p == SH.result and o in results:
                lines.append(f"{nt_term(rename(s))} {nt_term(p)} {nt_term(rename(o))} .\n")
            continue
        if s in reachable:
            lines.append(f"{nt_term(rename(s))} {nt_term(p)} {nt_term(rename(o))} .\n")
    return "".join(sorted(lines))


# where a finding is located, to choose among batches: (file name, file), line
_Rank = tuple[tuple[str, str], int]


@lru_cache(maxsize=65536)
def _name_key(file: str | None) -> tuple[str, str]:
    return ("", "") if file is None else (PurePath(file).name, file)


# Positions in a finding row; a finding's identity is everything but where it is located.
_SEVERITY, _MESSAGE, _FILE, _LINE, _FOCUS = map(ROW_FIELDS.index, ("severity", "message", "file", "line", "focus"))
_IDENTITY = ("severity", "code", "message", "focus", "path", "value", "shape")
_identity = itemgetter(*map(ROW_FIELDS.index, _IDENTITY))


def merge_rows(batches: Sequence[Rows]) -> list[Row]:
    """The union of batch findings (rows) as one whole-graph run reports them, in report order."""
    best: dict[Row, Row] = {}  # identity → the row kept
    plain: list[Row] = []
    for rows in batches:
        for row in map(tuple, rows):
            if row[_FOCUS] is None:
                plain.append(row)
                continue
            # the same finding (all but its location) seen by several batches: the location
            # first in file-name order wins
            key = _identity(row)
            current = best.get(key)
            if current is None or (_name_key(row[_FILE]), row[_LINE] or 0) < (
                _name_key(current[_FILE]),
                current[_LINE] or 0,
            ):
                best[key] = row
    return sorted({*best.values(), *plain}, key=validation.row_sort_key)


def merged_report(batches: Sequence[BatchResult], sources: dict[str, str]) -> BatchedReport:
    """The report of the whole build from its batches' results (read as a
    ``ValidationReport`` is).

    Nothing is merged up front. The text and JSON reports are joined from the batches'
    rendered blocks (``findings_blocks``); the rows are merged only if someone asks for
    them (``rows()``, ``findings``, the other report formats), and the SHACL report graph
    is built from the batches' graphs only for the Turtle report."""
    checks = sorted({check for batch in batches for check in batch.checks})
    blocks = [batch.blocks for batch in batches]
    # Merging only chooses among the batches' rows: their files and severities are the report's.
    files = sorted(set(sources.values()).union(*((file for file, _ in block.sections) for block in blocks)))
    conforms = not any(block.counts.get(Severity.VIOLATION.value) for block in blocks) and not any(
        row[_SEVERITY] == Severity.VIOLATION.value for block in blocks for row in block.unlocated
    )
    recipe = _GraphRecipe(conforms, tuple(batch.graph for batch in batches))
    return BatchedReport([batch.rows for batch in batches], blocks, recipe, tuple(checks), tuple(files))


def findings_blocks(rows: Rows) -> FindingsBlock:
    """A batch's findings (``rows`` in report order) ready to be joined with the other batches'."""
    from orgkg.report import json_items, text_items

    located = [tuple(row) for row in rows if row[_FILE] is not None]
    sections: list[tuple[str, int]] = []
    for row in located:
        if sections and sections[-1][0] == row[_FILE]:
            sections[-1] = (row[_FILE], sections[-1][1] + 1)
        else:
            sections.append((row[_FILE], 1))
    return FindingsBlock(
        json=tuple(json_items(located)),
        text=tuple(text_items(located)),
        sections=tuple(sections),
        keys=tuple(
            (index, _identity_digest(row), row[_LINE], row[_SEVERITY])
            for index, row in enumerate(located)
            if row[_FOCUS] is not None
        ),
        counts=dict(Counter(row[_SEVERITY] for row in located)),
        unlocated=tuple(tuple(row) for row in rows if row[_FILE] is None),
    )


# Rendered findings are kept in the build cache as text, one item after another with this
# separator between them (quicker to read back than as JSON strings): it is never inside an
# item, as JSON escapes control characters and the text report shows them escaped.
_ITEM_SEPARATOR = "\x00"


def batch_for_cache(batch: BatchResult) -> tuple[dict[str, Any], dict[str, str]]:
    """A freshly validated batch as a build-cache entry: its JSON payload and its text parts
    (``cache.BATCH_PARTS``)."""
    rows, graph, blocks = batch.rows, batch.graph, batch.blocks
    if callable(rows) or callable(graph):
        raise ValueError("a batch read from the build cache is stored there already")
    payload = {
        "checks": list(batch.checks),
        "blocks": {
            "sections": blocks.sections,
            "keys": blocks.keys,
            "counts": dict(blocks.counts),
            "unlocated": blocks.unlocated,
        },
    }
    parts = {"json": _ITEM_SEPARATOR.join(blocks.json), "text": _ITEM_SEPARATOR.join(blocks.text)}
    return payload, {**parts, "rows": json.dumps([list(row) for row in rows], ensure_ascii=False), "nt": graph}


def batch_from_cache(payload: Any, read_part: Callable[[str], str]) -> BatchResult:
    """The inverse of ``batch_for_cache``. The rendered findings are read now; the rows and
    the report graph only when asked for. ValueError if the entry does not hold together
    (written by something else: validate the batch again)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("blocks"), dict):
        raise ValueError("malformed validation batch in the build cache")
    checks = payload.get("checks")
    if not isinstance(checks, list) or not all(isinstance(check, str) for check in checks):
        raise ValueError("malformed validation batch in the build cache")
    blocks = _blocks_from_parts(payload["blocks"], {name: read_part(name) for name in ("json", "text")})
    return BatchResult(partial(_cached_rows, read_part), tuple(checks), partial(read_part, "nt"), blocks)


def _cached_rows(read_part: Callable[[str], str]) -> list[list[Any]]:
    rows = json.loads(read_part("rows"))
    if not isinstance(rows, list) or not all(map(_row_is_sound, rows)):
        raise ValueError("malformed findings in the build cache")
    return rows


# A finding row's fields: severity, code and message are text, line a number, the rest text or nothing.
_ROW_TEXT = {ROW_FIELDS.index(name) for name in ("code", "message")}


def _row_is_sound(row: Any) -> bool:
    """Whether a row read back from the build cache has the structure of a finding."""
    if not (isinstance(row, list) and len(row) == len(ROW_FIELDS) and row[_SEVERITY] in SEVERITY_BY_VALUE):
        return False
    for index, value in enumerate(row):
        if index == _LINE:
            if not (value is None or (type(value) is int)):
                return False
        elif index != _SEVERITY and not (isinstance(value, str) or (value is None and index not in _ROW_TEXT)):
            return False
    return True


def _key_is_sound(key: Any, expected: int) -> bool:
    """[position in the block, identity digest, line, severity]."""
    return (
        isinstance(key, list)
        and len(key) == 4
        and type(key[0]) is int
        and 0 <= key[0] < expected
        and type(key[1]) is int
        and (key[2] is None or type(key[2]) is int)
        and key[3] in SEVERITY_BY_VALUE
    )


def _blocks_from_parts(small: dict[str, Any], parts: dict[str, str]) -> FindingsBlock:
    """``findings_blocks`` again from a cache entry's payload and parts; ValueError if they
    do not fit together."""
    items = {name: text.split(_ITEM_SEPARATOR) if text else [] for name, text in parts.items()}
    sections, keys, counts, unlocated = (small.get(name) for name in ("sections", "keys", "counts", "unlocated"))
    if not (
        isinstance(sections, list)
        and isinstance(keys, list)
        and isinstance(counts, dict)
        and isinstance(unlocated, list)
        and all(
            isinstance(s, list) and len(s) == 2 and isinstance(s[0], str) and isinstance(s[1], int) for s in sections
        )
    ):
        raise ValueError("malformed findings in the build cache")
    expected = sum(count for _, count in sections)
    if not (
        len(items["json"]) == len(items["text"]) == expected
        and all(_key_is_sound(k, expected) for k in keys)
        and all(type(n) is int and s in SEVERITY_BY_VALUE for s, n in counts.items())
        and all(map(_row_is_sound, unlocated))
    ):
        raise ValueError("malformed findings in the build cache")
    return FindingsBlock(
        json=tuple(items["json"]),
        text=tuple(items["text"]),
        sections=tuple((file, count) for file, count in sections),
        keys=tuple((index, digest, line, severity) for index, digest, line, severity in keys),
        counts=counts,
        unlocated=tuple(map(tuple, unlocated)),
    )


def _identity_digest(row: Sequence[Any]) -> int:
    """64 bits of the finding's identity (two identities share one with odds of ~1e-10 in a
    build of 10,000 profiles)."""
    text = json.dumps(_identity(tuple(row)), ensure_ascii=False)
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def _joined_blocks(blocks: Sequence[FindingsBlock]) -> JoinedFindings | None:
    """The text and JSON findings and the counts of the merged report, joined from the
    batches' blocks: the bytes of merging the rows and rendering them (tested), without
    rendering 100k+ findings again. A build's batches are shards of profiles in file order,
    and a located finding comes only from the batch of its file, so the report is the
    blocks in batch order, then the findings located nowhere. A finding several batches
    report keeps the location first in file-name order, as ``merge_rows`` does. None when the batches' files
    interleave (profiles given in an order that is not the files' order)."""
    from orgkg.report import NO_FILE, json_items, text_items, text_section

    spans = [(block.sections[0][0], block.sections[-1][0]) for block in blocks if block.sections]
    if any(earlier[1] >= later[0] for earlier, later in pairwise(spans)):
        return None
    unlocated_keys = [
        [(_identity_digest(row) if row[_FOCUS] is not None else None, tuple(row)) for row in block.unlocated]
        for block in blocks
    ]
    seen = Counter(key[1] for block in blocks for key in block.keys)
    seen.update(digest for keys in unlocated_keys for digest, _ in keys if digest is not None)
    repeated = {digest for digest, count in seen.items() if count > 1}

    # Settle each finding several batches report as merge_rows does: the location first in
    # file-name order wins (the earlier candidate on a tie). A candidate is located at
    # (batch, position in its block) or is a row located nowhere.
    best: dict[int, tuple[_Rank, tuple[int, int] | None, Row | None, str]] = {}
    losers: set[tuple[int, int]] = set()
    lost: Counter[str] = Counter()
    for number, block in enumerate(blocks):
        ends = list(accumulate(count for _, count in block.sections))
        candidates: list[tuple[int, _Rank, tuple[int, int] | None, Row | None, str]] = [
            (
                digest,
                (_name_key(block.sections[bisect_right(ends, index)][0]), line or 0),
                (number, index),
                None,
                severity,
            )
            for index, digest, line, severity in block.keys
            if digest in repeated
        ]
        candidates += [
            (digest, (_name_key(None), row[_LINE] or 0), None, row, row[_SEVERITY])
            for digest, row in unlocated_keys[number]
            if digest is not None and digest in repeated
        ]
        for digest, rank, position, row, severity in candidates:
            current = best.get(digest)
            loser: tuple[tuple[int, int] | None, str] = (position, severity)
            if current is None or rank < current[0]:
                loser = (current[1], current[3]) if current is not None else (None, severity)
                best[digest] = (rank, position, row, severity)
            if loser[0] is not None:
                losers.add(loser[0])
                lost[loser[1]] += 1
    settled = {row for _, position, row, _ in best.values() if row is not None}
    unlocated = sorted(
        {row for keys in unlocated_keys for digest, row in keys if digest not in repeated} | settled,
        key=validation.row_sort_key,
    )

    items: list[str] = []
    sections: list[str] = []
    counts: Counter[str] = Counter(row[_SEVERITY] for row in unlocated)
    for number, block in enumerate(blocks):
        counts.update(block.counts)
        start = 0
        for file, count in block.sections:
            kept = [index for index in range(start, start + count) if (number, index) not in losers]
            if kept:
                items.extend(block.json[index] for index in kept)
                sections.append(text_section(file, [block.text[index] for index in kept]))
            start += count
    counts.subtract(lost)
    items.extend(json_items(unlocated))
    if unlocated:
        sections.append(text_section(NO_FILE, text_items(unlocated)))
    return JoinedFindings(",\n".join(items), "".join(sections), +counts)


class _GraphRecipe:
    """What the merged SHACL report graph is made of, until someone asks for it."""

    def __init__(self, conforms: bool, texts: tuple[str | Callable[[], str], ...]) -> None:
        self.conforms = conforms
        self.texts = texts

    def build(self) -> Graph:
        from rdflib import Literal

        from orgkg.namespaces import PREFIXES
        from orgkg.serialization import term_from_text

        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, override=True, replace=True)
        graph.bind("orgkgsh", str(ORGKGSH), override=True, replace=True)
        report = BNode("report")
        graph.add((report, RDF.type, SH.ValidationReport))
        graph.add((report, SH.conforms, Literal(self.conforms)))
        for text in self.texts:
            if callable(text):  # a batch's graph left in the build cache until now
                text = text()
            for line in text.split("\n"):  # not splitlines(): U+2028 may be in a literal
                if not line:
                    continue
                s, p, rest = line[:-2].split(" ", 2)
                graph.add((term_from_text(s), term_from_text(p), term_from_text(rest)))
        return graph


class BatchedReport:
    """A validation report joined from batch results, read as a ``ValidationReport`` is
    (``rows()``, ``findings``, ``counts``, ``shacl_graph``, ``fails``, ...): the text and
    JSON findings are joined from the batches' rendered blocks, the rows are merged and the
    SHACL report graph built only when someone asks for them. ``as_report()`` gives the
    plain ``ValidationReport``."""

    def __init__(
        self,
        batches: Sequence[Rows | Callable[[], Rows]],
        blocks: list[FindingsBlock],
        graph: _GraphRecipe,
        checks: tuple[str, ...],
        files: tuple[str, ...],
    ) -> None:
        self._batches = list(batches)  # each a batch's rows, or a function reading them from the cache
        self._blocks = blocks
        self._graph = graph
        self.checks = checks
        self.files = files

    @cached_property
    def _joined(self) -> JoinedFindings | None:
        return _joined_blocks(self._blocks)

    @cached_property
    def _rows(self) -> tuple[Row, ...]:
        return tuple(merge_rows([batch() if callable(batch) else batch for batch in self._batches]))

    def rows(self) -> tuple[Row, ...]:
        """The findings as rows, in report order (merged from the batches on first call)."""
        return self._rows

    @cached_property
    def findings(self) -> tuple[validation.Finding, ...]:
        return tuple(map(validation.Finding.from_row, self.rows()))

    @cached_property
    def shacl_graph(self) -> Graph:
        return self._graph.build()

    def rendered_findings(self, fmt: str) -> str | None:
        joined = self._joined
        if joined is None:
            return None
        return {"json": joined.json, "text": joined.text}.get(fmt)

    @property
    def counts(self) -> dict[Severity, int]:
        """Findings per severity: from the joined blocks, or the rows once they are merged."""
        joined = self._joined if "_rows" not in self.__dict__ else None
        counted = Counter(row[_SEVERITY] for row in self.rows()) if joined is None else joined.counts
        return {
            severity: counted.get(severity.value, 0)
            for severity in (Severity.VIOLATION, Severity.WARNING, Severity.INFO)
        }

    def fails(self, gate: Severity) -> bool:
        """True if any finding is at or above ``gate`` (as ``ValidationReport.fails``)."""
        return any(count for severity, count in self.counts.items() if severity.rank >= gate.rank)

    @property
    def conforms(self) -> bool:
        return not self.fails(Severity.VIOLATION)

    def as_report(self) -> validation.ValidationReport:
        """The plain report: its findings, the SHACL report graph, the checks and files."""
        return validation.ValidationReport(self.findings, self.shacl_graph, self.checks, self.files)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, validation.ValidationReport | BatchedReport) and (
            self.rows(),
            self.checks,
            self.files,
        ) == (other.rows(), other.checks, other.files)

    __hash__ = None  # type: ignore[assignment]
