"""Checks every record passes before it is written: labels that a judge can trust."""

from __future__ import annotations

import re

import phonenumbers
from stdnum import iban, luhn

KINDS = {
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
}
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$")


class BadRecord(ValueError):
    pass


def validate(rec: dict) -> None:
    text = rec["text"]
    spans = sorted(rec["spans"], key=lambda s: s["start"])
    if not spans:
        raise BadRecord(f"{rec['id']}: no span")
    for s in spans:
        if s["kind"] not in KINDS:
            raise BadRecord(f"{rec['id']}: unknown kind {s['kind']}")
        if not 0 <= s["start"] < s["end"] <= len(text):
            raise BadRecord(f"{rec['id']}: span outside the text")
        value = text[s["start"] : s["end"]]
        if value != value.strip():
            raise BadRecord(f"{rec['id']}: {s['kind']} span has spaces at its ends")
        _check_value(rec, s["kind"], value)
    for a, b in zip(spans, spans[1:], strict=False):
        if b["start"] < a["end"]:
            raise BadRecord(f"{rec['id']}: spans overlap")
    for la in rec["lookalikes"]:
        if not 0 <= la["start"] < la["end"] <= len(text):
            raise BadRecord(f"{rec['id']}: look-alike outside the text")
        for s in spans:  # touching counts too: a finding that runs on by one character would hit it
            if la["start"] <= s["end"] and s["start"] <= la["end"]:
                raise BadRecord(f"{rec['id']}: look-alike {la['kind']} touches a {s['kind']} span")


def _check_value(rec: dict, kind: str, value: str) -> None:
    rid = rec["id"]
    if kind == "EMAIL" and not _EMAIL.match(value):
        raise BadRecord(f"{rid}: malformed e-mail")
    if kind == "CARD" and not luhn.is_valid(re.sub(r"[ -]", "", value)):
        raise BadRecord(f"{rid}: card fails Luhn")
    if kind == "IBAN" and not iban.is_valid(value.replace("-", "")):
        raise BadRecord(f"{rid}: invalid IBAN")
    if kind == "PHONE":
        region = rec["lang"].split("-")[1]
        num = phonenumbers.parse(value, region)
        if not phonenumbers.is_valid_number(num):
            raise BadRecord(f"{rid}: phone not valid for {region}")
