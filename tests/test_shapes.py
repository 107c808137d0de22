"""Every SHACL constraint in shapes/ fires: a minimal valid graph, one mutation per
constraint, and the expected severity, code, shape and message (DESIGN §6)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from test_holding_periods import SHAPE_CASES as HOLDING_CASES
from test_plausibility import SHAPE_CASES as PLAUSIBILITY_CASES
from validate_helpers import SOURCE, TODAY, add, both, drop, minimal, swap

from orgkg.model import Severity
from orgkg.validation import load_shapes, shape_checks, validate_dataset

V, W, INFO = Severity.VIOLATION, Severity.WARNING, Severity.INFO

NEW_CONCEPT = 'c:role\\/other a skos:Concept ; skos:prefLabel "other"@en ; skos:inScheme c:role\\/scheme .'
ACT = 'ta:legislation\\/act a schema:Legislation ; schema:name "Test Act" .'
# A headquarters move as map.py writes it (without its places: each case adds them).
MOVE = (
    "ta:event\\/moved-headquarters a org:ChangeEvent, orgkg:HeadquartersMove ; "
    'org:resultingOrganization o:test-agency ; dcterms:date "1999"^^xsd:gYear ; '
    'schema:description "It moved its headquarters from Cologne to Bonn in 1999."@en . '
)

# (shape, severity, code, message fragment, mutation)
CASES = [
    # organization.ttl
    (
        "Organization-name-missing",
        V,
        "shacl.MinCount",
        "has no name",
        drop("intro", 'o:test-agency schema:name "Test Agency" .'),
    ),
    (
        "Organization-name-several",
        V,
        "shacl.MaxCount",
        "more than one name",
        add("intro", 'o:test-agency schema:name "The Test Agency" .'),
    ),
    (
        "Organization-name-datatype",
        W,
        "shacl.Datatype",
        "'Test Agency' should be a plain string",
        swap("intro", 'o:test-agency schema:name "Test Agency" .', 'o:test-agency schema:name "Test Agency"@en .'),
    ),
    (
        "Organization-alternateName-datatype",
        W,
        "shacl.Datatype",
        "alternate name 'TA'",
        swap("intro", 'o:test-agency schema:alternateName "TA" .', 'o:test-agency schema:alternateName "TA"@en .'),
    ),
    (
        "Organization-previousName-datatype",
        W,
        "shacl.Datatype",
        "previous name 'Old Agency' should be a plain string",
        add("intro", 'o:test-agency orgkg:previousName "Old Agency"@en .'),
    ),
    (
        "Organization-foundingDate-several",
        V,
        "shacl.MaxCount",
        "more than one founding date",
        add("legislation", 'o:test-agency schema:foundingDate "1951"^^xsd:gYear .'),
    ),
    (
        "Organization-foundingDate-datatype",
        V,
        "shacl.Or",
        "founding date '10 May 1950' must be an xsd:gYear",
        swap(
            "legislation",
            'o:test-agency schema:foundingDate "1950-05-10"^^xsd:date .',
            'o:test-agency schema:foundingDate "10 May 1950" .',
        ),
    ),
    (
        "Organization-founder-class",
        V,
        "shacl.Or",
        "is not a schema:Person",
        swap(
            "legislation", "o:test-agency schema:founder p:jane-doe .", "o:test-agency schema:founder ta:address\\/hq ."
        ),
    ),
    (
        "Organization-parent-class",
        V,
        "shacl.Class",
        "parent organization",
        swap(
            "parent-organization",
            "o:test-agency schema:parentOrganization o:parent-department .",
            "o:test-agency schema:parentOrganization p:jane-doe .",
        ),
    ),
    (
        "Organization-subOrganizationOf-class",
        V,
        "shacl.Or",
        "org:subOrganizationOf points to",
        swap(
            "parent-organization",
            "o:test-agency org:subOrganizationOf o:parent-department .",
            "o:test-agency org:subOrganizationOf p:jane-doe .",
        ),
    ),
    (
        "Organization-subOrganization-class",
        V,
        "shacl.Class",
        "sub-organization",
        add("organization-structure", "o:test-agency schema:subOrganization p:jane-doe ."),
    ),
    (
        "Organization-member-class",
        V,
        "shacl.Or",
        "neither an organization nor a person",
        swap(
            "partners",
            "o:test-agency schema:member o:partner-institute .",
            "o:test-agency schema:member c:role\\/partner .",
        ),
    ),
    (
        "Organization-hasMember-class",
        V,
        "shacl.Or",
        "org:hasMember points to",
        swap(
            "partners",
            "o:test-agency org:hasMember o:partner-institute .",
            "o:test-agency org:hasMember c:role\\/partner .",
        ),
    ),
    # round 58: "X is a member of Y" (schema:memberOf, org:memberOf)
    (
        "Organization-memberOf-class",
        V,
        "shacl.Class",
        "schema:memberOf points to",
        add("partners", "o:test-agency schema:memberOf c:role\\/partner ."),
    ),
    (
        "Organization-orgMemberOf-class",
        V,
        "shacl.Or",
        "org:memberOf points to",
        add("partners", "o:test-agency org:memberOf c:role\\/partner ."),
    ),
    (
        "MemberOf-name-missing",
        V,
        "shacl.MinCount",
        "a body the organization is a member of, has no name",
        add(
            "partners",
            "o:test-agency schema:memberOf o:nameless-alliance ; org:memberOf o:nameless-alliance . "
            "o:nameless-alliance a schema:Organization, org:Organization .",
        ),
    ),
    (
        "Organization-sameAs-iri",
        V,
        "shacl.NodeKind",
        "must be an IRI",
        swap("intro", "o:test-agency schema:sameAs wd:Q4115189 .", 'o:test-agency schema:sameAs "Q4115189" .'),
    ),
    (
        "Organization-url-iri",
        V,
        "shacl.NodeKind",
        "website 'https://www.example.org/' must be an IRI",
        swap(
            "intro",
            "o:test-agency schema:url <https://www.example.org/> .",
            'o:test-agency schema:url "https://www.example.org/" .',
        ),
    ),
    (
        "Organization-url-scheme",
        V,
        "shacl.Pattern",
        "is not an http(s) URL",
        swap(
            "intro",
            "o:test-agency schema:url <https://www.example.org/> .",
            "o:test-agency schema:url <ftp://example.org/> .",
        ),
    ),
    (
        "Organization-address-class",
        V,
        "shacl.Class",
        "is not a schema:PostalAddress",
        swap(
            "headquarters-address",
            "o:test-agency schema:address ta:address\\/hq .",
            "o:test-agency schema:address p:jane-doe .",
        ),
    ),
    (
        "Organization-numberOfEmployees-class",
        V,
        "shacl.Class",
        "never a bare number",
        swap(
            "number-of-employees",
            "o:test-agency schema:numberOfEmployees ta:quantity\\/number-of-employees .",
            "o:test-agency schema:numberOfEmployees 120 .",
        ),
    ),
    (
        "Organization-numberOfEmployees-several",
        W,
        "shacl.MaxCount",
        "more than one number of employees",
        add(
            "number-of-employees",
            "o:test-agency schema:numberOfEmployees ta:quantity\\/staff . "
            "ta:quantity\\/staff a schema:QuantitativeValue ; schema:value 5 .",
        ),
    ),
    (
        "Organization-enactedBudget-class",
        V,
        "shacl.Class",
        "is not a schema:MonetaryAmount",
        swap(
            "last-total-enacted-budget",
            "o:test-agency orgkg:enactedBudget ta:budget\\/fy-2024 .",
            "o:test-agency orgkg:enactedBudget ta:quantity\\/number-of-employees .",
        ),
    ),
    (
        "Organization-fieldStatement-class",
        V,
        "shacl.Class",
        "is not an orgkg:FieldStatement",
        add("mission", "o:test-agency orgkg:fieldStatement ta:budget\\/fy-2024 ."),
    ),
    (
        "OrgOrganization-schemaType",
        W,
        "shacl.Class",
        "not a schema:Organization",
        add("history", 'o:other a org:Organization ; schema:name "Other Body" ; schema:sameAs wd:Q5 .'),
    ),
    (
        "Organization-notOwnParent",
        V,
        "shacl.SPARQL",
        "'Test Agency' is recorded as its own parent",
        add("parent-organization", "o:test-agency schema:parentOrganization o:test-agency ."),
    ),
    (
        "Collaboration-hasUnit-none",
        W,
        "shacl.MaxCount",
        "org:hasUnit implies org:FormalOrganization",
        add(
            "organization-structure",
            "o:test-agency a org:OrganizationalCollaboration ; org:hasUnit ta:unit\\/laboratory .",
        ),
    ),
    (
        "Collaboration-noHeadOf",
        W,
        "shacl.Not",
        "org:headOf makes the head a member",
        add("leader", "o:test-agency a org:OrganizationalCollaboration . p:jane-doe org:headOf o:test-agency ."),
    ),
    # person.ttl
    (
        "Person-name-missing",
        V,
        "shacl.MinCount",
        "has no name",
        drop("legislation", 'p:jane-doe schema:name "Jane Doe" .'),
    ),
    (
        "Person-name-several",
        V,
        "shacl.MaxCount",
        "more than one name",
        add("legislation", 'p:jane-doe schema:name "J. Doe" .'),
    ),
    (
        "Person-name-datatype",
        W,
        "shacl.Datatype",
        "person name 'Jane Doe' should be a plain string",
        swap("legislation", 'p:jane-doe schema:name "Jane Doe" .', 'p:jane-doe schema:name "Jane Doe"@en .'),
    ),
    ("Person-sameAs-iri", V, "shacl.NodeKind", "must be an IRI", add("legislation", 'p:jane-doe schema:sameAs "Q1" .')),
    (
        "Person-notOrganization",
        V,
        "shacl.Not",
        "typed both schema:Person and schema:Organization",
        add("legislation", "p:jane-doe a schema:Organization ."),
    ),
    # address.ttl
    (
        "PostalAddress-country-missing",
        W,
        "shacl.MinCount",
        "has no country",
        drop("headquarters-address", 'ta:address\\/hq schema:addressCountry "US" .'),
    ),
    (
        "PostalAddress-country-several",
        V,
        "shacl.MaxCount",
        "more than one country",
        add("headquarters-address", 'ta:address\\/hq schema:addressCountry "CA" .'),
    ),
    (
        "PostalAddress-country-code",
        V,
        "shacl.Pattern",
        "country 'USA' is not an ISO 3166-1 alpha-2 code",
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:addressCountry "US" .',
            'ta:address\\/hq schema:addressCountry "USA" .',
        ),
    ),
    (
        "PostalAddress-street-several",
        V,
        "shacl.MaxCount",
        "more than one street address",
        add("headquarters-address", 'ta:address\\/hq schema:streetAddress "2 Test Plaza" .'),
    ),
    (
        "PostalAddress-locality-several",
        V,
        "shacl.MaxCount",
        "more than one locality",
        add("headquarters-address", 'ta:address\\/hq schema:addressLocality "Chicago" .'),
    ),
    (
        "PostalAddress-region-several",
        V,
        "shacl.MaxCount",
        "more than one region",
        add("headquarters-address", 'ta:address\\/hq schema:addressRegion "MO" .'),
    ),
    (
        "PostalAddress-postalCode-several",
        V,
        "shacl.MaxCount",
        "more than one postal code",
        add("headquarters-address", 'ta:address\\/hq schema:postalCode "62702" .'),
    ),
    (
        "PostalAddress-text-datatype",
        W,
        "shacl.Datatype",
        "address part '62701' should be a plain string",
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:postalCode "62701" .',
            "ta:address\\/hq schema:postalCode 62701 .",
        ),
    ),
    (
        "USAddress-region",
        V,
        "shacl.In",
        "region 'Ontario' is not a US state, DC or territory",
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:addressRegion "IL" .',
            'ta:address\\/hq schema:addressRegion "Ontario" .',
        ),
    ),
    (
        "USAddress-postalCode",
        V,
        "shacl.Pattern",
        "postal code '6270' is not a US ZIP code",
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:postalCode "62701" .',
            'ta:address\\/hq schema:postalCode "6270" .',
        ),
    ),
    (
        "Site-siteAddress-class",
        V,
        "shacl.Class",
        "site address",
        swap(
            "headquarters-address",
            "ta:site\\/hq org:siteAddress ta:address\\/hq .",
            "ta:site\\/hq org:siteAddress p:jane-doe .",
        ),
    ),
    # structure.ttl
    (
        "Unit-parent-missing",
        V,
        "shacl.MinCount",
        "'Laboratory' belongs to no organization",
        drop("organization-structure", "ta:unit\\/laboratory org:subOrganizationOf o:test-agency ."),
    ),
    (
        "Post-postIn-missing",
        V,
        "shacl.MinCount",
        "is in no organization",
        drop("leader", "ta:post\\/director org:postIn o:test-agency ."),
    ),
    (
        "Post-postIn-several",
        V,
        "shacl.MaxCount",
        "in more than one organization",
        add("leader", "ta:post\\/director org:postIn o:parent-department ."),
    ),
    (
        "Post-postIn-class",
        V,
        "shacl.Or",
        "which is not an organization",
        swap("leader", "ta:post\\/director org:postIn o:test-agency .", "ta:post\\/director org:postIn p:jane-doe ."),
    ),
    (
        "Post-role-missing",
        V,
        "shacl.MinCount",
        "has no role",
        drop("leader", "ta:post\\/director org:role c:role\\/director ."),
    ),
    (
        "Post-role-class",
        W,
        "shacl.Class",
        "is not typed org:Role",
        swap(
            "leader",
            "ta:post\\/director org:role c:role\\/director .",
            "ta:post\\/director org:role c:role\\/other . " + NEW_CONCEPT,
        ),
    ),
    (
        "Post-heldBy-class",
        V,
        "shacl.Or",
        "neither a person nor an organization",
        swap("leader", "ta:post\\/director org:heldBy p:jane-doe .", "ta:post\\/director org:heldBy ta:address\\/hq ."),
    ),
    (
        "Post-name-several",
        W,
        "shacl.MaxCount",
        "more than one label",
        add("leader", 'ta:post\\/director schema:name "Head" .'),
    ),
    (
        "Membership-member-count",
        V,
        "shacl.MinCount",
        "exactly one member",
        drop("partners", "ta:membership\\/partner-institute org:member o:partner-institute ."),
    ),
    (
        "Membership-member-class",
        V,
        "shacl.Or",
        "neither a person nor an organization",
        swap(
            "partners",
            "ta:membership\\/partner-institute org:member o:partner-institute .",
            "ta:membership\\/partner-institute org:member c:role\\/partner .",
        ),
    ),
    (
        "Membership-organization-count",
        V,
        "shacl.MinCount",
        "exactly one organization",
        drop("partners", "ta:membership\\/partner-institute org:organization o:test-agency ."),
    ),
    (
        "Membership-organization-class",
        V,
        "shacl.Or",
        "which is not an organization",
        swap(
            "partners",
            "ta:membership\\/partner-institute org:organization o:test-agency .",
            "ta:membership\\/partner-institute org:organization ta:address\\/hq .",
        ),
    ),
    (
        "Membership-role-class",
        W,
        "shacl.Class",
        "is not typed org:Role",
        add("partners", "ta:membership\\/partner-institute org:role c:role\\/other . " + NEW_CONCEPT),
    ),
    # event.ttl
    (
        "ChangeEvent-organizations",
        V,
        "shacl.Or",
        "neither an original nor a resulting organization",
        drop("legislation", "ta:event\\/founding org:resultingOrganization o:test-agency ."),
    ),
    (
        "ChangeEvent-date-several",
        V,
        "shacl.MaxCount",
        "more than one date",
        add("history", 'ta:event\\/renamed dcterms:date "1961"^^xsd:gYear .'),
    ),
    (
        "ChangeEvent-date-datatype",
        V,
        "shacl.Or",
        "change event date '1960' must be an xsd:gYear",
        swap(
            "history", 'ta:event\\/renamed dcterms:date "1960"^^xsd:gYear .', 'ta:event\\/renamed dcterms:date "1960" .'
        ),
    ),
    (
        "ChangeEvent-original-class",
        V,
        "shacl.Or",
        "is not an organization",
        swap(
            "history",
            "ta:event\\/renamed org:originalOrganization o:old-agency .",
            "ta:event\\/renamed org:originalOrganization ta:address\\/hq .",
        ),
    ),
    (
        "ChangeEvent-resulting-class",
        V,
        "shacl.Or",
        "is not an organization",
        add("legislation", "ta:event\\/founding org:resultingOrganization p:jane-doe ."),
    ),
    (
        "ChangeEvent-distinct",
        W,
        "shacl.Disjoint",
        "as both its original and its resulting organization",
        add("history", "ta:event\\/renamed org:originalOrganization o:test-agency ."),
    ),
    (
        "HeadquartersMove-place",
        V,
        "shacl.Or",
        "names neither the place it moved from nor the place it moved to",
        add("history", MOVE),
    ),
    (
        "HeadquartersMove-fromPlace-several",
        V,
        "shacl.MaxCount",
        "moved from more than one place",
        add("history", MOVE + 'ta:event\\/moved-headquarters orgkg:fromPlace "Cologne", "Bonn" .'),
    ),
    (
        "HeadquartersMove-fromPlace-datatype",
        V,
        "shacl.Datatype",
        "place 'Cologne' a headquarters move left must be a plain string",
        add("history", MOVE + 'ta:event\\/moved-headquarters orgkg:fromPlace "Cologne"@en .'),
    ),
    (
        "HeadquartersMove-toPlace-several",
        V,
        "shacl.MaxCount",
        "moved to more than one place",
        add("history", MOVE + 'ta:event\\/moved-headquarters orgkg:toPlace "Bonn", "Berlin" .'),
    ),
    (
        "HeadquartersMove-toPlace-datatype",
        V,
        "shacl.Datatype",
        "place 'Bonn' a headquarters move went to must be a plain string",
        add("history", MOVE + 'ta:event\\/moved-headquarters orgkg:toPlace "Bonn"@en .'),
    ),
    (
        "HeadquartersMove-original",
        V,
        "shacl.MaxCount",
        "has an original organization",
        add(
            "history",
            MOVE + 'ta:event\\/moved-headquarters orgkg:toPlace "Bonn" ; org:originalOrganization o:old-agency .',
        ),
    ),
    (
        "HeadquartersMove-same-place",
        W,
        "shacl.Disjoint",
        "moved from and to the same place 'Bonn'",
        add("history", MOVE + 'ta:event\\/moved-headquarters orgkg:fromPlace "Bonn" ; orgkg:toPlace "Bonn" .'),
    ),
    # values.ttl
    (
        "QuantitativeValue-value-count",
        V,
        "shacl.MinCount",
        "exactly one schema:value",
        drop("number-of-employees", "ta:quantity\\/number-of-employees schema:value 120 ."),
    ),
    (
        "QuantitativeValue-value-integer",
        V,
        "shacl.Datatype",
        "count '120.5' must be an xsd:integer",
        swap(
            "number-of-employees",
            "ta:quantity\\/number-of-employees schema:value 120 .",
            'ta:quantity\\/number-of-employees schema:value "120.5"^^xsd:decimal .',
        ),
    ),
    (
        "QuantitativeValue-value-nonNegative",
        V,
        "shacl.MinInclusive",
        "count '-5' is negative",
        swap(
            "number-of-employees",
            "ta:quantity\\/number-of-employees schema:value 120 .",
            "ta:quantity\\/number-of-employees schema:value -5 .",
        ),
    ),
    (
        "QuantitativeValue-unitText-datatype",
        W,
        "shacl.Datatype",
        "unit text 'employees'",
        swap(
            "number-of-employees",
            'ta:quantity\\/number-of-employees schema:unitText "employees" .',
            'ta:quantity\\/number-of-employees schema:unitText "employees"@en .',
        ),
    ),
    (
        "QuantitativeValue-asOf-datatype",
        W,
        "shacl.Or",
        "as-of date '2024'",
        swap(
            "number-of-employees",
            'ta:quantity\\/number-of-employees orgkg:asOf "2024"^^xsd:gYear .',
            'ta:quantity\\/number-of-employees orgkg:asOf "2024" .',
        ),
    ),
    (
        "MonetaryAmount-value-count",
        V,
        "shacl.MinCount",
        "exactly one schema:value",
        drop("last-total-enacted-budget", 'ta:budget\\/fy-2024 schema:value "1500000.00"^^xsd:decimal .'),
    ),
    (
        "MonetaryAmount-value-decimal",
        V,
        "shacl.Datatype",
        "amount '1500000' must be an xsd:decimal",
        swap(
            "last-total-enacted-budget",
            'ta:budget\\/fy-2024 schema:value "1500000.00"^^xsd:decimal .',
            "ta:budget\\/fy-2024 schema:value 1500000 .",
        ),
    ),
    (
        "MonetaryAmount-value-nonNegative",
        V,
        "shacl.MinInclusive",
        "amount '-1.00' is negative",
        swap(
            "last-total-enacted-budget",
            'ta:budget\\/fy-2024 schema:value "1500000.00"^^xsd:decimal .',
            'ta:budget\\/fy-2024 schema:value "-1.00"^^xsd:decimal .',
        ),
    ),
    (
        "MonetaryAmount-currency-count",
        V,
        "shacl.MinCount",
        "exactly one currency",
        drop("last-total-enacted-budget", 'ta:budget\\/fy-2024 schema:currency "USD" .'),
    ),
    (
        "MonetaryAmount-currency-code",
        V,
        "shacl.Pattern",
        "currency 'usd' is not an ISO 4217 code",
        swap(
            "last-total-enacted-budget",
            'ta:budget\\/fy-2024 schema:currency "USD" .',
            'ta:budget\\/fy-2024 schema:currency "usd" .',
        ),
    ),
    (
        "MonetaryAmount-validity-datatype",
        V,
        "shacl.Datatype",
        "validity date '2023-10-01T00:00:00'",
        swap(
            "last-total-enacted-budget",
            'ta:budget\\/fy-2024 schema:validFrom "2023-10-01"^^xsd:date .',
            'ta:budget\\/fy-2024 schema:validFrom "2023-10-01T00:00:00"^^xsd:dateTime .',
        ),
    ),
    (
        "MonetaryAmount-validity-order",
        V,
        "shacl.LessThanOrEquals",
        "valid from '2024-10-01'",
        swap(
            "last-total-enacted-budget",
            'ta:budget\\/fy-2024 schema:validFrom "2023-10-01"^^xsd:date .',
            'ta:budget\\/fy-2024 schema:validFrom "2024-10-01"^^xsd:date .',
        ),
    ),
    (
        "MonetaryAmount-fiscalYear-datatype",
        W,
        "shacl.Datatype",
        "fiscal year '2024'",
        swap(
            "last-total-enacted-budget",
            'ta:budget\\/fy-2024 orgkg:fiscalYear "2024"^^xsd:gYear .',
            "ta:budget\\/fy-2024 orgkg:fiscalYear 2024 .",
        ),
    ),
    # provenance.ttl
    (
        "GraphProvenance-source-count",
        V,
        "shacl.MinCount",
        "exactly one source document",
        drop(None, "g:mission prov:wasDerivedFrom src:minimal ."),
    ),
    (
        "GraphProvenance-source-class",
        V,
        "shacl.Class",
        "which is not an orgkg:SourceDocument",
        swap(
            None,
            "g:mission prov:wasDerivedFrom src:minimal .",
            "g:mission prov:wasDerivedFrom src:web\\/example-org-about .",
        ),
    ),
    (
        "GraphProvenance-field-count",
        V,
        "shacl.MinCount",
        "exactly one source field",
        drop(None, 'g:mission orgkg:field "Mission" .'),
    ),
    (
        "GraphProvenance-firstLine",
        V,
        "shacl.MinInclusive",
        "a positive xsd:integer",
        swap(None, "g:mission orgkg:firstLine 4 .", "g:mission orgkg:firstLine 0 ."),
    ),
    (
        "GraphProvenance-lastLine",
        V,
        "shacl.MinCount",
        "exactly one last line",
        drop(None, "g:mission orgkg:lastLine 5 ."),
    ),
    (
        "GraphProvenance-lineOrder",
        V,
        "shacl.LessThanOrEquals",
        "starts at line '4', after its last line",
        swap(None, "g:mission orgkg:lastLine 5 .", "g:mission orgkg:lastLine 3 ."),
    ),
    (
        "GraphProvenance-citation-class",
        V,
        "shacl.Class",
        "which is not a schema:WebPage",
        swap(
            None,
            "g:mission prov:hadPrimarySource src:web\\/example-org-about .",
            "g:mission prov:hadPrimarySource src:minimal .",
        ),
    ),
    (
        "SourceDocument-name",
        V,
        "shacl.MinCount",
        "exactly one file name",
        drop(None, 'src:minimal schema:name "minimal.txt" .'),
    ),
    (
        "SourceDocument-sha256",
        V,
        "shacl.Pattern",
        "sha256 checksum",
        swap(
            None,
            'src:minimal orgkg:sha256 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" .',
            'src:minimal orgkg:sha256 "abc" .',
        ),
    ),
    (
        "WebPage-url-count",
        V,
        "shacl.MinCount",
        "exactly one URL",
        drop("references", "src:web\\/example-org-about schema:url <https://www.example.org/about> ."),
    ),
    (
        "WebPage-url-iri",
        V,
        "shacl.NodeKind",
        "must be an IRI",
        swap(
            "references",
            "src:web\\/example-org-about schema:url <https://www.example.org/about> .",
            'src:web\\/example-org-about schema:url "https://www.example.org/about" .',
        ),
    ),
    (
        "WebPage-url-scheme",
        V,
        "shacl.Pattern",
        "is not an absolute http(s) URL",
        swap(
            "references",
            "src:web\\/example-org-about schema:url <https://www.example.org/about> .",
            "src:web\\/example-org-about schema:url <javascript:alert(1)> .",
        ),
    ),
    (
        "WebPage-name-missing",
        W,
        "shacl.MinCount",
        "has no title",
        drop("references", 'src:web\\/example-org-about schema:name "About the Test Agency" .'),
    ),
    (
        "WebPage-publisher-class",
        V,
        "shacl.Or",
        "neither an organization nor a person",
        swap(
            "references",
            "src:web\\/example-org-about schema:publisher o:test-agency .",
            "src:web\\/example-org-about schema:publisher ta:address\\/hq .",
        ),
    ),
    (
        "WebPage-isPartOf-class",
        W,
        "shacl.Class",
        "which is not a schema:WebSite",
        swap(
            "references",
            "src:web\\/example-org-about schema:isPartOf src:site\\/example-org .",
            "src:web\\/example-org-about schema:isPartOf o:test-agency .",
        ),
    ),
    (
        "WebSite-name-missing",
        W,
        "shacl.MinCount",
        "has no name",
        drop("references", 'src:site\\/example-org schema:name "Example.org" .'),
    ),
    (
        "Retrieval-used-count",
        V,
        "shacl.MinCount",
        "exactly one web page",
        drop("references", "src:minimal\\/retrieval\\/1 prov:used src:web\\/example-org-about ."),
    ),
    (
        "Retrieval-used-class",
        V,
        "shacl.Class",
        "which is not a schema:WebPage",
        swap(
            "references",
            "src:minimal\\/retrieval\\/1 prov:used src:web\\/example-org-about .",
            "src:minimal\\/retrieval\\/1 prov:used src:site\\/example-org .",
        ),
    ),
    (
        "Retrieval-date-count",
        V,
        "shacl.MinCount",
        "exactly one access date",
        drop("references", 'src:minimal\\/retrieval\\/1 dcterms:date "2025-02-08"^^xsd:date .'),
    ),
    (
        "Retrieval-date-datatype",
        V,
        "shacl.Datatype",
        "access date 'February 8, 2025' must be an xsd:date",
        swap(
            "references",
            'src:minimal\\/retrieval\\/1 dcterms:date "2025-02-08"^^xsd:date .',
            'src:minimal\\/retrieval\\/1 dcterms:date "February 8, 2025" .',
        ),
    ),
    (
        "FieldStatement-field",
        V,
        "shacl.MinCount",
        "exactly one field",
        drop("mission", 'ta:field\\/mission orgkg:field "Mission" .'),
    ),
    (
        "FieldStatement-status-count",
        V,
        "shacl.MinCount",
        "exactly one status",
        drop("mission", "ta:field\\/mission orgkg:fieldStatus orgkg:stated ."),
    ),
    (
        "FieldStatement-status-value",
        V,
        "shacl.In",
        "field status orgkg:unknown is not one of",
        swap(
            "mission",
            "ta:field\\/mission orgkg:fieldStatus orgkg:stated .",
            "ta:field\\/mission orgkg:fieldStatus orgkg:unknown .",
        ),
    ),
    # things.ttl
    (
        "Concept-prefLabel-missing",
        W,
        "shacl.MinCount",
        "has no label",
        drop("leader", 'c:role\\/director skos:prefLabel "director"@en .'),
    ),
    (
        "Concept-prefLabel-uniqueLang",
        V,
        "shacl.UniqueLang",
        "more than one skos:prefLabel in one language",
        add("leader", 'c:role\\/director skos:prefLabel "head"@en .'),
    ),
    (
        "Concept-inScheme-missing",
        W,
        "shacl.MinCount",
        "is in no concept scheme",
        drop("leader", "c:role\\/director skos:inScheme c:role\\/scheme ."),
    ),
    (
        "Legislation-name-missing",
        V,
        "shacl.MinCount",
        "has no name",
        add("legislation", "ta:legislation\\/act a schema:Legislation ."),
    ),
    (
        "Legislation-date-datatype",
        V,
        "shacl.Or",
        "legislation date 'May 1950'",
        add("legislation", ACT + ' ta:legislation\\/act schema:legislationDate "May 1950" .'),
    ),
    (
        "Legislation-passedBy-class",
        V,
        "shacl.Or",
        "neither a person nor an organization",
        add("legislation", ACT + " ta:legislation\\/act schema:legislationPassedBy ta:address\\/hq ."),
    ),
    (
        "Service-name-missing",
        W,
        "shacl.MinCount",
        "has no name",
        add("organization-structure", "ta:service\\/advice a schema:Service ; schema:provider o:test-agency ."),
    ),
    (
        "Service-provider-class",
        V,
        "shacl.Or",
        "neither an organization nor a person",
        add(
            "organization-structure",
            'ta:service\\/advice a schema:Service ; schema:name "Advice" ; schema:provider ta:address\\/hq .',
        ),
    ),
    # text.ttl: one shape per predicate and rule, added below
]
CASES += PLAUSIBILITY_CASES  # plausibility.ttl: tests/test_plausibility.py
CASES += HOLDING_CASES  # holdings and their periods (structure.ttl): tests/test_holding_periods.py

# text.ttl checks each naming and prose predicate on its own; each rule fires on each.
NAME_PREDICATES = {
    "name": "schema:name",
    "alternateName": "schema:alternateName",
    "prefLabel": "skos:prefLabel",
    "altLabel": "skos:altLabel",
    "label": "rdfs:label",
    "field": "orgkg:field",
}
PROSE_PREDICATES = {"description": "schema:description", "purpose": "org:purpose", "verbatim": "orgkg:verbatim"}
for local, predicate in NAME_PREDICATES.items():
    CASES += [
        (
            f"Names-empty-{local}",
            V,
            "shacl.MinLength",
            "'Partner Institute' has an empty name or label",
            add("partners", f'o:partner-institute {predicate} "" .'),
        ),
        (
            f"Names-untrimmed-{local}",
            W,
            "shacl.Pattern",
            "'Partner\\nInstitute' has leading or trailing whitespace",
            add("partners", f'o:partner-institute {predicate} "Partner\\nInstitute" .'),
        ),
    ]
for local, predicate in PROSE_PREDICATES.items():
    CASES += [
        (
            f"Prose-language-{local}",
            W,
            "shacl.Datatype",
            "'Plain.' should be language-tagged",
            add("mission", f'o:test-agency {predicate} "Plain." .'),
        ),
        (
            f"Prose-empty-{local}",
            V,
            "shacl.MinLength",
            f"has an empty text for {predicate}",
            add("mission", f'o:test-agency {predicate} ""@en .'),
        ),
        (
            f"Prose-footnotes-{local}",
            W,
            "shacl.Pattern",
            "'Cited.[1]' still contains a footnote marker",
            add("mission", f'o:test-agency {predicate} "Cited.[1]"@en .'),
        ),
        (
            f"Prose-untrimmed-{local}",
            W,
            "shacl.Pattern",
            "' Padded.' has leading or trailing whitespace",
            add("mission", f'o:test-agency {predicate} " Padded."@en .'),
        ),
    ]


def run(mutation=None, **options):
    dataset = minimal()
    if mutation is not None:
        mutation(dataset)
    return validate_dataset(dataset, sources={"minimal.txt": SOURCE}, today=TODAY, **options)


def test_minimal_fixture_is_clean():
    report = run()
    assert report.findings == ()
    assert report.conforms and not report.fails(Severity.INFO)


@pytest.mark.parametrize(("shape", "severity", "code", "fragment", "mutation"), CASES, ids=[case[0] for case in CASES])
def test_constraint_fires(shape, severity, code, fragment, mutation):
    report = run(mutation)
    matching = [f for f in report.findings if f.shape == f"orgkgsh:{shape}"]
    assert matching, f"{shape} did not fire; got {[(f.shape, f.code, f.message) for f in report.findings]}"
    finding = matching[0]
    assert finding.severity is severity
    assert finding.code == code
    assert fragment in finding.message, finding.message
    assert "{$" not in finding.message and "http://www.w3.org/ns/shacl#" not in finding.message
    # every finding is located in the profile through provenance (findings about broken
    # provenance itself can only be located as far as the provenance still goes)
    if not shape.startswith(("GraphProvenance-", "SourceDocument-")):
        assert finding.file == SOURCE and finding.line is not None and finding.field, finding


def test_a_headquarters_move_as_mapped_is_clean():
    report = run(
        add("history", MOVE + 'ta:event\\/moved-headquarters orgkg:fromPlace "Cologne" ; orgkg:toPlace "Bonn" .')
    )
    assert report.findings == ()


def test_every_shape_has_a_case():
    from orgkg.validation import _Namer

    shapes = set(shape_checks(load_shapes(), _Namer(minimal().default_graph, None)))
    covered = {f"orgkgsh:{case[0]}" for case in CASES}
    assert shapes - covered == set(), "shapes without a test that makes them fire"
    assert covered - shapes == set(), "cases for shapes that no longer exist"


def test_us_zip_names_file_line_and_field():
    report = run(
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:postalCode "62701" .',
            'ta:address\\/hq schema:postalCode "2025" .',
        )
    )
    [finding] = [f for f in report.findings if f.shape == "orgkgsh:USAddress-postalCode"]
    assert finding.message == "postal code '2025' is not a US ZIP code (12345 or 12345-6789)"
    assert (finding.file, finding.line, finding.field) == (SOURCE, 21, "Headquarters address")
    assert finding.focus == "<org/test-agency/address/hq>"
    assert finding.path == "schema:postalCode"
    assert finding.value == '"2025"'


def test_zip_plus_four_and_non_us_addresses_pass():
    zip4 = swap(
        "headquarters-address",
        'ta:address\\/hq schema:postalCode "62701" .',
        'ta:address\\/hq schema:postalCode "62701-1234" .',
    )
    assert run(zip4).findings == ()
    german = both(
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:postalCode "62701" .',
            'ta:address\\/hq schema:postalCode "10117" .',
        ),
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:addressRegion "IL" .',
            'ta:address\\/hq schema:addressRegion "Berlin" .',
        ),
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:addressCountry "US" .',
            'ta:address\\/hq schema:addressCountry "DE" .',
        ),
    )
    assert run(german).findings == ()


@pytest.mark.parametrize("region", ["IL", "Illinois", "MD", "Maryland", "District of Columbia", "Puerto Rico"])
def test_us_region_as_code_or_name_passes(region):
    """A US region written as its ISO 3166-2 name is as correct as its code (a build of a
    correct profile once failed on 'Maryland')."""
    mutation = swap(
        "headquarters-address",
        'ta:address\\/hq schema:addressRegion "IL" .',
        f'ta:address\\/hq schema:addressRegion "{region}" .',
    )
    assert run(mutation).findings == ()


@pytest.mark.parametrize("region", ["Ontario", "Bavaria", "M.D.", "maryland", "Germantown", "ZZ"])
def test_us_region_that_is_no_state_fires(region):
    mutation = swap(
        "headquarters-address",
        'ta:address\\/hq schema:addressRegion "IL" .',
        f'ta:address\\/hq schema:addressRegion "{region}" .',
    )
    [finding] = [f for f in run(mutation).findings if f.shape == "orgkgsh:USAddress-region"]
    assert finding.severity == V and finding.value == f'"{region}"'


def test_us_region_list_is_the_iso_3166_2_table():
    """The shape's sh:in list mirrors the generated subdivision table: every US code and name."""
    from rdflib import Namespace
    from rdflib.collection import Collection

    from orgkg.extract.lexicon import subdivisions

    sh = Namespace("http://www.w3.org/ns/shacl#")
    shapes = load_shapes()
    shape = next(s for s in shapes.subjects(sh.path, None) if str(s).endswith("#USAddress-region"))
    listed = {str(v) for v in Collection(shapes, shapes.value(shape, sh["in"]))}
    table = subdivisions("US")
    assert listed == {s.code for s in table} | {s.name for s in table}


