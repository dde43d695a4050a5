"""Doc with exact offsets, and makers of values and their twins for PII hold-out 14.

Check digits come from python-stdnum (ids, IBANs, Luhn) and phone numbers from Google's
libphonenumber port (`phonenumbers`); nothing here is a hand-kept digit rule.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from h14_people import MAIL_DOMAINS, NAMES, STREETS, TOWNS
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.es import nie as dni_nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.mx import curp
from stdnum.nl import bsn


@dataclass
class Doc:
    """Text appended piece by piece; marks carry exact character offsets."""

    parts: list[str] = field(default_factory=list)
    n: int = 0
    spans: list[dict[str, object]] = field(default_factory=list)
    looks: list[dict[str, object]] = field(default_factory=list)

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def _mark(self, into: list[dict[str, object]], kind: str, value: str) -> Doc:
        into.append({"kind": kind, "start": self.n, "end": self.n + len(value)})
        return self.t(value)

    def s(self, kind: str, value: str) -> Doc:
        return self._mark(self.spans, kind, value)

    def k(self, kind: str, value: str) -> Doc:
        return self._mark(self.looks, kind, value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def fold(s: str) -> str:
    """ASCII form of a name for e-mail local parts."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -")).lower()


# ---------------------------------------------------------------- national ids (stdnum-valid)


def _fix_last(body: str, validate, alphabet: str = string.digits) -> str:
    for c in alphabet:
        if validate(body + c):
            return body + c
    raise ValueError("no check character")


def _ok(mod):  # noqa: ANN001, ANN202
    return lambda v: mod.is_valid(v)


def _digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def national_id(rng: random.Random, country: str, dob: dt.date, male: bool) -> tuple[str, str]:
    """A valid id of the country's scheme and the scheme's name; ('', '') if none used here."""
    for _ in range(200):
        try:
            return _national_id(rng, country, dob, male)
        except ValueError:
            continue
    raise RuntimeError(f"cannot make an id for {country}")


