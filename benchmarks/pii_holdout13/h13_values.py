"""Values with check digits and numbering plans, and their broken twins.

Check digits come from python-stdnum and phone numbers are confirmed by phonenumbers
(libphonenumber's metadata): a value is drawn until the library accepts it, a twin until it
refuses it, so the rules live in the libraries rather than here.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import string
import unicodedata
from collections.abc import Callable
from typing import TypeVar

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.nl import bsn
from stdnum.us import ssn as us_ssn

DIG = string.digits
T = TypeVar("T")


def until(rng: random.Random, build: Callable[[random.Random], T], ok: Callable[[T], bool]) -> T:
    """Draw until the check accepts; every scheme here accepts a good share of draws."""
    for _ in range(2000):
        v = build(rng)
        if ok(v):
            return v
    raise RuntimeError("no acceptable value drawn in 2000 tries")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def ascii_fold(s: str, umlauts: bool = False) -> str:
    """Accents dropped, as in e-mail addresses and domains; German umlauts spelt out if asked."""
    s = s.translate(UMLAUTS) if umlauts else s
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# --- national ids -------------------------------------------------------------------------------
def _with_last(
    rng: random.Random, body: str, ok: Callable[[str], bool], alphabet: str = DIG
) -> str:
    for c in alphabet:
        if ok(body + c):
            return body + c
    return ""


def national_id(rng: random.Random, country: str, dob: dt.date, sex: str, foreign: bool) -> str:
    """Compact id of the country's main scheme, carrying the birth date where the scheme does."""
    yy, mm, dd = f"{dob.year % 100:02d}", f"{dob.month:02d}", f"{dob.day:02d}"
    if country == "DE":
        return until(
            rng,
            lambda r: _with_last(r, rng.choice("123456789") + digits(r, 9), idnr.is_valid),
            bool,
        )
    if country == "AT":
        return until(rng, lambda r: _at(r, dd + mm + yy), bool)
    if country == "CH":
        return until(rng, lambda r: _with_last(r, "756" + digits(r, 9), ch_ssn.is_valid), bool)
    if country == "FR":

        def fr(r: random.Random) -> str:
            dept = r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "2A", "93", "99"])
            body = ("1" if sex == "m" else "2") + yy + mm + dept + digits(r, 6)
            return body + nir.calc_check_digits(body)

        return until(rng, fr, nir.is_valid)
    if country == "BE":

        def be(r: random.Random) -> str:
            seq = r.randrange(1, 998)
            seq += (seq % 2 == 0) if sex == "m" else (seq % 2)
            body = yy + mm + dd + f"{seq:03d}"
            # the check is 97 - n mod 97, over "2" + the digits for those born from 2000 on
            check = 97 - int(("2" if dob.year >= 2000 else "") + body) % 97
            return body + f"{check:02d}"

        return until(rng, be, nn.is_valid)
    if country == "ES":
        if foreign:
            return until(rng, lambda r: _nie(r), nie.is_valid)
        return until(rng, lambda r: (b := digits(r, 8)) + dni.calc_check_digit(b), dni.is_valid)
    if country == "NL":
        return until(
            rng, lambda r: _with_last(r, r.choice("123456") + digits(r, 7), bsn.is_valid), bool
        )
    if country == "GB":
        return until(
            rng, lambda r: _with_last(r, r.choice("4679") + digits(r, 8), nhs.is_valid), bool
        )
    if country == "IE":
        return until(
            rng,
            lambda r: _with_last(r, digits(r, 7), pps.is_valid, "ABCDEFGHIJKLMNOPQRSTUVW"),
            bool,
        )
    if country == "US":
        return until(
            rng,
            lambda r: f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}",
            us_ssn.is_valid,
        )
    raise ValueError(country)


