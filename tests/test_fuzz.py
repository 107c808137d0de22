"""Property-based fuzzing of the whole pipeline (issue 5), bounded to seconds in the suite.

Generated profiles (valid ones from ``strategies.rendered_profiles``, hostile ones from
``strategies.hostile_profile``), damaged by ``strategies.mutate`` or not, must satisfy:

1. no uncaught exception: either a graph or ``InputError`` located in the file;
2. the exit code of ``orgkg build``/``validate`` is in the contract (0, 1 or 3);
3. every output format parses with an independent parser (pyoxigraph; PyLD for JSON-LD)
   to the same graph;
4. the name, description and every field's verbatim text come back unchanged (literals
   round-trip);
5. IRIs are absolute and valid, JSON-LD is safe inside ``<script>``;
6. the same input gives the same bytes (determinism).

``python -m tests.fuzz_session --minutes N`` runs the same checks for as long as you like.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import orgkg
from orgkg import api
from orgkg.cli import main
from orgkg.errors import InputError
from orgkg.exitcodes import ExitCode

from .strategies import hostile_profile, hostile_text, mutated_profiles
from .test_hostile import (
    DESCRIPTION,
    SCHEMA_NAME,
    VERBATIM,
    assert_embeddable,
    independent_quads,
    iris,
    literals,
    triples,
)

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
IRI_OK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]*")
CONTRACT = {ExitCode.OK, ExitCode.VALIDATION_FAILED, ExitCode.INPUT_ERROR}


def check_profile_bytes(data: bytes, folder: Path, name: str = "profile.txt") -> str:
    """Build ``data`` as one profile in ``folder`` and check every invariant.

    Returns ``"refused"`` (a located InputError) or ``"built"``; raises AssertionError when an
    invariant fails and lets any unexpected exception through (that is the bug)."""
    path = folder / name
    path.write_bytes(data)
    try:
        result = orgkg.build([path], validate=False)
    except InputError as error:
        assert error.file == str(path), error
        line_count = data.count(b"\n") + data.count(b"\r") + 2
        assert error.line is None or 1 <= error.line <= line_count, error
        assert str(error).startswith(f"{path}:" if error.line is None else f"{path}:{error.line}: "), error
        return "refused"
    files = api.output_files(result)
    quads = {fmt: independent_quads(fmt, files[f"graph.{fmt}"]) for fmt in ("ttl", "nt", "trig", "nq", "jsonld")}
    assert quads["trig"] == quads["nq"]
    union = triples(quads["nq"])
    for fmt in ("ttl", "nt", "jsonld"):
        assert triples(quads[fmt]) == union, fmt
    (facts,) = result.facts  # what extraction read: the truth the outputs must carry exactly
    identity, profile = facts.identity, facts.profile
    verbatims = {f.verbatim for f in profile.fields if f.items}
    for fmt, found in quads.items():
        assert identity.name in literals(found, SCHEMA_NAME), (fmt, identity.name)
        if identity.description:
            assert identity.description in literals(found, DESCRIPTION), (fmt, identity.description)
        assert verbatims <= literals(found, VERBATIM), (fmt, verbatims - literals(found, VERBATIM))
        for iri in iris(found):
            assert IRI_OK.fullmatch(iri), iri
            assert iri.startswith(("https://w3id.org/orgkg/", "http://", "https://")), iri
    for relative, content in files.items():
        if relative.endswith(".jsonld"):
            assert_embeddable(content)
            assert relative == "graph.jsonld" or re.fullmatch(r"orgs/[a-z0-9][a-z0-9-]*_?\.jsonld", relative)
    again = api.output_files(orgkg.build([path], validate=False))
    assert again == files, "the same profile gave different bytes"
    return "built"


@FUZZ
@given(mutated_profiles())
def test_damaged_profiles_build_or_are_refused_with_file_and_line(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        event(check_profile_bytes(data, Path(folder)))


@FUZZ
@given(hostile_text(max_parts=4), hostile_text())
def test_hostile_text_round_trips_through_every_format(name: str, value: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        outcome = check_profile_bytes(hostile_profile(name, value).encode("utf-8"), Path(folder))
    assert outcome == "built"  # hostile text alone is no reason to refuse a profile


@settings(FUZZ, max_examples=6)
@given(mutated_profiles(), st.sampled_from(["build", "validate"]))
def test_cli_exit_codes_stay_in_the_contract(data: bytes, command: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.txt"
        path.write_bytes(data)
        args = [command, str(path)] + (["-o", str(Path(folder) / "out"), "-j", "1"] if command == "build" else [])
        result = CliRunner().invoke(main, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert result.exit_code in CONTRACT, result.output
        assert "Traceback" not in result.output
        if result.exit_code == ExitCode.INPUT_ERROR:
            assert f"orgkg: error: {path}" in result.output


_URLISH = st.text(
    st.sampled_from([*"htps:/[]%@?#.:-_~!$&'()*+,;=", "a", "Z", "0", "9", "ä", "\x85", "\ue000", "\ufffe", " "]),
    max_size=30,
).map(lambda tail: "https://" + tail)


@settings(max_examples=400, deadline=None)
@given(_URLISH | st.text(max_size=40))
def test_every_url_orgkg_links_is_a_valid_iri(text: str) -> None:
    """web_url must never hand the serializers an IRI that an independent parser rejects."""
    import pyoxigraph

    from orgkg.iri import web_url

    url = web_url(text)  # must not raise, whatever the text
    if url is not None:
        pyoxigraph.NamedNode(url)  # raises ValueError on an invalid IRI
        assert url.lower().startswith(("http://", "https://"))
