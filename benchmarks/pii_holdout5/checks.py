"""Check a PII hold-out 5 file: record shape, exact offsets, and each labelled value by its kind's
own rule (libphonenumber for phones, python-stdnum for ids, IBANs and cards). Prints one line per
problem (message id, kind, offsets: never the text) and exits non-zero if there is any.

    python benchmarks/pii_holdout5/checks.py holdout5.jsonl
"""

from __future__ import annotations

import importlib
import ipaddress
import json
import re
import sys
from collections import Counter

import phonenumbers
from stdnum import iban, luhn

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
ID_MODULES = (
    "us.ssn",
    "gb.nhs",
    "ie.pps",
    "de.idnr",
    "at.vnr",
    "ch.ssn",
    "fr.nir",
    "be.nn",
    "nl.bsn",
    "es.dni",
    "es.nie",
    "it.codicefiscale",
    "pt.nif",
    "br.cpf",
    "pl.pesel",
    "se.personnummer",
    "no.fodselsnummer",
    "dk.cpr",
    "fi.hetu",
    "in_.aadhaar",
    "in_.pan",
    "cn.ric",
    "jp.in_",
    "kr.rrn",
    "vn.mst",
    "tr.tckimlik",
    "mx.curp",
    "ar.dni",
    "ca.sin",
    "au.tfn",
)
REGIONS = (
    "US",
    "GB",
    "IE",
    "DE",
    "AT",
    "CH",
    "FR",
    "BE",
    "NL",
    "ES",
    "IT",
    "PT",
    "BR",
    "PL",
    "SE",
    "NO",
    "DK",
    "FI",
    "IN",
    "CN",
    "JP",
    "KR",
    "VN",
    "TR",
    "NG",
    "AE",
    "MX",
    "AR",
    "CA",
    "AU",
)
_ID_MODS = [importlib.import_module(f"stdnum.{m}") for m in ID_MODULES]


def _phone(t: str) -> bool:
    for region in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(t, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _card(t: str) -> bool:
    d = re.sub(r"[ -]", "", t)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)


def _ip(t: str) -> bool:
    try:
        return ipaddress.ip_address(t).is_global
    except ValueError:
        return False


RULES = {
    "EMAIL": lambda t: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}", t) is not None,
    "PHONE": _phone,
    "CARD": _card,
    "IBAN": lambda t: iban.is_valid(t.replace("-", " ")),
    "NATIONAL_ID": lambda t: any(m.is_valid(t) for m in _ID_MODS),
    "IP_ADDRESS": _ip,
    "SECRET": lambda t: len(t) >= 8 and not any(c.isspace() for c in t),
    # a house number, or a house name and a street (Irish and English houses often have no number)
    "ADDRESS": lambda t: (
        any(c.isalpha() for c in t) and (any(c.isdigit() for c in t) or len(t.split()) >= 3)
    ),
    "PERSON": lambda t: (
        any(c.isalpha() for c in t) and not any(c.isdigit() for c in t) and len(t) <= 60
    ),
    "DATE_OF_BIRTH": lambda t: re.search(r"\d", t) is not None and len(t) <= 30,
}


def problems(rec: dict) -> list[str]:
    rid = rec.get("id", "?")
    missing = {"id", "lang", "layout", "text", "spans", "lookalikes"} - set(rec)
    if missing:
        return [f"{rid}: missing fields {sorted(missing)}"]
    text, out = rec["text"], []
    labelled = [(s, "span") for s in rec["spans"]] + [(s, "lookalike") for s in rec["lookalikes"]]
    for s, role in labelled:
        start, end, kind = s["start"], s["end"], s["kind"]
        where = f"{rid}: {role} {kind} [{start}:{end}]"
        if not (0 <= start < end <= len(text)):
            out.append(f"{where} out of the text")
            continue
        value = text[start:end]
        if value != value.strip():
            out.append(f"{where} starts or ends with white space")
        if role == "span" and kind not in KINDS:
            out.append(f"{where} is not a scored kind")
        elif role == "span" and not RULES[kind](value):
            out.append(f"{where} fails the rule of its kind")
    ordered = sorted((s["start"], s["end"]) for s, _ in labelled)
    for (_, prev_end), (start, _) in zip(ordered, ordered[1:], strict=False):
        if start < prev_end:
            out.append(f"{rid}: labels overlap at [{start}:{prev_end}]")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: checks.py FILE.jsonl", file=sys.stderr)
        return 2
    try:
        with open(argv[0], encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError as e:
        print(f"cannot read {argv[0]}: {e.strerror}", file=sys.stderr)
        return 2
    bad, ids, spans, looks = [], Counter(), Counter(), Counter()
    for n, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except ValueError:
            bad.append(f"line {n}: not JSON")
            continue
        ids[rec.get("id")] += 1
        bad += problems(rec)
        spans.update(s["kind"] for s in rec.get("spans", []))
        looks.update(s["kind"] for s in rec.get("lookalikes", []))
    bad += [f"{i}: id used {c} times" for i, c in ids.items() if c > 1]
    for line in bad:
        print(line)
    print(
        f"{len(lines)} messages, {sum(spans.values())} spans, {sum(looks.values())} look-alikes, {len(bad)} problems"
    )
    print("spans: " + ", ".join(f"{k} {v}" for k, v in sorted(spans.items())))
    print("look-alikes: " + ", ".join(f"{k} {v}" for k, v in sorted(looks.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
