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
import pyarrow.parquet as pq
from common import LAST_CPU, consentry, report, run_measured, workdir

from consentry.contract import ACCOUNTS, CONSENT_EVENTS, EXCHANGES, TIERS

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


def build(out, rows: int, seed: int = 7) -> dict[str, str]:  # noqa: ANN001
    rng = np.random.default_rng(seed)
    n_acc = max(100, rows // 50)
    acc_ids = np.array([f"acct-{i:07d}" for i in range(n_acc)])
    tiers = rng.choice(np.array(TIERS), size=n_acc, p=[0.45, 0.2, 0.05, 0.1, 0.05, 0.1, 0.03, 0.02])
    accounts = pa.table(
        {
            "account_id": acc_ids,
            "created_at": pa.array(
                np.full(n_acc, T0 - np.timedelta64(200, "D")), pa.timestamp("us", tz="UTC")
            ),
            "tier": tiers,
            "signup_channel": np.where(tiers == "api", "api_console", "web"),
            "payment_fingerprint": pa.nulls(n_acc, pa.string()),
            "email_domain": np.full(n_acc, "example.org"),
            "declared_country": np.full(n_acc, "US"),
            "org_id": pa.nulls(n_acc, pa.string()),
        }
    ).cast(ACCOUNTS.schema)
    chooser = rng.random(n_acc) < 0.7
    consents = pa.table(
        {
            "account_id": acc_ids[chooser],
            "ts": pa.array(
                T0 - rng.integers(0, 60, chooser.sum()).astype("timedelta64[D]"),
                pa.timestamp("us", tz="UTC"),
            ),
            "choice": rng.choice(np.array(["allow", "deny"]), size=chooser.sum(), p=[0.7, 0.3]),
            "basis": rng.choice(np.array(["explicit", "preset_accepted"]), size=chooser.sum()),
            "source": np.full(chooser.sum(), "prompt"),
        }
    ).cast(CONSENT_EVENTS.schema)
    acc_idx = rng.integers(0, n_acc, rows)
    ts = T0 + np.sort(rng.integers(0, 30 * 86400 * 10**6, rows)).astype("timedelta64[us]")
    exchanges = pa.table(
        {
            "exchange_id": pa.array([f"ex-{i:09d}" for i in range(rows)]),
            "ts": pa.array(ts, pa.timestamp("us", tz="UTC")),
            "account_id": acc_ids[acc_idx],
            "api_key_id": pa.nulls(rows, pa.string()),
            "conversation_id": pa.array(
                np.char.add("conv-", (acc_idx * 8 + rng.integers(0, 8, rows)).astype(str))
            ),
            "surface": np.where(tiers[acc_idx] == "api", "api", "web"),
            "model": np.full(rows, "model-a"),
            "ip": np.full(rows, "203.0.113.7"),
            "country": np.full(rows, "US"),
            "user_agent": np.full(rows, "Mozilla/5.0 (X11; Linux x86_64)"),
            "prompt": _texts(rng, rows, 20_000, 60),
            "system_prompt": pa.nulls(rows, pa.string()),
            "response": _texts(rng, rows, 20_000, 180),
            "input_tokens": rng.integers(5, 2000, rows).astype(np.int32),
            "output_tokens": rng.integers(5, 4000, rows).astype(np.int32),
            "tool_count": np.zeros(rows, np.int16),
            "has_image": np.zeros(rows, bool),
            "status": np.full(rows, 200, np.int16),
            "incognito": rng.random(rows) < 0.03,
            "safety_flagged": rng.random(rows) < 0.005,
            "feedback": rng.random(rows) < 0.01,
        }
    ).cast(EXCHANGES.full_schema)
    paths = {
        "accounts": out / "accounts.parquet",
        "consents": out / "consent_events.parquet",
        "exchanges": out / "exchanges.parquet",
    }
    pq.write_table(accounts, paths["accounts"])
    pq.write_table(consents, paths["consents"])
    pq.write_table(exchanges, paths["exchanges"], row_group_size=100_000)
    return {k: str(v) for k, v in paths.items()}


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
