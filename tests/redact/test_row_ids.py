"""Bare national ids in rows with no header (issue 11, ninth pass): a Dutch BSN (nine digits)
or a German Steuer-ID (eleven) alone in a cell, its digits passing the scheme's check, counts
when the row's other cells say the country (postcode, IBAN, phone prefix, street word) and hold
personal data (a name, a date, an e-mail). The same digits in a row without those, failing
their check, or as the row's first cell (its key) are kept."""

from __future__ import annotations

import itertools
import random

import pytest
from stdnum.de import idnr
from stdnum.nl import bsn

from consentry.redact.kinds import Kind
from tests.redact.helpers import broken_check, covers, untouched


def _valid(mod, n: int, seed: int) -> str:
    rnd = random.Random(seed)
    while True:
        d = str(rnd.randint(10 ** (n - 1), 10**n - 1))
        if mod.is_valid(d):
            return d


BSNS = [_valid(bsn, 9, k) for k in range(4)]
IDNRS = [_valid(idnr, 11, k) for k in range(4)]
NL_CELLS = (
    ("Jan de Vries", "1012 AB", "Amsterdam"),
    ("Femke Bakker", "Kerkstraat 5", "+31 6 12345678"),
)
DE_CELLS = (
    ("Anna Schmidt", "Hauptstraße 5", "10115 Berlin"),
    ("Jonas Weber", "jonas@example.de", "+49 30 1234567"),
)
DELIMS = (",", ";", "\t", "|")
_QUOTED = tuple(zip(DELIMS, ("", '"', "", "'"), strict=True))


def _row(d: str, cells: tuple[str, ...], ident: str, quote: str = "") -> str:
    q = [f"{quote}{c}{quote}" for c in ("42", cells[0], ident, *cells[1:], "12.03.1984")]
    return d.join(q)


@pytest.mark.parametrize(
    ("ident", "cells", "d", "quote"),
    [(i, c, d, q) for i, c, (d, q) in itertools.product(BSNS[:2], NL_CELLS, _QUOTED)]
    + [(i, c, d, q) for i, c, (d, q) in itertools.product(IDNRS[:2], DE_CELLS, _QUOTED)],
)
def test_a_bare_id_in_a_row_that_says_the_country_and_holds_personal_data(ident, cells, d, quote):
    text = "here is the export:\n" + _row(d, cells, ident, quote) + "\n"
    assert covers(text, ident, Kind.NATIONAL_ID), text


@pytest.mark.parametrize("ident", BSNS + IDNRS)
def test_the_same_digits_failing_their_check_are_kept(ident):
    bad = broken_check(ident)
    cells = NL_CELLS[0] if len(ident) == 9 else DE_CELLS[0]
    text = _row(",", cells, bad)
    assert untouched(text, bad), text


@pytest.mark.parametrize("ident", BSNS + IDNRS)
def test_valid_digits_in_a_row_without_country_or_person_are_kept(ident):
    for text in (
        f"17,order,{ident},shipped,2024-03-01",  # no country
        f"17,Jan de Vries,{ident},shipped",  # no country either
        f"17,shipped,{ident},1012 AB,DE89 3704",  # no person
        f"{ident},Jan de Vries,1012 AB,Amsterdam,12.03.1984",  # the row's key
        f"order {ident} for Jan de Vries, 1012 AB Amsterdam",  # prose, not a cell
    ):
        assert untouched(text, ident), text


def _dotted(d: str) -> str:
    return f"{d[:4]}.{d[4:6]}.{d[6:]}"


@pytest.mark.parametrize(
    "row",
    [
        "7;TNS-1315;{id};Felixlei 40;012 36 84 47",  # street and phone cells, a Flemish street word
        "7;Sibculo;NL63 ABNA 9607 4802 44;{id};Bente van Dommelen",  # an IBAN in groups
        "7,Beukenlaan 51a,{id},jan@ziggo.nl",  # a Dutch e-mail domain
        "7;9.39.40;{id};Heinz-Georg Schmiedt;h.schmiedt@t-online.de",  # a German one, a hyphen
    ],
)
def test_more_signs_of_the_country_and_of_personal_data(row):
    for ident in (BSNS[0], _dotted(BSNS[1])) if "{id};Heinz" not in row else (IDNRS[0],):
        text = row.format(id=ident)
        assert covers(text, ident, Kind.NATIONAL_ID), text
        bad = broken_check(ident)
        assert untouched(row.format(id=bad), bad), bad
