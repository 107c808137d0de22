"""Fidelity benchmark: does the graph say what the profile says, and nothing else?

    .venv/bin/python benchmarks/fidelity/score.py                  # the dev set
    .venv/bin/python benchmarks/fidelity/score.py --set heldout --verbose
    .venv/bin/python benchmarks/fidelity/score.py --dir some/folder --json results.json

Every profile (NAME.txt beside its expected facts NAME.toml, see FORMAT.md) is built on
its own through orgkg's Python API; one SPARQL query per key (keys.toml) reads what the
graph states about the profiled organization, and the values are compared with the
expected ones. Prints right, missed and invented values with precision and recall per field
family and overall, must-not violations, failed builds and SHACL violations.

Exit codes: 0 scored (whatever the scores), 2 bad option, 3 a malformed expected-facts or
keys file (named, with the reason).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import tomllib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from orgkg.errors import OrgkgError  # noqa: E402
from orgkg.exitcodes import ExitCode  # noqa: E402
from orgkg.model import Severity  # noqa: E402
from orgkg.namespaces import ORGKG, PREFIXES, WD  # noqa: E402

SETS: dict[str, tuple[str, ...]] = {"dev": ("dev",), "heldout": ("heldout",), "all": ("dev", "heldout")}
LISTS = ("must", "optional", "must_not")
FORMS = ("text", "label", "decimal", "status", "wikidata", "act", "url", "post")


class ExpectationError(Exception):
    """A malformed expected-facts or keys file: the message names the file and the reason."""


# ---------------------------------------------------------------------------------------
# The keys and the expected facts


@dataclass(frozen=True)
class Key:
    name: str
    family: str
    form: str  # one of FORMS: how a value is written for comparison
    query: Any  # a prepared rdflib query selecting ?value (and ?sub)
    sub: bool = False  # one key per ?sub: status.<Heading>


def load_keys(path: Path) -> list[Key]:
    from rdflib.plugins.sparql import prepareQuery

    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))["keys"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as error:
        raise ExpectationError(f"{path}: cannot read the [keys] table: {error}") from error
    keys = []
    for name, spec in table.items():
        if spec.get("form") not in FORMS or not isinstance(spec.get("family"), str):
            raise ExpectationError(f"{path}: key {name!r} needs a family and a form (one of {', '.join(FORMS)})")
        try:
            query = prepareQuery(spec["query"], initNs=PREFIXES)
        except Exception as error:  # rdflib raises pyparsing's and its own errors
            raise ExpectationError(f"{path}: key {name!r}: bad SPARQL query: {error}") from error
        keys.append(Key(name, spec["family"], spec["form"], query, bool(spec.get("sub", False))))
    return keys


@dataclass
class Expected:
    """One profile's expected facts: full key ("founder", "status.History") -> values."""

    name: str  # the profile's file stem
    source: Path  # the profile text
    must: dict[str, set[str]] = field(default_factory=dict)
    optional: dict[str, set[str]] = field(default_factory=dict)
    must_not: dict[str, set[str]] = field(default_factory=dict)

    def lists(self) -> Iterable[dict[str, set[str]]]:
        return (self.must, self.optional, self.must_not)


def load_expected(path: Path, keys: dict[str, Key]) -> Expected:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ExpectationError(f"{path}: {error}") from error
    unknown = sorted(set(data) - {"profile", *LISTS})
    if unknown:
        raise ExpectationError(f"{path}: unknown top-level key(s) {', '.join(unknown)}")
    profile = data.get("profile")
    if not isinstance(profile, str):
        raise ExpectationError(f"{path}: 'profile' must name the profile's text file")
    source = path.parent / profile
    if not source.is_file():
        raise ExpectationError(f"{path}: profile {profile!r} not found beside it")
    expected = Expected(source.stem, source)
    for list_name, target in zip(LISTS, expected.lists(), strict=True):
        table = data.get(list_name, {})
        if not isinstance(table, dict):
            raise ExpectationError(f"{path}: [{list_name}] must be a table")
        for name, values in table.items():
            key = keys.get(name)
            if key is None:
                raise ExpectationError(f"{path}: [{list_name}] has unknown key {name!r} (see FORMAT.md)")
            if key.sub:
                if not isinstance(values, dict):
                    raise ExpectationError(f"{path}: [{list_name}.{name}] must be a table of headings")
                for sub, sub_values in values.items():
                    target[f"{name}.{sub}"] = _values(path, f"{list_name}.{name}.{sub}", sub_values, key.form)
            else:
                target[name] = _values(path, f"{list_name}.{name}", values, key.form)
    for name, values in expected.must_not.items():
        both = values & (expected.must.get(name, set()) | expected.optional.get(name, set()))
        if both and keys[name.split(".")[0]].form == "act":
            # A trap that differs from an expected title only by its year or number cannot
            # be told apart in this form; legislation_date checks the year instead.
            values -= both
            continue
        if both:
            raise ExpectationError(f"{path}: {name}: {', '.join(sorted(both))} both expected and must-not")
    return expected


