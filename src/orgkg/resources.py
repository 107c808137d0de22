"""Locate the data files shipped with orgkg (shapes, ontology, named queries).

An installed wheel carries them as package data under ``orgkg/_data``; an editable
checkout reads them from the repository's top-level ``shapes/`` and ``ontology/``.
"""

from __future__ import annotations

import csv
import hashlib
from functools import cache
from pathlib import Path

_PACKAGE_DATA = Path(__file__).resolve().parent / "_data"
_REPO_ROOT = Path(__file__).resolve().parents[2]


def data_dir(name: str) -> Path:
    """The folder ``name`` (``shapes``, ``ontology``, ...) as shipped with this install."""
    for base in (_PACKAGE_DATA, _REPO_ROOT):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"orgkg data folder {name!r} is missing from this installation")


def data_file(folder: str, name: str) -> Path:
    return data_dir(folder) / name


def shape_files() -> list[Path]:
    return sorted(data_dir("shapes").glob("*.ttl"))


@cache
def data_fingerprint() -> str:
    """sha256 over every shipped data file: part of the build-cache key."""
    digest = hashlib.sha256()
    for folder in ("shapes", "ontology"):
        for path in sorted(data_dir(folder).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(data_dir(folder)).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


class LexiconError(ValueError):
    """A lexicon table that does not have the documented shape (a packaging bug)."""


@cache
def lexicon_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The data rows of ``ontology/lexicon/<name>.csv`` (header and ``#`` lines skipped): the
    domain words of the parser and the extractor, each row checked for the header's width."""
    path = data_file("ontology", f"lexicon/{name}.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        numbered = [(n, row) for n, row in enumerate(csv.reader(handle), 1) if row and not row[0].startswith("#")]
    if not numbered:
        raise LexiconError(f"{path}: no header row")
    (_, header), rows = numbered[0], numbered[1:]
    seen: set[tuple[str, ...]] = set()
    for line, row in rows:
        if len(row) != len(header) or not all(cell.strip() for cell in row):
            raise LexiconError(f"{path}:{line}: expected {len(header)} non-empty columns {header}, got {row}")
        if tuple(row) in seen:
            raise LexiconError(f"{path}:{line}: duplicate row {row}")
        seen.add(tuple(row))
    return tuple(tuple(row) for _, row in rows)
