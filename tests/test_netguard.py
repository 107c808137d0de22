"""No network by default (issue 5): enforced in one place, ``orgkg.netguard``.

Two kinds of proof:

* the guard itself: under ``netguard.offline()`` (every ``orgkg`` command runs under it)
  a DNS lookup, a connection or a ``urlopen`` that would leave the machine raises
  ``NetworkRefused`` before any packet is sent, whichever library asks;
* each door a profile, a data file, a shapes file or a query could open (remote JSON-LD
  contexts, ``owl:imports``, SPARQL ``SERVICE``/``LOAD``, XML external entities) is
  pointed at a listener on 127.0.0.1 that counts connections: it must count none. This
  also covers native code (Oxigraph's own HTTP client) that audit hooks cannot see.

The autouse fixture in conftest.py additionally fails any test that connects anywhere but
127.0.0.1.
"""

from __future__ import annotations

import _socket
import contextlib
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from orgkg import netguard
from orgkg.cli import main
from orgkg.errors import InputError, NetworkRefused
from orgkg.exitcodes import ExitCode

from .conftest import SEED

# --- the guard ----------------------------------------------------------------------------------


def test_offline_refuses_name_lookups() -> None:
    with netguard.offline(), pytest.raises(NetworkRefused, match=r"example\.org"):
        socket.getaddrinfo("example.org", 443)
    with netguard.offline(), pytest.raises(NetworkRefused):
        socket.gethostbyname("example.org")


def test_offline_refuses_connections_below_any_python_wrapper() -> None:
    # _socket.socket.connect is the C method: no monkeypatch (such as conftest's) sits in front.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(0.5)
    try:
        with netguard.offline(), pytest.raises(NetworkRefused, match=r"192\.0\.2\.1"):
            _socket.socket.connect(sock, ("192.0.2.1", 9))  # TEST-NET-1: never routed
    finally:
        sock.close()
    if socket.has_ipv6:
        sock6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        sock6.settimeout(0.5)
        try:
            with netguard.offline(), pytest.raises(NetworkRefused):
                _socket.socket.connect_ex(sock6, ("2001:db8::1", 9, 0, 0))  # documentation prefix
        finally:
            sock6.close()
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        with netguard.offline(), pytest.raises(NetworkRefused):
            udp.sendto(b"x", ("192.0.2.1", 53))
    finally:
        udp.close()


def test_offline_refuses_urllib() -> None:
    with netguard.offline(), pytest.raises(NetworkRefused, match=r"example\.org"):
        urllib.request.urlopen("https://example.org/context.jsonld", timeout=1)


def test_loopback_unix_and_files_stay_allowed(tmp_path: Path) -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        with netguard.offline():
            client = socket.create_connection(server.getsockname(), timeout=2)
            client.close()
            left, right = socket.socketpair()
            left.close()
            right.close()
            socket.getaddrinfo("localhost", 80)
            socket.getaddrinfo(None, 80)
            (tmp_path / "f.txt").write_text("x", encoding="utf-8")
            assert urllib.request.urlopen((tmp_path / "f.txt").as_uri()).read() == b"x"
    finally:
        server.close()


def test_the_guard_is_inert_outside_offline_and_nests() -> None:
    netguard.install()
    assert not netguard.is_offline()
    with netguard.offline():
        with netguard.offline():
            assert netguard.is_offline()
        assert netguard.is_offline()
    assert not netguard.is_offline()
    socket.getaddrinfo("localhost", 80)  # no refusal outside offline()


def test_permitted_lifts_the_guard_for_this_thread_only() -> None:
    seen: list[bool] = []
    with netguard.offline(), netguard.permitted():
        assert not netguard.is_offline()
        thread = threading.Thread(target=lambda: seen.append(netguard.is_offline()))
        thread.start()
        thread.join()
    assert seen == [True]


def test_threads_a_command_starts_are_offline_too() -> None:
    errors: list[BaseException] = []

    def lookup() -> None:
        try:
            socket.getaddrinfo("example.org", 80)
        except BaseException as error:
            errors.append(error)

    with netguard.offline():
        thread = threading.Thread(target=lookup)
        thread.start()
        thread.join()
    assert len(errors) == 1 and isinstance(errors[0], NetworkRefused)


