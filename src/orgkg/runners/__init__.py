"""Speed, fenced: how a build's tasks run. The pipeline (``orgkg.api.build``) hands every
runner the same top-level functions and picklable task dataclasses (``orgkg.runners.tasks``)
and gets the results back in task order, so what a build writes never depends on the
runner. ``SequentialRunner`` is the reference every other runner is tested equal to.

- ``SequentialRunner``: every task in this process, one after another.
- ``ProcessRunner``: a ``concurrent.futures.ProcessPoolExecutor`` of ``jobs`` processes,
  started on the first call with more than one task (a rebuild of one changed shard pays
  no start-up).
- ``DaskRunner``: the same tasks on a Dask distributed cluster (``orgkg build --scheduler
  tcp://HOST:8786``; ``pip install orgkg[dask]``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from orgkg.errors import UsageError

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[int], None]  # called with the weight of each task done


class Runner(Protocol):
    """Runs ``fn`` over ``tasks``; results in task order, whatever order they finish in."""

    def map(
        self, fn: Callable[[T], R], tasks: Sequence[T], weights: Sequence[int] = (), progress: Progress | None = None
    ) -> list[R]: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


class SequentialRunner:
    """The reference: every task here, in order."""

    def map(
        self, fn: Callable[[T], R], tasks: Sequence[T], weights: Sequence[int] = (), progress: Progress | None = None
    ) -> list[R]:
        results = []
        for number, task in enumerate(tasks):
            results.append(fn(task))
            if progress is not None:
                progress(weights[number] if weights else 1)
        return results

    def close(self) -> None:
        return None


def _collect(futures: list[Future[R]], weights: Sequence[int], progress: Progress | None) -> list[R]:
    """Results in task order; progress as each finishes; the first error raised once all
    are done or cancelled."""
    from concurrent.futures import as_completed

    number_of = {id(future): n for n, future in enumerate(futures)}
    try:
        for future in as_completed(futures):
            future.result()  # raises a task's error now
            if progress is not None:
                progress(weights[number_of[id(future)]] if weights else 1)
    except BaseException:
        for future in futures:
            future.cancel()
        raise
    return [future.result() for future in futures]


class ProcessRunner:
    """``jobs`` worker processes (``concurrent.futures``). A single task runs here: starting
    processes for it would only cost their start-up."""

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)
        self.pool: ProcessPoolExecutor | None = None

    def map(
        self, fn: Callable[[T], R], tasks: Sequence[T], weights: Sequence[int] = (), progress: Progress | None = None
    ) -> list[R]:
        if len(tasks) < 2 and self.pool is None:
            return SequentialRunner().map(fn, tasks, weights, progress)
        if self.pool is None:
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(self.jobs)
        return _collect([self.pool.submit(fn, task) for task in tasks], weights, progress)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


class DaskRunner:
    """The tasks on a Dask distributed cluster: ``address`` of its scheduler
    (``tcp://HOST:8786``), or an existing ``distributed.Client``. Tasks must be importable
    on the workers (orgkg installed there, same version)."""

    def __init__(self, address: str | None = None, *, client: Any = None) -> None:
        try:
            from distributed import Client
        except ImportError as error:
            raise UsageError("--scheduler needs Dask distributed: pip install 'orgkg[dask]'") from error
        self.own = client is None
        try:
            self.client = client if client is not None else Client(address, timeout=30)
        except OSError as error:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {error}") from error

    def map(
        self, fn: Callable[[T], R], tasks: Sequence[T], weights: Sequence[int] = (), progress: Progress | None = None
    ) -> list[R]:
        if not tasks:
            return []
        # pure=False: two equal tasks are still two tasks (their results are not shared by key)
        futures = self.client.map(fn, list(tasks), pure=False)
        from distributed import as_completed as dask_completed

        number_of = {future.key: n for n, future in enumerate(futures)}
        try:
            for future in dask_completed(futures):
                future.result()
                if progress is not None:
                    progress(weights[number_of[future.key]] if weights else 1)
            return self.client.gather(futures)
        finally:
            self.client.cancel(futures)

    def close(self) -> None:
        if self.own:
            self.client.close()


def get_runner(jobs: int = 1, scheduler: str | None = None) -> Runner:
    """The runner for ``--jobs``/``--scheduler``."""
    if scheduler:
        return DaskRunner(scheduler)
    if jobs > 1:
        return ProcessRunner(jobs)
    return SequentialRunner()


__all__ = ["DaskRunner", "ProcessRunner", "Runner", "SequentialRunner", "default_jobs", "get_runner"]
