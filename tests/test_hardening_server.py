"""Issue 13, items 8-10: the server under a burst, hostile requests and heavy queries; deadlines.

Every server here listens on 127.0.0.1 and is started by the test; every wait is bounded.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from devkit.oxigraph_server import free_port, oxigraph_binary
from orgkg.cli import main
from orgkg.netguard import DeadlineExceeded, HttpClient, Retry
from orgkg.serve import OXIGRAPH_GRACE
from tests.test_serve import Served, orgkg_serve

FIXTURE = Path(__file__).parent / "data" / "query" / "seed.trig"
SLACK = 4.0  # scheduling on a shared, busy machine; far below what a trickle would add


def run_cli(*args: str) -> tuple[int, str, str, float]:
    started = time.monotonic()
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr, time.monotonic() - started


# --------------------------------------------------------------------------- item 10: deadlines


class Trickler:
    """A server on 127.0.0.1 that answers every request with a status line and then one
    header byte every ``interval`` seconds, never finishing (for at most ``lifetime`` s)."""

    def __init__(self, interval: float = 0.2, lifetime: float = 30.0) -> None:
        self.interval, self.lifetime = interval, lifetime
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections = 0
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        ends = time.monotonic() + self.lifetime
        with conn:
            conn.settimeout(self.lifetime)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                head += chunk
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                while not self.stop.is_set() and time.monotonic() < ends:
                    conn.sendall(b"a")
                    self.stop.wait(self.interval)
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.fixture
def trickler() -> Iterator[Trickler]:
    server = Trickler()
    try:
        yield server
    finally:
        server.close()


def test_timeout_bounds_the_whole_request(trickler: Trickler) -> None:
    client = HttpClient(timeout=1.0, retry=Retry(attempts=2, initial_delay=0.1))
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded, match=r"no complete answer within 1 s"):
        client.request("GET", trickler.url + "/query")
    elapsed = time.monotonic() - started
    assert elapsed < Retry(attempts=2, initial_delay=0.1).worst_case(1.0) + SLACK
    assert trickler.connections == 2


def test_load_gives_up_within_timeout_times_attempts(trickler: Trickler) -> None:
    code, _, err, elapsed = run_cli(
        "load", "--endpoint", trickler.url + "/store", "--data", str(FIXTURE), "--timeout", "1", "--retries", "2"
    )
    assert code == 4 and "no complete answer within 1 s" in err and "0 graph(s) were written" in err
    assert elapsed < Retry(attempts=2).worst_case(1.0) + SLACK, elapsed
    assert trickler.connections == 2


def test_remote_query_gives_up_within_timeout_times_attempts(trickler: Trickler) -> None:
    code, _, err, elapsed = run_cli("query", "-q", "ASK {}", "--endpoint", trickler.url + "/query", "--timeout", "1")
    assert code == 4 and "no complete answer within 1 s" in err
    assert elapsed < Retry(attempts=3).worst_case(1.0) + SLACK, elapsed
    assert trickler.connections == 3


def test_retry_after_cannot_stretch_the_worst_case() -> None:
    policy = Retry(attempts=5, initial_delay=0.5, factor=2, max_delay=8)
    assert policy.worst_case(60) == 5 * 60 + 0.5 + 1 + 2 + 4


# --------------------------------------------------------------------------- items 8, 9: the server

ENGINES = ["python", "oxigraph"]
QUERY_TIMEOUT = 2.0
# A 4-way cross product of the fixture's 251 quads: minutes of work for either engine.
HEAVY = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } "
    "GRAPH ?g3 { ?h ?i ?j } GRAPH ?g4 { ?k ?l ?m } }"
)
JANE = "SELECT ?n WHERE { GRAPH ?g { <https://w3id.org/orgkg/person/jane-doe> <https://schema.org/name> ?n } }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from orgkg import store as stores

    path = tmp_path_factory.mktemp("hardening") / "store"
    stores.persist(FIXTURE, path)
    return path


@dataclass
class Running:
    served: Served
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def get(self, text: str, host: str | None = None, timeout: float = 30) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            host = f"127.0.0.1:{self.port}" if host is None else host
            headers = {"Host": host, "Accept": "application/sparql-results+json"}
            connection.request("GET", "/query?" + urllib.parse.urlencode({"query": text}), headers=headers)
            answer = connection.getresponse()
            return answer.status, answer.read()
        finally:
            connection.close()

    def raw(self, request: bytes) -> bytes:
        """Send bytes as they are; return all the server answers until it closes or pauses."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            sock.sendall(request)
            sock.shutdown(socket.SHUT_WR)
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
            return data


@pytest.fixture(scope="module", params=ENGINES)
def running(request: pytest.FixtureRequest, store_dir: Path) -> Iterator[Running]:
    if request.param == "oxigraph" and oxigraph_binary() is None:
        pytest.skip("the oxigraph binary is not installed (pip install oxigraph, the test extra)")
    port = free_port()
    with orgkg_serve(store_dir, port, request.param, "--query-timeout", str(QUERY_TIMEOUT)) as served:
        yield Running(served, port)
    assert "Traceback" not in served.stderr(), served.stderr()[-3000:]


def jane(answer: tuple[int, bytes]) -> bool:
    status, body = answer
    expected = [{"n": {"type": "literal", "value": "Jane Doe"}}]
    return status == 200 and json.loads(body)["results"]["bindings"] == expected


