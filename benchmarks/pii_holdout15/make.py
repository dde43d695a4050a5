"""PII hold-out 15: chat pastes in five languages, labelled spans and look-alikes (see README).

python benchmarks/pii_holdout15/make.py --out F.jsonl --n 1000 --seed 15 [--stats]
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import random
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.nl import bsn

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h15p_values as V  # noqa: E402

LAYOUTS = (
    "prose", "email", "letter", "chat", "json", "yaml", "xml", "env", "sql_insert", "sql_result",
    "csv", "tsv", "log", "stacktrace", "http", "code", "md_table", "form",
)  # fmt: skip
VALID_ID = {"GB": nhs, "DE": idnr, "FR": nir, "NL": bsn}


class Doc:
    """Text built piece by piece, so offsets are exact by construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.looks: list[dict] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def val(self, s: str, kind: str, look: bool) -> None:
        (self.looks if look else self.spans).append(
            {"kind": kind, "start": self.n, "end": self.n + len(s)}
        )
        self.add(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- values


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def dob(rng: random.Random) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 66))


def fmt_date(rng: random.Random, lang: str, d: dt.date, structured: bool) -> str:
    if structured and rng.random() < 0.6:
        return d.isoformat()
    mon = V.MONTHS[lang].split()[d.month - 1]
    opts = {
        "en": [f"{d:%d/%m/%Y}", f"{d.day} {mon} {d.year}", f"{d.day} {mon[:3]} {d.year}"],
        "de": [f"{d:%d.%m.%Y}", f"{d.day}. {mon} {d.year}", f"{d.day}.{d.month}.{d:%y}"],
        "fr": [f"{d:%d/%m/%Y}", f"{d.day} {mon} {d.year}", f"{d:%d.%m.%Y}"],
        "es": [f"{d:%d/%m/%Y}", f"{d.day} de {mon} de {d.year}", f"{d:%d-%m-%Y}"],
        "nl": [f"{d:%d-%m-%Y}", f"{d.day} {mon} {d.year}", f"{d:%d/%m/%Y}"],
    }[lang]
    return rng.choice(opts)


PHONE_PLANS = {
    "GB": [("7", 9), ("20", 8), ("113", 7), ("161", 7)],
    "DE": [("151", 8), ("160", 8), ("176", 8), ("30", 8), ("221", 7)],
    "FR": [("6", 8), ("7", 8), ("1", 8), ("4", 8)],
    "ES": [("6", 8), ("7", 8), ("91", 7), ("93", 7)],
    "NL": [("6", 8), ("20", 7), ("10", 7), ("30", 7)],
}


def phone(rng: random.Random, cc: str) -> str:
    while True:
        pre, n = rng.choice(PHONE_PLANS[cc])
        num = phonenumbers.parse(pre + digits(rng, n), cc)
        if phonenumbers.is_valid_number(num):
            break
    fmt = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(num, fmt.NATIONAL)
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    opts = [nat, intl, phonenumbers.format_number(num, fmt.E164), nat.replace(" ", "")]
    if cc == "DE":
        opts.append(intl.replace(" ", " (0)", 1))
        opts.append(nat.replace(" ", "/", 1))
    if cc in ("NL", "FR"):
        opts.append(nat.replace(" ", "-", 1) if cc == "NL" else nat.replace(" ", "."))
    s = rng.choice(opts)
    return s if phonenumbers.is_valid_number(phonenumbers.parse(s, cc)) else intl


def _iban_body(rng: random.Random, cc: str) -> str:
    if cc == "DE":
        return digits(rng, 18)
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(rng, 14)
    if cc == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ"]) + digits(rng, 10)
    if cc == "FR":
        return digits(rng, 23)
    b = digits(rng, 20)  # ES: bank, branch, 2 check digits, account
    return ccc.compact(b[:8] + ccc.calc_check_digits(b) + b[10:])


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def iban(rng: random.Random, cc: str, valid: bool = True) -> str:
    raw = cc + "00" + _iban_body(rng, cc)
    num = cc + std_iban.calc_check_digits(raw) + raw[4:]
    if not valid:
        num = num[:2] + f"{(int(num[2:4]) + rng.randint(1, 9)) % 100:02d}" + num[4:]
        if std_iban.is_valid(num):
            num = num[:2] + ("01" if num[2:4] != "01" else "02") + num[4:]
    return group4(num) if rng.random() < 0.6 else num


