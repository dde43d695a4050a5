"""The consent ledger: accounts, their append-only consent history, and capturing an exchange
with the decision in force. Functions take the caller's connection and never commit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Table, case, func, or_, select, true

from consentry.contract import ACCOUNTS, BASES, CHOICES, SOURCES, TIERS
from consentry.errors import ConsentryError
from consentry.policy import (
    Account,
    ConsentEvent,
    Decision,
    ExchangeFlags,
    Policy,
    evaluate,
)
from consentry.store import audit, contentkey
from consentry.store.db import GREATEST, LEAST, UPSERT_INSERT
from consentry.store.schema import accounts, consent_events, conversations, exchanges, policies


def utc(ts: datetime) -> datetime:
    """Aware UTC; a naive time is taken as UTC."""
    return ts.replace(tzinfo=timezone.utc) if ts.tzinfo is None else ts.astimezone(timezone.utc)


def register_policy(conn: Connection, policy: Policy) -> str:
    """Record the policy (by content hash) the first time a decision uses it."""
    exists = conn.execute(
        select(policies.c.version).where(policies.c.version == policy.version)
    ).first()
    if not exists:
        conn.execute(
            policies.insert().values(
                version=policy.version,
                name=policy.name,
                sha256=policy.sha256,
                body=policy.canonical_json(),
                first_used_at=datetime.now(timezone.utc),
            )
        )
        audit.append(conn, "policy.registered", policy.version, {"sha256": policy.sha256})
    return policy.version


def upsert_accounts(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Insert accounts, or update the attributes of ones already stored."""
    if not rows:
        return 0
    for r in rows:
        if r["tier"] not in TIERS:
            raise ConsentryError(
                f"account {r['account_id']}: unknown tier {r['tier']!r}; use one of {', '.join(TIERS)}."
            )
    insert = UPSERT_INSERT[conn.dialect.name](accounts)
    cols = [c.name for c in ACCOUNTS.columns if c.name != "account_id"]
    conn.execute(
        insert.on_conflict_do_update(
            index_elements=["account_id"], set_={c: insert.excluded[c] for c in cols}
        ),
        rows,
    )
    audit.append(
        conn,
        "accounts.upserted",
        f"{len(rows)} accounts",
        {
            "count": len(rows),
            "ids_sha256": audit.sha256_hex(*sorted(r["account_id"] for r in rows)),
        },
    )
    return len(rows)


def get_account(conn: Connection, account_id: str) -> Account:
    row = conn.execute(
        select(accounts.c.account_id, accounts.c.tier).where(accounts.c.account_id == account_id)
    ).first()
    if row is None:
        raise ConsentryError(
            f"unknown account {account_id!r}; load it first with `consentry ingest --accounts FILE`."
        )
    return Account(row.account_id, row.tier)


def consent_row_hash(
    account_id: str,
    ts: datetime,
    choice: str,
    basis: str,
    source: str | None,
    policy_version: str | None,
) -> str:
    return audit.sha256_hex(account_id, utc(ts).isoformat(), choice, basis, source, policy_version)


def record_consents(
    conn: Connection, events: Iterable[Mapping[str, Any]], policy_version: str | None = None
) -> int:
    """Append consent events (account_id, ts, choice, basis, source); each gets an audit entry
    holding the hash of its row, so `audit verify` can tell if a row was edited later."""
    now = datetime.now(timezone.utc)
    rows = []
    for e in events:
        _check_consent(e)
        rows.append(
            {
                "account_id": e["account_id"],
                "ts": utc(e["ts"]),
                "choice": e["choice"],
                "basis": e["basis"],
                "source": e.get("source"),
                "policy_version": policy_version,
                "recorded_at": now,
            }
        )
    if not rows:
        return 0
    known = _existing_accounts(conn, {r["account_id"] for r in rows})
    missing = sorted({r["account_id"] for r in rows} - known)
    if missing:
        raise ConsentryError(
            f"consent events name {len(missing)} unknown account(s), e.g. {missing[0]!r}; "
            "load them first with `consentry ingest --accounts FILE`."
        )
    first_id = _next_event_id(conn)
    for i, r in enumerate(rows):
        r["event_id"] = first_id + i
    conn.execute(consent_events.insert(), rows)
    audit.append_many(
        conn,
        (
            audit.Entry(
                "consent.recorded",
                r["account_id"],
                {
                    "event_id": r["event_id"],
                    "row_sha256": consent_row_hash(
                        r["account_id"],
                        r["ts"],
                        r["choice"],
                        r["basis"],
                        r["source"],
                        policy_version,
                    ),
                },
            )
            for r in rows
        ),
    )
    return len(rows)


def record_consent(
    conn: Connection,
    account_id: str,
    choice: str,
    basis: str = "explicit",
    *,
    at: datetime | None = None,
    source: str | None = "settings",
    policy: Policy | None = None,
) -> None:
    """Record one choice by one account (the Python API behind `consentry consent set`)."""
    version = register_policy(conn, policy) if policy else None
    record_consents(
        conn,
        [
            {
                "account_id": account_id,
                "ts": at or datetime.now(timezone.utc),
                "choice": choice,
                "basis": basis,
                "source": source,
            }
        ],
        version,
    )