def _values(path: Path, where: str, values: object, form: str) -> set[str]:
    if isinstance(values, str | int) and not isinstance(values, bool):
        values = [values]
    if not isinstance(values, list) or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
        raise ExpectationError(f"{path}: {where} must be a string or a list of strings")
    return {normalise(str(v), form) for v in values}


_ACT_TAIL = re.compile(
    r"(?:(?<=\bAct)|(?<=\bOrdinance)|(?<=\bDecree))"
    r"(?:,? (?:No\.? ?)?\d{1,4} of \d{4}|,? No\.? ?\d{1,4}|,? (?:of )?\d{4})$"
)


def normalise(value: str, form: str) -> str:
    """A value as compared: whitespace normalised, then written the key's way."""
    value = " ".join(value.split())
    if form == "label":
        return value[:1].upper() + value[1:]
    if form == "decimal":
        try:
            return format(Decimal(value).normalize(), "f")
        except InvalidOperation:
            return value
    if form == "status" and value.startswith(str(ORGKG)):
        return value[len(str(ORGKG)) :]
    if form == "act":
        # An act's title is compared without a year or number written after "Act",
        # "Ordinance" or "Decree"
        # ("Science Act 1949", "Science Act of 1949", "Science Act, No. 11 of 1928", "Science Act 33 of 1945"): writers
        # differ on whether the year belongs to the title, and legislation_date checks it.
        return _ACT_TAIL.sub("", value)
    if form == "post":
        # "Role | Person": the role compared without its case ("Chief executive" is the post
        # "Chief Executive": writers capitalise posts their own way); the holder's name as written
        role, bar, holder = value.partition("|")
        return f"{role.strip().casefold()} {bar} {holder.strip()}".strip() if bar else value
    if form == "wikidata" and value.startswith(str(WD)):
        return value[len(str(WD)) :]
    if form == "url":
        # a web address without its scheme or a final "/": writers give "www.x.org" for the
        # site the graph states as "https://www.x.org/"
        return _URL_SCHEME.sub("", value).rstrip("/")
    return value


_URL_SCHEME = re.compile(r"\Ahttps?://", re.I)


def discover(folders: Sequence[Path], keys: dict[str, Key]) -> list[Expected]:
    found: list[Expected] = []
    for folder in folders:
        if not folder.is_dir():
            raise ExpectationError(f"{folder}: no such folder")
        expectations = [load_expected(p, keys) for p in sorted(folder.glob("*.toml"))]
        described = {e.source.name for e in expectations}
        for text in sorted(folder.glob("*.txt")):
            if text.name not in described:
                raise ExpectationError(f"{text}: no expected-facts file names it as its profile")
        found.extend(expectations)
    return found


# ---------------------------------------------------------------------------------------
# Building and reading the graph


@dataclass
class Built:
    """What the graph states about one profile's organization, or why it could not be built."""

    values: dict[str, set[str]] = field(default_factory=dict)  # full key -> graph values
    error: str | None = None  # the build raised: its last line
    traceback: str | None = None  # set for an unexpected exception (not an orgkg input error)
    violations: list[str] = field(default_factory=list)  # SHACL/check violations, rendered


