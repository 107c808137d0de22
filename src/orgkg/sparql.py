"""SPARQL over the graph: named queries, safe parameters, local store or remote endpoint.

    >>> import orgkg
    >>> result = orgkg.query("build/store", "partners")
    >>> result.variables
    ['org', 'orgName', 'kind', 'partner', 'partnerName', 'acronym', 'wikidata']
    >>> orgkg.query("build/graph.nq", "sources-of-fact",
    ...             {"subject": "https://w3id.org/orgkg/org/national-science-foundation",
    ...              "property": "schema:foundingDate"}).rows[0]["file"].value
    'national-science-foundation.txt'

Named queries are data: ``src/orgkg/queries/NAME.rq``, each with a header of ``# title:``,
``# description:`` and ``# param: NAME TYPE [DEFAULT] [-- help]`` lines (TYPE is ``iri``,
``literal``, ``lang`` or ``datatype``; DEFAULT ``UNDEF`` makes a parameter optional).

Safety, in this order, for every query:

1. SPARQL's codepoint-escape pre-pass (``\\u0022`` → ``"``) is applied once here, so every
   parser downstream reads the same text (rdflib applies it, Oxigraph does not: without
   this, a string could hide a ``SERVICE`` clause from one parser and not the other).
2. The text is parsed for real (rdflib's SPARQL 1.1 grammar). Updates (``INSERT``,
   ``DROP``, ``LOAD``…) are refused; ``SERVICE`` is refused for local queries unless
   ``allow_network``. Text that does not parse is refused before any engine runs it.
3. Parameters become typed RDF terms (never text pasted into the query), serialized as
   escaped RDF terms in a ``VALUES`` block opened at the top of the ``WHERE`` clause
   (before it goes to an endpoint, the rewritten text is parsed again). Locally and
   remotely alike; locally, pyoxigraph's own ``substitutions`` are the alternative (see
   :func:`run_local`; they bind projected variables only).

Where a parameter is bound (see :func:`with_values`): a parameter stands for one value
wherever its name appears, projected or not (``FILTER(?n = ?name)``). The top-level block
scopes over the whole WHERE group, FILTERs, OPTIONALs and EXISTS included; a sub-select does
not see it unless it projects the variable, so each sub-select whose WHERE mentions the
variable gets its own block too. Refused, with exit 2: a name the query does not mention; a
variable the query computes itself (``BIND(… AS ?x)``, ``(… AS ?x)``); a variable read after
grouping (HAVING, ORDER BY or a SELECT expression of a grouped query) that is not a GROUP BY
key, where a value from WHERE is no longer in scope.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from orgkg.errors import InputError, OrgkgError, UsageError
from orgkg.iri import DEFAULT_BASE, Minter
from orgkg.namespaces import PREFIXES, XSD, compact

if TYPE_CHECKING:
    import pyoxigraph as ox

    from orgkg.netguard import HttpClient
    from orgkg.rdf_terms import OxTerm

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
PARAM_TYPES = ("iri", "literal", "lang", "datatype")
SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("ttl", "nt", "jsonld", "table")
FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld")
XSD_STRING = str(XSD.string)
UNDEF = "UNDEF"
# orgkg's prefixes: namespaces.PREFIXES, plus short ones for the default base's node paths
# (as in docs/mapping-example.trig). Predeclared in every query, accepted in parameter
# values (-p org=o:national-science-foundation) and used to shorten IRIs in tables.
NODE_PREFIXES: dict[str, str] = Minter(DEFAULT_BASE).node_prefixes()
DEFAULT_PREFIXES: dict[str, str] = {
    **{name: str(ns) for name, ns in PREFIXES.items()},
    **NODE_PREFIXES,
}

_NAME = re.compile(r"[a-z][a-z0-9-]*")
_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


# --------------------------------------------------------------------------- named queries


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None = None  # as written; None = required; "UNDEF" = optional, unbound
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is None

    def signature(self) -> str:
        if self.default is None:
            return f"{self.name}={self.type.upper()}"
        if self.default == UNDEF:
            return f"[{self.name}={self.type.upper()}]"
        return f"[{self.name}={self.type.upper()} (default {self.default})]"


@dataclass(frozen=True)
class NamedQuery:
    """A query with its header: title, description, declared parameters."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    path: Path | None = None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_header(text: str, origin: str = "<query>") -> tuple[str, str, tuple[Param, ...]]:
    """Read ``# title:``, ``# description:`` (continued by indented ``#`` lines), ``# param:``."""
    title, description, params = "", [], []
    current: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped[1:]
        match = re.match(r"\s*(title|description|param)\s*:\s*(.*)$", body)
        if match:
            key, value = match.group(1), match.group(2).strip()
            current = key
            if key == "title":
                title = value
            elif key == "description":
                description = [value] if value else []
            else:
                params.append(_parse_param(value, origin, number))
        elif current == "description" and body.startswith((" ", "\t")) and body.strip():
            description.append(body.strip())
        else:
            current = None
    names = [p.name for p in params]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise InputError(f"parameter {duplicate!r} declared twice", origin)
    return title, " ".join(description), tuple(params)


