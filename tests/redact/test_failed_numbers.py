"""A number that fails its kind's check is not that kind, and not a phone number either: a
card written in four groups of four that fails Luhn, and an id written exactly as its scheme's
own format writes it (python-stdnum's `format`) that fails its check digits, are kept; so is
every piece of them a phone or a shorter id could be cut from. The valid numbers in the same
places are still found, and a phone number the text's region takes is still a phone."""

from __future__ import annotations

import random
from typing import Any

import pytest
from stdnum import luhn
from stdnum.ar import cuit
from stdnum.be import nn
from stdnum.ch import ssn
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.in_ import aadhaar

from tests.redact.helpers import broken_check, covers, untouched

# Places such numbers are pasted: rejected values in prose of the five languages, a log's
# key=value, a SQL row, a CSV line, an XML element.
FRAMES = (
    "The value {v} was rejected as invalid, can you check why?",
    "Die Nummer {v} wurde als ungültig abgelehnt.",
    "Le numéro {v} a été refusé comme invalide.",
    "El valor {v} da error de validación.",
    "controle mislukt {v}, graag nakijken",
    "2024-05-01T10:00:00Z WARN validation failed value={v} reason=checksum",
    "INSERT INTO t VALUES ('Acme', '{v}', '2024-01-02');",
    "id;value;created\n17;{v};2024-01-02",
    "<rejected>{v}</rejected>",
)


def _cards(n: int) -> list[str]:
    """Valid card numbers of the usual networks' first digits, in groups of four."""
    rng = random.Random("cards")
    out = []
    for _ in range(n):
        body = rng.choice("2345") + "".join(rng.choice("0123456789") for _ in range(14))
        number = body + luhn.calc_check_digit(body)
        out.append(" ".join(number[i : i + 4] for i in range(0, 16, 4)))
    return out


@pytest.mark.parametrize("card", _cards(6))
@pytest.mark.parametrize("frame", FRAMES)
def test_a_card_in_groups_of_four_that_fails_luhn_is_kept(card: str, frame: str) -> None:
    bad = broken_check(card)
    assert not luhn.is_valid(bad.replace(" ", ""))
    assert untouched(frame.format(v=bad), bad)


@pytest.mark.parametrize("card", _cards(3))
@pytest.mark.parametrize("sep", (" ", "-"))
def test_the_valid_card_in_the_same_place_is_found(card: str, sep: str) -> None:
    value = card.replace(" ", sep)
    assert covers(FRAMES[0].format(v=value), value, "CARD")


def _draw(mod: Any, rng: random.Random) -> str:
    """A valid number of the scheme, written in the scheme's own format: a drawn body and
    the check digits that make it pass (birth dates drawn where the scheme holds one)."""
    while True:
        if mod is nn:
            body = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            body += f"{rng.randint(1, 997):03d}"
        elif mod is nir:
            body = f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            body += f"{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        elif mod is ssn:
            body = "756" + "".join(rng.choice("0123456789") for _ in range(9))
        elif mod is cuit:
            body = rng.choice(("20", "23", "27")) + "".join(
                rng.choice("0123456789") for _ in range(8)
            )
        elif mod is aadhaar:
            body = rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(10))
        else:  # Steuer-ID: ten digits, one of them twice
            digits = rng.sample("123456789", 9)
            body = "".join(digits + [digits[rng.randrange(9)]])
        width = 2 if mod in (nn, nir) else 1
        for check in range(10**width):
            number = body + f"{check:0{width}d}"
            if mod.is_valid(number):
                return str(mod.format(number))


SCHEMES = (ssn, nn, nir, cuit, aadhaar, idnr)


@pytest.mark.parametrize("mod", SCHEMES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("frame", FRAMES)
def test_an_id_in_its_format_that_fails_its_check_is_kept(mod: Any, seed: int, frame: str) -> None:
    bad = broken_check(_draw(mod, random.Random(f"{mod.__name__}{seed}")))
    assert not mod.is_valid(bad) and mod.format(mod.compact(bad)) == bad
    assert untouched(frame.format(v=bad), bad)


@pytest.mark.parametrize("mod", SCHEMES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("seed", range(3))
def test_the_valid_id_in_the_same_place_is_found(mod: Any, seed: int) -> None:
    value = _draw(mod, random.Random(f"{mod.__name__}{seed}"))
    text = f"Steuer-ID / AHV / NIR / CUIL / Aadhaar / Rijksregisternummer: {value}"
    assert covers(text, value, "NATIONAL_ID")


@pytest.mark.parametrize(
    "text, phone",
    (
        ("Llámame al 612 345 678 mañana", "612 345 678"),  # Spain's mobile, an AU TFN's writing
        ("Call me on 415 555 2671 tonight", "415 555 2671"),  # the US plan, a GB NHS writing
        ('{"phone": ["222 738 8108"], "lang": "en"}', "222 738 8108"),  # Mexico's, in English
        ("Telefon: 030 12345678", "030 12345678"),
        ("Tel 555 123 4567", "555 123 4567"),  # a phone cue: a phone number however written
    ),
)
def test_a_phone_the_region_takes_or_a_cue_names_is_still_a_phone(text: str, phone: str) -> None:
    assert covers(text, phone, "PHONE")
