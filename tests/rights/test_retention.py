"""Retention purge, legal holds and export on every backend."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from consentry.errors import ConsentryError
from consentry.policy import load_policy
from consentry.rights.erase import erase_account
from consentry.rights.export import export_account
from consentry.rights.retention import purge
from consentry.store import audit, holds, open_store, unit_of_work
from consentry.store.accounts import upsert_accounts
from consentry.store.consents import record_consent, record_consents
from consentry.store.conversations import delete_conversation
from consentry.store.exchanges import capture_exchange
from consentry.store.schema import exchanges

from ..store.tables import T0, account_rows, exchange_rows


def _allowed(account: str, basis: str = "explicit") -> list[dict]:
    """One consent event: the account allowed training nine days before T0."""
    return [
        {"account_id": account, "ts": T0 - timedelta(days=9), "choice": "allow", "basis": basis}
    ]


def _store(db_url: str, policy_name: str, consents: list[dict]):  # noqa: ANN202
    engine = open_store(db_url)
    policy = load_policy(policy_name)
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, account_rows())
        record_consents(conn, consents)
        for row in exchange_rows(20):
            capture_exchange(
                conn, policy, row | {"incognito": False, "safety_flagged": False, "feedback": False}
            )
    return engine, policy


def _content(engine, exchange_id: str):  # noqa: ANN001, ANN202
    with unit_of_work(engine) as conn:
        return conn.execute(
            select(exchanges.c.prompt, exchanges.c.erased_at).where(
                exchanges.c.exchange_id == exchange_id
            )
        ).one()


def test_purge_removes_what_is_past_its_deadline_and_spares_holds(db_url: str) -> None:
    engine, _ = _store(
        db_url,
        "claude-consumer-2025",
        _allowed("acc-0"),
    )
    with unit_of_work(engine) as conn:
        holds.place(conn, "acc-1", "Doe v. Example")
        dry = purge(conn, T0 + timedelta(days=60), dry_run=True)
    # acc-0 (allowed, 5 years) keeps everything; team, api, unchosen consumer: 30 days.
    assert dry.purged > 0 and dry.held == 2 and dry.receipt is None
    assert _content(engine, "ex-0002").erased_at is None  # dry run removes nothing
    with unit_of_work(engine) as conn:
        report = purge(conn, T0 + timedelta(days=60))
        assert audit.verify(conn).ok
    assert (report.purged, report.held) == (dry.purged, 2) and report.receipt
    assert _content(engine, "ex-0000").prompt is not None  # acc-0: allowed, kept 5 years
    assert _content(engine, "ex-0001").prompt is not None  # acc-1: under legal hold
    gone = _content(engine, "ex-0002")  # acc-2: 30 days, passed
    assert gone.prompt is None and gone.erased_at is not None
    with unit_of_work(engine) as conn:
        assert purge(conn, T0 + timedelta(days=60)).purged == 0  # idempotent


def test_a_deleted_conversation_is_purged_after_the_deleted_window(db_url: str) -> None:
    engine, _ = _store(
        db_url,
        "claude-consumer-2025",
        _allowed("acc-0"),
    )
    with unit_of_work(engine) as conn:
        delete_conversation(conn, "conv-0-0", at=T0 + timedelta(days=2))
        assert purge(conn, T0 + timedelta(days=20)).purged == 0  # deleted on day 2; window 30 days
    with unit_of_work(engine) as conn:
        report = purge(conn, T0 + timedelta(days=33))
    assert report.by_later_event >= 2  # ex-0000 and ex-0010 live in conv-0-0
    assert _content(engine, "ex-0000").prompt is None and _content(engine, "ex-0010").prompt is None


def test_a_withdrawal_shortens_retention_where_the_policy_says_so(db_url: str) -> None:
    engine, _ = _store(
        db_url,
        "strict-opt-in",
        _allowed("acc-0"),
    )
    with unit_of_work(engine) as conn:
        record_consent(conn, "acc-0", "deny", at=T0 + timedelta(days=5))
        assert _content(engine, "ex-0000").erased_at is None
        early = purge(conn, T0 + timedelta(days=20))
    assert _content(engine, "ex-0000").prompt is not None and early.by_later_event == 0
    with unit_of_work(engine) as conn:
        late = purge(conn, T0 + timedelta(days=36))  # withdrawal + 30 days has passed
    assert late.by_later_event >= 2
    assert _content(engine, "ex-0000").prompt is None


def test_erasure_waits_for_a_legal_hold_and_is_refused_clearly(db_url: str) -> None:
    engine, _ = _store(db_url, "claude-consumer-2025", [])
    with unit_of_work(engine) as conn:
        holds.place(conn, "acc-3", "regulator inquiry")
    with (
        pytest.raises(ConsentryError, match="under legal hold.*regulator inquiry"),
        unit_of_work(engine) as conn,
    ):
        erase_account(conn, "acc-3")
    with unit_of_work(engine) as conn:
        holds.release(conn, "acc-3", "inquiry closed")
        assert erase_account(conn, "acc-3").exchanges == 2
        assert audit.verify(conn).ok


def test_export_holds_history_exchanges_and_receipts(db_url: str) -> None:
    engine, policy = _store(
        db_url,
        "claude-consumer-2025",
        _allowed("acc-1", "preset_accepted"),
    )
    with unit_of_work(engine) as conn:
        record_consent(conn, "acc-1", "deny", at=T0 + timedelta(days=1))
        doc = export_account(conn, "acc-1", policy, now=T0 + timedelta(days=2))
    assert [e["choice"] for e in doc["consent_history"]] == ["allow", "deny"]
    assert len(doc["exchanges"]) == 2 and doc["exchanges"][0]["prompt"].startswith(
        "question number"
    )
    assert (
        doc["training_now"]["eligible"] is False
        and doc["training_now"]["reason"] == "consent_denied"
    )
    assert any(r["action"] == "consent.recorded" for r in doc["audit_receipts"])
    with pytest.raises(ConsentryError, match="unknown account"), unit_of_work(engine) as conn:
        export_account(conn, "nobody", policy)