def _at(rng: random.Random, ddmmyy: str) -> str:
    serial = f"{rng.randint(1, 9)}{digits(rng, 2)}"
    cand = serial + "0" + ddmmyy
    c = vnr.calc_check_digit(cand)
    return serial + c + ddmmyy if len(c) == 1 and vnr.is_valid(serial + c + ddmmyy) else ""


def _nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    return body + nie.calc_check_digit(body)


ID_VALID: dict[str, Callable[[str], bool]] = {
    "DE": idnr.is_valid,
    "AT": vnr.is_valid,
    "CH": ch_ssn.is_valid,
    "FR": nir.is_valid,
    "BE": nn.is_valid,
    "ES": lambda v: dni.is_valid(v) or nie.is_valid(v),
    "NL": bsn.is_valid,
    "GB": nhs.is_valid,
    "IE": pps.is_valid,
    "US": us_ssn.is_valid,
}


def format_id(rng: random.Random, country: str, v: str) -> str:
    """The id as people write it: the official grouping or run together."""
    if rng.random() < 0.3:
        return v
    if country == "DE":
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if country == "AT":
        return f"{v[:4]} {v[4:]}"
    if country == "CH":
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if country == "FR":
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if country == "BE":
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if country == "ES":
        return f"{v[:-1]}-{v[-1]}" if rng.random() < 0.5 else v
    if country == "NL":
        return f"{v[:4]}.{v[4:6]}.{v[6:]}"
    if country == "GB":
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if country == "US":
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"
    return v


def twin(rng: random.Random, v: str, ok: Callable[[str], bool]) -> str:
    """The same value with one check character or digit changed so that its rule refuses it."""

    def build(r: random.Random) -> str:
        pos = r.choice([len(v) - 1, len(v) - 1, r.randrange(len(v))])
        c = v[pos]
        pool = string.ascii_uppercase if c.isalpha() else DIG
        return v[:pos] + r.choice(pool.replace(c.upper(), "")) + v[pos + 1 :]

    return until(rng, build, lambda t: not ok(t) and t[:2].isalnum())


# --- IBANs and cards -----------------------------------------------------------------------------
BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"],
}


def _bban(rng: random.Random, cc: str) -> str:
    if cc in ("GB", "IE"):
        return rng.choice(BANKS[cc]) + digits(rng, 14)
    if cc == "NL":
        return rng.choice(BANKS["NL"]) + digits(rng, 10)
    if cc == "DE":
        return rng.choice(
            [
                "10070024",
                "10010010",
                "20041133",
                "37040044",
                "50010517",
                "70150000",
                "12030000",
                "43060967",
            ]
        ) + digits(rng, 10)
    if cc == "AT":
        return rng.choice(["20111", "12000", "14000", "32000", "60000", "19043"]) + digits(rng, 11)
    if cc == "CH":
        return rng.choice(["00762", "00230", "80808", "09000", "00700"]) + digits(rng, 12)
    if cc == "FR":
        bank, branch, acct = (
            rng.choice(["30004", "30003", "20041", "10278", "30002", "16006"]),
            digits(rng, 5),
            digits(rng, 11),
        )
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "BE":
        head = rng.choice(
            ["001", "063", "068", "310", "363", "734", "735", "737", "751", "973"]
        ) + digits(rng, 7)
        return head + f"{(int(head) % 97) or 97:02d}"
    if cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "2038", "0081", "1465", "0128"])
        branch, acct = digits(rng, 4), digits(rng, 10)
        return ccc.calc_check_digits(bank + branch + "00" + acct).join([bank + branch, acct])
    raise ValueError(cc)


def iban(rng: random.Random, cc: str) -> str:
    def build(r: random.Random) -> str:
        bb = _bban(r, cc)
        return cc + std_iban.calc_check_digits(cc + "00" + bb) + bb

    return until(rng, build, std_iban.is_valid)


def format_iban(rng: random.Random, v: str) -> str:
    x = rng.random()
    if x < 0.55:
        return std_iban.format(v)
    if x < 0.9:
        return v
    if x < 0.96:
        return std_iban.format(v).lower()
    return std_iban.format(v, "-")


