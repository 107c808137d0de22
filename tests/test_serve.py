"""orgkg serve: a read-only SPARQL endpoint over the embedded store, on 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import orgkg
from devkit.oxigraph_server import free_port, oxigraph_binary
from orgkg import serve as serving
from orgkg import sparql as q
from orgkg import store as stores
from orgkg.cli import main

FIXTURE = Path(__file__).parent / "data" / "query" / "seed.trig"
READY = 30.0


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    stores.persist(FIXTURE, path)
    return path


@pytest.fixture(scope="module")
def python_server(store_dir: Path) -> Iterator[str]:
    server = serving.start_python_server(store_dir, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def http(
    method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:  # 127.0.0.1 only
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def named_params(name: str) -> dict[str, str]:
    return {"sources-of-fact": {"subject": "o:example-agency"}, "find-by-name": {"name": "EXA"}}.get(name, {})


# --------------------------------------------------------------------------- python engine


def test_python_engine_answers_like_the_local_store(python_server: str, store_dir: Path) -> None:
    for name in q.named_queries():
        local = orgkg.query(store_dir, name, named_params(name))
        remote = orgkg.query(python_server + "/query", name, named_params(name))
        assert (remote.variables, remote.rows) == (local.variables, local.rows), name


def test_python_engine_protocol(python_server: str) -> None:
    text = "SELECT ?n WHERE { GRAPH ?g { <https://w3id.org/orgkg/person/jane-doe> schema:name ?n } }"
    status, media, body = http("GET", python_server + "/query?" + urllib.parse.urlencode({"query": text}))
    assert status == 200 and media.startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"] == [{"n": {"type": "literal", "value": "Jane Doe"}}]
    status, media, body = http(
        "POST",
        python_server + "/query",
        text.encode(),
        {"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert (status, body) == (200, b"n\r\nJane Doe\r\n")
    status, media, body = http(
        "POST",
        python_server + "/query",
        urllib.parse.urlencode({"query": text}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+xml"},
    )
    assert status == 200 and b"<literal>Jane Doe</literal>" in body
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH g:example-agency\\/intro { ?s ?p ?o } }"
    status, media, body = http(
        "POST",
        python_server + "/query",
        construct.encode(),
        {"Content-Type": "application/sparql-query", "Accept": "text/turtle"},
    )
    assert status == 200 and media.startswith("text/turtle") and b"schema:name" in body
    status, _, body = http("GET", python_server + "/")
    assert status == 200 and b"/query" in body


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/sparql-update", b"DROP ALL", 403),
        ("application/x-www-form-urlencoded", b"update=DROP%20ALL", 403),
        ("application/x-www-form-urlencoded", b"query=DROP%20ALL", 400),
        ("application/sparql-query", b"SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 400),
        ("application/sparql-query", b"SELECT * {", 400),
        ("text/plain", b"SELECT * {}", 415),
    ],
)
def test_python_engine_refuses(
    python_server: str, store_dir: Path, content_type: str, body: bytes, expected: int
) -> None:
    status, _, message = http("POST", python_server + "/query", body, {"Content-Type": content_type})
    assert status == expected, message
    assert len(stores.open_store(store_dir)) == 251
    status, _, _ = http("POST", python_server + "/update", b"DROP ALL", {"Content-Type": "application/sparql-update"})
    assert status == 404


def test_python_engine_refuses_foreign_host_names(python_server: str) -> None:
    status, _, body = http("GET", python_server + "/query?query=ASK%7B%7D", headers={"Host": "evil.example"})
    assert status == 403 and b"127.0.0.1" in body
    port = python_server.rsplit(":", 1)[1]
    assert http("GET", python_server + "/query?query=ASK%7B%7D", headers={"Host": f"localhost:{port}"})[0] == 200


# --------------------------------------------------------------------------- orgkg serve, both engines


@dataclass
class Served:
    """A running `orgkg serve`; its stderr goes to a file (a pipe nobody reads would fill up
    with the access log and stall the server)."""

    process: subprocess.Popen[bytes]
    log: IO[bytes]

    def stderr(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")


def wait_for(url: str, served: Served) -> None:
    deadline = time.monotonic() + READY
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        assert served.process.poll() is None, served.stderr()
        try:
            if http("GET", probe)[0] == 200:
                return
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.05)
    pytest.fail(f"orgkg serve did not answer within {READY} s")


def port_closed(port: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return True
        time.sleep(0.05)
    return False


@contextlib.contextmanager
def orgkg_serve(store: Path, port: int, engine: str, *options: str) -> Iterator[Served]:
    """`orgkg serve` in its own process, ready to answer; stopped with SIGTERM on exit.
    Its log stays readable after the block (``served.stderr()``)."""
    log = tempfile.TemporaryFile()  # noqa: SIM115 - outlives the block, closed with the Served object
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "orgkg",
            "serve",
            "--store",
            str(store),
            "--port",
            str(port),
            "--engine",
            engine,
            *options,
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
        stdin=subprocess.DEVNULL,
    )
    served = Served(process, log)
    try:
        wait_for(f"http://127.0.0.1:{port}/query", served)
        yield served
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.mark.parametrize("engine", ["oxigraph", "python"])
def test_orgkg_serve(store_dir: Path, engine: str) -> None:
    if engine == "oxigraph" and oxigraph_binary() is None:
        pytest.skip("oxigraph binary not installed")
    port = free_port()
    with orgkg_serve(store_dir, port, engine) as served:
        for name in ("org-summary", "leadership", "sources-of-fact"):
            local = orgkg.query(store_dir, name, named_params(name))
            remote = orgkg.query(f"http://127.0.0.1:{port}/query", name, named_params(name))
            assert remote.rows == local.rows, (engine, name)
        # read-only: an update through the Graph Store or update URL does not change the store
        http("POST", f"http://127.0.0.1:{port}/update", b"DROP ALL", {"Content-Type": "application/sparql-update"})
        assert len(orgkg.query(f"http://127.0.0.1:{port}/query", "graphs").rows) == 16
    assert port_closed(port), "stopping orgkg serve stops the server it started"
    assert "Traceback" not in served.stderr()


def test_the_default_engine_opens_no_second_listener(store_dir: Path) -> None:
    # The Oxigraph binary would listen on a second loopback port that checks neither Host nor
    # SERVICE; the default answers from pyoxigraph worker processes behind the front only.
    port = free_port()
    with orgkg_serve(store_dir, port, "auto") as served:
        assert http("GET", f"http://127.0.0.1:{port}/query?query=ASK%20%7B%7D")[0] == 200
    log = served.stderr()
    assert "pyoxigraph worker processes" in log and "oxigraph behind" not in log, log


def test_orgkg_serve_indexes_graph_nq_first(tmp_path: Path) -> None:
    build = tmp_path / "build"
    build.mkdir()
    (build / "graph.nq").write_bytes(ox.serialize(stores.read_data(FIXTURE), format=ox.RdfFormat.N_QUADS))
    port = free_port()
    with orgkg_serve(build / "store", port, "python") as served:
        remote = orgkg.query(f"http://127.0.0.1:{port}/query", "leadership")
        assert remote.rows == orgkg.query(FIXTURE, "leadership").rows
    err = served.stderr()
    assert f"orgkg: indexing {build / 'graph.nq'} into {build / 'store'} …" in err
    assert stores.is_current(build / "graph.nq", build / "store")


def test_serve_refuses_non_loopback_and_missing_store(store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["serve", "--store", str(store_dir), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "loopback" in result.stderr
    result = runner.invoke(main, ["serve", "--store", str(tmp_path / "missing"), "--port", "0"])
    assert result.exit_code == 3 and "orgkg build" in result.stderr


def test_serve_port_in_use_is_a_usage_error(store_dir: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--store", str(store_dir), "--port", str(port)])
    assert result.exit_code == 2 and "cannot listen" in result.stderr
