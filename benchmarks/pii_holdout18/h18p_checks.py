"""Each written value checked again before its record is written, by the standard it claims."""

from __future__ import annotations

import ipaddress
import re

import h18p_numbers as num
import phonenumbers
from stdnum import iban, luhn

_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def values(
    text: str, country: str, spans: list[dict[str, object]], looks: list[dict[str, object]]
) -> None:
    """Raise if a planted value does not hold by its rule, or a twin passes it."""
    for m in spans + looks:
        kind = str(m["kind"])
        v = text[int(m["start"]) : int(m["end"])]  # type: ignore[call-overload]
        if not _ok(kind, v, country):
            raise ValueError(f"{kind} value fails its rule: {v!r}")


def _ok(kind: str, v: str, country: str) -> bool:
    if kind == "CARD":
        d = _digits(v)
        return len(d) in (15, 16) and luhn.is_valid(d)
    if kind == "CARD_BAD_LUHN":
        d = _digits(v)
        return len(d) in (15, 16) and not luhn.is_valid(d)
    if kind in ("IBAN", "COMPANY_IBAN"):
        return iban.is_valid(v)
    if kind == "IBAN_BAD_CHECK":
        return not iban.is_valid(v)
    if kind == "NATIONAL_ID":
        return num.VALIDATOR_OF[num.ID_SCHEME[country]](v)
    if kind == "ID_BAD_CHECK":
        return not any(f(v) for f in num.VALIDATORS)
    if kind in ("PHONE", "HOTLINE"):
        try:
            p = phonenumbers.parse(v, country)
        except phonenumbers.NumberParseException:
            return False
        if not phonenumbers.is_valid_number_for_region(p, country):
            return False
        is_free = phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.TOLL_FREE
        return is_free if kind == "HOTLINE" else not is_free
    if kind in ("EMAIL", "ROLE_EMAIL"):
        return bool(_EMAIL.match(v))
    if kind in ("IP_ADDRESS", "PRIVATE_IP", "DOC_IP"):
        try:
            a = ipaddress.ip_address(v)
        except ValueError:
            return False
        doc = any(
            a in ipaddress.ip_network(n)
            for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
        )
        if kind == "DOC_IP":
            return doc
        if kind == "PRIVATE_IP":
            return a.is_private and not doc
        return a.is_global and not doc
    return True
