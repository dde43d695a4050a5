"""The transparency report counts what happened in its period, on every backend."""

from __future__ import annotations

import json
from datetime import timedelta

from consentry.policy import load_policy
from consentry.report import transparency_report, write_report
from consentry.rights.erase import erase_account
from consentry.rights.retention import purge
from consentry.store import blocks, open_store, unit_of_work
from consentry.store.accounts import upsert_accounts
from consentry.store.consents import record_consent
from consentry.store.exchanges import capture_exchange
from consentry.store.schema import exchanges

from ..store.tables import T0, account_rows, exchange_rows

POLICY = load_policy("claude-consumer-2025")


def test_report_counts_choices_decisions_erasures_purges_and_blocks(db_url, tmp_path) -> None:  # noqa: ANN001
    engine = open_store(db_url)
    rows = exchange_rows()
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, account_rows())
        record_consent(conn, "acc-0", "allow", "explicit", at=T0 - timedelta(days=1), policy=POLICY)
        record_consent(conn, "acc-1", "deny", "explicit", at=T0 - timedelta(days=1), policy=POLICY)
        record_consent(
            conn, "acc-2", "allow", "preset_accepted", at=T0 - timedelta(days=400), policy=POLICY
        )
        decisions = [capture_exchange(conn, POLICY, r) for r in rows]
        receipt = erase_account(conn, "acc-0", reason="user_request")
        blocks.block(conn, [blocks.Block("acc-3", "campaign", "detector", "C-1")])
        purged = purge(conn, T0 + timedelta(days=3650))
    since, until = T0 - timedelta(days=30), T0 + timedelta(days=30)
    in_period = [d for r, d in zip(rows, decisions, strict=True) if since <= r["ts"] < until]
    with unit_of_work(engine) as conn:
        r = transparency_report(conn, since, until)
    assert r.consent_choices == {
        "allow": {"explicit": 1},
        "deny": {"explicit": 1},
    }  # acc-2's is older
    assert r.exchanges_captured == len(in_period)
    assert r.exchanges_eligible == sum(d.eligible for d in in_period)
    assert sum(r.exchanges_by_reason.values()) == len(in_period) and r.exchanges_eligible < len(
        in_period
    )
    assert r.erasure_requests == 0  # the erasure happened now, after the period
    assert r.accounts_blocked_now == 1 and r.audit_chain_intact
    assert sum(r.accounts_by_tier.values()) == len(account_rows())
    with engine.connect() as conn:  # closed, or its locks would hold up the schema's DROP
        now = transparency_report(conn, since=T0, until=T0 + timedelta(days=36500))
    assert now.erasure_requests == 1 and now.exchanges_erased_on_request == receipt.exchanges > 0
    assert now.exchanges_purged_by_retention == purged.purged
    assert now.accounts_blocked == {"detector": 1}
    files = write_report(now, tmp_path / "report")
    doc = json.loads(files["json"].read_text())
    assert doc["exchanges_erased_on_request"] == receipt.exchanges
    text = files["markdown"].read_text()
    assert "Transparency report" in text and all(row["prompt"] not in text for row in rows)


def test_refused_requests_are_counted_apart_from_captured_exchanges(db_url) -> None:  # noqa: ANN001
    """The gateway stores a refused request without text, reason `refused:<code>`: the report
    counts it under requests_refused, not as a captured exchange or a decision reason."""
    engine = open_store(db_url)
    rows = exchange_rows()
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, account_rows())
        for r in rows:
            capture_exchange(conn, POLICY, r)
        refused = [rows[0]["exchange_id"], rows[1]["exchange_id"]]
        conn.execute(
            exchanges.update()
            .where(exchanges.c.exchange_id.in_(refused))
            .values(reason="refused:rate_limited", eligible=False, status=429, prompt=None)
        )
    since, until = T0 - timedelta(days=3650), T0 + timedelta(days=3650)
    with engine.connect() as conn:
        r = transparency_report(conn, since, until)
    assert r.requests_refused == {"rate_limited": 2}
    assert r.exchanges_captured == len(rows) - 2
    assert not any(k.startswith("refused") for k in r.exchanges_by_reason)
