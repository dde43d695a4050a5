"""Synthetic contract tables the store benchmarks load: accounts with a tier mix, a share of
them with a consent event, and exchanges spread over those accounts. Each script passes what
differs (consent times and odds, the model and text columns) as callables, so the random
stream is drawn in one fixed order and a seed always gives the same tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from consentry.contract import ACCOUNTS, CONSENT_EVENTS, EXCHANGES, TIERS

UTC_US = pa.timestamp("us", tz="UTC")
TIER_MIX = [0.45, 0.2, 0.05, 0.1, 0.05, 0.1, 0.03, 0.02]


def accounts_and_consents(
    rng: np.random.Generator,
    rows: int,
    created: np.datetime64,
    *,
    consent_share: float,
    consent_ts: Callable[[int], np.ndarray],
    allow_p: tuple[float, float],
    source: str,
) -> tuple[np.ndarray, np.ndarray, pa.Table, pa.Table]:
    """(account ids, tiers, accounts table, consent_events table): one account per 50 rows."""
    n_acc = max(100, rows // 50)
    acc_ids = np.array([f"acct-{i:07d}" for i in range(n_acc)])
    tiers = rng.choice(np.array(TIERS), size=n_acc, p=TIER_MIX)
    accounts = pa.table(
        {
            "account_id": acc_ids,
            "created_at": pa.array(np.full(n_acc, created), UTC_US),
            "tier": tiers,
            "signup_channel": np.where(tiers == "api", "api_console", "web"),
            "payment_fingerprint": pa.nulls(n_acc, pa.string()),
            "email_domain": np.full(n_acc, "example.org"),
            "declared_country": np.full(n_acc, "US"),
            "org_id": pa.nulls(n_acc, pa.string()),
        }
    ).cast(ACCOUNTS.schema)
    chooser = rng.random(n_acc) < consent_share
    k = int(chooser.sum())
    consents = pa.table(
        {
            "account_id": acc_ids[chooser],
            "ts": pa.array(consent_ts(k), UTC_US),
            "choice": rng.choice(np.array(["allow", "deny"]), size=k, p=list(allow_p)),
            "basis": rng.choice(np.array(["explicit", "preset_accepted"]), size=k),
            "source": np.full(k, source),
        }
    ).cast(CONSENT_EVENTS.schema)
    return acc_ids, tiers, accounts, consents


def exchanges(
    rng: np.random.Generator,
    acc_ids: np.ndarray,
    tiers: np.ndarray,
    acc_idx: np.ndarray,
    ts: np.ndarray,
    *,
    model: Callable[[], Any],
    prompt: Callable[[], Any],
    response: Callable[[], Any],
) -> pa.Table:
    """One exchange per entry of `acc_idx` (index into the accounts) at times `ts`."""
    rows = len(acc_idx)
    return pa.table(
        {
            "exchange_id": pa.array([f"ex-{i:09d}" for i in range(rows)]),
            "ts": pa.array(ts, UTC_US),
            "account_id": acc_ids[acc_idx],
            "api_key_id": pa.nulls(rows, pa.string()),
            "conversation_id": pa.array(
                np.char.add("conv-", (acc_idx * 8 + rng.integers(0, 8, rows)).astype(str))
            ),
            "surface": np.where(tiers[acc_idx] == "api", "api", "web"),
            "model": model(),
            "ip": np.full(rows, "203.0.113.7"),
            "country": np.full(rows, "US"),
            "user_agent": np.full(rows, "Mozilla/5.0 (X11; Linux x86_64)"),
            "prompt": prompt(),
            "system_prompt": pa.nulls(rows, pa.string()),
            "response": response(),
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


def write(
    out: Path, accounts: pa.Table, consents: pa.Table, exchanges_: pa.Table
) -> dict[str, str]:
    paths = {
        "accounts": out / "accounts.parquet",
        "consents": out / "consent_events.parquet",
        "exchanges": out / "exchanges.parquet",
    }
    pq.write_table(accounts, paths["accounts"])
    pq.write_table(consents, paths["consents"])
    pq.write_table(exchanges_, paths["exchanges"], row_group_size=100_000)
    return {k: str(v) for k, v in paths.items()}
