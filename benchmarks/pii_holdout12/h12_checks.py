"""Check digits, numbering plans and the record check of PII hold-out 12.

Each rule is coded from the scheme's public description (source beside it). The generator draws
values and keeps them only when these rules say so; twins are drawn until the rule fails.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import unicodedata

SPAN_KINDS = frozenset(
    {
        "PERSON",
        "ADDRESS",
        "DATE_OF_BIRTH",
        "PHONE",
        "EMAIL",
        "CARD",
        "IBAN",
        "NATIONAL_ID",
        "IP_ADDRESS",
        "SECRET",
    }
)


def ascii_digits(text: str) -> str:
    """Digits only, whatever script wrote them (fullwidth, Arabic-Indic, Persian): NFKC plus
    unicodedata.digit, as a reader of the number would do."""
    out = []
    for ch in text:
        value = unicodedata.digit(ch, None)
        if value is not None:
            out.append(str(value))
    return "".join(out)


def compact(text: str) -> str:
    """The value without separators, digits in ASCII, letters upper case."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        value = unicodedata.digit(ch, None)
        if value is not None:
            out.append(str(value))
        elif ch.isascii() and ch.isalpha():
            out.append(ch.upper())
    return "".join(out)


# --- Luhn (ISO/IEC 7812-1 annex B) ---------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError(body)


# --- Korea: resident registration number (주민등록번호), YYMMDD-SBBBBNC -------------------------
# Weights 2..9,2..5 and check (11 - sum mod 11) mod 10: Ministry of the Interior scheme as described
# in the Korean Wikipedia article "주민등록번호" (numbers issued before October 2020).
KR_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
KR_CENTURY = {"1": 1900, "2": 1900, "3": 2000, "4": 2000}


def kr_rrn_check(body12: str) -> str:
    return str((11 - sum(w * int(d) for w, d in zip(KR_WEIGHTS, body12, strict=True)) % 11) % 10)


def kr_rrn_ok(value: str) -> bool:
    d = compact(value)
    if len(d) != 13 or not d.isdigit() or d[6] not in KR_CENTURY:
        return False
    if int(d[7:9]) > 96 or not _date_ok(KR_CENTURY[d[6]] + int(d[:2]), int(d[2:4]), int(d[4:6])):
        return False
    return d[12] == kr_rrn_check(d[:12])


# --- Japan: individual number (マイナンバー), 12 digits ----------------------------------------
# Check digit: Ministry of Internal Affairs ordinance No. 85 of 2014, article 5: weights Q_n = n + 1
# (n <= 6) or n - 5 (n >= 7) over the digits P_n counted from the right; 11 - r, or 0 when r <= 1.
def jp_my_number_check(body11: str) -> str:
    total = sum(int(p) * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(body11), 1))
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def jp_my_number_ok(value: str) -> bool:
    d = compact(value)
    return len(d) == 12 and d.isdigit() and d[11] == jp_my_number_check(d[:11])


# --- China: resident identity card number (GB 11643-1999), check by ISO 7064 MOD 11-2 ------------
CN_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
# County codes (GB/T 2260) of districts that existed for the whole 1950-2010 range used here.
CN_REGIONS = {
    "110101": "北京市东城区",
    "110102": "北京市西城区",
    "110105": "北京市朝阳区",
    "110108": "北京市海淀区",
    "310101": "上海市黄浦区",
    "310104": "上海市徐汇区",
    "310110": "上海市杨浦区",
    "120101": "天津市和平区",
    "120103": "天津市河西区",
}


def cn_ric_check(body17: str) -> str:
    c = (12 - sum(w * int(d) for w, d in zip(CN_WEIGHTS, body17, strict=True)) % 11) % 11
    return "X" if c == 10 else str(c)


def cn_ric_ok(value: str) -> bool:
    d = compact(value)
    if len(d) != 18 or not d[:17].isdigit() or d[:6] not in CN_REGIONS:
        return False
    if not _date_ok(int(d[6:10]), int(d[10:12]), int(d[12:14])):
        return False
    return d[17] == cn_ric_check(d[:17])


