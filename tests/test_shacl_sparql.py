"""The SPARQL-compiled SHACL engine (orgkg.shacl_sparql) reports exactly pyshacl's results:
on every shape's firing case, and on a generated corpus with injected and graph-level errors
(docs/validation-engines.md)."""

from __future__ import annotations

import datetime
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from test_plausibility import SHAPE_CASES as PLAUSIBILITY_CASES
from test_shapes import CASES
from validate_helpers import minimal

from orgkg.namespaces import ORGKG, RDF, SDO, SKOS, XSD
from orgkg.shacl_sparql import compile_shapes, pyshacl_hits, shacl_hits, store_from_dataset, store_from_nquads
from orgkg.validation import load_shapes
from orgkg.vocabcheck import Hit

FIRING = [(case[0], case[4]) for case in CASES] + [(case[0], case[4]) for case in PLAUSIBILITY_CASES]


def _key(hit: Hit) -> tuple:
    def term(node):
        return None if node is None else node.n3()

    return (
        hit.severity.value,
        hit.code,
        hit.message,
        term(hit.focus),
        term(hit.path),
        term(hit.value),
        term(hit.shape),
        term(hit.component),
    )


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _both(dataset: Dataset) -> tuple[Counter, Counter]:
    shapes = load_shapes()
    reference = Counter(map(_key, pyshacl_hits(_union(dataset), shapes)))
    compiled = Counter(map(_key, shacl_hits(store_from_dataset(dataset), shapes)))
    return reference, compiled


def test_every_shipped_shape_compiles():
    compiled = compile_shapes(load_shapes())
    assert compiled.fallbacks == ()
    assert len(compiled.checks) >= 128  # every constraint of docs/validation.md


@pytest.mark.parametrize(("shape", "mutation"), FIRING, ids=[case[0] for case in FIRING])
def test_firing_case_findings_equal_pyshacl(shape, mutation):
    dataset = minimal()
    mutation(dataset)
    reference, compiled = _both(dataset)
    assert any(key[6] == f"<https://w3id.org/orgkg/shapes#{shape}>" for key in reference), "the case does not fire"
    assert compiled == reference


