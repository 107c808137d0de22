"""Issue 5: hostile and broken input. Clear errors, nothing lost, nothing reached.

Every bad input gives either a graph (with warnings) or exit 3 with ``file:line: reason``;
never a traceback, never a hang. Hostile text survives every output format byte for byte
(checked with parsers orgkg does not use to write: pyoxigraph and PyLD), never escapes
into syntax, an IRI or a file name, and JSON-LD can be embedded in HTML safely.
Network refusal is in tests/test_netguard.py; property-based fuzzing in tests/test_fuzz.py.
"""

from __future__ import annotations

import hashlib
import html.parser
import json
import os
import re
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from pyld import jsonld

import orgkg
from orgkg import api, output
from orgkg.cli import main
from orgkg.errors import InputError, UsageError
from orgkg.exitcodes import ExitCode
from orgkg.model import KNOWN_FIELDS
from orgkg.parse import DEFAULT_LIMITS, Limits, parse_profile, read_profile

from .conftest import SEED

HOSTILE = Path(__file__).parent / "data" / "hostile"
FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
}
SCHEMA_NAME = "https://schema.org/name"
VERBATIM = "https://w3id.org/orgkg/ns#verbatim"
DESCRIPTION = "https://schema.org/description"


# --- helpers ----------------------------------------------------------------------------------


def refuse_remote(url: str, options: object = None) -> object:
    raise AssertionError(f"PyLD tried to load {url}: orgkg's JSON-LD must be self-contained")


Quad = tuple[object, object, object, object]  # pyoxigraph terms: subject, predicate, object, graph


def independent_quads(fmt: str, data: bytes) -> set[Quad]:
    """Quads of an output file as read by pyoxigraph (JSON-LD: expanded by PyLD first)."""
    if fmt == "jsonld":
        document = json.loads(data)
        nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": refuse_remote})
        data, fmt = nquads.encode("utf-8"), "nq"
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in ox.parse(data, format=FORMATS[fmt])}


def triples(quads: set[Quad]) -> set[tuple[object, object, object]]:
    return {q[:3] for q in quads}


def literals(quads: set[Quad], predicate: str | None = None) -> set[str]:
    """Lexical forms of the literal objects (of ``predicate``, if given)."""
    return {
        o.value for _, p, o, _ in quads if isinstance(o, ox.Literal) and (predicate is None or p.value == predicate)
    }


def iris(quads: set[Quad]) -> set[str]:
    return {term.value for quad in quads for term in quad if isinstance(term, ox.NamedNode)}


def invoke(args: list[str]) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {result.exception!r} for {args}:\n{result.output}"
    )
    assert "Traceback" not in result.output
    return result


