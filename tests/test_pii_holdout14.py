"""PII hold-out 14's generator: exact offsets, determinism, values valid by their schemes.

The rules are coded a second time here, with python-stdnum and phonenumbers directly, so that a
bug in the generator's own check is not repeated by the test.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

stdnum = pytest.importorskip("stdnum")
phonenumbers = pytest.importorskip("phonenumbers")

from stdnum import iban, luhn  # noqa: E402
from stdnum.ar import cuit  # noqa: E402
from stdnum.at import vnr  # noqa: E402
from stdnum.au import tfn  # noqa: E402
from stdnum.be import nn  # noqa: E402
from stdnum.ca import sin  # noqa: E402
from stdnum.ch import ssn  # noqa: E402
from stdnum.cl import rut  # noqa: E402
from stdnum.co import nit  # noqa: E402
from stdnum.de import idnr  # noqa: E402
from stdnum.es import dni, nie  # noqa: E402
from stdnum.fr import nir  # noqa: E402
from stdnum.gb import nhs  # noqa: E402
from stdnum.ie import pps  # noqa: E402
from stdnum.in_ import aadhaar  # noqa: E402
from stdnum.mx import curp  # noqa: E402
from stdnum.nl import bsn  # noqa: E402

MAKE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout14" / "make.py"
N = 400
SPAN_KINDS = {
    "EMAIL",
    "PHONE",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "SECRET",
    "ADDRESS",
    "PERSON",
    "DATE_OF_BIRTH",
}
ID_RULES = {
    "DE": [idnr],
    "AT": [vnr],
    "CH": [ssn],
    "FR": [nir],
    "BE": [nn],
    "NL": [bsn],
    "ES": [dni, nie],
    "CA": [sin],
    "GB": [nhs],
    "IE": [pps],
    "IN": [aadhaar],
    "AU": [tfn],
    "CL": [rut],
    "MX": [curp],
    "AR": [cuit],
    "CO": [nit],
}
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]


def _module():
    spec = importlib.util.spec_from_file_location("pii_holdout14_make", MAKE)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["pii_holdout14_make"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def recs(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("h14") / "h14.jsonl"
    assert _module().main(["--out", str(out), "--n", str(N), "--seed", "14"]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _marks(rec: dict, field: str):
    for m in rec[field]:
        yield m["kind"], rec["text"][m["start"] : m["end"]]


def _id_ok(country: str, v: str) -> bool:
    if country == "NG":  # NIN: no published check digit, shape only
        return v.isdigit() and len(v) == 11
    return any(m.is_valid(v) for m in ID_RULES[country])


def _phone_ok(v: str, country: str) -> bool:
    s = "+" + v[2:] if v.startswith("00") else v
    return phonenumbers.is_valid_number_for_region(phonenumbers.parse(s, country), country)


def test_marks_slice_to_clean_values_and_never_overlap(recs):
    for r in recs:
        ms = sorted((m["start"], m["end"]) for m in r["spans"] + r["lookalikes"])
        assert all(e <= s2 for (_, e), (s2, _) in zip(ms, ms[1:], strict=False)), r["id"]
        for _, v in list(_marks(r, "spans")) + list(_marks(r, "lookalikes")):
            assert v and v == v.strip(), r["id"]
        assert {m["kind"] for m in r["spans"]} <= SPAN_KINDS


def test_same_seed_same_bytes_other_seed_other_text(tmp_path):
    mod = _module()
    paths = [tmp_path / f"{i}.jsonl" for i in range(3)]
    for p, seed in zip(paths, (7, 7, 8), strict=True):
        assert mod.main(["--out", str(p), "--n", "60", "--seed", str(seed)]) == 0
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert paths[0].read_bytes() != paths[2].read_bytes()


def test_labelled_values_are_valid_and_twins_are_not(recs):
    for r in recs:
        c = r["country"]
        for kind, v in _marks(r, "spans"):
            if kind == "CARD":
                assert luhn.is_valid(v.replace(" ", "").replace("-", "")), (r["id"], v)
            elif kind == "IBAN":
                assert iban.is_valid(v), (r["id"], v)
            elif kind == "NATIONAL_ID":
                assert _id_ok(c, v), (r["id"], c, v)
            elif kind == "PHONE":
                assert _phone_ok(v, c), (r["id"], c, v)
            elif kind == "IP_ADDRESS":
                assert ipaddress.ip_address(v).is_global, (r["id"], v)
            elif kind == "EMAIL":
                assert v.count("@") == 1 and "." in v.split("@")[1]
        for kind, v in _marks(r, "lookalikes"):
            if kind == "CARD_BAD_LUHN":
                assert not luhn.is_valid(v.replace(" ", "").replace("-", ""))
            elif kind == "IBAN_BAD_CHECK":
                assert not iban.is_valid(v)
            elif kind == "PRIVATE_IP":
                assert ipaddress.ip_address(v).is_private
            elif kind == "HOTLINE":
                num = phonenumbers.parse("+" + v[2:] if v.startswith("00") else v, r["country"])
                assert phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.TOLL_FREE, v
            elif kind == "DOC_IP":
                assert any(ipaddress.ip_address(v) in n for n in DOC_NETS)


def test_id_twins_fail_every_rule_of_some_country(recs):
    for r in recs:
        for kind, v in _marks(r, "lookalikes"):
            if kind == "ID_BAD_CHECK":
                assert not any(_id_ok(c, v) for c in ID_RULES), (r["id"], v)


def test_dates_of_birth_are_birth_years_and_famous_births_stay_apart(recs):
    for r in recs:
        for kind, v in _marks(r, "spans"):
            if kind == "DATE_OF_BIRTH":
                assert any(ch.isdigit() for ch in v)
        kinds = [m["kind"] for m in r["lookalikes"]]
        assert kinds.count("FAMOUS_BIRTH_DATE") <= kinds.count("FAMOUS_PERSON")


def test_mix_meets_the_brief(recs):
    spans = Counter(m["kind"] for r in recs for m in r["spans"])
    looks = sum(len(r["lookalikes"]) for r in recs)
    assert spans["PERSON"] >= 0.6 * N and spans["ADDRESS"] >= 0.6 * N
    assert spans["DATE_OF_BIRTH"] >= 0.3 * N
    assert all(spans[k] > 0 for k in SPAN_KINDS)
    assert looks >= 0.7 * sum(spans.values())
    langs = Counter(r["lang"] for r in recs)
    assert (
        set(langs) == {"en", "de", "fr", "es", "nl"}
        and max(langs.values()) - min(langs.values()) <= 1
    )


@pytest.mark.parametrize(
    "args",
    [["--n", "0"], ["--n", "many"], ["--out", "/nonexistent-dir-h14/x.jsonl"], ["--seed"]],
)
def test_bad_input_one_line_error_exit_2(args, tmp_path):
    argv = (
        ["--out", str(tmp_path / "x.jsonl"), *args] if "--out" not in args else ["--n", "5", *args]
    )
    p = subprocess.run(
        [sys.executable, str(MAKE), *argv], capture_output=True, text=True, timeout=60
    )
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1 and p.stdout == ""
