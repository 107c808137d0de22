"""The embedded store: persist (atomic swap), open, read RDF files of every format."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef

from orgkg import store as stores
from orgkg.errors import InputError

FIXTURE = Path(__file__).parent / "data" / "query" / "seed.trig"
GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")


def fixture_dataset() -> Dataset:
    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    return dataset


def test_persist_and_open_round_trip(tmp_path: Path) -> None:
    dataset = fixture_dataset()
    info = stores.persist(dataset, tmp_path / "build" / "store")
    assert info.quads == len(list(dataset.quads())) == 251
    assert info.named_graphs == 16 and info.default_graph_triples == 96
    marker = json.loads((tmp_path / "build" / "store" / stores.MARKER).read_text())
    assert marker["quads"] == 251 and marker["engine"] == "pyoxigraph"
    store = stores.open_store(tmp_path / "build" / "store")
    assert len(store) == 251
    assert set(store) == set(stores.read_data(FIXTURE))
    assert stores.store_info(tmp_path / "build" / "store") == info


def test_rdflib_conversion_keeps_graphs_and_literals() -> None:
    dataset = Dataset()
    s, p, g = URIRef("http://e.example/s"), URIRef("http://e.example/p"), URIRef("http://e.example/g")
    dataset.add((s, p, Literal("in default")))
    dataset.graph(g).add((s, p, Literal("2011", datatype=GYEAR)))
    dataset.graph(g).add((s, p, Literal("tagged", lang="en-GB")))
    quads = set(stores.rdflib_quads(dataset))
    assert quads == {
        ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), ox.Literal("in default"), ox.DefaultGraph()),
        ox.Quad(
            ox.NamedNode(str(s)),
            ox.NamedNode(str(p)),
            ox.Literal("2011", datatype=ox.NamedNode(str(GYEAR))),
            ox.NamedNode(str(g)),
        ),
        ox.Quad(
            ox.NamedNode(str(s)), ox.NamedNode(str(p)), ox.Literal("tagged", language="en-GB"), ox.NamedNode(str(g))
        ),
    }


def test_persist_replaces_a_previous_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    stores.persist(FIXTURE, path)
    reader = stores.open_store(path)  # a reader that stays open across the swap
    one = [ox.Quad(ox.NamedNode("http://e.example/a"), ox.NamedNode("http://e.example/b"), ox.Literal("c"))]
    info = stores.persist(one, path)
    assert info.quads == 1
    assert len(stores.open_store(path)) == 1
    assert len(reader) == 251, "readers keep the snapshot they opened"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"], "no temporary folders are left"


def test_failed_persist_leaves_the_previous_store_intact(tmp_path: Path) -> None:
    path = tmp_path / "store"
    stores.persist(FIXTURE, path)

    def broken() -> Iterator[ox.Quad]:
        yield ox.Quad(ox.NamedNode("http://e.example/a"), ox.NamedNode("http://e.example/b"), ox.Literal("c"))
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        stores.persist(broken(), path)
    assert len(stores.open_store(path)) == 251
    with pytest.raises(InputError):
        stores.persist(tmp_path / "missing.trig", path)
    assert len(stores.open_store(path)) == 251
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_persist_refuses_to_replace_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(stores.StoreError, match="not an orgkg store"):
        stores.persist(FIXTURE, tmp_path)
    assert (tmp_path / "precious.txt").read_text() == "keep me"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert stores.persist(FIXTURE, empty).quads == 251


def test_open_store_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="run `orgkg build` first") as missing:
        stores.open_store(tmp_path / "nowhere")
    assert missing.value.exit_code == 3
    assert not (tmp_path / "nowhere").exists(), "opening never creates a store"
    (tmp_path / "plain").mkdir()
    with pytest.raises(InputError, match="not an orgkg/Oxigraph store"):
        stores.open_store(tmp_path / "plain")


def test_several_readers_at_once(tmp_path: Path) -> None:
    stores.persist(FIXTURE, tmp_path / "store")
    first, second = stores.open_store(tmp_path / "store"), stores.open_store(tmp_path / "store")
    assert len(first) == len(second) == 251


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [
        (".trig", ox.RdfFormat.TRIG),
        (".nq", ox.RdfFormat.N_QUADS),
        (".ttl", ox.RdfFormat.TURTLE),
        (".nt", ox.RdfFormat.N_TRIPLES),
        (".jsonld", ox.RdfFormat.JSON_LD),
        (".rdf", ox.RdfFormat.RDF_XML),
    ],
)
def test_read_data_every_format(tmp_path: Path, suffix: str, fmt: ox.RdfFormat) -> None:
    source = stores.read_data(FIXTURE)
    path = tmp_path / f"graph{suffix}"
    if fmt.supports_datasets:
        path.write_bytes(ox.serialize(source, format=fmt))
        expected = set(source)
    else:
        triples = {quad.triple for quad in source}
        path.write_bytes(ox.serialize(triples, format=fmt))
        expected = {ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples}
    assert set(stores.read_data(path)) == expected
    assert stores.supports_datasets(path) == fmt.supports_datasets


def test_read_data_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://e.example/a> <http://e.example/b> <http://e.example/c> .\n<http://e.example/a> .\n")
    with pytest.raises(InputError, match=r"bad\.nq:2"):
        stores.read_data(bad)
    with pytest.raises(InputError, match="cannot tell the RDF format"):
        stores.read_data(_touch(tmp_path / "x.txt"))
    with pytest.raises(InputError, match="no such file"):
        stores.read_data(tmp_path / "absent.ttl")


def test_jsonld_remote_context_is_never_fetched(tmp_path: Path) -> None:
    path = tmp_path / "remote.jsonld"
    path.write_text('{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://e.example/a", "name": "x"}')
    with pytest.raises(InputError, match=r"remote\.jsonld"):
        stores.read_data(path)


def _touch(path: Path) -> Path:
    path.write_text("")
    return path


# --------------------------------------------------------------------------- the store as an index of graph.nq


def _graph_nq(folder: Path, quads: Iterable[ox.Quad] | None = None) -> Path:
    """folder/graph.nq: the fixture's quads (or ``quads``), with an mtime well in the past."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / stores.GRAPH_FILE
    data = stores.read_data(FIXTURE) if quads is None else quads
    path.write_bytes(ox.serialize(data, format=ox.RdfFormat.N_QUADS))
    _age(path)
    return path