def card(rng: random.Random, valid: bool = True) -> str:
    kind = rng.random()
    if kind < 0.5:
        body = "4" + digits(rng, 14)
    elif kind < 0.85:
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    else:
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    c = luhn.calc_check_digit(body)
    if not valid:
        c = str((int(c) + rng.randint(1, 9)) % 10)
    num = body + c
    r = rng.random()
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
    return group4(num) if r < 0.5 else (group4(num).replace(" ", "-") if r < 0.7 else num)


def national_id(rng: random.Random, cc: str, d: dt.date, sex: int, valid: bool = True) -> str:
    if cc == "ES":
        if rng.random() < 0.3:  # NIE for residents of foreign nationality
            b = rng.choice("XYZ") + digits(rng, 7)
            num = b + nie.calc_check_digit(b)
        else:
            b = digits(rng, 8)
            num = b + dni.calc_check_digit(b)
    elif cc == "FR":
        b = f"{sex}{d:%y%m}" + rng.choice(["75", "69", "13", "93", "2A", "59"]) + digits(rng, 6)
        num = b + nir.calc_check_digits(b)
    else:
        mod = VALID_ID[cc]
        n = {"GB": 10, "DE": 11, "NL": 9}[cc]
        while True:
            num = str(rng.randint(1, 9)) + digits(rng, n - 1)
            if mod.is_valid(num):
                break
    if not valid:
        for k in range(1, 10):
            last = num[-1]
            if last.isdigit():
                bad = num[:-1] + str((int(last) + k) % 10)
            else:
                bad = num[:-1] + chr((ord(last) - 65 + k) % 26 + 65)
            if not _id_valid(cc, bad):
                num = bad
                break
    if cc == "GB" and rng.random() < 0.6:
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if cc == "FR" and rng.random() < 0.5:
        return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"
    if cc == "DE" and rng.random() < 0.4:
        return f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}"
    return num


def _id_valid(cc: str, s: str) -> bool:
    if cc == "ES":
        return (nie if s[0] in "XYZ" else dni).is_valid(s)
    return VALID_ID[cc].is_valid(s)


def public_ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2a02:{rng.randrange(0x8000, 0xFFFF):x}:{rng.randrange(1, 0xFFFF):x}::{rng.randrange(1, 0xFFF):x}"
    while True:
        a = ipaddress.IPv4Address(rng.randrange(0x01000000, 0xDF000000))
        if a.is_global:
            return str(a)


def secret(rng: random.Random) -> str:
    al = string.ascii_letters + string.digits
    r = rng.random()
    if r < 0.25:
        return "sk_live_" + "".join(rng.choice(al) for _ in range(24))
    if r < 0.45:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if r < 0.6:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    word = rng.choice(["Sommer", "Bonjour", "Verano", "Tulpen", "Arsenal", "Schalke", "Lola"])
    return word + str(rng.randint(1960, 2025)) + rng.choice("!?#$.")


