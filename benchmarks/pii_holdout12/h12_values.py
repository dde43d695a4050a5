"""Text with exact offsets, people, calendars, and the makers of values and twins of hold-out 12."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field

import h12_checks as ck
import h12_people as pp
from h12_calendars import (
    EN_MONTHS,
    IR_MONTHS,
    TH_MONTHS,
    TH_MONTHS_ABBR,
    jp_era,
    to_hijri,
    to_jalali,
)

# --- Doc: the text is appended piece by piece, so every mark's offsets are exact ------------------


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []
        self.looks: list[dict[str, object]] = []

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.n += len(text)
        return self

    def s(self, kind: str, value: str) -> Doc:
        """A value that must be redacted."""
        start = self.n
        self.t(value)
        self.spans.append({"kind": kind, "start": start, "end": self.n})
        return self

    def k(self, kind: str, value: str) -> Doc:
        """A look-alike that must be kept."""
        start = self.n
        self.t(value)
        self.looks.append({"kind": kind, "start": start, "end": self.n})
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --- Digits in other scripts ---------------------------------------------------------------------
FULLWIDTH = str.maketrans("0123456789-:/()+", "０１２３４５６７８９－：／（）＋")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")  # U+0660.., Arabic-Indic
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")  # U+06F0.., Extended Arabic-Indic


def native_digits(text: str, country: str) -> str:
    if country == "AE":
        return text.translate(ARABIC_DIGITS)
    if country == "IR":
        return text.translate(PERSIAN_DIGITS)
    return text


# --- People --------------------------------------------------------------------------------------


@dataclass
class Person:
    country: str
    sex: str
    family: str
    given: str
    family_l: str
    given_l: str
    kana: str = ""
    father: str = ""
    father_l: str = ""
    grandfather: str = ""
    grandfather_l: str = ""
    nick: str = ""
    nick_l: str = ""
    dob: dt.date = dt.date(1990, 1, 1)
    nid: str = ""
    phone: str = ""  # national digits
    email: str = ""
    home: tuple[str, ...] = field(default_factory=tuple)
    house: tuple[int, ...] = field(default_factory=tuple)


def make_person(r: random.Random, country: str, child: bool = False, sex: str = "") -> Person:
    p = _draw_person(r, country, child)
    while sex and p.sex != sex:
        p = _draw_person(r, country, child)
    return p


def _draw_person(r: random.Random, country: str, child: bool) -> Person:
    if child:
        dob = dt.date(2008, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 10))
    else:
        dob = dt.date(1952, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 50))
    if country == "KR":
        (f, fl), (g, gl, sex) = r.choice(pp.KR_FAMILY), r.choice(pp.KR_GIVEN)
        p = Person(country, sex, f, g, fl, gl)
    elif country == "JP":
        (f, fl, fk), (g, gl, gk, sex) = r.choice(pp.JP_FAMILY), r.choice(pp.JP_GIVEN)
        p = Person(country, sex, f, g, fl, gl, kana=f"{fk} {gk}")
    elif country == "CN":
        (f, fl), (g, gl, sex) = r.choice(pp.CN_FAMILY), r.choice(pp.CN_GIVEN)
        p = Person(country, sex, f, g, fl, gl)
    elif country == "TH":
        (f, fl), (g, gl, sex) = r.choice(pp.TH_FAMILY), r.choice(pp.TH_GIVEN)
        n, nl = r.choice(pp.TH_NICK)
        p = Person(country, sex, f, g, fl, gl, nick=n, nick_l=nl)
    elif country == "AE":
        (f, fl), (g, gl, sex) = r.choice(pp.AE_FAMILY), r.choice(pp.AE_GIVEN)
        (fa, fal), (gf, gfl) = r.sample(pp.AE_FATHER, 2)
        p = Person(country, sex, f, g, fl, gl, father=fa, father_l=fal, grandfather=gf,
                   grandfather_l=gfl)  # fmt: skip
    else:
        (f, fl), (g, gl, sex) = r.choice(pp.IR_FAMILY), r.choice(pp.IR_GIVEN)
        fa, fal, _ = r.choice([x for x in pp.IR_GIVEN if x[2] == "m"])
        p = Person(country, sex, f, g, fl, gl, father=fa, father_l=fal)
    p.dob = dob
    p.nid = national_id(r, country, dob, p.sex)
    p.phone = phone_digits(r, country)
    p.email = email_for(r, p)
    p.home = r.choice(pp.STREETS[country])
    p.house = (r.randint(1, 250), r.randint(1, 30), r.randint(101, 2505), r.randint(1, 9))
    return p


def name(p: Person, r: random.Random, latin: bool = False) -> str:
    """The full name in one of the country's ways of writing it (titles outside)."""
    c = p.country
    if c == "KR":
        if latin:
            return r.choice([f"{p.family_l} {p.given_l}", f"{p.given_l} {p.family_l}",
                             f"{p.family_l.upper()} {p.given_l.replace('-', ' ').upper()}"])  # fmt: skip
        return p.family + p.given
    if c == "JP":
        if latin:
            return r.choice([f"{p.family_l} {p.given_l}", f"{p.given_l} {p.family_l}",
                             f"{p.family_l.upper()} {p.given_l.upper()}"])  # fmt: skip
        return r.choice(
            [f"{p.family} {p.given}", f"{p.family}{p.given}", f"{p.family}\u3000{p.given}"]
        )
    if c == "CN":
        if latin:
            return r.choice([f"{p.family_l} {p.given_l}", f"{p.family_l.upper()} {p.given_l}",
                             f"{p.given_l} {p.family_l}"])  # fmt: skip
        return p.family + p.given
    if c == "TH":
        return f"{p.given_l} {p.family_l}" if latin else f"{p.given} {p.family}"
    if c == "AE":
        if latin:
            return r.choice([f"{p.given_l} {p.father_l} {p.grandfather_l} {p.family_l}",
                             f"{p.given_l} {p.family_l}",
                             f"{p.given_l} {'bin' if p.sex == 'm' else 'bint'} {p.father_l} {p.family_l}"])  # fmt: skip
        return r.choice([f"{p.given} {p.father} {p.grandfather} {p.family}",
                         f"{p.given} {'بن' if p.sex == 'm' else 'بنت'} {p.father} {p.family}",
                         f"{p.given} {p.family}"])  # fmt: skip
    return f"{p.given_l} {p.family_l}" if latin else f"{p.given} {p.family}"