def test_a_shape_it_cannot_compile_falls_back_to_pyshacl():
    shapes = Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:Closed a sh:NodeShape ; sh:targetClass ex:A ; sh:closed true ; sh:ignoredProperties ( ) .
        ex:Named a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:name ; sh:minCount 1 ;
            sh:message "no name" ] .
        """,
        format="turtle",
    )
    compiled = compile_shapes(shapes)
    assert [str(f.shape) for f in compiled.fallbacks] == ["http://example.org/Closed"]
    data = Dataset()
    data.add((URIRef("http://example.org/a"), RDF.type, URIRef("http://example.org/A")))
    data.add((URIRef("http://example.org/a"), URIRef("http://example.org/other"), Literal("x")))
    reference = Counter(map(_key, pyshacl_hits(_union(data), shapes)))
    assert {key[1] for key in reference} == {"shacl.Closed", "shacl.MinCount"}
    assert Counter(map(_key, shacl_hits(store_from_dataset(data), shapes))) == reference


def _corrupt(dataset: Dataset, seed: int) -> None:
    """Graph-level errors the profile format cannot produce, spread over the corpus:
    each edit makes some shape fire (or tests a corner where the engines could differ)."""
    rng = random.Random(seed)
    graph = dataset.default_graph  # the union is what both engines validate
    orgs = sorted(set(_union(dataset).subjects(RDF.type, SDO.Organization)))
    amounts = sorted(set(_union(dataset).subjects(RDF.type, SDO.MonetaryAmount)))
    edits = [
        lambda n: graph.add((n, SDO.name, Literal("Padded  Name "))),
        lambda n: graph.add((n, SDO.name, Literal("Trailing line feed 2016\n"))),
        lambda n: graph.add((n, SDO.alternateName, Literal("Société\u2003Générale"))),
        lambda n: graph.add((n, SDO.alternateName, Literal("Fold\x1cName"))),
        lambda n: graph.add((n, SDO.description, Literal("Cited.[12] text", lang="en"))),
        lambda n: graph.add((n, SDO.description, Literal("Plain prose"))),
        lambda n: graph.add((n, SDO.sameAs, Literal("Q42"))),
        lambda n: graph.add((n, SDO.url, URIRef("ftp://example.org/"))),
        lambda n: graph.add((n, SDO.foundingDate, Literal("10 May 1950"))),
        lambda n: graph.add((n, SDO.foundingDate, Literal("2023-02-30", datatype=XSD.date))),
        lambda n: graph.add((n, SDO.dissolutionDate, Literal("1001", datatype=XSD.gYear))),
        lambda n: graph.add((n, SDO.founder, n)),
        lambda n: graph.add((n, RDF.type, SDO.Person)),
        lambda n: graph.add((n, SDO.parentOrganization, SDO.Thing)),
        lambda n: graph.add((n, SKOS.prefLabel, Literal("a", lang="en"))),
        lambda n: graph.add((n, ORGKG.field, Literal(""))),
    ]
    for index, org in enumerate(rng.sample(orgs, min(len(orgs), 3 * len(edits)))):
        edits[index % len(edits)](org)
    amount_edits = [
        lambda n: graph.set((n, SDO.value, Literal("-1.00", datatype=XSD.decimal))),
        lambda n: graph.set((n, SDO.value, Literal("0.00", datatype=XSD.decimal))),
        lambda n: graph.add((n, SDO.value, Literal("1.0", datatype=XSD.decimal))),
        lambda n: graph.set((n, SDO.currency, Literal("usd"))),
        lambda n: graph.add((n, SDO.validFrom, Literal("2030-01-01", datatype=XSD.date))),
    ]
    for index, amount in enumerate(rng.sample(amounts, min(len(amounts), 2 * len(amount_edits)))):
        amount_edits[index % len(amount_edits)](amount)


@pytest.mark.slow
def test_corpus_with_injected_errors_findings_equal_pyshacl():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, for devkit
    from devkit.corpus import write_corpus
    from orgkg.api import read_profiles
    from orgkg.extract import extract
    from orgkg.map import map_corpus
    from orgkg.resolve import resolve

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(120, tmp, 2024, inject_errors=12)
        profiles, _ = read_profiles([tmp], keep_going=True)
    facts = [extract(profile) for profile in profiles]
    dataset = map_corpus(facts, resolve(facts))
    _corrupt(dataset, seed=14)
    reference, compiled = _both(dataset)
    assert len({key[6] for key in reference}) >= 15, "the corrupted corpus should make many shapes fire"
    assert compiled == reference
    # the same from N-Quads text, the form a build holds (lexical forms kept: "-1.00", "1.0")
    nquads = dataset.serialize(format="nquads").encode()
    assert Counter(map(_key, shacl_hits(store_from_nquads(nquads), load_shapes()))) == reference


def test_sparql_constraints_run_joined_or_per_focus_alike(monkeypatch):
    """A SPARQL constraint runs per focus node up to ``_JOIN_FROM`` focus nodes and, where
    ``_joinable``, joined with its targets above: both ways report the same hits (the firing
    cases run per focus node, the corpus above joined)."""
    from orgkg import shacl_sparql

    data = Dataset()
    for n in range(12):
        org = URIRef(f"https://w3id.org/orgkg/org/self-founded-{n}")
        data.add((org, RDF.type, SDO.Organization))
        data.add((org, SDO.name, Literal(f"Self Founded {n}")))
        data.add((org, SDO.founder, org))
    shapes = load_shapes()
    founder = "https://w3id.org/orgkg/shapes#Plausible-founder-notSelf"
    check = next(c for c in compile_shapes(shapes).checks if str(c.shape) == founder)
    assert shacl_sparql._joinable(check.original)  # so that _JOIN_FROM = 0 runs it joined
    select = shacl_sparql._Run.select
    queries: list[str] = []
    monkeypatch.setattr(
        shacl_sparql._Run, "select", lambda run, q, this=None: queries.append(q) or select(run, q, this)
    )
    runs = {}
    for join_from in (0, 1000):
        monkeypatch.setattr(shacl_sparql, "_JOIN_FROM", join_from)
        queries.clear()
        runs[join_from] = Counter(map(_key, shacl_hits(store_from_dataset(data), shapes)))
        joined = [q for q in queries if q.startswith("SELECT * WHERE") and "founder" in q]
        assert bool(joined) == (join_from == 0)
    assert sum(n for key, n in runs[0].items() if key[6] == f"<{founder}>") == 12
    assert runs[0] == runs[1000]


# --- every shape firing, in one corpus -----------------------------------------------------

_RENAMED = tuple(f"https://w3id.org/orgkg/{kind}/" for kind in ("org", "person", "concept", "graph", "source"))


def _renamed(term, tag: str):
    """``term`` with orgkg's node IRIs moved into a case of their own (``o:case7-test-agency``),
    so that the firing cases do not meet in one corpus."""
    if isinstance(term, URIRef):
        for prefix in _RENAMED:
            if str(term).startswith(prefix):
                return URIRef(prefix + tag + str(term)[len(prefix) :])
    return term


def _add_case(corpus: Dataset, case: Dataset, tag: str) -> None:
    default = case.default_graph.identifier
    for s, p, o, context in case.quads((None, None, None, None)):
        name = getattr(context, "identifier", context)
        graph = corpus.default_graph if name is None or name == default else corpus.graph(_renamed(name, tag))
        graph.add((_renamed(s, tag), _renamed(p, tag), _renamed(o, tag)))


def firing_corpus(profiles: int, seed: int = 2024) -> Dataset:
    """A generated corpus with injected errors (``devkit/corpus.py``), graph-level
    corruptions (``_corrupt``) and, each in IRIs of its own, every shape's firing case
    (``FIRING``): every shape of orgkg's fires in it at least once."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, for devkit
    from devkit.corpus import write_corpus
    from orgkg.api import read_profiles
    from orgkg.extract import extract
    from orgkg.map import map_corpus
    from orgkg.resolve import resolve

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(profiles, tmp, seed, inject_errors=max(1, profiles // 10))
        read, _ = read_profiles([tmp], keep_going=True)
    facts = [extract(profile) for profile in read]
    corpus = map_corpus(facts, resolve(facts))
    _corrupt(corpus, seed=seed)
    for number, (_, mutation) in enumerate(FIRING):
        case = minimal()
        mutation(case)
        _add_case(corpus, case, f"case{number}-")
    return corpus


def _constrained_shapes() -> set[str]:
    """The names of orgkg's shapes that state a constraint (each has its sh:message)."""
    from orgkg.namespaces import SH

    shapes = load_shapes()
    return {str(s).rsplit("#", 1)[-1] for s in shapes.subjects(SH.message, None) if isinstance(s, URIRef)}


@pytest.mark.slow
def test_every_shape_fires_in_the_corpus_and_the_engines_agree():
    """The differential test of record for the compiled engine (docs/validation-engines.md):
    on a corpus where every shape fires, its findings are pyshacl's exactly (focus, path,
    value, severity, source shape, component, message), read from the rdflib Dataset and from
    the N-Quads text a build holds."""
    corpus = firing_corpus(40)
    reference, compiled = _both(corpus)
    fired = {key[6].removeprefix("<https://w3id.org/orgkg/shapes#").removesuffix(">") for key in reference}
    assert _constrained_shapes() <= fired, sorted(_constrained_shapes() - fired)
    assert {name for name, _ in FIRING} <= fired
    assert compiled == reference
    nquads = corpus.serialize(format="nquads").encode()
    assert Counter(map(_key, shacl_hits(store_from_nquads(nquads), load_shapes()))) == reference
    # and the reports the build writes (located, rendered messages) are the same, row for row
    from orgkg.validation import validate_dataset

    today = datetime.date(2025, 6, 1)
    assert (
        validate_dataset(corpus, today=today).rows() == validate_dataset(corpus, today=today, engine="pyshacl").rows()
    )


@pytest.mark.parametrize(
    "constraint", ["sh:minLength ex:five", "sh:maxLength ex:five", 'sh:pattern "^a" ; sh:flags ex:caseless']
)
def test_a_non_literal_argument_is_left_to_pyshacl_not_a_crash(constraint):
    # An IRI where a literal belongs once raised AttributeError while compiling (found by mypy).
    shapes = Graph().parse(
        data=f"""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:Odd a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:name ; {constraint} ;
            sh:message "odd" ] .
        """,
        format="turtle",
    )
    compiled = compile_shapes(shapes)
    assert len(compiled.fallbacks) == 1
    assert compiled.fallbacks[0].reason.endswith("is not a literal")
