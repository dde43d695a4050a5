"""PII hold-out 13: chat messages pasted into an AI assistant, to judge the redactor (issue 11).

    python benchmarks/pii_holdout13/make.py --out F.jsonl --n 1000 --seed 13 [--stats]

Never tune on it: see README.md. One JSON record a line: {id, lang, country, layout, text,
spans: [{kind, start, end}], lookalikes: [{kind, start, end}]}.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import h13_layouts as L  # noqa: E402 - the generator's own modules, found from its folder
import h13_phrases as W  # noqa: E402
from h13_doc import Ctx, Doc, check  # noqa: E402

# Layouts by how often they are pasted; every language the same share.
LAYOUT_WEIGHTS = {
    "prose": 9, "email": 9, "letter": 5, "chat_transcript": 6, "form": 7, "json": 8, "yaml": 4, "xml": 4,
    "env_file": 4, "sql_insert": 6, "sql_result": 5, "csv_sheet": 7, "markdown_table": 5, "app_log": 7,
    "http_request": 5, "code": 5,
}  # fmt: skip
HUMAN = {"prose", "email", "letter", "chat_transcript"}


def message(seed: int, i: int) -> dict:
    rng = random.Random(f"pii13:{seed}:{i}")
    lang = W.LANGS[i % len(W.LANGS)] if rng.random() < 0.5 else rng.choice(W.LANGS)
    cs = W.COUNTRIES[lang]
    country = rng.choices([c for c, _ in cs], [w for _, w in cs])[0]
    layout = rng.choices(list(LAYOUT_WEIGHTS), list(LAYOUT_WEIGHTS.values()))[0]
    what_key, fn = L.LAYOUTS[layout]
    ctx = Ctx(rng, lang, country)
    doc = Doc()
    ask = rng.choice(W.ASK[lang]).replace("{WHAT}", W.WHAT[lang][what_key])
    where = rng.random()
    raw = layout not in HUMAN
    if raw and rng.random() < 0.75:
        note = rng.sample(W.LOOKS[lang], rng.randint(1, 2))
        ask = " ".join([ask if ask[-1] in ".?!:" else ask + "?", *note])
    if where < 0.65:
        ctx.fill(doc, ask)
        doc.add("\n\n" if raw or rng.random() < 0.5 else "\n---\n")
        if raw and rng.random() < 0.4:
            doc.add("```\n")
            fn(ctx, doc)
            doc.add("```\n")
        else:
            fn(ctx, doc)
    else:
        fn(ctx, doc)
        if where < 0.85:
            ctx.fill(doc.add("\n"), ask).add("\n")
    rec = {
        "id": f"h13-{seed}-{i:05d}",
        "lang": lang,
        "country": country,
        "layout": layout,
        "text": doc.text(),
        "spans": doc.spans,
        "lookalikes": doc.looks,
    }
    check(rec)
    return rec


def stats(recs: list[dict]) -> str:
    def line(title: str, c: Counter) -> str:
        return f"{title} {sum(c.values())}: " + ", ".join(f"{k} {v}" for k, v in c.most_common())

    return "\n".join([
        line("Messages", Counter(r["layout"] for r in recs)),
        line("Languages", Counter(r["lang"] for r in recs)),
        line("Countries", Counter(r["country"] for r in recs)),
        line("Spans", Counter(s["kind"] for r in recs for s in r["spans"])),
        line("Look-alikes", Counter(s["kind"] for r in recs for s in r["lookalikes"])),
        line("Spans by layout", Counter(r["layout"] for r in recs for _ in r["spans"])),
        line("Spans by language", Counter(r["lang"] for r in recs for _ in r["spans"])),
        line("Look-alikes by language", Counter(r["lang"] for r in recs for _ in r["lookalikes"])),
    ])  # fmt: skip


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """One line, exit 2, no usage block."""
        print(f"make.py: {message}", file=sys.stderr)
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    ap = Parser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--n", type=int, default=1000, help="number of messages")
    ap.add_argument("--seed", type=int, default=13, help="seed; same seed, same bytes")
    ap.add_argument(
        "--stats", action="store_true", help="print counts per layout, language and kind"
    )
    a = ap.parse_args(argv)
    if a.n < 1:
        ap.error("--n must be a positive number of messages")
    recs = [message(a.seed, i) for i in range(a.n)]
    try:
        with open(a.out, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    except OSError as e:
        ap.error(f"cannot write {a.out}: {e.strerror}")
    if a.stats:
        print(stats(recs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
