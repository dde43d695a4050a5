"""Write the fourth PII hold-out: chat messages with personal data pasted in, labelled.

    python benchmarks/pii_holdout4/make.py --out /tmp/pii-holdout4/h4.jsonl --n 1000 --seed 4 --stats

A judge, used once: never tune the redactor on it (see README.md). Each record is checked before
it is written: a span holds exactly its value, check digits are valid, spans do not overlap and
no look-alike touches a span.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import checks  # noqa: E402
from faker import Faker  # noqa: E402
from layouts import Ctx  # noqa: E402
from layouts_more import ALL as LAYOUTS  # noqa: E402
from locales import LOCALES, WEIGHTS  # noqa: E402
from values import Values  # noqa: E402

KINDS = (
    "EMAIL",
    "PHONE",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "SECRET",
    "ADDRESS",
    "PERSON",
    "DATE_OF_BIRTH",
)
_MARK = re.compile("([\x01\x04])([^\x02]*)\x02([^\x01\x03\x04]*)\x03")


def unmark(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Plain text with the offsets of every marked span and look-alike."""
    out: list[str] = []
    spans: list[dict] = []
    looks: list[dict] = []
    pos = last = 0
    for m in _MARK.finditer(marked):
        plain = marked[last : m.start()]
        out.append(plain)
        pos += len(plain)
        value = m.group(3)
        (spans if m.group(1) == "\x01" else looks).append(
            {"kind": m.group(2), "start": pos, "end": pos + len(value)}
        )
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if any(ch in text for ch in "\x01\x02\x03\x04"):
        raise ValueError("a marker was left in the text (a value nested inside another)")
    return text, spans, looks


def make(n: int, seed: int) -> list[dict]:
    codes = sorted(WEIGHTS)
    weights = [WEIGHTS[c] for c in codes]
    names = sorted(LAYOUTS)
    fakers = {c: Faker(LOCALES[c].faker) for c in codes}
    rng = random.Random(f"pii-holdout4/{seed}")
    out = []
    for i in range(n):
        code = rng.choices(codes, weights)[0]
        layout = names[i % len(names)] if i < len(names) else rng.choice(names)
        fake = fakers[code]
        fake.seed_instance(f"{seed}/{i}")
        ctx = Ctx(Values(LOCALES[code], random.Random(f"{seed}/{i}/{code}"), fake))
        marked = LAYOUTS[layout](ctx)
        if rng.random() < 0.5:
            marked += "\n" + ctx.lk.note() + "\n"
        if marked.count("```") % 2:  # the request opened a code block: close it
            marked = marked.rstrip("\n") + "\n```\n"
        text, spans, looks = unmark(marked)
        rec = {
            "id": f"h4-{seed}-{i:05d}",
            "lang": code,
            "layout": layout,
            "text": text,
            "spans": spans,
            "lookalikes": looks,
        }
        checks.validate(rec)
        out.append(rec)
    return out


def stats(records: list[dict]) -> str:
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    looks = Counter(s["kind"] for r in records for s in r["lookalikes"])
    langs = Counter(r["lang"] for r in records)
    layouts = Counter(r["layout"] for r in records)
    lines = [
        f"messages {len(records)}, spans {sum(kinds.values())}, look-alikes {sum(looks.values())}",
        "spans by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS),
        "look-alikes by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(looks.items())),
        "locales: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())),
        f"layouts ({len(layouts)}): " + ", ".join(f"{k} {v}" for k, v in sorted(layouts.items())),
    ]
    return "\n".join(lines)


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # Faker's tables must come out the same every run
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument(
        "--stats", action="store_true", help="print counts per kind, look-alike, locale and layout"
    )
    args = ap.parse_args()
    if args.n < 1:
        raise SystemExit("--n must be at least 1.")
    records = make(args.n, args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(out)
    print(f"wrote {len(records)} messages to {out}")
    if args.stats:
        print(stats(records))


if __name__ == "__main__":
    main()
