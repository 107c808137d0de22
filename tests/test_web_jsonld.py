"""The web variant of an organization's JSON-LD (issue 15 item 1): schema.org only, plain
values, keys Google or schema.org list for the type, @ids only under the user's own base."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pyoxigraph
import pytest
from pyld import jsonld

import orgkg
from orgkg.iri import DEFAULT_BASE
from orgkg.map import ORG_TYPES
from orgkg.output import web_file_name
from orgkg.serialization import RDF_TYPE
from orgkg.web_jsonld import allowed_keys, organization_triples, web_document, web_documents

from .conftest import SEED

PUBLISHING = Path(__file__).parent / "data" / "publishing"
OWN_BASE = "https://kg.example.org/"
# every schema.org type orgkg gives an organization counts as an Organization for the table
ORGANIZATION_TYPES = {str(t).removeprefix("https://schema.org/") for pair in ORG_TYPES.values() for t in pair}


@pytest.fixture(scope="module")
def result():
    return orgkg.build([SEED, PUBLISHING], validate=False)


@pytest.fixture(scope="module")
def documents(result) -> dict[str, Any]:
    return {name: json.loads(data) for name, data in web_documents(result).items()}


def _objects(value: Any):
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_every_key_is_listed_for_its_type(documents):
    allowed: dict[str, set[str]] = {}
    for row in allowed_keys():
        allowed.setdefault(row.type, set()).add(row.key)
    assert {row.listed_by for row in allowed_keys()} == {"google", "schema.org"}
    seen = 0
    for document in documents.values():
        for node in _objects(document):
            types = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
            for schema_type in types:
                table = "Organization" if schema_type in ORGANIZATION_TYPES else schema_type
                extra = set(node) - {"@context", "@type", "@id"} - allowed[table]
                assert not extra, f"{schema_type} has unlisted keys {extra}"
                seen += 1
    assert seen > 30


def test_schema_org_only_plain_values(documents):
    assert len(documents) == 4
    for name, document in documents.items():
        assert document["@context"] == "https://schema.org", name
        for text in _strings(document):
            assert not text.startswith(("wd:", "org:", "orgkg:", "xsd:", "prov:")), (name, text)
            assert "w3id.org/orgkg" not in text, (name, text)
        for node in _objects(document):
            assert "@reverse" not in node and "@value" not in node and "@language" not in node, name
            assert not any(":" in key for key in node if key != "@context"), name


def test_values_as_a_search_engine_reads_them(documents, result):
    nsi = documents["web/northwind-standards-institute.jsonld"]
    assert nsi["@type"] == "GovernmentOrganization"
    assert nsi["foundingDate"] == "1990-03-03"
    assert nsi["numberOfEmployees"] == {"@type": "QuantitativeValue", "unitText": "employees", "value": 3400}
    assert nsi["address"]["postalCode"] == "62701"
    assert nsi["parentOrganization"]["name"] == "Northwind Department of Commerce"
    assert {u["name"] for u in nsi["subOrganization"]} == {
        "Northwind Calibration Office",
        "Northwind Metrology Laboratory",
    }
    assert nsi["employee"] == {
        "@type": "EmployeeRole",
        "roleName": "Director",
        "employee": {"@type": "Person", "name": "Jane Q. Doe"},
    }
    assert {page["url"] for page in nsi["subjectOf"]} == {
        "https://nsi.example.org/about?a=1&b=2",
        "https://nsi.example.org/history",
    }
    amp = documents["web/advanced-manufacturing-partnership.jsonld"]
    assert amp["founder"] == {
        "@type": "Person",
        "name": "Barack Obama",
        "sameAs": "https://www.wikidata.org/entity/Q76",
    }
    assert amp["foundingDate"] == "2011"
    # an organization described by a profile of its own is named where another mentions it
    lab = documents["web/northwind-metrology-laboratory.jsonld"]
    assert lab["parentOrganization"]["name"] == "Northwind Standards Institute"


def test_no_ids_under_orgkgs_default_base_ids_under_the_users_own(result):
    assert not any(
        "@id" in node for d in web_documents(result, base=DEFAULT_BASE).values() for node in _objects(json.loads(d))
    )
    own = orgkg.build([PUBLISHING], base=OWN_BASE, validate=False)
    nsi = json.loads(web_documents(own, base=OWN_BASE)["web/northwind-standards-institute.jsonld"])
    assert nsi["@id"] == f"{OWN_BASE}org/northwind-standards-institute"
    assert nsi["employee"]["employee"]["@id"] == f"{OWN_BASE}person/jane-q-doe"
    ids = [node["@id"] for node in _objects(nsi) if "@id" in node]
    assert len(ids) > 5 and all(i.startswith(OWN_BASE) for i in ids)


def test_bytes_do_not_depend_on_the_order_of_the_triples(result):
    item = next(i for i in organization_triples(result) if i.slug == "northwind-standards-institute")
    shuffled = list(item.triples)
    random.Random(7).shuffle(shuffled)
    assert web_document(shuffled, item.org) == web_document(item.triples, item.org)


def test_hostile_text_cannot_close_a_script_element(documents, result):
    item = next(i for i in organization_triples(result) if i.slug.startswith("hostile"))
    data = web_document(item.triples, item.org)
    for forbidden in (b"<", b">", b"&", "\u2028".encode(), "\u2029".encode()):
        assert forbidden not in data
    document = json.loads(data)
    assert document["name"] == "Hostile </script><script>alert(1)</script> Agency"
    assert "\u2028" in document["description"]


def test_the_document_is_schema_org_rdf(documents):
    """Read with a local copy of the essence of schema.org's context (no network): every
    predicate is a schema.org one."""

    def loader(url, options=None):
        assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}},
        }

    for name, document in documents.items():
        nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": loader})
        predicates = {q.predicate.value for q in pyoxigraph.parse(nquads.encode(), format=pyoxigraph.RdfFormat.N_QUADS)}
        assert "https://schema.org/name" in predicates, name
        assert all(p.startswith("https://schema.org/") or p == RDF_TYPE for p in predicates), (name, predicates)


def test_web_file_names_are_the_safe_organization_file_names():
    assert web_file_name("con") == "web/con_.jsonld"
    assert web_file_name("northwind") == "web/northwind.jsonld"


@pytest.mark.parametrize("base", [DEFAULT_BASE, OWN_BASE])
def test_build_documents_equal_the_whole_graph_reading(base, tmp_path):
    """What a build writes (each profile's own graphs plus what it needs of the others,
    rendered per shard and cached) equals ``web_documents`` read from graph.nq."""
    built = orgkg.build([SEED, PUBLISHING], validate=False, base=base, cache=tmp_path / "cache")
    reference = web_documents(built, base=None if base == DEFAULT_BASE else base)
    assert {web_file_name(r.slug): d.encode("utf-8") for r, d in built.web_documents()} == reference
    assert sorted(built.stats.web) == sorted(r.slug for r in built.records)
    again = orgkg.build([SEED, PUBLISHING], validate=False, base=base, cache=tmp_path / "cache")
    assert again.stats.web == []  # nothing changed: every document from the cache
    assert {r.slug: d for r, d in again.web_documents()} == {r.slug: d for r, d in built.web_documents()}


def test_a_changed_identity_remakes_the_documents_that_mention_it(tmp_path):
    """A document also shows the names of the organizations it mentions: when one of them
    changes (its own profile gets another acronym), a cached rebuild equals a clean one."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(PUBLISHING.glob("*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    first = orgkg.build([corpus], validate=False, cache=tmp_path / "cache")
    lab = "web/northwind-metrology-laboratory.jsonld"
    assert "NSI" in json.dumps(json.loads(dict((web_file_name(r.slug), d) for r, d in first.web_documents())[lab]))
    institute = corpus / "northwind-standards-institute.txt"
    institute.write_text(institute.read_text(encoding="utf-8").replace("(NSI)", "(NWSI)"), encoding="utf-8")
    second = orgkg.build([corpus], validate=False, cache=tmp_path / "cache")
    clean = orgkg.build([corpus], validate=False)
    documents = {web_file_name(r.slug): d for r, d in second.web_documents()}
    assert documents == {web_file_name(r.slug): d for r, d in clean.web_documents()}
    assert documents == {name: data.decode("utf-8") for name, data in web_documents(clean).items()}
    assert "NWSI" in documents[lab] and "northwind-metrology-laboratory" in second.stats.web


