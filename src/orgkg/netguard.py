"""The one place that decides whether orgkg may reach the network, and its only HTTP client.

orgkg reaches the network only where the user asked for it by name:

* ``--endpoint URL`` (``orgkg query``, ``orgkg load``): the user named the host. The URL must
  be plain ``http``/``https`` (no ``file:``), carry no credentials (they come from the
  environment, never the command line) and redirects are reported, never followed, so a
  server cannot bounce orgkg - and its ``Authorization`` header - somewhere else.
* SPARQL ``SERVICE`` in a local query executes an HTTP request from this machine to a URL
  written in the query: refused unless ``--allow-network`` (``orgkg.query`` calls
  :func:`refuse`).
* Everything else (remote JSON-LD contexts, ``owl:imports``, SPARQL ``LOAD``) is never fetched.

Enforcement does not rely on every caller remembering that: every ``orgkg`` command runs
inside :func:`offline` (``orgkg.cli``), under which a process-wide audit hook
(:pep:`578`) refuses, with :class:`NetworkRefused`, every DNS lookup, connection, datagram
and ``urllib`` request that would leave this machine - whichever library makes it
(rdflib fetching a JSON-LD context, pyshacl following ``owl:imports``, a stray
``urlopen``). The one hole is :meth:`HttpClient.request`, which only ever talks to the
endpoint the user named (:func:`permitted`). Loopback and Unix sockets stay allowed (a
local server, a socket pair); native code that opens sockets itself (Oxigraph's
``SERVICE`` client) is not seen by audit hooks, which is why ``orgkg.query`` refuses
``SERVICE`` before Oxigraph runs anything.

The HTTP client is the standard library's ``http.client`` with one keep-alive connection per
host (a load is one request per named graph) and bounded retries with exponential backoff
on connection errors and 5xx answers only; a 4xx answer is final and reported with the
server's own message.

``timeout`` is a deadline for each attempt as a whole - connect, send and receive - not a
limit per socket operation: a server that trickles one byte a second cannot stretch an
attempt past it (:class:`_Deadline` shuts the socket down when the time is up). So one
request gives up within ``attempts × timeout + Σ delays`` (see :meth:`Retry.worst_case`);
docs/serving-and-remote.md gives the figures for ``orgkg load`` and ``orgkg query``.
"""

from __future__ import annotations

import base64
import functools
import ipaddress
import os
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar
from urllib.parse import urlsplit

from orgkg.errors import NetworkRefused, RemoteError, UsageError

if TYPE_CHECKING:
    import http.client  # imported where used: keeps `orgkg --help` fast (the guard imports this module)

ENV_USER = "ORGKG_ENDPOINT_USER"
ENV_PASSWORD = "ORGKG_ENDPOINT_PASSWORD"
ENV_TOKEN = "ORGKG_ENDPOINT_TOKEN"
USER_AGENT = "orgkg (+https://w3id.org/orgkg/)"
MAX_MESSAGE = 1000