def short_name(p: Person, latin: bool = False) -> str:
    """What a chat or a greeting calls the person: family name before -san/님/先生, given name."""
    if p.country in ("JP",):
        return p.family_l if latin else p.family
    if p.country == "KR":
        return p.given_l if latin else p.given
    if p.country == "CN":
        return p.given_l if latin else p.family + p.given
    return p.given_l if latin else p.given


# --- Addresses -----------------------------------------------------------------------------------


def address(p: Person, r: random.Random, latin: bool = False) -> str:
    st, stl, dis, disl, town, townl, pc = p.home
    a, b, room, e = p.house
    c = p.country
    if c == "KR":
        if latin:
            return f"{room}-ho, {b}01-dong, {a} {stl}, {disl}, {townl} {pc}"
        return f"{town} {dis} {st} {a}, {b}01동 {room}호 ({pc})"
    if c == "JP":
        chome = e
        if latin:
            return f"{chome}-{b}-{a % 20 + 1}-{room}, {stl}, {disl}, {townl} {pc}"
        return r.choice([
            f"〒{pc} {town}{dis}{st}{chome}丁目{b}-{a % 20 + 1} {room}号室",
            f"〒{pc}\n{town}{dis}{st}{chome}-{b}-{a % 20 + 1}-{room}",
        ])  # fmt: skip
    if c == "CN":
        if latin:
            return f"Room {room}, Building {b}, No. {a} {stl}, {disl}, {townl} {pc}"
        return f"{town}{dis}{st}{a}号{b}号楼{e}单元{room}室"
    if c == "TH":
        if latin:
            return f"{a}/{b} Moo {e}, {stl}, {disl}, {townl} {pc}"
        return f"{a}/{b} หมู่ {e} {st} {dis} {town} {pc}"
    if c == "AE":
        if latin:
            return r.choice([f"Villa {a}, Street {b}, {stl}, {townl}",
                             f"Flat {room}, Building {e}, {stl}, {townl}"])  # fmt: skip
        return native_digits(f"فيلا {a}، شارع {b}، {st}، {town}", c)
    if latin:
        return f"No. {a}, {dis and disl}, {stl}, {townl}, Postal code {pc}"
    return native_digits(f"{town}، {st}، {dis}، پلاک {a}، واحد {e}، کد پستی {pc}", c)


