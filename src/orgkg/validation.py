"""Validation: SHACL shapes (pyshacl) plus the checks SHACL cannot express (DESIGN §6).

``validate_dataset`` validates the *union* of a Dataset's graphs (one rdflib Memory graph:
pyshacl given a Dataset validates each named graph alone, which would miss every
cross-field constraint), with ``ontology/vocab-axioms.ttl`` as the ontology graph, no
inference, no ``owl:imports`` and no network. Python checks run beside it: vocabulary
conformance (``orgkg.vocabcheck``), provenance of every named graph, ISO country and
currency codes, and data-quality rules. Every finding is then located through the
provenance graphs (DESIGN §5) at the profile ``file:line`` and field that produced it.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypedDict

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from orgkg import plausibility, shacl
from orgkg.errors import InputError, UsageError
from orgkg.model import SEVERITY_BY_VALUE, Diagnostic, Row, Severity
from orgkg.namespaces import (
    DCTERMS,
    ORG,
    ORGKG,
    ORGKGSH,
    PREFIXES,
    PROV,
    RDF,
    SDO,
    SH,
    SKOS,
    XSD,
    compact,
    ns_term,
)
from orgkg.plausibility import CODES as PLAUSIBILITY_CODES
from orgkg.rdf_terms import sorted_terms
from orgkg.resources import data_dir, data_file, shape_files
from orgkg.vocabcheck import Hit, Vocabulary, check_graph, vocabulary

# The checks that run in Python, by finding code. Each may appear in reports as a "check".
PYTHON_CHECKS: tuple[str, ...] = (
    "vocab.unknown-term",
    "vocab.unknown-namespace",
    "vocab.misused-term",
    "vocab.pending-term",
    "vocab.superseded-term",
    "vocab.domain",
    "vocab.range",
    "vocab.ill-typed-literal",
    "provenance.missing",
    "address.country-code",
    "value.currency-code",
    "quality.duplicate-reference",
    "quality.uncited-field",
    "quality.hq-address",
    "quality.future-access-date",
    "quality.unsourced-organization",
    "quality.unresolved-acronym",
    *PLAUSIBILITY_CODES,
)


@dataclass(frozen=True)
class Finding:
    """One problem, written for a person and located where it can be fixed."""

    severity: Severity
    code: str  # stable: "shacl.MinCount", "vocab.unknown-term", "quality.hq-address", ...
    message: str
    focus: str | None = None  # readable: prefixed name or <relative IRI>
    path: str | None = None
    value: str | None = None
    shape: str | None = None  # the SHACL shape that produced it, prefixed
    file: str | None = None  # the profile as the user named it
    line: int | None = None
    field: str | None = None

    @property
    def check(self) -> str:
        """What produced the finding: its shape, or its code for Python checks."""
        return self.shape or self.code

    def sort_key(self) -> SortKey:
        return row_sort_key(self.row())

    def row(self) -> Row:
        """The finding as a plain tuple in ``ROW_FIELDS`` order."""
        return (
            self.severity.value,
            self.code,
            self.message,
            self.file,
            self.line,
            self.field,
            self.focus,
            self.path,
            self.value,
            self.shape,
        )

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Finding:
        severity, code, message, file, line, field, focus, path, value, shape = row
        return cls(
            SEVERITY_BY_VALUE[severity],
            code,
            message,
            focus=focus,
            path=path,
            value=value,
            shape=shape,
            file=file,
            line=line,
            field=field,
        )


_RANK_BY_VALUE = {severity.value: severity.rank for severity in Severity}


# ``row_sort_key``: texts, numbers and flags, compared in turn
SortKey = tuple[bool | int | str, ...]


def row_sort_key(row: Row) -> SortKey:
    """Report order: by file (findings without one last), line, severity (worst first), check.
    A total order: findings that differ only in shape, field or a missing value are ordered
    too, so the report never depends on the order they were found in (or on hash seeds)."""
    severity, code, message, file, line, field, focus, path, value, shape = row
    return (
        file is None,
        file or "",
        line or 0,
        -_RANK_BY_VALUE[severity],
        code,
        focus or "",
        path or "",
        value or "",
        message,
        shape or "",
        field or "",
        line is None,
        focus is None,
        path is None,
        value is None,
        shape is None,
        field is None,
    )


class Report(Protocol):
    """What the report formats read: a ``ValidationReport``, or a large build's report joined
    from its validation batches (``runners.batches.BatchedReport``) that renders the same."""

    @property
    def findings(self) -> tuple[Finding, ...]: ...
    @property
    def shacl_graph(self) -> Graph: ...
    @property
    def checks(self) -> tuple[str, ...]: ...
    @property
    def files(self) -> tuple[str, ...]: ...
    @property
    def counts(self) -> dict[Severity, int]: ...
    @property
    def conforms(self) -> bool: ...
    def fails(self, gate: Severity) -> bool: ...
    def rows(self) -> tuple[Row, ...]: ...
    def rendered_findings(self, fmt: str) -> str | None: ...


@dataclass(frozen=True)
class ValidationReport:
    findings: tuple[Finding, ...]
    shacl_graph: Graph  # the standard SHACL validation report graph (all findings)
    checks: tuple[str, ...] = ()  # every shape and Python check that ran
    files: tuple[str, ...] = ()  # every profile file validated (for per-file reports)

    def fails(self, gate: Severity) -> bool:
        """True if any finding is at or above ``gate`` (VIOLATION > WARNING > INFO)."""
        return any(count for severity, count in self.counts.items() if severity.rank >= gate.rank)

    @property
    def conforms(self) -> bool:
        """No violations. Warnings and infos do not break conformance (as pyshacl's allow_warnings)."""
        return not self.fails(Severity.VIOLATION)

    @property
    def counts(self) -> dict[Severity, int]:
        """Findings per severity (counted once: reports of 10,000 profiles hold ~100k findings)."""
        counts = self.__dict__.get("_counts")
        if counts is None:
            by_value = dict.fromkeys((s.value for s in (Severity.VIOLATION, Severity.WARNING, Severity.INFO)), 0)
            for row in self.rows():
                by_value[row[0]] += 1
            counts = {SEVERITY_BY_VALUE[value]: count for value, count in by_value.items()}
            object.__setattr__(self, "_counts", counts)
        return dict(counts)

    def rendered_findings(self, fmt: str) -> str | None:
        """The findings part of the ``text`` or ``json`` report if this report holds it
        rendered already (a large build's batches render their own), else None."""
        return None

    def rows(self) -> tuple[Row, ...]:
        """The findings as rows (``ROW_FIELDS``), in report order; what the text and JSON
        renderers read."""
        rows = self.__dict__.get("_rows")
        if rows is None:
            rows = tuple(finding.row() for finding in self.findings)
            object.__setattr__(self, "_rows", rows)
        return rows


# ---------------------------------------------------------------------------------------
# Shapes


@cache
def _parse_shapes_file(path: Path, mtime: float) -> tuple[tuple[Node, Node, Node], ...]:
    """One shapes file's triples (``path`` resolved): a shipped file by the fast reader."""
    if path.parent == data_dir("shapes").resolve():
        from orgkg.rdf_files import read_shipped_turtle

        return tuple(read_shipped_turtle(path))
    return tuple(_parse_rdf(path, what="shapes file"))


def _parse_rdf(path: Path, what: str) -> Graph:
    from orgkg.rdf_files import TURTLE, parse_error, read_rdf_file

    # Read and checked first (regular file, no XML DTD, no remote JSON-LD context); rdflib
    # parses those very bytes. An unknown extension is read as Turtle.
    checked = read_rdf_file(path, what, default=TURTLE, always_read=True)
    graph = Graph()
    try:
        graph.parse(data=checked.data, format=checked.format.rdflib, publicID=path.resolve().as_uri())
    except Exception as err:  # rdflib raises many types; all mean "unparsable"
        raise parse_error(err, path, what) from err
    return graph


_SERVICE = re.compile(r"\bSERVICE\b|\bLOAD\b", re.IGNORECASE)


def load_shapes(shapes: Sequence[Path] = (), replace_shapes: bool = False) -> Graph:
    """The shipped shapes (unless replaced) plus ``shapes``; InputError if one is unusable.
    The graph is shared between calls with the same files: do not modify it."""
    paths = ([] if replace_shapes else shape_files()) + [Path(p) for p in shapes]
    return _combined_shapes(
        tuple((path, path.resolve(), path.stat().st_mtime if path.is_file() else 0.0) for path in paths)
    )


@cache
def _combined_shapes(files: tuple[tuple[Path, Path, float], ...]) -> Graph:
    """(path as given, resolved, mtime) of each shapes file → their union, parsed once
    (on the store without named graphs, as ``shacl.hoist_targets``' copy)."""
    graph = Graph(store="SimpleMemory")
    for path, resolved, mtime in files:
        try:
            shapes_file = _parse_shapes_file(resolved, mtime)
        except InputError as error:  # name the file as the user did, not where a symlink leads
            raise InputError(error.reason, str(path), error.line) from None
        queries = [o for _, p, o in shapes_file if p in _QUERY_PARAMETERS]
        if any(_SERVICE.search(str(query)) for query in queries):
            raise InputError("SPARQL SERVICE and LOAD are not allowed in shapes (no network)", str(path))
        graph.addN((s, p, o, graph) for s, p, o in shapes_file)
    return graph


_QUERY_PARAMETERS = frozenset((SH.select, SH.ask, SH.construct, SH.update))


def shape_checks(shapes: Graph, namer: _Namer) -> list[str]:
    """Named shapes that carry at least one constraint of their own."""
    return sorted({namer.iri(shape) for shape in _constraint_shapes(shapes)})


@cache
def _constraint_shapes(shapes: Graph) -> tuple[URIRef, ...]:
    """``shape_checks``' shapes, found once per shapes graph (every batch asks)."""
    sh = str(SH)
    found = []
    for shape in (
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(RDF.type, SH.PropertyShape))
        | set(shapes.objects(None, SH.property))
    ):
        if not isinstance(shape, URIRef) or (shape, SH.deactivated, Literal(True)) in shapes:
            continue
        if any(str(p).startswith(sh) and p not in shacl.NOT_CONSTRAINTS for p in shapes.predicates(shape)):
            found.append(shape)
    return tuple(found)


