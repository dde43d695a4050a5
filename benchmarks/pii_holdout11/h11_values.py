"""Text with exact offsets, people, and makers of values and their twins for PII hold-out 11."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass

import h11_checks as ck
import h11_people as pp


class Doc:
    """Text appended piece by piece; a marked piece records its kind and offsets as it is added."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.looks: list[dict] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def s(self, kind: str, value: str) -> Doc:
        self.spans.append({"kind": kind, "start": self.n, "end": self.n + len(value)})
        return self.t(value)

    def k(self, kind: str, value: str) -> Doc:
        self.looks.append({"kind": kind, "start": self.n, "end": self.n + len(value)})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    country: str
    male: bool
    given: str
    voc: str
    family: str
    patr: str
    patr_voc: str
    born: dt.date
    lat_given: str
    lat_family: str
    gen: str  # Finnish genitive of the family name, else the family name
    nid: str = ""  # the national id, once drawn

    def full(self) -> str:
        return f"{self.given} {self.family}"

    def official(self) -> str:
        """The order of the country's forms: family first, with the patronymic where there is one."""
        if self.patr:
            return f"{self.family} {self.given} {self.patr}"
        return f"{self.family} {self.given}"

    def initials(self, r: random.Random) -> str:
        ini = f"{self.given[0]}." + (f" {self.patr[0]}." if self.patr else "")
        return f"{self.family} {ini}" if r.random() < 0.5 else f"{ini} {self.family}"

    def greeting_name(self, formal: bool = True) -> str:
        """What a greeting writes: vocative given name (and patronymic) or the given name."""
        if not formal:
            return self.voc
        if self.patr and self.country == "UA":
            return f"{self.voc} {self.patr_voc}"
        if self.patr:
            return f"{self.given} {self.patr}"
        return self.voc

    def iata(self) -> str:
        return f"{self.lat_family.upper()}/{self.lat_given.upper()}"


def person(r: random.Random, country: str, born: dt.date | None = None) -> Person:
    male = r.random() < 0.5
    g = r.choice(pp.GIVEN[country]["m" if male else "f"])
    f = r.choice(pp.FAMILY[country])
    fam = f[0] if male else f[1]
    patr, patr_voc = "", ""
    if country in pp.PATRONYMIC:
        p = r.choice(pp.PATRONYMIC[country])
        patr, patr_voc = (p[0], p[1]) if male else (p[2], p[3])
    if born is None:
        born = dt.date(1940, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 66))
    if country == "IL":
        given, voc, lat_g, lat_f = g[0], g[0], g[1], f[1]
        fam = f[0]
    else:
        given, voc = g
        lat_g, lat_f = pp.latin(country, given), pp.latin(country, fam)
    gen = f[2] if country == "FI" else fam
    return Person(country, male, given, voc, fam, patr, patr_voc, born, lat_g, lat_f, gen)


def child(r: random.Random, parent: Person) -> Person:
    """A child of the parent (same family name where the country passes it on)."""
    c = person(r, parent.country, dt.date(2010, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 10)))
    if parent.country == "IL":
        c.family, c.lat_family = parent.family, parent.lat_family
    return c


# ---- dates -------------------------------------------------------------------------------------


def date_text(lang: str, d: dt.date, r: random.Random, prose: bool = False) -> str:
    """A date as people of the language write it (numeric in forms, with month names in prose)."""
    m = pp.MONTHS[lang][d.month - 1]
    if lang == "uk":
        opts = [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year} р."] + (
            [f"{d:%d.%m.%Y} р."] if not prose else []
        )
    elif lang == "ru":
        opts = [f"{d:%d.%m.%Y}", f"{d.day} {m} {d.year} г.", f"{d:%d.%m.%Y} г."]
    elif lang == "lv":
        opts = [f"{d:%d.%m.%Y}.", f"{d.year}. gada {d.day}. {m}", f"{d:%d.%m.%Y}"]
    elif lang == "fi":
        opts = [f"{d.day}.{d.month}.{d.year}", f"{d.day}. {m} {d.year}", f"{d:%d.%m.%Y}"]
    elif lang == "mt":
        opts = [f"{d:%d/%m/%Y}", f"{d.day} ta' {m} {d.year}", f"{d:%d.%m.%Y}"]
    elif lang == "en":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        opts = [f"{d:%d/%m/%Y}", f"{d.day}{suf} {m} {d.year}", f"{d.day} {m} {d.year}"]
    else:  # he
        opts = [f"{d:%d/%m/%Y}", f"{d.day}.{d.month}.{d.year}", f"{d.day} {m} {d.year}"]
    if prose:
        return opts[1] if r.random() < 0.6 else opts[0]
    return r.choice([opts[0], opts[0], opts[2]])