def iban_twin(rng: random.Random, v: str) -> str:
    def build(r: random.Random) -> str:
        pos = r.randrange(4, len(v))
        if not v[pos].isdigit():
            return v
        return v[:pos] + r.choice(DIG.replace(v[pos], "")) + v[pos + 1 :]

    return until(rng, build, lambda t: t != v and not std_iban.is_valid(t))


def card(rng: random.Random) -> str:
    brand = rng.choices(["visa", "mc", "mc2", "amex"], [50, 30, 8, 12])[0]
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif brand == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    else:
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    return body + luhn.calc_check_digit(body)


def format_card(rng: random.Random, v: str) -> str:
    x = rng.random()
    groups = [v[:4], v[4:10], v[10:]] if len(v) == 15 else [v[i : i + 4] for i in range(0, 16, 4)]
    if x < 0.6:
        return " ".join(groups)
    if x < 0.8:
        return v
    return "-".join(groups)


def card_twin(rng: random.Random, v: str) -> str:
    return twin(rng, v, luhn.is_valid)


# --- phones --------------------------------------------------------------------------------------
# (leading digits of national numbers for personal lines, national length with trunk 0)
# fmt: off
PHONE_PLAN: dict[str, dict[str, list[tuple[str, int]]]] = {
    "GB": {"mobile": [("074", 11), ("075", 11), ("077", 11), ("078", 11), ("079", 11)], "fixed": [("0113", 11), ("0161", 11), ("0117", 11), ("0141", 11), ("0121", 11), ("0208", 11)]},
    "US": {"mobile": [("503", 10), ("617", 10), ("312", 10), ("415", 10), ("718", 10), ("206", 10), ("512", 10), ("305", 10)], "fixed": [("212", 10), ("404", 10), ("713", 10)]},
    "IE": {"mobile": [("083", 10), ("085", 10), ("086", 10), ("087", 10), ("089", 10)], "fixed": [("01", 9), ("021", 10), ("091", 9)]},
    "DE": {"mobile": [("0151", 12), ("0152", 12), ("0160", 11), ("0170", 11), ("0171", 11), ("0176", 12), ("0157", 12), ("0163", 11)], "fixed": [("030", 11), ("089", 11), ("040", 11), ("0221", 11), ("069", 11), ("0711", 11)]},
    "AT": {"mobile": [("0664", 11), ("0676", 11), ("0699", 12), ("0650", 11), ("0660", 11)], "fixed": [("01", 9), ("0316", 10), ("0662", 10), ("0732", 10)]},
    "CH": {"mobile": [("076", 10), ("077", 10), ("078", 10), ("079", 10)], "fixed": [("044", 10), ("031", 10), ("061", 10), ("022", 10)]},
    "FR": {"mobile": [("06", 10), ("07", 10)], "fixed": [("01", 10), ("04", 10), ("05", 10), ("02", 10)]},
    "BE": {"mobile": [("047", 10), ("048", 10), ("049", 10)], "fixed": [("02", 9), ("03", 9), ("09", 9), ("04", 9)]},
    "ES": {"mobile": [("6", 9), ("71", 9), ("72", 9)], "fixed": [("91", 9), ("93", 9), ("96", 9), ("95", 9)]},
    "NL": {"mobile": [("06", 10)], "fixed": [("020", 10), ("010", 10), ("030", 10), ("070", 10), ("040", 10)]},
}
# fmt: on
TOLL_FREE = {
    "GB": ("0800", 11),
    "US": ("800", 10),
    "IE": ("1800", 10),
    "DE": ("0800", 11),
    "AT": ("0800", 10),
    "CH": ("0800", 10),
    "FR": ("0800", 10),
    "BE": ("0800", 9),
    "ES": ("900", 9),
    "NL": ("0800", 8),
}
PERSONAL_TYPES = {
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def _draw_phone(
    rng: random.Random, cc: str, prefix: str, length: int, types: set[int]
) -> phonenumbers.PhoneNumber:
    def build(r: random.Random) -> phonenumbers.PhoneNumber | None:
        national = prefix + digits(r, length - len(prefix))
        if cc == "US" and national[3] in "01" or cc == "US" and national[3:6] == "555":
            return None
        return phonenumbers.parse(national, cc)

    def ok(n: phonenumbers.PhoneNumber | None) -> bool:
        return (
            n is not None
            and phonenumbers.is_valid_number(n)
            and phonenumbers.number_type(n) in types
        )

    n = until(rng, build, ok)
    assert n is not None
    return n


def phone(rng: random.Random, cc: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    prefix, length = rng.choice(PHONE_PLAN[cc]["mobile" if mobile else "fixed"])
    return _draw_phone(rng, cc, prefix, length, PERSONAL_TYPES)


def hotline(rng: random.Random, cc: str) -> phonenumbers.PhoneNumber:
    prefix, length = TOLL_FREE[cc]
    return _draw_phone(rng, cc, prefix, length, {PhoneNumberType.TOLL_FREE})


def format_phone(rng: random.Random, n: phonenumbers.PhoneNumber, cc: str) -> str:
    """National or international, spaced as the library does or as people do."""
    nat = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(n)
    code = str(n.country_code)
    trunk = "" if cc in ("US", "ES") else "0"
    x = rng.random()
    if x < 0.3:
        return nat
    if x < 0.5:
        return intl
    if x < 0.6:
        return "+" + code + nsn
    if x < 0.68:
        return trunk + nsn
    if x < 0.74:
        return f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}" if cc == "US" else "00" + code + " " + nsn
    if x < 0.8 and trunk:
        return f"+{code} (0){intl.split(' ', 1)[1]}"
    if cc == "FR" or cc == "BE":
        return nat.replace(" ", ".") if rng.random() < 0.6 else nat.replace(" ", "")
    if cc == "NL" and nsn.startswith("6"):
        return "06-" + nsn[1:]
    if cc == "DE" or cc == "AT":
        head, _, tail = nat.partition(" ")
        return (
            f"{head}/{tail.replace(' ', '')}"
            if rng.random() < 0.5
            else f"{head}-{tail.replace(' ', '')}"
        )
    if cc == "US":
        return (
            f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
            if rng.random() < 0.5
            else f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
        )
    if cc == "ES":
        return f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"
    return nat.replace(" ", "-")


# --- network, secrets ----------------------------------------------------------------------------
def public_ipv4(rng: random.Random) -> str:
    def build(r: random.Random) -> str:
        first = r.choice(
            [
                2,
                5,
                31,
                37,
                46,
                62,
                77,
                78,
                79,
                80,
                81,
                82,
                84,
                85,
                86,
                87,
                88,
                89,
                90,
                91,
                92,
                93,
                94,
                95,
                109,
                145,
                176,
                178,
                185,
                188,
                193,
                194,
                212,
                213,
                217,
            ]
        )
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    return until(rng, build, lambda s: ipaddress.ip_address(s).is_global)


def public_ipv6(rng: random.Random) -> str:
    def build(r: random.Random) -> str:
        head = r.choice(
            [
                "2a02:810d",
                "2003:e6",
                "2a01:e0a",
                "2a01:cb00",
                "2a02:a46f",
                "2a02:c7e",
                "2600:1700",
                "2a00:23c5",
                "2001:1c02",
            ]
        )
        groups = [f"{r.randrange(65536):x}" for _ in range(8 - len(head.split(":")))]
        if r.random() < 0.4:
            groups[2:4] = ["0", "0"]
        return str(ipaddress.ip_address(":".join([head, *groups])))

    return until(rng, build, lambda s: ipaddress.ip_address(s).is_global)


def private_ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"fd{rng.randrange(256):02x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}",
        ]
    )


