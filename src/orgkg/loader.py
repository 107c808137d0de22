"""Load the graph into any triple store over the SPARQL 1.1 Graph Store Protocol.

    >>> import orgkg
    >>> report = orgkg.load("build/store", "http://127.0.0.1:7878/store")
    >>> report.ok, report.summary()

One request per named graph (``PUT …/store?graph=IRI`` replaces that graph's content,
``POST`` with ``replace=False`` adds to it), then the default graph (``?default``), which
holds the provenance that describes the named graphs, so it is written last. Every node
has an IRI (no blank nodes), so both PUT and POST are idempotent: loading twice leaves
the same store. Graphs on the server that the dataset does not mention are never touched.

The default graph is shared: on a store that holds other data, a PUT of it would delete
everyone else's default-graph triples. So it is always merged (POST), even with
``replace=True``, unless ``replace_default_graph=True`` (``--replace-default-graph``) says
orgkg owns it. A merged default graph keeps the provenance of graphs removed since an
earlier load, and old values (lines, file hashes) beside the new ones.

After the writes, each graph's triple count on the server (one SPARQL ``COUNT`` per batch
of graphs on the query endpoint) is compared with the local count: equal for a replaced
graph, at least as large for a merged one.

Endpoint URLs:

* Oxigraph (``oxigraph serve``): Graph Store ``http://HOST:7878/store``, query
  ``http://HOST:7878/query``, update ``http://HOST:7878/update``.
* Apache Jena Fuseki: Graph Store ``http://HOST:3030/{dataset}/data``, query
  ``http://HOST:3030/{dataset}/sparql`` (or ``/query``), update ``…/{dataset}/update``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit, urlunsplit

from orgkg.errors import RemoteError, UsageError

if TYPE_CHECKING:
    import pyoxigraph as ox

    from orgkg.netguard import HttpClient, Retry

COUNT_BATCH = 200
DEFAULT_GRAPH = "(default graph)"


@dataclass
class GraphLoad:
    """One graph's load: ``graph`` is the IRI, or None for the default graph."""

    graph: str | None
    local: int
    remote: int | None = None
    written: bool = False
    seconds: float = 0.0
    index: int = 0
    total: int = 0
    mode: str = "replace"  # "replace" (PUT: remote must equal local) | "merge" (POST: at least local)

    @property
    def counts_ok(self) -> bool:
        if self.remote is None:
            return False
        return self.remote >= self.local if self.mode == "merge" else self.remote == self.local

    @property
    def status(self) -> str:
        if not self.written:
            return "not written"
        if self.remote is None:
            return "unchecked"
        return "ok" if self.counts_ok else "count differs"


@dataclass
class LoadReport:
    endpoint: str
    query_endpoint: str
    mode: str  # "replace" | "merge"
    graphs: list[GraphLoad] = field(default_factory=list)
    seconds: float = 0.0
    failure: str | None = None

    @property
    def written(self) -> list[GraphLoad]:
        return [g for g in self.graphs if g.written]

    @property
    def ok(self) -> bool:
        if self.failure:
            return False
        return all(g.written and g.counts_ok for g in self.graphs)

    @property
    def triples(self) -> int:
        return sum(g.local for g in self.written)

    def summary(self) -> str:
        how = "replaced" if self.mode == "replace" else "merged"
        if self.mode == "replace" and any(g.graph is None and g.mode == "merge" for g in self.graphs):
            how += " (default graph merged)"
        text = (
            f"{len(self.written)}/{len(self.graphs)} graphs, {self.triples} triples "
            f"{how} into {self.endpoint} in {self.seconds:.2f} s"
        )
        if self.failure:
            return text + f"; FAILED: {self.failure}"
        return text + ("; counts verified" if self.ok else "; COUNT MISMATCH")

    def to_json(self) -> dict[str, Any]:
        return {
            "endpoint": self.endpoint,
            "query_endpoint": self.query_endpoint,
            "mode": self.mode,
            "ok": self.ok,
            "failure": self.failure,
            "seconds": round(self.seconds, 3),
            "graphs": [
                {
                    **{k: v for k, v in asdict(g).items() if k not in ("index", "total", "seconds")},
                    "status": g.status,
                }
                for g in self.graphs
            ],
        }

    def render(self, fmt: str = "table") -> str:
        if fmt == "json":
            return json.dumps(self.to_json(), indent=2) + "\n"
        rows = [("graph", "local", "remote", "status")]
        for g in self.graphs:
            remote = "" if g.remote is None else str(g.remote)
            rows.append((g.graph or DEFAULT_GRAPH, str(g.local), remote, g.status))
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines) + "\n"