def _national_id(rng: random.Random, c: str, dob: dt.date, male: bool) -> tuple[str, str]:
    if c == "DE":
        # Steuer-ID: 11 digits, first not 0, one digit twice or thrice in the first ten.
        d = rng.sample("0123456789", 9)
        if d[0] == "0":
            raise ValueError
        d.insert(rng.randrange(1, 9), d[rng.randrange(1, 8)])
        v = _fix_last("".join(d), _ok(idnr))
        return rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"]), "Steuer-ID"
    if c == "AT":
        body = _digits(rng, 3) + "?" + dob.strftime("%d%m%y")
        v = _fix_last_mid(body, _ok(vnr))
        return rng.choice([v, f"{v[:4]} {v[4:]}"]), "SVNR"
    if c == "CH":
        v = _fix_last("756" + "".join(rng.choice(string.digits) for _ in range(9)), _ok(ch_ssn))
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}", "AHV"
    if c == "FR":
        body = (
            ("1" if male else "2")
            + dob.strftime("%y%m")
            + rng.choice(["75", "69", "13", "93", "59"])
        )
        body += _digits(rng, 3, "0123") + _digits(rng, 3)
        key = 97 - int(body) % 97
        v = f"{body}{key:02d}"
        if not nir.is_valid(v):
            raise ValueError
        return rng.choice(
            [v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"]
        ), "NIR"
    if c == "BE":
        body = dob.strftime("%y%m%d") + f"{rng.randrange(1, 499) * 2 + (1 if male else 0):03d}"
        n = int(("2" if dob.year >= 2000 else "") + body)
        v = body + f"{97 - n % 97:02d}"
        if not be_nn.is_valid(v):
            raise ValueError
        return rng.choice([v, f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"]), "NN"
    if c == "NL":
        v = _fix_last(_digits(rng, 8), _ok(bsn))
        return rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"]), "BSN"
    if c == "ES":
        if rng.random() < 0.3:
            v = _fix_last(
                rng.choice("XYZ") + _digits(rng, 7, string.digits),
                _ok(dni_nie),
                string.ascii_uppercase,
            )
            return v, "NIE"
        v = _fix_last(_digits(rng, 8), _ok(dni), string.ascii_uppercase)
        return rng.choice([v, f"{v[:8]}-{v[8]}"]), "DNI"
    if c == "CA":
        v = _fix_last(_digits(rng, 8, "12345679"), _ok(sin))
        return f"{v[:3]} {v[3:6]} {v[6:]}", "NAS"
    if c == "GB":
        v = _fix_last(_digits(rng, 9, "4"), _ok(nhs))
        return f"{v[:3]} {v[3:6]} {v[6:]}", "NHS"
    if c == "IE":
        v = _fix_last(_digits(rng, 7, "0123456789"), _ok(pps), "ABCDEFGHIJKLMNOPQRSTUVW")
        return v, "PPSN"
    if c == "IN":
        v = _fix_last(_digits(rng, 11, "23456789"), _ok(aadhaar))
        return f"{v[:4]} {v[4:8]} {v[8:]}", "Aadhaar"
    if c == "AU":
        v = _fix_last(_digits(rng, 8), _ok(tfn))
        return f"{v[:3]} {v[3:6]} {v[6:]}", "TFN"
    if c == "CL":
        v = _fix_last(str(rng.randrange(8_000_000, 26_000_000)), _ok(rut), "0123456789K")
        return rut.format(v), "RUT"
    if c == "MX":
        return _curp(rng, dob, male), "CURP"
    if c == "AR":  # CUIL: 20/27 (men/women) or 23, the DNI, a mod-11 check digit
        body = rng.choice(["20", "23"] if male else ["27", "23"]) + str(
            rng.randrange(10_000_000, 46_000_000)
        )
        return cuit.format(_fix_last(body, _ok(cuit))), "CUIL"
    if c == "CO":  # cédula with the DIAN check digit, as written on tax forms
        v = _fix_last(str(rng.randrange(10_000_000, 1_200_000_000)), _ok(nit))
        return rng.choice([nit.format(v), v[:-1] + "-" + v[-1]]), "NIT"
    if c == "NG":  # NIN: 11 digits; no check digit is published, so shape only
        return _digits(rng, 11), "NIN"
    raise LookupError(c)


def _fix_last_mid(body: str, validate) -> str:
    for c in string.digits:
        if validate(body.replace("?", c)):
            return body.replace("?", c)
    raise ValueError


def _curp(rng: random.Random, dob: dt.date, male: bool) -> str:
    cons = "BCDFGHJKLMNPRSTVZ"
    body = (
        rng.choice(cons)
        + rng.choice("AEIOU")
        + rng.choice(cons)
        + rng.choice(cons)
        + dob.strftime("%y%m%d")
        + ("H" if male else "M")
        + rng.choice(["DF", "JC", "NL", "PL", "MC"])
        + "".join(rng.choice(cons) for _ in range(3))
        + ("0" if dob.year < 2000 else "A")
    )
    v = body + curp.calc_check_digit(body + "0")
    if not curp.is_valid(v):
        raise ValueError
    return v


def bad_twin(rng: random.Random, valid: str, is_valid) -> str:
    """Change one digit of a valid value until it fails its own rule (same shape)."""
    pos = [i for i, ch in enumerate(valid) if ch.isdigit()]
    for _ in range(100):
        i = rng.choice(pos[-4:])
        v = valid[:i] + str((int(valid[i]) + rng.randrange(1, 10)) % 10) + valid[i + 1 :]
        if not is_valid(v):
            return v
    raise RuntimeError("no twin")


ID_VALIDATORS = {
    "DE": idnr.is_valid,
    "AT": vnr.is_valid,
    "CH": ch_ssn.is_valid,
    "FR": nir.is_valid,
    "BE": be_nn.is_valid,
    "NL": bsn.is_valid,
    "CA": sin.is_valid,
    "GB": nhs.is_valid,
    "IE": pps.is_valid,
    "IN": aadhaar.is_valid,
    "AU": tfn.is_valid,
    "CL": rut.is_valid,
    "MX": curp.is_valid,
    "AR": cuit.is_valid,
    "CO": nit.is_valid,
}


def id_valid_anywhere(v: str) -> bool:
    """Valid by any checked scheme of the hold-out (a twin must fail all of them)."""
    return any(id_valid(c, v) for c in [*ID_VALIDATORS, "ES"])


def id_valid(country: str, v: str) -> bool:
    if country == "ES":
        return dni.is_valid(v) or dni_nie.is_valid(v)
    if country == "NG":
        return v.isdigit() and len(v) == 11
    f = ID_VALIDATORS.get(country)
    return bool(f and f(v))


# ---------------------------------------------------------------- IBAN, card, phone

IBAN_SHAPE = {  # country: BBAN as (n, alphabet) runs
    "GB": [(4, string.ascii_uppercase), (14, string.digits)],
    "IE": [(4, string.ascii_uppercase), (14, string.digits)],
    "DE": [(18, string.digits)],
    "AT": [(16, string.digits)],
    "CH": [(17, string.digits)],
    "FR": [(23, string.digits)],
    "BE": [(12, string.digits)],
    "ES": [(20, string.digits)],
    "NL": [(4, string.ascii_uppercase), (10, string.digits)],
}


def iban(rng: random.Random, country: str) -> str:
    for _ in range(5000):
        bban = "".join(rng.choice(a) for n, a in IBAN_SHAPE[country] for _ in range(n))
        if country == "FR":  # RIB key
            b, g, a = int(bban[:5]), int(bban[5:10]), int(bban[10:21])
            bban = bban[:21] + f"{97 - (89 * b + 15 * g + 3 * a) % 97:02d}"
        v = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(v):
            return rng.choice([v, std_iban.format(v)])
    raise RuntimeError(country)


def iban_valid(v: str) -> bool:
    return std_iban.is_valid(v)


def card(rng: random.Random) -> str:
    brand = rng.choice(["visa", "mc", "mc2", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + _digits(rng, 12, string.digits)
        v = body + luhn.calc_check_digit(body)
        return rng.choice([v, f"{v[:4]} {v[4:10]} {v[10:]}"])
    pre = {"visa": "4", "mc": str(rng.randrange(51, 56)), "mc2": str(rng.randrange(2221, 2721))}[
        brand
    ]
    body = pre + "".join(rng.choice(string.digits) for _ in range(15 - len(pre)))
    v = body + luhn.calc_check_digit(body)
    sep = rng.choice(["", " ", "-", " "])
    return sep.join(v[i : i + 4] for i in range(0, 16, 4))


def card_valid(v: str) -> bool:
    d = v.replace(" ", "").replace("-", "")
    return d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)


# national-number prefixes to draw from, where libphonenumber's example is not a common one
PREFIXES = {
    ("CA", "MOBILE"): ["514", "438", "418", "819", "450"],
    ("CA", "FIXED_LINE"): ["514", "418", "819"],
    ("CL", "FIXED_LINE"): ["22", "32", "41"],
    ("MX", "FIXED_LINE"): ["55", "33", "81"],
    ("MX", "MOBILE"): ["55", "33", "81"],
    ("GB", "FIXED_LINE"): ["113", "161", "20", "29"],
    ("DE", "FIXED_LINE"): ["30", "89", "221", "341"],
    ("FR", "FIXED_LINE"): ["1", "4"],
    ("IN", "FIXED_LINE"): ["80", "22", "44"],
    ("AU", "FIXED_LINE"): ["2", "3", "7"],
}


def phone(rng: random.Random, country: str, mobile: bool = True, kind: str = "") -> str:
    """A number valid by libphonenumber for the country, written in one of its usual forms.

    kind overrides mobile/fixed: "TOLL_FREE" or "SHARED_COST" for public hotlines."""
    kind = kind or ("MOBILE" if mobile else "FIXED_LINE")
    want = getattr(phonenumbers.PhoneNumberType, kind)
    ex = phonenumbers.example_number_for_type(country, want)
    if ex is None:
        ex = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.FIXED_LINE)
        want = phonenumbers.PhoneNumberType.FIXED_LINE
    nat = str(ex.national_number)
    pres = PREFIXES.get((country, kind), [nat[:1], nat[:2], nat[:2], nat[:3]])
    either = phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE
    ok = (want, either) if kind in ("MOBILE", "FIXED_LINE") else (want,)
    for i in range(2000):
        keep = rng.choice(pres) if i < 1000 else nat[: max(2, len(nat) - 6)]
        cand = keep + "".join(rng.choice(string.digits) for _ in range(len(nat) - len(keep)))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if (
            phonenumbers.is_valid_number_for_region(num, country)
            and phonenumbers.number_type(num) in ok
        ):
            break
    else:
        raise RuntimeError(country)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    natf = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    forms = [
        intl,
        intl,
        natf,
        natf,
        e164,
        "00" + e164[1:],
        natf.replace(" ", ""),
        intl.replace(" ", "-"),
        natf.replace(" ", "."),
    ]
    return rng.choice([f for f in forms if not ("(" in f and "." in f)])


def phone_valid(v: str, country: str) -> bool:
    s = v[2:] if v.startswith("00") else v
    s = ("+" + s) if v.startswith("00") else s
    try:
        num = phonenumbers.parse(s, country)
        return phonenumbers.is_valid_number_for_region(num, country)
    except phonenumbers.NumberParseException:
        return False


# ---------------------------------------------------------------- people


@dataclass
class Person:
    given: str
    family: str
    male: bool
    dob: dt.date
    country: str
    email: str
    phone: str
    street: str
    house: str
    town: tuple[str, str, str]

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


FEMALE = {
    "Amelia",
    "Priya",
    "Aisha",
    "Siobhan",
    "Chloe",
    "Nadia",
    "Fatima",
    "Grace",
    "Jaspreet",
    "Aoife",
    "Niamh",
    "Ciara",
    "Katarzyna",
    "Róisín",
    "Ananya",
    "Lakshmi",
    "Deepika",
    "Harpreet",
    "Sneha",
    "Ngozi",
    "Funmilayo",
    "Chiamaka",
    "Zainab",
    "Charlotte",
    "Mia",
    "Nguyen Thi",
    "Sophie",
    "Mei",
    "Anna",
    "Leonie",
    "Ayşe",
    "Fatma",
    "Aleksandra",
    "Hannah",
    "Katharina",
    "Jelena",
    "Magdalena",
    "Theresa",
    "Valentina",
    "Noemi",
    "Seraina",
    "Giulia",
    "Mélanie",
    "Ana",
    "Camille",
    "Inès",
    "Chloé",
    "Yasmine",
    "Léa",
    "Manon",
    "Fatoumata",
    "Louise",
    "Lotte",
    "Elise",
    "Nour",
    "Amélie",
    "Marie-Ève",
    "Émilie",
    "Widline",
    "Anne-Sophie",
    "Rosalie",
    "Lucía",
    "Martina",
    "Daniela",
    "Nerea",
    "Carmen",
    "Itziar",
    "Ximena",
    "Guadalupe",
    "María Fernanda",
    "Itzel",
    "Sofía",
    "Camila",
    "Florencia",
    "Laura",
    "Valeria",
    "Mariana",
    "Catalina",
    "Francisca",
    "Javiera",
    "Constanza",
    "Sanne",
    "Fleur",
    "Esra",
    "Priscilla",
    "Anouk",
    "Lieke",
    "Fenna",
    "Sharmila",
    "Chandrika",
    "Ingrid",
}


def region(country: str, lang: str) -> str:
    """Key of the street and town lists: Belgium and Switzerland by language."""
    return f"{country}-{lang}" if f"{country}-{lang}" in STREETS else country


def person(rng: random.Random, country: str, lang: str = "") -> Person:
    names = NAMES[country]
    reg = region(country, lang)
    given, family = rng.choice(names[0]), rng.choice(names[1])
    dob = dt.date(1938, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 68))
    local = (
        rng.choice(
            [
                f"{fold(given).split()[0]}.{fold(family).replace(' ', '')}",
                f"{fold(given)[0]}{fold(family).replace(' ', '').replace(chr(39), '')}",
                f"{fold(family).replace(' ', '_')}{dob.year % 100:02d}",
                f"{fold(given).split()[0]}{rng.randrange(1, 99)}",
            ]
        )
        .replace("'", "")
        .replace("-", "")
    )
    email = f"{local}@{rng.choice(MAIL_DOMAINS[country])}"
    return Person(
        given,
        family,
        given not in FEMALE,
        dob,
        country,
        email,
        phone(rng, country, mobile=rng.random() < 0.8),
        rng.choice(STREETS[reg]),
        house_no(rng, country),
        rng.choice(TOWNS[reg]),
    )


def house_no(rng: random.Random, country: str) -> str:
    n = str(rng.randrange(1, 240))
    if country in ("DE", "AT", "NL", "BE", "CH") and rng.random() < 0.25:
        n += rng.choice("abc")
    return n


# ---------------------------------------------------------------- addresses


def address_lines(rng: random.Random, p: Person) -> list[str]:
    """The person's address as written, one list item per line, by the country's convention."""
    c, st, no = p.country, p.street, p.house
    town, pc, reg = p.town
    r = rng.random()
    if c in ("GB", "IE"):
        pre = rng.choice(
            ["", "", f"Flat {rng.randrange(1, 30)}, ", f"Apt {rng.randrange(1, 30)}, "]
        )
        lines = [f"{pre}{no} {st}", town, pc] if r < 0.5 else [f"{pre}{no} {st}", f"{town} {pc}"]
    elif c == "IN":
        lines = [
            f"Flat {rng.randrange(101, 905)}, {rng.choice(['Sai Krupa Apartments', 'Green Glen Layout', 'Shanti Niketan'])}",
            st,
            f"{town} - {pc}" if r < 0.5 else f"{town} {pc}, {reg}",
        ]
    elif c == "NG":
        lines = [
            f"{rng.choice(['', 'Plot ', 'No. '])}{no} {st}",
            f"{town}, {reg}" if r < 0.6 else town,
        ]
    elif c == "AU":
        pre = rng.choice(["", f"Unit {rng.randrange(1, 20)}/", f"{rng.randrange(1, 20)}/"])
        lines = [f"{pre}{no} {st}", f"{town.upper() if r < 0.5 else town} {reg} {pc}"]
    elif c in ("DE", "AT", "CH") and not st.startswith(("Rue", "Chemin")):
        extra = f"/{rng.randrange(1, 9)}/{rng.randrange(1, 30)}" if c == "AT" and r < 0.5 else ""
        lines = [f"{st} {no}{extra}", f"{pc} {town}"]
        if c == "DE" and r > 0.8:
            lines.insert(
                1, rng.choice(["2. OG links", "c/o Familie Weber", "Hinterhaus, 3. Etage"])
            )
    elif c in ("FR",):
        lines = [
            f"{no}{rng.choice(['', '', ' bis'])} {st}",
            f"{pc} {town.upper() if r < 0.4 else town}",
        ]
        if r > 0.75:
            lines.insert(
                0,
                rng.choice(
                    [
                        f"Bât. {rng.choice('ABC')}",
                        f"Appt {rng.randrange(1, 60)}",
                        "Résidence Les Cèdres",
                    ]
                ),
            )
    elif c == "CH":
        lines = [f"{st} {no}", f"{'CH-' if r < 0.3 else ''}{pc} {town}"]
    elif c == "BE":
        box = (
            f" bus {rng.randrange(1, 20)}"
            if p.street[0] in "KMS"
            else f" bte {rng.randrange(1, 20)}"
        )
        lines = [f"{st} {no}{box if r < 0.4 else ''}", f"{pc} {town}"]
    elif c == "CA":
        lines = [
            f"{no}, {st}{', app. ' + str(rng.randrange(1, 40)) if r < 0.5 else ''}",
            f"{town} ({reg}) {pc}" if r < 0.7 else f"{town} QC  {pc}",
        ]
    elif c == "ES":
        floor = rng.choice(
            [
                "",
                f", {rng.randrange(1, 9)}º {rng.choice('ABCD')}",
                f", {rng.randrange(1, 9)}-{rng.randrange(1, 4)}ª",
                ", bajo izq.",
            ]
        )
        lines = [
            f"{st}, {no}{floor}",
            f"{pc} {town}" + (f" ({reg})" if r < 0.3 and reg != town else ""),
        ]
    elif c == "MX":
        lines = [
            f"{st} {no}{', Int. ' + str(rng.randrange(1, 12)) if r < 0.5 else ''}",
            f"Col. {rng.choice(['Del Valle', 'Roma Norte', 'Americana', 'Centro'])}",
            f"C.P. {pc}, {town}, {reg}",
        ]
    elif c == "AR":
        lines = [
            f"{st} {no}{', piso ' + str(rng.randrange(1, 15)) + ' depto ' + rng.choice('ABCD') if r < 0.6 else ''}",
            f"({pc}) {town}" if r < 0.5 else f"{pc} {town}",
        ]
    elif c == "CO":
        lines = [
            f"{st} {rng.choice(['#', 'No.', 'N°'])} {rng.randrange(10, 99)}-{rng.randrange(1, 99)}"
            + (f", Apto {rng.randrange(101, 1204)}" if r < 0.5 else ""),
            f"{town}, {reg}",
        ]
    elif c == "CL":
        lines = [
            f"{st} {no}{', depto. ' + str(rng.randrange(11, 1504)) if r < 0.5 else ''}",
            f"{reg + ', ' if reg else ''}{town}",
        ]
    elif c == "NL":
        suf = rng.choice(["", "", "-2", " hs", "-III", " A"])
        lines = [
            f"{st} {no}{suf}",
            f"{pc}{'  ' if r < 0.2 else ' '}{town.upper() if r > 0.8 else town}",
        ]
    elif c == "SR":
        lines = [f"{st} {no}", f"{town}" + (f", {reg}" if reg else "")]
    else:  # pragma: no cover
        raise LookupError(c)
    if rng.random() < 0.12:  # written in lower case, as in quick chat
        lines = [ln.lower() for ln in lines]
    return lines


def po_box(rng: random.Random, p: Person) -> list[str]:
    word = {
        "GB": "PO Box",
        "IE": "PO Box",
        "AU": "PO Box",
        "IN": "P.O. Box",
        "NG": "P.O. Box",
        "DE": "Postfach",
        "AT": "Postfach",
        "CH": "Postfach",
        "FR": "BP",
        "BE": "Postbus",
        "CA": "C.P.",
        "ES": "Apartado de Correos",
        "MX": "Apartado Postal",
        "AR": "Casilla de Correo",
        "CO": "Apartado Aéreo",
        "CL": "Casilla",
        "NL": "Postbus",
        "SR": "Postbus",
    }[p.country]
    town, pc, reg = p.town
    line2 = {
        "AU": f"{town} {reg} {pc}",
        "GB": f"{town} {pc}",
        "IE": f"{town} {pc}",
        "CA": f"{town} ({reg}) {pc}",
    }.get(p.country, f"{pc} {town}".strip())
    return [f"{word} {rng.randrange(10, 9999)}", line2]


# ---------------------------------------------------------------- secrets and network


def secret(rng: random.Random) -> tuple[str, str]:
    a, A = string.ascii_letters + string.digits, string.ascii_uppercase + string.digits
    r = rng.randrange(7)
    if r == 0:
        return "AKIA" + "".join(rng.choice(A) for _ in range(16)), "aws_access_key_id"
    if r == 1:
        return "ghp_" + "".join(rng.choice(a) for _ in range(36)), "GITHUB_TOKEN"
    if r == 2:
        return "sk_live_" + "".join(rng.choice(a) for _ in range(24)), "STRIPE_SECRET_KEY"
    if r == 3:
        return "xoxb-" + "-".join(_digits(rng, n) for n in (11, 13)) + "-" + "".join(
            rng.choice(a) for _ in range(24)
        ), "SLACK_BOT_TOKEN"
    if r == 4:
        w = rng.choice(["Sommer", "Zomer", "Verano", "Soleil", "Tiger", "Koala", "Lagos", "Bremen"])
        return f"{w}{rng.randrange(1960, 2026)}{rng.choice('!#$%?')}{rng.choice(a)}", "password"
    if r == 5:
        return "".join(rng.choice(string.hexdigits.lower()[:16]) for _ in range(32)), "api_key"
    return "AIza" + "".join(rng.choice(a + "-_") for _ in range(35)), "GOOGLE_API_KEY"


PLACEHOLDERS = [
    "AKIAIOSFODNN7EXAMPLE",
    "<your-api-key>",
    "changeme",
    "YOUR_TOKEN_HERE",
    "********",
    "xxxxxxxxxxxxxxxx",
    "${DB_PASSWORD}",
    "sk_test_REPLACE_ME",
]


def public_ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2a02:{rng.randrange(0x1000, 0xFFFF):x}:{rng.randrange(0x10, 0xFFFF):x}:{rng.randrange(1, 0xFFFF):x}::{rng.randrange(1, 0xFF):x}"
    while True:
        a = rng.choice(
            [31, 37, 46, 62, 77, 80, 85, 91, 94, 102, 105, 117, 151, 177, 186, 190, 201, 212]
        )
        return f"{a}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def private_ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        ]
    )


def doc_ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.0.2.{rng.randrange(1, 255)}",
            f"198.51.100.{rng.randrange(1, 255)}",
            f"203.0.113.{rng.randrange(1, 255)}",
            f"2001:db8::{rng.randrange(1, 0xFFF):x}",
        ]
    )
