"""The consent ledger: each account's append-only history of training choices, the decision
it gives, and the proof that no row changed behind the store's back. Functions take the
caller's connection and never commit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Select, func, select

from consentry.contract import BASES, CHOICES, SOURCES
from consentry.errors import ConsentryError
from consentry.policy import ConsentEvent, Decision, Policy, evaluate
from consentry.store import audit
from consentry.store.accounts import existing_accounts, get_account
from consentry.store.policies import register_policy
from consentry.store.schema import consent_events, utc


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
    known = existing_accounts(conn, {r["account_id"] for r in rows})
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
    for r in conn.execute(_history_query()):
        out[r.account_id].append(ConsentEvent(r.ts, r.choice, r.basis, r.source))
    return out


def histories_of(conn: Connection, account_ids: set[str]) -> dict[str, list[ConsentEvent]]:
    """These accounts' histories (an account without events maps to an empty list)."""
    out: dict[str, list[ConsentEvent]] = {a: [] for a in account_ids}
    ids = sorted(account_ids)
    for lo in range(0, len(ids), 5_000):
        q = _history_query().where(consent_events.c.account_id.in_(ids[lo : lo + 5_000]))
        for r in conn.execute(q):
            out[r.account_id].append(ConsentEvent(r.ts, r.choice, r.basis, r.source))
    return out


def _history_query() -> Select:
    ce = consent_events.c
    return select(ce.account_id, ce.ts, ce.choice, ce.basis, ce.source).order_by(
        ce.account_id, ce.ts, ce.event_id
    )


def decide(conn: Connection, policy: Policy, account_id: str, at: datetime) -> Decision:
    """The decision for a new exchange by this account at `at` (what `policy explain` shows)."""
    account = get_account(conn, account_id)
    return evaluate(policy, account, consent_history(conn, account_id), utc(at))


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
