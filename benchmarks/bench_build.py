"""Benchmark orgkg at scale (issue 6): cold and incremental builds against a naive baseline.

Usage::

    python benchmarks/bench_build.py [--sizes 1000,10000] [--jobs 2] [--work DIR]
                                     [--validate-sizes all] [--baseline-timeout 600]

For each size it generates a corpus with ``benchmarks/make_corpus.py`` (seed 2024), then
runs, each as its own ``orgkg build`` process:

* **cold** — ``--no-cache``, every output, validation where the size is in
  ``--validate-sizes`` (default: every size; validation is ~2/3 of a cold build);
* **cold, graph only** — the same with ``--no-validate``;
* **incremental** — one profile edited, rebuilt with the cache, and checked byte for byte
  against a clean build of the edited corpus;
* **baseline** — the naive pipeline on the same graph: rdflib parses graph.nq, serializes
  Turtle and JSON-LD, and pyshacl validates the whole graph in one call (each step in its
  own process with a time limit; a step over the limit is reported as ``>limit``).

``--against REV`` measures instead how this checkout compares with git revision REV:
for each size, cold graph-only builds (``--no-cache --no-validate``) by REV (its ``src``,
``shapes`` and ``ontology`` from ``git archive``) and by this checkout, alternately,
``--pairs`` times; per pair the wall and CPU (user + sys of the build and its workers)
times and the old / new ratios, and whether the two revisions' outputs are byte-identical.
On a shared machine the ratios of the pairs say more than any single figure.
With ``--incremental`` it compares incremental builds instead: each revision builds the
corpus cold once into its own folder (graph only), then per pair one profile is edited
(``edit_one_profile``) and each revision rebuilds (one changed), then rebuilds again with
nothing changed (no-op), old and new alternately; per build the wall and CPU times, and
whether the two folders hold the same bytes afterwards.

Peak RSS is the largest sum of the resident memory of the build process and its workers,
sampled every 50 ms from /proc (Linux). Prints a Markdown table, then how the cold time
grows from the smallest size to the largest.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable


def tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants (Linux /proc), in KiB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def children_cpu() -> float:
    """User + system seconds of the finished child processes (and the ones they waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def compare(revision: str, corpus: Path, jobs: int, pairs: int, work: Path) -> list[str]:
    """Markdown rows: cold graph-only builds of ``corpus`` by ``revision`` and by this
    checkout, alternately (see the module docstring)."""
    env_old = {**os.environ, "PYTHONPATH": str(old_tree(revision, work) / "src")}
    rows = []
    for number in range(1, pairs + 1):
        figures = {}
        for name, env in (("old", env_old), ("new", None)):
            out = work / f"compare-{name}"
            shutil.rmtree(out, ignore_errors=True)
            cmd = [PY, "-m", "orgkg", "build", str(corpus), "-o", str(out), "--jobs", str(jobs)]
            before = children_cpu()
            wall, _, code, err = run([*cmd, "--no-cache", "--no-validate"], env=env)
            if code not in (0, 1):
                raise SystemExit(f"{name} build failed: {err}")
            figures[name] = (wall, children_cpu() - before)
        (old_wall, old_cpu), (new_wall, new_cpu) = figures["old"], figures["new"]
        same = outputs(work / "compare-old") == outputs(work / "compare-new")
        rows.append(
            f"| {number} | {old_wall:.2f} | {new_wall:.2f} | {old_wall / new_wall:.2f} | {old_cpu:.2f} | "
            f"{new_cpu:.2f} | {old_cpu / new_cpu:.2f} | {'yes' if same else 'NO'} |"
        )
    return rows


def compare_incremental(revision: str, corpus: Path, jobs: int, pairs: int, work: Path) -> list[str]:
    """Markdown rows: one-changed and no-op rebuilds of ``corpus`` by ``revision`` and by this
    checkout, alternately, each on its own output folder (see the module docstring)."""
    env_old = {**os.environ, "PYTHONPATH": str(old_tree(revision, work) / "src")}
    revisions = (("old", env_old), ("new", None))

    def build(name: str, env: dict[str, str] | None, *flags: str) -> tuple[float, float]:
        out = work / f"incremental-{name}"
        cmd = [PY, "-m", "orgkg", "build", str(corpus), "-o", str(out), "--jobs", str(jobs), "--no-validate"]
        before = children_cpu()
        wall, _, code, err = run([*cmd, *flags], env=env)
        if code not in (0, 1):
            raise SystemExit(f"{name} build failed: {err}")
        return wall, children_cpu() - before

    for name, env in revisions:
        shutil.rmtree(work / f"incremental-{name}", ignore_errors=True)
        build(name, env, "--no-cache")
    rows = []
    for number in range(1, pairs + 1):
        edit_one_profile(corpus)
        for kind in ("one changed", "no-op"):
            (old_wall, old_cpu), (new_wall, new_cpu) = (build(name, env) for name, env in revisions)
            same = outputs(work / "incremental-old") == outputs(work / "incremental-new")
            rows.append(
                f"| {number} | {kind} | {old_wall:.2f} | {new_wall:.2f} | {old_wall / new_wall:.2f} | "
                f"{old_cpu:.2f} | {new_cpu:.2f} | {old_cpu / new_cpu:.2f} | {'yes' if same else 'NO'} |"
            )
    return rows


def old_tree(revision: str, work: Path) -> Path:
    """``src``, ``shapes`` and ``ontology`` of ``revision`` (``git archive``), once."""
    tree = work / f"rev-{revision}"
    if not tree.exists():
        tree.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-C", str(HERE.parent), "archive", revision, "src", "shapes", "ontology"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def run(cmd: list[str], timeout: float | None = None, env: dict[str, str] | None = None) -> tuple[float, int, int, str]:
    """(seconds, peak tree RSS in KiB, return code, stderr tail); code -9 on timeout."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:  # a pipe could fill and block
        start = time.perf_counter()
        env = {**(env or os.environ), "CI": "1"}
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors, text=True, env=env)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, tree_rss_kb(proc.pid))
            if timeout is not None and time.perf_counter() - start > timeout:
                proc.kill()
                proc.wait()
                return time.perf_counter() - start, peak, -9, "timeout"
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        errors.seek(0)
        return elapsed, peak, proc.returncode, errors.read()[-2000:]


def outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.relative_to(folder).parts
    }


def edit_one_profile(corpus: Path) -> Path:
    """Change one profile's mission text (a real content change, still well formed)."""
    target = sorted(corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 2]
    lines = target.read_text(encoding="utf-8").split("\n")
    for index, line in enumerate(lines):
        if line.strip() == "Mission" and index + 1 < len(lines):
            lines[index + 1] = lines[index + 1].rstrip() + " It also publishes open data."
            break
    else:
        lines.insert(2, "")
    target.write_text("\n".join(lines), encoding="utf-8")
    return target


BASELINE = {
    "parse": """
        import sys, time
        from rdflib import Dataset
        t = time.perf_counter(); ds = Dataset(); ds.parse(sys.argv[1], format="nquads")
        print(time.perf_counter() - t)
    """,
    "turtle+jsonld": """
        import sys, time
        from rdflib import Dataset, Graph
        ds = Dataset(); ds.parse(sys.argv[1], format="nquads")
        g = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)): g.add((s, p, o))
        t = time.perf_counter(); g.serialize(format="turtle"); g.serialize(format="json-ld")
        print(time.perf_counter() - t)
    """,
    "pyshacl": """
        import sys, time
        import pyshacl
        from rdflib import Dataset, Graph
        from orgkg.resources import data_file, shape_files
        ds = Dataset(); ds.parse(sys.argv[1], format="nquads")
        g = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)): g.add((s, p, o))
        shapes = Graph()
        for f in shape_files(): shapes.parse(f, format="turtle")
        ont = Graph().parse(data_file("ontology", "vocab-axioms.ttl"), format="turtle")
        t = time.perf_counter()
        pyshacl.validate(g, shacl_graph=shapes, ont_graph=ont, inference="none", allow_infos=True,
                         allow_warnings=True, do_owl_imports=False)
        print(time.perf_counter() - t)
    """,
}


def baseline(nq: Path, timeout: float) -> dict[str, str]:
    """Each naive step's own time (the parse it needs first is not counted twice)."""
    results = {}
    for name, code in BASELINE.items():
        proc = subprocess.Popen(
            [PY, "-c", textwrap.dedent(code), str(nq)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        try:
            out, _ = proc.communicate(timeout=timeout)
            results[name] = out.strip().splitlines()[-1] if proc.returncode == 0 and out.strip() else "error"
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            results[name] = f">{timeout:.0f}"
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument(
        "--validate-sizes", default="all", help="sizes whose builds include validation (comma-separated, or 'all')"
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("bench-work"))
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--baseline-timeout", type=float, default=600)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--against", metavar="REV", help="compare cold graph-only builds with git revision REV")
    parser.add_argument("--pairs", type=int, default=3, help="old/new pairs per size with --against")
    parser.add_argument(
        "--incremental", action="store_true", help="with --against: compare no-op and one-changed rebuilds instead"
    )
    args = parser.parse_args(argv)
    if args.against:
        return main_compare(args)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    validate_sizes = (
        set(sizes) if args.validate_sizes == "all" else {int(s) for s in args.validate_sizes.split(",") if s}
    )
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    seed_out = args.work / "seed-out"
    seed_times = []
    for _ in range(5):  # a fresh build each time; the median, as the first run also warms the disk cache
        shutil.rmtree(seed_out, ignore_errors=True)
        seed_times.append(run([PY, "-m", "orgkg", "build", str(HERE.parent / "seeds"), "-o", str(seed_out)])[0])
    seed_time = statistics.median(seed_times)
    help_time = min(run([PY, "-m", "orgkg", "--help"])[0] for _ in range(3))
    for size in sizes:
        corpus = args.work / f"corpus-{size}"
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run(
            [PY, str(HERE / "make_corpus.py"), str(size), str(corpus), "--seed", str(args.seed), "--quiet"], check=True
        )
        out, clean = args.work / f"out-{size}", args.work / f"clean-{size}"
        for folder in (out, clean):
            shutil.rmtree(folder, ignore_errors=True)
        validate = size in validate_sizes
        flags = [] if validate else ["--no-validate"]
        base = [PY, "-m", "orgkg", "build", str(corpus), "--jobs", str(args.jobs)]
        graph_cold, graph_rss, code, err = run([*base, "-o", str(clean), "--no-cache", "--no-validate"])
        if code not in (0, 1):
            print(err, file=sys.stderr)
            return 1
        cold, cold_rss, code, err = run([*base, "-o", str(out), "--no-cache", *flags])
        nq = out / "graph.nq"
        triples = sum(1 for _ in nq.open("rb"))
        noop, _, _, _ = run([*base, "-o", str(out), *flags])
        edit_one_profile(corpus)
        incremental, inc_rss, _, _ = run([*base, "-o", str(out), *flags])
        shutil.rmtree(clean, ignore_errors=True)
        run([*base, "-o", str(clean), "--no-cache", *flags])
        identical = outputs(out) == outputs(clean)
        base_times = {} if args.no_baseline else baseline(nq, args.baseline_timeout)
        rows.append(
            (
                size,
                triples,
                graph_cold,
                cold,
                validate,
                noop,
                incremental,
                identical,
                max(cold_rss, graph_rss, inc_rss),
                base_times,
            )
        )
        print(f"done {size}: cold {cold:.1f}s incremental {incremental:.1f}s identical={identical}", file=sys.stderr)
    print(
        f"\nSeed build (whole process, median of 5): {seed_time:.2f} s (first {seed_times[0]:.2f} s); "
        f"`orgkg --help`: {help_time:.2f} s; "
        f"jobs={args.jobs}; {os.cpu_count()} CPUs\n"
    )
    print(
        "| profiles | quads | cold, graph only (s) | cold, all outputs (s) | validated | "
        "profiles/s | quads/s | peak RSS (MB) | no-op rebuild (s) | one changed (s) | "
        "incremental = clean | baseline parse / ttl+jsonld / pyshacl (s) | ratio |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size, triples, graph_cold, cold, validate, noop, inc, identical, rss, bt in rows:
        steps = [bt.get(k, "-") for k in ("parse", "turtle+jsonld", "pyshacl")]
        ratio = "-"
        try:
            total = sum(float(s.lstrip(">")) for s in steps)
            ratio = ("≥" if any(s.startswith(">") for s in steps) else "") + f"{total / cold:.1f}×"
        except ValueError:
            pass
        print(
            f"| {size} | {triples} | {graph_cold:.1f} | {cold:.1f} | {'yes' if validate else 'no'} | "
            f"{size / cold:.0f} | {triples / cold:,.0f} | {rss / 1024:.0f} | {noop:.1f} | {inc:.1f} | "
            f"{'yes' if identical else 'NO'} | {' / '.join(steps)} | {ratio} |"
        )
    if len(rows) >= 2 and rows[0][4] == rows[-1][4]:
        (small, *_, small_cold, _, _, _, _, _, _), (large, *_, large_cold, _, _, _, _, _, _) = rows[0], rows[-1]
        print(
            f"\nGrowth: {large} profiles take {large_cold / small_cold:.1f}x the time of {small} "
            f"({large / small:.0f}x the profiles)."
        )
    return 0


def main_compare(args: argparse.Namespace) -> int:
    args.work.mkdir(parents=True, exist_ok=True)
    for size in [int(s) for s in args.sizes.split(",") if s]:
        corpus = args.work / f"corpus-{size}"
        shutil.rmtree(corpus, ignore_errors=True)
        subprocess.run(
            [PY, str(HERE / "make_corpus.py"), str(size), str(corpus), "--seed", str(args.seed), "--quiet"], check=True
        )
        what = "rebuilds" if args.incremental else "cold"
        print(f"\n{size} profiles, {what}, graph only, --jobs {args.jobs}: {args.against} (old) vs this checkout (new)")
        print()
        head = ["pair", *(["rebuild"] if args.incremental else []), "old wall (s)", "new wall (s)", "old / new"]
        head += ["old CPU (s)", "new CPU (s)", "old / new", "same bytes"]
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        measure = compare_incremental if args.incremental else compare
        rows = measure(args.against, corpus, args.jobs, args.pairs, args.work)
        for row in rows:
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
