"""Numbers that must be right: national ids, IBANs, cards and phones drawn valid (and their twins
drawn invalid) by python-stdnum and phonenumbers, plus IP addresses and secrets."""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import string
from collections.abc import Callable
from types import ModuleType

import h16p_words as words
import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.ec import ci
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.gb import utr
from stdnum.ie import pps
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

DIGITS = string.digits
UPPER = string.ascii_uppercase

# Every id scheme of the hold-out that carries a check digit; a twin must fail all of them.
CHECKED_SCHEMES: tuple[ModuleType, ...] = (
    utr,
    pps,
    ird,
    za_idnr,
    idnr,
    vnr,
    ch_ssn,
    nir,
    nn,
    dni,
    nie,
    curp,
    cuit,
    cui,
    ci,
    bsn,
)
ID_SCHEMES: dict[str, tuple[ModuleType, ...]] = {
    "GB": (utr,), "IE": (pps,), "US": (us_ssn,), "NZ": (ird,), "ZA": (za_idnr,), "DE": (idnr,),
    "AT": (vnr,), "CH": (ch_ssn,), "FR": (nir,), "BE": (nn,), "ES": (dni, nie), "MX": (curp,),
    "AR": (cuit,), "PE": (cui,), "EC": (ci,), "NL": (bsn,),
}  # fmt: skip
IBAN_COUNTRIES = frozenset(
    ["GB", "IE", "MT", "DE", "AT", "CH", "LI", "LU", "FR", "MC", "BE", "ES", "NL"]
)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _complete(
    rng: random.Random, body: Callable[[], str], slot: int, alphabet: str, scheme: ModuleType
) -> str:
    """Insert the one character at `slot` (-1: the end) that makes `body` valid, redrawing the
    body when no character does; stdnum is the only judge of validity."""
    while True:
        text = body()
        at = len(text) if slot < 0 else slot
        for char in alphabet:
            candidate = text[:at] + char + text[at:]
            if scheme.is_valid(candidate):
                return candidate


def _curp_body(rng: random.Random, dob: dt.date, female: bool, given: str, family: str) -> str:
    letters = [c for c in words.ascii_slug(family + " " + given, "").upper() if c.isalpha()] + list(
        "XXXX"
    )
    vowel = next((c for c in letters[1:] if c in "AEIOU"), "X")
    state = rng.choice(("DF", "JC", "NL", "PL", "MC", "VZ"))
    consonants = "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
    century = rng.choice(UPPER) if dob.year >= 2000 else rng.choice(DIGITS)
    return f"{letters[0]}{vowel}{letters[2]}{letters[3]}{dob:%y%m%d}{'M' if female else 'H'}{state}{consonants}{century}"


def national_id(
    rng: random.Random, country: str, dob: dt.date, female: bool, given: str, family: str
) -> str:
    """A valid id of the country's scheme, agreeing with the person's birth date where it holds one."""
    makers: dict[str, Callable[[], str]] = {
        "GB": lambda: _complete(rng, lambda: digits(rng, 9), 0, DIGITS, utr),
        "IE": lambda: _complete(rng, lambda: digits(rng, 7), -1, "ABCDEFGHIJKLMNOPQRSTUVW", pps),
        "US": lambda: (
            f"{rng.choice((rng.randint(1, 665), rng.randint(667, 899))):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        ),
        "NZ": lambda: _complete(
            rng, lambda: str(rng.randint(10_000_000, 14_999_999)), -1, DIGITS, ird
        ),
        "ZA": lambda: _complete(
            rng,
            lambda: f"{dob:%y%m%d}{rng.randint(0, 4999) + (0 if female else 5000):04d}08",
            -1,
            DIGITS,
            za_idnr,
        ),
        "DE": lambda: _complete(
            rng, lambda: str(rng.randint(1, 9)) + digits(rng, 9), -1, DIGITS, idnr
        ),
        "AT": lambda: _complete(
            rng, lambda: f"{rng.randint(100, 999)}{dob:%d%m%y}", 3, DIGITS, vnr
        ),
        "CH": lambda: _complete(rng, lambda: "756" + digits(rng, 9), -1, DIGITS, ch_ssn),
        "FR": lambda: _nir(rng, dob, female),
        "BE": lambda: _nn(rng, dob, female),
        "ES": lambda: rng.choice(
            (
                lambda: _complete(rng, lambda: digits(rng, 8), -1, UPPER, dni),
                lambda: _complete(rng, lambda: rng.choice("XYZ") + digits(rng, 7), -1, UPPER, nie),
            )
        )(),
        "MX": lambda: _complete(
            rng, lambda: _curp_body(rng, dob, female, given, family), -1, DIGITS, curp
        ),
        "AR": lambda: _complete(
            rng,
            lambda: ("27" if female else "20") + str(rng.randint(20_000_000, 45_999_999)),
            -1,
            DIGITS,
            cuit,
        ),
        "PE": lambda: _complete(
            rng, lambda: str(rng.randint(10_000_000, 79_999_999)), -1, DIGITS + "K", cui
        ),
        "EC": lambda: _complete(
            rng,
            lambda: f"{rng.randint(1, 24):02d}{rng.randint(0, 5)}{digits(rng, 6)}",
            -1,
            DIGITS,
            ci,
        ),
        "NL": lambda: _complete(
            rng, lambda: str(rng.randint(1, 6)) + digits(rng, 7), -1, DIGITS, bsn
        ),
    }
    return makers[country]()


def _nir(rng: random.Random, dob: dt.date, female: bool) -> str:
    dept = rng.choice(tuple(range(1, 20)) + tuple(range(21, 96)))
    body = f"{2 if female else 1}{dob:%y%m}{dept:02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def _nn(rng: random.Random, dob: dt.date, female: bool) -> str:
    body = f"{dob:%y%m%d}{rng.randint(1, 498) // 2 * 2 + (0 if female else 1):03d}"
    base = int(("2" if dob.year >= 2000 else "") + body)
    return body + f"{97 - base % 97:02d}"


_ID_FORMS: dict[str, Callable[[str], str]] = {
    "GB": lambda n: f"{n[:5]} {n[5:]}",
    "US": lambda n: n,
    "NZ": lambda n: ird.format(n),
    "ZA": lambda n: f"{n[:6]} {n[6:10]} {n[10:12]} {n[12:]}",
    "DE": lambda n: f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}",
    "AT": lambda n: f"{n[:4]} {n[4:]}",
    "CH": lambda n: ch_ssn.format(n),
    "FR": lambda n: nir.format(n),
    "BE": lambda n: nn.format(n),
    "AR": lambda n: cuit.format(n),
    "PE": lambda n: f"{n[:8]}-{n[8:]}",
    "EC": lambda n: f"{n[:9]}-{n[9:]}",
    "NL": lambda n: f"{n[:4]}.{n[4:6]}.{n[6:]}",
}


