"""``orgkg serve``: the embedded store as a read-only SPARQL endpoint on this machine.

Every request, whichever engine answers it, first goes through orgkg's own front server
(``http://127.0.0.1:PORT/query``, SPARQL 1.1 Protocol, GET/POST; ``/sparql`` is the same):

* the ``Host`` header must name this server by a loopback name - ``localhost``,
  ``127.0.0.1``, ``[::1]`` (or the address it is bound to) with its port - else 403: a web
  page that rebinds its own domain name to 127.0.0.1 (DNS rebinding) cannot read the store;
* a malformed request (bad or missing ``Content-Length``, a body that is not UTF-8, bad
  percent-encoding) gets 400/411/413 and the server keeps serving;
* the query is parsed (``orgkg.sparql.prepare``, the checks of ``orgkg query``): updates
  and ``SERVICE`` are refused before any engine sees the text;
* it has ``query_timeout`` seconds (``--query-timeout``) from its arrival to be answered;
  past that the client gets 503 with a message and the work is stopped.

Two engines answer the checked queries:

* ``python`` - a pool of worker processes over pyoxigraph (:class:`WorkerPool`), each with the
  store open read-only. A query that runs out of time is stopped by killing its worker,
  which is replaced at once.
* ``oxigraph`` - the Oxigraph server binary from the ``oxigraph`` package (``pip install
  oxigraph``), run on a free port of 127.0.0.1 that only the front server forwards to
  (:class:`OxigraphBackend`), with its own ``--timeout-s`` just above ``query_timeout`` so
  that it cancels a query the front has given up on. Its web query editor is forwarded at ``/``.

``auto`` is ``python``: the Oxigraph binary listens on a second loopback port that checks
neither Host nor SERVICE itself (a DNS-rebinding page that found that port could use it), so
it runs only when asked for. The front binds a loopback
address only: this is a local browsing tool, not a public endpoint. It handles at most
:data:`HANDLER_THREADS` connections at a time; further clients wait in a listen backlog of
:data:`LISTEN_BACKLOG`. docs/serving-and-remote.md says more.
"""

from __future__ import annotations

import math
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs, urlencode, urlsplit

from orgkg.errors import OrgkgError, UsageError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from orgkg.sparql import QueryInfo

MAX_BODY = 1 << 20
READY_TIMEOUT = 30.0
DEFAULT_QUERY_TIMEOUT = 30.0
HANDLER_THREADS = 64  # connections served at once; the rest wait in the listen backlog
LISTEN_BACKLOG = 1024  # the kernel caps it at net.core.somaxconn
IDLE_TIMEOUT = 20.0  # seconds a connection may stay silent (keep-alive or a stalled request)
OXIGRAPH_GRACE = 2  # Oxigraph's own timeout fires this long after the front's deadline
MAX_FORM_FIELDS = 16
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
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
TEXT = "text/plain; charset=utf-8"
_DIGITS = re.compile(r"[0-9]{1,19}")


