"""National ids of the eighth pass (issue 11), each family written from its rule: a number that
passes its scheme's check (python-stdnum) in the writing its country uses stands alone when the
writing is distinctive (Brazil's CPF 000.000.000-00, Chile's RUT 00.000.000-0, Argentina's CUIT
00-00000000-0, Mexico's CURP, Korea's RRN 000000-0000000, Italy's tax code, Spain's DNI with
dots or a space before its letter); written as plain digits it counts only after its own cue
word in its language (CPF, RUT, CUIL, RFC, NIF, CNP, TC Kimlik, rodné číslo, TFN, ...); a
broken check digit is kept either way."""

from __future__ import annotations

import random
import string

import pytest
from stdnum.ar import cuit
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.cz import rc
from stdnum.es import dni
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.tr import tckimlik

from tests.redact.helpers import broken_check, covers, untouched

RNG = random.Random(8)


def _digits(n: int) -> str:
    return "".join(RNG.choice(string.digits) for _ in range(n))


def _valid(mod, make, tries: int = 50_000) -> str:
    for _ in range(tries):
        value = make()
        if mod.is_valid(value):
            return value
    raise AssertionError("no valid number generated")


def _date6() -> str:
    return f"{RNG.randint(50, 99):02d}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}"


def _curp() -> str:
    letters = string.ascii_uppercase
    base = (
        RNG.choice("BCDFGHLMPR")
        + RNG.choice("AEIOU")
        + "".join(RNG.choice(letters) for _ in range(2))
        + _date6()
        + RNG.choice("HM")
        + RNG.choice(["DF", "JC", "NL", "MC"])
        + "".join(RNG.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
        + "0"
    )
    return base + curp.calc_check_digit(base + "0")


def _rfc() -> str:
    base = "".join(RNG.choice("BCDFGHLMPR") for _ in range(4)) + _date6()
    return _valid(rfc, lambda: base + "".join(RNG.choice(string.digits) for _ in range(3)))


def _cz() -> str:
    return _valid(rc, lambda: _date6() + _digits(4))


def _cnp() -> str:
    base = RNG.choice("12") + _date6() + f"{RNG.randint(1, 40):02d}" + _digits(3)
    return base + cnp.calc_check_digit(base)


def _tc() -> str:
    base = str(RNG.randint(1, 9)) + _digits(8)
    return base + tckimlik.calc_check_digits(base)


def _rrn() -> str:
    return _valid(rrn, lambda: _date6() + RNG.choice("12") + _digits(6))


def _it_cf() -> str:
    body = "RSSMRA" + _date6()[:2] + RNG.choice("ABCDEHLMPRST") + f"{RNG.randint(1, 28):02d}"
    body += "H501"
    return body + codicefiscale.calc_check_digit(body)


CPF = _valid(cpf, lambda: _digits(11))
RUT = _valid(rut, lambda: _digits(8) + RNG.choice(string.digits + "K"))
CUIT = _valid(cuit, lambda: RNG.choice(["20", "23", "27"]) + _digits(9))
CURP = _curp()
RRN = _rrn()
CF = _it_cf()
_D = _digits(8)
DNI = _D + dni.calc_check_digit(_D)

# scheme -> (writings that stand alone, cue words that announce the plain digits)
STRONG = {
    "br_cpf": ([f"{CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}"], ("CPF", "meu CPF é")),
    "cl_rut": ([f"{RUT[:2]}.{RUT[2:5]}.{RUT[5:8]}-{RUT[8]}"], ("RUT", "RUN")),
    "ar_cuit": ([f"{CUIT[:2]}-{CUIT[2:10]}-{CUIT[10]}"], ("CUIT", "CUIL")),
    "mx_curp": ([CURP], ("CURP",)),
    "kr_rrn": ([f"{RRN[:6]}-{RRN[6:]}"], ("RRN", "resident registration number")),
    "it_cf": ([CF], ("codice fiscale",)),
    "es_dni": ([f"{DNI[:8]} {DNI[8]}", f"{DNI[:2]}.{DNI[2:5]}.{DNI[5:8]}-{DNI[8]}"], ("DNI",)),
}
PLAIN = {
    "br_cpf": (CPF, ("CPF", "meu CPF é")),
    "cl_rut": (RUT, ("RUT", "RUN")),
    "ar_cuit": (CUIT, ("CUIT", "CUIL")),
    "ar_dni": ("20.123.456", ("DNI", "DNI N°")),
    "mx_rfc": (_rfc(), ("RFC", "mi RFC es")),
    "co_nit": (_valid(nit, lambda: _digits(10)), ("NIT",)),
    "pt_nif": (_valid(nif, lambda: RNG.choice("123") + _digits(8)), ("NIF", "contribuinte")),
    "au_tfn": (_valid(tfn, lambda: _digits(9)), ("TFN", "tax file number")),
    "tr_tckimlik": (_tc(), ("TC Kimlik No", "TCKN")),
    "ro_cnp": (_cnp(), ("CNP",)),
    "cz_rc": (_cz(), ("rodné číslo", "RČ")),
    "kr_rrn": (RRN, ("RRN",)),
}
FRAMES = ("{cue} {v}", "{cue}: {v}.", "Datos: {cue} {v}, gracias", "({cue} {v})")


@pytest.mark.parametrize(
    ("scheme", "value"), [(s, v) for s, (vals, _c) in STRONG.items() for v in vals]
)
def test_distinctive_writing_stands_alone(scheme, value):
    for text in (f"see {value} in the form", f"Ana,{value},Lima", f"{value}"):
        assert covers(text, value, "NATIONAL_ID"), (scheme, text)


@pytest.mark.parametrize(
    ("scheme", "value", "cue", "frame"),
    [(s, v, c, f) for s, (v, cues) in PLAIN.items() for c in cues for f in FRAMES],
)
def test_plain_digits_after_their_cue_word(scheme, value, cue, frame):
    text = frame.format(cue=cue, v=value)
    assert covers(text, value, "NATIONAL_ID"), (scheme, text)


@pytest.mark.parametrize(("scheme", "value"), [(s, v) for s, (v, _c) in PLAIN.items()])
def test_plain_digits_without_their_cue_are_kept(scheme, value):
    if scheme in ("ar_dni", "mx_rfc"):
        return  # no check digit at all: a cue word is the only evidence, tested above
    text = f"batch {value} processed"
    assert untouched(text, value), (scheme, text)


@pytest.mark.parametrize(
    ("scheme", "value"),
    [
        (s, broken_check(vals[0]))
        for s, (vals, _c) in STRONG.items()
        if s not in ("mx_curp", "it_cf")
    ],
)
def test_broken_check_digit_is_kept(scheme, value):
    text = f"reference {value} attached"
    assert untouched(text, value), (scheme, text)


@pytest.mark.parametrize(
    ("cue", "number"),
    [
        ("cédula", "1.020.304.050"),
        ("C.C.", "79845123"),
        ("PAN", "ABCPE1234F"),
        ("PAN card", "AAAPL1234C"),
    ],
)
def test_document_numbers_after_their_name(cue, number):
    text = f"Adjunto {cue} {number} para el trámite"
    assert covers(text, number, "NATIONAL_ID"), text


@pytest.mark.parametrize(
    "text",
    [
        "Preis 12345678,90 EUR",  # an amount with a decimal comma
        "Table 1,234,567 rows",
        "pedido 12345678 A",  # an order number and a letter: fails the DNI check
    ],
)
def test_amounts_and_order_numbers_are_kept(text):
    assert not covers(text, text.split()[1], "NATIONAL_ID"), text


def test_id_in_a_row_before_a_numeric_cell():
    """A comma and a digit after nine digits or more start the row's next cell (no amount is
    written with so many digits and no thousands separator)."""
    nir = "256012440173555"
    assert covers(f"marie@x.fr,{nir},3 mars 2026,Paris", nir, "NATIONAL_ID")
    assert covers(f"CPF;{CPF},5;Recife", CPF, "NATIONAL_ID")
    assert not covers("total,12345678,5", "12345678", "NATIONAL_ID")


def _nss() -> str:
    province, number = RNG.randint(1, 52), RNG.randint(10**7, 10**8 - 1)
    return f"{province:02d}{number}{(province * 10**8 + number) % 97:02d}"


@pytest.mark.parametrize(
    ("cue", "value"),
    [
        ("SV-Nummer", "12 150589 M 123"),
        ("Sozialversicherungsnummer:", "65180539W001"),
        ("Rentenversicherungsnummer", "65 170839 J 003"),
        ("número de la seguridad social", (n := _nss())[:2] + "/" + n[2:10] + "/" + n[10:]),
        ("NSS", n[:2] + " " + n[2:10] + " " + n[10:]),
    ],
)
def test_social_insurance_numbers_after_their_cue(cue, value):
    """Germany's SV-Nummer (area, birth date, initial, serial; the date checked) and Spain's
    NSS (province, number, the rest of both divided by 97) after their cue word."""
    text = f"Bitte {cue} {value} eintragen"
    assert covers(text, value, "NATIONAL_ID"), text


def test_social_insurance_shapes_without_a_cue_are_kept():
    assert untouched("ref 12 150589 M 123 ok", "12 150589 M 123")
    assert untouched("ref 28/12345678/40 ok", "28/12345678/40")
