"""The one pipeline convention: a pipeline is an ordered tuple `STEPS` of functions, each taking
the run's state and returning it (a new frozen value, or the same mutable one), run in order by
`run_steps`. Datasets (build), the detector and the demo are written this way, so each reads as
its data flow."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from consentry.progress import Progress

S = TypeVar("S")
Step = Callable[[S], S]


def step_name(step: Callable[..., object]) -> str:
    """What a step is called in a progress display: its function's name, as words."""
    return step.__name__.strip("_").replace("_", " ")


def run_steps(state: S, steps: Sequence[Callable[[S], S]], progress: Progress | None = None) -> S:
    """Run `steps` in order on `state`. Each step is a stage of one unit for `progress`:
    `(name, 0, 1)` as it starts, so a display shows what is running, and `(name, 1, 1)` when
    it is done."""
    for step in steps:
        name = step_name(step)
        if progress:
            progress(name, 0, 1)
        state = step(state)
        if progress:
            progress(name, 1, 1)
    return state
