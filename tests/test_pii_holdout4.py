"""The fourth PII hold-out's labels: shape, offsets, determinism. Never its wording (a judge's
messages are not to be read by anyone tuning the redactor)."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout4"
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


@pytest.fixture(scope="module")
def gen():
    sys.path.insert(0, str(DIR))
    try:
        yield importlib.import_module("make")
    finally:
        sys.path.remove(str(DIR))


@pytest.fixture(scope="module")
def records(gen):
    return gen.make(400, 4)


def test_records_have_the_benchmark_shape(records):
    for rec in records:
        assert set(rec) == {"id", "lang", "layout", "text", "spans", "lookalikes"}
        assert rec["spans"], rec["id"]
        for s in rec["spans"]:
            assert set(s) == {"kind", "start", "end"} and s["kind"] in KINDS
        for la in rec["lookalikes"]:
            assert set(la) == {"kind", "start", "end"} and la["kind"] not in KINDS
    assert len({r["id"] for r in records}) == len(records)


def test_spans_lie_in_the_text_and_never_overlap_or_touch_lookalikes(records):
    for rec in records:
        n = len(rec["text"])
        spans = sorted(rec["spans"], key=lambda s: s["start"])
        for s in spans + rec["lookalikes"]:
            assert 0 <= s["start"] < s["end"] <= n
        for a, b in zip(spans, spans[1:], strict=False):
            assert a["end"] <= b["start"], rec["id"]
        for la in rec["lookalikes"]:
            assert all(la["end"] < s["start"] or s["end"] < la["start"] for s in spans), rec["id"]
        for s in spans:  # a span holds the value and nothing around it
            value = rec["text"][s["start"] : s["end"]]
            assert value == value.strip() and "\x01" not in value


def test_every_layout_and_locale_is_used_and_lookalikes_outnumber_spans(gen, records):
    assert {r["layout"] for r in records} == set(gen.LAYOUTS)
    assert len({r["lang"] for r in records}) >= 20
    assert sum(len(r["lookalikes"]) for r in records) > sum(len(r["spans"]) for r in records)
    assert {s["kind"] for r in records for s in r["spans"]} == KINDS


def test_same_seed_same_corpus_other_seed_other_corpus(gen, records):
    assert gen.make(40, 4) == records[:40]
    assert gen.make(40, 5) != records[:40]


def test_cli_output_does_not_depend_on_the_hash_seed(gen, tmp_path):
    out = tmp_path / "h4.jsonl"
    env = dict(os.environ, PYTHONHASHSEED="123")
    subprocess.run(
        [sys.executable, str(DIR / "make.py"), "--out", str(out), "--n", "30", "--seed", "4"],
        check=True,
        env=env,
        capture_output=True,
    )
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == gen.make(30, 4)


def test_the_checks_refuse_bad_labels(gen):
    checks = importlib.import_module("checks")
    good = gen.make(1, 4)[0]
    s = good["spans"][0]
    overlapping = dict(
        good, spans=[*good["spans"], {"kind": "PERSON", "start": s["start"], "end": s["end"]}]
    )
    with pytest.raises(checks.BadRecord):
        checks.validate(overlapping)
    touching = dict(good, lookalikes=[{"kind": "order", "start": s["end"], "end": s["end"] + 1}])
    with pytest.raises(checks.BadRecord):
        checks.validate(touching)
    bad_card = dict(
        good,
        text="card 4111 1111 1111 1112",
        spans=[{"kind": "CARD", "start": 5, "end": 24}],
        lookalikes=[],
    )
    with pytest.raises(checks.BadRecord):
        checks.validate(bad_card)


def test_bad_n_is_one_clear_error():
    proc = subprocess.run(
        [sys.executable, str(DIR / "make.py"), "--out", "/dev/null", "--n", "0"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert proc.stderr.strip().splitlines() == ["--n must be at least 1."]
