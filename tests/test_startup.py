"""What a small build and ``orgkg --help`` load: guards for the start-up figures of
docs/performance.md (benchmarks/bench_startup.py times them; nothing here is timed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from orgkg.rdf_files import read_shipped_turtle
from orgkg.resources import data_dir

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_TURTLE = sorted(data_dir("shapes").glob("*.ttl")) + sorted(data_dir("ontology").glob("*.ttl"))

# Run ``orgkg ARGS`` in a fresh interpreter and print the loaded modules that ``watched`` names.
_LOADED = """
import sys
sys.argv = ["orgkg", *sys.argv[1:]]
from orgkg.cli import run
try:
    run()
except SystemExit as exit:
    assert not exit.code, exit.code
print("loaded:", *sorted(m for m in sys.modules if m in {watched!r} or m.startswith({prefixes!r})))
"""


def _loaded(args: list[str], watched: set[str], prefixes: tuple[str, ...] = ()) -> set[str]:
    code = _LOADED.format(watched=watched, prefixes=prefixes or ("\0",))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.splitlines()[-1].split()[1:])


@pytest.mark.parametrize("path", SHIPPED_TURTLE, ids=lambda p: p.name)
def test_shipped_turtle_reads_as_rdflib_reads_it(path: Path) -> None:
    fast = Graph()
    for triple in read_shipped_turtle(path):
        fast.add(triple)
    assert len(fast) > 0
    assert isomorphic(fast, Graph().parse(path, format="turtle"))


def test_help_loads_no_rdf_library_and_no_extractor() -> None:
    heavy = {"rdflib", "pyoxigraph", "pyshacl", "pyld", "orgkg.extract", "orgkg.api", "orgkg.validation"}
    assert _loaded(["--help"], heavy) == set()


def test_validated_seed_build_loads_neither_pyshacl_nor_rdflib_parsers(tmp_path: Path) -> None:
    # The compiled engine validates the seed; the shipped Turtle is read by pyoxigraph.
    loaded = _loaded(
        ["build", "seeds", "-o", str(tmp_path / "out")],
        {"pyshacl", "pyld", "orgkg.sparql", "orgkg.validation"},
        ("rdflib.plugins.parsers", "rdflib.plugins.sparql"),
    )
    assert loaded == {"orgkg.validation"}  # it did validate