def oxigraph_binary() -> str | None:
    """The Oxigraph server executable installed beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


def check_host(host: str) -> str:
    from orgkg.netguard import is_loopback

    if not is_loopback(host):
        raise UsageError(f"--host must be a loopback address (127.0.0.1, ::1, localhost), got {host!r}")
    return host


def check_query_timeout(seconds: float) -> float:
    if not (seconds > 0 and math.isfinite(seconds)):
        raise UsageError(f"--query-timeout must be a positive number of seconds, got {seconds!r}")
    return seconds


def _bind_text(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


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
    query_timeout: float = DEFAULT_QUERY_TIMEOUT,
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
    check_query_timeout(query_timeout)
    ensure_store(graph_file_for(store_dir), store_dir, notice=notice)
    open_store(store_dir)  # fail early, with the usual message, if there is no store
    binary = oxigraph_binary()
    if engine == "oxigraph" and binary is None:
        raise UsageError("the oxigraph server is not installed (pip install oxigraph); use --engine python")
    try:
        server = SparqlServer((host, port), query_timeout)
    except OSError as error:
        raise UsageError(f"cannot listen on {_bind_text(host, port)}: {error}") from None
    _terminate_gracefully()
    try:
        if engine == "oxigraph" and binary is not None:
            server.backend = OxigraphBackend(binary, store_dir, query_timeout, on_exit=server.stop_soon)
            what = "oxigraph behind orgkg's front server"
        else:
            pool = WorkerPool(store_dir, query_timeout)
            server.backend = pool
            what = f"{pool.size} pyoxigraph worker processes"
        url = f"http://{_bind_text(host, server.server_address[1])}"
        _announce(url, what, store_dir)
        if ready is not None:
            ready(url)
        server.serve_forever()
    except KeyboardInterrupt:  # Ctrl-C reaches Oxigraph too: its exit is then no failure
        return 0
    finally:
        server.server_close()
    return server.backend.failure if server.backend is not None else 0


def _terminate_gracefully() -> None:
    """SIGTERM behaves like Ctrl-C, so the engine's processes are stopped too, never orphaned."""
    if threading.current_thread() is not threading.main_thread():
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


# --------------------------------------------------------------------------- engines


@dataclass(frozen=True)
class Answer:
    status: HTTPStatus
    media: str
    payload: bytes


@dataclass(frozen=True)
class CheckedQuery:
    """Query text as checked by ``orgkg.sparql.prepare``: parsed, no update, no SERVICE."""

    text: str
    info: QueryInfo


class Backend(Protocol):
    failure: int  # non-zero when the engine died by itself: the exit status of ``orgkg serve``

    def answer(self, query: CheckedQuery, accept: str, deadline: float) -> Answer: ...

    def page(self, path: str) -> Answer | None: ...

    def close(self) -> None: ...


def message(status: HTTPStatus, text: str) -> Answer:
    return Answer(status, TEXT, (text + "\n").encode("utf-8"))


def timed_out(seconds: float) -> Answer:
    return message(
        HTTPStatus.SERVICE_UNAVAILABLE,
        f"the query did not finish within the server's --query-timeout of {seconds:g} s and was stopped",
    )


def negotiate(accept: str, graph: bool) -> str:
    """The result format for an ``Accept`` header (first known type wins, as before)."""
    table = GRAPH_TYPES if graph else RESULT_TYPES
    for item in accept.split(","):
        media = item.split(";")[0].strip().lower()
        if media in table:
            return table[media]
    return "nt" if graph else "json"


@dataclass(frozen=True)
class _Job:
    text: str
    info: QueryInfo
    fmt: str


@dataclass(frozen=True)
class _Reply:
    status: int
    media: str
    payload: bytes


@dataclass(eq=False)  # a worker is itself: hashed by identity in the pool's set
class _Worker:
    process: subprocess.Popen[bytes]
    conn: Connection

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.conn.close()


