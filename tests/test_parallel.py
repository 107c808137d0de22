"""--jobs: worker processes change how fast a build is, never what it writes."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import orgkg
from orgkg import api
from orgkg.cli import main
from orgkg.parallel import SHARD_MAX, shard_bounds

from .scale_helpers import make_corpus, outputs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(40, folder, seed=11)
    return folder


def test_jobs_1_and_2_write_identical_bytes(corpus, tmp_path):
    runner = CliRunner()
    for jobs in ("1", "2"):
        result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / jobs), "--jobs", jobs,
                                      "--no-validate"])
        assert result.exit_code == 0, result.output
    one, two = outputs(tmp_path / "1"), outputs(tmp_path / "2")
    assert one.keys() == two.keys() and len(one) == 5 + 40 + 1  # graph files, organizations, .orgkg-files
    for name in one:
        assert one[name] == two[name], name


def test_api_serialize_matches_the_written_files(corpus, tmp_path):
    result = orgkg.build([corpus], validate=False, jobs=2, cache=tmp_path / "out" / ".cache")
    api.write(result, tmp_path / "out")
    for fmt in ("nq", "nt", "ttl", "trig", "jsonld"):
        assert orgkg.serialize(result, fmt) == (tmp_path / "out" / f"graph.{fmt}").read_bytes(), fmt
    assert api.output_files(result)["graph.nq"] == (tmp_path / "out" / "graph.nq").read_bytes()


def test_shards_are_cut_by_content_not_by_position():
    docs = [f"profile-{i:05d}" for i in range(400)]
    bounds = shard_bounds(docs)
    assert [i for b in bounds for i in b] == list(range(400))
    assert all(0 < len(b) <= SHARD_MAX for b in bounds) and len(bounds) > 3
    # inserting a profile moves only the boundary of the shard it lands in
    shifted = shard_bounds([*docs[:200], "profile-new", *docs[200:]])
    before = {tuple(docs[i] for i in b) for b in bounds}
    after = {tuple(([*docs[:200], "profile-new", *docs[200:]])[i] for i in b) for b in shifted}
    assert len(before - after) <= 1


def test_a_single_shard_is_built_without_worker_processes(monkeypatch, tmp_path):
    import orgkg.parallel as parallel

    def no_workers():
        raise AssertionError("a worker process was started for a single shard")

    monkeypatch.setattr(parallel, "_context", no_workers)
    from pathlib import Path

    result = orgkg.build([Path(__file__).resolve().parents[1] / "seeds"], validate=True, jobs=4)
    assert len(result.records) == 1 and result.report is not None


def test_workers_start_only_for_more_than_one_task(corpus):
    from orgkg.parallel import Workers

    sources = [str(p) for p in sorted(corpus.glob("*.txt"))]
    state = {"sources": sources, "limits": None, "minter": orgkg.iri.Minter(), "facts": {}}
    with Workers(2, state) as workers:
        [[(status, summary)]] = workers.run("parse", [[0]], [0])
        assert status == "ok" and summary["source"] == sources[0]
        assert workers.in_process, "one task ran in this process"
        results = workers.run("parse", [[1], [2]], [0, 1])
        assert not workers.in_process and len(workers.procs) == 2
        assert [r[0][1]["source"] for r in results] == sources[1:3]


def test_warm_workers_start_now_and_give_the_same_results(corpus):
    from orgkg.parallel import Workers

    sources = [str(p) for p in sorted(corpus.glob("*.txt"))]
    state = {"sources": sources, "limits": None, "minter": orgkg.iri.Minter(), "facts": {}}
    calls = []
    with Workers(1, state) as alone:
        alone.warm([0], validate=True)
        assert alone.in_process, "one job: nothing to warm, work stays in this process"
        expected = alone.run("parse", [[3]], [0], meanwhile=lambda: calls.append("alone"))
    with Workers(2, state) as workers:
        workers.warm([1], validate=True)
        assert not workers.in_process and len(workers.procs) == 2
        got = workers.run("parse", [[3]], [1], meanwhile=lambda: calls.append("workers"))
    assert got == expected
    assert calls == ["alone", "workers"], "meanwhile runs once per run, with or without workers"


def test_the_cycle_collector_is_off_while_building_but_on_in_tasks(corpus, monkeypatch):
    import gc

    import orgkg.parallel as parallel

    in_tasks, while_building = [], []
    parse = parallel._TASKS["parse"]

    def recording_parse(task):
        in_tasks.append(gc.isenabled())
        return parse(task)

    monkeypatch.setitem(parallel._TASKS, "parse", recording_parse)
    assert gc.isenabled()
    orgkg.build([corpus], validate=False, jobs=1, on_mapped=lambda result: while_building.append(gc.isenabled()))
    assert while_building == [False]
    assert in_tasks and all(in_tasks), "rdflib and pyshacl make cycles: tasks collect them"
    assert gc.isenabled(), "switched back on after the build"
