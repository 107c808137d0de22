"""The embedded store: persist (atomic swap), open, read RDF files of every format."""

from __future__ import annotations

import json
from collections.abc import Iterator
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
        ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)),
                ox.Literal("2011", datatype=ox.NamedNode(str(GYEAR))), ox.NamedNode(str(g))),
        ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), ox.Literal("tagged", language="en-GB"),
                ox.NamedNode(str(g))),
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


@pytest.mark.parametrize(("suffix", "fmt"), [
    (".trig", ox.RdfFormat.TRIG), (".nq", ox.RdfFormat.N_QUADS), (".ttl", ox.RdfFormat.TURTLE),
    (".nt", ox.RdfFormat.N_TRIPLES), (".jsonld", ox.RdfFormat.JSON_LD), (".rdf", ox.RdfFormat.RDF_XML),
])
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
