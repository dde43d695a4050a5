"""PII hold-out 8 is well formed: deterministic, exact offsets, valid check digits, twins invalid."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

FOLDER = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout8"
KINDS = {"EMAIL", "PHONE", "CARD", "IBAN", "NATIONAL_ID", "IP_ADDRESS", "SECRET", "ADDRESS",
         "PERSON", "DATE_OF_BIRTH"}  # fmt: skip


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(FOLDER))
    spec = importlib.util.spec_from_file_location(f"pii_holdout8_{name}", FOLDER / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # registered before it runs, as importlib's recipe does: a dataclass with string
    # annotations looks its module up in sys.modules (else it fails whenever no earlier test
    # in the same worker happened to import it)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make = _load("make")
chk = _load("h8_checks")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return make.make(1000, 8)


def _value(record: dict, mark: dict) -> str:
    return record["text"][mark["start"] : mark["end"]]


def test_same_seed_same_bytes_other_seed_other_text(tmp_path: Path) -> None:
    out = tmp_path / "h8.jsonl"
    cmd = [sys.executable, str(FOLDER / "make.py"), "--out", str(out), "--n", "150", "--seed", "8"]
    subprocess.run(cmd, check=True, capture_output=True)
    written = out.read_text(encoding="utf-8")
    assert written == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in make.make(150, 8))
    assert make.make(150, 9) != make.make(150, 8)


def test_marks_are_exact_trimmed_and_disjoint(records: list[dict]) -> None:
    for record in records:
        marks = sorted(record["spans"] + record["lookalikes"], key=lambda m: m["start"])
        for mark in marks:
            value = _value(record, mark)
            assert value and value == value.strip(), (record["id"], mark)
        for left, right in zip(marks, marks[1:], strict=False):
            assert left["end"] <= right["start"], (record["id"], left, right)


def test_kinds_are_the_scorers_and_lookalikes_are_not(records: list[dict]) -> None:
    spans = Counter(m["kind"] for r in records for m in r["spans"])
    looks = Counter(m["kind"] for r in records for m in r["lookalikes"])
    assert set(spans) == KINDS, "every kind present, no other"
    assert not set(looks) & KINDS
    assert all(kind.isupper() for kind in looks)
    assert 4000 <= sum(spans.values()) <= 7000 and sum(looks.values()) >= 4000


def test_layouts_and_languages_all_present(records: list[dict]) -> None:
    assert {r["layout"] for r in records} == set(make.LAYOUTS)
    assert {r["lang"] for r in records} == set(make.LANG_WEIGHTS) | {"en"}


@pytest.mark.parametrize("kind", ["CARD", "IBAN", "NATIONAL_ID", "PHONE", "EMAIL"])
def test_every_span_of_a_checked_kind_passes_its_rule(records: list[dict], kind: str) -> None:
    checked = 0
    for record in records:
        for mark in record["spans"]:
            if mark["kind"] == kind:
                assert chk.value_problem(kind, _value(record, mark), record["country"]) is None
                checked += 1
    assert checked > 50


def test_twins_fail_the_rule_they_imitate(records: list[dict]) -> None:
    rules = {
        "CARD_BAD_LUHN": lambda r, v: chk.luhn_ok(chk.digits(v)),
        "IBAN_BAD_CHECK": lambda r, v: chk.iban_ok(v),
        "ID_BAD_CHECK": lambda r, v: chk.NATIONAL_ID_RULES[r["country"]](v),
        "COMPANY_TAX_ID": lambda r, v: chk.cpf_ok(v) or chk.amka_ok(v),
    }
    seen: Counter[str] = Counter()
    for record in records:
        for mark in record["lookalikes"]:
            if mark["kind"] in rules:
                assert not rules[mark["kind"]](record, _value(record, mark)), (record["id"], mark)
                seen[mark["kind"]] += 1
    assert set(seen) == set(rules)


@pytest.mark.parametrize(
    ("rule", "good"),
    [
        (chk.cpf_ok, "529.982.247-25"),
        (chk.cnpj_ok, "11.222.333/0001-81"),
        (chk.tckn_ok, "10000000146"),
        (chk.iban_ok, "GR16 0110 1250 0000 0001 2300 695"),
        (chk.iban_ok, "CZ65 0800 0000 1920 0014 5399"),
        (chk.iban_ok, "RO49 AAAA 1B31 0075 9384 0000"),
        (chk.iban_ok, "TR33 0006 1005 1978 6457 8413 26"),
        (chk.iban_ok, "BR97 0036 0305 0000 1000 9795 493P 1"),
        (chk.luhn_ok, "4111111111111111"),
    ],
)
def test_rules_accept_published_examples_and_reject_a_changed_digit(rule, good: str) -> None:  # type: ignore[no-untyped-def]
    assert rule(good)
    last = good.rstrip()[-1]
    changed = (
        good[:-1] + ("0" if last != "0" else "1") if last.isdigit() else good[:-2] + "0" + last
    )
    assert not rule(changed)


def test_spoken_values_read_back_as_digits() -> None:
    assert chk.digits("oh seven seven, double one two") == "077112"
    assert chk.phone_ok("GB", "oh seven seven one two, three four five, six seven eight")
    assert not chk.phone_ok("GB", "oh one")
