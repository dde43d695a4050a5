"""Valid personal numbers and their failing twins, each checked by stdnum or phonenumbers."""

from __future__ import annotations

import ipaddress
import random
import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.de import idnr
from stdnum.es import ccc, dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.us import ssn as us_ssn

ID_SCHEMES = {
    "GB": nhs, "IE": pps, "US": us_ssn, "CA": sin, "DE": idnr, "AT": vnr, "CH": ch_ssn,
    "FR": nir, "BE": nn, "NL": bsn, "ES": dni, "MX": curp, "AR": cuit, "CL": rut,
}  # fmt: skip
ALL_SCHEMES = tuple(ID_SCHEMES.values())
IBAN_COUNTRIES = ("DE", "AT", "CH", "NL", "IE", "GB", "LU", "BE", "FR", "ES")
_DIGITS = string.digits


def _num(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_DIGITS) for _ in range(n))


def _fix_last(body: str, alphabet: str, valid) -> str | None:
    """Complete `body` with the first check character the scheme accepts; None if none does."""
    for ch in alphabet:
        if valid(body + ch):
            return body + ch
    return None


def _id_body(
    rng: random.Random, country: str, dob: tuple[int, int, int], male: bool
) -> tuple[str, str]:
    """A national id's body before its check characters and the alphabet to complete it with."""
    y, m, d = dob
    yy, mm, dd = f"{y % 100:02d}", f"{m:02d}", f"{d:02d}"
    if country == "DE":
        digits = rng.sample(_DIGITS, 9)
        digits.insert(rng.randrange(1, 10), digits[rng.randrange(9)])
        if digits[0] == "0":
            digits[0], digits[1] = digits[1], digits[0]
        return "".join(digits), _DIGITS
    if country == "AT":
        return str(rng.randint(100, 999)), _DIGITS  # the check digit sits before the birth date
    bodies = {
        "GB": (_num(rng, 9), _DIGITS),
        "IE": (_num(rng, 7), "ABCDEFGHIJKLMNOPQRSTUVW"),
        "CA": (rng.choice("1234567") + _num(rng, 7), _DIGITS),
        "CH": ("756" + _num(rng, 9), _DIGITS),
        "FR": (
            ("1" if male else "2")
            + yy
            + mm
            + rng.choice(["75", "69", "13", "33", "59", "44"])
            + _num(rng, 6),
            "",
        ),
        "BE": (yy + mm + dd + f"{rng.randrange(1, 499) * 2 + (0 if male else -1) + 1:03d}", ""),
        "NL": (_num(rng, 8), _DIGITS),
        "ES": (_num(rng, 8), "TRWAGMYFPDXBNJZSQVHLCKE"),
        "AR": (rng.choice(["20", "23"] if male else ["27", "23"]) + _num(rng, 8), _DIGITS),
        "CL": (str(rng.randint(5_000_000, 25_999_999)), _DIGITS + "K"),
    }
    if country == "MX":
        first = (
            rng.choice("BGHLMPRSTV")
            + rng.choice("AEIOU")
            + rng.choice("BCDGLMNPRSTZ")
            + rng.choice("AEIOU")
        )
        homo = rng.choice(_DIGITS) if y < 2000 else rng.choice(string.ascii_uppercase)
        cons = "".join(rng.choice("BCDGLMNPRSTZ") for _ in range(3))
        body = (
            first
            + yy
            + mm
            + dd
            + ("H" if male else "M")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ"])
            + cons
            + homo
        )
        return body, _DIGITS
    return bodies[country]


def national_id(
    rng: random.Random, country: str, dob: tuple[int, int, int], male: bool
) -> str | None:
    """A valid national id written the way its country prints it; None when the draw fails."""
    scheme = ID_SCHEMES[country]
    for _ in range(40):
        if country == "US":
            area = rng.choice([a for a in range(1, 900) if a != 666][:: rng.randint(1, 7)])
            value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        elif country == "AT":
            body = _id_body(rng, country, dob, male)[0]
            y, m, d = dob
            tail = f"{d:02d}{m:02d}{y % 100:02d}"
            value = _fix_last(body, _DIGITS, lambda s, t=tail: vnr.is_valid(s + t))
            value = value + tail if value else None
        elif (drawn := _id_body(rng, country, dob, male))[1] == "":
            body = drawn[0]
            value = _fix_last(body, [f"{k:02d}" for k in range(100)], scheme.is_valid)  # type: ignore[arg-type]
        else:
            value = _fix_last(drawn[0], drawn[1], scheme.is_valid)
        if value and scheme.is_valid(value):
            return (
                scheme.format(value) if hasattr(scheme, "format") and rng.random() < 0.6 else value
            )
    return None