# --- a listener that counts who knocks ------------------------------------------------------------


class Listener:
    """An HTTP server on 127.0.0.1 that answers 404 and records every connection."""

    def __init__(self) -> None:
        self.connections = 0
        self.paths: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.paths.append(self.path)
                self.send_error(404)

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            def get_request(self) -> tuple[socket.socket, object]:
                request = super().get_request()
                outer.connections += 1
                return request

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


def run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_the_listener_does_count(listener: Listener) -> None:
    """Sanity check of the fixture the tests below rely on."""
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(listener.url + "/probe", timeout=5)
    assert listener.connections == 1 and listener.paths == ["/probe"]


# --- every command runs offline --------------------------------------------------------------------


@pytest.mark.parametrize("command", ["build", "export", "validate"])
def test_every_command_runs_under_the_guard(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from orgkg import api

    def reach_out(*args: object, **kwargs: object) -> None:
        socket.getaddrinfo("example.org", 443)  # what a careless library call would do

    monkeypatch.setattr(api, "build", reach_out)
    args = [command, str(SEED)] + (["-o", str(tmp_path / "out")] if command == "build" else [])
    code, output = run(args)
    assert code == ExitCode.INPUT_ERROR
    assert "refused: looking up the host 'example.org' would reach the network" in output


def test_query_and_serve_commands_run_under_the_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    import click

    @click.command("probe-network")
    def probe() -> None:
        urllib.request.urlopen("https://example.org/", timeout=1)

    main.add_command(probe)
    try:
        code, output = run(["probe-network"])
    finally:
        main.commands.pop("probe-network")
    assert code == ExitCode.INPUT_ERROR and "refused: fetching https://example.org/" in output


def test_the_named_endpoint_is_the_one_hole(listener: Listener, monkeypatch: pytest.MonkeyPatch) -> None:
    """HttpClient (``--endpoint``, ``load``) lifts the guard for its own request only."""
    import http.client

    states: list[bool] = []
    real = http.client.HTTPConnection.request

    def spy(self: http.client.HTTPConnection, *args: object, **kwargs: object) -> None:
        states.append(netguard.is_offline())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(http.client.HTTPConnection, "request", spy)
    with netguard.offline():
        client = netguard.HttpClient(retry=netguard.NO_RETRY)
        with pytest.raises(netguard.RemoteError, match="404"):
            client.request("GET", listener.url + "/sparql")
        client.close()
        assert netguard.is_offline()
        with pytest.raises(NetworkRefused):
            socket.getaddrinfo("example.org", 443)
    assert states == [False] and listener.connections == 1


# --- each door, pointed at the listener ------------------------------------------------------------


def _jsonld(context: object) -> str:
    return json.dumps({"@context": context, "@id": "https://example.org/x", "name": "X"})


@pytest.mark.parametrize(
    "context",
    [
        "{url}/context.jsonld",
        ["{url}/a.jsonld", {"@vocab": "https://schema.org/"}],
        {"@import": "{url}/import.jsonld", "@vocab": "https://schema.org/"},
        {"@vocab": "https://schema.org/", "knows": {"@id": "https://schema.org/knows", "@context": "{url}/scoped"}},
    ],
    ids=["string", "list", "import", "scoped"],
)
@pytest.mark.parametrize("command", ["validate", "query"])
def test_remote_jsonld_contexts_in_user_data_are_never_fetched(
    listener: Listener, tmp_path: Path, context: object, command: str
) -> None:
    data = tmp_path / "user.jsonld"
    data.write_text(_jsonld(context).replace("{url}", listener.url), encoding="utf-8")
    if command == "validate":
        code, output = run(["validate", "--data", str(data)])
        assert code == ExitCode.INPUT_ERROR and f"{data}: remote JSON-LD @context" in output
    else:
        code, output = run(["query", "--data", str(data), "-q", "SELECT * { ?s ?p ?o }", "--format", "csv"])
        assert code in (ExitCode.OK, ExitCode.INPUT_ERROR), output
    assert listener.connections == 0, listener.paths


def test_rdflib_itself_cannot_fetch_a_remote_context_while_offline() -> None:
    """Defence in depth: were the up-front check bypassed, the guard still stops rdflib."""
    from rdflib import Graph

    document = _jsonld("https://example.org/context.jsonld")
    with netguard.offline(), pytest.raises(Exception) as caught:
        Graph().parse(data=document, format="json-ld")
    chain: list[BaseException] = []
    error: BaseException | None = caught.value
    while error is not None and error not in chain:
        chain.append(error)
        error = error.__cause__ or error.__context__
    assert any(isinstance(e, NetworkRefused) for e in chain), chain


def test_owl_imports_in_shapes_are_never_followed(listener: Listener, tmp_path: Path) -> None:
    shapes = tmp_path / "extra-shapes.ttl"
    shapes.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        f"<urn:x:shapes> a owl:Ontology ; owl:imports <{listener.url}/imported.ttl> .\n"
        "<urn:x:S> a sh:NodeShape ; sh:targetClass schema:Organization ;\n"
        "  sh:property [ sh:path schema:name ; sh:minCount 1 ] .\n",
        encoding="utf-8",
    )
    code, output = run(["validate", str(SEED), "--shapes", str(shapes)])
    assert code in (ExitCode.OK, ExitCode.VALIDATION_FAILED), output
    assert listener.connections == 0, listener.paths


