"""Validation report formats (issue 3 item 4). Every renderer is deterministic: same
report, same bytes.

* ``text``   for people: grouped by file, coloured only when asked (a terminal).
* ``json``   a stable, documented schema (``JSON_SCHEMA_VERSION``; see README "Report formats").
* ``junit``  one test case per file × check (shape or Python check), for CI dashboards.
* ``sarif``  SARIF 2.1.0 for code-scanning UIs; locations are profile file + line.
* ``github`` GitHub Actions workflow commands (``::error file=…,line=…,title=…::…``).
* ``turtle`` the standard SHACL validation report graph.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring  # json's C encoder (ensure_ascii=False)
from operator import attrgetter, itemgetter
from typing import TypeVar
from urllib.parse import quote

from orgkg.model import ROW_FIELDS, SEVERITY_BY_VALUE, Row, Severity
from orgkg.validation import Finding, ValidationReport

T = TypeVar("T")

FORMATS: tuple[str, ...] = ("text", "json", "junit", "sarif", "github", "turtle")
JSON_SCHEMA_VERSION = 1
NO_FILE = "(graph)"  # where findings without a source file are grouped

_ORDER = (Severity.VIOLATION, Severity.WARNING, Severity.INFO)
_COLOURS = {Severity.VIOLATION: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_SARIF_LEVELS = {Severity.VIOLATION: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_LEVELS = {Severity.VIOLATION: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_report(
    report: ValidationReport,
    fmt: str = "text",
    *,
    color: bool = False,
    fail_on: Severity | str = Severity.VIOLATION,
) -> str:
    """The report in ``fmt`` (one of ``FORMATS``). ``fail_on`` is the gate the text summary,
    JSON ``passed`` and JUnit failures are judged by."""
    gate = Severity(fail_on)
    renderers: dict[str, Callable[[], str]] = {
        "text": lambda: render_text(report, gate, color=color),
        "json": lambda: render_json(report, gate),
        "junit": lambda: render_junit(report, gate),
        "sarif": lambda: render_sarif(report),
        "github": lambda: render_github(report),
        "turtle": lambda: render_turtle(report),
    }
    if fmt not in renderers:
        raise ValueError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
    return renderers[fmt]()


def summary(report: ValidationReport, fail_on: Severity | str = Severity.VIOLATION) -> str:
    """``"0 violations, 4 warnings, 16 infos: passes --fail-on violation"``."""
    gate = Severity(fail_on)
    counts = report.counts
    parts = [_plural(counts[s], s.value) for s in _ORDER]
    verdict = "fails" if report.fails(gate) else "passes"
    return f"{', '.join(parts)}: {verdict} --fail-on {gate.value}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# ---------------------------------------------------------------------------------------
# text


# What a terminal or CI log would act on instead of showing: C0 controls but tab (ESC starts
# ANSI sequences, CR/LF break a finding's line), DEL, C1 controls (U+009B is a one-byte CSI),
# the line and paragraph separators, and the Unicode bidi controls that reorder what is
# displayed (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069; "Trojan Source").
_UNSAFE_TEXT = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r"}


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _SHORT_ESCAPES.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def _visible(text: str) -> str:
    """``text`` with the characters a terminal would obey escaped as Python writes them
    (``\\x1b``, ``\\n``, ``\\x9b``, ``\\u202e``); tab, spaces and other text stay. For the text
    report only: the data formats carry text exactly."""
    if text.isprintable():  # fast path: none of the characters above is printable
        return text
    return _UNSAFE_TEXT.sub(_escape_char, text)


def render_text(report: ValidationReport, gate: Severity, *, color: bool = False) -> str:
    """The report for people. Text from profiles and data files (messages, file names,
    fields, nodes) is passed through ``_visible``, so control characters, ANSI escape
    sequences and bidi controls are shown escaped: a finding stays on its lines, nothing is
    reordered or recoloured, and only orgkg's own styling reaches the terminal."""
    body = None if color else report.rendered_findings("text")
    if body is None:
        body = text_sections(report.rows(), color=color)
    return body + summary(report, gate) + "\n"


