"""PII hold-out 7 is well formed: deterministic, exact offsets, valid checksums, kept look-alikes apart."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from stdnum import iban, luhn

FOLDER = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout7"
KINDS = {
    "SECRET",
    "EMAIL",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "PHONE",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "PERSON",
}


def _load(name: str):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(FOLDER))
    spec = importlib.util.spec_from_file_location(f"pii_holdout7_{name}", FOLDER / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # registered (under a name of its own) before it runs, as importlib's recipe does: a dataclass with string
    # annotations looks its module up in sys.modules (else it fails whenever no earlier test
    # in the same worker happened to import it)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("h7") / "F.jsonl"
    subprocess.run(
        [sys.executable, str(FOLDER / "make.py"), "--out", str(out), "--n", "1000", "--seed", "7"],
        check=True,
        capture_output=True,
    )
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_generation_is_deterministic_and_seed_dependent() -> None:
    make = _load("make")
    assert make.corpus(60, 7) == make.corpus(60, 7)
    assert make.corpus(60, 7) != make.corpus(60, 8)


def test_schema_and_offsets(rows: list[dict]) -> None:  # type: ignore[type-arg]
    assert len(rows) == 1000 and len({r["id"] for r in rows}) == 1000
    for row in rows:
        text = row["text"]
        for mark in row["spans"] + row["lookalikes"]:
            assert 0 <= mark["start"] < mark["end"] <= len(text)
            value = text[mark["start"] : mark["end"]]
            assert value == value.strip(), (row["id"], mark)
        assert {s["kind"] for s in row["spans"]} <= KINDS


def test_lookalikes_do_not_overlap_spans(rows: list[dict]) -> None:  # type: ignore[type-arg]
    for row in rows:
        marks = sorted((m["start"], m["end"]) for m in row["spans"] + row["lookalikes"])
        for (_, end), (start, _) in zip(marks, marks[1:], strict=False):
            assert end <= start, row["id"]


def test_checksums(rows: list[dict]) -> None:  # type: ignore[type-arg]
    values = _load("h7_values")
    for row in rows:
        text = row["text"]
        for mark in row["spans"] + row["lookalikes"]:
            value = text[mark["start"] : mark["end"]]
            digits = re.sub(r"[ -]", "", value)
            if mark["kind"] == "CARD":
                assert luhn.is_valid(digits), value
            if mark["kind"] == "INVALID_CARD":
                assert not luhn.is_valid(digits), value
            if mark["kind"] == "IBAN":
                assert iban.is_valid(value), value
            if mark["kind"] == "INVALID_IBAN":
                assert not iban.is_valid(value), value
            if mark["kind"] == "NATIONAL_ID":
                assert values.id_is_valid(value), value
            if mark["kind"] == "INVALID_ID":
                assert not values.id_is_valid(value), value


def test_counts_in_range(rows: list[dict]) -> None:  # type: ignore[type-arg]
    spans = Counter(s["kind"] for r in rows for s in r["spans"])
    looks = sum(len(r["lookalikes"]) for r in rows)
    assert set(spans) == KINDS
    assert min(spans.values()) >= 80
    assert looks >= sum(spans.values())
    langs = Counter(r["lang"] for r in rows)
    assert 0.4 <= langs["en"] / len(rows) <= 0.6 and len(langs) >= 10
    assert len({r["layout"] for r in rows}) >= 15