def burst(running: Running, clients: int) -> list[tuple[int, bytes] | BaseException | None]:
    """``clients`` threads released together, each one query; joined within 120 s."""
    answers: list[tuple[int, bytes] | BaseException | None] = [None] * clients
    barrier = threading.Barrier(clients, timeout=60)

    def client(i: int) -> None:
        barrier.wait()
        try:
            answers[i] = running.get(JANE, timeout=60)
        except Exception as error:  # counted by the caller, with the others
            answers[i] = error

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    ends = time.monotonic() + 120
    for thread in threads:
        thread.join(max(ends - time.monotonic(), 0.1))
    return answers


def test_a_burst_of_200_clients_is_answered_correctly(running: Running) -> None:
    for _ in range(2):  # and again: a parser corrupted by the first burst fails every later query
        answers = burst(running, 200)
        failed = [a for a in answers if not (isinstance(a, tuple) and jane(a))]
        assert not failed, f"{len(failed)} of 200 failed, e.g. {failed[:3]}"


@pytest.mark.parametrize(
    "header",
    [b"Content-Length: abc", b"Content-Length: -5", b"Content-Length: 1e3", b"Content-Length: 5\r\nContent-Length: 6"],
)
def test_a_bad_content_length_is_400_and_the_server_keeps_serving(running: Running, header: bytes) -> None:
    answer = running.raw(
        b"POST /query HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/sparql-query\r\n%s\r\n\r\nASK {}"
        % (running.port, header)
    )
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]
    assert b"Content-Length" in answer
    assert jane(running.get(JANE))


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (
            b"POST /query HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/sparql-query\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n",
            b"411",
        ),
        (
            b"POST /query HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 4\r\n\r\n\xff\xfe{}",
            b"400",
        ),
        (b"GET /query?query=ASK%7B%7D%FF HTTP/1.1\r\nHost: HOST\r\n\r\n", b"400"),
        (b"GET /query?query=ASK%7B%7D&query=ASK%7B%7D HTTP/1.1\r\nHost: HOST\r\n\r\n", b"400"),
        (b"GARBAGE\r\n\r\n", b"400"),
    ],
)
def test_malformed_requests_are_refused(running: Running, request_bytes: bytes, status: bytes) -> None:
    answer = running.raw(request_bytes.replace(b"HOST", b"127.0.0.1:%d" % running.port))
    # an unparsable request line gets http.server's HTML page: "Error code: 400"
    assert re.match(rb"HTTP/1\.[01] %s |<!DOCTYPE HTML>.*Error code: %s" % (status, status), answer, re.S), answer[:300]
    assert jane(running.get(JANE))


def test_foreign_host_names_are_refused(running: Running) -> None:
    port = running.port
    for host in ("evil.example", f"evil.example:{port}", f"127.0.0.1:{port + 1}", f"10.0.0.1:{port}", ""):
        status, body = running.get("ASK {}", host=host)
        assert status in (403, 421), (host, status, body)
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
        assert running.get("ASK {}", host=host)[0] == 200, host


class Listener:
    """Counts connections on 127.0.0.1: a SERVICE call that got through would show here."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"

    def connections(self) -> int:
        count = 0
        while True:
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                return count
            conn.close()
            count += 1


def test_service_and_updates_are_refused(running: Running) -> None:
    listener = Listener()
    try:
        status, body = running.get(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
        assert status == 400 and b"SERVICE" in body
        escaped = "SELECT * WHERE { \\u0053ERVICE <" + listener.url + "> { ?s ?p ?o } }"
        assert running.get(escaped)[0] == 400
        time.sleep(0.5)
        assert listener.connections() == 0
    finally:
        listener.sock.close()
    host = f"Host: 127.0.0.1:{running.port}\r\n".encode()
    for path, media, body in (
        (b"/query", b"application/sparql-update", b"DROP ALL"),
        (b"/query", b"application/x-www-form-urlencoded", b"update=DROP%20ALL"),
        (b"/update", b"application/sparql-update", b"DROP ALL"),
        (b"/store", b"application/n-triples", b"<x:s> <x:p> <x:o> ."),
    ):
        head = b"POST %s HTTP/1.1\r\n%sContent-Type: %s\r\n" % (path, host, media)
        answer = running.raw(head + b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        assert answer.split(b" ", 2)[1] in (b"403", b"404"), (path, answer[:200])
    status, body = running.get("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "155"  # tests/data/query/seed.trig


def _cpu_seconds(pid: int) -> float:
    """CPU time of ``pid``'s live child processes (the engine's workers or Oxigraph)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads CPU time from /proc")
def test_a_heavy_query_hits_the_timeout_and_its_work_stops(running: Running) -> None:
    started = time.monotonic()
    status, body = running.get(HEAVY, timeout=60)
    assert status == 503 and b"--query-timeout of 2 s" in body, (status, body[:300])
    assert time.monotonic() - started < QUERY_TIMEOUT + SLACK
    begin = time.monotonic()
    assert jane(running.get(JANE))
    assert time.monotonic() - begin < SLACK, "the next query is answered promptly"
    time.sleep(OXIGRAPH_GRACE + 1)  # Oxigraph's own cancellation comes this much later
    before = _cpu_seconds(running.served.process.pid)
    time.sleep(2)
    assert _cpu_seconds(running.served.process.pid) - before < 0.5, "the abandoned query still burns a core"


def test_query_timeout_must_be_positive(store_dir: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(store_dir), "--query-timeout", "0"])
    assert result.exit_code == 2 and "--query-timeout" in result.stderr
