"""`consentry demo`: every capability end to end on the embedded default (see run.py)."""

from consentry.demo.context import Demo
from consentry.demo.datasets import step_datasets
from consentry.demo.run import STEPS, run_demo

__all__ = ["STEPS", "Demo", "run_demo", "step_datasets"]
