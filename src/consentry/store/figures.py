"""Aggregates over the store for a period [since, until): counts only, never ids or text (what
the transparency report publishes). Each figure is one SQL aggregate, the same on SQLite and
PostgreSQL, and costs a scan however large the store is."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, select

from consentry.store.exchanges import REFUSED
from consentry.store.schema import (
    account_blocks,
    accounts,
    audit_log,
    consent_events,
    dataset_removals,
    datasets,
    exchanges,
    legal_holds,
)


@dataclass(frozen=True)
class PeriodFigures:
    accounts_by_tier: dict[str, int]
    consent_choices: dict[str, dict[str, int]]  # choice -> basis -> events in the period
    exchanges_captured: int  # answered exchanges; requests the gateway refused are apart
    exchanges_eligible: int
    exchanges_by_reason: dict[str, int]
    exchanges_by_policy: dict[str, int]
    erasure_requests: int
    exchanges_erased_on_request: int
    exchanges_purged_by_retention: int
    datasets_built: int
    dataset_records: int
    datasets_superseded: int
    users_told_of_removal: int
    requests_refused: dict[str, int]  # refusal code (rate_limited, blocked, ...) -> requests
    accounts_blocked: dict[str, int]  # source -> blocks placed in the period
    accounts_blocked_now: int
    legal_holds_now: int


def _counts(conn: Connection, q: Any) -> dict[str, int]:
    """{key: count} from a two-column SELECT, NULL keys left out."""
    return {str(k): int(n) for k, n in conn.execute(q) if k is not None}


def period_figures(conn: Connection, since: datetime, until: datetime) -> PeriodFigures:
    """The store's figures for [since, until) (and, where named `_now`, at this moment)."""
    e, ce, b = exchanges, consent_events, account_blocks
    # The gateway stores refused requests (without text) with reason `refused:<code>`: they are
    # counted apart, not as captured exchanges.
    refused = e.c.reason.like(f"{REFUSED}%")
    in_period = and_(e.c.ts >= since, e.c.ts < until, ~refused)
    choices: dict[str, dict[str, int]] = defaultdict(dict)
    for choice, basis, n in conn.execute(
        select(ce.c.choice, ce.c.basis, func.count())
        .where(ce.c.ts >= since, ce.c.ts < until)
        .group_by(ce.c.choice, ce.c.basis)
    ):
        choices[choice][basis] = int(n)
    erased = {"request": [0, 0], "retention": [0, 0]}  # entries, exchanges
    for actor, detail in conn.execute(
        select(audit_log.c.actor, audit_log.c.detail).where(
            audit_log.c.action == "content.erased", audit_log.c.at >= since, audit_log.c.at < until
        )
    ):
        kind = "retention" if actor == "retention" else "request"
        erased[kind][0] += 1
        erased[kind][1] += int(json.loads(detail).get("exchanges", 0))
    built = conn.execute(
        select(func.count(), func.coalesce(func.sum(datasets.c.records), 0)).where(
            datasets.c.built_at >= since, datasets.c.built_at < until
        )
    ).one()
    by_reason = _counts(
        conn, select(e.c.reason, func.count()).where(in_period).group_by(e.c.reason)
    )
    eligible = conn.execute(select(func.count()).where(in_period, e.c.eligible)).scalar_one()
    return PeriodFigures(
        accounts_by_tier=_counts(
            conn, select(accounts.c.tier, func.count()).group_by(accounts.c.tier)
        ),
        consent_choices=dict(choices),
        exchanges_captured=sum(by_reason.values()),
        exchanges_eligible=int(eligible),
        exchanges_by_reason=by_reason,
        exchanges_by_policy=_counts(
            conn,
            select(e.c.policy_version, func.count()).where(in_period).group_by(e.c.policy_version),
        ),
        erasure_requests=erased["request"][0],
        exchanges_erased_on_request=erased["request"][1],
        exchanges_purged_by_retention=erased["retention"][1],
        datasets_built=int(built[0]),
        dataset_records=int(built[1]),
        datasets_superseded=conn.execute(
            select(func.count()).where(
                datasets.c.superseded_at >= since, datasets.c.superseded_at < until
            )
        ).scalar_one(),
        users_told_of_removal=conn.execute(
            select(func.count(func.distinct(dataset_removals.c.account_id))).where(
                dataset_removals.c.recorded_at >= since, dataset_removals.c.recorded_at < until
            )
        ).scalar_one(),
        requests_refused={
            k.removeprefix(REFUSED): n
            for k, n in _counts(
                conn,
                select(e.c.reason, func.count())
                .where(e.c.ts >= since, e.c.ts < until, refused)
                .group_by(e.c.reason),
            ).items()
        },
        accounts_blocked=_counts(
            conn,
            select(b.c.source, func.count())
            .where(b.c.blocked_at >= since, b.c.blocked_at < until)
            .group_by(b.c.source),
        ),
        accounts_blocked_now=conn.execute(
            select(func.count(func.distinct(b.c.account_id))).where(b.c.lifted_at.is_(None))
        ).scalar_one(),
        legal_holds_now=conn.execute(
            select(func.count()).where(legal_holds.c.released_at.is_(None))
        ).scalar_one(),
    )