def some_date(r: random.Random, start: int = 2024, years: int = 3) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * years))


# ---- addresses ---------------------------------------------------------------------------------


def address(r: random.Random, country: str, block: bool = False) -> str:
    """A private address by the country's convention; block=True puts the town on its own line."""
    sep = "\n" if block else ", "
    house = str(r.randint(1, 160))
    flat = str(r.randint(1, 120))
    if country == "UA":
        town, pc = r.choice(pp.TOWNS["UA"])
        st = r.choice(pp.STREETS["UA"])
        h = house + r.choice(["", "", "а", "/2", ", корп. 2"])
        if r.random() < 0.5:
            return f"{st}, {h}, кв. {flat}{sep}м. {town}, {pc}"
        return f"{pc}, м. {town}{sep}{st}, буд. {h}, кв. {flat}"
    if country == "KZ":
        town, pc = r.choice(pp.TOWNS["KZ"])
        if r.random() < 0.3:
            return f"г. {town}, {r.choice(pp.KZ_MKR)}, д. {house}, кв. {flat}"
        st = r.choice(pp.STREETS["KZ"])
        if r.random() < 0.5:
            return f"{pc}, г. {town}{sep}{st}, д. {house}, кв. {flat}"
        return f"{st}, {house}, кв. {flat}{sep}г. {town}, {pc}"
    if country == "LV":
        if r.random() < 0.2:
            name, parish, mun, pc = r.choice(pp.LV_RURAL)
            return f'"{name}", {parish}, {mun}{sep}{pc}'
        town, pc = r.choice(pp.TOWNS["LV"])
        return f"{r.choice(pp.STREETS['LV'])} {house}{r.choice(['', 'k-2', 'A'])}-{flat}{sep}{town}, {pc}"
    if country == "FI":
        town, pc = r.choice(pp.TOWNS["FI"])
        unit = r.choice([f" {r.choice('ABC')} {flat}", f" as. {flat}", f" {r.choice('AB')}", ""])
        return f"{r.choice(pp.STREETS['FI'])} {house}{unit}{sep}{pc} {town}"
    if country == "MT":
        town, code = r.choice(pp.TOWNS["MT"])
        pc = f"{code} {r.randint(1000, 9999)}"
        st = r.choice(pp.STREETS["MT"])
        lead = r.choice(
            [
                f"{house}, ",
                f"Flat {flat}, Block {r.choice('ABC')}, ",
                f"'{r.choice(pp.MT_HOUSE)}', ",
            ]
        )
        return f"{lead}{st}{sep}{town} {pc}"
    town, pre = r.choice(pp.TOWNS["IL"])
    pc = pre + "".join(r.choice(string.digits) for _ in range(7 - len(pre)))
    st = r.choice(pp.STREETS["IL"])
    num = r.choice([f"{house} דירה {flat}", f"{house}/{flat}", house])
    return f"{r.choice(['רחוב ', 'רח׳ ', ''])}{st} {num}{sep}{town} {pc}"


def street_alone(r: random.Random, country: str) -> str:
    return r.choice(pp.STREETS[country])


def town_alone(r: random.Random, country: str) -> str:
    return r.choice(pp.TOWNS[country])[0]


# ---- phones ------------------------------------------------------------------------------------


def _sub(r: random.Random, n: int, first: str = "23456789") -> str:
    return r.choice(first) + "".join(r.choice(string.digits) for _ in range(n - 1))