def _check_consent(e: Mapping[str, Any]) -> None:
    for key, allowed in (("choice", CHOICES), ("basis", BASES)):
        if e.get(key) not in allowed:
            raise ConsentryError(
                f"consent {key} {e.get(key)!r} is not one of {', '.join(allowed)}."
            )
    if e.get("source") is not None and e["source"] not in SOURCES:
        raise ConsentryError(f"consent source {e['source']!r} is not one of {', '.join(SOURCES)}.")
    if not isinstance(e.get("ts"), datetime):
        raise ConsentryError("a consent event needs its time as a timestamp (ISO 8601, UTC).")


def _next_event_id(conn: Connection) -> int:
    return (conn.execute(select(func.max(consent_events.c.event_id))).scalar() or 0) + 1


def _existing_accounts(conn: Connection, ids: set[str]) -> set[str]:
    found: set[str] = set()
    id_list = list(ids)
    for i in range(0, len(id_list), 5000):
        chunk = id_list[i : i + 5000]
        found.update(
            conn.execute(
                select(accounts.c.account_id).where(accounts.c.account_id.in_(chunk))
            ).scalars()
        )
    return found


def consent_history(conn: Connection, account_id: str) -> list[ConsentEvent]:
    rows = conn.execute(
        select(consent_events)
        .where(consent_events.c.account_id == account_id)
        .order_by(consent_events.c.ts, consent_events.c.event_id)
    ).all()
    return [ConsentEvent(r.ts, r.choice, r.basis, r.source) for r in rows]


def all_histories(conn: Connection) -> dict[str, list[ConsentEvent]]:
    """Every account's history, for bulk evaluation (ingest, dataset builds)."""
    out: dict[str, list[ConsentEvent]] = defaultdict(list)
    rows = conn.execute(
        select(
            consent_events.c.account_id,
            consent_events.c.ts,
            consent_events.c.choice,
            consent_events.c.basis,
            consent_events.c.source,
        ).order_by(consent_events.c.account_id, consent_events.c.ts, consent_events.c.event_id)
    )
    for r in rows:
        out[r.account_id].append(ConsentEvent(r.ts, r.choice, r.basis, r.source))
    return out


def decide(conn: Connection, policy: Policy, account_id: str, at: datetime) -> Decision:
    """The decision for a new exchange by this account at `at` (what `policy explain` shows)."""
    account = get_account(conn, account_id)
    return evaluate(policy, account, consent_history(conn, account_id), utc(at))


def content_sha256(
    conn: Connection, prompt: str | None, system_prompt: str | None, response: str | None
) -> str:
    """The keyed content hash under the store's current key (see store.contentkey)."""
    return contentkey.hasher(conn)(prompt, system_prompt, response)


def capture_exchange(conn: Connection, policy: Policy, exchange: Mapping[str, Any]) -> Decision:
    """Store one exchange (contract columns) with the decision in force at its time.

    This is the gateway's path; bulk loads go through consentry.store.ingest.
    """
    account = get_account(conn, exchange["account_id"])
    ts = utc(exchange["ts"])
    flags = ExchangeFlags(
        bool(exchange.get("incognito")),
        bool(exchange.get("safety_flagged")),
        bool(exchange.get("feedback")),
    )
    conv_id = exchange.get("conversation_id")
    if conv_id:
        touch_conversations(conn, [(conv_id, account.account_id, ts, ts, flags.incognito)])
    decision = evaluate(policy, account, consent_history(conn, account.account_id), ts, flags=flags)
    register_policy(conn, policy)
    row = exchange_row(exchange, ts, flags, decision, contentkey.hasher(conn))
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


def exchange_row(
    ex: Mapping[str, Any],
    ts: datetime,
    flags: ExchangeFlags,
    d: Decision,
    content_hash: contentkey.Hasher,
) -> dict[str, Any]:
    return {
        "exchange_id": ex["exchange_id"],
        "ts": ts,
        "account_id": ex["account_id"],
        "api_key_id": ex.get("api_key_id"),
        "conversation_id": ex.get("conversation_id"),
        "surface": ex["surface"],
        "model": ex["model"],
        "ip": ex["ip"],
        "country": ex.get("country"),
        "user_agent": ex.get("user_agent"),
        "prompt": ex["prompt"],
        "system_prompt": ex.get("system_prompt"),
        "response": ex.get("response"),
        "input_tokens": ex["input_tokens"],
        "output_tokens": ex["output_tokens"],
        "tool_count": ex["tool_count"],
        "has_image": ex["has_image"],
        "status": ex["status"],
        "incognito": flags.incognito,
        "tier": d.tier or None,
        "safety_flagged": flags.safety_flagged,
        "feedback": flags.feedback,
        "eligible": d.eligible,
        "reason": d.reason,
        "policy_version": d.policy_version,
        "consent_basis": d.basis,
        "retain_until": d.retain_until,
        "content_sha256": content_hash(ex["prompt"], ex.get("system_prompt"), ex.get("response")),
        "captured_at": datetime.now(timezone.utc),
    }


