"""Identifiers valid by their published rule (python-stdnum, phonenumbers) and twins that fail it."""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.co import nit
from stdnum.de import idnr
from stdnum.ec import ci
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.us import ssn

DIGITS = string.digits
# Every id scheme of this hold-out: a twin must be refused by all of them.
VALIDATORS = (
    nhs.is_valid, pps.is_valid, ssn.is_valid, tfn.is_valid, ird.is_valid, sin.is_valid,
    idnr.is_valid, vnr.is_valid, ahv.is_valid, nir.is_valid, nn.is_valid, bsn.is_valid,
    dni.is_valid, curp.is_valid, nit.is_valid, cui.is_valid, ci.is_valid, cuit.is_valid,
)  # fmt: skip
# Which scheme a country's personal id follows and what it is called on forms.
ID_SCHEME = {
    "GB": "nhs", "IE": "pps", "US": "ssn", "AU": "tfn", "NZ": "ird", "CA": "sin",
    "DE": "idnr", "AT": "vnr", "CH": "ahv", "FR": "nir", "BE": "nn", "NL": "bsn",
    "ES": "dni", "MX": "curp", "CO": "nit", "PE": "cui", "EC": "ci", "AR": "cuit",
}  # fmt: skip
VALIDATOR_OF = {
    "nhs": nhs.is_valid, "pps": pps.is_valid, "ssn": ssn.is_valid, "tfn": tfn.is_valid,
    "ird": ird.is_valid, "sin": sin.is_valid, "idnr": idnr.is_valid, "vnr": vnr.is_valid,
    "ahv": ahv.is_valid, "nir": nir.is_valid, "nn": nn.is_valid, "bsn": bsn.is_valid,
    "dni": dni.is_valid, "curp": curp.is_valid, "nit": nit.is_valid, "cui": cui.is_valid,
    "ci": ci.is_valid, "cuit": cuit.is_valid,
}  # fmt: skip
IBAN_COUNTRIES = ("GB", "IE", "DE", "AT", "CH", "LI", "FR", "BE", "LU", "ES", "NL")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(DIGITS) for _ in range(n))


def _close(r: random.Random, body: str, alphabet: str, ok: object) -> str:
    """Append the one check character that the scheme accepts (tried in a drawn order)."""
    chars = list(alphabet)
    r.shuffle(chars)
    for c in chars:
        if ok(body + c):  # type: ignore[operator]
            return body + c
    return ""


def national_id(
    r: random.Random, country: str, dob: dt.date, female: bool, names: tuple[str, str]
) -> str:
    """A valid id of the country's scheme (compact), agreeing with the birth date where it holds one."""
    scheme = ID_SCHEME[country]
    ok = VALIDATOR_OF[scheme]
    for _ in range(200):
        v = _id_try(r, scheme, dob, female, names)
        if v and ok(v):
            return v
    raise RuntimeError(f"no valid id drawn for {country}")


