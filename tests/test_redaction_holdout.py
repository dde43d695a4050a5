"""The independent redaction hold-out corpus is what it claims: offsets hold the planted text,
numbers carry valid check digits (judged by python-stdnum, not by the generator's own code),
look-alikes fail them, and the same seed gives the same corpus."""

from __future__ import annotations

import json
import re
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
from stdnum.nl import bsn
from stdnum.us import ssn

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import redaction_holdout  # noqa: E402

KINDS = {
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
NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")  # stdnum has no UK NINO module
REGIONS = {"en": ("US", "GB"), "de": ("DE",), "fr": ("FR",), "es": ("ES",), "nl": ("NL",)}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return redaction_holdout.generate(400, 5)


def _text(row: dict, s: dict) -> str:
    return row["text"][s["start"] : s["end"]]


def _national_id_ok(v: str, lang: str) -> bool:
    """Valid under the rules of a country whose messages use this language."""
    compact = v.replace(" ", "").replace(".", "")
    if lang == "en":
        nino = bool(NINO.fullmatch(compact)) and compact[:2] not in {
            "BG",
            "GB",
            "NK",
            "KN",
            "TN",
            "NT",
            "ZZ",
        }
        return ssn.is_valid(compact) or nino
    checks = {"de": (idnr,), "fr": (nir,), "es": (dni, nie), "nl": (bsn,)}[lang]
    return any(m.is_valid(compact) for m in checks)


def test_shape_and_offsets(rows: list[dict]) -> None:
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["lang"] in REGIONS
        assert "⟪" not in r["text"]
        for s in r["spans"]:
            assert s["kind"] in KINDS
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
            assert _text(r, s) == _text(r, s).strip()


def _checksum_verdict(kind: str, v: str, lang: str) -> bool | None:
    """True if a value's check digits are as its label says, None for kinds without any."""
    digits = re.sub(r"[ -]", "", v)
    if kind == "CARD":
        return luhn.is_valid(digits)
    if kind == "IBAN":
        return iban.is_valid(v)
    if kind == "NATIONAL_ID":
        return _national_id_ok(v, lang)
    if kind == "invalid_national_id":
        return not _national_id_ok(v, lang)
    if kind == "invalid_card_checksum":
        return not luhn.is_valid(digits)
    if kind == "invalid_iban_checksum":
        return not iban.is_valid(v)
    if kind == "invalid_bsn_checksum":
        return not bsn.is_valid(v)
    return None


def test_check_digits_judged_by_stdnum(rows: list[dict]) -> None:
    judged = Counter()
    bad = []
    for r in rows:
        for s in r["spans"] + r["lookalikes"]:
            verdict = _checksum_verdict(s["kind"], _text(r, s), r["lang"])
            if verdict is not None:
                judged[s["kind"]] += 1
                if not verdict:
                    bad.append((s["kind"], _text(r, s)))
    assert bad == []
    assert (
        min(
            judged[k]
            for k in ("CARD", "IBAN", "NATIONAL_ID", "invalid_card_checksum", "invalid_national_id")
        )
        > 10
    )


def test_phones_are_real_numbers(rows: list[dict]) -> None:
    total = valid = 0
    for r in rows:
        for s in r["spans"]:
            if s["kind"] != "PHONE":
                continue
            total += 1
            v = _text(r, s).replace("%20", " ").replace("%2B", "+")
            for region in REGIONS[r["lang"]]:
                try:
                    if phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
                        valid += 1
                        break
                except phonenumbers.NumberParseException:
                    continue
    assert total > 100 and valid / total >= 0.95


def test_coverage_and_balance(rows: list[dict]) -> None:
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    assert set(kinds) == KINDS
    assert Counter(r["lang"] for r in rows).keys() == REGIONS.keys()
    assert set(r["layout"] for r in rows) == set(redaction_holdout.WEIGHTS)
    assert sum(len(r["lookalikes"]) for r in rows) >= sum(kinds.values())


def test_deterministic_per_seed(tmp_path: Path) -> None:
    outs = []
    for name in ("a", "b"):
        out = tmp_path / f"{name}.jsonl"
        cmd = [
            sys.executable,
            str(BENCH / "redaction_holdout.py"),
            "--out",
            str(out),
            "--n",
            "60",
            "--seed",
            "3",
        ]
        subprocess.run(cmd, check=True, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert json.loads(outs[0].splitlines()[0])["id"] == "holdout-3-00000"
    assert redaction_holdout.generate(60, 4) != redaction_holdout.generate(60, 3)


def test_does_not_import_the_redactor() -> None:
    for path in [BENCH / "redaction_holdout.py", *(BENCH / "pii_holdout").glob("*.py")]:
        assert "consentry" not in path.read_text(encoding="utf-8"), path


def test_bad_output_folder_is_a_clear_error(tmp_path: Path) -> None:
    cmd = [
        sys.executable,
        str(BENCH / "redaction_holdout.py"),
        "--out",
        str(tmp_path / "no" / "x.jsonl"),
    ]
    res = subprocess.run(cmd, capture_output=True, text=True)
    assert res.returncode != 0 and "does not exist" in res.stderr
