"""orgkg's SHACL shapes compiled to SPARQL SELECT queries over a pyoxigraph Store.

pyshacl is the engine of record (``orgkg.validation``); this module is a faster engine
that reports the same SHACL results, measured in ``benchmarks/bench_validation_engines.py``
and proven identical by ``tests/test_shacl_sparql.py`` (docs/validation-engines.md).

How a shape is evaluated, and why the results are pyshacl's:

* **Data graph**: the union of the store's graphs (every query is ``DISTINCT`` or counts
  ``DISTINCT`` values, as the union graph pyshacl reads is a set of triples) plus the
  subclass axioms of ``ontology/vocab-axioms.ttl``, which are used only as the
  ``rdfs:subClassOf`` closure for ``sh:targetClass`` and ``sh:class`` (they hold nothing
  else). A shape whose paths, targets or queries mention ``rdfs:subClassOf`` itself would
  see the axioms as data in pyshacl, so it falls back.
* **Targets, paths, cardinalities, classes, disjointness and the SPARQL-based
  constraints** are evaluated by oxigraph.
* **Value tests** (``sh:datatype``, ``sh:pattern``, ``sh:minLength``, ``sh:in``, value
  ranges, ``sh:nodeKind``, ``sh:lessThanOrEquals`` and ``sh:or``/``sh:not``/``sh:and`` of
  them): a query keeps only the values it cannot prove conforming (a conservative
  filter: plain strings for ``xsd:string``, printable-ASCII text for a pattern whose
  syntax means the same in XPath and Python regexes ...); each remaining value is judged
  in Python on the rdflib term with pyshacl's own rules (its regex flags, ill-typed
  literals, ``compare_literal``), memoised per term.
* **SHACL-AF SPARQL targets and constraints** run in oxigraph with ``$this`` substituted
  (SEP-0007, as pyshacl pre-binds it) and their ``REGEX`` calls evaluated with Python's
  ``re`` (rdflib's semantics: Python's ``$`` also matches before a final line feed).

What cannot be compiled (a component not listed above, a shape without ``sh:message``,
``sh:prefixes``, ``$currentShape``/``$shapesGraph`` in a query, a custom target type ...)
falls back to pyshacl for that top-level shape: the result names each such shape and why,
and ``shacl_hits`` runs pyshacl on the union graph with every compiled shape deactivated.
orgkg's shipped shapes compile entirely.

Known difference from rdflib, outside orgkg's data: RDF 1.1 makes ``"x"`` and
``"x"^^xsd:string`` one term (oxigraph), rdflib keeps them apart; data written with an
explicit ``^^xsd:string`` may compare differently under ``sh:in``/``sh:disjoint``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time
from functools import cache
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.collection import Collection
from rdflib.term import Node

from orgkg import rdf_terms, shacl
from orgkg.model import Severity
from orgkg.namespaces import OWL, RDF, RDFS, SH, XSD
from orgkg.rdf_terms import sorted_terms
from orgkg.shacl import NOT_CONSTRAINTS, SEVERITY_BY_IRI, axioms, hoist_targets, shape_message
from orgkg.vocabcheck import Hit

_XSD_STRING = str(XSD.string)
_REGEX_FUNCTION = ox.NamedNode("urn:orgkg:shacl-sparql:python-regex")

# Parameters that are not constraints (sh:flags is read with sh:pattern).
_NOT_CONSTRAINTS = NOT_CONSTRAINTS | {SH.flags}
# Value tests judged on one value alone (Python, pyshacl's rules).
_VALUE_TESTS = frozenset(
    {
        SH.datatype,
        SH.nodeKind,
        SH.pattern,
        SH.minLength,
        SH.maxLength,
        SH["in"],
        SH.minInclusive,
        SH.minExclusive,
        SH.maxInclusive,
        SH.maxExclusive,
    }
)
_COMPONENT_NAMES: dict[Node, str] = {
    SH.datatype: "Datatype",
    SH.nodeKind: "NodeKind",
    SH.pattern: "Pattern",
    SH.minLength: "MinLength",
    SH.maxLength: "MaxLength",
    SH["in"]: "In",
    SH.minInclusive: "MinInclusive",
    SH.minExclusive: "MinExclusive",
    SH.maxInclusive: "MaxInclusive",
    SH.maxExclusive: "MaxExclusive",
    SH.minCount: "MinCount",
    SH.maxCount: "MaxCount",
    SH["class"]: "Class",
    SH["or"]: "Or",
    SH["and"]: "And",
    SH["not"]: "Not",
    SH.disjoint: "Disjoint",
    SH.lessThanOrEquals: "LessThanOrEquals",
    SH.uniqueLang: "UniqueLang",
    SH.sparql: "SPARQL",
}


class CannotCompile(Exception):
    """A shape uses something this engine does not evaluate exactly as pyshacl does."""


@dataclass(frozen=True)
class Fallback:
    """A top-level shape left to pyshacl, and why."""

    shape: Node
    reason: str


# ---------------------------------------------------------------------------------------
# Terms


# oxigraph's store keeps typed literals by value ("1.00"^^xsd:decimal comes back as "1",
# "1.0" and "1.00" become one term), rdflib keeps each lexical form. The engine's store
# holds every typed literal (other than a plain or language-tagged string) under an opaque
# datatype that remembers the real one, so terms stay exactly rdflib's.
_OPAQUE = "urn:orgkg:shacl-sparql:lexical:"


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """An engine store's term as rdflib writes it (a typed literal back from its opaque datatype)."""
    if isinstance(term, ox.Literal) and term.datatype.value.startswith(_OPAQUE):
        return Literal(term.value, datatype=URIRef(term.datatype.value.removeprefix(_OPAQUE)))
    return rdf_terms.to_rdflib(term)


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term for the engine's store (typed literals, an explicit ``xsd:string``
    included, under their opaque datatype)."""
    if isinstance(term, Literal) and term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(_OPAQUE + str(term.datatype)))
    return rdf_terms.from_rdflib(term)


def _opaque(
    term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple,
) -> ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple:
    if isinstance(term, ox.Literal) and not term.language and term.datatype.value != _XSD_STRING:
        return ox.Literal(term.value, datatype=ox.NamedNode(_OPAQUE + term.datatype.value))
    return term


def store_from_quads(quads: Iterable[ox.Quad]) -> ox.Store:
    """The engine's store for ``quads`` (pyoxigraph quads as parsed or as the map stage
    writes them, never read back from a Store, which has lost their lexical forms)."""
    store = ox.Store()
    store.bulk_extend(ox.Quad(q.subject, q.predicate, _opaque(q.object), q.graph_name) for q in quads)
    return store


def store_from_nquads(data: bytes) -> ox.Store:
    """The engine's store for N-Quads text (e.g. a build's ``graph.nq``)."""
    return store_from_quads(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def store_from_dataset(dataset: Dataset | Graph) -> ox.Store:
    """The engine's store for an rdflib Dataset or Graph (blank node ids kept)."""
    default = dataset.default_graph.identifier if isinstance(dataset, Dataset) else None
    quads = dataset.quads((None, None, None, None)) if isinstance(dataset, Dataset) else ((*t, None) for t in dataset)
    return store_from_rdflib_quads(
        (s, p, o, None if name is None or name == default else name)
        for s, p, o, context in quads
        for name in (getattr(context, "identifier", context),)
    )


