"""The web variant of an organization's JSON-LD: what a web page carries for search
engines and plain-JSON readers.

The full framed document (``orgs/{slug}.jsonld``, ``serialization.frame_triples``) is exact
RDF with orgkg's own vocabulary and provenance. This one is schema.org only:
``"@context": "https://schema.org"``, plain ISO date strings, numbers as JSON numbers, full
Wikidata URLs in ``sameAs``, and only keys that Google's Organization structured-data
documentation or schema.org lists for the type (ontology/web-jsonld-keys.tsv). It is read
from the same triples as the framed document (the organization's own named graphs).

``@id``s: orgkg's default base ``https://w3id.org/orgkg/`` is not a registered w3id and does
not resolve, so by default no node carries an ``@id``. A user who publishes under their own
domain builds with ``--base https://their.domain/`` and passes it here: every node minted
under that base then keeps its IRI as ``@id`` (so pages and documents can link to each
other); IRIs outside it (Wikidata, cited pages) only ever appear as ``sameAs`` or ``url``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from orgkg.iri import DEFAULT_BASE, normalize_base
from orgkg.namespaces import ORG, SDO, SKOS, TIME, WD, XSD
from orgkg.resources import data_file
from orgkg.serialization import RDF_TYPE, Quad, Triple, canonical_json, dump_json, split_literal

if TYPE_CHECKING:
    from orgkg.api import BuildResult

# Wikidata's RDF names entities with http://; the web variant writes the https:// URL a
# browser or crawler follows without a redirect.
WIKIDATA_RDF = str(WD)
WIKIDATA_WEB = "https://www.wikidata.org/entity/"
COLLABORATION = f"<{ORG.OrganizationalCollaboration}>"


@dataclass(frozen=True)
class AllowedKey:
    type: str  # a schema.org type, e.g. "Organization"
    key: str
    listed_by: str  # "google" or "schema.org"


@cache
def allowed_keys() -> tuple[AllowedKey, ...]:
    """ontology/web-jsonld-keys.tsv: the keys the web variant may write, per type."""
    with data_file("ontology", "web-jsonld-keys.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]
    return tuple(AllowedKey(*row) for row in rows)


class NodeIndex:
    """The triples (N-Triples text) indexed by subject and by (predicate, object)."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        self.out: dict[str, dict[str, list[str]]] = {}
        self.into: dict[tuple[str, str], list[str]] = {}
        for s, p, o in triples:
            self.out.setdefault(s, {}).setdefault(p[1:-1], []).append(o)
            self.into.setdefault((p[1:-1], o), []).append(s)

    def objects(self, subject: str, predicate: str) -> list[str]:
        return sorted(self.out.get(subject, {}).get(predicate, ()))

    def literals(self, subject: str, predicate: str) -> list[str]:
        return sorted(split_literal(o).lexical for o in self.objects(subject, predicate) if o[0] == '"')

    def nodes(self, subject: str, predicate: str) -> list[str]:
        return [o for o in self.objects(subject, predicate) if o[0] == "<"]

    def subjects(self, predicate: str, obj: str) -> list[str]:
        return sorted(self.into.get((predicate, obj), ()))

    def holdings(self, post: str) -> list[tuple[str, str, str]]:
        """(person, start, end) of every ``org:Membership`` in the post's role and organization,
        in the order of the memberships' IRIs; start and end as the graph dates them ("2011",
        "2021-06-30"), "" where it gives none. What the web document and the site both show."""
        organizations = set(self.nodes(post, str(ORG.postIn)))
        found = []
        for role in self.nodes(post, str(ORG.role)):
            for membership in self.subjects(str(ORG.role), role):
                if not organizations & set(self.nodes(membership, str(ORG.organization))):
                    continue  # the post itself, or a membership elsewhere
                intervals = self.nodes(membership, str(ORG.memberDuring)) or [""]
                for person in self.nodes(membership, str(ORG.member)):
                    for interval in intervals:
                        start = self._instant(interval, str(TIME.hasBeginning))
                        found.append((person, start, self._instant(interval, str(TIME.hasEnd))))
        return found

    def _instant(self, interval: str, link: str) -> str:
        """The date of an interval's beginning or end, as the graph writes it, or ""."""
        for instant in self.nodes(interval, link) if interval else []:
            for prop in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear):
                for value in self.literals(instant, str(prop)):
                    return value
        return ""

    def schema_types(self, subject: str) -> list[str]:
        """The node's schema.org types, most specific only (Organization goes if a subtype is there)."""
        types = sorted(o[1 + len(str(SDO)) : -1] for o in self.nodes(subject, RDF_TYPE) if o.startswith(f"<{SDO}"))
        if len(types) > 1 and "Organization" in types:
            types.remove("Organization")
        return types


