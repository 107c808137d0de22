"""Publishing (issue 15): canonical literals that every store gives back term for term,
SARIF that GitHub code scanning accepts, a text report people can read."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import jsonschema
import pyoxigraph as ox
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef

from orgkg.map import typed
from orgkg.report import SourceRoot, git_work_tree
from orgkg.serialization import canonical_lexical, serialize_dataset

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
XSD_DECIMAL, XSD_GYEAR = URIRef(XSD_NS + "decimal"), URIRef(XSD_NS + "gYear")
OX_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def stored(lexical: str, datatype: str) -> str:
    """The lexical form Oxigraph gives back after storing ``lexical`` as a ``datatype`` value."""
    store = ox.Store()
    subject, predicate = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    store.add(ox.Quad(subject, predicate, ox.Literal(lexical, datatype=ox.NamedNode(XSD_NS + datatype))))
    (quad,) = store.quads_for_pattern(subject, None, None, None)
    return quad.object.value


def store_round_trip(quads: list[ox.Quad]) -> list[ox.Quad]:
    store = ox.Store()
    store.extend(quads)
    return list(store)


# ---------------------------------------------------------------------------------------
# canonical literals: the files' terms are the terms a store gives back


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_every_graph_file_survives_a_store_round_trip_term_for_term(seed_build, fmt):
    data = serialize_dataset(seed_build.dataset, fmt)
    parsed = list(ox.parse(data, format=OX_FORMATS[fmt]))
    typed_literals = [q.object for q in parsed if isinstance(q.object, ox.Literal) and q.object.datatype]
    assert any(lit.datatype.value == XSD_NS + "integer" for lit in typed_literals)
    assert any(lit.datatype.value == XSD_NS + "date" for lit in typed_literals)
    assert set(store_round_trip(parsed)) == set(parsed)


def test_a_whole_number_decimal_has_no_trailing_point_zero():
    # regression: nt_term wrote "3400000000.0", Oxigraph gives back "3400000000"
    dataset = Dataset()
    amount = URIRef("https://example.org/budget")
    dataset.add((amount, URIRef("https://schema.org/value"), Literal("3400000000.0", datatype=XSD_DECIMAL)))
    nt = serialize_dataset(dataset, "nt").decode()
    assert '"3400000000"^^<http://www.w3.org/2001/XMLSchema#decimal>' in nt
    (quad,) = ox.parse(nt.encode(), format=ox.RdfFormat.N_TRIPLES)
    assert store_round_trip([quad]) == [quad]


def test_mapped_literals_are_canonical_in_the_dataset_too():
    # the Dataset validated and queried in memory holds the terms the files carry
    assert str(typed(format(Decimal("3.4E+9"), "f"), XSD_DECIMAL)) == "3400000000"
    assert str(typed(format(Decimal("1.50"), "f"), XSD_DECIMAL)) == "1.5"
    assert str(typed("0900", XSD_GYEAR)) == "0900"


@pytest.mark.parametrize(
    ("datatype", "lexical", "canonical"),
    [
        ("decimal", "3400000000.0", "3400000000"),
        ("decimal", "+001.500", "1.5"),
        ("decimal", "-0.0", "0"),
        ("decimal", ".5", "0.5"),
        ("decimal", "5.", "5"),
        ("integer", "+007", "7"),
        ("integer", "-0", "0"),
        ("boolean", "1", "true"),
        ("boolean", "0", "false"),
        ("double", "1.5E2", "150"),
        ("double", "1E-7", "0.0000001"),
        ("double", "+INF", "INF"),
        ("float", "1.0", "1"),
        ("date", "2020-01-01+00:00", "2020-01-01Z"),
        ("gYear", "2020-00:00", "2020Z"),
        ("gYearMonth", "2020-02+00:00", "2020-02Z"),
        ("dateTime", "2020-12-31T24:00:00", "2021-01-01T00:00:00"),
        ("dateTime", "2020-01-01T10:00:00.500+00:00", "2020-01-01T10:00:00.5Z"),
        ("dateTime", "2020-01-01T10:00:00.000-05:00", "2020-01-01T10:00:00-05:00"),
    ],
)
def test_canonical_forms_are_the_ones_oxigraph_stores(datatype, lexical, canonical):
    assert canonical_lexical(lexical, XSD_NS + datatype) == canonical
    assert stored(lexical, datatype) == canonical


@pytest.mark.parametrize(
    ("datatype", "lexical"),
    [
        ("integer", "1.0"),
        ("decimal", "1e3"),
        ("boolean", "TRUE"),
        ("date", "2021-02-29"),
        ("gYear", "20x1"),
        ("dateTime", "2020-01-01T25:00:00"),
        ("double", "one"),
    ],
)
def test_ill_typed_forms_are_written_as_given(datatype, lexical):
    assert canonical_lexical(lexical, XSD_NS + datatype) == lexical
    assert stored(lexical, datatype) == lexical


def test_other_datatypes_and_plain_strings_are_untouched():
    assert canonical_lexical("007", "https://example.org/code") == "007"
    assert canonical_lexical("007", XSD_NS + "string") == "007"


def _padded(digits: str, zeros: int) -> str:
    return "0" * zeros + digits


@st.composite
def decimal_forms(draw: st.DrawFn) -> str:
    # Oxigraph's decimal holds 18 fractional digits and about 20 integer digits
    whole = draw(st.integers(min_value=0, max_value=10**18))
    fraction = draw(st.text("0123456789", max_size=12))
    sign = draw(st.sampled_from(["", "+", "-"]))
    text = _padded(str(whole), draw(st.integers(0, 3))) + (
        "." + fraction + "0" * draw(st.integers(0, 3)) if draw(st.booleans()) else ""
    )
    return sign + text


@st.composite
def integer_forms(draw: st.DrawFn) -> str:
    value = draw(st.integers(min_value=-(2**63) + 1, max_value=2**63 - 1))
    sign = "-" if value < 0 else draw(st.sampled_from(["", "+"]))
    return sign + _padded(str(abs(value)), draw(st.integers(0, 3)))


@st.composite
def double_forms(draw: st.DrawFn) -> str:
    value = draw(st.floats(allow_nan=False, allow_infinity=False))
    return draw(st.sampled_from([repr(value), f"{value:e}", f"{value:E}", f"{value:.17g}"]))


@st.composite
def float_forms(draw: st.DrawFn) -> str:
    value = draw(st.floats(width=32, allow_nan=False, allow_infinity=False))
    return draw(st.sampled_from([repr(value), f"{value:e}", f"{value:.9g}"]))


TIMEZONES = st.sampled_from(["", "Z", "+00:00", "-00:00", "+05:30", "-14:00", "+14:00"])


@st.composite
def date_forms(draw: st.DrawFn) -> str:
    return draw(st.dates()).isoformat() + draw(TIMEZONES)


@st.composite
def datetime_forms(draw: st.DrawFn) -> str:
    moment = draw(st.datetimes(max_value=dt.datetime(9998, 12, 30)))
    day = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
    if draw(st.booleans()):
        text = f"{day}T24:00:00"
    else:
        text = f"{day}T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
        if moment.microsecond or draw(st.booleans()):
            text += f".{moment.microsecond:06d}" + "0" * draw(st.integers(0, 2))
    return text + draw(TIMEZONES)


@st.composite
def year_forms(draw: st.DrawFn) -> str:
    return f"{draw(st.integers(min_value=1, max_value=9999)):04d}" + draw(TIMEZONES)


@st.composite
def year_month_forms(draw: st.DrawFn) -> str:
    return f"{draw(st.integers(1, 9999)):04d}-{draw(st.integers(1, 12)):02d}" + draw(TIMEZONES)


FORMS = {
    "decimal": decimal_forms(),
    "integer": integer_forms(),
    "double": double_forms(),
    "float": float_forms(),
    "boolean": st.sampled_from(["true", "false", "1", "0"]),
    "date": date_forms(),
    "gYear": year_forms(),
    "gYearMonth": year_month_forms(),
    "dateTime": datetime_forms(),
}


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(FORMS)).flatmap(lambda datatype: st.tuples(st.just(datatype), FORMS[datatype])))
@example(("float", "131072.125"))  # two shortest digit strings tie: Oxigraph writes 131072.13
@example(("float", "-131072.125"))
def test_canonical_lexical_agrees_with_oxigraph(case):
    datatype, lexical = case
    canonical = canonical_lexical(lexical, XSD_NS + datatype)
    assert canonical == stored(lexical, datatype)
    assert canonical_lexical(canonical, XSD_NS + datatype) == canonical  # idempotent


# ---------------------------------------------------------------------------------------
# SARIF for GitHub code scanning

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO / "seeds"
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def orgkg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgkg", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git work tree (a ``.git`` folder is all discovery needs) holding the seed under
    ``profiles/``, a subfolder to run from, and a folder outside it."""
    base = tmp_path_factory.mktemp("sarif")
    repo = base / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "profiles").mkdir()
    (repo / "docs" / "deep").mkdir(parents=True)
    (base / "elsewhere").mkdir()
    shutil.copy(SEED_DIR / "advanced-manufacturing-partnership.txt", repo / "profiles")
    return base


