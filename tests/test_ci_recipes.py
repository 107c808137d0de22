"""The CI recipes of docs/ci.md, exercised offline: the pre-commit hook definition
(.pre-commit-hooks.yaml) and the GitHub Actions workflow (docs/examples/github-workflow.yml).

The hook is checked with pre-commit's own manifest validator, its entry is run on the file
names pre-commit would pass, and pre-commit itself runs it as a local hook in a throw-away
git repository. The workflow's shell steps run in order in a temporary checkout holding the
seed; its ``uses:`` steps (GitHub's actions) cannot run here, so the test asserts that their
inputs name files the previous steps wrote.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
HOOKS = REPO / ".pre-commit-hooks.yaml"
WORKFLOW = REPO / "docs" / "examples" / "github-workflow.yml"
CI_DOC = REPO / "docs" / "ci.md"
SEED = REPO / "seeds" / "advanced-manufacturing-partnership.txt"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
# A profile orgkg refuses to read (exit 3): NUL bytes, as in UTF-16 without a byte-order mark.
UNREADABLE = "\x00\x00binary"
DEADLINE = 300  # seconds: a guard against a hang, not a performance check


def offline_env(tmp: Path) -> dict[str, str]:
    """The environment for subprocesses: this venv's tools first, no way out to the network."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "PIP_"))}
    dead = "http://127.0.0.1:9"  # the discard port: any proxied request fails at once
    links = tmp / "no-wheels"
    links.mkdir(exist_ok=True)
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        NO_COLOR="1",
        HTTP_PROXY=dead,
        HTTPS_PROXY=dead,
        http_proxy=dead,
        https_proxy=dead,
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=str(links),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    return env


def git_checkout(root: Path, profiles: dict[str, str]) -> Path:
    """A git work tree with ``profiles/NAME`` files, all staged."""
    root.mkdir(parents=True)
    (root / "profiles").mkdir()
    for name, text in profiles.items():
        (root / "profiles" / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def stage_all(root: Path) -> None:
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)


# --------------------------------------------------------------------------- pre-commit


def manifest() -> list[dict[str, Any]]:
    return yaml.safe_load(HOOKS.read_text(encoding="utf-8"))


def test_hook_manifest_is_what_pre_commit_accepts() -> None:
    from pre_commit.clientlib import load_manifest

    [hook] = load_manifest(str(HOOKS))  # pre-commit's own schema: raises on a bad manifest
    assert hook["id"] == "orgkg-validate"
    assert hook["entry"] == "orgkg validate"
    assert hook["language"] == "python"
    assert hook["files"] == r"\.txt$"
    assert hook["pass_filenames"] is True
    [raw] = manifest()
    assert raw["files"] == r"\.txt$", "the YAML quoting keeps the backslash"


def test_hook_file_pattern_selects_text_files() -> None:
    [hook] = manifest()
    pattern = re.compile(hook["files"])  # pre-commit applies it with re.search
    chosen = [p for p in ("profiles/nist.txt", "README.md", "a.txt.bak", "deep/x/y.txt") if pattern.search(p)]
    assert chosen == ["profiles/nist.txt", "deep/x/y.txt"]


@pytest.mark.parametrize(
    ("profiles", "args", "code"),
    [
        ({"amp.txt": SEED.read_text(encoding="utf-8")}, [], 0),  # warnings only: passes
        ({"amp.txt": SEED.read_text(encoding="utf-8")}, ["--fail-on", "warning"], 1),  # the seed's warnings
        ({"amp.txt": SEED.read_text(encoding="utf-8"), "utf16.txt": UNREADABLE}, [], 3),
        ({"amp.txt": SEED.read_text(encoding="utf-8")}, ["--fail-on", "nothing"], 2),
    ],
    ids=["seed", "fail-on-warning", "unreadable", "bad-option"],
)
def test_hook_entry_runs_on_the_file_names_pre_commit_passes(
    tmp_path: Path, profiles: dict[str, str], args: list[str], code: int
) -> None:
    """pre-commit runs ``entry + args + file names`` from the repository root; the exit
    codes are the ones docs/ci.md lists."""
    [hook] = manifest()
    root = git_checkout(tmp_path / "repo", profiles)
    names = sorted(f"profiles/{name}" for name in profiles if re.search(hook["files"], name))
    done = subprocess.run(
        [*shlex.split(hook["entry"]), *args, *names],
        cwd=root,
        env=offline_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=DEADLINE,
    )
    assert done.returncode == code, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    if code == 1:
        assert "profiles/amp.txt" in done.stdout and "fails --fail-on warning" in done.stderr + done.stdout
    if code == 3:
        assert "profiles/utf16.txt:1" in done.stderr


