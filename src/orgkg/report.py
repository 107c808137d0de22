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

import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from json.encoder import encode_basestring  # json's C encoder (ensure_ascii=False)
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from orgkg.model import ROW_FIELDS, SEVERITY_BY_VALUE, Row, Severity
from orgkg.resources import data_file
from orgkg.validation import Finding, Report

T = TypeVar("T")

FORMATS: tuple[str, ...] = ("text", "json", "junit", "sarif", "github", "turtle")
JSON_SCHEMA_VERSION = 1
NO_FILE = "(graph)"  # where findings without a source file are grouped

_ORDER = (Severity.VIOLATION, Severity.WARNING, Severity.INFO)
_COLOURS = {Severity.VIOLATION: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_SARIF_LEVELS = {Severity.VIOLATION: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_LEVELS = {Severity.VIOLATION: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_report(
    report: Report,
    fmt: str = "text",
    *,
    color: bool = False,
    fail_on: Severity | str = Severity.VIOLATION,
    show_info: bool = False,
    root: SourceRoot | None = None,
) -> str:
    """The report in ``fmt`` (one of ``FORMATS``). ``fail_on`` is the gate the text summary,
    JSON ``passed`` and JUnit failures are judged by. ``show_info`` lists the infos in the
    text report (otherwise one line counts them); the other formats keep every finding.
    ``root`` is where SARIF paths are relative to (default: ``SourceRoot.discover()``)."""
    gate = Severity(fail_on)
    renderers: dict[str, Callable[[], str]] = {
        "text": lambda: render_text(report, gate, color=color, show_info=show_info),
        "json": lambda: render_json(report, gate),
        "junit": lambda: render_junit(report, gate),
        "sarif": lambda: render_sarif(report, root or SourceRoot.discover()),
        "github": lambda: render_github(report),
        "turtle": lambda: render_turtle(report),
    }
    if fmt not in renderers:
        raise ValueError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
    return renderers[fmt]()


def summary(report: Report, fail_on: Severity | str = Severity.VIOLATION) -> str:
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


def render_text(report: Report, gate: Severity, *, color: bool = False, show_info: bool = False) -> str:
    """The report for people: violations and warnings, then one line counting the infos
    (``show_info`` lists them too). Text from profiles and data files (messages, file names,
    fields, nodes) is passed through ``_visible``, so control characters, ANSI escape
    sequences and bidi controls are shown escaped: a finding stays on its lines, nothing is
    reordered or recoloured, and only orgkg's own styling reaches the terminal."""
    infos = report.counts[Severity.INFO]
    hide = infos > 0 and not show_info
    body = None if color or hide else report.rendered_findings("text")
    if body is None:
        rows = report.rows()
        body = text_sections((row for row in rows if row[0] != _INFO) if hide else rows, color=color)
    return body + (info_line(report, color=color) if hide else "") + summary(report, gate) + "\n"


_INFO = Severity.INFO.value


def info_line(report: Report, *, color: bool = False) -> str:
    """``16 infos not shown (quality.uncited-field 16); --show-info lists them``."""
    by_code: dict[str, int] = defaultdict(int)
    for finding in report.findings:
        if finding.severity is Severity.INFO:
            by_code[finding.code] += 1
    codes = ", ".join(f"{_visible(code)} {count}" for code, count in sorted(by_code.items()))
    line = f"{_plural(report.counts[Severity.INFO], 'info')} not shown ({codes}); --show-info lists them"
    return click_style(line, color, dim=True) + "\n"


def text_sections(rows: Iterable[Row], *, color: bool = False) -> str:
    """The findings part of the text report: one section per file, in report order."""
    return "".join(
        text_section(file, text_items(group, color=color), color=color) for file, group in _by_file(rows, _ROW_FILE)
    )


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
            _visible(part)
            for part in (
                f"field {field}" if field else "",
                f"focus {focus}" if focus else "",
                f"path {path}" if path else "",
                f"shape {shape}" if shape else "",
            )
            if part
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


def render_json(report: Report, gate: Severity) -> str:
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


def render_junit(report: Report, gate: Severity) -> str:
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
                failure = ET.SubElement(case, "failure", message=failing[0].message, type=failing[0].severity.value)
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
    return f"{where}: {finding.severity.value}: {finding.message} [{finding.code}]" + (f" ({extra})" if extra else "")


# ---------------------------------------------------------------------------------------
# sarif


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("orgkg")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


@dataclass(frozen=True)
class SourceRoot:
    """Where SARIF file paths are relative to (``%SRCROOT%``), and what relative paths in
    findings are relative to (``cwd``: profiles are named as the user gave them).
    ``data_files``: the ``--data`` files, where a finding without a profile file is placed
    when there is exactly one (a data graph's findings otherwise have no file)."""

    root: Path
    cwd: Path
    data_files: tuple[Path, ...] = ()

    @classmethod
    def discover(
        cls, root: Path | None = None, *, cwd: Path | None = None, data_files: Sequence[Path] = ()
    ) -> SourceRoot:
        """``root`` if given, else the git work tree enclosing ``cwd``, else ``cwd``."""
        here = Path(os.path.abspath(cwd or Path.cwd()))
        chosen = Path(os.path.abspath(here / root)) if root is not None else git_work_tree(here) or here
        return cls(chosen, here, tuple(Path(os.path.abspath(here / path)) for path in data_files))

    def artifact(self, file: str | Path) -> dict[str, str]:
        """A SARIF ``artifactLocation``: relative to ``%SRCROOT%`` when the file is inside
        the root, else an absolute ``file:`` URI (which code scanning cannot place)."""
        path = Path(os.path.abspath(self.cwd / file))
        if path.is_relative_to(self.root):
            return {"uri": quote(path.relative_to(self.root).as_posix()), "uriBaseId": "%SRCROOT%"}
        return {"uri": path.as_uri()}

    def base_ids(self) -> dict[str, object]:
        return {"%SRCROOT%": {"uri": self.root.as_uri().rstrip("/") + "/"}}


def git_work_tree(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` holding ``.git`` (a folder, or a file in a
    linked worktree or submodule): read from the file system, no ``git`` process."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


@dataclass(frozen=True)
class RuleText:
    """What a SARIF rule says about a finding code (ontology/report-rules.tsv)."""

    description: str
    help: str
    tags: tuple[str, ...]
    precision: str


_UNKNOWN_RULE = RuleText(
    "A check of the shapes or of orgkg reported a problem.",
    "The message names the value and where it came from; correct it in the profile or data file.",
    ("orgkg",),
    "medium",
)
_PROBLEM_SEVERITY = {Severity.VIOLATION: "error", Severity.WARNING: "warning", Severity.INFO: "recommendation"}


@cache
def rule_texts() -> dict[str, RuleText]:
    """Finding code → its rule text, from the shipped ``ontology/report-rules.tsv``."""
    rules = {}
    with data_file("ontology", "report-rules.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            code, tags, precision, description, help_text = line.rstrip("\n").split("\t")
            rules[code] = RuleText(description, help_text, tuple(tags.split(",")), precision)
    return rules


def _sarif_rule(check: str, sample: Finding) -> dict[str, object]:
    text = rule_texts().get(sample.code, _UNKNOWN_RULE)
    description = text.description + (f" Shape: {check}." if sample.shape else "")
    return {
        "id": check,
        "shortDescription": {"text": f"{sample.code}" + (f" ({check})" if sample.shape else "")},
        "fullDescription": {"text": description},
        "help": {"text": f"{text.help}"},
        "defaultConfiguration": {"level": _SARIF_LEVELS[sample.severity]},
        "properties": {
            "tags": list(text.tags),
            "precision": text.precision,
            "problem.severity": _PROBLEM_SEVERITY[sample.severity],
        },
    }


def _fingerprint(finding: Finding, artifact: dict[str, str] | None) -> str:
    """What identifies a finding across runs: not its line, so an edit above it that moves
    it does not open a new alert (messages name values and references, never lines)."""
    parts = (
        finding.check,
        finding.code,
        (artifact or {}).get("uri", ""),
        finding.field,
        finding.focus,
        finding.path,
        finding.value,
        finding.message,
    )
    return hashlib.sha256("\x00".join(p or "" for p in parts).encode("utf-8")).hexdigest()[:32]


def render_sarif(report: Report, root: SourceRoot | None = None) -> str:
    """SARIF 2.1.0 with what GitHub code scanning reads (docs/validation-reports.md)."""
    root = root or SourceRoot.discover()
    checks = sorted({f.check for f in report.findings})
    index = {check: i for i, check in enumerate(checks)}
    samples: dict[str, Finding] = {}
    for finding in report.findings:
        samples.setdefault(finding.check, finding)
    rules = [_sarif_rule(check, samples[check]) for check in checks]
    only_data_file = root.data_files[0] if len(root.data_files) == 1 else None
    results = []
    for finding in report.findings:
        result: dict[str, object] = {
            "ruleId": finding.check,
            "ruleIndex": index[finding.check],
            "level": _SARIF_LEVELS[finding.severity],
            "message": {"text": finding.message},
        }
        location: dict[str, object] = {}
        artifact = None
        if finding.file or only_data_file is not None:
            artifact = root.artifact(finding.file or only_data_file)  # type: ignore[arg-type]
            # GitHub needs a startLine; a finding without one is about the whole file
            location["physicalLocation"] = {"artifactLocation": artifact, "region": {"startLine": finding.line or 1}}
        if finding.focus:
            location["logicalLocations"] = [{"fullyQualifiedName": finding.focus, "kind": "resource"}]
        if location:
            result["locations"] = [location]
        result["partialFingerprints"] = {"orgkgFinding/v1": _fingerprint(finding, artifact)}
        result["properties"] = {
            k: v for k, v in finding_dict(finding).items() if k not in ("message", "file", "line") and v is not None
        }
        results.append(result)
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "orgkg",
                        "version": _version(),
                        "informationUri": "https://w3id.org/orgkg/",
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": root.base_ids(),
                "results": results,
            }
        ],
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


def render_github(report: Report) -> str:
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
        lines.append(f"::{_GITHUB_LEVELS[finding.severity]} {','.join(properties)}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)


# ---------------------------------------------------------------------------------------
# turtle


def render_turtle(report: Report) -> str:
    return report.shacl_graph.serialize(format="turtle")
