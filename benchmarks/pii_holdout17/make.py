"""PII hold-out 17: a labelled corpus that judges consentry's redactor once per finished version.

Written without reading the redactor; see README.md. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h17p_case as case  # noqa: E402
import h17p_words as words  # noqa: E402
from h17p_layouts import LAYOUTS  # noqa: E402

LANGS = tuple(words.LANG_COUNTRIES)


def _famous(doc: case.Doc, rng: random.Random, lang: str, country: str, domain: str) -> None:
    """A public figure in their public role, with the published birth date (both kept)."""
    name, born = rng.choice(words.FAMOUS[lang])
    head, mid = words.FAMOUS_LINE[lang]
    doc.add("\n" + head.format(domain=domain.split("_")[0]))
    doc.add(name, "FAMOUS_PERSON", False)
    doc.add(mid)
    doc.add(words.date_text(rng, lang, country, born), "FAMOUS_BIRTH_DATE", False)
    doc.add(".")


def message(seed: str, index: int) -> dict[str, object]:
    """Message `index`: its language is fixed by the index (a fifth each), the rest drawn."""
    rng = random.Random(f"{seed}:{index}")
    lang = LANGS[index % len(LANGS)]
    country = rng.choice(words.LANG_COUNTRIES[lang])
    domain = rng.choice(words.DOMAINS)
    layout = rng.choice(sorted(LAYOUTS))
    main, other, kept = case.build(rng, lang, country, domain)
    doc = case.Doc()
    doc.add(rng.choice(words.REQUESTS[lang]).format(d=domain.replace("_", " ")) + "\n\n")
    LAYOUTS[layout](doc, rng, lang, main, other, kept)
    if rng.random() < 0.3:
        _famous(doc, rng, lang, country, domain)
    record = {
        "id": f"h17-{seed}-{index:05d}", "lang": lang, "country": country, "layout": layout, "domain": domain,
        "text": doc.text.rstrip(), "spans": doc.spans, "lookalikes": doc.looks,
    }  # fmt: skip
    check(record)
    return record


def check(record: dict[str, object]) -> None:
    """Refuse a record with an empty, padded, out-of-range or overlapping mark."""
    text = str(record["text"])
    marks = sorted(
        list(record["spans"]) + list(record["lookalikes"]), key=lambda m: (m["start"], m["end"])
    )
    last = 0
    for m in marks:
        piece = text[m["start"] : m["end"]]
        if not piece or piece != piece.strip() or m["end"] > len(text) or m["start"] < last:
            raise ValueError(f"bad mark {m['kind']} in {record['id']}")
        last = m["end"]


def stats(records: list[dict[str, object]]) -> str:
    """Counts per language, country, layout, domain and mark kind."""
    out = []
    for key in ("lang", "country", "layout", "domain"):
        out.append(
            f"{key}: "
            + ", ".join(f"{k} {v}" for k, v in Counter(str(r[key]) for r in records).most_common())
        )
    for key in ("spans", "lookalikes"):
        c = Counter(m["kind"] for r in records for m in r[key])  # type: ignore[attr-defined]
        out.append(f"{key} {sum(c.values())}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    return "\n".join(out)


def _parse(argv: list[str]) -> argparse.Namespace:
    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # type: ignore[override]
            print(f"error: {message}", file=sys.stderr)
            raise SystemExit(2)

    parser = _Parser(description="Write PII hold-out 17 as JSON lines.")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--n", required=True, type=int)
    parser.add_argument("--seed", required=True)
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    if not args.out.parent.is_dir():
        parser.error(f"the folder of --out does not exist: {args.out.parent}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    records = [message(str(args.seed), i) for i in range(args.n)]
    with args.out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.stats:
        print(stats(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
