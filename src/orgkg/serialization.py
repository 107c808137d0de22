"""Serialize: quads → bytes in every RDF format, deterministically and fast.

pyoxigraph writes N-Triples, N-Quads, Turtle and TriG (``render_slice``); orgkg sorts the
statements first, because pyoxigraph writes them in the order given. JSON-LD is orgkg's
own: compaction against the inline context and framing, which PyLD does in ~30 ms per
organization, take microseconds here and give the same documents (tests/test_scale.py).
Every writer starts from N-Triples term text (``nt_term``, ``literal_text``) with typed
literals in canonical form (``canonical_lexical``).

Output is built from *sections*. A build gives every profile one section holding the
subjects that profile owns (its organization, the nodes minted under it, its source
document and its named graphs), rendered by the worker that mapped the profile, and
one final section for the nodes several profiles may mention (concepts, people,
referenced organizations, web pages), merged and de-duplicated. Each file is a header,
the profile sections in input order, then the shared section. Inside a section every
order is sorted (subjects, predicates, objects, graphs, JSON keys and arrays), so the
same corpus gives the same bytes on any machine, with any ``--jobs`` and
``PYTHONHASHSEED``, and whether a section was rendered now or read from the build cache.

Writing files is ``orgkg.files``' job (atomic, fsynced).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING, Any

from orgkg.errors import IRIError, UsageError
from orgkg.namespaces import ORG, PREFIXES, PROV, RDF, SDO, XSD
from orgkg.resources import data_file

if TYPE_CHECKING:
    from rdflib import Dataset

FORMATS = {
    "ttl": "turtle",
    "nt": "nt11",
    "trig": "trig",
    "nq": "nquads",
    "jsonld": "json-ld",
}
FILE_NAMES = {fmt: f"graph.{fmt}" for fmt in FORMATS}

# Plain strings: the writers below work on N-Triples text, where a URIRef (hashed and
# compared unlike str) must not stand in for an IRI.
RDF_TYPE = str(RDF.type)


@cache
def jsonld_context() -> dict[str, Any]:
    """The inline JSON-LD context (ontology/context.jsonld): never a remote one."""
    with data_file("ontology", "context.jsonld").open(encoding="utf-8") as handle:
        return json.load(handle)["@context"]


# ---------------------------------------------------------------------------------------
# Terms as N-Triples text: the one representation every writer below starts from.

_INTEGER = re.compile(r"[+-]?[0-9]+")
_ECHAR = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_UNESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)
_UNECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _ECHAR.get(char) or f"\\u{ord(char):04X}"


def escape_string(text: str) -> str:
    """Canonical N-Triples string escaping (the same bytes oxigraph writes)."""
    return _NEEDS_ESCAPE.sub(_escape_char, text)


def _unescape_char(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] in "uU" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _UNECHAR.get(code, code)


def unescape_string(text: str) -> str:
    return _UNESCAPE.sub(_unescape_char, text) if "\\" in text else text


def iri_text(iri: str) -> str:
    if _IRI_UNSAFE.search(iri):
        raise IRIError(f"not a valid IRI for output: {iri!r}")
    return f"<{iri}>"


def literal_text(lexical: str, language: str | None = None, datatype: str | None = None) -> str:
    """A literal as N-Triples text; a typed literal in its canonical form (``canonical_lexical``)."""
    if language:
        return f'"{escape_string(lexical)}"@{language}'
    if datatype:
        return f'"{escape_string(canonical_lexical(lexical, datatype))}"^^{iri_text(datatype)}'
    return f'"{escape_string(lexical)}"'


# ---------------------------------------------------------------------------------------
# Canonical lexical forms. Every writer goes through ``literal_text``, so this is the one
# place a typed literal's lexical form is chosen: the XSD 1.1 canonical representation,
# which is what Oxigraph gives back after storing a value (3400000000.0 → 3400000000), so
# files and stores agree term for term. Only xsd:double/float differ from XSD 1.1 (which
# writes 1.0E3): there Oxigraph's form (1000) is used. An ill-typed lexical form has no
# canonical form and is written as given. See docs/validation-reports.md.

_XSD = str(XSD)
_TIMEZONE = r"(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
_YEAR = r"(-?(?:[1-9][0-9]{4,}|[0-9]{4}))"
_DECIMAL_FORM = re.compile(r"([+-]?)([0-9]*)(?:\.([0-9]*))?")
_DOUBLE_FORM = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DATE_FORM = re.compile(_YEAR + r"-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _TIMEZONE)
_GYEAR_FORM = re.compile(_YEAR + _TIMEZONE)
_GYEARMONTH_FORM = re.compile(_YEAR + r"-(0[1-9]|1[0-2])" + _TIMEZONE)
_DATETIME_FORM = re.compile(
    _YEAR + r"-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]+))?"
    + _TIMEZONE
    + r"|"
    + _YEAR
    + r"-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T24:00:00(?:\.0+)?"
    + _TIMEZONE
)


def canonical_lexical(lexical: str, datatype: str) -> str:
    """The canonical lexical form of ``lexical`` as a ``datatype`` value; ``lexical`` itself
    for other datatypes and for ill-typed forms."""
    if not datatype.startswith(_XSD):
        return lexical
    canonical = _CANONICAL.get(datatype[len(_XSD) :])
    if canonical is None:
        return lexical
    return canonical(lexical) or lexical


def _canonical_integer(lexical: str) -> str | None:
    return str(int(lexical)) if _INTEGER.fullmatch(lexical) else None


def _canonical_decimal(lexical: str) -> str | None:
    match = _DECIMAL_FORM.fullmatch(lexical)
    if match is None or not (match.group(2) or match.group(3)):
        return None
    sign, whole, fraction = match.group(1), match.group(2).lstrip("0") or "0", (match.group(3) or "").rstrip("0")
    if whole == "0" and not fraction:
        return "0"  # no negative zero
    return ("-" if sign == "-" else "") + whole + (f".{fraction}" if fraction else "")


def _canonical_boolean(lexical: str) -> str | None:
    return {"true": "true", "1": "true", "false": "false", "0": "false"}.get(lexical)


def _canonical_double(lexical: str) -> str | None:
    special = {"INF": "INF", "+INF": "INF", "-INF": "-INF", "NaN": "NaN"}.get(lexical)
    if special is not None or not _DOUBLE_FORM.fullmatch(lexical):
        return special
    return _plain_digits(repr(float(lexical)))


def _canonical_float(lexical: str) -> str | None:
    import struct

    special = {"INF": "INF", "+INF": "INF", "-INF": "-INF", "NaN": "NaN"}.get(lexical)
    if special is not None or not _DOUBLE_FORM.fullmatch(lexical):
        return special
    try:
        (single,) = struct.unpack("f", struct.pack("f", float(lexical)))
    except OverflowError:
        return "-INF" if lexical.startswith("-") else "INF"
    # the shortest digits that read back as the same single-precision value; a tie between two
    # such digit strings goes away from zero, as Oxigraph writes it (131072.125 → 131072.13)
    from decimal import ROUND_HALF_UP, Decimal

    exact = Decimal(single)
    for digits in range(1, 10):
        rounded = exact.quantize(Decimal(1).scaleb(exact.adjusted() - digits + 1), rounding=ROUND_HALF_UP)
        text = format(rounded, "e")
        if struct.unpack("f", struct.pack("f", float(text)))[0] == single:
            return _plain_digits(text)
    return _plain_digits(repr(single))  # pragma: no cover - 9 digits always suffice


def _plain_digits(text: str) -> str:
    """A float's shortest digits in positional notation, as Oxigraph writes them:
    ``1e+21`` → ``1000000000000000000000``, ``1e-07`` → ``0.0000001``, ``-0.0`` → ``-0``."""
    from decimal import Decimal

    if text in ("inf", "-inf", "nan"):
        return {"inf": "INF", "-inf": "-INF", "nan": "NaN"}[text]
    return format(Decimal(text).normalize(), "f")


def _timezone(zone: str | None) -> str:
    return "Z" if zone in ("+00:00", "-00:00") else zone or ""


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _canonical_date(lexical: str) -> str | None:
    match = _DATE_FORM.fullmatch(lexical)
    if match is None or int(match.group(3)) > _days_in_month(int(match.group(1)), int(match.group(2))):
        return None
    return lexical[: match.end(3)] + _timezone(match.group(4))


def _canonical_gyear(lexical: str) -> str | None:
    match = _GYEAR_FORM.fullmatch(lexical)
    return match.group(1) + _timezone(match.group(2)) if match else None


def _canonical_gyearmonth(lexical: str) -> str | None:
    match = _GYEARMONTH_FORM.fullmatch(lexical)
    return lexical[: match.end(2)] + _timezone(match.group(3)) if match else None


def _canonical_datetime(lexical: str) -> str | None:
    match = _DATETIME_FORM.fullmatch(lexical)
    if match is None:
        return None
    if match.group(1) is None:  # 24:00:00 is the first instant of the next day
        import datetime as dt

        year, month, day, zone = match.group(9, 10, 11, 12)
        if not 1 <= int(year) < 9999 or int(day) > _days_in_month(int(year), int(month)):
            return None
        following = dt.date(int(year), int(month), int(day)) + dt.timedelta(days=1)
        return f"{following.isoformat()}T00:00:00{_timezone(zone)}"
    year, month, day, fraction, zone = match.group(1, 2, 3, 7, 8)
    if int(day) > _days_in_month(int(year), int(month)):
        return None
    fraction = (fraction or "").rstrip("0")
    return lexical[: match.end(6)] + (f".{fraction}" if fraction else "") + _timezone(zone)


_CANONICAL: dict[str, Callable[[str], str | None]] = {
    "integer": _canonical_integer,
    "decimal": _canonical_decimal,
    "boolean": _canonical_boolean,
    "double": _canonical_double,
    "float": _canonical_float,
    "date": _canonical_date,
    "gYear": _canonical_gyear,
    "gYearMonth": _canonical_gyearmonth,
    "dateTime": _canonical_datetime,
}


def nt_term(term: Any) -> str:
    """An rdflib term as N-Triples text."""
    from rdflib import BNode, Literal, URIRef

    if type(term) is URIRef:
        return iri_text(term)
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype is not None else None
        return literal_text(str(term), term.language, datatype)
    if isinstance(term, BNode):
        return f"_:{term}"
    return iri_text(str(term))


class TermTexts(dict[Any, str]):
    """rdflib term → its N-Triples text (``nt_term``), each worked out once: the same
    predicates, types and nodes recur in every profile."""

    def __missing__(self, term: Any) -> str:
        text = self[term] = nt_term(term)
        return text


@dataclass(frozen=True)
class LiteralParts:
    lexical: str
    language: str | None
    datatype: str | None


def split_literal(text: str) -> LiteralParts:
    """The parts of an N-Triples literal written by ``literal_text``."""
    end = text.rindex('"')
    lexical = unescape_string(text[1:end])
    suffix = text[end + 1 :]
    if suffix.startswith("@"):
        return LiteralParts(lexical, suffix[1:], None)
    if suffix.startswith("^^<"):
        return LiteralParts(lexical, None, suffix[3:-1])
    return LiteralParts(lexical, None, None)


def term_from_text(text: str) -> Any:
    """N-Triples text back to an rdflib term."""
    from rdflib import BNode, Literal, URIRef

    if text.startswith("<"):
        return URIRef(text[1:-1])
    if text.startswith("_:"):
        return BNode(text[2:])
    parts = split_literal(text)
    datatype = URIRef(parts.datatype) if parts.datatype else None
    return Literal(parts.lexical, lang=parts.language, datatype=datatype)


Quad = tuple[str, str, str, str | None]  # N-Triples texts; graph None = the default graph
Triple = tuple[str, str, str]


def quad_line(quad: Quad) -> str:
    s, p, o, g = quad
    return f"{s} {p} {o} {g} .\n" if g is not None else f"{s} {p} {o} .\n"


# ---------------------------------------------------------------------------------------
# N-Triples, N-Quads, Turtle and TriG: pyoxigraph writes them, orgkg only chooses the order
# (pyoxigraph streams statements in the order given, grouping a subject's consecutive
# triples, so sorted input gives the same bytes everywhere).

RDF_FORMATS = ("nt", "nq", "ttl", "trig")
_TYPE = f"<{RDF_TYPE}>"


def turtle_header() -> str:
    """The ``@prefix`` lines of graph.ttl and graph.trig, sorted by prefix."""
    lines = [f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in sorted(_prefix_map().items())]
    return "".join(lines) + "\n"


@cache
def _prefix_map() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def _turtle_order(quad: Quad) -> tuple[str, bool, str, str]:
    return quad[0], quad[1] != _TYPE, quad[1], quad[2]  # rdf:type first, written as "a"


def _trig_order(quad: Quad) -> tuple[bool, str, str, bool, str, str]:
    # the default graph first, then the named graphs in IRI order
    return quad[3] is not None, quad[3] or "", quad[0], quad[1] != _TYPE, quad[1], quad[2]


def render_slice(statements: Iterable[Quad], fmt: str) -> bytes:
    """``statements`` as one slice of graph file ``fmt``: sorted, de-duplicated, without the
    file's header (``turtle_header``, the JSON-LD document around the nodes), so slices
    rendered apart — one per profile, by any worker — concatenate into the file.

    nt, ttl and jsonld write the union graph (the graph of each quad is dropped); nq and
    trig keep the named graphs. jsonld gives the node objects joined by ``,\n``.
    """
    if fmt in ("nt", "ttl", "jsonld"):
        statements = {(s, p, o, None) for s, p, o, _ in statements}
    if fmt == "jsonld":
        return render_jsonld_nodes(sorted((s, p, o) for s, p, o, _ in statements)).encode("utf-8")
    if fmt not in RDF_FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "nq":  # N-Quads lines in text order, as `sort` would leave them
        lines = sorted({quad_line(q) for q in statements})
    elif fmt == "nt":  # (s, p, o, None): the tuples compare as triples
        lines = [f"{s} {p} {o} .\n" for s, p, o, _ in sorted(set(statements))]
    else:
        order = _turtle_order if fmt == "ttl" else _trig_order
        lines = [quad_line(q) for q in sorted(set(statements), key=order)]
    return _oxigraph_write("".join(lines).encode("utf-8"), fmt)


def _oxigraph_write(nquads: bytes, fmt: str) -> bytes:
    """N-Quads text (in output order) written by pyoxigraph as ``fmt``, without a header."""
    import pyoxigraph as ox

    try:
        return _oxigraph_serialize(ox.parse(nquads, format=ox.RdfFormat.N_QUADS), fmt)
    except SyntaxError as error:  # a term the N-Triples grammar refuses (language tag, IRI)
        raise IRIError(f"cannot write {fmt}: {error}") from None


def _oxigraph_serialize(quads: Iterable[Any], fmt: str) -> bytes:
    """pyoxigraph's quads written as ``fmt`` in the order given, without a header."""
    import pyoxigraph as ox

    target = {"nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE}
    if fmt in ("ttl", "trig"):
        data = ox.serialize(quads, format=target.get(fmt, ox.RdfFormat.TRIG), prefixes=_prefix_map())
    else:
        data = ox.serialize(quads, format=target[fmt])
    assert data is not None
    # pyoxigraph starts Turtle and TriG with its own @prefix lines; the file has one header
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    return data[start:]


# ---------------------------------------------------------------------------------------
# JSON-LD: compaction against orgkg's fixed inline context


class Compactor:
    """JSON-LD 1.1 IRI and value compaction for orgkg's context (the rules PyLD applies:
    @vocab-relative terms, shortest compact IRI, ``@type: @id`` coerced terms)."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        self.vocab = context.get("@vocab")
        self.terms = {term for term in context if not term.startswith("@")}
        self.prefixes: list[tuple[str, str]] = []
        self.exact: dict[str, str] = {}
        self.coerced: dict[str, str] = {}  # property IRI → term with "@type": "@id"
        for term, definition in context.items():
            if term.startswith("@"):
                continue
            if isinstance(definition, str):
                self.exact.setdefault(definition, term)
                if ":" not in term and re.match(r".*[:/?#\[\]@]$", definition):
                    self.prefixes.append((term, definition))
        for term, definition in context.items():
            if isinstance(definition, dict) and definition.get("@type") == "@id":
                self.coerced[self._expand(definition["@id"], context)] = term
        self._iri_cache: dict[tuple[str, bool], str] = {}

    @staticmethod
    def _expand(value: str, context: Mapping[str, Any]) -> str:
        prefix, _, local = value.partition(":")
        base = context.get(prefix)
        return base + local if isinstance(base, str) and local else value

    def iri(self, iri: str, vocab: bool) -> str:
        key = (iri, vocab)
        cached = self._iri_cache.get(key)
        if cached is not None:
            return cached
        result = self._compact_iri(iri, vocab)
        if len(self._iri_cache) < 200_000:
            self._iri_cache[key] = result
        return result

    def _compact_iri(self, iri: str, vocab: bool) -> str:
        if vocab and iri in self.exact:
            return self.exact[iri]
        if vocab and self.vocab and iri.startswith(self.vocab) and iri != self.vocab:
            suffix = iri[len(self.vocab) :]
            if suffix not in self.terms:
                return suffix
        candidate = None
        for term, namespace in self.prefixes:
            if namespace == iri or not iri.startswith(namespace):
                continue
            curie = f"{term}:{iri[len(namespace) :]}"
            if curie in self.terms:
                continue
            if candidate is None or (len(curie), curie) < (len(candidate), candidate):
                candidate = curie
        return candidate if candidate is not None else iri

    def key(self, predicate: str, value_is_node: bool) -> str:
        if value_is_node and predicate in self.coerced:
            return self.coerced[predicate]
        if not value_is_node and predicate in self.coerced:
            # the coerced term only takes IRIs; a literal value needs the compact IRI
            return self._curie_only(predicate)
        return self.iri(predicate, vocab=True)

    def _curie_only(self, iri: str) -> str:
        candidate = None
        for term, namespace in self.prefixes:
            if namespace != iri and iri.startswith(namespace):
                curie = f"{term}:{iri[len(namespace) :]}"
                if candidate is None or (len(curie), curie) < (len(candidate), candidate):
                    candidate = curie
        return candidate or iri

    def literal(self, text: str) -> Any:
        parts = split_literal(text)
        if parts.language:
            return {"@language": parts.language, "@value": parts.lexical}
        if parts.datatype:
            return {"@type": self.iri(parts.datatype, vocab=True), "@value": parts.lexical}
        return parts.lexical


def _group_by_subject(triples: Sequence[Triple]) -> Iterator[tuple[str, list[Triple]]]:
    start = 0
    for index in range(1, len(triples) + 1):
        if index == len(triples) or triples[index][0] != triples[start][0]:
            yield triples[start][0], list(triples[start:index])
            start = index


@cache
def compactor() -> Compactor:
    return Compactor(jsonld_context())


def _add(node: dict[str, Any], key: str, value: Any) -> None:
    existing = node.get(key)
    if existing is None:
        node[key] = value
    elif isinstance(existing, list):
        existing.append(value)
    else:
        node[key] = [existing, value]


def jsonld_node(subject: str, triples: Sequence[Triple], compact: Compactor | None = None) -> dict[str, Any]:
    """One subject of the flat (union graph) JSON-LD document, compacted and canonical."""
    compact = compact or compactor()
    node: dict[str, Any] = {"@id": _node_id(subject, compact)}
    for _, p, o in triples:
        predicate = p[1:-1]
        if predicate == RDF_TYPE and o[0] == "<":
            _add(node, "@type", compact.iri(o[1:-1], vocab=True))
        elif o[0] == "<" or o.startswith("_:"):
            key = compact.key(predicate, True)
            reference = _node_id(o, compact)
            _add(node, key, reference if compact.coerced.get(predicate) == key else {"@id": reference})
        else:
            _add(node, compact.key(predicate, False), compact.literal(o))
    # canonical_json(node), for a flat node: only its value arrays need ordering
    for value in node.values():
        if type(value) is list:
            value.sort(key=_sort_key)
    return node


def _node_id(text: str, compact: Compactor) -> str:
    if text.startswith("_:"):
        return text
    return compact.iri(text[1:-1], vocab=False)


def render_jsonld_nodes(triples: Sequence[Triple]) -> str:
    """Sorted triples as the node objects of ``"@graph"``: one node per line (diff-friendly,
    and written by the C JSON encoder), joined by ``,\n`` without a trailing separator."""
    compact = compactor()
    nodes = []
    for subject, group in _group_by_subject(triples):
        nodes.append((subject[1:-1], jsonld_node(subject, group, compact)))
    nodes.sort(key=lambda item: item[0])
    return ",\n".join("    " + _safe_json(_compact_dumps(node)) for _, node in nodes)


def _safe_json(text: str) -> str:
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


_compact_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(", ", ": ")).encode


@cache
def _jsonld_frame_text() -> tuple[str, str, bytes]:
    """(head, tail, empty document) of graph.jsonld around the node objects."""
    marker = "__orgkg_nodes__"
    text = dump_json({"@context": jsonld_context(), "@graph": [marker]}).decode("utf-8")
    head, tail = text.split(f'    "{marker}"')
    empty = dump_json({"@context": jsonld_context(), "@graph": []})
    return head, tail, empty


def canonical_json(value: Any) -> Any:
    """Order what JSON-LD leaves unordered: node arrays by @id, value arrays by content.

    (No @list is emitted by orgkg, so every array is a set and may be sorted.)
    """
    if isinstance(value, dict):
        return {key: canonical_json(item) if isinstance(item, dict | list) else item for key, item in value.items()}
    if isinstance(value, list):
        items = [canonical_json(item) if isinstance(item, dict | list) else item for item in value]
        return sorted(items, key=_sort_key) if len(items) > 1 else items
    return value


# json.dumps(item, sort_keys=True, ensure_ascii=False), without making an encoder per call
_sort_key = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_scalar = json.JSONEncoder(ensure_ascii=False).encode


def dump_json(value: Any) -> bytes:
    """Deterministic JSON, safe to embed in an HTML ``<script>`` element (``<``, ``>`` and
    ``&`` are escaped, so text can never close the element)."""
    try:
        text = _indented(value, "\n")
    except TypeError:  # a key that is not a string: json.dumps converts it
        text = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)
    return (_safe_json(text) + "\n").encode("utf-8")


def _indented(value: Any, newline: str) -> str:
    """``json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)``, byte for byte:
    Python's JSON encoder has no C path for indented output, and this is ~3× faster."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        if not all(isinstance(key, str) for key in value):
            raise TypeError("not a string key")
        inner = newline + "  "
        body = ("," + inner).join(
            f"{_scalar(key)}: {_indented(item, inner) if isinstance(item, _NESTED) else _scalar(item)}"
            for key, item in sorted(value.items())
        )
        return "{" + inner + body + newline + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = newline + "  "
        items = (_indented(item, inner) if isinstance(item, _NESTED) else _scalar(item) for item in value)
        return "[" + inner + ("," + inner).join(items) + newline + "]"
    return _scalar(value)