# --- Dates ---------------------------------------------------------------------------------------


def date_text(d: dt.date, country: str, r: random.Random, latin: bool = False) -> str:
    """A date as the country writes it on forms; the calendar of the country where it has one."""
    c = country
    if latin or c == "AE" and r.random() < 0.4:
        return r.choice([f"{d:%Y-%m-%d}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                         f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"])  # fmt: skip
    if c == "KR":
        return r.choice([f"{d.year}년 {d.month}월 {d.day}일", f"{d:%Y.%m.%d}.", f"{d:%Y-%m-%d}",
                         f"{d:%Y.%m.%d}"])  # fmt: skip
    if c == "JP":
        era, letter, y = jp_era(d)
        ys = "元" if y == 1 else str(y)
        return r.choice([f"{d.year}年{d.month}月{d.day}日", f"{era}{ys}年{d.month}月{d.day}日",
                         f"{d:%Y/%m/%d}", f"{letter}{y}.{d.month}.{d.day}"])  # fmt: skip
    if c == "CN":
        return r.choice(
            [f"{d.year}年{d.month}月{d.day}日", f"{d:%Y-%m-%d}", f"{d.year}.{d.month}.{d.day}"]
        )
    if c == "TH":
        be = d.year + 543
        return r.choice([f"{d.day} {TH_MONTHS[d.month - 1]} {be}", f"{d.day} {TH_MONTHS_ABBR[d.month - 1]} {be}",
                         f"{d.day:02d}/{d.month:02d}/{be}"])  # fmt: skip
    if c == "AE":
        return native_digits(f"{d.day:02d}/{d.month:02d}/{d.year}", c)
    y, m, dd = to_jalali(d)
    return native_digits(r.choice([f"{y}/{m:02d}/{dd:02d}", f"{dd} {IR_MONTHS[m - 1]} {y}"]), c)


def hijri_text(d: dt.date) -> str:
    y, m, dd = to_hijri(d)
    return native_digits(f"{dd:02d}/{m:02d}/{y}هـ", "AE")


