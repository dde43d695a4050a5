"""Which exchanges the retention purge removes, decided set-based in the database
(consentry.rights.retention drives it).

The evaluator decides a deadline once, at capture (as of the exchange's time, the consent
history then known, without the conversation). As of a later `now` it can only differ if
something happened after that decision:

- a consent event of the account that took effect after the exchange (a withdrawal, a
  permission that a resumed conversation brings in), or one recorded after the capture
  (backdated), or the synthetic event a policy's choice deadline implies after the exchange;
  such exchanges are *reconsidered*: their rows go back to the evaluator (few: only accounts
  whose consent changed after they chatted);
- the conversation was deleted: for every other exchange that is the only later fact, and the
  deadline is the captured one brought forward by the rule table's shortenings, compiled to
  SQL (consentry.policy.sql.compile_shortened_due). Those are decided here by two
  INSERT ... SELECT statements, one from the `retain_until` index and one from the deleted
  conversations, so no row passes through Python.

Everything due goes into a temporary table (id, account, whether the captured deadline had
passed); accounts under legal hold are counted and kept; `erase_due` removes the rest in one
UPDATE with one receipt.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    MetaData,
    String,
    Table,
    and_,
    exists,
    func,
    literal,
    select,
    union,
)

from consentry.policy.model import AfterDeadline, RetentionWindows
from consentry.policy.sql import SqlFact, compile_shortened_due
from consentry.store.dialect import dialect_of
from consentry.store.erasure import ErasureReceipt, erase_exchanges
from consentry.store.holds import active_holds
from consentry.store.policies import stored_policies
from consentry.store.schema import (
    accounts,
    consent_events,
    conversations,
    exchanges,
    policies,
)

CHUNK = 5_000
_NEVER = datetime(9999, 12, 31)


@dataclass(frozen=True)
class DueCounts:
    due: int  # past their deadline and not under legal hold
    by_deadline: int  # ... of which the captured deadline had passed
    held: int  # past their deadline but kept under legal hold


class DueSet:
    """The exchanges past their deadline as of `now`, held in a temporary table."""

    def __init__(self, conn: Connection, now: datetime, due: Table, again: Table) -> None:
        self.conn, self.now, self.table, self.again = conn, now, due, again

    def reconsidered(self) -> Iterator[Any]:
        """The live exchanges whose deadline a later event may have changed, with what the
        evaluator needs (rows: exchange_id, account_id, ts, flags, policy_version,
        retain_until, tier, account_tier, last_activity_at, deleted_at, conv_incognito)."""
        e, c = exchanges, conversations
        q = (
            select(
                e.c.exchange_id,
                e.c.account_id,
                e.c.ts,
                e.c.incognito,
                e.c.safety_flagged,
                e.c.feedback,
                e.c.policy_version,
                e.c.retain_until,
                e.c.tier,
                accounts.c.tier.label("account_tier"),
                c.c.last_activity_at,
                c.c.deleted_at,
                c.c.incognito.label("conv_incognito"),
            )
            .join(accounts, accounts.c.account_id == e.c.account_id)
            .outerjoin(c, c.c.conversation_id == e.c.conversation_id)
            .where(e.c.erased_at.is_(None))
        )
        # By primary key in chunks: joined to the ids' table in one statement, SQLite (which
        # knows nothing of a temporary table's size) scans every exchange of every account.
        ids = list(self.conn.execute(select(self.again.c.exchange_id)).scalars())
        for lo in range(0, len(ids), CHUNK):
            yield from self.conn.execute(q.where(e.c.exchange_id.in_(ids[lo : lo + CHUNK])))

    def add(self, rows: list[tuple[str, str, bool]]) -> None:
        """(exchange_id, account_id, captured deadline passed) the evaluator found due."""
        for lo in range(0, len(rows), CHUNK):
            self.conn.execute(
                self.table.insert(),
                [
                    {"exchange_id": i, "account_id": a, "by_deadline": d}
                    for i, a, d in rows[lo : lo + CHUNK]
                ],
            )

    def add_untouched(self) -> None:
        """Every exchange not reconsidered whose deadline has passed: the captured one, or one
        a deletion brought forward (per stored policy version: the windows are the policy's)."""
        e, c, t, now = exchanges, conversations, self.table, self.now
        live = and_(
            e.c.erased_at.is_(None),
            ~exists().where(self.again.c.exchange_id == e.c.exchange_id),
        )
        cols = ["exchange_id", "account_id", "by_deadline"]
        self.conn.execute(
            t.insert().from_select(
                cols,
                select(e.c.exchange_id, e.c.account_id, literal(True)).where(
                    e.c.retain_until <= now, live
                ),
            )
        )
        versions = set(self.conn.execute(select(policies.c.version)).scalars())
        for version, policy in sorted(stored_policies(self.conn, versions).items()):
            due = _shortened_due(policy.retention, now)
            if due is False:
                continue
            q = (
                select(e.c.exchange_id, e.c.account_id, literal(False))
                .select_from(c)
                .join(e, e.c.conversation_id == c.c.conversation_id)
                .where(
                    # The deleted conversations first, then their exchanges by index.
                    e.c.conversation_id.in_(
                        select(c.c.conversation_id).where(c.c.deleted_at <= now)
                    ),
                    e.c.policy_version == version,
                    # Not the captured deadline (decided above); written so that no plan
                    # starts from the retain_until index (most rows are after `now`).
                    func.coalesce(e.c.retain_until, _NEVER) > now,
                    live,
                )
            )
            self.conn.execute(t.insert().from_select(cols, q if due is True else q.where(due)))

    def counts(self) -> DueCounts:
        t = self.table
        held = t.c.account_id.in_(_held_accounts())
        due, by_deadline, n_held = self.conn.execute(
            select(
                func.count().filter(~held),
                func.count().filter(and_(~held, t.c.by_deadline)),
                func.count().filter(held),
            )
        ).one()
        return DueCounts(due, by_deadline, n_held)

    def erase(self, subject: str, reason: str, actor: str) -> ErasureReceipt:
        """Remove the content of every due exchange not under legal hold (one receipt)."""
        t = self.table
        ids = select(t.c.exchange_id).where(t.c.account_id.not_in(_held_accounts()))
        return erase_exchanges(
            self.conn, exchanges.c.exchange_id.in_(ids), subject, reason, actor, self.now
        )


@contextmanager
def due_set(conn: Connection, now: datetime) -> Iterator[DueSet]:
    """Temporary tables for one purge: the reconsidered ids (filled here) and the due set
    (filled by the caller: `add` for the evaluator's, `add_untouched`); dropped after."""
    md = MetaData()
    tag = secrets.token_hex(4)
    again = Table(
        f"tmp_reconsider_{tag}",
        md,
        Column("exchange_id", String(128), primary_key=True),
        prefixes=["TEMPORARY"],
    )
    due = Table(
        f"tmp_due_{tag}",
        md,
        Column("exchange_id", String(128), primary_key=True),
        Column("account_id", String(128), nullable=False),
        Column("by_deadline", Boolean, nullable=False),
        prefixes=["TEMPORARY"],
    )
    md.create_all(conn)
    try:
        with dialect_of(conn).index_joins(conn):
            conn.execute(again.insert().from_select(["exchange_id"], _reconsidered_ids(conn, now)))
        yield DueSet(conn, now, due, again)
    finally:
        md.drop_all(conn)


def _held_accounts() -> Any:
    holds = active_holds().subquery()
    return select(holds.c.account_id)


def _shortened_due(windows: RetentionWindows, now: datetime) -> Any:
    """The shortenings for an exchange no later consent event reached (so not withdrawn): a
    SQL condition over `exchanges` joined to its deleted conversation, or True/False."""
    e, c = exchanges, conversations
    facts: dict[str, SqlFact] = {
        "withdrawn": False,
        "shorten": False,  # moot: not withdrawn
        "safety_window": e.c.safety_flagged if windows.safety_flagged != "same" else False,
        "deleted": c.c.deleted_at <= now,
    }
    return compile_shortened_due(windows, facts, {"ts": e.c.ts, "deleted_at": c.c.deleted_at}, now)


def _reconsidered_ids(conn: Connection, now: datetime) -> Any:
    """Ids of the exchanges a consent event may have reached after their capture, as a union
    of parts that each start from an index (a full scan would read all the content pages): a
    consent event after the exchange, or recorded after its capture (backdated), or any event
    where the capture time is unknown (stored before migration 0004); the policy's choice
    deadline after it."""
    e, ce = exchanges, consent_events
    # Per account, the latest event in effect by now and the latest recording: an exchange
    # before the one, or captured before the other, may be reached by an event it did not see.
    last = (
        select(
            ce.c.account_id,
            func.max(ce.c.ts).label("ts"),
            func.max(ce.c.recorded_at).label("recorded_at"),
        )
        .where(ce.c.ts <= now)
        .group_by(ce.c.account_id)
        .subquery()
    )
    parts = [
        select(e.c.exchange_id)
        .select_from(last)
        .join(e, and_(e.c.account_id == last.c.account_id, e.c.ts < last.c.ts)),
        select(e.c.exchange_id)
        .select_from(last)
        .join(e, and_(e.c.account_id == last.c.account_id, e.c.captured_at < last.c.recorded_at)),
        select(e.c.exchange_id)
        .select_from(last)
        .join(e, and_(e.c.account_id == last.c.account_id, e.c.captured_at.is_(None))),
    ]
    for version, deadline in _policy_deadlines(conn, now):
        parts.append(
            select(e.c.exchange_id).where(e.c.policy_version == version, e.c.ts < deadline)
        )
    return union(*parts)


def _policy_deadlines(conn: Connection, now: datetime) -> list[tuple[str, datetime]]:
    """(policy version, choice deadline) for stored policies whose deadline implies an event
    by `now`: an exchange before it may be reached by that event."""
    versions = set(conn.execute(select(policies.c.version)).scalars())
    out = []
    for version, policy in stored_policies(conn, versions).items():
        choice = policy.choice
        if (
            choice.deadline is not None
            and choice.after_deadline != AfterDeadline.KEEP_DEFAULT
            and choice.deadline <= now
        ):
            out.append((version, choice.deadline))
    return out
