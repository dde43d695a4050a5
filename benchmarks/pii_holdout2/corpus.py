"""The corpus: n messages for a seed, each in one of five languages and one of the layouts."""

from __future__ import annotations

import random
from collections import Counter

from .ctx import Ctx
from .lang import LANGS
from .layouts import LAYOUTS

KINDS = (
    "SECRET",
    "EMAIL",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "PHONE",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "PERSON",
)


def message(i: int, seed: int, lang: str, layout: str) -> dict:
    ctx = Ctx(lang, seed * 1_000_003 + i)
    doc = LAYOUTS[layout](ctx)
    return {
        "id": f"h2-{seed}-{i:05d}",
        "lang": lang,
        "layout": layout,
        "text": doc.text,
        "spans": sorted(doc.spans, key=lambda s: s["start"]),
        "lookalikes": sorted(doc.lookalikes, key=lambda s: s["start"]),
    }


def make(n: int = 1000, seed: int = 5) -> list[dict]:
    rng = random.Random(seed)
    layouts = sorted(LAYOUTS)
    out = []
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        out.append(message(i, seed, lang, rng.choice(layouts)))
    return out


def stats(records: list[dict]) -> dict:
    return {
        "messages": len(records),
        "spans": sum(len(r["spans"]) for r in records),
        "lookalikes": sum(len(r["lookalikes"]) for r in records),
        "by_kind": dict(Counter(s["kind"] for r in records for s in r["spans"])),
        "lookalikes_by_kind": dict(Counter(s["kind"] for r in records for s in r["lookalikes"])),
        "by_lang": dict(Counter(r["lang"] for r in records)),
        "by_layout": dict(Counter(r["layout"] for r in records)),
    }