def fails_every_scheme(text: str) -> bool:
    """True when no id scheme of the hold-out accepts `text`."""
    return not any(s.is_valid(text) for s in ALL_SCHEMES)


def id_twin(rng: random.Random, valid: str) -> str | None:
    """The valid id with one digit changed until every scheme refuses it.

    Nine-digit ids also take an area no SSN uses (666), since a US SSN has no check digit
    and would otherwise accept almost any nine digits.
    """
    positions = [i for i, c in enumerate(valid) if c.isdigit()]
    for _ in range(30):
        i = rng.choice(positions[-3:])
        twin = valid[:i] + rng.choice([c for c in _DIGITS if c != valid[i]]) + valid[i + 1 :]
        if len(positions) == 9:
            twin = "666" + twin[3:]
        if fails_every_scheme(twin):
            return twin
    return None


_BANKS = {
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"],
    "IE": ["AIBK", "BOFI"],
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"],
    "BE": ["001", "063", "068", "310", "363", "734", "736", "096"],
}


def _bban(rng: random.Random, cc: str) -> str:
    if cc == "BE":
        first = rng.choice(_BANKS["BE"]) + _num(rng, 7)
        return first + f"{int(first) % 97 or 97:02d}"
    if cc == "FR":
        bank, branch, acct = _num(rng, 5), _num(rng, 5), _num(rng, 11)
        return (
            bank
            + branch
            + acct
            + f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"
        )
    if cc == "ES":
        bank, branch, acct = (
            rng.choice(["2100", "0049", "0182", "2038", "0081"]),
            _num(rng, 4),
            _num(rng, 10),
        )
        return next(
            bank + branch + k + acct
            for k in (f"{n:02d}" for n in range(100))
            if ccc.is_valid(bank + branch + k + acct)
        )
    shapes = {"DE": 18, "AT": 16, "CH": 17, "LU": 16}
    if cc in shapes:
        return _num(rng, shapes[cc])
    return rng.choice(_BANKS[cc]) + (_num(rng, 14) if cc in ("IE", "GB") else _num(rng, 10))


def iban(rng: random.Random, cc: str) -> str:
    """A valid IBAN of `cc` (national check digits included), grouped by four or compact."""
    for _ in range(50):
        raw = cc + "00" + _bban(rng, cc)
        value = cc + std_iban.calc_check_digits(raw) + raw[4:]
        if std_iban.is_valid(value):
            return std_iban.format(value) if rng.random() < 0.6 else value
    raise RuntimeError(f"no valid IBAN drawn for {cc}")


def iban_twin(rng: random.Random, valid: str) -> str:
    """One account digit changed: the IBAN check fails."""
    positions = [i for i, c in enumerate(valid) if c.isdigit() and i > 5]
    while True:
        i = rng.choice(positions)
        twin = valid[:i] + str((int(valid[i]) + rng.randint(1, 9)) % 10) + valid[i + 1 :]
        if not std_iban.is_valid(twin):
            return twin


def _group_card(rng: random.Random, digits: str) -> str:
    sep = rng.choice([" ", "-", "", " "])
    groups = (
        [digits[:4], digits[4:10], digits[10:]]
        if len(digits) == 15
        else [digits[i : i + 4] for i in range(0, 16, 4)]
    )
    return sep.join(groups)


