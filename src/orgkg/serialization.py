"""Serialize: a Dataset → bytes in every RDF format, deterministically (DESIGN §7).

Same input, byte-identical output on any machine and under any ``PYTHONHASHSEED``:
line-based formats are sorted, JSON is written with sorted keys and sorted node and value
arrays, and the Turtle/TriG writers order subjects, predicates and objects themselves.
Writing files is ``write_files``'s job: each file goes to a temp name first, then all are
renamed into place, so a failed build never leaves a half-written graph.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef

from orgkg.errors import InputError, UsageError
from orgkg.namespaces import PREFIXES
from orgkg.resources import data_file

FORMATS = {
    "ttl": "turtle",
    "nt": "nt11",
    "trig": "trig",
    "nq": "nquads",
    "jsonld": "json-ld",
}
FILE_NAMES = {fmt: f"graph.{fmt}" for fmt in FORMATS}


@cache
def jsonld_context() -> dict[str, Any]:
    """The inline JSON-LD context (ontology/context.jsonld): never a remote one."""
    with data_file("ontology", "context.jsonld").open(encoding="utf-8") as handle:
        return json.load(handle)["@context"]


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all graphs, default graph included, in one graph with our prefixes."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _sorted_lines(data: str) -> bytes:
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def serialize_dataset(dataset: Dataset, fmt: str) -> bytes:
    """``dataset`` as ``fmt`` (ttl, nt, trig, nq, jsonld). Turtle and N-Triples carry the
    union of all graphs; TriG and N-Quads keep the named graphs apart."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "nt":
        return _sorted_lines(union_graph(dataset).serialize(format="nt11"))
    if fmt == "nq":
        return _sorted_lines(dataset.serialize(format="nquads"))
    if fmt == "ttl":
        return union_graph(dataset).serialize(format="turtle").encode("utf-8")
    if fmt == "trig":
        return _trig(dataset)
    return dump_json(_compact_jsonld(dataset))


def _trig(dataset: Dataset) -> bytes:
    """TriG with the default graph first, then named graphs in IRI order (rdflib's own
    order follows its hash-based store, which changes with PYTHONHASHSEED)."""
    import io

    from rdflib.plugins.serializers.trig import TrigSerializer

    serializer = TrigSerializer(dataset)
    default = dataset.default_graph.identifier
    unique = {str(g.identifier): g for g in serializer.contexts}
    serializer.contexts = sorted(
        unique.values(), key=lambda g: (g.identifier != default, str(g.identifier))
    )
    stream = io.BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue()


def _compact_jsonld(dataset: Dataset) -> Any:
    """Compacted JSON-LD of the union graph with the inline context."""
    data = union_graph(dataset).serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    return canonical_json(json.loads(data))


def canonical_json(value: Any) -> Any:
    """Order what JSON-LD leaves unordered: node arrays by @id, value arrays by content.

    (No @list is emitted by orgkg, so every array is a set and may be sorted.)
    """
    if isinstance(value, dict):
        return {key: canonical_json(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [canonical_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def dump_json(value: Any) -> bytes:
    """Deterministic JSON, safe to embed in an HTML ``<script>`` element (``<``, ``>`` and
    ``&`` are escaped, so text can never close the element)."""
    text = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return (text + "\n").encode("utf-8")


def _refuse_remote(url: str, options: Any = None) -> Any:
    raise InputError(f"refusing to fetch remote JSON-LD context {url!r}: orgkg never reaches the network here")


def frame_organization(dataset: Dataset, org: URIRef, graphs: Iterable[URIRef]) -> bytes:
    """One JSON-LD document for ``org``, ready to embed in a web page.

    The organization is the root object; its address, founder, units, posts, programs
    and sources are nested under it. Only the triples of ``graphs`` (that organization's
    own field graphs) take part, so the cost per organization does not grow with the corpus.
    """
    from pyld import jsonld  # lazy: PyLD is slow to import and only needed here

    graph = Graph()
    for graph_iri in graphs:
        for triple in dataset.graph(graph_iri):
            graph.add(triple)
    # Framing embeds a node where it first meets it: feed it a canonical order.
    expanded = canonical_json(json.loads(graph.serialize(format="json-ld")))
    frame = {
        "@context": jsonld_context(),
        "@id": str(org),
        "@embed": "@always",
        "@reverse": {"provider": {}, "org:postIn": {}},
    }
    options = {"documentLoader": _refuse_remote, "omitGraph": True, "processingMode": "json-ld-1.1"}
    framed = jsonld.frame(expanded, frame, options)
    framed["@context"] = jsonld_context()
    return dump_json(canonical_json(framed))


# ---------------------------------------------------------------------------------------


def write_files(out_dir: Path, files: Mapping[str, bytes], *, remove: Iterable[str] = ()) -> None:
    """Write ``files`` (relative path → bytes) into ``out_dir`` atomically.

    Every file is written in full to a temp file beside its target first; only when all
    of them are written are they renamed into place (``os.replace`` is atomic per file).
    A failure before that point leaves ``out_dir`` exactly as it was.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"output path {out_dir} exists and is not a folder")
    staged: list[tuple[Path, Path]] = []
    try:
        for relative, content in sorted(files.items()):
            target = out_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            temp = Path(temp_name)
            staged.append((temp, target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp, 0o644)
    except OSError as error:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise UsageError(f"cannot write to {out_dir}: {error.strerror or error}") from error
    for temp, target in staged:
        os.replace(temp, target)
    for relative in remove:
        (out_dir / relative).unlink(missing_ok=True)
