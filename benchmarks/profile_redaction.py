"""Where the redactor's CPU time goes, per message and by stage, beside Presidio's pattern
recognisers on the same messages (CPU seconds of this process, so the ratio holds on a loaded
machine better than wall time does).

    python benchmarks/profile_redaction.py --corpus FILE.jsonl [--n 300] [--rounds 7] [--ner]

The corpus is bench_redaction.py's JSONL format; the first --n messages are redacted as one
batch, --rounds times, and the fastest round is kept. The stages are measured by wrapping the
engine's own functions, so the breakdown follows the engine's structure: the pre-checks, the
anchor scans that place the windows, the recognisers' regular expressions in those windows
(timed by a second pass of each), the validation each recogniser runs on its matches, and
overlap resolution.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_redaction import load, presidio_patterns  # noqa: E402

import consentry.redact.engine as engine  # noqa: E402
from consentry.redact import default_redactor  # noqa: E402

clock = time.process_time
VALIDATION = {
    "phone": "validation: phones",
    "national_id": "validation: national ids",
    "document_number": "validation: national ids",
    "field_value": "validation: field names",
    "sql_columns": "validation: field names",
    "table_columns": "validation: field names",
}


def instrument(acc: dict[str, float]) -> None:
    depth = [0]

    def wrap(obj: Any, attr: str, stage: str) -> None:
        fn: Callable[..., Any] = getattr(obj, attr)

        def timed(*a: Any) -> Any:
            depth[0] += 1
            t = clock()
            try:
                return fn(*a)
            finally:
                depth[0] -= 1
                if depth[0] == 0:  # a stage called inside another counts once
                    acc[stage] += clock() - t

        setattr(obj, attr, timed)

    if hasattr(engine, "_prefiltered"):  # one RE2 set pass per text (since the prefilter work)
        wrap(engine, "_prefiltered", "pre-checks (RE2 set)")
    if hasattr(engine, "_matching"):  # one RE2 pass through pyarrow per scope (before it)
        wrap(engine, "_matching", "pre-checks (RE2 through pyarrow)")
    if hasattr(engine, "_per_text"):
        wrap(engine, "_per_text", "anchor scans and windows")
    wrap(engine, "_resolve", "overlap resolution")
    wrap(engine, "_regions", "anchor scans and windows")
    wrap(engine, "_merged_windows", "anchor scans and windows")
    if hasattr(engine, "AnchorScan"):  # one pass over every anchor (since issue 11's speed work)
        wrap(engine.AnchorScan, "positions", "anchor scans and windows")
    if hasattr(engine, "_anchored"):  # one substring search per anchor (before it)
        wrap(engine, "_anchored", "anchor scans and windows")
    scan = engine._scan

    def timed_scan(r, text, lo, hi, found):  # type: ignore[no-untyped-def]
        t = clock()
        for _ in r.pattern.finditer(text, lo, hi):
            pass
        t1 = clock()
        scan(r, text, lo, hi, found)
        t2 = clock()
        acc["regular expressions in windows"] += t1 - t
        acc[VALIDATION.get(r.name, "validation: other recognisers")] += max(
            0.0, (t2 - t1) - (t1 - t)
        )
        acc["~second pass"] += t1 - t

    engine._scan = timed_scan


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True, help="JSONL corpus (bench_redaction.py's format)")
    ap.add_argument("--n", type=int, default=300, help="messages in the batch")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--ner", action="store_true", help="also time consentry with the pii extra")
    args = ap.parse_args()
    texts = [r["text"] for r in load(args.corpus)][: args.n]
    if not texts:
        raise SystemExit(f"{args.corpus}: no messages; pass a corpus with at least one line.")
    n = len(texts)
    red = default_redactor()
    red.find_batch(texts)  # caches (phone metadata, compiled patterns)
    plain = min(_cpu(lambda: red.find_batch(texts)) for _ in range(args.rounds))
    print(f"consentry: {plain / n * 1e6:.0f} us CPU per message ({n / plain:,.0f} messages/s CPU)")
    if args.ner:
        with_ner = default_redactor(ner=True)
        with_ner.find_batch(texts)
        ner = min(_cpu(lambda: with_ner.find_batch(texts)) for _ in range(3))
        print(f"consentry + pii: {ner / n * 1e6:.0f} us CPU per message")
    if not args.no_presidio:
        presidio = presidio_patterns()
        presidio(texts[:10])
        theirs = min(_cpu(lambda: presidio(texts)) for _ in range(max(1, args.rounds // 3)))
        print(
            f"Presidio patterns: {theirs / n * 1e6:.0f} us CPU per message; "
            f"ratio {theirs / plain:.1f}x (target 50x: {theirs / 50 / n * 1e6:.0f} us per message)"
        )
    acc: dict[str, float] = defaultdict(float)
    instrument(acc)
    best: tuple[float, dict[str, float]] | None = None
    for _ in range(args.rounds):
        acc.clear()
        total = _cpu(lambda: red.find_batch(texts))
        if best is None or total < best[0]:
            best = (total, dict(acc))
    assert best is not None
    total, parts = best
    total -= parts.pop("~second pass")  # the instrument's own second pass of each pattern
    print(f"\nby stage (instrumented run, {total / n * 1e6:.0f} us per message):")
    for stage, sec in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:38s} {sec / n * 1e6:5.0f} us  {100 * sec / total:4.1f}%")
    rest = total - sum(parts.values())
    print(
        f"  {'the rest (joins, offsets, findings)':38s} {rest / n * 1e6:5.0f} us  {100 * rest / total:4.1f}%"
    )


def _cpu(fn: Callable[[], object]) -> float:
    t = clock()
    fn()
    return clock() - t


if __name__ == "__main__":
    main()
