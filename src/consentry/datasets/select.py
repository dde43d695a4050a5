"""Which stored exchanges are eligible for training at a given time: one set-based pass in SQL.

The reasons and their order are the rule table's (consentry.policy.rules), compiled to SQL by
consentry.policy.sql; this module supplies the facts per exchange, over the whole store at once
so that SQLite or PostgreSQL does the work:

- store state: not erased, not expired (retain_until > T or NULL), account not blocked at T,
  conversation not deleted by T, neither the exchange nor its conversation incognito, not
  safety-flagged, account tier not `never` under the build's policy;
- the *governing* consent event as of T, found per exchange by a correlated subquery over
  the account's effective history (recorded events plus the one the policy's deadline
  implies): the latest event at or before the exchange, or a later refusal (a withdrawal
  reaches everything), or - when the policy's scope is `whole_conversation` - a later
  permission that the conversation was resumed after;
- the captured decision: an exchange captured as not eligible stays out unless a later
  permission reached it through a resumed conversation, which is the only way consent can
  grow backwards in time;
- explicit basis where the tier is `opt_in`, the policy requires it, or --explicit-only.

`exclusions()` gives the counts by first failing reason; `eligible_rows()` streams the
eligible exchanges with their content, ordered by time.
"""

from __future__ import annotations

import secrets
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)

from consentry.policy import Policy
from consentry.policy.ladder import KEPT_OUT_OF_TRAINING
from consentry.policy.model import AfterDeadline, ResumedScope, TierRule
from consentry.policy.rules import (
    ALLOWED_REASONS,
    AS_CAPTURED,
    CONSENT_REASONS,
    DEADLINE_EVENT,
    Basis,
    Choice,
    Rule,
    Stage,
)
from consentry.policy.sql import SqlBool, SqlFact, compile_reason, in_list
from consentry.store.dialect import dialect_of
from consentry.store.schema import (
    account_blocks,
    accounts,
    consent_events,
    conversations,
    countermeasures,
    dataset_records,
    exchanges,
)

ELIGIBLE = "eligible"
SYNTHETIC_SEQ = 2**31 - 1  # a deadline's implied event sorts after real events at the same time
# Store-level exclusion reasons (beyond the policy's reason codes).
ERASED, EXPIRED, BLOCKED = "erased", "expired", "account_blocked"
SUSPECT = "distillation_countermeasure"  # on a ladder rung that keeps traffic out of training


@dataclass(frozen=True)
class Filters:
    """What a build asks for beyond the policy (the CLI's --since/--until/--model/--tier)."""

    since: datetime | None = None
    until: datetime | None = None
    models: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    explicit_only: bool = False

    def to_json(self) -> dict:
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "models": list(self.models),
            "tiers": list(self.tiers),
            "explicit_only": self.explicit_only,
        }

    @classmethod
    def from_json(cls, d: dict) -> Filters:
        return cls(
            since=datetime.fromisoformat(d["since"]) if d.get("since") else None,
            until=datetime.fromisoformat(d["until"]) if d.get("until") else None,
            models=tuple(d.get("models", ())),
            tiers=tuple(d.get("tiers", ())),
            explicit_only=bool(d.get("explicit_only")),
        )


@dataclass(frozen=True)
class Scope:
    """One evaluation of the store at time `as_of`, optionally limited to a dataset's records."""

    policy: Policy
    as_of: datetime
    filters: Filters = field(default_factory=Filters)
    within_dataset: str | None = None


class Row(NamedTuple):
    """An eligible exchange with its content (a plain tuple: it travels to worker processes)."""

    exchange_id: str
    account_id: str
    system_prompt: str | None
    prompt: str | None
    response: str | None
    consent_basis: str
    policy_version: str


