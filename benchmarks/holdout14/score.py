"""Hold-out 14's scorer: hold-out 9's scorer, run as it is (same CLI, output and exit codes).

    python benchmarks/holdout14/score.py --truth DIR --pred RUN [--json FILE]

Hold-outs 10-13 score the same way, so their figures compare; the scorer is run, not read.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[1] / "holdout9" / "score.py"

if __name__ == "__main__":
    if not SCORER.is_file():
        print(
            f"score.py: {SCORER} is missing; hold-out 14 scores with hold-out 9's scorer",
            file=sys.stderr,
        )
        sys.exit(2)
    sys.argv[0] = str(SCORER)
    runpy.run_path(str(SCORER), run_name="__main__")
