"""Profiles the mapper was not written for: real parents, named leaders, budgets in other
currencies, non-US addresses, CRLF, unknown and missing fields — end to end, validated."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import orgkg
from orgkg.model import Severity

DATA = Path(__file__).parent / "data" / "profiles"
BASE = "https://w3id.org/orgkg/"
PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX orgkg: <https://w3id.org/orgkg/ns#>
"""


@pytest.fixture(scope="module")
def varied():
    return orgkg.build([DATA])


def rows(result, query: str, **bindings) -> list:
    return [tuple(map(str, row)) for row in result.dataset.query(PREFIXES + query, initBindings=bindings)]


def org(slug: str) -> URIRef:
    return URIRef(BASE + "org/" + slug)


def test_all_varied_profiles_conform(varied):
    assert varied.report is not None
    violations = [f for f in varied.report.findings if f.severity == Severity.VIOLATION]
    assert violations == []


def test_real_parent_is_asserted(varied):
    nist = org("national-institute-of-standards-and-technology")
    assert rows(varied, "SELECT ?p { ?o schema:parentOrganization ?p ; org:subOrganizationOf ?p }", o=nist) == [
        (BASE + "org/united-states-department-of-commerce",)
    ]
    ukri = org("uk-research-and-innovation")
    assert rows(varied, "SELECT ?n { ?o schema:parentOrganization/schema:name ?n }", o=ukri) == [
        ("Department for Science, Innovation and Technology",)
    ]


def test_named_leaders_hold_posts(varied):
    found = set(rows(varied, "SELECT ?org ?name { ?post org:postIn ?org ; org:heldBy ?p . ?p schema:name ?name }"))
    assert found == {
        (str(org("national-institute-of-standards-and-technology")), "Laurie E. Locascio"),
        (str(org("fraunhofer-gesellschaft")), "Holger Hanselka"),
        (str(org("uk-research-and-innovation")), "Ottoline Leyser"),
    }


@pytest.mark.parametrize(
    ("slug", "value", "currency", "year"),
    [
        ("fraunhofer-gesellschaft", "3400000000", "EUR", "2023"),
        ("uk-research-and-innovation", "8800000000", "GBP", "2024"),
        ("national-institute-of-standards-and-technology", "1460000000", "USD", "2023"),
    ],
)
def test_budgets_in_other_currencies(varied, slug, value, currency, year):
    [(amount, cur, fy)] = rows(
        varied,
        "SELECT ?v ?c ?y { ?o orgkg:enactedBudget ?b . ?b schema:value ?v ; schema:currency ?c ; orgkg:fiscalYear ?y }",
        o=org(slug),
    )
    assert (float(amount), cur, fy) == (float(value), currency, year)


@pytest.mark.parametrize(
    ("slug", "street", "locality", "postal", "country"),
    [
        ("fraunhofer-gesellschaft", "Hansastraße 27c", "Munich", "80686", "DE"),
        ("uk-research-and-innovation", "Polaris House, North Star Avenue", "Swindon", "SN2 1FL", "GB"),
    ],
)
def test_non_us_addresses(varied, slug, street, locality, postal, country):
    assert rows(
        varied,
        "SELECT ?s ?l ?p ?c { ?o schema:address ?a . ?a schema:streetAddress ?s ; schema:addressLocality ?l ; "
        "schema:postalCode ?p ; schema:addressCountry ?c }",
        o=org(slug),
    ) == [(street, locality, postal, country)]


def test_crlf_profile_keeps_its_line_numbers(varied):
    [(line,)] = rows(
        varied,
        "SELECT ?line { ?g orgkg:field 'Headquarters address' ; orgkg:firstLine ?line ; "
        "<http://www.w3.org/ns/prov#wasDerivedFrom>/schema:name 'fraunhofer.txt' }",
    )
    assert line == "12"


def test_unknown_heading_is_kept_and_warned(varied):
    statements = rows(
        varied,
        "SELECT ?t { ?o orgkg:fieldStatement ?f . ?f orgkg:field 'Website' ; orgkg:verbatim ?t }",
        o=org("fraunhofer-gesellschaft"),
    )
    assert statements == [("https://www.fraunhofer.de",)]
    assert any(d.code == "unknown-heading" and d.file.endswith("fraunhofer.txt") for d in varied.diagnostics)


def test_missing_fields_assert_nothing(varied):
    ukri = org("uk-research-and-innovation")
    assert rows(varied, "SELECT ?x { ?o schema:numberOfEmployees ?x }", o=ukri) == []
    assert (
        rows(varied, "SELECT ?f { ?o orgkg:fieldStatement/orgkg:field ?f FILTER(?f = 'Number of employees') }", o=ukri)
        == []
    )


def test_rename_keeps_the_organization_and_its_previous_name(varied):
    # Issue 12 item 5: a rename is no other organization; NIST keeps its IRI and the old name.
    nist = org("national-institute-of-standards-and-technology")
    assert rows(
        varied,
        "SELECT ?n ?d { ?e org:resultingOrganization ?o ; orgkg:previousName ?n ; <http://purl.org/dc/terms/date> ?d }",
        o=nist,
    ) == [("National Bureau of Standards", "1988")]
    assert rows(varied, "SELECT ?e { ?e org:resultingOrganization ?o ; org:originalOrganization ?x }", o=nist) == []
    assert rows(varied, "SELECT ?n { ?o orgkg:previousName ?n }", o=nist) == [("National Bureau of Standards",)]


def test_founding_dates_at_their_precision(varied):
    dates = {
        slug: varied.dataset.value(org(slug), URIRef("https://schema.org/foundingDate"))
        for slug in ("fraunhofer-gesellschaft", "uk-research-and-innovation")
    }
    assert dates == {
        "fraunhofer-gesellschaft": Literal("1949-03-26", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")),
        "uk-research-and-innovation": Literal("2018", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear")),
    }