def doc_ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"2001:db8::{rng.randrange(1, 65536):x}",
        ]
    )


PUBLIC_DNS = ["8.8.8.8", "8.8.4.4", "1.1.1.1", "9.9.9.9", "208.67.222.222", "2606:4700:4700::1111"]
B62 = string.ascii_letters + DIG


def rand_str(rng: random.Random, n: int, alphabet: str = B62) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


SECRET_SHAPES = {
    "AWS_ACCESS_KEY_ID": 0,
    "AWS_SECRET_ACCESS_KEY": 1,
    "GITHUB_TOKEN": 2,
    "STRIPE_SECRET_KEY": 3,
    "SLACK_BOT_TOKEN": 4,
    "JWT_SECRET": 1,
    "MAPS_API_KEY": 6,
    "GITLAB_TOKEN": 7,
}


def secret(rng: random.Random, shape: int | None = None) -> str:
    """A live-looking credential of a common vendor shape, or a person's password."""
    k = rng.randrange(9) if shape is None else shape
    if k == 0:
        return "AKIA" + rand_str(rng, 16, string.ascii_uppercase + "234567")
    if k == 1:
        return rand_str(rng, 40, B62 + "/+")
    if k == 2:
        return "ghp_" + rand_str(rng, 36)
    if k == 3:
        return "sk_live_" + rand_str(rng, 24)
    if k == 4:
        return "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + rand_str(rng, 24)
    if k == 5:
        return (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + rand_str(rng, 48, B62 + "-_")
            + "."
            + rand_str(rng, 43, B62 + "-_")
        )
    if k == 6:
        return "AIza" + rand_str(rng, 35, B62 + "-_")
    if k == 7:
        return "glpat-" + rand_str(rng, 20, B62 + "-_")
    return password(rng)


