"""Runners change how fast a build is, never what it writes: every runner is tested byte
for byte against the sequential reference on a generated corpus."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import orgkg
from orgkg import api
from orgkg.cli import main
from orgkg.runners import ProcessRunner, SequentialRunner, get_runner
from orgkg.runners.tasks import SHARD_MAX, ParseTask, ProfileRecord, parse_shard, shard_bounds

from .scale_helpers import make_corpus, outputs

SEED = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(40, folder, seed=11, inject_errors=3)
    return folder


@pytest.fixture(scope="module")
def reference(corpus):
    """The sequential runner's build: every file it writes."""
    result = orgkg.build([corpus], runner=SequentialRunner(), keep_going=True)
    return result, api.output_files(result)


def test_jobs_1_and_2_write_identical_bytes(corpus, tmp_path):
    runner = CliRunner()
    for jobs in ("1", "2"):
        result = runner.invoke(
            main, ["build", str(corpus), "-o", str(tmp_path / jobs), "--jobs", jobs, "--no-validate", "--keep-going"]
        )
        assert result.exit_code == 0, result.output
    one, two = outputs(tmp_path / "1"), outputs(tmp_path / "2")
    assert one.keys() == two.keys() and len([n for n in one if n.startswith("orgs/")]) >= 30
    for name in one:
        assert one[name] == two[name], name


def test_process_runner_equals_the_sequential_one(corpus, reference):
    runner = ProcessRunner(2)
    try:
        result = orgkg.build([corpus], runner=runner, keep_going=True)
        assert runner.pool is not None, "more than one task: worker processes did the work"
    finally:
        runner.close()
    assert api.output_files(result) == reference[1]
    assert api.output_files(result)["validation.json"] == reference[1]["validation.json"]


def test_dask_runner_on_a_local_cluster_equals_the_sequential_one(corpus, reference):
    distributed = pytest.importorskip("distributed")
    from orgkg.runners import DaskRunner

    # tcp on loopback: the in-process transport looks up the host's address on the network
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = orgkg.build([corpus], runner=DaskRunner(client=client), keep_going=True)
    assert api.output_files(result) == reference[1]


def test_the_cli_reaches_a_dask_scheduler_by_its_address(corpus, reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=None
    ) as cluster:
        result = CliRunner().invoke(
            main,
            ["build", str(corpus), "-o", str(tmp_path / "o"), "--keep-going", "--scheduler", cluster.scheduler_address],
        )
    assert result.exit_code in (0, 1), result.output  # 1: the injected errors are violations
    written = outputs(tmp_path / "o")
    for name, data in reference[1].items():
        assert written[name] == data, name


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path):
    pytest.importorskip("distributed")
    import dask

    # Dask's own connect timeout decides how long to try (30 s unless set)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        started = time.monotonic()
        result = CliRunner().invoke(
            main, ["build", str(SEED), "-o", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:9"]
        )
    assert result.exit_code == 2 and "Dask scheduler" in result.output
    assert time.monotonic() - started < 20  # the setting was followed, not a fixed 30 s


def test_api_serialize_matches_the_written_files(corpus, tmp_path):
    result = orgkg.build([corpus], validate=False, jobs=2, keep_going=True, cache=tmp_path / "out" / ".cache")
    api.write(result, tmp_path / "out")
    for fmt in ("nq", "nt", "ttl", "trig", "jsonld"):
        assert orgkg.serialize(result, fmt) == (tmp_path / "out" / f"graph.{fmt}").read_bytes(), fmt


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


def test_a_single_task_starts_no_worker_process():
    runner = ProcessRunner(4)
    result = orgkg.build([SEED], validate=True, runner=runner)
    assert runner.pool is None and len(result.records) == 1 and result.report is not None


def test_get_runner_picks_by_jobs():
    assert isinstance(get_runner(1), SequentialRunner)
    runner = get_runner(3)
    assert isinstance(runner, ProcessRunner) and runner.jobs == 3


def test_a_task_error_reaches_the_caller_from_a_worker(tmp_path):
    runner = ProcessRunner(2)
    try:
        with pytest.raises(ZeroDivisionError):
            list(runner.map(_divide, [1, 0, 2]))
    finally:
        runner.close()


def _divide(n: int) -> float:
    return 1 / n


def test_tasks_are_plain_functions_of_picklable_values(corpus):
    import pickle

    sources = tuple(str(p) for p in sorted(corpus.glob("*.txt"))[:3])
    task = ParseTask(sources)
    assert pickle.loads(pickle.dumps(task)) == task
    parsed = parse_shard(task)
    assert pickle.loads(pickle.dumps(parsed)).facts == parsed.facts


def test_a_profile_record_survives_json_and_forged_ones_do_not(reference):
    import json

    record = reference[0].records[0]
    data = json.loads(json.dumps(record.to_json()))
    assert ProfileRecord.from_json(data) == record
    for forged in (
        {**data, "slug": "../x"},
        {**data, "quads": True},
        {**data, "extra": 1},
        {**data, "identity": {**data["identity"], "kind": "nonsense"}},
        {**data, "lookups": [[1, 2]]},
    ):
        with pytest.raises(ValueError):
            ProfileRecord.from_json(json.loads(json.dumps(forged)))


def test_the_cycle_collector_is_never_switched(corpus):
    seen = []
    orgkg.build([corpus], validate=False, keep_going=True, jobs=1, on_mapped=lambda r: seen.append(gc.isenabled()))
    assert seen == [True] and gc.isenabled()
