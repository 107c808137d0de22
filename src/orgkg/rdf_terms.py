"""One RDF term, as pyoxigraph and as rdflib hold it: the conversion both ways.

rdflib writes a plain string literal without a datatype, pyoxigraph gives it
``xsd:string`` (RDF 1.1 makes them one term); everything else maps one to one.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier, Node

from orgkg.namespaces import XSD

XSD_STRING = str(XSD.string)

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_rdflib(term: OxTerm) -> Node:
    """A pyoxigraph term as the equivalent rdflib term (a plain string has no datatype)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    raise TypeError(f"not an RDF term: {term!r}")


def sorted_terms(nodes: Iterable[Node]) -> list[Identifier]:
    """``nodes`` in rdflib's term order. rdflib types a graph's terms as ``Node``, which has
    no order; every term of a parsed graph is an ``Identifier`` (anything else is a TypeError,
    as sorting it always was)."""
    terms: list[Identifier] = []
    for node in nodes:
        if not isinstance(node, Identifier):
            raise TypeError(f"not an RDF term: {node!r}")
        terms.append(node)
    return sorted(terms)


def from_rdflib(term: object) -> OxTerm:
    """An rdflib term as the equivalent pyoxigraph term; TypeError for anything else."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")