def test_service_in_shapes_is_refused(listener: Listener, tmp_path: Path) -> None:
    shapes = tmp_path / "sparql-shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "<urn:x:S> a sh:NodeShape ; sh:targetClass schema:Organization ;\n"
        '  sh:sparql [ sh:select """SELECT $this WHERE { SERVICE <'
        + listener.url
        + '/sparql> { $this ?p ?o } }""" ] .\n',
        encoding="utf-8",
    )
    code, output = run(["validate", str(SEED), "--shapes", str(shapes)])
    assert code == ExitCode.INPUT_ERROR and "SERVICE" in output
    assert listener.connections == 0


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
        "select * where { service silent <{url}/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <{url}/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { # a comment\n SERVICE <{url}/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { BIND(<{url}/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
        "LOAD <{url}/data.ttl>",
        "LOAD SILENT <{url}/data.ttl> INTO GRAPH <urn:g>",
    ],
)
def test_local_sparql_never_reaches_out(listener: Listener, tmp_path: Path, text: str) -> None:
    data = tmp_path / "data.nt"
    data.write_text("<urn:s> <urn:p> <urn:o> .\n", encoding="utf-8")
    code, output = run(["query", "--data", str(data), "-q", text.replace("{url}", listener.url), "--format", "csv"])
    assert code in (ExitCode.USAGE_ERROR, ExitCode.INPUT_ERROR), output
    assert listener.connections == 0, listener.paths


