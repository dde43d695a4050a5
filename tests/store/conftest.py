"""Fixtures for store tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from consentry.contract import ACCOUNTS, CONSENT_EVENTS, EXCHANGES

from .tables import account_rows, consent_rows, exchange_rows, write_jsonl, write_parquet


@pytest.fixture
def tables(tmp_path: Path) -> dict[str, Path]:
    """accounts / consents / exchanges as Parquet, and exchanges also as JSON Lines."""
    return {
        "accounts": write_parquet(tmp_path / "accounts.parquet", account_rows(), ACCOUNTS.schema),
        "consents": write_parquet(
            tmp_path / "consent_events.parquet", consent_rows(), CONSENT_EVENTS.schema
        ),
        "exchanges": write_parquet(
            tmp_path / "exchanges.parquet", exchange_rows(), EXCHANGES.full_schema
        ),
        "exchanges_jsonl": write_jsonl(tmp_path / "exchanges.jsonl", exchange_rows()),
    }