def test_own_graph_triples_read_as_text_equal_pyoxigraphs_reading():
    """The web task reads a shard's N-Quads as text: literals holding spaces, quotes,
    " ." and graph IRIs, IRI objects under the graph prefix, default-graph lines."""
    from orgkg.web_jsonld import own_graph_triples

    prefix = f"<{DEFAULT_BASE}graph/"
    objects = [
        '"a b"',
        f'"q \\" {prefix}y/z> ."',
        f'"q {prefix}y/z>"^^<http://example.org/d>',
        '"back\\\\"',
        '"x"@en-us',
        '"line\\nbreak \u2028 x ."',
        f"{prefix}q/r>",
        "_:b1",
    ]
    graphs = (f"{prefix}x/f> ", "")
    lines = [f"<http://example.org/s> <http://example.org/p> {o} {g}.\n" for o in objects for g in graphs]
    nquads = pyoxigraph.serialize(
        pyoxigraph.parse("".join(lines).encode(), format=pyoxigraph.RdfFormat.N_QUADS),
        format=pyoxigraph.RdfFormat.N_QUADS,
    )
    expected: dict[str, set[tuple[str, str, str]]] = {"x": set(), "y": set(), "q": set()}
    for quad in pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS):
        if not isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
            expected["x"].add((str(quad.subject), str(quad.predicate), str(quad.object)))
    assert len(expected["x"]) == len(objects)
    assert own_graph_triples(nquads, prefix, ["x", "y", "q"]) == expected
