"""Retention: keep each record exactly as long as the policy's one rule says.

The deadline is the evaluator's (consentry.policy.evaluate, as of `now`, under the policy
version stored with the exchange, the tier at capture, the whole consent history and the
conversation's state). It was decided at capture and stored; as of `now` it can only differ
where something happened since, and the purge splits the store accordingly
(consentry.store.expiry):

- exchanges a consent event may have reached since their capture go back to the evaluator,
  row by row (only accounts whose consent changed after they chatted);
- for every other one, the captured deadline and the rule table's shortenings compiled to SQL
  (a deleted conversation) decide in the database, set-based.

A property test (tests/rights/test_retention_rule.py) checks over random histories that the
purge removes exactly what the evaluator says. Accounts under legal hold are skipped and
counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection

from consentry.policy import Account, Conversation, ExchangeFlags, evaluate
from consentry.policy import effective_history as effective
from consentry.policy.evaluate import ConsentEvent
from consentry.store.consents import histories_of
from consentry.store.expiry import DueSet, due_set
from consentry.store.policies import stored_policies


@dataclass(frozen=True)
class PurgeReport:
    purged: int  # exchanges whose content was removed (or would be, in a dry run)
    by_deadline: int  # ... whose deadline captured with them had passed
    by_later_event: int  # ... due only because a later event (deletion, withdrawal) set one
    held: int  # exchanges past their deadline but kept under legal hold
    reconsidered: int  # exchanges the evaluator decided again (consent changed after them)
    receipt: str | None  # audit hash of the purge receipt


def purge(conn: Connection, now: datetime | None = None, *, dry_run: bool = False) -> PurgeReport:
    """Remove the content of every exchange whose deadline by the policy has passed at `now`."""
    now = now or datetime.now(timezone.utc)
    with due_set(conn, now) as due:
        reconsidered = _reconsider(conn, due, now)
        due.add_untouched()
        n = due.counts()
        receipt = None
        if n.due and not dry_run:
            receipt = due.erase(
                f"retention:{now.date().isoformat()}", "retention_expired", "retention"
            ).audit_hash
    return PurgeReport(n.due, n.by_deadline, n.due - n.by_deadline, n.held, reconsidered, receipt)


def _reconsider(conn: Connection, due: DueSet, now: datetime) -> int:
    """Ask the evaluator for every exchange a later consent event may have reached; add the
    ones past their deadline to the due set. Returns how many it decided."""
    rows = list(due.reconsidered())
    if not rows:
        return 0
    policies_by_version = stored_policies(conn, {r.policy_version for r in rows})
    histories = histories_of(conn, {r.account_id for r in rows})
    prepared: dict[tuple[str, str, str], list[ConsentEvent]] = {}
    found = []
    for r in rows:
        policy = policies_by_version[r.policy_version]
        tier = r.tier or r.account_tier
        key = (r.account_id, r.policy_version, tier)
        events = prepared.get(key)
        if events is None:
            events = prepared[key] = effective(policy, tier, histories[r.account_id])
        d = evaluate(
            policy,
            Account(r.account_id, tier),
            events,
            r.ts,
            conversation=Conversation(r.last_activity_at, r.deleted_at, bool(r.conv_incognito)),
            flags=ExchangeFlags(r.incognito, r.safety_flagged, r.feedback),
            as_of=now,
            prepared=True,
        )
        if d.retain_until is not None and d.retain_until <= now:
            passed = r.retain_until is not None and r.retain_until <= now
            found.append((r.exchange_id, r.account_id, passed))
    due.add(found)
    return len(rows)
