"""Physical reclaim: after an erasure or a purge commits, make the erased bytes leave the
store's files, and record in the audit log when they did.

A committed UPDATE that nulls the content is not enough on either backend. SQLite keeps the
old page images in its write-ahead log until a checkpoint, and a reader's snapshot pins them;
consentry sets `secure_delete` on every connection (store/dialect.py) so freed cells are zeroed, then
runs `wal_checkpoint(TRUNCATE)`. PostgreSQL keeps the old row versions in the table's files
until a vacuum, and a plain VACUUM leaves their bytes in the page's free space (measured: see
docs/rights.md), so the reclaim is `VACUUM FULL`, which writes the table anew, once no
session's snapshot can still see the erased versions (else it would copy them). Both wait for
readers a bounded time; if one still holds old data, the reclaim is recorded as pending and
`consentry store compact` finishes it later.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import DBAPIError

from consentry.store import audit
from consentry.store.schema import audit_log

# The tables whose files can hold conversation content.
CONTENT_TABLES = ("exchanges",)
ERASED, RECLAIMED, PENDING = "content.erased", "content.reclaimed", "content.reclaim_pending"


@dataclass(frozen=True)
class Reclaim:
    """What one reclaim did: whether the bytes are gone, how, and which receipts it covers."""

    backend: str
    reclaimed: bool
    method: str
    through_seq: int  # the last erasure receipt (audit seq) whose bytes this covers
    pending_receipts: int  # erasure receipts not reclaimed before this run
    seconds: float
    problem: str = ""  # why not, when not reclaimed
    audit_hash: str = ""


def _sqlite(conn: Connection, wait_seconds: float) -> tuple[bool, str, str]:
    """Checkpoint the WAL into the database file and truncate it; a reader whose snapshot
    predates the erasure makes the checkpoint wait (busy handler), here at most wait_seconds."""
    conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(wait_seconds * 1000)}")
    try:
        busy, log, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    finally:
        conn.exec_driver_sql("PRAGMA busy_timeout = 30000")
    method = "secure_delete + wal_checkpoint(TRUNCATE)"
    if busy:
        return (
            False,
            method,
            f"a reader's open transaction pins old pages ({done} of {log} WAL frames copied); "
            "run `consentry store compact` once it ends",
        )
    return True, method, ""


# Sessions of this database whose snapshot predates `x`: they keep the erased row versions
# alive, and a VACUUM FULL would copy those versions into the table's new files.
_PINNING = """
SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid()
  AND backend_xmin IS NOT NULL AND age(backend_xmin) >= age(CAST(:x AS xid))
"""


def _postgresql(conn: Connection, wait_seconds: float) -> tuple[bool, str, str]:
    """Wait until no session's snapshot predates now (so every erased row version is dead to
    all), then VACUUM FULL each content table outside any transaction; a session holding the
    table blocks the exclusive lock it needs. Both waits together take at most wait_seconds."""
    from sqlalchemy import text

    method = "VACUUM FULL " + ", ".join(CONTENT_TABLES)
    deadline = time.monotonic() + wait_seconds
    xid = conn.exec_driver_sql("SELECT pg_current_xact_id()::text").scalar_one()
    xid32 = str(int(xid) % 2**32)
    while (pins := conn.execute(text(_PINNING), {"x": xid32}).scalar_one()) > 0:
        if time.monotonic() >= deadline:
            return (
                False,
                method,
                f"{pins} session(s) hold a snapshot from before the erasure; run "
                "`consentry store compact` once they end",
            )
        time.sleep(0.1)
    left = max(deadline - time.monotonic(), 0.001)
    conn.exec_driver_sql(f"SET lock_timeout = '{int(left * 1000) + 1}ms'")
    try:
        for table in CONTENT_TABLES:
            conn.exec_driver_sql(f"VACUUM (FULL) {table}")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "55P03":  # lock_not_available
            raise
        return (
            False,
            method,
            "another session holds the exchanges table; run `consentry store compact` once it ends",
        )
    finally:
        conn.exec_driver_sql("RESET lock_timeout")
    return True, method, ""


# Backend differences are data: one reclaim step per dialect.
RECLAIMERS: dict[str, Callable[[Connection, float], tuple[bool, str, str]]] = {
    "sqlite": _sqlite,
    "postgresql": _postgresql,
}


def pending(conn: Connection) -> tuple[int, int]:
    """(seq of the latest erasure receipt, how many erasure receipts are not yet reclaimed)."""
    last_erased = (
        conn.execute(select(func.max(audit_log.c.seq)).where(audit_log.c.action == ERASED)).scalar()
        or 0
    )
    done = [e.get("through_seq", 0) for e in audit.entries_for(conn, RECLAIMED)]
    covered = max(done, default=0)
    n = conn.execute(
        select(func.count()).where(audit_log.c.action == ERASED, audit_log.c.seq > covered)
    ).scalar_one()
    return last_erased, n


def reclaim(
    engine: Engine, *, wait_seconds: float | None = None, actor: str = "consentry"
) -> Reclaim:
    """Reclaim the bytes of every committed erasure and record it (call after the erasure's
    transaction has committed: both steps need to run outside it)."""
    if wait_seconds is None:
        from consentry.config import get_settings

        wait_seconds = get_settings().reclaim_wait_seconds
    backend = engine.dialect.name
    with engine.begin() as conn:
        through, waiting = pending(conn)
    started = time.perf_counter()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        ok, method, problem = RECLAIMERS[backend](conn, wait_seconds)
    seconds = time.perf_counter() - started
    detail = {
        "backend": backend,
        "method": method,
        "through_seq": through,
        "receipts": waiting,
        "seconds": round(seconds, 3),
    }
    with engine.begin() as conn:
        h = audit.append(
            conn, RECLAIMED if ok else PENDING, f"store:{backend}", detail, actor=actor
        )
    return Reclaim(backend, ok, method, through, waiting, seconds, problem, h)
