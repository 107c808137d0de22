"""The seed's facts, found with SPARQL over the built dataset (issue 2, 'How we will check it')."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from orgkg.namespaces import ORGKG, SDO

BASE = "https://w3id.org/orgkg/"
AMP = URIRef(BASE + "org/advanced-manufacturing-partnership")
PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX orgkg: <https://w3id.org/orgkg/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def ask(result, query: str, **bindings) -> list:
    return list(result.dataset.query(PREFIXES + query, initBindings=bindings))


def values(result, query: str, **bindings) -> set[str]:
    return {str(row[0]) for row in ask(result, query, **bindings)}


def test_name_acronym_and_type(seed_build):
    assert values(seed_build, "SELECT ?n { ?o schema:name ?n }", o=AMP) == {"Advanced Manufacturing Partnership"}
    assert values(seed_build, "SELECT ?a { ?o schema:alternateName ?a }", o=AMP) == {"AMP"}
    types = values(seed_build, "SELECT ?t { ?o a ?t }", o=AMP)
    assert types == {"https://schema.org/Organization", "http://www.w3.org/ns/org#OrganizationalCollaboration"}


def test_founding_year_founder_and_legal_basis(seed_build):
    rows = ask(
        seed_build,
        "SELECT ?d ?n ?q { ?o schema:foundingDate ?d ; schema:founder ?f . "
        "?f a schema:Person ; schema:name ?n ; schema:sameAs ?q }",
        o=AMP,
    )
    assert [(r.d, str(r.n), str(r.q)) for r in rows] == [
        (
            Literal("2011", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear")),
            "Barack Obama",
            "http://www.wikidata.org/entity/Q76",
        )
    ]
    assert values(seed_build, "SELECT ?b { ?o orgkg:legalBasis ?b }", o=AMP) == {str(ORGKG.executiveAction)}
    event = ask(
        seed_build, "SELECT ?e { ?e a org:ChangeEvent ; org:resultingOrganization ?o ; dcterms:date ?d }", o=AMP
    )
    assert len(event) == 1


def test_headquarters_address_components(seed_build):
    rows = ask(
        seed_build,
        """SELECT ?street ?city ?region ?zip ?country {
        ?o schema:address ?a . ?a a schema:PostalAddress ; schema:streetAddress ?street ;
        schema:addressLocality ?city ; schema:addressRegion ?region ; schema:postalCode ?zip ;
        schema:addressCountry ?country }""",
        o=AMP,
    )
    assert [tuple(map(str, r)) for r in rows] == [("1400 Independence Ave SW", "Washington", "DC", "20250", "US")]
    site = ask(
        seed_build, "SELECT ?s { ?o org:hasPrimarySite ?s . ?s org:siteAddress ?a . ?o schema:address ?a }", o=AMP
    )
    assert len(site) == 1


def test_named_partners_resolve_with_wikidata(seed_build):
    rows = ask(
        seed_build,
        "SELECT ?n ?q { ?o schema:member ?m ; org:hasMember ?m . ?m schema:name ?n ; schema:sameAs ?q }",
        o=AMP,
    )
    assert {(str(r.n), str(r.q)) for r in rows} == {
        ("National Institute of Standards and Technology", "http://www.wikidata.org/entity/Q176691"),
        ("United States Department of Commerce", "http://www.wikidata.org/entity/Q503577"),
        ("United States Department of Energy", "http://www.wikidata.org/entity/Q217810"),
    }


def test_unnamed_partner_groups_are_concepts_not_organizations(seed_build):
    labels = values(
        seed_build,
        "SELECT ?l { ?o orgkg:partnerCategory ?c . ?c a skos:Concept ; skos:prefLabel ?l }",
        o=AMP,
    )
    assert labels == {
        "Leading U.S. companies in manufacturing",
        "Major universities and research institutions",
        "Federal agencies",
        "Labor unions and workforce development organizations",
    }
    assert not ask(
        seed_build,
        "SELECT ?m { ?o schema:member ?m . ?m schema:name ?n FILTER(CONTAINS(LCASE(?n), 'universit')) }",
        o=AMP,
    )


def test_three_programs_and_nnmi_is_manufacturing_usa(seed_build):
    programs = values(seed_build, "SELECT ?n { ?o orgkg:program ?p . ?p schema:name ?n }", o=AMP)
    assert programs == {
        "Manufacturing USA",
        "Recommendations on manufacturing policy and investment",
        "Initiatives for workforce training and education in manufacturing",
    }
    assert (AMP, ORGKG.program, URIRef(BASE + "org/manufacturing-usa")) in seed_build.dataset


def test_amp_evolving_into_amp_2_0_is_an_event_of_amp_not_a_new_organization(seed_build):
    # "AMP has evolved into AMP 2.0": the same partnership in a new phase, so no organization
    # named "AMP 2.0" is invented; the event results in AMP itself.
    rows = ask(seed_build, """SELECT ?r { ?e a org:ChangeEvent ; org:resultingOrganization ?r }""")
    assert {str(r.r) for r in rows} == {str(AMP)}
    assert not ask(seed_build, """SELECT ?o { ?o schema:name "AMP 2.0" }""")


def test_cited_page_is_primary_source_of_the_mission_graph(seed_build):
    rows = ask(
        seed_build,
        """SELECT ?url ?line ?last ?file {
        GRAPH ?g { ?o org:purpose ?purpose }
        ?g prov:hadPrimarySource ?page ; orgkg:firstLine ?line ; orgkg:lastLine ?last ;
           prov:wasDerivedFrom ?doc .
        ?doc schema:name ?file .
        ?page schema:url ?url }""",
        o=AMP,
    )
    assert [(str(r.url), int(r.line), int(r.last), str(r.file)) for r in rows] == [
        ("https://www.manufacturing.gov/amp20/", 8, 9, "advanced-manufacturing-partnership.txt")
    ]


def test_no_parent_organization_and_no_employee_count(seed_build):
    assert not ask(seed_build, "SELECT ?p { ?o schema:parentOrganization ?p }", o=AMP)
    assert not ask(seed_build, "SELECT ?p { ?o org:subOrganizationOf ?p }", o=AMP)
    assert not ask(seed_build, "SELECT ?n { ?o schema:numberOfEmployees ?n }", o=AMP)
    # ... but "coordinated by" Commerce is recorded as a link, not a parent
    assert values(seed_build, "SELECT ?c { ?o orgkg:coordinatedBy ?c ; org:linkedTo ?c }", o=AMP) == {
        BASE + "org/united-states-department-of-commerce"
    }


@pytest.mark.parametrize(
    ("field", "status"),
    [
        # "not under a single parent … but coordinated by Commerce": a "not X but Y" field states Y
        ("Parent organization", ORGKG.stated),
        ("Number of employees", ORGKG.notApplicable),
        ("Last total enacted budget", ORGKG.notPubliclySpecified),
        ("Staff", ORGKG.explicitlyNone),
        ("Regulations overseen", ORGKG.explicitlyNone),
        ("External links", ORGKG.empty),
        ("Mission", ORGKG.stated),
        # the references list is a field of the template like the others
        ("References", ORGKG.stated),
    ],
)
def test_field_status_records_what_the_text_says(seed_build, field, status):
    rows = ask(
        seed_build,
        "SELECT ?s { ?o orgkg:fieldStatement ?f . ?f orgkg:field ?name ; orgkg:fieldStatus ?s }",
        o=AMP,
        name=Literal(field),
    )
    assert [r.s for r in rows] == [status]


def test_units_posts_and_working_group_topics(seed_build):
    units = values(
        seed_build, "SELECT ?n { ?u a org:OrganizationalUnit ; org:subOrganizationOf ?o ; schema:name ?n }", o=AMP
    )
    assert units == {"steering committee", "Working groups or subcommittees"}
    topics = values(seed_build, "SELECT ?t { ?u org:subOrganizationOf ?o ; schema:keywords ?t }", o=AMP)
    assert topics == {"workforce development", "technology innovation", "policy recommendations"}
    roles = values(
        seed_build,
        "SELECT ?l { ?p a org:Post ; org:postIn ?o ; org:role ?r . ?r skos:prefLabel ?l }",
        o=AMP,
    )
    assert roles == {"Co-chair"}
    # ORG traps on a collaboration: no org:hasUnit / org:unitOf / org:headOf
    for trap in ("hasUnit", "unitOf", "headOf"):
        assert not ask(seed_build, f"SELECT * {{ ?s org:{trap} ?x }}")


def test_no_blank_nodes_and_every_named_graph_has_provenance(seed_build):
    from rdflib import BNode

    dataset = seed_build.dataset
    assert not any(isinstance(term, BNode) for quad in dataset.quads() for term in quad[:3])
    default = dataset.default_graph.identifier
    named = {g.identifier for g in dataset.graphs() if g.identifier != default}
    derived = {
        s for s, _, _ in dataset.default_graph.triples((None, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))
    }
    assert named and named <= derived


def test_references_merge_into_one_web_page(seed_build):
    pages = ask(seed_build, "SELECT ?p ?name ?pub { ?p a schema:WebPage ; schema:name ?name ; schema:publisher ?pub }")
    assert [(str(r.name), str(r.pub)) for r in pages] == [
        ("Advanced Manufacturing Partnership 2.0", BASE + "org/united-states-department-of-commerce")
    ]
    dates = values(seed_build, "SELECT ?d { ?r a orgkg:Retrieval ; prov:used ?p ; dcterms:date ?d }")
    assert dates == {"2025-02-08"}


def test_base_iri_is_configurable():
    import orgkg
    from tests.conftest import SEED

    result = orgkg.build([SEED], base="https://example.org/kg", validate=False)
    subjects = {str(s) for s, _, _, _ in result.dataset.quads()}
    assert "https://example.org/kg/org/advanced-manufacturing-partnership" in subjects
    assert not any(s.startswith(BASE + "org/") for s in subjects)


def test_cross_document_identity(corpus_build):
    """NNMI in the AMP profile and the Manufacturing USA profile are one organization."""
    mfg = URIRef(BASE + "org/manufacturing-usa")
    assert (AMP, ORGKG.program, mfg) in corpus_build.dataset
    names = {str(o) for o in corpus_build.dataset.objects(mfg, SDO.name)}
    assert names == {"Manufacturing USA"}
    # Commerce is one node whichever spelling each profile used
    commerce = [s for s in corpus_build.dataset.subjects(SDO.sameAs, URIRef("http://www.wikidata.org/entity/Q503577"))]
    assert set(commerce) == {URIRef(BASE + "org/united-states-department-of-commerce")}