class ScriptText(html.parser.HTMLParser):
    """What a browser's tokenizer puts inside <script> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "script":
            self.depth += 1
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.scripts[-1] += data


def assert_embeddable(data: bytes) -> None:
    """JSON-LD pasted into <script type="application/ld+json"> stays one element, intact."""
    text = data.decode("utf-8")
    assert not re.search(r"[<>&\u2028\u2029]", text), "raw <, >, & or a JS line separator in JSON-LD"
    page = f'<html><head><script type="application/ld+json">{text}</script></head><body>x</body></html>'
    parser = ScriptText()
    parser.feed(page)
    parser.close()
    assert parser.scripts == [text]
    assert json.loads(parser.scripts[0]) == json.loads(text)


# --- broken files: exit 3 with file:line, or a graph ----------------------------------------

SEED_TEXT = SEED.read_text(encoding="utf-8")
MIB = 1024 * 1024

# name → (bytes, expected line or None, fragment of the reason)
BAD_BYTES: dict[str, tuple[bytes, int | None, str]] = {
    "empty": (b"", 1, "empty profile"),
    "whitespace": (b"  \n\t\n\r\n   ", 1, "empty profile"),
    "decoration-only": (b"| ||||\n|\n", 1, "empty profile"),
    "nul": (b"Title\nIntro\x00 text\n", 2, "NUL"),
    "binary": (bytes(range(256)) * 8, 1, "NUL"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "NUL"),
    "latin-1": ("Caf\u00e9 Org\nCaf\u00e9 is a caf\u00e9.\n".encode("latin-1"), 1, "not valid UTF-8"),
    "invalid-utf8-later": (b"Org\nIntro.\nMission\nBad \xff byte.\n", 4, "not valid UTF-8"),
    "overlong-utf8": (b"Org\n\xc0\xaf\n", 2, "not valid UTF-8"),
    "encoded-surrogate": (b"Org\n\xed\xa0\x80\n", 2, "not valid UTF-8"),
    "utf16-without-bom": (SEED_TEXT.encode("utf-16-le"), 1, "UTF-16 without a byte-order mark"),
    "utf16-bom-odd-length": (b"\xff\xfe" + "Org\n".encode("utf-16-le") + b"\x00", 2, "not valid UTF-16"),
    "escape-sequence": (b"Org\nOrg is \x1b[31mred\x1b[0m.\n", 2, "control character U+001B"),
    "million-char-line": (b"Org\n" + b"A" * 1_000_000 + b"\n", 2, "max_line_chars"),
    "long-line": (b"Org\nOrg is an agency.\nHistory\n" + b"Alpha " * 4000 + b"\n", 4, "max_line_chars"),
    "many-megabytes": ((SEED_TEXT + "\n").encode() * (3 * MIB // len(SEED_TEXT)), None, "max_file_bytes"),
    "thousands-of-fields": (
        (
            "Org\nOrg is an agency.\n"
            + "".join(f"Heading {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}\nvalue {i}.\n" for i in range(3000))
        ).encode(),
        1003,
        "max_fields",
    ),
    "deeply-repeated-headings": (
        ("Org\nOrg is an agency.\n" + "Mission\nAgain.\n" * 5000).encode(),
        1003,
        "max_fields",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_BYTES))
@pytest.mark.parametrize("command", ["build", "validate", "export"])
def test_bad_file_exits_3_with_file_line_and_reason(tmp_path: Path, name: str, command: str) -> None:
    data, line, reason = BAD_BYTES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    out = tmp_path / "out"
    args = [command, str(path)] + (["-o", str(out), "--no-validate"] if command == "build" else [])
    started = time.perf_counter()
    result = invoke(args)
    assert time.perf_counter() - started < 10
    assert result.exit_code == ExitCode.INPUT_ERROR, result.output
    where = f"{path}:{line}: " if line is not None else f"{path}: "
    assert f"orgkg: error: {where}" in result.output
    assert reason in result.output
    assert not out.exists(), "a refused input must not create the output folder"


def test_limits_refuse_before_reading_everything(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Org\n" + b"x" * (DEFAULT_LIMITS.max_file_bytes + 10))
    with pytest.raises(InputError, match=r"max_file_bytes=1,048,576.*--max-file-bytes"):
        read_profile(big)
    assert read_profile(big, Limits(max_file_bytes=2 * MIB, max_line_chars=2 * MIB, max_field_chars=2 * MIB)).title


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("Org\nIntro.\nMission\n" + "x" * 20_001 + "\n", 4, "--max-line-chars"),
        ("Org\nIntro.\nMission\n" + ("y" * 10_000 + "\n") * 11, 14, "--max-field-chars"),
    ],
)
def test_limit_messages_name_the_option_that_raises_them(text: str, line: int, reason: str) -> None:
    with pytest.raises(InputError) as error:
        parse_profile(text, "p.txt")
    assert error.value.line == line and reason in error.value.reason


def test_missing_path_and_directory_given_as_file(tmp_path: Path) -> None:
    result = invoke(["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in result.output
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    result = invoke(["export", str(fifo)])  # would block forever if opened
    assert result.exit_code == ExitCode.INPUT_ERROR and "not a regular file" in result.output


def test_unreadable_file_is_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # We may run as root, which reads anything: simulate the permission check and the read.
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text(SEED_TEXT, encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    result = invoke(["export", str(good)])
    assert result.exit_code == ExitCode.INPUT_ERROR and f"{good}: permission denied" in result.output

    monkeypatch.undo()
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "good.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    result = invoke(["export", str(good.parent)])  # found by walking the folder
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert f"{good}: cannot read: Permission denied" in result.output


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret Org\nThe password is hunter2.\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (corpus / "evil.txt").symlink_to(secret)
    (corpus / "inside.txt").symlink_to(corpus / "good.txt")  # the same file twice: read once
    result = invoke(["export", str(corpus)])
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert f"{corpus / 'evil.txt'}: symbolic link to a file outside the folder" in result.output
    assert "hunter2" not in result.output
    # Given by name, the same file is the user's explicit choice and is read.
    assert invoke(["export", str(secret)]).exit_code == ExitCode.OK


# --- one bad profile among many ----------------------------------------------------------------


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    (folder / "nested").mkdir(parents=True)
    (folder / "a-good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "nested" / "z-good.txt").write_text("Second Good Org\nSecond Good Org is an agency.\n", encoding="utf-8")
    (folder / "b-binary.txt").write_bytes(bytes(range(256)))
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-utf16.txt").write_bytes("Utf Sixteen Org\nAn agency.\n".encode("utf-16"))  # fine: has a BOM
    (folder / "notes.md").write_text("# not a profile\n", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (folder / ".hidden.txt").write_bytes(b"\x00")
    return folder


def test_one_bad_profile_stops_the_build_before_anything_is_written(tmp_path: Path, mixed_folder: Path) -> None:
    out = tmp_path / "out"
    result = invoke(["build", str(mixed_folder), "-o", str(out), "--no-validate"])
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert f"{mixed_folder / 'b-binary.txt'}:1: contains NUL bytes" in result.output
    assert not out.exists()


def test_keep_going_builds_the_good_profiles_and_still_exits_3(tmp_path: Path, mixed_folder: Path) -> None:
    out = tmp_path / "out"
    result = invoke(["build", str(mixed_folder), "-o", str(out), "--no-validate", "--keep-going"])
    assert result.exit_code == ExitCode.INPUT_ERROR, result.output
    assert "3 profile(s)" in result.output
    assert f"skipped: {mixed_folder / 'b-binary.txt'}:1: contains NUL bytes" in result.output
    assert f"skipped: {mixed_folder / 'c-empty.txt'}:1: empty profile" in result.output
    orgs = sorted(p.name for p in (out / "orgs").iterdir())
    assert orgs == ["advanced-manufacturing-partnership.jsonld", "second-good-org.jsonld", "utf-sixteen-org.jsonld"]
    for fmt in FORMATS:
        assert independent_quads(fmt, (out / f"graph.{fmt}").read_bytes())


# --- nothing half-written ------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` except the build cache (a cache, not an output)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.relative_to(folder).parts
    }


@pytest.mark.parametrize("failure", ["serialization", "disk-full", "framing", "interrupt"])
def test_failed_build_leaves_the_previous_build_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, examples_dir: Path, failure: str
) -> None:
    from orgkg import serialization

    out = tmp_path / "build"
    assert invoke(["build", str(SEED), str(examples_dir), "-o", str(out)]).exit_code == ExitCode.OK
    before = snapshot(out)
    assert "graph.ttl" in before and "validation.json" in before

    if failure == "serialization":  # a bug half-way through the graph files
        monkeypatch.setattr(serialization.GraphFileWriter, "close", lambda self: 1 / 0)
    elif failure == "disk-full":

        def full(fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
    elif failure == "framing":  # the last files staged
        monkeypatch.setattr(output, "_void", lambda *args: 1 / 0)
    else:

        def interrupt(*args: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(serialization.GraphFileWriter, "close", interrupt)
    # A different corpus, so every file would change.
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(out), "--no-validate"])
    assert result.exit_code != ExitCode.OK
    if failure == "disk-full":
        assert result.exit_code == ExitCode.USAGE_ERROR and "No space left on device" in result.output
    assert snapshot(out) == before
    assert not list(out.rglob("*.tmp")), "temp files left behind"


# --- hostile text round-trips through every format ----------------------------------------------


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile") / "build"
    result = invoke(["build", str(HOSTILE), "-o", str(out)])
    assert result.exit_code in (ExitCode.OK, ExitCode.VALIDATION_FAILED), result.output
    return out


@pytest.fixture(scope="module")
def hostile_quads(hostile_build: Path) -> dict[str, set[Quad]]:
    return {fmt: independent_quads(fmt, (hostile_build / f"graph.{fmt}").read_bytes()) for fmt in [*FORMATS, "jsonld"]}


def test_every_format_parses_to_the_same_graph(hostile_quads: dict[str, set[Quad]]) -> None:
    union = {fmt: triples(quads) for fmt, quads in hostile_quads.items()}
    assert hostile_quads["trig"] == hostile_quads["nq"]
    assert union["ttl"] == union["nt"] == union["nq"] == union["jsonld"]
    assert len(union["nt"]) > 300


HOSTILE_PROFILES = sorted(HOSTILE.glob("*.txt"))


@pytest.mark.parametrize("path", HOSTILE_PROFILES, ids=lambda p: p.stem)
def test_hostile_literals_round_trip_exactly(path: Path, hostile_quads: dict[str, set[Quad]]) -> None:
    """The title, intro and every field's verbatim text come back unchanged from every format."""
    profile = read_profile(path)
    expected_verbatims = {f.verbatim for f in profile.fields if f.items}
    for fmt, quads in hostile_quads.items():
        assert profile.title in literals(quads, SCHEMA_NAME), (fmt, profile.title)
        if profile.intro:
            assert profile.intro in literals(quads, DESCRIPTION), fmt
        missing = expected_verbatims - literals(quads, VERBATIM)
        assert not missing, (fmt, missing)