RUNS = {  # working directory (under the tmp base) → how it names the profiles and the root
    "repo root": ("repo", ["profiles"]),
    "subfolder": ("repo/docs/deep", ["../../profiles"]),
    "outside, --root": ("elsewhere", ["../repo/profiles", "--root", "../repo"]),
}


@pytest.mark.parametrize("where", sorted(RUNS))
def test_sarif_is_valid_and_relative_to_the_repository_from_any_folder(tree, where):
    folder, args = RUNS[where]
    done = orgkg("validate", "--format", "sarif", *args, cwd=tree / folder)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    jsonschema.validate(document, SCHEMA)
    run = document["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": (tree / "repo").as_uri() + "/"}}
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris == {"profiles/advanced-manufacturing-partnership.txt"}
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert location["region"]["startLine"] >= 1
        assert list(result["partialFingerprints"]) == ["orgkgFinding/v1"]
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["properties"]["tags"] and rule["properties"]["precision"] in ("very-high", "high", "medium", "low")


def test_sarif_is_the_same_document_from_every_folder(tree):
    outputs = {
        orgkg("validate", "--format", "sarif", *args, cwd=tree / folder).stdout for folder, args in RUNS.values()
    }
    assert len(outputs) == 1


def test_fingerprints_are_stable_when_lines_move_and_differ_between_findings(tree, tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    profile = repo / "a.txt"
    text = (SEED_DIR / "advanced-manufacturing-partnership.txt").read_text(encoding="utf-8")
    prints = []
    for prefix in ("", "\n\n"):  # two blank lines at the top move every finding down
        lines = text.split("\n", 1)
        profile.write_text(lines[0] + "\n" + prefix + lines[1], encoding="utf-8")
        run = json.loads(orgkg("validate", "--format", "sarif", "a.txt", cwd=repo).stdout)["runs"][0]
        prints.append(sorted(r["partialFingerprints"]["orgkgFinding/v1"] for r in run["results"]))
        starts = sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in run["results"])
        prints.append(starts)
    assert prints[0] == prints[2]  # fingerprints unchanged
    assert prints[1] != prints[3]  # though the lines moved
    assert len(set(prints[0])) == len(prints[0])