@pytest.mark.parametrize("fmt", ["rdf", "trix"])
def test_xml_external_entities_are_not_resolved(listener: Listener, tmp_path: Path, fmt: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    doctype = f'<!DOCTYPE r [ <!ENTITY file SYSTEM "{secret.as_uri()}"> <!ENTITY web SYSTEM "{listener.url}/xxe"> ]>\n'
    if fmt == "rdf":
        body = (
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="https://schema.org/">'
            '<rdf:Description rdf:about="https://example.org/x"><s:name>&file;&web;</s:name>'
            "</rdf:Description></rdf:RDF>"
        )
    else:
        body = (
            '<TriX xmlns="http://www.w3.org/2004/03/trix/trix-1/"><graph><triple>'
            "<uri>https://example.org/x</uri><uri>https://schema.org/name</uri>"
            "<plainLiteral>&file;&web;</plainLiteral></triple></graph></TriX>"
        )
    data = tmp_path / f"xxe.{fmt}"
    data.write_text('<?xml version="1.0"?>\n' + doctype + body, encoding="utf-8")
    code, output = run(["validate", "--data", str(data), "--format", "json"])
    assert code in (ExitCode.OK, ExitCode.VALIDATION_FAILED, ExitCode.INPUT_ERROR), output
    assert "TOP-SECRET-VALUE" not in output
    # What the data loader itself makes of it: the entity is left empty (or the file refused).
    from rdflib import Dataset

    from orgkg.cli_validate import load_data

    dataset = Dataset()
    with contextlib.suppress(InputError):
        load_data((data,), dataset)
    assert not any("TOP-SECRET" in str(o) for _, _, o, _ in dataset.quads((None, None, None, None)))
    assert listener.connections == 0, listener.paths


# --- with the network gone for the whole process, nothing changes ------------------------------

_BLOCK_ALL = """
import socket, sys
def _no_network(event, args):
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        raise OSError("network blocked for this process")
    if event in ("socket.connect", "socket.sendto") and getattr(args[0], "family", None) != socket.AF_UNIX:
        raise OSError("network blocked for this process")
sys.addaudithook(_no_network)
"""


def _run_cli(args: list[str], cwd: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "orgkg", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_commands_behave_the_same_with_the_network_blocked(tmp_path: Path, examples_dir: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(_BLOCK_ALL, encoding="utf-8")
    inputs = [str(SEED), str(examples_dir)]
    outputs = {}
    for label, env in (("open", {}), ("blocked", {"PYTHONPATH": str(blocker)})):
        out = tmp_path / label
        build = _run_cli(["build", *inputs, "-o", str(out), "--no-cache"], tmp_path, env)
        export = _run_cli(["export", *inputs, "-f", "jsonld"], tmp_path, env)
        validate = _run_cli(["validate", *inputs, "--format", "json"], tmp_path, env)
        query = _run_cli(
            [
                "query",
                "--data",
                str(out / "graph.nq"),
                "-q",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                "--format",
                "csv",
            ],
            tmp_path,
            env,
        )
        outputs[label] = (
            build.returncode,
            export.returncode,
            validate.returncode,
            query.returncode,
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in out.rglob("*")
                if p.is_file() and not {".cache", "store"} & set(p.parts)
            },  # cache, RocksDB store
            export.stdout,
            validate.stdout,
            query.stdout,
        )
        for proc in (build, export, validate, query):
            assert "Traceback" not in proc.stderr, proc.stderr
    assert outputs["blocked"] == outputs["open"]
    assert outputs["open"][:4] == (0, 0, 0, 0)


# --- XML entity bombs and deep nesting in user files -------------------------------------------

_LOL = "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(2, 10))
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol1 "lol">' + _LOL + "]>\n"
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="https://schema.org/">'
    '<rdf:Description rdf:about="https://example.org/x"><s:name>&lol9;</s:name></rdf:Description></rdf:RDF>\n'
)


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--data", "{file}"],
        ["validate", str(SEED), "--shapes", "{file}"],
        ["query", "--data", "{file}", "-q", "SELECT * { ?s ?p ?o }", "--format", "csv"],
    ],
    ids=["validate-data", "validate-shapes", "query-data"],
)
def test_billion_laughs_is_refused_at_once(tmp_path: Path, args: list[str]) -> None:
    import time

    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    started = time.perf_counter()
    code, output = run([arg.replace("{file}", str(bomb)) for arg in args])
    assert time.perf_counter() - started < 10
    assert code == ExitCode.INPUT_ERROR and f"{bomb}:2: XML DOCTYPE declarations are not accepted" in output


def test_plain_rdf_xml_is_still_read(tmp_path: Path) -> None:
    data = tmp_path / "plain.rdf"
    data.write_text(
        '<?xml version="1.0"?>\n<!-- a <comment> with <!ENTITY in it is not a declaration... -->\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="https://schema.org/">'
        '<rdf:Description rdf:about="https://example.org/x"><s:name>text mentioning &lt;!ENTITY x&gt;</s:name>'
        "</rdf:Description></rdf:RDF>\n",
        encoding="utf-8",
    )
    code, output = run(
        ["query", "--data", str(data), "-q", "SELECT ?n { ?s <https://schema.org/name> ?n }", "--format", "csv"]
    )
    assert code == ExitCode.OK and "text mentioning <!ENTITY x>" in output, output


@pytest.mark.parametrize("command", ["validate", "query"])
def test_deeply_nested_json_is_exit_3(tmp_path: Path, command: str) -> None:
    data = tmp_path / "deep.jsonld"
    data.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    args = (
        ["validate", "--data", str(data)]
        if command == "validate"
        else ["query", "--data", str(data), "-q", "SELECT * { ?s ?p ?o }", "--format", "csv"]
    )
    code, output = run(args)
    assert code == ExitCode.INPUT_ERROR and str(data) in output