def _single(values: Sequence[Any]) -> Any:
    return values[0] if len(values) == 1 else list(values)


def _put(target: dict[str, Any], key: str, values: Sequence[Any]) -> None:
    if values:
        target[key] = _single(values)


def _number(text: str) -> int | float | str:
    """A typed numeric literal as a JSON number (integral values as integers)."""
    parts = split_literal(text)
    if parts.datatype not in (str(XSD.integer), str(XSD.decimal), str(XSD.double), str(XSD.float)):
        return parts.lexical
    value = float(parts.lexical)
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _web_url(iri: str) -> str:
    return WIKIDATA_WEB + iri[len(WIKIDATA_RDF) :] if iri.startswith(WIKIDATA_RDF) else iri


class _Writer:
    def __init__(self, index: NodeIndex, base: str | None) -> None:
        self.index = index
        # @ids only under the user's own base (see the module docstring)
        own = normalize_base(base) if base else None
        self.id_base = own if own and own != DEFAULT_BASE else None

    def node(self, subject: str, schema_type: Sequence[str]) -> dict[str, Any]:
        output: dict[str, Any] = {"@type": _single(schema_type)}
        iri = subject[1:-1]
        if self.id_base and iri.startswith(self.id_base):
            output["@id"] = iri
        return output

    def entity(self, subject: str, fallback: str = "Organization") -> dict[str, Any]:
        """An organization or person the profile mentions: who it is and where it is on the web."""
        index = self.index
        output = self.node(subject, index.schema_types(subject) or [fallback])
        _put(output, "name", index.literals(subject, str(SDO.name)))
        _put(output, "alternateName", index.literals(subject, str(SDO.alternateName)))
        _put(output, "sameAs", [_web_url(o[1:-1]) for o in index.nodes(subject, str(SDO.sameAs))])
        _put(output, "url", [o[1:-1] for o in index.nodes(subject, str(SDO.url))])
        return output

    def organization(self, root: str) -> dict[str, Any]:
        index = self.index
        output = self.entity(root)
        _put(output, "description", index.literals(root, str(SDO.description)))
        _put(output, "foundingDate", index.literals(root, str(SDO.foundingDate)))
        _put(output, "dissolutionDate", index.literals(root, str(SDO.dissolutionDate)))
        _put(output, "address", [self.address(a) for a in index.nodes(root, str(SDO.address))])
        _put(output, "founder", [self.entity(f, "Person") for f in index.nodes(root, str(SDO.founder))])
        _put(output, "parentOrganization", [self.entity(p) for p in index.nodes(root, str(SDO.parentOrganization))])
        _put(output, "subOrganization", [self.unit(u) for u in index.nodes(root, str(SDO.subOrganization))])
        employees = [self.quantity(q) for q in index.nodes(root, str(SDO.numberOfEmployees))]
        _put(output, "numberOfEmployees", employees)
        members: list[dict[str, Any]] = [self.entity(m) for m in index.nodes(root, str(SDO.member))]
        # Leaders as roles: schema.org's Role pattern repeats the property inside the role.
        # A collaboration's co-chairs are members; anyone else's leaders are employees.
        role_key = "member" if COLLABORATION in index.objects(root, RDF_TYPE) else "employee"
        roles = [role for post in index.subjects(str(ORG.postIn), root) for role in self.roles(post, role_key)]
        if role_key == "member":
            members += roles
        else:
            _put(output, "employee", roles)
        _put(output, "member", members)
        # "X is a member of Y": the bodies it belongs to, beside its members.
        _put(output, "memberOf", [self.entity(b) for b in index.nodes(root, str(SDO.memberOf))])
        _put(output, "subjectOf", [self.page(p) for p in index.nodes(root, str(SDO.subjectOf))])
        return output

    def address(self, subject: str) -> dict[str, Any]:
        output = self.node(subject, ["PostalAddress"])
        for key in ("streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"):
            _put(output, key, self.index.literals(subject, str(SDO[key])))
        return output

    def unit(self, subject: str) -> dict[str, Any]:
        output = self.entity(subject)
        _put(output, "keywords", self.index.literals(subject, str(SDO.keywords)))
        return output

    def quantity(self, subject: str) -> dict[str, Any]:
        output = self.node(subject, ["QuantitativeValue"])
        _put(output, "value", [_number(o) for o in self.index.objects(subject, str(SDO.value)) if o[0] == '"'])
        _put(output, "unitText", self.index.literals(subject, str(SDO.unitText)))
        return output

    def roles(self, post: str, key: str) -> list[dict[str, Any]]:
        """One role per named holder of the post, with ``startDate``/``endDate`` where the graph
        dates the holding (``org:Membership``, ``org:memberDuring``). A post nobody is named for
        has no schema.org form (a Role needs its holder) and stays in the full document only.
        A past holder is written only with an ``endDate``: without one, the role would say the
        person holds the post today."""
        index = self.index
        roles = index.nodes(post, str(ORG.role))
        role_names = [label for role in roles for label in index.literals(role, str(SKOS.prefLabel))]
        names = [n for n in index.literals(post, str(SDO.name)) if n not in role_names]
        current = index.nodes(post, str(ORG.heldBy))
        periods: dict[str, list[tuple[str, str]]] = {}
        for person, start, end in index.holdings(post):
            periods.setdefault(person, []).append((start, end))
        periods = {person: sorted(found) for person, found in periods.items()}
        output_roles = []
        for holder in sorted({*current, *periods}):
            for start, end in periods.get(holder) or [("", "")]:
                if holder not in current and not end:
                    continue
                output = self.node(post, ["EmployeeRole" if key == "employee" else "OrganizationRole"])
                output.pop("@id", None)  # one post, several holders: the role objects are distinct
                _put(output, "roleName", role_names)
                _put(output, "name", names)
                _put(output, "startDate", [start] if start else [])
                _put(output, "endDate", [end] if end else [])
                output[key] = self.entity(holder, "Person")
                output_roles.append(output)
        return output_roles

    def page(self, subject: str) -> dict[str, Any]:
        index = self.index
        output = self.node(subject, ["WebPage"])
        _put(output, "name", index.literals(subject, str(SDO.name)))
        _put(output, "url", [o[1:-1] for o in index.nodes(subject, str(SDO.url))])
        _put(output, "publisher", [self.entity(p) for p in index.nodes(subject, str(SDO.publisher))])
        sites = []
        for site in index.nodes(subject, str(SDO.isPartOf)):
            node = self.node(site, ["WebSite"])
            _put(node, "name", index.literals(site, str(SDO.name)))
            sites.append(node)
        _put(output, "isPartOf", sites)
        return output