def address(rng: random.Random, lang: str, one_line: bool) -> list[str]:
    """Lines of one private address in the country's convention."""
    street = rng.choice(V.STREETS[lang])
    town, pc = rng.choice(V.TOWNS[lang])
    no = str(rng.randint(1, 180))
    r = rng.random()
    if lang == "en":
        first = f"Flat {rng.randint(1, 12)}, {no} {street}" if r < 0.3 else f"{no} {street}"
        if r > 0.9:
            first = f"PO Box {rng.randint(10, 999)}"
        lines = [first, town, pc] if not one_line else [f"{first}, {town} {pc}"]
    elif lang == "de":
        first = f"{street} {no}{rng.choice(['', '', 'a', 'b'])}"
        if r < 0.2:
            first += f", {rng.randint(1, 5)}. OG"
        if r > 0.9:
            first = f"Postfach {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
        lines = [first, f"{pc} {town}"] if not one_line else [f"{first}, {pc} {town}"]
    elif lang == "fr":
        first = f"{no}{rng.choice(['', '', ' bis', ' ter'])} {street}"
        pre = [f"Bât. {rng.choice('ABC')}, appt {rng.randint(1, 60)}"] if r < 0.25 else []
        if r > 0.9:
            first = f"BP {rng.randint(10, 999)}"
        tl = f"{pc} {town.upper() if rng.random() < 0.4 else town}"
        lines = pre + [first, tl] if not one_line else [", ".join(pre + [first, tl])]
    elif lang == "es":
        floor = rng.choice(
            ["", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", f", {rng.randint(1, 9)}º izq."]
        )
        first = f"{street}, {no}{floor}" if rng.random() < 0.6 else f"{street} {no}{floor}"
        if r > 0.9:
            first = f"Apartado de Correos {rng.randint(10, 9999)}"
        lines = [first, f"{pc} {town}"] if not one_line else [f"{first}, {pc} {town}"]
    else:
        suf = rng.choice(["", "", f"-{rng.randint(1, 4)}", " hs", f" {rng.choice('ABC')}", " bis"])
        first = f"{street} {no}{suf}"
        if r > 0.9:
            first = f"Postbus {rng.randint(10, 9999)}"
        sep = ", " if rng.random() < 0.6 else " "
        lines = [first, f"{pc}  {town.upper()}" if r < 0.3 else f"{pc} {town}"]
        if one_line:
            lines = [first + sep + lines[1]]
    if rng.random() < 0.15:
        lines = [x.lower() for x in lines]
    return lines


def person(rng: random.Random, lang: str) -> dict:
    cc = V.COUNTRY[lang]
    first, last = rng.choice(V.FIRST[lang]), rng.choice(V.LAST[lang])
    d = dob(rng)
    sex = rng.choice([1, 2])
    local = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{first}{d:%y}", f"{last}.{first[0]}"]
    )
    local = unicodedata.normalize("NFKD", local.replace("ı", "i").replace("ß", "ss"))
    local = "".join(
        c for c in local.lower().replace(" ", "") if c.isascii() and (c.isalnum() or c == ".")
    )
    dom = rng.choice(
        {"en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
         "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
         "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
         "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
         "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com"]}[lang]
    )  # fmt: skip
    return {
        "first": first, "last": last, "dob": d, "sex": sex, "email": f"{local}@{dom}",
        "phone": phone(rng, cc), "iban": iban(rng, cc), "card": card(rng),
        "id": national_id(rng, cc, d, sex), "ip": public_ip(rng), "secret": secret(rng),
    }  # fmt: skip


def full_name(rng: random.Random, p: dict, lang: str) -> str:
    r = rng.random()
    if r < 0.15:
        return f"{p['last'].upper()} {p['first']}" if lang == "fr" else f"{p['last']}, {p['first']}"
    if r < 0.25:
        return f"{p['first'][0]}. {p['last']}"
    return f"{p['first']} {p['last']}"


# ---------------------------------------------------------------- look-alikes


def ref_no(rng: random.Random, domain: str) -> str:
    y = rng.randint(2019, 2026)
    return rng.choice({
        "hr": [f"P-{digits(rng, 5)}", digits(rng, 6)],
        "clinic": [f"{y}{digits(rng, 6)}", f"K{digits(rng, 7)}"],
        "landlord": [f"MV-{y}-{digits(rng, 3)}", f"{digits(rng, 4)}/{y}"],
        "shop": [f"#{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"],
        "school": [f"{digits(rng, 9)}{rng.choice('ABCDEF')}{rng.choice('GHJK')}", digits(rng, 8)],
        "court": [f"{rng.randint(1, 40)} C {rng.randint(100, 999)}/{y % 100}", f"{y}/{digits(rng, 5)}"],
        "insurer": [f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 2)}", f"POL{digits(rng, 9)}"],
        "dev": [f"JIRA-{rng.randint(100, 9999)}", f"INC{digits(rng, 7)}"],
        "authority": [f"{digits(rng, 2)}/{digits(rng, 3)}-{y}", f"{y}-{digits(rng, 6)}"],
    }[domain])  # fmt: skip