def touch_conversations(
    conn: Connection, spans: list[tuple[str, str, datetime, datetime, bool]]
) -> None:
    """Create or extend conversations from (id, account, first ts, last ts, incognito) spans
    (the single-capture path; bulk ingest uses conversations_from_spans). A conversation
    belongs to one account; a span naming another account's conversation is refused."""
    merged: dict[str, list[Any]] = {}
    for cid, acc, first, last, inc in spans:
        m = merged.get(cid)
        if m is None:
            merged[cid] = [acc, first, last, inc]
            continue
        if m[0] != acc:
            raise ConsentryError(f"conversation {cid!r} appears under two accounts; fix the input.")
        m[1], m[2], m[3] = min(m[1], first), max(m[2], last), m[3] or inc
    if not merged:
        return
    insert = UPSERT_INSERT[conn.dialect.name](conversations)
    stmt = _extend_existing(insert, conn.dialect.name).returning(conversations.c.conversation_id)
    rows = [
        {
            "conversation_id": cid,
            "account_id": acc,
            "created_at": first,
            "last_activity_at": last,
            "incognito": inc,
        }
        for cid, (acc, first, last, inc) in merged.items()
    ]
    written = len(conn.execute(stmt, rows).all())
    if written != len(rows):
        raise ConsentryError(
            f"{len(rows) - written} conversation(s) in the input belong to another account; fix the input."
        )


def conversations_from_spans(conn: Connection, spans: Table) -> None:
    """Create or extend conversations, set-based, from a table of exchange spans
    (conversation_id, account_id, ts, incognito) staged during a bulk ingest."""
    s, c = spans.c, conversations.c
    clash = conn.execute(
        select(s.conversation_id)
        .group_by(s.conversation_id)
        .having(func.count(func.distinct(s.account_id)) > 1)
        .limit(1)
    ).scalar()
    clash = (
        clash
        or conn.execute(
            select(s.conversation_id)
            .join(conversations, c.conversation_id == s.conversation_id)
            .where(c.account_id != s.account_id)
            .limit(1)
        ).scalar()
    )
    if clash:
        raise ConsentryError(f"conversation {clash!r} appears under two accounts; fix the input.")
    grouped = (
        select(
            s.conversation_id,
            func.min(s.account_id),
            func.min(s.ts),
            func.max(s.ts),
            func.max(case((s.incognito, 1), else_=0)) == 1,
        )
        .where(true())  # SQLite needs a WHERE before ON CONFLICT in INSERT ... SELECT
        .group_by(s.conversation_id)
    )
    insert = UPSERT_INSERT[conn.dialect.name](conversations).from_select(
        ["conversation_id", "account_id", "created_at", "last_activity_at", "incognito"], grouped
    )
    conn.execute(_extend_existing(insert, conn.dialect.name))


def _extend_existing(insert: Any, dialect: str) -> Any:
    """ON CONFLICT: widen the stored conversation's span (only for its own account)."""
    c, new = conversations.c, insert.excluded
    return insert.on_conflict_do_update(
        index_elements=["conversation_id"],
        set_={
            "created_at": LEAST[dialect](c.created_at, new.created_at),
            "last_activity_at": GREATEST[dialect](c.last_activity_at, new.last_activity_at),
            "incognito": or_(c.incognito, new.incognito),
        },
        where=c.account_id == new.account_id,
    )


def delete_conversation(conn: Connection, conversation_id: str, at: datetime | None = None) -> None:
    """Mark a conversation deleted by its user (the app's delete): it leaves training at once
    and its content is purged after the policy's `deleted` window (`consentry retention purge`)."""
    at = utc(at) if at else datetime.now(timezone.utc)
    res = conn.execute(
        conversations.update()
        .where(
            conversations.c.conversation_id == conversation_id, conversations.c.deleted_at.is_(None)
        )
        .values(deleted_at=at)
    )
    if res.rowcount == 0:
        raise ConsentryError(f"no undeleted conversation {conversation_id!r}; nothing was changed.")
    audit.append(conn, "conversation.deleted", conversation_id, {"at": at.isoformat()})


def verify_consents(conn: Connection) -> list[str]:
    """Check every consent row against the audit entry that recorded it.

    Returns problems (empty when the ledger matches its audit trail): a row edited, deleted or
    inserted behind the store's back is named by its event id.
    """
    anchored = {e["event_id"]: e["row_sha256"] for e in audit.entries_for(conn, "consent.recorded")}
    problems, seen = [], set()
    rows = conn.execute(select(consent_events).order_by(consent_events.c.event_id))
    for r in rows:
        seen.add(r.event_id)
        want = anchored.get(r.event_id)
        if want is None:
            problems.append(
                f"consent event {r.event_id} has no audit entry (inserted behind the store's back)"
            )
        elif want != consent_row_hash(
            r.account_id, r.ts, r.choice, r.basis, r.source, r.policy_version
        ):
            problems.append(f"consent event {r.event_id} differs from what was recorded (edited)")
    for event_id in sorted(anchored.keys() - seen):
        problems.append(f"consent event {event_id} was recorded but is gone (deleted)")
    return problems
