"""National ids of the tenth pass, each written from its rule: after the id's own cue word (as
forms and letters abbreviate it: NHS number, UID, VSNR, RRN / N° national, MST / mã số
thuế / tax code, individual number) a number that passes the id's check is that id, even when
it is grouped the way phone numbers are; in prose the same digits with a failing check are not. A
Portuguese Cartão de Cidadão stands alone (its two letters and two check characters), and a
column headed TFN holds ids. Numbers are drawn at random and kept when python-stdnum passes
them, so no case is copied from a corpus."""

from __future__ import annotations

import random
from typing import Any

import pytest
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn
from stdnum.gb import nhs
from stdnum.in_ import aadhaar
from stdnum.jp import in_ as jp_in
from stdnum.pt import cc
from stdnum.vn import mst

from tests.redact.helpers import broken_check, covers, found


def _valid(mod: Any, draw: Any, n: int = 3, seed: int = 10) -> list[str]:
    """n numbers the scheme passes, drawn with `draw(rng)`."""
    rng, out = random.Random(seed), []
    while len(out) < n:
        cand = draw(rng)
        if mod.is_valid(cand) and cand not in out:
            out.append(cand)
    return out


def _digits(k: int, first: str = "123456789") -> Any:
    return lambda rng: rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def _be_nn(rng: random.Random) -> str:
    born = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = born + f"{rng.randint(1, 997):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def _pt_cc(rng: random.Random) -> str:
    return (
        "".join(rng.choice("0123456789") for _ in range(9))
        + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2))
        + rng.choice("0123456789")
    )


def _spaced(number: str, groups: tuple[int, ...]) -> str:
    out, pos = [], 0
    for g in groups:
        out.append(number[pos : pos + g])
        pos += g
    return " ".join(out)


# id: (cue sentences with {v}, numbers the scheme passes, the groups people write it in)
CUED = {
    "gb_nhs": (
        ("My NHS number is {v}.", "NHS NUMBER {v}\n", "Contact: 07437 596942, NHS number {v}\n"),
        _valid(nhs, _digits(10)),
        (3, 3, 4),
    ),
    "in_aadhaar": (
        ("UID: {v}\n", "my UID {v} was used"),
        _valid(aadhaar, _digits(12, "23456789")),
        (4, 4, 4),
    ),
    "at_vnr": (("VSNR {v}\n", "VSNR: {v}"), _valid(vnr, _digits(10)), (4, 6)),
    "be_nn": (("RRN: {v}, né le", "N° national {v}\n"), _valid(nn, _be_nn), (11,)),
    "vn_mst": (
        ("My MST is {v} and", "mã số thuế {v}\n", "tax code: {v}\n"),
        _valid(mst, _digits(10, "0")),
        (10,),
    ),
    "jp_in": (
        ("individual number: {v}\n", "my individual number {v} was used"),
        _valid(jp_in, _digits(12)),
        (4, 4, 4),
    ),
}
CASES = [
    (name, frame, number, groups)
    for name, (frames, numbers, groups) in CUED.items()
    for frame in frames
    for number in numbers
]


@pytest.mark.parametrize(("name", "frame", "number", "groups"), CASES)
@pytest.mark.parametrize("grouped", (False, True))
def test_id_after_its_cue(
    name: str, frame: str, number: str, groups: tuple[int, ...], grouped: bool
) -> None:
    value = _spaced(number, groups) if grouped else number
    text = frame.format(v=value)
    assert covers(text, value, "NATIONAL_ID"), (name, text)


# (in prose: after a form's `KEY:` the field names the kind and the value is not checked)
@pytest.mark.parametrize(
    ("name", "frame", "number", "groups"), [c for c in CASES if "{v}" in c[1] and ":" not in c[1]]
)
def test_failing_check_after_the_cue_is_no_id(
    name: str, frame: str, number: str, groups: tuple[int, ...]
) -> None:
    wrong = broken_check(number)
    text = frame.format(v=wrong)
    assert not [v for k, v in found(text) if k == "NATIONAL_ID"], (name, text)


@pytest.mark.parametrize("number", ("010 532 3556", "06 40 45 00 91", "+31 6 12015991"))
def test_my_number_is_a_phone_cue_not_an_id_cue(number: str) -> None:
    text = f"ok, see you then. My number: {number}\n"
    assert not [v for k, v in found(text) if k == "NATIONAL_ID"]


@pytest.mark.parametrize("number", _valid(cc, _pt_cc, n=4))
@pytest.mark.parametrize(
    "frame", ("Cartão de Cidadão: {v}\n", "CC n.º: {v}\nReunião", "Nome: Ana Lima, CC {v}.")
)
def test_portuguese_citizen_card_stands_alone(number: str, frame: str) -> None:
    value = f"{number[:8]} {number[8]} {number[9:]}"
    text = frame.format(v=value)
    assert covers(text, value, "NATIONAL_ID")
    wrong = value[:-1] + str((int(value[-1]) + 1) % 10)
    assert not [v for k, v in found(frame.format(v=wrong)) if k == "NATIONAL_ID"]


@pytest.mark.parametrize("number", _valid(tfn, _digits(9), n=4))
def test_column_headed_tfn_holds_ids(number: str) -> None:
    value = _spaced(number, (3, 3, 3))
    text = f"Name\tDate of birth\tTFN\tAmount\nMia Hernandez\t1953-12-21\t{value}\t€15,042.89\n"
    assert covers(text, value, "NATIONAL_ID")
