"""Check digits, numbering plans and the record check of PII hold-out 10 (public scheme rules)."""

from __future__ import annotations

import re

STRUCTURED = ("CARD", "IBAN", "NATIONAL_ID", "PHONE", "EMAIL", "IP_ADDRESS")
TWIN_RULE = {"CARD_BAD_LUHN": "CARD", "IBAN_BAD_CHECK": "IBAN", "ID_BAD_CHECK": "NATIONAL_ID"}
IBAN_LENGTH = {"SK": 24, "SI": 19, "RS": 22, "BG": 22, "IS": 26}


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(stem: str) -> str:
    for c in "0123456789":
        if luhn_ok(stem + c):
            return c
    raise AssertionError(stem)


def card_ok(text: str) -> bool:
    raw = text.replace(" ", "").replace("-", "")
    if not raw.isdigit() or not luhn_ok(raw):
        return False
    if raw[0] == "4":
        return len(raw) == 16
    if raw[:2] in ("34", "37"):
        return len(raw) == 15
    return len(raw) == 16 and (51 <= int(raw[:2]) <= 55 or 2221 <= int(raw[:4]) <= 2720)


def iban_mod97(compact: str) -> int:
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97


def iban_ok(text: str) -> bool:
    raw = text.replace(" ", "").upper()
    if IBAN_LENGTH.get(raw[:2]) != len(raw) or not raw.isalnum():
        return False
    return iban_mod97(raw) == 1


def _dmy_ok(day: int, month: int, year: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    length = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return day <= length


def rodne_cislo_ok(raw: str) -> bool:
    """Slovak rodné číslo, ten digits: YYMMDD (women month + 50), serial; divisible by 11."""
    if len(raw) != 10:
        return False
    month = int(raw[2:4]) % 50
    year = 1900 + int(raw[:2]) if int(raw[:2]) >= 54 else 2000 + int(raw[:2])
    return _dmy_ok(int(raw[4:6]), month, year) and int(raw) % 11 == 0


def emso_check(raw12: str) -> int:
    """EMŠO (SI) and JMBG (RS): weights 7..2 twice, check = (11 - sum mod 11) mod 11; 10 unused."""
    total = sum(
        int(d) * w for d, w in zip(raw12, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)
    )
    return (11 - total % 11) % 11


def emso_ok(raw: str, regions: tuple[int, int]) -> bool:
    if len(raw) != 13:
        return False
    yyy = int(raw[4:7])
    year = 1000 + yyy if yyy >= 800 else 2000 + yyy
    if not _dmy_ok(int(raw[:2]), int(raw[2:4]), year):
        return False
    if not regions[0] <= int(raw[7:9]) <= regions[1]:
        return False
    return emso_check(raw[:12]) == int(raw[12])


def egn_check(raw9: str) -> int:
    total = sum(int(d) * w for d, w in zip(raw9, (2, 4, 8, 5, 10, 9, 7, 3, 6), strict=True))
    return total % 11 % 10


def egn_ok(raw: str) -> bool:
    """Bulgarian EGN: YYMMDD (month + 40 after 1999), region and serial, weighted mod 11."""
    if len(raw) != 10:
        return False
    month = int(raw[2:4])
    year = 1900 + int(raw[:2])
    if month > 40:
        month, year = month - 40, year + 100
    return _dmy_ok(int(raw[4:6]), month, year) and egn_check(raw[:9]) == int(raw[9])


def kennitala_check(raw8: str) -> int:
    total = sum(int(d) * w for d, w in zip(raw8, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    return (11 - total % 11) % 11


def kennitala_ok(raw: str) -> bool:
    """Icelandic kennitala: DDMMYY, two serial digits, check (mod 11, 10 unused), century 9/0."""
    if len(raw) != 10 or raw[9] not in "90":
        return False
    year = (1900 if raw[9] == "9" else 2000) + int(raw[4:6])
    if not _dmy_ok(int(raw[:2]), int(raw[2:4]), year):
        return False
    return kennitala_check(raw[:8]) == int(raw[8])


def national_id_ok(text: str, country: str) -> bool:
    raw = digits(text)
    if country == "SK":
        return rodne_cislo_ok(raw)
    if country == "SI":
        return emso_ok(raw, (50, 50))
    if country == "RS":
        return emso_ok(raw, (71, 99))
    if country == "BG":
        return egn_ok(raw)
    if country == "IS":
        return kennitala_ok(raw)
    return False


# Personal lines: (country code, trunk prefix, national significant number pattern).
PHONE_PLANS = {
    "SK": ("421", "0", r"9[0145]\d{7}|2\d{8}"),
    "SI": ("386", "0", r"(?:3[01]|4[01]|51|6[48]|7[01])\d{6}|1\d{7}"),
    "RS": ("381", "0", r"6[0-69]\d{6,7}|11\d{6,7}"),
    "BG": ("359", "0", r"(?:8[789]|98)\d{7}|2\d{7}"),
    "IS": ("354", "", r"[678]\d{6}|5\d{6}"),
}


def phone_ok(text: str, country: str) -> bool:
    if re.search(r"[^\d +()/.\-]", text):
        return False
    code, trunk, pattern = PHONE_PLANS[country]
    raw = digits(text)
    if text.startswith("+") or text.startswith("00"):
        raw = raw[2:] if text.startswith("00") else raw
        if not raw.startswith(code):
            return False
        nsn = raw[len(code) :]
    elif trunk:
        if not raw.startswith(trunk):
            return False
        nsn = raw[len(trunk) :]
    else:
        nsn = raw
    return re.fullmatch(pattern, nsn) is not None


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def ip_public(text: str) -> bool:
    if ":" in text:
        groups = text.split(":")
        low = text.lower()
        return 3 <= len(groups) <= 8 and not low.startswith(("fe80", "fc", "fd", "2001:db8", "::"))
    parts = text.split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 and str(int(p)) == p for p in parts):
        return False
    a, b = int(parts[0]), int(parts[1])
    private = a in (0, 10, 127) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168)
    doc = text.startswith(("192.0.2.", "198.51.100.", "203.0.113."))
    return not private and not doc and a < 224


def value_ok(kind: str, text: str, country: str) -> bool:
    if kind == "CARD":
        return card_ok(text)
    if kind == "IBAN":
        return iban_ok(text)
    if kind == "NATIONAL_ID":
        return national_id_ok(text, country)
    if kind == "PHONE":
        return phone_ok(text, country)
    if kind == "EMAIL":
        return EMAIL_RE.fullmatch(text) is not None
    if kind == "IP_ADDRESS":
        return ip_public(text)
    return True


def check_record(rec: dict) -> None:
    """Raise AssertionError if a record's marks are misplaced, overlap, or break their rule."""
    text = rec["text"]
    marks = sorted(
        [(m["start"], m["end"], m["kind"], True) for m in rec["spans"]]
        + [(m["start"], m["end"], m["kind"], False) for m in rec["lookalikes"]]
    )
    last = 0
    for start, end, kind, is_span in marks:
        piece = text[start:end]
        assert 0 <= start < end <= len(text), (rec["id"], kind)
        assert start >= last, (rec["id"], "overlap", kind, piece)
        assert piece == piece.strip(), (rec["id"], kind, piece)
        last = end
        if is_span:
            assert value_ok(kind, piece, rec["country"]), (rec["id"], kind, piece)
        elif kind in TWIN_RULE:
            assert not value_ok(TWIN_RULE[kind], piece, rec["country"]), (rec["id"], kind, piece)