class WorkerPool:
    """The python engine: ``size`` processes, each answering one query at a time.

    Queries run in processes, not threads, for one reason: pyoxigraph cannot be interrupted,
    so the only way to stop a query that ran out of time is to kill the process running it
    (and start another). Each worker opens the store read-only on its own.
    """

    def __init__(self, store_dir: Path, query_timeout: float, size: int | None = None) -> None:
        self.store_dir = store_dir
        self.query_timeout = query_timeout
        self.size = size or max(2, min(8, (os.cpu_count() or 2) + 2))
        self.failure = 0
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(self.size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        with theirs:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from orgkg.serve import worker_main; worker_main()",
                    str(self.store_dir),
                    str(theirs.fileno()),
                ],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
            )
        worker = _Worker(process, Connection(ours.detach()))
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker | None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return None
        return self._spawn()

    def answer(self, query: CheckedQuery, accept: str, deadline: float) -> Answer:
        fmt = negotiate(accept, query.info.is_graph)
        try:
            worker = self._idle.get(timeout=max(deadline - time.monotonic(), 0.0))
        except queue.Empty:
            return message(HTTPStatus.SERVICE_UNAVAILABLE, f"all {self.size} query workers stayed busy; try again")
        replacement: _Worker | None = worker
        try:
            worker.conn.send(_Job(query.text, query.info, fmt))
            if not worker.conn.poll(max(deadline - time.monotonic(), 0.0)):
                replacement = self._replace(worker)
                return timed_out(self.query_timeout)
            reply: _Reply = worker.conn.recv()
        except (EOFError, OSError):
            replacement = self._replace(worker)
            return message(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker stopped unexpectedly; try again")
        finally:
            if replacement is not None:
                self._idle.put(replacement)
        return Answer(HTTPStatus(reply.status), reply.media, reply.payload)

    def page(self, path: str) -> Answer | None:
        return Answer(HTTPStatus.OK, TEXT, _HELP.encode()) if path in ("/", "") else None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


def worker_main() -> None:
    """A query worker (see :class:`WorkerPool`): ``python -c ... STORE FD``."""
    from multiprocessing.connection import Connection

    from orgkg import netguard
    from orgkg import sparql as q
    from orgkg.store import open_store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the front stops us
    store_dir, fd = sys.argv[1], int(sys.argv[2])
    conn = Connection(fd)
    with netguard.offline():
        store = open_store(store_dir)
        while True:
            try:
                job: _Job = conn.recv()
            except (EOFError, OSError):  # the front server is gone
                return
            try:
                payload = q.render(q.run_local(store, job.text, job.info, {}), job.fmt)
                reply = _Reply(HTTPStatus.OK, MEDIA[job.fmt], payload)
            except OrgkgError as error:
                reply = _Reply(HTTPStatus.BAD_REQUEST, TEXT, f"{error}\n".encode())
            except Exception as error:  # an engine failure is this query's answer, not the worker's end
                reply = _Reply(HTTPStatus.INTERNAL_SERVER_ERROR, TEXT, f"{type(error).__name__}: {error}\n".encode())
            conn.send(reply)


class OxigraphBackend:
    """The oxigraph engine: ``oxigraph serve-read-only`` on a free port of 127.0.0.1.

    Only checked queries reach it, re-sent by the front server as a form POST; its own
    ``--timeout-s`` (``query_timeout`` + :data:`OXIGRAPH_GRACE`) cancels a query the front
    has already answered 503 for, since it starts counting a little later. One connection
    per query: Oxigraph sends a stray 500 on a keep-alive connection left idle past its timeout.
    """

    PAGES = ("/", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg")  # its query editor

    def __init__(
        self, binary: str, store_dir: Path, query_timeout: float, on_exit: Callable[[], None] | None = None
    ) -> None:
        self.query_timeout = query_timeout
        self.failure = 0
        self._stopping = False
        port = _free_port("127.0.0.1")
        self.base = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [
                binary,
                "serve-read-only",
                "--location",
                str(store_dir),
                "--bind",
                f"127.0.0.1:{port}",
                "--timeout-s",
                str(math.ceil(query_timeout) + OXIGRAPH_GRACE),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        threading.Thread(target=self._relay_log, name="orgkg-serve-oxigraph-log", daemon=True).start()
        try:
            _wait_listening("127.0.0.1", port, self.process)
        except BaseException:
            self.close()
            raise
        self._on_exit = on_exit
        threading.Thread(target=self._watch, name="orgkg-serve-oxigraph", daemon=True).start()

    def _relay_log(self) -> None:
        """Oxigraph's messages, except its "Listening for requests at <private port>": the
        front's address is the one to use."""
        assert self.process.stderr is not None
        for line in self.process.stderr:
            if not line.startswith(b"Listening for requests"):
                text = line.decode("utf-8", "replace").rstrip()
                print(f"orgkg serve: oxigraph: {text}", file=sys.stderr, flush=True)

    def _watch(self) -> None:
        """The engine died by itself: stop the front too, with its status (never serve 502s)."""
        status = self.process.wait()
        if not self._stopping:
            self.failure = status or 1
            print(f"orgkg serve: the oxigraph server exited with status {status}", file=sys.stderr, flush=True)
            if self._on_exit is not None:
                self._on_exit()

    def _forward(self, method: str, path: str, body: bytes | None, headers: dict[str, str], seconds: float) -> Answer:
        from orgkg.errors import RemoteError
        from orgkg.netguard import NO_RETRY, DeadlineExceeded, HttpClient

        with HttpClient(timeout=max(seconds, 0.001), retry=NO_RETRY) as client:
            try:
                response = client.request(
                    method,
                    self.base + path,
                    body=body,
                    headers={**headers, "Connection": "close"},
                    ok=lambda status: True,
                )
            except DeadlineExceeded:
                return timed_out(self.query_timeout)
            except RemoteError as error:
                return message(HTTPStatus.BAD_GATEWAY, f"the oxigraph server did not answer: {error}")
        return Answer(HTTPStatus(response.status), response.headers.get("content-type", TEXT), response.body)

    def answer(self, query: CheckedQuery, accept: str, deadline: float) -> Answer:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if accept:
            headers["Accept"] = accept
        body = urlencode({"query": query.text}).encode("ascii")
        return self._forward("POST", "/query", body, headers, deadline - time.monotonic())

    def page(self, path: str) -> Answer | None:
        if path not in self.PAGES:
            return None
        return self._forward("GET", path, None, {}, READY_TIMEOUT)

    def close(self) -> None:
        self._stopping = True
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


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


# --------------------------------------------------------------------------- the front server


class SparqlServer(ThreadingHTTPServer):
    """The front server of both engines (see the module docstring)."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, address: tuple[str, int], query_timeout: float, backend: Backend | None = None) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.backend = backend  # set before binding: a failed bind calls server_close
        self.query_timeout = query_timeout
        super().__init__(address, SparqlHandler)
        # rdflib's SPARQL parser (pyparsing) is not thread-safe: concurrent first parses
        # corrupt it for the life of the process, so every parse here takes this lock.
        self.parse_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(HANDLER_THREADS)
        port = self.server_address[1]
        bound = address[0].lower()
        names = {*LOOPBACK_NAMES, f"[{bound}]" if ":" in bound else bound}
        self.host_names = frozenset({f"{name}:{port}" for name in names} | (names if port == 80 else set()))

    def process_request(self, request: Any, client_address: Any) -> None:
        self._slots.acquire()  # all handlers busy: later clients wait in the listen backlog
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One line, no traceback: a client hanging up mid-request is not a server failure."""
        error = sys.exc_info()[1]
        sys.stderr.write(f"orgkg serve: {client_address[0]}: connection dropped ({type(error).__name__}: {error})\n")

    def stop_soon(self) -> None:
        """Stop ``serve_forever`` from any thread but its own, without waiting."""
        threading.Thread(target=self.shutdown, daemon=True).start()

    def server_close(self) -> None:
        super().server_close()
        if self.backend is not None:
            self.backend.close()


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol query operation (GET ?query=, POST form or sparql-query)."""

    server: SparqlServer
    server_version = "orgkg-serve"
    protocol_version = "HTTP/1.1"
    timeout = IDLE_TIMEOUT

    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"orgkg serve: {self.address_string()} {format % args}\n")

    def _foreign_host(self) -> bool:
        """Refuse requests addressed to another host name (DNS-rebinding protection)."""
        hosts = self.headers.get_all("Host") or []
        if len(hosts) == 1 and hosts[0].strip().lower() in self.server.host_names:
            return False
        self._error(
            HTTPStatus.FORBIDDEN,
            "address this server as 127.0.0.1, [::1] or localhost with its port (Host header refused)",
        )
        return True

    def do_GET(self) -> None:
        if self._foreign_host():
            return
        parts = urlsplit(self.path)
        if parts.path in ("/query", "/sparql"):
            queries = self._form(parts.query)
            if queries is not None:
                self._answer(queries)
            return
        page = self.server.backend.page(parts.path) if self.server.backend else None
        if page is None:
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query")
            return
        self._send(page)

    def do_POST(self) -> None:
        if self._foreign_host():
            return
        parts = urlsplit(self.path)
        if parts.path not in ("/query", "/sparql"):
            self.close_connection = True  # its body stays unread
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query (read-only)")
            return
        body = self._body()
        if body is None:
            return
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            return
        if media == "application/sparql-query":
            self._answer([body])
            return
        if media != "application/x-www-form-urlencoded":
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {media!r}")
            return
        form = self._fields(body)
        if form is None:
            return
        if "update" in form:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            return
        self._answer(form.get("query", []))

    def _body(self) -> str | None:
        """The request body as text, or None once an error has been answered."""
        lengths = self.headers.get_all("Content-Length") or []
        if self.headers.get("Transfer-Encoding") is not None or not lengths:
            self.close_connection = True
            self._error(HTTPStatus.LENGTH_REQUIRED, "send the query with a Content-Length (no chunked bodies)")
            return None
        if len(set(lengths)) != 1 or not _DIGITS.fullmatch(lengths[0].strip()):
            self.close_connection = True
            self._error(HTTPStatus.BAD_REQUEST, f"bad Content-Length: {', '.join(lengths)[:40]!r}")
            return None
        length = int(lengths[0])
        if length > MAX_BODY:
            self.close_connection = True
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"query too large (at most {MAX_BODY} bytes)")
            return None
        data = self.rfile.read(length)
        if len(data) < length:  # the client hung up before sending it all: nobody to answer
            self.close_connection = True
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            self._error(HTTPStatus.BAD_REQUEST, f"the request body is not UTF-8: {error.reason} at byte {error.start}")
            return None

    def _fields(self, text: str) -> dict[str, list[str]] | None:
        """Form fields (``a=1&b=2``), or None once a 400 has been answered."""
        try:
            return parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=MAX_FORM_FIELDS)
        except (UnicodeDecodeError, ValueError) as error:
            self._error(HTTPStatus.BAD_REQUEST, f"malformed form or query string: {error}")
            return None

    def _form(self, text: str) -> list[str] | None:
        fields = self._fields(text)
        return None if fields is None else fields.get("query", [])

    def _answer(self, queries: list[str]) -> None:
        from orgkg import sparql as q

        if len(queries) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "exactly one 'query' parameter is required")
            return
        deadline = time.monotonic() + self.server.query_timeout
        try:
            with self.server.parse_lock:
                _, text, info, _ = q.prepare(q.from_text(queries[0]), {})
        except OrgkgError as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
            return
        if self.server.backend is None:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "the server is starting; try again")
            return
        self._send(self.server.backend.answer(CheckedQuery(text, info), self.headers.get("Accept") or "", deadline))

    def _error(self, status: HTTPStatus, text: str) -> None:
        self._send(message(status, text))

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.media)
        self.send_header("Content-Length", str(len(answer.payload)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(answer.payload)


_HELP = """orgkg read-only SPARQL endpoint

  GET  /query?query=...                          (SPARQL 1.1 Protocol)
  POST /query  application/x-www-form-urlencoded  query=...
  POST /query  application/sparql-query           <query text>

Results: JSON (default), XML, CSV, TSV by Accept; CONSTRUCT/DESCRIBE: N-Triples,
Turtle, JSON-LD. Updates and SERVICE are refused; a query has a time limit.
"""


def start_python_server(
    store_dir: str | Path,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    query_timeout: float = DEFAULT_QUERY_TIMEOUT,
    workers: int | None = None,
) -> SparqlServer:
    """Start the python engine in a background thread (for tests and embedding).

    Stop it with ``server.shutdown()`` then ``server.server_close()`` (which stops the workers).
    """
    from orgkg.store import open_store

    open_store(store_dir)  # fail here, with the usual message, if there is no store
    server = SparqlServer((check_host(host), port), check_query_timeout(query_timeout))
    try:
        server.backend = WorkerPool(Path(store_dir), query_timeout, workers)
    except BaseException:
        server.server_close()
        raise
    threading.Thread(target=server.serve_forever, name="orgkg-serve", daemon=True).start()
    return server
