"""Map: resolved facts → quads (DESIGN §3–§5). Builds; never writes.

One named graph per (profile, field) holds that field's triples; the default graph says
where each named graph came from (source file, checksum, line range, cited web page).
Every node has an IRI minted by ``orgkg.iri.Minter``: no blank nodes anywhere.

``map_profile`` writes one profile's quads into a ``QuadSink``: an rdflib Dataset
(``DatasetSink``, for validation and the API) or a plain list (``QuadList``, what the build
renders its files from), so the build never makes rdflib objects it does not need.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Protocol

from rdflib import Dataset, Graph, Literal, URIRef

from orgkg.iri import Minter, slugify
from orgkg.model import (
    Address,
    Budget,
    ChangeEvent,
    Coordinator,
    DateValue,
    Dissolution,
    EmployeeCount,
    Fact,
    FieldFacts,
    FieldStatus,
    Founding,
    FundingSource,
    HeadquartersMove,
    Holding,
    Identity,
    Member,
    MemberOf,
    Mention,
    OrgKind,
    Parent,
    PartnerCategory,
    Post,
    ProfileFacts,
    Program,
    Purpose,
    RegulatoryScope,
    SameAs,
    Service,
    Unit,
    Website,
)
from orgkg.namespaces import DCTERMS, ORG, ORGKG, PREFIXES, PROV, RDF, SDO, SKOS, TIME, WD, XSD
from orgkg.resolve import Entity, Resolution
from orgkg.serialization import canonical_lexical

ORG_TYPES: dict[OrgKind, tuple[URIRef, URIRef]] = {
    OrgKind.GOVERNMENT: (SDO.GovernmentOrganization, ORG.FormalOrganization),
    OrgKind.COLLABORATION: (SDO.Organization, ORG.OrganizationalCollaboration),
    OrgKind.NGO: (SDO.NGO, ORG.FormalOrganization),
    OrgKind.COMPANY: (SDO.Corporation, ORG.FormalOrganization),
    OrgKind.UNIVERSITY: (SDO.CollegeOrUniversity, ORG.FormalOrganization),
    OrgKind.ORGANIZATION: (SDO.Organization, ORG.Organization),
}


def text(value: str) -> Literal:
    """Prose: language-tagged, so consumers can pick a language."""
    return Literal(value, lang="en")


def name(value: str) -> Literal:
    """Names and labels of things: plain strings."""
    return Literal(value)


def typed(lexical: str, datatype: URIRef) -> Literal:
    """A typed literal in its canonical lexical form, the one the graph files carry (so the
    Dataset validated and queried here holds the same terms as the files and the store)."""
    return Literal(canonical_lexical(lexical, str(datatype)), datatype=datatype)


# OWL-Time's property for a date at each precision a DateValue has.
INSTANT_PROPERTY: dict[str, URIRef] = {
    "gYear": TIME.inXSDgYear,
    "gYearMonth": TIME.inXSDgYearMonth,
    "date": TIME.inXSDDate,
}


def date_literal(value: DateValue) -> Literal:
    return typed(value.lexical, XSD[value.precision])


def new_dataset() -> Dataset:
    """An empty Dataset whose SPARQL queries see the union of all graphs."""
    dataset = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    return dataset


Quad = tuple[URIRef, URIRef, URIRef | Literal, URIRef | None]  # graph None: the default graph


class QuadSink(Protocol):
    """Where ``map_profile`` puts quads."""

    def add(self, quad: Quad) -> None: ...


@dataclass
class DatasetSink:
    """Quads into an rdflib Dataset (graph None: its default graph)."""

    dataset: Dataset
    graphs: dict[URIRef | None, Graph] = field(default_factory=dict)

    def add(self, quad: Quad) -> None:
        s, p, o, g = quad
        graph = self.graphs.get(g)
        if graph is None:
            graph = self.graphs[g] = self.dataset.default_graph if g is None else self.dataset.graph(g)
        graph.add((s, p, o))


@dataclass
class QuadList:
    """Quads into a list, as they come (duplicates included)."""

    quads: list[Quad] = field(default_factory=list)

    def add(self, quad: Quad) -> None:
        self.quads.append(quad)


def map_profile(facts: ProfileFacts, resolution: Resolution, minter: Minter, sink: QuadSink) -> None:
    """Map one profile's facts into ``sink``."""
    _ProfileMapper(facts, resolution, minter, sink).map()