def test_the_hostile_strings_themselves_survive(hostile_quads: dict[str, set[Quad]]) -> None:
    needles = [
        '"""',
        "@prefix x: <http://evil/> .",
        "]]>",
        "</script><script>alert(1)</script>",
        "\\Back\\slash\\",
        "\u202eRTL\u202c",
        "e\u0301",
        "\U0001f680",
        "\u05e9\u05dc\u05d5\u05dd",
        "{Brace}",
        "\t",
        "\x0b",
        "\x0c",
        "\x85",
        "\u2028",
        "\u2029",
        "\u200b",
        "\u2066",
    ]
    for fmt, quads in hostile_quads.items():
        text = "\n".join(literals(quads))
        for needle in needles:
            assert needle in text, (fmt, needle)


def test_minted_iris_are_valid_absolute_iris(hostile_quads: dict[str, set[Quad]]) -> None:
    allowed = (
        "https://w3id.org/orgkg/",
        "https://schema.org/",
        "http://www.w3.org/",
        "http://purl.org/dc/terms/",
        "http://www.wikidata.org/entity/",
        "https://example.org/",
        "https://exa",
    )
    for quads in hostile_quads.values():
        for iri in iris(quads):
            assert iri.startswith(allowed), iri
            assert not re.search(r'[\x00-\x20<>"{}|\\^`]', iri), iri


