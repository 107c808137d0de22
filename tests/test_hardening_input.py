"""Hostile RDF files (issue 13): XML entity bombs, special files, remote JSON-LD contexts.

Every reader of a user's RDF file goes through ``orgkg.rdf_files``; these tests feed each
attack to each reader: ``orgkg query --data``, ``orgkg validate --data``, ``--shapes``,
``orgkg load --data`` and the store (``persist``, ``read_data``).

An attack that got through would not fail politely: an entity bomb allocates gigabytes or
runs for minutes, a FIFO blocks forever. So the attacks run in a child process with a
deadline and a memory ceiling (bombs, devices), or with a watchdog that opens the FIFO's
other end after a while (FIFOs): a regression fails the test instead of hanging it.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from orgkg import rdf_files
from orgkg import store as stores
from orgkg.cli import main
from orgkg.errors import InputError
from orgkg.exitcodes import ExitCode

DEADLINE = 60  # seconds; a refused file takes well under one
MEMORY_CEILING = 3 << 30  # bytes of address space for a child: a bomb that expands hits it

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
BODY = (
    f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:s="https://schema.org/">'
    '<rdf:Description rdf:about="https://example.org/x"><s:name>&lol9;</s:name></rdf:Description>'
    "</rdf:RDF>\n"
)
LOL = '<!ENTITY lol1 "lol">' + "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(2, 10))
DECL = '<?xml version="1.0"?>\n'

# name -> an RDF/XML document that must be refused before any RDF parser reads it.
BOMBS = {
    "billion-laughs": DECL + f"<!DOCTYPE lolz [{LOL}]>\n" + BODY,
    # The two bypasses of the old byte-pattern guard: a DOCTYPE hidden after a processing
    # instruction holding "<!--" (closed by a later comment) ...
    "doctype-behind-pi-comment": DECL + f"<?pi <!-- ?>\n<!DOCTYPE lolz [{LOL}]>\n<!-- -->\n" + BODY,
    # ... and a processing instruction holding "]><x" inside the internal subset.
    "pi-inside-subset": DECL + f"<!DOCTYPE lolz [<?pi ]><x ?>{LOL}]>\n" + BODY,
    "doctype-after-comment": "<!-- a comment first -->\n" + f"<!DOCTYPE lolz [{LOL}]>\n" + BODY,
    "doctype-after-pi": DECL + f"<?stylesheet href='x'?>\n<!DOCTYPE lolz [{LOL}]>\n" + BODY,
    "external-entity": DECL + '<!DOCTYPE r [<!ENTITY lol9 SYSTEM "file:///etc/passwd">]>\n' + BODY,
    "parameter-entity": DECL
    + '<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p; <!ENTITY lol9 "x">]>\n'
    + BODY,
    "quadratic-blowup": DECL
    + f'<!DOCTYPE r [<!ENTITY lol9 "{"x" * 100_000}">]>\n'
    + BODY.replace("&lol9;", "&lol9;" * 20_000),
    "doctype-without-subset": DECL + "<!DOCTYPE rdf:RDF>\n" + BODY.replace("&lol9;", "x"),
}
TRIX_BOMB = (
    DECL
    + f"<!DOCTYPE lolz [{LOL}]>\n"
    + '<TriX xmlns="http://www.w3.org/2004/03/trix/trix-1/"><graph><triple>'
    + "<uri>https://example.org/x</uri><uri>https://schema.org/name</uri>"
    + "<plainLiteral>&lol9;</plainLiteral></triple></graph></TriX>\n"
)
PLAIN_TTL = '<https://example.org/x> <https://schema.org/name> "x" .\n'

# The child: runs each reader on one file, prints [(reader, exit code, message), ...].
CHILD = r"""
import json, sys
from pathlib import Path
from click.testing import CliRunner
from orgkg.cli import main
from orgkg import store as stores
from orgkg.errors import InputError

