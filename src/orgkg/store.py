"""The embedded on-disk triple store (pyoxigraph, RocksDB) that ``orgkg query`` reads.

Why pyoxigraph: measured in ``benchmarks/bench_query.py`` (numbers in the README), it
answers the named queries 10-1000× faster than rdflib's in-memory SPARQL engine, parses
N-Quads about 8× faster and needs a fifth of the memory; it opens in milliseconds and
several processes can read one store at once (``orgkg serve`` next to ``orgkg query``).

``persist`` never damages an existing store: it writes a complete new store into a
temporary sibling folder, then swaps it in with two renames. A failed or interrupted
persist leaves the previous store as it was (and at worst a ``.store.tmp-*`` folder).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgkg.errors import InputError, OrgkgError
from orgkg.exitcodes import ExitCode

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib import Dataset, Graph

    Source = Dataset | Graph | ox.Store | ox.Dataset | Iterable[ox.Quad] | str | Path

DEFAULT_STORE = Path("build/store")
MARKER = "orgkg-store.json"
STORE_FORMAT = 1

# File extensions orgkg reads with --data (pyoxigraph parses all of them).
EXTENSIONS = {
    "ttl": "TURTLE",
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "ntriples": "N_TRIPLES",
    "nq": "N_QUADS",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "jsonld": "JSON_LD",
    "json": "JSON_LD",
    "rdf": "RDF_XML",
    "owl": "RDF_XML",
    "xml": "RDF_XML",
    "n3": "N3",
}


class StoreError(OrgkgError):
    """The embedded store cannot be opened, read or written (exit 4)."""

    exit_code = ExitCode.REMOTE_ERROR


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


def rdf_format(path: str | Path) -> ox.RdfFormat:
    """The pyoxigraph format for a file name, from its extension (``.gz`` is not read)."""
    import pyoxigraph as ox

    suffix = Path(path).suffix.lower().lstrip(".")
    name = EXTENSIONS.get(suffix)
    if name is None:
        known = ", ".join(sorted({f".{ext}" for ext in EXTENSIONS}))
        raise InputError(
            f"cannot tell the RDF format from the extension (known: {known})", str(path)
        )
    return getattr(ox.RdfFormat, name)


def supports_datasets(path: str | Path) -> bool:
    """True if the file's format keeps named graphs (TriG, N-Quads, JSON-LD)."""
    return bool(rdf_format(path).supports_datasets)


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
        if fmt == ox.RdfFormat.RDF_XML and path.is_file():  # no DTD entities (billion laughs, XXE)
            from orgkg.netguard import refuse_xml_entities

            refuse_xml_entities(path)
        try:
            store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as error:
            raise InputError(
                _syntax_reason(error), str(path), getattr(error, "lineno", None)
            ) from None
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
    return text.replace("Parser error at ", "") if text else "syntax error"


def read_data(path: str | Path) -> ox.Store:
    """Parse an RDF file of any format into a fresh in-memory store."""
    import pyoxigraph as ox

    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", str(path))
    store = ox.Store()
    load_into(store, path)
    return store


def is_store(path: str | Path) -> bool:
    """True if ``path`` holds an orgkg store (marker) or any Oxigraph/RocksDB store."""
    path = Path(path)
    return (path / MARKER).is_file() or (path / "CURRENT").is_file()


def store_info(path: str | Path) -> StoreInfo | None:
    """The marker of an orgkg store, or None."""
    try:
        data = json.loads((Path(path) / MARKER).read_text(encoding="utf-8"))
        return StoreInfo(**(data | {"path": str(path)}))
    except (OSError, ValueError, TypeError):
        return None


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
            hint = "a store swap was interrupted; run `orgkg build` again"
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
                "rebuild it with `orgkg build`)"
            )
        raise StoreError(f"{path}: cannot open the store: {error}{hint}") from None


def graph_counts(store: ox.Store) -> dict[str | None, int]:
    """Triples per graph: named graph IRI → count; ``None`` → the default graph."""
    counts: dict[str | None, int] = {}
    for row in store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    ):
        counts[row["g"].value] = int(row["n"].value)
    default = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
    counts[None] = int(default["n"].value)
    return counts


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
    """
    import pyoxigraph as ox

    path = Path(path)
    if path.exists() and not (path.is_dir() and (is_store(path) or not any(path.iterdir()))):
        raise StoreError(f"{path}: exists and is not an orgkg store; refusing to replace it")
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
        info = describe(store, path)
        store = None
        gc.collect()  # close RocksDB before the folder moves
        (tmp / MARKER).write_text(
            json.dumps(asdict(info) | {"path": ""}, indent=2, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        _swap(tmp, path)
    except BaseException as error:
        store = None
        gc.collect()
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(error, OSError):
            raise StoreError(f"{path}: cannot write the store: {error}") from None
        raise
    return info


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