class LoadError(RemoteError):
    """A load failed part-way (exit 4). ``report`` says which graphs were written."""

    def __init__(self, message: str, report: LoadReport) -> None:
        super().__init__(message)
        self.report = report


def query_url_for(store_url: str) -> str:
    """The query endpoint beside a Graph Store endpoint: Oxigraph /store → /query,
    Fuseki /{dataset}/data → /{dataset}/sparql."""
    parts = urlsplit(store_url)
    path = parts.path.rstrip("/")
    for suffix, replacement in (("/store", "/query"), ("/data", "/sparql")):
        if path.endswith(suffix):
            return urlunsplit(parts._replace(path=path[: -len(suffix)] + replacement, query=""))
    raise UsageError(
        f"cannot derive the query endpoint from {store_url!r}: pass --query-endpoint "
        "(Oxigraph: …/query, Fuseki: …/{dataset}/sparql)"
    )


def graph_url(store_url: str, graph: str | None) -> str:
    """``…/store?graph=<IRI, percent-encoded>`` or ``…/store?default`` (GSP §4.1, §4.2)."""
    separator = "&" if urlsplit(store_url).query else "?"
    if graph is None:
        return f"{store_url}{separator}default"
    return f"{store_url}{separator}graph={quote(graph, safe='')}"


