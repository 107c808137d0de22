"""The embedded on-disk triple store (pyoxigraph, RocksDB) that ``orgkg query`` reads.

Why pyoxigraph: measured in ``benchmarks/bench_query.py`` (numbers in the README), it
answers the named queries 10-1000× faster than rdflib's in-memory SPARQL engine, parses
N-Quads about 8× faster and needs a fifth of the memory; it opens in milliseconds and
several processes can read one store at once (``orgkg serve`` next to ``orgkg query``).

``persist`` never damages an existing store: it writes a complete new store into a
temporary sibling folder, then swaps it in with two renames. A failed or interrupted
persist leaves the previous store as it was (and at worst a ``.store.tmp-*`` folder).

The store is a derived index of ``graph.nq``, not a build output: indexing costs about
2 ms per profile (20 s at 10,000 profiles), which would dominate every incremental
rebuild. ``ensure_store`` (re)builds it only when ``graph.nq`` changed since the store was
made: the marker records the file's size, mtime and SHA-256; equal size and mtime mean
unchanged (no hashing), otherwise equal SHA-256 does.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import shutil
import stat
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgkg import rdf_files
from orgkg.errors import InputError, OrgkgError
from orgkg.exitcodes import ExitCode
from orgkg.files import atomic_write

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib import Dataset, Graph

    Source = Dataset | Graph | ox.Store | ox.Dataset | Iterable[ox.Quad] | str | Path

DEFAULT_STORE = Path("build/store")
GRAPH_FILE = "graph.nq"  # the file a store folder indexes: its sibling (STORE/../graph.nq)
MARKER = "orgkg-store.json"
STORE_FORMAT = 1
# A file whose mtime was read less than this after it was set may still change without its
# mtime moving (coarse file-system clocks: 2 s on FAT, 1 s on some others). Such a stamp is
# trusted only after hashing (as git does for "racily clean" files).
RACY_NS = 2_000_000_000


class StoreError(OrgkgError):
    """The embedded store cannot be opened, read or written (exit 4)."""

    exit_code = ExitCode.REMOTE_ERROR


@dataclass(frozen=True)
class SourceStamp:
    """The file a store was built from, as it was then: enough to tell whether it changed."""

    file: str
    size: int
    mtime_ns: int
    sha256: str
    checked_ns: int  # wall clock when size and mtime were read (before hashing)

    def __post_init__(self) -> None:  # a hand-edited or foreign marker must not crash a comparison
        for name in ("size", "mtime_ns", "checked_ns"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be an integer")
        if not isinstance(self.file, str) or not isinstance(self.sha256, str):
            raise TypeError("file and sha256 must be strings")

    def same_stat(self, current: os.stat_result) -> bool:
        """Same size and mtime, read long enough after the mtime to trust it without hashing."""
        return (
            self.size == current.st_size
            and self.mtime_ns == current.st_mtime_ns
            and self.checked_ns - self.mtime_ns >= RACY_NS
        )


@dataclass(frozen=True)
class StoreInfo:
    """What a persisted store holds; also written to ``orgkg-store.json`` inside it."""

    path: str
    quads: int
    named_graphs: int
    default_graph_triples: int
    engine: str = "pyoxigraph"
    engine_version: str = ""
    format: int = STORE_FORMAT
    source: SourceStamp | None = None  # set when the store was built from a file


def rdf_format(path: str | Path) -> ox.RdfFormat:
    """The pyoxigraph format for a file name, from its extension (``.gz`` is not read)."""
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, str(rdf_files.oxigraph_format(path).oxigraph))
    if not isinstance(fmt, ox.RdfFormat):  # rdf_files names only RdfFormat members
        raise TypeError(f"not a pyoxigraph format: {fmt!r}")
    return fmt


def supports_datasets(path: str | Path) -> bool:
    """True if the file's format keeps named graphs (TriG, N-Quads, JSON-LD)."""
    return rdf_files.oxigraph_format(path).datasets