def lookalike(rng: random.Random, lang: str, domain: str) -> tuple[str, str, str]:
    """(key, value, look-alike kind) of one value that must be kept."""
    cc = V.COUNTRY[lang]
    y = rng.randint(2020, 2026)
    od = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    kinds = [
        ("ref", lambda: ref_no(rng, domain), V.REFS[domain][0]),
        ("invoice_no", lambda: f"RE-{y}-{digits(rng, 5)}", "INVOICE_NO"),
        ("version", lambda: rng.choice([f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                                        f"10.{rng.randint(0, 9)}.{rng.randint(0, 99)}.{rng.randint(1, 250)}",
                                        f"v{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}"]), "VERSION"),
        ("updated_at", lambda: f"{od.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z", "TIMESTAMP"),
        ("date", lambda: fmt_date(rng, lang, od, False), "OTHER_DATE"),
        ("sha", lambda: "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 40, 64]))), "HASH"),
        ("uuid", lambda: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}", "UUID"),
        ("geo", lambda: f"{rng.uniform(36, 58):.5f}, {rng.uniform(-8, 13):.5f}", "COORDINATES"),
        ("sku", lambda: rng.choice([f"EAN {digits(rng, 13)}", f"SKU-{digits(rng, 4)}-{rng.choice('ABCXL')}", f"{rng.choice(['MX', 'RB', 'HP'])}{digits(rng, 3)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"]), "PRODUCT_CODE"),
        ("employer", lambda: rng.choice(V.COMPANIES[lang]), "COMPANY"),
        ("location", lambda: rng.choice(V.STREETS[lang]), "STREET_ALONE"),
        ("location", lambda: rng.choice(V.TOWNS[lang])[0], "TOWN_ALONE"),
        ("office", lambda: rng.choice(V.COMPANY_ADDR[lang]), "COMPANY_ADDRESS"),
        ("hotline", lambda: rng.choice(V.HOTLINES[lang]), "HOTLINE"),
        ("contact", lambda: rng.choice(["info", "support", "noreply", "rh", "personal", "administracion", "klantenservice"]) + "@" + rng.choice(["example-shop.de", "mairie-lyon.fr", "gemeente.nl", "ayto.es", "nhs.net"]), "ROLE_EMAIL"),
        ("server_ip", lambda: rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"]), "PRIVATE_IP"),
        ("example_ip", lambda: rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254)), "DOC_IP"),
        ("api_key", lambda: rng.choice(["<your-api-key>", "${DB_PASSWORD}", "changeme", "xxxxxxxxxxxx", "********", "REPLACE_ME"]), "PLACEHOLDER_SECRET"),
        ("rejected_id", lambda: national_id(rng, cc, dob(rng), 1, valid=False), "ID_BAD_CHECK"),
        ("old_card", lambda: card(rng, valid=False), "CARD_BAD_LUHN"),
        ("iban_rejected", lambda: iban(rng, cc, valid=False), "IBAN_BAD_CHECK"),
        ("company_iban", lambda: iban(rng, cc), "ORG_IBAN"),
        ("mentioned", lambda: rng.choice(V.FAMOUS[lang]), "FAMOUS_PERSON"),
        ("status", lambda: rng.choice(["404 Not Found", "200 OK", "502 Bad Gateway", "403 Forbidden", "301 Moved Permanently", "422 Unprocessable Entity"]), "HTTP_STATUS"),
        ("amount", lambda: f"{rng.randint(10, 4999)},{rng.randint(0, 99):02d} €" if lang != "en" else f"£{rng.randint(10, 4999)}.{rng.randint(0, 99):02d}", "AMOUNT"),
        ("icd", lambda: rng.choice(["J06.9", "M54.5", "F32.1", "E11.9", "I10", "S93.4"]), "ICD_CODE"),
    ]  # fmt: skip
    key, fn, kind = rng.choice(kinds)
    return key, fn(), kind


