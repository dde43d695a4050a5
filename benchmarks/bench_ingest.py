"""Ingest rate: N exchanges (default 1,000,000) from Parquet into a fresh SQLite store.

Builds its own input (contract tables with realistic text lengths), runs `consentry ingest`
several times into fresh stores, and prints the median time, the rate and peak memory.
Target (issue 2): 1M exchanges in under two minutes on a 2-core machine.

    python benchmarks/bench_ingest.py [--rows 1000000] [--runs 3]
"""

from __future__ import annotations

import argparse
from datetime import datetime

import numpy as np
import pyarrow as pa
import synthetic
from common import LAST_CPU, consentry, report, run_measured, workdir

T0 = np.datetime64(datetime(2025, 10, 1), "us")
WORDS = [
    "the",
    "model",
    "data",
    "privacy",
    "consent",
    "training",
    "policy",
    "user",
    "chat",
    "answer",
    "question",
    "code",
    "explain",
    "reasoning",
    "function",
    "table",
    "retention",
    "audit",
    "ledger",
    "window",
    "erase",
    "export",
]


def _texts(rng: np.random.Generator, n: int, pool: int, mean_words: int) -> pa.Array:
    """n texts drawn from a pool of `pool` distinct texts of about mean_words words."""
    texts = [
        " ".join(rng.choice(WORDS, size=max(3, int(rng.exponential(mean_words))))) + f" #{i}"
        for i in range(pool)
    ]
    return pa.array(texts).take(pa.array(rng.integers(0, pool, n)))


def build(  # noqa: PLR0913
    out,  # noqa: ANN001
    rows: int,
    seed: int = 7,
    *,
    prompt_words: int = 60,
    response_words: int = 180,
    pool: int = 20_000,
) -> dict[str, str]:
    """Contract tables for `rows` exchanges; texts of about the given mean lengths in words."""
    rng = np.random.default_rng(seed)
    acc_ids, tiers, accounts, consents = synthetic.accounts_and_consents(
        rng,
        rows,
        T0 - np.timedelta64(200, "D"),
        consent_share=0.7,
        consent_ts=lambda k: T0 - rng.integers(0, 60, k).astype("timedelta64[D]"),
        allow_p=(0.7, 0.3),
        source="prompt",
    )
    acc_idx = rng.integers(0, len(acc_ids), rows)
    ts = T0 + np.sort(rng.integers(0, 30 * 86400 * 10**6, rows)).astype("timedelta64[us]")
    exchanges = synthetic.exchanges(
        rng,
        acc_ids,
        tiers,
        acc_idx,
        ts,
        model=lambda: np.full(rows, "model-a"),
        prompt=lambda: _texts(rng, rows, pool, prompt_words),
        response=lambda: _texts(rng, rows, pool, response_words),
    )
    return synthetic.write(out, accounts, consents, exchanges)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    out = workdir("ingest")
    paths = build(out, args.rows)
    times, peaks = [], []
    for run in range(args.runs):
        db = out / f"store-{run}.db"
        for suffix in ("", "-wal", "-shm"):
            (out / f"store-{run}.db{suffix}").unlink(missing_ok=True)
        seconds, peak = run_measured(
            [
                *consentry(),
                "ingest",
                "--db",
                f"sqlite:///{db}",
                "--policy",
                "claude-consumer-2025",
                "--accounts",
                paths["accounts"],
                "--consents",
                paths["consents"],
                "--exchanges",
                paths["exchanges"],
            ]
        )
        times.append(seconds)
        peaks.append(peak)
        db.unlink()
    report(f"ingest {args.rows:,} exchanges into SQLite, wall time", times, "s")
    report("ingest rate", [args.rows / t for t in times], "exchanges/s")
    report("ingest CPU time (user+sys)", LAST_CPU, "s")
    report("ingest peak memory", peaks, "MB")


if __name__ == "__main__":
    main()
