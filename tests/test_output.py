"""Writing a build into its folder: the graph files written by a child process while the
profiles are validated (``build_and_write``) are the bytes ``build`` then ``write`` give,
with or without fork, and a failure at any point leaves the previous build as it was."""

from __future__ import annotations

import pytest

import orgkg
from orgkg import output
from orgkg.runners import batches as validation_scale

from .scale_helpers import make_corpus, outputs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(40, folder, seed=11)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """build() then write(), no cache, one process."""
    out = tmp_path_factory.mktemp("reference")
    orgkg.write(orgkg.build([corpus], jobs=1), out)
    return outputs(out)


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_and_write_writes_what_build_then_write_do(corpus, reference, tmp_path, jobs):
    result, written = orgkg.build_and_write([corpus], tmp_path, jobs=jobs, cache=tmp_path / ".cache")
    assert outputs(tmp_path) == reference
    assert {p.relative_to(tmp_path).as_posix() for p in written} == set(reference) - {".orgkg-files"}
    assert result.report is not None and not list(tmp_path.glob(".*.tmp"))


def test_without_fork_the_graph_files_are_written_in_process(corpus, reference, tmp_path, monkeypatch):
    monkeypatch.setattr(output, "fork_context", lambda: None)
    orgkg.build_and_write([corpus], tmp_path, jobs=1)
    assert outputs(tmp_path) == reference


def test_the_graph_files_are_written_while_validation_runs(corpus, tmp_path, monkeypatch):
    seen: list[list[str]] = []
    real = validation_scale.merged_report

    def watching(*args, **kwargs):  # by now the child has been started
        seen.append(sorted(p.name for p in tmp_path.glob(".graph.*.tmp")))
        return real(*args, **kwargs)

    monkeypatch.setattr(validation_scale, "merged_report", watching)
    orgkg.build_and_write([corpus], tmp_path, jobs=1)
    assert len(seen) == 1 and len(seen[0]) == 5, "five temporary graph files exist during validation"
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("where", ["validation", "graph files"])
def test_a_failure_while_the_child_writes_leaves_the_previous_build(corpus, reference, tmp_path, monkeypatch, where):
    orgkg.build_and_write([corpus], tmp_path, jobs=1)
    edited = sorted(corpus.glob("*.txt"))[0]
    original = edited.read_text(encoding="utf-8")
    edited.write_text(original.replace("\n", "\n\n", 1), encoding="utf-8")  # a new graph to write
    try:
        if where == "validation":
            def broken(*args, **kwargs):
                raise RuntimeError("validation broke")

            monkeypatch.setattr(validation_scale, "merged_report", broken)
            expected = pytest.raises(RuntimeError, match="validation broke")
        else:
            def broken_encoder(handle: object):
                def write_text(text: str) -> None:
                    raise OSError(28, "No space left on device")

                return write_text

            monkeypatch.setattr(output, "_encoder", broken_encoder)  # inherited by the forked child
            expected = pytest.raises(orgkg.OrgkgError, match="No space left on device")
        with expected:
            orgkg.build_and_write([corpus], tmp_path, jobs=1, cache=tmp_path / ".cache")
    finally:
        edited.write_text(original, encoding="utf-8")
    assert outputs(tmp_path) == reference
    assert not list(tmp_path.rglob("*.tmp")), "temporary files left behind"