_NESTED = (dict, list, tuple)  # what _indented recurses into; anything else is one JSON scalar


# ---------------------------------------------------------------------------------------
# Framed JSON-LD: one document per organization


@dataclass(frozen=True)
class FrameSpec:
    """The part of a JSON-LD frame orgkg uses: an embed flag, the properties whose
    *subjects* are embedded under ``"@reverse"`` (nodes that point at this one), and
    explicit frames for the values of some properties."""

    embed: str = "@once"
    reverse: tuple[str, ...] = ()  # property IRIs
    properties: tuple[tuple[str, FrameSpec], ...] = ()  # (property IRI, frame of its values)

    def to_jsonld(self, compact: Compactor) -> dict[str, Any]:
        """This frame as JSON-LD (what PyLD's ``jsonld.frame`` takes; tests compare the two)."""
        frame: dict[str, Any] = {"@embed": self.embed}
        if self.reverse:
            frame["@reverse"] = {compact.key(p, True): {} for p in self.reverse}
        for predicate, sub in self.properties:
            # @omitDefault: an organization without the property gets no "property": null
            frame[compact.key(predicate, True)] = {**sub.to_jsonld(compact), "@omitDefault": True}
        return frame


# Everything an organization's own graphs say about it, rooted at the organization: its
# posts, services and change events point *at* it (founding, renaming and merger events,
# which lead on to the legislation, its signer, predecessors and successors), and the
# retrievals of each cited page (the access dates) point at that page.
ORGANIZATION_FRAME = FrameSpec(
    embed="@always",
    reverse=(str(ORG.postIn), str(SDO.provider), str(ORG.resultingOrganization), str(ORG.originalOrganization)),
    properties=((str(SDO.subjectOf), FrameSpec(embed="@always", reverse=(str(PROV.used),))),),
)


