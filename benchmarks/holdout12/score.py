"""Score a ``consentry detect`` run against hold-out 12's labels with hold-out 9's scorer.

python benchmarks/holdout12/score.py --truth DIR --pred RUN [--json FILE]

Hold-out 12 writes ``labels.parquet`` in the convention of the earlier hold-outs, so the judge's
figures (precision, recall, FPR, per-class FPR and per-campaign recall with Wilson intervals,
PR-AUC with a bootstrap interval, TPR at FPR 1e-3) come from the same scorer, run unchanged.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent / "holdout9" / "score.py"


def main() -> int:
    if not SCORER.is_file():
        print(f"score.py: hold-out 9's scorer not found at {SCORER}", file=sys.stderr)
        return 2
    sys.argv[0] = str(SCORER)
    try:
        runpy.run_path(str(SCORER), run_name="__main__")
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
