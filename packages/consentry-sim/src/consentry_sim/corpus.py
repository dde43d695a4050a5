"""The public prompt corpora bundled in `sim/data/` (see data/SOURCES.md), read into one shape."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

FILES = ("arena_hard", "gsm8k", "mt_bench", "self_instruct", "bfcl")
_CALC = re.compile(r"<<[^>]*>>")
_FINAL = re.compile(r"\n?####\s*(.+)\s*$")


@dataclass(frozen=True)
class Record:
    cat: str
    turns: tuple[str, ...]
    answer: str | None
    n_tools: int
    bench: str


def clean_gsm8k_answer(answer: str) -> str:
    """GSM8K answers carry calculator marks and a '#### n' line; a chat reply carries neither."""
    text = _CALC.sub("", answer)
    return _FINAL.sub(lambda m: f"\nThe answer is {m.group(1).strip()}.", text).strip()


@lru_cache(maxsize=1)
def load_corpus() -> tuple[Record, ...]:
    """Every bundled record, in a fixed order (the simulator's pools index into it)."""
    out: list[Record] = []
    base = resources.files("consentry_sim") / "data"
    for name in FILES:
        raw = gzip.decompress((base / f"{name}.jsonl.gz").read_bytes()).decode("utf-8")
        for line in raw.split("\n"):
            if not line:
                continue
            r = json.loads(line)
            answer = r["answer"]
            if answer and r["bench"].startswith("gsm8k"):
                answer = clean_gsm8k_answer(answer)
            out.append(Record(r["cat"], tuple(r["turns"]), answer, int(r["n_tools"]), r["bench"]))
    return tuple(out)