def rdflib_quads(dataset: Dataset | Graph) -> Iterator[ox.Quad]:
    """rdflib Dataset (or Graph) → pyoxigraph quads, default graph kept as the default graph."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph

    iris: dict[URIRef, ox.NamedNode] = {}
    default = ox.DefaultGraph()

    def term(value: Any) -> Any:
        if isinstance(value, URIRef):
            node = iris.get(value)
            if node is None:
                node = iris[value] = ox.NamedNode(str(value))
            return node
        if isinstance(value, Literal):
            if value.language:
                return ox.Literal(str(value), language=value.language)
            if value.datatype is not None:
                return ox.Literal(str(value), datatype=term(value.datatype))
            return ox.Literal(str(value))
        if isinstance(value, BNode):
            return ox.BlankNode(str(value))
        raise InputError(f"cannot store RDF term {value!r}")

    if isinstance(dataset, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph
        for s, p, o, g in dataset.quads((None, None, None, None)):
            identifier = getattr(g, "identifier", g)
            graph = default if identifier in (None, DATASET_DEFAULT_GRAPH_ID) else term(identifier)
            yield ox.Quad(term(s), term(p), term(o), graph)
    else:
        for s, p, o in dataset:
            yield ox.Quad(term(s), term(p), term(o), default)


def load_into(store: ox.Store, source: Source) -> None:
    """Add ``source`` (rdflib or pyoxigraph data, quads, or an RDF file) to ``store``."""
    import pyoxigraph as ox

    if isinstance(source, (str, Path)):
        path = Path(source)
        fmt = rdf_format(path)
        checked = rdf_files.read_rdf_file(path)  # regular file, no XML DTD, no remote JSON-LD context
        try:
            if checked.data is None:  # streamed by pyoxigraph (graph.nq may be large)
                store.bulk_load(path=str(path), format=fmt)
            else:  # the very bytes that were checked
                store.bulk_load(input=checked.data, format=fmt)
        except SyntaxError as error:
            raise InputError(_syntax_reason(error), str(path), getattr(error, "lineno", None)) from None
        except FileNotFoundError:
            raise InputError("no such file", str(path)) from None
        except (OSError, ValueError) as error:
            raise InputError(str(error), str(path)) from None
        return
    if isinstance(source, (ox.Store, ox.Dataset)):
        store.bulk_extend(iter(source))
        return
    try:
        from rdflib import Graph
    except ImportError:  # pragma: no cover - rdflib is a dependency
        Graph = ()  # type: ignore[assignment,misc]
    if isinstance(source, Graph):
        store.bulk_extend(rdflib_quads(source))
        return
    store.bulk_extend(iter(source))


def _syntax_reason(error: SyntaxError) -> str:
    text = str(error.msg if error.msg else error)
    if "LoadDocumentCallback" in text:  # rdf_files refuses these first; never pyoxigraph's wording
        return "remote JSON-LD @context refused: orgkg never fetches contexts (no network); inline it"
    return text.replace("Parser error at ", "") if text else "syntax error"


def read_data(path: str | Path) -> ox.Store:
    """Parse an RDF file of any format into a fresh in-memory store."""
    import pyoxigraph as ox

    store = ox.Store()
    load_into(store, Path(path))
    return store


def is_store(path: str | Path) -> bool:
    """True if ``path`` holds an orgkg store (marker) or any Oxigraph/RocksDB store."""
    path = Path(path)
    return (path / MARKER).is_file() or (path / "CURRENT").is_file()


def store_info(path: str | Path) -> StoreInfo | None:
    """The marker of an orgkg store, or None (no marker, or one that is not orgkg's)."""
    try:
        data = json.loads((Path(path) / MARKER).read_text(encoding="utf-8"))
        source = data.get("source")
        if source is not None:
            data["source"] = SourceStamp(**source)
        return StoreInfo(**(data | {"path": str(path)}))
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def _write_marker(folder: Path, info: StoreInfo) -> None:
    """Write the marker atomically (a reader never sees half of it)."""
    text = json.dumps(asdict(info) | {"path": ""}, indent=2, sort_keys=True) + "\n"
    atomic_write(folder / MARKER, text.encode("utf-8"))


def stamp_file(path: str | Path) -> SourceStamp:
    """Size, mtime and SHA-256 of a file; size and mtime are read before the content."""
    path = Path(path)
    checked_ns = time.time_ns()
    digest = hashlib.sha256()
    with rdf_files.open_regular(path) as stream:  # a FIFO would block: InputError instead
        status = os.fstat(stream.fileno())
        buffer = bytearray(1 << 20)
        view = memoryview(buffer)
        while count := stream.readinto(buffer):
            digest.update(view[:count])
    return SourceStamp(
        file=path.name,
        size=status.st_size,
        mtime_ns=status.st_mtime_ns,
        sha256=digest.hexdigest(),
        checked_ns=checked_ns,
    )


def graph_file_for(store_dir: str | Path) -> Path:
    """The file a store folder indexes: ``graph.nq`` beside it (``STORE/../graph.nq``)."""
    store_dir = Path(store_dir)
    if store_dir.name in ("", ".", ".."):
        store_dir = store_dir.resolve()
    return store_dir.parent / GRAPH_FILE


def is_current(graph_file: str | Path, store_dir: str | Path) -> bool:
    """True if ``store_dir`` is an orgkg store built from ``graph_file`` as it is now.

    Equal size and mtime (read long enough after the file was written) are trusted
    without reading the file; otherwise the SHA-256 decides, and a match refreshes the
    marker's size and mtime so the next check is cheap again. A missing, unreadable or
    foreign marker, another store format or another pyoxigraph version means not current.
    """
    import pyoxigraph as ox

    graph_file, store_dir = Path(graph_file), Path(store_dir)
    try:
        current = os.stat(graph_file)
    except OSError:
        return False
    info = store_info(store_dir)
    if (
        info is None
        or info.source is None
        or info.format != STORE_FORMAT
        or info.engine_version != ox.__version__
        or not (store_dir / "CURRENT").is_file()
    ):
        return False
    if info.source.same_stat(current):
        return True
    if info.source.size != current.st_size:
        return False  # another size is another content: no need to hash
    try:
        fresh = stamp_file(graph_file)
    except OSError:
        return False
    if fresh.sha256 != info.source.sha256 or fresh.size != info.source.size:
        return False
    with contextlib.suppress(OSError):  # best effort: a read-only store is still current
        _write_marker(store_dir, replace(info, source=fresh))
    return True


def ensure_store(
    graph_file: str | Path,
    store_dir: str | Path = DEFAULT_STORE,
    *,
    notice: Callable[[str], None] | None = None,
) -> Path:
    """Make sure ``store_dir`` is an up-to-date index of ``graph_file``; return ``store_dir``.

    * store current (see ``is_current``) → used as it is;
    * ``graph_file`` missing → the store is used as it is, even if stale; with no store
      either, ``open_store`` then reports it (exit 3);
    * ``store_dir`` exists and is not a store → StoreError (exit 4), the folder untouched;
    * otherwise (no store, stale, foreign or unreadable marker) → ``persist(graph_file,
      store_dir)``, built aside and swapped in, after ``notice("indexing … into …")``.

    Several processes may call it at once: if another one swapped in a current store
    first, that store is used.
    """
    graph_file, store_dir = Path(graph_file), Path(store_dir)
    try:
        if not stat.S_ISREG(os.stat(graph_file).st_mode):
            return store_dir
    except OSError:
        return store_dir
    if is_current(graph_file, store_dir):
        return store_dir
    _refuse_foreign(store_dir)  # before the notice: never replace a folder that is not a store
    if notice is not None:
        notice(f"indexing {graph_file} into {store_dir} …")
    try:
        persist(graph_file, store_dir)
    except StoreError:
        if is_current(graph_file, store_dir):  # a concurrent indexer won the swap
            return store_dir
        raise
    return store_dir


def open_store(path: str | Path = DEFAULT_STORE, *, read_only: bool = True) -> ox.Store:
    """Open an existing store. Read-only by default, so many readers can share it.

    Never creates a store: a missing folder is an InputError (exit 3) that says how to
    make one; a store that exists but cannot be opened is a StoreError (exit 4).
    """
    import pyoxigraph as ox

    path = Path(path)
    if not path.is_dir():
        hint = "run `orgkg build` first, or query a file with --data FILE"
        if list(path.parent.glob(f".{path.name}.old-*")):
            hint = "a store swap was interrupted; run `orgkg build --store`"
        raise InputError(f"no store here: {hint}", str(path))
    if not is_store(path):
        raise InputError("this folder is not an orgkg/Oxigraph store", str(path))
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        info = store_info(path)
        hint = ""
        if info and info.engine_version and info.engine_version != ox.__version__:
            hint = (
                f" (written by pyoxigraph {info.engine_version}, this is {ox.__version__}; "
                "rebuild it with `orgkg build --store`)"
            )
        raise StoreError(f"{path}: cannot open the store: {error}{hint}") from None


def graph_counts(store: ox.Store) -> dict[str | None, int]:
    """Triples per graph: named graph IRI → count; ``None`` → the default graph."""
    counts: dict[str | None, int] = {}
    for row in _select(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        counts[row["g"].value] = int(row["n"].value)
    default = next(iter(_select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    counts[None] = int(default["n"].value)
    return counts


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    """The solutions of a SELECT ``query`` (pyoxigraph types every query's result as one union)."""
    import pyoxigraph as ox

    result = store.query(query)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError(f"not a SELECT query: {query}")
    return result


def describe(store: ox.Store, path: str | Path = "") -> StoreInfo:
    import pyoxigraph as ox

    counts = graph_counts(store)
    return StoreInfo(
        path=str(path),
        quads=sum(counts.values()),
        named_graphs=len(counts) - 1,
        default_graph_triples=counts[None],
        engine_version=ox.__version__,
    )


def persist(source: Source, path: str | Path = DEFAULT_STORE) -> StoreInfo:
    """Write ``source`` as a fresh on-disk store at ``path``, replacing any previous store.

    The new store is built completely in a temporary sibling folder and then swapped in,
    so readers see the old store or the new one, and a failure leaves the old one intact.
    Refuses to replace a folder that is not a store (it will not delete your files).
    When ``source`` is a file, the marker records its size, mtime and SHA-256 as read
    before loading it (see ``ensure_store``), so a file that changes meanwhile reads as stale.
    """
    import pyoxigraph as ox

    path = Path(path)
    _refuse_foreign(path)
    stamp: SourceStamp | None = None
    if isinstance(source, (str, Path)):
        try:
            stamp = stamp_file(source)
        except OSError:
            stamp = None  # load_into reports a missing or unreadable file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=path.parent))
    except OSError as error:
        raise StoreError(f"{path}: cannot create the store: {error}") from None
    store: ox.Store | None = None
    try:
        store = ox.Store(str(tmp))
        load_into(store, source)
        store.flush()
        info = replace(describe(store, path), source=stamp)
        store = None
        gc.collect()  # close RocksDB before the folder moves
        _write_marker(tmp, info)
        _swap(tmp, path)
    except BaseException as error:
        store = None
        gc.collect()
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(error, OSError):
            raise StoreError(f"{path}: cannot write the store: {error}") from None
        raise
    return info


def _refuse_foreign(path: Path) -> None:
    """StoreError unless ``path`` is absent, an empty folder or a store (safe to replace)."""
    try:
        foreign = path.exists() and not (path.is_dir() and (is_store(path) or not any(path.iterdir())))
    except OSError as error:
        raise StoreError(f"{path}: cannot read the store folder: {error}") from None
    if foreign:
        raise StoreError(f"{path}: exists and is not an orgkg store; refusing to replace it")


def _swap(new: Path, path: Path) -> None:
    """Move ``new`` to ``path``; the previous store (if any) is removed only afterwards."""
    old: Path | None = None
    if path.exists():
        old = path.with_name(f".{path.name}.old-{uuid.uuid4().hex[:8]}")
        os.rename(path, old)
    try:
        os.rename(new, path)
    except OSError:
        if old is not None:
            os.rename(old, path)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
