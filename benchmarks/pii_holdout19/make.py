"""PII hold-out 19: chat messages with pasted records, planted personal data and look-alikes.

    python benchmarks/pii_holdout19/make.py --out F.jsonl --n 1000 --seed 19 [--stats]

A judge for consentry's redactor: never tune on it (see README.md). Deterministic: each message
draws from `random.Random` seeded with a string, so the bytes do not depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import NoReturn

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h19p_words as words  # noqa: E402
from h19p_case import Doc, draw_case  # noqa: E402
from h19p_layouts import LAYOUT_SETTINGS, LAYOUTS  # noqa: E402
from h19p_world import COUNTRIES, LANG_COUNTRIES  # noqa: E402

SETTINGS = tuple(words.SETTINGS)


def settings_for(layout: str) -> tuple[str, ...]:
    """Settings a layout fits: the ones whose systems speak it, or every setting."""
    return LAYOUT_SETTINGS.get(layout, SETTINGS)


def make_message(seed: int, i: int) -> dict[str, object]:
    """Message `i`: layout, setting, language and country drawn, then the paste written."""
    rng = random.Random(f"pii-holdout19:{seed}:{i}")
    layout = (
        sorted(LAYOUTS)[i % len(LAYOUTS)] if rng.random() < 0.5 else rng.choice(sorted(LAYOUTS))
    )
    setting = rng.choice(settings_for(layout))
    lang = words.LANGS[i % len(words.LANGS)]
    countries = [c for c in LANG_COUNTRIES[lang] if layout != "swift_mt103" or COUNTRIES[c].iban]
    if not countries:
        countries = list(LANG_COUNTRIES[lang])
        layout = "eml_source"
    # Switzerland is drawn by three languages: half weight keeps it near the other countries.
    cc = rng.choices(countries, weights=[0.5 if c == "CH" else 1.0 for c in countries])[0]
    case = draw_case(rng, lang, cc, setting, layout)
    doc = Doc()
    if rng.random() < 0.8:
        doc.text(rng.choice(words.REQUESTS[lang]) + "\n\n")
    fence = rng.random() < 0.35
    if fence:
        doc.text("```\n")
    LAYOUTS[layout](doc, case)
    if fence:
        doc.text("```\n")
    text = doc.result()
    record = {
        "id": f"h19p-{seed}-{i:05d}",
        "lang": lang,
        "country": cc,
        "layout": layout,
        "domain": setting,
        "text": text,
        "spans": doc.spans,
        "lookalikes": doc.lookalikes,
    }
    check(record)
    return record


def check(record: dict[str, object]) -> None:
    """Refuse a record with an empty or padded mark, or with overlapping marks."""
    text = record["text"]
    assert isinstance(text, str)
    marks = sorted(
        (m["start"], m["end"], m["kind"])  # type: ignore[index]
        for m in record["spans"] + record["lookalikes"]  # type: ignore[operator]
    )
    last_end = -1
    for start, end, kind in marks:
        piece = text[start:end]
        if not piece or piece != piece.strip():
            raise ValueError(f"bad mark {kind} in {record['id']}")
        if start < last_end:
            raise ValueError(f"overlapping marks at {kind} in {record['id']}")
        last_end = end


def stats(records: list[dict[str, object]]) -> str:
    """Counts per language, country, layout, setting and kind, as the README reports them."""
    out = []
    for name in ("lang", "country", "layout", "domain"):
        c = Counter(str(r[name]) for r in records)
        out.append(f"{name} ({len(c)}): " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    for name in ("spans", "lookalikes"):
        c = Counter(m["kind"] for r in records for m in r[name])  # type: ignore[attr-defined]
        out.append(
            f"{name} {sum(c.values())}: " + ", ".join(f"{k} {v}" for k, v in c.most_common())
        )
    return "\n".join(out)


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad input on one line (no usage block) and exits 2."""

    def error(self, message: str) -> NoReturn:
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--stats", action="store_true")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.n < 1:
        print("error: --n must be at least 1", file=sys.stderr)
        return 2
    records = [make_message(args.seed, i) for i in range(args.n)]
    try:
        with open(args.out, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 2
    if args.stats:
        print(stats(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
