"""Recall per layout (or any other field a corpus record carries) and kind, and look-alikes kept.

bench_redaction.py gives one figure per kind over a whole corpus; a spent hold-out's records
also say how each message was laid out (`layout`), in which language (`lang`) and setting
(`domain`). This prints the kinds' recall per value of one such field, the same scoring as
bench_redaction.py (a span is found when a finding of its kind covers 90% of it; a look-alike
is kept when no finding touches it), to see which layouts a pass should look at next.
Never run it on an unspent judge.

    python benchmarks/redaction_by_layout.py --corpus F.jsonl [--by layout|lang|domain] [--ner]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_redaction import consentry_engine, load  # noqa: E402

KINDS = ("ADDRESS", "PERSON", "DATE_OF_BIRTH", "PHONE", "NATIONAL_ID", "SECRET")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="a JSONL corpus (text, spans, lookalikes)")
    ap.add_argument("--by", default="layout", help="the record field to group by")
    ap.add_argument("--ner", action="store_true", help="with the pii extra's NER")
    args = ap.parse_args()
    recs = load(args.corpus)
    if not all(args.by in r for r in recs):
        raise SystemExit(
            f"{args.corpus}: not every record has a {args.by!r} field; pick another --by."
        )
    found = consentry_engine(args.ner)([r["text"] for r in recs])
    hit: Counter = Counter()
    tot: Counter = Counter()
    kept: Counter = Counter()
    looks: Counter = Counter()
    for r, spans in zip(recs, found, strict=True):
        g = str(r[args.by])
        for s in r["spans"]:
            if s["kind"] in KINDS:
                tot[s["kind"], g] += 1
                hit[s["kind"], g] += any(
                    k == s["kind"]
                    and min(e, s["end"]) - max(b, s["start"]) >= 0.9 * (s["end"] - s["start"])
                    for b, e, k in spans
                )
        for la in r["lookalikes"]:
            looks[g] += 1
            kept[g] += not any(b < la["end"] and la["start"] < e for b, e, _ in spans)
    print(f"| {args.by} | " + " | ".join(KINDS) + " | look-alikes kept |")
    print("|---" * (len(KINDS) + 2) + "|")
    for g in sorted({str(r[args.by]) for r in recs}):
        cells = [f"{hit[k, g] / tot[k, g]:.2f} ({tot[k, g]})" if tot[k, g] else "–" for k in KINDS]
        lk = f"{kept[g] / looks[g]:.2f} ({looks[g]})" if looks[g] else "–"
        print(f"| {g} | " + " | ".join(cells) + f" | {lk} |")


if __name__ == "__main__":
    main()