def _age(path: Path, seconds: int = 3600) -> None:
    """Set the mtime an hour back: a stamp taken now is past the racy window."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - seconds * 10**9))


ONE = [
    ox.Quad(
        ox.NamedNode("http://e.example/a"),
        ox.NamedNode("http://e.example/b"),
        ox.Literal("c"),
        ox.NamedNode("http://e.example/g"),
    )
]


@pytest.fixture
def persists(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records every persist call (the store folder it wrote)."""
    calls: list[Path] = []
    real = stores.persist

    def counting(source: object, path: str | Path = stores.DEFAULT_STORE) -> stores.StoreInfo:
        calls.append(Path(path))
        return real(source, path)  # type: ignore[arg-type]

    monkeypatch.setattr(stores, "persist", counting)
    return calls


def test_persist_records_the_source_file(tmp_path: Path) -> None:
    graph = _graph_nq(tmp_path)
    info = stores.persist(graph, tmp_path / "store")
    marker = json.loads((tmp_path / "store" / stores.MARKER).read_text())
    status = graph.stat()
    assert marker["source"]["size"] == status.st_size and marker["source"]["mtime_ns"] == status.st_mtime_ns
    assert marker["source"]["sha256"] == hashlib.sha256(graph.read_bytes()).hexdigest()
    assert marker["source"]["file"] == "graph.nq"
    assert info.source == stores.store_info(tmp_path / "store").source  # type: ignore[union-attr]
    assert stores.persist(fixture_dataset(), tmp_path / "other").source is None, "no file, no stamp"


