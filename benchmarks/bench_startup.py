"""Start-up benchmark (issue 14): what one small command costs as a whole, cold process.

Usage::

    python benchmarks/bench_startup.py [--runs 5] [--profiles seeds]

Times, each as its own process (``python -m orgkg ...``), the median of ``--runs`` runs of:

* ``orgkg --help`` (target ≤ 0.1 s);
* ``orgkg build seeds -o OUT`` — the README's first command: a fresh OUT each run, every
  output, validated (target ≤ 0.5 s);
* the same with ``--no-validate``;

and, in the same run for ratios, ``python -c pass`` (the interpreter alone) and
``python -c "import rdflib"`` (the library every RDF command needs). The commands take
turns, one run of each per round, so a change of machine load falls on all of them alike.
Bytecode is written and cached by one unmeasured round first (``PYTHONDONTWRITEBYTECODE``
is cleared for the children), as after ``pip install``. Wall and CPU (user + system)
seconds per process; the CPU figure moves less when other work shares the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


@dataclass(frozen=True)
class Case:
    label: str
    argv: tuple[str, ...]
    output: bool = False  # takes "-o OUT" (a fresh folder each run)
    target: float | None = None  # seconds, from issue 14


def cases(profiles: str) -> list[Case]:
    return [
        Case("python -c pass", (PY, "-c", "pass")),
        Case('python -c "import rdflib"', (PY, "-c", "import rdflib")),
        Case("orgkg --help", (PY, "-m", "orgkg", "--help"), target=0.1),
        Case(f"orgkg build {profiles}", (PY, "-m", "orgkg", "build", profiles), output=True, target=0.5),
        Case(
            f"orgkg build {profiles} --no-validate",
            (PY, "-m", "orgkg", "build", profiles, "--no-validate"),
            output=True,
        ),
    ]


def run_once(case: Case, work: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU user + system) seconds of one cold process."""
    argv = list(case.argv)
    if case.output:
        out = work / "out"
        shutil.rmtree(out, ignore_errors=True)
        argv += ["-o", str(out)]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: the build ran and validation failed; still timed
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="processes per command (the median is reported)")
    parser.add_argument("--profiles", default="seeds", help="what `orgkg build` builds (default: seeds)")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["CI"] = "1"  # no progress bar, no colour
    todo = cases(args.profiles)
    walls: dict[str, list[float]] = {case.label: [] for case in todo}
    cpus: dict[str, list[float]] = {case.label: [] for case in todo}
    with tempfile.TemporaryDirectory(prefix="orgkg-startup-") as folder:
        work = Path(folder)
        for case in todo:  # warm-up: writes the bytecode caches, fills the page cache
            run_once(case, work, env)
        for _ in range(args.runs):
            for case in todo:
                wall, cpu = run_once(case, work, env)
                walls[case.label].append(wall)
                cpus[case.label].append(cpu)
    wall = {label: statistics.median(values) for label, values in walls.items()}
    fastest = {label: min(values) for label, values in walls.items()}
    cpu = {label: statistics.median(values) for label, values in cpus.items()}
    bare, rdflib = wall["python -c pass"], wall['python -c "import rdflib"']
    rdflib_cpu = cpu['python -c "import rdflib"']
    load = os.getloadavg()[0]
    print(f"Median of {args.runs} cold processes each (load average {load:.1f} at the end).\n")
    print("| command | wall | fastest | CPU | ÷ `import rdflib` (wall, CPU) | target (wall) |")
    print("|---|---|---|---|---|---|")
    for case in todo:
        met = ""
        if case.target is not None:
            met = f"≤ {case.target} s: " + ("met" if wall[case.label] <= case.target else "not met")
        label = case.label
        ratios = f"{wall[label] / rdflib:.2f}×, {cpu[label] / rdflib_cpu:.2f}×"
        print(f"| `{label}` | {wall[label]:.3f} s | {fastest[label]:.3f} s | {cpu[label]:.3f} s | {ratios} | {met} |")
    print(f"\nThe interpreter alone is {bare:.3f} s of each process.")
    if any(wall[label] > 1.2 * cpu[label] + 0.02 for label in wall):  # waiting for a core, not working
        print("Other work kept the cores busy: the wall times are inflated; compare the CPU times and ratios.")


if __name__ == "__main__":
    main()