def refuse(what: str, hint: str = "pass --allow-network to allow it") -> NoReturn:
    """Raise NetworkRefused: ``what`` would reach the network and nobody allowed it."""
    raise NetworkRefused(f"refused: {what} would reach the network; {hint}")


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint(url: str, option: str = "--endpoint") -> str:
    """``url`` if it is an absolute http(s) URL without credentials or fragment."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{option} must be an absolute http:// or https:// URL, got {url!r}")
    if parts.username is not None or parts.password is not None:
        raise UsageError(
            f"{option} must not carry credentials; set {ENV_USER}/{ENV_PASSWORD} or "
            f"{ENV_TOKEN} in the environment instead"
        )
    if parts.fragment:
        raise UsageError(f"{option} must not carry a #fragment: {url!r}")
    if re.search(r"[\x00-\x20\x7f]", url):
        raise UsageError(f"{option} contains spaces or control characters: {url!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None
    return url


def authorization_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """The ``Authorization`` header value from ORGKG_ENDPOINT_* variables, or None.

    Basic: ORGKG_ENDPOINT_USER + ORGKG_ENDPOINT_PASSWORD. Bearer: ORGKG_ENDPOINT_TOKEN.
    """
    env = os.environ if environ is None else environ
    user, password, token = env.get(ENV_USER), env.get(ENV_PASSWORD), env.get(ENV_TOKEN)
    if token and (user or password):
        raise UsageError(f"set either {ENV_TOKEN} or {ENV_USER}/{ENV_PASSWORD}, not both")
    if token:
        return f"Bearer {token}"
    if user or password:
        if not user or password is None:
            raise UsageError(f"{ENV_USER} and {ENV_PASSWORD} must be set together")
        pair = f"{user}:{password}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")
    return None


@dataclass(frozen=True)
class Retry:
    """Bounded exponential backoff: ``attempts`` tries in all, delays initial·factorⁿ ≤ max."""

    attempts: int = 5
    initial_delay: float = 0.5
    factor: float = 2.0
    max_delay: float = 8.0

    def delays(self) -> Iterator[float]:
        delay = self.initial_delay
        for _ in range(max(self.attempts, 1) - 1):
            yield min(delay, self.max_delay)
            delay *= self.factor

    def worst_case(self, timeout: float) -> float:
        """Seconds one request may take at most before it succeeds or gives up: every attempt
        runs into its ``timeout`` deadline, followed by every backoff delay (a server's
        ``Retry-After`` is honoured up to ``max_delay`` only, so it cannot stretch this)."""
        return max(self.attempts, 1) * timeout + sum(self.delays())


NO_RETRY = Retry(attempts=1)


@dataclass
class Response:
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class TransientError(RemoteError):
    """A connection failure or 5xx answer that survived every retry."""


class DeadlineExceeded(TransientError):
    """No complete answer within the timeout (the last attempt's deadline passed)."""


class _Deadline:
    """Shuts ``connection``'s socket down ``seconds`` from now, so that whatever the request
    is blocked in (connect, TLS handshake, send, a header or body read) returns at once.

    A socket timeout alone bounds each ``recv``, not the request: a server trickling one
    byte a second keeps every ``recv`` under it forever. A timer thread is the one way to
    interrupt a blocking read of ``http.client`` from outside.
    """

    POLL = 0.05  # while connect() has not yet produced a socket to shut down

    def __init__(self, connection: http.client.HTTPConnection, seconds: float) -> None:
        self.connection = connection
        self.expired = False
        self._done = threading.Event()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._timer.cancel()

    def _expire(self) -> None:
        self.expired = True
        while not self._done.is_set():
            sock = self.connection.sock
            if sock is not None:
                # the plain socket's shutdown: an SSLSocket's own would drop its state under the reader
                with suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                return
            self._done.wait(self.POLL)


def server_message(response: Response) -> str:
    """The server's own error text, tags stripped, whitespace collapsed, bounded."""
    text = response.text()
    if "html" in response.content_type:
        text = re.sub(r"<[^>]+>", " ", text)
    text = " ".join(text.split())
    return text[:MAX_MESSAGE] + ("…" if len(text) > MAX_MESSAGE else "")


def redact(url: str) -> str:
    """``url`` without its query string (it may hold a whole SPARQL query)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


# --- the process-wide guard (PEP 578 audit hook) ----------------------------------------

_F = TypeVar("_F", bound=Callable[..., Any])
# Audit events that reach out: name resolution, connections, datagrams, urllib requests.
_WATCHED = frozenset(
    {
        "socket.connect",
        "socket.sendto",
        "socket.sendmsg",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.gethostbyaddr",
        "urllib.Request",
    }
)
_LOCAL_SCHEMES = frozenset({"", "file", "data"})


class _Guard:
    """``depth`` > 0: offline (process-wide, so threads a command starts are covered too);
    ``local.permits`` > 0: this thread is talking to the endpoint the user named."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.installed = False
        self.depth = 0
        self.local = threading.local()


_GUARD = _Guard()


def install() -> None:
    """Add the audit hook to this process (once; hooks cannot be removed, so it stays
    inert outside :func:`offline`)."""
    with _GUARD.lock:
        if not _GUARD.installed:
            sys.addaudithook(_audit)
            _GUARD.installed = True


def is_offline() -> bool:
    """True while the guard refuses the network in this thread."""
    return _GUARD.depth > 0 and not getattr(_GUARD.local, "permits", 0)


@contextmanager
def offline() -> Iterator[None]:
    """Refuse every connection that would leave this machine until the block ends.

    Nested blocks are fine. This is what every ``orgkg`` command runs under."""
    install()
    with _GUARD.lock:
        _GUARD.depth += 1
    try:
        yield
    finally:
        with _GUARD.lock:
            _GUARD.depth -= 1


@contextmanager
def permitted() -> Iterator[None]:
    """Lift the guard for this thread only: the request the user asked for by name."""
    _GUARD.local.permits = getattr(_GUARD.local, "permits", 0) + 1
    try:
        yield
    finally:
        _GUARD.local.permits -= 1


def _named_endpoint(method: _F) -> _F:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with permitted():
            return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _host_of(address: object) -> str | None:
    """The host of a socket address, or None for addresses that never leave the machine."""
    if isinstance(address, tuple) and address:
        host = address[0]
        return host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
    return None  # AF_UNIX path, abstract socket, netlink pid...


def _leaves_machine(host: object) -> bool:
    if host is None:
        return False  # getaddrinfo(None, port): a passive lookup of this machine
    text = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
    return not (text == "" or is_loopback(text))


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in _WATCHED or not is_offline():
        return
    if event == "urllib.Request":
        url = str(args[0])
        parts = urlsplit(url)
        if parts.scheme.lower() in _LOCAL_SCHEMES or not _leaves_machine(parts.hostname):
            return
        refuse(f"fetching {redact(url)}", "orgkg works offline here")
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[1]
        if address is None or getattr(sock, "family", None) not in (socket.AF_INET, socket.AF_INET6):
            return
        host = _host_of(address)
        if _leaves_machine(host):
            refuse(f"a connection to {host}", "orgkg works offline here")
        return
    host = args[0]
    if _leaves_machine(host):
        refuse(f"looking up the host {host!r}", "orgkg works offline here")


@dataclass
class HttpClient:
    """Keep-alive HTTP/1.1 client with bounded retries (connection errors and 5xx only)."""

    timeout: float = 60.0
    retry: Retry = field(default_factory=Retry)
    authorization: str | None = None
    sleep: Callable[[float], None] = time.sleep
    warn: Callable[[str], None] = field(default=lambda message: print(f"orgkg: warning: {message}", file=sys.stderr))
    _connections: dict[tuple[str, str, int], http.client.HTTPConnection] = field(default_factory=dict, repr=False)
    _warned: set[str] = field(default_factory=set, repr=False)

    @classmethod
    def from_env(cls, **options: object) -> HttpClient:
        return cls(authorization=authorization_from_env(), **options)  # type: ignore[arg-type]

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for connection in self._connections.values():
            connection.close()
        self._connections.clear()

    def _connection(self, scheme: str, host: str, port: int) -> http.client.HTTPConnection:
        import http.client

        key = (scheme, host, port)
        connection = self._connections.get(key)
        if connection is None:
            cls = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
            connection = cls(host, port, timeout=self.timeout)
            self._connections[key] = connection
        return connection

    def _drop(self, scheme: str, host: str, port: int) -> None:
        connection = self._connections.pop((scheme, host, port), None)
        if connection is not None:
            connection.close()

    @_named_endpoint
    def request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        retry: Retry | None = None,
        ok: Callable[[int], bool] = lambda status: 200 <= status < 300,
    ) -> Response:
        """Send one request, retrying transient failures; return a 2xx response.

        Raises RemoteError for 3xx/4xx (final, with the server's message) and
        TransientError when connection errors or 5xx persist through every retry.
        """
        import http.client

        check_endpoint(url, "URL")
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = parts.hostname or ""
        port = parts.port or (443 if scheme == "https" else 80)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        all_headers = {"User-Agent": USER_AGENT, "Connection": "keep-alive", **(headers or {})}
        if self.authorization:
            if scheme == "http" and not is_loopback(host) and host not in self._warned:
                self._warned.add(host)
                self.warn(f"sending credentials to {host} over plain http")
            all_headers["Authorization"] = self.authorization
        policy = retry or self.retry
        delays = policy.delays()
        while True:
            retry_after: float | None = None
            timed_out = False
            connection = self._connection(scheme, host, port)
            deadline = _Deadline(connection, self.timeout)
            try:
                with deadline:
                    connection.request(method, target, body=body, headers=all_headers)
                    raw = connection.getresponse()
                    response = Response(
                        raw.status,
                        raw.reason,
                        {k.lower(): v for k, v in raw.getheaders()},
                        raw.read(),
                    )
                # A shut socket reads as the end of the headers or body: whatever came is cut short.
                if deadline.expired:
                    raise TimeoutError
                if raw.will_close:
                    self._drop(scheme, host, port)
            except (OSError, http.client.HTTPException) as error:
                self._drop(scheme, host, port)
                # A socket timeout is as long as the deadline: the attempt took all its time too.
                timed_out = deadline.expired or isinstance(error, TimeoutError)
                if timed_out:
                    failure = (
                        f"{redact(url)}: no complete answer within {self.timeout:g} s "
                        "(--timeout bounds connect, send and receive together)"
                    )
                else:
                    failure = f"cannot reach {redact(url)}: {_describe(error)}"
            else:
                if ok(response.status):
                    return response
                message = server_message(response)
                where = f"{method} {redact(url)}: HTTP {response.status} {response.reason}"
                if 300 <= response.status < 400:
                    location = response.headers.get("location", "?")
                    raise RemoteError(f"{where}: redirected to {location}; use that URL instead")
                if response.status < 500:
                    raise RemoteError(f"{where}: {message}" if message else where)
                failure = f"{where}: {message}" if message else where
                retry_after = _retry_after(response, policy.max_delay)
            delay = next(delays, None)
            if delay is None:
                raise (DeadlineExceeded if timed_out else TransientError)(failure)
            self.sleep(max(delay, retry_after or 0.0))


def _retry_after(response: Response, limit: float) -> float | None:
    """The server's ``Retry-After`` seconds, at most ``limit`` (keeps Retry.worst_case true)."""
    value = response.headers.get("retry-after", "")
    return min(float(value), limit) if value.isdigit() else None


def _describe(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "timed out"
    text = str(error) or type(error).__name__
    return text
