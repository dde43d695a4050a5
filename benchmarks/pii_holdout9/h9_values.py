"""The Doc with exact offsets, people with consistent values, and makers of look-alike twins."""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from dataclasses import dataclass, field

import h9_checks as ck
from h9_people import COMPANIES, HOTLINES, MAIL_DOMAINS, NAMES, STREETS, TOWNS
from h9_phrases import LANG_COUNTRY, MONTHS


class Doc:
    """Text appended piece by piece; every labelled piece records where it starts and ends."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.looks: list[dict] = []

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.pos += len(text)
        return self

    def s(self, kind: str, text: str) -> Doc:
        self.spans.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
        return self.t(text)

    def k(self, kind: str, text: str) -> Doc:
        self.looks.append({"kind": kind, "start": self.pos, "end": self.pos + len(text)})
        return self.t(text)

    def text(self) -> str:
        return "".join(self.parts)


def fold(text: str) -> str:
    """ASCII without diacritics, as logins, e-mail local parts and old systems write names."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- dates


def fmt_date(lang: str, d: dt.date, style: int) -> str:
    """One of a few ways each language writes a calendar date (style picks, modulo the list)."""
    y, m, dd = d.year, d.month, d.day
    opts: list[str]
    if lang == "hu":
        opts = [
            f"{y}.{m:02d}.{dd:02d}.",
            f"{y}. {m:02d}. {dd:02d}.",
            f"{y}. {MONTHS['hu'][m - 1]} {dd}.",
            f"{y}-{m:02d}-{dd:02d}",
        ]
    elif lang == "vi":
        opts = [
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd}/{m}/{y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd} tháng {m} năm {y}",
        ]
    elif lang == "ms":
        opts = [
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd} {MONTHS['ms'][m - 1]} {y}",
            f"{dd:02d}.{m:02d}.{y}",
        ]
    elif lang in ("en", "af"):
        opts = [
            f"{y}/{m:02d}/{dd:02d}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd} {MONTHS[lang][m - 1]} {y}",
            f"{y}-{m:02d}-{dd:02d}",
        ]
    elif lang == "et":
        opts = [
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd}.{m}.{y}",
            f"{dd}. {MONTHS['et'][m - 1]} {y}",
            f"{y}-{m:02d}-{dd:02d}",
        ]
    elif lang == "lt":
        opts = [
            f"{y}-{m:02d}-{dd:02d}",
            f"{y}.{m:02d}.{dd:02d}",
            f"{y} m. {MONTHS['lt'][m - 1]} {dd} d.",
            f"{y}-{m:02d}-{dd:02d}",
        ]
    else:  # hr
        opts = [
            f"{dd:02d}.{m:02d}.{y}.",
            f"{dd}. {m}. {y}.",
            f"{dd}. {MONTHS['hr'][m - 1]} {y}.",
            f"{dd:02d}.{m:02d}.{y}.",
        ]
    return opts[style % len(opts)]


def rand_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 28).toordinal()))


# ---------------------------------------------------------------- numbers


def price(rng: random.Random, lang: str, big: bool = False) -> str:
    """An amount as the country writes it; big for property prices."""
    if big:
        return _big_price(rng, lang)
    if lang == "hu":
        v = rng.randint(9, 2400) * 10 + rng.choice((0, 90))
        return rng.choice(
            (f"{v:,} Ft".replace(",", " "), f"{v:,} Ft".replace(",", "."), f"HUF {v:,}")
        )
    if lang == "vi":
        v = rng.randint(5, 900) * 10000
        return rng.choice((f"{v:,} ₫".replace(",", "."), f"{v:,}đ".replace(",", "."), f"VND {v:,}"))
    if lang == "ms":
        v = rng.randint(500, 250000) / 100
        return rng.choice((f"RM {v:,.2f}", f"RM{v:,.2f}"))
    if lang in ("en", "af"):
        v = rng.randint(500, 900000) / 100
        return rng.choice((f"R{v:,.2f}".replace(",", " ").replace(".", ","), f"R {v:,.2f}"))
    v = rng.randint(100, 300000) / 100
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return rng.choice((f"{s} €", f"€ {s}", f"{s} EUR"))


