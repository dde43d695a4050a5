"""Prompt text from the public corpora in /work/shared/corpora (licences next to each file),
read once. Missing corpora are not fatal: the generators then use their own text only."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(os.environ.get("HOLDOUT3_CORPORA", "/work/shared/corpora"))


def _lines(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    # Split on '\n' only: some Arena-Hard prompts hold U+2028.
    return [json.loads(x) for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]


@dataclass
class Corpora:
    arena: list[str] = field(default_factory=list)
    instruct: list[str] = field(default_factory=list)
    mtbench: list[list[str]] = field(default_factory=list)
    gsm: list[str] = field(default_factory=list)
    tools: list[tuple[str, int]] = field(default_factory=list)  # (user request, tool count)
    tool_chats: list[list[str]] = field(default_factory=list)


def load() -> Corpora:
    c = Corpora()
    for sub in ("arena-hard-v0.1", "arena-hard-v2.0"):
        c.arena += [str(r["prompt"]) for r in _lines(ROOT / sub / "question.jsonl")]
    for r in _lines(ROOT / "self-instruct-seed" / "seed_tasks.jsonl"):
        inst = str(r["instruction"])
        inputs = [str(i.get("input", "")) for i in r.get("instances", [])]  # type: ignore[union-attr]
        inp = next((i for i in inputs if i), "")
        c.instruct.append(f"{inst}\n{inp}".strip())
    c.mtbench = [list(r["turns"]) for r in _lines(ROOT / "mt-bench" / "question.jsonl")]  # type: ignore[arg-type]
    for name in ("train.jsonl", "test.jsonl"):
        c.gsm += [str(r["question"]) for r in _lines(ROOT / "gsm8k" / name)]
    for r in _lines(ROOT / "bfcl-v4" / "BFCL_v4_live_multiple.json"):
        turns = r["question"]
        first = turns[0] if turns else []  # type: ignore[index]
        text = " ".join(str(m["content"]) for m in first if m.get("role") == "user")
        if text:
            c.tools.append((text, len(r.get("function", [])) or 1))  # type: ignore[arg-type]
    for r in _lines(ROOT / "bfcl-v4" / "BFCL_v4_multi_turn_base.json"):
        turns = [
            " ".join(str(m["content"]) for m in t if m.get("role") == "user")
            for t in r["question"]  # type: ignore[union-attr]
        ]
        c.tool_chats.append([t for t in turns if t])
    return c
