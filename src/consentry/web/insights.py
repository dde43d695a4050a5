"""The console's figures, shaped for its charts and tables: the store's grouped counts
(store/overview.py, never conversation text) pivoted into series, and the audit chain's status
cached for page views."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from consentry.store import audit, overview


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
    return _pivot([(m, f"{c} · {b}", n) for m, c, b, n in overview.consents_by_month(conn)])


def consent_by_tier(conn: Connection) -> Series:
    """Training choices by the account's tier and how they were obtained."""
    return _pivot(overview.consents_by_tier(conn))


def erasure_by_month(conn: Connection) -> Series:
    """Exchanges whose content was removed per month: by user request or by retention."""
    got: dict[tuple[str, str], int] = defaultdict(int)
    for m, actor, n in overview.erasures_by_month(conn):
        got[(m, "retention purge" if actor == "retention" else "erasure request")] += n
    return _pivot([(m, k, n) for (m, k), n in got.items()])


def recent_audit(conn: Connection, limit: int = 25) -> list[dict[str, Any]]:
    """The newest entries first: who did what to which id (details hold ids and counts only)."""
    keep = ("seq", "at", "actor", "action", "subject", "hash")
    return [{k: r._mapping[k] for k in keep} for r in reversed(audit.recent(conn, limit))]


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
    last = overview.verifications(conn)
    return [{**row, "verify": last.get(row["dataset_id"])} for row in overview.training_sets(conn)]
