"""The dataset description written with each build: ``void.ttl`` (VoID + DCAT).

    >>> files = [OutputFile.of("graph.nq", data)]
    >>> counts = count_dataset(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS), base)
    >>> describe_dataset(files, counts, base=base, license="https://creativecommons.org/licenses/by/4.0/")

:func:`describe_dataset` is pure: its Turtle depends on its arguments only, byte for byte
(no clock: a ``dcterms:modified`` only when a ``source_date_epoch`` is given; see
:func:`source_date_epoch`). What it says:

- ``<#dataset>`` is a ``void:Dataset`` and a ``dcat:Dataset`` with a title, the licence when
  one is given, ``void:uriSpace`` (the build's base), ``void:triples`` (every statement of
  the dataset: the default graph's and each named graph's), ``void:entities`` (distinct
  IRI subjects under the base), ``void:vocabulary`` for each of orgkg's vocabularies that a
  predicate or a class of the data uses, and ``void:dataDump`` / ``dcat:distribution`` per
  file.
- The named graphs are the ``void:subset`` ``<#named-graphs>``: the entities under
  ``{base}graph/`` (each named graph's IRI) and the triples they hold. VoID could describe
  each named graph as a subset of its own, but that grows with the corpus (~50 per
  profile); the count is what a consumer needs to size it.
- Each distribution: ``dcat:downloadURL`` and ``void:dataDump`` relative to ``void.ttl``
  (which lives beside the files, so the description stays true wherever the folder is
  published), ``dcat:mediaType`` as the IANA media-type IRI, ``dcat:byteSize``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from orgkg.errors import UsageError
from orgkg.iri import SECTIONS
from orgkg.namespaces import DCAT, DCTERMS, PREFIXES, RDF, VOID, XSD, compact

if TYPE_CHECKING:
    import pyoxigraph as ox

FILE_NAME = "void.ttl"
DEFAULT_TITLE = "orgkg dataset"
GRAPH_PATH = SECTIONS["g"] + "/"  # named graphs are minted as {base}graph/… (iri.py)
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
# Files that are not RDF (validation.json), by extension; RDF formats come from pyoxigraph.
OTHER_MEDIA_TYPES = {"json": "application/json", "html": "text/html", "xml": "application/xml"}
_PREFIXES = {"dcat": str(DCAT), "dcterms": str(DCTERMS), "void": str(VOID), "xsd": str(XSD)}


@dataclass(frozen=True)
class OutputFile:
    """One file of the build: its path relative to the output folder (``/``-separated)."""

    name: str
    size: int

    @classmethod
    def of(cls, name: str, content: bytes) -> OutputFile:
        return cls(name, len(content))

    @property
    def media_type(self) -> str:
        import pyoxigraph as ox

        extension = self.name.rpartition(".")[2].lower()
        if extension in OTHER_MEDIA_TYPES:  # first: pyoxigraph reads .json as JSON-LD
            return OTHER_MEDIA_TYPES[extension]
        rdf = ox.RdfFormat.from_extension(extension)
        if rdf is not None:
            return rdf.media_type
        raise UsageError(f"{self.name}: no media type known for .{extension} files")


@dataclass(frozen=True)
class DatasetCounts:
    triples: int  # statements: the default graph's plus every named graph's
    entities: int  # distinct IRI subjects under the base
    named_graphs: int
    named_graph_triples: int
    vocabularies: tuple[str, ...]  # namespace IRIs, sorted


def count_dataset(quads: Iterable[ox.Quad], base: str) -> DatasetCounts:
    """The counts of :class:`DatasetCounts` over a dataset's quads (e.g. ``graph.nq``)."""
    import pyoxigraph as ox

    rdf_type = ox.NamedNode(str(RDF.type))
    triples = named_triples = 0
    subjects: set[str] = set()
    graphs: set[str] = set()
    terms: set[str] = set()  # predicates and classes
    for quad in quads:
        triples += 1
        if isinstance(quad.graph_name, ox.NamedNode):
            named_triples += 1
            graphs.add(quad.graph_name.value)
        if isinstance(quad.subject, ox.NamedNode) and quad.subject.value.startswith(base):
            subjects.add(quad.subject.value)
        terms.add(quad.predicate.value)
        if quad.predicate == rdf_type and isinstance(quad.object, ox.NamedNode):
            terms.add(quad.object.value)
    return DatasetCounts(
        triples=triples,
        entities=len(subjects),
        named_graphs=len(graphs),
        named_graph_triples=named_triples,
        vocabularies=vocabularies(terms),
    )


def vocabularies(terms: Iterable[str]) -> tuple[str, ...]:
    """The namespaces of orgkg's vocabularies that ``terms`` (predicate and class IRIs) use, sorted."""
    namespaces = sorted({str(ns) for ns in PREFIXES.values()}, key=len, reverse=True)
    used = {next((ns for ns in namespaces if term.startswith(ns)), None) for term in terms}
    return tuple(sorted(ns for ns in used if ns))


@dataclass(frozen=True)
class QuadsSummary:
    """What one profile's quads add to :class:`DatasetCounts`, so that a build counts its
    dataset from its profiles (cached with them) instead of reading ``graph.nq`` again."""

    named_quads: int  # its quads in named graphs
    subjects: tuple[str, ...]  # IRI subjects under the base, sorted
    vocabularies: tuple[str, ...]


