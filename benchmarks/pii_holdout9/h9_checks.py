"""Check digits and numbering plans, coded from the schemes' public descriptions.

Used to make planted values valid, to break twins on purpose, and to check each record before it is
written. Standard library only.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re

# ---------------------------------------------------------------- generic rules


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) over a digit string, check digit last."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    """The digit that makes body + digit Luhn-valid."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError(body)


def iban_ok(text: str) -> bool:
    """ISO 13616: length per country and mod 97 == 1 after moving the first four characters."""
    s = re.sub(r"[\s-]", "", text).upper()
    if len(s) != IBAN_LEN.get(s[:2], -1) or not s[2:4].isdigit() or not s[4:].isalnum():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_from_bban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


IBAN_LEN = {"HU": 28, "EE": 20, "LT": 20, "HR": 21}

CARD_BRANDS = {
    "visa": (("4",), 16),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2720", "2500"), 16),
    "amex": (("34", "37"), 15),
    "unionpay": (("62",), 16),
    "jcb": (("3528", "3540", "3566", "3589"), 16),
}


def card_ok(text: str) -> bool:
    digits = re.sub(r"[\s-]", "", text)
    if not digits.isdigit() or not luhn_ok(digits):
        return False
    for prefixes, length in CARD_BRANDS.values():
        if len(digits) == length and any(digits.startswith(p) for p in prefixes):
            return True
    return False


EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


def email_ok(text: str) -> bool:
    return bool(EMAIL_RE.match(text))


def ip_ok(text: str) -> bool:
    try:
        return ipaddress.ip_address(text).is_global
    except ValueError:
        return False


# ---------------------------------------------------------------- national ids


def _date_ok(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def taj_digit(body8: str) -> str:
    """Hungarian TAJ: odd positions x3, even positions x7, sum mod 10."""
    return str(sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body8)) % 10)


def hu_taj_ok(text: str) -> bool:
    s = re.sub(r"[\s-]", "", text)
    return len(s) == 9 and s.isdigit() and taj_digit(s[:8]) == s[8]


HU_TAX_EPOCH = dt.date(1867, 1, 1)


def hu_tax_digit(body9: str) -> str | None:
    """Hungarian adóazonosító jel: sum of digit x position (1..9) mod 11; 10 is never issued."""
    r = sum(int(c) * (i + 1) for i, c in enumerate(body9)) % 11
    return None if r == 10 else str(r)


def hu_tax_ok(text: str) -> bool:
    s = re.sub(r"\s", "", text)
    if len(s) != 10 or not s.isdigit() or s[0] != "8":
        return False
    return hu_tax_digit(s[:9]) == s[9]


def hu_tax_birth(text: str) -> dt.date:
    s = re.sub(r"\s", "", text)
    return HU_TAX_EPOCH + dt.timedelta(days=int(s[1:6]))


def za_id_ok(text: str) -> bool:
    """South African id: YYMMDD SSSS C A Z, Z by Luhn over all 13 digits, C 0 or 1."""
    s = re.sub(r"\s", "", text)
    if len(s) != 13 or not s.isdigit() or s[10] not in "01":
        return False
    y = int(s[:2])
    ok_date = _date_ok(1900 + y, int(s[2:4]), int(s[4:6])) or _date_ok(
        2000 + y, int(s[2:4]), int(s[4:6])
    )
    return ok_date and luhn_ok(s)


def baltic_digit(body10: str) -> str:
    """Estonian isikukood / Lithuanian asmens kodas: two weight rounds mod 11, 10 becomes 0."""
    w1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
    w2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
    r = sum(int(c) * w for c, w in zip(body10, w1, strict=True)) % 11
    if r == 10:
        r = sum(int(c) * w for c, w in zip(body10, w2, strict=True)) % 11
        if r == 10:
            r = 0
    return str(r)


def baltic_ok(text: str) -> bool:
    s = text.strip()
    if len(s) != 11 or not s.isdigit() or s[0] not in "3456":
        return False
    century = 1900 if s[0] in "34" else 2000
    if not _date_ok(century + int(s[1:3]), int(s[3:5]), int(s[5:7])):
        return False
    return baltic_digit(s[:10]) == s[10]


