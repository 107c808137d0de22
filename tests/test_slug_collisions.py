"""Different names that slug alike never share an IRI, whatever the build (issue 13 item 5).

"C Foundation" and "C++ Foundation" both slug to ``c-foundation``. The resolver sees every
organization name of the build at once (identities and mentions, cached profiles'
included), so the two stay two organizations in every input order, with any number of
workers, and in an incremental build exactly as in a clean one; each name moved off the
bare slug is a ``slug-collision`` warning at the line that writes it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from rdflib import URIRef

from orgkg import api
from orgkg.extract import extract
from orgkg.iri import DEFAULT_BASE
from orgkg.model import Mention
from orgkg.naming import name_key
from orgkg.parse import parse_profile
from orgkg.resolve import mentions_of, resolve
from orgkg.runners.tasks import ProfileNames, ProfileRecord

SCHEMA_NAME = URIRef("https://schema.org/name")
C_IRI = DEFAULT_BASE + "org/c-foundation"
CPP_IRI = C_IRI + "-" + hashlib.sha256(name_key("C++ Foundation").encode()).hexdigest()[:8]

ALPHA = "Alpha Org\nAlpha Org is a nonprofit organization.\nMission\nTo test.\nPartners\n- C++ Foundation\n"
BETA = "Beta Org\nBeta Org is a nonprofit organization.\nMission\nTo test.\nPartners\n- C Foundation\n"
C_PROFILE = "C Foundation\nC Foundation is a nonprofit organization that promotes the C language.\n"
CPP_PROFILE = "C++ Foundation\nC++ Foundation is a nonprofit organization that promotes C++.\n"
PARTNER_LINE = 6  # "- C++ Foundation" in ALPHA


def _facts(text: str, name: str):
    return extract(parse_profile(text, name))


def _collisions(diagnostics) -> list[tuple[str, int | None]]:
    return sorted((Path(d.file).name, d.line) for d in diagnostics if d.code == "slug-collision")


# --- the resolver ---------------------------------------------------------------------------


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_two_partners_no_profile_describes_get_two_slugs(order):
    corpus = [_facts(ALPHA, "alpha.txt"), _facts(BETA, "beta.txt")]
    resolution = resolve([corpus[n] for n in order])
    c, cpp = resolution.entity(Mention("C Foundation")), resolution.entity(Mention("C++ Foundation"))
    assert c.slug == "c-foundation", "the first name key in sorted order keeps the bare slug"
    assert DEFAULT_BASE + "org/" + cpp.slug == CPP_IRI
    assert resolution.entity(Mention("c foundation")).slug == c.slug  # the same name up to name_key
    assert _collisions(resolution.diagnostics) == [("alpha.txt", PARTNER_LINE)]
    assert "'C++ Foundation'" in resolution.diagnostics[0].message and cpp.slug in resolution.diagnostics[0].message
    assert not resolution.diagnostics_for("beta") and resolution.diagnostics_for("alpha")


def test_cached_profiles_names_resolve_like_their_facts():
    """A cached profile is resolved from its record's names: its mentions must count too."""
    alpha, beta = _facts(ALPHA, "alpha.txt"), _facts(BETA, "beta.txt")
    cached = ProfileNames(alpha.profile, alpha.identity, mentions_of(alpha))
    from_facts, from_names = resolve([alpha, beta]), resolve([cached, beta])
    assert from_names.claimed == from_facts.claimed and from_names.warnings == from_facts.warnings
    assert from_names.entity(Mention("C++ Foundation")).slug != from_names.entity(Mention("C Foundation")).slug


def test_a_name_alone_keeps_its_bare_slug():
    resolution = resolve([_facts(ALPHA, "alpha.txt")])
    assert resolution.entity(Mention("C++ Foundation")).slug == "c-foundation"
    assert not resolution.diagnostics


def test_mentions_of_finds_partners_and_site_owners_with_their_lines():
    text = ALPHA + 'References\n↑ Example. "Page". C Foundation, https://example.org/p (accessed 1 May 2024).\n'
    found = {(at.mention.name, at.line) for at in mentions_of(_facts(text, "alpha.txt"))}
    assert ("C++ Foundation", PARTNER_LINE) in found
    assert ("C Foundation", 8) in found