class Selection:
    """The status of every exchange in scope, held in a temporary table for one build."""

    def __init__(self, conn: Connection, scope: Scope, status: Table) -> None:
        self.conn, self.scope, self.table = conn, scope, status

    def status_expr(self) -> ColumnElement[str]:
        return self.table.c.status

    def exclusions(self) -> dict[str, int]:
        """Count of exchanges in scope excluded, by the first reason that excludes them."""
        # Grouping over a subquery keeps PostgreSQL happy with the CASE's bound parameters.
        sq = select(self.status_expr().label("status")).subquery()
        rows = self.conn.execute(select(sq.c.status, func.count()).group_by(sq.c.status)).all()
        return {s: n for s, n in rows if s != ELIGIBLE}

    def statuses(self) -> dict[str, str]:
        """exchange_id -> status, for checking a known set of records (verify)."""
        return {
            r[0]: r[1]
            for r in self.conn.execute(select(self.table.c.exchange_id, self.status_expr()))
        }

    def exclude_gone_since(self, now: datetime) -> None:
        """For a build as of a past time: what was eligible then but is erased or past its
        retention now counts as erased or expired (its content is gone, or must not be used)."""
        t, e = self.table, exchanges
        for reason, gone in (
            (ERASED, e.c.erased_at.is_not(None)),
            (EXPIRED, and_(e.c.retain_until.is_not(None), e.c.retain_until <= _naive(now))),
        ):
            self.conn.execute(
                t.update()
                .where(
                    t.c.status == ELIGIBLE, t.c.exchange_id.in_(select(e.c.exchange_id).where(gone))
                )
                .values(status=reason)
            )

    def eligible_count(self) -> int:
        q = select(func.count()).select_from(self.table).where(self.status_expr() == ELIGIBLE)
        return self.conn.execute(q).scalar_one()

    def timeframe(self) -> tuple[datetime | None, datetime | None]:
        """First and last exchange time among the eligible (for the Croissant description)."""
        e = exchanges
        q = (
            select(func.min(e.c.ts), func.max(e.c.ts))
            .select_from(self.table.join(e, e.c.exchange_id == self.table.c.exchange_id))
            .where(self.status_expr() == ELIGIBLE)
        )
        first, last = self.conn.execute(q).one()
        return first, last

    def eligible_rows(self, chunk: int = 5_000) -> Generator[list[Row], None, None]:
        """The eligible exchanges with content, oldest first (time as stored, then id), streamed
        in chunks.

        The order is numbered in the database, over the status table's small rows, into a
        temporary table; the content is streamed by joining it in that order, so no text passes
        through a sorter and the rows are never all in memory.
        """
        t, e = self.table, exchanges
        collation = dialect_of(self.conn).binary_collation
        exchange_id = t.c.exchange_id.collate(collation) if collation else t.c.exchange_id
        order = Table(
            f"tmp_order_{secrets.token_hex(4)}",
            MetaData(),
            Column("pos", Integer, primary_key=True, autoincrement=False),
            Column("exchange_id", String(128), nullable=False),
            Column("basis", String(16)),
            prefixes=["TEMPORARY"],
        )
        order.create(self.conn)
        try:
            self.conn.execute(
                order.insert().from_select(
                    ["pos", "exchange_id", "basis"],
                    select(
                        func.row_number().over(order_by=(t.c.ts, exchange_id)),
                        t.c.exchange_id,
                        func.coalesce(func.substr(t.c.gov, 3), literal("default")),
                    ).where(self.status_expr() == ELIGIBLE),
                )
            )
            o = order
            q = (
                select(
                    e.c.exchange_id,
                    e.c.account_id,
                    e.c.system_prompt,
                    e.c.prompt,
                    e.c.response,
                    o.c.basis,
                    e.c.policy_version,
                )
                .select_from(o.join(e, e.c.exchange_id == o.c.exchange_id))
                .order_by(o.c.pos)
            )
            # Per statement: Connection.execution_options() would change the connection itself.
            result = self.conn.execute(q.execution_options(stream_results=True))
            try:
                for part in result.partitions(chunk):
                    yield [Row(*r) for r in part]
            finally:
                result.close()
        finally:
            order.drop(self.conn)


