"""PII hold-out 16: the written file keeps its own rules, checked again from outside the generator
(stdnum and phonenumbers called here directly, the command run as a user runs it)."""

from __future__ import annotations

import ipaddress
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote_plus

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.ec import ci
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import utr
from stdnum.ie import pps
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.us import itin as us_itin
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

MAKE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout16" / "make.py"
N = 240
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
IDS = {
    "GB": (utr,), "IE": (pps,), "US": (us_ssn,), "NZ": (ird,), "ZA": (za_idnr,), "DE": (idnr,), "AT": (vnr,),
    "CH": (ch_ssn,), "FR": (nir,), "BE": (nn,), "ES": (dni, nie), "MX": (curp,), "AR": (cuit,), "PE": (cui,),
    "EC": (ci,), "NL": (bsn,),
}  # fmt: skip
CHECKED = tuple(m for schemes in IDS.values() for m in schemes if m is not us_ssn)
DOC_NETS = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


def run(*args: str, hash_seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run(
        [sys.executable, str(MAKE), *args], capture_output=True, text=True, timeout=120, env=env
    )


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h16") / "a.jsonl"
    assert run("--out", str(out), "--n", str(N), "--seed", "7").returncode == 0
    return out


@pytest.fixture(scope="module")
def records(written: Path) -> list[dict]:
    return [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]


def marked(records: list[dict], group: str):
    for record in records:
        for m in record[group]:
            text = record["text"][m["start"] : m["end"]]
            yield record, m["kind"], unquote_plus(text) if record["layout"] == "url_query" else text


def phone_ok(text: str, country: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, country))
    except phonenumbers.NumberParseException:
        return False


def test_record_shape_and_balance(records: list[dict]) -> None:
    assert len(records) == N
    assert {tuple(sorted(r)) for r in records} == {
        ("country", "domain", "id", "lang", "layout", "lookalikes", "spans", "text")
    }
    langs = [r["lang"] for r in records]
    assert {lang: langs.count(lang) for lang in set(langs)} == dict.fromkeys(
        ("en", "de", "fr", "es", "nl"), N // 5
    )
    assert len({r["layout"] for r in records}) == 18
    assert len({r["domain"] for r in records}) == 12
    assert len({r["id"] for r in records}) == N


def test_offsets_exact_unpadded_and_disjoint(records: list[dict]) -> None:
    for record in records:
        marks = sorted(record["spans"] + record["lookalikes"], key=lambda m: m["start"])
        end = 0
        for m in marks:
            text = record["text"][m["start"] : m["end"]]
            assert 0 <= m["start"] < m["end"] <= len(record["text"]), record["id"]
            assert text == text.strip() and text, (record["id"], m)
            assert m["start"] >= end, (record["id"], m)
            end = m["end"]


def test_kinds_split_between_spans_and_lookalikes(records: list[dict]) -> None:
    span_kinds = {m["kind"] for r in records for m in r["spans"]}
    look_kinds = {m["kind"] for r in records for m in r["lookalikes"]}
    assert span_kinds == SPAN_KINDS
    assert not look_kinds & SPAN_KINDS
    assert {
        "CARD_BAD_LUHN",
        "IBAN_BAD_CHECK",
        "ID_BAD_CHECK",
        "COMPANY_IBAN",
        "HOTLINE",
        "ROLE_EMAIL",
    } <= look_kinds


def test_valid_numbers_pass_their_rule(records: list[dict]) -> None:
    rules = {
        "CARD": lambda t, c: luhn.is_valid("".join(ch for ch in t if ch.isdigit())),
        "IBAN": lambda t, c: iban.is_valid(t),
        "COMPANY_IBAN": lambda t, c: iban.is_valid(t),
        "NATIONAL_ID": lambda t, c: any(m.is_valid(t) for m in IDS[c]),
        "PHONE": phone_ok,
        "HOTLINE": phone_ok,
        "IP_ADDRESS": lambda t, c: ipaddress.ip_address(t).is_global,
    }
    seen = set()
    for group in ("spans", "lookalikes"):
        for record, kind, text in marked(records, group):
            if kind in rules:
                seen.add(kind)
                assert rules[kind](text, record["country"]), (record["id"], kind, text)
    assert seen == set(rules)


def test_twins_fail_every_rule_they_imitate(records: list[dict]) -> None:
    rules = {
        "CARD_BAD_LUHN": lambda t, c: not luhn.is_valid("".join(ch for ch in t if ch.isdigit())),
        "IBAN_BAD_CHECK": lambda t, c: not iban.is_valid(t),
        "ID_BAD_CHECK": lambda t, c: (
            not any(m.is_valid(t) for m in (*CHECKED, *IDS.get(c, ()), us_itin))
        ),
        "PRIVATE_IP": lambda t, c: (
            ipaddress.ip_address(t).is_private and not ipaddress.ip_address(t).is_global
        ),
        "DOC_IP": lambda t, c: any(ipaddress.ip_address(t) in net for net in DOC_NETS),
    }
    for record, kind, text in marked(records, "lookalikes"):
        if kind in rules:
            assert rules[kind](text, record["country"]), (record["id"], kind, text)


def test_hotlines_are_toll_free_where_the_plan_has_them(records: list[dict]) -> None:
    for record, kind, text in marked(records, "lookalikes"):
        if kind == "HOTLINE" and phonenumbers.example_number_for_type(
            record["country"], phonenumbers.PhoneNumberType.TOLL_FREE
        ):
            number = phonenumbers.parse(text, record["country"])
            assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.TOLL_FREE, (
                record["id"],
                text,
            )


def test_same_seed_same_bytes_whatever_the_hash_seed(written: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    assert run("--out", str(again), "--n", str(N), "--seed", "7", hash_seed="12345").returncode == 0
    assert run("--out", str(other), "--n", "20", "--seed", "8").returncode == 0
    assert again.read_bytes() == written.read_bytes()
    first = [
        json.loads(line)["text"] for line in written.read_text(encoding="utf-8").splitlines()[:20]
    ]
    assert first != [
        json.loads(line)["text"] for line in other.read_text(encoding="utf-8").splitlines()
    ]


def test_stats_count_what_was_written(tmp_path: Path) -> None:
    out = tmp_path / "s.jsonl"
    result = run("--out", str(out), "--n", "25", "--seed", "3", "--stats")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    spans = next(line for line in result.stdout.splitlines() if line.startswith("spans "))
    assert spans.startswith(f"spans {sum(len(r['spans']) for r in rows)}:")


@pytest.mark.parametrize(
    "args",
    [("--n", "5"), ("--out", "{tmp}/x.jsonl", "--n", "0"), ("--out", "{tmp}/x.jsonl", "--n", "many"),
     ("--out", "{tmp}/missing/x.jsonl"), ("--out", "{tmp}/x.jsonl", "--colour")],
)  # fmt: skip
def test_bad_arguments_give_one_error_line_and_exit_2(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    result = run(*(a.format(tmp=tmp_path) for a in args))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert not (tmp_path / "x.jsonl").exists()