# --- National ids --------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def national_id(r: random.Random, country: str, dob: dt.date, sex: str) -> str:
    if country == "KR":
        s = ("1" if sex == "m" else "2") if dob.year < 2000 else ("3" if sex == "m" else "4")
        body = f"{dob:%y%m%d}{s}{r.randint(0, 96):02d}{_digits(r, 3)}"
        return f"{body[:6]}-{body[6:]}{ck.kr_rrn_check(body)}"
    if country == "JP":
        body = str(r.randint(1, 9)) + _digits(r, 10)
        v = body + ck.jp_my_number_check(body)
        return r.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v, f"{v[:4]}-{v[4:8]}-{v[8:]}"])
    if country == "CN":
        seq = r.randint(0, 49) * 2 + (1 if sex == "m" else 0)
        body = f"{r.choice(sorted(ck.CN_REGIONS))}{dob:%Y%m%d}{r.randint(0, 9)}{seq:02d}"
        return body + ck.cn_ric_check(body)
    if country == "TH":
        body = r.choice("13") + _digits(r, 11)
        v = body + ck.th_check(body)
        return r.choice(
            [
                f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}",
                f"{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}",
                v,
            ]
        )
    if country == "AE":
        body = f"784{dob.year}{_digits(r, 7)}"
        v = body + ck.luhn_digit(body)
        return r.choice([f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}", v])
    while True:
        body = _digits(r, 9)
        v = body + ck.ir_check(body)
        if ck.ir_code_ok(v):
            return r.choice([v, f"{v[:3]}-{v[3:9]}-{v[9]}"])


def broken(r: random.Random, value: str, rule: object) -> str:
    """The same value with its last digit changed until the rule fails (a twin)."""
    while True:
        i = max(i for i, ch in enumerate(value) if ch.isdigit())
        v = value[:i] + r.choice(string.digits) + value[i + 1 :]
        if not rule(v):  # type: ignore[operator]
            return v


# --- Phones --------------------------------------------------------------------------------------


def phone_digits(r: random.Random, country: str, landline: bool = False) -> str:
    if country == "KR":
        return (
            "02" + str(r.randint(2, 9)) + _digits(r, 7)
            if landline
            else "010" + r.choice("2346789") + _digits(r, 7)
        )
    if country == "JP":
        return (
            "03" + str(r.randint(2, 9)) + _digits(r, 7)
            if landline
            else "0" + r.choice("789") + "0" + str(r.randint(1, 9)) + _digits(r, 7)
        )
    if country == "CN":
        if landline:
            return "010" + str(r.randint(5, 7)) + _digits(r, 7)
        return (
            "1"
            + r.choice(["38", "39", "35", "36", "37", "50", "58", "59", "86", "87", "88", "89"])
            + _digits(r, 8)
        )
    if country == "TH":
        return (
            "02" + str(r.randint(2, 9)) + _digits(r, 6)
            if landline
            else "0"
            + r.choice(
                ["61", "62", "63", "64", "65", "66", "68", "81", "83", "86", "89", "91", "95", "98"]
            )
            + _digits(r, 7)
        )
    if country == "AE":
        return (
            "04" + str(r.randint(2, 8)) + _digits(r, 6)
            if landline
            else "05" + r.choice("024568") + str(r.randint(1, 9)) + _digits(r, 6)
        )
    return "021" + str(r.randint(2, 8)) + _digits(r, 7) if landline else r.choice(["0901", "0903", "0905", "091", "0920", "0921", "093"]).ljust(4, str(r.randint(0, 9))) + _digits(r, 7)  # fmt: skip


def phone_text(d: str, country: str, r: random.Random) -> str:
    """National digits written in one of the country's ways (international forms included)."""
    c = country
    cc = str(ck.PHONE_RULES[c][0])
    intl = d if (c == "CN" and len(d) == 11 and d[0] == "1") else d[1:]
    if c == "KR":
        if d.startswith("02"):
            return r.choice(
                [f"02-{d[2:-4]}-{d[-4:]}", f"+82 2-{d[2:-4]}-{d[-4:]}", f"(02) {d[2:-4]}-{d[-4:]}"]
            )
        return r.choice([f"{d[:3]}-{d[3:7]}-{d[7:]}", f"{d[:3]} {d[3:7]} {d[7:]}", d,
                         f"+82 10-{d[3:7]}-{d[7:]}", f"+82-10-{d[3:7]}-{d[7:]}"])  # fmt: skip
    if c == "JP":
        if d.startswith("03"):
            return r.choice(
                [f"03-{d[2:6]}-{d[6:]}", f"03({d[2:6]}){d[6:]}", f"+81 3-{d[2:6]}-{d[6:]}"]
            )
        return r.choice([f"{d[:3]}-{d[3:7]}-{d[7:]}", d, f"+81 {d[1:3]}-{d[3:7]}-{d[7:]}",
                         f"{d[:3]}({d[3:7]}){d[7:]}"])  # fmt: skip
    if c == "CN":
        if d.startswith("010"):
            return r.choice([f"010-{d[3:7]}-{d[7:]}", f"(010) {d[3:]}", f"+86 10 {d[3:7]} {d[7:]}"])
        return r.choice([f"{d[:3]} {d[3:7]} {d[7:]}", f"{d[:3]}-{d[3:7]}-{d[7:]}", d,
                         f"+86 {d[:3]} {d[3:7]} {d[7:]}", f"+86-{d}"])  # fmt: skip
    if c == "TH":
        if d.startswith("02"):
            return r.choice(
                [f"02-{d[2:5]}-{d[5:]}", f"+66 2 {d[2:5]} {d[5:]}", f"0 {d[1:5]} {d[5:]}"]
            )
        return r.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:2]} {d[2:6]} {d[6:]}", d,
                         f"+66 {d[1:3]} {d[3:6]} {d[6:]}", f"+66{intl}"])  # fmt: skip
    if c == "AE":
        if d.startswith("04"):
            return r.choice([f"04 {d[2:5]} {d[5:]}", f"+971 4 {d[2:5]} {d[5:]}", f"04-{d[2:]}"])
        return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"+971 {d[1:3]} {d[3:6]} {d[6:]}",
                         f"00{cc}{intl}", f"+{cc}{intl}", f"{d[:3]}-{d[3:]}"])  # fmt: skip
    if d.startswith("021"):
        return r.choice([f"021 {d[3:7]} {d[7:]}", f"021-{d[3:]}", f"+98 21 {d[3:7]} {d[7:]}"])
    return r.choice([f"{d[:4]} {d[4:7]} {d[7:]}", f"+98 {d[1:4]} {d[4:7]} {d[7:]}", d,
                     f"{d[:4]}-{d[4:7]}-{d[7:]}", f"0098{intl}"])  # fmt: skip