def test_profile_record_json_keeps_mentions_and_refuses_forged_ones(tmp_path):
    (tmp_path / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    record = api.build([tmp_path / "alpha.txt"], validate=False).records[0]
    assert [at.mention.name for at in record.mentions] == ["C++ Foundation"]
    stored = json.loads(json.dumps(record.to_json()))  # as the build cache keeps it
    assert ProfileRecord.from_json(stored) == record
    forged = json.loads(json.dumps(record.to_json()))
    forged["mentions"] = [["C++ Foundation", "organization", None, "six"]]
    with pytest.raises(ValueError, match="mention"):
        ProfileRecord.from_json(forged)


# --- the build --------------------------------------------------------------------------------


FILLERS = 18  # enough profiles that parse runs as several tasks (jobs=2: several workers)
# File names whose doc slugs end a shard (runners.tasks.shard_bounds): alpha, beta and the
# fillers are three shards, so an incremental build can reuse one and re-check another.
ALPHA_FILE, BETA_FILE = "alpha8.txt", "beta11.txt"


def _corpus(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for number in range(FILLERS):
        texts.setdefault(f"filler{number:02d}.txt", f"Filler Body {number}\nFiller Body {number} is an agency.\n")
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder / name for name in texts)


def _quads(result) -> set:
    return set(result.dataset.quads((None, None, None, None)))


def _names(result, iri: str) -> set[str]:
    return {str(o) for _, _, o, _ in result.dataset.quads((URIRef(iri), SCHEMA_NAME, None, None))}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    files = _corpus(tmp_path_factory.mktemp("ref"), {ALPHA_FILE: ALPHA, BETA_FILE: BETA})
    assert len(api.build(files, validate=False).shards) == 3
    return files, api.build(files, validate=False)


def test_the_partners_are_two_organizations_in_the_graph(reference):
    _, result = reference
    assert _names(result, C_IRI) == {"C Foundation"}
    assert _names(result, CPP_IRI) == {"C++ Foundation"}
    assert _collisions(result.diagnostics) == [(ALPHA_FILE, PARTNER_LINE)]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("backwards", [False, True])
def test_any_order_and_any_jobs_give_the_same_graph(reference, jobs, backwards):
    files, expected = reference
    result = api.build(list(reversed(files)) if backwards else files, validate=False, jobs=jobs)
    assert _quads(result) == _quads(expected)
    assert _collisions(result.diagnostics) == [(ALPHA_FILE, PARTNER_LINE)]


def test_the_warning_reaches_the_validation_report(tmp_path):
    files = [tmp_path / ALPHA_FILE, tmp_path / BETA_FILE]
    for path, text in zip(files, (ALPHA, BETA), strict=True):
        path.write_text(text, encoding="utf-8")
    report = api.build(files).report
    found = [f for f in report.findings if f.code == "slug-collision"]
    assert [(f.file, f.line, f.severity.value) for f in found] == [(str(files[0]), PARTNER_LINE, "warning")]


def test_a_profiled_organization_moved_off_its_slug_is_reported_at_its_title(tmp_path):
    files = [tmp_path / "c.txt", tmp_path / "cpp.txt"]
    for path, text in zip(files, (C_PROFILE, CPP_PROFILE), strict=True):
        path.write_text(text, encoding="utf-8")
    result = api.build(files)
    assert _collisions(result.diagnostics) == [("cpp.txt", 1)]
    assert [(f.file, f.line) for f in result.report.findings if f.code == "slug-collision"] == [(str(files[1]), 1)]


def _files(result) -> dict[str, bytes]:
    return api.output_files(result)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("first", [ALPHA_FILE, BETA_FILE])
def test_incremental_equals_clean_when_the_second_name_arrives_and_leaves(tmp_path, jobs, first):
    """Whichever name comes first, the second arriving (or leaving) changes the slugs of
    names in cached profiles (their recorded lookups no longer hold), or must itself see
    the names of a cached profile (their mentions, kept in its record)."""
    texts = {ALPHA_FILE: ALPHA, BETA_FILE: BETA}
    second = next(name for name in texts if name != first)
    folder = tmp_path / "in"
    files = _corpus(folder, {first: texts[first]})
    cache = tmp_path / "out" / ".cache"
    cache.parent.mkdir()
    alone = api.build(files, cache=cache, jobs=jobs)
    assert _names(alone, C_IRI) == {"C++ Foundation" if first == ALPHA_FILE else "C Foundation"}
    assert not _collisions(alone.diagnostics)

    (folder / second).write_text(texts[second], encoding="utf-8")
    both = sorted([*files, folder / second])
    incremental = api.build(both, cache=cache, jobs=jobs)
    assert incremental.stats.shards_reused >= 1, "the test must exercise reused shards"
    clean = api.build(both, jobs=jobs)
    assert _files(incremental) == _files(clean)
    assert _names(incremental, CPP_IRI) == {"C++ Foundation"} and _names(incremental, C_IRI) == {"C Foundation"}
    assert _collisions(incremental.diagnostics) == [(ALPHA_FILE, PARTNER_LINE)]
    assert [f.line for f in incremental.report.findings if f.code == "slug-collision"] == [PARTNER_LINE]

    (folder / second).unlink()
    again = api.build(files, cache=cache, jobs=jobs)
    assert _files(again) == _files(api.build(files, jobs=jobs))
    assert not _collisions(again.diagnostics)
    assert not [f for f in again.report.findings if f.code == "slug-collision"]
