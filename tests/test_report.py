"""Every report format: SARIF against its published schema, JUnit as XML, GitHub workflow
commands, the SHACL report graph, JSON's documented schema, and text; all deterministic."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, Namespace, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from validate_helpers import TODAY, add, both, drop, minimal, swap

from orgkg.model import Diagnostic, Severity
from orgkg.report import FORMATS, SourceRoot, escape_data, escape_property, finding_dict, render_report, summary
from orgkg.validation import validate_dataset

SH = Namespace("http://www.w3.org/ns/shacl#")
ODD = "profiles/odd, name: 100%.txt"  # a path that needs escaping everywhere


@pytest.fixture(scope="module")
def report():
    dataset = minimal()
    both(
        add("mission", 'o:test-agency schema:mission "x"@en .'),
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:postalCode "62701" .',
            'ta:address\\/hq schema:postalCode "2025" .',
        ),
        drop(None, "g:mission prov:hadPrimarySource src:web\\/example-org-about ."),
        add(None, 'g:mission orgkg:field "Mission" .'),
    )(dataset)
    # a graph without provenance: its finding has no file
    dataset.graph(URIRef("urn:x:orphan")).add((URIRef("urn:x:a"), RDF.type, URIRef("https://schema.org/Thing")))
    diagnostics = [
        Diagnostic(
            Severity.WARNING,
            "parse.unknown-heading",
            "unknown heading 'Web, site: 100%'\nkept",
            file="minimal.txt",
            line=24,
            field="Website",
        )
    ]
    return validate_dataset(dataset, diagnostics=diagnostics, sources={"minimal.txt": ODD}, today=TODAY)


def test_fixture_has_all_severities_and_a_finding_without_file(report):
    assert all(report.counts[s] for s in Severity)
    assert any(f.file is None for f in report.findings)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic(report, fmt):
    assert render_report(report, fmt) == render_report(report, fmt)


def test_json_schema(report):
    document = json.loads(render_report(report, "json", fail_on="warning"))
    assert list(document) == ["version", "tool", "conforms", "failOn", "passed", "counts", "files", "findings"]
    assert document["version"] == 1 and document["failOn"] == "warning" and document["passed"] is False
    assert document["counts"] == {
        s.value: report.counts[s] for s in (Severity.VIOLATION, Severity.WARNING, Severity.INFO)
    }
    keys = ["severity", "code", "message", "file", "line", "field", "focus", "path", "value", "shape"]
    assert all(list(f) == keys for f in document["findings"])
    assert len(document["findings"]) == len(report.findings)


def test_sarif_validates_against_the_2_1_0_schema(report, tmp_path):
    import jsonschema

    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    document = json.loads(render_report(report, "sarif", root=SourceRoot(tmp_path, tmp_path)))
    jsonschema.validate(document, schema)
    run = document["runs"][0]
    located = [r for r in run["results"] if "physicalLocation" in r["locations"][0]]
    assert located
    location = located[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "profiles/odd%2C%20name%3A%20100%25.txt"
    assert location["region"]["startLine"] >= 1
    assert {r["ruleId"] for r in run["results"]} == {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert {r["level"] for r in run["results"]} == {"error", "warning", "note"}


def test_junit_is_one_testcase_per_file_and_check(report):
    root = ET.fromstring(render_report(report, "junit"))
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) == {ODD, "(graph)"}
    suite = suites[ODD]
    names = [case.get("name") for case in suite.findall("testcase")]
    assert len(names) == len(set(names)) == int(suite.get("tests"))
    assert set(report.checks) <= set(names) and "parse.unknown-heading" in names
    failures = [case for case in suite.findall("testcase") if case.find("failure") is not None]
    assert len(failures) == int(suite.get("failures")) >= 1
    assert {case.get("name") for case in failures} >= {"vocab.unknown-term", "orgkgsh:USAddress-postalCode"}
    uncited = next(case for case in suite.findall("testcase") if case.get("name") == "quality.uncited-field")
    assert uncited.find("failure") is None and "cites no reference" in uncited.find("system-out").text
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values())


_COMMAND = re.compile(r"^::(error|warning|notice)( [a-z]+=[^,:]*(,[a-z]+=[^,:]*)*)?::[^\r\n]*$")


def test_github_workflow_commands(report):
    lines = render_report(report, "github").splitlines()
    assert len(lines) == len(report.findings)
    for line in lines:
        assert _COMMAND.match(line), line
    heading = next(line for line in lines if "parse.unknown-heading" in line)
    assert heading.startswith(
        "::warning file=profiles/odd%2C name%3A 100%25.txt,line=24,title=orgkg parse.unknown-heading::"
    )
    assert "'Web, site: 100%25'%0Akept" in heading
    assert any(line.startswith("::error ") for line in lines)
    assert any(line.startswith("::notice ") for line in lines)


def test_escaping():
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"


def test_turtle_is_a_shacl_validation_report(report):
    graph = Graph().parse(data=render_report(report, "turtle"), format="turtle")
    [node] = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(node, SH.conforms).toPython() is False
    results = list(graph.objects(node, SH.result))
    assert len(results) == len(report.findings)
    for result in results:
        assert (result, RDF.type, SH.ValidationResult) in graph
        for prop in (SH.focusNode, SH.resultSeverity, SH.sourceConstraintComponent, SH.sourceShape, SH.resultMessage):
            assert graph.value(result, prop) is not None, prop


def test_text_groups_by_file_and_colours_only_on_request(report):
    plain = render_report(report, "text")
    assert "\x1b[" not in plain
    assert plain.index(ODD) < plain.index("(graph)")
    assert plain.rstrip().endswith(summary(report))
    assert "\x1b[" in render_report(report, "text", color=True)


HOSTILE_TEXT = "\x1b[31mred\u202eevil\u2028next\x9b2J\r\nend\ttab"
# what the text report must show instead: visible escapes, tab kept
HOSTILE_SHOWN = "\\x1b[31mred\\u202eevil\\u2028next\\x9b2J\\r\\nend\ttab"
# C0 controls but tab, DEL, C1, bidi controls, line/paragraph separators
UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(report):
    from dataclasses import replace

    base = report.findings[0]
    finding = replace(
        base,
        message=f"value '{HOSTILE_TEXT}' is bad",
        value=HOSTILE_TEXT,
        file=f"in/{HOSTILE_TEXT}.txt",
        line=7,
        field=f"Mis{HOSTILE_TEXT}sion",
        focus=f"o:{HOSTILE_TEXT}",
        path="schema:name",
        shape=None,
        code="quality.hostile",
    )
    return replace(report, findings=(finding, *report.findings)), finding


@pytest.mark.parametrize("color", [False, True])
def test_text_escapes_control_ansi_and_bidi_characters(hostile, color):
    subject, finding = hostile
    text = render_report(subject, "text", color=color, show_info=True)
    plain = text if not color else click.unstyle(text)
    assert not UNSAFE.search(plain.replace("\n", "")), "only line breaks between findings are raw"
    if color:
        assert click.unstyle(text) == render_report(subject, "text", show_info=True), "only orgkg's own styling is raw"
        assert not UNSAFE.search(re.sub(r"\x1b\[[0-9;]*m", "", text).replace("\n", ""))
    lines = plain.splitlines()
    header = lines.index(f"in/{HOSTILE_SHOWN}.txt")
    assert lines[header + 1] == f"      7  {finding.severity.value:<9} value '{HOSTILE_SHOWN}' is bad [quality.hostile]"
    assert lines[header + 2] == (f"{'':>17}field Mis{HOSTILE_SHOWN}sion · focus o:{HOSTILE_SHOWN} · path schema:name")
    assert lines[header + 3] == "", "the finding keeps to its own lines"
    assert len(lines) == len(render_report(subject, "text", show_info=True).splitlines())


def test_text_escapes_only_what_a_terminal_would_obey(report):
    from dataclasses import replace

    fine = "Zürich 東京 😀 \u05e9\u05dc\u05d5\u05dd\ttab back\\slash 100% \u00a0nbsp"
    subject = replace(report, findings=(replace(report.findings[0], message=fine),))
    assert f" {fine} [" in render_report(subject, "text", show_info=True)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_data_formats_keep_hostile_text_exactly(hostile, fmt):
    subject, finding = hostile
    document = json.loads(render_report(subject, fmt))
    if fmt == "json":
        assert document["findings"][0] == finding_dict(finding)
    else:
        result = next(r for r in document["runs"][0]["results"] if r["properties"]["code"] == "quality.hostile")
        assert result["message"]["text"] == finding.message and result["properties"]["value"] == HOSTILE_TEXT


def test_unknown_format_is_refused(report):
    with pytest.raises(ValueError):
        render_report(report, "xml")


def test_reports_are_identical_across_hash_seeds(tmp_path):
    seed = Path(__file__).resolve().parents[1] / "seeds" / "advanced-manufacturing-partnership.txt"
    outputs = []
    for hash_seed in ("1", "2"):
        for fmt in ("turtle", "json"):
            out = tmp_path / f"{hash_seed}.{fmt}"
            subprocess.run(
                [sys.executable, "-m", "orgkg", "validate", str(seed), "--format", fmt, "--output", str(out)],
                check=True,
                env={"PYTHONHASHSEED": hash_seed, "PATH": ""},
                capture_output=True,
            )
            outputs.append(out.read_bytes())
    assert outputs[0] == outputs[2] and outputs[1] == outputs[3]


@pytest.mark.parametrize("empty", [False, True])
def test_json_is_exactly_what_json_dumps_indents(report, empty):
    """render_json encodes findings one by one for speed; the bytes must be json.dumps's."""
    from dataclasses import replace

    from orgkg.report import finding_dict

    odd = replace(report.findings[0], message='quote " backslash \\ tab \t é ✓ \u2028', line=None, value=None)
    subject = replace(report, findings=()) if empty else replace(report, findings=(*report.findings, odd))
    document = json.loads(render_report(subject, "json", fail_on="warning"))
    expected = {**document, "findings": [finding_dict(f) for f in subject.findings]}
    rendered = render_report(subject, "json", fail_on="warning")
    assert rendered == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    assert len(document["findings"]) == len(subject.findings)


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.one_of(st.none(), st.text()), min_size=8, max_size=8),
    line=st.one_of(st.none(), st.integers(min_value=0, max_value=10**9)),
    severity=st.sampled_from(list(Severity)),
)
def test_a_finding_renders_as_json_dumps_would_indent_it(texts, line, severity):
    """The JSON report fills a template with json's C string encoder; any text (quotes,
    controls, non-ASCII, lone surrogates) must come out as json.dumps writes it."""
    from orgkg.model import ROW_FIELDS
    from orgkg.report import _row_json
    from orgkg.validation import Finding

    code, message, file, field, focus, path, value, shape = texts
    finding = Finding(
        severity,
        code or "",
        message or "",
        focus=focus,
        path=path,
        value=value,
        shape=shape,
        file=file,
        line=line,
        field=field,
    )
    nested = json.dumps({"findings": [finding_dict(finding)]}, indent=2, ensure_ascii=False)
    assert _row_json(finding.row()) == nested[len('{\n  "findings": [\n') : -len("\n  ]\n}")]
    assert Finding.from_row(finding.row()) == finding
    assert list(finding_dict(finding)) == list(ROW_FIELDS)
