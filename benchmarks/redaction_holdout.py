"""Independent hold-out corpus for judging a PII redactor: messages as people paste them into a
chatbot, in five languages and many layouts, with the secrets that must be redacted and the
look-alikes that must be kept labelled by offset. Written without reading the redactor or its
own corpus, and kept out of tuning (see redaction_holdout.md).

    python benchmarks/redaction_holdout.py --out /tmp/holdout.jsonl [--n 1000] [--seed 11] [--stats]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from pii_holdout.builder import Doc
from pii_holdout.context import Ctx
from pii_holdout.layouts_code import LAYOUTS as CODE_LAYOUTS
from pii_holdout.layouts_data import LAYOUTS as DATA_LAYOUTS
from pii_holdout.layouts_text import LAYOUTS as TEXT_LAYOUTS
from pii_holdout.people import PersonaFactory

LANGS = ("en", "de", "fr", "es", "nl")
LAYOUTS = {**TEXT_LAYOUTS, **DATA_LAYOUTS, **CODE_LAYOUTS}
# How often each layout appears: prose and e-mail dominate real chats, machine text follows.
WEIGHTS = {
    "prose": 17, "email": 12, "form": 9, "chat": 5, "vcard": 2, "markdown_table": 4,
    "json": 8, "xml": 2, "yaml": 5, "env": 5, "sql_insert": 5, "sql_result": 4, "csv": 4,
    "access_log": 5, "app_log": 7, "code": 5, "stack_trace": 4, "http_request": 3,
}  # fmt: skip


def generate(n: int, seed: int) -> list[dict]:
    """n labelled messages, the same for the same (n, seed) and Faker version."""
    rng = random.Random(seed)
    factory = PersonaFactory(random.Random(seed * 7919 + 1))
    names = list(WEIGHTS)
    out = []
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        layout = rng.choices(names, weights=[WEIGHTS[k] for k in names])[0]
        factory.rng = random.Random(rng.getrandbits(64))
        ctx = Ctx(rng=factory.rng, lang=lang, factory=factory)
        doc = Doc()
        LAYOUTS[layout](ctx, doc)
        doc.check()
        _no_overlap(doc, i)
        out.append({"id": f"holdout-{seed}-{i:05d}", "lang": lang, "layout": layout, "text": doc.text,
                    "spans": doc.spans, "lookalikes": doc.lookalikes})  # fmt: skip
    return out


def _no_overlap(doc: Doc, i: int) -> None:
    marks = sorted((s["start"], s["end"]) for s in doc.spans + doc.lookalikes)
    for (a0, a1), (b0, b1) in zip(marks, marks[1:], strict=False):
        if b0 < a1:
            raise AssertionError(f"message {i}: labelled ranges {a0}:{a1} and {b0}:{b1} overlap")


def stats(rows: list[dict]) -> str:
    """Markdown tables of counts per kind, language, layout and look-alike kind."""
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    looks = Counter(s["kind"] for r in rows for s in r["lookalikes"])
    by_lang = {lang: Counter() for lang in LANGS}
    by_layout: dict[str, Counter] = {}
    for r in rows:
        for c in (by_lang[r["lang"]], by_layout.setdefault(r["layout"], Counter())):
            c["messages"] += 1
            c["spans"] += len(r["spans"])
            c["lookalikes"] += len(r["lookalikes"])
    lines = [
        f"messages {len(rows)}, spans {sum(kinds.values())}, look-alikes {sum(looks.values())}",
        "",
    ]
    lines += (
        ["| kind | spans |", "|---|---:|"]
        + [f"| {k} | {v} |" for k, v in sorted(kinds.items())]
        + [""]
    )
    lines += ["| lang | messages | spans | look-alikes |", "|---|---:|---:|---:|"]
    lines += [
        f"| {k} | {c['messages']} | {c['spans']} | {c['lookalikes']} |" for k, c in by_lang.items()
    ] + [""]
    lines += ["| layout | messages | spans | look-alikes |", "|---|---:|---:|---:|"]
    lines += [
        f"| {k} | {c['messages']} | {c['spans']} | {c['lookalikes']} |"
        for k, c in sorted(by_layout.items())
    ] + [""]
    lines += ["| look-alike kind | count |", "|---|---:|"] + [
        f"| {k} | {v} |" for k, v in looks.most_common()
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path, help="JSON-lines file to write")
    ap.add_argument("--n", type=int, default=1000, help="number of messages (default 1000)")
    ap.add_argument("--seed", type=int, default=11, help="random seed (default 11)")
    ap.add_argument(
        "--stats", action="store_true", help="print per kind/lang/layout counts as Markdown"
    )
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")
    if not args.out.parent.is_dir():
        ap.error(f"folder {args.out.parent} does not exist; create it or choose another --out")
    rows = generate(args.n, args.seed)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_spans = sum(len(r["spans"]) for r in rows)
    n_looks = sum(len(r["lookalikes"]) for r in rows)
    print(f"wrote {len(rows)} messages, {n_spans} spans, {n_looks} look-alikes to {args.out}")
    if args.stats:
        print(stats(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
