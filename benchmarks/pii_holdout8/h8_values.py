"""Labelled values: a Doc that records offsets, and makers of planted values and their twins."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import h8_checks as chk
from h8_people import EMAIL_DOMAINS, NAMES, STREETS, TOWNS


@dataclass
class Doc:
    """Text built piece by piece; a labelled piece records where it starts, so offsets are exact."""

    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    looks: list[dict[str, object]] = field(default_factory=list)
    size: int = 0

    def add(self, text: str) -> Doc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def _mark(self, marks: list[dict[str, object]], kind: str, text: str) -> Doc:
        marks.append({"kind": kind, "start": self.size, "end": self.size + len(text)})
        return self.add(text)

    def span(self, kind: str, text: str) -> Doc:
        return self._mark(self.spans, kind, text)

    def look(self, kind: str, text: str) -> Doc:
        return self._mark(self.looks, kind, text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize(
        "NFKD", text.replace("ı", "i").replace("ș", "s").replace("ț", "t")
    )
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in ".-"))


@dataclass
class Person:
    given: str
    family: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}".strip()


def person(rng: random.Random, country: str) -> Person:
    table = NAMES[country]
    female = rng.random() < 0.5
    given = rng.choice(table["f" if female else "m"])
    last = rng.choice(table["last"])
    family = last[1 if female else 0] if isinstance(last, tuple) else last
    if country == "ID" and rng.random() < 0.25:
        family = ""  # many Indonesians have one name only
    return Person(given, family, female)


def email(rng: random.Random, who: Person, country: str) -> str:
    g = ascii_fold(who.given.split()[0]).lower()
    f = ascii_fold((who.family or who.given).split()[-1]).lower()
    local = rng.choice([f"{g}.{f}", f"{g}{f}", f"{g}_{f}{rng.randint(1, 99)}",
                        f"{g[0]}{f}", f"{f}.{g}{rng.randint(70, 99)}"])  # fmt: skip
    return f"{local}@{rng.choice(EMAIL_DOMAINS[country])}"


def spoken_email(rng: random.Random, who: Person) -> str:
    """An e-mail as speech-to-text writes it: 'sarah dot hughes at gmail dot com'."""
    g = ascii_fold(who.given.split()[0]).lower()
    f = ascii_fold((who.family or who.given).split()[-1]).lower().replace("'", "")
    domain = rng.choice(["gmail", "outlook", "yahoo", "icloud"])
    return f"{g} {rng.choice(['dot', 'underscore'])} {f} at {domain} dot com"


def _nsn(rng: random.Random, country: str) -> str:
    """A national significant number fitting the country's plan (mobile mostly)."""
    r = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    mobile = rng.random() < 0.8
    match country:
        case "BR":
            ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "91"])
            return ddd + ("9" + r(8) if mobile else str(rng.randint(2, 5)) + r(7))
        case "CZ":
            return (rng.choice(["60" + str(rng.randint(1, 8)), "7" + rng.choice("2379") + r(1)])
                    if mobile else "2" + r(2)) + r(6)  # fmt: skip
        case "GR":
            return "69" + r(8) if mobile else "21" + r(8)
        case "RO":
            return "7" + str(rng.randint(2, 9)) + r(7) if mobile else "21" + r(7)
        case "TR":
            return (
                "5" + str(rng.randint(0, 5)) + r(8)
                if mobile
                else rng.choice(["212", "216", "312"]) + r(7)
            )
        case "ID":
            return "8" + str(rng.randint(1, 5)) + r(rng.randint(8, 10)) if mobile else "21" + r(8)
        case "PH":
            return "9" + r(9) if mobile else "2" + r(8)
        case "KE":
            return "7" + r(8) if mobile else "1" + rng.choice("01") + r(7)
        case "GB":
            return "7" + str(rng.randint(1, 9)) + r(8)
        case _:
            return str(rng.randint(2, 9)) + r(2) + str(rng.randint(2, 9)) + r(6)