# ---------------------------------------------------------------------------------------
# Rendering nodes for people


class _Namer:
    """Readable forms of nodes: prefixed names, <paths> relative to the data's base, and
    the name or label of a focus node where it has one."""

    def __init__(self, graph: Graph, base: str | None) -> None:
        self.graph = graph
        self.prefixes = {**PREFIXES, "orgkgsh": str(ORGKGSH)}
        self.base = base

    def iri(self, node: Node) -> str:
        text = str(node)
        curie = compact(text, self.prefixes)
        if not curie.startswith("<"):
            return curie
        if self.base and text.startswith(self.base) and len(text) > len(self.base):
            return f"<{text[len(self.base) :]}>"
        return f"<{text}>"

    def term(self, node: Node | None) -> str | None:
        """For the report's focus/path/value columns."""
        if node is None:
            return None
        if isinstance(node, Literal):
            lexical = _short(str(node))
            quoted = '"' + lexical.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
            if node.language:
                return f"{quoted}@{node.language}"
            if node.datatype and node.datatype != XSD.string:
                return f"{quoted}^^{self.iri(node.datatype)}"
            return quoted
        if isinstance(node, BNode):
            return "[]"
        return self.iri(node)

    def value(self, node: Node | None) -> str:
        """For messages: literals in quotes, IRIs by name."""
        if node is None:
            return "(none)"
        if isinstance(node, Literal):
            text = str(node).replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
            return "'" + _short(text) + "'"
        return self.iri(node)

    def focus(self, node: Node | None) -> str:
        if node is None:
            return "(unknown)"
        if not isinstance(node, Literal):
            for predicate in (SDO.name, SKOS.prefLabel):
                names = sorted(str(n) for n in self.graph.objects(node, predicate) if str(n).strip())
                if names:
                    return f"'{_short(names[0].strip())}'"
        return self.value(node)

    def path(self, node: Node | None, shapes: Graph | None = None) -> str | None:
        if node is None:
            return None
        if isinstance(node, URIRef):
            return self.iri(node)
        if shapes is not None:
            alternatives = shapes.value(node, SH.alternativePath)
            if alternatives is not None:
                from rdflib.collection import Collection

                return "|".join(self.iri(p) for p in Collection(shapes, alternatives))
            inverse = shapes.value(node, SH.inversePath)
            if inverse is not None:
                return "^" + (self.path(inverse, shapes) or "?")
        return "(complex path)"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_PLACEHOLDER = re.compile(r"\{[$?]?(this|focus|value|path)\}")


