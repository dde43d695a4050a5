"""Exchanges as the store keeps them: the contract's record plus the decision captured with it.
`stored_row` is the one place that shape is spelled out; the gateway's single capture
(`capture_exchange`) and bulk ingest (consentry.store.ingest) both build rows with it."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, func, select

from consentry.contract import ExchangeRecord
from consentry.policy import Decision, ExchangeFlags, Policy, evaluate
from consentry.store import audit, contentkey
from consentry.store.accounts import get_account
from consentry.store.consents import consent_history
from consentry.store.conversations import touch_conversations
from consentry.store.db import bulk_insert
from consentry.store.dialect import dialect_of
from consentry.store.policies import register_policy
from consentry.store.schema import exchanges, utc

# The reason prefix of a request the gateway refused and stored without its text
# (`refused:<code>`); reports count these apart from captured exchanges.
REFUSED = "refused:"


def content_sha256(
    conn: Connection, prompt: str | None, system_prompt: str | None, response: str | None
) -> str:
    """The keyed content hash under the store's current key (see store.contentkey)."""
    return contentkey.hasher(conn)(prompt, system_prompt, response)


def flags_of(ex: ExchangeRecord) -> ExchangeFlags:
    """The exchange's own flags (a missing optional column counts as false)."""
    return ExchangeFlags(bool(ex.incognito), bool(ex.safety_flagged), bool(ex.feedback))


def stored_row(
    ex: ExchangeRecord,
    ts: Any,
    flags: ExchangeFlags,
    d: Decision,
    retain_until: Any,
    digest: str,
    captured_at: Any,
) -> dict[str, Any]:
    """The exchanges-table row for a record and its decision. `ts` and `retain_until` are
    passed in because bulk ingest hands them over already encoded for its driver."""
    return {
        "exchange_id": ex.exchange_id,
        "ts": ts,
        "account_id": ex.account_id,
        "api_key_id": ex.api_key_id,
        "conversation_id": ex.conversation_id,
        "surface": ex.surface,
        "model": ex.model,
        "ip": ex.ip,
        "country": ex.country,
        "user_agent": ex.user_agent,
        "prompt": ex.prompt,
        "system_prompt": ex.system_prompt,
        "response": ex.response,
        "input_tokens": ex.input_tokens,
        "output_tokens": ex.output_tokens,
        "tool_count": ex.tool_count,
        "has_image": ex.has_image,
        "status": ex.status,
        "incognito": flags.incognito,
        "tier": d.tier or None,
        "safety_flagged": flags.safety_flagged,
        "feedback": flags.feedback,
        "eligible": d.eligible,
        "reason": d.reason,
        "policy_version": d.policy_version,
        "consent_basis": d.basis,
        "retain_until": retain_until,
        "content_sha256": digest,
        "captured_at": captured_at,
    }


def insert_decided(
    conn: Connection, rows: list[dict[str, Any]], *, may_exist: Collection[str] = ()
) -> set[str]:
    """Insert exchange rows (from `stored_row`, timestamps aware) and return the ids inserted.

    Ids are random unless they may exist already (an Idempotency-Key's derived id, listed in
    `may_exist`): the random ones go through the driver's executemany, without SQLAlchemy's
    per-row processing (the gateway's group commit runs this for every batch); the others are
    inserted with ON CONFLICT DO NOTHING, which skips an id that is stored already."""
    fresh = [r for r in rows if r["exchange_id"] not in may_exist]
    inserted = {r["exchange_id"] for r in fresh}
    if fresh:
        bulk_insert(conn, exchanges, driver_rows(dialect_of(conn).encode_ts, fresh))
    if len(fresh) < len(rows):
        insert = (
            dialect_of(conn)
            .insert(exchanges)
            .on_conflict_do_nothing(index_elements=["exchange_id"])
            .returning(exchanges.c.exchange_id)
        )
        others = [r for r in rows if r["exchange_id"] in may_exist]
        inserted.update(conn.execute(insert, others).scalars())
    return inserted


def driver_rows(
    encode_ts: Callable[[datetime], Any], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Rows from `stored_row` with their timestamps encoded for the driver's executemany."""
    return [
        {
            **r,
            "ts": encode_ts(r["ts"]),
            "retain_until": r["retain_until"] and encode_ts(r["retain_until"]),
            "captured_at": encode_ts(r["captured_at"]),
        }
        for r in rows
    ]


def capture_exchange(
    conn: Connection, policy: Policy, exchange: ExchangeRecord | Mapping[str, Any]
) -> Decision:
    """Store one exchange with the decision in force at its time (a mapping is read with
    ExchangeRecord.from_mapping). This is the gateway's path; bulk loads go through
    consentry.store.ingest."""
    ex = exchange if isinstance(exchange, ExchangeRecord) else ExchangeRecord.from_mapping(exchange)
    account = get_account(conn, ex.account_id)
    ts = utc(ex.ts)
    flags = flags_of(ex)
    if ex.conversation_id:
        touch_conversations(
            conn, [(ex.conversation_id, account.account_id, ts, ts, flags.incognito)]
        )
    # Incognito is per exchange (docs/policy.md): the conversation's flag does not decide.
    decision = evaluate(policy, account, consent_history(conn, account.account_id), ts, flags=flags)
    register_policy(conn, policy)
    row = stored_row(
        ex,
        ts,
        flags,
        decision,
        decision.retain_until,
        content_sha256(conn, ex.prompt, ex.system_prompt, ex.response),
        datetime.now(timezone.utc),
    )
    conn.execute(exchanges.insert(), [row])
    audit.append(
        conn,
        "exchange.captured",
        row["exchange_id"],
        {
            "account_id": account.account_id,
            "content_sha256": row["content_sha256"],
            "eligible": decision.eligible,
            "reason": decision.reason,
            "policy_version": decision.policy_version,
        },
    )
    return decision


def refusals_by_status(conn: Connection, account_id: str) -> dict[int, int]:
    """How many of an account's requests the gateway refused and stored (without their text),
    by the HTTP status it answered."""
    e = exchanges.c
    rows = conn.execute(
        select(e.status, func.count())
        .where(e.account_id == account_id, e.reason.like(f"{REFUSED}%"))
        .group_by(e.status)
    )
    return {int(status): int(n) for status, n in rows}


def clients_of(conn: Connection, account_ids: list[str]) -> list[tuple[str, str, str | None]]:
    """Distinct (account_id, ip, user_agent) the accounts sent from (the console's graph)."""
    e = exchanges.c
    q = select(e.account_id, e.ip, e.user_agent).where(e.account_id.in_(account_ids)).distinct()
    return [(a, ip, ua) for a, ip, ua in conn.execute(q)]
