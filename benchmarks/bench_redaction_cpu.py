"""CPU seconds of redaction for two source trees, alternating, and their ratio.

    python benchmarks/bench_redaction_cpu.py --before DIR --after DIR [--hard 800] [--corpus F.jsonl]

Each tree is a `src` folder holding `consentry` (e.g. `git archive REV src | tar -x -C DIR`).
Every round runs one child process per tree, in turn, on the same messages; a child redacts
them all as one batch (default engine, or `--ner`) and reports its best CPU time of `--repeat`
passes. CPU time, not wall time: these machines are shared, and CPU seconds travel better.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = """
import json, sys, time
sys.path.insert(0, {bench!r})
from consentry.redact import default_redactor
texts = json.load(open({texts!r}))
red = default_redactor(ner={ner})
red.find_batch(texts[:50])
best = None
for _ in range({repeat}):
    t0 = time.process_time()
    red.find_batch(texts)
    dt = time.process_time() - t0
    best = dt if best is None else min(best, dt)
print(best)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="src folder of the baseline")
    ap.add_argument("--after", required=True, help="src folder of the change")
    ap.add_argument("--hard", type=int, default=0, help="N messages of our own corpus")
    ap.add_argument("--corpus", action="append", default=[], help="JSONL corpus (repeatable)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ner", action="store_true", help="with the pii extra's models")
    args = ap.parse_args()
    for d in (args.before, args.after):
        if not (Path(d) / "consentry").is_dir():
            raise SystemExit(f"{d}: no consentry package there; pass a src folder.")
    bench = str(Path(__file__).parent)
    texts: list[str] = []
    if args.hard:
        sys.path.insert(0, bench)
        from redaction_corpus_hard import make

        texts += [r["text"] for r in make(args.hard, 11)]
    for path in args.corpus:
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    if not texts:
        raise SystemExit("no messages: pass --hard N or --corpus FILE.jsonl.")
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench_redaction_cpu_{os.getpid()}.json"
    tmp.write_text(json.dumps(texts), encoding="utf-8")
    code = _CHILD.format(bench=bench, texts=str(tmp), ner=args.ner, repeat=args.repeat)
    cpu: dict[str, list[float]] = {"before": [], "after": []}
    try:
        for _ in range(args.rounds):
            for name, src in (("before", args.before), ("after", args.after)):
                env = {**os.environ, "PYTHONPATH": src}
                out = subprocess.run(
                    [sys.executable, "-c", code],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                cpu[name].append(float(out.stdout.strip().splitlines()[-1]))
    finally:
        tmp.unlink(missing_ok=True)
    mach = f"{os.cpu_count()} cores, shared with other jobs"
    for name, values in cpu.items():
        print(
            f"redaction_cpu[{name}] {statistics.median(values):.3f} s median of {args.rounds} ({len(texts)} messages, {mach})"
        )
    ratios = [a / b for a, b in zip(cpu["after"], cpu["before"], strict=True)]
    print(
        f"redaction_cpu_ratio[after/before] {statistics.median(ratios):.3f} median of paired rounds ({mach})"
    )


if __name__ == "__main__":
    main()