@contextmanager
def selection(conn: Connection, scope: Scope) -> Iterator[Selection]:
    """Evaluate every exchange in scope once (set-based) into temporary tables; drop them after."""
    for statement in dialect_of(conn).bulk_read_setup:
        conn.exec_driver_sql(statement)
    md = MetaData()
    tag = secrets.token_hex(4)
    events = Table(
        f"tmp_events_{tag}",
        md,
        Column("account_id", String(128)),
        Column("ts", DateTime),
        Column("seq", Integer),
        Column("choice", String(8)),
        Column("basis", String(16)),
        prefixes=["TEMPORARY"],
    )
    status = Table(
        f"tmp_status_{tag}",
        md,
        Column("exchange_id", String(128), nullable=False),
        Column("ts", DateTime),
        Column("pre", String(40)),
        Column("gov", String(24)),
        Column("captured_eligible", Boolean),
        Column("captured_reason", String(40)),
        Column("tier", String(16)),
        Column("status", String(40)),
        Column("late_allow", Boolean),
        prefixes=["TEMPORARY"],
    )
    special = Table(  # conversations that exclude their exchanges: few, so the join is cheap
        f"tmp_conv_{tag}",
        md,
        Column("conversation_id", String(128), primary_key=True),
        Column("incognito", Boolean),
        Column("deleted_at", DateTime),
        prefixes=["TEMPORARY"],
    )
    md.create_all(conn)
    try:
        _fill_events(conn, events, scope)
        conn.exec_driver_sql(
            f"CREATE INDEX ix_{events.name} ON {events.name} (account_id, ts, seq)"
        )
        c = conversations
        conn.execute(
            special.insert().from_select(
                ["conversation_id", "incognito", "deleted_at"],
                select(c.c.conversation_id, c.c.incognito, c.c.deleted_at).where(
                    or_(c.c.incognito, c.c.deleted_at.is_not(None))
                ),
            )
        )
        _fill_status(conn, status, events, special, scope)
        _mark_dormant(conn, status, events, scope)
        conn.execute(status.update().values(status=_status(status, scope)))  # decided once
        yield Selection(conn, scope, status)
    finally:
        md.drop_all(conn)


def _naive(ts: datetime) -> datetime:
    """Temporary tables use plain DateTime; the store keeps naive UTC."""
    from consentry.store.schema import utc

    return utc(ts).replace(tzinfo=None)


def _fill_events(conn: Connection, events: Table, scope: Scope) -> None:
    """The effective consent history of every account as of T (see policy.effective_history)."""
    T = _naive(scope.as_of)
    ce = consent_events
    # Bitemporal: an event counts as of T if it took effect by T and the store knew it by T (a
    # choice recorded after a build with an earlier effective time did not bind that build).
    recorded = select(ce.c.account_id, ce.c.ts, ce.c.event_id, ce.c.choice, ce.c.basis).where(
        ce.c.ts <= T, ce.c.recorded_at <= T
    )
    parts = [recorded]
    c = scope.policy.choice
    if (
        c.deadline is not None
        and c.after_deadline != AfterDeadline.KEEP_DEFAULT
        and _naive(c.deadline) <= T
    ):
        choice, basis = DEADLINE_EVENT[c.after_deadline]
        by_choice = [t for t, r in scope.policy.tiers.items() if r == TierRule.BY_CHOICE]
        deadline = _naive(c.deadline)
        chose_in_time = exists().where(
            ce.c.account_id == accounts.c.account_id,
            ce.c.basis != "default",
            ce.c.ts <= deadline,
            ce.c.recorded_at <= T,
        )
        parts.append(
            select(
                accounts.c.account_id,
                literal(deadline, DateTime),
                literal(SYNTHETIC_SEQ),
                literal(choice.value),
                literal(basis.value),
            ).where(accounts.c.tier.in_(by_choice), ~chose_in_time)
        )
    conn.execute(
        events.insert().from_select(
            ["account_id", "ts", "seq", "choice", "basis"], union_all(*parts)
        )
    )


