"""Whether two `consentry detect` output folders say the same thing (a cost change must not
change what the detector finds).

Compares accounts.parquet (scores, flags, campaigns, reasons: exactly, in account order),
campaigns.json and access.parquet exactly, and indicators.stix.json apart from what STIX
makes new on every run (object ids and timestamps). Prints one line per file; exits 1 on
any difference.

    python benchmarks/same_detect_outputs.py OUT_A OUT_B
    # e.g. after bench_detect.py --compare-src: $CONSENTRY_BENCH_DIR/detect/s5m-duckdb{,-compare}
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import pandas as pd

_STIX_FRESH = re.compile(r'--[0-9a-f-]{36}|"(created|modified|valid_from)": "[^"]*"')


def _table(path: Path) -> pd.DataFrame:
    t = pd.read_parquet(path)
    return t.sort_values(list(t.columns[:2])).reset_index(drop=True)


def differences(a: Path, b: Path) -> dict[str, str]:
    """Per output file: "same", or what differs."""
    out = {}
    for name in ("accounts.parquet", "access.parquet"):
        try:
            pd.testing.assert_frame_equal(_table(a / name), _table(b / name), check_exact=True)
            out[name] = "same"
        except AssertionError as err:
            out[name] = str(err).splitlines()[0]
    same = json.loads((a / "campaigns.json").read_text()) == json.loads(
        (b / "campaigns.json").read_text()
    )
    out["campaigns.json"] = "same" if same else "differs"
    sa, sb = ((p / "indicators.stix.json").read_text() for p in (a, b))
    same = _STIX_FRESH.sub("", sa) == _STIX_FRESH.sub("", sb)
    out["indicators.stix.json"] = "same apart from ids and timestamps" if same else "differs"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    args = ap.parse_args()
    for p in (args.a, args.b):
        if not (p / "accounts.parquet").exists():
            sys.exit(f"{p}: no accounts.parquet; give two `consentry detect --out` folders.")
    diff = differences(args.a, args.b)
    for name, what in diff.items():
        print(f"{name}: {what}")
    flagged = int(pd.read_parquet(args.a / "accounts.parquet").flagged.sum())
    print(f"({flagged:,} flagged accounts in {args.a})")
    sys.exit(0 if all(v.startswith("same") for v in diff.values()) else 1)


if __name__ == "__main__":
    main()
