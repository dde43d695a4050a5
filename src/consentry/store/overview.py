"""What the operator console charts: grouped counts over the store, never conversation text.

Each function is one grouped query, the same on SQLite and PostgreSQL (the month expression
comes from the backend's Dialect). Erased content is gone from the exchange rows, so erasures
are counted from the audit log's receipts."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, func, select

from consentry.store.dialect import dialect_of
from consentry.store.schema import accounts, audit_log, consent_events, datasets, exchanges


def consents_by_month(conn: Connection) -> list[tuple[str, str, str, int]]:
    """(month, choice, basis, count) of the training choices that took effect."""
    month = dialect_of(conn).month(consent_events.c.ts)
    c = consent_events.c
    q = select(month, c.choice, c.basis, func.count()).group_by(month, c.choice, c.basis)
    return [(m, choice, basis, int(n)) for m, choice, basis, n in conn.execute(q)]


def consents_by_tier(conn: Connection) -> list[tuple[str, str, int]]:
    """(tier, basis, count) of the training choices, by the account's tier."""
    q = (
        select(accounts.c.tier, consent_events.c.basis, func.count())
        .join(accounts, accounts.c.account_id == consent_events.c.account_id)
        .group_by(accounts.c.tier, consent_events.c.basis)
    )
    return [(t, b, int(n)) for t, b, n in conn.execute(q)]


def exchanges_by_reason(conn: Connection) -> list[tuple[str, int]]:
    """Stored exchanges by the reason of the decision captured with them (requests the gateway
    refused appear once per refusal code, as `refused:<code>`)."""
    q = select(exchanges.c.reason, func.count()).group_by(exchanges.c.reason)
    return [(r, int(n)) for r, n in conn.execute(q)]


def erasures_by_month(conn: Connection) -> list[tuple[str, str, int]]:
    """(month, actor, exchanges) for every erasure receipt (`content.erased`) in the audit log:
    actor `retention` for purges, the requester otherwise."""
    month = dialect_of(conn).month(audit_log.c.at)
    q = select(month, audit_log.c.actor, audit_log.c.detail).where(
        audit_log.c.action == "content.erased"
    )
    return [(m, a, int(json.loads(d).get("exchanges", 0))) for m, a, d in conn.execute(q)]


def verifications(conn: Connection) -> dict[str, dict[str, Any]]:
    """The last `dataset.verified` audit entry per training set: when, by whom, and its result."""
    last: dict[str, dict[str, Any]] = {}
    for at, actor, subject, detail in conn.execute(
        select(audit_log.c.at, audit_log.c.actor, audit_log.c.subject, audit_log.c.detail)
        .where(audit_log.c.action == "dataset.verified")
        .order_by(audit_log.c.seq)
    ):
        last[subject] = {"at": at, "by": actor, **json.loads(detail)}
    return last


def training_sets(conn: Connection) -> list[dict[str, Any]]:
    """Every training set's row, newest first."""
    rows = conn.execute(select(datasets).order_by(datasets.c.built_at.desc()))
    return [dict(r._mapping) for r in rows]


def training_set(conn: Connection, dataset_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(datasets).where(datasets.c.dataset_id == dataset_id)).first()
    return dict(row._mapping) if row else None
