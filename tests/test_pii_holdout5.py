"""PII hold-out 5 keeps its promises: record shape, exact offsets, determinism and coverage of
every scored kind and language. Nothing here looks at the wording of the messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.pii_holdout5 import checks, make  # noqa: E402

SCORED = set(checks.KINDS)
LANGS = {"en", "de", "fr", "es", "nl", "it", "pt", "pl"}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return make.build(400, 5)


def test_every_record_has_the_benchmark_shape(corpus):
    for rec in corpus:
        assert set(rec) == {"id", "lang", "layout", "text", "spans", "lookalikes"}
        assert rec["lang"] in LANGS and rec["layout"] in make.LAYOUTS
        for label in rec["spans"] + rec["lookalikes"]:
            assert set(label) == {"kind", "start", "end"}
        assert {s["kind"] for s in rec["spans"]} <= SCORED
        assert not {s["kind"] for s in rec["lookalikes"]} & SCORED
    assert len({rec["id"] for rec in corpus}) == len(corpus)


@pytest.mark.parametrize("seed", [5, 17])
def test_offsets_and_values_pass_the_checker(seed):
    for rec in make.build(150, seed):
        assert checks.problems(rec) == [], rec["id"]


def test_checker_catches_labels_out_of_place(corpus):
    rec = next(r for r in corpus if len(r["spans"]) >= 2)
    first, second, *rest = rec["spans"]
    past_end = {**rec, "spans": [{**first, "end": len(rec["text"]) + 1}, second, *rest]}
    on_top = {**rec, "spans": [first, second, dict(second), *rest]}
    assert checks.problems(past_end) and checks.problems(on_top)
    rec, span = next(
        (r, s)
        for r in corpus
        for s in r["spans"]
        if s["start"] > 0 and r["text"][s["start"] - 1].isspace()
    )
    widened = {**rec, "spans": [{**span, "start": span["start"] - 1}]}
    assert checks.problems(widened)


def test_checker_catches_a_value_that_breaks_its_kind(corpus):
    """A span moved onto plain prose fails the rule of a structured kind."""
    for kind in ("PHONE", "IBAN", "CARD", "NATIONAL_ID", "EMAIL", "IP_ADDRESS"):
        rec = next(r for r in corpus if any(s["kind"] == kind for s in r["spans"]))
        span = next(s for s in rec["spans"] if s["kind"] == kind)
        text = (
            rec["text"][: span["start"]]
            + "x" * (span["end"] - span["start"])
            + rec["text"][span["end"] :]
        )
        assert checks.problems({**rec, "text": text}), kind


def test_every_scored_kind_and_language_is_present(corpus):
    spans = {s["kind"] for r in corpus for s in r["spans"]}
    assert spans == SCORED
    assert {r["lang"] for r in corpus} == LANGS
    assert sum(len(r["lookalikes"]) for r in corpus) > sum(1 for r in corpus)
    assert any(
        not r["spans"] and r["lookalikes"] for r in corpus
    )  # messages with nothing to redact


def test_same_seed_same_bytes_whatever_the_hash_seed(tmp_path):
    outs = []
    for hash_seed in ("0", "4242"):
        out = tmp_path / f"h{hash_seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        cmd = [
            sys.executable,
            str(ROOT / "benchmarks/pii_holdout5/make.py"),
            "--out",
            str(out),
            "--n",
            "60",
            "--seed",
            "5",
        ]
        subprocess.run(cmd, check=True, env=env, cwd=tmp_path)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert len(outs[0].splitlines()) == 60
    assert [json.loads(x) for x in outs[0].splitlines()] == make.build(60, 5)
    assert make.build(60, 6) != make.build(60, 5)


def test_bad_arguments_and_files_exit_non_zero_with_one_line(tmp_path):
    bad_n = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks/pii_holdout5/make.py"),
            "--out",
            str(tmp_path / "x"),
            "--n",
            "0",
        ],
        capture_output=True,
        text=True,
    )
    assert bad_n.returncode != 0 and "--n" in bad_n.stderr
    missing = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks/pii_holdout5/checks.py"),
            str(tmp_path / "absent.jsonl"),
        ],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
