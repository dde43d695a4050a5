"""Write PII hold-out 11: python benchmarks/pii_holdout11/make.py --out F.jsonl --n 1000 --seed 11 [--stats]

Standard library only; the same seed writes the same bytes. Every record is checked before it is
written (offsets, overlaps, check digits and numbering plans, twins failing them).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path
from typing import NoReturn

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h11_checks as ck  # noqa: E402
import h11_layouts as lay  # noqa: E402
import h11_people as pp  # noqa: E402
from h11_values import Doc  # noqa: E402

SEPA = ("LV", "FI", "MT")


def record(seed: int, i: int) -> dict:
    r = random.Random(f"pii-holdout-11/{seed}/{i}")
    country = r.choice(pp.COUNTRIES)
    lang = r.choice(pp.LANGS[country])
    names = [n for n in lay.LAYOUTS if n != "sepa_xml" or country in SEPA]
    layout = r.choice(names)
    d = Doc()
    lay.LAYOUTS[layout](r, d, country, lang)
    return {
        "id": f"h11-{seed}-{i:05d}",
        "lang": lang,
        "country": country,
        "layout": layout,
        "text": d.text(),
        "spans": d.spans,
        "lookalikes": d.looks,
    }


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, non-zero exit
        sys.stderr.write(f"make.py: {message} (see --help)\n")
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    ap = _Parser(description="Write PII hold-out 11 as JSONL.")
    ap.add_argument("--out", required=True, help="output .jsonl file")
    ap.add_argument("--n", type=int, default=1000, help="number of messages")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--stats", action="store_true", help="print counts per layout, language, country and kind"
    )
    a = ap.parse_args(argv)
    if a.n <= 0:
        ap.error("--n must be a positive number")
    out = Path(a.out)
    if not out.parent.is_dir():
        ap.error(f"the folder of --out does not exist: {out.parent}")
    recs, errs = [], []
    for i in range(a.n):
        rec = record(a.seed, i)
        errs += ck.check_record(rec)
        recs.append(rec)
    if errs:
        sys.stderr.write(f"make.py: {len(errs)} records fail their check, first: {errs[0]}\n")
        return 1
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    if a.stats:
        for field in ("layout", "lang", "country"):
            c = collections.Counter(rec[field] for rec in recs)
            print(f"{field}: " + ", ".join(f"{k} {n}" for k, n in c.most_common()), file=sys.stderr)
        for side in ("spans", "lookalikes"):
            c = collections.Counter(m["kind"] for rec in recs for m in rec[side])
            print(
                f"{side} {sum(c.values())}: " + ", ".join(f"{k} {n}" for k, n in c.most_common()),
                file=sys.stderr,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
