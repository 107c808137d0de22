"""The CLI: thin over the API, with the exit-code contract of DESIGN §8."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from orgkg.cli import main

from .conftest import SEED


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_help_lists_commands_and_exit_codes(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "export"):
        assert command in result.output
    assert "3 input error" in result.output


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys, orgkg.cli; print(sorted(m for m in ('rdflib','pyshacl','pyld','pyoxigraph') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_build_writes_every_file(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEED), "-o", str(tmp_path / "out"), "--no-validate"])
    assert result.exit_code == 0, result.output
    assert "1 profile(s)" in result.output
    names = sorted(
        p.relative_to(tmp_path / "out").as_posix()
        for p in (tmp_path / "out").rglob("*")
        if p.is_file() and ".cache" not in p.parts
    )
    assert not (tmp_path / "out" / "store").exists(), "the store is indexed on first use, not by build"
    assert "indexing" not in result.stderr
    assert names == [
        ".orgkg-files",  # the organization files this build wrote, so the next one removes only its own
        "graph.jsonld",
        "graph.nq",
        "graph.nt",
        "graph.trig",
        "graph.ttl",
        "orgs/advanced-manufacturing-partnership.jsonld",
        "void.ttl",  # the dataset's description (docs/publishing.md)
        "web/advanced-manufacturing-partnership.jsonld",  # the web variant
    ]


def test_build_store_indexes_eagerly(runner, tmp_path):
    from orgkg import store as stores

    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(SEED), "-o", str(out), "--no-validate", "--store"])
    assert result.exit_code == 0, result.output
    assert f"indexing {out / 'graph.nq'} into {out / 'store'}" in result.stderr
    assert stores.is_current(out / "graph.nq", out / "store")
    assert set(stores.open_store(out / "store")) == set(stores.read_data(out / "graph.nq"))
    inodes = {p.name: p.stat().st_ino for p in (out / "store").glob("*.sst")}  # the folder is new, its data linked
    again = runner.invoke(main, ["build", str(SEED), "-o", str(out), "--no-validate", "--store"])
    assert again.exit_code == 0 and "indexing" not in again.stderr, "same graph.nq bytes: no reindex"
    assert inodes and {p.name: p.stat().st_ino for p in (out / "store").glob("*.sst")} == inodes
    kept = runner.invoke(main, ["build", str(SEED), "-o", str(out), "--no-validate", "--no-store"])
    assert kept.exit_code == 0 and "indexing" not in kept.stderr  # --no-store still works


@pytest.mark.parametrize(("fmt", "ox"), [("ttl", "TURTLE"), ("nt", "N_TRIPLES"), ("trig", "TRIG"), ("nq", "N_QUADS")])
def test_export_writes_parseable_rdf_to_stdout(runner, fmt, ox):
    result = runner.invoke(main, ["export", str(SEED), "-f", fmt])
    assert result.exit_code == 0
    quads = list(pyoxigraph.parse(result.stdout_bytes, format=getattr(pyoxigraph.RdfFormat, ox)))
    assert len(quads) > 300


def test_missing_input_is_exit_3_and_names_the_path(runner, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(main, ["build", str(missing), "-o", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert str(missing) in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_bad_option_is_exit_2(runner):
    assert runner.invoke(main, ["build", "--no-such-option"]).exit_code == 2
    assert runner.invoke(main, ["export", str(SEED), "-f", "rdfxml"]).exit_code == 2


def test_bad_base_is_exit_2(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEED), "--base", "not an iri", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "--base" in result.output


def test_output_that_is_a_file_is_exit_2_and_untouched(runner, tmp_path):
    target = tmp_path / "taken"
    target.write_text("keep")
    result = runner.invoke(main, ["build", str(SEED), "-o", str(target), "--no-validate"])
    assert result.exit_code == 2 and "not a folder" in result.output
    assert target.read_text() == "keep"


def test_malformed_profile_among_good_ones(runner, tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes(SEED.read_bytes())
    (corpus / "bad.txt").write_bytes(b"Title\nIntro\n\xc3\x28 not utf-8\n")
    out = tmp_path / "out"
    failed = runner.invoke(main, ["build", str(corpus), "-o", str(out), "--no-validate"])
    assert failed.exit_code == 3 and "bad.txt" in failed.output
    assert not out.exists()  # nothing written without --keep-going
    kept = runner.invoke(main, ["build", str(corpus), "-o", str(out), "--no-validate", "--keep-going"])
    assert kept.exit_code == 3 and "bad.txt" in kept.output
    assert (out / "orgs" / "advanced-manufacturing-partnership.jsonld").exists()


def test_python_dash_m_works(tmp_path):
    done = subprocess.run([sys.executable, "-m", "orgkg", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "build" in done.stdout


def test_default_input_is_seeds(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    result = runner.invoke(main, ["export", "-f", "nt"])
    assert result.exit_code == 0 and b"advanced-manufacturing-partnership" in result.stdout_bytes


def test_build_never_switches_the_cycle_collector(runner, tmp_path):
    import gc

    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            assert runner.invoke(main, ["build", str(SEED), "-o", str(tmp_path / str(enabled))]).exit_code == 0
            assert gc.isenabled() is enabled, "library code leaves the process's collector as it found it"
        finally:
            gc.enable()
