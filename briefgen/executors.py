"""Execution backends (beside daily): map a function over work items, results in item order.

`open_executor(jobs, scheduler)` gives one of three, all with the same `map`:

- `SerialExecutor`: in this process (`--jobs 1`);
- `PoolExecutor`: a local process pool (`--jobs N`);
- `DaskExecutor`: a `dask.distributed` cluster (`--scheduler ADDRESS`). Tasks carry everything they
  read (article bytes, settings), so workers need briefgen installed but no shared file system.

`map` keeps at most a window of tasks in flight and yields results as they are consumed, so the
driver never holds every article of a large day at once. Dask is imported only by `DaskExecutor`.
"""

from __future__ import annotations

import gc
import itertools
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from .errors import ClusterError, ConfigError

log = logging.getLogger(__name__)

# Tasks in flight per worker: enough to keep every worker busy while results are collected in order,
# few enough that the driver holds only a handful of articles per worker.
WINDOW_PER_WORKER = 8
# Seconds to wait for a Dask scheduler to answer before reporting it unreachable.
CONNECT_TIMEOUT = 10
SCHEDULER_ENV = "BRIEFGEN_DASK_SCHEDULER"


class Executor(Protocol):
    """Something that maps a function over argument tuples, in order."""

    workers: int

    def map(self, function: Callable[..., Any], arguments: Iterable[tuple]) -> Iterator[Any]:
        """`function(*args)` for each args, yielded in argument order."""

    def close(self) -> None:
        """Release the workers."""


class SerialExecutor:
    """Runs each task in this process, one after another."""

    workers = 1

    def map(self, function: Callable[..., Any], arguments: Iterable[tuple]) -> Iterator[Any]:
        """`function(*args)` for each args, computed as they are asked for."""
        for args in arguments:
            yield function(*args)

    def close(self) -> None:
        """Nothing to release."""


def _windowed(submit: Callable[[tuple], Any], result: Callable[[Any], Any], arguments: Iterable[tuple],
              window: int) -> Iterator[Any]:
    """Results of submitted tasks in submission order, with at most `window` submitted and not yet yielded."""
    pending: deque = deque()
    for args in arguments:
        pending.append(submit(args))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def _frozen_first(submit: Callable[[tuple], Any]) -> Callable[[tuple], Any]:
    """`submit` whose first call freezes the collector first: a forking pool starts all its workers in
    its first submit (concurrent.futures does), so they fork with the loaded heap frozen."""
    first = True

    def frozen_submit(args: tuple) -> Any:
        nonlocal first
        if first:
            first = False
            gc.freeze()
        return submit(args)

    return frozen_submit


class PoolExecutor:
    """A local process pool of `jobs` workers."""

    def __init__(self, jobs: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.workers = jobs
        self._pool = ProcessPoolExecutor(max_workers=jobs)

    def map(self, function: Callable[..., Any], arguments: Iterable[tuple]) -> Iterator[Any]:
        """`function(*args)` for each args on the pool, yielded in argument order.

        A function with a `warm_up` attribute has it called here, with the first task's arguments, before
        the first task forks the workers: they then share what it imported and loaded (copy-on-write)
        instead of each loading it again. Python's advice for fork without exec (see `gc.freeze`) is
        followed: no collections while it loads, and the workers fork with all of it frozen out of the
        collector, so their collections never walk the lexicons and modules and neither spend time on them
        nor write to (and copy) their pages. This process stays frozen too until `close` (it only collects
        results meanwhile, and a full collection would walk the whole heap once, while the workers need
        the cores).
        """
        warm_up = getattr(function, "warm_up", None)

        def submit(args: tuple) -> Any:
            return self._pool.submit(function, *args)

        if warm_up is not None:
            arguments = iter(arguments)
            first = next(arguments, None)
            if first is None:
                return iter(())
            collecting = gc.isenabled()
            gc.disable()  # loading builds few cycles: collections would walk the heap for nothing (~0.1 s)
            try:
                warm_up(*first)
            finally:
                if collecting:
                    gc.enable()
            arguments = itertools.chain([first], arguments)
            submit = _frozen_first(submit)
        return _windowed(submit, lambda f: f.result(), arguments, WINDOW_PER_WORKER * self.workers)

    def close(self) -> None:
        """Shut the pool down (and let this process's collector see what `map` froze again)."""
        self._pool.shutdown()
        gc.unfreeze()


class DaskExecutor:
    """Tasks on a dask.distributed cluster; a worker lost mid-task has its tasks rerun elsewhere by Dask."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ConfigError(
                f"--scheduler {address}: Dask is not installed; pip install 'briefgen[dask]'") from None
        self.address = address
        try:
            self._client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address} ({_reason(exc)}); "
                              "check the address and that the scheduler is running") from None
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        log.info("using the Dask scheduler at %s (%d workers)", address, self.workers)

    def map(self, function: Callable[..., Any], arguments: Iterable[tuple]) -> Iterator[Any]:
        """`function(*args)` for each args as Dask tasks, yielded in argument order."""
        # pure=False: two equal tasks are still two (a re-run must not be served a stale result).
        return _windowed(lambda args: self._client.submit(function, *args, pure=False), self._result,
                         arguments, WINDOW_PER_WORKER * self.workers)

    def _result(self, future: Any) -> Any:
        """A task's result; a task that failed on the cluster (inputs' errors come back as results) is a
        `ClusterError` naming the scheduler, usually workers with another briefgen or Python version."""
        try:
            return future.result()
        except Exception as exc:  # noqa: BLE001 - whatever a worker raised, one line for the user
            raise ClusterError(f"a task failed on the Dask cluster at {self.address} ({type(exc).__name__}: "
                               f"{_reason(exc)}); workers need the same briefgen version as this machine") from exc

    def close(self) -> None:
        """Disconnect from the scheduler (the cluster keeps running)."""
        self._client.close()


def _reason(exc: BaseException) -> str:
    """A one-line reason from a connection error (Dask's can span lines)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def open_executor(jobs: int = 1, scheduler: str | None = None) -> SerialExecutor | PoolExecutor | DaskExecutor:
    """The backend for these options: a Dask cluster when a scheduler is given, else local processes."""
    if scheduler:
        return DaskExecutor(scheduler)
    return PoolExecutor(jobs) if jobs > 1 else SerialExecutor()


__all__ = ["DaskExecutor", "Executor", "PoolExecutor", "SCHEDULER_ENV", "SerialExecutor", "open_executor"]