def _fill(template: str, namer: _Namer, hit: Hit, path: str | None) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in ("this", "focus"):
            return namer.focus(hit.focus)
        if name == "value":
            return namer.value(hit.value)
        return path or "(no path)"

    return _PLACEHOLDER.sub(replace, template)


# ---------------------------------------------------------------------------------------
# Provenance: where did a triple come from?


@dataclass(frozen=True)
class _Origin:
    file: str
    field: str | None
    first: int | None
    last: int | None


class _Provenance:
    def __init__(self, dataset: Dataset, sources: Mapping[str, str]) -> None:
        self.dataset = dataset
        default = dataset.default_graph
        self.origins: dict[Node, _Origin] = {}
        self.documents: dict[Node, str] = {}
        for document in default.subjects(RDF.type, ORGKG.SourceDocument):
            name = default.value(document, SDO.name)
            if name is not None:
                self.documents[document] = sources.get(str(name), str(name))
        for entity, document in default.subject_objects(PROV.wasDerivedFrom):
            if document not in self.documents:
                continue
            file = self.documents[document]
            first, last = default.value(entity, ORGKG.firstLine), default.value(entity, ORGKG.lastLine)
            field_name = default.value(entity, ORGKG.field)
            self.origins[entity] = _Origin(
                file,
                str(field_name) if field_name is not None else None,
                _int(first),
                _int(last),
            )

    def locate(self, hit: Hit) -> tuple[str | None, int | None, str | None]:
        if isinstance(hit, _LocatedHit):
            return hit.file, hit.line, hit.field
        origin = self.origins.get(hit.focus) if hit.focus is not None else None
        if origin is not None:  # the finding is about a graph's own description
            return origin.file, origin.first, origin.field
        if hit.focus in self.documents:  # ... or about a source document
            return self.documents[hit.focus], None, None
        if hit.focus is None:
            return None, None, None
        predicate = hit.path if isinstance(hit.path, URIRef) else None
        patterns: list[tuple[Node | None, URIRef | None, Node | None]] = []
        if predicate is not None:
            if hit.value is not None:
                patterns.append((hit.focus, predicate, hit.value))
            patterns.append((hit.focus, predicate, None))
        patterns += [(hit.focus, None, None), (None, None, hit.focus)]
        for pattern in patterns:
            found = sorted(
                {self.origins[c] for *_, c in self.dataset.quads((*pattern, None)) if c in self.origins},
                key=lambda o: (o.file, o.first or 0),
            )
            if found:
                origin = found[0]
                return origin.file, _value_line(origin), origin.field
        return None, None, None


