"""Small generated corpora for the scale tests (benchmarks/make_corpus.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"


def make_corpus(n: int, folder: Path, seed: int = 7, **options: object) -> list[Path]:
    name = "orgkg_make_corpus"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, SCRIPT)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module.write_corpus(n, folder, seed, **options)


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file (the build cache is not an output)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not {".cache", "store"} & set(p.relative_to(folder).parts)}  # not outputs
