"""Check digits, numbering plans and the record check of PII hold-out 11.

Every rule is coded from the scheme's public description (sources beside each function); the
generator makes values with these and checks every record with them before it writes it.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re

SPAN_KINDS = (
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

# Finnish check characters: the remainder mod 31 indexes this table (G, I, O, Q, Z left out).
# Source: Population Information System Act / DVV "Henkilötunnus" description.
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Century signs since 1 Jan 2023 (Finnish Government decree 128/2010 as amended, DVV).
HETU_CENTURY = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


def digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def luhn_ok(number: str) -> bool:
    """ISO/IEC 7812-1 Luhn mod 10 (cards; Israeli ids and Finnish bank accounts use it too)."""
    ds = [int(c) for c in number]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def iban_ok(iban: str) -> bool:
    """ISO 13616 mod 97 == 1, with the country's length from the SWIFT IBAN registry."""
    s = re.sub(r"[\s-]", "", iban).upper()
    if len(s) != IBAN_LEN.get(s[:2], -1) or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_with_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


# SWIFT IBAN registry lengths for the six countries.
IBAN_LEN = {"UA": 29, "LV": 21, "FI": 18, "MT": 31, "IL": 23, "KZ": 20}


def fi_bban_ok(iban: str) -> bool:
    """Finnish account numbers end in a Luhn digit (Finance Finland, 'Tilinumeron tarkiste')."""
    s = re.sub(r"\s", "", iban)
    return luhn_ok(s[4:])


def hetu_ok(code: str) -> bool:
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d\d\d)([0-9A-Y])", code)
    if not m:
        return False
    dd, mm, yy, sign, ind, chk = m.groups()
    try:
        dt.date(HETU_CENTURY[sign] + int(yy), int(mm), int(dd))
    except (ValueError, KeyError):
        return False
    if not 2 <= int(ind) <= 899:
        return False
    return HETU_CHARS[int(dd + mm + yy + ind) % 31] == chk


def hetu_make(born: dt.date, individual: int, sign: str) -> str:
    body = born.strftime("%d%m%y")
    return f"{body}{sign}{individual:03d}{HETU_CHARS[int(body + f'{individual:03d}') % 31]}"


