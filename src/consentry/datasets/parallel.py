"""Run a pure chunk function over chunks, in worker processes when the work is large enough.

Redaction and fingerprinting are CPU-bound Python; two workers on a 2-core machine nearly
halve them. Small builds (and tests) stay in-process, where start-up would cost more.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PARALLEL_ITEMS = 20_000
CHUNK = 5_000


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def chunks(items: Sequence[T], size: int = CHUNK) -> list[Sequence[T]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def map_chunks(fn: Callable[[Sequence[T], Any], R], items: Sequence[T], arg: Any, *, workers: int,
               on_chunk: Callable[[int], None] | None = None) -> Iterator[R]:
    """fn(chunk, arg) for each chunk of items, results in order."""
    parts = chunks(items)
    tick = on_chunk or (lambda _n: None)
    if workers <= 1 or len(items) < MIN_PARALLEL_ITEMS:
        for part in parts:
            yield fn(part, arg)
            tick(len(part))
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for part, result in zip(parts, pool.map(fn, parts, [arg] * len(parts)), strict=True):
            yield result
            tick(len(part))
