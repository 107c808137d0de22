"""The build cache: what an unchanged shard of profiles or validation batch produced last
time, in the output folder (``build/.cache/``), so that a CI rebuild redoes only what
changed (issue 6).

Nothing here is trusted. Every entry is JSON or plain RDF text (never a pickle), starts
with a header line that names the cache format, the *fingerprint* of the code and data
that wrote it (orgkg's version and source files, the shapes, ontology and alias
registry, the base IRI and the parser limits) and the entry's own key, and carries a
sha256 of its payload and the size, CRC-32 and mtime of every fragment file beside it.
An entry whose header, fingerprint, key, checksum or fragments do not match is ignored
(and rewritten), exactly as if it were missing. A fragment whose size and mtime are
still those it was written with is not re-read (the rule make and git use); any other
fragment must match its CRC-32. A cache from another orgkg version, another
base IRI or another checkout is therefore never used.

Layout::

    .cache/shards/<key>.json      records of one shard's profiles (lookups, counts, ...)
    .cache/shards/<key>.<fmt>     that shard's slice of graph.<fmt>
    .cache/shards/<key>.orgs      its organizations' framed JSON-LD documents
    .cache/shards/<key>.shared    the triples its profiles state about shared nodes
    .cache/shared.json            the rendered section of shared nodes, last build
    .cache/valid/<key>.json       one validation batch's findings
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

CACHE_FORMAT = "orgkg-build-cache/1"
FRAGMENT_FORMATS = ("nq", "nt", "ttl", "trig", "jsonld")
SHARD_FILES = (*FRAGMENT_FORMATS, "orgs", "shared")
# Beside a validation batch's entry: its rows, report graph and rendered findings (JSON, text).
BATCH_PARTS = ("rows", "nt", "json", "text")


@cache
def code_fingerprint() -> str:
    """sha256 over orgkg's version and its own source files: a code change is a new cache."""
    from orgkg import __version__

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_fingerprint(base: str, limits: object, extra: str = "") -> str:
    from orgkg.resources import data_fingerprint

    parts = [CACHE_FORMAT, code_fingerprint(), data_fingerprint(), base, repr(limits), extra]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def content_key(fingerprint: str, members: Iterable[tuple[str, str]]) -> str:
    """Key of a shard: the fingerprint and each member's (source path, content sha256)."""
    digest = hashlib.sha256(fingerprint.encode())
    for source, sha in members:
        digest.update(b"\x00" + source.encode("utf-8") + b"\x01" + sha.encode())
    return digest.hexdigest()


