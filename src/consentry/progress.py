"""The one progress protocol: `progress(stage, done, total)`, called as work advances. `done`
counts what `stage` finished so far (not an increment); `total` is None where it is not known
in advance. Long-running functions take `progress: Progress | None`; the CLI draws one bar per
stage from it (consentry.cli.common.progress)."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def __call__(self, stage: str, done: int, total: int | None) -> None: ...


def silent(stage: str, done: int, total: int | None) -> None:
    """A Progress that shows nothing (the default)."""


class Tally:
    """Turns increments into the protocol's running counts, for work that arrives in batches."""

    def __init__(self, progress: Progress | None, totals: dict[str, int | None]) -> None:
        self.progress = progress or silent
        self.totals = totals
        self.done: dict[str, int] = {}

    def add(self, stage: str, n: int) -> None:
        self.done[stage] = self.done.get(stage, 0) + n
        self.progress(stage, self.done[stage], self.totals.get(stage))