def build(expected: Expected, keys: Sequence[Key]) -> Built:
    import orgkg

    try:
        result = orgkg.build([str(expected.source)])
        organizations = result.organizations()
        if len(organizations) != 1:
            return Built(error=f"the build describes {len(organizations)} organizations, not 1")
        _, org = organizations[0]
        dataset = result.dataset
        built = Built()
        for key in keys:
            for row in dataset.query(key.query, initBindings={"org": org}):
                if row.value is None:  # type: ignore[union-attr]
                    continue
                full = f"{key.name}.{row.sub}" if key.sub else key.name  # type: ignore[union-attr]
                built.values.setdefault(full, set()).add(normalise(str(row.value), key.form))  # type: ignore[union-attr]
        if result.report is not None:
            built.violations = [
                f"{f.code}: {f.message}" for f in result.report.findings if f.severity == Severity.VIOLATION
            ]
        return built
    except OrgkgError as error:
        return Built(error=f"{type(error).__name__}: {error}")
    except Exception as error:  # the benchmark counts crashes instead of stopping at the first
        return Built(error=f"{type(error).__name__}: {error}", traceback=traceback.format_exc())


# ---------------------------------------------------------------------------------------
# Scoring


@dataclass
class Tally:
    right: int = 0
    missed: int = 0
    invented: int = 0
    must_not: int = 0  # must_not values the graph states (also counted as invented)

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.missed += other.missed
        self.invented += other.invented
        self.must_not += other.must_not

    @property
    def precision(self) -> float | None:
        return self.right / (self.right + self.invented) if self.right + self.invented else None

    @property
    def recall(self) -> float | None:
        return self.right / (self.right + self.missed) if self.right + self.missed else None

    def to_json(self) -> dict[str, Any]:
        return {
            "right": self.right,
            "missed": self.missed,
            "invented": self.invented,
            "must_not_violations": self.must_not,
            "precision": self.precision,
            "recall": self.recall,
        }


@dataclass
class KeyScore:
    key: str  # full key
    family: str
    graph: set[str]
    missed: set[str]
    invented: set[str]
    must_not: set[str]
    right: set[str]


@dataclass
class ProfileScore:
    name: str
    built: Built
    keys: list[KeyScore]


def checked_keys(expected: Expected, keys: Sequence[Key]) -> list[tuple[str, Key]]:
    """Every plain key, and the status.<Heading> keys the expected facts mention: a status is
    one per heading, so a heading the expected facts do not list is not checked."""
    checked: list[tuple[str, Key]] = []
    for key in keys:
        if not key.sub:
            checked.append((key.name, key))
            continue
        prefix = key.name + "."
        named = {k for table in expected.lists() for k in table if k.startswith(prefix)}
        checked.extend((full, key) for full in sorted(named))
    return checked


def score_profile(expected: Expected, built: Built, keys: Sequence[Key]) -> ProfileScore:
    scores = []
    for full, key in checked_keys(expected, keys):
        graph = built.values.get(full, set())
        must = expected.must.get(full, set())
        allowed = must | expected.optional.get(full, set())
        scores.append(
            KeyScore(
                full,
                key.family,
                graph,
                must - graph,
                graph - allowed,
                graph & expected.must_not.get(full, set()),
                must & graph,
            )
        )
    return ProfileScore(expected.name, built, scores)


@dataclass
class Summary:
    families: dict[str, Tally]
    overall: Tally
    profiles: int
    failed: int
    tracebacks: int
    violating_profiles: int
    violations: int


def summarise(scores: Sequence[ProfileScore], keys: Sequence[Key]) -> Summary:
    families = {k.family: Tally() for k in keys}  # keys.toml order
    overall = Tally()
    for profile in scores:
        for ks in profile.keys:
            tally = Tally(len(ks.right), len(ks.missed), len(ks.invented), len(ks.must_not))
            families[ks.family].add(tally)
            overall.add(tally)
    return Summary(
        families,
        overall,
        len(scores),
        failed=sum(1 for p in scores if p.built.error),
        tracebacks=sum(1 for p in scores if p.built.traceback),
        violating_profiles=sum(1 for p in scores if p.built.violations),
        violations=sum(len(p.built.violations) for p in scores),
    )


# ---------------------------------------------------------------------------------------
# Output


def percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def render_table(summary: Summary, label: str) -> str:
    lines = [f"fidelity: {summary.profiles} profiles ({label})", ""]
    header = f"{'family':<12} {'right':>6} {'missed':>7} {'invented':>9} {'precision':>10} {'recall':>8}"
    lines += [header, "-" * len(header)]
    rows = [*summary.families.items(), ("overall", summary.overall)]
    for number, (family, t) in enumerate(rows):
        if number == len(rows) - 1:
            lines.append("-" * len(header))
        lines.append(
            f"{family:<12} {t.right:>6} {t.missed:>7} {t.invented:>9} {percent(t.precision):>10} {percent(t.recall):>8}"
        )
    lines += [
        "",
        f"must-not violations: {summary.overall.must_not}",
        f"failed builds: {summary.failed} (tracebacks: {summary.tracebacks})",
        f"SHACL violations: {summary.violations} (in {summary.violating_profiles} profiles)",
    ]
    return "\n".join(lines)


def render_details(scores: Sequence[ProfileScore]) -> str:
    sections: dict[str, list[str]] = {
        "missed": [],
        "invented": [],
        "must-not violations": [],
        "failed builds": [],
        "SHACL violations": [],
    }
    for p in scores:
        for ks in p.keys:
            sections["missed"] += [f"{p.name}:{ks.key}: {v}" for v in sorted(ks.missed)]
            sections["invented"] += [f"{p.name}:{ks.key}: {v}" for v in sorted(ks.invented)]
            sections["must-not violations"] += [f"{p.name}:{ks.key}: {v}" for v in sorted(ks.must_not)]
        if p.built.error:
            sections["failed builds"].append(f"{p.name}: {p.built.error}")
        sections["SHACL violations"] += [f"{p.name}: {v}" for v in p.built.violations]
    out = []
    for title, lines in sections.items():
        if lines:
            out += ["", f"{title}:", *(f"  {line}" for line in lines)]
    return "\n".join(out)


def to_json(scores: Sequence[ProfileScore], summary: Summary, label: str) -> dict[str, Any]:
    return {
        "set": label,
        "profiles": summary.profiles,
        "failed_builds": summary.failed,
        "tracebacks": summary.tracebacks,
        "shacl_violations": summary.violations,
        "overall": summary.overall.to_json(),
        "families": {name: t.to_json() for name, t in summary.families.items()},
        "results": [
            {
                "profile": p.name,
                "error": p.built.error,
                "traceback": p.built.traceback,
                "shacl_violations": p.built.violations,
                "keys": {
                    ks.key: {
                        "family": ks.family,
                        "graph": sorted(ks.graph),
                        "right": sorted(ks.right),
                        "missed": sorted(ks.missed),
                        "invented": sorted(ks.invented),
                        "must_not": sorted(ks.must_not),
                    }
                    for ks in p.keys
                },
            }
            for p in scores
        ],
    }


# ---------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="which profiles (default: dev)")
    parser.add_argument(
        "--dir",
        type=Path,
        action="append",
        default=[],
        help="score the profiles of this folder instead of a set (repeatable)",
    )
    parser.add_argument("--keys", type=Path, default=HERE / "keys.toml", help="the keys and their queries")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and invented value")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write machine-readable results here")
    args = parser.parse_args(argv)
    folders = args.dir or [HERE / name for name in SETS[args.set]]
    label = ", ".join(str(f) for f in args.dir) if args.dir else f"set {args.set}"
    try:
        keys = load_keys(args.keys)
        expectations = discover(folders, {k.name: k for k in keys})
    except ExpectationError as error:
        print(f"score.py: {error}", file=sys.stderr)
        return ExitCode.INPUT_ERROR
    scores = [score_profile(e, build(e, keys), keys) for e in expectations]
    summary = summarise(scores, keys)
    print(render_table(summary, label))
    if args.verbose:
        print(render_details(scores))
    if args.json:
        args.json.write_text(
            json.dumps(to_json(scores, summary, label), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return ExitCode.OK


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `score.py | head`: the reader has all it wants
        sys.stderr.close()
        sys.exit(ExitCode.OK)
