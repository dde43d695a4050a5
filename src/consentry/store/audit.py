"""The append-only, hash-chained audit log.

Each entry holds ids, hashes and counts (never conversation text) and the SHA-256 of the entry
before it; its own hash covers every field. Editing, inserting or deleting an entry breaks the
chain at that point, and `verify` names the first entry where it breaks. A UNIQUE constraint on
prev_hash makes a fork (two writers appending after the same entry) fail instead of branching.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, func, select

from consentry.store.db import bulk_insert
from consentry.store.dialect import dialect_of
from consentry.store.schema import audit_log

GENESIS = "0" * 64
MAX_DETAIL_STRING = 200  # long strings could only be content; refuse them by construction


@dataclass(frozen=True)
class Entry:
    action: str
    subject: str
    detail: Mapping[str, Any]
    actor: str = "consentry"
    at: datetime | None = None


def sha256_hex(*parts: str | bytes | None) -> str:
    """SHA-256 over parts separated by a unit separator; None and '' differ."""
    return hashlib.sha256(
        b"".join(
            b"\x00\x1f"
            if p is None
            else b"\x01" + (p.encode() if isinstance(p, str) else p) + b"\x1f"
            for p in parts
        )
    ).hexdigest()


def _canonical(detail: Mapping[str, Any]) -> str:
    _check_no_content(detail)
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), default=str)


def _check_no_content(value: Any) -> None:
    if isinstance(value, str) and len(value) > MAX_DETAIL_STRING:
        raise ValueError(
            "audit detail strings are ids or hashes; conversation text never goes here"
        )
    if isinstance(value, Mapping):
        for v in value.values():
            _check_no_content(v)
    elif isinstance(value, list | tuple):
        for v in value:
            _check_no_content(v)


def entry_hash(
    seq: int, at: datetime, actor: str, action: str, subject: str, detail: str, prev: str
) -> str:
    return sha256_hex(str(seq), _ts(at), actor, action, subject, detail, prev)


def _ts(at: datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def head(conn: Connection) -> tuple[int, str]:
    """(seq, hash) of the last entry, or (0, GENESIS) for an empty log."""
    row = conn.execute(
        select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).first()
    return (row.seq, row.hash) if row else (0, GENESIS)


def append(
    conn: Connection,
    action: str,
    subject: str,
    detail: Mapping[str, Any],
    *,
    actor: str = "consentry",
) -> str:
    """Append one entry in the caller's transaction; returns its hash."""
    return append_many(conn, [Entry(action, subject, detail, actor)])[-1]


def append_many(conn: Connection, entries: Iterable[Entry]) -> list[str]:
    """Append entries in order, chained in memory and written in one statement.

    Writers in other processes (gateway instances, a purge) append to the same chain: on
    PostgreSQL a transaction-scoped advisory lock makes the read of the head and the insert one
    step; SQLite has a single writer per file already. The rows go through the driver's
    executemany."""
    dialect = dialect_of(conn)
    dialect.lock_audit_chain(conn)
    rows = chain_rows(dialect.encode_ts, head(conn), entries)
    bulk_insert(conn, audit_log, rows)
    return [r["hash"] for r in rows]


def chain_rows(
    encode_ts: Callable[[datetime], Any], after: tuple[int, str], entries: Iterable[Entry]
) -> list[dict[str, Any]]:
    """The audit_log rows that chain `entries` after the entry `after` (its seq and hash), with
    timestamps encoded for the driver. Pure: the caller reads the head under the chain's lock
    (or knows it, as the gateway's group commit does) and inserts the rows."""
    seq, prev = after
    now = datetime.now(timezone.utc)
    rows = []
    for e in entries:
        seq += 1
        at = e.at or now
        if at.tzinfo is None:  # naive means UTC here (as in _ts)
            at = at.replace(tzinfo=timezone.utc)
        detail = _canonical(e.detail)
        h = entry_hash(seq, at, e.actor, e.action, e.subject, detail, prev)
        rows.append(
            {
                "seq": seq,
                "at": encode_ts(at),
                "actor": e.actor,
                "action": e.action,
                "subject": e.subject,
                "detail": detail,
                "prev_hash": prev,
                "hash": h,
            }
        )
        prev = h
    return rows


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""


def verify(conn: Connection, batch: int = 10_000) -> VerifyResult:
    """Walk the chain from the start; stop at the first entry whose links or hash are wrong."""
    prev, expected_seq, n = GENESIS, 1, 0
    last_seq = 0
    while True:
        rows = conn.execute(
            select(audit_log)
            .where(audit_log.c.seq > last_seq)
            .order_by(audit_log.c.seq)
            .limit(batch)
        ).all()
        if not rows:
            return VerifyResult(True, n)
        for r in rows:
            if r.seq != expected_seq:
                return VerifyResult(False, n, expected_seq, f"entry {expected_seq} is missing")
            if r.prev_hash != prev:
                return VerifyResult(
                    False, n, r.seq, "its prev_hash does not match the entry before it"
                )
            if (
                entry_hash(r.seq, r.at, r.actor, r.action, r.subject, r.detail, r.prev_hash)
                != r.hash
            ):
                return VerifyResult(False, n, r.seq, "its content does not match its hash (edited)")
            prev, expected_seq, n = r.hash, r.seq + 1, n + 1
        last_seq = rows[-1].seq


def count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(audit_log)).scalar_one()


def entries_for(conn: Connection, action: str) -> list[dict[str, Any]]:
    """Details of every entry with this action, in order (for anchoring checks)."""
    rows = conn.execute(
        select(audit_log.c.seq, audit_log.c.detail)
        .where(audit_log.c.action == action)
        .order_by(audit_log.c.seq)
    ).all()
    return [{"seq": r.seq, **json.loads(r.detail)} for r in rows]


def recent(conn: Connection, limit: int) -> list[Any]:
    """The most recent `limit` entries, oldest first (what `consentry audit show` prints)."""
    rows = conn.execute(select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit)).all()
    return list(reversed(rows))


def entry(conn: Connection, seq: int) -> Any:
    """The entry with this sequence number, or None."""
    return conn.execute(select(audit_log).where(audit_log.c.seq == seq)).first()


def seq_of(conn: Connection, digest: str) -> int:
    """The sequence number of the entry with this hash (the hash a receipt carries)."""
    return conn.execute(select(audit_log.c.seq).where(audit_log.c.hash == digest)).scalar_one()


def about_account(conn: Connection, account_id: str) -> list[Any]:
    """Every entry about one account (subject: its id or "account:" + id), in chain order."""
    return list(
        conn.execute(
            select(
                audit_log.c.seq,
                audit_log.c.at,
                audit_log.c.action,
                audit_log.c.detail,
                audit_log.c.hash,
            )
            .where(audit_log.c.subject.in_([account_id, f"account:{account_id}"]))
            .order_by(audit_log.c.seq)
        )
    )
