"""Issue 13, the build's files: the cache and the output writer never follow a symlink out of
the output folder nor delete anything but their own regular files (1), a special file where
orgkg reads back its own never blocks a build (2), a forged cache entry is rebuilt, never
trusted (3), an incremental build equals a clean one whatever the inputs' spelling (4), a
killed build's temporaries are removed by the next (11), and two builds into one folder take
turns (12). Builds that could hang run in a subprocess under a deadline."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from orgkg import output
from orgkg.cli import main
from orgkg.exitcodes import ExitCode
from orgkg.runners.cache import make_temporary

from .scale_helpers import make_corpus, outputs

DEADLINE = 240  # seconds: a regression that blocks fails here instead of hanging the suite


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hardening") / "c"
    make_corpus(12, folder, seed=5)
    return folder


def cli(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", *map(str, args), "-j", "1"], catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def run_build(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``orgkg build`` in its own process, killed (and the test failed) past the deadline."""
    command = [sys.executable, "-m", "orgkg", "build", *map(str, args), "-j", "1"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=DEADLINE, cwd=cwd)
    except subprocess.TimeoutExpired:
        pytest.fail(f"orgkg build {' '.join(map(str, args))} still running after {DEADLINE} s")
    assert "Traceback" not in done.stderr, done.stderr
    return done


def clean_now(corpus: Path, tmp_path: Path) -> tuple[int, dict[str, bytes]]:
    """A clean build in its own process, as the builds under test run: the same code (other
    work on a shared checkout may change the sources while the module's tests run)."""
    out = tmp_path / "clean-now"
    done = run_build(corpus, "-o", out, "--no-cache")
    return done.returncode, outputs(out)


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, bytes]]:
    """A clean build of the corpus: its exit code and its files."""
    out = tmp_path_factory.mktemp("clean")
    code, _ = cli(corpus, "-o", out, "--no-cache")
    return code, outputs(out)


def precious_folder(tmp_path: Path) -> Path:
    """Files someone keeps outside the output folder, some named as cache entries are."""
    folder = tmp_path / "precious"
    folder.mkdir()
    for name in ("thesis.txt", f"{'a' * 64}.json", f"{'b' * 64}.nq", "written.json", "shared.json"):
        (folder / name).write_text(f"keep {name}\n", encoding="utf-8")
    return folder


def intact(folder: Path) -> bool:
    return sorted(p.name for p in folder.iterdir()) == sorted(
        ["thesis.txt", f"{'a' * 64}.json", f"{'b' * 64}.nq", "written.json", "shared.json"]
    ) and all(p.read_text(encoding="utf-8") == f"keep {p.name}\n" for p in folder.iterdir())


# --- 1. symlinks ----------------------------------------------------------------------------


@pytest.mark.parametrize("link", [".cache", ".cache/shards", ".cache/valid"])
def test_a_symlinked_cache_folder_is_replaced_and_what_it_points_at_kept(corpus, clean, tmp_path, link):
    out = tmp_path / "out"
    cli(corpus, "-o", out)
    precious = precious_folder(tmp_path)
    target = out / link
    os.rename(target, tmp_path / "old")
    target.symlink_to(precious, target_is_directory=True)
    warnings = []
    for _ in range(2):  # the first build replaces the link, the second prunes the new cache
        code, said = cli(corpus, "-o", out)
        warnings.append(f"warning: {target} is a symbolic link: a foreign cache" in said)
        assert code == clean[0]
        assert intact(precious), "nothing outside the output folder is deleted"
        assert outputs(out) == clean[1]
    assert warnings == [True, False]
    assert not target.is_symlink() and target.is_dir()


def test_links_planted_among_the_entries_are_neither_followed_nor_removed(corpus, clean, tmp_path):
    out = tmp_path / "out"
    cli(corpus, "-o", out)
    precious = precious_folder(tmp_path)
    stale = {
        out / ".cache" / "shards" / f"{'c' * 64}.json": precious / f"{'a' * 64}.json",
        out / ".cache" / "valid" / f"{'d' * 64}.json": precious / "thesis.txt",
        out / "orgs" / "gone.jsonld": precious / f"{'b' * 64}.nq",
    }
    for link, points_at in stale.items():
        link.symlink_to(points_at)
    (out / ".orgkg-files").write_text("orgs/gone.jsonld\n" + (out / ".orgkg-files").read_text(encoding="utf-8"))
    code, _ = cli(corpus, "-o", out)
    assert code == clean[0] and intact(precious)
    assert all(link.is_symlink() for link in stale), "only orgkg's own regular files are deleted"