def _parse_param(value: str, origin: str, line: int) -> Param:
    spec, _, help_text = value.partition(" -- ")
    parts = spec.split(None, 2)
    if len(parts) < 2 or not _VAR.fullmatch(parts[0]) or parts[1] not in PARAM_TYPES:
        raise InputError(
            f"bad '# param:' line (want: NAME {'|'.join(PARAM_TYPES)} [DEFAULT] [-- help])",
            origin,
            line,
        )
    default = parts[2].strip() if len(parts) == 3 else None
    return Param(parts[0], parts[1], default or None, help_text.strip())


def from_text(text: str, name: str = "<inline>", path: Path | None = None) -> NamedQuery:
    title, description, params = parse_header(text, str(path) if path else name)
    return NamedQuery(name, text, title, description, params, path)


def from_file(path: str | Path) -> NamedQuery:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the query: {error}", str(path)) from None
    return from_text(text, path.stem, path)


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every bundled named query, by name (file stem), sorted."""
    queries = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        if _NAME.fullmatch(path.stem):
            queries[path.stem] = from_file(path)
    return queries


def get_named(name: str) -> NamedQuery:
    queries = named_queries()
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see `orgkg query --list`"
    raise UsageError(f"no named query {name!r}{hint}")


def resolve_query(name_or_text: str | Path | NamedQuery) -> NamedQuery:
    """A NamedQuery from a bundled name, a ``.rq`` path, or query text."""
    if isinstance(name_or_text, NamedQuery):
        return name_or_text
    if isinstance(name_or_text, Path):
        return from_file(name_or_text)
    if _NAME.fullmatch(name_or_text):
        return get_named(name_or_text)
    if name_or_text.endswith(".rq") and "\n" not in name_or_text and Path(name_or_text).is_file():
        return from_file(name_or_text)
    return from_text(name_or_text)


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True)
class QueryInfo:
    """What a real parse of the query says about it."""

    form: str  # SELECT, ASK, CONSTRUCT, DESCRIBE
    prefixes: dict[str, str]
    variables: frozenset[str]  # every variable mentioned anywhere
    projection: frozenset[str] | None  # SELECT variables; None for SELECT * or non-SELECT
    uses_service: bool
    short_construct: bool = False
    assigned: frozenset[str] = frozenset()  # computed by BIND(… AS ?v) or (… AS ?v)
    after_grouping: frozenset[str] = frozenset()  # read after GROUP BY without being a key

    @property
    def is_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


def apply_codepoint_escapes(text: str, origin: str = "<query>") -> str:
    """SPARQL 1.1 §19.2: ``\\uXXXX`` / ``\\UXXXXXXXX`` are replaced before parsing, once.

    Refuses text in which the replacement produces new escapes (``\\u005Cu0022``): no
    two parsers could be trusted to read that the same way.
    """
    if "\\u" not in text and "\\U" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise InputError(f"invalid codepoint escape {match.group(0)}", origin)
        return chr(code)

    expanded = _CODEPOINT.sub(replace, text)
    if _CODEPOINT.search(expanded):
        raise InputError("codepoint escapes that expand to further escapes are not accepted", origin)
    return expanded


def analyze(text: str, origin: str = "<query>") -> QueryInfo:
    """Parse ``text`` with rdflib's SPARQL 1.1 parser; refuse updates and bad syntax."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except ParseException as error:
        try:
            parseUpdate(text)
        except ParseException:
            raise InputError(_syntax_message(text, error), origin, error.lineno) from None
        raise UsageError(
            "this is a SPARQL update (INSERT/DELETE/LOAD/CLEAR/DROP/...); "
            "`orgkg query` only reads. Load data with `orgkg load`."
        ) from None
    except Exception as error:  # rdflib raises assorted errors on odd input
        raise InputError(f"cannot parse the query: {error}", origin) from None
    prologue, body = tree[0], tree[1]
    prefixes = {}
    for decl in prologue:
        if getattr(decl, "name", "") == "PrefixDecl":
            prefixes[str(dict.get(decl, "prefix", "") or "")] = str(dict.get(decl, "iri"))
    names: set[str] = set()
    uses_service = False
    for node in _walk(body):
        if type(node).__name__ == "Variable":
            names.add(str(node))
        elif getattr(node, "name", None) == "ServiceGraphPattern":
            uses_service = True
    form = body.name.replace("Query", "").upper()
    projection = None
    if form == "SELECT" and "projection" in body:
        projection = frozenset(
            str(dict.get(v, "evar") or dict.get(v, "var")) for v in dict.get(body, "projection") or ()
        )
    assigned: set[str] = set()
    after_grouping: set[str] = set()
    for node in _walk(body):
        kind = getattr(node, "name", None)
        if kind in ("Bind", "GroupAs") or (kind == "vars" and "evar" in node):
            assigned.add(str(dict.get(node, "var") or dict.get(node, "evar")))
        if kind in ("SelectQuery", "SubSelect"):
            after_grouping |= _read_after_grouping(node)
    return QueryInfo(
        form=form,
        prefixes=prefixes,
        variables=frozenset(names),
        projection=projection,
        uses_service=uses_service,
        short_construct=form == "CONSTRUCT" and "template" not in body,
        assigned=frozenset(assigned),
        after_grouping=frozenset(after_grouping),
    )


