"""Every vocabulary term orgkg emits comes from here.

schema.org and orgkg's own vocabulary are *closed* namespaces: a typo such as
``SDO.mision`` raises at import time instead of silently minting a term no consumer
understands (rdflib's own ``SDO`` only warns; so does its ``TIME``). ORG, PROV, SKOS and DCTERMS are
rdflib's closed namespaces already, and so are SH and OWL (rdflib's ``SH.resultSeverty``
raises; an open ``Namespace`` would silently mint a wrong IRI).

Terms known only at run time (a finding code, a schema.org term read from a table) are
made with ``term(namespace, local)``, which still takes the namespace IRI from here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, VOID, XSD, DefinedNamespace
from rdflib.term import URIRef

__all__ = [
    "DCAT",
    "DCTERMS",
    "ORG",
    "ORGKG",
    "ORGKGSH",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SH",
    "SKOS",
    "TIME",
    "VOID",
    "WD",
    "XSD",
    "compact",
    "ns_term",
]

# Wikidata entities: an open namespace by nature (any Q-id), used only through ``WD[qid]``.
WD = Namespace("http://www.wikidata.org/entity/")


class SDO(DefinedNamespace):
    """The schema.org terms orgkg uses (https, as schema.org serves them now)."""

    _fail = True
    _NS = Namespace("https://schema.org/")

    # classes
    CollegeOrUniversity: URIRef
    Corporation: URIRef
    GovernmentOrganization: URIRef
    MonetaryAmount: URIRef
    NGO: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    PostalAddress: URIRef
    QuantitativeValue: URIRef
    WebPage: URIRef
    WebSite: URIRef
    # properties
    address: URIRef
    addressCountry: URIRef
    addressLocality: URIRef
    addressRegion: URIRef
    alternateName: URIRef
    containedInPlace: URIRef
    currency: URIRef
    description: URIRef
    dissolutionDate: URIRef
    founder: URIRef
    foundingDate: URIRef
    isPartOf: URIRef
    keywords: URIRef
    member: URIRef
    memberOf: URIRef
    name: URIRef
    numberOfEmployees: URIRef
    parentOrganization: URIRef
    postalCode: URIRef
    provider: URIRef  # read by the framed JSON-LD (pending in schema.org: never emitted)
    publisher: URIRef
    sameAs: URIRef
    streetAddress: URIRef
    subOrganization: URIRef
    subjectOf: URIRef
    unitText: URIRef
    url: URIRef
    validFrom: URIRef
    validThrough: URIRef
    value: URIRef
    # schema.org's own vocabulary, as vocabcheck reads it
    DataType: URIRef
    Thing: URIRef
    URL: URIRef
    domainIncludes: URIRef
    rangeIncludes: URIRef
    supersededBy: URIRef


class TIME(DefinedNamespace):
    """The OWL-Time terms orgkg uses: the period of a holding (``org:memberDuring``)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/2006/time#")

    Instant: URIRef
    Interval: URIRef
    hasBeginning: URIRef
    hasEnd: URIRef
    inXSDDate: URIRef
    inXSDgYear: URIRef
    inXSDgYearMonth: URIRef


class ORGKG(DefinedNamespace):
    """orgkg's own terms, for what no standard vocabulary has. Defined in ontology/orgkg.ttl."""

    _fail = True
    _NS = Namespace("https://w3id.org/orgkg/ns#")

    # classes
    FieldStatement: URIRef
    HeadquartersMove: URIRef
    Legislation: URIRef
    Program: URIRef
    Retrieval: URIRef
    SourceDocument: URIRef
    # properties
    asOf: URIRef
    coordinatedBy: URIRef
    enactedBudget: URIRef
    field: URIRef
    fieldStatement: URIRef
    fieldStatus: URIRef
    firstLine: URIRef
    fiscalYear: URIRef
    fromPlace: URIRef
    fundingSource: URIRef
    lastLine: URIRef
    legalBasis: URIRef
    partnerCategory: URIRef
    passedBy: URIRef
    previousName: URIRef
    program: URIRef
    qualifier: URIRef
    regulatoryScope: URIRef
    service: URIRef
    sha256: URIRef
    toPlace: URIRef
    verbatim: URIRef
    # field-status concepts
    stated: URIRef
    explicitlyNone: URIRef
    notPubliclySpecified: URIRef
    notApplicable: URIRef
    empty: URIRef
    unrecognised: URIRef
    FieldStatusScheme: URIRef
    # legal-basis concepts
    executiveAction: URIRef
    statute: URIRef
    registeredAssociation: URIRef
    LegalBasisScheme: URIRef


class ORGKGSH(DefinedNamespace):
    """orgkg's shapes (shapes/*.ttl) and the terms its validation reports add to SHACL's.
    A shape or component named after a Python check's code is ``ns_term(ORGKGSH, code)``."""

    _fail = True
    _NS = Namespace("https://w3id.org/orgkg/shapes#")

    code: URIRef
    field: URIRef
    file: URIRef
    line: URIRef


class DCAT(DefinedNamespace):
    """The DCAT terms of the dataset description (void.ttl; rdflib's own DCAT is open).
    VOID is rdflib's, closed already."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/dcat#")

    Dataset: URIRef
    Distribution: URIRef
    byteSize: URIRef
    distribution: URIRef
    downloadURL: URIRef
    mediaType: URIRef


# Prefixes bound on every graph orgkg writes, so no output ever shows ``ns1:``.
PREFIXES: dict[str, str] = {
    "schema": str(SDO),
    "org": str(ORG),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "time": str(TIME),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "orgkg": str(ORGKG),
    "wd": str(WD),
    "sh": str(SH),
}


def ns_term(namespace: type[DefinedNamespace] | Namespace, local: str) -> URIRef:
    """``namespace`` + ``local`` for a term whose name is data, not code (a finding code,
    a datatype read from a table): bypasses the closed check on purpose, nowhere else."""
    return URIRef(str(namespace) + local)


# A Turtle/SPARQL local name that needs no escaping (PN_LOCAL without "%" and "\\").
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
# For display only (query tables): "/" and "#" may stay inside the local part.
_DISPLAY_LOCAL = re.compile(r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_./#-]*[A-Za-z0-9_/#-])?)?")


def compact(iri: str, prefixes: Mapping[str, str] = PREFIXES, *, display: bool = False) -> str:
    """``schema:name`` for ``iri`` under the longest namespace of ``prefixes`` whose local
    part is a valid local name, else ``<iri>``: the one CURIE rule of Turtle, TriG,
    reports, the term table and query tables. ``display`` also allows ``/`` and ``#``
    (and an empty local part) in the local part, for text people read, never for RDF.
    """
    pattern = _DISPLAY_LOCAL if display else _LOCAL
    best = ""
    for prefix, namespace in prefixes.items():
        longer = len(namespace) > len(prefixes.get(best, ""))
        if namespace and longer and iri.startswith(namespace) and pattern.fullmatch(iri[len(namespace) :]):
            best = prefix
    return f"{best}:{iri[len(prefixes[best]) :]}" if best else f"<{iri}>"