# ---------------------------------------------------------------- fields


def fields(rng: random.Random, lang: str, domain: str, p: dict, structured: bool) -> list[tuple]:
    """[(key, value or list of lines, kind, is_lookalike)] of one person's record."""
    out: list[tuple] = []
    if rng.random() < 0.35:
        out += [("first", p["first"], "PERSON", False), ("last", p["last"], "PERSON", False)]
    else:
        out.append(("name", full_name(rng, p, lang), "PERSON", False))
    want = rng.sample(["dob", "address", "phone", "email", "iban", "id", "card", "ip", "secret"], 4)
    if rng.random() < 0.75 and "dob" not in want:
        want[0] = "dob"
    if rng.random() < 0.85 and "address" not in want:
        want[1] = "address"
    kinds = {"phone": "PHONE", "email": "EMAIL", "iban": "IBAN", "id": "NATIONAL_ID",
             "card": "CARD", "ip": "IP_ADDRESS", "secret": "SECRET"}  # fmt: skip
    for k in want:
        if k == "dob":
            out.append(("dob", fmt_date(rng, lang, p["dob"], structured), "DATE_OF_BIRTH", False))
        elif k == "address":
            if structured and rng.random() < 0.3:
                lines = address(rng, lang, False)
                out.append(("street", lines[0], "ADDRESS", False))
                out.append(("city", " ".join(lines[1:]), "ADDRESS", False))
            else:
                out.append(("address", address(rng, lang, structured)[0], "ADDRESS", False))
        else:
            out.append((k, p[k], kinds[k], False))
    for _ in range(rng.randint(4, 7)):
        key, v, kind = lookalike(rng, lang, domain)
        out.insert(rng.randint(1, len(out)), (key, v, kind, True))
    return out


def label(key: str, lang: str, dev: bool) -> str:
    if dev or key not in V.LABELS:
        return key
    return V.LABELS[key][lang]


# ---------------------------------------------------------------- layouts


def _kv(
    doc: Doc, recs: list[list[tuple]], lang: str, pre: str, sep: str, q: str, end: str, dev: bool
) -> None:
    for rec in recs:
        for key, v, kind, look in rec:
            doc.add(f"{pre}{q}{label(key, lang, dev)}{q}{sep}{q}")
            doc.val(v, kind, look)
            doc.add(f"{q}{end}")
        doc.add("\n")