def _local_language() -> str:
    """The name pre-commit gives hooks that run an installed command ('system' before 4.4)."""
    from pre_commit.all_languages import languages

    return "unsupported" if "unsupported" in languages else "system"


def test_pre_commit_runs_the_hook(tmp_path: Path) -> None:
    """pre-commit itself, offline: the manifest's hook as a local hook (``language: python``
    would pip-install orgkg from its repository), narrowed to profiles/ as docs/ci.md says."""
    [hook] = manifest()
    local = {**hook, "language": _local_language(), "files": r"^profiles/.*\.txt$"}
    root = git_checkout(tmp_path / "repo", {"amp.txt": SEED.read_text(encoding="utf-8")})
    (root / "notes.txt").write_text("not a profile\n", encoding="utf-8")
    (root / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}), encoding="utf-8"
    )
    env = {**offline_env(tmp_path), "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def pre_commit() -> subprocess.CompletedProcess[str]:
        stage_all(root)
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose"],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=DEADLINE,
        )

    passed = pre_commit()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"orgkg validate\.+Passed", passed.stdout)
    assert "profiles/amp.txt" in passed.stdout and "notes.txt" not in passed.stdout
    (root / "profiles" / "utf16.txt").write_text(UNREADABLE, encoding="utf-8")
    failed = pre_commit()
    assert failed.returncode == 1, failed.stdout + failed.stderr  # pre-commit's own: a hook failed
    assert re.search(r"orgkg validate\.+Failed", failed.stdout)
    assert "exit code: 3" in failed.stdout and "profiles/utf16.txt:1" in failed.stdout


# --------------------------------------------------------------------------- GitHub Actions


def workflow() -> dict[Any, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_the_documented_workflow_is_the_example_file() -> None:
    text = CI_DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
    assert WORKFLOW.read_text(encoding="utf-8") in blocks


def test_workflow_shape() -> None:
    flow = workflow()
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers) == {"push", "pull_request"}
    assert flow["permissions"]["security-events"] == "write", "upload-sarif needs it"
    [job] = flow["jobs"].values()
    uses = [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]
    assert uses == [
        "actions/checkout",
        "actions/setup-python",
        "github/codeql-action/upload-sarif",
        "actions/upload-artifact",
    ]
    for step in job["steps"]:
        assert ("uses" in step) != ("run" in step), step
        if "uses" in step:
            assert re.fullmatch(r"[\w./-]+@v\d+", step["uses"]), "actions are pinned to a major version"


@dataclass
class StepRun:
    name: str
    code: int | None  # None: skipped (a previous step failed), or a `uses:` step
    output: str = ""


@dataclass
class WorkflowRun:
    root: Path
    steps: list[StepRun] = field(default_factory=list)
    checked_uses: list[str] = field(default_factory=list)


def run_workflow(root: Path, tmp: Path, **overrides: str) -> WorkflowRun:
    """The job's ``run:`` steps in order, as GitHub runs them (``bash -e``, the workflow, job
    and step ``env``, the checkout as working directory); after a failure, only steps whose
    ``if:`` has ``always()`` run. ``uses:`` steps are checked, not run."""
    flow = workflow()
    [job] = flow["jobs"].values()
    env = {**offline_env(tmp), **flow.get("env", {}), **job.get("env", {})}
    env["ORGKG_PACKAGE"] = "orgkg"  # already installed here: pip finds it satisfied, offline
    env["GITHUB_WORKSPACE"] = str(root)
    env.update(overrides)
    report = WorkflowRun(root)
    failed = False
    for step in job["steps"]:
        name = step.get("name", step.get("uses", "?"))
        condition = str(step.get("if", ""))
        runs = (not failed or "always()" in condition) and all(
            (root / wanted).is_file() for wanted in re.findall(r"hashFiles\('([^']+)'\) != ''", condition)
        )
        if "uses" in step:
            if runs:
                check_action_inputs(step, root, {**env, **step.get("env", {})})
                report.checked_uses.append(step["uses"].split("@")[0])
            report.steps.append(StepRun(name, None))
            continue
        if not runs:
            report.steps.append(StepRun(name, None))
            continue
        done = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=root,
            env={**env, **{k: str(v) for k, v in step.get("env", {}).items()}},
            capture_output=True,
            text=True,
            timeout=DEADLINE,
        )
        report.steps.append(StepRun(name, done.returncode, done.stdout + done.stderr))
        failed = failed or done.returncode != 0
    return report