def test_subclasses_meet_superclass_constraints():
    """A schema:CollegeOrUniversity founder-organization and an org:OrganizationalUnit parent
    pass thanks to the subclass axioms (ontology/vocab-axioms.ttl)."""
    mutation = both(
        add("partners", "o:partner-institute a schema:CollegeOrUniversity ."),
        swap(
            "parent-organization",
            "o:test-agency org:subOrganizationOf o:parent-department .",
            "o:test-agency org:subOrganizationOf o:parent-unit . "
            'o:parent-unit a org:OrganizationalUnit, schema:Organization ; schema:name "Parent Unit" ; '
            "org:subOrganizationOf o:parent-department .",
        ),
    )
    report = run(mutation)
    assert [f for f in report.findings if f.code.startswith("shacl.")] == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="[]0123 a\n", max_size=24))
def test_footnote_pattern_is_the_complement_of_a_footnote_marker(text):
    from rdflib import URIRef

    from orgkg.validation import SH

    shapes = load_shapes()
    [pattern] = set(shapes.objects(URIRef("https://w3id.org/orgkg/shapes#Prose-footnotes-description"), SH.pattern))
    assert bool(re.search(str(pattern), text)) == (re.search(r"\[[0-9]+\]", text) is None)


@pytest.fixture()
def unhoisted(monkeypatch):
    """Validation with the shapes exactly as written (no target hoisting)."""
    import orgkg.shacl as shacl

    monkeypatch.setattr(shacl, "engine_shapes", lambda shapes: shapes)