def render(rng: random.Random, layout: str, lang: str, domain: str) -> Doc:
    doc = Doc()
    ask = rng.choice(V.ASKS[lang])
    people = [person(rng, lang) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
    structured = layout not in ("prose", "email", "letter", "chat")
    recs = [fields(rng, lang, domain, p, structured) for p in people]
    dev = rng.random() < 0.6
    if rng.random() < 0.7:
        doc.add(ask + "\n\n")
    if layout == "json":
        doc.add("[\n")
        for i, rec in enumerate(recs):
            doc.add("  {")
            for j, (key, v, kind, look) in enumerate(rec):
                doc.add(f'{", " if j else ""}"{label(key, lang, dev)}": "')
                doc.val(v, kind, look)
                doc.add('"')
            doc.add("}" + (",\n" if i < len(recs) - 1 else "\n"))
        doc.add("]\n")
    elif layout == "yaml":
        doc.add("records:\n")
        for rec in recs:
            for j, (key, v, kind, look) in enumerate(rec):
                doc.add(f"  {'- ' if j == 0 else '  '}{label(key, lang, True)}: ")
                doc.val(v, kind, look)
                doc.add("\n")
    elif layout == "xml":
        doc.add('<?xml version="1.0" encoding="UTF-8"?>\n<records>\n')
        for rec in recs:
            doc.add("  <record>\n")
            for key, v, kind, look in rec:
                doc.add(f"    <{key}>")
                doc.val(v.replace("&", "&amp;") if look else v, kind, look)
                doc.add(f"</{key}>\n")
            doc.add("  </record>\n")
        doc.add("</records>\n")
    elif layout == "env":
        doc.add("# .env (prod)\n")
        for i, rec in enumerate(recs):
            for key, v, kind, look in rec:
                doc.add(f"{key.upper()}_{i + 1}=" if len(recs) > 1 else f"{key.upper()}=")
                doc.val(v, kind, look)
                doc.add("\n")
    elif layout in ("sql_insert", "sql_result", "csv", "tsv", "md_table"):
        _table(doc, rng, layout, recs, lang, dev)
    elif layout == "log":
        for rec in recs:
            ts = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{digits(rng, 3)}"
            doc.val(ts, "TIMESTAMP", True)
            doc.add(
                f" {rng.choice(['INFO', 'WARN', 'ERROR', 'DEBUG'])} [{rng.choice(['api', 'billing', 'worker-3'])}] "
            )
            for key, v, kind, look in rec:
                doc.add(f"{key}=")
                doc.val(v, kind, look)
                doc.add(" ")
            if rng.random() < 0.5:
                doc.add(
                    f"status={rng.choice([200, 201, 404, 500])} bytes={rng.randint(100, 99999)}\n"
                )
            else:
                doc.add(f'"{rng.choice(["GET", "POST"])} /api/profile HTTP/1.1" ')
                doc.val(
                    f"{rng.choice([200, 204, 304, 404])} {rng.randint(100, 99999)}",
                    "STATUS_BYTES",
                    True,
                )
                doc.add("\n")
    elif layout == "stacktrace":
        doc.add(
            'Traceback (most recent call last):\n  File "/srv/app/services/sync.py", line '
            f"{rng.randint(20, 400)}, in push\n    resp.raise_for_status()\n"
        )
        rec = recs[0]
        doc.add("ValueError: could not validate record {")
        for j, (key, v, kind, look) in enumerate(rec):
            doc.add(f"{', ' if j else ''}'{key}': '")
            doc.val(v, kind, look)
            doc.add("'")
        doc.add("}\n")
        _kv(doc, recs[1:], lang, "  ", " = ", "", "\n", True)
    elif layout == "http":
        doc.add(
            f"POST /api/v{rng.randint(1, 3)}/{rng.choice(['customers', 'patients', 'tenants', 'claims'])} HTTP/1.1\n"
            "Host: api.internal\nContent-Type: application/json\n"
        )
        doc.add(
            f"Authorization: Bearer {rng.choice(['<token>', '$TOKEN'])}\n\n"
        )  # placeholder, unlabelled
        doc.add("{")
        rec = recs[0]
        for j, (key, v, kind, look) in enumerate(rec):
            doc.add(f'{", " if j else ""}"{key}": "')
            doc.val(v, kind, look)
            doc.add('"')
        doc.add("}\n\n")
        doc.add("HTTP/1.1 ")
        doc.val(
            rng.choice(
                ["422 Unprocessable Entity", "500 Internal Server Error", "400 Bad Request"]
            ),
            "HTTP_STATUS",
            True,
        )
        doc.add("\n")
        _kv(doc, recs[1:], lang, "", ": ", "", "\n", True)
    elif layout == "code":
        doc.add("```python\ndef test_import():\n    rows = [\n")
        for rec in recs:
            doc.add("        dict(")
            for j, (key, v, kind, look) in enumerate(rec):
                doc.add(f'{", " if j else ""}{key}="')
                doc.val(v, kind, look)
                doc.add('"')
            doc.add("),\n")
        doc.add("    ]\n    assert importer.run(rows).ok\n```\n")
    elif layout == "form":
        for rec in recs:
            _kv(doc, [rec], lang, "", ": ", "", "\n", dev and rng.random() < 0.3)
    else:
        _prose(doc, rng, layout, lang, domain, people, recs)
    doc.add("\n" if rng.random() < 0.5 else "")
    return doc


def _table(
    doc: Doc, rng: random.Random, layout: str, recs: list[list[tuple]], lang: str, dev: bool
) -> None:
    # one column set: the union of keys; a row leaves empty the keys it lacks
    keys: list[str] = []
    for rec in recs:
        for k, *_ in rec:
            if k not in keys:
                keys.append(k)
    rows = [{k: (v, kind, look) for k, v, kind, look in rec} for rec in recs]
    if layout == "sql_insert":
        doc.add(
            f"INSERT INTO {rng.choice(['customers', 'employees', 'tenants', 'patients'])} ({', '.join(keys)}) VALUES\n"
        )
        for i, row in enumerate(rows):
            doc.add("  (")
            for j, k in enumerate(keys):
                doc.add(", " if j else "")
                if k in row:
                    doc.add("'")
                    doc.val(
                        row[k][0].replace("'", "''") if row[k][2] else row[k][0],
                        row[k][1],
                        row[k][2],
                    )
                    doc.add("'")
                else:
                    doc.add("NULL")
            doc.add(")" + (",\n" if i < len(rows) - 1 else ";\n"))
        return
    sep = {"csv": ";" if lang != "en" and rng.random() < 0.6 else ",", "tsv": "\t"}.get(
        layout, " | "
    )
    lab = [label(k, lang, dev) for k in keys]
    if layout in ("md_table", "sql_result"):
        doc.add("| " + " | ".join(lab) + " |\n|" + "|".join("---" for _ in keys) + "|\n")
    else:
        doc.add(sep.join(lab) + "\n")
    for row in rows:
        doc.add("| " if layout in ("md_table", "sql_result") else "")
        for j, k in enumerate(keys):
            doc.add(sep if j else "")
            if k in row:
                v, kind, look = row[k]
                quote = layout == "csv" and (sep in v)
                doc.add('"' if quote else "")
                doc.val(v, kind, look)
                doc.add('"' if quote else "")
            elif layout == "sql_result":
                doc.add("NULL")
        doc.add(" |\n" if layout in ("md_table", "sql_result") else "\n")
    if layout == "sql_result":
        doc.add(f"({len(rows)} row{'s' if len(rows) > 1 else ''})\n")


def _fill(doc: Doc, rng: random.Random, tpl: str, vals: dict) -> None:
    i = 0
    while i < len(tpl):
        if tpl[i] == "{":
            j = tpl.index("}", i)
            v, kind, look = vals[tpl[i + 1 : j]]
            doc.val(v, kind, look)
            i = j + 1
        else:
            k = tpl.find("{", i)
            k = len(tpl) if k < 0 else k
            doc.add(tpl[i:k])
            i = k


def _prose(
    doc: Doc,
    rng: random.Random,
    layout: str,
    lang: str,
    domain: str,
    people: list[dict],
    recs: list,
) -> None:
    def vals_for(p: dict) -> dict:
        return {
            "P": (full_name(rng, p, lang), "PERSON", False),
            "Q": (f"{rng.choice(V.FIRST[lang])} {rng.choice(V.LAST[lang])}", "PERSON", False),
            "A": (address(rng, lang, True)[0], "ADDRESS", False),
            "D": (fmt_date(rng, lang, p["dob"], False), "DATE_OF_BIRTH", False),
            "T": (p["phone"], "PHONE", False), "E": (p["email"], "EMAIL", False),
            "I": (p["iban"], "IBAN", False), "N": (p["id"], "NATIONAL_ID", False),
            "R": (ref_no(rng, domain), V.REFS[domain][0], True),
            "C": (rng.choice(V.COMPANIES[lang]), "COMPANY", True),
            "F": (rng.choice(V.FAMOUS[lang]), "FAMOUS_PERSON", True),
            "S": (rng.choice(V.STREETS[lang]), "STREET_ALONE", True),
            "W": (rng.choice(V.TOWNS[lang])[0], "TOWN_ALONE", True),
            "O": (fmt_date(rng, lang, dt.date(rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)), False), "OTHER_DATE", True),
            "H": (rng.choice(V.HOTLINES[lang]), "HOTLINE", True),
        }  # fmt: skip

    sender = person(rng, lang)
    if layout == "chat":
        for p in people:
            for tpl in rng.sample(V.PROSE[lang], 2):
                who = full_name(rng, sender, lang) if rng.random() < 0.5 else None
                doc.add(f"[{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}] ")
                if who:
                    doc.val(who, "PERSON", False)
                else:
                    doc.add(V.CHAT_WHO[lang])
                doc.add(": ")
                _fill(doc, rng, tpl, vals_for(p))
                doc.add("\n")
        return
    if layout == "email":
        doc.add("From: ")
        doc.val(full_name(rng, sender, lang), "PERSON", False)
        doc.add(" <")
        doc.val(sender["email"], "EMAIL", False)
        doc.add(">\nTo: ")
        _key, v, kind = ("contact", *lookalike_role(rng))
        doc.val(v, kind, True)
        doc.add(f"\nSubject: {V.REFS[domain][1][lang]} ")
        doc.val(ref_no(rng, domain), V.REFS[domain][0], True)
        doc.add("\n\n")
    if layout == "letter":
        for line in address(rng, lang, False):
            doc.val(line, "ADDRESS", False)
            doc.add("\n")
        doc.add("\n")
    g = rng.choice(V.GREET[lang]).split("{n}")
    doc.add(g[0])
    doc.val(full_name(rng, people[0], lang), "PERSON", False)
    doc.add(g[1] + "\n\n")
    for p in people:
        for tpl in rng.sample(V.PROSE[lang], 2):
            _fill(doc, rng, tpl, vals_for(p))
            doc.add(" ")
        doc.add("\n")
    doc.add("\n" + rng.choice(V.SIGN[lang]) + "\n")
    doc.val(full_name(rng, sender, lang), "PERSON", False)
    doc.add("\n")
    if rng.random() < 0.5:
        doc.val(sender["phone"], "PHONE", False)
        doc.add("\n")