def organization_frame(root: str) -> dict[str, Any]:
    """The JSON-LD 1.1 frame ``frame_triples`` applies, for PyLD (``omitGraph``)."""
    compact = compactor()
    return {"@context": jsonld_context(), "@id": root, **ORGANIZATION_FRAME.to_jsonld(compact)}


def frame_triples(triples: Iterable[Triple], root: str) -> bytes:
    """The framed JSON-LD document of ``root`` (an IRI) over ``triples``.

    The same document PyLD's ``jsonld.frame`` makes with ``organization_frame(root)``
    (JSON-LD 1.1, ``omitGraph``), then compacted with the inline context and put in
    canonical order — written directly, in linear time, instead of ~30 ms of PyLD per
    organization. tests/test_scale.py checks the two agree byte for byte.
    """
    root_text = f"<{root}>"
    framer = _Framer(triples, root_text)
    framed = framer.embed(root_text, ORGANIZATION_FRAME, False, set())
    assert framed is not None
    framed["@context"] = jsonld_context()
    return dump_json(canonical_json(framed))


def _is_node(term: str) -> bool:
    """Whether an N-Triples term names a node (an IRI or blank node), not a literal."""
    return term[0] == "<" or term.startswith("_:")


class _Framer:
    """PyLD's framing algorithm over one document's triples (``frame_triples``)."""

    def __init__(self, triples: Iterable[Triple], root_text: str) -> None:
        self.compact = compactor()
        self.root_text = root_text
        self.nodes: dict[str, dict[str, list[str]]] = {}
        self.pointing: dict[tuple[str, str], list[str]] = {}  # (predicate, object) → subjects
        for s, p, o in triples:
            self.nodes.setdefault(s, {}).setdefault(p, []).append(o)
            if _is_node(o):
                self.nodes.setdefault(o, {})
                self.pointing.setdefault((p, o), []).append(s)
        self.nodes.setdefault(root_text, {})
        self.stack: list[str] = []
        self.implicit: dict[str, FrameSpec] = {}

    def embed(self, node_id: str, frame: FrameSpec, embedded: bool, unique: set[str]) -> dict[str, Any] | None:
        """PyLD's matchFrame for one node; None where PyLD adds nothing (a reverse match
        already embedded elsewhere)."""
        output: dict[str, Any] = {"@id": _node_id(node_id, self.compact)}
        if not embedded and node_id in unique:
            return None
        if embedded and node_id in self.stack[:-1]:
            return output
        if embedded and frame.embed == "@once" and node_id in unique:
            return output
        unique.add(node_id)
        self.stack.append(node_id)
        children = dict(frame.properties)
        for predicate, objects in sorted(self.nodes[node_id].items()):
            self._add_values(output, predicate, objects, frame, children, unique)
        self._add_reverse(output, node_id, frame, unique)
        self.stack.pop()
        return output

    def _add_values(
        self,
        output: dict[str, Any],
        predicate: str,
        objects: list[str],
        frame: FrameSpec,
        children: dict[str, FrameSpec],
        unique: set[str],
    ) -> None:
        """A node's values of ``predicate``: types, embedded nodes (framed by ``children``,
        the frame's explicit frames per property), literals."""
        compact = self.compact
        if predicate == f"<{RDF_TYPE}>":
            for o in objects:
                _add(output, "@type", compact.iri(o[1:-1], vocab=True) if o[0] == "<" else o)
            return
        # a value without an explicit frame takes an implicit one with this node's flag
        sub = children.get(predicate[1:-1]) or self.implicit.setdefault(frame.embed, FrameSpec(embed=frame.embed))
        for o in objects:
            if _is_node(o):
                value = self.embed(o, sub, True, unique)
                assert value is not None  # only reverse matches are ever skipped
                key = compact.key(predicate[1:-1], True)
                if compact.coerced.get(predicate[1:-1]) == key and len(value) == 1:
                    value = value["@id"]
                _add(output, key, value)
            else:
                _add(output, compact.key(predicate[1:-1], False), compact.literal(o))

    def _add_reverse(self, output: dict[str, Any], node_id: str, frame: FrameSpec, unique: set[str]) -> None:
        """The nodes that point at ``node_id`` through the frame's reverse properties."""
        compact = self.compact
        for predicate in sorted(frame.reverse, key=lambda p: compact.key(p, True)):
            for subject in sorted(self.pointing.get((f"<{predicate}>", node_id), ()), key=lambda s: s[1:-1]):
                # PyLD frames each reverse match as a fresh match that is not embedded,
                # with its own frame ({}: @once); at the top level (the root) with a
                # fresh set of embedded nodes, below it sharing the parent's.
                matched = self.embed(subject, FrameSpec(), False, set() if node_id == self.root_text else unique)
                if matched is not None:
                    _add(output.setdefault("@reverse", {}), compact.key(predicate, True), matched)


