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

The HTTP client is the standard library's ``http.client`` with one keep-alive connection per
host (a load is one request per named graph) and bounded retries with exponential backoff
on connection errors and 5xx answers only; a 4xx answer is final and reported with the
server's own message.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NoReturn
from urllib.parse import urlsplit

from orgkg.errors import NetworkRefused, RemoteError, UsageError

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


@dataclass
class HttpClient:
    """Keep-alive HTTP/1.1 client with bounded retries (connection errors and 5xx only)."""

    timeout: float = 60.0
    retry: Retry = field(default_factory=Retry)
    authorization: str | None = None
    sleep: Callable[[float], None] = time.sleep
    warn: Callable[[str], None] = field(
        default=lambda message: print(f"orgkg: warning: {message}", file=sys.stderr)
    )
    _connections: dict[tuple[str, str, int], http.client.HTTPConnection] = field(
        default_factory=dict, repr=False
    )
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
        delays = (retry or self.retry).delays()
        while True:
            retry_after: float | None = None
            try:
                connection = self._connection(scheme, host, port)
                connection.request(method, target, body=body, headers=all_headers)
                raw = connection.getresponse()
                response = Response(
                    raw.status,
                    raw.reason,
                    {k.lower(): v for k, v in raw.getheaders()},
                    raw.read(),
                )
                if raw.will_close:
                    self._drop(scheme, host, port)
            except (OSError, http.client.HTTPException) as error:
                self._drop(scheme, host, port)
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
                retry_after = _retry_after(response)
            delay = next(delays, None)
            if delay is None:
                raise TransientError(failure)
            self.sleep(max(delay, retry_after or 0.0))


def _retry_after(response: Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return min(float(value), 30.0) if value.isdigit() else None


def _describe(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "timed out"
    text = str(error) or type(error).__name__
    return text