# --- China: unified social credit code (GB 32100-2015), a company's; check mod 31 ---------------
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check(body17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


# --- Thailand: personal identification number (เลขประจำตัวประชาชน), 13 digits -----------------
# Weights 13..2 and (11 - sum mod 11) mod 10 (Department of Provincial Administration scheme, as in
# the Thai Wikipedia article). First digit 1-8 for persons; companies' 13-digit tax ids start
# with 0 and use the same check (Revenue Department).
def th_check(body12: str) -> str:
    return str((11 - sum((13 - i) * int(d) for i, d in enumerate(body12)) % 11) % 10)


def th_pin_ok(value: str) -> bool:
    d = compact(value)
    return len(d) == 13 and d.isdigit() and d[0] in "12345678" and d[12] == th_check(d[:12])


# --- United Arab Emirates: Emirates ID, 784-YYYY-NNNNNNN-C, Luhn over 15 digits -----------------
# (Federal Authority for Identity and Citizenship card layout; the year is the holder's birth year.)
def ae_eid_ok(value: str) -> bool:
    d = compact(value)
    return len(d) == 15 and d.startswith("784") and 1900 < int(d[3:7]) < 2030 and luhn_ok(d)


# --- Iran: national code (کد ملی), 10 digits ------------------------------------------------------
# Weights 10..2, r = sum mod 11, check r when r < 2 else 11 - r; codes of ten equal digits unused
# (National Organization for Civil Registration scheme, as in the Persian Wikipedia article).
def ir_check(body9: str) -> str:
    r = sum((10 - i) * int(d) for i, d in enumerate(body9)) % 11
    return str(r if r < 2 else 11 - r)


def ir_code_ok(value: str) -> bool:
    d = compact(value)
    return len(d) == 10 and d.isdigit() and len(set(d)) > 1 and d[9] == ir_check(d[:9])


ID_RULES = {
    "KR": kr_rrn_ok,
    "JP": jp_my_number_ok,
    "CN": cn_ric_ok,
    "TH": th_pin_ok,
    "AE": ae_eid_ok,
    "IR": ir_code_ok,
}


# --- IBAN (ISO 13616): mod 97 = 1; AE 23 characters, IR 26 --------------------------------------
IBAN_LENGTHS = {"AE": 23, "IR": 26}


def iban_mod97(text: str) -> int:
    moved = text[4:] + text[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97


def iban_ok(value: str) -> bool:
    d = compact(value)
    return IBAN_LENGTHS.get(d[:2]) == len(d) and d[2:].isdigit() and iban_mod97(d) == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - iban_mod97(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


# --- Phones: personal lines (mobiles and the capital's landline) of each national plan -----------
# Sources: KR Ministry of Science and ICT numbering plan (010 mobiles, 02 Seoul); JP MIC plan
# (070/080/090, 03 Tokyo, 06 Osaka); CN MIIT plan (13x, 15x, 17x, 18x mobiles; 010 Beijing and 021
# Shanghai with 8-digit numbers); TH NBTC plan (061-066, 068, 08x, 09x mobiles, 02 Bangkok); AE TDRA plan
# (050/052/054/055/056/058 mobiles, 04 Dubai, 02 Abu Dhabi); IR CRA plan (0901-0939 mobiles, 021
# Tehran with 8-digit numbers).
PHONE_RULES = {
    "KR": (82, re.compile(r"0(?:10[2-46-9]\d{7}|2[2-9]\d{6,7})")),
    "JP": (81, re.compile(r"0(?:[789]0[1-9]\d{7}|[36][2-9]\d{7})")),
    "CN": (86, re.compile(r"(?:1(?:3\d|5[0-35-9]|7[78]|8\d)\d{8}|0(?:10[5-7]|21[2-8])\d{7})")),
    "TH": (66, re.compile(r"0(?:(?:6[1-68]|[89][1-9])\d{7}|2[1-9]\d{6})")),
    "AE": (971, re.compile(r"0(?:5[024568][1-9]\d{6}|[24][2-8]\d{6})")),
    "IR": (98, re.compile(r"0(?:9(?:0[0-5]|[13]\d|2[0-3])\d{7}|21[2-9]\d{7})")),
}


def phone_national(value: str, country: str) -> str | None:
    """The number in national form (trunk 0 for all but Chinese mobiles), or None."""
    cc, _ = PHONE_RULES[country]
    d = ascii_digits(value)
    raw = unicodedata.normalize("NFKC", value).lstrip()
    if raw.startswith("+") or d.startswith("00" + str(cc)):
        d = d[len(str(cc)) + (0 if raw.startswith("+") else 2) :]
        if not (country == "CN" and len(d) == 11 and d.startswith("1")):
            d = "0" + d
    return d


def phone_ok(value: str, country: str) -> bool:
    d = phone_national(value, country)
    return d is not None and PHONE_RULES[country][1].fullmatch(d) is not None


# --- Dates ---------------------------------------------------------------------------------------
def _date_ok(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


# --- Network -------------------------------------------------------------------------------------
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]


def public_ip_ok(value: str) -> bool:
    ip = ipaddress.ip_address(value)
    return ip.is_global and not any(ip in n for n in DOC_NETS if n.version == ip.version)


def doc_ip_ok(value: str) -> bool:
    ip = ipaddress.ip_address(value)
    return any(ip in n for n in DOC_NETS if n.version == ip.version)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


# --- The record check ----------------------------------------------------------------------------
def check_record(rec: dict) -> None:  # type: ignore[type-arg]
    """Raise AssertionError when a record breaks a rule of the README."""
    text = rec["text"]
    marks = [("span", m) for m in rec["spans"]] + [("look", m) for m in rec["lookalikes"]]
    marks.sort(key=lambda x: x[1]["start"])
    end = 0
    for side, m in marks:
        s, e, kind = m["start"], m["end"], m["kind"]
        assert 0 <= s < e <= len(text), (rec["id"], m)
        assert s >= end, (rec["id"], "overlap", m)
        end = e
        v = text[s:e]
        assert v == v.strip(), (rec["id"], "white space", kind, v)
        assert (kind in SPAN_KINDS) == (side == "span"), (rec["id"], kind, side)
        _check_value(rec, kind, v)


def _check_value(rec: dict, kind: str, v: str) -> None:  # type: ignore[type-arg]
    c = rec["country"]
    bad = (rec["id"], kind, v)
    if kind == "CARD":
        d = compact(v)
        assert 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d), bad
    elif kind == "CARD_BAD_LUHN":
        assert not luhn_ok(compact(v)), bad
    elif kind in ("IBAN", "ORG_IBAN"):
        assert iban_ok(v), bad
    elif kind == "IBAN_BAD_CHECK":
        assert not iban_ok(v), bad
    elif kind == "NATIONAL_ID":
        assert ID_RULES[c](v), bad
    elif kind == "ID_BAD_CHECK":
        assert not ID_RULES[c](v), bad
    elif kind == "PHONE":
        assert phone_ok(v, c), bad
    elif kind in ("EMAIL", "ROLE_EMAIL"):
        assert EMAIL_RE.fullmatch(v), bad
    elif kind == "IP_ADDRESS":
        assert public_ip_ok(v), bad
    elif kind == "DOC_IP":
        assert doc_ip_ok(v), bad
    elif kind == "PRIVATE_IP":
        assert ipaddress.ip_address(v).is_private and not doc_ip_ok(v), bad
    elif kind in ("ICCID", "IMEI"):
        assert luhn_ok(v) and len(v) in (15, 19, 20), bad
    elif kind == "COMPANY_TAX_ID" and c == "CN":
        assert len(v) == 18 and v[17] == uscc_check(v[:17]), bad
    elif kind == "COMPANY_TAX_ID" and c == "TH":
        d = compact(v)
        assert d[0] == "0" and d[12] == th_check(d[:12]), bad
