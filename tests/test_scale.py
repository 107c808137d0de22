"""Scale machinery: the fast writers agree with the reference implementations, batch
validation reports exactly what one whole-graph run reports, progress stays quiet."""

from __future__ import annotations

import datetime
import io
import json
from itertools import pairwise

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyld import jsonld

import orgkg
from orgkg import serialization as ser
from orgkg.progress import ProgressBar, wanted

from .pyld_reference import pyld_frame, refuse_remote
from .scale_helpers import make_corpus


@pytest.fixture(scope="module")
def corpus_result(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    make_corpus(25, folder, seed=21)
    return orgkg.build([folder], validate=False)


def test_framing_equals_pyld_byte_for_byte(corpus_result):
    quads = ser.dataset_quads(corpus_result.dataset)
    for slug, org in corpus_result.organizations():
        prefix = f"<https://w3id.org/orgkg/graph/{slug}/"
        triples = sorted({(s, p, o) for s, p, o, g in quads if g and g.startswith(prefix)})
        assert ser.frame_triples(triples, str(org)) == pyld_frame(triples, str(org)), slug


@pytest.mark.parametrize(("fmt", "ox"), [("nq", "N_QUADS"), ("trig", "TRIG"), ("nt", "N_TRIPLES"), ("ttl", "TURTLE")])
def test_corpus_formats_parse_to_the_same_graph(corpus_result, fmt, ox):
    data = orgkg.serialize(corpus_result, fmt)
    parsed = {str(q) for q in pyoxigraph.parse(data, format=getattr(pyoxigraph.RdfFormat, ox))}
    reference = orgkg.serialize(corpus_result, "nq")
    expected = {str(q) for q in pyoxigraph.parse(reference, format=pyoxigraph.RdfFormat.N_QUADS)}
    if fmt in ("nt", "ttl"):
        expected = {
            str(pyoxigraph.Triple(q.subject, q.predicate, q.object))
            for q in pyoxigraph.parse(reference, format=pyoxigraph.RdfFormat.N_QUADS)
        }
        parsed = {
            str(pyoxigraph.Triple(q.subject, q.predicate, q.object))
            for q in pyoxigraph.parse(data, format=getattr(pyoxigraph.RdfFormat, ox))
        }
    assert parsed == expected


def test_corpus_jsonld_parses_with_pyld_to_the_same_triples(corpus_result):
    doc = json.loads(orgkg.serialize(corpus_result, "jsonld"))
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": refuse_remote})
    parsed = {
        str(pyoxigraph.Triple(q.subject, q.predicate, q.object))
        for q in pyoxigraph.parse(nquads.encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    }
    reference = orgkg.serialize(corpus_result, "nt")
    expected = {str(t) for t in pyoxigraph.parse(reference, format=pyoxigraph.RdfFormat.N_TRIPLES)}
    assert parsed == expected


def test_string_escaping_matches_oxigraph():
    text = 'a\tb\x01c\x7f\u2028"q\\ \n\r\x08\x0c é'
    ours = ser.literal_text(text)
    theirs = pyoxigraph.serialize(
        [
            pyoxigraph.Triple(
                pyoxigraph.NamedNode("http://e/s"), pyoxigraph.NamedNode("http://e/p"), pyoxigraph.Literal(text)
            )
        ],
        format=pyoxigraph.RdfFormat.N_TRIPLES,
    )
    assert theirs.decode("utf-8") == f"<http://e/s> <http://e/p> {ours} .\n"
    assert ser.split_literal(ours).lexical == text


@pytest.mark.slow  # a whole-graph pyshacl run over a generated corpus
def test_batch_validation_equals_one_whole_graph_run(tmp_path):
    from orgkg import validation

    folder = tmp_path / "injected"
    make_corpus(30, folder, seed=13, inject_errors=6)
    batched = orgkg.build([folder], validate=True, keep_going=True, jobs=2)
    whole = validation.validate_dataset(
        batched.dataset,
        diagnostics=batched.diagnostics,
        sources=batched.sources,
        profiles=batched.facts,
        today=datetime.date.today(),
    )
    assert len(whole.findings) > 0
    assert list(batched.report.findings) == list(whole.findings)


def test_progress_is_silent_without_a_terminal(monkeypatch):
    stream = io.StringIO()
    monkeypatch.delenv("CI", raising=False)
    assert not wanted(None, 10_000, stream)  # not a TTY
    assert wanted(True, 1, stream) and not wanted(False, 10_000, stream)
    monkeypatch.setenv("CI", "true")

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert not wanted(None, 10_000, Tty())  # CI stays silent
    monkeypatch.delenv("CI")
    assert wanted(None, 10_000, Tty()) and not wanted(None, 3, Tty())
    bar = ProgressBar(stream)
    bar("map", 5, 10)
    bar("map", 10, 10)
    bar.close()
    assert "10/10" in stream.getvalue() and stream.getvalue().endswith("\n")


def test_cli_build_prints_no_progress_when_piped(tmp_path):
    from click.testing import CliRunner

    from orgkg.cli import main

    folder = tmp_path / "c"
    make_corpus(25, folder, seed=2)
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "o"), "--no-validate", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.output and "[#" not in result.output


def test_merge_identity_is_every_finding_field_but_the_location():
    from dataclasses import fields

    from orgkg.model import ROW_FIELDS
    from orgkg.runners.batches import _IDENTITY
    from orgkg.validation import Finding

    assert set(_IDENTITY) | {"file", "line", "field"} == {f.name for f in fields(Finding)} == set(ROW_FIELDS)


# --- the merged report joined from the batches' rendered blocks -------------------------------


def _rendered(report):
    from orgkg.report import render_report

    return render_report(report, "json"), render_report(report, "text")


@pytest.mark.slow  # a whole-graph pyshacl run over a generated corpus
def test_joined_blocks_render_what_a_whole_graph_run_renders(tmp_path):
    """A fresh build and a rebuild from the cache render their text and JSON reports from
    the batches' blocks; the bytes are those of one whole-graph run and of the merged rows."""
    from orgkg import validation

    folder = tmp_path / "injected"
    make_corpus(70, folder, seed=17, inject_errors=9)
    results = []
    for _ in range(2):  # fresh, then every batch from the cache
        result = orgkg.build([folder], validate=True, keep_going=True, jobs=2, cache=tmp_path / "cache")
        results.append(result)
    assert results[1].stats.batches_reused == results[1].stats.shards > 1
    whole = validation.validate_dataset(
        results[0].dataset,
        diagnostics=results[0].diagnostics,
        sources=results[0].sources,
        profiles=results[0].facts,
        today=datetime.date.today(),
    )
    for result in results:
        report = result.report
        assert report.rendered_findings("json") is not None, "joined from blocks"
        assert _rendered(report) == _rendered(whole)
        assert _rendered(report) == _rendered(report.as_report())  # from the rows
        assert report.counts == whole.counts and report.files == whole.files


_FILES = [f"p/{n:02d}.txt" for n in range(12)]
_row = st.tuples(
    st.sampled_from(["violation", "warning", "info"]),
    st.sampled_from(["c.a", "c.b"]),
    st.sampled_from(["m1", "m2"]),
    st.sampled_from([None, *_FILES]),
    st.sampled_from([None, 0, 1, 2, 7]),
    st.sampled_from([None, "", "Field"]),
    st.sampled_from([None, "ex:x", "ex:y"]),
    st.sampled_from([None, "", "schema:name"]),
    st.sampled_from([None, "", "v"]),
    st.sampled_from([None, "", "sh:S"]),
)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(_row, max_size=40), cuts=st.lists(st.integers(0, 12), max_size=4))
def test_joining_blocks_equals_merging_rows(rows, cuts):
    """Batches own contiguous runs of files (as build shards do); a finding located in a file
    comes from that file's batch, findings located nowhere and the same finding (all but its
    location) from any. Joining their blocks renders what merging their rows renders."""
    from orgkg import validation
    from orgkg.report import json_findings, text_sections
    from orgkg.runners.batches import _joined_blocks, findings_blocks, merge_rows

    key = validation.row_sort_key
    bounds = [0, *sorted(set(cuts)), 12]
    batches = []
    for number, (low, high) in enumerate(pairwise(bounds)):
        own = set(_FILES[low:high])
        located = [r for r in rows if r[3] in own]
        nowhere = [r for i, r in enumerate(rows) if r[3] is None and i % len(bounds) == number]
        batches.append(sorted(set(located + nowhere), key=key))
    merged = merge_rows(batches)
    joined = _joined_blocks([findings_blocks(b) for b in batches])
    assert joined is not None
    assert joined.json == json_findings(merged)
    assert joined.text == text_sections(merged)
    assert dict(joined.counts) == {
        s: n for s in ("violation", "warning", "info") if (n := sum(r[0] == s for r in merged))
    }


def test_batches_whose_files_interleave_are_merged_row_by_row():
    from orgkg.runners.batches import _joined_blocks, findings_blocks

    first = [("info", "c", "m", "b.txt", 1, None, None, None, None, None)]
    second = [("info", "c", "m", "a.txt", 1, None, None, None, None, None)]
    assert _joined_blocks([findings_blocks(first), findings_blocks(second)]) is None


@settings(max_examples=300, deadline=None)
@given(first=_row, second=_row)
def test_report_order_is_total(first, second):
    """Two different findings never tie: the report's order cannot depend on the order they
    were found in, or on a hash seed."""
    from orgkg import validation

    key = validation.row_sort_key
    assert (key(first) == key(second)) == (first == second)
