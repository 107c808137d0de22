"""Each module of orgkg binds each top-level name once.

A module-level constant bound twice is a trap: the second binding silently replaces the first
for every function that reads it at call time, while the patterns compiled between the two
still used the first. Two such slips changed extraction unnoticed (a run-of-spaces pattern
that replaced the one ``clean()`` reads; a reach of 100 characters that replaced one of 80).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "orgkg"
MODULES = sorted(SRC.rglob("*.py"))


def rebound_names(source: str) -> list[str]:
    """The names ``source`` binds more than once at its top level (assignments, functions,
    classes), in order of first binding."""
    counts: Counter[str] = Counter()
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.Assign):
            targets: list[ast.expr] = list(statement.targets)
        elif isinstance(statement, ast.AnnAssign | ast.AugAssign):
            targets = [statement.target] if not isinstance(statement, ast.AugAssign) else []
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            counts[statement.name] += 1
            continue
        else:
            continue
        for target in targets:
            counts.update(node.id for node in ast.walk(target) if isinstance(node, ast.Name))
    return [name for name, count in counts.items() if count > 1]


def test_the_check_sees_a_rebinding() -> None:
    source = "_SPACES = 1\ndef clean(): return _SPACES\n_SPACES = 2\n_ONCE = 3\n"
    assert rebound_names(source) == ["_SPACES"]
    assert rebound_names("def f(): pass\ndef f(): pass\n") == ["f"]
    assert rebound_names("A: int = 1\nA += 1\n") == []  # augmenting is not rebinding


@pytest.mark.parametrize("module", MODULES, ids=lambda path: str(path.relative_to(SRC)))
def test_no_module_rebinds_a_top_level_name(module: Path) -> None:
    assert rebound_names(module.read_text(encoding="utf-8")) == [], f"{module}: bound twice at top level"