def store_from_rdflib_quads(quads: Iterable[tuple[Node, Node, Node, Node | None]]) -> ox.Store:
    """The engine's store for rdflib quads (graph None: the default graph; blank node ids kept)."""
    converted: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}  # terms recur: convert each once

    def term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        found = converted.get(node)
        if found is None:
            found = converted[node] = to_oxigraph(node)
        return found

    def resource(node: Node) -> ox.NamedNode | ox.BlankNode:  # a subject or graph name
        found = term(node)
        if isinstance(found, ox.Literal):
            raise TypeError(f"a literal where RDF allows only an IRI or blank node: {node!r}")
        return found

    def predicate(node: Node) -> ox.NamedNode:
        found = term(node)
        if not isinstance(found, ox.NamedNode):
            raise TypeError(f"a predicate that is not an IRI: {node!r}")
        return found

    default = ox.DefaultGraph()
    store = ox.Store()
    store.bulk_extend(
        [ox.Quad(resource(s), predicate(p), term(o), default if g is None else resource(g)) for s, p, o, g in quads]
    )
    return store


def _sparql_term(node: Node) -> str:
    if isinstance(node, BNode):
        raise CannotCompile("a blank node where a query needs a constant")
    return str(to_oxigraph(node))


# ---------------------------------------------------------------------------------------
# Paths


def _sparql_path(shapes: Graph, path: Node | None) -> str:
    """A SHACL property path as a SPARQL property path."""
    if isinstance(path, URIRef):
        return f"<{path}>"
    if not isinstance(path, BNode):
        raise CannotCompile("a path that is neither an IRI nor a blank node")
    if (path, RDF.first, None) in shapes:
        return "(" + "/".join(_sparql_path(shapes, step) for step in Collection(shapes, path)) + ")"
    for predicate, operator in (
        (SH.inversePath, "^"),
        (SH.zeroOrMorePath, "*"),
        (SH.oneOrMorePath, "+"),
        (SH.zeroOrOnePath, "?"),
    ):
        inner = shapes.value(path, predicate)
        if inner is not None:
            compiled = _sparql_path(shapes, inner)
            return f"^{compiled}" if operator == "^" else f"({compiled}){operator}"
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_sparql_path(shapes, step) for step in Collection(shapes, alternatives)) + ")"
    raise CannotCompile("an unknown kind of path")


def _mentions_subclass_of(shapes: Graph, node: Node) -> bool:
    """Whether the axioms (rdfs:subClassOf triples) could be data for this shape."""
    seen: set[Node] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        for p, o in shapes.predicate_objects(current):
            if o == RDFS.subClassOf or (isinstance(o, Literal) and "subClassOf" in str(o)):
                return True
            if isinstance(o, BNode) or p in (SH.property, SH.node):
                stack.append(o)
    return False


# ---------------------------------------------------------------------------------------
# Value tests: pyshacl's rules, on rdflib terms


ValueTest = Callable[[Node], bool]


def _datatype_test(datatype: Node) -> ValueTest:
    from datetime import date
    from decimal import Decimal

    kinds: dict[Node, type | tuple[type, ...]] = {
        XSD.string: (str, bytes),
        RDF.langString: (str, bytes),
        XSD.integer: int,
        XSD.float: float,
        XSD.decimal: Decimal,
        XSD.boolean: bool,
        XSD.date: date,
        XSD.time: time,
        XSD.dateTime: datetime,
    }

    def actual(value: Literal) -> bool:  # pyshacl's _assert_actual_datatype
        kind = kinds.get(datatype)
        return True if kind is None else isinstance(value.value, kind)

    def test(v: Node) -> bool:  # pyshacl's DatatypeConstraintComponent.evaluate
        if not isinstance(v, Literal):
            return False
        if v.datatype == datatype:
            return False if getattr(v, "ill_typed", None) is True else actual(v)
        if datatype == RDFS.Literal:
            return True
        if datatype == RDFS.Datatype and v.datatype:
            return True
        if v.datatype is None and v.language is None and datatype == XSD.string:
            return actual(v)
        if datatype == RDF.langString and v.language:
            return actual(v)
        return False

    return test


def _node_kind_test(kind: Node) -> ValueTest:
    blank = {SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI}
    literal = {SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral}
    iri = {SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI}

    def test(v: Node) -> bool:
        if isinstance(v, BNode):
            return kind in blank
        if isinstance(v, Literal):
            return kind in literal
        return kind in iri

    return test


