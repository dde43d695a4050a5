"""Write PII hold-out 12: messages from Korea, Japan, China, Thailand, the UAE and Iran, as JSONL.

    python benchmarks/pii_holdout12/make.py --out F.jsonl --n 1000 --seed 12 [--stats]

Standard library only; same seed, same bytes. Every record is checked before it is written.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h12_checks as ck  # noqa: E402
from h12_ctx import Ctx  # noqa: E402
from h12_layouts import LAYOUTS  # noqa: E402
from h12_values import Doc  # noqa: E402


def make_record(seed: int, i: int) -> dict[str, object]:
    r = random.Random(f"pii-holdout-12/{seed}/{i}")
    layout = r.choice(sorted(LAYOUTS))
    fn, countries = LAYOUTS[layout]
    country = r.choice(countries)
    d = Doc()
    lang = fn(d, Ctx(r, country))
    rec: dict[str, object] = {
        "id": f"h12-{seed}-{i:05d}",
        "lang": lang,
        "country": country,
        "layout": layout,
        "text": d.text,
        "spans": d.spans,
        "lookalikes": d.looks,
    }
    ck.check_record(rec)
    return rec


def stats(records: list[dict[str, object]]) -> str:
    def line(title: str, counter: collections.Counter[str]) -> str:
        return f"{title} {sum(counter.values())}: " + ", ".join(
            f"{k} {v}" for k, v in counter.most_common()
        )

    spans = collections.Counter(m["kind"] for rec in records for m in rec["spans"])  # type: ignore[attr-defined]
    looks = collections.Counter(m["kind"] for rec in records for m in rec["lookalikes"])  # type: ignore[attr-defined]
    return "\n".join(
        [
            line("Layouts", collections.Counter(str(rec["layout"]) for rec in records)),
            line("Languages", collections.Counter(str(rec["lang"]) for rec in records)),
            line("Countries", collections.Counter(str(rec["country"]) for rec in records)),
            line("Spans", spans),
            line("Look-alikes", looks),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--n", type=int, default=1000, help="number of messages")
    ap.add_argument("--seed", type=int, default=12, help="seed; same seed, same file")
    ap.add_argument(
        "--stats", action="store_true", help="print counts per layout, language and kind"
    )
    args = ap.parse_args(argv)
    if args.n < 1:
        print("make.py: --n must be a positive number of messages.", file=sys.stderr)
        return 2
    records = [make_record(args.seed, i) for i in range(args.n)]
    try:
        with open(args.out, "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    except OSError as exc:
        print(f"make.py: cannot write {args.out}: {exc.strerror}.", file=sys.stderr)
        return 2
    if args.stats:
        print(stats(records), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
