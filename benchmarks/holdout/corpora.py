"""Loads the public prompt corpora in /work/shared/corpora as plain lists of prompt text.

They are one source of topics among others; the generator's own templates supply the rest.
Every loader tolerates a missing file (returns an empty list) so the generator still runs.
"""

from __future__ import annotations

import json
from pathlib import Path

DEFAULT_ROOT = Path("/work/shared/corpora")


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    # Split on '\n' only: some Arena-Hard prompts contain U+2028.
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def load(root: Path = DEFAULT_ROOT) -> dict[str, list[str]]:
    """Return prompt lists by source: arena, mtbench, mtbench_followup, selfinstruct, gsm8k, bfcl."""
    arena = [r["prompt"] for r in _jsonl(root / "arena-hard-v0.1" / "question.jsonl")]
    arena += [r["prompt"] for r in _jsonl(root / "arena-hard-v2.0" / "question.jsonl")]
    mt = _jsonl(root / "mt-bench" / "question.jsonl")
    selfi = []
    for r in _jsonl(root / "self-instruct-seed" / "seed_tasks.jsonl"):
        for inst in r.get("instances", [])[:1]:
            inp = inst.get("input", "")
            selfi.append(r["instruction"] + ("\n\n" + inp if inp else ""))
    gsm = [r["question"] for r in _jsonl(root / "gsm8k" / "train.jsonl")]
    gsm += [r["question"] for r in _jsonl(root / "gsm8k" / "test.jsonl")]
    bfcl = []
    for name in ("BFCL_v4_live_multiple.json", "BFCL_v4_multi_turn_base.json"):
        for r in _jsonl(root / "bfcl-v4" / name):
            for turn in r.get("question", []):
                for msg in turn:
                    if msg.get("role") == "user" and msg.get("content"):
                        bfcl.append(msg["content"])
    return {
        "arena": [a for a in arena if 10 < len(a) < 6000],
        "mtbench": [r["turns"][0] for r in mt],
        "mtbench_followup": [r["turns"][1] for r in mt if len(r["turns"]) > 1],
        "selfinstruct": selfi,
        "gsm8k": gsm,
        "bfcl": bfcl,
    }