path, plain, work = (Path(a) for a in sys.argv[1:4])
readers = json.loads(sys.argv[4])
results = []
for reader in readers:
    if reader == "persist" or reader == "read_data":
        try:
            if reader == "persist":
                stores.persist(path, work / "store")
            else:
                stores.read_data(path)
            results.append([reader, 0, ""])
        except InputError as error:
            results.append([reader, 3, str(error)])
        continue
    args = {
        "query-data": ["query", "--data", str(path), "-q", "SELECT * { ?s ?p ?o }", "--format", "csv"],
        "query-file": ["query", "-f", str(path), "--data", str(plain), "--format", "csv"],
        "validate-data": ["validate", "--data", str(path)],
        "validate-shapes": ["validate", "--data", str(plain), "--shapes", str(path)],
        "load-data": ["load", "--endpoint", "http://127.0.0.1:9/store", "--data", str(path)],
    }[reader]
    result = CliRunner().invoke(main, args)
    results.append([reader, result.exit_code, result.output])
print(json.dumps(results))
"""
XML_READERS = ["query-data", "validate-data", "validate-shapes", "persist", "read_data"]


def _ceiling() -> None:  # runs in the child before it starts
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))


def run_readers(path: Path, readers: list[str], work: Path) -> list[tuple[str, int, str]]:
    """Each reader's (exit code, output) on ``path``, in a child with a deadline and a
    memory ceiling: a reader that expands a bomb or blocks fails the test, never hangs it."""
    plain = work / "plain.ttl"
    plain.write_text(PLAIN_TTL, encoding="utf-8")
    try:
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(plain), str(work), json.dumps(readers)],
            capture_output=True,
            text=True,
            timeout=DEADLINE,
            preexec_fn=_ceiling,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: a reader was still busy after {DEADLINE} s (not refused up front)")
    assert child.returncode == 0, f"the child died (memory ceiling?): {child.stderr[-2000:]}"
    return [tuple(row) for row in json.loads(child.stdout.splitlines()[-1])]


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_xml_with_a_doctype_is_refused_by_every_reader(name: str, tmp_path: Path) -> None:
    bomb = tmp_path / f"{name}.rdf"
    bomb.write_text(BOMBS[name], encoding="utf-8")
    started = time.monotonic()
    results = run_readers(bomb, XML_READERS, tmp_path)
    assert [reader for reader, *_ in results] == XML_READERS
    for reader, code, output in results:
        assert code == ExitCode.INPUT_ERROR, (reader, code, output)
        assert f"{bomb}:" in output and "XML DOCTYPE declarations are not accepted" in output, (reader, output)
        assert "Traceback" not in output
    assert time.monotonic() - started < DEADLINE
    assert not (tmp_path / "store").exists(), "a refused file leaves no store behind"


def test_the_983_byte_bypass_is_small(tmp_path: Path) -> None:
    """The reported attack: under a kilobyte on disk (the old guard read it as harmless)."""
    assert len(BOMBS["doctype-behind-pi-comment"].encode()) < 1000


def test_trix_with_a_doctype_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.trix"
    bomb.write_text(TRIX_BOMB, encoding="utf-8")
    for reader, code, output in run_readers(bomb, ["validate-data", "validate-shapes"], tmp_path):
        assert code == ExitCode.INPUT_ERROR and f"{bomb}:2: XML DOCTYPE declarations" in output, (reader, output)


def test_the_refusal_names_the_line_of_the_doctype() -> None:
    with pytest.raises(InputError) as error:
        rdf_files.refuse_xml_dtd(BOMBS["doctype-behind-pi-comment"].encode(), "x.rdf")
    assert (error.value.file, error.value.line) == ("x.rdf", 3)


def test_ill_formed_xml_is_an_input_error_with_a_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not well-formed XML") as error:
        rdf_files.refuse_xml_dtd(b'<?xml version="1.0"?>\n<a>\n<b></a>\n', "x.rdf")
    assert error.value.line == 3


def test_utf16_xml_is_refused_not_misread() -> None:
    """The check reads UTF-8 as the RDF parsers do: a document whose markup only UTF-16 reveals
    cannot pass the check and then read differently."""
    document = ('<?xml version="1.0" encoding="UTF-16"?>\n' + BOMBS["billion-laughs"].split("\n", 1)[1]).encode(
        "utf-16"
    )
    with pytest.raises(InputError):
        rdf_files.refuse_xml_dtd(document, "x.rdf")


@pytest.mark.parametrize("command", ["query", "validate", "store"])
def test_plain_rdf_xml_is_still_read(tmp_path: Path, command: str) -> None:
    data = tmp_path / "plain.rdf"
    data.write_text(
        DECL
        + "<!-- a comment mentioning <!DOCTYPE and <!ENTITY -->\n<?pi <!-- ?>\n"
        + BODY.replace("&lol9;", "caf\u00e9 &amp; &lt;!ENTITY x&gt;"),
        encoding="utf-8",
    )
    expected = "caf\u00e9 & <!ENTITY x>"
    if command == "store":
        names = {quad.object.value for quad in stores.read_data(data)}
        assert names == {expected}
    elif command == "query":
        result = CliRunner().invoke(
            main,
            ["query", "--data", str(data), "-q", "SELECT ?n { ?s <https://schema.org/name> ?n }", "--format", "csv"],
        )
        assert result.exit_code == 0 and expected in result.output, result.output
    else:
        result = CliRunner().invoke(main, ["validate", "--data", str(data), "--format", "json"])
        assert result.exit_code in (ExitCode.OK, ExitCode.VALIDATION_FAILED), result.output
        from rdflib import Dataset, Literal

        from orgkg.cli_validate import load_data

        dataset = Dataset()
        load_data((data,), dataset)
        assert set(dataset.default_graph.objects()) == {Literal(expected)}


def test_the_old_pattern_guard_is_no_longer_called(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from orgkg import netguard

    def fail(*args: object) -> None:
        raise AssertionError("refuse_xml_entities is replaced by orgkg.rdf_files")

    monkeypatch.setattr(netguard, "refuse_xml_entities", fail, raising=False)  # gone once deleted
    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(BOMBS["billion-laughs"], encoding="utf-8")
    with pytest.raises(InputError, match="DOCTYPE"):
        stores.read_data(bomb)


# --- special files: FIFOs and devices ---------------------------------------------------------


@contextmanager
def unblocked_after(fifo: Path, seconds: float = 20) -> Iterator[None]:
    """A watchdog: if the test is still running after ``seconds``, open and close ``fifo``'s
    write end, so a reader stuck in open() or read() gets an empty file and the test fails
    on its assertions instead of hanging."""
    done = threading.Event()

    def watch() -> None:
        if done.wait(seconds):
            return
        while not done.is_set():
            with contextlib.suppress(OSError):  # ENXIO: no reader yet
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            time.sleep(0.05)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    started = time.monotonic()
    try:
        yield
    finally:
        done.set()
        thread.join()
    assert time.monotonic() - started < seconds, "a reader blocked on the FIFO until the watchdog opened it"


def _commands(special: Path, plain: Path) -> dict[str, list[str]]:
    return {
        "query -f": ["query", "-f", str(special), "--data", str(plain)],
        "query --data": ["query", "--data", str(special), "-q", "SELECT * { ?s ?p ?o }"],
        "validate --data": ["validate", "--data", str(special)],
        "validate --shapes": ["validate", "--data", str(plain), "--shapes", str(special)],
        "load --data": ["load", "--endpoint", "http://127.0.0.1:9/store", "--data", str(special)],
    }


@pytest.mark.parametrize("command", list(_commands(Path(), Path())))
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "named.ttl"
    os.mkfifo(fifo)
    plain = tmp_path / "plain.ttl"
    plain.write_text(PLAIN_TTL, encoding="utf-8")
    with unblocked_after(fifo):
        result = CliRunner().invoke(main, _commands(fifo, plain)[command])
    assert result.exit_code == ExitCode.INPUT_ERROR, result.output
    assert f"{fifo}: not a regular file (a FIFO)" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("reader", ["persist", "read_data", "ensure_store"])
def test_the_store_refuses_a_fifo(tmp_path: Path, reader: str) -> None:
    fifo = tmp_path / "graph.nq"
    os.mkfifo(fifo)
    with unblocked_after(fifo):
        if reader == "ensure_store":  # a FIFO where graph.nq belongs is not indexed
            assert stores.ensure_store(fifo, tmp_path / "store") == tmp_path / "store"
            assert not (tmp_path / "store").exists()
            return
        with pytest.raises(InputError, match="not a regular file"):
            if reader == "persist":
                stores.persist(fifo, tmp_path / "s")
            else:
                stores.read_data(fifo)
    assert not (tmp_path / "s").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused(tmp_path: Path) -> None:
    """/dev/zero never ends: read in a child with a deadline and a memory ceiling."""
    device = tmp_path / "zero.ttl"
    device.symlink_to("/dev/zero")
    readers = ["query-file", "query-data", "validate-data", "validate-shapes", "load-data", "persist"]
    for reader, code, output in run_readers(device, readers, tmp_path):
        assert code == ExitCode.INPUT_ERROR and f"{device}: not a regular file (a device)" in output, (reader, output)


# --- JSON-LD with a remote @context -----------------------------------------------------------

REMOTE = '{"@context": "https://schema.org/", "@id": "https://example.org/x", "name": "X"}'


@pytest.mark.parametrize("command", ["query", "validate"])
def test_a_remote_jsonld_context_is_refused_in_orgkg_words(tmp_path: Path, command: str) -> None:
    data = tmp_path / "remote.jsonld"
    data.write_text(REMOTE, encoding="utf-8")
    args = {
        "query": ["query", "--data", str(data), "-q", "SELECT * { ?s ?p ?o }", "--format", "csv"],
        "validate": ["validate", "--data", str(data)],
    }[command]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == ExitCode.INPUT_ERROR, result.output
    assert f'{data}: remote JSON-LD @context "https://schema.org/" refused' in result.output
    assert "no network" in result.output and "Inline it" in result.output
    assert "LoadDocumentCallback" not in result.output and "Traceback" not in result.output


def test_an_inline_context_is_read(tmp_path: Path) -> None:
    data = tmp_path / "inline.jsonld"
    data.write_text(REMOTE.replace('"https://schema.org/"', '{"@vocab": "https://schema.org/"}'), encoding="utf-8")
    names = {(quad.subject.value, quad.predicate.value, quad.object.value) for quad in stores.read_data(data)}
    assert names == {("https://example.org/x", "https://schema.org/name", "X")}


def test_the_store_never_shows_pyoxigraphs_wording() -> None:
    """Were the up-front check bypassed, pyoxigraph's own error is still put in orgkg's words."""
    import pyoxigraph as ox

    with pytest.raises(SyntaxError) as error:
        ox.Store().bulk_load(input=REMOTE.encode(), format=ox.RdfFormat.JSON_LD)
    reason = stores._syntax_reason(error.value)
    assert "LoadDocumentCallback" not in reason and "remote JSON-LD @context refused" in reason


# --- an endpoint's RDF/XML answer ---------------------------------------------------------------


def test_an_endpoints_rdf_xml_answer_with_a_doctype_is_refused() -> None:
    """``query --endpoint`` with CONSTRUCT: pyoxigraph would expand a hostile server's entities."""
    from orgkg import sparql as q
    from orgkg.errors import RemoteError
    from orgkg.netguard import Response

    class Server:  # stands in for HttpClient: answers every request with ``body``
        def __init__(self, body: str) -> None:
            self.body = body.encode("utf-8")

        def request(self, *args: object, **kwargs: object) -> Response:
            return Response(200, "OK", {"content-type": "application/rdf+xml"}, self.body)

    _, sparql, info, bindings = q.prepare(q.from_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), {}, remote=True)
    endpoint = q.Endpoint("http://127.0.0.1:9/sparql", 5.0)
    # A small bomb (10,000 x "lol"), so that were the check gone this test would fail, not swap.
    small = BOMBS["doctype-behind-pi-comment"].replace("&lol9;", "&lol5;")
    with pytest.raises(RemoteError, match="XML DOCTYPE declarations are not accepted"):
        q.run_remote(endpoint, sparql, info, bindings, client=Server(small))
    plain = BOMBS["doctype-without-subset"].replace("<!DOCTYPE rdf:RDF>\n", "")
    result = q.run_remote(endpoint, sparql, info, bindings, client=Server(plain))
    assert not result.is_empty
