"""Numbers that point at a person: phones (libphonenumber metadata), national ids and IBANs
(python-stdnum check digits), payment cards (Luhn). Each value is checked by its library."""

from __future__ import annotations

import datetime as dt
import importlib
import random
import string
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as stdiban
from stdnum import luhn

from .names import plain

D = string.digits


def digits(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _until_valid(module: str, make: Callable[[], str]) -> str:
    """Draw candidates until the stdnum module accepts one: the library, not this file, is the judge."""
    mod = importlib.import_module(f"stdnum.{module}")
    for _ in range(5000):
        cand = make()
        if mod.is_valid(cand):
            return cand
    raise RuntimeError(f"no valid {module} drawn")


# ---- phones ---------------------------------------------------------------------------------


def phone(rng: random.Random, region: str, mobile: bool = True) -> str:
    """A valid number of the region's plan, written in one of the ways people write it."""
    kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    nsn = str(example.national_number)
    num = example
    for attempt in range(300):  # vary the area or operator code too, then only the subscriber part
        keep = rng.randint(1, 3) if attempt < 150 else max(2, len(nsn) - rng.randint(4, 7))
        cand = phonenumbers.parse(
            f"+{example.country_code}{nsn[:keep]}{digits(rng, len(nsn) - keep)}"
        )
        if phonenumbers.is_valid_number(cand):
            num = cand
            break
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    style = rng.random()
    if style < 0.3:
        return intl
    if style < 0.55:
        return national
    if style < 0.65:
        return e164
    if style < 0.75:
        return "00" + intl[1:]
    if style < 0.85:  # national digits with the separator people use at home, or none
        sep = rng.choice((".", "-", " ", ""))
        return sep.join(national.replace("-", " ").replace("(", "").replace(")", "").split())
    if (
        style < 0.93
        and national.startswith("0")
        and region in ("DE", "AT", "CH", "GB", "NL", "BE", "NG")
    ):  # +49 (0)151 ..., common in German and Swiss mail
        return f"+{num.country_code} (0){national[1:]}"
    return (
        intl.replace(" ", "-", 1)
        if region != "US"
        else f"{national[1:4]}.{national[6:9]}.{national[10:]}"
    )


# ---- national ids ---------------------------------------------------------------------------


def _yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def _ddmmyy(d: dt.date) -> str:
    return d.strftime("%d%m%y")


def _cf_part(word: str, given: bool) -> str:
    w = "".join(c for c in plain(word).upper() if c.isalpha())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def _codice_fiscale(rng: random.Random, dob: dt.date, given: str, family: str) -> str:
    from stdnum.it import codicefiscale

    day = dob.day + (40 if rng.random() < 0.5 else 0)
    body = (
        f"{_cf_part(family, False)}{_cf_part(given, True)}{dob:%y}{'ABCDEHLMPRST'[dob.month - 1]}"
        f"{day:02d}{rng.choice(('F205', 'H501', 'L219', 'F839', 'A944', 'D612'))}"
    )
    return body + codicefiscale.calc_check_digit(body)


def _curp(rng: random.Random, dob: dt.date, given: str, family: str) -> str:
    fam = plain(family).upper().replace(" ", "")
    giv = plain(given).upper().replace(" ", "")
    vowel = next((c for c in fam[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")  # noqa: E731
    mother = rng.choice("GLMRSH")
    body = (
        f"{fam[0]}{vowel}{mother}{giv[0]}{_yymmdd(dob)}{rng.choice('HM')}{rng.choice(('DF', 'JC', 'NL', 'PL'))}"
        f"{cons(fam)}{rng.choice('RNZL')}{cons(giv)}{'0' if dob.year < 2000 else 'A'}"
    )
    return _until_valid("mx.curp", lambda: body + rng.choice(D))


# country -> (label people use, maker(rng, dob, given, family) -> text)
IdMaker = Callable[[random.Random, dt.date, str, str], str]
NATIONAL_IDS: dict[str, tuple[tuple[str, ...], IdMaker]] = {
    "US": (
        ("SSN", "Social Security number", "social"),
        lambda r, d, g, f: _until_valid(
            "us.ssn",
            lambda: (
                f"{r.randint(1, 899):03d}{r.choice(('-', '-', ' ', ''))}{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
            ),
        ),
    ),
    "GB": (
        ("NHS number", "NHS no"),
        lambda r, d, g, f: _until_valid(
            "gb.nhs", lambda: (lambda n: f"{n[:3]} {n[3:6]} {n[6:]}")(digits(r, 10, "4569"))
        ),
    ),
    "IE": (
        ("PPSN", "PPS number", "PPS no."),
        lambda r, d, g, f: _until_valid(
            "ie.pps",
            lambda: digits(r, 7) + r.choice(string.ascii_uppercase[:23]) + r.choice(("", "A")),
        ),
    ),
    "DE": (
        ("Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr"),
        lambda r, d, g, f: _until_valid(
            "de.idnr",
            lambda: (lambda n: r.choice((n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}")))(
                digits(r, 11, "123456789")
            ),
        ),
    ),
    "AT": (
        ("SV-Nummer", "Sozialversicherungsnummer", "VSNR"),
        lambda r, d, g, f: _until_valid(
            "at.vnr", lambda: f"{digits(r, 4, '123456789')}{r.choice((' ', ''))}{_ddmmyy(d)}"
        ),
    ),
    "CH": (
        ("AHV-Nr.", "AHV-Nummer", "numéro AVS"),
        lambda r, d, g, f: _until_valid(
            "ch.ssn",
            lambda: (lambda n: f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}")("756" + digits(r, 10)),
        ),
    ),
    "FR": (
        ("n° de sécurité sociale", "numéro de sécu", "NIR"),
        lambda r, d, g, f: (
            lambda b: (
                lambda n: r.choice(
                    (n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}")
                )
            )(b + importlib.import_module("stdnum.fr.nir").calc_check_digits(b))
        )(
            f"{r.choice('12')}{d:%y%m}{r.randint(1, 95):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
        ),
    ),
    "BE": (
        ("rijksregisternummer", "numéro national", "NN"),
        lambda r, d, g, f: _until_valid(
            "be.nn", lambda: f"{d:%y.%m.%d}-{r.randint(1, 997):03d}.{r.randint(0, 99):02d}"
        ),
    ),
    "NL": (
        ("BSN", "burgerservicenummer"),
        lambda r, d, g, f: _until_valid("nl.bsn", lambda: digits(r, 9, "1234678")),
    ),
    "ES": (
        ("DNI", "D.N.I.", "NIF"),
        lambda r, d, g, f: (
            lambda n: (
                n
                + r.choice(("", "-"))
                + importlib.import_module("stdnum.es.dni").calc_check_digit(n)
            )
        )(digits(r, 8)),
    ),
    "ES-NIE": (
        ("NIE",),
        lambda r, d, g, f: (
            lambda n: n + importlib.import_module("stdnum.es.nie").calc_check_digit(n)
        )(r.choice("XYZ") + digits(r, 7)),
    ),
    "IT": (("codice fiscale", "C.F.", "CF"), lambda r, d, g, f: _codice_fiscale(r, d, g, f)),
    "PT": (
        ("NIF", "contribuinte", "n.º contribuinte"),
        lambda r, d, g, f: _until_valid("pt.nif", lambda: digits(r, 9, "12")),
    ),
    "BR": (
        ("CPF",),
        lambda r, d, g, f: _until_valid(
            "br.cpf",
            lambda: (lambda n: r.choice((n, f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}")))(digits(r, 11)),
        ),
    ),
    "PL": (
        ("PESEL", "nr PESEL"),
        lambda r, d, g, f: (
            lambda b: b + importlib.import_module("stdnum.pl.pesel").calc_check_digit(b)
        )(f"{d:%y}{d.month + (20 if d.year >= 2000 else 0):02d}{d:%d}{digits(r, 4)}"),
    ),
    "SE": (
        ("personnummer", "personal identity number"),
        lambda r, d, g, f: _until_valid(
            "se.personnummer",
            lambda: f"{r.choice((d.strftime('%y%m%d'), d.strftime('%Y%m%d')))}-{digits(r, 4)}",
        ),
    ),
    "NO": (
        ("fødselsnummer", "national ID number"),
        lambda r, d, g, f: _until_valid(
            "no.fodselsnummer",
            lambda: (
                f"{_ddmmyy(d)}{r.choice((' ', ''))}{r.randint(0, 499) if d.year < 2000 else r.randint(500, 999):03d}{digits(r, 2)}"
            ),
        ),
    ),
    "DK": (
        ("CPR-nr.", "CPR number"),
        lambda r, d, g, f: _until_valid(
            "dk.cpr",
            lambda: f"{_ddmmyy(d)}-{r.choice('0123' if d.year < 2000 else '4')}{digits(r, 3)}",
        ),
    ),
    "FI": (
        ("henkilötunnus", "HETU", "personal identity code"),
        lambda r, d, g, f: _until_valid(
            "fi.hetu",
            lambda: (
                f"{_ddmmyy(d)}{'-' if d.year < 2000 else 'A'}{r.randint(2, 899):03d}{r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}"
            ),
        ),
    ),
    "IN": (
        ("Aadhaar", "Aadhaar no.", "UID"),
        lambda r, d, g, f: _until_valid(
            "in_.aadhaar",
            lambda: (lambda n: r.choice((n, f"{n[:4]} {n[4:8]} {n[8:]}")))(
                digits(r, 12, "23456789")
            ),
        ),
    ),
    "IN-PAN": (
        ("PAN", "PAN no."),
        lambda r, d, g, f: _until_valid(
            "in_.pan",
            lambda: (
                "".join(r.choice(string.ascii_uppercase) for _ in range(3))
                + "P"
                + plain(f)[0].upper()
                + digits(r, 4, "123456789")
                + r.choice(string.ascii_uppercase)
            ),
        ),
    ),
    "CN": (
        ("ID card no.", "resident ID", "身份证号"),
        # region codes are valid only from the year they were created: stdnum knows which
        lambda r, d, g, f: _until_valid(
            "cn.ric",
            lambda: (
                f"{r.choice(('310104', '110105', '440305', '440106', '330106'))}{d:%Y%m%d}{digits(r, 4)}"
            ),
        ),
    ),
    "JP": (
        ("My Number", "individual number"),
        lambda r, d, g, f: (
            lambda b: (lambda n: f"{n[:4]} {n[4:8]} {n[8:]}")(
                b + importlib.import_module("stdnum.jp.in_").calc_check_digit(b)
            )
        )(digits(r, 11, "123456789")),
    ),
    "KR": (
        ("RRN", "resident registration number"),
        lambda r, d, g, f: _until_valid(
            "kr.rrn",
            lambda: (
                f"{_yymmdd(d)}-{r.choice('12' if d.year < 2000 else '34')}{r.randint(0, 47):02d}{digits(r, 4)}"
            ),
        ),
    ),
    "VN": (
        ("mã số thuế", "tax code", "MST"),
        lambda r, d, g, f: _until_valid("vn.mst", lambda: "0" + digits(r, 9, "123")),
    ),
    "TR": (
        ("TC Kimlik No", "T.C. kimlik numarası", "TCKN"),
        lambda r, d, g, f: (
            lambda b: b + importlib.import_module("stdnum.tr.tckimlik").calc_check_digits(b)
        )(digits(r, 9, "123456789")),
    ),
    "MX": (("CURP",), lambda r, d, g, f: _curp(r, d, g, f)),
    "AR": (
        ("DNI", "D.N.I."),
        lambda r, d, g, f: (lambda n: r.choice((n, f"{n[:2]}.{n[2:5]}.{n[5:]}")))(
            digits(r, 8, "234")
        ),
    ),
    "CA": (
        ("SIN", "social insurance number", "NAS"),
        lambda r, d, g, f: _until_valid(
            "ca.sin",
            lambda: (
                lambda n: r.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))
            )(digits(r, 9, "1234567")),
        ),
    ),
    "AU": (
        ("TFN", "tax file number"),
        lambda r, d, g, f: _until_valid(
            "au.tfn",
            lambda: (lambda n: r.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}")))(digits(r, 9, "1234568")),
        ),
    ),
}

# The stdnum module that judges each country's id (checks.py re-validates every labelled id).
ID_MODULES: dict[str, tuple[str, ...]] = {
    "US": ("us.ssn",),
    "GB": ("gb.nhs",),
    "IE": ("ie.pps",),
    "DE": ("de.idnr",),
    "AT": ("at.vnr",),
    "CH": ("ch.ssn",),
    "FR": ("fr.nir",),
    "BE": ("be.nn",),
    "NL": ("nl.bsn",),
    "ES": ("es.dni", "es.nie"),
    "IT": ("it.codicefiscale",),
    "PT": ("pt.nif",),
    "BR": ("br.cpf",),
    "PL": ("pl.pesel",),
    "SE": ("se.personnummer",),
    "NO": ("no.fodselsnummer",),
    "DK": ("dk.cpr",),
    "FI": ("fi.hetu",),
    "IN": ("in_.aadhaar", "in_.pan"),
    "CN": ("cn.ric",),
    "JP": ("jp.in_",),
    "KR": ("kr.rrn",),
    "VN": ("vn.mst",),
    "TR": ("tr.tckimlik",),
    "MX": ("mx.curp",),
    "AR": ("ar.dni",),
    "CA": ("ca.sin",),
    "AU": ("au.tfn",),
}


def national_id(
    rng: random.Random, country: str, dob: dt.date, given: str, family: str
) -> tuple[str, str] | None:
    """(label, value) for the country's personal id, or None where it has none we can check."""
    options = [c for c in NATIONAL_IDS if c.split("-")[0] == country]
    if not options:
        return None
    labels, make = NATIONAL_IDS[rng.choice(options)]
    value = make(rng, dob, given, family)
    modules = [importlib.import_module(f"stdnum.{m}") for m in ID_MODULES[country]]
    if not any(m.is_valid(value) for m in modules):
        raise RuntimeError(f"a {country} id failed its own validator")
    return rng.choice(labels), value


# ---- IBANs and cards ------------------------------------------------------------------------

# BBAN shapes: 'n' digit, 'a' capital, 'c' either; a fixed prefix stands for a real bank code.
BBAN: dict[str, tuple[str, ...]] = {
    "DE": ("nnnnnnnnnnnnnnnnnn",),
    "AT": ("nnnnnnnnnnnnnnnn",),
    "CH": ("00762nnnnnnnnnnnn", "00235nnnnnnnnnnnn"),
    "FR": ("20041nnnnnnnnnnnnnnnnnn", "30003nnnnnnnnnnnnnnnnnn"),
    "BE": ("nnnnnnnnnnnn",),
    "NL": ("ABNAnnnnnnnnnn", "INGBnnnnnnnnnn", "RABOnnnnnnnnnn", "BUNQnnnnnnnnnn"),
    "ES": ("2100nnnnnnnnnnnnnnnn", "0049nnnnnnnnnnnnnnnn"),
    "IT": ("a03069nnnnnnnnnnnnnnnnn", "a02008nnnnnnnnnnnnnnnnn"),
    "PT": ("0035nnnnnnnnnnnnnnnnn", "0007nnnnnnnnnnnnnnnnn"),
    "PL": ("1020nnnnnnnnnnnnnnnnnnnn", "1140nnnnnnnnnnnnnnnnnnnn"),
    "GB": ("NWBK60nnnnnnnnnnnn", "BARC20nnnnnnnnnnnn", "MIDL40nnnnnnnnnnnn"),
    "IE": ("AIBK93nnnnnnnnnnnn", "BOFI90nnnnnnnnnnnn"),
    "SE": ("5000nnnnnnnnnnnnnnnn",),
    "NO": ("nnnnnnnnnnn",),
    "DK": ("nnnnnnnnnnnnnn",),
    "FI": ("nnnnnnnnnnnnnn",),
    "TR": ("000620nnnnnnnnnnnnnnnn",),
    "AE": ("033nnnnnnnnnnnnnnnn",),
    "BR": ("00360305nnnnnnnnnnnnnnnP1",),
}


def iban(rng: random.Random, country: str) -> str | None:
    if country not in BBAN:
        return None
    shape = rng.choice(BBAN[country])

    def make() -> str:
        bban = "".join(
            rng.choice(D) if c == "n" else rng.choice(string.ascii_uppercase) if c == "a" else c
            for c in shape
        )
        body = country + "00" + bban
        return country + stdiban.calc_check_digits(body) + bban

    compact = _until_valid("iban", make)
    style = rng.random()
    if style < 0.55:
        return stdiban.format(compact)
    if style < 0.8:
        return compact
    return (
        stdiban.format(compact).lower()
        if style < 0.85
        else stdiban.format(compact).replace(" ", "-")
    )


CARD_PREFIXES = (
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
    ("36", 14),
    ("62", 16),
    ("4", 13),
)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    style = rng.random()
    if style < 0.35:
        return number
    if length == 15 or length == 14:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, length, 4)]
    return (" " if style < 0.8 else "-").join(groups)