def _read_after_grouping(select: Any) -> set[str]:
    """Variables a grouped SELECT reads in HAVING, ORDER BY or its projection outside an
    aggregate, other than its GROUP BY keys and its own aliases: after grouping, only keys
    and aggregates are in scope, so a value bound in WHERE would silently be unbound there."""
    late = [dict.get(select, key) for key in ("projection", "having", "orderby") if key in select]
    grouped = "groupby" in select or any(
        str(getattr(node, "name", "")).startswith("Aggregate_") for part in late for node in _walk(part)
    )
    if not grouped:
        return set()
    groupby = dict.get(select, "groupby")
    conditions = dict.get(groupby, "condition", []) if groupby is not None else []
    keys = {str(c) for c in conditions if type(c).__name__ == "Variable"}
    aliases = {
        str(dict.get(node, "evar")) for node in _walk(late) if getattr(node, "name", None) == "vars" and "evar" in node
    }
    read = {str(node) for node in _walk(late, skip=_is_aggregate) if type(node).__name__ == "Variable"}
    return read - keys - aliases


def _is_aggregate(node: Any) -> bool:
    return str(getattr(node, "name", "")).startswith("Aggregate_")


def _syntax_message(text: str, error: Any) -> str:
    lines = text.splitlines() or [""]
    line = lines[min(max(error.lineno, 1), len(lines)) - 1]
    caret = " " * (max(error.col, 1) - 1) + "^"
    return f"SPARQL syntax error at column {error.col}: {error.msg}\n    {line}\n    {caret}"


