"""The one place that reads RDF files a user names (``--data``, ``--shapes``, a store's source).

Every reader of an RDF file - pyoxigraph (``orgkg query --data``, the store) or rdflib
(``orgkg validate --data``, ``--shapes``) - goes through :func:`read_rdf_file`, which:

* opens only regular files: a FIFO or a device would block or never end (it is opened
  non-blocking, so even one swapped in after a check cannot hang the open);
* tells the format from the file suffix, one table for both parsers (:data:`FORMATS`);
* parses RDF/XML and TriX with a hardened XML parser (``defusedxml``) that refuses any
  DOCTYPE before either RDF parser sees the bytes: a DTD can declare entities that read
  local files, reach the network or expand a 1 KB file into gigabytes ("billion laughs").
  No pattern matching: the check is a real XML parse of the very bytes that are then
  handed to the RDF parser, so nothing can hide a DOCTYPE from it or change in between;
* refuses JSON-LD that names a remote ``@context`` or ``@import`` (orgkg never fetches one).

docs/security.md lists what is refused and why.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from orgkg import files
from orgkg.errors import InputError

if TYPE_CHECKING:
    from rdflib.term import Node


@dataclass(frozen=True)
class RdfFileFormat:
    """How one kind of RDF file is parsed."""

    label: str  # for messages: "RDF/XML"
    rdflib: str  # rdflib's parser name
    oxigraph: str | None  # pyoxigraph's ``RdfFormat`` member, None if it cannot read it
    datasets: bool  # keeps named graphs
    xml: bool = False  # XML syntax: checked by the hardened XML parser first
    json_ld: bool = False  # JSON-LD: remote contexts refused first


TURTLE = RdfFileFormat("Turtle", "turtle", "TURTLE", datasets=False)
NTRIPLES = RdfFileFormat("N-Triples", "nt", "N_TRIPLES", datasets=False)
NQUADS = RdfFileFormat("N-Quads", "nquads", "N_QUADS", datasets=True)
TRIG = RdfFileFormat("TriG", "trig", "TRIG", datasets=True)
JSON_LD = RdfFileFormat("JSON-LD", "json-ld", "JSON_LD", datasets=True, json_ld=True)
RDF_XML = RdfFileFormat("RDF/XML", "xml", "RDF_XML", datasets=False, xml=True)
TRIX = RdfFileFormat("TriX", "trix", None, datasets=True, xml=True)
N3 = RdfFileFormat("N3", "n3", "N3", datasets=False)

# File suffix (lower case, no dot) -> format.
FORMATS: dict[str, RdfFileFormat] = {
    "ttl": TURTLE,
    "turtle": TURTLE,
    "nt": NTRIPLES,
    "ntriples": NTRIPLES,
    "nq": NQUADS,
    "nquads": NQUADS,
    "trig": TRIG,
    "jsonld": JSON_LD,
    "json": JSON_LD,
    "rdf": RDF_XML,
    "owl": RDF_XML,
    "xml": RDF_XML,
    "trix": TRIX,
    "n3": N3,
}

_CONTEXT_SHOWN = 200  # characters of a refused context reference quoted in the message


@dataclass(frozen=True)
class RdfFile:
    """A checked RDF file: its format and, when it had to be read to check it, its bytes.

    ``data`` is what the parser must read (never the path again: the file could change
    after the check); None for formats that need no content check (read from ``path``).
    """

    path: Path
    format: RdfFileFormat
    data: bytes | None


def file_format(path: str | Path, *, default: RdfFileFormat | None = None) -> RdfFileFormat:
    """The format of ``path`` from its suffix; ``default`` (or InputError) when unknown."""
    found = FORMATS.get(Path(path).suffix.lower().lstrip("."), default)
    if found is None:
        known = ", ".join(f".{suffix}" for suffix in sorted(FORMATS))
        raise InputError(f"cannot tell the RDF format from the extension (known: {known})", str(path))
    return found


def oxigraph_format(path: str | Path) -> RdfFileFormat:
    """The format of ``path`` if pyoxigraph reads it, else InputError."""
    fmt = file_format(path)
    if fmt.oxigraph is None:
        raise InputError(
            f"{fmt.label} files cannot be queried; convert the file to TriG or N-Quads "
            "(`orgkg validate --data` reads it)",
            str(path),
        )
    return fmt


def read_regular(path: str | Path, what: str = "") -> bytes:
    """The content of ``path`` if it is a regular file; InputError (exit 3) otherwise.

    ``what`` ("data file", "shapes file") is named in read errors: "cannot read data file: …".
    """
    with open_regular(path, what) as handle:
        try:
            return handle.read()
        except OSError as error:
            raise InputError(_cannot_read(what, error.strerror or str(error)), str(path)) from None


def check_regular(path: str | Path, what: str = "") -> None:
    """InputError unless ``path`` is a regular file this process may open for reading."""
    with open_regular(path, what):
        pass


def open_regular(path: str | Path, what: str = "") -> io.BufferedReader:
    """``path`` opened for reading if it is a regular file (a symlink is followed: this is
    a user's input); InputError (exit 3) otherwise. ``orgkg.files.open_regular`` opens it."""
    try:
        fd = files.open_regular(path, follow_symlinks=True)
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", str(path)) from None
    except files.NotRegularFile as error:
        if stat.S_ISDIR(error.mode):
            raise InputError("is a directory, not a file", str(path)) from None
        raise InputError(files.not_regular(error.mode), str(path)) from None
    except OSError as error:
        raise InputError(_cannot_read(what, error.strerror or str(error)), str(path)) from None
    if not os.access(path, os.R_OK):  # what click's `readable` asks; kept so both agree
        os.close(fd)
        raise InputError(_cannot_read(what, "permission denied"), str(path))
    return os.fdopen(fd, "rb")


def _cannot_read(what: str, reason: str) -> str:
    reason = reason[:1].lower() + reason[1:]  # "Permission denied" -> "permission denied"
    return f"cannot read {what}: {reason}" if what else reason


def read_rdf_file(
    path: str | Path, what: str = "data file", *, default: RdfFileFormat | None = None, always_read: bool = False
) -> RdfFile:
    """Check ``path`` before any RDF parser sees it (see the module docstring).

    XML and JSON-LD files are read and checked here; their ``data`` is what the parser
    must read. Other formats are only checked to be regular files (``data`` None) unless
    ``always_read``: a large N-Quads file is then streamed by its parser from ``path``.
    """
    path = Path(path)
    fmt = file_format(path, default=default)
    if not (fmt.xml or fmt.json_ld or always_read):
        check_regular(path, what)
        return RdfFile(path, fmt, None)
    data = read_regular(path, what)
    if fmt.xml:
        refuse_xml_dtd(data, path)
    if fmt.json_ld:
        refuse_remote_contexts(data, path)
    return RdfFile(path, fmt, data)


def read_shipped_turtle(path: Path) -> list[tuple[Node, Node, Node]]:
    """A Turtle file orgkg ships (shapes, ontology) as rdflib triples, read by pyoxigraph's
    parser: 4× faster than rdflib's, which is most of a small build's validation set-up
    (tests/test_shapes.py checks both read every shipped file as the same graph). Not for a
    user's files: :func:`read_rdf_file` checks those, and rdflib reports their errors."""
    import pyoxigraph as ox

    from orgkg.rdf_terms import to_rdflib

    quads = ox.parse(path=path, format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri(), rename_blank_nodes=True)
    terms: dict[object, Node] = {}  # each term converted once (rdflib checks every IRI it makes)

    def term(node: object) -> Node:
        found = terms.get(node)
        if found is None:
            found = terms[node] = to_rdflib(node)  # type: ignore[arg-type]
        return found

    return [(term(q.subject), term(q.predicate), term(q.object)) for q in quads]


# --- XML: no DOCTYPE, no entities -------------------------------------------------------------


def refuse_xml_dtd(data: bytes, path: str | Path) -> None:
    """InputError unless ``data`` is well-formed XML without a DOCTYPE (so no entities).

    The document is read as UTF-8 whatever its declaration says: RDF parsers read the
    markup as UTF-8 (or an ASCII-compatible encoding, where markup reads the same), so the
    check sees exactly the markup they will see; a UTF-16 file fails here as not UTF-8.
    """
    from xml.sax import ContentHandler, SAXParseException
    from xml.sax.xmlreader import InputSource

    from defusedxml import DefusedXmlException
    from defusedxml.expatreader import DefusedExpatParser

    parser = DefusedExpatParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    parser.setContentHandler(ContentHandler())  # no tree is built: memory stays flat
    source = InputSource(str(path))
    source.setByteStream(io.BytesIO(data))
    source.setEncoding("utf-8")
    try:
        parser.parse(source)
    except DefusedXmlException:
        raise InputError(
            "XML DOCTYPE declarations are not accepted: a DTD can declare entities that read local "
            "files, reach the network or expand without bound; remove the DOCTYPE (RDF/XML needs none) "
            "or convert the file to Turtle or N-Triples",
            str(path),
            _line(parser),
        ) from None
    except SAXParseException as error:
        raise InputError(f"not well-formed XML: {error.getMessage()}", str(path), error.getLineNumber()) from None


def _line(parser: object) -> int | None:
    expat = getattr(parser, "_parser", None)
    line = getattr(expat, "CurrentLineNumber", None)
    return line if isinstance(line, int) and line > 0 else None


# --- JSON-LD: no remote contexts --------------------------------------------------------------


def refuse_remote_contexts(data: bytes | str, path: str | Path) -> None:
    """InputError if a JSON-LD document names a remote ``@context`` or ``@import``.

    Any string context is a reference to a document that a JSON-LD processor would fetch
    (rdflib over the network, pyoxigraph refuses with its own wording); orgkg works
    offline, so the user is told how to inline the context instead.
    """
    try:
        document = json.loads(data)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON: {error.msg}", str(path), error.lineno) from None
    except UnicodeDecodeError:
        raise InputError("not valid JSON: not UTF-8 text", str(path)) from None
    except RecursionError:  # [[[[... nested past the interpreter's stack
        raise InputError("JSON nested too deeply", str(path)) from None
    try:
        reference = _remote_reference(document)
    except RecursionError:
        raise InputError("JSON nested too deeply", str(path)) from None
    if reference is not None:
        shown = reference if len(reference) <= _CONTEXT_SHOWN else reference[:_CONTEXT_SHOWN] + "…"
        raise InputError(
            f"remote JSON-LD @context {json.dumps(shown, ensure_ascii=False)} refused: orgkg never fetches "
            "contexts (no network). Inline it: replace the reference with the context's own JSON object, "
            '"@context": {"@vocab": …, …}',
            str(path),
        )


def _remote_reference(node: object) -> str | None:
    """The first string naming a context document (``@context``/``@import``), or None."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("@context", "@import"):
                named = _named_document(value)
                if named is not None:
                    return named
            found = _remote_reference(value)
            if found is not None:
                return found
    elif isinstance(node, list):
        for item in node:
            found = _remote_reference(item)
            if found is not None:
                return found
    return None


def _named_document(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return next((item for item in value if isinstance(item, str)), None)
    return None


def parse_error(error: Exception, path: str | Path, what: str) -> InputError:
    """The InputError for a file a parser refused ("cannot parse {what}: reason"), at the
    line the parser reports where it reports one (rdflib raises many types, all with
    their own ways of saying where)."""
    reason = " ".join(str(error).split())[:300] or type(error).__name__
    return InputError(f"cannot parse {what}: {reason}", str(path), _error_line(error))


def _error_line(error: Exception) -> int | None:
    for attr in ("lines", "line", "lineno"):
        value = getattr(error, attr, None)
        if isinstance(value, int):
            return value + 1 if attr == "lines" else value
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None
