"""Small generated corpora for the scale tests (devkit/corpus.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from devkit.corpus import write_corpus


def make_corpus(n: int, folder: Path, seed: int = 7, **options: Any) -> list[Path]:
    return write_corpus(n, folder, seed, **options)


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file (the build cache is not an output)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not {".cache", "store"} & set(p.relative_to(folder).parts)
    }  # not outputs
