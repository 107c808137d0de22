"""SHACL shapes as both engines run them, and pyshacl, the engine of record.

``orgkg.validation`` runs the shapes through ``orgkg.shacl_sparql`` (compiled to SPARQL) or
pyshacl; both read the shapes with their targets hoisted, the subclass axioms of
``ontology/vocab-axioms.ttl`` beside the data, and report hits with the shapes' messages.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Literal
from rdflib.term import Node

from orgkg.errors import InputError
from orgkg.model import Severity
from orgkg.namespaces import OWL, RDF, RDFS, SH
from orgkg.resources import data_file
from orgkg.vocabcheck import Hit

SEVERITY_BY_IRI: dict[Node, Severity] = {
    SH.Violation: Severity.VIOLATION,
    SH.Warning: Severity.WARNING,
    SH.Info: Severity.INFO,
}
SEVERITY_IRIS = {v: k for k, v in SEVERITY_BY_IRI.items()}


@cache
def engine_shapes(shapes: Graph) -> Graph:
    """``hoist_targets(shapes)``, made once per shapes graph (do not modify it)."""
    return hoist_targets(shapes)


TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def hoist_targets(shapes: Graph) -> Graph:
    """The shapes as pyshacl runs them: each property shape of a targeted node shape
    carries that node shape's targets itself.

    pyshacl evaluates a node shape's ``sh:property`` shapes once per focus node (~20k
    shape evaluations for 32 profiles); a property shape with its own targets is
    evaluated once for all its focus nodes. The results are the same (focus node, path,
    value, source shape and severity all come from the property shape), so only node
    shapes that no other shape refers to (``sh:node``, ``sh:not``, ``sh:or`` ...) are
    rewritten. tests/test_shapes.py checks that every hoisted shape's firing case reports the
    same findings either way.
    """
    from rdflib.collection import Collection

    referenced = {o for p in (SH.node, SH["not"], SH.qualifiedValueShape) for o in shapes.objects(None, p)}
    for p in (SH["or"], SH["and"], SH.xone):
        for head in shapes.objects(None, p):
            referenced.update(Collection(shapes, head))
    # Shapes have no named graphs: the store without context bookkeeping adds and matches 2x faster.
    engine = Graph(store="SimpleMemory")
    engine += shapes
    for node_shape in set(shapes.subjects(SH.property, None)):
        if node_shape in referenced or (node_shape, SH.deactivated, Literal(True)) in shapes:
            continue
        targets = [(p, o) for p in TARGETS for o in shapes.objects(node_shape, p)]
        if (node_shape, RDF.type, RDFS.Class) in shapes or (node_shape, RDF.type, OWL.Class) in shapes:
            targets.append((SH.targetClass, node_shape))  # an implicit class target
        if not targets:
            continue
        for property_shape in list(shapes.objects(node_shape, SH.property)):
            engine.remove((node_shape, SH.property, property_shape))
            for p, o in targets:
                engine.add((property_shape, p, o))
    return engine


@cache
def axioms() -> Graph:
    """The shipped subclass axioms (ontology/vocab-axioms.ttl), parsed once per process and
    shared: do not modify."""
    from orgkg.rdf_files import read_shipped_turtle

    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in read_shipped_turtle(data_file("ontology", "vocab-axioms.ttl")))
    return graph


# Shape parameters that are no constraints: what a shape with none of its own may carry.
NOT_CONSTRAINTS = frozenset(
    {
        *TARGETS,
        SH.property,
        SH.severity,
        SH.message,
        SH.name,
        SH.description,
        SH.deactivated,
        SH.path,
        SH.order,
        SH.group,
        SH.defaultValue,
    }
)


def pyshacl_hits(data: Graph, engine: Graph, shapes: Graph, *, source: str | None = None) -> list[Hit]:
    """pyshacl, the engine of record: the shapes ``engine`` (as run: ``engine_shapes``) over
    ``data``, validated in place (a graph of the caller's own, the subclass axioms added: a
    clone would cost as much as the shapes), hits worded from ``shapes``. InputError (naming
    ``source``) when pyshacl finds the shapes unusable."""
    import pyshacl

    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=engine,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        meta_shacl=False,
        advanced=True,  # SHACL-AF SPARQL targets (shapes/address.ttl); no rules are shipped
        js=False,
        do_owl_imports=False,
        inplace=True,
        debug=False,
    )
    if not isinstance(results, Graph):  # pyshacl's ValidationFailure: the shapes are unusable
        raise InputError(f"the shapes cannot be used: {results}", source)
    return hits_from_results(results, shapes)


def hits_from_results(results: Graph, shapes: Graph) -> list[Hit]:
    """pyshacl's validation report as hits, each with its shape's message template."""
    hits: list[Hit] = []
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for result in results.objects(report, SH.result):
            component = results.value(result, SH.sourceConstraintComponent)
            shape = results.value(result, SH.sourceShape)
            constraint = results.value(result, SH.sourceConstraint)
            given = results.value(result, SH.resultSeverity)
            severity = SEVERITY_BY_IRI.get(given, Severity.VIOLATION) if given is not None else Severity.VIOLATION
            name = str(component).rsplit("#", 1)[-1] if component is not None else "Constraint"
            name = name.removesuffix("ConstraintComponent") or name
            template = shape_message(shapes, constraint) or shape_message(shapes, shape)
            if template is None:
                generic = results.value(result, SH.resultMessage)
                template = str(generic) if generic is not None else f"{name} constraint not met"
            hits.append(
                Hit(
                    severity=severity,
                    code=f"shacl.{name}",
                    message=template,
                    focus=results.value(result, SH.focusNode),
                    path=results.value(result, SH.resultPath),
                    value=results.value(result, SH.value),
                    shape=shape,
                    component=component,
                )
            )
    return hits


def shape_message(shapes: Graph, node: Node | None) -> str | None:
    """A shape's or constraint's sh:message template, English or untagged first."""
    if node is None:
        return None
    messages = list(shapes.objects(node, SH.message))
    if not messages:
        return None
    preferred = sorted(messages, key=lambda m: (getattr(m, "language", None) not in (None, "en"), str(m)))
    return str(preferred[0])
