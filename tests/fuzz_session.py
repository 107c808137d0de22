"""A long fuzz session over orgkg's whole pipeline (issue 5).

The test suite runs a few hundred examples (tests/test_fuzz.py, seconds); this script runs
the same properties for as long as you give it, in rounds of fresh random examples, and
also runs generated files through the real command line in a subprocess with a wall-clock
limit, which is how a hang shows up::

    python -m tests.fuzz_session --minutes 30
    python -m tests.fuzz_session --minutes 5 --cli-every 10 --timeout 20 --out fuzz-failures/

Properties (see tests/test_fuzz.py): no uncaught exception (a graph, or ``InputError`` at
``file:line``); exit codes 0, 1 or 3 only; every format parses with pyoxigraph/PyLD to the
same graph; titles, intros and field texts round-trip exactly; IRIs are valid; JSON-LD is
safe inside ``<script>``; the same input gives the same bytes.

Every failure is written to ``--out`` as the input file plus a ``.txt`` with the error, and
hypothesis keeps the shrunk example in ``.hypothesis/`` so ``pytest tests/test_fuzz.py``
replays it. The exit status is 1 if anything failed, else 0. No network is used (the
session runs under ``orgkg.netguard.offline()``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from the checkout: tests.strategies / tests.test_fuzz
sys.path.insert(0, str(REPO / "src"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="how long to fuzz (default 5)")
    parser.add_argument("--round", type=int, default=200, help="examples per hypothesis round (default 200)")
    parser.add_argument(
        "--cli-every",
        type=int,
        default=25,
        help="also run every Nth generated file through `orgkg build` in a subprocess (0: never)",
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a CLI run counts as a hang")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"), help="where failing inputs are kept")
    args = parser.parse_args(argv)

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from orgkg import netguard
    from tests.strategies import hostile_profile, hostile_text, mutated_profiles
    from tests.test_fuzz import check_profile_bytes

    deadline = time.monotonic() + args.minutes * 60
    stats = {"examples": 0, "built": 0, "refused": 0, "cli": 0, "failures": 0, "rounds": 0}
    seen_failures: set[str] = set()

    def record_failure(data: bytes, kind: str, detail: str) -> None:
        digest = hashlib.sha256(data).hexdigest()[:16]
        if digest in seen_failures:
            return
        seen_failures.add(digest)
        stats["failures"] += 1
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{kind}-{digest}.profile").write_bytes(data)
        (args.out / f"{kind}-{digest}.txt").write_text(detail, encoding="utf-8")
        print(f"\nFAILURE ({kind}) kept in {args.out}/{kind}-{digest}.*:\n{detail[-2000:]}", flush=True)

    def run_cli(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "p.txt"
            path.write_bytes(data)
            command = [sys.executable, "-m", "orgkg", "build", str(path), "-o", str(Path(folder) / "out"), "-j", "1"]
            try:
                proc = subprocess.run(
                    command,
                    capture_output=True,
                    text=True,
                    timeout=args.timeout,
                    env={**os.environ, "PYTHONPATH": str(REPO / "src")},
                )
            except subprocess.TimeoutExpired:
                record_failure(data, "hang", f"orgkg build took more than {args.timeout} s")
                return
            stats["cli"] += 1
            if proc.returncode not in (0, 1, 3) or "Traceback" in proc.stderr:
                record_failure(data, "cli", f"exit {proc.returncode}\n{proc.stderr}")

    def check(data: bytes) -> None:
        stats["examples"] += 1
        with tempfile.TemporaryDirectory() as folder:
            try:
                outcome = check_profile_bytes(data, Path(folder))
            except Exception:
                record_failure(data, "api", traceback.format_exc())
                return
        stats[outcome] += 1
        if args.cli_every and stats["examples"] % args.cli_every == 0:
            run_cli(data)

    examples = st.one_of(
        mutated_profiles(),
        st.builds(lambda name, value: hostile_profile(name, value).encode("utf-8"), hostile_text(4), hostile_text()),
    )
    round_settings = settings(
        max_examples=args.round,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )

    @round_settings
    @given(examples)
    def one_round(data: bytes) -> None:
        check(data)

    started = time.monotonic()
    with netguard.offline():
        while time.monotonic() < deadline:
            one_round()  # check() records failures itself, so a round never stops the session
            stats["rounds"] += 1
            elapsed = time.monotonic() - started
            print(
                f"[{elapsed / 60:5.1f} min] rounds {stats['rounds']}, examples {stats['examples']} "
                f"({stats['built']} built, {stats['refused']} refused), CLI runs {stats['cli']}, "
                f"failures {stats['failures']}",
                flush=True,
            )
    return 1 if stats["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
