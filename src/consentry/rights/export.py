"""Data-subject access: everything the store holds about an account, as one JSON document.

The export is for the user: their conversations with the decision each was captured under,
their consent history, the training sets that used their data (and whether those were
superseded), and the receipts of erasures and purges.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection

from consentry.policy import Policy, explain
from consentry.store.consents import consent_history, decide
from consentry.store.subject import subject_records


def export_account(
    conn: Connection, account_id: str, policy: Policy, now: datetime | None = None
) -> dict[str, Any]:
    """The account's data and its uses, as plain JSON-able values."""
    now = now or datetime.now(timezone.utc)
    held = subject_records(conn, account_id)
    decision = decide(conn, policy, account_id, now)
    history = consent_history(conn, account_id)
    return {
        "account": _plain(held.account._mapping),
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
        "conversations": [_plain(c._mapping) for c in held.conversations],
        "exchanges": [_plain(r._mapping) for r in held.exchanges],
        "datasets_that_used_your_data": [
            {
                **_plain(u._mapping),
                "note": "a finished training run keeps what it learned; later "
                "versions of this dataset leave your data out once you withdraw or erase",
            }
            for u in held.datasets_used
        ],
        "dataset_removals": [_plain(r._mapping) for r in held.dataset_removals],
        "audit_receipts": [
            {**_plain(r._mapping), "detail": json.loads(r.detail)} for r in held.audit_receipts
        ],
    }


def _plain(m: Any) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in dict(m).items()}
