"""A static web site of a build (issue 15 item 3): ``index.html``, one ``org/{slug}.html``
per organization, ``source/{slug}.html`` (each profile with numbered lines, so citations
can point at a line), and ``sitemap.xml``. No JavaScript.

Each organization's page shows its facts field by field (a definition list per field of
the profile), each fact with a footnote citing the pages the field cites and the profile
file and lines it was read from; organizations the build describes link to each other
(parents, members, units, predecessors, ...), and the page carries the web variant of the
organization's JSON-LD (``orgkg.web_jsonld``) in ``<script type="application/ld+json">``.

Pages are Jinja2 templates (src/orgkg/templates) with autoescaping on: profile text is
always escaped. The one value marked safe is the JSON-LD, which ``dump_json`` writes with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped, so it cannot close the script element.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePath
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as xml_escape

from orgkg.iri import Minter, web_url
from orgkg.namespaces import DCTERMS, ORG, ORGKG, PREFIXES, PROV, SDO, SKOS
from orgkg.naming import name_key
from orgkg.resources import data_file
from orgkg.serialization import RDF_TYPE, Triple, split_literal
from orgkg.web_jsonld import NodeIndex, build_quads, organization_triples, web_document

if TYPE_CHECKING:
    from jinja2 import Environment

    from orgkg.api import BuildResult

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class FactLabel:
    predicate: str  # full IRI
    reverse: bool  # True: the nodes pointing at the organization through ``predicate``
    label: str


@cache
def fact_labels() -> tuple[FactLabel, ...]:
    """ontology/site-labels.tsv: which facts a page shows, in order, and their labels."""
    labels = []
    with data_file("ontology", "site-labels.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            curie, label = row
            reverse = curie.startswith("^")
            prefix, _, local = curie.removeprefix("^").partition(":")
            labels.append(FactLabel(str(PREFIXES[prefix]) + local, reverse, label))
    return tuple(labels)


# -- what a page shows, as plain data ---------------------------------------------------------


@dataclass(frozen=True)
class Link:
    text: str
    href: str | None = None  # None: plain text
    note: str = ""  # what the link is, e.g. "predecessor"


@dataclass(frozen=True)
class Value:
    main: Link
    details: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Fact:
    label: str
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Citation:
    number: int
    field: str
    profile: str  # the profile's file name
    profile_href: str  # its source page, at the first line
    first_line: int
    last_line: int
    pages: tuple[Link, ...]  # the web pages the field cites


@dataclass(frozen=True)
class Section:
    field: str
    facts: tuple[Fact, ...]
    citation: Citation


@dataclass(frozen=True)
class OrgPage:
    slug: str
    name: str
    sections: tuple[Section, ...]
    citations: tuple[Citation, ...]
    jsonld: str  # the web variant, already safe inside <script>


@dataclass(frozen=True)
class SourcePage:
    slug: str
    name: str  # the profile's file name
    org_slug: str
    org_name: str
    lines: tuple[str, ...]


@dataclass
class _Provenance:
    """What the default graph says about one named graph."""

    field: str = ""
    first_line: int = 0
    last_line: int = 0
    source: str = ""  # IRI text of the source document
    pages: list[str] = dataclasses.field(default_factory=list)  # IRI texts of cited pages


# -- reading the build --------------------------------------------------------------------------


def _lexical(text: str) -> str:
    return split_literal(text).lexical


def _period(start: str, end: str) -> str:
    """ "2002–2017", "since 2019", "until 2019", or "" for a holding without a period."""
    if start and end:
        return f"{start}–{end}"
    return f"since {start}" if start else f"until {end}" if end else ""


class _Site:
    def __init__(self, result: BuildResult, base: str | None) -> None:
        self.base = base
        self.quads = build_quads(result)
        self.pages = {f"<{org}>": f"org/{slug}.html" for slug, org in result.organizations()}
        self.provenance: dict[str, _Provenance] = {}
        # A unit or a mentioned organization has an IRI of its own, not the one of the
        # profile that describes it: the same full name links it to that profile's page.
        self.pages_by_name: dict[str, str] = {}
        for record in result.records:
            if record.title:
                self.pages_by_name.setdefault(name_key(record.title), f"org/{record.slug}.html")
        for s, p, o, g in self.quads:
            if g is not None:
                continue
            predicate = p[1:-1]
            if predicate == str(ORGKG.field):
                self._prov(s).field = _lexical(o)
            elif predicate == str(ORGKG.firstLine):
                self._prov(s).first_line = int(_lexical(o))
            elif predicate == str(ORGKG.lastLine):
                self._prov(s).last_line = int(_lexical(o))
            elif predicate == str(PROV.wasDerivedFrom):
                self._prov(s).source = o
            elif predicate == str(PROV.hadPrimarySource):
                self._prov(s).pages.append(o)

    def _prov(self, graph: str) -> _Provenance:
        return self.provenance.setdefault(graph, _Provenance())

    def graphs_of(self, slug: str, graph_prefix: str) -> dict[str, list[Triple]]:
        prefix = f"<{graph_prefix}{slug}/"
        graphs: dict[str, list[Triple]] = {}
        for s, p, o, g in self.quads:
            if g is not None and g.startswith(prefix):
                graphs.setdefault(g, []).append((s, p, o))
        return graphs

    def page_link(self, page: str, index: NodeIndex) -> Link:
        """A cited web page (``index``: the organization's own triples, which describe it)."""
        urls = [o[1:-1] for o in index.nodes(page, str(SDO.url))]
        titles = index.literals(page, str(SDO.name))
        url = urls[0] if urls else None
        return Link(titles[0] if titles else (url or page[1:-1]), web_url(url) if url else None)


class _FieldReader:
    """Facts of one field graph as Links: organizations the site has a page for are links."""

    def __init__(self, site: _Site, index: NodeIndex, root: str, here: str, known: NodeIndex) -> None:
        self.site, self.index, self.root, self.here = site, index, root, here
        self.known = known  # the organization's triples and who the organizations it mentions are

    def names(self, node: str) -> list[str]:
        return self.index.literals(node, str(SDO.name)) or self.known.literals(node, str(SDO.name))

    def href(self, node: str) -> str | None:
        if node == self.root:
            return None
        page = self.site.pages.get(node)
        if page is None:
            names = self.names(node)
            page = self.site.pages_by_name.get(name_key(names[0])) if names else None
        if page is None or page == self.here:
            return None
        return _relative(page, self.here)

    def name(self, node: str) -> str:
        found = self.names(node) or self.index.literals(node, str(SKOS.prefLabel))
        if found:
            return found[0]
        iri = node[1:-1]
        return re.split(r"[#/]", iri)[-1] if not web_url(iri) or iri.startswith(str(ORGKG)) else iri

    def link(self, node: str, note: str = "") -> Link:
        iri = node[1:-1]
        href = self.href(node)
        if href is None and web_url(iri) and not self.index.out.get(node) and not iri.startswith(str(ORGKG)):
            href = iri  # an external URL (a website, a Wikidata entity)
        return Link(self.name(node), href, note)

    def value(self, term: str) -> Value:
        if term[0] == '"':
            return Value(Link(_lexical(term)))
        index = self.index
        types = {o[1:-1] for o in index.nodes(term, RDF_TYPE)}
        if str(SDO.PostalAddress) in types:
            parts = [
                part
                for key in ("streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry")
                for part in index.literals(term, str(SDO[key]))
            ]
            return Value(Link(", ".join(parts)))
        if types & {str(SDO.QuantitativeValue), str(SDO.MonetaryAmount)}:
            verbatim = index.literals(term, str(ORGKG.verbatim))
            amount = " ".join(index.literals(term, str(SDO.value)) + index.literals(term, str(SDO.currency)))
            return Value(Link(verbatim[0] if verbatim else amount))
        if str(SDO.WebPage) in types:
            return Value(self.site.page_link(term, index))
        if str(ORG.ChangeEvent) in types:
            return self.event(term)
        if str(ORG.Post) in types:
            return Value(Link(self.name(term)), self.holders(term))
        return Value(self.link(term))

    def holders(self, post: str) -> tuple[Link, ...]:
        """The post's current holders ("held by"), then its past ones ("formerly held by"),
        each with the period its membership states ("held by (since 2019)", "formerly held by
        (2002–2017)")."""
        current = self.index.nodes(post, str(ORG.heldBy))
        periods: dict[str, str] = {}
        past: list[str] = []
        for member, start, end in self.index.holdings(post):
            periods[member] = _period(start, end)
            past += [member] if member not in current and member not in past else []

        def note(word: str, member: str) -> str:
            return f"{word} ({periods[member]})" if periods.get(member) else word

        return (
            *(self.link(h, note("held by", h)) for h in current),
            *(self.link(h, note("formerly held by", h)) for h in past),
        )

    def event(self, event: str) -> Value:
        index = self.index
        dates = [_lexical(o) for o in index.objects(event, str(DCTERMS.date))]
        text = index.literals(event, str(SDO.description)) or ["established"]
        details: list[Link] = []
        for original in index.nodes(event, str(ORG.originalOrganization)):
            if original != self.root:
                details.append(self.link(original, "predecessor"))
        for resulting in index.nodes(event, str(ORG.resultingOrganization)):
            if resulting != self.root:
                details.append(self.link(resulting, "successor"))
        for previous in index.literals(event, str(ORGKG.previousName)):
            details.append(Link(previous, None, "previously"))
        for act in index.nodes(event, str(PROV.used)):
            act_dates = [_lexical(o) for o in index.objects(act, str(DCTERMS.date))]
            details.append(Link(self.name(act) + (f" ({act_dates[0]})" if act_dates else ""), None, "legislation"))
            for signer in index.nodes(act, str(ORGKG.passedBy)):
                details.append(self.link(signer, "signed by"))
        prefix = f"{dates[0]}: " if dates else ""
        return Value(Link(prefix + text[0]), tuple(details))

    def facts(self) -> list[Fact]:
        facts = []
        for label in fact_labels():
            if label.reverse:
                terms = self.index.subjects(label.predicate, self.root)
            else:
                terms = self.index.objects(self.root, label.predicate)
            if terms:
                facts.append(Fact(label.label, tuple(self.value(t) for t in terms)))
        return facts


def _relative(target: str, here: str) -> str:
    """``target`` (a path from the site root) as a link from the page ``here``."""
    depth = here.count("/")
    return "../" * depth + target


def _line_break_split(text: str) -> list[str]:
    # the parser's own line breaks, so the numbers match the citations' line numbers
    from orgkg.parse import split_lines

    return split_lines(text)


def _source_lines(path: str) -> tuple[str, ...]:
    from orgkg.parse import decode_text

    return tuple(_line_break_split(decode_text(Path(path).read_bytes(), path)))


def site_pages(result: BuildResult, *, base: str | None = None) -> tuple[list[OrgPage], list[SourcePage]]:
    """Every organization page and profile page of ``result`` as plain data.

    ``base`` is the user's ``--base`` (``@id``s in the JSON-LD only under it)."""
    site = _Site(result, base)
    graph_prefix = Minter(result.base).node_prefixes()["g"]
    documents = {item.slug: item for item in organization_triples(result, site.quads)}
    org_pages: list[OrgPage] = []
    source_pages: list[SourcePage] = []
    for record in sorted(result.records, key=lambda r: r.slug):
        slug, root = record.slug, f"<{record.org}>"
        here = f"org/{slug}.html"
        source_page = f"source/{slug}.html"
        graphs = site.graphs_of(slug, graph_prefix)
        all_triples = documents[slug].triples
        own = NodeIndex(all_triples)
        sections = []
        for number, graph in enumerate(sorted(graphs, key=lambda g: (site._prov(g).first_line, g)), start=1):
            prov = site._prov(graph)
            index = NodeIndex(graphs[graph])
            reader = _FieldReader(site, index, root, here, own)
            facts = reader.facts()
            if not facts:
                verbatim = [
                    text
                    for statement in index.nodes(root, str(ORGKG.fieldStatement))
                    for text in index.literals(statement, str(ORGKG.verbatim))
                ]
                facts = [Fact("As written", tuple(Value(Link(t)) for t in verbatim))] if verbatim else []
            citation = Citation(
                number,
                prov.field,
                PurePath(record.source).name,
                f"{_relative(source_page, here)}#L{prov.first_line}",
                prov.first_line,
                prov.last_line,
                tuple(site.page_link(p, own) for p in sorted(set(prov.pages))),
            )
            if facts:
                sections.append(Section(prov.field, tuple(facts), citation))
        # renumber: only the sections shown have footnotes
        sections = [Section(s.field, s.facts, _renumbered(s.citation, n)) for n, s in enumerate(sections, start=1)]
        jsonld = web_document(all_triples, record.org, base=base).decode("utf-8")
        name = record.title or slug
        names = own.literals(root, str(SDO.name))
        org_pages.append(
            OrgPage(slug, names[0] if names else name, tuple(sections), tuple(s.citation for s in sections), jsonld)
        )
        source_pages.append(
            SourcePage(
                slug,
                PurePath(record.source).name,
                slug,
                names[0] if names else name,
                _source_lines(record.source),
            )
        )
    return org_pages, source_pages


def _renumbered(citation: Citation, number: int) -> Citation:
    return Citation(
        number,
        citation.field,
        citation.profile,
        citation.profile_href,
        citation.first_line,
        citation.last_line,
        citation.pages,
    )


# -- writing ------------------------------------------------------------------------------------


@cache
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "xml"], default=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _sitemap(paths: Iterable[str], site_url: str) -> bytes:
    entries = "".join(f"  <url><loc>{xml_escape(site_url + path)}</loc></url>\n" for path in paths)
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>\n"
    )
    return text.encode("utf-8")


