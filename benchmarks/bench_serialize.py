"""Benchmark the graph-file writers: pyoxigraph (today) against an earlier revision's writers.

Usage::

    python benchmarks/bench_serialize.py [--quads 100000] [--old-rev 58d6976] [--repeat 3]

Generates ``--quads`` synthetic quads (organizations with names in several languages,
typed literals, escapes, named graphs), renders them with ``serialization.render_slice``
and with ``render_section`` of the module as it was at ``--old-rev`` (read with
``git show``), prints the best time per format, and checks that N-Triples and N-Quads are
byte-identical and that Turtle and TriG parse (pyoxigraph) to the same quads as before.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pyoxigraph as ox

from orgkg import serialization as ser

HERE = Path(__file__).resolve().parent
SDO = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
BASE = "https://w3id.org/orgkg/"


def synthetic_quads(count: int) -> list[ser.Quad]:
    quads: list[ser.Quad] = []
    number = 0
    while len(quads) < count:
        org = f"<{BASE}org/org-{number}>"
        graph = f"<{BASE}graph/org-{number}/identity>"
        rows = [
            (f"<{ser.RDF_TYPE}>", f"<{SDO}Organization>"),
            (f"<{SDO}name>", ser.literal_text(f'Organization "{number}"\tof Ünïcode', "en")),
            (f"<{SDO}alternateName>", ser.literal_text(f"Org {number}")),
            (f"<{SDO}foundingDate>", ser.literal_text(f"{1900 + number % 120}-01-01", None, XSD + "date")),
            (f"<{SDO}numberOfEmployees>", ser.literal_text(str(number * 7), None, XSD + "integer")),
            (f"<{SDO}url>", f"<https://example.org/{number}/a%20b>"),
            (f"<{SDO}parentOrganization>", f"<{BASE}org/org-{number // 10}>"),
            (f"<{SDO}description>", ser.literal_text(f"line one\nline two \\ {number}")),
        ]
        for predicate, value in rows:
            quads.append((org, predicate, value, graph))
            quads.append((org, predicate, value, None))
        number += 1
    return quads[:count]


def old_module(rev: str) -> ModuleType:
    source = subprocess.run(
        ["git", "-C", str(HERE.parent), "show", f"{rev}:src/orgkg/serialization.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = ModuleType("old_serialization")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{rev}:src/orgkg/serialization.py", "exec"), module.__dict__)
    return module


def old_writer(old: ModuleType, fmt: str):
    """The earlier revision's writer of one format, with the sorting its render_section did."""

    def render(quads: list[ser.Quad]) -> str:
        if fmt in ("nq", "trig"):
            quad_list = sorted(set(quads), key=lambda q: (q[0], q[1], q[2], q[3] or ""))
            return "".join(sorted(map(old.quad_line, quad_list))) if fmt == "nq" else old.render_trig(quad_list)
        triple_list = sorted({(s, p, o) for s, p, o, _ in quads})
        if fmt == "nt":
            return "".join(f"{s} {p} {o} .\n" for s, p, o in triple_list)
        return old.render_turtle(triple_list)

    return render


def best(repeat: int, action) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return min(times), result


def parsed(data: bytes, fmt: str) -> set[str]:
    form = {"nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE}
    prefixes = ser.turtle_header().encode() if fmt in ("ttl", "trig") else b""
    return {str(q) for q in ox.parse(prefixes + data, format=form.get(fmt, ox.RdfFormat.TRIG))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads", type=int, default=100_000)
    parser.add_argument("--old-rev", default="58d6976")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    quads = synthetic_quads(args.quads)
    triples = [(s, p, o, None) for s, p, o, _ in quads]
    old = old_module(args.old_rev)
    old_section = old.render_section(quads, [(s, p, o) for s, p, o, _ in quads])
    print(f"{len(quads):,} quads; old = {args.old_rev}\n")
    print("| format | old writer (s) | pyoxigraph (s) | same output |")
    print("|---|---:|---:|---|")
    ok = True
    for fmt in ("nt", "nq", "ttl", "trig"):
        statements = quads if fmt in ("nq", "trig") else triples
        old_time, text = best(args.repeat, lambda fmt=fmt, st=statements: old_writer(old, fmt)(st))
        new_time, data = best(args.repeat, lambda fmt=fmt, st=statements: ser.render_slice(st, fmt))
        before = getattr(old_section, fmt).encode()
        assert text.encode() == before, fmt  # the per-format timing renders what the old section held
        if fmt in ("nt", "nq"):
            same = "bytes" if data == before else "NO"
        else:
            same = "graph" if parsed(data, fmt) == parsed(before, fmt) else "NO"
        ok = ok and same != "NO"
        print(f"| {fmt} | {old_time:.2f} | {new_time:.2f} | {same} |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