def _id_try(
    r: random.Random, scheme: str, dob: dt.date, female: bool, names: tuple[str, str]
) -> str:
    yymmdd = dob.strftime("%y%m%d")
    if scheme == "nhs":
        return _close(r, r.choice("456") + _digits(r, 8), DIGITS, nhs.is_valid)
    if scheme == "pps":
        return _close(r, _digits(r, 7), string.ascii_uppercase, pps.is_valid)
    if scheme == "ssn":
        area = r.randint(1, 899)
        if area == 666:
            area = 667
        return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    if scheme == "tfn":
        return _close(r, _digits(r, 8), DIGITS, tfn.is_valid)
    if scheme == "ird":
        return _close(r, str(r.randint(10_000_000, 14_999_999)), DIGITS, ird.is_valid)
    if scheme == "sin":
        return _close(r, r.choice("123456") + _digits(r, 7), DIGITS, sin.is_valid)
    if scheme == "idnr":
        return _close(r, r.choice("123456789") + _digits(r, 9), DIGITS, idnr.is_valid)
    if scheme == "vnr":
        serial = str(r.randint(100, 999))
        body = serial + "0" + dob.strftime("%d%m%y")
        c = vnr.calc_check_digit(body)
        return serial + c + dob.strftime("%d%m%y") if c.isdigit() else ""
    if scheme == "ahv":
        return _close(r, "756" + _digits(r, 9), DIGITS, ahv.is_valid)
    if scheme == "nir":
        dept = r.choice(["75", "69", "13", "33", "59", "67", "31", "44", "2A", "92", "93"])
        body = (
            ("2" if female else "1") + dob.strftime("%y%m") + dept + _digits(r, 3) + _digits(r, 3)
        )
        num = int(body.replace("2A", "19").replace("2B", "18"))
        return body + f"{97 - num % 97:02d}"
    if scheme == "nn":
        serial = r.randrange(2 if female else 1, 998, 2)
        body = yymmdd + f"{serial:03d}"
        base = int(("2" + body) if dob.year >= 2000 else body)
        return body + f"{97 - base % 97:02d}"
    if scheme == "bsn":
        return _close(r, r.choice("12345678") + _digits(r, 7), DIGITS, bsn.is_valid)
    if scheme == "dni":
        return _close(r, _digits(r, 8), "TRWAGMYFPDXBNJZSQVHLCKE", dni.is_valid)
    if scheme == "curp":
        fam, giv = (_fold(n).upper() for n in names)
        vowel = next((c for c in fam[1:] if c in "AEIOU"), "X")
        head = fam[0] + vowel + r.choice("BCGLMPRSTVZ") + giv[0]
        cons = "".join(r.choice("BCDFGHJLMNPRSTVZ") for _ in range(3))
        state = r.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "YN", "OC", "CH"])
        homo = r.choice(DIGITS) if dob.year < 2000 else r.choice(string.ascii_uppercase)
        body = head + yymmdd + ("M" if female else "H") + state + cons + homo
        return body + curp.calc_check_digit(body + "0")
    if scheme == "nit":
        return _close(r, str(r.randint(10_000_000, 1_099_999_999)), DIGITS, nit.is_valid)
    if scheme == "cui":
        return _close(r, _digits(r, 8), DIGITS + "ABCDEFGHIJK", cui.is_valid)
    if scheme == "ci":
        prov = f"{r.randint(1, 24):02d}"
        return _close(r, prov + str(r.randint(0, 5)) + _digits(r, 6), DIGITS, ci.is_valid)
    if scheme == "cuit":
        return _close(r, r.choice(["20", "27", "23"]) + _digits(r, 8), DIGITS, cuit.is_valid)
    raise ValueError(scheme)


def _fold(s: str) -> str:
    table = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUXaeiouux")
    out = "".join(c for c in s.translate(table) if c.isalpha())
    return out or "X"


def format_id(r: random.Random, country: str, v: str) -> str:
    """The id as forms write it: the official grouping or run together."""
    scheme = ID_SCHEME[country]
    mod = {"nhs": nhs, "pps": pps, "ssn": ssn, "tfn": tfn, "ird": ird, "sin": sin, "ahv": ahv,
           "nir": nir, "nn": nn, "dni": dni, "nit": nit, "cuit": cuit}.get(scheme)  # fmt: skip
    fmt = getattr(mod, "format", None)
    if fmt is not None and r.random() < 0.6:
        return str(fmt(v))
    if scheme == "vnr" and r.random() < 0.6:
        return v[:4] + " " + v[4:]
    if scheme == "bsn" and r.random() < 0.4:
        return v[:4] + "." + v[4:6] + "." + v[6:]
    return v


def id_twin(
    r: random.Random, country: str, dob: dt.date, female: bool, names: tuple[str, str]
) -> str:
    """A number shaped like the country's id whose check fails every scheme here."""
    for _ in range(100):
        good = national_id(r, country, dob, female, names)
        pos = len(good) - 1
        if ID_SCHEME[country] in {"vnr"}:
            pos = 3
        if ID_SCHEME[country] == "ssn":
            bad = "666" + good[3:]
        else:
            alphabet = DIGITS if good[pos].isdigit() else string.ascii_uppercase
            bad = good[:pos] + r.choice([c for c in alphabet if c != good[pos]]) + good[pos + 1 :]
            if ssn.is_valid(bad):  # any nine digits outside the unused areas pass as an SSN
                bad = "666" + bad[3:]
        if not any(f(bad) for f in VALIDATORS):
            return (
                format_id(r, country, bad)
                if ID_SCHEME[country] != "ssn"
                else bad[:3] + "-" + bad[3:5] + "-" + bad[5:]
            )
    raise RuntimeError("no id twin drawn")


