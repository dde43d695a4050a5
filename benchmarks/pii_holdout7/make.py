"""Write PII hold-out 7: messages as people paste them, with the personal data and its look-alikes marked.

    python benchmarks/pii_holdout7/make.py --out F.jsonl --n 1000 --seed 7

One JSON object a line: id, lang, layout, text, spans (must be redacted), lookalikes (must be kept).
Deterministic for a seed. Counts per kind go to stderr.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h7_layouts  # noqa: E402

# About half English; the rest spread over European languages.
LANG_WEIGHTS = (
    ("en", 50),
    ("de", 8),
    ("fr", 8),
    ("es", 7),
    ("nl", 5),
    ("it", 6),
    ("pt", 4),
    ("pl", 5),
    ("sv", 3),
    ("da", 2),
    ("fi", 2),
)


def message(rng: random.Random, index: int) -> dict[str, object]:
    langs, weights = zip(*LANG_WEIGHTS, strict=True)
    lang = rng.choices(langs, weights)[0]
    layout, write = h7_layouts.LAYOUTS[rng.randrange(len(h7_layouts.LAYOUTS))]
    doc = h7_layouts.Doc()
    write(rng, lang, doc)
    return {
        "id": f"h7-{index:05d}",
        "lang": lang,
        "layout": layout,
        "text": doc.text,
        "spans": doc.spans,
        "lookalikes": doc.lookalikes,
    }


def corpus(n: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    return [message(rng, i) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    rows = corpus(args.n, args.seed)
    try:
        with args.out.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as exc:
        print(f"cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 1
    counts: collections.Counter[str] = collections.Counter()
    for row in rows:
        for span in row["spans"]:  # type: ignore[attr-defined]
            counts[span["kind"]] += 1
        for look in row["lookalikes"]:  # type: ignore[attr-defined]
            counts["~" + look["kind"]] += 1
    spans = sum(c for k, c in counts.items() if not k.startswith("~"))
    looks = sum(c for k, c in counts.items() if k.startswith("~"))
    print(f"messages {len(rows)}  spans {spans}  lookalikes {looks}", file=sys.stderr)
    for kind, count in sorted(counts.items()):
        print(f"  {kind:22s} {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
