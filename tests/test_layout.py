"""tests/ and benchmarks/ do not import each other: what both need lives in devkit/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SKIP = {REPO / "benchmarks" / "fidelity" / "heldout"}  # held-out fidelity data: never read


def _python_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        if not any(path.is_relative_to(skip) for skip in SKIP):
            found.append(path)
    return found


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Attribute) and node.attr == "spec_from_file_location":
            roots.add("<file import>")  # loading another folder's script as a module
    return roots


@pytest.mark.parametrize(("folder", "other"), [("tests", "benchmarks"), ("benchmarks", "tests")])
def test_no_cross_imports(folder: str, other: str) -> None:
    offenders = {
        path.relative_to(REPO).as_posix(): sorted(roots & {other, "<file import>"})
        for path in _python_files(REPO / folder)
        if (roots := _imported_roots(path)) & {other, "<file import>"}
    }
    assert not offenders, f"{folder}/ must not import {other}/ (use devkit/ or a subprocess): {offenders}"


def test_the_check_sees_each_kind_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import benchmarks.bench_build\nfrom tests.strategies import x\nfrom .local import y\n"
        "import importlib.util\nimportlib.util.spec_from_file_location('m', 'benchmarks/m.py')\n",
        encoding="utf-8",
    )
    assert _imported_roots(sample) == {"benchmarks", "tests", "importlib", "<file import>"}
