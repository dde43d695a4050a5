"""PII hold-out 14: chat messages pasted into an AI assistant, five languages, many regions.

    python benchmarks/pii_holdout14/make.py --out F.jsonl --n 1000 --seed 14 [--stats]

A judge for the redactor (issue 11): never tune on it (see README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h14_layouts import LAYOUTS, Ctx  # noqa: E402
from h14_people import COUNTRIES  # noqa: E402
from h14_values import Doc, card_valid, iban_valid, id_valid, id_valid_anywhere, phone_valid  # noqa: E402

LANGS = ["en", "de", "fr", "es", "nl"]
TWINS = {
    "CARD_BAD_LUHN": card_valid,
    "IBAN_BAD_CHECK": iban_valid,
    "ID_BAD_CHECK": id_valid_anywhere,
}


def message(seed: int, i: int) -> dict[str, object]:
    rng = random.Random(f"pii-holdout14:{seed}:{i}")
    lang = LANGS[i % 5]
    country = rng.choice(COUNTRIES[lang])
    layout = rng.choice(sorted(LAYOUTS))
    c = Ctx(rng, lang, country, Doc())
    LAYOUTS[layout](c)
    c.d.t("\n\n")  # a line the user adds after the paste: look-alikes in the language
    c.looks(rng.randrange(1, 5), ", ")
    text = c.d.text.strip("\n")
    rec = {
        "id": f"h14-{seed}-{i:05d}",
        "lang": lang,
        "country": country,
        "layout": layout,
        "text": text,
        "spans": c.d.spans,
        "lookalikes": c.d.looks,
    }
    check(rec)
    return rec


def check(rec: dict) -> None:  # type: ignore[type-arg]
    """Refuse a record whose marks are not exact, overlap, or fail (or pass, for twins) their rule."""
    text, country = rec["text"], rec["country"]
    marks = sorted([(m["start"], m["end"], m["kind"]) for m in rec["spans"] + rec["lookalikes"]])
    for (_s, e, _), (s2, _, _) in zip(marks, marks[1:], strict=False):
        if s2 < e:
            raise AssertionError(f"{rec['id']}: overlapping marks at {s2}")
    for m in rec["spans"] + rec["lookalikes"]:
        v = text[m["start"] : m["end"]]
        if not v or v != v.strip():
            raise AssertionError(f"{rec['id']}: empty or padded {m['kind']}")
    for m in rec["spans"]:
        v, k = text[m["start"] : m["end"]], m["kind"]
        ok = {
            "CARD": card_valid,
            "IBAN": iban_valid,
            "NATIONAL_ID": lambda x: id_valid(country, x),
            "PHONE": lambda x: phone_valid(x, country),
            "EMAIL": lambda x: "@" in x,
        }.get(k, lambda x: True)(v)
        if not ok:
            raise AssertionError(f"{rec['id']}: {k} fails its rule")
    for m in rec["lookalikes"]:
        v, k = text[m["start"] : m["end"]], m["kind"]
        if k in TWINS and TWINS[k](v):
            raise AssertionError(f"{rec['id']}: twin {k} passes its rule")


def stats(recs: list[dict]) -> str:  # type: ignore[type-arg]
    def line(title: str, cnt: Counter[str]) -> str:
        return f"{title} {sum(cnt.values())}: " + ", ".join(
            f"{k} {n}" for k, n in cnt.most_common()
        )

    return "\n".join(
        [
            line("Messages", Counter(r["lang"] for r in recs)).replace("Messages", "Languages"),
            line("Countries", Counter(r["country"] for r in recs)),
            line("Layouts", Counter(r["layout"] for r in recs)),
            line("Spans", Counter(m["kind"] for r in recs for m in r["spans"])),
            line("Look-alikes", Counter(m["kind"] for r in recs for m in r["lookalikes"])),
        ]
    )


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """One line on stderr and exit 2, instead of argparse's usage block."""
        self.exit(2, f"make.py: {message}\n")


def main(argv: list[str] | None = None) -> int:
    ap = _Parser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--n", type=int, default=1000, help="number of messages")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--stats", action="store_true", help="print counts per kind, language, layout")
    a = ap.parse_args(argv)
    if a.n < 1:
        print("make.py: --n must be at least 1", file=sys.stderr)
        return 2
    out = Path(a.out)
    if not out.parent.is_dir():
        print(f"make.py: no such directory: {out.parent}", file=sys.stderr)
        return 2
    recs = [message(a.seed, i) for i in range(a.n)]
    with out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.stats:
        print(stats(recs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