def test_git_work_tree_is_found_upwards_from_a_file_or_folder_named_git(tmp_path):
    (tmp_path / "work" / "a" / "b").mkdir(parents=True)
    assert git_work_tree(tmp_path / "work" / "a" / "b") in (None, *(tmp_path.parents))
    (tmp_path / "work" / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")  # a linked worktree
    assert git_work_tree(tmp_path / "work" / "a" / "b") == tmp_path / "work"
    root = SourceRoot.discover(cwd=tmp_path / "work" / "a")
    assert root.root == tmp_path / "work"
    assert root.artifact("b/x.txt") == {"uri": "a/b/x.txt", "uriBaseId": "%SRCROOT%"}


def test_paths_outside_the_root_are_absolute_file_uris(tmp_path):
    root = SourceRoot.discover(tmp_path / "repo", cwd=tmp_path)
    outside = tmp_path / "other" / "p q.txt"
    assert root.artifact(outside) == {"uri": outside.as_uri()}
    assert root.artifact("other/p q.txt") == {"uri": outside.as_uri()}
    assert root.artifact("repo/../repo/x.txt") == {"uri": "x.txt", "uriBaseId": "%SRCROOT%"}


def test_findings_of_a_single_data_file_are_placed_in_it(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    data = (Path(__file__).parent / "data" / "validate" / "minimal.trig").read_text(encoding="utf-8")
    # an orphan graph without provenance: its finding has no profile file
    (repo / "data.trig").write_text(
        data + "\n<urn:x:orphan> { <urn:x:a> a <https://schema.org/Thing> . }\n", encoding="utf-8"
    )
    done = orgkg("validate", "--format", "sarif", "--data", "data.trig", "--fail-on", "info", cwd=repo)
    document = json.loads(done.stdout)
    jsonschema.validate(document, SCHEMA)
    unfiled = [
        r
        for r in document["runs"][0]["results"]
        if "file" not in r["properties"]
        and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "data.trig"
    ]
    assert unfiled, document["runs"][0]["results"]


# ---------------------------------------------------------------------------------------
# the text report for people


def test_text_report_counts_infos_in_one_line_and_lists_them_on_request(tree):
    repo = tree / "repo"
    short = orgkg("validate", "profiles", cwd=repo).stdout
    assert " info " not in short and "warning" in short
    assert re.search(r"^16 infos not shown \(.*quality\.uncited-field \d+.*\); --show-info lists them$", short, re.M)
    for flag in ("-v", "--show-info"):
        full = orgkg("validate", flag, "profiles", cwd=repo).stdout
        assert full.count(" info ") == 16 and "not shown" not in full
    assert short.splitlines()[-1] == full.splitlines()[-1]  # the same summary


@pytest.mark.parametrize("fmt", ["json", "junit", "github", "sarif"])
def test_other_formats_keep_every_finding(tree, fmt):
    text = orgkg("validate", "--format", fmt, "profiles", cwd=tree / "repo").stdout
    assert text.count("uncited-field") >= 14


def test_build_and_validate_print_the_same_text_report(tree, tmp_path):
    repo = tree / "repo"
    for flags in ([], ["-v"]):
        validated = orgkg("validate", *flags, "profiles", cwd=repo).stdout
        built = orgkg("build", *flags, "profiles", "-o", str(tmp_path / "out"), cwd=repo).stderr
        assert validated in built, (validated, built)
