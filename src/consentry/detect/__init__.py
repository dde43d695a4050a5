"""Distillation detection: find campaigns in traffic logs, explain them, share and enforce.

`detect(Inputs(...), out)` runs the pipeline in `consentry.detect.run` on DuckDB (default) or
Spark and writes the contract's three files.
"""

from consentry.detect.inputs import Inputs
from consentry.detect.run import STEPS, Result, detect

__all__ = ["STEPS", "Inputs", "Result", "detect"]
