"""Text with exact offsets, people and the makers of planted values and their twins."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

import h10_checks as ck
import h10_people as pp


class Doc:
    """Text appended piece by piece; marked pieces record their own offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.looks: list[dict] = []

    def add(self, text: str) -> Doc:
        self.parts.append(text)
        self.pos += len(text)
        return self

    def span(self, kind: str, text: str) -> Doc:
        self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
        return self.add(text)

    def look(self, kind: str, text: str) -> Doc:
        self.looks.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
        return self.add(text)

    def text(self) -> str:
        return "".join(self.parts)


def fold(text: str) -> str:
    text = (
        text.replace("ð", "d")
        .replace("Ð", "D")
        .replace("þ", "th")
        .replace("Þ", "Th")
        .replace("đ", "dj")
    )
    text = text.replace("Đ", "Dj").replace("æ", "ae").replace("ľ", "l").replace("Ľ", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@dataclass
class Person:
    country: str
    female: bool
    given: str
    surname: str
    middle: str  # Bulgarian father's name, else empty
    year: int
    month: int
    day: int
    street: str
    number: str
    postcode: str
    town: str

    @property
    def full(self) -> str:
        if self.middle:
            return f"{self.given} {self.middle} {self.surname}"
        return f"{self.given} {self.surname}"

    @property
    def short(self) -> str:
        return f"{self.given} {self.surname}"


def person(rng: random.Random, country: str, young: bool = False) -> Person:
    female = rng.random() < 0.5
    given = rng.choice((pp.FEMALE if female else pp.MALE)[country])
    male_s, female_s = rng.choice(pp.SURNAMES[country])
    middle = ""
    if country == "BG" and rng.random() < 0.5:
        father = rng.choice(pp.SURNAMES["BG"])
        middle = father[1] if female else father[0]
    year = rng.randint(2008, 2016) if young else rng.randint(1956, 2003)
    postcode, town = rng.choice(pp.TOWNS[country])
    return Person(
        country,
        female,
        given,
        female_s if female else male_s,
        middle,
        year,
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.choice(pp.STREETS[country]),
        house_number(rng, country),
        postcode,
        town,
    )


def house_number(rng: random.Random, country: str) -> str:
    n = rng.randint(1, 140)
    if country == "SK" and rng.random() < 0.5:
        return f"{rng.randint(100, 3999)}/{n}"
    if country == "RS" and rng.random() < 0.4:
        return f"{n}/{rng.randint(1, 30)}"
    if country in ("SI", "IS") and rng.random() < 0.2:
        return f"{n}{rng.choice('abc')}"
    return str(n)


def address(p: Person, rng: random.Random, block: bool = False) -> str:
    street = f"{p.street} {p.number}"
    if p.country == "BG" and rng.random() < 0.5:
        street += f", et. {rng.randint(1, 9)}, ap. {rng.randint(1, 40)}"
    if p.country == "IS" and rng.random() < 0.3:
        street += f", íbúð {rng.randint(1, 4)}0{rng.randint(1, 6)}"
    sep = "\n" if block else ", "
    return f"{street}{sep}{p.postcode} {p.town}"


def dob_text(p: Person, lang: str, rng: random.Random, style: str = "") -> str:
    style = style or rng.choice(["num", "num", "words", "short"])
    if style == "iso":
        return f"{p.year:04d}-{p.month:02d}-{p.day:02d}"
    if style == "words":
        dot = "" if lang == "bg" else "."
        return f"{p.day}{dot} {pp.MONTHS[lang][p.month - 1]} {p.year}"
    if lang in ("sk", "sl") and style == "short":
        return f"{p.day}. {p.month}. {p.year}"
    if lang == "sr":
        return f"{p.day:02d}.{p.month:02d}.{p.year}."
    return f"{p.day:02d}.{p.month:02d}.{p.year}"


def other_date(rng: random.Random, lang: str) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2025, 2026])
    return f"{d:02d}.{m:02d}.{y}." if lang == "sr" else f"{d:02d}.{m:02d}.{y}"


def _national_raw(rng: random.Random, p: Person) -> str:
    yy = p.year % 100
    c = p.country
    while True:
        if c == "SK":
            month = p.month + (50 if p.female else 0)
            stem = f"{yy:02d}{month:02d}{p.day:02d}{rng.randint(0, 999):03d}"
            check = (-int(stem) * 10) % 11
            if check < 10:
                return stem + str(check)
        elif c in ("SI", "RS"):
            region = 50 if c == "SI" else rng.randint(71, 79)
            serial = rng.randint(500, 999) if p.female else rng.randint(0, 499)
            stem = f"{p.day:02d}{p.month:02d}{p.year % 1000:03d}{region:02d}{serial:03d}"
            check = ck.emso_check(stem)
            if check < 10:
                return stem + str(check)
        elif c == "BG":
            month = p.month + (40 if p.year >= 2000 else 0)
            ninth = rng.choice("13579" if p.female else "02468")
            stem = f"{yy:02d}{month:02d}{p.day:02d}{rng.randint(0, 99):02d}{ninth}"
            return stem + str(ck.egn_check(stem))
        else:
            stem = f"{p.day:02d}{p.month:02d}{yy:02d}{rng.randint(20, 99):02d}"
            check = ck.kennitala_check(stem)
            if check < 10:
                return stem + str(check) + ("9" if p.year < 2000 else "0")