def phone(r: random.Random, country: str, landline: bool = False) -> str:
    """A personal line of the country, in one of the ways people write it there."""
    cc, plan = ck.PHONE_PLAN[country]
    lands = {"UA": "44", "LV": "67", "FI": "9", "MT": "21", "IL": "3", "KZ": "727"}
    if landline:
        pre = lands[country]
        n = next(n for p, n in plan if p == pre)
    else:
        pre, n = r.choice([(p, n) for p, n in plan if p != lands[country]])
    # the subscriber part's first digit: ranges in service (Almaty 727 2/3/7/9..., Israel 2-8)
    first = (
        {"KZ": "2379", "IL": "2345678"}.get(country, "23456789")
        if landline or country == "IL"
        else "23456789"
    )
    nsn = pre + _sub(r, n - len(pre), first)
    if country == "UA":
        a, b = nsn[:2], nsn[2:]
        return r.choice(
            [
                f"+380 {a} {b[:3]} {b[3:5]} {b[5:]}",
                f"+38 (0{a}) {b[:3]}-{b[3:5]}-{b[5:]}",
                f"0{a} {b[:3]} {b[3:5]} {b[5:]}",
                f"0{nsn}",
                f"+380{nsn}",
                f"(0{a}) {b[:3]}-{b[3:]}",
            ]
        )
    if country == "KZ":
        a, b = nsn[:3], nsn[3:]
        return r.choice(
            [
                f"+7 {a} {b[:3]} {b[3:]}",
                f"8 ({a}) {b[:3]}-{b[3:5]}-{b[5:]}",
                f"+7{nsn}",
                f"8{nsn}",
                f"+7 ({a}) {b[:3]} {b[3:5]} {b[5:]}",
            ]
        )
    if country == "LV":
        return r.choice(
            [
                f"+371 {nsn[:2]} {nsn[2:5]} {nsn[5:]}",
                f"+371 {nsn[:4]} {nsn[4:]}",
                nsn,
                f"00371 {nsn}",
                f"(+371) {nsn}",
            ]
        )
    if country == "FI":
        a, b = (nsn[:2], nsn[2:]) if not nsn.startswith("9") else (nsn[:1], nsn[1:])
        return r.choice(
            [
                f"+358 {a} {b[:3]} {b[3:]}",
                f"0{a}-{b[:3]} {b[3:]}",
                f"0{a} {b}",
                f"0{nsn}",
                f"+358{nsn}",
            ]
        )
    if country == "MT":
        return r.choice(
            [
                f"+356 {nsn[:4]} {nsn[4:]}",
                f"{nsn[:4]} {nsn[4:]}",
                f"(+356) {nsn}",
                f"00356 {nsn}",
                nsn,
            ]
        )
    # IL: mobiles 05X-XXX-XXXX, landlines 0X-XXX-XXXX, the subscriber part never starting 0/1
    if nsn.startswith("5"):
        a, b = nsn[:2], nsn[2:]
    else:
        a, b = nsn[:1], nsn[1:]
    return r.choice(
        [
            f"0{a}-{b[:3]}-{b[3:]}",
            f"0{a}-{b}",
            f"+972-{a}-{b[:3]}-{b[3:]}",
            f"+972 {a} {b}",
            f"0{nsn}",
        ]
    )


# ---- e-mail ------------------------------------------------------------------------------------


def email(r: random.Random, p: Person) -> str:
    g = "".join(c for c in p.lat_given.lower() if c.isalnum())
    f = "".join(c for c in p.lat_family.lower() if c.isalnum())
    local = r.choice(
        [
            f"{g}.{f}",
            f"{g[0]}.{f}",
            f"{f}{p.born.year % 100:02d}",
            f"{g}_{f}",
            f"{g}{f[0]}{r.randint(1, 99)}",
        ]
    )
    return f"{local}@{r.choice(pp.PROVIDERS[p.country])}"


ROLES = [
    "info",
    "support",
    "noreply",
    "no-reply",
    "hr",
    "kontakt",
    "booking",
    "laboratory",
    "office",
    "billing",
]


def role_email(r: random.Random, domain: str) -> str:
    return f"{r.choice(ROLES)}@{domain}"


# ---- national ids and twins --------------------------------------------------------------------


def national_id(r: random.Random, p: Person) -> str:
    """The person's id (drawn once, so a message never gives one person two ids)."""
    if not p.nid:
        p.nid = _draw_id(r, p)
    return p.nid