def lookalike_role(rng: random.Random) -> tuple[str, str]:
    box = rng.choice(["info", "support", "rh", "personal", "administracion", "klantenservice"])
    return box + "@" + rng.choice(
        ["example-shop.de", "mairie-lyon.fr", "gemeente.nl", "ayto.es", "nhs.net"]
    ), "ROLE_EMAIL"


# ---------------------------------------------------------------- main


def check(rec: dict) -> None:
    text = rec["text"]
    marks = sorted(rec["spans"] + rec["lookalikes"], key=lambda m: m["start"])
    for a, b in zip(marks, marks[1:], strict=False):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for m in marks:
        s = text[m["start"] : m["end"]]
        assert s and s == s.strip(), (rec["id"], m)


def make(n: int, seed: int) -> list[dict]:
    out = []
    for i in range(n):
        rng = random.Random(f"pii15:{seed}:{i}")
        lang = V.LANGS[i % 5] if rng.random() < 0.5 else rng.choice(V.LANGS)
        layout = rng.choice(LAYOUTS)
        domain = rng.choice(V.DOMAINS)
        doc = render(rng, layout, lang, domain)
        rec = {
            "id": f"h15-{seed}-{i:05d}", "lang": lang, "country": V.COUNTRY[lang], "layout": layout,
            "domain": domain, "text": doc.text, "spans": doc.spans, "lookalikes": doc.looks,
        }  # fmt: skip
        check(rec)
        out.append(rec)
    return out


def stats(recs: list[dict]) -> str:
    lines = []
    for title, cnt in (
        ("span kinds", Counter(s["kind"] for r in recs for s in r["spans"])),
        ("look-alike kinds", Counter(s["kind"] for r in recs for s in r["lookalikes"])),
        ("languages", Counter(r["lang"] for r in recs)),
        ("layouts", Counter(r["layout"] for r in recs)),
        ("domains", Counter(r["domain"] for r in recs)),
    ):
        lines.append(
            f"{title} (total {sum(cnt.values())}): "
            + ", ".join(f"{k} {v}" for k, v in cnt.most_common())
        )
    return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    ap = _Parser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    if args.n < 1:
        print("error: --n must be at least 1", file=sys.stderr)
        return 2
    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"error: output directory does not exist: {out.parent}", file=sys.stderr)
        return 2
    recs = make(args.n, args.seed)
    with out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.stats:
        print(stats(recs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