def password(rng: random.Random) -> str:
    words = [
        "Sommer",
        "Zonnebloem",
        "Soleil",
        "Primavera",
        "Liverpool",
        "Bayern",
        "Hasselt",
        "Mariposa",
        "Kater",
        "Bruno",
        "Luna",
        "Girasol",
        "Paard",
        "Chaton",
    ]
    return rng.choice(
        [
            f"{rng.choice(words)}{rng.randint(1960, 2024)}{rng.choice('!?#$%')}",
            rand_str(rng, rng.randint(12, 20), B62 + "!#$%&*"),
            f"{rng.choice(words).lower()}_{rand_str(rng, 4, DIG)}{rng.choice(words)}",
        ]
    )


# fmt: off
PLACEHOLDER_SECRETS = [
    "changeme",
    "<your-api-key>",
    "YOUR_API_KEY_HERE",
    "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX",
    "${DB_PASSWORD}",
    "AKIAIOSFODNN7EXAMPLE",
    "xxxxxxxxxxxxxxxx",
    "<PASSWORD>",
    "********",
    "{{ secrets.API_TOKEN }}",
    "REPLACE_ME",
    "dummy-token",
]
# fmt: on


# --- look-alike values -------------------------------------------------------------------------
def hexs(rng: random.Random, n: int) -> str:
    return rand_str(rng, n, "0123456789abcdef")


def uuid(rng: random.Random) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def order_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
            "10" + digits(rng, 9),
            f"ORD-{rng.randint(2021, 2025)}-{digits(rng, 6)}",
            "#" + digits(rng, rng.randint(6, 9)),
            f"{rng.choice('ABCDEFGHKMNPRSTW')}{digits(rng, 4)}{rng.choice(string.ascii_uppercase)}{digits(rng, 5)}",
            "0" + digits(rng, 9),
        ]
    )


