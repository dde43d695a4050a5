"""Copy the prompt corpora the simulator uses into the package, as compact gzipped JSON Lines.

Run once by a maintainer (not at simulation time):
    python scripts/pack_sim_corpora.py /work/shared/corpora packages/consentry-sim/src/consentry_sim/data
Every record becomes {"cat", "turns", "answer", "n_tools", "bench"} so the simulator reads one
shape; texts are copied unchanged. The glasswally file is not prompt text and is left out.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import sys
from pathlib import Path

CODE_WORDS = re.compile(
    r"\b(python|java|javascript|typescript|rust|sql|c\+\+|c#|code|function|script|api|regex|"
    r"bash|docker|kubernetes|react|html|css|algorithm|class|compile|golang|excel|vba|matlab|"
    r"pandas|numpy|git|linux|program)\b",
    re.I,
)
MATH_WORDS = re.compile(
    r"\b(prove|probability|equation|integral|matrix|theorem|math|solve)\b", re.I
)
MT_BENCH_CAT = {
    "writing": "writing",
    "roleplay": "writing",
    "humanities": "writing",
    "reasoning": "general",
    "stem": "general",
    "math": "math",
    "coding": "coding",
    "extraction": "analysis",
}


def _lines(path: Path) -> list[dict]:
    # Arena-Hard prompts contain U+2028; split records on '\n' only (see corpora/SOURCES.md).
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def _rec(
    cat: str,
    turns: list[str],
    answer: str | None = None,
    n_tools: int = 0,
    bench: str | None = None,
) -> dict:
    return {"cat": cat, "turns": turns, "answer": answer, "n_tools": n_tools, "bench": bench}


def arena(src: Path) -> list[dict]:
    out = []
    for r in _lines(src / "arena-hard-v2.0" / "question.jsonl"):
        cat = {"coding": "coding", "math": "math"}.get(r["subcategory"], "writing")
        out.append(_rec(cat, [r["prompt"]], bench="arena-hard-v2.0"))
    for r in _lines(src / "arena-hard-v0.1" / "question.jsonl"):
        p = r["prompt"]
        cat = "coding" if CODE_WORDS.search(p) else "math" if MATH_WORDS.search(p) else "general"
        out.append(_rec(cat, [p], bench="arena-hard-v0.1"))
    return out


def gsm8k(src: Path) -> list[dict]:
    out = []
    for split in ("test", "train"):
        for r in _lines(src / "gsm8k" / f"{split}.jsonl"):
            out.append(_rec("math", [r["question"]], r["answer"], bench=f"gsm8k-{split}"))
    return out


def mt_bench(src: Path) -> list[dict]:
    return [
        _rec(MT_BENCH_CAT[r["category"]], list(r["turns"]), bench="mt-bench")
        for r in _lines(src / "mt-bench" / "question.jsonl")
    ]


def self_instruct(src: Path) -> list[dict]:
    out = []
    for r in _lines(src / "self-instruct-seed" / "seed_tasks.jsonl"):
        inst = r["instances"][0] if r["instances"] else {"input": "", "output": ""}
        text = r["instruction"] + (f"\n\n{inst['input']}" if inst["input"] else "")
        out.append(_rec("general", [text], inst["output"] or None, bench="self-instruct"))
    return out


def bfcl(src: Path) -> list[dict]:
    out = []
    for r in _lines(src / "bfcl-v4" / "BFCL_v4_multi_turn_base.json"):
        turns = [m["content"] for turn in r["question"] for m in turn if m["role"] == "user"]
        if turns:
            out.append(_rec("tool", turns, n_tools=0, bench="bfcl-multi-turn"))
    for r in _lines(src / "bfcl-v4" / "BFCL_v4_live_multiple.json"):
        turns = [m["content"] for turn in r["question"] for m in turn if m["role"] == "user"]
        if turns:
            out.append(_rec("tool", turns[-1:], n_tools=len(r["function"]), bench="bfcl-live"))
    return out


PACKS = {
    "arena_hard": (arena, ["arena-hard-v2.0"]),
    "gsm8k": (gsm8k, ["gsm8k"]),
    "mt_bench": (mt_bench, ["mt-bench"]),
    "self_instruct": (self_instruct, ["self-instruct-seed"]),
    "bfcl": (bfcl, ["bfcl-v4"]),
}
LICENSE_NAMES = {
    "arena-hard-v2.0": "arena-hard-auto.LICENSE",
    "gsm8k": "grade-school-math.LICENSE",
    "mt-bench": "FastChat.LICENSE",
    "self-instruct-seed": "self-instruct.LICENSE",
    "bfcl-v4": "gorilla.LICENSE",
}


def main(src: Path, dst: Path) -> None:
    (dst / "licenses").mkdir(parents=True, exist_ok=True)
    for name, (fn, folders) in PACKS.items():
        recs = fn(src)
        # mtime=0 keeps the gzip bytes identical from one packing to the next.
        with gzip.GzipFile(dst / f"{name}.jsonl.gz", "wb", compresslevel=9, mtime=0) as fh:
            for r in recs:
                fh.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
        for folder in folders:
            shutil.copyfile(src / folder / "LICENSE.txt", dst / "licenses" / LICENSE_NAMES[folder])
        print(f"{name}: {len(recs)} records")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