def test_a_foreign_cache_folder_is_left_alone(corpus, clean, tmp_path):
    out = tmp_path / "out"
    (out / ".cache" / "shards").mkdir(parents=True)
    mine = out / ".cache" / "shards" / f"{'e' * 64}.json"
    mine.write_text("someone else's\n", encoding="utf-8")
    (out / ".cache" / "notes.txt").write_text("someone else's\n", encoding="utf-8")
    code, said = cli(corpus, "-o", out)
    assert code == clean[0] and outputs(out) == clean[1]
    assert "holds files orgkg did not write" in said
    assert mine.read_text(encoding="utf-8") == "someone else's\n"


def test_a_symlinked_orgs_folder_is_refused_and_nothing_written_through_it(corpus, tmp_path):
    out = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    (out / "orgs").symlink_to(elsewhere, target_is_directory=True)
    code, said = cli(corpus, "-o", out)
    assert code == ExitCode.USAGE_ERROR
    assert f"{out / 'orgs'} is a symbolic link, not a folder" in said
    assert list(elsewhere.iterdir()) == []


# --- 2. special files -----------------------------------------------------------------------


def _shard_entry(out: Path) -> Path:
    return sorted((out / ".cache" / "shards").glob("*.json"))[0]


@pytest.mark.parametrize(
    "where",
    [
        ".orgkg-files",
        ".cache/shared.json",
        "shard entry",
        "shard fragment",
        "graph.nq",
        "orgs file",
    ],
)
def test_a_fifo_where_orgkg_reads_back_never_blocks_the_build(corpus, tmp_path, where):
    out = tmp_path / "out"
    run_build(corpus, "-o", out)
    if where == "shard entry":
        path = _shard_entry(out)
    elif where == "shard fragment":
        path = _shard_entry(out).with_suffix(".nq")
    elif where == "orgs file":
        path = sorted((out / "orgs").glob("*.jsonld"))[0]
    else:
        path = out / where
    path.unlink()
    os.mkfifo(path)
    done = run_build(corpus, "-o", out)
    assert (done.returncode, outputs(out)) == clean_now(corpus, tmp_path), done.stderr
    if not where.startswith("shard"):  # a shard's files are named by a key that a change of code moves
        assert path.is_file() and not path.is_symlink(), "the FIFO is replaced by orgkg's file"
    if where in (".orgkg-files", ".cache/shared.json", "shard entry"):
        assert f"{path}: not a regular file (a FIFO)" in done.stderr


# --- 3. forged cache entries ------------------------------------------------------------------


