"""Precision and recall of redaction per kind on a Faker-generated labelled corpus.

    python benchmarks/bench_redaction.py [--n 6000] [--ner-n 600] [--seed 7]

A gold span counts as found when a finding of the same kind covers at least 90% of it; a
finding counts as correct when it overlaps a gold span of its kind. `any-kind recall` also
counts a span redacted under another kind (the text is gone either way). Prints a Markdown
table (for docs/redaction.md) and one line per figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction_corpus import make  # noqa: E402

from consentry.redact import Kind, Redactor, default_redactor  # noqa: E402

TARGETS = {"EMAIL", "PHONE", "CARD", "IBAN", "IP_ADDRESS", "SECRET"}


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {mem:.0f} GiB"


def score(samples, redactor: Redactor, kinds) -> dict[str, dict[str, float]]:
    tp, fn, fp, found_any = Counter(), Counter(), Counter(), Counter()
    gold_n = Counter()
    for s in samples:
        findings = redactor.find(s.text)
        for gs, ge, kind in s.spans:
            gold_n[kind] += 1
            same = any(f.kind == kind and _cover(f, gs, ge) >= 0.9 for f in findings)
            anyk = any(_cover(f, gs, ge) >= 0.9 for f in findings)
            tp[kind] += same
            fn[kind] += not same
            found_any[kind] += anyk
        for f in findings:
            if not any(k == f.kind and f.start < ge and gs < f.end for gs, ge, k in s.spans):
                fp[f.kind] += 1
    out = {}
    for k in kinds:
        predicted = tp[k] + fp[k]
        out[k] = {
            "n": gold_n[k],
            "precision": tp[k] / predicted if predicted else 1.0,
            "recall": tp[k] / gold_n[k] if gold_n[k] else 1.0,
            "any_recall": found_any[k] / gold_n[k] if gold_n[k] else 1.0,
            "fp": fp[k],
        }
    return out


def _cover(f, gs: int, ge: int) -> float:
    return max(0, min(f.end, ge) - max(f.start, gs)) / (ge - gs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=6000)
    ap.add_argument(
        "--ner-n", type=int, default=600, help="samples for names/places with spaCy (0: skip)"
    )
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    structured = [k for k in Kind.STRUCTURED]
    samples = make(args.n, args.seed, kinds=(*structured,))
    red = Redactor()
    res = score(samples, red, structured)
    texts = [s.text for s in samples]
    chars = sum(map(len, texts))
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        for i in range(0, len(texts), 2000):
            red.redact_many(texts[i : i + 2000])
        runs.append(time.perf_counter() - t0)
    dt = sorted(runs)[1]
    rows = [(k, res[k]) for k in structured]
    if args.ner_n:
        ner_samples = make(
            args.ner_n, args.seed + 1, kinds=("PERSON", "LOCATION", "ADDRESS", "EMAIL")
        )
        ner_res = score(ner_samples, default_redactor(ner=True), ["PERSON", "LOCATION"])
        rows += [(k + " (spaCy)", ner_res[k]) for k in ("PERSON", "LOCATION")]
    print("| kind | gold spans | precision | recall | recall (any kind) | target |")
    print("|---|---|---|---|---|---|")
    for k, r in rows:
        target = "P >= 0.95, R >= 0.98" if k in TARGETS else "reported"
        print(
            f"| {k} | {r['n']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['any_recall']:.3f} | {target} |"
        )
    m = machine()
    for k, r in rows:
        print(f"redaction_precision[{k}] {r['precision']:.4f} ratio ({m})")
        print(f"redaction_recall[{k}] {r['recall']:.4f} ratio ({m})")
    print(
        f"redaction_throughput_labelled_corpus {chars / dt / 1e6:.2f} MB/s single process, median of 3, "
        f"every text holds personal data ({m})"
    )


if __name__ == "__main__":
    main()