def _big_price(rng: random.Random, lang: str) -> str:
    if lang == "hu":
        return f"{rng.randint(25, 190) * 1_000_000:,} Ft".replace(",", " ")
    if lang == "vi":
        return f"{rng.randint(18, 150) * 100_000_000:,} ₫".replace(",", ".")
    if lang == "ms":
        return f"RM {rng.randint(280, 1900) * 1000:,}.00"
    if lang in ("en", "af"):
        return f"R{rng.randint(900, 6500) * 1000:,}".replace(",", " ")
    return f"{rng.randint(60, 450) * 1000:,} €".replace(",", " ")


def group(s: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def phone(rng: random.Random, c: str, style: int) -> str:
    """A personal number of country c in one of its written forms (international, national, bare)."""
    cc, trunk, _ = ck.PHONE_PLANS[c]
    if c == "HU":
        pre = rng.choice(("20", "30", "70", "31", "1", "52"))
        rest = "".join(
            rng.choice(string.digits)
            for _ in range(7 if len(pre) == 2 and pre != "52" else 6 if pre == "52" else 7)
        )
        nat = [
            f"06 {pre} {rest[:3]} {rest[3:]}",
            f"06-{pre}/{rest[:3]}-{rest[3:]}",
            f"+36 {pre} {rest[:3]} {rest[3:]}",
            f"+36{pre}{rest}",
            f"06{pre}{rest}",
        ]
    elif c == "VN":
        pre = rng.choice(("90", "91", "93", "98", "97", "86", "35", "38", "70", "77", "83"))
        rest = "".join(rng.choice(string.digits) for _ in range(7))
        nsn = pre + rest
        nat = [
            f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}",
            f"+84 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            f"+84{nsn}",
            f"0{nsn}",
            f"0{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
        ]
    elif c == "MY":
        if rng.random() < 0.25:
            rest = "".join(rng.choice(string.digits) for _ in range(8))
            nat = [
                f"011-{rest[:4]} {rest[4:]}",
                f"+6011 {rest[:4]} {rest[4:]}",
                f"011{rest}",
                f"+60 11-{rest[:4]} {rest[4:]}",
            ]
        else:
            pre = rng.choice(("12", "13", "16", "17", "19", "14", "10"))
            rest = "".join(rng.choice(string.digits) for _ in range(7))
            nat = [
                f"0{pre}-{rest[:3]} {rest[3:]}",
                f"+60 {pre}-{rest[:3]} {rest[3:]}",
                f"0{pre}{rest}",
                f"+60{pre}{rest}",
                f"0{pre}-{rest}",
            ]
    elif c == "ZA":
        pre = rng.choice(("82", "83", "72", "73", "76", "79", "84", "61", "21", "11"))
        rest = "".join(rng.choice(string.digits) for _ in range(7))
        nat = [
            f"0{pre} {rest[:3]} {rest[3:]}",
            f"+27 {pre} {rest[:3]} {rest[3:]}",
            f"0{pre}{rest}",
            f"+27{pre}{rest}",
            f"(0{pre}) {rest[:3]} {rest[3:]}",
        ]
    elif c == "EE":
        if rng.random() < 0.75:
            rest = "".join(rng.choice(string.digits) for _ in range(rng.choice((6, 7))))
            nsn = "5" + rest
        else:
            nsn = rng.choice("67") + "".join(rng.choice(string.digits) for _ in range(6))
        cut = 4 if len(nsn) == 8 else 3
        nat = [
            f"+372 {nsn[:cut]} {nsn[cut:]}",
            f"{nsn[:cut]} {nsn[cut:]}",
            f"+372{nsn}",
            nsn,
            f"00372 {nsn}",
        ]
    elif c == "LT":
        if rng.random() < 0.8:
            nsn = "6" + "".join(rng.choice(string.digits) for _ in range(7))
            nat = [
                f"+370 {nsn[:3]} {nsn[3:]}",
                f"8 {nsn[:3]} {nsn[3:]}",
                f"8{nsn}",
                f"+370{nsn}",
                f"8-{nsn[:3]}-{nsn[3:]}",
            ]
        else:
            nsn = "5" + "".join(rng.choice(string.digits) for _ in range(7))
            nat = [
                f"+370 5 {nsn[1:4]} {nsn[4:]}",
                f"8 5 {nsn[1:4]} {nsn[4:]}",
                f"(8 5) {nsn[1:4]} {nsn[4:]}",
            ]
    else:  # HR
        if rng.random() < 0.8:
            pre = rng.choice(("91", "92", "95", "97", "98", "99"))
            rest = "".join(rng.choice(string.digits) for _ in range(rng.choice((6, 7))))
            nat = [
                f"0{pre} {rest[:3]} {rest[3:]}",
                f"+385 {pre} {rest[:3]} {rest[3:]}",
                f"0{pre}/{rest[:3]}-{rest[3:]}",
                f"+385{pre}{rest}",
                f"0{pre}{rest}",
            ]
        else:
            rest = "".join(rng.choice(string.digits) for _ in range(7))
            nat = [
                f"01 {rest[:4]} {rest[4:]}",
                f"+385 1 {rest[:4]} {rest[4:]}",
                f"01/{rest[:4]}-{rest[4:]}",
            ]
    out = nat[style % len(nat)]
    assert ck.phone_ok(c, out), (c, out, cc, trunk)
    return out


