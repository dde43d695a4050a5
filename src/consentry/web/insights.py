"""The console's figures: aggregates over the store, never conversation text.

Each is one grouped SQL query (the same on SQLite and PostgreSQL; the month expression is the
one per-backend difference, kept as data), plus the audit log's receipts for erasures and purges,
since erased content is gone from the exchange rows."""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from consentry.store import audit
from consentry.store.schema import accounts, audit_log, consent_events, datasets, exchanges

MONTH: dict[str, Callable[[Any], Any]] = {
    "sqlite": lambda col: func.strftime("%Y-%m", col),
    "postgresql": lambda col: func.to_char(col, "YYYY-MM"),
}


@dataclass(frozen=True)
class Series:
    """Counts per category, one list per series (what a stacked bar chart draws)."""

    categories: list[str]
    series: dict[str, list[int]]

    def rows(self) -> list[tuple[str, list[int]]]:
        return [(c, [s[i] for s in self.series.values()]) for i, c in enumerate(self.categories)]


def _pivot(rows: list[tuple[str, str, int]]) -> Series:
    cats = sorted({c for c, _, _ in rows})
    names = sorted({s for _, s, _ in rows})
    grid = {s: [0] * len(cats) for s in names}
    index = {c: i for i, c in enumerate(cats)}
    for c, s, n in rows:
        grid[s][index[c]] += int(n)
    return Series(cats, grid)


def consent_by_month(conn: Connection) -> Series:
    """Training choices that took effect per month, by how they were obtained and which way."""
    month = MONTH[conn.dialect.name](consent_events.c.ts)
    rows = conn.execute(
        select(month, consent_events.c.choice, consent_events.c.basis, func.count()).group_by(
            month, consent_events.c.choice, consent_events.c.basis
        )
    ).all()
    return _pivot([(m, f"{choice} · {basis}", n) for m, choice, basis, n in rows])


def consent_by_tier(conn: Connection) -> Series:
    """Training choices by the account's tier and how they were obtained."""
    rows = conn.execute(
        select(accounts.c.tier, consent_events.c.basis, func.count())
        .join(accounts, accounts.c.account_id == consent_events.c.account_id)
        .group_by(accounts.c.tier, consent_events.c.basis)
    ).all()
    return _pivot([(t, b, n) for t, b, n in rows])


def decisions_by_reason(conn: Connection) -> list[tuple[str, int]]:
    """Stored exchanges by the reason of the decision captured with them."""
    return [
        (r, int(n))
        for r, n in conn.execute(
            select(exchanges.c.reason, func.count()).group_by(exchanges.c.reason)
        )
    ]


def erasure_by_month(conn: Connection) -> Series:
    """Exchanges whose content was removed per month: by user request or by retention."""
    month = MONTH[conn.dialect.name](audit_log.c.at)
    got: dict[tuple[str, str], int] = defaultdict(int)
    for m, actor, detail in conn.execute(
        select(month, audit_log.c.actor, audit_log.c.detail).where(
            audit_log.c.action == "content.erased"
        )
    ):
        kind = "retention purge" if actor == "retention" else "erasure request"
        got[(m, kind)] += int(json.loads(detail).get("exchanges", 0))
    return _pivot([(m, k, n) for (m, k), n in got.items()])


def recent_audit(conn: Connection, limit: int = 25) -> list[dict[str, Any]]:
    """The newest entries: who did what to which id (details hold ids and counts only)."""
    q = (
        select(
            audit_log.c.seq,
            audit_log.c.at,
            audit_log.c.actor,
            audit_log.c.action,
            audit_log.c.subject,
            audit_log.c.hash,
        )
        .order_by(audit_log.c.seq.desc())
        .limit(limit)
    )
    return [dict(r._mapping) for r in conn.execute(q)]


def chain_status(conn: Connection) -> dict[str, Any]:
    """Walk the whole chain (what `consentry audit verify` does)."""
    result = audit.verify(conn)
    entries, head = audit.head(conn)
    return {
        "ok": result.ok,
        "entries": entries,
        "head": head,
        "first_bad_seq": result.first_bad_seq,
        "problem": result.problem,
        "checked_at": time.time(),
    }


class ChainCache:
    """The chain's status for pages: walking millions of entries on every page view would make
    the console the store's heaviest reader, so a walk is reused while the head is unchanged,
    for at most `ttl` seconds (an edit in the middle shows within that time)."""

    def __init__(self, ttl: float = 60.0) -> None:
        self.ttl = ttl
        self._last: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def status(self, conn: Connection) -> dict[str, Any]:
        entries, head = audit.head(conn)
        with self._lock:
            last = self._last
            fresh = (
                last is not None
                and last["head"] == head
                and last["entries"] == entries
                and time.time() - last["checked_at"] < self.ttl
            )
            if not fresh:
                self._last = last = chain_status(conn)
            assert last is not None
            return last


def datasets_with_status(conn: Connection) -> list[dict[str, Any]]:
    """Every training set, newest first, with the result of its last verify from the console
    (recorded in the audit log as `dataset.verified`)."""
    last: dict[str, dict[str, Any]] = {}
    for at, actor, subject, detail in conn.execute(
        select(audit_log.c.at, audit_log.c.actor, audit_log.c.subject, audit_log.c.detail)
        .where(audit_log.c.action == "dataset.verified")
        .order_by(audit_log.c.seq)
    ):
        last[subject] = {"at": at, "by": actor, **json.loads(detail)}
    rows = conn.execute(select(datasets).order_by(datasets.c.built_at.desc())).all()
    return [{**dict(r._mapping), "verify": last.get(r.dataset_id)} for r in rows]


def dataset(conn: Connection, dataset_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(datasets).where(datasets.c.dataset_id == dataset_id)).first()
    return dict(row._mapping) if row else None