def text_sections(rows: Iterable[Row], *, color: bool = False) -> str:
    """The findings part of the text report: one section per file, in report order."""
    return "".join(text_section(file, text_items(group, color=color), color=color)
                   for file, group in _by_file(rows, _ROW_FILE))


def text_section(file: str, items: Sequence[str], *, color: bool = False) -> str:
    """A file's section of the text report: its name, its findings, an empty line."""
    header = click_style(_visible(file), color, bold=True)
    return "\n".join([header, *items, ""]) + "\n"


def text_items(rows: Iterable[Row], *, color: bool = False) -> list[str]:
    """Each finding's line(s) in the text report."""
    items = []
    for severity_value, code, message, _, line, field, focus, path, _, shape in rows:
        severity = SEVERITY_BY_VALUE[severity_value]
        where = f"{line}" if line else "-"
        label = click_style(f"{severity_value:<9}", color, fg=_COLOURS[severity], bold=severity is Severity.VIOLATION)
        item = f"  {where:>5}  {label} {_visible(message)} [{_visible(code)}]"
        detail = " · ".join(
            _visible(part) for part in (
                f"field {field}" if field else "",
                f"focus {focus}" if focus else "",
                f"path {path}" if path else "",
                f"shape {shape}" if shape else "",
            ) if part
        )
        items.append(item + "\n" + click_style(f"{'':>17}{detail}", color, dim=True) if detail else item)
    return items


def click_style(text: str, color: bool, **styles: object) -> str:
    if not color:
        return text
    import click

    return click.style(text, **styles)  # type: ignore[arg-type]


def _by_file(items: Iterable[T], file_of: Callable[[T], str | None] = attrgetter("file")) -> list[tuple[str, list[T]]]:
    groups: dict[str, list[T]] = defaultdict(list)
    for item in items:
        groups[file_of(item) or NO_FILE].append(item)
    return sorted(groups.items(), key=lambda item: (item[0] == NO_FILE, item[0]))


_ROW_FILE = itemgetter(ROW_FIELDS.index("file"))


# ---------------------------------------------------------------------------------------
# json


def finding_dict(finding: Finding) -> dict[str, object]:
    return dict(zip(ROW_FIELDS, finding.row(), strict=True))


def render_json(report: ValidationReport, gate: Severity) -> str:
    document = {
        "version": JSON_SCHEMA_VERSION,
        "tool": "orgkg",
        "conforms": report.conforms,
        "failOn": gate.value,
        "passed": not report.fails(gate),
        "counts": {s.value: report.counts[s] for s in _ORDER},
        "files": list(report.files),
    }
    head = json.dumps(document, indent=2, ensure_ascii=False)
    body = report.rendered_findings("json")
    if body is None:
        body = json_findings(report.rows())
    if not body:
        return head[:-2] + ',\n  "findings": []\n}\n'
    return head[:-2] + ',\n  "findings": [\n' + body + "\n  ]\n}\n"


def json_findings(rows: Iterable[Row]) -> str:
    """The items of the JSON report's ``findings`` array, without the brackets."""
    return ",\n".join(json_items(rows))


def json_items(rows: Iterable[Row]) -> list[str]:
    """Each finding as an item of the JSON report's ``findings`` array."""
    return list(map(_row_json, rows))


# One finding as ``json.dumps(finding_dict(finding), indent=2, ensure_ascii=False)`` writes
# it nested two levels deep, byte for byte (tested). json.dumps with an indent runs in pure
# Python; filling this template with json's own C string encoder is ~15x faster, which
# matters for reports of 100k findings.
_ROW_JSON = "    {\n" + ",\n".join(f'      "{name}": %s' for name in ROW_FIELDS) + "\n    }"


def _row_json(row: Row) -> str:
    return _ROW_JSON % tuple(map(_json_scalar, row))


def _json_scalar(value: object) -> str:
    if value.__class__ is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value.__class__ is int:
        return int.__repr__(value)  # as json.dumps writes an int
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# junit


