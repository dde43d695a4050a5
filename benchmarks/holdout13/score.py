"""Hold-out 13's scorer: hold-out 9's, run as it is (same CLI, output and exit codes).

    python benchmarks/holdout13/score.py --truth DIR --pred RUN [--json FILE]

One scorer for every recent judge keeps their figures comparable; this file only forwards to it.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent / "holdout9" / "score.py"

if __name__ == "__main__":
    if not SCORER.is_file():
        print(f"score.py: hold-out 9's scorer is missing at {SCORER}", file=sys.stderr)
        sys.exit(2)
    sys.argv[0] = str(SCORER)
    runpy.run_path(str(SCORER), run_name="__main__")
