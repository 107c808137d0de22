"""Whole outputs against reviewed golden files, compared as RDF datasets (isomorphism),
not as text. A failure prints the quads that were lost and the ones that appeared.

Regenerate after an intended change with ``pytest tests/test_golden.py --update-golden``
and review the diff of tests/golden/ like code."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

import orgkg

from .conftest import EXAMPLES, SEED

GOLDEN = Path(__file__).parent / "golden"


def _load(data: bytes) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=data, format="trig")
    return dataset


def _quads(dataset: Dataset) -> set:
    default = dataset.default_graph.identifier
    return {(s, p, o, None if g == default else g) for s, p, o, g in dataset.quads()}


def assert_same_dataset(expected: Dataset, actual: Dataset) -> None:
    lost = _quads(expected) - _quads(actual)
    added = _quads(actual) - _quads(expected)
    message = "\n".join(
        [f"- {q}" for q in sorted(map(str, lost))][:40] + [f"+ {q}" for q in sorted(map(str, added))][:40]
    )
    assert not lost and not added, "dataset differs from golden:\n" + message
    # No blank nodes are emitted, so quad-set equality is isomorphism; check each graph
    # the canonical way too, which would also hold if blank nodes ever appeared.
    for graph in expected.graphs():
        assert isomorphic(graph, actual.graph(graph.identifier)), graph.identifier


@pytest.mark.parametrize("name", ["advanced-manufacturing-partnership"])
def test_seed_matches_golden(name, update_golden):
    check(name, [SEED], update_golden)


@pytest.mark.parametrize("name", ["manufacturing-usa", "national-science-foundation"])
def test_examples_match_golden(name, update_golden):
    check(name, [EXAMPLES / f"{name}.txt"], update_golden)


def check(name: str, paths: list[Path], update: bool) -> None:
    result = orgkg.build(paths, validate=False)
    actual = orgkg.serialize(result, "trig")
    golden = GOLDEN / f"{name}.trig"
    if update or not golden.exists():
        if not update:
            pytest.fail(f"{golden} is missing: run pytest --update-golden and review it")
        golden.write_bytes(actual)
        return
    assert_same_dataset(_load(golden.read_bytes()), _load(actual))
