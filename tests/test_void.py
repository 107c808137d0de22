"""void.ttl: the VoID + DCAT description of a build, checked against a real build's files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from orgkg import void
from orgkg.errors import UsageError
from orgkg.iri import DEFAULT_BASE
from orgkg.namespaces import DCAT, VOID
from orgkg.serialization import FILE_NAMES

SEED = Path(__file__).resolve().parents[1] / "seeds" / "advanced-manufacturing-partnership.txt"
PUBLISHED = "https://example.org/pub/"  # where the test pretends the build folder is served
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
PREFIXES = {"void": str(VOID), "dcat": str(DCAT), "dcterms": "http://purl.org/dc/terms/"}


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("void") / "build"
    done = subprocess.run(
        [sys.executable, "-m", "orgkg", "build", str(SEED), "-o", str(out), "--no-validate", "--no-store"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def files(build_dir: Path) -> list[void.OutputFile]:
    return [void.OutputFile.of(name, (build_dir / name).read_bytes()) for name in sorted(FILE_NAMES.values())]


@pytest.fixture(scope="module")
def counts(build_dir: Path) -> void.DatasetCounts:
    return void.count_dataset(ox.parse(path=str(build_dir / "graph.nq"), format=ox.RdfFormat.N_QUADS), DEFAULT_BASE)


def parse(turtle: bytes) -> ox.Store:
    store = ox.Store()
    store.load(turtle, format=ox.RdfFormat.TURTLE, base_iri=PUBLISHED + void.FILE_NAME)
    return store


def one(store: ox.Store, query: str) -> dict[str, str]:
    [row] = select(store, query)
    return row


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    solutions = store.query(query, prefixes=PREFIXES)
    names = [v.value for v in solutions.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in solutions]


def test_counts_agree_with_sparql_over_another_file_of_the_build(build_dir: Path, counts: void.DatasetCounts) -> None:
    """graph.nq is counted; graph.trig, loaded into a store, is asked independently."""
    store = ox.Store()
    store.load(path=str(build_dir / "graph.trig"), format=ox.RdfFormat.TRIG)

    def number(query: str) -> int:
        return int(next(iter(store.query(query)))["n"].value)

    assert counts.triples == len(store) > 100
    assert counts.named_graphs == number("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") > 1
    assert counts.named_graph_triples == number("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert counts.entities == number(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } "
        f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{DEFAULT_BASE}")) }}'
    )
    assert {"https://schema.org/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#"} <= set(
        counts.vocabularies
    )
    assert "http://www.w3.org/2001/XMLSchema#" not in counts.vocabularies, "datatypes are not vocabularies used"


def test_description_of_a_real_build(build_dir: Path, files: list[void.OutputFile], counts: void.DatasetCounts) -> None:
    store = parse(void.describe_dataset(files, counts, base=DEFAULT_BASE, license=LICENSE))
    dataset = PUBLISHED + "void.ttl#dataset"
    summary = one(
        store,
        f"SELECT * WHERE {{ <{dataset}> a void:Dataset, dcat:Dataset ; dcterms:title ?title ; "
        "dcterms:license ?license ; void:uriSpace ?space ; void:triples ?triples ; void:entities ?entities ; "
        "void:subset ?named . ?named void:entities ?graphs ; void:triples ?graphTriples ; void:uriSpace ?graphSpace "
        "FILTER NOT EXISTS { ?any dcterms:modified ?when } }",
    )
    assert summary == {
        "title": void.DEFAULT_TITLE,
        "license": LICENSE,
        "space": DEFAULT_BASE,
        "triples": str(counts.triples),
        "entities": str(counts.entities),
        "named": PUBLISHED + "void.ttl#named-graphs",
        "graphs": str(counts.named_graphs),
        "graphTriples": str(counts.named_graph_triples),
        "graphSpace": DEFAULT_BASE + "graph/",
    }
    vocabularies = select(store, f"SELECT ?v WHERE {{ <{dataset}> void:vocabulary ?v }} ORDER BY ?v")
    assert [row["v"] for row in vocabularies] == list(counts.vocabularies)
    distributions = select(
        store,
        f"SELECT ?url ?media ?size WHERE {{ <{dataset}> dcat:distribution ?d ; void:dataDump ?url . "
        "?d a dcat:Distribution ; dcat:downloadURL ?url ; dcat:mediaType ?media ; dcat:byteSize ?size }",
    )
    on_disk = {PUBLISHED + name: str((build_dir / name).stat().st_size) for name in FILE_NAMES.values()}
    assert {row["url"]: row["size"] for row in distributions} == on_disk
    media = {row["url"].rpartition("/")[2]: row["media"] for row in distributions}
    assert media == {
        "graph.jsonld": "https://www.iana.org/assignments/media-types/application/ld+json",
        "graph.nq": "https://www.iana.org/assignments/media-types/application/n-quads",
        "graph.nt": "https://www.iana.org/assignments/media-types/application/n-triples",
        "graph.trig": "https://www.iana.org/assignments/media-types/application/trig",
        "graph.ttl": "https://www.iana.org/assignments/media-types/text/turtle",
    }
    sizes = {row["size"] for row in select(store, "SELECT ?size WHERE { ?d dcat:byteSize ?size }")}
    assert sizes == set(on_disk.values())
    # read with the parser: Oxigraph's store keeps derived integer types as xsd:integer
    turtle = void.describe_dataset(files, counts, base=DEFAULT_BASE, license=LICENSE)
    parsed = ox.parse(turtle, format=ox.RdfFormat.TURTLE, base_iri=PUBLISHED)
    byte_sizes = [q.object for q in parsed if q.predicate.value == str(DCAT.byteSize)]
    assert {t.datatype.value for t in byte_sizes} == {"http://www.w3.org/2001/XMLSchema#nonNegativeInteger"}


def test_deterministic_and_dated_only_by_source_date_epoch(
    files: list[void.OutputFile], counts: void.DatasetCounts
) -> None:
    first = void.describe_dataset(files, counts, base=DEFAULT_BASE)
    assert void.describe_dataset(list(reversed(files)), counts, base=DEFAULT_BASE) == first
    assert b"modified" not in first and b"license" not in first
    dated = void.describe_dataset(files, counts, base=DEFAULT_BASE, source_date_epoch=1700000000)
    assert one(parse(dated), "SELECT ?when WHERE { ?d dcterms:modified ?when }") == {"when": "2023-11-14T22:13:20Z"}
    assert void.source_date_epoch({"SOURCE_DATE_EPOCH": "1700000000"}) == 1700000000
    assert void.source_date_epoch({}) is None and void.source_date_epoch({"SOURCE_DATE_EPOCH": " "}) is None
    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH"):
        void.source_date_epoch({"SOURCE_DATE_EPOCH": "yesterday"})


def test_hostile_title_and_file_names_stay_data(counts: void.DatasetCounts) -> None:
    title = 'Orgs" ; <http://evil/> "x" .\n@prefix a: <b> .\\u0022'
    files = [void.OutputFile("orgs/a b#c%.jsonld", 7), void.OutputFile("validation.json", 3)]
    store = parse(void.describe_dataset(files, counts, base=DEFAULT_BASE, title=title))
    assert one(store, "SELECT ?t WHERE { ?d a dcat:Dataset ; dcterms:title ?t }") == {"t": title}
    urls = {
        row["u"]: row["m"] for row in select(store, "SELECT ?u ?m WHERE { ?d dcat:downloadURL ?u ; dcat:mediaType ?m }")
    }
    assert urls == {
        PUBLISHED + "orgs/a%20b%23c%25.jsonld": "https://www.iana.org/assignments/media-types/application/ld+json",
        PUBLISHED + "validation.json": "https://www.iana.org/assignments/media-types/application/json",
    }
    assert not list(store.quads_for_pattern(None, ox.NamedNode("http://evil/"), None))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"license": "CC-BY-4.0"}, "--license wants an absolute IRI"),
        ({"license": "https://example.org/a b"}, "--license wants an absolute IRI"),
        ({"files": [void.OutputFile("graph.nq", 1), void.OutputFile("graph.nq", 1)]}, "listed twice"),
        ({"files": [void.OutputFile("../graph.nq", 1)]}, "not a path inside the output folder"),
        ({"files": [void.OutputFile("/etc/passwd.ttl", 1)]}, "not a path inside the output folder"),
        ({"files": [void.OutputFile("notes.docx", 1)]}, "no media type known for .docx"),
    ],
)
def test_bad_arguments_are_usage_errors(counts: void.DatasetCounts, kwargs: dict, message: str) -> None:
    arguments = {"files": [void.OutputFile("graph.nq", 1)], "base": DEFAULT_BASE, **kwargs}
    with pytest.raises(UsageError, match=message):
        void.describe_dataset(arguments.pop("files"), counts, **arguments)


def test_dcat_and_void_namespaces_are_closed() -> None:
    assert str(DCAT.byteSize) == "http://www.w3.org/ns/dcat#byteSize"
    with pytest.raises(AttributeError):
        DCAT.bytesize  # noqa: B018 - a typo must fail
    with pytest.raises(AttributeError):
        VOID.tripels  # noqa: B018


def test_counts_from_the_profiles_equal_counting_graph_nq(tmp_path: Path) -> None:
    """void.ttl's counts come from each profile's record (``merge_counts``), not from reading
    graph.nq again: both give the same figures, on a build with shared nodes and own base."""
    import orgkg

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for base in (DEFAULT_BASE, "https://kg.example.org/"):
        result = orgkg.build([seeds], validate=False, base=base)
        quads = ox.parse(result.file_bytes("nq"), format=ox.RdfFormat.N_QUADS)
        merged = void.merge_counts(
            (r.summary for r in result.records), triples=result.triple_count, named_graphs=result.graph_count
        )
        assert merged == void.count_dataset(quads, base)
        assert merged.entities > 0 and merged.named_graph_triples > 0