def web_object(triples: Iterable[Triple], root: str, *, base: str | None = None) -> dict[str, Any]:
    """The web variant of ``root`` (an IRI) as JSON data, in canonical order.

    ``triples`` are the organization's own graphs (what ``frame_triples`` takes); ``base``
    is the user's ``--base``: ``@id``s are written only under it, never under orgkg's default.
    """
    document = {"@context": "https://schema.org", **_Writer(NodeIndex(triples), base).organization(f"<{root}>")}
    ordered: dict[str, Any] = canonical_json(document)  # a dict in, a dict out
    return ordered


def web_document(triples: Iterable[Triple], root: str, *, base: str | None = None) -> bytes:
    """The web variant as deterministic bytes, safe inside ``<script type="application/ld+json">``
    (``<``, ``>``, ``&``, U+2028 and U+2029 escaped, as every orgkg JSON-LD file)."""
    return dump_json(web_object(triples, root, base=base))


IDENTITY = frozenset(f"<{SDO[key]}>" for key in ("name", "alternateName", "sameAs", "url")) | {f"<{RDF_TYPE}>"}


def build_quads(result: BuildResult) -> list[Quad]:
    """Every quad of a build as N-Triples text, read from its N-Quads with pyoxigraph
    (fast; no rdflib Dataset)."""
    import pyoxigraph

    quads: list[Quad] = []
    for quad in pyoxigraph.parse(result.file_bytes("nq"), format=pyoxigraph.RdfFormat.N_QUADS):
        graph = None if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else str(quad.graph_name)
        quads.append((str(quad.subject), str(quad.predicate), str(quad.object), graph))
    return quads


@dataclass(frozen=True)
class OrganizationTriples:
    slug: str
    org: str  # IRI
    triples: list[Triple]  # its own named graphs, plus who the organizations it mentions are


