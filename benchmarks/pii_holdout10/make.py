"""PII hold-out 10: an unseen judge for consentry's redactor (issue 11). Standard library only.

python benchmarks/pii_holdout10/make.py --out F.jsonl --n 1000 --seed 10 [--stats]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h10_checks as ck  # noqa: E402
import h10_layouts as lay  # noqa: E402
import h10_people as pp  # noqa: E402
import h10_values as vv  # noqa: E402

COUNTRIES = ("SK", "SI", "RS", "BG", "IS")


def make_record(rng: random.Random, seed: int, index: int) -> dict:
    country = rng.choice(COUNTRIES)
    lang = pp.LANG_OF[country]
    layout = rng.choice(sorted(lay.LAYOUTS))
    ctx = (rng, country, lang)
    d = vv.Doc()
    r = rng.random()
    if r < 0.55:
        d.add(pp.LABELS[lang]["ask"] + "\n\n")
    elif r < 0.8:
        d.add(pp.LABELS[lang]["ask2"] + "\n\n")
    lay.LAYOUTS[layout](d, ctx)
    if layout != "fixed_width_export" and rng.random() < 0.3:
        lay.twin_line(d, ctx)
    if layout not in lay.TECHNICAL and rng.random() < 0.35:
        lay.portal_log(d, ctx, vv.email(rng, vv.person(rng, country)))
    rec = {
        "id": f"h10-{seed}-{index:05d}",
        "lang": lang,
        "country": country,
        "layout": layout,
        "text": d.text(),
        "spans": sorted(d.spans, key=lambda m: m["start"]),
        "lookalikes": sorted(d.looks, key=lambda m: m["start"]),
    }
    ck.check_record(rec)
    return rec


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(f"pii-holdout-10/{seed}")
    return [make_record(rng, seed, i) for i in range(n)]


def stats(records: list[dict]) -> str:
    spans = Counter(m["kind"] for r in records for m in r["spans"])
    looks = Counter(m["kind"] for r in records for m in r["lookalikes"])
    lines = [
        f"records {len(records)}, spans {sum(spans.values())}, look-alikes {sum(looks.values())}",
        "spans: " + ", ".join(f"{k} {v}" for k, v in sorted(spans.items())),
        "look-alikes: " + ", ".join(f"{k} {v}" for k, v in sorted(looks.items())),
        "layouts: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["layout"] for r in records).items())),
        "countries: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["country"] for r in records).items())),
    ]
    return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"make.py: error: {message}\n")
        sys.exit(2)


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(description="Write PII hold-out 10 as JSONL.")
    parser.add_argument("--out", required=True, help="output JSONL file")
    parser.add_argument("--n", type=int, default=1000, help="number of messages (> 0)")
    parser.add_argument("--seed", type=int, default=10, help="random seed")
    parser.add_argument("--stats", action="store_true", help="print counts per kind to stderr")
    args = parser.parse_args(argv)
    if args.n <= 0:
        parser.error(f"--n must be a positive number of messages, got {args.n}")
    records = generate(args.n, args.seed)
    try:
        with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    except OSError as exc:
        parser.error(f"cannot write {args.out}: {exc.strerror}")
    if args.stats:
        sys.stderr.write(stats(records) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
