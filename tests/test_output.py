"""Writing a build into its folder (``orgkg.output``): the set ``build_and_write`` writes is
the one ``build`` then ``write`` give; unchanged files are the previous build's files (hard
links), everything in the folder that is not orgkg's goes along into the new set, a deleted
profile's files go, ``void.ttl`` describes the set and ``web/`` holds the web variants. What
happens when a build is stopped is in tests/test_output_set.py."""

from __future__ import annotations

import os
import shutil
import stat

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import orgkg
from orgkg import output
from orgkg.cli import main
from orgkg.exitcodes import ExitCode
from orgkg.namespaces import DCAT, VOID
from orgkg.serialization import FILE_NAMES
from orgkg.web_jsonld import web_documents

from .scale_helpers import make_corpus, outputs

LICENSE = "https://creativecommons.org/licenses/by/4.0/"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(12, folder, seed=11)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """build() then write(), no cache, one process."""
    out = tmp_path_factory.mktemp("reference")
    orgkg.write(orgkg.build([corpus], jobs=1), out)
    return outputs(out)


def beside(out):
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_and_write_writes_what_build_then_write_do(corpus, reference, tmp_path, jobs):
    out = tmp_path / "out"
    result, written = orgkg.build_and_write([corpus], out, jobs=jobs, cache=out / ".cache")
    assert outputs(out) == reference
    assert {p.relative_to(out).as_posix() for p in written} == set(reference) - {".orgkg-files"}
    assert {"void.ttl", "validation.json", *FILE_NAMES.values()} <= set(reference)
    assert result.report is not None and beside(out) == [] and (out / ".cache").is_dir()


def test_the_web_variants_are_written_beside_the_framed_documents(corpus, reference):
    result = orgkg.build([corpus], jobs=1, validate=False)
    web = web_documents(result)  # the default base: no @id
    assert web and {name: reference[name] for name in reference if name.startswith("web/")} == web
    slugs = sorted(name.removeprefix("orgs/") for name in reference if name.startswith("orgs/"))
    assert slugs == sorted(name.removeprefix("web/") for name in web)
    listed = reference[".orgkg-files"].decode("utf-8").split()
    assert listed == sorted(name for name in reference if name.startswith(("orgs/", "web/")))


def test_void_describes_the_set(reference):
    store = ox.Store()
    store.load(reference["void.ttl"], format=ox.RdfFormat.TURTLE, base_iri="https://example.org/pub/void.ttl")
    rows = store.query(
        "SELECT ?title ?size WHERE { ?d a dcat:Distribution ; dcterms:title ?title ; dcat:byteSize ?size }",
        prefixes={"dcat": str(DCAT), "dcterms": "http://purl.org/dc/terms/"},
    )
    sizes = {row["title"].value: int(row["size"].value) for row in rows}
    assert sizes == {name: len(reference[name]) for name in (*FILE_NAMES.values(), "validation.json")}
    [triples] = store.query(
        "SELECT ?n WHERE { <https://example.org/pub/void.ttl#dataset> void:triples ?n }", prefixes={"void": str(VOID)}
    )
    assert int(triples["n"].value) == len(list(ox.parse(reference["graph.nq"], format=ox.RdfFormat.N_QUADS)))
    assert b"license" not in reference["void.ttl"] and b"modified" not in reference["void.ttl"]


def test_license_and_source_date_epoch_reach_void(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "out"
    done = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "-j", "1", "--license", LICENSE])
    assert done.exit_code in (0, 1), done.output
    void = (out / "void.ttl").read_text(encoding="utf-8")
    assert f"dcterms:license <{LICENSE}>" in void and '"2023-11-14T22:13:20Z"' in void
    bad = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "o2"), "--license", "CC-BY"])
    assert bad.exit_code == ExitCode.USAGE_ERROR and "wants an absolute IRI" in bad.output
    assert not (tmp_path / "o2").exists(), "refused before anything is built"