# --- IBANs -------------------------------------------------------------------------------


def _bban(r: random.Random, cc: str) -> str:
    if cc in ("GB", "IE"):
        return "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + _digits(r, 14)
    if cc == "DE":
        return _digits(r, 18)
    if cc == "AT":
        return _digits(r, 16)
    if cc in ("CH", "LI"):
        return _digits(r, 17)
    if cc == "LU":
        return _digits(r, 16)
    if cc == "NL":
        return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _digits(r, 10)
    if cc == "BE":
        body = _digits(r, 10)
        k = int(body) % 97 or 97
        return body + f"{k:02d}"
    if cc == "FR":
        bank, branch, acct = _digits(r, 5), _digits(r, 5), _digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return bank + branch + acct + f"{key:02d}"
    if cc == "ES":
        bank, branch, acct = _digits(r, 4), _digits(r, 4), _digits(r, 10)
        w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

        def dc(s: str) -> str:
            v = 11 - sum(int(a) * b for a, b in zip(s.zfill(10), w, strict=True)) % 11
            return "0" if v == 11 else "1" if v == 10 else str(v)

        return bank + branch + dc("00" + bank + branch) + dc(acct) + acct
    raise ValueError(cc)


def iban(r: random.Random, cc: str) -> str:
    """A valid IBAN of the country (compact)."""
    for _ in range(100):
        bban = _bban(r, cc)
        v = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(v):
            return v
    raise RuntimeError("no iban drawn")


def iban_twin(r: random.Random, cc: str) -> str:
    """One account digit changed: the mod-97 check then fails."""
    good = iban(r, cc)
    for _ in range(50):
        pos = r.randrange(len(good) - 6, len(good))
        if not good[pos].isdigit():
            continue
        bad = good[:pos] + r.choice([c for c in DIGITS if c != good[pos]]) + good[pos + 1 :]
        if not std_iban.is_valid(bad):
            return bad
    raise RuntimeError("no iban twin drawn")


def format_iban(r: random.Random, v: str) -> str:
    return std_iban.format(v) if r.random() < 0.65 else v


# --- cards -------------------------------------------------------------------------------


