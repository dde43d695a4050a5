"""Small contract tables for store tests, written as Parquet and JSON Lines."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

T0 = datetime(2025, 10, 1, tzinfo=timezone.utc)


def account_rows() -> list[dict]:
    tiers = ["free", "pro", "max", "team", "api"]
    return [
        {
            "account_id": f"acc-{i}",
            "created_at": T0 - timedelta(days=100),
            "tier": tiers[i % 5],
            "signup_channel": "api_console" if tiers[i % 5] == "api" else "web",
            "payment_fingerprint": f"pf-{i % 3}",
            "email_domain": "example.org",
            "declared_country": "DE",
            "org_id": None,
        }
        for i in range(10)
    ]


def consent_rows() -> list[dict]:
    return [
        {
            "account_id": "acc-0",
            "ts": T0 - timedelta(days=30),
            "choice": "allow",
            "basis": "explicit",
            "source": "prompt",
        },
        {
            "account_id": "acc-1",
            "ts": T0 - timedelta(days=30),
            "choice": "allow",
            "basis": "preset_accepted",
            "source": "prompt",
        },
        {
            "account_id": "acc-2",
            "ts": T0 - timedelta(days=30),
            "choice": "deny",
            "basis": "explicit",
            "source": "prompt",
        },
        {
            "account_id": "acc-5",
            "ts": T0 - timedelta(days=30),
            "choice": "allow",
            "basis": "explicit",
            "source": "settings",
        },
        {
            "account_id": "acc-5",
            "ts": T0 + timedelta(days=1),
            "choice": "deny",
            "basis": "explicit",
            "source": "settings",
        },
    ]


def exchange_rows(n: int = 60) -> list[dict]:
    rows = []
    for i in range(n):
        acc = f"acc-{i % 10}"
        rows.append(
            {
                "exchange_id": f"ex-{i:04d}",
                "ts": T0 + timedelta(hours=i),
                "account_id": acc,
                "api_key_id": "key-1" if acc == "acc-4" else None,
                "conversation_id": f"conv-{i % 10}-{i // 30}",
                "surface": "api" if acc == "acc-4" else "web",
                "model": "model-a",
                "ip": f"198.51.100.{i % 10}",
                "country": "DE",
                "user_agent": "Mozilla/5.0",
                "prompt": f"question number {i}",
                "system_prompt": None,
                "response": f"answer number {i}",
                "input_tokens": 10,
                "output_tokens": 20,
                "tool_count": 0,
                "has_image": False,
                "status": 200,
                "incognito": i % 17 == 0,
                "safety_flagged": i % 23 == 0,
                "feedback": i % 19 == 0,
            }
        )
    return rows


def write_parquet(path: Path, rows: list[dict], schema: pa.Schema) -> Path:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return path


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    with path.open("w") as f:
        for r in rows:
            f.write(
                json.dumps(
                    {k: v.isoformat() if isinstance(v, datetime) else v for k, v in r.items()}
                )
                + "\n"
            )
    return path