def _format_id(raw: str, country: str, rng: random.Random) -> str:
    if country == "SK" and rng.random() < 0.7:
        return f"{raw[:6]}/{raw[6:]}"
    if country == "IS" and rng.random() < 0.7:
        return f"{raw[:6]}-{raw[6:]}"
    return raw


def national_id(rng: random.Random, p: Person) -> str:
    return _format_id(_national_raw(rng, p), p.country, rng)


def national_id_twin(rng: random.Random, p: Person) -> str:
    raw = _national_raw(rng, p)
    pos = {"SK": 9, "SI": 12, "RS": 12, "BG": 9, "IS": 8}[p.country]
    while True:
        bad = raw[:pos] + str(rng.randint(0, 9)) + raw[pos + 1 :]
        if not ck.national_id_ok(bad, p.country):
            return _format_id(bad, p.country, rng)


def _iban_with_check(country: str, bban: str) -> str:
    base = ck.iban_mod97(country + "00" + bban)
    return f"{country}{(98 - base) % 97:02d}{bban}"


def _bban(rng: random.Random, country: str) -> str:
    def nd(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    if country == "SK":
        return rng.choice(["0900", "1100", "0200", "7500"]) + "000000" + nd(10)
    if country == "BG":
        return rng.choice(["UNCR", "STSA", "BPBI", "FINV"]) + nd(4) + "10" + nd(8)
    if country == "IS":
        return nd(4) + "26" + nd(6) + _national_raw(rng, person(rng, "IS"))
    return nd({"SI": 15, "RS": 18}[country])


def _fixed_check_iban(rng: random.Random, country: str, check: str) -> str:
    """SI and RS IBANs carry fixed check digits (56, 35): the national check makes them so."""
    length = ck.IBAN_LENGTH[country] - 6
    stem = "".join(rng.choice("0123456789") for _ in range(length))
    for kk in range(100):
        iban = f"{country}{check}{stem}{kk:02d}"
        if ck.iban_mod97(iban) == 1:
            return iban
    raise AssertionError(country)


def group4(text: str) -> str:
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def iban(rng: random.Random, country: str) -> str:
    if country in ("SI", "RS"):
        raw = _fixed_check_iban(rng, country, "56" if country == "SI" else "35")
    else:
        raw = _iban_with_check(country, _bban(rng, country))
    return group4(raw) if rng.random() < 0.6 else raw


def iban_twin(rng: random.Random, country: str) -> str:
    good = iban(rng, country).replace(" ", "")
    while True:
        pos = rng.randint(5, len(good) - 1)
        if not good[pos].isdigit():
            continue
        bad = good[:pos] + str((int(good[pos]) + rng.randint(1, 9)) % 10) + good[pos + 1 :]
        if not ck.iban_ok(bad):
            return group4(bad) if rng.random() < 0.6 else bad


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if brand == "amex":
        stem = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        raw = stem + ck.luhn_digit(stem)
        return f"{raw[:4]} {raw[4:10]} {raw[10:]}" if rng.random() < 0.6 else raw
    head = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720))}[brand]
    stem = head + "".join(rng.choice("0123456789") for _ in range(15 - len(head)))
    raw = stem + ck.luhn_digit(stem)
    style = rng.random()
    return group4(raw) if style < 0.5 else ("-".join(group4(raw).split()) if style < 0.7 else raw)


def card_twin(rng: random.Random) -> str:
    stem = "".join(rng.choice("0123456789") for _ in range(15))
    raw = rng.choice(["6", "9", "4"]) + stem
    if ck.luhn_ok(raw):
        raw = raw[:-1] + str((int(raw[-1]) + 1) % 10)
    return group4(raw)