def _int(node: Node | None) -> int | None:
    try:
        return int(str(node)) if node is not None else None  # the lexical form, as int(node) read it
    except (TypeError, ValueError):
        return None


def _value_line(origin: _Origin) -> int | None:
    """The first value line of a field: the line after its heading, if it has a body.
    The pseudo-field "Intro" starts at the title line, which holds the name."""
    if origin.first is None:
        return None
    if origin.field != "Intro" and origin.last is not None and origin.last > origin.first:
        return origin.first + 1
    return origin.first


# ---------------------------------------------------------------------------------------
# The entry point


# The SHACL engines ``validate_dataset`` can run: the compiled one (the default) and the record.
ENGINES = ("sparql", "pyshacl")


class ValidateOptions(TypedDict, total=False):
    """``validate_dataset``'s options besides what a build result supplies (``orgkg.validate``)."""

    shapes: Sequence[Path]
    replace_shapes: bool
    today: date | None
    engine: str


def validate_dataset(
    dataset: Dataset | Graph,
    *,
    diagnostics: Sequence[Diagnostic] = (),
    sources: Mapping[str, str] | None = None,
    shapes: Sequence[Path] = (),
    replace_shapes: bool = False,
    today: date | None = None,
    profiles: Sequence[Any] = (),
    engine: str = "sparql",
) -> ValidationReport:
    """Validate ``dataset`` against the shapes and the Python checks.

    ``diagnostics`` (parser/extractor warnings) become findings; ``sources`` maps the file
    names recorded in provenance to the paths the user gave; ``shapes`` adds shape files
    (or replaces the shipped ones with ``replace_shapes``); ``today`` dates the
    future-access-date rule; ``profiles`` (``model.Profile`` or objects with a
    ``.profile``) enable the duplicate-reference rule on the references as written.
    ``engine`` (``ENGINES``) evaluates the shapes: ``"sparql"``, orgkg's shapes compiled to
    SPARQL over a pyoxigraph store (``orgkg.shacl_sparql``, proven to give pyshacl's
    findings: docs/validation-engines.md), or ``"pyshacl"``, the engine of record.
    Raises ``InputError`` for a missing or unparsable shapes file.
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown validation engine {engine!r}: choose one of {', '.join(ENGINES)}")
    sources = dict(sources or {})
    if not isinstance(dataset, Dataset):
        wrapped = Dataset()
        for triple in dataset:
            wrapped.add(triple)
        dataset = wrapped
    # Read once, graph by graph in a fixed order (3× faster than Dataset.quads, which looks
    # up every triple's graphs): the union graph and the compiled engine's store are made from it.
    default = dataset.default_graph.identifier
    quads = [
        (s, p, o, None if graph.identifier == default else graph.identifier)
        for graph in sorted(dataset.graphs(), key=lambda graph: str(graph.identifier))
        for s, p, o in graph
    ]
    # The compiled engine only reads the union through triple patterns: rdflib's
    # SimpleMemory store adds and matches them twice as fast as its context-aware Memory.
    union = Graph(store="SimpleMemory") if engine == "sparql" else Graph()
    for s, p, o, _ in quads:
        union.add((s, p, o))
    shapes_graph = load_shapes(shapes, replace_shapes)
    namer = _Namer(union, _detect_base(union))
    vocab = vocabulary()

    python_hits = check_graph(union, vocab)
    python_hits += _provenance_hits(dataset)
    python_hits += _code_hits(union)
    python_hits += _quality_hits(union, dataset, vocab, today or date.today(), profiles, sources)
    # pyshacl works in place on our own copy (its clone would cost as much as the shapes);
    # the subclass axioms it would mix in from an ontology graph are added here instead.
    union += shacl.axioms()
    from orgkg.shacl_sparql import compile_shapes, shacl_hits, store_from_rdflib_quads

    # Shapes the compiled engine cannot evaluate whole (a user's, with a component it does
    # not compile) go to pyshacl whole: its findings and its errors are the record's.
    compiled = compile_shapes(shapes_graph) if engine == "sparql" else None
    if compiled is None or compiled.fallbacks:
        record = Graph()  # pyshacl, as the record runs it, on the Memory store
        record += union
        source = ", ".join(map(str, shapes)) or None
        hits = shacl.pyshacl_hits(record, shacl.engine_shapes(shapes_graph), shapes_graph, source=source)
        hits += python_hits
    else:
        hits = shacl_hits(store_from_rdflib_quads(quads), shapes_graph, compiled=compiled) + python_hits

    provenance = _Provenance(dataset, sources)
    by_name = {Path(v).name: v for v in sources.values()}
    rows: list[tuple[Finding, Hit | None]] = []
    for hit in hits:
        file, line, field_name = provenance.locate(hit)
        path_node = _concrete_path(hit, union, shapes_graph)
        path = namer.path(path_node, shapes_graph)
        finding = Finding(
            severity=hit.severity,
            code=hit.code,
            message=_fill(hit.message, namer, hit, path),
            focus=namer.term(hit.focus),
            path=path,
            value=namer.term(hit.value),
            shape=namer.iri(hit.shape) if isinstance(hit.shape, URIRef) else None,
            file=file,
            line=line,
            field=field_name,
        )
        rows.append((finding, replace(hit, path=path_node)))
    for diagnostic in diagnostics:
        file = diagnostic.file
        if file is not None:
            file = sources.get(file, by_name.get(Path(file).name, file))
        rows.append(
            (
                Finding(
                    diagnostic.severity,
                    diagnostic.code,
                    diagnostic.message,
                    file=file,
                    line=diagnostic.line,
                    field=diagnostic.field,
                ),
                None,
            )
        )
    rows = _dedupe(sorted(rows, key=lambda row: row[0].sort_key()))
    findings = tuple(finding for finding, _ in rows)
    files = sorted(set(sources.values()) | {f.file for f in findings if f.file})
    checks = sorted(set(shape_checks(shapes_graph, namer)) | set(PYTHON_CHECKS))
    graph = _report_graph(rows, shapes_graph, namer, dataset)
    return ValidationReport(findings, graph, tuple(checks), tuple(files))


def _dedupe(rows: list[tuple[Finding, Hit | None]]) -> list[tuple[Finding, Hit | None]]:
    seen: set[Finding] = set()
    unique = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            unique.append(row)
    return unique


def _detect_base(graph: Graph) -> str | None:
    for document in sorted_terms(graph.subjects(RDF.type, ORGKG.SourceDocument)):
        match = re.match(r"^(.*/)source/[^/]+$", str(document))
        if match:
            return match.group(1)
    from orgkg.iri import DEFAULT_BASE

    return DEFAULT_BASE


def _concrete_path(hit: Hit, data: Graph, shapes: Graph) -> Node | None:
    """An alternative path (a|b|c) reported with a value: the predicate that holds it."""
    if not isinstance(hit.path, BNode) or hit.focus is None:
        return hit.path
    alternatives = shapes.value(hit.path, SH.alternativePath)
    if alternatives is None:
        return hit.path
    from rdflib.collection import Collection

    options = [p for p in Collection(shapes, alternatives) if isinstance(p, URIRef)]
    for predicate in options:
        if hit.value is not None and (hit.focus, predicate, hit.value) in data:
            return predicate
    present = [p for p in options if (hit.focus, p, None) in data]
    return present[0] if len(present) == 1 else hit.path


# ---------------------------------------------------------------------------------------
# Python checks


def _provenance_hits(dataset: Dataset) -> list[Hit]:
    default = dataset.default_graph
    described = set(default.subjects(PROV.wasDerivedFrom, None))
    hits = []
    for graph in dataset.graphs():
        if graph.identifier == default.identifier or graph.identifier in described:
            continue
        if len(graph) == 0:
            continue
        hits.append(
            Hit(
                Severity.VIOLATION,
                "provenance.missing",
                "named graph {focus} has no provenance: the default graph gives it no "
                "prov:wasDerivedFrom source document",
                focus=graph.identifier,
            )
        )
    return hits


def _code_hits(graph: Graph) -> list[Hit]:
    import pycountry

    hits = []
    for address, code in graph.subject_objects(SDO.addressCountry):
        text = str(code)
        well_formed = isinstance(code, Literal) and re.fullmatch(r"[A-Z]{2}", text)
        # a withdrawn code ("SU", "DD", "YU") is still ISO 3166: a defunct organization's seat
        known = pycountry.countries.get(alpha_2=text) or pycountry.historic_countries.get(alpha_2=text)
        if well_formed and known is None:
            hint = " (the United Kingdom is 'GB')" if text == "UK" else ""
            hits.append(
                Hit(
                    Severity.VIOLATION,
                    "address.country-code",
                    f"country code {{value}} is not an ISO 3166-1 alpha-2 country{hint}",
                    address,
                    SDO.addressCountry,
                    code,
                )
            )
    for amount, code in graph.subject_objects(SDO.currency):
        text = str(code)
        well_formed = isinstance(code, Literal) and re.fullmatch(r"[A-Z]{3}", text)
        if well_formed and pycountry.currencies.get(alpha_3=text) is None:
            hits.append(
                Hit(
                    Severity.VIOLATION,
                    "value.currency-code",
                    "currency {value} is not an ISO 4217 currency code",
                    amount,
                    SDO.currency,
                    code,
                )
            )
    return hits


def _quality_hits(
    graph: Graph,
    dataset: Dataset,
    vocab: Vocabulary,
    today: date,
    profiles: Sequence[Any],
    sources: Mapping[str, str],
) -> list[Hit]:
    hits: list[Hit] = []
    hits += _duplicate_references(graph, profiles)
    hits += _uncited_fields(dataset)
    hits += _hq_addresses(graph, vocab)
    for retrieval, accessed in graph.subject_objects(DCTERMS.date):
        if (retrieval, RDF.type, ORGKG.Retrieval) not in graph or not isinstance(accessed, Literal):
            continue
        value = accessed.toPython()
        if isinstance(value, date) and value > today:
            hits.append(
                Hit(
                    Severity.WARNING,
                    "quality.future-access-date",
                    f"access date {{value}} is after today ({today.isoformat()}): check the reference",
                    retrieval,
                    DCTERMS.date,
                    accessed,
                )
            )
    hits += _unsourced_organizations(dataset, graph, vocab)
    hits += _unresolved_acronyms(graph, vocab)
    hits += plausibility.hits(graph, vocab)
    return hits


def _duplicate_references(graph: Graph, profiles: Sequence[Any]) -> list[Hit]:
    hits: list[Hit] = []
    for item in profiles:
        profile = getattr(item, "profile", item)
        seen: dict[str, int] = {}
        for ref in getattr(profile, "references", ()):
            key = " ".join(ref.raw.split())
            if key in seen:
                hits.append(
                    _LocatedHit(
                        Severity.INFO,
                        "quality.duplicate-reference",
                        f"reference {ref.number} repeats reference {seen[key]} word for word; "
                        "footnotes can share one reference",
                        file=getattr(profile, "source", None),
                        line=ref.line,
                        field="References",
                    )
                )
            else:
                seen[key] = ref.number
    pages: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for page in graph.subjects(RDF.type, SDO.WebPage):
        for link in graph.objects(page, SDO.url):
            title = graph.value(page, SDO.name)
            pages[(str(link), str(title or ""))].append(page)
    for (url, _), nodes in sorted(pages.items()):
        for node in sorted_terms(nodes)[1:]:
            hits.append(
                Hit(
                    Severity.INFO,
                    "quality.duplicate-reference",
                    f"web page {{focus}} duplicates {sorted_terms(nodes)[0].n3()} (same URL and title)",
                    node,
                    SDO.url,
                    URIRef(url),
                )
            )
    return hits


@dataclass(frozen=True)
class _LocatedHit(Hit):
    """A hit that already knows its file and line (from the parser's view of a profile)."""

    file: str | None = None
    line: int | None = None
    field: str | None = None


def _uncited_fields(dataset: Dataset) -> list[Hit]:
    """Graphs of fields with content (not References, not an empty field) and no citation."""
    default = dataset.default_graph
    filled = {graph.identifier for graph in dataset.graphs() if len(graph)}  # not Dataset.quads: slow
    empty_only: dict[Node | None, bool] = {}
    for _, _, status, context in dataset.quads((None, ORGKG.fieldStatus, None, None)):
        empty_only[context] = empty_only.get(context, True) and status == ORGKG.empty
    hits = []
    for entity in sorted(set(default.subjects(PROV.wasDerivedFrom, None))):
        field_name = default.value(entity, ORGKG.field)
        if field_name is None or str(field_name) in ("References", "External links"):
            continue
        if entity not in filled or empty_only.get(entity, False):
            continue
        if default.value(entity, PROV.hadPrimarySource) is not None:
            continue
        hits.append(
            Hit(
                Severity.INFO,
                "quality.uncited-field",
                f"field '{field_name}' cites no reference (no footnote such as [1])",
                focus=entity,
            )
        )
    return hits


_STREET_WORDS = {
    "avenue": "ave",
    "av": "ave",
    "street": "st",
    "road": "rd",
    "drive": "dr",
    "boulevard": "blvd",
    "place": "pl",
    "court": "ct",
    "lane": "ln",
    "parkway": "pkwy",
    "highway": "hwy",
    "square": "sq",
    "terrace": "ter",
    "northwest": "nw",
    "northeast": "ne",
    "southwest": "sw",
    "southeast": "se",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
}


def _street_key(street: str, postal_code: str) -> tuple[str, str]:
    words = re.sub(r"[^a-z0-9 ]+", " ", street.lower().replace(".", "")).split()
    return " ".join(_STREET_WORDS.get(w, w) for w in words), postal_code.strip()[:5]


def _name_key(name: str) -> str:
    text = re.sub(r"\bu\.?\s?s\.?\b", "united states", name.lower())
    text = re.sub(r"^the ", "", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@dataclass(frozen=True)
class KnownHeadquarters:
    name: str
    qid: str
    street: str
    locality: str
    region: str
    postal_code: str
    country: str


@cache
def known_headquarters() -> dict[tuple[str, str], KnownHeadquarters]:
    path = data_file("ontology", "known-headquarters.csv")
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    known = {}
    for row in csv.DictReader(rows):
        entry = KnownHeadquarters(**{k: (v or "").strip() for k, v in row.items()})
        known[_street_key(entry.street, entry.postal_code)] = entry
    return known


def _types(graph: Graph, node: Node, vocab: Vocabulary) -> set[str]:
    closure: set[str] = set()
    for t in graph.objects(node, RDF.type):
        closure |= vocab.superclasses(str(t))
    return closure


def _is_org(graph: Graph, node: Node, vocab: Vocabulary) -> bool:
    types = _types(graph, node, vocab)
    return str(SDO.Organization) in types or str(ORG.Organization) in types


def _hq_addresses(graph: Graph, vocab: Vocabulary) -> list[Hit]:
    known = known_headquarters()
    pairs = set(graph.subject_objects(SDO.address))
    for org, site in graph.subject_objects(ORG.hasPrimarySite):
        pairs |= {(org, a) for a in graph.objects(site, ORG.siteAddress)}
    hits = []
    for org, address in sorted(pairs):
        if not _is_org(graph, org, vocab):
            continue
        street, postal = graph.value(address, SDO.streetAddress), graph.value(address, SDO.postalCode)
        country = graph.value(address, SDO.addressCountry)
        if street is None or postal is None or (country is not None and str(country) != "US"):
            continue
        entry = known.get(_street_key(str(street), str(postal)))
        if entry is None:
            continue
        names = {_name_key(str(n)) for p in (SDO.name, SDO.alternateName) for n in graph.objects(org, p)}
        qids = {str(o).rsplit("/", 1)[-1] for o in graph.objects(org, SDO.sameAs)}
        if _name_key(entry.name) in names or (entry.qid and entry.qid in qids):
            continue
        where = ", ".join(
            str(v)
            for v in (street, graph.value(address, SDO.addressLocality), graph.value(address, SDO.addressRegion))
            if v is not None
        )
        hits.append(
            Hit(
                Severity.WARNING,
                "quality.hq-address",
                f"headquarters address '{where} {postal}' is the headquarters of the "
                f"{entry.name}, not of {{focus}}: check the profile's address",
                org,
                SDO.address,
                address,
            )
        )
    return hits


def _unsourced_organizations(dataset: Dataset, graph: Graph, vocab: Vocabulary) -> list[Hit]:
    default = dataset.default_graph
    entities = set(default.subjects(PROV.wasDerivedFrom, None))
    if not entities:
        return []  # no provenance at all (plain Turtle): nothing to judge by
    cited = {e for e in entities if default.value(e, PROV.hadPrimarySource) is not None}
    profiled = set(graph.subjects(ORGKG.fieldStatement, None))
    for entity in entities:
        if str(default.value(entity, ORGKG.field) or "") == "Intro" and isinstance(entity, URIRef):
            profiled |= {s for s in dataset.graph(entity).subjects(RDF.type, None)}
    hits = []
    for org in sorted_terms(profiled):
        if not _is_org(graph, org, vocab):
            continue
        graphs = {c for *_, c in dataset.quads((org, None, None, None))}
        if graphs & cited:
            continue
        hits.append(
            Hit(
                Severity.WARNING,
                "quality.unsourced-organization",
                "organization {focus} cites no source in any field: add references and footnotes",
                focus=org,
            )
        )
    return hits


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]*[A-Z0-9]")


def _unresolved_acronyms(graph: Graph, vocab: Vocabulary) -> list[Hit]:
    hits = []
    for node, name in sorted(graph.subject_objects(SDO.name)):
        text = str(name).strip()
        if not _ACRONYM.fullmatch(text) or sum(c.isalpha() for c in text) < 2:
            continue
        if (node, SDO.sameAs, None) in graph or not _is_org(graph, node, vocab):
            continue
        hits.append(
            Hit(
                Severity.WARNING,
                "quality.unresolved-acronym",
                f"organization {{focus}} is named only by the acronym '{text}' and has no sameAs: "
                "add it to ontology/aliases.csv so it resolves to its full name",
                node,
                SDO.name,
                name,
            )
        )
    return hits


# ---------------------------------------------------------------------------------------
# The SHACL validation report graph


def _report_graph(rows: Iterable[tuple[Finding, Hit | None]], shapes: Graph, namer: _Namer, dataset: Dataset) -> Graph:
    graph = Graph(store="SimpleMemory")  # no named graphs: the cheaper store (half the cost per triple)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    graph.bind("orgkgsh", str(ORGKGSH), override=True, replace=True)
    report = BNode("report")
    graph.add((report, RDF.type, SH.ValidationReport))
    rows = list(rows)
    graph.add((report, SH.conforms, Literal(not any(f.severity is Severity.VIOLATION for f, _ in rows))))
    sources = {
        str(name): doc
        for doc, name in dataset.default_graph.subject_objects(SDO.name)
        if (doc, RDF.type, ORGKG.SourceDocument) in dataset.default_graph
    }
    for index, (finding, hit) in enumerate(rows, start=1):
        result = BNode(f"result{index:05d}")
        graph.add((report, SH.result, result))
        graph.add((result, RDF.type, SH.ValidationResult))
        graph.add((result, SH.resultSeverity, shacl.SEVERITY_IRIS[finding.severity]))
        graph.add((result, SH.resultMessage, Literal(finding.message)))
        graph.add((result, ORGKGSH.code, Literal(finding.code)))
        focus = hit.focus if hit is not None else None
        if focus is None and finding.file is not None:
            focus = sources.get(Path(finding.file).name) or URIRef(
                "urn:orgkg:file:" + re.sub(r"[^A-Za-z0-9._/-]", lambda m: f"%{ord(m.group()):02X}", finding.file)
            )
        if focus is None:
            focus = URIRef("urn:orgkg:dataset")
        graph.add((result, SH.focusNode, focus))
        if hit is not None and hit.path is not None:
            graph.add((result, SH.resultPath, _copy_node(hit.path, shapes, graph, f"path{index:05d}")))
        if hit is not None and hit.value is not None:
            graph.add((result, SH.value, hit.value))
        shape = hit.shape if hit is not None and hit.shape is not None else ns_term(ORGKGSH, finding.code)
        if isinstance(shape, BNode):
            shape = ns_term(ORGKGSH, finding.code)
        graph.add((result, SH.sourceShape, shape))
        component = hit.component if hit is not None and hit.component is not None else ns_term(ORGKGSH, finding.code)
        graph.add((result, SH.sourceConstraintComponent, component))
        if finding.file:
            graph.add((result, ORGKGSH.file, Literal(finding.file)))
        if finding.line:
            graph.add((result, ORGKGSH.line, Literal(finding.line)))
        if finding.field:
            graph.add((result, ORGKGSH.field, Literal(finding.field)))
    return graph


def _copy_node(node: Node, source: Graph, target: Graph, label: str) -> Node:
    """Copy a (blank-node) SHACL path into ``target`` with deterministic blank node ids."""
    if not isinstance(node, BNode):
        return node
    counter = [0]

    def copy(n: Node) -> Node:
        if not isinstance(n, BNode):
            return n
        counter[0] += 1
        fresh = BNode(f"{label}x{counter[0]}")
        for p, o in sorted(source.predicate_objects(n)):
            target.add((fresh, p, copy(o)))
        return fresh

    return copy(node)


__all__ = [
    "PYTHON_CHECKS",
    "Finding",
    "ValidationReport",
    "load_shapes",
    "validate_dataset",
]