def forge(entry: Path, change) -> None:
    """Rewrite a cache entry's payload with ``change`` and give it a valid checksum."""
    head, _, body = entry.read_bytes().partition(b"\n")
    body = json.dumps(change(json.loads(body)), ensure_ascii=False).encode("utf-8")
    header = {**json.loads(head), "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}
    entry.write_bytes(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + body)


def forge_fragment(entry: Path, name: str, text: str) -> None:
    """Replace a fragment beside a shard entry and record it in the entry as orgkg would."""
    fragment = entry.with_suffix(f".{name}")
    data = text.encode("utf-8")
    fragment.write_bytes(data)
    head, _, body = entry.read_bytes().partition(b"\n")
    header = json.loads(head)
    header["fragments"][name] = [len(data), zlib.crc32(data), fragment.stat().st_mtime_ns]
    entry.write_bytes(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + body)


def _set(record: dict, **fields: object) -> dict:
    return {**record, **fields}


RECORD_FORGERIES = {
    "not a list": lambda records: {"records": records},
    "numbers": lambda records: [1] * len(records),
    "no identity": lambda records: [{k: v for k, v in r.items() if k != "identity"} for r in records],
    "identity a string": lambda records: [_set(r, identity="x") for r in records],
    "diagnostic a number": lambda records: [_set(r, diagnostics=[7]) for r in records],
    "slug a path": lambda records: [_set(r, slug="../../escape") for r in records],
    "lookups not pairs": lambda records: [_set(r, lookups=[1, 2]) for r in records],
    "wrong profile": lambda records: [_set(r, doc="other") for r in records],
}


@pytest.mark.parametrize("forgery", sorted(RECORD_FORGERIES))
def test_a_forged_shard_entry_is_rebuilt(corpus, clean, tmp_path, forgery):
    out = tmp_path / "out"
    cli(corpus, "-o", out)
    forge(_shard_entry(out), RECORD_FORGERIES[forgery])
    (out / ".cache" / "shared.json").unlink()  # the shared section is made again from every shard
    for _ in range(2):
        code, _ = cli(corpus, "-o", out)
        assert code == clean[0]
        assert outputs(out) == clean[1]


@pytest.mark.parametrize("name, text", [("orgs", "[1]"), ("orgs", "{}"), ("shared", '{"x": 1}'), ("shared", "[")])
def test_a_forged_late_fragment_makes_the_build_run_again_without_the_cache(corpus, clean, tmp_path, name, text):
    out = tmp_path / "out"
    cli(corpus, "-o", out)
    forge_fragment(_shard_entry(out), name, text)
    (out / ".cache" / "shared.json").unlink()
    for org_file in (out / "orgs").glob("*.jsonld"):  # every organization file is written again
        org_file.write_text("{}", encoding="utf-8")
    code, said = cli(corpus, "-o", out)
    assert code == clean[0] and outputs(out) == clean[1]
    assert "is damaged" in said and "building again without reading it" in said


BATCH_FORGERIES = {
    "key digest a list": lambda p: {**p, "blocks": {**p["blocks"], "keys": [[0, [1], 1, "info"]]}},
    "unlocated row of numbers": lambda p: {**p, "blocks": {**p["blocks"], "unlocated": [[1] * 10]}},
    "counts a list": lambda p: {**p, "blocks": {**p["blocks"], "counts": []}},
    "checks a number": lambda p: {**p, "checks": 3},
}


@pytest.mark.parametrize("forgery", sorted(BATCH_FORGERIES))
def test_a_forged_validation_entry_is_validated_again(corpus, clean, tmp_path, forgery):
    out = tmp_path / "out"
    cli(corpus, "-o", out)
    for entry in sorted((out / ".cache" / "valid").glob("*.json")):
        forge(entry, BATCH_FORGERIES[forgery])
    code, _ = cli(corpus, "-o", out)
    assert code == clean[0] and outputs(out) == clean[1]


@pytest.mark.parametrize("payload", [[], {"section": "x", "quads": 1}, {"section": {"nq": 1}, "quads": []}])
def test_a_forged_shared_section_is_made_again(corpus, clean, tmp_path, payload):
    out = tmp_path / "out"
    cli(corpus, "-o", out)
    forge(out / ".cache" / "shared.json", lambda _: payload)
    (out / "graph.nq").write_text("stale\n", encoding="utf-8")
    code, _ = cli(corpus, "-o", out)
    assert code == clean[0] and outputs(out) == clean[1]


@pytest.mark.parametrize("name", ["graph.ttl", "void.ttl", "orgs file", "web file"])
def test_an_output_file_changed_in_place_is_written_again(corpus, clean, tmp_path, name):
    """Unchanged files are linked from the previous build only when their bytes are the
    build's: same size and same content, not a size or a date."""
    out = tmp_path / "out"
    cli(corpus, "-o", out)
    folder = {"orgs file": "orgs", "web file": "web"}.get(name)
    path = sorted((out / folder).glob("*.jsonld"))[0] if folder else out / name
    data = path.read_bytes()
    path.write_bytes(data[:-2] + bytes([data[-2] ^ 1]) + data[-1:])  # same size, one bit off
    code, _ = cli(corpus, "-o", out)
    assert code == clean[0] and outputs(out) == clean[1]


# --- 4. the inputs' spelling ------------------------------------------------------------------


def test_an_incremental_build_equals_a_clean_one_whatever_the_spelling(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    link = tmp_path / "link"
    link.symlink_to(corpus, target_is_directory=True)
    out = tmp_path / "out"
    for number, spelling in enumerate(("c", str(corpus), str(link), "c")):
        code, _ = cli(spelling, "-o", out)
        clean_out = tmp_path / f"clean-{number}"
        clean_code, _ = cli(spelling, "-o", clean_out, "--no-cache")
        assert code == clean_code
        assert outputs(out) == outputs(clean_out), spelling
        files = json.loads((out / "validation.json").read_text(encoding="utf-8"))["files"]
        assert len(files) == len(set(files)) == 12 and all(f.startswith(spelling) for f in files)


# --- 11. temporaries a killed build left ------------------------------------------------------


def test_a_killed_builds_temporaries_are_removed_by_the_next_and_only_those(corpus, clean, tmp_path):
    """orgkg before issue 14 wrote temporaries beside its outputs; the writer now writes none
    into OUT (tests/test_output_set.py), but the next build still removes an earlier
    version's, and only those: regular files named as temporaries of orgkg's own files."""
    out = tmp_path / "out"
    cli(corpus, "-o", out)
    left = []
    for folder, name in (
        (out, "graph.nq"),
        (out, "graph.ttl"),
        (out, "validation.json"),
        (out, ".orgkg-files"),
        (out / "orgs", "some-org.jsonld"),
        (out / "web", "some-org.jsonld"),
    ):
        handle, temp = make_temporary(folder, name)
        os.close(handle)
        left.append(temp)
    precious = precious_folder(tmp_path)
    others = [out / ".graph.nq.tmp", out / "notes.tmp", out / ".mine.jsonld.abcdefgh.tmp", out / "orgs" / "x.tmp"]
    for path in others:
        path.write_text("not orgkg's\n", encoding="utf-8")
    link = out / ".graph.ttl.abcdefgh.tmp"  # named as orgkg names its temporaries, but a link
    link.symlink_to(precious / "thesis.txt")
    folder = out / ".graph.nt.abcdefgh.tmp"
    folder.mkdir()
    code, _ = cli(corpus, "-o", out)
    kept = {link.name: b"keep thesis.txt\n", **{p.relative_to(out).as_posix(): b"not orgkg's\n" for p in others}}
    assert code == clean[0] and outputs(out) == {**clean[1], **kept}
    assert not any(temp.exists() for temp in left)
    assert all(p.exists() for p in others) and link.is_symlink() and folder.is_dir() and intact(precious)


def test_a_build_killed_while_writing_leaves_nothing_the_next_does_not_remove(corpus, tmp_path):
    out = tmp_path / "out"
    killed = subprocess.run(
        [sys.executable, "-m", "orgkg", "build", str(corpus), "-o", str(out), "-j", "1"],
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        env={**os.environ, output.DIE_AT_VARIABLE: "staged"},  # every file of the set written
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [staging] = [p for p in tmp_path.iterdir() if p.name.startswith(".out.orgkg-")]
    assert (staging / "graph.nq").is_file() and outputs(out) == {}, "the cache only"
    done = run_build(corpus, "-o", out)
    assert (done.returncode, outputs(out)) == clean_now(corpus, tmp_path)
    assert not staging.exists() and f"removed {staging}, left by a stopped build" in done.stderr


# --- 12. two builds into one folder ------------------------------------------------------------


def test_no_wait_exits_2_while_another_build_holds_the_folder(corpus, tmp_path):
    out = tmp_path / "out"
    with output.folder_lock(out):
        code, said = cli(corpus, "-o", out, "--no-wait")
        assert list(out.iterdir()) == [], "nothing written"
    assert code == ExitCode.USAGE_ERROR
    assert f"another build holds the output folder {out}" in said


def test_a_second_build_waits_for_the_first(corpus, tmp_path):
    out = tmp_path / "out"
    with output.folder_lock(out):
        waiting = subprocess.Popen(
            [sys.executable, "-m", "orgkg", "build", str(corpus), "-o", str(out), "-j", "1"],
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            line = waiting.stderr.readline()  # blocks until the build says it waits (or ends)
            assert "waiting for another build to finish with" in line, line
            assert waiting.poll() is None and list(out.iterdir()) == []
        except BaseException:
            waiting.kill()
            raise
    try:
        _, rest = waiting.communicate(timeout=DEADLINE)
    except subprocess.TimeoutExpired:
        waiting.kill()
        pytest.fail("the waiting build did not finish once the folder was free")
    assert (waiting.returncode, outputs(out)) == clean_now(corpus, tmp_path), rest


def test_two_builds_started_together_both_succeed(corpus, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "orgkg", "build", str(corpus), "-o", str(out), "-j", "1"]
    builds = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    deadline = time.monotonic() + DEADLINE
    for build in builds:
        try:
            _, said = build.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            for other in builds:
                other.kill()
            pytest.fail("concurrent builds did not finish")
        assert "Traceback" not in said and "No such file" not in said
    reference = clean_now(corpus, tmp_path)
    assert [build.returncode for build in builds] == [reference[0]] * 2
    assert outputs(out) == reference[1]
