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
    out = tmp_path / "out"
    orgkg.write(seed_build, out)
    manifest = out / ".orgkg-files"
    own = "advanced-manufacturing-partnership.jsonld"
    assert manifest.read_text() == f"orgs/{own}\nweb/{own}\n"  # framed documents and their web variants
    # as if an earlier build had also written gone.jsonld (its profile since deleted)
    for folder in ("orgs", "web"):
        (out / folder / "gone.jsonld").write_text("{}")
    manifest.write_text(manifest.read_text() + "orgs/gone.jsonld\nweb/gone.jsonld\n")
    orgkg.write(seed_build, out)
    for folder in ("orgs", "web"):
        assert sorted(p.name for p in (out / folder).iterdir()) == [own], folder
    assert manifest.read_text() == f"orgs/{own}\nweb/{own}\n"


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


# render_slice: pyoxigraph writes N-Triples, N-Quads, Turtle and TriG in the order orgkg sorts


def _tricky_quads() -> list:
    from orgkg.serialization import RDF_TYPE, literal_text

    xsd = "http://www.w3.org/2001/XMLSchema#"
    org, graph = "<https://w3id.org/orgkg/org/a>", "<https://w3id.org/orgkg/graph/a/identity>"
    values = [
        literal_text('quote " backslash \\ tab \t newline \n bell \x07 é'),
        literal_text("Name", "en-GB"),
        literal_text("+042", None, xsd + "integer"),  # canonical 42, written bare in Turtle
        literal_text("1.50", None, xsd + "decimal"),
        literal_text("1e3", None, xsd + "double"),  # canonical "1000": must stay a double
        literal_text("not a number", None, xsd + "integer"),
        "<https://schema.org/a.>",  # a local name that needs an escape
        "<http://www.wikidata.org/entity/Q42>",
    ]
    quads = [(org, f"<{RDF_TYPE}>", "<https://schema.org/Organization>", graph)]
    quads += [(org, "<https://schema.org/value>", value, graph) for value in values]
    quads += [(q[0], q[1], q[2], None) for q in quads]
    return quads


def _parsed(data: bytes, fmt: str) -> set:
    from orgkg.serialization import turtle_header

    header = turtle_header().encode() if fmt in ("ttl", "trig") else b""
    return {str(q) for q in pyoxigraph.parse(header + data, format=OX_FORMATS[fmt])}


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "nq"])
def test_slices_parse_to_the_quads_they_were_given(fmt):
    from orgkg.serialization import render_slice

    quads = _tricky_quads()
    union = fmt in ("ttl", "nt")
    expected = {(s, p, o, None if union else g) for s, p, o, g in quads}
    reference = "".join(f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n" for s, p, o, g in expected)
    assert _parsed(render_slice(quads, fmt), fmt) == _parsed(reference.encode(), "nq")


@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_slices_rendered_apart_concatenate_into_one_document(fmt):
    """The build renders each profile's slice on its own and joins them under one header."""
    from orgkg.serialization import render_slice

    quads = _tricky_quads()
    other = [(s.replace("org/a", "org/b"), p, o, g and g.replace("/a/", "/b/")) for s, p, o, g in quads]
    joined = render_slice(quads, fmt) + render_slice(other, fmt)
    assert b"@prefix" not in joined  # the one header is the file's
    assert _parsed(joined, fmt) == _parsed(render_slice(quads + other, fmt), fmt)
    assert b"schema:Organization" in joined and b"wd:Q42" in joined  # readable prefixes


def test_a_section_rendered_at_once_is_each_format_s_reference_slice():
    """``render_section_bytes`` (the build's fast path: one sort, one pyoxigraph parse per
    pair of formats) gives, byte for byte, what ``render_slice`` gives for each format."""
    from orgkg.serialization import FORMATS, render_section_bytes, render_slice

    quads = _tricky_quads()
    quads += [(s.replace("org/a", "org/b"), p, o, g and g.replace("/a/", "/b/")) for s, p, o, g in quads]
    # a predicate IRI that sorts before rdf:type's, which Turtle still writes first
    quads += [(quads[0][0], "<http://purl.org/dc/terms/source>", '"x"', quads[0][3])]
    given = list(reversed(quads)) + quads  # unsorted, each statement twice
    section = render_section_bytes(given, ((s, p, o) for s, p, o, _ in given))
    assert set(section) == set(FORMATS)
    for fmt in FORMATS:
        assert section[fmt] == render_slice(quads, fmt), fmt


def test_slices_are_sorted_and_deduplicated():
    from orgkg.serialization import render_slice

    quads = _tricky_quads()
    for fmt in ("ttl", "nt", "trig", "nq"):
        assert render_slice(list(reversed(quads)) + quads, fmt) == render_slice(quads, fmt), fmt
    lines = render_slice(quads, "nq").decode().splitlines()
    assert lines == sorted(lines)


def test_slices_are_byte_identical_across_hash_seeds():
    script = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]); from tests.test_serialize import _tricky_quads; "
        "from orgkg.serialization import render_slice; "
        "data = b''.join(render_slice(_tricky_quads(), f) for f in ('ttl', 'trig', 'nt', 'nq')); "
        "print(hashlib.sha256(data).hexdigest())"
    )
    digests = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, str(Path(__file__).parents[1])], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        digests.add(done.stdout)
    assert len(digests) == 1


def test_a_term_outside_the_grammar_is_a_clear_error():
    from orgkg.errors import IRIError
    from orgkg.serialization import render_slice

    bad = [("<https://w3id.org/orgkg/org/a>", "<https://schema.org/name>", '"x"@not a tag', None)]
    with pytest.raises(IRIError, match="cannot write ttl"):
        render_slice(bad, "ttl")


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"b": {}, "a": [1, 2.5, None, True, False, 'x\u2028<&>"\\\n'], "é": "ü"},
        {"x": [{"y": [[]]}, {"z": {"w": -0.0}}]},
        {"big": 10**20, "float": 1e300},
        {"keys": {1: "an int key"}},
    ],
)
def test_dump_json_is_json_dumps_indented(value):
    """dump_json writes its indented JSON itself (no C path for indent in json.dumps): the
    same bytes as json.dumps(sort_keys, indent=2, ensure_ascii=False), script-safe."""
    expected = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028")):
        expected = expected.replace(char, escape)
    assert dump_json(value) == (expected + "\n").encode("utf-8")