def _as_string(v: Node) -> str:
    """pyshacl's StringBasedConstraintBase.value_node_to_string."""
    if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


def _pattern_test(pattern: Literal, flags: Literal | None) -> ValueTest:
    re_flags = 0
    if flags is not None:
        text = str(flags.value)
        re_flags |= re.I if "i" in text else 0
        re_flags |= re.M if "m" in text else 0
    source = str(pattern.value) if pattern.value is not None and len(pattern.value) > 1 else str(pattern)
    matcher = re.compile(source, re_flags)
    return lambda v: not isinstance(v, BNode) and matcher.search(_as_string(v)) is not None


def _length_test(limit: Literal, at_least: bool) -> ValueTest:
    bound = int(limit.value)
    if at_least:
        return lambda v: bound == 0 or (not isinstance(v, BNode) and len(_as_string(v)) >= bound)
    return lambda v: not isinstance(v, BNode) and len(_as_string(v)) <= bound


def _compare_literal(l1: Literal, l2: Literal) -> int:
    """pyshacl's ``rdfutil.compare.compare_literal`` (0.40), copied: importing it imports all
    of pyshacl (0.15 s), which the compiled engine otherwise never needs. Datetimes and
    times compare by value, without rdflib's forced total order."""
    if l1.eq(l2):
        return 0
    if l1.value.__class__ in (datetime, time):
        if l1.value == l2.value:
            return 0
        if l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


def _range_test(bound: Literal, accept: Callable[[int], bool]) -> ValueTest:
    def test(v: Node) -> bool:
        if not isinstance(v, Literal):
            return False
        try:
            return accept(_compare_literal(v, bound))
        except (TypeError, NotImplementedError):
            return False

    return test


def _value_test(shapes: Graph, parameter: Node, argument: Node, shape: Node) -> ValueTest:
    if parameter == SH.datatype:
        return _datatype_test(argument)
    if parameter == SH.nodeKind:
        return _node_kind_test(argument)
    if parameter == SH.pattern:
        if not isinstance(argument, Literal):
            raise CannotCompile("sh:pattern is not a literal")
        flags = shapes.value(shape, SH.flags)
        if flags is not None and not isinstance(flags, Literal):
            raise CannotCompile("sh:flags is not a literal")
        return _pattern_test(argument, flags)
    if parameter in (SH.minLength, SH.maxLength):
        if not isinstance(argument, Literal):
            raise CannotCompile(f"{parameter} is not a literal")
        return _length_test(argument, parameter == SH.minLength)
    if parameter == SH["in"]:
        members = list(Collection(shapes, argument))
        return lambda v: v in members
    ranges: dict[Node, Callable[[int], bool]] = {
        SH.minInclusive: lambda c: c >= 0,
        SH.minExclusive: lambda c: c > 0,
        SH.maxInclusive: lambda c: c <= 0,
        SH.maxExclusive: lambda c: c < 0,
    }
    if parameter in ranges and isinstance(argument, Literal):
        return _range_test(argument, ranges[parameter])
    raise CannotCompile(f"value test {parameter}")


# A conservative SPARQL filter per value test: true only where pyshacl certainly accepts
# the value, so that only the rest travels to Python.
_PORTABLE_ESCAPES = frozenset("sSdD.[]()-\\/?*+{}|^$")


def _portable(pattern: str) -> bool:
    """Whether ``pattern`` means the same to Python's ``re`` and to oxigraph's REGEX on
    printable ASCII text: plain characters, classes, groups, quantifiers, anchors and the
    escapes above; no ``\\w`` (XPath's includes symbols), no ``(?``, no nested or
    subtracted classes, no Rust class set operators."""
    if any(seq in pattern for seq in ("(?", "&&", "--", "~~", "-[")) or not pattern.isascii():
        return False
    in_class, index = False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if index + 1 >= len(pattern) or pattern[index + 1] not in _PORTABLE_ESCAPES:
                return False
            index += 2
            continue
        if char == "[":
            if in_class:
                return False
            in_class = True
        elif char == "]":
            in_class = False
        index += 1
    return not in_class


def _safe_filter(shapes: Graph, parameter: Node, argument: Node, shape: Node) -> str | None:
    if parameter == SH.datatype and argument == XSD.string:
        return f"(isLiteral(?v) && DATATYPE(?v) = <{_XSD_STRING}>)"
    if parameter == SH.datatype and argument == RDF.langString:
        return '(isLiteral(?v) && LANG(?v) != "")'
    if parameter == SH.nodeKind and argument == SH.IRI:
        return "isIRI(?v)"
    if parameter == SH.minLength and isinstance(argument, Literal):
        return f"(!isBlank(?v) && STRLEN(STR(?v)) >= {int(argument.value)})"
    if parameter == SH.pattern and shapes.value(shape, SH.flags) is None:
        source = str(argument)
        if _portable(source):
            quoted = source.replace("\\", "\\\\").replace('"', '\\"')
            return f'(!isBlank(?v) && REGEX(STR(?v), "^[ -~]*$") && REGEX(STR(?v), "{quoted}"))'
    return None


# ---------------------------------------------------------------------------------------
# Compiled checks