PHONE_SHAPES = {
    # (international form, national form) from the national significant number n
    "BR": (lambda n: f"+55 {n[:2]} {n[2:-4]}-{n[-4:]}", lambda n: f"({n[:2]}) {n[2:-4]}-{n[-4:]}"),
    "CZ": (lambda n: f"+420 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]} {n[3:6]} {n[6:]}"),
    "GR": (lambda n: f"+30 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]} {n[3:]}"),
    "RO": (lambda n: f"+40 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]}.{n[3:6]}.{n[6:]}"),
    "TR": (
        lambda n: f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
        lambda n: f"0 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}",
    ),
    "ID": (lambda n: f"+62 {n[:3]}-{n[3:7]}-{n[7:]}", lambda n: f"0{n[:3]}-{n[3:7]}-{n[7:]}"),
    "PH": (lambda n: f"+63 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}"),
    "KE": (lambda n: f"+254 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}"),
    "GB": (lambda n: f"+44 {n[:4]} {n[4:]}", lambda n: f"0{n[:4]} {n[4:]}"),
    "US": (lambda n: f"+1 {n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"({n[:3]}) {n[3:6]}-{n[6:]}"),
}
CC = {c: chk.PHONE_PLANS[c][0] for c in chk.PHONE_PLANS}


def phone(rng: random.Random, country: str) -> str:
    n = _nsn(rng, country)
    intl, national = PHONE_SHAPES[country]
    style = rng.random()
    if style < 0.4:
        value = intl(n)
    elif style < 0.8:
        value = national(n)
    elif style < 0.9:
        value = "+" + CC[country] + n  # E.164, as WhatsApp and CRMs store it
    else:
        value = (CC[country] + n) if country != "BR" else "0" + n  # wa.me style / BR trunk
        value = value if country == "BR" else "00" + value
    assert chk.phone_ok(country, value), (country, value)
    return value


SPOKEN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_phone(rng: random.Random, country: str) -> str:
    """A number as dictation software writes it: 'oh seven seven one two, three four ...'."""
    n = "0" + _nsn(rng, country) if country == "GB" else _nsn(rng, country)
    words = [("oh" if d == "0" and rng.random() < 0.7 else SPOKEN[int(d)]) for d in n]
    groups = [" ".join(words[i : i + 3]) for i in range(0, len(words), 3)]
    value = ", ".join(groups) if rng.random() < 0.5 else " ".join(groups)
    assert chk.phone_ok(country, value), value
    return value


def _rand_digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


CARD_PREFIXES = [  # (prefix, length): Visa, Mastercard (5- and 2-series), Amex, Elo, Hipercard, Troy
    ("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
    ("636297", 16), ("506722", 16), ("606282", 16), ("9792", 16), ("4011 78", 16),
]  # fmt: skip


def card_number(rng: random.Random, luhn_valid: bool = True) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    prefix = prefix.replace(" ", "")
    body = prefix + _rand_digits(rng, length - len(prefix) - 1)
    check = chk.luhn_digit(body)
    if not luhn_valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    return body + check


def card(rng: random.Random, luhn_valid: bool = True) -> str:
    n = card_number(rng, luhn_valid)
    sep = rng.choice([" ", " ", "-", ""])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


IBAN_BODIES = {  # country: body makers after the check digits
    "BR": lambda r: _rand_digits(r, 8) + _rand_digits(r, 5) + _rand_digits(r, 10) + "C1",
    "CZ": lambda r: r.choice(["0800", "0100", "0300", "2010", "5500"]) + _rand_digits(r, 16),
    "GR": lambda r: (
        r.choice(["011", "014", "017", "026"]) + _rand_digits(r, 4) + _rand_digits(r, 16)
    ),
    "RO": lambda r: (
        r.choice(["BTRL", "RNCB", "BRDE", "INGB"])
        + "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(16))
    ),
    "TR": lambda r: _rand_digits(r, 5) + "0" + _rand_digits(r, 16),
}


def iban(rng: random.Random, country: str, valid: bool = True) -> str:
    body = IBAN_BODIES[country](rng)
    moved = body + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    if not valid:
        check = (check + rng.randint(1, 50)) % 97 + 2
    compact = f"{country}{check:02d}{body}"
    if rng.random() < 0.6:
        compact = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    assert chk.iban_ok(compact) == valid, compact
    return compact


def birth_date(rng: random.Random) -> date:
    return date(rng.randint(1954, 2009), rng.randint(1, 12), rng.randint(1, 28))


def _cpf(rng: random.Random) -> str:
    d = _rand_digits(rng, 9)
    for n in (9, 10):
        r = sum(int(c) * w for c, w in zip(d, range(n + 1, 1, -1), strict=True)) % 11
        d += str(0 if r < 2 else 11 - r)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}" if rng.random() < 0.8 else d


def _rodne(rng: random.Random, born: date, female: bool) -> str:
    head = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}"
    while True:
        base = head + _rand_digits(rng, 3)
        last = (11 - int(base) * 10 % 11) % 11
        if last < 10:
            value = base + str(last)
            return f"{value[:6]}/{value[6:]}" if rng.random() < 0.8 else value


