"""orgkg load (Graph Store Protocol) and remote queries against a real Oxigraph server,
plus the HTTP client's retry and authentication rules against a scripted local server.

Everything listens on 127.0.0.1 and every wait is bounded.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import orgkg
from devkit.oxigraph_server import OxigraphServer, free_port, oxigraph_server_fixture  # noqa: F401
from orgkg import loader
from orgkg import sparql as q
from orgkg import store as stores
from orgkg.cli import main
from orgkg.errors import RemoteError, UsageError
from orgkg.netguard import HttpClient, Retry, TransientError, authorization_from_env

FIXTURE = Path(__file__).parent / "data" / "query" / "seed.trig"
FAST = Retry(attempts=3, initial_delay=0.01, max_delay=0.02)
HOSTILE = ['" } ; DROP ALL ; #', '") || true || ("', "a\\u0022b", "line one\nline two\ttab \\ backslash"]


def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def remote_counts(server: OxigraphServer) -> dict[str | None, int]:
    result = orgkg.query(server.query_url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    counts: dict[str | None, int] = {row["g"].value: int(row["n"].value) for row in result.rows}
    default = orgkg.query(server.query_url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    counts[None] = int(default.rows[0]["n"].value)
    return counts


@pytest.fixture(scope="module")
def fixture_store() -> ox.Store:
    return stores.read_data(FIXTURE)


# --------------------------------------------------------------------------- real Oxigraph


def test_load_then_query_remotely_equals_local(oxigraph_server: OxigraphServer, fixture_store: ox.Store) -> None:
    report = orgkg.load(FIXTURE, oxigraph_server.store_url)
    assert report.ok, report.render()
    assert len(report.graphs) == 17 and report.graphs[-1].graph is None, "default graph last"
    assert remote_counts(oxigraph_server) == stores.graph_counts(fixture_store)
    for name in q.named_queries():
        params = {"subject": "o:example-agency"} if name == "sources-of-fact" else {}
        if name == "find-by-name":
            params = {"name": "EXA"}
        local = orgkg.query(fixture_store, name, params)
        remote = orgkg.query(oxigraph_server.query_url, name, params)
        assert remote.variables == local.variables, name
        assert remote.rows == local.rows, name


@pytest.mark.parametrize("value", HOSTILE)
def test_injection_against_the_endpoint(oxigraph_server: OxigraphServer, value: str) -> None:
    orgkg.load(FIXTURE, oxigraph_server.store_url)
    before = remote_counts(oxigraph_server)
    rows = orgkg.query(oxigraph_server.query_url, "find-by-name", {"name": value}).values()
    assert len({r["node"] for r in rows}) == 1 and all(r["name"] == value for r in rows)
    text = "SELECT ?s ?v WHERE { GRAPH ?g { ?s <https://schema.org/name> ?n } FILTER(STR(?n) = ?v) }"
    assert len(orgkg.query(oxigraph_server.query_url, text, {"v": value}).rows) == 1
    assert remote_counts(oxigraph_server) == before


def test_load_twice_gives_the_same_counts(oxigraph_server: OxigraphServer) -> None:
    first = orgkg.load(FIXTURE, oxigraph_server.store_url)
    counts = remote_counts(oxigraph_server)
    second = orgkg.load(FIXTURE, oxigraph_server.store_url)
    assert first.ok and second.ok
    assert remote_counts(oxigraph_server) == counts
    merged = orgkg.load(FIXTURE, oxigraph_server.store_url, replace=False)
    assert merged.ok and remote_counts(oxigraph_server) == counts, "no blank nodes: POST is idempotent too"


def test_replace_drops_stale_triples_and_leaves_other_graphs(oxigraph_server: OxigraphServer) -> None:
    graph = "https://w3id.org/orgkg/graph/example-agency/intro"
    client = HttpClient()
    stale = b"<http://e.example/stale> <http://e.example/p> <http://e.example/o> .\n"
    client.request(
        "POST",
        loader.graph_url(oxigraph_server.store_url, graph),
        body=stale,
        headers={"Content-Type": "application/n-triples"},
    )
    client.request(
        "PUT",
        loader.graph_url(oxigraph_server.store_url, "http://e.example/other"),
        body=stale,
        headers={"Content-Type": "application/n-triples"},
    )
    merged = orgkg.load(FIXTURE, oxigraph_server.store_url, replace=False)
    assert merged.ok and next(g for g in merged.graphs if g.graph == graph).remote == 6
    replaced = orgkg.load(FIXTURE, oxigraph_server.store_url)
    assert replaced.ok and next(g for g in replaced.graphs if g.graph == graph).remote == 5
    assert remote_counts(oxigraph_server)["http://e.example/other"] == 1, "unrelated graphs are untouched"


FOREIGN = '<http://e.example/someone-else> <http://e.example/p> "not orgkg\'s" .'


def foreign_triple_present(server: OxigraphServer) -> bool:
    return bool(orgkg.query(server.query_url, f"ASK {{ {FOREIGN[:-2]} }}").boolean)


def test_replace_merges_the_shared_default_graph(oxigraph_server: OxigraphServer, fixture_store: ox.Store) -> None:
    """A foreign default-graph triple survives --replace; --replace-default-graph removes it."""
    HttpClient().request(
        "POST",
        loader.graph_url(oxigraph_server.store_url, None),
        body=FOREIGN.encode() + b"\n",
        headers={"Content-Type": "application/n-triples"},
    )
    local = stores.graph_counts(fixture_store)
    code, out, err = run_cli("load", "--endpoint", oxigraph_server.store_url, "--data", str(FIXTURE))
    assert code == 0, err
    assert foreign_triple_present(oxigraph_server), "someone else's default-graph triple survives --replace"
    assert out.splitlines()[-1].split() == ["(default", "graph)", str(local[None]), str(local[None] + 1), "ok"]
    assert "251 triples replaced (default graph merged)" in err and "counts verified" in err
    assert remote_counts(oxigraph_server) == {**local, None: local[None] + 1}, "named graphs replaced as before"

    code, out, err = run_cli(
        "load",
        "--endpoint",
        oxigraph_server.store_url,
        "--data",
        str(FIXTURE),
        "--replace-default-graph",
        "--format",
        "json",
    )
    assert code == 0, err
    assert not foreign_triple_present(oxigraph_server), "the opt-in replaces the whole default graph"
    assert remote_counts(oxigraph_server) == local
    report = json.loads(out)
    assert report["ok"] and {g["mode"] for g in report["graphs"]} == {"replace"}
    assert "(default graph merged)" not in err


def test_a_merged_default_graph_with_fewer_triples_is_a_mismatch() -> None:
    merged = loader.GraphLoad(None, 96, written=True, mode="merge")
    replaced = loader.GraphLoad(None, 96, written=True, mode="replace")
    for remote, merged_ok, replaced_ok in ((96, True, True), (97, True, False), (95, False, False)):
        merged.remote = replaced.remote = remote
        assert (merged.status == "ok", replaced.status == "ok") == (merged_ok, replaced_ok), remote
        assert loader.LoadReport("e", "q", "replace", [merged]).ok is merged_ok
        assert loader.LoadReport("e", "q", "replace", [replaced]).ok is replaced_ok


def test_replace_default_graph_needs_replace() -> None:
    code, _, err = run_cli(
        "load", "--endpoint", "http://127.0.0.1:9/store", "--data", str(FIXTURE), "--merge", "--replace-default-graph"
    )
    assert code == 2 and "--replace-default-graph" in err
    with pytest.raises(UsageError, match="--replace-default-graph"):
        orgkg.load(FIXTURE, "http://127.0.0.1:9/store", replace=False, replace_default_graph=True)


def test_graph_iris_with_reserved_characters(oxigraph_server: OxigraphServer) -> None:
    odd = "https://e.example/graph?x=1&y=2#frag"
    quads = [
        ox.Quad(
            ox.NamedNode("http://e.example/s"),
            ox.NamedNode("http://e.example/p"),
            ox.Literal(str(i)),
            ox.NamedNode(odd),
        )
        for i in range(3)
    ]
    memory = ox.Store()
    memory.extend(quads)
    report = orgkg.load(memory, oxigraph_server.store_url)
    assert report.ok and report.graphs[0].remote == 3
    assert remote_counts(oxigraph_server)[odd] == 3


def test_server_killed_mid_load(oxigraph_server: OxigraphServer, fixture_store: ox.Store) -> None:
    """Kill -9 after three graphs: a clear error, exit 4, the three graphs intact."""
    seen: list[str | None] = []

    def crash_after_three(graph_load: loader.GraphLoad) -> None:
        seen.append(graph_load.graph)
        if len(seen) == 3:
            oxigraph_server.kill()

    with pytest.raises(loader.LoadError) as caught:
        orgkg.load(FIXTURE, oxigraph_server.store_url, retry=FAST, timeout=5, on_graph=crash_after_three)
    error = caught.value
    assert error.exit_code == 4
    message = str(error)
    assert "load stopped at graph 4 of 17" in message and "cannot reach" in message
    assert "3 graph(s) were written before the failure" in message
    assert all(str(g) in message for g in seen)
    assert [g.graph for g in error.report.written] == seen
    oxigraph_server.start()  # same data folder
    counts = remote_counts(oxigraph_server)
    local = stores.graph_counts(fixture_store)
    assert {g: counts.get(g) for g in seen} == {g: local[g] for g in seen}
    assert set(counts) - {None} == set(seen)
    assert orgkg.load(FIXTURE, oxigraph_server.store_url).ok, "running it again finishes the job"
    assert remote_counts(oxigraph_server) == local


def test_cli_load_and_report(oxigraph_server: OxigraphServer, tmp_path: Path) -> None:
    store_dir = tmp_path / "build" / "store"
    stores.persist(FIXTURE, store_dir)
    code, out, err = run_cli("load", "--endpoint", oxigraph_server.store_url, "--store", str(store_dir))
    assert code == 0, err
    assert out.splitlines()[0].split() == ["graph", "local", "remote", "status"]
    assert out.splitlines()[-1].split() == ["(default", "graph)", "96", "96", "ok"]
    assert "17/17 graphs, 251 triples replaced" in err and "counts verified" in err
    code, out, _ = run_cli(
        "load", "--endpoint", oxigraph_server.store_url, "--data", str(FIXTURE), "--merge", "--format", "json"
    )
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["mode"] == "merge"
    code, out, _ = run_cli("query", "partners", "--endpoint", oxigraph_server.query_url, "--format", "csv")
    assert code == 0 and "National Institute of Standards and Technology" in out


def test_cli_load_mid_failure_is_exit_4(oxigraph_server: OxigraphServer, monkeypatch: pytest.MonkeyPatch) -> None:
    real = loader.load

    def load_and_crash(*args: object, **kwargs: object) -> loader.LoadReport:
        calls: list[object] = []

        def crash(graph_load: loader.GraphLoad) -> None:
            calls.append(graph_load)
            if len(calls) == 2:
                oxigraph_server.kill()

        kwargs.update(on_graph=crash, retry=FAST, timeout=5)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load", load_and_crash)
    code, out, err = run_cli("load", "--endpoint", oxigraph_server.store_url, "--data", str(FIXTURE))
    assert code == 4
    assert "load stopped at graph 3 of 17" in err and "2 graph(s) were written" in err
    assert out.count("  ok") == 0 and out.count("not written") == 15


def test_cli_load_unreachable_is_exit_4() -> None:
    code, _, err = run_cli(
        "load", "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--data", str(FIXTURE), "--retries", "2"
    )
    assert code == 4 and "cannot reach" in err and "0 graph(s) were written" in err


def test_service_allowed_on_request(oxigraph_server: OxigraphServer, fixture_store: ox.Store) -> None:
    orgkg.load(FIXTURE, oxigraph_server.store_url)
    text = (
        f"SELECT ?n WHERE {{ SERVICE <{oxigraph_server.query_url}> "
        "{ GRAPH ?g { <https://w3id.org/orgkg/person/jane-doe> <https://schema.org/name> ?n } } }"
    )
    with pytest.raises(orgkg.errors.NetworkRefused):  # type: ignore[attr-defined]
        orgkg.query(ox.Store(), text)
    assert orgkg.query(ox.Store(), text, allow_network=True).values() == [{"n": "Jane Doe"}]


def test_endpoint_error_carries_the_server_message(oxigraph_server: OxigraphServer) -> None:
    # Parses (rdflib does not resolve prefixes), but the server knows no prefix zz: -> 400.
    text = "SELECT *\nWHERE { ?s zz:p ?o }"
    with pytest.raises(RemoteError) as caught:
        orgkg.query(oxigraph_server.query_url, text)
    message = str(caught.value)
    assert "HTTP 400 Bad Request: error at 2:" in message, "the server's message, positions unshifted"
    code, _, err = run_cli("query", "-q", text, "--endpoint", oxigraph_server.query_url)
    assert code == 4 and "error at 2:" in err


# --------------------------------------------------------------------------- scripted server


class Script:
    """Answers in order (status, body); records requests (method, path, headers, body)."""

    def __init__(self, answers: list[tuple[int, bytes]]) -> None:
        self.answers = answers
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []


@pytest.fixture
def scripted() -> Iterator[tuple[Script, str]]:
    script = Script([])

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _any(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            script.requests.append((self.command, self.path, dict(self.headers.items()), body))
            status, payload = script.answers.pop(0) if script.answers else (204, b"")
            self.send_response(status)
            if status in (301, 302, 307, 308):
                self.send_header("Location", "http://elsewhere.example/store")
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_PUT = do_POST = _any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield script, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_retries_5xx_with_backoff_then_succeeds(scripted: tuple[Script, str]) -> None:
    script, base = scripted
    script.answers = [(503, b"busy"), (500, b"oops"), (204, b"")]
    sleeps: list[float] = []
    client = HttpClient(retry=Retry(attempts=4, initial_delay=0.5, factor=2), sleep=sleeps.append)
    assert client.request("PUT", base + "/store?default", body=b"").status == 204
    assert sleeps == [0.5, 1.0] and len(script.requests) == 3


def test_retries_are_bounded(scripted: tuple[Script, str]) -> None:
    script, base = scripted
    script.answers = [(502, b"bad gateway")] * 10
    client = HttpClient(retry=Retry(attempts=3, initial_delay=1, max_delay=1.5), sleep=lambda _: None)
    with pytest.raises(TransientError, match=r"HTTP 502.*bad gateway"):
        client.request("PUT", base + "/store?default", body=b"")
    assert len(script.requests) == 3
    assert list(Retry(attempts=5, initial_delay=0.5, factor=2, max_delay=3).delays()) == [0.5, 1.0, 2.0, 3.0]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413])
def test_4xx_is_never_retried(scripted: tuple[Script, str], status: int) -> None:
    script, base = scripted
    script.answers = [(status, b"the server explains why")]
    client = HttpClient(retry=Retry(attempts=5), sleep=lambda _: pytest.fail("must not retry"))
    with pytest.raises(RemoteError, match=rf"HTTP {status}.*the server explains why"):
        client.request("PUT", base + "/store?default", body=b"")
    assert len(script.requests) == 1


def test_redirects_are_not_followed(scripted: tuple[Script, str]) -> None:
    script, base = scripted
    script.answers = [(307, b"")]
    with pytest.raises(RemoteError, match=r"redirected to http://elsewhere\.example/store"):
        HttpClient().request("PUT", base + "/store?default", body=b"")
    assert len(script.requests) == 1


def test_load_failure_on_4xx_reports_written_graphs(scripted: tuple[Script, str]) -> None:
    script, base = scripted
    script.answers = [(204, b""), (204, b""), (403, b"read-only dataset")]
    with pytest.raises(loader.LoadError) as caught:
        orgkg.load(FIXTURE, base + "/ds/data", retry=FAST)
    assert "graph 3 of 17" in str(caught.value) and "read-only dataset" in str(caught.value)
    assert len(caught.value.report.written) == 2 and len(script.requests) == 3
    assert [r[0] for r in script.requests] == ["PUT"] * 3
    assert script.requests[0][1].startswith("/ds/data?graph=https%3A%2F%2Fw3id.org%2Forgkg%2Fgraph%2F")
    assert script.requests[0][2]["Content-Type"] == "application/n-triples"


def test_merge_uses_post_and_counts_use_the_query_url(scripted: tuple[Script, str]) -> None:
    script, base = scripted
    ok = json.dumps({"head": {"vars": ["g", "n"]}, "results": {"bindings": []}}).encode()
    script.answers = [(204, b"")] * 17 + [(200, ok), (200, ok)]
    report = orgkg.load(FIXTURE, base + "/ds/data", replace=False, retry=FAST)
    assert [r[0] for r in script.requests[:17]] == ["POST"] * 17
    assert script.requests[16][1] == "/ds/data?default"
    assert {r[1] for r in script.requests[17:]} == {"/ds/sparql"}
    assert not report.ok  # the scripted server stored nothing


@pytest.mark.parametrize(("kwargs", "default_method"), [({}, "POST"), ({"replace_default_graph": True}, "PUT")])
def test_replace_puts_named_graphs_and_posts_the_default_graph(
    scripted: tuple[Script, str], kwargs: dict[str, bool], default_method: str
) -> None:
    script, base = scripted
    ok = json.dumps({"head": {"vars": ["g", "n"]}, "results": {"bindings": []}}).encode()
    script.answers = [(204, b"")] * 17 + [(200, ok), (200, ok)]
    orgkg.load(FIXTURE, base + "/ds/data", retry=FAST, **kwargs)
    writes = script.requests[:17]
    assert [r[0] for r in writes[:16]] == ["PUT"] * 16 and all("?graph=" in r[1] for r in writes[:16])
    assert (writes[16][0], writes[16][1]) == (default_method, "/ds/data?default")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"ORGKG_ENDPOINT_USER": "alice", "ORGKG_ENDPOINT_PASSWORD": "s3cret"},
            "Basic " + base64.b64encode(b"alice:s3cret").decode(),
        ),
        ({"ORGKG_ENDPOINT_TOKEN": "tok-123"}, "Bearer tok-123"),
        ({}, None),
    ],
)
def test_authentication_from_the_environment(
    scripted: tuple[Script, str], monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str | None
) -> None:
    script, base = scripted
    for name in ("ORGKG_ENDPOINT_USER", "ORGKG_ENDPOINT_PASSWORD", "ORGKG_ENDPOINT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    script.answers = [(400, b"no")]
    with pytest.raises(RemoteError) as caught:
        orgkg.query(base + "/query", "partners")
    assert script.requests[0][2].get("Authorization") == expected
    assert "s3cret" not in str(caught.value) and "tok-123" not in str(caught.value)


def test_authentication_misconfiguration() -> None:
    with pytest.raises(UsageError, match="not both"):
        authorization_from_env({"ORGKG_ENDPOINT_TOKEN": "t", "ORGKG_ENDPOINT_USER": "u"})
    with pytest.raises(UsageError, match="together"):
        authorization_from_env({"ORGKG_ENDPOINT_USER": "u"})


def test_query_url_derivation() -> None:
    assert loader.query_url_for("http://127.0.0.1:7878/store") == "http://127.0.0.1:7878/query"
    assert loader.query_url_for("http://h:3030/orgkg/data") == "http://h:3030/orgkg/sparql"
    with pytest.raises(UsageError, match="--query-endpoint"):
        loader.query_url_for("http://h/gsp")
    assert loader.graph_url("http://h/store", None) == "http://h/store?default"
    assert loader.graph_url("http://h/store", "http://e/g#x") == "http://h/store?graph=http%3A%2F%2Fe%2Fg%23x"


def test_cli_load_indexes_graph_nq_into_the_store_first(oxigraph_server: OxigraphServer, tmp_path: Path) -> None:
    build = tmp_path / "build"
    build.mkdir()
    (build / "graph.nq").write_bytes(ox.serialize(stores.read_data(FIXTURE), format=ox.RdfFormat.N_QUADS))
    code, _, err = run_cli("load", "--endpoint", oxigraph_server.store_url, "--store", str(build / "store"))
    assert code == 0, err
    assert f"orgkg: indexing {build / 'graph.nq'} into {build / 'store'} …" in err
    assert "17/17 graphs, 251 triples replaced" in err
    assert stores.is_current(build / "graph.nq", build / "store")
    inode = (build / "store").stat().st_ino
    code, _, err = run_cli("load", "--endpoint", oxigraph_server.store_url, "--store", str(build / "store"))
    assert code == 0 and "indexing" not in err and (build / "store").stat().st_ino == inode