def _walk(node: Any, skip: Callable[[Any], bool] | None = None) -> Iterator[Any]:
    """Every node under ``node``; ``skip`` prunes subtrees (not yielded, not entered)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if skip is not None and skip(item):
            continue
        yield item
        if isinstance(item, CompValue):
            stack.extend(dict.values(item))
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)


# --------------------------------------------------------------------------- parameters


_SCHEMES_WITHOUT_AUTHORITY = ("urn", "tag", "mailto", "did", "doi", "isbn", "info")


def expand_iri(value: str, prefixes: Mapping[str, str]) -> str:
    """``<iri>``, an absolute IRI, or ``prefix:local`` with a known prefix → checked IRI.

    ``shema:name`` (a typo of a prefix) is refused rather than read as an IRI with the
    scheme ``shema``; write ``<shema:name>`` to mean exactly that IRI.
    """
    from orgkg.iri import check_iri

    value = value.strip()
    bracketed = value.startswith("<") and value.endswith(">")
    if bracketed:
        value = value[1:-1]
    prefix, colon, local = value.partition(":")
    if not bracketed and colon and prefix in prefixes:
        value = prefixes[prefix] + local
    elif not bracketed and colon and not local.startswith("//") and prefix.lower() not in _SCHEMES_WITHOUT_AUTHORITY:
        known = ", ".join(sorted(prefixes))
        raise UsageError(f"unknown prefix {prefix!r} in {value!r} (known: {known}); write <{value}> for that IRI")
    try:
        return str(check_iri(value))
    except OrgkgError:
        raise UsageError(f"not an absolute IRI or known prefixed name: {value!r}") from None


def make_term(kind: str, raw: str, prefixes: Mapping[str, str], name: str = "value") -> OxTerm:
    """A typed RDF term from a command-line value. Nothing here is ever parsed as SPARQL."""
    import pyoxigraph as ox

    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"parameter {name!r} is not valid UTF-8 text") from None
    if kind == "iri":
        return ox.NamedNode(expand_iri(raw, prefixes))
    if kind == "literal":
        return ox.Literal(raw)
    if kind == "lang":
        text, at, tag = raw.rpartition("@")
        if not at or not _LANG.fullmatch(tag):
            raise UsageError(f"parameter {name!r} wants TEXT@LANG (e.g. Partners@en), got {raw!r}")
        return ox.Literal(text, language=tag)
    if kind == "datatype":
        lexical, hats, datatype = raw.rpartition("^^")
        if not hats:
            raise UsageError(f"parameter {name!r} wants VALUE^^DATATYPE (e.g. 2011^^xsd:gYear), got {raw!r}")
        return ox.Literal(lexical, datatype=ox.NamedNode(expand_iri(datatype, prefixes)))
    raise UsageError(f"unknown parameter type {kind!r} (known: {', '.join(PARAM_TYPES)})")


def bind_params(query: NamedQuery, info: QueryInfo, given: Mapping[str, Any] | None) -> dict[str, OxTerm]:
    """Declared defaults + given values → {variable: term}. Rejects unknown names.

    A value may be a pyoxigraph or rdflib term (used as is) or a string read according to
    the declared type. For queries that declare nothing, ``name:type`` picks the type
    (``subject:iri=…``); otherwise ``<…>`` is an IRI and anything else a plain literal.
    """
    prefixes = {**DEFAULT_PREFIXES, **info.prefixes}
    values: dict[str, OxTerm] = {}
    given = dict(given or {})
    for key, raw in given.items():
        name, _, typed = key.partition(":")
        declared = query.param(name)
        if declared is None and query.params:
            known = ", ".join(p.name for p in query.params)
            raise UsageError(f"{query.name} has no parameter {name!r} (it takes: {known})")
        if declared is not None and typed and typed != declared.type:
            raise UsageError(f"parameter {name!r} is declared as {declared.type}, not {typed}")
        if not _VAR.fullmatch(name):
            raise UsageError(f"bad parameter name {name!r}")
        if name in values:
            raise UsageError(f"parameter {name!r} given twice")
        kind = declared.type if declared else typed or ("iri" if _is_bracketed(raw) else "literal")
        values[name] = _as_term(raw, kind, prefixes, name)
    for param in query.params:
        if param.name in values:
            continue
        if param.default is None:
            raise UsageError(f"{query.name} needs -p {param.name}=… ({param.type}) {param.help}".strip())
        if param.default != UNDEF:
            values[param.name] = make_term(param.type, param.default, prefixes, param.name)
    check_bindable(query, info, values)
    return values


def check_bindable(query: NamedQuery, info: QueryInfo, names: Iterable[str]) -> None:
    """Refuse parameters a VALUES block cannot bind as meant (see the module docstring)."""
    label = "the query" if query.name.startswith("<") else query.name
    for name in sorted(names):
        if name not in info.variables:
            raise UsageError(f"parameter {name!r}: {label} has no variable ?{name} to bind")
        if name in info.assigned:
            raise UsageError(
                f"parameter {name!r}: {label} computes ?{name} itself (BIND or AS), so it cannot also be given a value"
            )
        if name in info.after_grouping:
            raise UsageError(
                f"parameter {name!r}: {label} reads ?{name} after grouping (HAVING, ORDER BY "
                "or a SELECT expression of a grouped query), where only GROUP BY keys are in scope; "
                f"use ?{name} inside WHERE or add it to GROUP BY"
            )


def _is_bracketed(raw: Any) -> bool:
    return isinstance(raw, str) and raw.startswith("<") and raw.endswith(">")


def _as_term(raw: Any, kind: str, prefixes: Mapping[str, str], name: str) -> OxTerm:
    import pyoxigraph as ox

    if isinstance(raw, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return raw
    if type(raw).__module__.startswith("rdflib"):
        return from_rdflib(raw)
    if not isinstance(raw, str):
        raise UsageError(f"parameter {name!r}: want a string or an RDF term, got {type(raw).__name__}")
    return make_term(kind, raw, prefixes, name)


def from_rdflib(term: Any) -> OxTerm:
    """An rdflib term given as a query parameter, for pyoxigraph."""
    from orgkg import rdf_terms

    try:
        return rdf_terms.from_rdflib(term)
    except TypeError:
        raise UsageError(f"not an RDF term: {term!r}") from None


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as the equivalent rdflib term."""
    from orgkg import rdf_terms

    return rdf_terms.to_rdflib(term)


