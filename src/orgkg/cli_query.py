"""``orgkg query``, ``orgkg load`` and ``orgkg serve``: thin click commands over
``orgkg.query``, ``orgkg.load`` and ``orgkg.serve``.

Nothing heavy is imported at module level (``orgkg --help`` stays instant). Errors are
``OrgkgError``s; the ``orgkg`` group maps them to exit codes (2 usage, 3 input, 4 remote).
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from orgkg.errors import InputError, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from orgkg.loader import GraphLoad

QUERY_FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld")
DEFAULT_STORE = "build/store"

store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path, readable=False),  # checked by _check_store_dir: exit 3, not click's 2
    default=None,
    metavar="DIR",
    help=f"Embedded store, an index of DIR/../graph.nq, (re)built when that file changed (default: {DEFAULT_STORE}).",
)
data_option = click.option(
    "--data",
    type=click.Path(path_type=Path, readable=False),  # checked by _check_input_file: exit 3, not click's 2
    default=None,
    metavar="FILE",
    help="An RDF file instead of the store (.trig/.nq keep named graphs; .ttl/.nt/.jsonld/.rdf too).",
)
timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=60.0,
    show_default=True,
    metavar="SECONDS",
    help="Deadline for each attempt of a request to an endpoint: connect, send and receive together. "
    "A request gives up after attempts × SECONDS + backoff (docs/serving-and-remote.md).",
)


def _check_input_file(path: Path | None) -> None:
    """A file the user names (``-f``, ``--data``) that cannot be read is an input error (exit 3,
    ``file: reason``), not a usage error: click.Path's own checks would exit 2. A FIFO or a
    device is refused too: reading one would block or never end."""
    if path is not None:
        from orgkg.rdf_files import check_regular

        check_regular(path)


def _check_store_dir(path: Path | None) -> None:
    """``--store DIR``: a file or an unreadable folder is an input error (exit 3). A missing
    folder is left to the store, which indexes ``DIR/../graph.nq`` or says there is none."""
    if path is None:
        return
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", str(path)) from None
    if not stat.S_ISDIR(mode):
        raise InputError("is a file, not a store folder (an RDF file is read with --data FILE)", str(path))
    if not os.access(path, os.R_OK | os.X_OK):
        raise InputError("permission denied", str(path))


def _notice(message: str) -> None:
    """One line on stderr when a store is (re)indexed from its graph.nq."""
    click.echo(f"orgkg: {message}", err=True)


def _write(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _isatty() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    """``-p name=value`` pairs (``name:type=value`` picks a type for undeclared names)."""
    params: dict[str, str] = {}
    for item in values:
        name, eq, value = item.partition("=")
        if not eq or not name:
            raise UsageError(f"-p wants NAME=VALUE, got {item!r}")
        if name in params:
            raise UsageError(f"-p {name} given twice")
        params[name] = value
    return params


def _list_queries(fmt: str | None) -> None:
    from orgkg.sparql import named_queries

    queries = named_queries()
    if fmt == "json":
        data = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "params": [
                    {
                        "name": p.name,
                        "type": p.type,
                        "required": p.required,
                        "default": None if p.default in (None, "UNDEF") else p.default,
                        "help": p.help,
                    }
                    for p in q.params
                ],
            }
            for q in queries.values()
        ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    width = max(len(name) for name in queries) + 2
    for q in queries.values():
        click.echo(f"{q.name:<{width}}{q.title}")
        for p in q.params:
            need = "required" if p.required else "optional" if p.default == "UNDEF" else f"default {p.default}"
            click.echo(f"{'':<{width}}-p {p.name}={p.type.upper()}  ({need}) {p.help}".rstrip())
    click.echo("\nRun `orgkg query NAME --show` to see a query's SPARQL and description.")


@click.command("query")
@click.argument("name", required=False)
@click.option(
    "-f",
    "--file",
    "file",
    type=click.Path(path_type=Path, readable=False),  # checked by _check_input_file: exit 3, not click's 2
    metavar="FILE.rq",
    help="Run the query in this file.",
)
@click.option("-q", "--query", "text", metavar="SPARQL", help="Run this query text.")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME wherever it appears, selected or not (typed as the query declares; repeatable).",
)
@store_option
@data_option
@click.option(
    "--endpoint",
    metavar="URL",
    help="A SPARQL 1.1 query endpoint (Oxigraph …/query, Fuseki …/{dataset}/sparql).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(QUERY_FORMATS),
    default=None,
    help="Output format (default: table on a terminal, else csv; ttl for CONSTRUCT).",
)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--show", is_flag=True, help="Print the query (header and SPARQL) instead of running it.")
@click.option("--allow-network", is_flag=True, help="Let a local query's SERVICE clauses reach the network.")
@click.option(
    "--union",
    is_flag=True,
    help="Local only: the default graph is the union of all graphs (no GRAPH needed).",
)
@timeout_option
def query_cmd(
    name: str | None,
    file: Path | None,
    text: str | None,
    params: tuple[str, ...],
    store_dir: Path | None,
    data: Path | None,
    endpoint: str | None,
    fmt: str | None,
    list_queries: bool,
    show: bool,
    allow_network: bool,
    union: bool,
    timeout: float,
) -> None:
    """Run a SPARQL query: a named query NAME, a file (-f) or text (-q).

    Reads the embedded store (build/store, indexed from build/graph.nq on first use and
    whenever that file changes) by default, or an RDF file (--data), or a remote endpoint
    (--endpoint). Parameters are bound as typed RDF terms, never pasted
    into the query text, wherever their variable appears (FILTER included).
    Updates are refused; SERVICE needs --allow-network.

    \b
    Examples:
      orgkg query --list
      orgkg query partners
      orgkg query sources-of-fact -p subject=o:national-science-foundation -p property=schema:foundingDate
      orgkg query -q 'SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g' --format csv
      orgkg query org-summary --endpoint http://127.0.0.1:7878/query
    """
    if list_queries:
        _list_queries(fmt)
        return
    given = [x for x in (name, file, text) if x is not None]
    if len(given) != 1:
        raise UsageError("give exactly one of NAME, -f FILE.rq or -q TEXT (or --list)")
    sources = [x for x in (store_dir, data, endpoint) if x is not None]
    if len(sources) > 1:
        raise UsageError("give at most one of --store, --data and --endpoint")

    from orgkg import sparql as q

    if name is not None:
        target = q.get_named(name)
    elif file is not None:
        _check_input_file(file)
        target = q.from_file(file)
    else:
        target = q.from_text(text or "")
    if show:
        click.echo(target.text.rstrip("\n"))
        return
    if union and endpoint:
        raise UsageError("--union applies to local queries only")
    bound = parse_params(params)
    _, sparql, info, bindings = q.prepare(target, bound, allow_network=allow_network, remote=endpoint is not None)
    fmt = fmt or ("ttl" if info.is_graph else "table" if _isatty() else "csv")
    if fmt not in (q.GRAPH_FORMATS if info.is_graph else q.SELECT_FORMATS):
        allowed = ", ".join(q.GRAPH_FORMATS if info.is_graph else q.SELECT_FORMATS)
        raise UsageError(f"--format {fmt} does not fit a {info.form} query (use: {allowed})")
    if endpoint:
        from orgkg.netguard import check_endpoint

        result = q.run_remote(q.Endpoint(check_endpoint(endpoint), timeout), sparql, info, bindings)
    else:
        if data is not None:
            _check_input_file(data)
            from orgkg.store import supports_datasets

            if name is not None and not supports_datasets(data):
                click.echo(
                    f"orgkg: note: {data.name} holds no named graphs; named queries look inside "
                    "named graphs (use graph.trig or graph.nq)",
                    err=True,
                )
            source: object = data
        else:
            _check_store_dir(store_dir or Path(DEFAULT_STORE))
            source = store_dir or Path(DEFAULT_STORE)
        result = q.run_local(q.open_local(source, notice=_notice), sparql, info, bindings, union=union)
    _write(q.render(result, fmt))
    if result.is_empty:
        click.echo("orgkg: no results", err=True)


@click.command("load")
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="Graph Store Protocol URL (Oxigraph …/store, Fuseki …/{dataset}/data).",
)
@click.option(
    "--query-endpoint",
    metavar="URL",
    default=None,
    help="SPARQL query URL for the count check (default: derived: /store→/query, /data→/sparql).",
)
@store_option
@data_option
@click.option(
    "--replace/--merge",
    default=True,
    show_default=True,
    help="PUT each named graph (replace its content) or POST (add to it). The default graph is always POSTed "
    "(merged) unless --replace-default-graph.",
)
@click.option(
    "--replace-default-graph",
    is_flag=True,
    help="With --replace, PUT the default graph too: deletes every triple in the endpoint's default graph, "
    "not only orgkg's provenance. For a store orgkg alone writes to.",
)
@click.option(
    "--retries",
    type=click.IntRange(1, 20),
    default=5,
    show_default=True,
    help="Attempts per request on connection errors and 5xx answers.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Format of the per-graph report on stdout.",
)
@timeout_option
def load_cmd(
    endpoint: str,
    query_endpoint: str | None,
    store_dir: Path | None,
    data: Path | None,
    replace: bool,
    replace_default_graph: bool,
    retries: int,
    fmt: str,
    timeout: float,
) -> None:
    """Load the graph into a triple store over the SPARQL 1.1 Graph Store Protocol.

    One HTTP PUT (--replace) or POST (--merge) per named graph, then the default graph
    (provenance), which is merged (POST) so that other data in a shared store survives,
    unless --replace-default-graph; then every graph's triple count on the server is
    checked against the local count (at least as many for a merged graph). Loading twice
    leaves the same store. Credentials come from the environment only:
    ORGKG_ENDPOINT_USER + ORGKG_ENDPOINT_PASSWORD (basic) or ORGKG_ENDPOINT_TOKEN (bearer).

    \b
    Oxigraph:  orgkg load --endpoint http://127.0.0.1:7878/store
    Fuseki:    orgkg load --endpoint http://127.0.0.1:3030/orgkg/data
    """
    if store_dir is not None and data is not None:
        raise UsageError("give at most one of --store and --data")
    if replace_default_graph and not replace:
        raise UsageError("--replace-default-graph goes with --replace, not --merge")
    _check_input_file(data)
    _check_store_dir((store_dir or Path(DEFAULT_STORE)) if data is None else None)
    from orgkg.loader import LoadError, load
    from orgkg.netguard import Retry

    progress = _progress() if _isatty() else None
    try:
        report = load(
            data if data is not None else (store_dir or Path(DEFAULT_STORE)),
            endpoint,
            replace=replace,
            replace_default_graph=replace_default_graph,
            query_endpoint=query_endpoint,
            timeout=timeout,
            retry=Retry(attempts=retries),
            on_graph=progress,
            notice=_notice,
        )
    except LoadError as error:
        _write(error.report.render(fmt).encode("utf-8"))
        raise
    _write(report.render(fmt).encode("utf-8"))
    click.echo(f"orgkg: {report.summary()}", err=True)
    if not report.ok:
        from orgkg.errors import RemoteError

        raise RemoteError("triple counts on the endpoint differ from the local ones (see above)")


def _progress() -> Callable[[GraphLoad], None]:
    def show(graph_load: GraphLoad) -> None:
        done, total = graph_load.index, graph_load.total
        click.echo(f"\rorgkg: loaded {done}/{total} graphs", err=True, nl=done == total)

    return show


@click.command("serve")
@store_option
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7878,
    show_default=True,
    help="TCP port (0 picks a free one).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Loopback address to bind (127.0.0.1, ::1 or localhost only).",
)
@click.option(
    "--engine",
    type=click.Choice(["auto", "oxigraph", "python"]),
    default="auto",
    show_default=True,
    help="python (auto): pyoxigraph worker processes; oxigraph: the Oxigraph server binary (read-only, "
    "on a second loopback port). "
    "Both sit behind orgkg's front server, which checks Host and refuses updates and SERVICE.",
)
@click.option(
    "--query-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="A query not answered within SECONDS gets 503 and is stopped (its worker process is killed; "
    "Oxigraph cancels it).",
)
def serve_cmd(store_dir: Path | None, port: int, host: str, engine: str, query_timeout: float) -> None:
    """Serve the embedded store as a read-only SPARQL endpoint on this machine.

    The store is (re)indexed from the graph.nq beside it first if that file changed; a
    running server keeps the store it opened until restarted.

    Query it at http://127.0.0.1:PORT/query (SPARQL 1.1 Protocol, GET or POST) with
    `orgkg query --endpoint`, curl or any SPARQL client. Stop it with Ctrl-C.
    """
    _check_store_dir(store_dir or Path(DEFAULT_STORE))
    from orgkg.serve import serve

    status = serve(
        store_dir or Path(DEFAULT_STORE),
        host=host,
        port=port,
        engine=engine,
        query_timeout=query_timeout,
        notice=_notice,
    )
    if status:
        from orgkg.store import StoreError

        raise StoreError(f"the SPARQL server stopped with status {status}")