def test_a_child_that_dies_is_reported(corpus, tmp_path, monkeypatch):
    import os

    monkeypatch.setattr(output, "_write_graph_temps", lambda result, temps: os._exit(3))
    with pytest.raises(RuntimeError, match="exit code 3"):
        orgkg.build_and_write([corpus], tmp_path, jobs=1)
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_fork_that_fails_leaves_nothing_and_says_why(corpus, tmp_path, monkeypatch):
    from multiprocessing import popen_fork

    def no_memory(self, process):
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(popen_fork.Popen, "_launch", no_memory)
    with pytest.raises(orgkg.OrgkgError, match="Cannot allocate memory"):
        orgkg.build_and_write([corpus], tmp_path, jobs=1)
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_rename_that_fails_leaves_no_temporary_file(corpus, tmp_path):
    orgkg.build_and_write([corpus], tmp_path, jobs=1)
    (tmp_path / "validation.json").unlink()
    (tmp_path / "validation.json").mkdir()  # os.replace of a file over a folder fails
    (tmp_path / "validation.json" / "x").write_text("keep")
    with pytest.raises(orgkg.OrgkgError, match=r"validation\.json"):
        orgkg.build_and_write([corpus], tmp_path, jobs=1)
    assert not list(tmp_path.rglob("*.tmp")) and (tmp_path / "validation.json" / "x").read_text() == "keep"


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="reads /proc; fork only on Linux")
def test_the_child_frees_the_replaced_graph_files_not_the_build(corpus, tmp_path, monkeypatch):
    """The previous graph files stay open in the child across the renames, so the build's
    renames do not pay for freeing their blocks; released, the child exits."""
    import os
    import shutil

    edited = tmp_path / "corpus"
    shutil.copytree(corpus, edited)
    orgkg.build_and_write([edited], tmp_path / "out", jobs=1, cache=tmp_path / "out" / ".cache")
    profile = next(p for p in sorted(edited.glob("*.txt")) if "\nMission\n" in p.read_text(encoding="utf-8"))
    profile.write_text(profile.read_text(encoding="utf-8").replace("\nMission\n", "\nMission\nNew words. ", 1),
                       encoding="utf-8")
    held, children = [], []
    release = output.GraphFiles.release

    def watching(self):
        if self.child is not None:
            children.append(self.child)
            fds = f"/proc/{self.child.pid}/fd"
            held.extend(os.readlink(f"{fds}/{fd}") for fd in os.listdir(fds))
        release(self)

    monkeypatch.setattr(output.GraphFiles, "release", watching)
    orgkg.build_and_write([edited], tmp_path / "out", jobs=1, cache=tmp_path / "out" / ".cache")
    out = (tmp_path / "out").resolve()
    assert {f"{out}/graph.{fmt} (deleted)" for fmt in ("ttl", "nt", "trig", "nq", "jsonld")} <= set(held)
    [child] = children
    child.join(timeout=30)
    assert child.exitcode == 0


def _edit_mission(folder, index):
    profile = [p for p in sorted(folder.glob("*.txt")) if "\nMission\n" in p.read_text(encoding="utf-8")][index]
    profile.write_text(profile.read_text(encoding="utf-8").replace("\nMission\n", "\nMission\nNew words. ", 1),
                       encoding="utf-8")


@pytest.mark.skipif(output.fork_context() is None, reason="writing starts early only where orgkg forks")
@pytest.mark.parametrize("prefix", ["right", "wrong"])
def test_a_rebuild_starts_the_graph_files_with_the_unchanged_first_shards(corpus, tmp_path, monkeypatch, prefix):
    import shutil

    edited, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(corpus, edited)
    orgkg.build_and_write([edited], out, jobs=2, cache=out / ".cache")
    _edit_mission(edited, -1)  # a profile in the last shard
    begun, finished = [], []
    begin, finish = output.GraphFiles.begin.__func__, output.GraphFiles.finish

    def watching_begin(cls, cache, out_dir, keys):
        begun.append(list(keys))
        return begin(cls, cache, out_dir, keys if prefix == "right" else ["0" * 64, *keys[1:]])

    def watching_finish(self, result):
        job = finish(self, result)
        finished.append(job is self)
        return job

    monkeypatch.setattr(output.GraphFiles, "begin", classmethod(watching_begin))
    monkeypatch.setattr(output.GraphFiles, "finish", watching_finish)
    orgkg.build_and_write([edited], out, jobs=2, cache=out / ".cache")
    assert begun and begun[0], "a rebuild begins writing with the unchanged first shards"
    assert finished == [prefix == "right"], "a wrong prefix is discarded and the files started again"
    clean = tmp_path / "clean"
    orgkg.build_and_write([edited], clean, jobs=1)
    assert outputs(out) == outputs(clean)
    assert not list(out.glob(".*.tmp"))