def iban(rng: random.Random, c: str) -> str:
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if c == "HU":
        bban = (
            rng.choice(("117", "104", "120", "116"))
            + digits(4)
            + digits(1)
            + digits(15)
            + digits(1)
        )
    elif c == "EE":
        bban = rng.choice(("22", "10", "77", "17")) + digits(14)
    elif c == "LT":
        bban = rng.choice(("73000", "70440", "40100", "32500")) + digits(11)
    else:
        bban = rng.choice(("2340009", "2360000", "2484008", "2402006")) + digits(10)
    return ck.iban_from_bban(c, bban)


def iban_written(rng: random.Random, value: str) -> str:
    return rng.choice((group(value, (4,) * 8, " "), value))


def bad_iban(rng: random.Random, c: str) -> str:
    v = iban(rng, c)
    while True:
        bad = v[:2] + f"{rng.randint(2, 98):02d}" + v[4:]
        if not ck.iban_ok(bad):
            return bad


def card(rng: random.Random, c: str) -> str:
    brands = ["visa", "visa", "mastercard", "mastercard", "amex"]
    if c in ("MY", "VN"):
        brands += ["unionpay", "jcb"]
    b = rng.choice(brands)
    prefixes, length = ck.CARD_BRANDS[b]
    pre = rng.choice(prefixes)
    body = pre + "".join(rng.choice(string.digits) for _ in range(length - 1 - len(pre)))
    num = body + ck.luhn_digit(body)
    if length == 15:
        return rng.choice((group(num, (4, 6, 5), " "), num))
    return rng.choice((group(num, (4, 4, 4, 4), " "), group(num, (4, 4, 4, 4), "-"), num))


def bad_card(rng: random.Random, c: str) -> str:
    good = card(rng, c)
    last = good[-1]
    return good[:-1] + str((int(last) + rng.randint(1, 9)) % 10)


# ---------------------------------------------------------------- national ids


