"""PII hold-out 8: write N labelled messages as JSONL (a judge for the redactor; never tune on it).

python benchmarks/pii_holdout8/make.py --out F.jsonl --n 1000 --seed 8 [--stats]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import h8_checks as chk  # noqa: E402
from h8_layouts import LAYOUTS, Ctx  # noqa: E402

LANG_WEIGHTS = {"pt": 16, "cs": 12, "el": 10, "ro": 12, "tr": 14, "id": 14, "tl": 11, "sw": 11}
FIXED_LANG = {"voice_transcript": "en", "mixed_script": "el"}


def message(rng: random.Random, index: int) -> dict[str, Any]:
    names = list(LAYOUTS)
    layout = rng.choices(names, weights=[LAYOUTS[n][1] for n in names])[0]
    lang = (
        FIXED_LANG.get(layout)
        or rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    )
    ctx = Ctx(rng, lang)
    LAYOUTS[layout][0](ctx)
    country = "GR" if layout == "mixed_script" else ctx.country
    record: dict[str, Any] = {"id": f"h8-{index:05d}", "lang": lang, "country": country, "layout": layout,
              "text": ctx.doc.text, "spans": ctx.doc.spans, "lookalikes": ctx.doc.looks}  # fmt: skip
    problem = chk.record_problem(record)
    assert problem is None, (record["id"], problem)
    return record


def make(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(f"pii-holdout8:{seed}")
    return [message(rng, i) for i in range(n)]


def stats(records: list[dict[str, Any]]) -> str:
    def count(key: str, sub: str | None = None) -> Counter[str]:
        if sub is None:
            return Counter(str(r[key]) for r in records)
        return Counter(m["kind"] for r in records for m in r[key])

    spans, looks = count("spans", "kind"), count("lookalikes", "kind")
    lines = [
        f"{len(records)} messages, {sum(spans.values())} spans, {sum(looks.values())} look-alikes"
    ]
    for title, counter in (
        ("spans", spans),
        ("look-alikes", looks),
        ("layouts", count("layout")),
        ("langs", count("lang")),
    ):
        lines.append(f"{title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    records = make(args.n, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(
        stats(records) if args.stats else f"wrote {len(records)} messages to {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