def phone(rng: random.Random, country: str) -> str:
    def nd(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    code = ck.PHONE_PLANS[country][0]
    form = rng.choice(["intl", "intl", "national", "national", "00"])
    if country == "SK":
        nsn = rng.choice(["90", "91", "94", "95"]) + nd(7) if rng.random() < 0.8 else "2" + nd(8)
        nat = f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}" if nsn[0] == "9" else f"02/{nsn[1:5]} {nsn[5:]}"
        grouped = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}" if nsn[0] == "9" else f"2 {nsn[1:5]} {nsn[5:]}"
    elif country == "SI":
        nsn = (
            rng.choice(["30", "31", "40", "41", "51", "64", "68", "70"]) + nd(6)
            if rng.random() < 0.8
            else "1" + nd(7)
        )
        nat = (
            f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}"
            if len(nsn) == 8 and nsn[0] != "1"
            else f"01 {nsn[1:4]} {nsn[4:6]} {nsn[6:]}"
        )
        grouped = (
            f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}"
            if nsn[0] != "1"
            else f"1 {nsn[1:4]} {nsn[4:6]} {nsn[6:]}"
        )
    elif country == "RS":
        nsn = (
            rng.choice(["60", "61", "62", "63", "64", "65", "66", "69"]) + nd(rng.choice([6, 7]))
            if rng.random() < 0.8
            else "11" + nd(7)
        )
        nat = f"0{nsn[:2]}/{nsn[2:]}" if rng.random() < 0.5 else f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}"
        grouped = f"{nsn[:2]} {nsn[2:]}"
    elif country == "BG":
        nsn = rng.choice(["87", "88", "89", "98"]) + nd(7) if rng.random() < 0.8 else "2" + nd(7)
        nat = f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}" if nsn[0] != "2" else f"02 {nsn[1:4]} {nsn[4:]}"
        grouped = f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}" if nsn[0] != "2" else f"2 {nsn[1:4]} {nsn[4:]}"
    else:
        nsn = rng.choice("678") + nd(6) if rng.random() < 0.85 else "5" + nd(6)
        nat = f"{nsn[:3]} {nsn[3:]}" if rng.random() < 0.7 else f"{nsn[:3]}-{nsn[3:]}"
        grouped = f"{nsn[:3]} {nsn[3:]}"
    if form == "intl":
        return f"+{code} {grouped}" if rng.random() < 0.7 else f"+{code}{nsn}"
    if form == "00":
        return f"00{code} {grouped}"
    return nat


def email(rng: random.Random, p: Person) -> str:
    g, s = fold(p.given).lower(), fold(p.surname).lower()
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g}{s}",
            f"{g[0]}{s}",
            f"{s}.{g}{rng.randint(1, 99)}",
            f"{g}_{p.year % 100:02d}",
        ]
    )
    return f"{local}@{rng.choice(pp.DOMAINS[p.country])}"


def public_ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2a0{rng.randint(0, 9)}:{rng.randint(0x100, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    while True:
        ip = f"{rng.choice([31, 46, 62, 77, 78, 84, 85, 89, 91, 93, 94, 109, 130, 157, 178, 185, 188, 212, 213])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ck.ip_public(ip):
            return ip


def private_ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ]
    )


def doc_ip(rng: random.Random) -> str:
    return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"


def secret(rng: random.Random, kind: str = "") -> str:
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    kind = kind or rng.choice(["pw", "token", "key", "jwt"])
    if kind == "pw":
        word = rng.choice(["Sunce", "Zima", "Hekla", "Tatry", "Vitosha", "Triglav", "Morava"])
        return f"{word}{rng.randint(10, 9999)}{rng.choice('!?#$%*')}{rng.choice(alnum)}"
    if kind == "key":
        return rng.choice(["sk_live_", "kyc_live_", "ak_"]) + "".join(
            rng.choice(alnum) for _ in range(28)
        )
    if kind == "jwt":
        return (
            "eyJhbGciOiJIUzI1NiJ9."
            + "".join(rng.choice(alnum) for _ in range(36))
            + "."
            + "".join(rng.choice(alnum) for _ in range(22))
        )
    return "".join(rng.choice(alnum) for _ in range(40))


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng: random.Random) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def nd(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def money(rng: random.Random, country: str) -> str:
    cur = {"SK": "EUR", "SI": "EUR", "RS": "RSD", "BG": "лв", "IS": "kr."}[country]
    if country == "BG":
        cur = "lv."
    amount = rng.randint(5, 400) * (100 if country in ("RS", "IS") else 1)
    cents = rng.randint(0, 99)
    return (
        f"{amount},{cents:02d} {cur}"
        if country not in ("IS",)
        else f"{amount:,} {cur}".replace(",", ".")
    )


def plate(rng: random.Random, country: str) -> str:
    L = "ABCDEHKMNPRSTVXYZ"
    if country == "SK":
        return f"{rng.choice(['BA', 'KE', 'NR', 'ZA', 'BB', 'PO'])}-{nd(rng, 3)}{rng.choice(L)}{rng.choice(L)}"
    if country == "SI":
        return f"{rng.choice(['LJ', 'MB', 'CE', 'KR', 'KP', 'NM'])} {rng.choice(L)}{rng.choice(L)}-{nd(rng, 3)}"
    if country == "RS":
        return f"{rng.choice(['BG', 'NS', 'NI', 'KG', 'SU', 'ČA'])} {nd(rng, 3)}-{rng.choice(L)}{rng.choice(L)}"
    if country == "BG":
        return f"{rng.choice(['CA', 'PB', 'B', 'A', 'P'])} {nd(rng, 4)} {rng.choice('ABEKMHOPCTX')}{rng.choice('ABEKMHOPCTX')}"
    return f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}{nd(rng, 2)}"


def vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["TMB", "WVW", "VF1", "ZFA", "UU1"]) + "".join(
        rng.choice(chars) for _ in range(14)
    )
