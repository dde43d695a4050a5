"""PII hold-out 6: chat messages people paste into an assistant, with exact spans and look-alikes.

    python benchmarks/pii_holdout6/make.py --out F.jsonl --n 1000 --seed 6

Writes JSONL, one message a line: {id, lang, layout, text, spans: [{kind, start, end}],
lookalikes: [{kind, start, end}]}. Deterministic for a seed. See README.md for the conventions.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h6_layouts as text  # noqa: E402
import h6_tech as tech  # noqa: E402
from h6_doc import Ctx  # noqa: E402
from h6_phrases import COUNTRIES  # noqa: E402

# One function per layout; tables share one function with a style.
LAYOUTS = {
    "ticket": text.ticket,
    "email_thread": text.email_thread,
    "chat": text.chat,
    "form": text.form,
    "letter": text.letter,
    "invoice": text.invoice,
    "shipping_label": text.shipping_label,
    "cv": text.cv,
    "prose": text.prose,
    "order_history": text.order_history,
    "csv": lambda c: tech.table(c, "csv"),
    "csv_noheader": lambda c: tech.table(c, "csv_noheader"),
    "csv_semicolon": lambda c: tech.table(c, "semicolon"),
    "tsv": lambda c: tech.table(c, "tsv"),
    "markdown_table": lambda c: tech.table(c, "md"),
    "sql_insert": lambda c: tech.table(c, "sql"),
    "json_export": lambda c: tech.table(c, "json"),
    "nginx_log": tech.nginx_log,
    "json_log": tech.json_log,
    "app_log": tech.app_log,
    "config": tech.config,
    "code": tech.code,
    "git_log": tech.git_log,
}

LANG_WEIGHTS = {
    "en": 24,
    "de": 13,
    "fr": 10,
    "es": 9,
    "nl": 8,
    "it": 8,
    "pt": 7,
    "pl": 6,
    "sv": 5,
    "fi": 2,
    "da": 2,
    "cs": 2,
    "tr": 2,
    "no": 2,
}
LAYOUT_WEIGHTS = {
    "ticket": 12,
    "email_thread": 8,
    "chat": 6,
    "form": 7,
    "letter": 6,
    "csv": 4,
    "csv_noheader": 3,
    "csv_semicolon": 3,
    "tsv": 2,
    "markdown_table": 3,
    "sql_insert": 4,
    "json_export": 3,
    "nginx_log": 4,
    "json_log": 3,
    "app_log": 4,
    "config": 5,
    "code": 5,
    "invoice": 5,
    "shipping_label": 5,
    "cv": 4,
    "prose": 9,
    "git_log": 4,
    "order_history": 5,
}


def make(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    langs, lw = zip(*LANG_WEIGHTS.items(), strict=False)
    layouts, yw = zip(*LAYOUT_WEIGHTS.items(), strict=False)
    out = []
    for i in range(n):
        lang = rng.choices(langs, lw)[0]
        layout = rng.choices(layouts, yw)[0]
        cc = rng.choice(COUNTRIES[lang])
        doc = LAYOUTS[layout](Ctx(rng, lang, cc))
        out.append(
            {
                "id": f"h6-{seed}-{i:05d}",
                "lang": doc.lang or lang,
                "country": doc.country or cc,
                "layout": layout,
                "text": doc.text,
                "spans": doc.spans,
                "lookalikes": doc.lookalikes,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--n", type=int, default=1000, help="number of messages")
    ap.add_argument("--seed", type=int, default=6, help="random seed (same seed, same file)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")
    with open(args.out, "w", encoding="utf-8") as f:
        for rec in make(args.n, args.seed):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