def sparql_term(term: OxTerm) -> str:
    """An RDF term as SPARQL text that no parser can read as anything else.

    Strings escape ``\\``, ``"`` and line breaks; a backslash before ``u``/``U`` is followed
    by ``\\U00000075`` rather than ``u`` (8 digits: rdflib reads ``\\u`` greedily), so
    engines that apply the codepoint pre-pass and engines that do not both read the
    original value.
    """
    import pyoxigraph as ox

    from orgkg.iri import check_iri

    if isinstance(term, ox.NamedNode):
        return f"<{check_iri(term.value)}>"
    if isinstance(term, ox.Literal):
        text = _escape_string(term.value)
        if term.language:
            if not _LANG.fullmatch(term.language):
                raise UsageError(f"bad language tag {term.language!r}")
            return f'"{text}"@{term.language}'
        if term.datatype.value == XSD_STRING:
            return f'"{text}"'
        return f'"{text}"^^<{check_iri(term.datatype.value)}>'
    raise UsageError(f"cannot send {term!r} to an endpoint (only IRIs and literals)")


_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def _escape_string(value: str) -> str:
    out = []
    for index, char in enumerate(value):
        if char == "\\" and value[index + 1 : index + 2] in ("u", "U"):
            out.append("\\\\\\U00000075" if value[index + 1] == "u" else "\\\\\\U00000055")
            continue
        if char in ("u", "U") and index and value[index - 1] == "\\":
            continue  # already written as \U00000075 / \U00000055 above
        out.append(_ESCAPES.get(char, char))
    return "".join(out)


