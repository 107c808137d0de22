"""How to cut validation into pyshacl runs (issue 6): one run per profile, one per batch of
profiles, or one over the whole graph — same profiles, same process, same findings.

Usage::

    python benchmarks/bench_validation.py [N] [--seed S] [--batch 32]

Generates N profiles (default 256) with ``benchmarks/make_corpus.py`` and injected errors,
maps them once, then validates them three ways with ``orgkg.runners.batches.validate_profiles``
(pyshacl plus the Python checks, exactly as ``orgkg build`` does per batch, with the profiles a
batch references as read-only context). Prints seconds,
ms per profile, the ratio to the whole-graph run, and whether the merged findings equal the
whole-graph findings. A warm-up run first loads pyshacl, the shapes and the vocabulary.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _make_corpus(n: int, folder: Path, seed: int) -> None:
    sys.path.insert(0, str(HERE.parent))  # the checkout, for devkit
    from devkit.corpus import write_corpus

    write_corpus(n, folder, seed, inject_errors=max(1, n // 20))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=256)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args(argv)

    from orgkg.api import read_profiles
    from orgkg.extract import extract
    from orgkg.iri import Minter
    from orgkg.resolve import resolve
    from orgkg.runners.batches import merge_rows, validate_profiles
    from orgkg.runners.tasks import map_profile_texts

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _make_corpus(args.n, folder, args.seed)
        profiles, _ = read_profiles([folder], keep_going=True)
    facts = [extract(p) for p in profiles]
    resolution, minter, today = resolve(facts), Minter(), datetime.date.today()

    # As orgkg build does: a batch validates its profiles plus, read-only, the profiles they reference.
    slugs = [resolution.profile_entity(f.profile.doc).slug for f in facts]
    index_of = {slug: i for i, slug in enumerate(slugs)}
    references = [
        {index_of[s] for s in map_profile_texts(f, resolution, minter)[0].referenced_slugs() if s in index_of}
        for i, f in enumerate(facts)
    ]

    def run(groups: list[list[int]]) -> tuple[float, list]:
        start = time.perf_counter()
        batches = []
        for group in groups:
            context = sorted(set().union(*(references[i] for i in group)) - set(group))
            batches.append(
                validate_profiles(
                    [facts[i] for i in group], [facts[i] for i in context], resolution, minter, today=today
                ).rows
            )
        return time.perf_counter() - start, merge_rows(batches)

    everyone = list(range(len(facts)))
    run([everyone[:4]])  # warm-up: imports, shapes, vocabulary
    whole_time, whole = run([everyone])
    rows = [("whole graph, one run", whole_time, whole)]
    seconds, found = run([everyone[i : i + args.batch] for i in range(0, len(everyone), args.batch)])
    rows.append((f"batches of {args.batch}", seconds, found))
    seconds, found = run([[i] for i in everyone])
    rows.append(("one run per profile", seconds, found))

    print(f"{len(facts)} profiles, {len(whole)} findings in the whole-graph run\n")
    print("| pyshacl runs | seconds | ms per profile | vs whole graph | same findings |")
    print("|---|---|---|---|---|")
    for name, seconds, found in rows:
        print(
            f"| {name} | {seconds:.1f} | {1000 * seconds / len(facts):.1f} | {seconds / whole_time:.2f}× | "
            f"{'yes' if found == whole else 'NO'} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
