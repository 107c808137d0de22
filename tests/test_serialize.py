"""Every format parses, with an independent parser, to the same graph; output is
byte-identical across runs and hash seeds; writes are atomic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from pyld import jsonld

import orgkg
from orgkg.errors import UsageError
from orgkg.serialization import dump_json, serialize_dataset

from .conftest import SEED

OX_FORMATS = {
    "ttl": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "nq": pyoxigraph.RdfFormat.N_QUADS,
}


def rdflib_triples(dataset) -> set:
    return {(s, p, o) for s, p, o, _ in dataset.quads()}


def rdflib_quads(dataset) -> set:
    default = dataset.default_graph.identifier
    return {(s, p, o, None if g == default else g) for s, p, o, g in dataset.quads()}


def ox_quads(data: bytes, fmt: str) -> set:
    """Parse with oxigraph (the independent parser), then hand its quads over as N-Quads
    so both sides are compared as RDF terms, not as strings."""
    from rdflib import Dataset

    quads = list(pyoxigraph.parse(data, format=OX_FORMATS[fmt]))
    nquads = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS)
    parsed = Dataset()
    parsed.parse(data=nquads, format="nquads")
    default = parsed.default_graph.identifier
    return {(s, p, o, None if g == default else g) for s, p, o, g in parsed.quads()}


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_union_formats_parse_with_oxigraph_to_the_same_triples(seed_build, fmt):
    data = serialize_dataset(seed_build.dataset, fmt)
    parsed = {(s, p, o) for s, p, o, _ in ox_quads(data, fmt)}
    assert parsed == rdflib_triples(seed_build.dataset)


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quad_formats_keep_named_graphs_apart(seed_build, fmt):
    data = serialize_dataset(seed_build.dataset, fmt)
    assert ox_quads(data, fmt) == rdflib_quads(seed_build.dataset)


def test_jsonld_parses_with_pyld_to_the_same_triples(seed_build):
    data = json.loads(serialize_dataset(seed_build.dataset, "jsonld"))
    assert isinstance(data["@context"], dict)  # inline, never a remote URL
    nquads = jsonld.to_rdf(data, {"format": "application/n-quads", "documentLoader": _no_loader})
    parsed = {(s, p, o) for s, p, o, _ in ox_quads(nquads.encode(), "nq")}
    assert len(parsed) == len(rdflib_triples(seed_build.dataset))
    assert parsed == rdflib_triples(seed_build.dataset)


def _no_loader(url, options=None):
    raise AssertionError(f"JSON-LD processing tried to load {url}")


def test_framed_document_roots_the_organization(seed_build, tmp_path):
    orgkg.write(seed_build, tmp_path)
    doc = json.loads((tmp_path / "orgs" / "advanced-manufacturing-partnership.jsonld").read_text())
    assert doc["@id"] == "https://w3id.org/orgkg/org/advanced-manufacturing-partnership"
    assert doc["name"] == "Advanced Manufacturing Partnership"
    assert doc["address"]["postalCode"] == "20250"
    assert doc["founder"]["name"] == "Barack Obama"
    assert {u["name"] for u in doc["subOrganization"]} == {"steering committee", "Working groups or subcommittees"}
    assert doc["subjectOf"]["url"] == "https://www.manufacturing.gov/amp20/"
    # it is still the same RDF: every triple of the framed doc is in the dataset
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": _no_loader})
    framed = {(s, p, o) for s, p, o, _ in ox_quads(nquads.encode(), "nq")}
    full = {(s, p, o) for s, p, o, _ in ox_quads(serialize_dataset(seed_build.dataset, "nq"), "nq")}
    assert framed and framed <= full


def test_json_cannot_close_a_script_element():
    text = dump_json({"name": "</script><script>alert(1)</script> & <!--"}).decode()
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & <!--"


def test_prefixes_are_readable(seed_build):
    ttl = serialize_dataset(seed_build.dataset, "ttl").decode()
    assert "@prefix schema: <https://schema.org/>" in ttl
    assert "ns1:" not in ttl and "ns1:" not in serialize_dataset(seed_build.dataset, "trig").decode()


def test_reserialising_changes_nothing(seed_build):
    """Parse our Turtle back and write it again: the same bytes (output is a fixpoint)."""
    from rdflib import Dataset

    first = serialize_dataset(seed_build.dataset, "trig")
    again = Dataset(default_union=True)
    again.parse(data=first, format="trig")
    for prefix, ns in seed_build.dataset.namespaces():
        again.bind(prefix, ns, override=True, replace=True)
    assert serialize_dataset(again, "nq") == serialize_dataset(seed_build.dataset, "nq")


def test_byte_identical_across_hash_seeds(tmp_path, examples_dir):
    outputs = []
    for seed in ("0", "4242"):
        out = tmp_path / f"build-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "orgkg", "build", str(SEED), str(examples_dir), "-o", str(out)],
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode in (0, 1), done.stderr  # 1: the validation gate, outputs still written
        outputs.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                if p.is_file() and not {".cache", "store"} & set(p.relative_to(out).parts)  # cache, RocksDB store
            }
        )
    assert outputs[0].keys() == outputs[1].keys()
    assert "orgs/manufacturing-usa.jsonld" in outputs[0]
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], name


def test_stale_organization_files_of_an_earlier_build_are_removed(seed_build, tmp_path):
    orgkg.write(seed_build, tmp_path)
    manifest = tmp_path / ".orgkg-files"
    assert manifest.read_text() == "orgs/advanced-manufacturing-partnership.jsonld\n"
    # as if an earlier build had also written gone.jsonld (its profile since deleted)
    (tmp_path / "orgs" / "gone.jsonld").write_text("{}")
    manifest.write_text(manifest.read_text() + "orgs/gone.jsonld\n")
    orgkg.write(seed_build, tmp_path)
    assert sorted(p.name for p in (tmp_path / "orgs").iterdir()) == ["advanced-manufacturing-partnership.jsonld"]


def test_files_someone_else_put_into_orgs_are_kept(seed_build, tmp_path):
    (tmp_path / "orgs").mkdir()
    (tmp_path / "orgs" / "hand-written.jsonld").write_text("{}")
    (tmp_path / ".orgkg-files").write_text("orgs/../graph.ttl\n/etc/passwd\n")  # tampered: names nothing
    (tmp_path / "graph.ttl").write_text("old")
    orgkg.write(seed_build, tmp_path)
    assert (tmp_path / "orgs" / "hand-written.jsonld").read_text() == "{}"
    assert (tmp_path / "graph.ttl").read_text() != "old"  # replaced by the build, not deleted


def test_every_output_file_is_written(seed_build, tmp_path):
    written = orgkg.write(seed_build, tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {
        "graph.ttl",
        "graph.nt",
        "graph.trig",
        "graph.nq",
        "graph.jsonld",
        "orgs/advanced-manufacturing-partnership.jsonld",
    } <= names
    assert all((tmp_path / n).stat().st_size > 0 for n in names)


def test_unknown_format_is_a_usage_error(seed_build):
    with pytest.raises(UsageError):
        serialize_dataset(seed_build.dataset, "rdfxml")


def test_main_module_exists():
    assert Path(orgkg.__file__).with_name("__main__.py").exists()
