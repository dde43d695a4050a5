"""The one pipeline convention: a pipeline is an ordered tuple `STEPS` of functions, each taking
the run's state and returning it (a new frozen value, or the same mutable one), run in order by
`run_steps`. Datasets (build) and the demo are written this way, so each reads as its data flow."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from consentry.progress import Progress

S = TypeVar("S")
Step = Callable[[S], S]


def run_steps(state: S, steps: Sequence[Callable[[S], S]], progress: Progress | None = None) -> S:
    """Run `steps` in order on `state`; `progress(step name, steps done, steps)` after each."""
    for done, step in enumerate(steps, 1):
        state = step(state)
        if progress:
            progress(step.__name__, done, len(steps))
    return state
