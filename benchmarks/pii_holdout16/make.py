"""PII hold-out 16: write N labelled messages (JSON lines) to judge the redactor once.

    python benchmarks/pii_holdout16/make.py --out F.jsonl --n 1000 --seed 16 [--stats]

Same seed, same bytes. Standard library, python-stdnum and phonenumbers only."""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import NoReturn, TypedDict
from urllib.parse import unquote_plus

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h16p_case as cases  # noqa: E402
import h16p_documents as documents  # noqa: E402
import h16p_layouts as layouts  # noqa: E402
import h16p_numbers as num  # noqa: E402
import h16p_words as words  # noqa: E402
import h16p_world as world  # noqa: E402
import phonenumbers  # noqa: E402
from stdnum import iban, luhn  # noqa: E402

DOMAINS = tuple(cases.SETTINGS)
LAYOUTS = {**layouts.RECORDS, **documents.DOCUMENTS}


class Mark(TypedDict):
    kind: str
    start: int
    end: int


class Record(TypedDict):
    """One line of the hold-out; `spans` must be redacted, `lookalikes` kept."""

    id: str
    lang: str
    country: str
    layout: str
    domain: str
    text: str
    spans: list[Mark]
    lookalikes: list[Mark]


class BadRecord(Exception):
    """A generated record broke a labelling rule: a bug in the generator, never in the input."""


def assemble(segs: list[cases.Seg]) -> tuple[str, list[Mark], list[Mark]]:
    """Concatenate segments; each marked segment becomes a span or a look-alike at its offsets."""
    text: list[str] = []
    spans: list[Mark] = []
    lookalikes: list[Mark] = []
    at = 0
    for piece, kind in segs:
        if kind and piece:
            (spans if kind in cases.SPAN_KINDS else lookalikes).append(
                {"kind": kind, "start": at, "end": at + len(piece)}
            )
        text.append(piece)
        at += len(piece)
    return "".join(text), spans, lookalikes


def _phone_ok(text: str, country: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, country))
    except phonenumbers.NumberParseException:
        return False


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def value_ok(kind: str, text: str, country: str) -> bool:
    """Whether a marked value keeps its rule: valid numbers valid, twins invalid, IPs in their range."""
    id_schemes = num.ID_SCHEMES.get(country, ())
    rules = {
        "CARD": lambda: 13 <= len(_digits(text)) <= 19 and luhn.is_valid(_digits(text)),
        "CARD_BAD_LUHN": lambda: not luhn.is_valid(_digits(text)),
        "IBAN": lambda: iban.is_valid(text),
        "COMPANY_IBAN": lambda: iban.is_valid(text),
        "IBAN_BAD_CHECK": lambda: not iban.is_valid(text),
        "NATIONAL_ID": lambda: any(s.is_valid(text) for s in id_schemes),
        "ID_BAD_CHECK": lambda: not any(s.is_valid(text) for s in num.CHECKED_SCHEMES + id_schemes),
        "PHONE": lambda: _phone_ok(text, country),
        "HOTLINE": lambda: _phone_ok(text, country),
        "IP_ADDRESS": lambda: ipaddress.ip_address(text).is_global,
        "PRIVATE_IP": lambda: ipaddress.ip_address(text).is_private,
    }
    return rules.get(kind, lambda: True)()


def check(record: Record) -> None:
    """Refuse a record with an empty, padded, overlapping or rule-breaking mark."""
    text = record["text"]
    marks = sorted(record["spans"] + record["lookalikes"], key=lambda m: m["start"])
    end = 0
    for m in marks:
        piece = text[m["start"] : m["end"]]
        if not piece or piece != piece.strip() or m["start"] < end:
            raise BadRecord(f"{record['id']}: bad mark {m['kind']} at {m['start']}")
        end = m["end"]
        value = unquote_plus(piece) if record["layout"] == "url_query" else piece
        if not value_ok(m["kind"], value, record["country"]):
            raise BadRecord(f"{record['id']}: {m['kind']} breaks its rule at {m['start']}")


def message(seed: int, index: int) -> Record:
    """One message, drawn from a generator seeded by the seed and its index alone."""
    rng = random.Random(f"h16p-{seed}-{index}")
    lang = words.LANGS[index % len(words.LANGS)]
    country = rng.choice(world.COUNTRIES_BY_LANG[lang])
    layout, domain = rng.choice(tuple(LAYOUTS)), rng.choice(DOMAINS)
    case = cases.build(rng, lang, country, domain, layout in layouts.MACHINE)
    request = (words.REQUESTS[domain][words.LANGS.index(lang)], None)
    body = LAYOUTS[layout](rng, case)
    segs = (
        [request, ("\n\n", None), *body] if rng.random() < 0.7 else [*body, ("\n", None), request]
    )
    text, spans, lookalikes = assemble(segs)
    record: Record = {"id": f"h16-{seed}-{index:05d}", "lang": lang, "country": country, "layout": layout, "domain": domain,
              "text": text, "spans": spans, "lookalikes": lookalikes}  # fmt: skip
    check(record)
    return record


def stats(records: list[Record]) -> str:
    """Counts per language, country, layout, domain and kind, most frequent first."""

    def line(name: str, counter: Counter[str]) -> str:
        return f"{name} {sum(counter.values())}: " + ", ".join(
            f"{k} {v}" for k, v in counter.most_common()
        )

    return "\n".join((
        line("languages", Counter(r["lang"] for r in records)),
        line("countries", Counter(r["country"] for r in records)),
        line("layouts", Counter(r["layout"] for r in records)),
        line("domains", Counter(r["domain"] for r in records)),
        line("spans", Counter(m["kind"] for r in records for m in r["spans"])),
        line("lookalikes", Counter(m["kind"] for r in records for m in r["lookalikes"])),
    ))  # fmt: skip


class _Parser(argparse.ArgumentParser):
    """Raises instead of printing usage, so a bad argument gives one `error:` line."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = _Parser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="JSON-lines file to write")
    parser.add_argument("--n", type=int, default=1000, help="number of messages (1-100000)")
    parser.add_argument("--seed", type=int, default=16, help="integer seed; same seed, same bytes")
    parser.add_argument(
        "--stats", action="store_true", help="print counts per language, layout and kind"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse(sys.argv[1:] if argv is None else argv)
    except ValueError as exc:
        print(
            f"error: {exc} (usage: make.py --out F.jsonl [--n N] [--seed S] [--stats])",
            file=sys.stderr,
        )
        return 2
    if not 1 <= args.n <= 100_000:
        print("error: --n must be between 1 and 100000", file=sys.stderr)
        return 2
    out = Path(args.out)
    if not out.parent.is_dir():
        print(
            f"error: folder {out.parent} does not exist; create it or pick another --out",
            file=sys.stderr,
        )
        return 2
    records = [message(args.seed, i) for i in range(args.n)]
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if args.stats:
        print(stats(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