def national_id(rng: random.Random, c: str, dob: dt.date, sex: str) -> str:
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if c == "HU":
        if rng.random() < 0.5:
            body = d(8)
            v = body + ck.taj_digit(body)
            return rng.choice((group(v, (3, 3, 3), " "), group(v, (3, 3, 3), "-"), v))
        while True:
            days = (dob - ck.HU_TAX_EPOCH).days
            body = f"8{days:05d}{d(3)}"
            chk = ck.hu_tax_digit(body)
            if chk is not None:
                return body + chk
    if c == "ZA":
        seq = rng.randint(5000, 9999) if sex == "m" else rng.randint(0, 4999)
        body = f"{yy:02d}{mm:02d}{dd:02d}{seq:04d}{rng.choice('0001')}8"
        v = body + ck.luhn_digit(body)
        return rng.choice((v, v, f"{v[:6]} {v[6:10]} {v[10:]}"))
    if c in ("EE", "LT"):
        g = (3 if sex == "m" else 4) + (2 if dob.year >= 2000 else 0)
        body = f"{g}{yy:02d}{mm:02d}{dd:02d}{d(3)}"
        return body + ck.baltic_digit(body)
    if c == "HR":
        body = str(rng.randint(1, 9)) + d(9)
        return body + ck.oib_digit(body)
    if c == "MY":
        last = rng.choice("13579" if sex == "m" else "02468")
        v = f"{yy:02d}{mm:02d}{dd:02d}{rng.choice(ck.MY_STATE_CODES)}{d(3)}{last}"
        return rng.choice((f"{v[:6]}-{v[6:8]}-{v[8:]}", f"{v[:6]}-{v[6:8]}-{v[8:]}", v))
    # VN
    cs = (0 if sex == "m" else 1) + (2 if dob.year >= 2000 else 0)
    return f"{rng.choice(ck.VN_PROVINCES)}{cs}{yy:02d}{d(6)}"


def bad_national_id(rng: random.Random, c: str, dob: dt.date, sex: str) -> str:
    """Same shape as a real id of c, check digit broken (only for schemes with a check digit)."""
    while True:
        v = national_id(rng, c, dob, sex)
        digits = v.replace(" ", "").replace("-", "")
        if c == "HU" and len(digits) == 10:
            continue
        broken = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
        if not ck.national_id_ok(c, broken):
            return broken


# ---------------------------------------------------------------- people


@dataclass
class Person:
    country: str
    lang: str
    sex: str
    given: str
    family: str
    full: str  # as the country writes it in prose and forms
    dob: dt.date
    email: str
    phone_style: int
    addr: list[str] = field(default_factory=list)  # address lines as written


def _name(rng: random.Random, c: str, sex: str) -> tuple[str, str, str]:
    n = NAMES[c]
    if c == "HU":
        g, f = rng.choice(n[sex]), rng.choice(n["family"])
        return g, f, f"{f} {g}"
    if c == "VN":
        f, mid, g = rng.choice(n["family"]), rng.choice(n["mid_" + sex]), rng.choice(n[sex])
        return g, f, f"{f} {mid} {g}"
    if c == "MY":
        r = rng.random()
        if r < 0.5:
            g, f = rng.choice(n[sex]), rng.choice(n["family"])
            return g, f, f"{g} {'bin' if sex == 'm' else 'binti'} {f}"
        if r < 0.8:
            f, g = rng.choice(n["cn_family"]), rng.choice(n["cn_given"])
            return g, f, f"{f} {g}"
        g, f = rng.choice(n["in_" + sex]), rng.choice(n["in_father"])
        return g, f, f"{g} {'a/l' if sex == 'm' else 'a/p'} {f}"
    if c == "LT":
        g = rng.choice(n[sex])
        f = rng.choice(n["family"] if sex == "m" else n["family_f"])
        return g, f, f"{g} {f}"
    g, f = rng.choice(n[sex]), rng.choice(n["family"])
    return g, f, f"{g} {f}"