def ticket_no(rng: random.Random) -> str:
    return rng.choice(
        [
            "INC" + digits(rng, 7),
            f"{rng.choice(['SUP', 'HELP', 'OPS', 'CS', 'IT'])}-{rng.randint(10, 99999)}",
            "#" + digits(rng, 5),
            f"{rng.randint(2022, 2025)}{digits(rng, 2)}{digits(rng, 2)}-{digits(rng, 4)}",
            f"CAS-{digits(rng, 5)}-{rand_str(rng, 6, string.ascii_uppercase + DIG)}",
        ]
    )


def invoice_no(rng: random.Random) -> str:
    y = rng.randint(2021, 2025)
    return rng.choice(
        [
            f"RE-{y}-{digits(rng, 5)}",
            f"FAC-{y}-{digits(rng, 4)}",
            f"F{y}/{digits(rng, 4)}",
            f"INV-{digits(rng, 6)}",
            f"{y}{digits(rng, 6)}",
            f"FV{digits(rng, 2)}-{digits(rng, 6)}",
        ]
    )


def s10(rng: random.Random, cc: str) -> str:
    body = digits(rng, 8)
    s = sum(w * int(d) for w, d in zip((8, 6, 4, 2, 3, 5, 9, 7), body, strict=True))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{rng.choice(['RR', 'LX', 'CP', 'RA', 'EE'])}{body}{c}{cc}"


def tracking_no(rng: random.Random, cc: str) -> str:
    return rng.choice(
        [
            s10(rng, cc),
            "00340434" + digits(rng, 12),
            "1Z" + rand_str(rng, 6, string.ascii_uppercase + DIG) + digits(rng, 10),
            "3S" + rand_str(rng, 4, string.ascii_uppercase) + digits(rng, 7),
            "JJD" + digits(rng, 18),
        ]
    )


def version(rng: random.Random) -> str:
    a, b, c = rng.randint(0, 24), rng.randint(0, 40), rng.randint(0, 30)
    return rng.choice(
        [
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}",
            f"{a}.{b}.{c}-rc.{rng.randint(1, 5)}",
            f"{rng.randint(100, 131)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 199)}",
            f"{a}.{b}",
            f"{rng.randint(2019, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}",
        ]
    )


def ean13(rng: random.Random) -> str:
    body = rng.choice(
        ["400", "401", "300", "301", "871", "872", "540", "541", "840", "500", "760", "900"]
    ) + digits(rng, 9)
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def product_code(rng: random.Random) -> str:
    return rng.choice(
        [
            ean13(rng),
            f"SKU-{digits(rng, 4)}-{rng.choice(['BLK', 'WHT', 'NVY', 'RED', 'GRN'])}-{rng.choice(['S', 'M', 'L', 'XL', '38', '42'])}",
            "B0" + rand_str(rng, 8, string.ascii_uppercase + DIG),
            f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}",
            f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}-{digits(rng, 5)}",
        ]
    )


def coordinates(rng: random.Random, lat: float, lon: float, decimal: bool = False) -> str:
    la, lo = lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05)
    if decimal or rng.random() < 0.7:
        return f"{la:.{rng.choice([4, 5, 6])}f}, {lo:.{rng.choice([4, 5, 6])}f}"

    def dms(v: float, pos: str, neg: str) -> str:
        h = pos if v >= 0 else neg
        v = abs(v)
        d, m = int(v), (v - int(v)) * 60
        return f"{d}°{int(m):02d}'{(m - int(m)) * 60:04.1f}\"{h}"

    return f"{dms(la, 'N', 'S')} {dms(lo, 'E', 'W')}"


# fmt: off
HTTP_STATUS = [
    "200 OK",
    "201 Created",
    "204 No Content",
    "301 Moved Permanently",
    "302 Found",
    "400 Bad Request",
    "401 Unauthorized",
    "403 Forbidden",
    "404 Not Found",
    "409 Conflict",
    "422 Unprocessable Entity",
    "429 Too Many Requests",
    "500 Internal Server Error",
    "502 Bad Gateway",
    "503 Service Unavailable",
    "504 Gateway Timeout",
]
# fmt: on
