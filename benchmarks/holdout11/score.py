"""Score a detector run against hold-out 11's labels (a judge, used once): hold-out 9's scorer,
which reads any world in the same layout (labels.parquet beside the run's accounts.parquet).

    python benchmarks/holdout11/score.py --truth DIR --pred RUN [--json FILE]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "holdout9_score", Path(__file__).resolve().parent.parent / "holdout9" / "score.py"
)
assert _spec is not None and _spec.loader is not None
_scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_scorer)

BadInput = _scorer.BadInput
score = _scorer.score
main = _scorer.main

if __name__ == "__main__":
    sys.exit(main())
