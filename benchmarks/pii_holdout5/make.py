"""Build PII hold-out 5: labelled chat messages in which people paste or write personal data.

    python benchmarks/pii_holdout5/make.py --out holdout5.jsonl --n 1000 --seed 5

The same seed gives the same file byte for byte (every draw comes from random.Random seeded
with a string, which does not depend on PYTHONHASHSEED).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_holdout5"

from . import documents, prose, records  # noqa: E402
from .doc import Doc  # noqa: E402
from .persona import Persona, draw  # noqa: E402

Layout = Callable[[random.Random, Doc, list[Persona], str], None]

# name: (function, weight, languages it is written in: None = any)
LAYOUTS: dict[str, tuple[Layout, int, tuple[str, ...] | None]] = {
    "chat": (lambda r, d, ps, lang: prose.chat(r, d, ps[0], ps[-1], lang), 26, None),
    "email": (documents.email_thread, 7, None),
    "form": (documents.form, 6, None),
    "json": (records.json_record, 6, None),
    "csv": (records.csv_export, 4, None),
    "spreadsheet": (records.spreadsheet, 3, None),
    "sql": (records.sql_insert, 4, None),
    "yaml": (records.yaml_config, 3, ("en",)),
    "env": (records.env_file, 2, ("en",)),
    "app_log": (records.app_log, 4, ("en",)),
    "access_log": (records.access_log, 2, ("en",)),
    "http": (records.http_dump, 2, ("en",)),
    "git_log": (records.git_log, 2, ("en",)),
    "code": (records.code_snippet, 3, ("en",)),
    "vcard": (records.vcard, 2, None),
    "medical": (documents.medical_note, 3, ("en", "de", "fr", "es", "it", "nl")),
    "hr": (documents.hr_note, 2, ("en",)),
    "shipping": (documents.shipping_label, 4, None),
    "invoice": (documents.invoice, 4, None),
    "crm": (documents.crm_notes, 2, ("en",)),
    "support_chat": (documents.chat_transcript, 4, None),
    "whatsapp": (documents.whatsapp_export, 2, None),
    "tech": (documents.tech_question, 3, ("en",)),
    "news": (documents.news, 2, ("en",)),
}
LANG_WEIGHTS = {"en": 34, "de": 12, "fr": 10, "es": 10, "nl": 8, "it": 8, "pt": 9, "pl": 9}


def message(seed: int, i: int) -> dict:
    rng = random.Random(f"pii-holdout5:{seed}:{i}")
    names = sorted(LAYOUTS)
    layout = rng.choices(names, weights=[LAYOUTS[n][1] for n in names])[0]
    fn, _, langs = LAYOUTS[layout]
    lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    if langs is not None and lang not in langs:
        lang = "en" if "en" in langs else langs[0]
    people = [draw(rng, lang) for _ in range(rng.randint(2, 4))]
    casual = layout in ("chat", "whatsapp", "support_chat")
    case = str.lower if casual and rng.random() < 0.2 else str
    doc = Doc(rng, case=case, typos=0.25 if layout == "chat" else 0.05 if casual else 0.0)
    fn(rng, doc, people, lang)
    return {
        "id": f"h5-{seed}-{i:05d}",
        "lang": lang,
        "layout": layout,
        "text": doc.text(),
        "spans": doc.spans,
        "lookalikes": doc.lookalikes,
    }


def build(n: int, seed: int) -> list[dict]:
    return [message(seed, i) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--n", type=int, default=1000, help="number of messages")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in build(args.n, args.seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