def card(r: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard (51-55, 2221-2720) or Amex number (compact)."""
    brand = r.choice(["visa", "visa", "mc", "mc2", "amex"])
    if brand == "visa":
        body = "4" + _digits(r, 14)
    elif brand == "mc":
        body = "5" + r.choice("12345") + _digits(r, 13)
    elif brand == "mc2":
        body = str(r.randint(2221, 2720)) + _digits(r, 11)
    else:
        body = r.choice(["34", "37"]) + _digits(r, 12)
    return body + luhn.calc_check_digit(body)


def card_twin(r: random.Random) -> str:
    good = card(r)
    last = good[-1]
    return good[:-1] + r.choice([c for c in DIGITS if c != last])


def format_card(r: random.Random, v: str) -> str:
    x = r.random()
    groups = [v[:4], v[4:10], v[10:]] if len(v) == 15 else [v[i : i + 4] for i in range(0, 16, 4)]
    if x < 0.5:
        return " ".join(groups)
    if x < 0.7:
        return "-".join(groups)
    return v


# --- phones ------------------------------------------------------------------------------

# North American area codes of the towns drawn (libphonenumber's example is one New Jersey code).
_AREAS = {
    "US": ["512", "737", "503", "971", "614", "608", "520", "919", "984"],
    "CA": ["514", "438", "418", "581", "819", "873", "450", "579"],
}
_PTYPE = {"mobile": PNT.MOBILE, "fixed": PNT.FIXED_LINE, "toll_free": PNT.TOLL_FREE}


def phone(r: random.Random, region: str, kind: str) -> str:
    """A number libphonenumber accepts for the region and type, written as people write it and
    read back to the same number."""
    want = _PTYPE[kind]
    ex = phonenumbers.example_number_for_type(region, want)
    if ex is None and kind == "toll_free":
        want = PNT.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, want)
    assert ex is not None
    nat = str(ex.national_number)
    areas = _AREAS.get(region) if kind != "toll_free" else None
    for attempt in range(600):
        if areas:
            cand = r.choice(areas) + _digits(r, 7)
        else:
            # keep as little of the example as the plan allows: its first digits, then more
            k = max(3, len(nat) - 1 - attempt // 40)
            cand = nat[:-k] + _digits(r, k)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if not phonenumbers.is_valid_number_for_region(num, region):
            continue
        t = phonenumbers.number_type(num)
        either = t == PNT.FIXED_LINE_OR_MOBILE and want in (PNT.MOBILE, PNT.FIXED_LINE)
        if t != want and not either:
            continue
        if region in ("US", "CA") and cand[3:6] == "555":
            continue
        written = _write_phone(r, num, kind)
        back = phonenumbers.parse(written, region)
        same = (back.country_code, back.national_number) == (num.country_code, num.national_number)
        if same and phonenumbers.is_valid_number_for_region(back, region):
            return written
    raise RuntimeError(f"no phone drawn for {region}")


def _write_phone(r: random.Random, num: phonenumbers.PhoneNumber, kind: str) -> str:
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    if kind == "toll_free":
        return nat if r.random() < 0.7 else intl
    x = r.random()
    if x < 0.3:
        return intl
    if x < 0.55:
        return nat
    if x < 0.65:
        return phonenumbers.format_number(num, PNF.E164)
    if x < 0.75:
        return "00" + intl[1:]
    if x < 0.87:
        return "".join(c for c in nat if c.isdigit())
    return nat.replace(" ", "-") if r.random() < 0.5 else intl.replace(" ", "-", 1)


# --- IPs ---------------------------------------------------------------------------------

_DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]


def public_ip(r: random.Random) -> str:
    while True:
        if r.random() < 0.7:
            a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        else:
            a = ipaddress.IPv6Address((0x2A00 + r.randint(0, 0x1FF)) << 112 | r.getrandbits(112))  # type: ignore[assignment]
        if a.is_global and not any(a in n for n in _DOC_NETS):
            return str(a)


def private_ip(r: random.Random) -> str:
    return r.choice(
        [
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            "127.0.0.1",
            f"fd{r.getrandbits(8):02x}:{r.getrandbits(16):x}::{r.getrandbits(16):x}",
        ]
    )


def doc_ip(r: random.Random) -> str:
    return r.choice(
        [
            f"192.0.2.{r.randint(1, 254)}",
            f"198.51.100.{r.randint(1, 254)}",
            f"203.0.113.{r.randint(1, 254)}",
            f"2001:db8::{r.getrandbits(16):x}",
        ]
    )


# --- secrets -----------------------------------------------------------------------------

_ALNUM = string.ascii_letters + DIGITS


def _rand(r: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def secret(r: random.Random, words: list[str]) -> tuple[str, str]:
    """A credential and what it is (`password`, `token`, `key`): vendor-shaped or chosen by a person."""
    x = r.randrange(9)
    if x == 0:
        return "token", "ghp_" + _rand(r, 36)
    if x == 1:
        return "token", "xoxb-" + _digits(r, 12) + "-" + _digits(r, 13) + "-" + _rand(r, 24)
    if x == 2:
        return "key", "sk_live_" + _rand(r, 24)
    if x == 3:
        return "key", "AIza" + _rand(r, 35, _ALNUM + "-_")
    if x == 4:
        return "key", "SG." + _rand(r, 22, _ALNUM + "-_") + "." + _rand(r, 43, _ALNUM + "-_")
    if x == 5:
        return "key", _rand(r, 40, "0123456789abcdef")
    if x == 6:
        return "token", "npm_" + _rand(r, 36)
    w = r.choice(words)
    sym = r.choice("!#$%&*?+")
    pw = [
        w.capitalize() + sym + _digits(r, r.randint(2, 4)),
        _rand(r, 14, _ALNUM + "!#%&*"),
        w + _digits(r, 4) + sym + r.choice(words).upper(),
    ]
    return "password", r.choice(pw)


PLACEHOLDERS = (
    "changeme",
    "${DB_PASSWORD}",
    "<your-token-here>",
    "********",
    "REPLACE_ME",
    "{{ secrets.API_KEY }}",
    "xxxxxxxxxxxxxxxx",
    "%API_TOKEN%",
)


def placeholder(r: random.Random) -> str:
    return r.choice(PLACEHOLDERS)