def show_id(rng: random.Random, country: str, number: str) -> str:
    """The id as people write it: compact, or grouped the way the country's papers print it."""
    form = _ID_FORMS.get(country)
    return form(number) if form and rng.random() < 0.55 else number


def _check_slot(country: str) -> int:
    return {"GB": 0, "AT": 3}.get(country, -1)


def id_twin(
    rng: random.Random, country: str, dob: dt.date, female: bool, given: str, family: str
) -> str:
    """An id of the country's shape whose check character is wrong: fails every checked scheme
    of the hold-out. A US SSN has no check digit: its twin takes an area never issued (000,
    666), which no ITIN uses either."""
    while True:
        valid = national_id(rng, country, dob, female, given, family)
        at = _check_slot(country) % len(valid)
        if country == "US":
            candidates = [rng.choice(("000", "666")) + valid[3:]]
        else:
            pool = UPPER if valid[at].isalpha() else DIGITS
            candidates = [valid[:at] + c + valid[at + 1 :] for c in rng.sample(pool, len(pool))]
        for twin in candidates:
            if twin != valid and not any(
                s.is_valid(twin) for s in CHECKED_SCHEMES + ID_SCHEMES[country]
            ):
                return show_id(rng, country, twin)


_BBAN: dict[str, Callable[[random.Random], str]] = {
    "GB": lambda r: r.choice(("BARC", "LOYD", "NWBK", "MIDL", "HBUK")) + digits(r, 14),
    "IE": lambda r: r.choice(("AIBK", "BOFI", "IPBS")) + digits(r, 14),
    "MT": lambda r: r.choice(("MALT", "VALL", "APSB")) + digits(r, 23),
    "DE": lambda r: digits(r, 18),
    "AT": lambda r: digits(r, 16),
    "CH": lambda r: digits(r, 17),
    "LI": lambda r: "0880" + digits(r, 13),
    "LU": lambda r: digits(r, 16),
    "FR": lambda r: _rib(r),
    "MC": lambda r: _rib(r),
    "BE": lambda r: _be_account(r),
    "ES": lambda r: _ccc(r),
    "NL": lambda r: r.choice(("ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB")) + digits(r, 10),
}


def _rib(rng: random.Random) -> str:
    bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def _be_account(rng: random.Random) -> str:
    body = rng.choice(("001", "063", "068", "310", "363", "734", "737", "973")) + digits(rng, 7)
    check = int(body) % 97 or 97
    return f"{body}{check:02d}"


def _ccc(rng: random.Random) -> str:
    """A Spanish CCC: the two check digits sit inside, so they are searched for."""
    while True:
        bank, account = digits(rng, 8), digits(rng, 10)
        for check in range(100):
            number = f"{bank}{check:02d}{account}"
            if ccc.is_valid(number):
                return number


def iban_number(rng: random.Random, country: str) -> str:
    """A compact IBAN whose national part passes the country's own check where stdnum knows one."""
    while True:
        bban = _BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return number


def iban_twin(rng: random.Random, country: str) -> str:
    """An IBAN with one digit of the account changed: the mod-97 check then fails."""
    number = iban_number(rng, country)
    at = rng.randrange(4, len(number))
    while not number[at].isdigit():
        at = rng.randrange(4, len(number))
    twin = number[:at] + str((int(number[at]) + rng.randint(1, 9)) % 10) + number[at + 1 :]
    return twin if not iban.is_valid(twin) else iban_twin(rng, country)


