"""The shipped vocabulary facts match the pinned vocabularies, and the checks built on them."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from orgkg import vocabcheck
from orgkg.model import Severity
from orgkg.resources import data_file, shape_files

SCHEMA = "https://schema.org/"
# The pinned vocabularies (schema.org, ORG, PROV-O), gzipped: 1.3 MB as Turtle, 240 kB so.
PINNED_VOCAB = Path(__file__).parent / "data" / "vocab"


@pytest.fixture(scope="module")
def vocab_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pinned vocabulary files unpacked, each checked against its recorded sha256."""
    folder = tmp_path_factory.mktemp("vocab")
    for line in (PINNED_VOCAB / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        digest, name = line.split()
        data = gzip.decompress((PINNED_VOCAB / f"{name}.gz").read_bytes())
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} is not the pinned vocabulary"
        (folder / name).write_bytes(data)
    return folder


def test_shipped_term_table_is_what_the_generator_makes(vocab_dir):
    shipped = data_file("ontology", vocabcheck.TERMS_FILE).read_text(encoding="utf-8")
    generated = vocabcheck.generate_terms_table(vocab_dir)
    assert shipped == generated, "regenerate: see docs/development.md (vocabulary table)"


def test_shipped_axioms_are_what_the_generator_makes():
    shapes = Graph()
    for path in shape_files():
        shapes.parse(path, format="turtle")
    terms = vocabcheck.parse_table(data_file("ontology", vocabcheck.TERMS_FILE).read_text(encoding="utf-8"))
    shipped = data_file("ontology", vocabcheck.AXIOMS_FILE).read_text(encoding="utf-8")
    generated = vocabcheck.generate_axioms(terms, vocabcheck.shape_classes(shapes))
    assert shipped == generated, "regenerate: python -m orgkg.vocabcheck axioms"


def test_axioms_hold_the_ones_the_design_names():
    axioms = data_file("ontology", vocabcheck.AXIOMS_FILE).read_text(encoding="utf-8")
    for line in (
        "org:FormalOrganization rdfs:subClassOf org:Organization .",
        "org:OrganizationalUnit rdfs:subClassOf org:Organization .",
        "org:OrganizationalCollaboration rdfs:subClassOf org:Organization .",
        "schema:GovernmentOrganization rdfs:subClassOf schema:Organization .",
        "schema:NGO rdfs:subClassOf schema:Organization .",
        "schema:Corporation rdfs:subClassOf schema:Organization .",
        "schema:CollegeOrUniversity rdfs:subClassOf schema:EducationalOrganization .",
        "schema:EducationalOrganization rdfs:subClassOf schema:Organization .",
        "schema:Project rdfs:subClassOf schema:Organization .",
    ):
        assert line in axioms


def test_table_round_trips_and_carries_no_prose():
    text = data_file("ontology", vocabcheck.TERMS_FILE).read_text(encoding="utf-8")
    terms = vocabcheck.parse_table(text)
    assert vocabcheck.format_table(terms.values(), "x").splitlines()[4:] == text.splitlines()[4:]
    for line in text.splitlines()[5:]:
        assert all(" " not in cell or cell.count(":") >= cell.count(" ") for cell in line.split("\t"))


def test_table_facts():
    terms = vocabcheck.vocabulary().terms
    assert SCHEMA + "mission" not in terms
    founding = terms[SCHEMA + "foundingDate"]
    assert founding.kind == "property" and founding.domain == (SCHEMA + "Organization",)
    assert terms[SCHEMA + "Project"].status == "pending"
    assert terms[SCHEMA + "Code"].status == "superseded"
    assert terms["http://www.w3.org/ns/org#OrganizationalCollaboration"].supers == (
        "http://www.w3.org/ns/org#Organization",
    )
    assert terms["http://www.w3.org/2001/XMLSchema#gYear"].kind == "datatype"
    assert terms["http://purl.org/dc/terms/date"].kind == "property"
    assert terms["http://www.w3.org/2004/02/skos/core#Concept"].kind == "class"


def test_every_term_orgkg_emits_is_known():
    """namespaces.SDO and ORGKG are the mapper's closed term lists."""
    from orgkg.namespaces import ORGKG, SDO

    vocab = vocabcheck.vocabulary()
    for name in SDO.__annotations__:
        assert vocab.known(SCHEMA + name), f"schema:{name}"
    for name in ORGKG.__annotations__:
        assert vocab.known(vocabcheck.ORGKG_NS + name), f"orgkg:{name} is not defined in ontology/orgkg.ttl"


def _check(turtle: str):
    graph = Graph().parse(
        data="@prefix schema: <https://schema.org/> . @prefix org: <http://www.w3.org/ns/org#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n" + turtle,
        format="turtle",
    )
    return vocabcheck.check_graph(graph)


def test_schema_mission_is_an_unknown_term():
    [hit] = _check('<urn:x:o> a schema:Organization ; schema:name "O" ; schema:mission "m" .')
    assert (hit.code, hit.severity) == ("vocab.unknown-term", Severity.VIOLATION)
    assert hit.path == URIRef(SCHEMA + "mission")


def test_domain_and_range_respect_subclasses():
    assert (
        _check(
            '<urn:x:o> a schema:GovernmentOrganization ; schema:foundingDate "2011"^^xsd:gYear ; '
            "schema:founder <urn:x:p> ; schema:url <https://x.org/> ; schema:numberOfEmployees <urn:x:q> . "
            "<urn:x:p> a schema:Patient . <urn:x:q> a schema:QuantitativeValue ; schema:value 3 ."
        )
        == []
    )
    hits = _check("<urn:x:a> a schema:PostalAddress ; schema:founder <urn:x:b> . <urn:x:b> a schema:PostalAddress .")
    assert {h.code for h in hits} == {"vocab.domain", "vocab.range"}


def test_untyped_iris_and_unknown_types_are_not_guessed():
    assert _check("<urn:x:o> a schema:Organization ; schema:member <urn:x:m> ; schema:sameAs <urn:x:s> .") == []
    assert _check("<urn:x:o> a org:Organization ; schema:founder <urn:x:m> .") == []


@pytest.mark.parametrize(
    ("lexical", "datatype", "valid"),
    [
        ("2011", "gYear", True),
        ("-0044", "gYear", True),
        ("2011Z", "gYear", True),
        ("20x1", "gYear", False),
        ("11", "gYear", False),
        ("2011-02", "gYearMonth", True),
        ("2011-13", "gYearMonth", False),
        ("2024-02-29", "date", True),
        ("2023-02-29", "date", False),
        ("2011-2-3", "date", False),
        ("42", "integer", True),
        ("4.2", "integer", False),
        ("-4.20", "decimal", True),
        ("1.2.3", "decimal", False),
    ],
)
def test_lexical_forms(lexical, datatype, valid):
    literal = Literal(lexical, datatype=URIRef("http://www.w3.org/2001/XMLSchema#" + datatype))
    assert vocabcheck._valid_lexical(literal) is valid
