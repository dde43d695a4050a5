"""PII hold-out 18: messages pasted into an assistant, with every personal value marked.

python benchmarks/pii_holdout18/make.py --out F.jsonl --n 1000 --seed 18 [--stats]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h18p_case as case_mod  # noqa: E402
import h18p_checks as checks  # noqa: E402
import h18p_layouts as layouts  # noqa: E402
import h18p_words as words  # noqa: E402
import h18p_world as world  # noqa: E402
from h18p_doc import Doc, check  # noqa: E402

SETTINGS = tuple(words.SETTINGS)
LAYOUTS = tuple(layouts.LAYOUTS)


def message(seed: int, i: int) -> dict[str, object]:
    """One record; the random stream is seeded by a string, so PYTHONHASHSEED plays no part."""
    r = random.Random(f"h18p:{seed}:{i}")
    lang = words.LANGS[i % len(words.LANGS)]
    country = r.choice(world.LANG_COUNTRIES[lang])
    setting = r.choice(SETTINGS)
    layout = r.choice(LAYOUTS)
    c = case_mod.build(r, lang, country, setting)
    d = Doc()
    ask = r.choice(words.REQUESTS[lang])
    where = r.random()
    if where < 0.7:
        d.add(ask + "\n\n")
    layouts.LAYOUTS[layout](c, d)
    if where >= 0.85:
        d.add("\n" + ask)
    text = d.text().rstrip("\n") if where < 0.85 else d.text()
    check(text, d.spans, d.looks)
    checks.values(text, country, d.spans, d.looks)
    return {
        "id": f"h18p-{seed}-{i:05d}",
        "lang": lang,
        "country": country,
        "layout": layout,
        "domain": setting,
        "text": text,
        "spans": d.spans,
        "lookalikes": d.looks,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write PII hold-out 18 as JSON lines.")
    ap.add_argument("--out", required=True, help="output .jsonl path")
    ap.add_argument("--n", type=int, default=1000, help="number of messages (default 1000)")
    ap.add_argument("--seed", type=int, default=18, help="seed (default 18)")
    ap.add_argument(
        "--stats",
        action="store_true",
        help="print counts by language, country, layout, domain and kind",
    )
    args = ap.parse_args(argv)
    if args.n < 1:
        print("error: --n must be at least 1", file=sys.stderr)
        return 2
    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"error: directory {out.parent} does not exist", file=sys.stderr)
        return 2
    counts: dict[str, Counter[str]] = {
        k: Counter() for k in ("lang", "country", "layout", "domain", "spans", "lookalikes")
    }
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i in range(args.n):
            rec = message(args.seed, i)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for k in ("lang", "country", "layout", "domain"):
                counts[k][str(rec[k])] += 1
            for k in ("spans", "lookalikes"):
                counts[k].update(str(m["kind"]) for m in rec[k])  # type: ignore[attr-defined]
    if args.stats:
        for k, cnt in counts.items():
            total = sum(cnt.values())
            print(f"{k} (total {total}): " + ", ".join(f"{a} {b}" for a, b in cnt.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