def show_iban(rng: random.Random, number: str) -> str:
    return (
        " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        if rng.random() < 0.6
        else number
    )


_CARD_PREFIXES = (
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
)


def card_number(rng: random.Random) -> str:
    prefix, length = rng.choice(_CARD_PREFIXES)
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def card_twin(rng: random.Random) -> str:
    number = card_number(rng)
    return number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)


def show_card(rng: random.Random, number: str) -> str:
    sep = rng.choice((" ", " ", "-", ""))
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def phone(rng: random.Random, country: str, kind: int) -> phonenumbers.PhoneNumber:
    """A number valid for the region and of the asked type (a landline where the plan has no
    toll-free range), drawn by changing the tail of libphonenumber's example."""
    if phonenumbers.example_number_for_type(country, kind) is None:
        kind = PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(country, kind)
    assert example is not None, country
    national = str(example.national_number)
    keep = min(3, len(national) - 4)
    wanted = (kind, PhoneNumberType.FIXED_LINE_OR_MOBILE)
    for _ in range(400):
        number = phonenumbers.parse(
            f"+{example.country_code}{national[:keep]}{digits(rng, len(national) - keep)}"
        )
        if (
            phonenumbers.is_valid_number_for_region(number, country)
            and phonenumbers.number_type(number) in wanted
        ):
            return number
    return example


def show_phone(rng: random.Random, country: str, number: phonenumbers.PhoneNumber) -> str:
    """The number in one of the ways people write it, kept only if libphonenumber reads it back."""
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    forms = (
        intl,
        phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        phonenumbers.format_number(number, PhoneNumberFormat.E164),
        "00" + intl[1:],
        phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL).replace(" ", ""),
        intl.replace(" ", "-"),
        phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL).replace(" ", "."),
    )
    text = rng.choice(forms)
    try:
        parsed = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        return intl
    return (
        text
        if parsed.national_number == number.national_number and phonenumbers.is_valid_number(parsed)
        else intl
    )


def public_ip(rng: random.Random) -> str:
    """A global unicast address, v4 mostly, v6 now and then."""
    while True:
        if rng.random() < 0.75:
            text = ".".join(str(rng.randint(1, 254)) for _ in range(4))
        else:
            text = f"2a0{rng.randint(1, 9)}:{rng.randint(0x100, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
        address = ipaddress.ip_address(text)
        if address.is_global and not address.is_multicast:
            return text


def local_ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "127.0.0.1",
            f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFF):x}",
        )
    )


def doc_ip(rng: random.Random) -> str:
    return rng.choice((
        f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
        f"203.0.113.{rng.randint(1, 254)}", f"2001:db8::{rng.randint(1, 0xFFFF):x}",
    ))  # fmt: skip


def _chars(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


ALNUM = string.ascii_letters + DIGITS
_WORDS = (
    "Sommer",
    "Kaffee",
    "soleil",
    "Playa",
    "fiets",
    "Tulpe",
    "dragon",
    "Mariposa",
    "Wolke",
    "zonnig",
)


def token(rng: random.Random) -> str:
    """A live-looking token or key of a shape people paste by mistake."""
    makers = (
        lambda: "ghp_" + _chars(rng, ALNUM, 36),
        lambda: f"xoxb-{digits(rng, 11)}-{digits(rng, 13)}-{_chars(rng, ALNUM, 24)}",
        lambda: "AKIA" + _chars(rng, UPPER + DIGITS, 16),
        lambda: _chars(rng, ALNUM + "/+", 40),
        lambda: "sk_live_" + _chars(rng, ALNUM, 24),
        lambda: "AIza" + _chars(rng, ALNUM + "-_", 35),
        lambda: (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + _chars(rng, ALNUM, 46)
            + "."
            + _chars(rng, ALNUM + "-_", 43)
        ),
        lambda: _chars(rng, "0123456789abcdef", rng.choice((32, 64))),
        lambda: "glpat-" + _chars(rng, ALNUM + "-_", 20),
    )
    return rng.choice(makers)()


def password(rng: random.Random) -> str:
    """A password as people choose them: word and year, random characters, or a passphrase."""
    makers = (
        lambda: f"{rng.choice(_WORDS)}{rng.randint(1960, 2026)}{rng.choice('!#$%?')}",
        lambda: _chars(rng, ALNUM + "!#%&*", rng.randint(10, 16)),
        lambda: f"{rng.choice(_WORDS).lower()}-{rng.choice(_WORDS).lower()}-{rng.randint(10, 99)}",
    )
    return rng.choice(makers)()


PLACEHOLDERS = (
    "<your-api-key>", "changeme", "********", "${SMTP_PASSWORD}", "xxxxxxxxxxxxxxxx", "REPLACE_ME",
    "AKIAIOSFODNN7EXAMPLE", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "{{ vault.db_password }}", "TODO",
)  # fmt: skip
