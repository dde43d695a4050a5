"""PII hold-out 15's generator: exact offsets, determinism, valid and invalid numbers, bad input."""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.nl import bsn

MAKE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout15" / "make.py"


def _load():
    spec = importlib.util.spec_from_file_location("pii_holdout15_make", MAKE)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["pii_holdout15_make"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def recs() -> list[dict]:
    return _load().make(300, 15)


def _id_valid(cc: str, s: str) -> bool:
    s = s.replace(" ", "")
    if cc == "ES":
        return (nie if s[0] in "XYZ" else dni).is_valid(s)
    return {"GB": nhs, "DE": idnr, "FR": nir, "NL": bsn}[cc].is_valid(s)


def _slices(recs, kind, field="spans"):
    for r in recs:
        for m in r[field]:
            if m["kind"] == kind:
                yield r, r["text"][m["start"] : m["end"]]


def test_offsets_slice_to_trimmed_non_overlapping_values(recs):
    for r in recs:
        marks = sorted(r["spans"] + r["lookalikes"], key=lambda m: m["start"])
        for a, b in zip(marks, marks[1:], strict=False):
            assert a["end"] <= b["start"]
        for m in marks:
            s = r["text"][m["start"] : m["end"]]
            assert s and s == s.strip() and 0 <= m["start"] < m["end"] <= len(r["text"])


def test_same_seed_same_records_other_seed_other_records():
    mod = _load()
    assert mod.make(40, 15) == mod.make(40, 15)
    assert [r["text"] for r in mod.make(40, 15)] != [r["text"] for r in mod.make(40, 16)]


def test_labelled_numbers_pass_their_check_and_twins_fail_it(recs):
    for _r, s in _slices(recs, "CARD"):
        assert luhn.is_valid(s.replace(" ", "").replace("-", ""))
    for _r, s in _slices(recs, "CARD_BAD_LUHN", "lookalikes"):
        assert not luhn.is_valid(s.replace(" ", "").replace("-", ""))
    for kind in ("IBAN", "ORG_IBAN"):
        field = "spans" if kind == "IBAN" else "lookalikes"
        for r, s in _slices(recs, kind, field):
            assert iban.is_valid(s) and s.replace(" ", "")[:2] == r["country"]
    for _r, s in _slices(recs, "IBAN_BAD_CHECK", "lookalikes"):
        assert not iban.is_valid(s)
    for r, s in _slices(recs, "NATIONAL_ID"):
        assert _id_valid(r["country"], s), s
    for r, s in _slices(recs, "ID_BAD_CHECK", "lookalikes"):
        assert not _id_valid(r["country"], s), s


def test_phones_valid_for_their_country_and_hotlines_not_labelled_phone(recs):
    n = 0
    for r, s in _slices(recs, "PHONE"):
        num = phonenumbers.parse(s, r["country"])
        assert phonenumbers.is_valid_number(num)
        assert phonenumbers.region_code_for_number(num) == r["country"]
        n += 1
    assert n > 50


def test_ips_public_when_personal_and_reserved_when_kept(recs):
    for _r, s in _slices(recs, "IP_ADDRESS"):
        assert ipaddress.ip_address(s).is_global
    for _r, s in _slices(recs, "PRIVATE_IP", "lookalikes"):
        assert ipaddress.ip_address(s).is_private
    docs = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    for _r, s in _slices(recs, "DOC_IP", "lookalikes"):
        assert any(ipaddress.ip_address(s) in d for d in docs)


def test_mix_of_kinds_languages_and_layouts(recs):
    kinds = Counter(m["kind"] for r in recs for m in r["spans"])
    per = len(recs) / 1000
    assert kinds["PERSON"] >= 600 * per and kinds["ADDRESS"] >= 600 * per
    assert kinds["DATE_OF_BIRTH"] >= 300 * per
    assert len(kinds) == 10
    looks = sum(len(r["lookalikes"]) for r in recs)
    assert looks >= 0.5 * sum(kinds.values())
    langs = Counter(r["lang"] for r in recs)
    assert set(langs) == {"en", "de", "fr", "es", "nl"} and min(langs.values()) > 0.12 * len(recs)
    assert len({r["layout"] for r in recs}) == len(_load().LAYOUTS)


def test_dated_french_ids_agree_with_the_birth_month(recs):
    # NIR digits 2-5 are the birth year and month; a record written with both must agree
    seen = 0
    for r in recs:
        if r["country"] != "FR" or r["layout"] not in ("json", "csv", "form"):
            continue
        ids = [s for rr, s in _slices([r], "NATIONAL_ID")]
        dobs = [s for rr, s in _slices([r], "DATE_OF_BIRTH") if s[:4].isdigit()]
        if len(ids) == 1 and len(dobs) == 1:
            c = ids[0].replace(" ", "")
            assert c[1:5] == dobs[0][2:4] + dobs[0][5:7]
            seen += 1
    assert seen > 0


@pytest.mark.parametrize(
    "args", [["--n", "0"], ["--n", "x"], ["--out", "/nonexistent-dir/x.jsonl"], ["--seed"]]
)
def test_bad_input_one_line_error_exit_2(args, tmp_path):
    argv = [sys.executable, str(MAKE)] + (
        args if "--out" in args else ["--out", str(tmp_path / "o.jsonl")] + args
    )
    p = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1 and p.stderr.startswith("error: ")


def test_cli_writes_jsonl_and_stats(tmp_path):
    out = tmp_path / "o.jsonl"
    p = subprocess.run(
        [sys.executable, str(MAKE), "--out", str(out), "--n", "20", "--seed", "3", "--stats"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert p.returncode == 0 and "span kinds" in p.stdout
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 20 and all(
        {"text", "spans", "lookalikes"} <= set(json.loads(x)) for x in lines
    )
