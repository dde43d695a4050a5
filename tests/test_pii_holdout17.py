"""PII hold-out 17's generator: exact offsets, determinism, values valid by their schemes.

The rules are checked with python-stdnum and phonenumbers called here directly, so that a bug in
the generator's own number code is not repeated by the test.
"""

from __future__ import annotations

import ipaddress
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.us import ssn as us_ssn

MAKE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout17" / "make.py"
SCHEMES = {
    "GB": nhs, "IE": pps, "US": us_ssn, "CA": sin, "DE": idnr, "AT": vnr, "CH": ch_ssn, "FR": nir,
    "BE": nn, "NL": bsn, "ES": dni, "MX": curp, "AR": cuit, "CL": rut,
}  # fmt: skip
SPAN_KINDS = {
    "PERSON",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "PHONE",
    "EMAIL",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "SECRET",
}
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
# Speech-to-text digit words, written here again rather than imported from the generator.
SPOKEN = {
    word: str(digit)
    for words in (
        "zero one two three four five six seven eight nine",
        "null eins zwei drei vier fünf sechs sieben acht neun",
        "zéro un deux trois quatre cinq six sept huit neuf",
        "cero uno dos tres cuatro cinco seis siete ocho nueve",
        "nul een twee drie vier vijf zes zeven acht negen",
    )
    for digit, word in enumerate(words.split())
} | {"plus": "+"}


def _as_digits(text: str) -> str:
    """A transcribed phone with its number words turned back into digits and signs."""
    return "".join(SPOKEN.get(token, token) for token in text.split(" "))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAKE), *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("h17") / "a.jsonl"
    assert _run("--out", str(out), "--n", "300", "--seed", "t17").returncode == 0
    return out, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _marks(records: list[dict], kind: str) -> list[tuple[dict, str]]:
    return [
        (r, r["text"][m["start"] : m["end"]])
        for r in records
        for m in r["spans"] + r["lookalikes"]
        if m["kind"] == kind
    ]


def test_marks_are_exact_trimmed_and_disjoint(corpus: tuple[Path, list[dict]]) -> None:
    for r in corpus[1]:
        assert set(r) == {
            "id",
            "lang",
            "country",
            "layout",
            "domain",
            "text",
            "spans",
            "lookalikes",
        }
        assert {m["kind"] for m in r["spans"]} <= SPAN_KINDS
        assert not {m["kind"] for m in r["lookalikes"]} & SPAN_KINDS
        last = 0
        for m in sorted(r["spans"] + r["lookalikes"], key=lambda m: m["start"]):
            piece = r["text"][m["start"] : m["end"]]
            assert (
                piece
                and piece == piece.strip()
                and m["start"] >= last
                and m["end"] <= len(r["text"])
            )
            last = m["end"]


def test_same_seed_same_bytes_other_seed_other_bytes(
    corpus: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    again, other = tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    assert _run("--out", str(again), "--n", "300", "--seed", "t17").returncode == 0
    assert _run("--out", str(other), "--n", "300", "--seed", "t18").returncode == 0
    assert again.read_bytes() == corpus[0].read_bytes()
    assert other.read_bytes() != corpus[0].read_bytes()


def test_languages_are_a_fifth_each_and_every_layout_appears(
    corpus: tuple[Path, list[dict]],
) -> None:
    records = corpus[1]
    assert set(Counter(r["lang"] for r in records).values()) == {60}
    assert len({r["layout"] for r in records}) == 12


def test_cards_pass_luhn_and_twins_fail(corpus: tuple[Path, list[dict]]) -> None:
    cards, twins = _marks(corpus[1], "CARD"), _marks(corpus[1], "CARD_BAD_LUHN")
    assert cards and twins
    assert all(luhn.is_valid("".join(c for c in t if c.isdigit())) for _, t in cards)
    assert not any(luhn.is_valid("".join(c for c in t if c.isdigit())) for _, t in twins)


def test_ibans_valid_including_company_ones_and_twins_fail(corpus: tuple[Path, list[dict]]) -> None:
    valid = _marks(corpus[1], "IBAN") + _marks(corpus[1], "COMPANY_IBAN")
    assert valid and all(iban.is_valid(t) for _, t in valid)
    twins = _marks(corpus[1], "IBAN_BAD_CHECK")
    assert twins and not any(iban.is_valid(t) for _, t in twins)


def test_ids_valid_for_their_country_and_twins_fail_every_scheme(
    corpus: tuple[Path, list[dict]],
) -> None:
    ids = _marks(corpus[1], "NATIONAL_ID")
    assert ids and all(SCHEMES[r["country"]].is_valid(t) for r, t in ids)
    twins = _marks(corpus[1], "ID_BAD_CHECK")
    assert twins and not any(s.is_valid(t) for _, t in twins for s in SCHEMES.values())


def test_phones_valid_for_their_region_and_hotlines_toll_free(
    corpus: tuple[Path, list[dict]],
) -> None:
    for kind in ("PHONE", "HOTLINE"):
        found = _marks(corpus[1], kind)
        assert found
        for r, t in found:
            number = phonenumbers.parse(_as_digits(t), r["country"])
            assert phonenumbers.is_valid_number_for_region(number, r["country"]), t
            toll_free = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.TOLL_FREE
            assert toll_free == (kind == "HOTLINE"), t


def test_voice_notes_read_some_phones_out_as_words(corpus: tuple[Path, list[dict]]) -> None:
    voiced = [t for r, t in _marks(corpus[1], "PHONE") if r["layout"] == "voice_transcript"]
    assert any(any(c.isalpha() for c in t) for t in voiced)
    written = [t for r, t in _marks(corpus[1], "PHONE") if r["layout"] != "voice_transcript"]
    assert not any(any(c.isalpha() for c in t) for t in written)


def test_ip_addresses_global_private_or_documentation(corpus: tuple[Path, list[dict]]) -> None:
    assert all(ipaddress.ip_address(t).is_global for _, t in _marks(corpus[1], "IP_ADDRESS"))
    assert all(ipaddress.ip_address(t).is_private for _, t in _marks(corpus[1], "PRIVATE_IP"))
    assert all(
        any(ipaddress.ip_address(t) in n for n in DOC_NETS) for _, t in _marks(corpus[1], "DOC_IP")
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--n", "5", "--seed", "1"],
        ["--out", "x.jsonl", "--n", "0", "--seed", "1"],
        ["--out", "x.jsonl", "--n", "many", "--seed", "1"],
        ["--out", "/nonexistent-dir-h17/x.jsonl", "--n", "5", "--seed", "1"],
    ],
)
def test_bad_arguments_give_one_error_line_and_exit_2(args: list[str]) -> None:
    done = _run(*args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