def _draw_id(r: random.Random, p: Person) -> str:
    c = p.country
    if c == "UA":
        return ck.ua_make(p.born, r.randrange(5000), p.male)
    if c == "FI":
        y = p.born.year
        sign = (
            "+"
            if y < 1900
            else r.choice("-" * 4 + "YXWVU")
            if y < 2000
            else r.choice("A" * 4 + "BCDEF")
        )
        ind = r.randrange(2, 899)
        ind = ind | 1 if p.male else ind & ~1
        return ck.hetu_make(p.born, max(ind, 2), sign)
    if c == "LV":
        while True:
            if r.random() < 0.25:
                body = "32" + "".join(r.choice(string.digits) for _ in range(8))
            else:
                cent = (p.born.year - 1800) // 100
                body = (
                    p.born.strftime("%d%m%y")
                    + str(cent)
                    + "".join(r.choice(string.digits) for _ in range(3))
                )
            chk = ck.lv_check(body)
            if chk != 10:
                code = body + str(chk)
                return code[:6] + "-" + code[6:] if r.random() < 0.85 else code
    if c == "MT":
        return f"{r.randint(1, 999999):0{r.choice([5, 6, 7])}d}{r.choice('MMMMGAPLH')}"
    if c == "IL":
        body = "".join(r.choice(string.digits) for _ in range(8))
        return body + ck.luhn_digit(body)
    while True:  # KZ
        cent = (p.born.year - 1800) // 100
        body = (
            p.born.strftime("%y%m%d")
            + str(cent * 2 + (1 if p.male else 2))
            + f"{r.randrange(10000):04d}"
        )
        chk = ck.kz_check(body)
        if chk != 10:
            return body + str(chk)


def id_twin(r: random.Random, p: Person) -> str:
    """The same shape, a real date where there is one, the check broken (Malta has no check: none)."""
    assert p.country != "MT"
    while True:
        v = _draw_id(r, p)
        last = v[-1]
        if p.country == "FI":
            alt = r.choice([c for c in ck.HETU_CHARS if c != last])
        else:
            alt = r.choice([c for c in string.digits if c != last])
        t = v[:-1] + alt
        if not ck.ID_OK[p.country](t):
            return t


# ---- IBANs, cards ------------------------------------------------------------------------------

UA_MFO = ["305299", "300465", "322001", "380805", "351005", "334851"]
LV_BANK = ["HABA", "UNLA", "RIKO", "PARX", "NDEA"]
MT_BANK = ["VALL", "MMEB", "APSB", "LBMA"]
IL_BANK = ["010", "012", "011", "020", "031"]
KZ_BANK = ["722", "601", "965", "998", "914"]


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def bban(r: random.Random, country: str) -> str:
    if country == "UA":
        return r.choice(UA_MFO) + "0000026" + _d(r, 12)
    if country == "LV":
        return r.choice(LV_BANK) + _d(r, 13)
    if country == "FI":
        body = r.choice(["1", "5", "8", "4"]) + _d(r, 12)
        return body + ck.luhn_digit(body)
    if country == "MT":
        return r.choice(MT_BANK) + _d(r, 5) + r.choice(["000000", "400000"]) + _d(r, 12)
    if country == "IL":
        return r.choice(IL_BANK) + _d(r, 3) + "0000000" + _d(r, 6)
    return r.choice(KZ_BANK) + r.choice(["S", "A", "C", "0"]) + _d(r, 12)


def iban(r: random.Random, country: str, grouped: bool | None = None) -> str:
    v = ck.iban_with_check(country, bban(r, country))
    if grouped is None:
        grouped = r.random() < 0.5
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4)) if grouped else v


def iban_twin(r: random.Random, country: str) -> str:
    while True:
        v = iban(r, country)
        pos = r.choice([i for i, c in enumerate(v) if c.isdigit() and i > 4])
        t = v[:pos] + r.choice([d for d in string.digits if d != v[pos]]) + v[pos + 1 :]
        if not ck.iban_ok(t):
            return t


def card(r: random.Random, country: str) -> str:
    kind = r.choice(
        ["visa", "visa", "mc", "mc2", "amex"] + (["prostir"] if country == "UA" else [])
    )
    if kind == "visa":
        body = "4" + _d(r, 14)
    elif kind == "mc":
        body = str(r.randint(51, 55)) + _d(r, 13)
    elif kind == "mc2":
        body = str(r.randint(2221, 2720)) + _d(r, 11)
    elif kind == "prostir":
        body = "9804" + _d(r, 11)
    else:
        body = r.choice(["34", "37"]) + _d(r, 12)
    num = body + ck.luhn_digit(body)
    return group_card(r, num)


def group_card(r: random.Random, num: str) -> str:
    style = r.random()
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}" if style < 0.6 else num
    if style < 0.5:
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))
    if style < 0.7:
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return num


