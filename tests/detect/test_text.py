"""Phrase detectors on how people actually ask, and template masking, on DuckDB."""

from __future__ import annotations

import ibis
import pytest

from consentry.detect import text

COT = [
    "Solve this and show your work.",
    "Think step by step before answering.",
    "Please walk me through the derivation.",
    "Give the complete reasoning trace, then the answer.",
    "Let's think about it carefully.",
]
GRADING = [
    "Here is the rubric. Grade this answer.",
    "On a scale of 1 to 10, how good is it?",
    "Evaluate the following response for correctness.",
    "Compare with the reference answer and assign a score.",
]
NEITHER = [
    "What's a good name for a cat?",
    "Write a haiku about autumn rain.",
    "Translate 'good morning' into French.",
]


def _flags(prompts: list[str], pattern: str) -> list[bool]:
    t = ibis.memtable({"p": prompts})
    con = ibis.duckdb.connect()
    return con.to_pandas(t.select(f=text.first_phrase(t.p).re_search(pattern))).f.tolist()


@pytest.mark.parametrize(("prompts", "pattern"), [(COT, text.COT), (GRADING, text.GRADING)])
def test_phrases_found(prompts: list[str], pattern: str) -> None:
    assert all(_flags(prompts, pattern))


def test_ordinary_requests_are_not_elicitation() -> None:
    assert not any(_flags(NEITHER, text.COT)) and not any(_flags(NEITHER, text.GRADING))


def test_template_masks_numbers_names_quotes_and_urls() -> None:
    prompts = [
        'Summarise "The Hobbit" for Alice, see https://a.example/x?1 and call get_data() 3 times.',
        'Summarise "War and Peace" for Bob, see https://b.example/y and call load_rows() 12 times.',
    ]
    t = ibis.memtable({"p": prompts})
    con = ibis.duckdb.connect()
    keys = con.to_pandas(t.select(k=text.head_template(t.p), j=text.tail_template(t.p)))
    assert keys.k[0] == keys.k[1] and keys.j[0] == keys.j[1]
    assert "hobbit" not in keys.k[0].lower() and "alice" not in keys.k[0].lower()
