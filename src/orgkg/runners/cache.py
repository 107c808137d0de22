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
    .cache/shards/<key>.web       its organizations' web documents, each with what it was made from
    .cache/shared.json            the rendered section of shared nodes, last build
    .cache/valid/<key>.json       one validation batch's findings
    .cache/CACHEDIR.TAG           marks the folder as orgkg's cache (and as a cache to backup tools)

What the cache touches (docs/output-and-cache.md): only real folders (a symlinked
``.cache``, ``shards`` or ``valid`` is a foreign cache: its link is replaced by an empty
folder, never followed), only regular files (opened without following a symlink or
blocking on a FIFO), and it deletes only regular files named as it names its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import tempfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from orgkg.errors import UsageError
from orgkg.files import NotRegularFile, file_kind, is_plain_folder, open_regular, read_regular

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
    package = Path(__file__).resolve().parent.parent  # all of orgkg, not only runners/
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
    with os.fdopen(open_regular(path), "rb") as handle:
        while chunk := handle.read(1 << 22):
            crc = zlib.crc32(chunk, crc)
    return crc


# Temporary files: ``.<name>.<8 random characters>.tmp`` beside the file ``name`` they become
# (tempfile.mkstemp's names). A build removes stale ones of its own (``is_own_temporary``).
_TEMP_SUFFIX = ".tmp"
_TEMP_TAIL = r"\.[a-z0-9_]{8}\.tmp"


def make_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new temporary file for ``folder / name``: (open descriptor, path)."""
    handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=_TEMP_SUFFIX, dir=folder)
    return handle, Path(temp)


def temporary_pattern(names: str) -> re.Pattern[str]:
    """The names of the temporary files of files named ``names`` (a regular expression)."""
    return re.compile(rf"\.(?:{names}){_TEMP_TAIL}")


def remove_own_temporaries(folder: Path, pattern: re.Pattern[str]) -> int:
    """Remove the regular files in the real folder ``folder`` whose names fit ``pattern``
    (the temporaries a killed build left; call it holding the output folder's lock).
    Returns how many were removed."""
    if not is_plain_folder(folder):
        return 0
    removed = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = make_temporary(path.parent, path.name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)  # replaces a symlink or FIFO at ``path`` itself, never what it points at
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class CacheDamaged(UsageError):
    """A part of a cache entry read late (an organization document, shared triples) that
    does not hold together although its entry did: ``api.build_and_write`` then builds
    again without reading the cache."""

    def __init__(self, what: str, root: Path) -> None:
        super().__init__(f"the build cache in {root} is damaged ({what}); build again with --no-cache")


# What orgkg keeps in its cache folder, and the tag that marks the folder as orgkg's.
CACHE_TAG = "CACHEDIR.TAG"
_TAG_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by orgkg (its build cache).\n"
)
# written.json: the record of written output files of orgkg before issue 14 (no longer
# written or read), still a name of orgkg's so an older cache is recognised as its own.
_CACHE_ENTRIES = frozenset({CACHE_TAG, "shards", "valid", "written.json", "shared.json", "settled.json"})
_CACHE_TEMPORARY = temporary_pattern(r"written\.json|shared\.json|settled\.json|CACHEDIR\.TAG")
_KEY = r"[0-9a-f]{64}"
_SHARD_FILE = re.compile(rf"{_KEY}\.(?:json|web|{'|'.join(SHARD_FILES)})")
_BATCH_FILE = re.compile(rf"{_KEY}\.(?:json|(?:{'|'.join(BATCH_PARTS)})\.part)")


def prepare_folder(root: Path, notice: Callable[[str], None]) -> bool:
    """Check that ``root`` is a cache folder of orgkg's (or none yet) and say whether the
    build may use it.

    A symlink at ``root``, ``root/shards`` or ``root/valid`` is a foreign cache: ``notice``
    hears of it and the link itself (never what it points at) is removed; the first entry
    written makes a real folder there. Something else that is not a folder there, or a
    folder of someone else's files (not tagged as orgkg's, holding names orgkg never
    writes), is left alone and the build runs without a cache. Nothing is created: a build
    refused later leaves no trace."""
    for folder in (root, root / "shards", root / "valid"):
        try:
            mode = os.lstat(folder).st_mode
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(mode):
            notice(
                f"{folder} is a symbolic link: a foreign cache, ignored; an empty cache replaces the link "
                "(what it points at is left alone)"
            )
            os.unlink(folder)
        elif not stat.S_ISDIR(mode):
            notice(f"{folder} is {file_kind(mode)}, not a cache folder: building without the cache")
            return False
    if not _is_own_folder(root):
        notice(f"{root} holds files orgkg did not write: not used as the build cache, nothing in it touched")
        return False
    return True


def remove_stale_temporaries(root: Path) -> int:
    """Remove the temporaries a killed build left in the cache folder ``root`` (only in real
    folders of a cache of orgkg's; call it holding the output folder's lock). How many."""
    if not (is_plain_folder(root) and _is_own_folder(root)):
        return 0
    return sum(
        remove_own_temporaries(folder, pattern)
        for folder, pattern in (
            (root, _CACHE_TEMPORARY),
            (root / "shards", temporary_pattern(_SHARD_FILE.pattern)),
            (root / "valid", temporary_pattern(_BATCH_FILE.pattern)),
        )
    )


def _tag(root: Path) -> None:
    """Mark ``root`` as orgkg's cache (and as a cache to backup tools), once."""
    with contextlib.suppress(OSError):
        if read_regular(root / CACHE_TAG).decode("utf-8", "replace") == _TAG_TEXT:
            return
    _atomic_write(root / CACHE_TAG, _TAG_TEXT.encode("utf-8"))