# Latvian personas kods: weights 1 6 3 7 9 10 5 8 4 2, check (1101 - sum) mod 11, 10 unused
# (PMLP, Cabinet Regulation No. 154 on the personal code; new random codes since 2017 start 32).
LV_WEIGHTS = (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def lv_check(ten: str) -> int:
    return (1101 - sum(w * int(c) for w, c in zip(LV_WEIGHTS, ten, strict=False))) % 11


def lv_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{6}-?\d{5}", code):
        return False
    d = digits(code)
    if not d.startswith("32") and not lv_date_ok(d):
        return False
    c = lv_check(d[:10])
    return c != 10 and c == int(d[10])


def lv_date_ok(d: str) -> bool:
    """The old codes' DDMMYY and century digit (0: 1800s, 1: 1900s, 2: 2000s) are a real date."""
    if d[6] not in "012":
        return False
    try:
        dt.date(1800 + 100 * int(d[6]) + int(d[4:6]), int(d[2:4]), int(d[0:2]))
    except ValueError:
        return False
    return True


# Ukrainian RNOKPP (individual tax number): days since 31.12.1899 in 5 digits, ninth digit odd for
# men, check = (sum of weights -1 5 7 9 4 6 10 5 7) mod 11 mod 10 (State Tax Service, order 822).
UA_WEIGHTS = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
UA_EPOCH = dt.date(1899, 12, 31)


def ua_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{10}", code):
        return False
    return sum(w * int(c) for w, c in zip(UA_WEIGHTS, code, strict=False)) % 11 % 10 == int(code[9])


def ua_make(born: dt.date, serial: int, male: bool) -> str:
    days = (born - UA_EPOCH).days
    ninth = (serial % 5) * 2 + (1 if male else 0)
    body = f"{days:05d}{serial // 5 % 1000:03d}{ninth}"
    return body + str(sum(w * int(c) for w, c in zip(UA_WEIGHTS, body, strict=False)) % 11 % 10)


# Israeli Teudat Zehut: 9 digits, the last a Luhn check digit (Population and Immigration Authority).
def il_ok(code: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", code)) and luhn_ok(code)


# Kazakh IIN (ЖСН/ИИН): YYMMDD, century-and-sex digit 1-6, 4 serial digits, check: weights 1..11
# mod 11; if 10, weights 3..11,1,2 mod 11; if 10 again the number is not issued (Law on national
# registers of identification numbers, 2007; order of the Ministry of Justice).
KZ_W1 = tuple(range(1, 12))
KZ_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def kz_check(eleven: str) -> int:
    c = sum(w * int(x) for w, x in zip(KZ_W1, eleven, strict=False)) % 11
    if c == 10:
        c = sum(w * int(x) for w, x in zip(KZ_W2, eleven, strict=False)) % 11
    return c


def kz_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{12}", code) or code[6] not in "123456":
        return False
    try:
        dt.date(
            1800 + 100 * ((int(code[6]) - 1) // 2) + int(code[:2]), int(code[2:4]), int(code[4:6])
        )
    except ValueError:
        return False
    c = kz_check(code[:11])
    return c != 10 and c == int(code[11])


# Maltese identity card number: up to seven digits and a letter (M, G, A, P, L, H, B, Z);
# Identity Malta publishes no check digit, so only the shape is checked and no twin is made.
def mt_ok(code: str) -> bool:
    return bool(re.fullmatch(r"\d{1,7}[MGAPLHBZ]", code))


ID_OK = {"UA": ua_ok, "LV": lv_ok, "FI": hetu_ok, "MT": mt_ok, "IL": il_ok, "KZ": kz_ok}

# Personal lines (mobiles and big-city landlines) as national significant numbers: prefix, length.
# Sources: NKEK (UA) numbering plan, SPRK (LV), Traficom (FI), MCA (MT), Israeli MoC plan, KZ
# national plan (Ministry of Digital Development) -- the prefixes here are a subset of each.
PHONE_PLAN = {
    "UA": (
        "380",
        [
            (p, 9)
            for p in ("50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93", "44")
        ],
    ),
    "LV": ("371", [(p, 8) for p in ("20", "21", "22", "24", "25", "26", "27", "28", "29", "67")]),
    "FI": ("358", [(p, 9) for p in ("40", "41", "44", "45", "50")] + [("9", 8)]),
    "MT": ("356", [("79", 8), ("99", 8), ("77", 8), ("21", 8), ("27", 8)]),
    "IL": (
        "972",
        [(p, 9) for p in ("50", "52", "53", "54")] + [(p, 8) for p in ("2", "3", "4", "9")],
    ),
    "KZ": ("7", [(p, 10) for p in ("701", "702", "705", "707", "747", "771", "775", "777", "727")]),
}
TRUNK = {"UA": "0", "LV": "", "FI": "0", "MT": "", "IL": "0", "KZ": "8"}


def phone_nsn(country: str, text: str) -> str | None:
    """The national significant number a written phone stands for, or None."""
    cc, _ = PHONE_PLAN[country]
    d = digits(text)
    s = text.strip().lstrip("(")
    if s.startswith("+"):
        if not d.startswith(cc):
            return None
        return d[len(cc) :]
    if s.startswith("00"):
        return d[2 + len(cc) :] if d[2:].startswith(cc) else None
    trunk = TRUNK[country]
    if trunk:
        return d[len(trunk) :] if d.startswith(trunk) else None
    return d


def phone_ok(country: str, text: str) -> bool:
    nsn = phone_nsn(country, text)
    if nsn is None:
        return False
    ok = any(nsn.startswith(p) and len(nsn) == n for p, n in PHONE_PLAN[country][1])
    if ok and country == "IL" and nsn.startswith("5"):
        ok = nsn[2] != "0" and nsn[2] != "1"
    return ok


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def ip_personal(text: str) -> bool:
    """A public address of a person: global, not documentation, not a known resolver."""
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    return ip.is_global and text not in PUBLIC_SERVERS


PUBLIC_SERVERS = (
    "8.8.8.8",
    "8.8.4.4",
    "1.1.1.1",
    "9.9.9.9",
    "208.67.222.222",
    "2001:4860:4860::8888",
)
DOC_NETS = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


def check_value(kind: str, country: str, value: str) -> bool:
    """The rule a span of this kind must pass (True for kinds without a rule)."""
    compact = re.sub(r"[\s\-./()]", "", value)
    if kind == "CARD":
        return compact.isdigit() and 13 <= len(compact) <= 19 and luhn_ok(compact)
    if kind == "IBAN":
        return iban_ok(value) and (not value.startswith("FI") or fi_bban_ok(value))
    if kind == "NATIONAL_ID":
        return ID_OK[country](value)
    if kind == "PHONE":
        return phone_ok(country, value)
    if kind == "EMAIL":
        return bool(EMAIL_RE.fullmatch(value))
    if kind == "IP_ADDRESS":
        return ip_personal(value)
    return True


def check_twin(kind: str, country: str, value: str) -> bool:
    """A twin must fail the rule it imitates."""
    compact = re.sub(r"[\s\-]", "", value)
    if kind == "CARD_BAD_LUHN":
        return compact.isdigit() and not luhn_ok(compact)
    if kind == "IBAN_BAD_CHECK":
        return not iban_ok(value)
    if kind == "ID_BAD_CHECK":
        return not ID_OK[country](value)
    if kind == "DOC_IP":
        return any(ipaddress.ip_address(value) in n for n in DOC_NETS)
    if kind == "PRIVATE_IP":
        return ipaddress.ip_address(value).is_private
    if kind == "PUBLIC_SERVER_IP":
        return value in PUBLIC_SERVERS
    if kind == "ORG_IBAN":
        return iban_ok(value)
    return True


def check_record(rec: dict) -> list[str]:
    """Problems of one record (ids and offsets only, never text)."""
    text = rec["text"]
    errs = []
    marks = [(m["start"], m["end"], m["kind"], "s") for m in rec["spans"]]
    marks += [(m["start"], m["end"], m["kind"], "l") for m in rec["lookalikes"]]
    marks.sort()
    for a, b in zip(marks, marks[1:], strict=False):
        if b[0] < a[1]:
            errs.append(f"{rec['id']}: overlap at {a[0]}-{a[1]} / {b[0]}-{b[1]}")
    for start, end, kind, side in marks:
        val = text[start:end]
        if not (0 <= start < end <= len(text)) or val != val.strip():
            errs.append(f"{rec['id']}: bad offsets {kind} {start}-{end}")
            continue
        if side == "s" and kind not in SPAN_KINDS:
            errs.append(f"{rec['id']}: unknown span kind {kind}")
        if side == "s" and not check_value(kind, rec["country"], val):
            errs.append(f"{rec['id']}: {kind} at {start} fails its rule")
        if side == "l" and not check_twin(kind, rec["country"], val):
            errs.append(f"{rec['id']}: look-alike {kind} at {start} passes the rule it must fail")
    return errs
