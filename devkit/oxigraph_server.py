"""A real Oxigraph SPARQL server for integration tests (the ``oxigraph`` PyPI package).

    from devkit.oxigraph_server import oxigraph_server_fixture  # noqa: F401  (the fixture)

    def test_x(oxigraph_server):
        oxigraph_server.store_url   # http://127.0.0.1:PORT/store  (Graph Store Protocol)
        oxigraph_server.query_url   # http://127.0.0.1:PORT/query

The server listens on a free port on 127.0.0.1 only, keeps its data in a temporary
folder, is waited for (bounded) and is killed at the end of the test. ``kill()`` stops it
abruptly (SIGKILL) to simulate a crash; ``start()`` brings it back on the same folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

READY_TIMEOUT = 30.0


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` executable of this environment, if the package is installed."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class OxigraphServer:
    def __init__(self, location: Path, *, read_only: bool = False, port: int | None = None) -> None:
        self.location = location
        self.read_only = read_only
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = location.parent / f"{location.name}.oxigraph.log"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    @property
    def update_url(self) -> str:
        return self.base + "/update"

    @property
    def store_url(self) -> str:
        return self.base + "/store"

    def start(self) -> OxigraphServer:
        binary = oxigraph_binary()
        if binary is None:
            pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
        command = "serve-read-only" if self.read_only else "serve"
        self.location.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    binary,
                    command,
                    "--location",
                    str(self.location),
                    "--bind",
                    f"127.0.0.1:{self.port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        probe = self.query_url + "?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"oxigraph exited with {self.process.returncode}: {self._log()}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"oxigraph did not answer within {READY_TIMEOUT} s: {self._log()}")

    def _log(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def kill(self) -> None:
        """Crash the server (SIGKILL): no chance to flush or answer in-flight requests."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None


@pytest.fixture(name="oxigraph_server")
def oxigraph_server_fixture(tmp_path: Path) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path / "oxigraph-data").start()
    try:
        yield server
    finally:
        server.stop()
