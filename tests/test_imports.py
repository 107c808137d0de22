"""The import structure of ``src/orgkg``: no cycle between modules, even through imports
made inside functions (a reader, or an import-graph tool, can order the modules), and no
module importing another module's private name."""

from __future__ import annotations

import ast
from pathlib import Path

import orgkg

SRC = Path(orgkg.__file__).resolve().parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> list[tuple[str, str]]:
    """(module imported, name imported or "") for every orgkg import in ``path``, at any
    depth, except under ``if TYPE_CHECKING:`` (types only, never run)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, "") for alias in child.names if alias.name.startswith("orgkg"))
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - child.level + 1]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                if module.startswith("orgkg"):
                    for alias in child.names:
                        submodule = f"{module}.{alias.name}"
                        found.append((submodule, "") if submodule in modules else (module, alias.name))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {m for m, _ in _imports(name, path, modules) if m in modules and m != name}
        for name, path in modules.items()
    }


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path of module names, or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for imported in sorted(graph[module]):
            if state.get(imported) == 1:
                return [*path[path.index(imported) :], imported]
            if imported not in state and (found := visit(imported)):
                return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_import_cycle_even_through_function_level_imports():
    assert _cycle(_graph()) is None


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_orgkg_modules_are_found_with_their_imports():
    graph = _graph()
    assert "orgkg.extract.dates" in graph
    assert "orgkg.namespaces" in graph["orgkg.validation"]


def test_no_module_imports_another_modules_private_name():
    modules = _modules()
    private = sorted(
        f"{name} imports {module}.{imported}"
        for name, path in modules.items()
        for module, imported in _imports(name, path, modules)
        if imported.startswith("_") and not imported.startswith("__") and module != name
    )
    assert private == []