def test_unsafe_urls_never_become_links(hostile_build: Path) -> None:
    found = iris(independent_quads("nt", (hostile_build / "graph.nt").read_bytes()))
    for bad in ("javascript:", "file:", "data:", "mailto:", "../", "//evil.example"):
        assert not any(iri.startswith(bad) for iri in found), bad
    report = json.loads((hostile_build / "validation.json").read_text(encoding="utf-8"))
    rejected = [f for f in report["findings"] if f["code"] == "reference-url-rejected"]
    assert {f["file"] for f in rejected} >= {str(HOSTILE / "unsafe-urls.txt"), str(HOSTILE / "hostile-text.txt")}
    assert all(isinstance(f["line"], int) for f in rejected)


@pytest.mark.parametrize(
    ("file", "code"),
    [
        ("duplicate-headings.txt", "duplicate-heading"),
        ("dangling-footnotes.txt", "dangling-footnote"),
        ("references-malformed.txt", "malformed-reference"),
        ("references-malformed.txt", "unparsable-access-date"),
        ("references-malformed.txt", "reference-number-mismatch"),
        ("heading-as-title.txt", "title-looks-like-heading"),
    ],
)
def test_broken_structure_is_a_located_warning(hostile_build: Path, file: str, code: str) -> None:
    report = json.loads((hostile_build / "validation.json").read_text(encoding="utf-8"))
    hits = [f for f in report["findings"] if f["code"] == code and f["file"] == str(HOSTILE / file)]
    assert hits and all(isinstance(f["line"], int) and f["line"] >= 1 for f in hits)