def _ntriples(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> bytes:
    import pyoxigraph as ox

    triples = (quad.triple for quad in store.quads_for_pattern(None, None, None, graph))
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def remote_counts(client: HttpClient, query_url: str, graphs: list[str | None]) -> dict[str | None, int]:
    """Triple counts on the endpoint for ``graphs`` (None = default graph), in batches."""
    import pyoxigraph as ox

    from orgkg.sparql import sparql_term

    counts: dict[str | None, int] = {}
    named = [g for g in graphs if g is not None]
    queries = []
    for start in range(0, len(named), COUNT_BATCH):
        batch = named[start : start + COUNT_BATCH]
        values = " ".join(sparql_term(ox.NamedNode(g)) for g in batch)
        queries.append(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
        )
    if None in graphs:
        queries.append("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    for sparql in queries:
        response = client.request(
            "POST",
            query_url,
            body=("query=" + quote(sparql, safe="")).encode("ascii"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json",
            },
        )
        try:
            data = json.loads(response.body)
            for binding in data["results"]["bindings"]:
                graph = binding["g"]["value"] if "g" in binding else None
                counts[graph] = int(binding["n"]["value"])
        except (ValueError, KeyError, TypeError) as error:
            raise RemoteError(f"{query_url}: unexpected answer to a COUNT query: {error}") from None
    for g in named:
        counts.setdefault(g, 0)
    return counts


def load(
    dataset_or_path: Any,
    endpoint: str,
    *,
    replace: bool = True,
    replace_default_graph: bool = False,
    query_endpoint: str | None = None,
    timeout: float = 60.0,
    retry: Retry | None = None,
    client: HttpClient | None = None,
    on_graph: Callable[[GraphLoad], None] | None = None,
    notice: Callable[[str], None] | None = None,
) -> LoadReport:
    """Push a dataset to a Graph Store Protocol endpoint and verify the counts.

    ``dataset_or_path``: an rdflib Dataset, a pyoxigraph Store, a store folder or an RDF
    file. A store folder is first brought up to date with the ``graph.nq`` beside it
    (``notice`` hears if it is reindexed). Raises LoadError (exit 4) if a request fails after its retries: the error's
    ``report`` lists the graphs already written, which stay in the store as written.

    ``timeout``: a deadline for each attempt of each request as a whole (connect, send,
    receive); a request gives up after ``retry.worst_case(timeout)`` seconds at most
    (docs/serving-and-remote.md).

    ``replace``: PUT each named graph (else POST). The default graph is POSTed (merged) in
    either case, since other data may share it, unless ``replace_default_graph`` (which
    needs ``replace``) lets a PUT replace the endpoint's whole default graph.
    """
    import pyoxigraph as ox

    from orgkg.netguard import HttpClient, Retry, check_endpoint
    from orgkg.sparql import open_local
    from orgkg.store import graph_counts

    if replace_default_graph and not replace:
        raise UsageError("--replace-default-graph goes with --replace, not --merge")
    check_endpoint(endpoint)
    query_url = check_endpoint(query_endpoint or query_url_for(endpoint), "--query-endpoint")
    store = open_local(dataset_or_path, notice=notice)
    local = graph_counts(store)
    order: list[str | None] = [*sorted(g for g in local if g is not None)]
    if local.get(None):
        order.append(None)  # provenance last; an empty default graph is left alone
    report = LoadReport(endpoint, query_url, "replace" if replace else "merge")
    report.graphs = [
        GraphLoad(
            g,
            local[g],
            index=i,
            total=len(order),
            mode="replace" if replace and (g is not None or replace_default_graph) else "merge",
        )
        for i, g in enumerate(order, 1)
    ]
    own = client is None
    http = client or HttpClient.from_env(timeout=timeout, retry=retry or Retry())
    started = time.perf_counter()
    try:
        for graph_load in report.graphs:
            node = ox.DefaultGraph() if graph_load.graph is None else ox.NamedNode(graph_load.graph)
            body = _ntriples(store, node)
            begin = time.perf_counter()
            try:
                http.request(
                    "PUT" if graph_load.mode == "replace" else "POST",
                    graph_url(endpoint, graph_load.graph),
                    body=body,
                    headers={"Content-Type": "application/n-triples"},
                )
            except RemoteError as error:
                report.seconds = time.perf_counter() - started
                report.failure = str(error)
                raise LoadError(_failure_message(report, graph_load, error), report) from None
            graph_load.written = True
            graph_load.seconds = time.perf_counter() - begin
            if on_graph is not None:
                on_graph(graph_load)
        try:
            counts = remote_counts(http, query_url, order)
        except RemoteError as error:
            report.seconds = time.perf_counter() - started
            report.failure = f"all graphs written, but the count check failed: {error}"
            raise LoadError(report.failure, report) from None
        for graph_load in report.graphs:
            graph_load.remote = counts.get(graph_load.graph)
    finally:
        if own:
            http.close()
    report.seconds = time.perf_counter() - started
    return report


def _failure_message(report: LoadReport, failed: GraphLoad, error: Exception) -> str:
    written = report.written
    name = failed.graph or DEFAULT_GRAPH
    lines = [
        f"load stopped at graph {failed.index} of {failed.total} ({name}): {error}",
        f"{len(written)} graph(s) were written before the failure and stay in the store" + (":" if written else "."),
    ]
    shown = written if len(written) <= 10 else [*written[:5], None, *written[-4:]]
    for g in shown:
        lines.append("  …" if g is None else f"  {g.graph or DEFAULT_GRAPH} ({g.local} triples)")
    lines.append("Run the same `orgkg load` again to finish: each graph write is idempotent.")
    return "\n".join(lines)