def render_site(result: BuildResult, *, base: str | None = None, site_url: str = "") -> dict[str, bytes]:
    """Every file of the site (path relative to the site folder → bytes), deterministic.

    ``site_url`` (where the site will be served, ending in ``/``) makes the sitemap's URLs
    absolute, as the sitemap protocol asks; without it they are relative to the site root."""
    env = _environment()
    org_pages, source_pages = site_pages(result, base=base)
    files: dict[str, bytes] = {}
    org_template = env.get_template("org.html")
    for page in org_pages:
        files[f"org/{page.slug}.html"] = org_template.render(page=page).encode("utf-8")
    source_template = env.get_template("source.html")
    for source in source_pages:
        files[f"source/{source.slug}.html"] = source_template.render(source=source).encode("utf-8")
    ordered = sorted(org_pages, key=lambda p: (p.name.casefold(), p.slug))
    files["index.html"] = env.get_template("index.html").render(pages=ordered).encode("utf-8")
    files["sitemap.xml"] = _sitemap(["index.html", *(f"org/{p.slug}.html" for p in ordered)], site_url)
    return files


def write_site(
    result: BuildResult,
    out_dir: Path,
    *,
    base: str | None = None,
    site_url: str = "",
    notice: Callable[[str], None] | None = None,
) -> Mapping[str, bytes]:
    """Render the site and write it into ``out_dir`` atomically (all files or none)."""
    from orgkg.files import write_files

    files = render_site(result, base=base, site_url=site_url)
    write_files(out_dir, files)
    if not site_url and notice is not None:
        notice("sitemap.xml lists URLs relative to the site; pass --site-url for the absolute URLs search engines need")
    return files