def card_twin(r: random.Random) -> str:
    while True:
        num = r.choice(["4", "5", "6"]) + _d(r, 15)
        if not ck.luhn_ok(num):
            return group_card(r, num)


# ---- network, secrets --------------------------------------------------------------------------


def ip(r: random.Random) -> str:
    """A customer's public address (ISP ranges, never documentation, private or resolvers)."""
    if r.random() < 0.2:
        return f"2a02:{r.randrange(0x1000, 0xFFFF):x}:{r.randrange(0x10, 0xFFFF):x}:{r.randrange(1, 0xFFFF):x}::{r.randrange(1, 0xFFF):x}"
    while True:
        v = f"{r.choice([31, 37, 46, 77, 78, 85, 91, 93, 176, 178, 188, 212, 217])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ck.ip_personal(v):
            return v


def doc_ip(r: random.Random) -> str:
    return r.choice(
        [
            f"192.0.2.{r.randint(1, 254)}",
            f"198.51.100.{r.randint(1, 254)}",
            f"203.0.113.{r.randint(1, 254)}",
            f"2001:db8::{r.randrange(1, 0xFFFF):x}",
        ]
    )


def private_ip(r: random.Random) -> str:
    return r.choice(
        [
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        ]
    )


def public_server_ip(r: random.Random) -> str:
    return r.choice(ck.PUBLIC_SERVERS)


ALNUM = string.ascii_letters + string.digits


def _rand(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def secret(r: random.Random) -> str:
    """A credential in a vendor's published shape, or a password someone chose."""
    k = r.randrange(7)
    if k == 0:
        return "sk_live_" + _rand(r, 24)
    if k == 1:
        return "ghp_" + _rand(r, 36)
    if k == 2:
        return "AKIA" + _rand(r, 16, string.ascii_uppercase + "234567")
    if k == 3:
        return "AIza" + _rand(r, 35, ALNUM + "-_")
    if k == 4:
        return "xoxb-" + _d(r, 12) + "-" + _d(r, 13) + "-" + _rand(r, 24)
    if k == 5:
        return (
            "eyJhbGciOiJIUzI1NiJ9." + _rand(r, 40, ALNUM + "-_") + "." + _rand(r, 43, ALNUM + "-_")
        )
    return password(r)


def password(r: random.Random) -> str:
    words = [
        "Kotik",
        "Sauna",
        "Dzintars",
        "Bajtar",
        "Shalom",
        "Almaty",
        "Karpaty",
        "Lumi",
        "Zvaigzne",
        "Qalb",
    ]
    return (
        r.choice(words)
        + r.choice(["!", "#", "_", "$", "."])
        + str(r.randint(10, 9999))
        + r.choice(["", "x", "Qq"])
    )


PLACEHOLDERS = [
    "${DB_PASSWORD}",
    "<changeme>",
    "********",
    "your-api-key-here",
    "AKIAIOSFODNN7EXAMPLE",
    "{{ vault_password }}",
    "%%SECRET%%",
    "xxxxxxxx",
    "<YOUR_TOKEN>",
]


def placeholder(r: random.Random) -> str:
    return r.choice(PLACEHOLDERS)


def totp_seed(r: random.Random) -> str:
    return _rand(r, 32, string.ascii_uppercase + "234567")


# ---- look-alike identifiers ----------------------------------------------------------------------


def hexs(r: random.Random, n: int) -> str:
    return _rand(r, n, "0123456789abcdef")


def uuid(r: random.Random) -> str:
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def version(r: random.Random) -> str:
    return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


def timestamp(r: random.Random) -> str:
    d = some_date(r)
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def pnr(r: random.Random) -> str:
    return _rand(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def num(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + _d(r, n - 1)


def company(
    r: random.Random, country: str, medical: bool | None = None
) -> tuple[str, str, str, str]:
    """An invented company (name, domain, business address, hotline); medical True: a lab or clinic,
    False: anything but one, None: any."""
    pool = pp.COMPANIES[country]
    if medical is not None:
        pool = [c for c in pool if any(w in c[0].lower() for w in pp.MEDICAL_WORDS) == medical]
    return r.choice(pool)


def famous(r: random.Random, country: str, lang: str) -> tuple[str, str]:
    """A public figure of the country and their birth date, written as the language writes dates in prose."""
    name, ymd = r.choice(pp.FAMOUS[country])
    return name, date_text(lang, dt.date(*ymd), r, prose=True)
