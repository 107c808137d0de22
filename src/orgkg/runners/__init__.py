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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from orgkg.errors import UsageError

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
Progress = Callable[[int], None]  # called with the weight of each task done


class Runner(Protocol):
    """Runs ``fn`` over ``tasks``; results in task order, whatever order they finish in,
    each handed over as soon as it and those before it are done (the caller stores it and
    lets it go: a build never holds every task's result at once)."""

    def map(
        self, fn: Callable[[T], R], tasks: Iterable[T], weights: Sequence[int] = (), progress: Progress | None = None
    ) -> Iterator[R]: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


class SequentialRunner:
    """The reference: every task here, in order."""

    def map(
        self, fn: Callable[[T], R], tasks: Iterable[T], weights: Sequence[int] = (), progress: Progress | None = None
    ) -> Iterator[R]:
        for number, task in enumerate(tasks):
            result = fn(task)
            if progress is not None:
                progress(weights[number] if weights else 1)
            yield result

    def close(self) -> None:
        return None


class _Future(Protocol[R_co]):
    def result(self) -> R_co: ...

    def cancel(self) -> bool: ...


def _stream(
    submit: Callable[[T], _Future[R]], tasks: Iterable[T], weights: Sequence[int], progress: Progress | None, ahead: int
) -> Iterator[R]:
    """Results in task order, with at most ``ahead`` tasks submitted and not yet handed over:
    tasks are made (``tasks`` may be lazy) and results kept only a window at a time. The
    first error in task order is raised; the tasks after it are cancelled."""
    pending: deque[_Future[R]] = deque()
    number = 0
    try:
        for task in tasks:
            pending.append(submit(task))
            while len(pending) >= ahead:
                yield _next(pending, weights, number, progress)
                number += 1
        while pending:
            yield _next(pending, weights, number, progress)
            number += 1
    finally:
        for future in pending:
            future.cancel()


def _next(pending: deque[_Future[R]], weights: Sequence[int], number: int, progress: Progress | None) -> R:
    result = pending[0].result()  # raises the task's error here, in task order
    pending.popleft()
    if progress is not None:
        progress(weights[number] if weights else 1)
    return result


class ProcessRunner:
    """``jobs`` worker processes (``concurrent.futures``). A single task runs here: starting
    processes for it would only cost their start-up."""

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)
        self.pool: ProcessPoolExecutor | None = None

    def map(
        self, fn: Callable[[T], R], tasks: Iterable[T], weights: Sequence[int] = (), progress: Progress | None = None
    ) -> Iterator[R]:
        tasks = iter(tasks)
        first = list(islice(tasks, 2))
        if len(first) < 2 and self.pool is None:
            return SequentialRunner().map(fn, first, weights, progress)
        if self.pool is None:
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(self.jobs)
        pool = self.pool

        def submit(task: T) -> _Future[R]:
            return pool.submit(fn, task)

        return _stream(submit, chain(first, tasks), weights, progress, self.jobs + _AHEAD)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


_AHEAD = 2  # tasks in flight beyond one per worker: workers kept busy, few results held at once


class DaskRunner:
    """The tasks on a Dask distributed cluster: ``address`` of its scheduler
    (``tcp://HOST:8786``), or an existing ``distributed.Client``. Tasks must be importable
    on the workers (orgkg installed there, same version). How long to try reaching the
    scheduler is Dask's own setting (``distributed.comm.timeouts.connect``, 30 s unless set,
    for example by ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s``)."""

    def __init__(self, address: str | None = None, *, client: Any = None) -> None:
        try:
            from distributed import Client
        except ImportError as error:
            raise UsageError("--scheduler needs Dask distributed: pip install 'orgkg[dask]'") from error
        self.own = client is None
        try:
            self.client = client if client is not None else Client(address)
        except OSError as error:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {error}") from error

    def map(
        self, fn: Callable[[T], R], tasks: Iterable[T], weights: Sequence[int] = (), progress: Progress | None = None
    ) -> Iterator[R]:
        # pure=False: two equal tasks are still two tasks (their results are not shared by key)
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        return _stream(partial(self.client.submit, fn, pure=False), tasks, weights, progress, workers + _AHEAD)

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
