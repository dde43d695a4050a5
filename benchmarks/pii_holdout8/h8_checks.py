"""Check-digit and numbering-plan rules, written from the schemes' public descriptions.

The generator asserts every planted value against these before a line is written, and the tests
run them again on the written file; look-alike twins are asserted to fail them.
"""

from __future__ import annotations

import re
from typing import Any

SPOKEN_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


def digits(text: str) -> str:
    """The digits of a value, reading spoken digits ("oh seven seven ...") as well."""
    words = re.findall(r"[a-z]+|\d", text.lower())
    out = []
    for i, word in enumerate(words):
        if word.isdigit():
            out.append(word)
        elif word in SPOKEN_DIGITS:
            out.append(SPOKEN_DIGITS[word])
        elif word in ("double", "triple") and i + 1 < len(words) and words[i + 1] in SPOKEN_DIGITS:
            out.append(SPOKEN_DIGITS[words[i + 1]] * (1 if word == "double" else 2))
    return "".join(out)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    return next(d for d in "0123456789" if luhn_ok(partial + d))


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    lengths = {"BR": 29, "CZ": 24, "GR": 27, "RO": 24, "TR": 26}
    if lengths.get(compact[:2]) != len(compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _mod11_weighted(body: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11


def cpf_ok(value: str) -> bool:
    d = digits(value)
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        r = _mod11_weighted(d[:n], list(range(n + 1, 1, -1)))
        if int(d[n]) != (0 if r < 2 else 11 - r):
            return False
    return True


def cnpj_ok(value: str) -> bool:
    d = digits(value)
    if len(d) != 14:
        return False
    for n in (12, 13):
        weights = [(i % 8) + 2 for i in range(n)][::-1]
        r = _mod11_weighted(d[:n], weights)
        if int(d[n]) != (0 if r < 2 else 11 - r):
            return False
    return True


def rodne_cislo_ok(value: str) -> bool:
    """Czech/Slovak birth number from 1954 on: YYMMDD/XXXX, the ten digits divisible by 11."""
    d = digits(value)
    if len(d) != 10:
        return False
    month = int(d[2:4]) % 50
    if not (1 <= month <= 12 and 1 <= int(d[4:6]) <= 31):
        return False
    return int(d) % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")


def cnp_ok(value: str) -> bool:
    d = digits(value)
    if len(d) != 13 or d[0] not in "12345678":
        return False
    r = _mod11_weighted(d[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])
    return int(d[12]) == (1 if r == 10 else r)


def tckn_ok(value: str) -> bool:
    d = [int(c) for c in digits(value)]
    if len(d) != 11 or d[0] == 0:
        return False
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == tenth and d[10] == sum(d[:10]) % 10


def amka_ok(value: str) -> bool:
    d = digits(value)
    return len(d) == 11 and 1 <= int(d[:2]) <= 31 and 1 <= int(d[2:4]) <= 12 and luhn_ok(d)


def nik_ok(value: str) -> bool:
    """Indonesian NIK: region (6), DDMMYY with 40 added to the day for women, serial (4)."""
    d = digits(value)
    if len(d) != 16 or not 11 <= int(d[:2]) <= 94:
        return False
    day = int(d[6:8]) % 40
    return 1 <= day <= 31 and 1 <= int(d[8:10]) <= 12 and d[12:] != "0000"


def sss_ok(value: str) -> bool:
    """Philippine SSS number: ten digits written 2-7-1 (no public check digit)."""
    return re.fullmatch(r"\d{2}-\d{7}-\d", value) is not None


def kenya_id_ok(value: str) -> bool:
    """Kenyan national id: seven or eight digits (no check digit)."""
    return re.fullmatch(r"[1-3]\d{6,7}", value) is not None


NATIONAL_ID_RULES = {
    "BR": cpf_ok, "CZ": rodne_cislo_ok, "GR": amka_ok, "RO": cnp_ok, "TR": tckn_ok,
    "ID": nik_ok, "PH": sss_ok, "KE": kenya_id_ok,
}  # fmt: skip

PHONE_PLANS = {
    # country code, national significant number patterns (mobile first)
    "BR": ("55", r"(11|21|31|41|51|61|71|81|85|91|19|27|48)(9\d{8}|[2-5]\d{7})"),
    "CZ": ("420", r"(60[1-8]|7[2379]\d|2\d\d)\d{6}"),
    "GR": ("30", r"(69[0-9]\d{7}|21\d{8}|231\d{7})"),
    "RO": ("40", r"(7[2-9]\d{7}|21\d{7})"),
    "TR": ("90", r"(5[0-5]\d{8}|(212|216|312|232)\d{7})"),
    "ID": ("62", r"(8[1-5]\d{7,10}|21\d{7,8})"),
    "PH": ("63", r"(9[0-9]{9}|2\d{8})"),
    "KE": ("254", r"(7\d{8}|1[01]\d{7}|20\d{7})"),
    "GB": ("44", r"(7[1-9]\d{8}|20\d{8})"),
    "US": ("1", r"[2-9]\d\d[2-9]\d{6}"),
}


def phone_ok(country: str, value: str) -> bool:
    """The number fits the country's plan, written nationally (trunk 0 or none) or with +CC/00CC."""
    code, pattern = PHONE_PLANS[country]
    d = digits(value)
    intl = value.lstrip().startswith(("+", "00")) or value.lower().startswith("plus")
    if intl:
        d = d[2:] if d.startswith("00") else d
        if not d.startswith(code):
            return False
        d = d[len(code) :]
    elif d.startswith("1" if country == "US" else "0"):  # trunk prefix; no plan's number starts so
        d = d[1:]
    return re.fullmatch(pattern, d) is not None


def value_problem(kind: str, value: str, country: str) -> str | None:
    """Why a planted value breaks its kind's rule, or None; only kinds with a rule are checked."""
    compact = value.replace(" ", "").replace("-", "")
    if kind == "CARD" and not (compact.isdigit() and luhn_ok(compact)):
        return "card fails Luhn"
    if kind == "IBAN" and not iban_ok(value):
        return "IBAN fails mod 97"
    if kind == "NATIONAL_ID" and not NATIONAL_ID_RULES[country](value):
        return "national id fails its rule"
    if kind == "PHONE" and not phone_ok(country, value):
        return "phone outside the numbering plan"
    if kind == "EMAIL" and not re.fullmatch(
        r"[\w.+-]+@[\w-]+(\.[\w-]+)+|[a-z]+ \w+ [a-z']+ at [a-z]+ dot com", value
    ):
        return "e-mail shape"
    return None


def record_problem(record: dict[str, Any]) -> str | None:
    """Offsets inside the text, no white space at a mark's ends, no overlaps, spans valid by kind."""
    text = str(record["text"])
    marks = sorted(
        [
            (m["start"], m["end"], m["kind"], key)
            for key in ("spans", "lookalikes")
            for m in record[key]
        ]
    )
    for (s1, e1, _, _), (s2, _, _, _) in zip(marks, marks[1:], strict=False):
        if s2 < e1:
            return f"overlap at {s1}"
    for start, end, kind, key in marks:
        value = text[start:end]
        if not 0 <= start < end <= len(text) or value != value.strip():
            return f"bad offsets at {start}"
        if key == "spans":
            problem = value_problem(kind, value, str(record["country"]))
            if problem:
                return problem
    return None