def card(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number, grouped, dashed or bare."""
    prefix, length = rng.choice(
        [
            ("4", 16),
            ("4", 16),
            (str(rng.randint(51, 55)), 16),
            (str(rng.randint(2221, 2720)), 16),
            (rng.choice(["34", "37"]), 15),
        ]
    )
    body = prefix + _num(rng, length - len(prefix) - 1)
    return _group_card(rng, body + luhn.calc_check_digit(body))


def card_twin(rng: random.Random) -> str:
    """A card-shaped number whose Luhn check fails."""
    valid = card(rng)
    digits = "".join(c for c in valid if c.isdigit())
    bad = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return _group_card(rng, bad)


_PHONE_STYLES = ("intl", "national", "e164", "00", "bare", "dash")


def _written(num: phonenumbers.PhoneNumber, style: str) -> str:
    fmt = phonenumbers.PhoneNumberFormat
    if style == "intl":
        return phonenumbers.format_number(num, fmt.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, fmt.E164)
    if style == "00":
        return "00" + phonenumbers.format_number(num, fmt.E164)[1:]
    national = phonenumbers.format_number(num, fmt.NATIONAL)
    if style == "bare":
        return "".join(c for c in national if c.isdigit())
    if style == "dash":
        return "-".join(national.replace("(", "").replace(")", "").split())
    return national


def phone(rng: random.Random, region: str, kind: str) -> str | None:
    """A number of `kind` (mobile, fixed, tollfree) valid for `region`, read back from its written form."""
    types = {
        "mobile": phonenumbers.PhoneNumberType.MOBILE,
        "fixed": phonenumbers.PhoneNumberType.FIXED_LINE,
        "tollfree": phonenumbers.PhoneNumberType.TOLL_FREE,
    }
    example = phonenumbers.example_number_for_type(region, types[kind])
    if example is None:
        return None
    national = str(example.national_number)
    for _ in range(60):
        keep = max(len(national) - (7 if example.country_code == 1 else 4), 2)
        candidate = phonenumbers.parse(
            "+" + str(example.country_code) + national[:keep] + _num(rng, len(national) - keep)
        )
        got = phonenumbers.number_type(candidate)
        wanted = types[kind]
        fits = got == wanted or (
            kind != "tollfree" and got == phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE
        )
        fictional = example.country_code == 1 and str(candidate.national_number)[3:6] == "555"
        if fictional or not (phonenumbers.is_valid_number_for_region(candidate, region) and fits):
            continue
        text = _written(
            candidate, rng.choice(_PHONE_STYLES if kind != "tollfree" else ("national", "intl"))
        )
        back = phonenumbers.parse(text, region)
        if phonenumbers.is_valid_number_for_region(back, region):
            return text
    return None


def public_ip(rng: random.Random) -> str:
    """A global IPv4 or IPv6 client address."""
    while True:
        if rng.random() < 0.75:
            addr = ipaddress.ip_address(
                f"{rng.randint(2, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            )
        else:
            addr = ipaddress.ip_address(
                f"2a0{rng.randint(1, 9)}:{rng.randint(0x100, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
            )
        if addr.is_global and not addr.is_multicast:
            return str(addr)


def private_ip(rng: random.Random) -> str:
    """A private or loopback address (kept)."""
    return rng.choice([
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "127.0.0.1",
        f"fd{rng.randint(0, 255):02x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFF):x}",
    ])  # fmt: skip


def doc_ip(rng: random.Random) -> str:
    """An address from a documentation range (kept)."""
    return (
        rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
        if rng.random() < 0.8
        else f"2001:db8::{rng.randint(1, 0xFFFF):x}"
    )


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + _DIGITS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng: random.Random, words: list[str]) -> str:
    """A vendor-shaped token, a hex key or a password as people choose them."""
    hexa = "0123456789abcdef"
    shape = rng.randrange(9)
    if shape == 0:
        return "ghp_" + _token(rng, 36)
    if shape == 1:
        return f"xoxb-{_num(rng, 12)}-{_num(rng, 13)}-{_token(rng, 24)}"
    if shape == 2:
        return "sk_live_" + _token(rng, 24)
    if shape == 3:
        return "AKIA" + _token(rng, 16, string.ascii_uppercase + "234567")
    if shape == 4:
        return "glpat-" + _token(rng, 20)
    if shape == 5:
        return "AIza" + _token(rng, 35, string.ascii_letters + _DIGITS + "-_")
    if shape == 6:
        return _token(rng, rng.choice([32, 40, 64]), hexa)
    return rng.choice(words) + str(rng.randint(1, 2024)) + rng.choice("!?#$%*.")


PLACEHOLDERS = ("changeme", "<your-api-key>", "${DB_PASSWORD}", "xxxxxxxxxxxx", "AKIAIOSFODNN7EXAMPLE",
                "{{ secrets.SMTP_PASS }}", "REPLACE_ME", "********", "%(token)s", "sk_live_XXXXXXXXXXXX")  # fmt: skip
