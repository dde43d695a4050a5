"""The consent ledger on every backend: record, read, decide, capture, and prove."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from consentry.errors import ConsentryError
from consentry.policy import load_policy
from consentry.store import audit, unit_of_work
from consentry.store.consents import consent_history, decide, record_consent, verify_consents
from consentry.store.exchanges import capture_exchange, content_sha256
from consentry.store.schema import consent_events, conversations, exchanges

from .tables import T0, exchange_rows

POLICY = load_policy("claude-consumer-2025")


@pytest.fixture
def engine(accounts_store):  # noqa: ANN001, ANN201
    return accounts_store


def test_history_is_appended_in_time_order_and_governs_decisions(engine) -> None:  # noqa: ANN001
    with unit_of_work(engine) as conn:
        record_consent(conn, "acc-0", "deny", "explicit", at=T0 + timedelta(days=5), policy=POLICY)
        record_consent(conn, "acc-0", "allow", "preset_accepted", at=T0, policy=POLICY)
    with unit_of_work(engine) as conn:
        history = consent_history(conn, "acc-0")
        assert [(e.choice, e.basis) for e in history] == [
            ("allow", "preset_accepted"),
            ("deny", "explicit"),
        ]
        assert decide(conn, POLICY, "acc-0", T0 + timedelta(days=1)).eligible
        later = decide(conn, POLICY, "acc-0", T0 + timedelta(days=6))
        assert (later.eligible, later.reason) == (False, "consent_denied")
        assert verify_consents(conn) == []


def test_unknown_account_and_bad_values_are_refused_without_writing(engine) -> None:  # noqa: ANN001
    with (
        pytest.raises(ConsentryError, match="unknown account.*'nobody'"),
        unit_of_work(engine) as conn,
    ):
        record_consent(conn, "nobody", "allow", at=T0)
    with (
        pytest.raises(ConsentryError, match="consent choice 'maybe'"),
        unit_of_work(engine) as conn,
    ):
        record_consent(conn, "acc-0", "maybe", at=T0)
    with unit_of_work(engine) as conn:
        assert conn.execute(select(func.count()).select_from(consent_events)).scalar() == 0
        assert audit.verify(conn).ok


def test_capture_stores_the_decision_in_force_and_extends_the_conversation(engine) -> None:  # noqa: ANN001
    rows = exchange_rows(12)
    with unit_of_work(engine) as conn:
        record_consent(conn, "acc-0", "allow", "explicit", at=T0 - timedelta(days=1), policy=POLICY)
        first = capture_exchange(
            conn, POLICY, rows[0] | {"incognito": False, "safety_flagged": False}
        )
        second = capture_exchange(
            conn,
            POLICY,
            rows[10]
            | {
                "incognito": False,
                "safety_flagged": False,
                "conversation_id": rows[0]["conversation_id"],
            },
        )
    assert first.eligible and second.eligible
    with unit_of_work(engine) as conn:
        stored = conn.execute(
            select(exchanges).where(exchanges.c.exchange_id == rows[0]["exchange_id"])
        ).one()
        conv = conn.execute(select(conversations)).one()
        assert (stored.eligible, stored.reason, stored.policy_version) == (
            True,
            "consent_allowed",
            POLICY.version,
        )
        assert stored.retain_until == first.retain_until
        assert stored.content_sha256 == content_sha256(
            conn, rows[0]["prompt"], None, rows[0]["response"]
        )
        assert (conv.created_at, conv.last_activity_at) == (rows[0]["ts"], rows[10]["ts"])
        assert audit.verify(conn).ok


def test_a_conversation_cannot_change_hands(engine) -> None:  # noqa: ANN001
    rows = exchange_rows(2)
    with unit_of_work(engine) as conn:
        capture_exchange(conn, POLICY, rows[0])
    with (
        pytest.raises(ConsentryError, match="belong to another account"),
        unit_of_work(engine) as conn,
    ):
        capture_exchange(conn, POLICY, rows[1] | {"conversation_id": rows[0]["conversation_id"]})


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        (
            "UPDATE consent_events SET choice = 'allow' WHERE event_id = 1",
            "consent event 1 differs",
        ),
        (
            "DELETE FROM consent_events WHERE event_id = 2",
            "consent event 2 was recorded but is gone",
        ),
        (
            "INSERT INTO consent_events (event_id, account_id, ts, choice, basis, recorded_at) "
            "VALUES (77, 'acc-3', '2025-10-01 00:00:00', 'allow', 'explicit', '2025-10-01 00:00:00')",
            "consent event 77 has no audit entry",
        ),
    ],
)
def test_a_consent_row_edited_behind_the_stores_back_is_caught(
    engine, tamper: str, problem: str
) -> None:  # noqa: ANN001
    with unit_of_work(engine) as conn:
        record_consent(conn, "acc-1", "deny", at=T0, policy=POLICY)
        record_consent(conn, "acc-2", "deny", at=T0, policy=POLICY)
    with engine.begin() as conn:
        conn.execute(text(tamper))
    with unit_of_work(engine) as conn:
        assert audit.verify(conn).ok  # the chain itself is intact ...
        assert any(
            problem in p for p in verify_consents(conn)
        )  # ... but the ledger no longer matches it


def test_insert_decided_skips_only_ids_that_may_exist_and_are_stored(engine) -> None:  # noqa: ANN001
    """The gateway's batch insert: random ids through the driver, an Idempotency-Key's id
    through ON CONFLICT, which skips it once stored; timestamps read back as written."""
    from datetime import datetime, timezone

    from consentry.contract import ExchangeRecord
    from consentry.policy import Decision, ExchangeFlags
    from consentry.store.exchanges import insert_decided, stored_row
    from consentry.store.policies import register_policy

    captured = datetime(2026, 3, 1, 12, 0, 0, 123456, tzinfo=timezone.utc)

    def row(exchange_id: str, i: int) -> dict:
        base = exchange_rows(1)[0]
        record = ExchangeRecord(**{**base, "exchange_id": exchange_id, "account_id": "acc-1"})
        until = T0 + timedelta(days=30 + i)
        d = Decision(False, "choice_required", POLICY.version, until, "not_allowed")
        return stored_row(record, base["ts"], ExchangeFlags(), d, until, "h" * 64, captured)

    with unit_of_work(engine) as conn:
        register_policy(conn, POLICY)
        assert insert_decided(conn, [row("ex-a", 0), row("ex-k", 1)], may_exist={"ex-k"}) == {
            "ex-a",
            "ex-k",
        }
    with unit_of_work(engine) as conn:
        again = insert_decided(conn, [row("ex-b", 2), row("ex-k", 3)], may_exist={"ex-k"})
        assert again == {"ex-b"}
        stored = conn.execute(
            select(
                exchanges.c.exchange_id, exchanges.c.retain_until, exchanges.c.captured_at
            ).order_by(exchanges.c.exchange_id)
        ).all()
    assert [(r[0], r[1], r[2]) for r in stored] == [
        ("ex-a", T0 + timedelta(days=30), captured),
        ("ex-b", T0 + timedelta(days=32), captured),
        ("ex-k", T0 + timedelta(days=31), captured),
    ]