def _is_own_folder(root: Path) -> bool:
    """Tagged as orgkg's, or (a cache written before the tag, or a new one) holding only
    names orgkg gives its files."""
    try:
        if read_regular(root / CACHE_TAG).decode("utf-8", "replace") == _TAG_TEXT:
            return True
    except OSError:
        pass
    try:
        names = os.listdir(root)
    except FileNotFoundError:
        return True
    return all(name in _CACHE_ENTRIES or _CACHE_TEMPORARY.fullmatch(name) for name in names)


class BuildCache:
    """One output folder's cache. Safe to pickle (paths and strings only; ``notice`` stays
    behind). ``prepare_folder`` first: only then are its folders known to be orgkg's own."""

    def __init__(
        self, root: Path, fingerprint: str, *, read: bool = True, notice: Callable[[str], None] | None = None
    ) -> None:
        self.root = Path(root)
        self.fingerprint = fingerprint
        self.read = read  # False: --no-cache, a clean build (entries are still written)
        self.notice = notice  # hears of special files found where an entry should be
        self._noticed: set[str] = set()

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "notice": None}

    def _special(self, error: OSError) -> None:
        """Say (once) that a special file stands where an entry should be (it is replaced
        when the entry is written again)."""
        if isinstance(error, NotRegularFile) and self.notice is not None and error.filename not in self._noticed:
            self._noticed.add(error.filename)
            self.notice(f"{error}: ignored and replaced")

    # -- generic entries ---------------------------------------------------------------

    def _write_entry(self, path: Path, key: str, payload: Any, extra: Mapping[str, Any] | None = None) -> str:
        """Write the entry; returns the sha256 of its payload."""
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = {
            "format": CACHE_FORMAT,
            "fingerprint": self.fingerprint,
            "key": key,
            "sha256": hashlib.sha256(body).hexdigest(),
            "bytes": len(body),
            **(extra or {}),
        }
        _atomic_write(path, json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + body)
        return str(header["sha256"])

    def _read_entry(self, path: Path, key: str, *, own: bool = False) -> tuple[dict[str, Any], Any] | None:
        """The entry at ``path`` if sound and ``key``'s; ``own``: one this build wrote (read
        even when the build does not read the cache)."""
        if not (self.read or own):
            return None
        try:
            data = read_regular(path)
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
        except OSError as error:
            self._special(error)
            return None
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None

    # -- shards --------------------------------------------------------------------------

    def shard_path(self, key: str, suffix: str) -> Path:
        return self.root / "shards" / f"{key}.{suffix}"

    def store_shard(
        self,
        key: str,
        records: Sequence[dict[str, Any]],
        texts: Mapping[str, bytes],
        framed: Mapping[str, str],
        shared: Mapping[str, Any],
    ) -> str:
        """``texts``: format → the shard's slice of the graph file, UTF-8. Returns the
        sha256 of the records as stored (``load_shard`` gives it too)."""
        data = {
            **texts,
            "orgs": json.dumps(dict(framed), ensure_ascii=False, sort_keys=True).encode("utf-8"),
            "shared": json.dumps(dict(shared), ensure_ascii=False, sort_keys=True).encode("utf-8"),
        }
        fragments = {fmt: _write_fragment(self.shard_path(key, fmt), data[fmt]) for fmt in SHARD_FILES}
        return self._write_entry(self.shard_path(key, "json"), key, list(records), {"fragments": fragments})

    def has_shard(self, key: str) -> bool:
        """Whether an entry for the shard exists (a guess: ``load_shard`` judges it)."""
        return self.read and self.shard_path(key, "json").exists()

    def load_shard(self, key: str, *, verify: bool = True) -> tuple[list[dict[str, Any]], str] | None:
        """The shard's records and their sha256 as stored, if the entry and all its fragments
        are intact, else None."""
        entry = self._read_entry(self.shard_path(key, "json"), key)
        if entry is None:
            return None
        header, records = entry
        if not isinstance(records, list):
            return None
        paths = {fmt: self.shard_path(key, fmt) for fmt in SHARD_FILES}
        if not _fragments_intact(header.get("fragments"), paths, verify=verify):
            return None
        return records, str(header["sha256"])

    def fragment_text(self, key: str, fmt: str) -> str:
        return self.fragment_bytes(key, fmt).decode("utf-8")

    def fragment_bytes(self, key: str, fmt: str) -> bytes:
        return read_regular(self.shard_path(key, fmt))

    def _fragment_json(self, key: str, name: str) -> Any:
        try:
            return json.loads(self.fragment_text(key, name))
        except (OSError, ValueError, RecursionError) as error:
            raise CacheDamaged(f"shard {key[:12]}…: {error}", self.root) from error

    def shared_data(self, key: str, docs: Iterable[str]) -> dict[str, Any]:
        """doc → [shared quads, shared triples] of a shard's profiles ``docs``."""
        data = self._fragment_json(key, "shared")
        if not (isinstance(data, dict) and all(_shared_pair(data.get(doc)) for doc in docs)):
            raise CacheDamaged(f"shard {key[:12]}…: malformed shared triples", self.root)
        return data

    def settled(self, key: str) -> bool:
        """Whether a build found the records ``key`` names consistent with their resolution
        (``store_settled``)."""
        return self._read_entry(self.root / "settled.json", key) is not None

    def store_settled(self, key: str) -> None:
        """Record that the shard records ``key`` names (every shard's key and stored sha256,
        in order) were resolved together and every lookup they recorded held: a build that
        finds exactly them again need not resolve (nor import the extractor)."""
        self._write_entry(self.root / "settled.json", key, {"settled": True})

    def load_shared_section(self, key: str) -> Any | None:
        entry = self._read_entry(self.root / "shared.json", key)
        return None if entry is None else entry[1]

    def store_shared_section(self, key: str, payload: Any) -> None:
        self._write_entry(self.root / "shared.json", key, payload)

    def framed_documents(self, key: str, slugs: Iterable[str]) -> dict[str, str]:
        """slug → framed JSON-LD text of a shard's organizations ``slugs``."""
        data = self._fragment_json(key, "orgs")
        if not (isinstance(data, dict) and all(isinstance(data.get(slug), str) for slug in slugs)):
            raise CacheDamaged(f"shard {key[:12]}…: malformed organization documents", self.root)
        return data

    def load_web_documents(self, key: str, *, own: bool = False) -> dict[str, tuple[str, str]]:
        """slug → (input key, web document) of a shard's organizations, as last rendered
        (an entry of its own: it changes when what a document needs of other shards does)."""
        entry = self._read_entry(self.shard_path(key, "web"), key, own=own)
        data = None if entry is None else entry[1]
        if not isinstance(data, dict):
            return {}
        return {
            slug: (item[0], item[1])
            for slug, item in data.items()
            if isinstance(item, list) and len(item) == 2 and all(isinstance(part, str) for part in item)
        }

    def web_documents(self, key: str, slugs: Iterable[str]) -> dict[str, str]:
        """slug → web document of a shard's organizations ``slugs``, as this build stored them."""
        data = self.load_web_documents(key, own=True)
        if not all(slug in data for slug in slugs):
            raise CacheDamaged(f"shard {key[:12]}…: missing web documents", self.root)
        return {slug: document for slug, (_, document) in data.items()}

    def store_web_documents(self, key: str, documents: Mapping[str, tuple[str, str]]) -> None:
        self._write_entry(self.shard_path(key, "web"), key, {slug: list(item) for slug, item in documents.items()})

    # -- validation batches ------------------------------------------------------------------

    def batch_path(self, key: str) -> Path:
        return self.root / "valid" / f"{key}.json"

    def store_batch(self, key: str, payload: Any, parts: Mapping[str, str]) -> None:
        """A batch's validation result: ``payload``, and beside it a text file per part
        (``BATCH_PARTS``: its findings as rows, its SHACL report graph, its rendered findings),
        each read only when asked for."""
        fragments = {name: _write_fragment(self._batch_part(key, name), parts[name]) for name in BATCH_PARTS}
        self._write_entry(self.batch_path(key), key, payload, {"fragments": fragments})

    def load_batch(self, key: str) -> Any | None:
        entry = self._read_entry(self.batch_path(key), key)
        parts = {name: self._batch_part(key, name) for name in BATCH_PARTS}
        if entry is None or not _fragments_intact(entry[0].get("fragments"), parts):
            return None
        return entry[1]

    def batch_part(self, key: str, name: str) -> str:
        return read_regular(self._batch_part(key, name)).decode("utf-8")

    def _batch_part(self, key: str, name: str) -> Path:
        return self.root / "valid" / f"{key}.{name}.part"  # not {key}.json: that is the entry

    # -- housekeeping ------------------------------------------------------------------------

    def prune_shards(self, keys: Iterable[str]) -> None:
        """Remove shard entries this build did not use, so the cache does not grow forever
        (and tag the folder as orgkg's cache)."""
        _tag(self.root)
        self._prune(self.root / "shards", _SHARD_FILE, set(keys))

    def prune_batches(self, keys: Iterable[str]) -> None:
        self._prune(self.root / "valid", _BATCH_FILE, set(keys))

    @staticmethod
    def _prune(folder: Path, names: re.Pattern[str], keep: set[str]) -> None:
        """Only regular files named as the cache names its own, in a real folder: a planted
        symlink or someone else's file is never deleted, nor anything a link points at."""
        if not is_plain_folder(folder):
            return
        with os.scandir(folder) as entries:
            for entry in entries:
                if (
                    names.fullmatch(entry.name)
                    and entry.name.split(".", 1)[0] not in keep
                    and entry.is_file(follow_symlinks=False)
                ):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)


def _shared_pair(value: Any) -> bool:
    """[shared quads, shared triples] as N-Triples texts (a quad's graph may be null)."""

    def terms(item: Any, size: int, last_optional: bool) -> bool:
        return (
            isinstance(item, list)
            and len(item) == size
            and all(isinstance(t, str) or (last_optional and i == size - 1 and t is None) for i, t in enumerate(item))
        )

    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], list)
        and isinstance(value[1], list)
        and all(terms(q, 4, True) for q in value[0])
        and all(terms(t, 3, False) for t in value[1])
    )


def _write_fragment(path: Path, text: str | bytes) -> list[int]:
    """Write a fragment file; what its entry's header records of it: size, crc32, mtime."""
    data = text.encode("utf-8") if isinstance(text, str) else text
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
            found = os.lstat(path)  # a symlink or FIFO is no fragment of ours
            if not stat.S_ISREG(found.st_mode) or found.st_size != expected[0]:
                return False
            # A fragment untouched since it was written (same size and mtime, as make
            # and git judge files) is not re-read; any other is checked in full.
            if verify and found.st_mtime_ns != expected[2] and _crc(path) != expected[1]:
                return False
        except OSError:
            return False
    return True