# ---------------------------------------------------------------------------------------
# Sections and whole files


@dataclass
class Section:
    """One slice of every graph file (see the module docstring)."""

    nq: str = ""
    nt: str = ""
    ttl: str = ""
    trig: str = ""
    jsonld: str = ""  # node objects joined by ",\n", no trailing separator

    def to_json(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Section:
        values = {f.name: data[f.name] for f in fields(cls)}
        if not all(isinstance(v, str) for v in values.values()):
            raise ValueError("section fields must be strings")
        return cls(**values)


def render_section(quads: Iterable[Quad], triples: Iterable[Triple]) -> Section:
    """``quads`` feed the quad formats (nq, trig); ``triples`` the union-graph formats."""
    return Section(**{fmt: data.decode("utf-8") for fmt, data in render_section_bytes(quads, triples).items()})


def render_section_bytes(quads: Iterable[Quad], triples: Iterable[Triple]) -> dict[str, bytes]:
    """format → the section's UTF-8 text (``render_section``), as the files take it.

    The same bytes as ``render_slice`` of each format, with half the work: the statements
    are sorted once, and pyoxigraph reads each set once for both of its formats (nq and
    trig, nt and ttl), the second taking the first's parsed statements in its own order.
    """
    triple_list = sorted(set(triples))
    lines = [f"{s} {p} {o} .\n" for s, p, o in triple_list]
    # Turtle: rdf:type first; a stable sort of the (s, p, o) order keeps the rest in place
    ttl_order = sorted(range(len(triple_list)), key=lambda i: (triple_list[i][0], triple_list[i][1] != _TYPE))
    nt, ttl = _oxigraph_pair(lines, ttl_order, "nt", "ttl")
    quad_lines = sorted({quad_line(q): q for q in quads}.items())  # N-Quads: in text order
    trig_order = sorted(range(len(quad_lines)), key=lambda i: _trig_order(quad_lines[i][1]))
    nq, trig = _oxigraph_pair([line for line, _ in quad_lines], trig_order, "nq", "trig")
    jsonld = render_jsonld_nodes(triple_list).encode("utf-8")
    return {"ttl": ttl, "nt": nt, "trig": trig, "nq": nq, "jsonld": jsonld}


def _oxigraph_pair(lines: list[str], order: list[int], first: str, second: str) -> tuple[bytes, bytes]:
    """N-Quads ``lines`` written as ``first`` in their order, and as ``second`` in ``order``
    (indices into ``lines``), parsed once."""
    import pyoxigraph as ox

    try:
        parsed = list(ox.parse("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    except SyntaxError as error:  # a term the N-Triples grammar refuses (language tag, IRI)
        raise IRIError(f"cannot write {second}: {error}") from None
    return _oxigraph_serialize(parsed, first), _oxigraph_serialize([parsed[i] for i in order], second)


class GraphFileWriter:
    """Streams sections into the five graph files: header, sections, footer."""

    def __init__(self, sinks: Mapping[str, Callable[[str], object]]) -> None:
        self.sinks = sinks
        self.nodes_written = False
        head, _, _ = _jsonld_frame_text()
        self._jsonld_head = head
        sinks["ttl"](turtle_header())
        sinks["trig"](turtle_header())

    def add(self, section: Section) -> None:
        for fmt in ("nq", "nt", "ttl", "trig"):
            text = getattr(section, fmt)
            if text:
                self.sinks[fmt](text)
        if section.jsonld:
            self.sinks["jsonld"](self.separator("jsonld"))
            self.sinks["jsonld"](section.jsonld)

    def separator(self, fmt: str) -> str:
        """What goes before the next section of ``fmt``, for a caller that writes the section
        itself (a cached fragment copied in as bytes): the JSON-LD document's head or a comma
        before its nodes; nothing in the other formats."""
        if fmt != "jsonld":
            return ""
        text = self._jsonld_head if not self.nodes_written else ",\n"
        self.nodes_written = True
        return text

    def close(self) -> None:
        _, tail, empty = _jsonld_frame_text()
        if self.nodes_written:
            self.sinks["jsonld"]("\n" + tail.lstrip("\n"))
        else:
            self.sinks["jsonld"](empty.decode("utf-8"))


def assemble(sections: Iterable[Section]) -> dict[str, bytes]:
    """Every graph file in memory (fmt → bytes)."""
    parts: dict[str, list[str]] = {fmt: [] for fmt in FORMATS}
    writer = GraphFileWriter({fmt: parts[fmt].append for fmt in FORMATS})
    for section in sections:
        writer.add(section)
    writer.close()
    return {fmt: "".join(parts[fmt]).encode("utf-8") for fmt in FORMATS}


# ---------------------------------------------------------------------------------------
# rdflib Datasets (the public ``serialize`` on any Dataset)


def dataset_quads(dataset: Dataset) -> list[Quad]:
    default = dataset.default_graph.identifier
    text = TermTexts()
    quads = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph_id = getattr(g, "identifier", g)
        quads.append((text[s], text[p], text[o], None if graph_id == default or graph_id is None else text[graph_id]))
    return quads


def serialize_quads(quads: Sequence[Quad], fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    section = render_section(quads, ((s, p, o) for s, p, o, _ in quads))
    return assemble([section])[fmt]


def serialize_dataset(dataset: Dataset, fmt: str) -> bytes:
    """``dataset`` as ``fmt`` (ttl, nt, trig, nq, jsonld). Turtle, N-Triples and JSON-LD
    carry the union of all graphs; TriG and N-Quads keep the named graphs apart."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return serialize_quads(dataset_quads(dataset), fmt)
