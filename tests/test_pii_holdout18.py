"""PII hold-out 18: the generator's record format, its values by their standards, determinism,
and the scorer on toy input. Small scale; the values are checked with stdnum and phonenumbers
called here directly, not through the generator's own checks."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.co import nit
from stdnum.de import idnr
from stdnum.ec import ci
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.us import ssn

ROOT = Path(__file__).resolve().parents[1]
MAKE = ROOT / "benchmarks" / "pii_holdout18" / "make.py"
SCORE = ROOT / "benchmarks" / "pii_holdout18" / "h18p_score.py"
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
ID_CHECK = {
    "GB": nhs, "IE": pps, "US": ssn, "AU": tfn, "NZ": ird, "CA": sin, "DE": idnr, "AT": vnr,
    "CH": ahv, "FR": nir, "BE": nn, "NL": bsn, "ES": dni, "MX": curp, "CO": nit, "PE": cui,
    "EC": ci, "AR": cuit,
}  # fmt: skip
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]


def _run(out: Path, n: int, seed: int, hashseed: str = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    cmd = [sys.executable, str(MAKE), "--out", str(out), "--n", str(n), "--seed", str(seed)]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("h18") / "h18.jsonl"
    assert _run(out, 150, 18).returncode == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _marks(rec: dict) -> list[tuple[str, str, bool]]:
    t = rec["text"]
    return [(m["kind"], t[m["start"] : m["end"]], False) for m in rec["spans"]] + [
        (m["kind"], t[m["start"] : m["end"]], True) for m in rec["lookalikes"]
    ]


def test_same_seed_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    assert _run(a, 25, 5, "1").returncode == 0
    assert _run(b, 25, 5, "999").returncode == 0
    assert _run(c, 25, 6, "1").returncode == 0
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_record_format_and_offsets(records: list[dict]) -> None:
    keys = {"id", "lang", "country", "layout", "domain", "text", "spans", "lookalikes"}
    assert len({r["id"] for r in records}) == len(records)
    for rec in records:
        assert set(rec) == keys
        text = rec["text"]
        marks = sorted((m["start"], m["end"]) for m in rec["spans"] + rec["lookalikes"])
        for (a, b), nxt in zip(marks, marks[1:] + [(len(text), len(text))], strict=True):
            assert 0 <= a < b <= nxt[0], rec["id"]
            assert text[a:b] == text[a:b].strip(), rec["id"]
        assert {m["kind"] for m in rec["spans"]} <= SPAN_KINDS
        assert not {m["kind"] for m in rec["lookalikes"]} & SPAN_KINDS
        assert rec["spans"] and rec["lookalikes"]


def test_languages_are_a_fifth_each_and_ground_is_covered(records: list[dict]) -> None:
    langs = [r["lang"] for r in records]
    assert {lang: langs.count(lang) for lang in set(langs)} == {
        lang: 30 for lang in ("en", "de", "fr", "es", "nl")
    }
    assert len({r["layout"] for r in records}) == 12
    assert len({r["domain"] for r in records}) == 12
    kinds = {m["kind"] for r in records for m in r["spans"]}
    assert kinds == SPAN_KINDS


def test_numbers_valid_by_their_standard_and_twins_failing(records: list[dict]) -> None:
    seen = set()
    for rec in records:
        cc = rec["country"]
        for kind, v, _keep in _marks(rec):
            seen.add(kind)
            digits = "".join(ch for ch in v if ch.isdigit())
            if kind == "CARD":
                assert luhn.is_valid(digits) and len(digits) in (15, 16), v
            elif kind == "CARD_BAD_LUHN":
                assert not luhn.is_valid(digits), v
            elif kind in ("IBAN", "COMPANY_IBAN"):
                assert iban.is_valid(v), v
            elif kind == "IBAN_BAD_CHECK":
                assert not iban.is_valid(v), v
            elif kind == "NATIONAL_ID":
                assert ID_CHECK[cc].is_valid(v), (cc, v)
            elif kind == "ID_BAD_CHECK":
                assert not any(m.is_valid(v) for m in ID_CHECK.values()), v
            elif kind in ("PHONE", "HOTLINE"):
                num = phonenumbers.parse(v, cc)
                assert phonenumbers.is_valid_number_for_region(num, cc), (cc, v)
                toll_free = phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.TOLL_FREE
                assert toll_free == (kind == "HOTLINE"), (cc, v)
            elif kind in ("IP_ADDRESS", "PRIVATE_IP", "DOC_IP"):
                ip = ipaddress.ip_address(v)
                in_doc = any(ip in n for n in DOC_NETS)
                expected = {
                    "IP_ADDRESS": ip.is_global and not in_doc,
                    "PRIVATE_IP": ip.is_private and not in_doc,
                    "DOC_IP": in_doc,
                }
                assert expected[kind], (kind, v)
    assert {"CARD_BAD_LUHN", "IBAN_BAD_CHECK", "ID_BAD_CHECK", "HOTLINE", "COMPANY_IBAN"} <= seen


_ISO_DOB = re.compile(
    r"^(\d{4})-?(\d{2})-?(\d{2})$|^year: (\d{4}) month: (\d{1,2}) day: (\d{1,2})$"
)
# Settings where the id and the birth date written are the same person's (the record's subject).
_SUBJECT_HOLDS_BOTH = {"driving_school", "solar_grant", "funeral", "blood_donation", "charity"}


def test_ids_that_hold_a_birth_date_agree_with_the_written_one(records: list[dict]) -> None:
    """BE, AT, FR and MX ids carry the birth date (or year and month); they must match the record's."""
    checked = 0
    for rec in records:
        if (
            rec["country"] not in ("BE", "AT", "FR", "MX")
            or rec["domain"] not in _SUBJECT_HOLDS_BOTH
        ):
            continue
        ids = [v for k, v, _ in _marks(rec) if k == "NATIONAL_ID"]
        dobs = [_ISO_DOB.match(v) for k, v, _ in _marks(rec) if k == "DATE_OF_BIRTH"]
        if not ids or not dobs or dobs[0] is None:
            continue
        g = [x for x in dobs[0].groups() if x is not None]
        yy, mm, dd = g[0][2:], f"{int(g[1]):02d}", f"{int(g[2]):02d}"
        compact = "".join(ch for ch in ids[0] if ch.isalnum())
        expected = {
            "BE": (compact[:6], yy + mm + dd),
            "AT": (compact[4:], dd + mm + yy),
            "FR": (compact[1:5], yy + mm),
            "MX": (compact[4:10], yy + mm + dd),
        }
        got, want = expected[rec["country"]]
        assert got == want, rec["id"]
        checked += 1
    assert checked >= 3


