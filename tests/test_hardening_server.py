"""Issue 13, items 8-10: the server under a burst, hostile requests and heavy queries; deadlines.

Every server here listens on 127.0.0.1 and is started by the test; every wait is bounded.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from orgkg.cli import main
from orgkg.netguard import DeadlineExceeded, HttpClient, Retry

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