# --- E-mail, cards, IBANs, network, secrets -------------------------------------------------------


def email_for(r: random.Random, p: Person) -> str:
    dom = r.choice(pp.EMAIL_DOMAINS[p.country])
    if dom == "qq.com" or (p.country == "CN" and r.random() < 0.3):
        return f"{r.randint(10**7, 10**10)}@{dom}"
    base = r.choice(
        [
            f"{p.given_l}.{p.family_l}",
            f"{p.family_l}{p.given_l[:1]}",
            f"{p.given_l}{r.randint(1, 99)}",
        ]
    )
    base = "".join(ch for ch in base.lower() if ch.isalnum() or ch == ".")
    return f"{base}{r.choice(['', str(p.dob.year % 100), '_' + str(p.dob.year)])}@{dom}"


# Iranian bank cards run on the domestic Shetab network (international brands do not work there);
# a few of the banks' published BINs: Melli 603799, Mellat 610433, Tejarat 627353, Saman 621986,
# Pasargad 502229, Sepah 589210. All are 16 digits with a Luhn check.
SHETAB_BINS = ["603799", "610433", "627353", "621986", "502229", "589210"]
CARD_MIX = {
    "KR": ["visa", "mc", "mc2", "amex"],
    "JP": ["jcb", "jcb", "visa", "mc", "amex"],
    "CN": ["unionpay", "unionpay", "visa", "mc"],
    "TH": ["visa", "mc", "mc2", "jcb", "unionpay"],
    "AE": ["visa", "mc", "mc2", "amex"],
    "IR": ["shetab"],
}


def card(r: random.Random, country: str) -> str:
    kind = r.choice(CARD_MIX[country])
    prefix = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720)),
              "jcb": str(r.randint(3528, 3589)), "unionpay": "62" + str(r.randint(12, 88)),
              "amex": r.choice(["34", "37"]), "shetab": r.choice(SHETAB_BINS)}[kind]  # fmt: skip
    length = 15 if kind == "amex" else 16
    body = prefix + _digits(r, length - 1 - len(prefix))
    v = body + ck.luhn_digit(body)
    if kind == "amex":
        return r.choice([f"{v[:4]} {v[4:10]} {v[10:]}", v])
    return r.choice(
        [
            " ".join(v[i : i + 4] for i in range(0, 16, 4)),
            "-".join(v[i : i + 4] for i in range(0, 16, 4)),
            v,
        ]
    )