def test_bad_arguments_give_one_error_line(tmp_path: Path) -> None:
    res = _run(tmp_path / "x.jsonl", 0, 1)
    assert (
        res.returncode == 2
        and res.stderr.strip().startswith("error:")
        and len(res.stderr.strip().splitlines()) == 1
    )
    res = _run(tmp_path / "missing" / "x.jsonl", 3, 1)
    assert res.returncode == 2 and res.stderr.strip().startswith("error:")


def test_scorer_on_toy_input(tmp_path: Path) -> None:
    text = "Name: Ana Ruiz, tel 612 345 678, order 612 000 111."
    truth = {
        "id": "t1", "lang": "es", "country": "ES", "layout": "toy", "domain": "toy", "text": text,
        "spans": [{"kind": "PERSON", "start": 6, "end": 14}, {"kind": "PHONE", "start": 20, "end": 31}],
        "lookalikes": [{"kind": "ORDER_NO", "start": 39, "end": 50}],
    }  # fmt: skip
    assert (
        text[6:14] == "Ana Ruiz" and text[20:31] == "612 345 678" and text[39:50] == "612 000 111"
    )
    t = tmp_path / "t.jsonl"
    t.write_text(json.dumps(truth) + "\n", encoding="utf-8")
    cases = [
        # the name covered in two pieces (the blank between needs no cover), the phone only in part,
        # the order number left alone
        (
            [
                {"start": 6, "end": 9, "kind": "PERSON"},
                {"start": 10, "end": 14},
                {"start": 20, "end": 27},
            ],
            1.0,
            0.0,
            1.0,
        ),
        # everything found, and the order number taken too
        (
            [
                {"start": 6, "end": 14},
                {"start": 20, "end": 31, "kind": "PHONE"},
                {"start": 45, "end": 50},
            ],
            1.0,
            1.0,
            0.0,
        ),
        ([], 0.0, 0.0, 1.0),
    ]
    for findings, names, structured, kept in cases:
        p = tmp_path / "p.jsonl"
        p.write_text(json.dumps({"id": "t1", "findings": findings}) + "\n", encoding="utf-8")
        out = tmp_path / "s.json"
        res = subprocess.run(
            [sys.executable, str(SCORE), "--truth", str(t), "--pred", str(p), "--json", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert res.returncode == 0, res.stderr
        got = json.loads(out.read_text(encoding="utf-8"))
        assert (got["names_recall"], got["structured_recall"], got["lookalikes_kept"]) == (
            names,
            structured,
            kept,
        )
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"id": "t1", "findings": [{"start": 0, "end": 999}]}) + "\n", encoding="utf-8"
    )
    res = subprocess.run(
        [sys.executable, str(SCORE), "--truth", str(t), "--pred", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert res.returncode == 2 and res.stderr.startswith("error:")