def test_duplicate_heading_first_wins(hostile_build: Path) -> None:
    quads = independent_quads("nq", (hostile_build / "graph.nq").read_bytes())
    purposes = literals(quads, "http://www.w3.org/ns/org#purpose")
    assert "The first mission wins." in purposes
    assert not any("dropped" in p for p in purposes)


def test_jsonld_is_safe_inside_a_script_element(hostile_build: Path) -> None:
    documents = [hostile_build / "graph.jsonld", *sorted((hostile_build / "orgs").glob("*.jsonld"))]
    assert len(documents) == len(HOSTILE_PROFILES) + 1
    for document in documents:
        assert_embeddable(document.read_bytes())


def test_framed_documents_parse_to_their_organization(hostile_build: Path) -> None:
    for document in sorted((hostile_build / "orgs").glob("*.jsonld")):
        data = json.loads(document.read_bytes())
        assert data["@id"].startswith("https://w3id.org/orgkg/org/")
        assert isinstance(data["@context"], dict), "the context is inline, never a URL"
        assert independent_quads("jsonld", document.read_bytes())


# --- file names from organization names ------------------------------------------------------------


def test_file_names_stay_inside_the_output_folder(hostile_build: Path) -> None:
    names = sorted(p.name for p in (hostile_build / "orgs").iterdir())
    assert "con_.jsonld" in names, names  # CON is the console on Windows, whatever the extension
    for name in names:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*_?\.jsonld", name), name
    inside = {p.resolve() for p in hostile_build.rglob("*")}
    assert all(hostile_build.resolve() in p.parents for p in inside)


@pytest.mark.parametrize("slug", ["con", "nul", "aux", "prn", "com1", "lpt9"])
def test_reserved_device_names_get_a_suffix(slug: str) -> None:
    assert api.org_file_name(slug) == f"orgs/{slug}_.jsonld"
    assert api.org_file_name(slug + "x") == f"orgs/{slug}x.jsonld"


@pytest.mark.parametrize("slug", ["", ".", "..", "../x", "/etc/passwd", "a/b", "a\\b", "C:", "x.jsonld", "A", "-x"])
def test_a_slug_that_is_not_a_slug_is_never_a_file_name(slug: str) -> None:
    with pytest.raises(InputError):
        api.org_file_name(slug)


# --- output paths ---------------------------------------------------------------------------------


def test_output_path_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("keep me", encoding="utf-8")
    result = invoke(["build", str(SEED), "-o", str(target)])
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert f"output path {target} exists and is not a folder" in result.output
    assert target.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("where", [".", "sub", "sub/deeper"])
def test_output_inside_the_input_folder_is_a_usage_error(tmp_path: Path, where: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "p.txt").write_text(SEED_TEXT, encoding="utf-8")
    out = corpus / where
    result = invoke(["build", str(corpus), "-o", str(out)])
    assert result.exit_code == ExitCode.USAGE_ERROR
    assert "is inside the input folder" in result.output
    assert sorted(p.name for p in corpus.iterdir()) == ["p.txt"]
    # A single file inside a folder is no folder input: its neighbour folder is fine.
    assert invoke(["build", str(corpus / "p.txt"), "-o", str(tmp_path / "elsewhere"), "--no-validate"]).exit_code == 0


