"""Tests for devkit/corpus.py (the synthetic corpus generator; benchmarks/make_corpus.py is its CLI).

Self-contained: the profiles are inspected with a few lines of text handling, not with
orgkg's parser.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import devkit.corpus as mc

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def _sections(path: Path) -> dict[str, list[str]]:
    """Known and unknown sections of a profile, by a simple heading split."""
    lines = [ln.rstrip() for ln in path.read_bytes().decode("utf-8-sig").splitlines()]
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in lines:
        if line in mc.KNOWN_HEADINGS:
            current = line
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("corpus")
    return mc.write_corpus(200, out, seed=11)


def test_writes_n_files_with_padded_names(tmp_path):
    paths = mc.write_corpus(25, tmp_path, seed=1)
    assert [p.name for p in paths] == [f"profile-{i:05d}.txt" for i in range(1, 26)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in paths]
    assert all(p.stat().st_size > 200 for p in paths)
    # a smaller rerun into the same directory leaves exactly the new corpus
    mc.write_corpus(10, tmp_path, seed=1)
    assert len(list(tmp_path.iterdir())) == 10


def test_same_seed_same_bytes_and_other_seed_differs(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    mc.write_corpus(60, a, seed=5, inject_errors=3, manifest=True)
    mc.write_corpus(60, b, seed=5, inject_errors=3, manifest=True)
    mc.write_corpus(60, c, seed=6, inject_errors=3, manifest=True)
    assert _snapshot(a) == _snapshot(b)
    assert _snapshot(a) != _snapshot(c)


def test_byte_identical_under_other_hash_seeds(tmp_path):
    reference = tmp_path / "ref"
    mc.write_corpus(40, reference, seed=9, crlf_share=0.3, inject_errors=4, manifest=True)
    for hash_seed in ("0", "4242"):
        out = tmp_path / f"hs{hash_seed}"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run(
            [
                sys.executable,
                str(SCRIPT),
                "40",
                str(out),
                "--seed",
                "9",
                "--crlf-share",
                "0.3",
                "--inject-errors",
                "4",
                "--manifest",
                "--quiet",
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        assert _snapshot(out) == _snapshot(reference)


def test_profile_depends_on_seed_and_index_not_on_n(tmp_path):
    small, large = tmp_path / "small", tmp_path / "large"
    mc.write_corpus(5, small, seed=3)
    mc.write_corpus(30, large, seed=3)
    for name, data in _snapshot(small).items():
        assert (large / name).read_bytes() == data


def test_generate_profile_api():
    one = mc.generate_profile(7, random.Random(123))
    assert one == mc.generate_profile(7, random.Random(123))
    assert one.splitlines()[0].rstrip() == mc.identity(7).name
    assert "\r" not in one and not one.startswith("\ufeff")
    broken = mc.generate_profile(7, random.Random(123), defect="missing_title")
    assert broken.splitlines()[0].startswith("|")
    with pytest.raises(ValueError):
        mc.generate_profile(7, random.Random(1), defect="no-such-defect")


def test_identities_unique_and_word_lists_clean():
    ids = [mc.identity(i) for i in range(1, 20_001)]
    strings = Counter()
    for d in ids:
        for s in {
            d.name,
            d.acronym,
            d.former_name,
            d.former_acronym,
            d.predecessor_name,
            d.predecessor_acronym,
            d.successor_name,
        }:
            strings[s] += 1
    assert [s for s, k in strings.items() if k > 1] == []
    topic_words = {w for t in mc.TOPICS for w in t.split()}
    function_words = {w for f in mc.FUNCTIONS for w in f.split()}
    assert topic_words.isdisjoint(function_words)
    assert set(mc.FORMER_PATTERNS).isdisjoint(p for _, p in mc.NAME_PATTERNS)
    assert {d.kind for d in ids} == set(mc.KIND_COUNTRY)
    assert {d.style for d in ids} == {"acr", "plain", "formerly"}


def test_variety(corpus):
    raw = [p.read_bytes() for p in corpus]
    assert any(b"\r\n" in r for r in raw) and any(b"\r\n" not in r for r in raw)
    assert any(r.startswith(b"\xef\xbb\xbf") for r in raw)
    assert any(not r.endswith(b"\n") for r in raw) and any(r.endswith(b"\n") for r in raw)
    assert any(re.search(rb" +\r?\n", r) for r in raw)  # trailing spaces

    parsed = [_sections(p) for p in corpus]
    headings = Counter(h for s in parsed for h in s if h)
    assert set(headings) == set(mc.KNOWN_HEADINGS)
    assert all(0 < headings[h] < len(corpus) for h in mc.KNOWN_HEADINGS)  # some missing
    orders = {tuple(h for h in s if h in mc.KNOWN_HEADINGS) for s in parsed}
    assert any(list(o) != sorted(o, key=mc.KNOWN_HEADINGS.index) for o in orders)
    unknown_headings = ("Website", "Motto", "Founded", "Jurisdiction", "Annual report", "Social media")
    unknown = [ln for s in parsed for h, body in s.items() if h for ln in body if ln in unknown_headings]
    assert len(unknown) >= 5, "too few unknown headings"

    text = "\n".join(r.decode("utf-8-sig") for r in raw)
    assert "formerly the " in text and re.search(r"\w \(\w+\d+\) is ", text)
    assert re.search(r"\[\d\]$", text, re.M) and "- ↑ " in text

    def bodies(heading: str) -> list[str]:
        return ["\n".join(s[heading]) for s in parsed if heading in s]

    hq = bodies("Headquarters address")
    assert any(re.search(r", [A-Z]{2} \d{5}(-\d{4})?(, United States|, USA)?", b) for b in hq)
    assert any(c in b for b in hq for c in ("Germany", "Japan", "Belgium", "United Kingdom"))
    budgets = bodies("Last total enacted budget")
    assert any("€" in b or "EUR " in b for b in budgets)
    assert any(b.startswith("$") for b in budgets)
    assert any("not publicly specified" in b.lower() for b in budgets)
    leaders = bodies("Leader")
    assert any(any(f"{n} " in b for n in mc.FIRST_NAMES) for b in leaders)  # named
    assert any(b.startswith(("Director of the", "Chair of the")) for b in leaders)  # unnamed
    parents = bodies("Parent organization")
    assert any(b.startswith("None") for b in parents)
    assert any("coordinated by" in b for b in parents)
    assert any(b.startswith(("Part of", "An agency of")) for b in parents)
    legislation = "\n".join(bodies("Legislation"))
    assert "through an executive action" in legislation
    assert "signed" in legislation and "association under German law" in legislation
    assert re.search(r" on [A-Z][a-z]+ \d{1,2}, \d{4}", legislation)  # full date
    months = "|".join(mc.MONTHS)
    assert re.search(rf" in ({months}) \d{{4}}", legislation)  # year-month
    employees = "\n".join(bodies("Number of employees"))
    assert "does not have traditional employees" in employees
    assert re.search(r"\d,\d{3}.*\(\d{4}\)", employees)
    partners = "\n".join(bodies("Partners"))
    assert "- NIST" in partners or "NIST" in partners
    assert "including" in partners
    assert "" in bodies("External links")  # an empty body
    refs = [s["References"] for s in parsed if "References" in s]
    assert any(len(r) > 1 and len(set(r)) == 1 for r in refs)  # identical duplicates
    assert all(
        re.fullmatch(
            r'- ↑ .+?\. ".+?"\. .+?, https://\S+ \(accessed [A-Z][a-z]+ '
            r"\d{1,2}, \d{4}\)\.",
            ln.rstrip(),
        )
        for r in refs
        for ln in r
    )


def test_footnotes_point_at_existing_references(corpus):
    for path in corpus:
        sections = _sections(path)
        n_refs = len(sections.get("References", []))
        body = [ln for h, lines in sections.items() if h != "References" for ln in lines]
        for marker in re.findall(r"\[(\d+)\]", "\n".join(body)):
            assert 1 <= int(marker) <= n_refs, path.name


def test_cross_references(tmp_path):
    mc.write_corpus(400, tmp_path, seed=2, manifest=True)
    truth = json.loads((tmp_path / "MANIFEST.json").read_text("utf-8"))
    xrefs = {f: t["cross_reference"] for f, t in truth.items() if t["cross_reference"]}
    assert 8 <= len(xrefs) <= 40  # about 1 in 20
    for name, xref in xrefs.items():
        target = truth[xref["file"]]
        assert xref["file"] < name
        assert xref["mention"] in (tmp_path / name).read_bytes().decode("utf-8-sig")
        assert (
            target["name"] in xref["mention"]
            or xref["mention"] == target["acronym"]
            or target["former_name"] in xref["mention"]
        )


def test_injected_errors(tmp_path):
    paths = mc.write_corpus(80, tmp_path, seed=4, inject_errors=len(mc.DEFECTS) + 1)
    injected = json.loads((tmp_path / "INJECTED.json").read_text("utf-8"))
    assert len(injected) == len(mc.DEFECTS) + 1
    assert {v["defect"] for v in injected.values()} == set(mc.DEFECTS)
    names = {p.name for p in paths}
    for file_name, entry in injected.items():
        assert file_name in names
        lines = (tmp_path / file_name).read_bytes().decode("utf-8-sig").splitlines()
        assert lines[entry["line"] - 1].rstrip() == entry["text"]
    by_defect = {v["defect"]: v for v in injected.values()}
    assert re.search(r", DC \d{4}\b", by_defect["bad_us_zip"]["text"])
    assert by_defect["missing_title"]["line"] == 1
    assert by_defect["missing_title"]["text"].startswith("|")
    assert "President 1" in by_defect["founder_is_address"]["text"]
    assert re.search(r"Smarch \d+|February 30", by_defect["unparsable_date"]["text"])
    # without injection no manifest of defects is left behind
    mc.write_corpus(80, tmp_path, seed=4)
    assert not (tmp_path / "INJECTED.json").exists()


def test_cli_usage_errors(tmp_path):
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "3", str(tmp_path), "--inject-errors", "5"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "3", str(tmp_path), "--crlf-share", "1.5"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
