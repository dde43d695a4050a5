"""Retention: keep each record only as long as the policy it was captured under allows.

Each exchange carries the deadline decided at capture. Two later events can bring it forward:
deleting the conversation, and (where the policy says so) withdrawing consent. For exchanges
touched by either, the purge asks the policy evaluator again with `as_of = now`, under the
policy version stored with the exchange, so the retention rules live in one place. Accounts
under legal hold are skipped and counted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, and_, exists, or_, select

from consentry.policy import Account, Conversation, ExchangeFlags, Policy, evaluate
from consentry.policy.model import from_canonical_json
from consentry.rights.erase import erase_where
from consentry.store.consents import consent_history
from consentry.store.holds import active_holds
from consentry.store.schema import accounts, consent_events, conversations, exchanges, policies

CHUNK = 5_000


@dataclass(frozen=True)
class PurgeReport:
    purged: int  # exchanges whose content was removed
    by_deadline: int  # ... because their captured deadline passed
    by_later_event: int  # ... because a deletion or withdrawal brought the deadline forward
    held: int  # exchanges past their deadline but kept under legal hold
    receipt: str | None  # audit hash of the purge receipt


def purge(conn: Connection, now: datetime | None = None, *, dry_run: bool = False) -> PurgeReport:
    """Remove the content of every exchange past its retention deadline (as of `now`)."""
    now = now or datetime.now(timezone.utc)
    e = exchanges
    held_accounts = active_holds().with_only_columns(active_holds().selected_columns.account_id)
    live = e.c.erased_at.is_(None)
    due = and_(live, e.c.retain_until.is_not(None), e.c.retain_until <= now)
    deadline_ids = set(
        conn.execute(
            select(e.c.exchange_id).where(due, e.c.account_id.not_in(held_accounts))
        ).scalars()
    )
    held = len(
        conn.execute(select(e.c.exchange_id).where(due, e.c.account_id.in_(held_accounts))).all()
    )
    later_ids, later_held = _brought_forward(conn, now, held_accounts)
    later_ids -= deadline_ids
    ids = sorted(deadline_ids | later_ids)
    receipt = None
    if ids and not dry_run:
        for lo in range(0, len(ids), CHUNK):
            chunk = ids[lo : lo + CHUNK]
            receipt = erase_where(
                conn,
                e.c.exchange_id.in_(chunk),
                f"retention:{now.date().isoformat()}",
                "retention_expired",
                "retention",
            ).audit_hash
    return PurgeReport(len(ids), len(deadline_ids), len(later_ids), held + later_held, receipt)


def _brought_forward(conn: Connection, now: datetime, held_accounts) -> tuple[set[str], int]:  # noqa: ANN001
    """Exchanges whose deadline a later deletion or withdrawal moved to before `now`."""
    e, c, ce = exchanges, conversations, consent_events
    withdrawn_after = exists().where(
        ce.c.account_id == e.c.account_id, ce.c.choice == "deny", ce.c.ts > e.c.ts, ce.c.ts <= now
    )
    q = (
        select(
            e.c.exchange_id,
            e.c.account_id,
            e.c.ts,
            e.c.incognito,
            e.c.safety_flagged,
            e.c.feedback,
            e.c.policy_version,
            accounts.c.tier,
            c.c.last_activity_at,
            c.c.deleted_at,
            c.c.incognito.label("conv_incognito"),
        )
        .join(accounts, accounts.c.account_id == e.c.account_id)
        .outerjoin(c, c.c.conversation_id == e.c.conversation_id)
        .where(e.c.erased_at.is_(None), or_(c.c.deleted_at <= now, withdrawn_after))
    )
    rows = conn.execute(q).all()
    if not rows:
        return set(), 0
    held = set(conn.execute(held_accounts).scalars())
    policies_by_version = _policies(conn, {r.policy_version for r in rows})
    histories: dict[str, list] = defaultdict(list)
    for account_id in {r.account_id for r in rows}:
        histories[account_id] = consent_history(conn, account_id)
    ids, kept = set(), 0
    for r in rows:
        d = evaluate(
            policies_by_version[r.policy_version],
            Account(r.account_id, r.tier),
            histories[r.account_id],
            r.ts,
            conversation=Conversation(r.last_activity_at, r.deleted_at, bool(r.conv_incognito)),
            flags=ExchangeFlags(r.incognito, r.safety_flagged, r.feedback),
            as_of=now,
        )
        if d.retain_until is not None and d.retain_until <= now:
            if r.account_id in held:
                kept += 1
            else:
                ids.add(r.exchange_id)
    return ids, kept


def _policies(conn: Connection, versions: set[str]) -> dict[str, Policy]:
    rows = conn.execute(
        select(policies.c.version, policies.c.body).where(policies.c.version.in_(versions))
    )
    return {r.version: from_canonical_json(r.body) for r in rows}