def _amka(born: date, rng: random.Random) -> str:
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}" + _rand_digits(rng, 4)
    return body + chk.luhn_digit(body)


def _cnp(rng: random.Random, born: date, female: bool) -> str:
    sex = (2 if female else 1) if born.year < 2000 else (6 if female else 5)
    body = (
        f"{sex}{born.year % 100:02d}{born.month:02d}{born.day:02d}{rng.randint(1, 46):02d}"
        + _rand_digits(rng, 3)
    )
    r = (
        sum(int(c) * w for c, w in zip(body, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9], strict=True))
        % 11
    )
    return body + str(1 if r == 10 else r)


def _tckn(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _nik(rng: random.Random, born: date, female: bool) -> str:
    region = rng.choice(["317401", "327303", "357813", "347102", "517101"])
    return f"{region}{born.day + (40 if female else 0):02d}{born.month:02d}{born.year % 100:02d}{rng.randint(1, 9999):04d}"


def national_id(rng: random.Random, country: str, who: Person, born: date) -> str:
    value = {
        "BR": lambda: _cpf(rng),
        "CZ": lambda: _rodne(rng, born, who.female),
        "GR": lambda: _amka(born, rng),
        "RO": lambda: _cnp(rng, born, who.female),
        "TR": lambda: _tckn(rng),
        "ID": lambda: _nik(rng, born, who.female),
        "PH": lambda: f"{rng.randint(1, 34):02d}-{_rand_digits(rng, 7)}-{rng.randint(0, 9)}",
        "KE": lambda: str(rng.randint(1, 3)) + _rand_digits(rng, rng.choice([6, 7])),
    }[country]()
    assert chk.NATIONAL_ID_RULES[country](value), (country, value)
    return value


def bad_national_id(rng: random.Random, country: str) -> str:
    """An id-shaped number that fails the country's check (only for countries with one)."""
    born = birth_date(rng)
    while True:
        good = national_id(rng, country, Person("x", "y", rng.random() < 0.5), born)
        body, last = good[:-1], good[-1]
        value = body + str((int(last) + rng.randint(1, 9)) % 10)
        if not chk.NATIONAL_ID_RULES[country](value):
            return value


CHECKED_ID_COUNTRIES = ("BR", "CZ", "GR", "RO", "TR")


def cnpj(rng: random.Random) -> str:
    d = _rand_digits(rng, 8) + "0001"
    for n in (12, 13):
        weights = [(i % 8) + 2 for i in range(n)][::-1]
        r = sum(int(c) * w for c, w in zip(d, weights, strict=True)) % 11
        d += str(0 if r < 2 else 11 - r)
    assert chk.cnpj_ok(d)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"


def public_ipv4(rng: random.Random) -> str:
    while True:
        a = rng.choice(
            [31, 46, 78, 81, 85, 88, 94, 105, 112, 151, 176, 177, 179, 185, 188, 196, 200]
        )
        if a not in (10, 100, 127, 169, 172, 192, 198, 203):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def public_ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02", "2804", "2001:4860", "2c0f", "2400", "2a01"]).split(":")
    groups = head + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(head))]
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + ":".join(groups[5:])
    return ":".join(groups)