def summarize_quads(quads: Iterable[tuple[str, str, str, str | None]], base: str) -> QuadsSummary:
    """:class:`QuadsSummary` of quads as N-Triples texts (``serialization.Quad``)."""
    rdf_type = f"<{RDF.type}>"
    named = 0
    subjects: set[str] = set()
    terms: set[str] = set()
    start = f"<{base}"
    for s, p, o, g in quads:
        if g is not None:
            named += 1
        if s.startswith(start):
            subjects.add(s[1:-1])
        terms.add(p[1:-1])
        if p == rdf_type and o[0] == "<":
            terms.add(o[1:-1])
    return QuadsSummary(named, tuple(sorted(subjects)), vocabularies(terms))


def merge_counts(summaries: Iterable[QuadsSummary], *, triples: int, named_graphs: int) -> DatasetCounts:
    """:class:`DatasetCounts` of a dataset whose quads are the union of the summarized ones:
    ``triples`` distinct quads in all, ``named_graphs`` distinct named graphs."""
    named = 0
    subjects: set[str] = set()
    used: set[str] = set()
    for summary in summaries:
        named += summary.named_quads
        subjects.update(summary.subjects)
        used.update(summary.vocabularies)
    return DatasetCounts(
        triples=triples,
        entities=len(subjects),
        named_graphs=named_graphs,
        named_graph_triples=named,
        vocabularies=tuple(sorted(used)),
    )


def source_date_epoch(environ: Mapping[str, str]) -> int | None:
    """``SOURCE_DATE_EPOCH`` (reproducible-builds.org) from ``environ``, if set and valid."""
    raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise UsageError(f"SOURCE_DATE_EPOCH must be a number of seconds, got {raw!r}")
    return int(raw)


def describe_dataset(
    files: Sequence[OutputFile],
    counts: DatasetCounts,
    *,
    base: str,
    license: str | None = None,
    title: str = DEFAULT_TITLE,
    source_date_epoch: int | None = None,
) -> bytes:
    """``void.ttl``'s Turtle for a build whose output folder holds ``files``."""
    import pyoxigraph as ox

    from orgkg.errors import IRIError
    from orgkg.iri import check_iri

    base_iri = str(check_iri(base))
    if license is not None:
        try:
            license = str(check_iri(license))
        except IRIError:  # its message names no option
            raise UsageError(f"--license wants an absolute IRI, got {license!r}") from None
    names = [f.name for f in files]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise UsageError(f"{duplicate} is listed twice")
    files = sorted(files, key=lambda f: f.name)

    dataset = [
        ("a", f"{_curie(VOID.Dataset)}, {_curie(DCAT.Dataset)}"),
        (_curie(DCTERMS.title), str(ox.Literal(title))),
    ]
    if license is not None:
        dataset.append((_curie(DCTERMS.license), f"<{license}>"))
    if source_date_epoch is not None:
        when = datetime.datetime.fromtimestamp(source_date_epoch, tz=datetime.timezone.utc)
        dataset.append((_curie(DCTERMS.modified), f'"{when:%Y-%m-%dT%H:%M:%SZ}"^^{_curie(XSD.dateTime)}'))
    dataset += [
        (_curie(VOID.uriSpace), str(ox.Literal(base_iri))),
        (_curie(VOID.triples), str(counts.triples)),
        (_curie(VOID.entities), str(counts.entities)),
    ]
    if counts.vocabularies:
        dataset.append((_curie(VOID.vocabulary), ", ".join(f"<{ns}>" for ns in counts.vocabularies)))
    dataset.append((_curie(VOID.subset), "<#named-graphs>"))
    if files:
        dataset.append((_curie(VOID.dataDump), ", ".join(f"<{_relative(f.name)}>" for f in files)))
        dataset.append((_curie(DCAT.distribution), ", ".join(_distribution(f.name) for f in files)))

    blocks = [
        "".join(f"@prefix {prefix}: <{iri}> .\n" for prefix, iri in sorted(_PREFIXES.items())),
        _block("<#dataset>", dataset),
        _block(
            "<#named-graphs>",
            [
                ("a", _curie(VOID.Dataset)),
                (_curie(DCTERMS.title), str(ox.Literal("named graphs"))),
                (_curie(VOID.uriSpace), str(ox.Literal(base_iri + GRAPH_PATH))),
                (_curie(VOID.entities), str(counts.named_graphs)),
                (_curie(VOID.triples), str(counts.named_graph_triples)),
            ],
        ),
    ]
    for file in files:
        blocks.append(
            _block(
                _distribution(file.name),
                [
                    ("a", _curie(DCAT.Distribution)),
                    (_curie(DCTERMS.title), str(ox.Literal(file.name))),
                    (_curie(DCAT.downloadURL), f"<{_relative(file.name)}>"),
                    (_curie(DCAT.mediaType), f"<{IANA_MEDIA_TYPES}{file.media_type}>"),
                    (_curie(DCAT.byteSize), f'"{file.size}"^^{_curie(XSD.nonNegativeInteger)}'),
                ],
            )
        )
    return "\n".join(blocks).encode("utf-8")


def _curie(term: str) -> str:
    return compact(term, _PREFIXES)


def _relative(name: str) -> str:
    """A relative IRI reference for an output file (percent-encoded, no ``..``)."""
    parts = name.split("/")
    if not name or name.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise UsageError(f"{name!r} is not a path inside the output folder")
    return quote(name, safe="/-._~")


def _distribution(name: str) -> str:
    return f"<#distribution-{_relative(name)}>"


def _block(subject: str, pairs: list[tuple[str, str]]) -> str:
    body = " ;\n".join(f"    {predicate} {objects}" for predicate, objects in pairs)
    return f"{subject}\n{body} .\n"
