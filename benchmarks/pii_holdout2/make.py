"""Write the second holdout corpus for the PII redactor as JSONL.

    python benchmarks/pii_holdout2/make.py --out FILE.jsonl [--n 1000] [--seed 5] [--stats]

Deterministic for a seed. Kept out of tuning: see README.md next to this file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pii_holdout2.corpus import make, stats  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--n", type=int, default=1000, help="messages (default 1000)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--stats", action="store_true", help="print counts per kind, language, layout")
    args = ap.parse_args()
    if args.n < 1:
        raise SystemExit("--n must be at least 1.")
    records = make(args.n, args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.stats:
        print(json.dumps(stats(records), indent=2, ensure_ascii=False))
    else:
        print(f"wrote {len(records)} messages to {args.out}")


if __name__ == "__main__":
    main()