def check_action_inputs(step: dict[str, Any], root: Path, env: dict[str, str]) -> None:
    """What each action would read must be there, written by the steps before it."""
    action = step["uses"].split("@")[0]
    inputs = step.get("with", {})
    if action == "github/codeql-action/upload-sarif":
        assert f"hashFiles('{inputs['sarif_file']}')" in str(step.get("if", "")), "runs only with a report"
        sarif = root / inputs["sarif_file"]
        document = json.loads(sarif.read_text(encoding="utf-8"))
        jsonschema.validate(document, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
        [run] = document["runs"]
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
        profiles = env["PROFILES"]
        assert uris and all(uri.startswith(f"{profiles}/") for uri in uris), "relative to the repository root"
    elif action == "actions/upload-artifact":
        site = root / inputs["path"]
        assert (site / "index.html").is_file() and (site / "sitemap.xml").is_file()
        assert list((site / "org").glob("*.html")), "one page per organization"
    elif action == "actions/checkout":
        assert (root / env["PROFILES"]).is_dir(), "the checkout holds the profiles"
    elif action == "actions/setup-python":
        wanted = tuple(int(x) for x in str(inputs["python-version"]).split("."))
        assert wanted >= (3, 10), "orgkg needs Python 3.10 or later"
    else:
        raise AssertionError(f"no offline check for {action}")


def test_workflow_steps_on_the_seed(tmp_path: Path) -> None:
    root = git_checkout(tmp_path / "checkout", {SEED.name: SEED.read_text(encoding="utf-8")})
    report = run_workflow(root, tmp_path)
    ran = [(s.name, s.code) for s in report.steps if s.code is not None]
    assert ran == [("Install orgkg", 0), ("Validate the profiles", 0), ("Build the static site", 0)], [
        s.output for s in report.steps
    ]
    assert report.checked_uses == [
        "actions/checkout",
        "actions/setup-python",
        "github/codeql-action/upload-sarif",
        "actions/upload-artifact",
    ]
    site = root / "site"
    assert (site / "org" / "advanced-manufacturing-partnership.html").is_file()
    result = json.loads((root / "orgkg.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert {r["level"] for r in result} >= {"warning"}


def test_workflow_that_fails_validation_still_uploads_the_report(tmp_path: Path) -> None:
    """FAIL_ON=warning: the seed's two warnings fail the job, after the SARIF is written."""
    root = git_checkout(tmp_path / "checkout", {SEED.name: SEED.read_text(encoding="utf-8")})
    report = run_workflow(root, tmp_path, FAIL_ON="warning")
    codes = {s.name: s.code for s in report.steps}
    assert codes["Validate the profiles"] == 1
    assert codes["Build the static site"] is None, "skipped after the failure"
    assert "github/codeql-action/upload-sarif" in report.checked_uses, "its if: always() runs it"
    assert "actions/upload-artifact" not in report.checked_uses
    document = json.loads((root / "orgkg.sarif").read_text(encoding="utf-8"))
    warned = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in document["runs"][0]["results"]
        if r["level"] == "warning"
    }
    assert warned == {f"profiles/{SEED.name}"}


def test_workflow_with_an_unreadable_profile_uploads_nothing(tmp_path: Path) -> None:
    root = git_checkout(tmp_path / "checkout", {SEED.name: SEED.read_text(encoding="utf-8"), "utf16.txt": UNREADABLE})
    report = run_workflow(root, tmp_path)
    validate = next(s for s in report.steps if s.name == "Validate the profiles")
    assert validate.code == 3 and "profiles/utf16.txt:1" in validate.output
    assert not (root / "orgkg.sarif").exists(), "nothing half-written"
    assert report.checked_uses == ["actions/checkout", "actions/setup-python"], "hashFiles('orgkg.sarif') is empty"


def test_doc_names_the_hook_and_the_workflow_file() -> None:
    text = CI_DOC.read_text(encoding="utf-8")
    assert "orgkg-validate" in text and "docs/examples/github-workflow.yml" in text
