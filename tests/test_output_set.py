"""Issue 14 item 3: the output folder holds one build's set of files, whatever moment a build
is stopped. Each test builds an earlier corpus, then runs ``orgkg build`` over a changed one
(a profile deleted, another edited) in its own process and stops it at a named step
(``ORGKG_TEST_DIE_AT``): SIGKILL, Ctrl-C or a full disk. The folder must then equal the
earlier set or the new one byte for byte (every file, ``orgs/`` and ``web/`` included, and
the user's own files beside them), and the next build must leave exactly the new set and
nothing beside the folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from orgkg import output

from .scale_helpers import make_corpus, outputs

DEADLINE = 240  # seconds: a build that hangs fails the test instead of the suite
USER_FILES = {"notes.txt": b"mine\n", "orgs/mine.jsonld": b"{}\n", "extra/deep/data.csv": b"a,b\n"}

# The steps of a build's write, in order, and which set the folder shows if it stops there.
BEFORE_SWITCH = ["staging", "org-file", "graph-file", "staged", "carried", "cache-moved"]
AFTER_SWITCH = ["switched", "removing"]
FALLBACK_ONLY = ["moved-aside"]


def run_build(corpus: Path, out: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "orgkg", "build", str(corpus), "-o", str(out), "-j", "1"]
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=DEADLINE, env={**os.environ, **(env or {})}
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"orgkg build into {out} still running after {DEADLINE} s")


def with_user_files(out: Path) -> None:
    for name, data in USER_FILES.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)


def beside(out: Path) -> list[str]:
    """What orgkg might have left beside the output folder."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The earlier folder (built from four profiles, plus the user's files), the changed
    corpus and the set a clean build of it gives (plus the same user files)."""
    root = tmp_path_factory.mktemp("sets")
    corpus = root / "corpus"
    profiles = make_corpus(4, corpus, seed=3)
    earlier = root / "earlier"
    done = run_build(corpus, earlier)
    assert done.returncode in (0, 1), done.stderr
    with_user_files(earlier)
    profiles[0].unlink()  # a deleted profile: its organization's files must go
    edited = profiles[1]
    edited.write_text(edited.read_text(encoding="utf-8").replace("\n", "\n\n", 1), encoding="utf-8")
    clean = root / "clean"
    done = run_build(corpus, clean)
    assert done.returncode in (0, 1), done.stderr
    with_user_files(clean)
    old, new = outputs(earlier), outputs(clean)
    gone = {name for name in old if name.startswith(("orgs/", "web/"))} - set(new)
    assert len(gone) >= 2 and old != new, "the change deletes an organization's files and alters others"
    return {"corpus": corpus, "earlier": earlier, "old": old, "new": new, "gone": gone}


def fresh(sets: dict[str, object], tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(sets["earlier"], out, symlinks=True)
    return out


def stopped_then_rebuilt(
    sets: dict[str, object], tmp_path: Path, step: str, env: dict[str, str]
) -> dict[str, bytes] | None:
    """Stop a build at ``step``; rebuild; return what the stop left (None: no folder)."""
    out = fresh(sets, tmp_path)
    stopped = run_build(sets["corpus"], out, {output.DIE_AT_VARIABLE: step, **env})
    how = step.partition("/")[2]
    if how == "":
        assert stopped.returncode == -signal.SIGKILL, stopped.stderr
    else:
        assert stopped.returncode in (2, 130), stopped.stderr  # disk full: exit 2; Ctrl-C: 130
        assert "Traceback" not in stopped.stderr, stopped.stderr
        if step.partition("/")[0] in BEFORE_SWITCH:
            assert beside(out) == [], "a build that stops itself removes its staging folder"
    left = outputs(out) if out.exists() else None
    again = run_build(sets["corpus"], out)
    assert "Traceback" not in again.stderr, again.stderr
    assert outputs(out) == sets["new"], f"the build after a stop at {step} gives the new set"
    assert beside(out) == [], f"nothing is left beside the output folder after a stop at {step}"
    assert (out / ".cache" / "CACHEDIR.TAG").is_file(), "the build cache is back in the output folder"
    return left


@pytest.mark.slow
@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
@pytest.mark.parametrize("step", BEFORE_SWITCH + FALLBACK_ONLY + AFTER_SWITCH)
def test_a_build_killed_at_any_step_leaves_one_whole_set(sets, tmp_path, step, exchange):
    if step in FALLBACK_ONLY and exchange:
        pytest.skip("the exchange has no step between two renames")
    env = {} if exchange else {output.NO_EXCHANGE_VARIABLE: "1"}
    left = stopped_then_rebuilt(sets, tmp_path, step, env)
    if step in BEFORE_SWITCH:
        assert left == sets["old"], f"killed at {step}: the earlier set, whole"
    elif step in AFTER_SWITCH:
        assert left == sets["new"], f"killed at {step}: the new set, whole"
        assert not set(left) & sets["gone"], "no deleted organization's file survives"
    else:  # between the two renames there is no folder; the next build puts the new set in place
        assert left is None


@pytest.mark.parametrize("how", ["INT", "ENOSPC"])
@pytest.mark.parametrize("step", ["graph-file", "cache-moved", "switched"])
def test_ctrl_c_or_a_full_disk_at_a_step_leaves_one_whole_set(sets, tmp_path, step, how):
    left = stopped_then_rebuilt(sets, tmp_path, f"{step}/{how}", {})
    assert left == (sets["old"] if step in BEFORE_SWITCH else sets["new"])


def test_a_real_write_limit_leaves_the_earlier_set(sets, tmp_path):
    """Not a hook: the kernel refuses to let the build's files grow past a limit (as a full
    disk would), and the build says so with exit 2, leaving the earlier set as it was."""
    import resource

    out = fresh(sets, tmp_path)
    largest = max(len(data) for data in sets["new"].values())

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a signal
        resource.setrlimit(resource.RLIMIT_FSIZE, (largest - 1, largest - 1))

    command = [sys.executable, "-m", "orgkg", "build", str(sets["corpus"]), "-o", str(out), "-j", "1", "--no-cache"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=DEADLINE, preexec_fn=limited)
    assert done.returncode == 2 and "File too large" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert outputs(out) == sets["old"] and beside(out) == []