def organization_triples(result: BuildResult, quads: Sequence[Quad] | None = None) -> list[OrganizationTriples]:
    """What ``web_document`` needs for every organization of ``result``, sorted by slug.

    An organization that has a profile of its own is described (named, typed) in *its*
    graphs, not in the graphs of a profile that mentions it: those identity triples are
    added for every such organization a profile mentions, so the web variant can name it."""
    quads = build_quads(result) if quads is None else quads
    prefix = f"<{result.base}graph/"
    own: dict[str, set[Triple]] = {}
    for s, p, o, g in quads:
        if g is not None and g.startswith(prefix):
            own.setdefault(g[len(prefix) :].split("/", 1)[0], set()).add((s, p, o))
    orgs = {f"<{org}>" for _, org in result.organizations()}
    identity: dict[str, set[Triple]] = {}
    for s, p, o, g in quads:
        if g is not None and s in orgs and p in IDENTITY:
            identity.setdefault(s, set()).add((s, p, o))
    documents = []
    for slug, org in result.organizations():
        triples = set(own.get(slug, ()))
        for mentioned in {o for _, _, o in triples if o in orgs and o != f"<{org}>"}:
            triples |= identity.get(mentioned, set())
        documents.append(OrganizationTriples(slug, str(org), sorted(triples)))
    return documents


def web_documents(result: BuildResult, *, base: str | None = None) -> dict[str, bytes]:
    """``web/{slug}.jsonld`` → the web variant, for every organization of a build."""
    from orgkg.output import web_file_name

    return {
        web_file_name(item.slug): web_document(item.triples, item.org, base=base)
        for item in organization_triples(result)
    }


# -- the build's own path: from each profile's graphs, not from graph.nq ----------------------


def organization_links(
    named: Iterable[Triple], org: str, org_prefix: str
) -> tuple[tuple[str, ...], tuple[Triple, ...]]:
    """What one organization's graphs (``named``, N-Triples texts) mean for web documents:
    (the organization IRIs other than ``org`` they mention, the identity triples they state
    about organization IRIs), the organizations being the IRIs ``org_prefix`` + slug. The
    build keeps only those of organizations it describes (``needed_identity``)."""
    import pyoxigraph

    def is_org(term: str) -> bool:
        return term.startswith(org_prefix) and term[-1] == ">" and "/" not in term[len(org_prefix) : -1]

    mentions: set[str] = set()
    identity: list[str] = []
    for s, p, o in named:
        if o != org and is_org(o):
            mentions.add(o)
        if p in IDENTITY and is_org(s):
            identity.append(f"{s} {p} {o} .\n")
    # in the terms' text as graph.nq gives them (pyoxigraph's), as organization_triples reads them
    parsed = pyoxigraph.parse("".join(identity).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    triples = {(str(t.subject), str(t.predicate), str(t.object)) for t in parsed}
    return tuple(sorted(mentions)), tuple(sorted(triples))


def needed_identity(
    records: Sequence[tuple[str, str, Sequence[str], Sequence[Triple]]],
) -> dict[str, tuple[Triple, ...]]:
    """slug → the identity triples ``organization_triples`` adds to that organization's own
    graphs, for records (slug, IRI, ``organization_links``' mentions and identity triples)
    of every organization of a build."""
    orgs = {f"<{org}>" for _, org, _, _ in records}
    identity: dict[str, set[Triple]] = {}
    for _, _, _, triples in records:
        for triple in triples:
            if triple[0] in orgs:
                identity.setdefault(triple[0], set()).add(triple)
    needed: dict[str, tuple[Triple, ...]] = {}
    for slug, _, mentions, _ in records:
        found: set[Triple] = set()
        for mentioned in mentions:
            found |= identity.get(mentioned, set())
        needed[slug] = tuple(sorted(found))
    return needed


def own_graph_triples(nquads: bytes, graph_prefix: str, slugs: Iterable[str]) -> dict[str, set[Triple]]:
    """slug → the triples of its named graphs (``graph_prefix`` + slug + ``/``…) in an
    N-Quads text written by pyoxigraph (a shard's slice of graph.nq), for ``slugs``.

    Read as text, the terms as written there: pyoxigraph writes one statement per line,
    its terms one space apart, and only a literal (the object) can hold a space. So a
    line's last term before `` .`` is its graph exactly when it is an IRI after three
    terms; in a default-graph line it is the object (an IRI: two terms before it) or the
    end of a literal (which holds its closing quote)."""
    wanted = set(slugs)
    own: dict[str, set[Triple]] = {slug: set() for slug in wanted}
    for line in nquads.decode("utf-8").split(" .\n")[:-1]:
        head, _, graph = line.rpartition(" ")
        if not (graph.startswith(graph_prefix) and graph.endswith(">") and '"' not in graph):
            continue
        terms = head.split(" ", 2)
        slug = graph[len(graph_prefix) :].split("/", 1)[0]
        if len(terms) == 3 and slug in wanted:
            own[slug].add((terms[0], terms[1], terms[2]))
    return own