def address(rng: random.Random, c: str, form: int | None = None) -> list[str]:
    """A private postal address in the country's convention, as one or more lines."""
    st = rng.choice(STREETS[c])
    town = rng.choice(TOWNS[c])
    no = rng.randint(1, 180)
    if c == "HU":
        unit = rng.choice(
            (
                "",
                f" {rng.randint(1, 9)}. em. {rng.randint(1, 30)}.",
                f" fsz. {rng.randint(1, 6)}.",
                f" {rng.choice(('II', 'III', 'IV'))}/{rng.randint(1, 12)}",
            )
        )
        line = f"{st} {no}.{unit}"
        forms = [
            [f"{town[0]} {town[1]}, {line}"],
            [line, f"{town[0]} {town[1]}"],
            [f"{town[1]}, {line}, {town[0]}"],
        ]
    elif c == "VN":
        hn = rng.choice(
            (f"{no}", f"{no}/{rng.randint(2, 60)}", f"Số {no} ngõ {rng.randint(2, 200)}")
        )
        kind = rng.choice(("", "đường ", "phố "))
        ward = town[2] if town[2].startswith("Phường") else f"P. {town[2]}"
        forms = [
            [f"{hn} {kind}{st}, {ward}, {town[0]}, {town[1]}"],
            [f"{hn} {kind}{st}", f"{ward}, {town[0]}, {town[1]}"],
            [fold(f"{hn} {st}, {ward}, {town[0]}, {town[1]}")],
        ]
    elif c == "MY":
        hn = rng.choice(
            (
                f"No. {no}",
                f"{no}",
                f"Lot {no}",
                f"A-{rng.randint(1, 30)}-{rng.randint(1, 12)}, Residensi Seri Mutiara",
            )
        )
        forms = [
            [f"{hn}, {st}, {town[0]} {town[1]}, {town[2]}"],
            [f"{hn}, {st}", f"{town[0]} {town[1]}, {town[2]}"],
            [f"{hn} {st}, {town[0]} {town[1]}"],
        ]
    elif c == "ZA":
        unit = rng.choice(
            ("", f"Unit {rng.randint(1, 40)}, ", f"Flat {rng.randint(1, 60)}, Seaview Court, ")
        )
        forms = [
            [f"{unit}{no} {st}, {town[2]}, {town[1]}, {town[0]}"],
            [f"{unit}{no} {st}", f"{town[2]}", f"{town[1]}", town[0]],
            [
                f"{'PO Box' if rng.random() < 0.6 else 'Posbus'} {rng.randint(100, 9999)}, {town[1]}, {town[0]}"
            ],
        ]
    elif c == "EE":
        hn = rng.choice((f"{no}", f"{no}-{rng.randint(1, 80)}", f"{no}A-{rng.randint(1, 40)}"))
        forms = [
            [f"{st} {hn}, {town[0]} {town[1]}"],
            [f"{st} {hn}", f"{town[0]} {town[1]}"],
            [f"{st} {hn}, {town[1]} {town[0]}"],
        ]
    elif c == "LT":
        hn = rng.choice((f"{no}", f"{no}-{rng.randint(1, 80)}", f"{no}A-{rng.randint(1, 40)}"))
        forms = [
            [f"{st} {hn}, LT-{town[0]} {town[1]}"],
            [f"{st} {hn}", f"LT-{town[0]} {town[1]}"],
            [f"{st} {hn}, {town[1]} {town[0]}"],
        ]
    else:  # HR
        hn = rng.choice((f"{no}", f"{no}a", f"{no}/II", f"{no}/{rng.randint(1, 9)}. kat"))
        forms = [
            [f"{st} {hn}, {town[0]} {town[1]}"],
            [f"{st} {hn}", f"{town[0]} {town[1]}"],
            [f"{st} {hn}, HR-{town[0]} {town[1]}"],
        ]
    return forms[form] if form is not None else rng.choice(forms)


def email_for(rng: random.Random, c: str, given: str, family: str, year: int) -> str:
    g = fold(given.split()[0]).lower()
    f = fold(family.replace(" ", "")).lower()
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{f}.{g}",
            f"{g}{f}{year % 100:02d}",
            f"{g[0]}{f}",
            f"{g}_{f}{rng.randint(1, 99)}",
        )
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS[c])}"


def person(
    rng: random.Random,
    lang: str,
    y0: int = 1952,
    y1: int = 2004,
    sex: str = "",
    form: int | None = None,
) -> Person:
    c = LANG_COUNTRY[lang]
    sex = sex or rng.choice("mf")
    g, f, full = _name(rng, c, sex)
    if lang == "af" and sex == "m" and rng.random() < 0.3:
        full = f"{g} {f}"
    dob = rand_date(rng, y0, y1)
    return Person(
        c,
        lang,
        sex,
        g,
        f,
        full,
        dob,
        email_for(rng, c, g, f, dob.year),
        rng.randint(0, 9),
        address(rng, c, form),
    )


