"""Run a pure chunk function over chunks, in worker processes when the work is large enough.

Redaction and fingerprinting are CPU-bound Python; two workers on a 2-core machine nearly
halve them. Small builds (and tests) stay in-process, where start-up would cost more.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PARALLEL_ITEMS = 20_000


def default_workers() -> int:
    """CONSENTRY_DATASET_WORKERS, else one per core, at most 2 (redaction is CPU-bound)."""
    from consentry.config import get_settings

    return get_settings().dataset_workers or max(1, min(2, os.cpu_count() or 1))


def _noop(_: int) -> None:
    return None


class Workers:
    """A process pool forked once, at the start of a build, before any records are loaded: a
    fork of a process that already holds a million records would cost copy-on-write faults at
    every step. With one worker (or when the platform cannot fork cheaply) work stays in-process."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        if self.n > 1:
            ctx = (
                mp.get_context("fork")
                if "fork" in mp.get_all_start_methods()
                else mp.get_context("spawn")
            )
            self.pool = ProcessPoolExecutor(max_workers=self.n, mp_context=ctx)
            list(self.pool.map(_noop, range(self.n)))  # start the processes now
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


IN_PROCESS = Workers(1)


def stream_chunks(
    fn: Callable[[Sequence[T], Any], R],
    parts: Iterable[Sequence[T]],
    arg: Any,
    *,
    workers: Workers,
    parallel: bool = True,
) -> Iterator[tuple[Sequence[T], R]]:
    """(part, fn(part, arg)) for each part as it arrives from `parts` (a stream), in order.

    A few parts per worker are in flight, so reading the next part overlaps the work on the
    previous ones and only those few are held in memory."""
    if workers.pool is None or not parallel:
        for part in parts:
            yield part, fn(part, arg)
        return
    pending: deque[tuple[Sequence[T], Future[R]]] = deque()
    for part in parts:
        pending.append((part, workers.pool.submit(fn, part, arg)))
        while len(pending) > 2 * workers.n:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


def submit(workers: Workers, fn: Callable[..., R], *args: Any) -> Future[R]:
    """fn(*args) in a worker while the caller goes on (in-process, done at once, without a pool)."""
    if workers.pool is not None:
        return workers.pool.submit(fn, *args)
    done: Future[R] = Future()
    done.set_result(fn(*args))
    return done
