"""`consentry demo`: every capability end to end on the embedded default, in one run.

Each step is a function of the run's context that returns it; STEPS lists them in order, so the demo reads
as the product's data flow.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from consentry.demo.context import Demo
from consentry.demo.datasets import step_datasets
from consentry.demo.governance import step_capture, step_policies, step_store, step_time
from consentry.demo.services import step_gateway, step_report, step_rights
from consentry.demo.traffic import step_attribute, step_detect, step_traffic
from consentry.progress import Progress
from consentry.steps import run_steps

STEPS: tuple[Callable[[Demo], Demo], ...] = (
    step_store,
    step_policies,
    step_time,
    step_capture,
    step_traffic,
    step_detect,
    step_attribute,
    step_datasets,
    step_rights,
    step_gateway,
    step_report,
)


def run_demo(out: Path, console: Console, progress: Progress | None = None) -> Demo:
    """Run every step in order into `out` (replaced), printing each step's result."""
    demo = run_steps(Demo(out=out, console=console), STEPS, progress)
    console.print(f"\n[bold green]demo complete[/bold green]; outputs in {out}/")
    return demo