def files_with_inodes(out):
    return {
        p.relative_to(out).as_posix(): (p.stat().st_ino, p.read_bytes())
        for p in out.rglob("*")
        if p.is_file() and ".cache" not in p.parts
    }


def test_unchanged_files_are_the_previous_builds_and_changed_ones_new(corpus, tmp_path):
    edited, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(corpus, edited)
    orgkg.build_and_write([edited], out, jobs=1, cache=out / ".cache")
    before = files_with_inodes(out)
    profile = next(p for p in sorted(edited.glob("*.txt")) if "\nMission\n" in p.read_text(encoding="utf-8"))
    profile.write_text(
        profile.read_text(encoding="utf-8").replace("\nMission\n", "\nMission\nNew words. ", 1), encoding="utf-8"
    )
    orgkg.build_and_write([edited], out, jobs=1, cache=out / ".cache")
    after = files_with_inodes(out)
    same_bytes = {name for name in before.keys() & after.keys() if before[name][1] == after[name][1]}
    same_inode = {name for name in before.keys() & after.keys() if before[name][0] == after[name][0]}
    assert same_inode == same_bytes, "a file is linked from the previous build exactly when its bytes are unchanged"
    assert "graph.nq" not in same_bytes and any(name.startswith("orgs/") for name in same_bytes)
    assert any(name.startswith("orgs/") for name in after.keys() - same_bytes)
    clean = tmp_path / "clean"
    orgkg.build_and_write([edited], clean, jobs=1)
    assert outputs(out) == outputs(clean)


