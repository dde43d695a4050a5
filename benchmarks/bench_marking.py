"""How long marking takes per answer (the gateway's cost for accounts on the `mark` rung).

    python benchmarks/bench_marking.py [--answers 1000] [--runs 3] [--join 1]
        [--write-texts FILE | --texts FILE] [--against SRC [--reps 9]]

Marks generated chat answers (benchmarks/answers.py) with one key and prints the median and
90th percentile per answer, as wall time and as this thread's CPU time (which other processes
on a shared machine do not inflate), medians over runs. The generated answers depend on the
marking code (writers' habits are applied through its choice points), so to compare two
versions on the same answers, write them once with `--write-texts` and mark them with each
version by `--texts`. `--against SRC` (another version's `src`, e.g. from `git archive`) marks
every text with both versions in this process, alternately, `--reps` times each, and prints the
median over texts of each version's least CPU time (a shared machine's noise only ever adds
time), the median per-text ratio, and how many marked texts differ between the two.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import answers

from consentry.mark import mark

MarkFn = Callable[[str, bytes], str]


def other_version(src: str) -> MarkFn:
    """`mark` of the consentry under `src`, loaded beside this one (its modules keep their own
    globals, so the two versions coexist)."""
    mine = {name: m for name, m in sys.modules.items() if name.split(".")[0] == "consentry"}
    for name in mine:
        del sys.modules[name]
    sys.path.insert(0, src)
    try:
        theirs: MarkFn = importlib.import_module("consentry.mark.watermark").mark
    finally:
        sys.path.remove(src)
        for name in [n for n in sys.modules if n.split(".")[0] == "consentry"]:
            del sys.modules[name]
        sys.modules.update(mine)
    return theirs


def against(docs: list[str], theirs: MarkFn, reps: int) -> None:
    key = os.urandom(32)
    differ = sum(mark(d, key) != theirs(d, key) for d in docs)
    least: dict[str, list[float]] = {"this": [], "other": []}
    for d in docs:
        times: dict[str, list[float]] = {"this": [], "other": []}
        for r in range(reps):
            order = (("this", mark), ("other", theirs))
            for name, fn in order if r % 2 else order[::-1]:
                c0 = time.thread_time()
                fn(d, key)
                times[name].append(time.thread_time() - c0)
        for name, ts in times.items():
            least[name].append(min(ts) * 1e3)
    ratio = statistics.median(a / b for a, b in zip(least["this"], least["other"], strict=True))
    print(
        f"least CPU time of {reps}, p50 over texts: this {statistics.median(least['this']):.3f} ms,"
        f" other {statistics.median(least['other']):.3f} ms; median ratio {ratio:.3f};"
        f" marked texts that differ: {differ} of {len(docs)}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--answers", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--join", type=int, default=1, help="answers joined into one (longer ones)")
    ap.add_argument("--write-texts", type=Path, help="write the answers (JSON) and stop")
    ap.add_argument("--texts", type=Path, help="mark these answers (JSON list) instead")
    ap.add_argument("--against", help="another version's src directory, compared in process")
    ap.add_argument("--reps", type=int, default=9, help="runs per text and version (--against)")
    args = ap.parse_args()
    if args.texts:
        docs = json.loads(args.texts.read_text())
        if not isinstance(docs, list) or not all(isinstance(d, str) for d in docs):
            raise SystemExit(
                f"{args.texts} is not a JSON list of texts; write one with --write-texts."
            )
    else:
        parts = answers.answers(args.answers * args.join, seed=42)
        docs = ["\n\n".join(parts[i : i + args.join]) for i in range(0, len(parts), args.join)]
    if args.write_texts:
        args.write_texts.write_text(json.dumps(docs))
        return
    words = statistics.median(len(d.split()) for d in docs)
    if args.against:
        theirs = other_version(args.against)
        print(f"{len(docs)} answers, median {words:.0f} words")
        against(docs, theirs, args.reps)
        print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        return
    key = os.urandom(32)
    figures: dict[str, list[float]] = {"wall p50": [], "wall p90": [], "cpu p50": [], "cpu p90": []}
    for _ in range(args.runs):
        wall, cpu = [], []
        for d in docs:
            w0, c0 = time.perf_counter(), time.thread_time()
            mark(d, key)
            cpu.append((time.thread_time() - c0) * 1e3)
            wall.append((time.perf_counter() - w0) * 1e3)
        for name, xs in (("wall", wall), ("cpu", cpu)):
            figures[f"{name} p50"].append(statistics.median(xs))
            figures[f"{name} p90"].append(statistics.quantiles(xs, n=10)[-1])
    print(f"{len(docs)} answers, median {words:.0f} words, {args.runs} runs")
    print(", ".join(f"{k} {statistics.median(v):.3f} ms" for k, v in figures.items()))
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
