"""The build cache: incremental rebuilds equal clean ones, redo only what changed, and
never trust a damaged or foreign cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import orgkg
from orgkg import api

from .scale_helpers import make_corpus, outputs


def build(corpus: Path, out: Path, *, use_cache: bool = True, jobs: int = 1, validate: bool = False):
    result = orgkg.build([corpus], validate=validate, jobs=jobs, cache=out / ".cache", use_cache=use_cache)
    api.write(result, out)
    return result


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    make_corpus(30, folder, seed=5)
    return folder


def _edit(path: Path, extra: str = " It also publishes open data.") -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.strip() == "Mission")
    lines[index + 1] = lines[index + 1].rstrip() + extra
    path.write_text("\n".join(lines), encoding="utf-8")


def test_unchanged_rebuild_maps_nothing_and_writes_the_same(corpus, tmp_path):
    first = build(corpus, tmp_path / "out")
    before = outputs(tmp_path / "out")
    again = build(corpus, tmp_path / "out")
    assert again.stats.parsed == [] and again.stats.mapped == []
    assert again.stats.shards_reused == first.stats.shards
    assert outputs(tmp_path / "out") == before


GRAPH_FILES = ("graph.nq", "graph.nt", "graph.ttl", "graph.trig", "graph.jsonld")


def files_with_identities(out: Path) -> dict[str, tuple[int, int]]:
    """Each output file (not the cache's) → its inode and mtime: unchanged for a file left in place."""
    return {
        p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in out.rglob("*")
        if p.is_file() and ".cache" not in p.relative_to(out).parts
    }


def test_unchanged_graph_files_are_left_in_place(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out)
    before, written = outputs(out), files_with_identities(out)
    build(corpus, out)
    assert files_with_identities(out) == written, "the same files are not copied and fsynced again"
    assert outputs(out) == before


def _same_size_edit(path: Path) -> None:
    """Change a file's bytes but not its size nor its mtime: only a byte comparison sees it."""
    status = path.stat()
    data = path.read_bytes()
    path.write_bytes(data.replace(b"{", b"[", 1) if b"{" in data else data.replace(b"<", b"(", 1))
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert path.stat().st_size == status.st_size and path.read_bytes() != data


def test_output_files_edited_by_hand_are_rewritten_and_the_others_left_in_place(corpus, tmp_path):
    """Unchanged files are found by their bytes, never by size, date or the cache."""
    out = tmp_path / "out"
    build(corpus, out)
    clean = outputs(out)
    org_files = sorted((out / "orgs").glob("*.jsonld"))
    (out / "graph.ttl").write_text("edited by hand\n", encoding="utf-8")
    org_files[0].write_text("{}\n", encoding="utf-8")
    for path in (out / "graph.nt", org_files[1]):
        _same_size_edit(path)
    edited = {"graph.ttl", "graph.nt", f"orgs/{org_files[0].name}", f"orgs/{org_files[1].name}"}
    before = files_with_identities(out)
    build(corpus, out)
    assert outputs(out) == clean, "every edited file is written again"
    after = files_with_identities(out)
    assert {name for name in before if after[name] != before[name]} == edited, "the others are left in place"


def test_web_and_organization_files_linked_by_their_digest_are_still_judged_by_their_bytes(corpus, tmp_path):
    """A rebuild links an organization or web file unread from the cache when the previous
    one has the digest the build knows; one edited by hand (same size, same mtime) is not."""
    out = tmp_path / "out"
    build(corpus, out)
    clean = outputs(out)
    web_file = sorted((out / "web").glob("*.jsonld"))[2]
    org_file = sorted((out / "orgs").glob("*.jsonld"))[3]
    for path in (web_file, org_file):
        _same_size_edit(path)
    before = files_with_identities(out)
    again = build(corpus, out)
    assert again.stats.mapped == [] and again.stats.web == []
    assert outputs(out) == clean
    after = files_with_identities(out)
    assert {name for name in before if after[name] != before[name]} == {
        f"web/{web_file.name}",
        f"orgs/{org_file.name}",
    }


def test_a_no_op_rebuild_neither_resolves_nor_imports_the_extractor(corpus, tmp_path):
    """Every shard reused with exactly the records an earlier build resolved together: the
    names are not resolved again, and the extractor (imported by resolving) is not loaded."""
    out = tmp_path / "out"
    script = (
        "import sys, json, orgkg; from orgkg import api; from pathlib import Path\n"
        "out = Path(sys.argv[2])\n"
        "result, _ = api.build_and_write([sys.argv[1]], out, validate=False, cache=out / '.cache')\n"
        "print(json.dumps([len(result.stats.parsed), 'orgkg.extract' in sys.modules, 'orgkg.resolve' in sys.modules]))"
    )
    run = [sys.executable, "-c", script, str(corpus), str(out)]
    first = json.loads(subprocess.run(run, check=True, capture_output=True, text=True).stdout)
    written = outputs(out)
    again = json.loads(subprocess.run(run, check=True, capture_output=True, text=True).stdout)
    assert first[:2] == [30, True]
    assert again[:2] == [0, False]
    assert outputs(out) == written
    _edit(sorted(corpus.glob("*.txt"))[4])
    edited = json.loads(subprocess.run(run, check=True, capture_output=True, text=True).stdout)
    assert 0 < edited[0] < 30 and edited[1], "the changed profile's shard is extracted, the names resolved again"


def test_unchanged_files_are_left_in_place_without_the_cache_and_changed_ones_rewritten(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out)
    clean, written = outputs(out), files_with_identities(out)
    build(corpus, out, use_cache=False)
    assert outputs(out) == clean and files_with_identities(out) == written, "--no-cache rebuilds, same files"
    _edit(sorted(corpus.glob("*.txt"))[3])
    build(corpus, out)
    after = files_with_identities(out)
    assert all(after[name] != written[name] for name in GRAPH_FILES)
    assert outputs(out) != clean


def test_a_record_of_written_files_left_by_an_earlier_version_is_ignored(corpus, tmp_path):
    out = tmp_path / "out"
    first = build(corpus, out)
    clean = outputs(out)
    status = (out / "graph.nq").stat()
    # the stamps orgkg before issue 14 kept, here claiming a stale graph.nq is the build's own
    stamps = {name: ["", status.st_size, status.st_mtime_ns, status.st_ino] for name in GRAPH_FILES}
    for record in ("{", "[]", json.dumps({str(out.resolve()): stamps})):
        (out / ".cache" / "written.json").write_text(record, encoding="utf-8")
        _same_size_edit(out / "graph.nq")
        again = build(corpus, out)
        assert outputs(out) == clean, record
        assert again.stats.shards_reused == first.stats.shards, "still orgkg's own cache"


def test_one_changed_profile_remaps_only_its_shard_and_matches_a_clean_build(corpus, tmp_path):
    first = build(corpus, tmp_path / "out")
    target = sorted(corpus.glob("*.txt"))[12]
    _edit(target)
    again = build(corpus, tmp_path / "out")
    doc = target.stem
    assert doc in again.stats.mapped
    shard = next(s for s in again.shards if doc in [r.doc for r in s.records])
    assert sorted(again.stats.mapped) == sorted(r.doc for r in shard.records)
    assert again.stats.shards_reused == first.stats.shards - 1
    clean = build(corpus, tmp_path / "clean", use_cache=False)
    assert clean.stats.shards_reused == 0
    assert outputs(tmp_path / "out") == outputs(tmp_path / "clean")


def test_a_rebuild_with_workers_revalidates_only_the_changed_batch(corpus, tmp_path):
    build(corpus, tmp_path / "out", validate=True, jobs=2)
    target = sorted(corpus.glob("*.txt"))[12]
    _edit(target)
    again = build(corpus, tmp_path / "out", validate=True, jobs=2)
    assert target.stem in again.stats.validated and again.stats.batches_reused == again.stats.shards - 1
    clean = build(corpus, tmp_path / "clean", validate=True, use_cache=False)
    assert _rendered(again.report) == _rendered(clean.report)
    assert outputs(tmp_path / "out") == outputs(tmp_path / "clean")


def test_the_validation_cache_does_not_depend_on_the_date(corpus, tmp_path):
    """Only a batch holding an access date after today depends on the date; the others are
    reused on any day (they were re-validated every calendar day)."""
    import datetime

    out = tmp_path / "out"
    first = orgkg.build([corpus], validate=True, cache=out / ".cache", today=datetime.date(2030, 1, 1))
    later = orgkg.build([corpus], validate=True, cache=out / ".cache", today=datetime.date(2030, 1, 2))
    assert later.stats.batches_reused == first.stats.shards and later.stats.validated == []
    assert later.report.findings == first.report.findings


def test_a_batch_with_an_access_date_after_today_is_validated_every_time(corpus, tmp_path):
    import datetime

    out = tmp_path / "out"
    past = datetime.date(1990, 1, 1)  # every access date is after it
    first = orgkg.build([corpus], validate=True, cache=out / ".cache", today=past)
    assert any(f.code == "quality.future-access-date" for f in first.report.findings)
    again = orgkg.build([corpus], validate=True, cache=out / ".cache", today=past)
    assert again.stats.batches_reused == 0
    today = orgkg.build([corpus], validate=True, cache=out / ".cache")
    assert not any(f.code == "quality.future-access-date" for f in today.report.findings)


def test_a_rename_elsewhere_remaps_the_profiles_that_mention_it(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(60, corpus, seed=3)
    out = tmp_path / "out"
    first = build(corpus, out)
    first_outputs = outputs(out)
    # find a profile whose mention resolved to another profile of the corpus
    referenced = None
    for record in first.records:
        for slug in sorted(record.referenced_slugs()):
            referenced = (record.doc, slug)
            break
        if referenced:
            break
    assert referenced, "the generator cross-references earlier profiles"
    citing_doc, cited_slug = referenced
    cited = next(r for r in first.records if r.slug == cited_slug)
    # rename the cited organization: the citing profile's mention now resolves elsewhere
    path = Path(cited.source)
    name = cited.identity.name
    path.write_text(path.read_text(encoding="utf-8").replace(name, name + " Renamed"), encoding="utf-8")
    again = build(corpus, out)
    shard_of = {r.doc: n for n, s in enumerate(again.shards) for r in s.records}
    assert cited.doc in again.stats.mapped and citing_doc in again.stats.mapped
    remapped_shards = {shard_of[d] for d in again.stats.mapped}
    assert remapped_shards == {shard_of[cited.doc], shard_of[citing_doc]}
    clean = build(corpus, tmp_path / "clean", use_cache=False)
    assert outputs(out) == outputs(tmp_path / "clean")
    del clean
    # Renamed back: every shard key is again the first build's, but the citing shard's stored
    # records are the second build's, made under another resolution; they must be looked at.
    path.write_text(path.read_text(encoding="utf-8").replace(name + " Renamed", name), encoding="utf-8")
    back = build(corpus, out)
    assert cited.doc in back.stats.mapped and citing_doc in back.stats.mapped
    build(corpus, tmp_path / "clean-back", use_cache=False)
    assert outputs(out) == outputs(tmp_path / "clean-back") == first_outputs


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign", "garbage", "fragment"])
def test_damaged_or_foreign_cache_is_ignored(corpus, tmp_path, damage):
    out = tmp_path / "out"
    first = build(corpus, out)
    reference = outputs(out)
    shards = sorted((out / ".cache" / "shards").glob("*.json"))
    victim = shards[0]
    data = victim.read_bytes()
    if damage == "truncate":
        victim.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        victim.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "foreign":
        head, _, body = data.partition(b"\n")
        header = json.loads(head)
        header["fingerprint"] = "0" * 64
        victim.write_bytes(json.dumps(header).encode() + b"\n" + body)
    elif damage == "garbage":
        victim.write_bytes(b"\x80\x04 not json at all")
    else:
        fragment = victim.with_suffix(".nq")
        content = fragment.read_bytes()
        fragment.write_bytes(content.replace(b"<https://w3id.org/orgkg/", b"<https://evil.example/", 1))
    again = build(corpus, out)
    assert again.stats.shards_reused == first.stats.shards - 1
    assert again.stats.mapped  # the damaged shard was rebuilt, not trusted
    assert outputs(out) == reference


def test_no_cache_forces_a_clean_build(corpus, tmp_path):
    first = build(corpus, tmp_path / "out")
    again = build(corpus, tmp_path / "out", use_cache=False)
    assert again.stats.shards_reused == 0
    assert len(again.stats.mapped) == len(first.records)


def test_cache_holds_no_pickles(corpus, tmp_path):
    build(corpus, tmp_path / "out")
    for path in (tmp_path / "out" / ".cache").rglob("*"):
        if path.is_file():
            assert not path.read_bytes().startswith(b"\x80"), path


def test_validation_findings_are_reused_per_batch(corpus, tmp_path):
    first = build(corpus, tmp_path / "out", validate=True)
    assert first.report is not None and first.stats.validated
    target = sorted(corpus.glob("*.txt"))[3]
    _edit(target)
    again = build(corpus, tmp_path / "out", validate=True)
    assert target.stem in again.stats.validated
    assert len(again.stats.validated) < len(first.stats.validated)
    assert again.stats.batches_reused >= 1
    clean = build(corpus, tmp_path / "clean", validate=True, use_cache=False)
    assert again.report.findings == clean.report.findings
    assert outputs(tmp_path / "out") == outputs(tmp_path / "clean")


def test_a_reused_batch_reads_its_report_graph_only_when_asked_and_never_a_damaged_one(corpus, tmp_path, monkeypatch):
    from rdflib.compare import isomorphic

    from orgkg.runners.cache import BuildCache

    clean = build(corpus, tmp_path / "clean", validate=True, use_cache=False)
    build(corpus, tmp_path / "out", validate=True)
    calls: list[str] = []
    real = BuildCache.batch_part

    def counting(self, key, name):
        if name == "nt":
            calls.append(key)
        return real(self, key, name)

    monkeypatch.setattr(BuildCache, "batch_part", counting)
    again = build(corpus, tmp_path / "out", validate=True)
    assert again.stats.batches_reused == again.stats.shards and calls == []
    assert again.report.findings == clean.report.findings and calls == []
    assert isomorphic(again.report.shacl_graph, clean.report.shacl_graph)
    assert len(calls) == again.stats.shards
    graphs = sorted((tmp_path / "out" / ".cache" / "valid").glob("*.nt.part"))
    assert len(graphs) == again.stats.shards
    graphs[0].write_text("<urn:x> <urn:y> <urn:z> .\n" + graphs[0].read_text(encoding="utf-8"), encoding="utf-8")
    graphs[1].unlink()
    damaged = build(corpus, tmp_path / "out", validate=True)
    assert damaged.stats.batches_reused == again.stats.shards - 2, "a changed or missing graph: validated again"
    assert isomorphic(damaged.report.shacl_graph, clean.report.shacl_graph)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_consistent_but_wrong_batch_entry_is_validated_again(corpus, tmp_path, jobs):
    """An entry whose checksum holds but whose rendered findings do not match its bookkeeping
    (a foreign or buggy writer) is not trusted."""
    import hashlib

    clean = build(corpus, tmp_path / "clean", validate=True, use_cache=False)
    first = build(corpus, tmp_path / "out", validate=True, jobs=jobs)
    entry = sorted((tmp_path / "out" / ".cache" / "valid").glob("*.json"))[0]
    head, _, body = entry.read_bytes().partition(b"\n")
    payload = json.loads(body)
    payload["blocks"]["sections"][0][1] += 1
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {**json.loads(head), "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}
    entry.write_bytes(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + body)
    again = build(corpus, tmp_path / "out", validate=True, jobs=jobs)
    assert again.stats.batches_reused == first.stats.shards - 1
    assert _rendered(again.report) == _rendered(clean.report)
    assert outputs(tmp_path / "out") == outputs(tmp_path / "clean")


def _rendered(report):
    from orgkg.report import render_report

    return render_report(report, "json"), render_report(report, "text")