def test_ensure_store_indexes_once_then_reuses_without_hashing(
    tmp_path: Path, persists: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = _graph_nq(tmp_path)
    store = tmp_path / "store"
    notices: list[str] = []
    assert stores.ensure_store(graph, store, notice=notices.append) == store
    assert persists == [store] and notices == [f"indexing {graph} into {store} …"]
    assert len(stores.open_store(store)) == 251
    inode = store.stat().st_ino

    def no_hashing(path: object) -> None:
        raise AssertionError("same size and mtime: the file must not be read")

    monkeypatch.setattr(stores, "stamp_file", no_hashing)
    assert stores.ensure_store(graph, store, notice=notices.append) == store
    assert persists == [store] and len(notices) == 1 and store.stat().st_ino == inode


def test_ensure_store_same_bytes_new_mtime_is_not_reindexed(tmp_path: Path, persists: list[Path]) -> None:
    graph = _graph_nq(tmp_path)
    store = tmp_path / "store"
    stores.ensure_store(graph, store)
    inode = store.stat().st_ino
    graph.write_bytes(graph.read_bytes())  # an unchanged rebuild rewrites the same bytes
    _age(graph, 60)
    assert graph.stat().st_mtime_ns != stores.store_info(store).source.mtime_ns  # type: ignore[union-attr]
    stores.ensure_store(graph, store)
    assert persists == [store] and store.stat().st_ino == inode
    refreshed = stores.store_info(store).source  # type: ignore[union-attr]
    assert refreshed is not None and refreshed.mtime_ns == graph.stat().st_mtime_ns, "marker refreshed"


def test_ensure_store_reindexes_a_changed_file(tmp_path: Path, persists: list[Path]) -> None:
    graph = _graph_nq(tmp_path)
    store = tmp_path / "store"
    stores.ensure_store(graph, store)
    _graph_nq(tmp_path, ONE)
    notices: list[str] = []
    stores.ensure_store(graph, store, notice=notices.append)
    assert persists == [store, store] and len(notices) == 1
    assert set(stores.open_store(store)) == set(ONE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq", "store"], "no temporary folders left"


def test_ensure_store_hashes_a_racy_stamp(tmp_path: Path, persists: list[Path]) -> None:
    """Indexed right after graph.nq was written: a same-size change that keeps the mtime
    (possible on coarse file-system clocks) is still seen."""
    store = tmp_path / "store"
    graph = tmp_path / "graph.nq"
    first = ox.serialize(ONE, format=ox.RdfFormat.N_QUADS)
    graph.write_bytes(first)
    stores.ensure_store(graph, store)  # the stamp is taken within the racy window
    mtime = graph.stat().st_mtime_ns
    second = first.replace(b'"c"', b'"d"')
    assert len(second) == len(first)
    graph.write_bytes(second)
    os.utime(graph, ns=(mtime, mtime))
    stores.ensure_store(graph, store)
    assert persists == [store, store]
    assert [quad.object for quad in stores.open_store(store)] == [ox.Literal("d")]


def test_ensure_store_without_graph_file_uses_the_store_as_is(tmp_path: Path, persists: list[Path]) -> None:
    graph = _graph_nq(tmp_path)
    store = tmp_path / "store"
    stores.ensure_store(graph, store)
    _graph_nq(tmp_path, ONE)  # now stale …
    graph.unlink()  # … and its source is gone
    assert stores.ensure_store(graph, store) == store
    assert persists == [store] and len(stores.open_store(store)) == 251


def test_ensure_store_with_neither_keeps_the_missing_store_error(tmp_path: Path, persists: list[Path]) -> None:
    store = tmp_path / "build" / "store"
    assert stores.ensure_store(stores.graph_file_for(store), store) == store
    assert persists == [] and not store.exists()
    with pytest.raises(InputError, match="no store here: run `orgkg build` first") as missing:
        stores.open_store(store)
    assert missing.value.exit_code == 3


@pytest.mark.parametrize(
    "marker",
    [
        "not json {",
        "[]",
        '{"quads": 1}',
        '{"source": {"size": "big", "mtime_ns": 1, "sha256": "x", "file": "graph.nq", "checked_ns": 1}}',
        None,  # no marker at all: a bare Oxigraph store
        "engine",  # written by another pyoxigraph
        "format",  # another store layout
    ],
)
def test_ensure_store_rebuilds_on_a_corrupt_or_foreign_marker(
    tmp_path: Path, persists: list[Path], marker: str | None
) -> None:
    graph = _graph_nq(tmp_path)
    store = tmp_path / "store"
    stores.persist(graph, store)
    persists.clear()
    path = store / stores.MARKER
    if marker is None:
        path.unlink()
    elif marker in ("engine", "format"):
        data = json.loads(path.read_text())
        data |= {"engine_version": "0.0.1"} if marker == "engine" else {"format": stores.STORE_FORMAT + 1}
        path.write_text(json.dumps(data))
    else:
        path.write_text(marker)
    assert stores.ensure_store(graph, store) == store
    assert persists == [store]
    assert stores.store_info(store) is not None and len(stores.open_store(store)) == 251


def test_ensure_store_never_replaces_a_folder_that_is_not_a_store(tmp_path: Path, persists: list[Path]) -> None:
    graph = _graph_nq(tmp_path)
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "precious.txt").write_text("keep me")
    notices: list[str] = []
    with pytest.raises(stores.StoreError, match="not an orgkg store"):
        stores.ensure_store(graph, folder, notice=notices.append)
    assert (folder / "precious.txt").read_text() == "keep me" and persists == [] and notices == []


def test_ensure_store_uses_a_store_a_concurrent_indexer_swapped_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = _graph_nq(tmp_path)
    store = tmp_path / "store"
    real = stores.persist

    def loses_the_race(source: object, path: str | Path = stores.DEFAULT_STORE) -> stores.StoreInfo:
        real(source, path)  # type: ignore[arg-type]  # the other process's store lands first …
        raise stores.StoreError(f"{path}: cannot write the store: Directory not empty")  # … ours fails

    monkeypatch.setattr(stores, "persist", loses_the_race)
    assert stores.ensure_store(graph, store) == store
    assert len(stores.open_store(store)) == 251


def test_graph_file_for_is_the_sibling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert stores.graph_file_for(Path("build/store")) == Path("build/graph.nq")
    assert stores.graph_file_for("out/store/") == Path("out/graph.nq")
    monkeypatch.chdir(tmp_path)
    assert stores.graph_file_for(".") == tmp_path.parent / "graph.nq"
