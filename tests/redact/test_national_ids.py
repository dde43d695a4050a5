"""National ids: a number that passes its scheme's check (python-stdnum) in its usual
writing is an id; a plain run of digits whose checksum passes by chance (BSN, Steuer-ID,
PESEL) is one only after a cue word in its language; a broken check digit is kept."""

from __future__ import annotations

import random
import string

import pytest
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.nl import bsn
from stdnum.us import ssn

from tests.redact.helpers import broken_check, covers, untouched

RNG = random.Random(5)


def _valid(mod, make, tries: int = 20_000) -> str:
    for _ in range(tries):
        v = make()
        if mod.is_valid(v):
            return v
    raise AssertionError("no valid number generated")


def _digits(n: int) -> str:
    return "".join(RNG.choice(string.digits) for _ in range(n))


def _steuer_id() -> str:
    body = str(RNG.randint(1, 9)) + "".join(RNG.sample(string.digits, 8))
    body += RNG.choice(body[1:])
    return body + RNG.choice(string.digits)


def _nir() -> str:
    body = f"{RNG.choice('12')}{RNG.randint(40, 99):02d}{RNG.randint(1, 12):02d}{RNG.randint(1, 95):02d}{_digits(6)}"
    return body + nir.calc_check_digits(body)


def _dni() -> str:
    n = _digits(8)
    return n + dni.calc_check_digit(n)


# scheme -> (valid numbers in their usual writings, cue words that announce it)
SCHEMES = {
    "us_ssn": (
        [(v := _valid(ssn, lambda: f"{_digits(3)}-{_digits(2)}-{_digits(4)}"))],
        ("SSN", "social security number"),
    ),
    "de_idnr": (
        [(w := _valid(idnr, _steuer_id)), f"{w[:2]} {w[2:5]} {w[5:8]} {w[8:]}"],
        ("Steuer-ID", "Steueridentifikationsnummer", "IdNr"),
    ),
    "fr_nir": (
        [(n := _nir()), f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"],
        ("NIR", "numéro de sécurité sociale"),
    ),
    "es_dni": ([(d := _dni()), f"{d[:8]}-{d[8]}"], ("DNI", "NIF")),
    "nl_bsn": (
        [
            (b := _valid(bsn, lambda: str(RNG.randint(1, 9)) + _digits(8))),
            f"{b[:4]}.{b[4:6]}.{b[6:]}",
        ],
        ("BSN", "burgerservicenummer"),
    ),
    "gb_nino": (
        ["AB123456C", "AB 12 34 56 C", "JK 65 43 21 D"],
        ("NINO", "National Insurance number"),
    ),
}
WEAK = ("de_idnr", "nl_bsn")  # plain digits, a checksum that passes one time in ten
FRAMES = ("{cue} {v}", "{cue}: {v}.", "my {cue} is {v}, thanks", "({cue} {v})")


@pytest.mark.parametrize(
    ("scheme", "value", "cue", "frame"),
    [
        (s, v, c, f)
        for s, (vals, cues) in SCHEMES.items()
        for v in vals
        for c in cues
        for f in FRAMES
    ],
)
def test_valid_id_after_its_cue_word_is_found(scheme, value, cue, frame):
    text = frame.format(cue=cue, v=value)
    assert covers(text, value, "NATIONAL_ID"), (scheme, text)


@pytest.mark.parametrize(
    ("scheme", "value"),
    [(s, v) for s, (vals, _c) in SCHEMES.items() if s not in WEAK for v in vals],
)
def test_strongly_structured_id_stands_alone(scheme, value):
    text = f"see {value} in the form"
    assert covers(text, value, "NATIONAL_ID"), (scheme, text)


@pytest.mark.parametrize(("scheme", "value"), [(s, SCHEMES[s][0][0]) for s in WEAK])
def test_plain_digits_without_a_cue_are_kept(scheme, value):
    text = f"batch {value} processed"
    assert untouched(text, value), (scheme, text)


@pytest.mark.parametrize(
    ("scheme", "value"),
    [(s, broken_check(SCHEMES[s][0][0])) for s in ("fr_nir", "de_idnr", "nl_bsn")],
)
def test_broken_check_digit_without_a_cue_is_kept(scheme, value):
    text = f"reference {value} attached"
    assert untouched(text, value), (scheme, text)


DOCUMENT_WORDS = {
    "en": ("passport no.", "passport number:", "driver's license", "driving licence no"),
    "de": ("Reisepass Nr.", "Passnummer:", "Führerscheinnummer", "Personalausweis"),
    "fr": ("passeport n°", "numéro de passeport :", "permis de conduire"),
    "es": ("pasaporte número", "carnet de conducir", "documento de identidad"),
    "nl": ("paspoortnummer", "paspoort nr.", "rijbewijsnummer", "identiteitskaart"),
}
DOCUMENT_NUMBERS = ("C01X00T47", "12AB34567", "PAA123456", "X1234567", "D1234-56789-01234")


@pytest.mark.parametrize(
    ("cue", "number"),
    [(c, n) for cues in DOCUMENT_WORDS.values() for c in cues for n in DOCUMENT_NUMBERS],
)
def test_document_number_after_the_documents_name(cue, number):
    text = f"Kopie: {cue} {number}, danke"
    assert covers(text, number, "NATIONAL_ID"), text


@pytest.mark.parametrize(
    "text",
    ["BSN 123456789", "my PESEL is 44051401358", "Steuer-ID 12345678901", "DNI 12345678A"],
)
def test_an_id_that_fails_the_check_its_cue_names_is_kept(text):
    value = text.split()[-1]
    from tests.redact.helpers import found

    assert not any(kind == "NATIONAL_ID" for kind, _v in found(text)), text
    assert untouched(text, value) or all(k != "NATIONAL_ID" for k, _ in found(text))


def test_itin_with_its_dashes():
    assert covers("ITIN 912-78-1234 on file", "912-78-1234", "NATIONAL_ID")
    assert untouched("tel. 910912699 bitte", "910912699") or not covers(
        "tel. 910912699 bitte", "910912699", "NATIONAL_ID"
    )
