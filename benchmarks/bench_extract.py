"""Extractor throughput: ``extract(parse(...))`` over a generated corpus, against parse alone.

Usage::

    python benchmarks/bench_extract.py [--profiles 300] [--seed 2024] [--dir FOLDER ...]
                                       [--passes 3] [--profile-top 0]

Generates ``--profiles`` profiles with ``benchmarks/make_corpus.py`` (into a temporary
folder), or reads every ``*.txt`` of the ``--dir`` folders instead (e.g.
``benchmarks/fidelity/dev``). In this one process it then reads and parses every profile
(CPU time of the process), and extracts every profile ``--passes`` times. The first pass is
the figure that counts: the extractor memoises some pure functions of a text with bounded
caches, and a later pass over the same profiles finds them filled. Before timing, one
profile is extracted once so the lexicon tables are loaded (a per-process cost, reported
apart). Prints milliseconds per profile, profiles per second and extract / parse.
``--profile-top N`` also prints the N functions of the first pass with the largest own time
(cProfile; the profiler inflates small calls, so use it for shares, not for figures).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from orgkg.extract import extract
from orgkg.model import Profile
from orgkg.parse import read_profile

HERE = Path(__file__).resolve().parent


def _cpu() -> float:
    return time.process_time()


def _files(args: argparse.Namespace, work: Path) -> list[Path]:
    if args.dir:
        return [path for folder in args.dir for path in sorted(Path(folder).glob("*.txt"))]
    corpus = work / "corpus"
    command = [sys.executable, str(HERE / "make_corpus.py"), str(args.profiles), str(corpus)]
    subprocess.run([*command, "--seed", str(args.seed), "--quiet"], check=True)
    return sorted(corpus.glob("*.txt"))


def _extract_all(profiles: list[Profile], top: int) -> float:
    if not top:
        started = _cpu()
        for profile in profiles:
            extract(profile)
        return _cpu() - started
    profiler = cProfile.Profile()
    started = _cpu()
    profiler.enable()
    for profile in profiles:
        extract(profile)
    profiler.disable()
    seconds = _cpu() - started
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(top)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profiles", type=int, default=300, help="generated profiles (default 300)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--dir", action="append", help="read the profiles of this folder instead (repeatable)")
    parser.add_argument("--passes", type=int, default=3, help="extraction passes (the first one counts)")
    parser.add_argument("--profile-top", type=int, default=0, metavar="N", help="cProfile the first pass")
    args = parser.parse_args(argv)
    if args.profiles < 1 or args.passes < 1:
        parser.error("--profiles and --passes must be at least 1")

    with tempfile.TemporaryDirectory(prefix="bench-extract-") as work:
        files = _files(args, Path(work))
        if not files:
            parser.error("no *.txt profiles found")
        started = _cpu()
        profiles = [read_profile(path) for path in files]
        parse_seconds = _cpu() - started

    started = _cpu()
    extract(profiles[0])  # lexicon tables, pycountry: once per process
    warm_seconds = _cpu() - started
    passes = [_extract_all(profiles, args.profile_top if n == 0 else 0) for n in range(args.passes)]

    count = len(profiles)
    first = passes[0]
    print(f"profiles: {count} ({', '.join(args.dir) if args.dir else f'generated, seed {args.seed}'})")
    print(f"first extract (tables loaded): {warm_seconds * 1000:.0f} ms")
    print(f"parse:   {parse_seconds / count * 1000:6.2f} ms/profile  {count / parse_seconds:7.0f} profiles/s")
    print(f"extract: {first / count * 1000:6.2f} ms/profile  {count / first:7.0f} profiles/s  (first pass)")
    if len(passes) > 1:
        later = ", ".join(f"{seconds / count * 1000:.2f}" for seconds in passes[1:])
        print(f"         later passes (caches filled): {later} ms/profile")
    print(f"extract / parse: {first / parse_seconds:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