@dataclass
class _ProfileMapper:
    """Maps one profile. ``graph`` is the named graph of the field being mapped."""

    facts: ProfileFacts
    resolution: Resolution
    minter: Minter
    sink: QuadSink
    graph: URIRef | None = None
    # membership IRI → (IRI, start, end) of the holding it was minted for: a second holding
    # of the same role by the same person gets the start year in its IRI
    memberships: dict[URIRef, tuple[URIRef, DateValue | None, DateValue | None]] = field(default_factory=dict)
    # concept IRI → the label this profile gave it first (its prefLabel)
    concept_labels: dict[URIRef, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.entity = self.resolution.profile_entity(self.facts.profile.doc)
        self.org = self.minter.org(self.entity.slug)
        self.doc = self.facts.profile.doc
        self.source = self.minter.source(self.doc)
        self.pages = self._pages()

    # -- helpers ------------------------------------------------------------------------

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        assert self.graph is not None
        self.sink.add((s, p, o, self.graph))

    def default(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.sink.add((s, p, o, None))

    def owned(self, kind: str, label: str) -> URIRef:
        return self.minter.under_org(self.entity.slug, kind, slugify(label))

    def entity_iri(self, entity: Entity) -> URIRef:
        """IRI of a referenced entity; describe it briefly unless a profile of this build does."""
        minted = {
            "person": self.minter.person,
            "place": self.minter.place,
        }.get(entity.kind, self.minter.org)(entity.slug)
        if not entity.described:
            self.describe(minted, entity)
        return minted

    def describe(self, iri: URIRef, entity: Entity) -> None:
        if entity.kind == "person":
            self.add(iri, RDF.type, SDO.Person)
        elif entity.kind == "place":
            self.add(iri, RDF.type, SDO.Place)
        else:
            for rdf_type in ORG_TYPES[entity.org_kind or OrgKind.ORGANIZATION]:
                self.add(iri, RDF.type, rdf_type)
        self.add(iri, SDO.name, name(entity.name))
        for alternate in entity.alternate_names:
            self.add(iri, SDO.alternateName, name(alternate))
        if entity.qid:
            self.add(iri, SDO.sameAs, WD[entity.qid])

    def mention(self, mention: Mention) -> URIRef:
        return self.entity_iri(self.resolution.entity(mention))

    def concept(self, scheme: str, label: str) -> URIRef:
        # One concept per slug across the corpus, so one prefLabel per slug too: the same
        # words start a list in one profile ("Universities, ...") and follow a comma in another.
        label = label[:1].upper() + label[1:]
        concept = self.minter.concept(scheme, slugify(label))
        scheme_iri = self.minter.concept(scheme, "scheme")
        self.add(concept, RDF.type, SKOS.Concept)
        # SKOS gives a concept one prefLabel per language: another spelling of the same slug
        # in this profile ("Président", "President"; "Member States", "Member states") is an altLabel
        first = self.concept_labels.setdefault(concept, label)
        self.add(concept, SKOS.prefLabel if label == first else SKOS.altLabel, text(label))
        self.add(concept, SKOS.inScheme, scheme_iri)
        self.add(scheme_iri, RDF.type, SKOS.ConceptScheme)
        return concept

    def _pages(self) -> dict[int, URIRef]:
        """Footnote number → the web page IRI of the reference it points to."""
        return {ref.number: self.minter.web_page(ref.url) for ref in self.facts.profile.references if ref.url}

    # -- the profile ----------------------------------------------------------------------

    def map(self) -> None:
        self.map_source()
        for field_facts in self.facts.fields:
            graph_iri = self.minter.graph(self.entity.slug, field_facts.slug)
            self.graph = graph_iri
            self.map_provenance(
                graph_iri, field_facts.name, field_facts.first_line, field_facts.last_line, field_facts.footnotes
            )
            if field_facts.slug != "intro":  # unknown headings too: kept, never dropped
                self.map_statement(field_facts)
            for fact in field_facts.facts:
                self.map_fact(fact)
        if self.facts.profile.references:
            self.map_references()
        elif self.facts.profile.references_line is not None:
            self.map_empty_references(self.facts.profile.references_line)

    def map_source(self) -> None:
        profile = self.facts.profile
        self.default(self.source, RDF.type, PROV.Entity)
        self.default(self.source, RDF.type, ORGKG.SourceDocument)
        self.default(self.source, SDO.name, name(PurePath(profile.source).name))
        self.default(self.source, ORGKG.sha256, Literal(profile.sha256))

    def map_provenance(
        self, graph_iri: URIRef, field: str, first_line: int, last_line: int, footnotes: tuple[int, ...] = ()
    ) -> None:
        """Describe one named graph in the default graph: source file, field, lines, citations."""
        self.default(graph_iri, RDF.type, PROV.Entity)
        self.default(graph_iri, PROV.wasDerivedFrom, self.source)
        self.default(graph_iri, ORGKG.field, name(field))
        self.default(graph_iri, ORGKG.firstLine, Literal(first_line))
        self.default(graph_iri, ORGKG.lastLine, Literal(last_line))
        for number in footnotes:
            if number in self.pages:
                self.default(graph_iri, PROV.hadPrimarySource, self.pages[number])

    def map_statement(self, field_facts: FieldFacts) -> None:
        statement = self.owned("field", field_facts.slug)
        self.add(self.org, ORGKG.fieldStatement, statement)
        self.add(statement, RDF.type, ORGKG.FieldStatement)
        self.add(statement, ORGKG.field, name(field_facts.name))
        self.add(statement, ORGKG.fieldStatus, ORGKG[field_facts.status.value])
        if field_facts.verbatim:
            self.add(statement, ORGKG.verbatim, text(field_facts.verbatim))

    def map_fact(self, fact: Fact) -> None:
        handler = getattr(self, "map_" + type(fact).__name__.lower())
        handler(fact)

    # -- one method per fact type (DESIGN §3) --------------------------------------------

    def map_identity(self, fact: Identity) -> None:
        for rdf_type in ORG_TYPES[fact.kind]:
            self.add(self.org, RDF.type, rdf_type)
        self.add(self.org, SDO.name, name(fact.name))
        for alternate in self.entity.alternate_names:
            self.add(self.org, SDO.alternateName, name(alternate))
        if fact.description:
            self.add(self.org, SDO.description, text(fact.description))
        if self.entity.qid:
            self.add(self.org, SDO.sameAs, WD[self.entity.qid])

    def map_purpose(self, fact: Purpose) -> None:
        self.add(self.org, ORG.purpose, text(fact.text))

    def map_parent(self, fact: Parent) -> None:
        parent = self.mention(fact.org)
        if parent != self.org:
            self.add(self.org, SDO.parentOrganization, parent)
            self.add(self.org, ORG.subOrganizationOf, parent)

    def map_coordinator(self, fact: Coordinator) -> None:
        coordinator = self.mention(fact.org)
        self.add(self.org, ORGKG.coordinatedBy, coordinator)
        self.add(self.org, ORG.linkedTo, coordinator)

    def map_founding(self, fact: Founding) -> None:
        event = self.owned("event", "founding")
        self.add(event, RDF.type, ORG.ChangeEvent)
        self.add(event, ORG.resultingOrganization, self.org)
        if fact.date:
            self.add(self.org, SDO.foundingDate, date_literal(fact.date))
            self.add(event, DCTERMS.date, date_literal(fact.date))
        for founder in dict.fromkeys((fact.founder, *fact.founders) if fact.founder else fact.founders):
            self.add(self.org, SDO.founder, self.mention(founder))
        if fact.legal_basis:
            self.add(self.org, ORGKG.legalBasis, ORGKG[fact.legal_basis])
            self.add(event, ORGKG.legalBasis, ORGKG[fact.legal_basis])
        if fact.act:
            # schema:Legislation is still a pending schema.org term: see orgkg:Legislation.
            act = self.owned("legislation", fact.act)
            self.add(act, RDF.type, ORGKG.Legislation)
            self.add(act, SDO.name, name(fact.act))
            self.add(event, PROV.used, act)
            if fact.act_date:
                self.add(act, DCTERMS.date, date_literal(fact.act_date))
            for signer in (fact.act_passed_by, *fact.act_signers) if fact.act_passed_by else fact.act_signers:
                self.add(act, ORGKG.passedBy, self.mention(signer))

    def map_member(self, fact: Member) -> None:
        member = self.mention(fact.org)
        if member != self.org:
            self.add(self.org, SDO.member, member)
            self.add(self.org, ORG.hasMember, member)

    def map_memberof(self, fact: MemberOf) -> None:
        # "X is a member of Y": Y is no member of X. schema:memberOf (Organization → Organization)
        # and org:memberOf (foaf:Agent → org:Organization, the converse of org:hasMember).
        body = self.mention(fact.org)
        if body != self.org:
            self.add(self.org, SDO.memberOf, body)
            self.add(self.org, ORG.memberOf, body)

    def map_partnercategory(self, fact: PartnerCategory) -> None:
        self.add(self.org, ORGKG.partnerCategory, self.concept("partner-category", fact.label))

    def map_employeecount(self, fact: EmployeeCount) -> None:
        quantity = self.owned("quantity", "number-of-employees")
        self.add(self.org, SDO.numberOfEmployees, quantity)
        self.add(quantity, RDF.type, SDO.QuantitativeValue)
        self.add(quantity, SDO.value, Literal(fact.value))
        self.add(quantity, ORGKG.verbatim, text(fact.verbatim))
        if fact.unit_text:
            self.add(quantity, SDO.unitText, name(fact.unit_text))
        if fact.qualifier:
            self.add(quantity, ORGKG.qualifier, name(fact.qualifier))
        if fact.as_of:
            self.add(quantity, ORGKG.asOf, typed(f"{fact.as_of:04d}", XSD.gYear))

    def map_unit(self, fact: Unit) -> None:
        unit = self.owned("unit", fact.name)
        self.add(unit, RDF.type, ORG.OrganizationalUnit)
        self.add(unit, RDF.type, SDO.Organization)
        self.add(unit, SDO.name, name(fact.name))
        if fact.acronym:
            self.add(unit, SDO.alternateName, name(fact.acronym))
        for topic in fact.topics:
            self.add(unit, SDO.keywords, text(topic))
        # ORG trap: org:unitOf/hasUnit imply org:FormalOrganization, wrong for a collaboration.
        self.add(unit, ORG.subOrganizationOf, self.org)
        self.add(self.org, SDO.subOrganization, unit)

    def map_post(self, fact: Post) -> None:
        post = self.owned("post", fact.role)
        role = self.concept("role", fact.role)
        self.add(role, RDF.type, ORG.Role)
        self.add(post, RDF.type, ORG.Post)
        self.add(post, SDO.name, name(fact.label))
        self.add(post, ORG.postIn, self.org)
        self.add(post, ORG.role, role)
        # org:heldBy is the present tense: only the current holders. A holding whose period the
        # text states, and every past holder, is an org:Membership with org:memberDuring.
        for holder in fact.holders:
            person = self.mention(holder)
            self.add(post, ORG.heldBy, person)
            self.add(person, ORG.holds, post)
        for holding in fact.holdings:
            self.map_holding(holding, fact.role, role)

    def map_holding(self, holding: Holding, role_slug: str, role: URIRef) -> None:
        person = self.mention(holding.holder)
        entity = self.resolution.entity(holding.holder)
        membership = self.minter.membership(self.entity.slug, slugify(role_slug), entity.slug)
        key = (membership, holding.start, holding.end)
        if self.memberships.get(membership, key) != key:  # the same person held the role twice
            start = holding.start or holding.end
            membership = self.minter.membership(
                self.entity.slug, slugify(role_slug), entity.slug, start.year if start else len(self.memberships)
            )
        self.memberships.setdefault(membership, key)
        self.add(membership, RDF.type, ORG.Membership)
        self.add(membership, ORG.member, person)
        self.add(membership, ORG.organization, self.org)
        self.add(membership, ORG.role, role)
        if holding.start is None and holding.end is None:
            return
        period = self.minter.membership_period(membership)
        self.add(membership, ORG.memberDuring, period)
        self.add(period, RDF.type, TIME.Interval)
        for part, link, date in (("beginning", TIME.hasBeginning, holding.start), ("end", TIME.hasEnd, holding.end)):
            if date is not None:
                instant = self.minter.membership_period(membership, part)
                self.add(period, link, instant)
                self.add(instant, RDF.type, TIME.Instant)
                self.add(instant, INSTANT_PROPERTY[date.precision], date_literal(date))

    def map_program(self, fact: Program) -> None:
        if fact.org and self.resolution.known(fact.org):
            self.add(self.org, ORGKG.program, self.mention(fact.org))
            return
        # orgkg:Program, not the pending schema:Project: pending terms fail a warning gate.
        program = self.owned("program", fact.name)
        self.add(program, RDF.type, ORGKG.Program)
        self.add(program, SDO.name, name(fact.name))
        if fact.acronym:
            self.add(program, SDO.alternateName, name(fact.acronym))
        self.add(self.org, ORGKG.program, program)

    def map_budget(self, fact: Budget) -> None:
        label = f"fy-{fact.fiscal_year}" if fact.fiscal_year else "latest"
        amount = self.owned("budget", label)
        self.add(self.org, ORGKG.enactedBudget, amount)
        self.add(amount, RDF.type, SDO.MonetaryAmount)
        self.add(amount, SDO.value, typed(format(fact.amount, "f"), XSD.decimal))
        self.add(amount, SDO.currency, name(fact.currency))
        self.add(amount, ORGKG.verbatim, text(fact.verbatim))
        if fact.qualifier:
            self.add(amount, ORGKG.qualifier, name(fact.qualifier))
        if fact.fiscal_year:
            self.add(amount, ORGKG.fiscalYear, typed(f"{fact.fiscal_year:04d}", XSD.gYear))
        if fact.fiscal_year and fact.us_federal_fiscal_year:
            start, end = f"{fact.fiscal_year - 1:04d}-10-01", f"{fact.fiscal_year:04d}-09-30"
            self.add(amount, SDO.validFrom, typed(start, XSD.date))
            self.add(amount, SDO.validThrough, typed(end, XSD.date))

    def map_fundingsource(self, fact: FundingSource) -> None:
        self.add(self.org, ORGKG.fundingSource, self.concept("funding-source", fact.label))

    def map_service(self, fact: Service) -> None:
        # A concept, not a schema:Service node: schema:provider is a pending term.
        self.add(self.org, ORGKG.service, self.concept("service", fact.name))

    def map_regulatoryscope(self, fact: RegulatoryScope) -> None:
        self.add(self.org, ORGKG.regulatoryScope, self.concept("regulatory-scope", fact.label))

    def map_address(self, fact: Address) -> None:
        address = self.owned("address", "hq")
        site = self.owned("site", "hq")
        self.add(self.org, SDO.address, address)
        self.add(self.org, ORG.hasPrimarySite, site)
        self.add(address, RDF.type, SDO.PostalAddress)
        for prop, value in (
            (SDO.streetAddress, fact.street),
            (SDO.addressLocality, fact.locality),
            (SDO.addressRegion, fact.region),
            (SDO.postalCode, fact.postal_code),
            (SDO.addressCountry, fact.country),
        ):
            if value:
                self.add(address, prop, name(value))
        self.add(site, RDF.type, ORG.Site)
        self.add(site, RDF.type, SDO.Place)
        self.add(site, ORG.siteAddress, address)
        self.add(site, SDO.address, address)
        if fact.locality:
            place = self.resolution.place(f"{fact.locality}, {fact.region}") or self.resolution.place(fact.locality)
            if place:
                self.add(site, SDO.containedInPlace, self.entity_iri(place))

    def map_changeevent(self, fact: ChangeEvent) -> None:
        original = self.org
        if fact.original and self.resolution.entity(fact.original).slug != self.entity.slug:
            original = self.mention(fact.original)  # e.g. National Bureau of Standards → NIST
        resulting = self.mention(fact.resulting) if fact.resulting else self.org
        other = fact.resulting or (fact.original if original != self.org else None)
        label = "-".join(
            part
            for part in (
                fact.kind,
                slugify(other.name) if other else None,
                str(fact.date.year) if fact.date else None,
            )
            if part
        )
        event = self.owned("event", label)
        self.add(event, RDF.type, ORG.ChangeEvent)
        if original != resulting:
            self.add(event, ORG.originalOrganization, original)
        self.add(event, ORG.resultingOrganization, resulting)
        self.add(event, SDO.description, text(fact.text))
        if fact.date:
            self.add(event, DCTERMS.date, date_literal(fact.date))
        if fact.previous_name:
            self.add(event, ORGKG.previousName, name(fact.previous_name))
            if resulting == self.org:
                # Issue 12 item 5: a renamed organization keeps its IRI and its old name.
                self.add(self.org, ORGKG.previousName, name(fact.previous_name))

    def map_headquartersmove(self, fact: HeadquartersMove) -> None:
        """A change event of the organization itself: its seat moved. The places stay the
        text as written (literals): no place entity is minted from a History sentence."""
        place = fact.to_place or fact.from_place
        label = "-".join(p for p in ("moved-headquarters", place, str(fact.date.year) if fact.date else None) if p)
        event = self.owned("event", label)
        self.add(event, RDF.type, ORG.ChangeEvent)
        self.add(event, RDF.type, ORGKG.HeadquartersMove)
        self.add(event, ORG.resultingOrganization, self.org)
        self.add(event, SDO.description, text(fact.text))
        if fact.date:
            self.add(event, DCTERMS.date, date_literal(fact.date))
        if fact.from_place:
            self.add(event, ORGKG.fromPlace, name(fact.from_place))
        if fact.to_place:
            self.add(event, ORGKG.toPlace, name(fact.to_place))

    def map_dissolution(self, fact: Dissolution) -> None:
        if fact.date:
            self.add(self.org, SDO.dissolutionDate, date_literal(fact.date))

    def map_website(self, fact: Website) -> None:
        self.add(self.org, SDO.url, URIRef(fact.url))

    def map_sameas(self, fact: SameAs) -> None:
        self.add(self.org, SDO.sameAs, URIRef(fact.iri))

    # -- references -------------------------------------------------------------------------

    def map_empty_references(self, line: int) -> None:
        """A References heading with nothing under it: an empty field, like any other."""
        graph_iri = self.minter.graph(self.entity.slug, "references")
        self.graph = graph_iri
        self.map_provenance(graph_iri, "References", line, line)
        self.map_statement(FieldFacts("References", "references", line, line, FieldStatus.EMPTY, ""))

    def map_references(self) -> None:
        references = self.facts.profile.references
        graph_iri = self.minter.graph(self.entity.slug, "references")
        self.graph = graph_iri
        lines = [ref.line for ref in references]
        self.map_provenance(graph_iri, "References", min(lines), max(lines))
        # Like every other field of the template, References says it was stated (and keeps its text).
        verbatim = "\n".join(ref.raw for ref in references)
        self.map_statement(FieldFacts("References", "references", min(lines), max(lines), FieldStatus.STATED, verbatim))
        for ref in references:
            if not ref.url:
                continue
            page = self.pages[ref.number]
            self.add(self.org, SDO.subjectOf, page)
            self.add(page, RDF.type, SDO.WebPage)
            self.add(page, SDO.url, URIRef(ref.url))
            if ref.title:
                self.add(page, SDO.name, name(ref.title))
            if ref.site_owner:
                owner = self.mention(Mention(ref.site_owner))
                self.add(page, SDO.publisher, owner)
            if ref.publisher:
                site = self.minter.web_site(ref.publisher)
                self.add(site, RDF.type, SDO.WebSite)
                self.add(site, SDO.name, name(ref.publisher))
                self.add(page, SDO.isPartOf, site)
            if ref.accessed:
                accessed = ref.accessed.isoformat()
                retrieval = self.minter.retrieval(self.doc, page, accessed)
                self.add(retrieval, RDF.type, ORGKG.Retrieval)
                self.add(retrieval, PROV.used, page)
                self.add(retrieval, DCTERMS.date, typed(accessed, XSD.date))


def map_corpus(corpus: Sequence[ProfileFacts], resolution: Resolution, minter: Minter | None = None) -> Dataset:
    """All profiles of a build as one Dataset (named graph per profile × field)."""
    minter = minter or Minter()
    dataset = new_dataset()
    sink = DatasetSink(dataset)
    for facts in corpus:
        map_profile(facts, resolution, minter, sink)
    return dataset