def test_read_only_output_folder_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    out = tmp_path / "readonly"
    out.mkdir()
    real = tempfile.mkstemp

    def refuse(*args: object, dir: object = None, **kwargs: object) -> object:
        if dir is not None and Path(str(dir)).resolve().is_relative_to(out.resolve()):
            raise PermissionError(13, "Permission denied", str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = invoke(["build", str(SEED), "-o", str(out)])
    assert result.exit_code == ExitCode.USAGE_ERROR, result.output
    assert "Permission denied" in result.output and "cannot write to" in result.output
    assert not [p for p in out.rglob("*") if p.is_file()]


def test_unwritable_output_folder_on_this_system_is_a_usage_error(tmp_path: Path) -> None:
    """A real read-only place (sysfs refuses mkdir even to root), in a real process."""
    import subprocess
    import sys

    target = Path("/sys/kernel/orgkg-cannot-write-here")
    if not Path("/sys/kernel").is_dir():
        pytest.skip("no sysfs here")
    proc = subprocess.run(
        [sys.executable, "-m", "orgkg", "build", str(SEED), "-o", str(target), "--no-validate"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == ExitCode.USAGE_ERROR, proc.stderr
    assert "Traceback" not in proc.stderr and "cannot write to" in proc.stderr


# --- no hang: hostile shapes at the limits ---------------------------------------------------------

# Line shapes that make backtracking regular expressions superlinear (each filled to the limit).
HOSTILE_LINES = {
    "capitalised-words": "Alpha ",
    "one-long-word": "A",
    "initials": "A.",
    "digits-and-commas": "1,",
    "digits": "1",
    "open-parens": "(",
    "spaces": " ",
    "capital-and-digit": "A1 ",
    "glue-words": "Alpha of ",
    "and-lists": "A and ",
    "semicolons": "A; ",
    "for-without-such-as": "for x ",
    "renamed": "renamed Alpha ",
    "founded-by": "founded by Alpha Beta ",
    "merged": "Alpha merged into ",
    "director-no-colon": "x, director ",
    "years-and-slashes": "2020/ ",
    "fiscal-years": "FY 2020 ",
    "money": "$1 million ",
    "quotes": "A' ",
    "nbsp": "A\u00a0",
}


def _line(shape: str, length: int) -> str:
    unit = HOSTILE_LINES[shape]
    text = (unit * (length // len(unit) + 1))[: length - 2]
    return "x" + text.strip() + "x" if shape == "spaces" else text.strip() or "x"


@pytest.mark.parametrize("shape", sorted(HOSTILE_LINES))
def test_extraction_is_fast_on_hostile_lines_at_the_limit(shape: str) -> None:
    from orgkg.extract import extract

    line = _line(shape, DEFAULT_LIMITS.max_line_chars)
    fields = [name for name in KNOWN_FIELDS if name != "References"]
    text = "Title X\n" + line + "\n" + "".join(f"{name}\n{line}\n" for name in fields) + "References\n- " + line[:-2]
    profile = parse_profile(text, "hostile.txt")
    started = time.process_time()
    extract(profile)
    # A hang guard, not a measurement (benchmarks/bench_adversarial.py measures; linear growth
    # is checked in test_extract_linear.py): a backtracking pattern takes minutes here. CPU time,
    # not wall time, so that a loaded CI machine does not fail a linear extractor (~11 s alone).
    assert time.process_time() - started < 20, f"extraction took too long on {shape!r} lines"


def test_huge_numbers_do_not_crash_extraction() -> None:
    from orgkg.extract import extract

    text = (
        "Numbers Org\nNumbers Org is a government agency.\n"
        "Number of employees\n" + "1" * 5000 + " employees\n"
        "Staff\nabout 1,000,000,000,000,000,000,000,000 people\n"
        "Last total enacted budget\n$" + "9" * 60 + " billion (FY 2024)\n"
        "Legislation\nFounded in 1" + "0" * 4000 + ".\n"
    )
    facts = extract(parse_profile(text, "numbers.txt"))
    assert facts.fields  # no exception; absurd numbers are simply not read as values


def test_run_on_history_does_not_blow_up_the_output(tmp_path: Path) -> None:
    """Thousands of events in one sentence must not each carry the whole sentence."""
    names = [f"A{chr(97 + i // 26 % 26)}{chr(97 + i % 26)}" for i in range(1200)]
    history = " ".join(f"renamed {name}" for name in names)
    profile = tmp_path / "run-on.txt"
    profile.write_text(f"Run On Org\nRun On Org is an agency.\nHistory\n{history}\n", encoding="utf-8")
    started = time.perf_counter()
    result = orgkg.build([profile], validate=False)
    data = orgkg.serialize(result, "nt")
    assert time.perf_counter() - started < 30
    assert len(data) < 200 * profile.stat().st_size, "output grew quadratically with the input"


def test_api_errors_are_orgkg_errors(tmp_path: Path) -> None:
    """Library users get typed errors too (no bare OSError/UnicodeError/ValueError)."""
    for name, (data, _, _) in BAD_BYTES.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        with pytest.raises(InputError):
            orgkg.build([path], validate=False)
    with pytest.raises(UsageError):
        Limits(max_line_chars=0)


# --- unreadable inputs are exit 3 (not click's usage error 2) ------------------------------------


def test_unreadable_data_and_shapes_files_are_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data.ttl"
    data.write_text("<urn:s> <urn:p> <urn:o> .\n", encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)  # what click's readable check asks
    real_read_text = Path.read_text

    def deny(self: Path, *args: object, **kwargs: object) -> str:
        if self.name == "data.ttl":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", deny)
    result = invoke(["validate", "--data", str(data)])
    assert result.exit_code == ExitCode.INPUT_ERROR, result.output
    assert f"{data}: cannot read data file" in result.output


# --- the limit options (orgkg.cli_limits) ------------------------------------------------------------


def test_limit_options_build_a_limits_object() -> None:
    import click

    from orgkg.cli_limits import _DEFAULTS_TEXT, COUNT, limit_options

    seen: list[Limits] = []

    @click.command()
    @limit_options
    def probe(limits: Limits) -> None:
        seen.append(limits)

    runner = CliRunner()
    assert runner.invoke(probe, []).exit_code == 0 and seen[-1] is DEFAULT_LIMITS
    result = runner.invoke(probe, ["--max-line-chars", "64K", "--max-file-bytes", "4M", "--max-fields", "1_000"])
    assert result.exit_code == 0, result.output
    assert seen[-1] == Limits(
        max_file_bytes=4 * MIB,
        max_line_chars=64 * 1024,
        max_fields=1000,
        max_field_chars=DEFAULT_LIMITS.max_field_chars,
    )
    for bad in ("0", "-1", "ten", "1.5", "4G", "1__0", ""):
        result = runner.invoke(probe, ["--max-fields", bad])
        assert result.exit_code == ExitCode.USAGE_ERROR, (bad, result.output)
    help_text = runner.invoke(probe, ["--help"]).output
    for option in ("--max-file-bytes", "--max-line-chars", "--max-fields", "--max-field-chars"):
        assert option in help_text
    # The help shows the real defaults.
    for field, text in _DEFAULTS_TEXT.items():
        assert COUNT.convert(text, None, None) == getattr(DEFAULT_LIMITS, field)


@pytest.mark.parametrize("command", ["build", "validate", "export"])
def test_limit_options_raise_a_limit_from_the_command_line(command: str, tmp_path: Path) -> None:
    if "--max-line-chars" not in CliRunner().invoke(main, [command, "--help"]).output:
        pytest.skip(f"orgkg.cli_limits.limit_options is not wired into `orgkg {command}` yet")
    profile = tmp_path / "long.txt"
    profile.write_text("Long Org\nLong Org is an agency.\nMission\n" + "word " * 5000 + "\n", encoding="utf-8")
    extra = ["-o", str(tmp_path / "out"), "--no-validate"] if command == "build" else []
    refused = invoke([command, str(profile), *extra])
    assert refused.exit_code == ExitCode.INPUT_ERROR and "--max-line-chars" in refused.output
    accepted = invoke([command, str(profile), *extra, "--max-line-chars", "32K"])
    assert accepted.exit_code in (ExitCode.OK, ExitCode.VALIDATION_FAILED), accepted.output