def _fill_status(
    conn: Connection, status: Table, events: Table, special: Table, scope: Scope
) -> None:
    T = _naive(scope.as_of)
    e, a, c, ev, b = exchanges, accounts, special, events.alias("ev"), account_blocks
    policy, f = scope.policy, scope.filters
    tier = func.coalesce(e.c.tier, a.c.tier)  # the tier at capture governs (docs/policy.md)
    whole = policy.scope.resumed == ResumedScope.WHOLE_CONVERSATION

    blocked = exists().where(
        b.c.account_id == e.c.account_id,
        b.c.blocked_at <= T,
        or_(b.c.lifted_at.is_(None), b.c.lifted_at > T),
    )
    cm = countermeasures
    suspect = exists().where(
        cm.c.account_id == e.c.account_id,
        cm.c.set_at <= T,
        cm.c.rung.in_([str(r) for r in KEPT_OUT_OF_TRAINING]),
    )
    data_facts: dict[str, SqlFact] = {
        "tier_rule": lambda rule: in_list(tier, _tiers_with(policy, rule)),
        "incognito": e.c.incognito,  # per exchange, not per conversation (docs/policy.md)
        "safety_flagged": e.c.safety_flagged,
        "deleted": and_(c.c.deleted_at.is_not(None), c.c.deleted_at <= T),
    }
    data_whens, _ = compile_reason(data_facts, lambda rule: str(rule.reason), Stage.DATA)
    pre = case(
        (and_(e.c.erased_at.is_not(None), e.c.erased_at <= T), ERASED),
        (and_(e.c.retain_until.is_not(None), e.c.retain_until <= T), EXPIRED),
        (blocked, BLOCKED),
        (suspect, SUSPECT),
        *data_whens,
        # A captured reason no consent event can change (a fact about the data) stands.
        (e.c.reason.not_in(ALLOWED_REASONS + CONSENT_REASONS), e.c.reason),
        else_=literal(None, String),
    )
    reaches = [ev.c.ts <= e.c.ts, ev.c.choice == "deny"]
    if whole:  # a permission reaches earlier turns of a conversation resumed after it
        last_activity = (
            select(conversations.c.last_activity_at)
            .where(conversations.c.conversation_id == e.c.conversation_id)
            .correlate(e)
            .scalar_subquery()
        )
        reaches.append(and_(ev.c.choice == "allow", ev.c.ts > e.c.ts, last_activity > ev.c.ts))
    code = case(
        (ev.c.choice == Choice.ALLOW.value, _CHOICE_CODE[Choice.ALLOW]),
        (ev.c.choice == Choice.DENY.value, _CHOICE_CODE[Choice.DENY]),
        else_=_CHOICE_CODE[Choice.REQUIRED],
    )
    late = case((ev.c.ts > e.c.ts, "L"), else_="C")
    gov_subquery = (
        select(code + late + ev.c.basis)
        .where(ev.c.account_id == e.c.account_id, ev.c.ts <= T, or_(*reaches))
        .order_by(ev.c.ts.desc(), ev.c.seq.desc())
        .limit(1)
        .correlate(e)
        .scalar_subquery()
    )
    # Only look the consent up where the cheap per-row facts have not excluded the exchange.
    cheap_ok = and_(
        ~e.c.incognito,
        ~e.c.safety_flagged,
        or_(e.c.erased_at.is_(None), e.c.erased_at > T),
        or_(e.c.retain_until.is_(None), e.c.retain_until > T),
    )
    gov = case((cheap_ok, gov_subquery), else_=literal(None, String))
    where = []
    if f.since:
        where.append(e.c.ts >= _naive(f.since))
    if f.until:
        where.append(e.c.ts < _naive(f.until))
    if f.models:
        where.append(e.c.model.in_(f.models))
    if f.tiers:
        where.append(tier.in_(f.tiers))
    if scope.within_dataset:
        where.append(
            e.c.exchange_id.in_(
                select(dataset_records.c.exchange_id).where(
                    dataset_records.c.dataset_id == scope.within_dataset
                )
            )
        )
    q = (
        select(e.c.exchange_id, e.c.ts, pre, gov, e.c.eligible, e.c.reason, tier)
        .select_from(
            e.join(a, a.c.account_id == e.c.account_id).outerjoin(
                c, c.c.conversation_id == e.c.conversation_id
            )
        )
        .where(*where)
    )
    cols = ["exchange_id", "ts", "pre", "gov", "captured_eligible", "captured_reason", "tier"]
    conn.execute(status.insert().from_select(cols, q))


