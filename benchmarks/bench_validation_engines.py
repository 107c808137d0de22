"""pyshacl (the engine of record) against orgkg's shapes compiled to SPARQL over pyoxigraph
(``orgkg.shacl_sparql``) on the same generated corpus: seconds and whether the findings are
equal (issue 14 item 6; docs/validation-engines.md).

Usage::

    python benchmarks/bench_validation_engines.py [N] [--seed S] [--skip-pyshacl] [--checks K]

Generates N profiles (default 1000) with ``devkit/corpus.py`` and injected errors, maps them
once, and writes them as N-Quads. Then, SHACL only (the Python checks are the same for both
engines and not timed):

* pyshacl: the union graph rdflib needs (read from the mapped Dataset) + ``pyshacl.validate``
  exactly as ``orgkg.validation`` runs it (in place, subclass axioms, targets hoisted);
* compiled: a pyoxigraph store loaded from the N-Quads + ``shacl_hits``.

Prints CPU seconds of each step, the number of SHACL results and whether both engines
report the same multiset of (focus, path, value, shape, component, severity, message);
with ``--checks K`` also the K compiled checks that took longest (a check whose share grows
with N is one whose query oxigraph evaluates in more than linear time).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _key(hit: object) -> tuple:
    def term(node: object) -> str | None:
        return None if node is None else node.n3()  # type: ignore[attr-defined]

    return tuple(
        term(getattr(hit, name)) if name not in ("severity", "code", "message") else str(getattr(hit, name))
        for name in ("severity", "code", "message", "focus", "path", "value", "shape", "component")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--skip-pyshacl", action="store_true", help="time the compiled engine only")
    parser.add_argument("--checks", type=int, default=0, metavar="K", help="print the K slowest compiled checks")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(HERE.parent))  # the checkout, for devkit
    from rdflib import Graph

    from devkit.corpus import write_corpus
    from orgkg.api import read_profiles
    from orgkg.extract import extract
    from orgkg.map import map_corpus
    from orgkg.resolve import resolve
    from orgkg.shacl_sparql import compile_shapes, pyshacl_hits, shacl_hits, store_from_nquads
    from orgkg.validation import load_shapes

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(args.n, tmp, args.seed, inject_errors=max(1, args.n // 20))
        profiles, _ = read_profiles([tmp], keep_going=True)
    facts = [extract(profile) for profile in profiles]
    dataset = map_corpus(facts, resolve(facts))
    nquads = dataset.serialize(format="nquads").encode()
    shapes = load_shapes()
    compile_shapes(shapes)  # once per process, like the shapes themselves
    print(f"{len(profiles)} profiles, {len(nquads.splitlines())} quads")

    clock = time.process_time
    start = clock()
    store = store_from_nquads(nquads)
    loaded = clock()
    compiled = Counter(map(_key, shacl_hits(store, shapes)))
    checked = clock()
    print(
        f"compiled SPARQL: store {loaded - start:.2f} s + validation {checked - loaded:.2f} s = "
        f"{checked - start:.2f} s CPU, {sum(compiled.values())} results"
    )
    if args.checks:
        _slowest_checks(store, shapes, args.checks)
    if args.skip_pyshacl:
        return 0

    start = clock()
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    built = clock()
    reference = Counter(map(_key, pyshacl_hits(union, shapes)))
    checked = clock()
    print(
        f"pyshacl:         graph {built - start:.2f} s + validation {checked - built:.2f} s = "
        f"{checked - start:.2f} s CPU, {sum(reference.values())} results"
    )
    print(f"findings equal: {'yes' if compiled == reference else 'NO'}")
    if compiled != reference:
        for key in list((reference - compiled).elements())[:10]:
            print("  pyshacl only:", key)
        for key in list((compiled - reference).elements())[:10]:
            print("  compiled only:", key)
    return 0 if compiled == reference else 1


def _slowest_checks(store: object, shapes: object, k: int) -> None:
    from orgkg.shacl_sparql import _Run, compile_shapes

    run = _Run(store)  # type: ignore[arg-type]
    timed = []
    for check in compile_shapes(shapes).checks:  # type: ignore[arg-type]
        start = time.process_time()
        found = sum(1 for _ in check.run(run))
        timed.append((time.process_time() - start, str(check.shape).rsplit("#", 1)[-1], type(check).__name__, found))
    for seconds, shape, kind, found in sorted(timed, reverse=True)[:k]:
        print(f"  {seconds:6.2f} s  {shape} ({kind}, {found} results)")


if __name__ == "__main__":
    sys.exit(main())