def oib_digit(body10: str) -> str:
    """Croatian OIB: ISO 7064 MOD 11,10."""
    a = 10
    for c in body10:
        a = (a + int(c)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    check = 11 - a
    return "0" if check == 10 else str(check)


def oib_ok(text: str) -> bool:
    s = text.strip()
    return len(s) == 11 and s.isdigit() and oib_digit(s[:10]) == s[10]


MY_STATE_CODES = tuple(f"{i:02d}" for i in range(1, 17))


def my_nric_ok(text: str) -> bool:
    """MyKad number YYMMDD-PB-###G: a real date and a state-of-birth code; no check digit."""
    s = re.sub(r"[\s-]", "", text)
    if len(s) != 12 or not s.isdigit() or s[6:8] not in MY_STATE_CODES:
        return False
    y, m, d = int(s[:2]), int(s[2:4]), int(s[4:6])
    return _date_ok(1900 + y, m, d) or _date_ok(2000 + y, m, d)


VN_PROVINCES = ("001", "031", "036", "038", "040", "046", "048", "075", "079", "092")


def vn_cccd_ok(text: str) -> bool:
    """Vietnamese CCCD: province code, century-and-sex digit 0-3, two-digit birth year, 6 digits."""
    s = re.sub(r"\s", "", text)
    return len(s) == 12 and s.isdigit() and s[:3] in VN_PROVINCES and s[3] in "0123"


NATIONAL_ID_RULES = {
    "HU": (hu_taj_ok, hu_tax_ok),
    "ZA": (za_id_ok,),
    "EE": (baltic_ok,),
    "LT": (baltic_ok,),
    "HR": (oib_ok,),
    "MY": (my_nric_ok,),
    "VN": (vn_cccd_ok,),
}


def national_id_ok(country: str, text: str) -> bool:
    return any(rule(text) for rule in NATIONAL_ID_RULES[country])


# ---------------------------------------------------------------- phones

# country: (calling code, trunk prefix, regex of the national significant number for personal lines)
PHONE_PLANS = {
    "HU": ("36", "06", r"(?:20|30|31|50|70)\d{7}|1\d{7}|(?:22|46|52|62|72|96)\d{6}"),
    "VN": ("84", "0", r"(?:3[2-9]|7[06-9]|8[1-689]|9[0-46-8])\d{7}|2(?:4|8)\d{8}"),
    "MY": ("60", "0", r"1[02-46-9]\d{7}|11\d{8}|3\d{8}|[4-7]\d{7}"),
    "ZA": ("27", "0", r"(?:6[0-3]|7[1-46-9]|8[1-4])\d{7}|(?:11|12|21|31|41|51)\d{7}"),
    "EE": ("372", "", r"5\d{6,7}|6\d{6}|7\d{6}"),
    "LT": ("370", "8", r"6\d{7}|5\d{7}|(?:37|46)\d{6}"),
    "HR": ("385", "0", r"9[125789]\d{6,7}|1\d{6,7}|(?:21|51|31)\d{6}"),
}


def phone_nsn(country: str, text: str) -> str | None:
    """The national significant number of a written phone, or None if it is not in this country's form."""
    cc, trunk, _ = PHONE_PLANS[country]
    s = text.replace("(0)", "")
    digits = re.sub(r"[^\d+]", "", s)
    if digits.startswith("+" + cc):
        return digits[1 + len(cc) :]
    if digits.startswith("00" + cc):
        return digits[2 + len(cc) :]
    if "+" in digits:
        return None
    if trunk and digits.startswith(trunk):
        return digits[len(trunk) :]
    return digits if not trunk else None


def phone_ok(country: str, text: str) -> bool:
    if not re.fullmatch(r"[\d +()./-]+", text):
        return False
    nsn = phone_nsn(country, text)
    return nsn is not None and re.fullmatch(PHONE_PLANS[country][2], nsn) is not None


# ---------------------------------------------------------------- record check

SPAN_RULES = {"CARD", "IBAN", "NATIONAL_ID", "PHONE", "EMAIL", "IP_ADDRESS"}
TWIN_RULES = {"CARD_BAD_LUHN", "IBAN_BAD_CHECK", "ID_BAD_CHECK"}


def value_ok(kind: str, country: str, value: str) -> bool:
    """Whether a value passes the public rule of its kind (spans) or of the kind it imitates (twins)."""
    if kind in ("CARD", "CARD_BAD_LUHN"):
        return card_ok(value) if kind == "CARD" else luhn_ok(re.sub(r"[\s-]", "", value))
    if kind in ("IBAN", "IBAN_BAD_CHECK"):
        return iban_ok(value)
    if kind in ("NATIONAL_ID", "ID_BAD_CHECK"):
        return national_id_ok(country, value)
    if kind == "PHONE":
        return phone_ok(country, value)
    if kind == "EMAIL":
        return email_ok(value)
    if kind == "IP_ADDRESS":
        return ip_ok(value)
    return True


def check_record(rec: dict) -> None:
    """Raise AssertionError when a record breaks a labelling invariant."""
    text = rec["text"]
    marks = [(m, True) for m in rec["spans"]] + [(m, False) for m in rec["lookalikes"]]
    marks.sort(key=lambda x: (x[0]["start"], x[0]["end"]))
    prev_end = -1
    for m, is_span in marks:
        a, b = m["start"], m["end"]
        assert 0 <= a < b <= len(text), (rec["id"], m)
        value = text[a:b]
        assert value == value.strip(), (rec["id"], m, value)
        assert a >= prev_end, (rec["id"], "overlap", m)
        prev_end = b
        if is_span and m["kind"] in SPAN_RULES:
            assert value_ok(m["kind"], rec["country"], value), (rec["id"], m, value)
        if not is_span and m["kind"] in TWIN_RULES:
            assert not value_ok(m["kind"], rec["country"], value), (rec["id"], m, value)
