"""--apply: flagged accounts become detector blocks, each with its audit entry, on SQLite and
PostgreSQL; the blocks are what the gateway and the dataset builder read."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import select

from consentry.detect.enforce import apply
from consentry.store import blocks, open_store, unit_of_work
from consentry.store.schema import audit_log
from tests.detect.conftest import Run


def test_apply_blocks_flagged_accounts_once(db_url: str, duckdb_run: Run) -> None:
    engine = open_store(db_url)
    v = duckdb_run.accounts
    flagged = set(v.account_id[v.flagged])
    with unit_of_work(engine) as conn:
        assert apply(conn, v) == len(flagged)
    with unit_of_work(engine) as conn:
        assert apply(conn, v) == 0  # already blocked: nothing new, no new audit entries
        assert blocks.blocked_ids(conn) == flagged
        rows = blocks.list_blocks(conn)
        assert {r["source"] for r in rows} == {"detector"}
        assert all(r["reason"].startswith("distillation") for r in rows)
        # a block carries the account's campaign; an account flagged alone (its score passed
        # the stricter lone-account threshold) has none
        campaign = v.set_index("account_id").campaign_id
        assert all(r["campaign_id"] == campaign[r["account_id"]] for r in rows if r["campaign_id"])
        assert all(pd.isna(campaign[r["account_id"]]) for r in rows if not r["campaign_id"])
        assert sum(bool(r["campaign_id"]) for r in rows) >= len(rows) / 2
        events = (
            conn.execute(select(audit_log.c.subject).where(audit_log.c.action == "account.blocked"))
            .scalars()
            .all()
        )
    assert sorted(events) == sorted(flagged)


def test_apply_access_blocks_under_its_own_reason(db_url: str, duckdb_run: Run) -> None:
    from consentry.detect.enforce import apply_access

    rows = pd.read_parquet(duckdb_run.out / "access.parquet")
    assert len(rows)
    engine = open_store(db_url)
    with unit_of_work(engine) as conn:
        assert apply_access(conn, rows) == len(rows)
        listed = blocks.list_blocks(conn)
    assert {r["account_id"] for r in listed} == set(rows.account_id)
    assert all(r["reason"].startswith("restricted-region access") for r in listed)
    assert all(r["campaign_id"] is None for r in listed)