def ip(rng: random.Random) -> str:
    return public_ipv6(rng) if rng.random() < 0.25 else public_ipv4(rng)


def password(rng: random.Random) -> str:
    words = ["Saudade", "Praha", "Kalimera", "Dracula", "Galatasaray", "Merdeka", "Mabuhay",
             "Simba", "Flamengo", "Bosphorus", "Kopi", "Tusker"]  # fmt: skip
    return (
        rng.choice(words) + rng.choice(["@", "#", "!", "_", "$", "."]) + str(rng.randint(1, 2024))
    )


def otp(rng: random.Random) -> str:
    return _rand_digits(rng, rng.choice([4, 6, 6, 6]))


def api_token(rng: random.Random) -> str:
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    prefix = rng.choice(["sk_live_", "ghp_", "xoxb-", "glpat-", "EAAG", ""])
    return prefix + "".join(rng.choice(alnum) for _ in range(rng.choice([24, 32, 36, 40])))


def address(rng: random.Random, country: str, one_line: bool = True) -> str:
    """A full postal address in the country's own order; two lines when not one_line."""
    street = rng.choice(STREETS[country])
    district, postcode, town = rng.choice(TOWNS[country])
    n = rng.randint(2, 980)
    sep = ", " if one_line else "\n"
    match country:
        case "BR":
            unit = rng.choice(["", f", apto {rng.randint(11, 184)}", f", casa {rng.randint(1, 4)}",
                               f", bloco {rng.choice('ABC')}, ap. {rng.randint(11, 94)}"])  # fmt: skip
            return f"{street}, {n}{unit} – {district}{sep}{town}, CEP {postcode}"
        case "CZ":
            return f"{street} {rng.randint(100, 2999)}/{rng.randint(1, 80)}{sep}{postcode} {town}"
        case "GR":
            return f"{street} {n}{sep}{postcode} {town}"
        case "RO":
            unit = rng.choice(["", f", bl. {rng.choice('ABCM')}{rng.randint(1, 9)}, sc. {rng.randint(1, 3)}, "
                               f"et. {rng.randint(1, 10)}, ap. {rng.randint(1, 80)}"])  # fmt: skip
            where = f"{district}, {town}" if district else f"{town}"
            return f"{street} nr. {n}{unit}{sep}{where} {postcode}"
        case "TR":
            no = rng.choice([f"No: {n} D: {rng.randint(1, 20)}", f"No:{n}/{rng.randint(1, 20)}",
                             f"No:{n} Daire:{rng.randint(1, 20)}"])  # fmt: skip
            return f"{district} {street} {no}{sep}{postcode} {town}"
        case "ID":
            rt = f"RT {rng.randint(1, 15):03d}/RW {rng.randint(1, 12):02d}"
            return f"{street} No. {rng.randint(1, 200)}, {rt}{sep}{district}, {town} {postcode}"
        case "PH":
            head = rng.choice([f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 60)}, {street}",
                               f"Unit {rng.randint(2, 40)}{rng.choice('ABCD')}, {n} {street}",
                               f"{n} {street}"])  # fmt: skip
            return f"{head}{sep}{district}, {town} {postcode}"
        case "KE":
            if rng.random() < 0.4:
                return f"P.O. Box {rng.randint(100, 99999)}-{postcode}{sep}{town}"
            return f"Hse No. {rng.randint(1, 90)}, {street}, {district}{sep}{town}"
        case _:
            return f"{n} {street}{sep}{town} {postcode}"