def iban(r: random.Random, country: str) -> str:
    if country == "AE":
        bban = r.choice(["033", "026", "030", "035", "040"]) + _digits(r, 16)
    else:
        bban = "0" + r.choice(["17", "12", "18", "19", "56"]) + _digits(r, 19)
    v = ck.iban_make(country, bban)
    return r.choice([v, " ".join(v[i : i + 4] for i in range(0, len(v), 4))])


def public_ip(r: random.Random) -> str:
    while True:
        if r.random() < 0.75:
            v = ".".join(
                str(x)
                for x in (
                    r.randint(1, 223),
                    r.randint(0, 255),
                    r.randint(0, 255),
                    r.randint(1, 254),
                )
            )
        else:
            v = f"{r.choice(['2404', '2406', '240e', '2001', '2a02'])}:{r.randint(0x100, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"
        if ck.public_ip_ok(v):
            return v


def doc_ip(r: random.Random) -> str:
    net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    return (
        f"{net}.{r.randint(1, 254)}"
        if r.random() < 0.8
        else f"2001:db8:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFF):x}"
    )


def private_ip(r: random.Random) -> str:
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])  # fmt: skip


ALNUM = string.ascii_letters + string.digits


def secret(r: random.Random, kind: str) -> str:
    """Vendor-shaped secrets: AWS, GitHub, Slack; the 32-hex channel secrets of LINE, Kakao REST
    keys and WeChat AppSecrets (they look like an MD5 sum); passwords."""
    if kind == "aws_id":
        return "AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if kind == "aws_secret":
        return "".join(r.choice(ALNUM + "/+") for _ in range(40))
    if kind == "github":
        return "ghp_" + "".join(r.choice(ALNUM) for _ in range(36))
    if kind == "slack":
        return f"xoxb-{_digits(r, 12)}-{_digits(r, 13)}-" + "".join(
            r.choice(ALNUM) for _ in range(24)
        )
    if kind == "hex32":
        return "".join(r.choice("0123456789abcdef") for _ in range(32))
    if kind == "otp":
        return _digits(r, 6)
    return (
        r.choice(["Seoul", "Tokyo", "Sakura", "Bangkok", "Tehran", "Dubai", "Panda", "Mango"])
        + r.choice(["!", "#", "@", "_"])
        + _digits(r, r.randint(3, 5))
    )


def hex_str(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r: random.Random) -> str:
    h = hex_str(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def iccid(r: random.Random, country: str) -> str:
    """SIM serial: 89 (telecom) + country calling code + issuer + serial + Luhn digit (ITU-T E.118)."""
    cc = str(ck.PHONE_RULES[country][0])
    body = "89" + cc + _digits(r, 18 - 2 - len(cc))
    return body + ck.luhn_digit(body)


def imei(r: random.Random) -> str:
    """15 digits, Luhn check over the 14 (GSMA TS.06)."""
    body = r.choice(["35", "86", "01"]) + _digits(r, 12)
    return body + ck.luhn_digit(body)


def company_tax_id(r: random.Random, country: str) -> str:
    if country == "CN":
        body = (
            "91"
            + r.choice(sorted(ck.CN_REGIONS))
            + "".join(r.choice(ck.USCC_ALPHABET) for _ in range(9))
        )
        return body + ck.uscc_check(body)
    if country == "TH":
        body = "0105" + _digits(r, 8)
        return body + ck.th_check(body)
    if country == "KR":
        return f"{r.randint(101, 899)}-{r.randint(10, 99)}-{_digits(r, 5)}"
    if country == "JP":
        return "T" + str(r.randint(1, 9)) + _digits(r, 12)
    if country == "AE":
        return "100" + _digits(r, 12)
    return "10" + _digits(r, 9)