def _mark_dormant(conn: Connection, status: Table, events: Table, scope: Scope) -> None:
    """Where the consent in force is a refusal (or the default is off), note a later permission
    that did not reach the exchange: the evaluator's reason is then `dormant_conversation`.
    Only those rows are looked at; no reaching event follows such a permission (it would
    govern instead)."""
    t, ev, x = status, events.alias("lv"), exchanges.alias("lx")
    late_allow = exists().where(
        x.c.exchange_id == t.c.exchange_id,
        ev.c.account_id == x.c.account_id,
        ev.c.choice == "allow",
        ev.c.ts > t.c.ts,
        ev.c.ts <= _naive(scope.as_of),
    )
    refused = or_(t.c.gov.is_(None), func.substr(t.c.gov, 1, 2) == "DC")
    conn.execute(t.update().where(t.c.pre.is_(None), refused).values(late_allow=late_allow))


def _status(t: Table, scope: Scope) -> ColumnElement[str]:
    """The first reason that excludes an exchange, or 'eligible' (over the temporary table):
    the consent stage of the rule table, compiled over the governing event found per exchange."""
    policy = scope.policy
    code, timing = func.substr(t.c.gov, 1, 1), func.substr(t.c.gov, 2, 1)
    basis = func.coalesce(func.substr(t.c.gov, 3), literal(Basis.DEFAULT.value))
    no_event = t.c.gov.is_(None)

    def choice_is(choice: StrEnum) -> SqlBool:
        # With no governing event the policy's default is the choice in force.
        expr: ColumnElement[bool] = code == _CHOICE_CODE[Choice(choice)]
        return or_(expr, no_event) if choice == policy.choice.default else expr

    facts: dict[str, SqlFact] = {
        "choice": choice_is,
        "basis": lambda b: basis == b.value,
        "tier_rule": lambda rule: in_list(t.c.tier, _tiers_with(policy, rule)),
        "late": timing == "L",
        # a later permission that did not reach the exchange (see _mark_dormant)
        "dormant": t.c.late_allow.is_(True),
        "captured_excluded": and_(~t.c.captured_eligible, or_(no_event, timing != "L")),
        "explicit_required": policy.choice.require_explicit or scope.filters.explicit_only,
    }

    def outcome(rule: Rule) -> Any:
        if rule.reason == AS_CAPTURED:
            return t.c.captured_reason
        return ELIGIBLE if rule.reason in ALLOWED_REASONS else str(rule.reason)

    whens, otherwise = compile_reason(facts, outcome, Stage.CONSENT)
    return case(
        (t.c.pre.is_not(None), t.c.pre),
        *whens,
        else_=literal_column(f"'{otherwise}'") if isinstance(otherwise, str) else otherwise,
    )


# How the governing event's choice is coded in the status table's `gov` column.
_CHOICE_CODE = {Choice.ALLOW: "A", Choice.DENY: "D", Choice.REQUIRED: "R"}


def _tiers_with(policy: Policy, rule: StrEnum) -> list[str]:
    return [tier for tier, r in policy.tiers.items() if r == rule]