# --------------------------------------------------------------------------- VALUES for remote

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\U000EFFFF]+)
  | (?P<word>[A-Za-z_\u00C0-\U000EFFFF][\w\-.\u00B7\u00C0-\U000EFFFF]*(?::(?:[\w\-.:%\u00B7\u00C0-\U000EFFFF]|\\.)*)?
             |:(?:[\w\-.:%\u00B7\u00C0-\U000EFFFF]|\\.)*)
  | (?P<space>\s+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _where_open(text: str, info: QueryInfo) -> int:
    """Index just after the ``{`` that opens the query's WHERE group (top level only)."""
    depth_paren = depth_brace = 0
    seen_form = False
    template_done = info.form != "CONSTRUCT"
    for match in _TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind in ("comment", "string", "iri", "space", "var"):
            continue
        upper = token.upper()
        if kind == "word" and depth_brace == 0 and depth_paren == 0:
            if upper in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                seen_form = True
            continue
        if token == "(":
            depth_paren += 1
        elif token == ")":
            depth_paren -= 1
        elif token == "{":
            if depth_brace == 0 and depth_paren == 0 and seen_form:
                if template_done:
                    return match.end()
                template_done = True  # CONSTRUCT { template } comes first
            depth_brace += 1
        elif token == "}":
            depth_brace -= 1
    raise UsageError("cannot find the WHERE clause to bind parameters for the endpoint")


def _subselect_groups(text: str) -> list[tuple[int, int]]:
    """(just after ``{``, at ``}``) of the WHERE group of every sub-select in ``text``.

    A sub-select's WHERE is the first ``{`` after its SELECT at the same parenthesis depth
    (braces inside its projection belong to ``EXISTS`` expressions)."""
    groups: list[tuple[int, int]] = []
    opens: list[tuple[int, bool]] = []  # (index after "{", is a sub-select's WHERE)
    pending: list[int] = []  # parenthesis depth of each SELECT still looking for its WHERE
    depth_paren = 0
    for match in _TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind == "word" and token.upper() == "SELECT" and opens:
            pending.append(depth_paren)
        elif token == "(" and kind == "other":
            depth_paren += 1
        elif token == ")" and kind == "other":
            depth_paren -= 1
        elif token == "{" and kind == "other":
            is_where = bool(pending) and pending[-1] == depth_paren
            if is_where:
                pending.pop()
            opens.append((match.end(), is_where))
        elif token == "}" and kind == "other" and opens:
            start, is_where = opens.pop()
            if is_where:
                groups.append((start, match.start()))
    return groups


def _mentions(text: str) -> set[str]:
    return {m.group()[1:] for m in _TOKEN.finditer(text) if m.lastgroup == "var"}


def _values_block(bindings: Mapping[str, OxTerm], names: Iterable[str]) -> str:
    names = sorted(names)
    row = " ".join(sparql_term(bindings[name]) for name in names)
    return f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "


def with_values(text: str, info: QueryInfo, bindings: Mapping[str, OxTerm], *, verify: bool = True) -> str:
    """``text`` with a VALUES block of escaped terms opened at the top of WHERE, and one at
    the top of each sub-select's WHERE that mentions a parameter (a sub-select sees outer
    bindings only through its projection).

    ``verify`` parses the result again (rdflib) before it is sent to an endpoint; a local
    engine parses it anyway.
    """
    if not bindings:
        return text
    if info.short_construct:
        raise UsageError("parameters need the long CONSTRUCT { … } WHERE { … } form for endpoints")
    inserts = [(_where_open(text, info), _values_block(bindings, bindings))]
    for start, end in _subselect_groups(text):
        used = _mentions(text[start:end]) & set(bindings)
        if used:
            inserts.append((start, _values_block(bindings, used)))
    rewritten = text
    for at, block in sorted(inserts, reverse=True):
        rewritten = rewritten[:at] + block + rewritten[at:]
    if verify:
        analyze(rewritten)  # must still be one valid query
    return rewritten


def prologue_for(info: QueryInfo) -> str:
    """PREFIX declarations for orgkg's prefixes that the query does not declare itself.

    One line with no line break, so the server's error positions keep the query's lines.
    """
    return "".join(f"PREFIX {name}: <{iri}> " for name, iri in DEFAULT_PREFIXES.items() if name not in info.prefixes)


# --------------------------------------------------------------------------- results


@dataclass
class QueryResult:
    """Rows of a SELECT (dicts of pyoxigraph terms; unbound variables are absent),
    the boolean of an ASK, or the triples of a CONSTRUCT/DESCRIBE."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, OxTerm]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        if self.form == "ASK":
            return int(bool(self.boolean))
        return len(self.triples) if self.form in ("CONSTRUCT", "DESCRIBE") else len(self.rows)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.triples if self.form in ("CONSTRUCT", "DESCRIBE") else self.rows)

    @property
    def is_empty(self) -> bool:
        return self.form != "ASK" and len(self) == 0

    def values(self) -> list[dict[str, str]]:
        """Rows as plain strings (IRI or lexical form)."""
        return [{k: v.value for k, v in row.items()} for row in self.rows]

    def rdflib_rows(self) -> list[dict[str, Any]]:
        return [{k: to_rdflib(v) for k, v in row.items()} for row in self.rows]

    def to_json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON (SELECT or ASK)."""
        if self.form == "ASK":
            return {"head": {}, "boolean": bool(self.boolean)}
        return {
            "head": {"vars": list(self.variables)},
            "results": {"bindings": [{k: _json_term(v) for k, v in row.items()} for row in self.rows]},
        }

    def serialize(self, fmt: str) -> bytes:
        return render(self, fmt)


def _json_term(term: OxTerm) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    raise OrgkgError(f"unsupported term in results: {term!r}")


def _from_solutions(solutions: Any, info: QueryInfo) -> QueryResult:
    import pyoxigraph as ox

    prefixes = {**DEFAULT_PREFIXES, **info.prefixes}
    if isinstance(solutions, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(solutions), prefixes=prefixes)
    if isinstance(solutions, ox.QuerySolutions):
        variables = [v.value for v in solutions.variables]
        rows = []
        for solution in solutions:
            row = {}
            for index, name in enumerate(variables):
                value = solution[index]
                if value is not None:
                    row[name] = value
            rows.append(row)
        return QueryResult("SELECT", variables, rows, prefixes=prefixes)
    triples = sorted(solutions, key=str)
    return QueryResult(info.form, triples=triples, prefixes=prefixes)


def render(result: QueryResult, fmt: str) -> bytes:
    """The result in one of FORMATS (SPARQL 1.1 results formats, RDF formats, a table)."""
    import pyoxigraph as ox

    graph = result.form in ("CONSTRUCT", "DESCRIBE")
    allowed = GRAPH_FORMATS if graph else SELECT_FORMATS
    if fmt not in allowed:
        kind = "CONSTRUCT/DESCRIBE" if graph else f"{result.form}"
        raise UsageError(f"--format {fmt} does not fit a {kind} result (use one of: {', '.join(allowed)})")
    if fmt == "table":
        return format_table(result).encode("utf-8")
    if graph:
        if fmt == "jsonld":
            return _jsonld(result)
        rdf = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}[fmt]
        used = _used_prefixes(result)
        return ox.serialize(result.triples, format=rdf, prefixes=used if fmt == "ttl" else None) or b""
    data = json.dumps(result.to_json(), ensure_ascii=False).encode("utf-8")
    if fmt == "json":
        return json.dumps(result.to_json(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    results_format = {
        "xml": ox.QueryResultsFormat.XML,
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
    }[fmt]
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    out = parsed.serialize(format=results_format) or b""
    return out if out.endswith(b"\n") else out + b"\n"


def _used_prefixes(result: QueryResult) -> dict[str, str]:
    iris = set()
    for triple in result.triples:
        for term in (triple.subject, triple.predicate, triple.object):
            if hasattr(term, "datatype") and term.datatype is not None:
                iris.add(term.datatype.value)
            iris.add(getattr(term, "value", ""))
    return {p: ns for p, ns in sorted(result.prefixes.items()) if any(i.startswith(ns) for i in iris)}


def _jsonld(result: QueryResult) -> bytes:
    """Compact JSON-LD with an inline context of orgkg's prefixes (never a remote one)."""
    from rdflib import Graph

    graph = Graph()
    for triple in result.triples:
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    context = _used_prefixes(result)
    return graph.serialize(format="json-ld", context=context, indent=2, sort_keys=True).encode("utf-8") + b"\n"


# --------------------------------------------------------------------------- table

MAX_CELL = 60


def compact_iri(iri: str, prefixes: Mapping[str, str]) -> str:
    """``schema:name`` for a known namespace (longest match), else ``<iri>``. Display only."""
    return compact(iri, prefixes, display=True)


def cell(term: Any, prefixes: Mapping[str, str]) -> str:
    """A human-readable rendering: prefixed IRIs, plain strings, ``text@en``, ``v^^xsd:t``."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value, prefixes)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        value = term.value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        if term.language:
            return f"{value}@{term.language}"
        datatype = term.datatype.value
        if datatype == XSD_STRING or datatype.endswith(("#integer", "#decimal", "#boolean")):
            return value
        return f"{value}^^{compact_iri(datatype, prefixes)}"
    return str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _clip(text: str, limit: int) -> str:
    if limit <= 0 or _width(text) <= limit:
        return text
    out, width = [], 0
    for char in text:
        width += _width(char)
        if width > limit - 1:
            break
        out.append(char)
    return "".join(out) + "…"


def format_table(result: QueryResult, max_cell: int = MAX_CELL) -> str:
    """An aligned text table; long cells are clipped with ``…`` (use csv/json for all)."""
    if result.form == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        header = ["subject", "predicate", "object"]
        body = [
            [
                cell(t.subject, result.prefixes),
                cell(t.predicate, result.prefixes),
                cell(t.object, result.prefixes),
            ]
            for t in result.triples
        ]
    else:
        header = list(result.variables)
        body = [[cell(row.get(v), result.prefixes) for v in header] for row in result.rows]
    body = [[_clip(c, max_cell) for c in line] for line in body]
    widths = [max([_width(h)] + [_width(line[i]) for line in body]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(cells) for cells in body)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- execution


@dataclass
class Endpoint:
    """A remote SPARQL 1.1 Protocol query endpoint (``…/query``, ``…/{dataset}/sparql``)."""

    url: str
    timeout: float = 60.0


def run_local(
    store: ox.Store,
    text: str,
    info: QueryInfo,
    bindings: Mapping[str, OxTerm],
    *,
    union: bool = False,
    binding: str = "values",
) -> QueryResult:
    """Run a checked query on a pyoxigraph store.

    ``binding="values"`` (default) joins the parameters as a ``VALUES`` block of escaped
    terms at the top of ``WHERE`` - exactly what an endpoint receives, so local and remote
    answers agree by construction, and Oxigraph's optimizer sees the one-row table and
    plans from it (5-40× faster for one-organization queries than substitutions, see
    benchmarks/bench_query.py). ``binding="substitutions"`` uses pyoxigraph's
    ``substitutions`` instead (SEP-0007); both are tested to give the same rows.
    """
    import pyoxigraph as ox

    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {}
    if bindings and binding == "values" and not info.short_construct:
        text = with_values(text, info, bindings, verify=False)
    elif bindings:
        substitutions = {ox.Variable(name): term for name, term in bindings.items()}
    try:
        solutions = store.query(
            text,
            prefixes=DEFAULT_PREFIXES,
            substitutions=substitutions or None,
            use_default_graph_as_union=union,
        )
        return _from_solutions(solutions, info)
    except SyntaxError as error:
        raise InputError(f"SPARQL syntax error: {error}", "<query>") from None
    except RuntimeError as error:
        if "projection" in str(error):  # pyoxigraph substitutions bind projected variables only
            raise UsageError(f"{error}: bind it with binding='values'") from None
        raise
    except OSError as error:
        from orgkg.store import StoreError

        raise StoreError(f"the store failed while answering: {error}") from None


ACCEPT_RESULTS = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.8, text/tab-separated-values;q=0.5"
)
ACCEPT_GRAPH = (
    "application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.5, "
    "application/rdf+xml;q=0.5, application/ld+json;q=0.4"
)


def run_remote(
    endpoint: Endpoint,
    text: str,
    info: QueryInfo,
    bindings: Mapping[str, OxTerm],
    *,
    client: HttpClient | None = None,
) -> QueryResult:
    """POST the query (form-encoded, SPARQL 1.1 Protocol §2.1.2) and parse the answer."""
    import pyoxigraph as ox

    from orgkg.errors import RemoteError
    from orgkg.netguard import HttpClient, Retry, check_endpoint

    check_endpoint(endpoint.url)
    sent = prologue_for(info) + with_values(text, info, bindings)
    own = client is None
    http = client or HttpClient.from_env(timeout=endpoint.timeout, retry=Retry(attempts=3))
    try:
        response = http.request(
            "POST",
            endpoint.url,
            body=urlencode({"query": sent}).encode("ascii"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": ACCEPT_GRAPH if info.is_graph else ACCEPT_RESULTS,
            },
        )
    finally:
        if own:
            http.close()
    media = response.content_type
    try:
        if info.is_graph:
            rdf = ox.RdfFormat.from_media_type(media)
            if rdf is None:
                raise RemoteError(f"{endpoint.url}: unexpected answer of type {media or '?'}")
            if rdf == ox.RdfFormat.RDF_XML:  # pyoxigraph expands DTD entities: refuse any DTD
                from orgkg.rdf_files import refuse_xml_dtd

                try:
                    refuse_xml_dtd(response.body, endpoint.url)
                except InputError as error:
                    raise RemoteError(f"{endpoint.url}: {error.reason}") from None
            triples = [q.triple if hasattr(q, "triple") else q for q in ox.parse(response.body, format=rdf)]
            return _from_solutions(triples, info)
        results = ox.QueryResultsFormat.from_media_type(media)
        if results is None or results == ox.QueryResultsFormat.CSV:
            raise RemoteError(f"{endpoint.url}: unexpected answer of type {media or '?'}")
        return _from_solutions(ox.parse_query_results(response.body, format=results), info)
    except (SyntaxError, ValueError) as error:
        raise RemoteError(f"{endpoint.url}: cannot read the endpoint's answer: {error}") from None


def open_local(source: Any, *, notice: Callable[[str], None] | None = None) -> ox.Store:
    """A store from a store folder, an RDF file, a pyoxigraph Store or an rdflib Dataset.

    A store folder is an index of the ``graph.nq`` beside it: it is (re)built first if that
    file changed since (``orgkg.store.ensure_store``; ``notice`` hears about it).
    """
    import pyoxigraph as ox

    from orgkg import store as stores

    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.is_dir() or (not path.exists() and not path.suffix):
            return stores.open_store(stores.ensure_store(stores.graph_file_for(path), path, notice=notice))
        return stores.read_data(path)
    memory = ox.Store()
    stores.load_into(memory, source)
    return memory


def prepare(
    name_or_text: str | Path | NamedQuery,
    params: Mapping[str, Any] | None = None,
    *,
    allow_network: bool = False,
    remote: bool = False,
) -> tuple[NamedQuery, str, QueryInfo, dict[str, OxTerm]]:
    """Resolve, pre-process, parse, security-check and bind a query. Runs nothing."""
    from orgkg.netguard import refuse

    query = resolve_query(name_or_text)
    origin = str(query.path) if query.path else query.name
    text = apply_codepoint_escapes(query.text, origin)
    info = analyze(text, origin)
    if info.uses_service and not allow_network and not remote:
        refuse("this query's SERVICE clause")
    bindings = bind_params(query, info, params)
    return query, text, info, bindings


def query(
    source: Any,
    name_or_text: str | Path | NamedQuery,
    params: Mapping[str, Any] | None = None,
    *,
    allow_network: bool = False,
    union: bool = False,
    timeout: float = 60.0,
) -> QueryResult:
    """Run a named query, a ``.rq`` file or query text against ``source``.

    ``source``: a store folder (``build/store``), an RDF file (any format pyoxigraph reads),
    an rdflib Dataset, a pyoxigraph Store, an ``http(s)://`` SPARQL endpoint URL, or an
    :class:`Endpoint`. ``params`` maps parameter names to strings (read per the declared
    type) or RDF terms. ``SERVICE`` is refused for local sources unless ``allow_network``.
    """
    remote = isinstance(source, Endpoint) or (isinstance(source, str) and source.startswith(("http://", "https://")))
    _, text, info, bindings = prepare(name_or_text, params, allow_network=allow_network, remote=remote)
    if remote:
        if union:
            raise UsageError("--union applies to local queries; configure the endpoint instead")
        endpoint = source if isinstance(source, Endpoint) else Endpoint(source, timeout)
        return run_remote(endpoint, text, info, bindings)
    return run_local(open_local(source), text, info, bindings, union=union)
