"""The full framed document (orgs/{slug}.jsonld) keeps every triple of the organization's
own graphs: history events, the founding event, legislation and its signer, predecessors,
successors and the access dates of cited pages (issue 15 item 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from pyld import jsonld

import orgkg
from orgkg import serialization as ser

from .conftest import SEED
from .pyld_reference import pyld_frame, refuse_remote

PUBLISHING = Path(__file__).parent / "data" / "publishing"
NSI = "https://w3id.org/orgkg/org/northwind-standards-institute"


def _triples_of_document(text: bytes) -> set[tuple[str, str, str]]:
    """The document's triples as read by PyLD, in N-Triples term text."""
    nquads = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads", "documentLoader": refuse_remote})
    return {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in pyoxigraph.parse(nquads.encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("framed")
    result = orgkg.build([SEED, PUBLISHING], validate=False)
    orgkg.write(result, out)
    return result, out


def test_every_triple_of_the_organizations_own_graphs_is_in_its_document(built):
    result, out = built
    quads = ser.dataset_quads(result.dataset)
    checked = 0
    for slug, _org in result.organizations():
        prefix = f"<https://w3id.org/orgkg/graph/{slug}/"
        own = {(s, p, o) for s, p, o, g in quads if g and g.startswith(prefix)}
        framed = _triples_of_document((out / "orgs" / f"{slug}.jsonld").read_bytes())
        missing = own - framed
        assert not missing, f"{slug}: {len(missing)} triples left out, e.g. {sorted(missing)[:5]}"
        assert framed <= own, slug
        checked += 1
    assert checked == 4


def test_events_legislation_signer_predecessor_and_access_dates_are_framed_in(built):
    _, out = built
    doc = json.loads((out / "orgs" / "northwind-standards-institute.jsonld").read_bytes())
    events = {event["@id"].rsplit("/", 1)[1]: event for event in doc["@reverse"]["org:resultingOrganization"]}
    founding = events["founding"]
    assert founding["dcterms:date"]["@value"] == "1990-03-03"
    assert founding["prov:used"]["name"] == "Northwind Standards Act of 1990"
    assert founding["prov:used"]["orgkg:passedBy"]["name"] == "Barack Obama"
    predecessor = events["predecessor-northwind-bureau-of-weights-1990"]["org:originalOrganization"]
    assert predecessor["name"] == "Northwind Bureau of Weights"
    assert events["renamed-1995"]["dcterms:date"]["@value"] == "1995"
    accessed = {page["url"]: page["@reverse"]["prov:used"]["dcterms:date"]["@value"] for page in doc["subjectOf"]}
    assert accessed == {
        "https://nsi.example.org/about?a=1&b=2": "2025-02-08",
        "https://nsi.example.org/history": "2025-03-09",
    }


def test_a_successor_event_is_framed_under_the_original_organization(built):
    _, out = built
    # the fixture's History: "In 2005 it was succeeded by the Northwind Measurement Centre"
    doc = json.loads((out / "orgs" / "northwind-metrology-laboratory.jsonld").read_bytes())
    event = doc["@reverse"]["org:originalOrganization"]
    assert event["org:originalOrganization"]["@id"] == doc["@id"]
    assert event["org:resultingOrganization"]["name"] == "Northwind Measurement Centre"
    assert event["@id"].endswith("/event/succeeded-by-northwind-measurement-centre-2005")


def test_the_frame_is_a_json_ld_frame_pyld_applies_the_same_way(built):
    result, _ = built
    quads = ser.dataset_quads(result.dataset)
    triples = sorted(
        {
            (s, p, o)
            for s, p, o, g in quads
            if g and g.startswith("<https://w3id.org/orgkg/graph/northwind-standards-institute/")
        }
    )
    assert ser.frame_triples(triples, NSI) == pyld_frame(triples, NSI)
