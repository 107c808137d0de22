"""benchmarks/fidelity/score.py, run as a user runs it, on the tiny set in tests/data/fidelity.

The fixture's expectations are deliberately wrong in two places: harbour-survey expects the
name "Harbour Survey Bureau" (the text says "Office") and riverbend-seed-library lists its
true name as a must-not. Assertions look only at the name key, which every extractor reads
the same way, so the test follows the scorer, not the extractor of the day.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT / "benchmarks" / "fidelity" / "score.py"
FIXTURES = ROOT / "tests" / "data" / "fidelity"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCORE), *map(str, args)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def score(folder: Path, out: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    done = run("--dir", folder, "--json", out, *extra)
    assert done.returncode == 0, done.stderr
    return done, json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return score(FIXTURES, tmp_path_factory.mktemp("fidelity") / "r.json")[1]


def by_profile(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["profile"]: r for r in results["results"]}


def test_a_wrong_must_value_is_one_miss_and_the_true_value_one_invented(results: dict[str, Any]) -> None:
    name = by_profile(results)["harbour-survey"]["keys"]["name"]
    assert name["missed"] == ["Harbour Survey Bureau"]
    assert name["invented"] == ["Harbour Survey Office"]
    assert name["right"] == []


def test_a_must_not_value_in_the_graph_is_invented_and_a_violation(results: dict[str, Any]) -> None:
    name = by_profile(results)["riverbend-seed-library"]["keys"]["name"]
    assert name["must_not"] == ["Riverbend Seed Library"]
    assert name["invented"] == ["Riverbend Seed Library"]
    assert name["missed"] == []


def test_optional_values_are_neither_right_nor_invented(results: dict[str, Any]) -> None:
    keys = by_profile(results)["riverbend-seed-library"]["keys"]
    for key in ("street", "locality", "region", "postal_code", "country"):
        assert keys[key]["right"] == [] and keys[key]["missed"] == []
        assert set(keys[key]["invented"]).isdisjoint({"12 Mill Lane", "Riverbend", "OR", "97000", "US"})


def test_totals_are_the_sums_of_the_per_key_counts(results: dict[str, Any]) -> None:
    keys = [k for r in results["results"] for k in r["keys"].values()]
    overall = results["overall"]
    for count in ("right", "missed", "invented"):
        assert overall[count] == sum(len(k[count]) for k in keys)
        assert overall[count] == sum(f[count] for f in results["families"].values())
    assert overall["must_not_violations"] == sum(len(k["must_not"]) for k in keys) >= 1
    assert overall["missed"] >= 1 and overall["invented"] >= 2
    assert overall["precision"] == overall["right"] / (overall["right"] + overall["invented"])
    assert overall["recall"] == overall["right"] / (overall["right"] + overall["missed"])


def test_verbose_lists_each_miss_and_invented_value(tmp_path: Path) -> None:
    done, _ = score(FIXTURES, tmp_path / "r.json", "--verbose")
    lines = [line.strip() for line in done.stdout.splitlines()]
    missed, invented = lines.index("missed:"), lines.index("invented:")
    assert missed < lines.index("harbour-survey:name: Harbour Survey Bureau") < invented
    assert lines.index("harbour-survey:name: Harbour Survey Office") > invented
    assert "riverbend-seed-library:name: Riverbend Seed Library" in lines
    assert lines[0].startswith("fidelity: 2 profiles")


def test_a_profile_whose_build_fails_is_counted_and_its_facts_missed(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    shutil.copytree(FIXTURES, folder)
    (folder / "broken.txt").write_bytes(b"")  # no title line: the build refuses it
    (folder / "broken.toml").write_text('profile = "broken.txt"\n[must]\nname = ["Broken Org"]\n', encoding="utf-8")
    _, results = score(folder, tmp_path / "r.json")
    broken = by_profile(results)["broken"]
    assert broken["error"]
    assert broken["keys"]["name"]["missed"] == ["Broken Org"]
    assert results["failed_builds"] == 1 and results["profiles"] == 3
    assert by_profile(results)["harbour-survey"]["keys"]["name"]["invented"] == ["Harbour Survey Office"]


def test_a_malformed_expectation_file_is_named_with_exit_code_3(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "x.txt").write_text("X Org\nX Org is a body.\n", encoding="utf-8")
    (folder / "x.toml").write_text('profile = "x.txt"\n[must]\nfounders = ["A"]\n', encoding="utf-8")
    done = run("--dir", folder)
    assert done.returncode == 3
    assert "x.toml" in done.stderr and "founders" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("written", "compared"),
    [
        ("Science Act 1949", "Science Act"),
        ("Science Act of 1949", "Science Act"),
        ("Science Act, 1949", "Science Act"),
        ("Science Act, No. 11 of 1928", "Science Act"),
        ("Science Act 33 of 1945", "Science Act"),
        ("Science Ordinance, 1983", "Science Ordinance"),
        ("Science Decree No. 4", "Science Decree"),
        ("Ordinance 1983 on Science", "Ordinance 1983 on Science"),
        ("Act of Union 1707", "Act of Union 1707"),
        ("Gesetz über die Stiftung", "Gesetz über die Stiftung"),
    ],
)
def test_act_titles_compare_without_their_year(written: str, compared: str) -> None:
    sys.path.insert(0, str(SCORE.parent))
    try:
        import score as scorer
    finally:
        sys.path.remove(str(SCORE.parent))
    assert scorer.normalise(written, "act") == compared


@pytest.mark.parametrize(
    ("written", "compared"),
    [
        ("https://www.antonov.com", "www.antonov.com"),
        ("http://www.antonov.com/", "www.antonov.com"),
        ("www.antonov.com", "www.antonov.com"),
        ("https://example.org/about/", "example.org/about"),
        ("https://antonov.com", "antonov.com"),  # another host than www.antonov.com
    ],
)
def test_urls_compare_without_scheme_or_final_slash(written: str, compared: str) -> None:
    sys.path.insert(0, str(SCORE.parent))
    try:
        import score as scorer
    finally:
        sys.path.remove(str(SCORE.parent))
    assert scorer.normalise(written, "url") == compared


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Chief Executive | Ann Lee", "Chief executive | Ann Lee", True),  # a post's case is style
        ("Director |", "director | ", True),
        ("Director | Ann Lee", "Director | ann lee", False),  # a holder's name compares as written
        ("Director | Ann Lee", "Deputy Director | Ann Lee", False),
    ],
)
def test_leader_posts_compare_without_their_case(left: str, right: str, same: bool) -> None:
    sys.path.insert(0, str(SCORE.parent))
    try:
        import score as scorer
    finally:
        sys.path.remove(str(SCORE.parent))
    assert (scorer.normalise(left, "post") == scorer.normalise(right, "post")) is same
