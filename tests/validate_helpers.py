"""Shared by the validation tests: the minimal valid fixture and Turtle-snippet mutations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

DATA = Path(__file__).resolve().parent / "data" / "validate"
MINIMAL = DATA / "minimal.trig"
SOURCE = "profiles/minimal.txt"  # the path "the user gave" for minimal.txt
TODAY = date(2025, 6, 1)

PREFIXES = """
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix orgkg: <https://w3id.org/orgkg/ns#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix o: <https://w3id.org/orgkg/org/> .
@prefix ta: <https://w3id.org/orgkg/org/test-agency/> .
@prefix p: <https://w3id.org/orgkg/person/> .
@prefix c: <https://w3id.org/orgkg/concept/> .
@prefix g: <https://w3id.org/orgkg/graph/test-agency/> .
@prefix src: <https://w3id.org/orgkg/source/> .
"""
GRAPHS = "https://w3id.org/orgkg/graph/test-agency/"


def snippet(turtle: str) -> Graph:
    return Graph().parse(data=PREFIXES + turtle, format="turtle")


def minimal() -> Dataset:
    dataset = Dataset()
    dataset.parse(MINIMAL, format="trig")
    return dataset


def _graph(dataset: Dataset, name: str | None) -> Graph:
    return dataset.default_graph if name is None else dataset.graph(URIRef(GRAPHS + name))


def add(name: str | None, turtle: str):
    """Mutation: add the triples to graph ``name`` (a field slug; None = default graph)."""

    def apply(dataset: Dataset) -> None:
        graph = _graph(dataset, name)
        for triple in snippet(turtle):
            graph.add(triple)

    return apply


def drop(name: str | None, turtle: str):
    def apply(dataset: Dataset) -> None:
        graph = _graph(dataset, name)
        for triple in snippet(turtle):
            assert triple in graph, f"fixture lacks {triple}"
            graph.remove(triple)

    return apply


def swap(name: str | None, old: str, new: str):
    def apply(dataset: Dataset) -> None:
        drop(name, old)(dataset)
        add(name, new)(dataset)

    return apply


def both(*mutations):
    def apply(dataset: Dataset) -> None:
        for mutation in mutations:
            mutation(dataset)

    return apply