def test_hoisting_moves_targets_onto_property_shapes():
    from rdflib import URIRef

    from orgkg.shacl import SH, hoist_targets

    shapes = load_shapes()
    engine = hoist_targets(shapes)
    organization = URIRef("https://w3id.org/orgkg/shapes#Organization")
    name_missing = URIRef("https://w3id.org/orgkg/shapes#Organization-name-missing")
    assert (organization, SH.property, name_missing) in shapes
    assert (organization, SH.property, name_missing) not in engine
    assert set(engine.objects(name_missing, SH.targetClass)) == set(shapes.objects(organization, SH.targetClass))
    assert len(shapes) == len(load_shapes()), "the loaded shapes are shared and must stay untouched"


def test_hoisting_keeps_referenced_node_shapes_whole():
    from rdflib import Graph

    from orgkg.shacl import hoist_targets

    shapes = Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:Outer a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:p ; sh:node ex:Inner ] .
        ex:Inner a sh:NodeShape ; sh:targetClass ex:B ; sh:property ex:InnerName .
        ex:InnerName sh:path ex:name ; sh:minCount 1 .
    """,
        format="turtle",
    )
    engine = hoist_targets(shapes)
    ex = "http://example.org/"
    from rdflib import URIRef

    from orgkg.validation import SH

    assert (URIRef(ex + "Inner"), SH.property, URIRef(ex + "InnerName")) in engine
    assert (URIRef(ex + "InnerName"), SH.targetClass, URIRef(ex + "B")) not in engine
    assert (URIRef(ex + "Outer"), SH.property, None) not in engine


def _hoisted_cases() -> list[tuple]:
    """The cases of the property shapes that hoisting moves (the others run as written)."""
    from orgkg.shacl import SH, TARGETS

    shapes = load_shapes()
    moved = {
        str(p).rsplit("#", 1)[-1]
        for s, p in shapes.subject_objects(SH.property)
        if set(shapes.predicates(s)) & set(TARGETS)
    }
    return [(case[0], case[4]) for case in CASES if case[0] in moved]


@pytest.mark.parametrize(("shape", "mutation"), _hoisted_cases(), ids=[case[0] for case in _hoisted_cases()])
def test_hoisted_shapes_report_what_the_written_shapes_report(shape, mutation, request):
    hoisted = run(mutation)
    request.getfixturevalue("unhoisted")
    assert run(mutation).findings == hoisted.findings