def _crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            crc = zlib.crc32(chunk, crc)
    return crc


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class BuildCache:
    """One output folder's cache. Safe to pickle (paths and strings only)."""

    def __init__(self, root: Path, fingerprint: str, *, read: bool = True) -> None:
        self.root = Path(root)
        self.fingerprint = fingerprint
        self.read = read  # False: --no-cache, a clean build (entries are still written)

    # -- generic entries ---------------------------------------------------------------

    def _write_entry(self, path: Path, key: str, payload: Any, extra: Mapping[str, Any] | None = None) -> None:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = {
            "format": CACHE_FORMAT, "fingerprint": self.fingerprint, "key": key,
            "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body), **(extra or {}),
        }
        _atomic_write(path, json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + body)

    def _read_entry(self, path: Path, key: str) -> tuple[dict[str, Any], Any] | None:
        if not self.read:
            return None
        try:
            data = path.read_bytes()
            head, _, body = data.partition(b"\n")
            header = json.loads(head)
            if (
                not isinstance(header, dict)
                or header.get("format") != CACHE_FORMAT
                or header.get("fingerprint") != self.fingerprint
                or header.get("key") != key
                or header.get("bytes") != len(body)
                or header.get("sha256") != hashlib.sha256(body).hexdigest()
            ):
                return None
            return header, json.loads(body)
        except (OSError, ValueError, UnicodeDecodeError):
            return None

    # -- shards --------------------------------------------------------------------------

    def shard_path(self, key: str, suffix: str) -> Path:
        return self.root / "shards" / f"{key}.{suffix}"

    def store_shard(self, key: str, records: Sequence[dict[str, Any]], texts: Mapping[str, str],
                    framed: Mapping[str, str], shared: Mapping[str, Any]) -> None:
        texts = {**texts, "orgs": json.dumps(dict(framed), ensure_ascii=False, sort_keys=True),
                 "shared": json.dumps(dict(shared), ensure_ascii=False, sort_keys=True)}
        fragments = {fmt: _write_fragment(self.shard_path(key, fmt), texts[fmt]) for fmt in SHARD_FILES}
        self._write_entry(self.shard_path(key, "json"), key, list(records), {"fragments": fragments})

    def has_shard(self, key: str) -> bool:
        """Whether an entry for the shard exists (a guess: ``load_shard`` judges it)."""
        return self.read and self.shard_path(key, "json").exists()

    def load_shard(self, key: str, *, verify: bool = True) -> list[dict[str, Any]] | None:
        """The shard's records if the entry and all its fragments are intact, else None."""
        entry = self._read_entry(self.shard_path(key, "json"), key)
        if entry is None:
            return None
        header, records = entry
        if not isinstance(records, list):
            return None
        paths = {fmt: self.shard_path(key, fmt) for fmt in SHARD_FILES}
        return records if _fragments_intact(header.get("fragments"), paths, verify=verify) else None

    def fragment_text(self, key: str, fmt: str) -> str:
        return self.shard_path(key, fmt).read_text(encoding="utf-8")

    def shared_data(self, key: str) -> dict[str, Any]:
        """doc → [shared quads, shared triples] of a shard's profiles."""
        data = json.loads(self.fragment_text(key, "shared"))
        if not isinstance(data, dict):
            raise ValueError("malformed shared data in the build cache")
        return data

    def load_shared_section(self, key: str) -> Any | None:
        entry = self._read_entry(self.root / "shared.json", key)
        return None if entry is None else entry[1]

    def store_shared_section(self, key: str, payload: Any) -> None:
        self._write_entry(self.root / "shared.json", key, payload)

    def framed_documents(self, key: str) -> dict[str, str]:
        """slug → framed JSON-LD text of a shard's organizations (checked when loaded)."""
        data = json.loads(self.fragment_text(key, "orgs"))
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise ValueError("malformed organization documents in the build cache")
        return data

    # -- validation batches ------------------------------------------------------------------

    def batch_path(self, key: str) -> Path:
        return self.root / "valid" / f"{key}.json"

    def store_batch(self, key: str, payload: Any, parts: Mapping[str, str]) -> None:
        """A batch's validation result: ``payload``, and beside it a text file per part
        (``BATCH_PARTS``: its findings as rows, its SHACL report graph, its rendered findings),
        each read only when asked for."""
        fragments = {name: _write_fragment(self._batch_part(key, name), parts[name]) for name in BATCH_PARTS}
        self._write_entry(self.batch_path(key), key, payload, {"fragments": fragments})

    def has_batch(self, key: str) -> bool:
        """Whether an entry for the batch exists (a guess: ``load_batch`` judges it)."""
        return self.read and self.batch_path(key).exists()

    def load_batch(self, key: str) -> Any | None:
        entry = self._read_entry(self.batch_path(key), key)
        parts = {name: self._batch_part(key, name) for name in BATCH_PARTS}
        if entry is None or not _fragments_intact(entry[0].get("fragments"), parts):
            return None
        return entry[1]

    def batch_part(self, key: str, name: str) -> str:
        return self._batch_part(key, name).read_text(encoding="utf-8")

    def _batch_part(self, key: str, name: str) -> Path:
        return self.root / "valid" / f"{key}.{name}.part"  # not {key}.json: that is the entry

    # -- output files already written ----------------------------------------------------------

    def written_stamps(self, out: Path) -> dict[str, Any]:
        """What ``api.write`` recorded about the graph files it wrote into ``out`` (how they
        were made, their stat when written); nothing with ``--no-cache`` or a damaged record.
        Kept here, not among the outputs, because a file's stat differs on every machine."""
        if not self.read:
            return {}
        try:
            stamps = json.loads((self.root / "written.json").read_text(encoding="utf-8"))[str(out.resolve())]
        except (OSError, ValueError, KeyError, TypeError):
            return {}
        return stamps if isinstance(stamps, dict) else {}

    def remember_written(self, out: Path, stamps: dict[str, Any]) -> None:
        path = self.root / "written.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        data = data if isinstance(data, dict) else {}
        data[str(out.resolve())] = stamps
        with contextlib.suppress(OSError):  # only a missed shortcut next time
            _atomic_write(path, json.dumps(data, sort_keys=True).encode("utf-8"))

    # -- housekeeping ------------------------------------------------------------------------

    def prune_shards(self, keys: Iterable[str]) -> None:
        """Remove shard entries this build did not use, so the cache does not grow forever."""
        self._prune(self.root / "shards", set(keys))

    def prune_batches(self, keys: Iterable[str]) -> None:
        self._prune(self.root / "valid", set(keys))

    @staticmethod
    def _prune(folder: Path, keep: set[str]) -> None:
        if not folder.is_dir():
            return
        for path in folder.iterdir():
            if path.name.split(".", 1)[0] not in keep:
                path.unlink(missing_ok=True)


def _write_fragment(path: Path, text: str) -> list[int]:
    """Write a fragment file; what its entry's header records of it: size, crc32, mtime."""
    data = text.encode("utf-8")
    _atomic_write(path, data)
    return [len(data), zlib.crc32(data), path.stat().st_mtime_ns]


def _fragments_intact(recorded: Any, paths: Mapping[str, Path], *, verify: bool = True) -> bool:
    """Whether each fragment file is what the entry's header recorded of it."""
    if not isinstance(recorded, dict):
        return False
    for name, path in paths.items():
        expected = recorded.get(name)
        try:
            if not isinstance(expected, list) or len(expected) != 3:
                return False
            stat = path.stat()
            if stat.st_size != expected[0]:
                return False
            # A fragment untouched since it was written (same size and mtime, as make
            # and git judge files) is not re-read; any other is checked in full.
            if verify and stat.st_mtime_ns != expected[2] and _crc(path) != expected[1]:
                return False
        except OSError:
            return False
    return True

