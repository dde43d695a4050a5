"""The second holdout corpus for the PII redactor: labels sit exactly on the text, never
overlap, checksummed values are valid (and the failing-checksum look-alikes invalid), the
output depends on the seed alone, and every kind and language is there."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum import iban, luhn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.us import ssn

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from pii_holdout2.corpus import KINDS, make  # noqa: E402
from pii_holdout2.lang import LANGS  # noqa: E402

NINO = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
ID_CHECKS = (ssn, idnr, nir, dni, nie, bsn, codicefiscale)


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return make(300, 5)


def _compact(s: str) -> str:
    return re.sub(r"[\s.\-/]", "", s)


def test_offsets_match_the_text_and_nothing_overlaps(corpus):
    for rec in corpus:
        text = rec["text"]
        marks = [(s["start"], s["end"], "span") for s in rec["spans"]]
        marks += [(s["start"], s["end"], "look") for s in rec["lookalikes"]]
        for s in rec["spans"] + rec["lookalikes"]:
            assert 0 <= s["start"] < s["end"] <= len(text), rec["id"]
            piece = text[s["start"] : s["end"]]
            assert piece == piece.strip(), (rec["id"], piece)
            assert s["kind"] in KINDS, rec["id"]
        marks.sort()
        for (_s1, e1, _k1), (s2, _e2, _k2) in zip(marks, marks[1:], strict=False):
            assert e1 <= s2, (rec["id"], text[s2 - 10 : e1 + 10])


def test_checksums_are_valid(corpus):
    counted = {"CARD": 0, "IBAN": 0, "NATIONAL_ID": 0}
    for rec in corpus:
        for s in rec["spans"]:
            value = rec["text"][s["start"] : s["end"]]
            if s["kind"] == "CARD":
                assert luhn.is_valid(_compact(value)), value
            elif s["kind"] == "IBAN":
                assert iban.is_valid(value), value
            elif s["kind"] == "NATIONAL_ID":
                c = _compact(value)
                assert NINO.match(c) or any(m.is_valid(c) for m in ID_CHECKS), value
            else:
                continue
            counted[s["kind"]] += 1
    assert all(n > 50 for n in counted.values()), counted


def test_failing_checksum_lookalikes_fail(corpus):
    seen = 0
    for rec in corpus:
        for s in rec["lookalikes"]:
            value = rec["text"][s["start"] : s["end"]]
            if s["kind"] == "CARD" and value.isdigit() and len(value) == 16:
                assert not luhn.is_valid(value), value
                seen += 1
            if s["kind"] == "NATIONAL_ID" and value.isdigit() and len(value) in (9, 11):
                assert not (bsn.is_valid(value) or idnr.is_valid(value)), value
                seen += 1
    assert seen > 20


def test_every_kind_and_language_present_with_enough_labels(corpus):
    kinds = {s["kind"] for r in corpus for s in r["spans"]}
    assert kinds == set(KINDS)
    looks = {s["kind"] for r in corpus for s in r["lookalikes"]}
    assert len(looks) >= 8
    langs = {r["lang"] for r in corpus}
    assert langs == set(LANGS)
    assert len({r["layout"] for r in corpus}) >= 15
    assert sum(len(r["spans"]) for r in corpus) >= 5 * len(corpus)
    assert sum(len(r["lookalikes"]) for r in corpus) >= 5 * len(corpus)


def test_deterministic_per_seed():
    a, b, c = make(60, 5), make(60, 5), make(60, 6)
    assert a == b
    assert [r["text"] for r in a] != [r["text"] for r in c]


def test_script_writes_jsonl_without_importing_consentry(tmp_path):
    out = tmp_path / "c.jsonl"
    code = (
        "import runpy, sys; sys.argv = ['make.py', '--out', sys.argv[1], '--n', '25'];"
        "runpy.run_path({!r}, run_name='__main__');"
        "assert not [m for m in sys.modules if m.startswith('consentry')], 'imports consentry'"
    ).format(str(BENCH / "pii_holdout2" / "make.py"))
    subprocess.run([sys.executable, "-c", code, str(out)], check=True, cwd=tmp_path)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 25
    assert rows == make(25, 5)
    assert all({"id", "lang", "layout", "text", "spans", "lookalikes"} <= set(r) for r in rows)