class _Context(Protocol):
    def select(self, query: str, this: ox.NamedNode | ox.BlankNode | None = None) -> Iterator[ox.QuerySolution]: ...
    def classes(self, cls: Node) -> str: ...
    def rdflib(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node: ...


@dataclass(frozen=True)
class _Target:
    """A SPARQL group binding ``?this`` to each focus node once, built per run (class
    targets need the subclass closure, which depends on the data)."""

    classes: tuple[Node, ...] = ()
    nodes: tuple[Node, ...] = ()
    subjects_of: tuple[Node, ...] = ()
    objects_of: tuple[Node, ...] = ()
    selects: tuple[str, ...] = ()

    def pattern(self, context: _Context) -> str:
        parts = [f"{{ ?this a ?t . VALUES ?t {{ {context.classes(c)} }} }}" for c in self.classes]
        parts += [f"{{ VALUES ?this {{ {_sparql_term(n)} }} }}" for n in self.nodes]
        parts += [f"{{ ?this <{p}> [] }}" for p in self.subjects_of]
        parts += [f"{{ [] <{p}> ?this }}" for p in self.objects_of]
        parts += [f"{{ {select} }}" for select in self.selects]
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " } }"


@dataclass(frozen=True)
class _Check:
    """One constraint component of one shape, over one target."""

    shape: Node
    component: URIRef
    severity: Severity
    message: str
    target: _Target
    path: Node | None  # the shape's sh:path (None for node shapes: the value is the focus)
    sparql_path: str | None

    def hit(self, focus: Node, value: Node | None, path: Node | None = None) -> Hit:
        name = str(self.component).rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
        return Hit(
            severity=self.severity,
            code=f"shacl.{name}",
            message=self.message,
            focus=focus,
            path=self.path if path is None else path,
            value=value,
            shape=self.shape,
            component=self.component,
        )

    def values(self, context: _Context, condition: str = "", extra: str = "") -> str:
        """SELECT ?this ?v (and ``extra``) for the focus nodes' value nodes meeting ``condition``."""
        if self.sparql_path is None:
            body = f"{self.target.pattern(context)} BIND(?this AS ?v)"
        else:
            body = f"{self.target.pattern(context)} ?this {self.sparql_path} ?v ."
        return f"SELECT DISTINCT ?this ?v {extra} WHERE {{ {body} {condition} }}"

    def run(self, context: _Context) -> Iterator[Hit]:
        raise NotImplementedError


@dataclass(frozen=True)
class _ValueCheck(_Check):
    """A value test: candidates from SPARQL, verdicts from pyshacl's rules in Python."""

    test: ValueTest = field(default=lambda v: True)
    safe: str | None = None

    def run(self, context: _Context) -> Iterator[Hit]:
        condition = f"FILTER(!COALESCE({self.safe}, false))" if self.safe else ""
        verdicts: dict[object, bool] = {}
        for row in context.select(self.values(context, condition)):
            term = row["v"]
            verdict = verdicts.get(term)
            if verdict is None:
                verdict = verdicts[term] = self.test(context.rdflib(term))
            if not verdict:
                yield self.hit(context.rdflib(row["this"]), context.rdflib(term))


@dataclass(frozen=True)
class _ClassCheck(_Check):
    """sh:class, or sh:or of sh:class shapes (one of the classes), or sh:not of sh:class."""

    classes: tuple[Node, ...] = ()
    negated: bool = False

    def run(self, context: _Context) -> Iterator[Hit]:
        closure = ", ".join(" ".join(context.classes(c) for c in self.classes).split())
        exists = "EXISTS" if self.negated else "NOT EXISTS"
        # IN, not VALUES: oxigraph then looks up ?v's types, where a VALUES joined all
        # instances of every class in the closure for each value (quadratic).
        condition = f"FILTER {exists} {{ ?v a ?c . FILTER(?c IN ({closure})) }}"
        for row in context.select(self.values(context, condition)):
            yield self.hit(context.rdflib(row["this"]), context.rdflib(row["v"]))


@dataclass(frozen=True)
class _CountCheck(_Check):
    minimum: int | None = None
    maximum: int | None = None

    def run(self, context: _Context) -> Iterator[Hit]:
        if self.minimum is not None:
            having = f"COUNT(DISTINCT ?v) < {self.minimum}"
            values = f"OPTIONAL {{ ?this {self.sparql_path} ?v }}"
        else:
            having = f"COUNT(DISTINCT ?v) > {self.maximum}"
            values = f"?this {self.sparql_path} ?v ."
        query = f"SELECT ?this WHERE {{ {self.target.pattern(context)} {values} }} GROUP BY ?this HAVING ({having})"
        for row in context.select(query):
            yield self.hit(context.rdflib(row["this"]), None)


@dataclass(frozen=True)
class _OrExistsCheck(_Check):
    """sh:or of property shapes that each only require a value (``sh:minCount 1``)."""

    alternatives: tuple[str, ...] = ()

    def run(self, context: _Context) -> Iterator[Hit]:
        exists = " || ".join(f"EXISTS {{ ?this {path} [] }}" for path in self.alternatives)
        for row in context.select(self.values(context, f"FILTER(!({exists}))")):
            yield self.hit(context.rdflib(row["this"]), context.rdflib(row["v"]))


@dataclass(frozen=True)
class _DisjointCheck(_Check):
    other: URIRef = field(default_factory=lambda: URIRef(""))

    def run(self, context: _Context) -> Iterator[Hit]:
        for row in context.select(self.values(context, f"?this <{self.other}> ?v .")):
            yield self.hit(context.rdflib(row["this"]), context.rdflib(row["v"]))


@dataclass(frozen=True)
class _LessThanOrEqualsCheck(_Check):
    """One result per (value, other value) pair that fails pyshacl's comparison."""

    other: URIRef = field(default_factory=lambda: URIRef(""))

    def run(self, context: _Context) -> Iterator[Hit]:
        integer = f"{_OPAQUE}{XSD.integer}"
        safe = (
            f"DATATYPE(?v) = <{integer}> && DATATYPE(?w) = <{integer}> && "
            'REGEX(STR(?v), "^[0-9]{1,15}$") && REGEX(STR(?w), "^[0-9]{1,15}$") && '
            f"<{XSD.integer}>(STR(?v)) <= <{XSD.integer}>(STR(?w))"
        )
        condition = f"?this <{self.other}> ?w . FILTER(!COALESCE({safe}, false))"
        for row in context.select(self.values(context, condition, extra="?w")):
            value, other = context.rdflib(row["v"]), context.rdflib(row["w"])
            if not _less_or_equal(value, other):
                yield self.hit(context.rdflib(row["this"]), value)


def _less_or_equal(value: Node, other: Node) -> bool:
    """pyshacl's LessThanOrEqualsConstraintComponent._compare_ltoe for one pair."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        raise CannotCompile("sh:lessThanOrEquals on a blank node")  # pyshacl raises too

    def plain(node: Node) -> tuple[object, bool]:
        if isinstance(node, URIRef):
            return str(node), True
        if isinstance(node, Literal) and isinstance(node.value, str):
            return node.value, True
        return node, False

    (a, a_text), (b, b_text) = plain(value), plain(other)
    if a_text != b_text:
        return False
    return bool(a <= b)  # type: ignore[operator]


@dataclass(frozen=True)
class _UniqueLangCheck(_Check):
    def run(self, context: _Context) -> Iterator[Hit]:
        query = (
            f"SELECT ?this ?l WHERE {{ {self.target.pattern(context)} "
            f'?this {self.sparql_path} ?v . FILTER(LANG(?v) != "") }} '
            "GROUP BY ?this (LCASE(LANG(?v)) AS ?l) HAVING (COUNT(DISTINCT ?v) > 1)"
        )
        for row in context.select(query):
            yield self.hit(context.rdflib(row["this"]), None)


@dataclass(frozen=True)
class _SparqlCheck(_Check):
    """A SPARQL-based constraint: run once per focus node with ``$this`` substituted, as
    pyshacl runs it, or, for more than ``_JOIN_FROM`` focus nodes and where that gives the
    same solutions (``_joinable``), once for all focus nodes, joined with the target:
    oxigraph then evaluates each join once instead of once per focus node (a lookup of
    another node's name was quadratic per focus node). Deciding joinability parses the
    query with rdflib's SPARQL parser (0.2 s to import), which a small run never needs."""

    select: str = ""
    constraint: Node | None = None
    original: str = ""  # the sh:select as written (``_joinable`` reads it)

    def run(self, context: _Context) -> Iterator[Hit]:
        focus_query = f"SELECT ?this WHERE {{ {self.target.pattern(context)} }}"
        foci = [row["this"] for row in context.select(focus_query)]
        rows: Iterable[tuple[ox.NamedNode | ox.BlankNode, ox.QuerySolution]]
        if len(foci) > _JOIN_FROM and _joinable(self.original):
            query = f"SELECT * WHERE {{ {self.target.pattern(context)} {{ {self.select} }} }}"
            rows = ((row["this"], row) for row in context.select(query))
        else:
            rows = ((this, row) for this in foci for row in context.select(self.select, this=this))
        seen: set[tuple[object, object, object, object]] = set()
        for this, row in rows:
            t, p, v = (row[name] if name in _variables(row) else None for name in ("this", "path", "value"))
            if (this, t, p, v) in seen:
                continue
            seen.add((this, t, p, v))
            focus = context.rdflib(this)
            if self.path is None and v is None:
                v_node: Node | None = focus
            else:
                v_node = context.rdflib(v) if v is not None else None
            path = context.rdflib(p) if p is not None else None
            yield self.hit(context.rdflib(t) if t is not None else focus, v_node, path)


# Up to this many focus nodes a SPARQL constraint runs once per focus node (``_SparqlCheck``).
_JOIN_FROM = 8
# The SPARQL algebra a constraint may use to run joined with its target (``_joinable``).
_JOINABLE_ALGEBRA = frozenset({"SelectQuery", "Project", "Distinct", "Union", "Join", "BGP", "Filter", "Extend"})
_THIS = Variable("this")


@cache  # a pure function of the query text: each worker parses each query once
def _joinable(select: str) -> bool:
    """Whether the constraint query ``select`` gives, joined with all focus nodes at once,
    the solutions it gives run once per focus node with ``$this`` pre-bound (SEP-0007).

    Sufficient and checked on rdflib's algebra of the query: only basic graph patterns,
    joins, unions, filters and BINDs (no OPTIONAL, MINUS, EXISTS, subquery, VALUES,
    aggregate, GRAPH or slice, where a pre-bound ``$this`` can mean something else than a
    joined one); the query projects ``$this``; no BIND assigns it; and every FILTER or BIND
    that reads ``$this`` sees it bound by a triple pattern of its own group."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        algebra = prepareQuery(select).algebra
    except Exception:
        return False
    return _THIS in (algebra.get("PV") or ()) and _pattern_joinable(algebra.p)


def _pattern_joinable(node: Any) -> bool:
    name = getattr(node, "name", None)
    if name not in _JOINABLE_ALGEBRA:
        return False
    if name == "BGP":
        return all(not _has_pattern(term) for triple in node.triples for term in triple)
    inner = [node[key] for key in ("p", "p1", "p2") if key in node]
    if name in ("Filter", "Extend"):
        expression = node["expr"]
        if _has_pattern(expression) or (name == "Extend" and node["var"] == _THIS):
            return False
        if _THIS in _expression_variables(expression) and _THIS not in _bound(node["p"]):
            return False
    return all(_pattern_joinable(child) for child in inner)


def _bound(node: Any) -> set[Variable]:
    """The variables every solution of the pattern ``node`` binds."""
    name = getattr(node, "name", None)
    if name == "BGP":
        return {term for triple in node.triples for term in triple if isinstance(term, Variable)}
    if name == "Join":
        return _bound(node.p1) | _bound(node.p2)
    if name == "Union":
        return _bound(node.p1) & _bound(node.p2)
    if name == "Extend":
        return _bound(node.p) | {node["var"]}
    if name in ("Filter", "Project", "Distinct"):
        return _bound(node.p)
    return set()


def _expression_variables(expression: Any) -> set[Variable]:
    if isinstance(expression, Variable):
        return {expression}
    if isinstance(expression, dict):
        return set().union(*(_expression_variables(v) for k, v in expression.items() if k != "_vars"))
    if isinstance(expression, list | tuple):
        return set().union(*(_expression_variables(v) for v in expression))
    return set()


def _has_pattern(expression: Any) -> bool:
    """Whether an expression holds a graph pattern (EXISTS, NOT EXISTS)."""
    name = getattr(expression, "name", "")
    if name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
        return True
    if isinstance(expression, dict):
        return any(_has_pattern(v) for k, v in expression.items() if k != "_vars")
    if isinstance(expression, list | tuple):
        return any(_has_pattern(v) for v in expression)
    return False


def _variables(row: ox.QuerySolution) -> set[str]:
    names = set()
    for name in ("this", "path", "value"):
        try:
            if row[name] is not None:
                names.add(name)
        except (KeyError, IndexError):
            pass
    return names


# ---------------------------------------------------------------------------------------
# Compiling


@dataclass(frozen=True)
class CompiledShapes:
    """The engine's view of a shapes graph: the checks it runs and the shapes it leaves to pyshacl."""

    shapes: Graph  # as pyshacl runs them (targets hoisted, orgkg.shacl.hoist_targets)
    checks: tuple[_Check, ...]
    fallbacks: tuple[Fallback, ...]
    compiled: tuple[Node, ...]  # the top-level shapes the checks cover


def _target(shapes: Graph, shape: Node) -> _Target | None:
    classes = list(shapes.objects(shape, SH.targetClass))
    if (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL.Class) in shapes:
        classes.append(shape)
    selects = []
    for node in shapes.objects(shape, SH.target):
        if (node, RDF.type, SH.SPARQLTarget) not in shapes or shapes.value(node, SH.prefixes) is not None:
            raise CannotCompile("a target that is not a plain sh:SPARQLTarget")
        selects.append(_portable_query(str(shapes.value(node, SH.select))))
    target = _Target(
        classes=tuple(sorted_terms(classes)),
        nodes=tuple(sorted_terms(shapes.objects(shape, SH.targetNode))),
        subjects_of=tuple(sorted_terms(shapes.objects(shape, SH.targetSubjectsOf))),
        objects_of=tuple(sorted_terms(shapes.objects(shape, SH.targetObjectsOf))),
        selects=tuple(selects),
    )
    return target if any((target.classes, target.nodes, target.subjects_of, target.objects_of, selects)) else None


# What a query may not do to the engine's opaque typed literals: order, arithmetic, casts,
# DATATYPE, numeric and date functions, aggregates. STR(a) < STR(b) compares text and is fine.
_IRI_OR_STRING = re.compile(r'<[^<>\s"{}|^`\\]*>|"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_STRING_COMPARISON = re.compile(r"STR\(\s*[?$]\w+\s*\)\s*[<>]=?\s*STR\(\s*[?$]\w+\s*\)", re.IGNORECASE)
_TYPED_OPERATIONS = re.compile(
    r"[<>+*]|xsd:\w+|(?<![?$\w])(DATATYPE|ABS|ROUND|CEIL|FLOOR|YEAR|MONTH|DAY|HOURS|MINUTES|SECONDS|TIMEZONE|TZ"
    r"|NOW|SUM|AVG|MIN|MAX|STRDT)\s*\(",
    re.IGNORECASE,
)
_REGEX_CALL = re.compile(r"\bREGEX\s*\(", re.IGNORECASE)


def _portable_query(query: str) -> str:
    """A shape's SELECT as oxigraph runs it with rdflib's semantics where they differ:
    REGEX through Python's ``re``."""
    if re.search(r"\$(currentShape|shapesGraph)\b|\bPREFIX\b|\bBASE\b|\bSERVICE\b", query, re.IGNORECASE):
        raise CannotCompile("a query with a prologue, SERVICE, $currentShape or $shapesGraph")
    if _TYPED_OPERATIONS.search(_STRING_COMPARISON.sub("", _IRI_OR_STRING.sub("", query))):
        raise CannotCompile("a query that compares or computes with typed values (opaque in this engine)")
    return _REGEX_CALL.sub(f"{_REGEX_FUNCTION}(", query)


def _python_regex(text: ox.Literal, pattern: ox.Literal, flags: ox.Literal | None = None) -> ox.Literal | None:
    """rdflib's REGEX: ``re.search`` on string literals, with the flags rdflib maps."""
    if not all(_is_string(term) for term in (text, pattern, *([flags] if flags is not None else []))):
        return None  # rdflib raises a SPARQL error: the FILTER is false
    re_flags = 0
    for flag in flags.value if flags is not None else "":
        re_flags |= {"i": re.I, "m": re.M, "s": re.S}.get(flag, 0)
    return ox.Literal(
        "true" if _compiled(pattern.value, re_flags).search(text.value) else "false",
        datatype=ox.NamedNode(str(XSD.boolean)),
    )


def _is_string(term: object) -> bool:
    return isinstance(term, ox.Literal) and (bool(term.language) or term.datatype.value == _XSD_STRING)


@cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _inner_shapes(shapes: Graph, head: Node) -> list[Node]:
    return list(Collection(shapes, head))


def _constraints(shapes: Graph, shape: Node) -> list[tuple[Node, Node]]:
    return sorted(
        (p, o) for p, o in shapes.predicate_objects(shape) if str(p).startswith(str(SH)) and p not in _NOT_CONSTRAINTS
    )


def _local_test(shapes: Graph, shape: Node) -> ValueTest:
    """A shape (in sh:or/sh:and/sh:not) made only of value tests, as one test."""
    constraints = _constraints(shapes, shape)
    if not constraints or (shape, SH.path, None) in shapes or any(p not in _VALUE_TESTS for p, _ in constraints):
        raise CannotCompile("a nested shape that is not made of value tests only")
    tests = [_value_test(shapes, p, o, shape) for p, o in constraints]
    return lambda v: all(test(v) for test in tests)


def _class_only(shapes: Graph, shape: Node) -> Node | None:
    constraints = _constraints(shapes, shape)
    if len(constraints) == 1 and constraints[0][0] == SH["class"] and (shape, SH.path, None) not in shapes:
        return constraints[0][1]
    return None


def _compile_constraint(shapes: Graph, base: _Check, parameter: Node, argument: Node, shape: Node) -> _Check:
    """The check of one constraint (``parameter`` ``argument``) of ``shape``."""
    if parameter not in _COMPONENT_NAMES:  # sh:closed, sh:node, sh:hasValue ...: left to pyshacl
        raise CannotCompile(f"constraint {parameter}")
    fields = {name: getattr(base, name) for name in ("shape", "severity", "message", "target", "path", "sparql_path")}
    component: URIRef = SH[_COMPONENT_NAMES[parameter] + "ConstraintComponent"]
    if parameter in _VALUE_TESTS:
        return _ValueCheck(
            component=component,
            test=_value_test(shapes, parameter, argument, shape),
            safe=_safe_filter(shapes, parameter, argument, shape),
            **fields,
        )
    if parameter == SH["class"]:
        return _ClassCheck(component=component, classes=(argument,), **fields)
    if parameter in (SH.minCount, SH.maxCount) and isinstance(argument, Literal):
        return _compile_count(base, component, parameter, argument, fields)
    if parameter in (SH["or"], SH["and"], SH["not"]):
        return _compile_logical(shapes, base, component, parameter, argument, fields)
    if base.path is not None and (pair := _compile_pair(component, parameter, argument, fields)) is not None:
        return pair
    if parameter == SH.sparql:
        return _compile_sparql(shapes, base, component, argument, fields)
    raise CannotCompile(f"constraint {parameter}")


def _compile_count(
    base: _Check, component: URIRef, parameter: Node, argument: Literal, fields: dict[str, Any]
) -> _Check:
    """sh:minCount or sh:maxCount on a property shape."""
    bound = int(argument.value)
    if base.path is None:
        raise CannotCompile("a count on a node shape")
    if parameter == SH.minCount and bound == 0:
        raise CannotCompile("sh:minCount 0")  # never fails; left to pyshacl for simplicity
    if parameter == SH.minCount:
        return _CountCheck(component=component, minimum=bound, **fields)
    return _CountCheck(component=component, maximum=bound, **fields)


def _compile_logical(
    shapes: Graph, base: _Check, component: URIRef, parameter: Node, argument: Node, fields: dict[str, Any]
) -> _Check:
    """sh:or, sh:and, sh:not: of class-only shapes (a class check), of shapes that only
    require a value (sh:or on a node shape), or of value tests (one test in Python)."""
    if parameter == SH["not"]:
        negated = _class_only(shapes, argument)
        if negated is not None:
            return _ClassCheck(component=component, classes=(negated,), negated=True, **fields)
        test = _local_test(shapes, argument)
        return _ValueCheck(component=component, test=lambda v: not test(v), **fields)
    members = _inner_shapes(shapes, argument)
    if parameter == SH["and"]:
        tests = [_local_test(shapes, m) for m in members]
        return _ValueCheck(component=component, test=lambda v: all(t(v) for t in tests), **fields)
    classes = [_class_only(shapes, m) for m in members]
    if all(c is not None for c in classes):
        return _ClassCheck(component=component, classes=tuple(c for c in classes if c is not None), **fields)
    if base.path is None and all(_minimum_one(shapes, m) for m in members):
        paths = tuple(_sparql_path(shapes, shapes.value(m, SH.path)) for m in members)
        return _OrExistsCheck(component=component, alternatives=paths, **fields)
    tests = [_local_test(shapes, m) for m in members]
    return _ValueCheck(component=component, test=lambda v: any(t(v) for t in tests), **fields)


def _compile_pair(component: URIRef, parameter: Node, argument: Node, fields: dict[str, Any]) -> _Check | None:
    """sh:disjoint, sh:lessThanOrEquals, sh:uniqueLang on a property shape; None for
    another parameter."""
    if parameter == SH.disjoint and isinstance(argument, URIRef):
        return _DisjointCheck(component=component, other=argument, **fields)
    if parameter == SH.lessThanOrEquals and isinstance(argument, URIRef):
        return _LessThanOrEqualsCheck(component=component, other=argument, **fields)
    if parameter == SH.uniqueLang and argument == Literal(True):
        return _UniqueLangCheck(component=component, **fields)
    return None


def _compile_sparql(shapes: Graph, base: _Check, component: URIRef, argument: Node, fields: dict[str, Any]) -> _Check:
    """A SPARQL-based constraint (sh:sparql), with its own sh:message if it has one."""
    if (argument, SH.deactivated, Literal(True)) in shapes:
        raise CannotCompile("a deactivated SPARQL constraint")
    if shapes.value(argument, SH.prefixes) is not None or shapes.value(argument, SH.select) is None:
        raise CannotCompile("a SPARQL constraint with sh:prefixes or without sh:select")
    fields = {**fields, "message": shape_message(shapes, argument) or base.message}
    select = str(shapes.value(argument, SH.select))
    return _SparqlCheck(
        component=component,
        select=_portable_query(select),
        constraint=argument,
        original=select,
        **fields,
    )


def _minimum_one(shapes: Graph, member: Node) -> bool:
    constraints = _constraints(shapes, member)
    return (member, SH.path, None) in shapes and constraints == [(SH.minCount, Literal(1))]


def _compile_shape(shapes: Graph, shape: Node, target: _Target) -> list[_Check]:
    if (shape, SH.deactivated, Literal(True)) in shapes:
        return []
    message = shape_message(shapes, shape)
    constraints = _constraints(shapes, shape)
    for parameter, argument in constraints:
        if message is None and (parameter != SH.sparql or shape_message(shapes, argument) is None):
            raise CannotCompile("no sh:message (pyshacl's generic messages are not reproduced)")
    path = shapes.value(shape, SH.path)
    given = shapes.value(shape, SH.severity)
    base = _Check(
        shape=shape,
        component=SH.ConstraintComponent,
        severity=SEVERITY_BY_IRI.get(given, Severity.VIOLATION) if given is not None else Severity.VIOLATION,
        message=message or "",
        target=target,
        path=path,
        sparql_path=_sparql_path(shapes, path) if path is not None else None,
    )
    checks = [_compile_constraint(shapes, base, p, o, shape) for p, o in constraints if p != SH.property]
    if len({p for p, _ in constraints if p == SH.pattern}) and len(list(shapes.objects(shape, SH.pattern))) > 1:
        raise CannotCompile("several sh:pattern on one shape")
    for child in sorted_terms(shapes.objects(shape, SH.property)):
        checks += _compile_shape(shapes, child, target)
    return checks


def _top_level_shapes(shapes: Graph) -> list[Node]:
    candidates = (
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(RDF.type, SH.PropertyShape))
        | {
            s
            for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
            for s in shapes.subjects(p, None)
        }
    )
    return sorted(candidates, key=lambda n: (isinstance(n, BNode), str(n)))


@cache
def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Compile ``shapes`` (as loaded by ``orgkg.validation.load_shapes``; not modified)."""
    engine = hoist_targets(shapes)
    checks: list[_Check] = []
    fallbacks: list[Fallback] = []
    compiled: list[Node] = []
    for shape in _top_level_shapes(engine):
        if (shape, SH.deactivated, Literal(True)) in engine:
            continue
        try:
            target = _target(engine, shape)
            if target is None:
                continue  # evaluated only where another shape refers to it
            if _mentions_subclass_of(engine, shape):
                raise CannotCompile("mentions rdfs:subClassOf, which the axioms add to the data")
            checks += _compile_shape(engine, shape, target)
            compiled.append(shape)
        except CannotCompile as reason:
            fallbacks.append(Fallback(shape, str(reason)))
    return CompiledShapes(engine, tuple(checks), tuple(fallbacks), tuple(compiled))


# ---------------------------------------------------------------------------------------
# Running


@cache
def _axiom_pairs() -> tuple[tuple[str, str], ...]:
    graph = axioms()  # parsed once per process, shared with orgkg.validation
    return tuple(sorted((str(s), str(o)) for s, o in graph.subject_objects(RDFS.subClassOf)))


class _Run:
    """One validation of one store: the queries, the subclass closure, term conversions."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.terms: dict[object, Node] = {}
        supers: dict[str, set[str]] = {}
        pairs = list(_axiom_pairs())
        query = f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{RDFS.subClassOf}> ?o }}"
        pairs += [(str(to_rdflib(r["s"])), str(to_rdflib(r["o"]))) for r in self.select(query)]
        for sub, sup in pairs:
            supers.setdefault(sub, set()).add(sup)
        self.subclasses: dict[str, set[str]] = {}
        for sub in supers:  # every class under each class, by walking up from each class
            seen, stack = {sub}, [sub]
            while stack:
                for sup in supers.get(stack.pop(), ()):
                    if sup not in seen:
                        seen.add(sup)
                        stack.append(sup)
            for sup in seen:
                self.subclasses.setdefault(sup, set()).add(sub)

    def select(self, query: str, this: ox.NamedNode | ox.BlankNode | None = None) -> Iterator[ox.QuerySolution]:
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] | None = (
            {ox.Variable("this"): this} if this is not None else None
        )
        result = self.store.query(
            query,
            use_default_graph_as_union=True,
            substitutions=substitutions,
            custom_functions={_REGEX_FUNCTION: _python_regex},
        )
        assert isinstance(result, ox.QuerySolutions)
        return iter(result)

    def classes(self, cls: Node) -> str:
        members = self.subclasses.get(str(cls), set()) | {str(cls)}
        return " ".join(f"<{c}>" for c in sorted(members))

    def rdflib(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
        node = self.terms.get(term)
        if node is None:
            node = self.terms[term] = to_rdflib(term)
        return node


def shacl_hits(store: ox.Store, shapes: Graph, *, compiled: CompiledShapes | None = None) -> list[Hit]:
    """The SHACL results of validating the union of ``store``'s graphs against ``shapes``,
    as ``orgkg.validation`` reads them from pyshacl (unlocated, unrendered ``Hit`` s: the
    same focus, path, value, shape, component, severity and message template).

    Shapes that do not compile are validated by pyshacl on a union graph read from the
    store (slow; orgkg's own shapes never need it). The store is only read.
    """
    compiled = compiled or compile_shapes(shapes)
    run = _Run(store)
    hits = [hit for check in compiled.checks for hit in check.run(run)]
    if compiled.fallbacks:
        hits += _fallback_hits(store, shapes, compiled)
    return hits


def _fallback_hits(store: ox.Store, shapes: Graph, compiled: CompiledShapes) -> list[Hit]:
    engine = Graph()
    engine += compiled.shapes
    for shape in compiled.compiled:
        engine.add((shape, SH.deactivated, Literal(True)))
    union = Graph()
    for quad in store:
        union.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return pyshacl_hits(union, engine, hoist=False)


def pyshacl_hits(graph: Graph, shapes: Graph, *, hoist: bool = True) -> list[Hit]:
    """The engine of record, run as ``orgkg.validation.validate_dataset`` runs it: pyshacl
    on a copy of ``graph`` plus the subclass axioms, no inference, targets hoisted."""
    data = Graph()
    data += graph
    data += axioms()
    return shacl.pyshacl_hits(data, hoist_targets(shapes) if hoist else shapes, shapes)


__all__ = [
    "CompiledShapes",
    "Fallback",
    "compile_shapes",
    "pyshacl_hits",
    "shacl_hits",
    "store_from_dataset",
    "store_from_nquads",
    "store_from_quads",
    "store_from_rdflib_quads",
    "to_oxigraph",
    "to_rdflib",
]