def test_what_is_not_orgkgs_goes_along_and_a_deleted_profiles_files_go(corpus, reference, tmp_path):
    edited, out, elsewhere = tmp_path / "corpus", tmp_path / "out", tmp_path / "elsewhere.txt"
    shutil.copytree(corpus, edited)
    orgkg.build_and_write([edited], out, jobs=1)
    elsewhere.write_text("keep\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    (out / "orgs" / "mine.jsonld").write_text("{}\n", encoding="utf-8")
    (out / "web" / "also-mine.jsonld").write_text("{}\n", encoding="utf-8")
    (out / "deep" / "er").mkdir(parents=True)
    (out / "deep" / "er" / "data.csv").write_text("a,b\n", encoding="utf-8")
    (out / "link").symlink_to(elsewhere)
    os.mkfifo(out / "pipe")
    os.chmod(out / "deep", 0o700)
    gone = sorted(edited.glob("*.txt"))[0]
    orgs_before = set((out / "orgs").iterdir())
    gone.unlink()
    orgkg.build_and_write([edited], out, jobs=1)
    assert (out / "notes.txt").read_text() == "mine\n" and (out / "orgs" / "mine.jsonld").read_text() == "{}\n"
    assert (out / "web" / "also-mine.jsonld").read_text() == "{}\n"
    assert (out / "deep" / "er" / "data.csv").read_text() == "a,b\n"
    assert stat.S_IMODE((out / "deep").stat().st_mode) == 0o700
    assert (out / "link").is_symlink() and os.readlink(out / "link") == str(elsewhere)
    assert stat.S_ISFIFO(os.lstat(out / "pipe").st_mode) and elsewhere.read_text() == "keep\n"
    removed = orgs_before - set((out / "orgs").iterdir())
    assert len(removed) == 1, "the deleted profile's organization file is gone, no other"
    [name] = [p.name for p in removed]
    assert not (out / "web" / name).exists()
    assert beside(out) == []


def test_the_output_folder_through_a_symlink_stays_a_symlink(corpus, reference, tmp_path):
    real, link = tmp_path / "real", tmp_path / "link"
    real.mkdir()
    link.symlink_to(real, target_is_directory=True)
    orgkg.build_and_write([corpus], link, jobs=1)
    orgkg.build_and_write([corpus], link, jobs=1)
    assert link.is_symlink() and outputs(real) == reference and beside(real) == []


def test_two_renames_where_the_exchange_is_missing_give_the_same_set(corpus, reference, tmp_path, monkeypatch):
    monkeypatch.setenv(output.NO_EXCHANGE_VARIABLE, "1")
    out = tmp_path / "out"
    for _ in range(2):
        orgkg.build_and_write([corpus], out, jobs=1)
        assert outputs(out) == reference and beside(out) == []


def test_a_failure_while_writing_leaves_the_previous_build(corpus, reference, tmp_path, monkeypatch):
    out = tmp_path / "out"
    orgkg.build_and_write([corpus], out, jobs=1)
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("void broke")

    monkeypatch.setattr(output, "_void", broken)
    with pytest.raises(RuntimeError, match="void broke"):
        orgkg.build_and_write([corpus], out, jobs=1, base="https://example.org/kg/")
    assert outputs(out) == {**reference, "notes.txt": b"mine\n"} and beside(out) == []


def test_a_folder_where_the_set_has_a_file_is_refused(corpus, tmp_path):
    out = tmp_path / "out"
    orgkg.build_and_write([corpus], out, jobs=1)
    (out / "validation.json").unlink()
    (out / "validation.json").mkdir()
    (out / "validation.json" / "x").write_text("keep")
    with pytest.raises(orgkg.OrgkgError, match=r"validation\.json is a folder"):
        orgkg.build_and_write([corpus], out, jobs=1)
    assert (out / "validation.json" / "x").read_text() == "keep" and beside(out) == []


@pytest.mark.parametrize("name", ["orgs", "web"])
def test_a_symlinked_file_folder_is_refused(corpus, tmp_path, name):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    (out / name).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(orgkg.OrgkgError, match=f"{name} is a symbolic link, not a folder"):
        orgkg.build_and_write([corpus], out, jobs=1)
    assert list(elsewhere.iterdir()) == [] and beside(out) == []


def test_only_orgkgs_own_stale_folders_beside_the_output_are_removed(corpus, reference, tmp_path):
    out = tmp_path / "out"
    orgkg.build_and_write([corpus], out, jobs=1)
    stale = tmp_path / ".out.orgkg-0123abcd"  # as a build killed while staging leaves it
    (stale / "orgs").mkdir(parents=True)
    (stale / "graph.nq").write_text("half\n")
    (stale / ".orgkg-files").write_text("orgs/x.jsonld\n")
    (stale / "orgs" / "x.jsonld").write_text("{}")
    (out / "notes.txt").write_text("mine\n")
    os.link(out / "notes.txt", stale / "notes.txt")  # what a build links in from OUT
    (stale / "late.txt").write_text("arrived while the build ran\n")  # nowhere else: moved into OUT
    others = [tmp_path / ".out.orgkg-notours", tmp_path / ".other.orgkg-0123abcd"]
    for folder in others:
        folder.mkdir()
        (folder / "graph.nq").write_text("not orgkg's\n")
    (tmp_path / ".out.orgkg-89abcdef").write_text("a file, not a folder\n")
    orgkg.build_and_write([corpus], out, jobs=1)
    assert not stale.exists() and (out / "late.txt").read_text() == "arrived while the build ran\n"
    assert all((folder / "graph.nq").read_text() == "not orgkg's\n" for folder in others)
    assert (tmp_path / ".out.orgkg-89abcdef").is_file()
    assert outputs(out) == {**reference, "late.txt": b"arrived while the build ran\n", "notes.txt": b"mine\n"}


def test_an_output_folder_holding_the_current_folder_is_refused_before_building(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    for here in (out, out / "sub"):
        monkeypatch.chdir(here)
        done = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out)])
        assert done.exit_code == ExitCode.USAGE_ERROR and "holds the current folder" in done.output
    assert sorted(p.name for p in out.iterdir()) == ["sub"] and beside(out) == []
