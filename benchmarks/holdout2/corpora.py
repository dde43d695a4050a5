"""Public prompt corpora from /work/shared/corpora, loaded once (read-only, no network)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CORPORA = Path(os.environ.get("HOLDOUT2_CORPORA", "/work/shared/corpora"))


def _jsonl(path: Path) -> list[dict]:
    # Split on '\n' only: some Arena-Hard prompts hold U+2028, which splitlines() would cut.
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


@dataclass(frozen=True)
class Corpora:
    arena_coding: tuple[str, ...]
    arena_math: tuple[str, ...]
    arena_creative: tuple[str, ...]
    arena_misc: tuple[str, ...]
    self_instruct: tuple[str, ...]
    mt_bench: tuple[tuple[str, str, str], ...]  # (category, turn 1, turn 2)
    gsm8k_train: tuple[str, ...]
    gsm8k_test: tuple[str, ...]
    bfcl_live: tuple[tuple[str, int, tuple[str, ...]], ...]  # (query, n tools, tool names)
    bfcl_multi: tuple[tuple[str, ...], ...]  # user turns of one task


@cache
def load() -> Corpora:
    """Every corpus as tuples of prompt text; fails with a clear message if a file is missing."""
    if not CORPORA.is_dir():
        raise SystemExit(f"corpora folder {CORPORA} not found: set HOLDOUT2_CORPORA to it")
    v2 = _jsonl(CORPORA / "arena-hard-v2.0/question.jsonl")
    v1 = _jsonl(CORPORA / "arena-hard-v0.1/question.jsonl")
    coding = [r["prompt"] for r in v2 if r.get("subcategory") == "coding"]
    math = [r["prompt"] for r in v2 if r.get("subcategory") == "math"]
    creative = [r["prompt"] for r in v2 if r.get("subcategory") == "creative_writing"]
    misc = [r["prompt"] for r in v1]
    seeds = []
    for r in _jsonl(CORPORA / "self-instruct-seed/seed_tasks.jsonl"):
        inp = (r.get("instances") or [{}])[0].get("input", "")
        seeds.append(r["instruction"] + (("\n" + inp) if inp else ""))
    mt = [
        (r["category"], r["turns"][0], r["turns"][1] if len(r["turns"]) > 1 else "")
        for r in _jsonl(CORPORA / "mt-bench/question.jsonl")
    ]
    g_train = [r["question"] for r in _jsonl(CORPORA / "gsm8k/train.jsonl")]
    g_test = [r["question"] for r in _jsonl(CORPORA / "gsm8k/test.jsonl")]
    live = []
    for r in _jsonl(CORPORA / "bfcl-v4/BFCL_v4_live_multiple.json"):
        turns = [m["content"] for turn in r["question"] for m in turn if m.get("role") == "user"]
        if turns:
            names = tuple(f.get("name", "tool") for f in r.get("function", []))
            live.append((turns[-1], max(1, len(names)), names))
    multi = []
    for r in _jsonl(CORPORA / "bfcl-v4/BFCL_v4_multi_turn_base.json"):
        turns = tuple(
            m["content"] for turn in r["question"] for m in turn if m.get("role") == "user"
        )
        if turns:
            multi.append(turns)
    return Corpora(
        tuple(coding),
        tuple(math),
        tuple(creative),
        tuple(misc),
        tuple(seeds),
        tuple(mt),
        tuple(g_train),
        tuple(g_test),
        tuple(live),
        tuple(multi),
    )
