"""``orgkg serve``: the embedded store as a read-only SPARQL endpoint on this machine.

Two engines, same URLs (``http://127.0.0.1:PORT/query``, SPARQL 1.1 Protocol, GET/POST):

* ``oxigraph`` - runs ``oxigraph serve-read-only --location STORE --bind HOST:PORT`` from
  the ``oxigraph`` package (``pip install oxigraph``): the complete Oxigraph server with its
  web query editor at ``/``. Note that Oxigraph executes ``SERVICE`` clauses it is sent.
* ``python`` - a small standard-library server over pyoxigraph. It applies the same rules
  as ``orgkg query``: updates and ``SERVICE`` are refused, parameters are not supported.

``auto`` picks ``oxigraph`` when its binary is installed. Both bind a loopback address
only: this is a local browsing tool, not a public endpoint.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from orgkg.errors import OrgkgError, UsageError

MAX_BODY = 1 << 20
READY_TIMEOUT = 30.0
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
}
MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}


def oxigraph_binary() -> str | None:
    """The Oxigraph server executable installed beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


def check_host(host: str) -> str:
    from orgkg.netguard import is_loopback

    if not is_loopback(host):
        raise UsageError(
            f"--host must be a loopback address (127.0.0.1, ::1, localhost), got {host!r}"
        )
    return host


def _bind_text(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise UsageError(f"cannot listen on {_bind_text(host, port)}: {error}") from None


def _announce(url: str, engine: str, store: Path) -> None:
    print(
        f"orgkg: serving {store} read-only with {engine} at {url}/query (Ctrl-C to stop)\n"
        f"orgkg: try: orgkg query org-summary --endpoint {url}/query",
        file=sys.stderr,
        flush=True,
    )


def serve(
    store_dir: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    engine: str = "auto",
    ready: Callable[[str], None] | None = None,
    notice: Callable[[str], None] | None = None,
) -> int:
    """Serve ``store_dir`` until interrupted. Returns the exit status.

    The store is first brought up to date with the ``graph.nq`` beside it
    (``orgkg.store.ensure_store``; ``notice`` hears if it is reindexed).
    """
    from orgkg.store import ensure_store, graph_file_for, open_store

    store_dir = Path(store_dir)
    host = check_host(host)
    ensure_store(graph_file_for(store_dir), store_dir, notice=notice)
    open_store(store_dir)  # fail early, with the usual message, if there is no store
    binary = oxigraph_binary()
    if engine == "oxigraph" and binary is None:
        raise UsageError(
            "the oxigraph server is not installed (pip install oxigraph); use --engine python"
        )
    if port == 0:
        port = _free_port(host)
    else:
        _check_port(host, port)
    url = f"http://{_bind_text(host, port)}"
    _terminate_gracefully()
    if engine in ("auto", "oxigraph") and binary is not None:
        return _serve_oxigraph(binary, store_dir, host, port, url, ready)
    return _serve_python(store_dir, host, port, url, ready)


def _terminate_gracefully() -> None:
    """SIGTERM behaves like Ctrl-C, so the Oxigraph child is stopped too, never orphaned."""
    if threading.current_thread() is not threading.main_thread():
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def _serve_oxigraph(
    binary: str,
    store_dir: Path,
    host: str,
    port: int,
    url: str,
    ready: Callable[[str], None] | None,
) -> int:
    command = [
        binary,
        "serve-read-only",
        "--location",
        str(store_dir),
        "--bind",
        _bind_text(host, port),
    ]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL)
    try:
        _wait_listening(host, port, process)
        _announce(url, "oxigraph", store_dir)
        if ready is not None:
            ready(url)
        return process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def _wait_listening(host: str, port: int, process: subprocess.Popen[bytes]) -> None:
    from orgkg.store import StoreError

    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StoreError(f"the oxigraph server exited with status {process.returncode}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise StoreError(f"the oxigraph server did not start listening within {READY_TIMEOUT:.0f} s")


# --------------------------------------------------------------------------- python engine


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Any) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, SparqlHandler)
        self.store = store


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol query operation (GET ?query=, POST form or sparql-query)."""

    server: SparqlServer
    server_version = "orgkg-serve"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"orgkg serve: {self.address_string()} {format % args}\n")

    def _foreign_host(self) -> bool:
        """Refuse requests addressed to another host name (DNS-rebinding protection)."""
        from orgkg.netguard import is_loopback

        host = (self.headers.get("Host") or "").strip()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if is_loopback(name.strip("[]")):
            return False
        self._error(HTTPStatus.FORBIDDEN, "address this server as 127.0.0.1, [::1] or localhost")
        return True

    def do_GET(self) -> None:
        if self._foreign_host():
            return
        parts = urlsplit(self.path)
        if parts.path in ("/", ""):
            self._send(HTTPStatus.OK, "text/plain; charset=utf-8", _HELP.encode())
            return
        if parts.path != "/query":
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query")
            return
        queries = parse_qs(parts.query).get("query", [])
        self._answer(queries)

    def do_POST(self) -> None:
        if self._foreign_host():
            return
        parts = urlsplit(self.path)
        if parts.path != "/query":
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query (read-only)")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too large")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = parse_qs(body) if media == "application/x-www-form-urlencoded" else {}
        if media == "application/sparql-update" or "update" in form:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            return
        if media == "application/sparql-query":
            queries = [body]
        elif media == "application/x-www-form-urlencoded":
            queries = form.get("query", [])
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {media!r}")
            return
        self._answer(queries)

    def _answer(self, queries: list[str]) -> None:
        from orgkg import query as q

        if len(queries) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "exactly one 'query' parameter is required")
            return
        try:
            _, text, info, bindings = q.prepare(q.from_text(queries[0]), {})
            fmt = self._negotiate(info.is_graph)
            result = q.run_local(self.server.store, text, info, bindings)
            payload = q.render(result, fmt)
        except OrgkgError as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
            return
        self._send(HTTPStatus.OK, MEDIA[fmt], payload)

    def _negotiate(self, graph: bool) -> str:
        table = GRAPH_TYPES if graph else RESULT_TYPES
        for item in (self.headers.get("Accept") or "").split(","):
            media = item.split(";")[0].strip().lower()
            if media in table:
                return table[media]
        return "nt" if graph else "json"

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(payload)


_HELP = """orgkg read-only SPARQL endpoint

  GET  /query?query=...                          (SPARQL 1.1 Protocol)
  POST /query  application/x-www-form-urlencoded  query=...
  POST /query  application/sparql-query           <query text>

Results: JSON (default), XML, CSV, TSV by Accept; CONSTRUCT/DESCRIBE: N-Triples,
Turtle, JSON-LD. Updates and SERVICE are refused.
"""


def start_python_server(
    store_dir: str | Path, host: str = "127.0.0.1", port: int = 0
) -> SparqlServer:
    """Start the built-in server in a background thread (for tests and embedding)."""
    from orgkg.store import open_store

    server = SparqlServer((check_host(host), port), open_store(store_dir))
    threading.Thread(target=server.serve_forever, name="orgkg-serve", daemon=True).start()
    return server


def _serve_python(
    store_dir: Path, host: str, port: int, url: str, ready: Callable[[str], None] | None
) -> int:
    from orgkg.store import open_store

    try:
        server = SparqlServer((host, port), open_store(store_dir))
    except OSError as error:
        raise UsageError(f"cannot listen on {_bind_text(host, port)}: {error}") from None
    _announce(url, "the built-in server", store_dir)
    if ready is not None:
        ready(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