def public_ip(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.8:
            v = ".".join(str(rng.randint(1, 254)) for _ in range(4))
        else:
            v = f"2a0{rng.randint(0, 9)}:{rng.randint(0x100, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
        if ck.ip_ok(v):
            return v


def private_ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"192.168.{rng.randint(0, 5)}.{rng.randint(2, 254)}",
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            "127.0.0.1",
        )
    )


def server_ip(rng: random.Random) -> str:
    """Public resolvers and CDN edges: global addresses that belong to no person."""
    return rng.choice(
        (
            "8.8.8.8",
            "1.1.1.1",
            "9.9.9.9",
            "208.67.222.222",
            "2001:4860:4860::8888",
            "2606:4700:4700::1111",
            "151.101.1.69",
            "104.16.132.229",
        )
    )


def doc_ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"203.0.113.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"192.0.2.{rng.randint(1, 254)}",
            f"2001:db8::{rng.randint(1, 0xFFF):x}",
        )
    )


def secret(rng: random.Random) -> str:
    a = string.ascii_letters + string.digits
    r = lambda n, al=a: "".join(rng.choice(al) for _ in range(n))  # noqa: E731
    return rng.choice(
        (
            "AKIA" + r(16, string.ascii_uppercase + string.digits),
            "ghp_" + r(36),
            "xoxb-" + f"{rng.randint(10**10, 10**11)}-{rng.randint(10**10, 10**11)}-" + r(24),
            "sk_live_" + r(24),
            "glpat-" + r(20),
            "eyJhbGciOiJIUzI1NiJ9." + r(40) + "." + r(43),
            r(12, string.ascii_letters + string.digits + "!#%&*"),
            "SG." + r(22) + "." + r(43),
        )
    )


def password(rng: random.Random, p: Person) -> str:
    base = fold(
        rng.choice(
            (
                p.given.split()[0],
                p.family.split()[-1],
                "Nyar",
                "Kavu",
                "Tigris",
                "Lotus",
                "Baltic",
                "Adria",
            )
        )
    )
    return rng.choice(
        (
            f"{base}{p.dob.year}!",
            f"{base.lower()}_{rng.randint(10, 9999)}",
            f"{base}#{rng.randint(100, 999)}x",
            f"Q{rng.randint(1000, 99999)}w!{base[:3]}",
        )
    )


def placeholder_secret(rng: random.Random) -> str:
    return rng.choice(
        (
            "${DB_PASSWORD}",
            "<your-api-key>",
            "********",
            "[REDACTED]",
            "{{ .Values.apiKey }}",
            "process.env.STRIPE_KEY",
            "changeme",
            "xxxx-xxxx-xxxx",
        )
    )


def sha(rng: random.Random, n: int = 40) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng: random.Random) -> str:
    h = sha(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def order_id(rng: random.Random, c: str) -> str:
    return rng.choice(
        (
            f"{c}-{rng.randint(10**8, 10**9 - 1)}",
            f"#{rng.randint(100000, 9999999)}",
            f"{rng.randint(10**9, 10**10 - 1)}",
            f"SO{rng.randint(10**7, 10**8 - 1)}",
        )
    )


def company(rng: random.Random, c: str) -> tuple[str, str, str, str]:
    return rng.choice(COMPANIES[c])


def hotline(rng: random.Random, c: str) -> str:
    return rng.choice(HOTLINES[c])


def version(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
            f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(100, 9999)}",
            f"v{rng.randint(1, 5)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
        )
    )


def timestamp(rng: random.Random) -> str:
    d = rand_date(rng, 2023, 2026)
    return rng.choice(
        (
            f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
            f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}",
        )
    )


def other_date(rng: random.Random, lang: str) -> str:
    return fmt_date(lang, rand_date(rng, 2022, 2027), rng.randint(0, 3))


def town_alone(rng: random.Random, c: str) -> str:
    return rng.choice(TOWNS[c])[1]


def street_alone(rng: random.Random, c: str) -> str:
    return rng.choice(STREETS[c])
