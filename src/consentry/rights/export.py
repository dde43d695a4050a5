"""Data-subject access: everything the store holds about an account, as one JSON document.

The export is for the user: their conversations with the decision each was captured under,
their consent history, the training sets that used their data (and whether those were
superseded), and the receipts of erasures and purges.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, func, select

from consentry.policy import Policy, explain
from consentry.store.accounts import get_account
from consentry.store.consents import consent_history, decide
from consentry.store.schema import (
    accounts,
    audit_log,
    conversations,
    dataset_records,
    dataset_removals,
    datasets,
    exchanges,
)


def export_account(
    conn: Connection, account_id: str, policy: Policy, now: datetime | None = None
) -> dict[str, Any]:
    """The account's data and its uses, as plain JSON-able values."""
    now = now or datetime.now(timezone.utc)
    account = conn.execute(select(accounts).where(accounts.c.account_id == account_id)).first()
    if account is None:
        get_account(conn, account_id)  # raises the usual one-line error
    decision = decide(conn, policy, account_id, now)
    history = consent_history(conn, account_id)
    convs = conn.execute(
        select(conversations)
        .where(conversations.c.account_id == account_id)
        .order_by(conversations.c.created_at)
    ).all()
    rows = conn.execute(
        select(exchanges).where(exchanges.c.account_id == account_id).order_by(exchanges.c.ts)
    ).all()
    used = conn.execute(
        select(
            datasets.c.dataset_id,
            datasets.c.version,
            datasets.c.built_at,
            datasets.c.superseded_by,
            datasets.c.policy_version,
            func.count().label("records"),
        )
        .join(dataset_records, dataset_records.c.dataset_id == datasets.c.dataset_id)
        .where(dataset_records.c.account_id == account_id)
        .group_by(
            datasets.c.dataset_id,
            datasets.c.version,
            datasets.c.built_at,
            datasets.c.superseded_by,
            datasets.c.policy_version,
        )
        .order_by(datasets.c.built_at)
    ).all()
    removals = conn.execute(
        select(dataset_removals).where(dataset_removals.c.account_id == account_id)
    ).all()
    receipts = conn.execute(
        select(
            audit_log.c.seq,
            audit_log.c.at,
            audit_log.c.action,
            audit_log.c.detail,
            audit_log.c.hash,
        )
        .where(audit_log.c.subject.in_([account_id, f"account:{account_id}"]))
        .order_by(audit_log.c.seq)
    ).all()
    return {
        "account": _plain(account._mapping),
        "exported_at": now.isoformat(),
        "training_now": {
            "policy": policy.version,
            "eligible": decision.eligible,
            "reason": decision.reason,
            "explanation": explain(policy, decision),
        },
        "consent_history": [
            {
                "took_effect": e.ts.isoformat(),
                "choice": e.choice,
                "basis": e.basis,
                "source": e.source,
            }
            for e in history
        ],
        "conversations": [_plain(c._mapping) for c in convs],
        "exchanges": [_plain(r._mapping) for r in rows],
        "datasets_that_used_your_data": [
            {
                **_plain(u._mapping),
                "note": "a finished training run keeps what it learned; later "
                "versions of this dataset leave your data out once you withdraw or erase",
            }
            for u in used
        ],
        "dataset_removals": [_plain(r._mapping) for r in removals],
        "audit_receipts": [
            {**_plain(r._mapping), "detail": json.loads(r.detail)} for r in receipts
        ],
    }


def _plain(m: Any) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in dict(m).items()}
