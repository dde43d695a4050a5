"""PII hold-out 6 is a fair ruler: deterministic, exact offsets, valid checksums, look-alikes apart from spans."""

from __future__ import annotations

import collections
import importlib
import importlib.util
import ipaddress
import json
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum import iban, luhn

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout6"
PII = {
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


def _load():
    spec = importlib.util.spec_from_file_location("pii_holdout6_make", HERE / "make.py")
    mod = importlib.util.module_from_spec(spec)
    # registered before it runs, as importlib's recipe does: a dataclass with string
    # annotations looks its module up in sys.modules (else it fails whenever no earlier test
    # in the same worker happened to import it)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


MAKE = _load()
import h6_ids  # noqa: E402  (importable once make.py put its folder on sys.path)
from h6_phrases import ID_OF  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return MAKE.make(1000, 6)


def test_same_seed_same_corpus_and_other_seed_differs() -> None:
    assert MAKE.make(120, 6) == MAKE.make(120, 6)
    assert MAKE.make(120, 6) != MAKE.make(120, 7)


def test_records_have_the_corpus_shape(corpus: list[dict]) -> None:
    ids = [r["id"] for r in corpus]
    assert len(set(ids)) == len(ids) == 1000
    for r in corpus:
        assert set(r) >= {"id", "lang", "layout", "text", "spans", "lookalikes"}
        for s in r["spans"]:
            assert s["kind"] in PII
        for s in r["lookalikes"]:
            assert s["kind"] not in PII


def test_offsets_are_exact_and_labels_do_not_overlap(corpus: list[dict]) -> None:
    for r in corpus:
        text = r["text"]
        marks = sorted((s["start"], s["end"], s["kind"]) for s in r["spans"] + r["lookalikes"])
        for start, end, kind in marks:
            value = text[start:end]
            assert 0 <= start < end <= len(text), (r["id"], kind)
            assert value == value.strip(), (r["id"], kind, value)
        for (s1, e1, k1), (s2, e2, k2) in zip(marks, marks[1:], strict=False):
            assert e1 <= s2, (r["id"], k1, k2, text[s1:e1], text[s2:e2])


def _ids_for(country: str) -> list[str]:
    cc = ID_OF[country][0] or "GB"
    return [cc, "ES_NIE"] if cc == "ES" else [cc]


def test_checksummed_values_validate_and_broken_twins_do_not(corpus: list[dict]) -> None:
    seen = collections.Counter()
    for r in corpus:
        for s in r["spans"] + r["lookalikes"]:
            value = r["text"][s["start"] : s["end"]]
            digits = "".join(ch for ch in value if ch.isdigit())
            mods = [h6_ids.id_module(cc) for cc in _ids_for(r["country"])]
            kind = s["kind"]
            if kind == "CARD":
                assert luhn.is_valid(digits) and digits not in h6_ids.TEST_CARDS, value
            elif kind == "TEST_CARD":
                assert digits in h6_ids.TEST_CARDS
            elif kind == "CARD_BAD_LUHN":
                assert not luhn.is_valid(digits), value
            elif kind == "IBAN":
                assert iban.is_valid(value), value
            elif kind == "IBAN_BAD_CHECK":
                assert not iban.is_valid(value), value
            elif kind == "NATIONAL_ID":
                assert any(m.is_valid(value) for m in mods), (r["country"], value)
            elif kind == "ID_BAD_CHECK":
                assert not any(m.is_valid(value) for m in mods), (r["country"], value)
            elif kind == "IP_ADDRESS":
                assert not ipaddress.ip_address(value).is_loopback
            elif kind == "EMAIL":
                assert "@" in value or "%40" in value
            elif kind == "PHONE":
                assert len(digits) >= 7, value
            else:
                continue
            seen[kind] += 1
    for kind in (
        "CARD",
        "IBAN",
        "NATIONAL_ID",
        "CARD_BAD_LUHN",
        "IBAN_BAD_CHECK",
        "ID_BAD_CHECK",
        "TEST_CARD",
    ):
        assert seen[kind] > 0, kind


def test_counts_are_in_range(corpus: list[dict]) -> None:
    spans = collections.Counter(s["kind"] for r in corpus for s in r["spans"])
    looks = collections.Counter(s["kind"] for r in corpus for s in r["lookalikes"])
    assert set(spans) == PII
    floors = {"CARD": 50, "IBAN": 100, "NATIONAL_ID": 100, "IP_ADDRESS": 100, "SECRET": 150}
    for kind in PII:
        assert floors.get(kind, 500) <= spans[kind] <= 3000, (kind, spans[kind])
    assert sum(looks.values()) >= sum(spans.values())
    assert len(looks) >= 25
    langs = collections.Counter(r["lang"] for r in corpus)
    assert {"en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv"} <= set(langs)
    assert len(langs) >= 12 and max(langs.values()) < 400
    assert len({r["layout"] for r in corpus}) == len(MAKE.LAYOUT_WEIGHTS)
    assert sum(1 for r in corpus if not r["spans"]) >= 30  # messages with nothing to redact


def test_cli_writes_jsonl_and_refuses_bad_n(tmp_path: Path) -> None:
    out = tmp_path / "h6.jsonl"
    done = subprocess.run(
        [sys.executable, str(HERE / "make.py"), "--out", str(out), "--n", "40", "--seed", "6"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == MAKE.make(40, 6)
    bad = subprocess.run(
        [sys.executable, str(HERE / "make.py"), "--out", str(out), "--n", "0"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode != 0 and "--n" in bad.stderr and "Traceback" not in bad.stderr