def render_junit(report: ValidationReport, gate: Severity) -> str:
    import xml.etree.ElementTree as ET

    by_file = dict(_by_file(report.findings))
    files = sorted(set(report.files) | (set(by_file) - {NO_FILE}))
    if NO_FILE in by_file or not files:
        files.append(NO_FILE)
    root = ET.Element("testsuites", name="orgkg validate")
    total_tests = total_failures = 0
    for file in files:
        findings = by_file.get(file, [])
        by_check: dict[str, list[Finding]] = defaultdict(list)
        for finding in findings:
            by_check[finding.check].append(finding)
        checks = sorted(set(report.checks) | set(by_check))
        suite = ET.SubElement(root, "testsuite", name=file)
        failures = 0
        for check in checks:
            case = ET.SubElement(suite, "testcase", classname=file, name=check)
            if file != NO_FILE:
                case.set("file", file)
            failing = [f for f in by_check.get(check, []) if f.severity.rank >= gate.rank]
            passing = [f for f in by_check.get(check, []) if f.severity.rank < gate.rank]
            if failing:
                failures += 1
                failure = ET.SubElement(case, "failure", message=failing[0].message,
                                        type=failing[0].severity.value)
                failure.text = "\n".join(_one_line(f) for f in failing)
            if passing:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join(_one_line(f) for f in passing)
        suite.set("tests", str(len(checks)))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        total_tests += len(checks)
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _one_line(finding: Finding) -> str:
    where = finding.file or NO_FILE
    if finding.line:
        where += f":{finding.line}"
    extra = " ".join(p for p in (finding.focus, finding.path) if p)
    return f"{where}: {finding.severity.value}: {finding.message} [{finding.code}]" + (
        f" ({extra})" if extra else ""
    )


# ---------------------------------------------------------------------------------------
# sarif


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("orgkg")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def _artifact_uri(file: str) -> dict[str, str]:
    path = file.replace("\\", "/")
    if path.startswith("/"):
        return {"uri": "file://" + quote(path)}
    return {"uri": quote(path), "uriBaseId": "%SRCROOT%"}


def render_sarif(report: ValidationReport) -> str:
    checks = sorted({f.check for f in report.findings})
    index = {check: i for i, check in enumerate(checks)}
    rules = []
    for check in checks:
        sample = next(f for f in report.findings if f.check == check)
        rule: dict[str, object] = {
            "id": check,
            "shortDescription": {"text": f"{sample.code}" + (f" ({check})" if sample.shape else "")},
            "defaultConfiguration": {"level": _SARIF_LEVELS[sample.severity]},
        }
        rules.append(rule)
    results = []
    for finding in report.findings:
        result: dict[str, object] = {
            "ruleId": finding.check,
            "ruleIndex": index[finding.check],
            "level": _SARIF_LEVELS[finding.severity],
            "message": {"text": finding.message},
        }
        if finding.file:
            physical: dict[str, object] = {"artifactLocation": _artifact_uri(finding.file)}
            if finding.line:
                physical["region"] = {"startLine": finding.line}
            result["locations"] = [{"physicalLocation": physical}]
        elif finding.focus:
            result["locations"] = [
                {"logicalLocations": [{"fullyQualifiedName": finding.focus, "kind": "resource"}]}
            ]
        result["properties"] = {
            k: v for k, v in finding_dict(finding).items()
            if k not in ("message", "file", "line") and v is not None
        }
        results.append(result)
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "orgkg",
                "version": _version(),
                "informationUri": "https://w3id.org/orgkg/",
                "rules": rules,
            }},
            "results": results,
        }],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------
# github


def escape_data(text: str) -> str:
    """Workflow-command message escaping."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Workflow-command property escaping: also ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: ValidationReport) -> str:
    lines = []
    for finding in report.findings:
        properties = []
        if finding.file:
            properties.append(f"file={escape_property(finding.file)}")
            if finding.line:
                properties.append(f"line={finding.line}")
        properties.append(f"title={escape_property('orgkg ' + finding.code)}")
        message = finding.message
        context = " ".join(p for p in (finding.focus, finding.path) if p)
        if finding.field:
            message += f" (field {finding.field})"
        elif context:
            message += f" ({context})"
        lines.append(
            f"::{_GITHUB_LEVELS[finding.severity]} {','.join(properties)}::{escape_data(message)}"
        )
    return "".join(line + "\n" for line in lines)


# ---------------------------------------------------------------------------------------
# turtle


def render_turtle(report: ValidationReport) -> str:
    return report.shacl_graph.serialize(format="turtle")
