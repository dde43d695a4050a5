"""The store side of the gateway's group commit: one batch's reads and writes in as few round
trips as each backend allows.

A batch needs its accounts' consent histories, the content-hash key and the audit chain's head,
then inserts its exchanges and audit entries and commits. On PostgreSQL the reads (after the
chain's lock) go to the server as one query, and the inserts with the COMMIT as one pipeline:
two round trips and the commit's flush; while this writer is the only one appending, it keeps
what it read and sends the lock, the inserts and the COMMIT as one (see `PostgresBatches`). On
SQLite (one writer per file) what a batch read is kept
until another connection commits to the file, which `PRAGMA data_version` tells without a read,
and WAL checkpoints (the only step that waits for the disk) run on a thread of their own instead
of inside whichever commit crosses the threshold."""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol

from sqlalchemy import Connection, Engine
from sqlalchemy.dialects import postgresql

from consentry.policy.evaluate import ConsentEvent
from consentry.store import contentkey
from consentry.store.audit import GENESIS
from consentry.store.conversations import touch_one_sql
from consentry.store.db import insert_sql
from consentry.store.dialect import POSTGRESQL, SQLITE
from consentry.store.schema import metadata

log = logging.getLogger("consentry.store")
_PG = postgresql.dialect()

CONSENT = (
    "SELECT account_id, ts, choice, basis, source FROM consent_events WHERE account_id {match}"
    " ORDER BY account_id, ts, event_id"
)
SECRET = "SELECT secret FROM store_secrets WHERE name = {p}"
HEAD = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
# What a kept batch checks as it takes the chain's lock: no consent event and no new content
# key since it read (a write behind the store's back, without an audit entry); else 1/0 aborts.
STATE = (
    "SELECT (SELECT max(event_id) FROM consent_events),"
    " (SELECT key_id FROM store_secrets WHERE name = %(name)s)"
)
GUARD = (
    "SELECT {lock}, 1 / (CASE WHEN (SELECT max(event_id) FROM consent_events)"
    " IS NOT DISTINCT FROM %s"
    " AND (SELECT key_id FROM store_secrets WHERE name = %s) IS NOT DISTINCT FROM %s"
    " THEN 1 ELSE 0 END)"
)
MAX_CACHED = 100_000  # accounts whose consent history a writer keeps
TRUST_AFTER = 3  # batches in a row that found the chain where this writer left it


class StaleReads(Exception):
    """Another writer appended to the audit chain, or wrote a consent event or key without an
    audit entry, since this one last read: what the batch was decided on may be out of date.
    Nothing was written; run the batch again."""


@dataclass(slots=True)
class Reads:
    """What a batch decides and chains with, read in its transaction."""

    histories: dict[str, list[ConsentEvent]]
    key: bytes  # the content-hash key
    head: tuple[int, str]  # the audit chain's last (seq, hash)


class Batches(Protocol):
    """One per capture writer: `reads`, then `commit`; `committed` or `forget` after."""

    encode_ts: Callable[[datetime], Any]

    def begin(self, conn: Connection) -> None:
        """Open the batch's transaction (SQLite: taking the write lock at once)."""

    def reads(self, conn: Connection, account_ids: list[str]) -> Reads: ...

    def commit(self, conn: Connection, exchanges: list[dict[str, Any]], audit: list[dict]) -> None:
        """Insert driver rows (timestamps encoded) into exchanges and audit_log, and commit."""

    def committed(self, head: tuple[int, str]) -> None: ...

    def forget(self) -> None: ...

    def close(self) -> None: ...


def batches_for(engine: Engine) -> Batches:
    """The store side of a capture writer's batches, for the engine's backend."""
    kind: Callable[[Engine], Batches] = BATCHES[engine.dialect.name]
    return kind(engine)


def _ts(value: Any) -> datetime:
    """A stored time as aware UTC (SQLite keeps SQLAlchemy's text form, psycopg gives naive)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc)


def _histories(rows: Any, ids: list[str]) -> dict[str, list[ConsentEvent]]:
    found: dict[str, list[ConsentEvent]] = {a: [] for a in ids}
    for account_id, ts, choice, basis, source in rows:
        found[account_id].append(ConsentEvent(_ts(ts), choice, basis, source))
    return found


def _key(conn: Connection, row: Any) -> bytes:
    """The store's content key from its row; without one, created (first capture ever)."""
    return bytes.fromhex(row[0]) if row else contentkey.current_key(conn)


async def _aexecute(cur: Any, sql: str, rows: list[dict[str, Any]]) -> None:
    """The rows through an async cursor; one row (every batch at low load) as a plain execute,
    since executemany's per-call set-up costs more than the row."""
    if len(rows) == 1:
        await cur.execute(sql, rows[0])
    elif rows:
        await cur.executemany(sql, rows)


def _driver(conn: Connection) -> Any:
    """The driver's own connection under SQLAlchemy's (sqlite3 or psycopg), in its transaction."""
    return conn.connection.driver_connection


def _insert_and_commit(
    driver: Any, placeholder: str, exchanges: list[dict[str, Any]], audit: list[dict]
) -> None:
    """The batch's rows through the driver's executemany, then its COMMIT (SQLAlchemy's own
    commit that follows finds no transaction left and does nothing)."""
    cur = driver.cursor()
    for table, rows in (("exchanges", exchanges), ("audit_log", audit)):
        if rows:
            cur.executemany(insert_sql(placeholder, table, tuple(rows[0])), rows)
    driver.commit()


class PostgresBatches:
    """Reads as one round trip (chain lock, consent, key, head), inserts and COMMIT as another;
    one round trip in all while this writer is the only one appending.

    The reads go as one multi-statement query, bound on the client: they carry account ids and
    constants only (never conversation text, which a server's error log could then show), and
    it costs half the CPU of the same four statements in pipeline mode. The inserts, which do
    carry text, are bound on the server, pipelined with the COMMIT.

    Every write that changes what a batch reads (a consent event, a new content key) appends to
    the audit chain in its own transaction. So once the head found under the lock has been the
    one this writer committed `TRUST_AFTER` times in a row, a batch of accounts it has read
    before is decided on what it kept, and the lock, the inserts and the COMMIT go as one
    pipeline. If another writer came between, the batch's first audit entry takes a `seq` that
    is already there; if a consent event or a content key was written without an audit entry,
    the pipeline's guard sees it. Either way the pipeline fails as a whole, nothing is written,
    the writer forgets what it kept (`StaleReads`) and runs the batch again the careful way.
    Gateway processes that take turns (`--workers 2`) never build that trust and stay at two
    round trips."""

    def __init__(self, engine: Engine) -> None:
        self.dialect = POSTGRESQL
        self._touch = touch_one_sql(engine)
        self.encode_ts = POSTGRESQL.encode_ts
        assert POSTGRESQL.chain_lock is not None
        reads = [POSTGRESQL.chain_lock, CONSENT.format(match="= ANY(%(ids)s)"), STATE]
        self._guard = GUARD.format(lock=POSTGRESQL.chain_lock.removeprefix("SELECT "))
        self._reads = {  # with the store's own key, and with a key from the settings
            True: "; ".join([*reads, SECRET.format(p="%(name)s"), HEAD]),
            False: "; ".join([*reads, HEAD]),
        }
        self._histories: dict[str, list[ConsentEvent]] = {}
        self._key: bytes | None = None
        self._head: tuple[int, str] | None = None  # where this writer left the chain
        self._state: tuple[Any, ...] = ()  # last consent event id and key id, as read
        self._trust = 0  # batches in a row that found it there
        self._kept = False  # the current batch was decided on what was kept
        self.kept = 0  # batches committed so, in one round trip
        self._statements: dict[tuple[Any, ...], str] = {}  # one_statement's, by batch shape

    def begin(self, conn: Connection) -> None:
        pass  # psycopg opens it with the first statement

    def keeps(self, account_ids: list[str]) -> bool:
        """Whether a batch of these accounts would be decided on what this writer kept."""
        return (
            self._trust >= TRUST_AFTER
            and self._key is not None
            and self._head is not None
            and all(a in self._histories for a in account_ids)
        )

    def kept_reads(self, account_ids: list[str]) -> Reads:
        """What was kept, for a batch that `keeps` said may use it."""
        assert self._key is not None and self._head is not None
        return Reads({a: self._histories[a] for a in account_ids}, self._key, self._head)

    def reads(self, conn: Connection, account_ids: list[str]) -> Reads:
        import psycopg

        self._kept = self.keeps(account_ids)
        if self._kept:
            return self.kept_reads(account_ids)
        configured = contentkey.configured_key()
        cur = psycopg.ClientCursor(_driver(conn))
        params = {"ids": account_ids, "name": contentkey.SECRET_NAME}
        cur.execute(self._reads[configured is None], params)  # held until the commit
        results = []
        while cur.nextset():  # the first result is the lock's
            results.append(cur.fetchall())
        consent, state, *secret, head_row = results
        head = (head_row[0][0], head_row[0][1]) if head_row else (0, GENESIS)
        if head != self._head or state[0] != self._state or len(self._histories) > MAX_CACHED:
            self._histories, self._trust = {}, 0  # someone else wrote: what was kept may be old
        else:
            self._trust += 1
        histories = _histories(consent, account_ids)
        self._histories.update(histories)
        self._key = configured or _key(conn, secret[0][0] if secret and secret[0] else None)
        self._head, self._state = head, state[0]
        return Reads(histories, self._key, head)

    def commit(self, conn: Connection, exchanges: list[dict[str, Any]], audit: list[dict]) -> None:
        import psycopg

        pg = _driver(conn)
        try:
            with pg.pipeline():
                if self._kept:
                    last_event, key_id = self._state
                    pg.execute(self._guard, (last_event, contentkey.SECRET_NAME, key_id))
                _insert_and_commit(pg, self.dialect.placeholder, exchanges, audit)
        except (psycopg.IntegrityError, psycopg.errors.DivisionByZero):
            if not self._kept:
                raise
            self.forget()
            raise StaleReads() from None
        self.kept += self._kept

    async def acommit(
        self,
        pg: Any,
        conversations: list[dict[str, Any]],
        exchanges: list[dict[str, Any]],
        audit: list[dict],
    ) -> None:
        """A kept batch's one round trip from the event loop, through psycopg's async
        connection `pg` in autocommit mode, which the server runs as one implicit transaction
        and commits before it answers; the answer comes back after the commit's flush. (Outside
        autocommit, psycopg opens a transaction with a BEGIN and waits for its answer: a round
        trip more.) A batch of one exchange (every batch at low load, where a request waits for
        its own commit) without a conversation to create or extend goes as one statement
        (`one_statement`), which costs the client half the CPU of the same steps as a pipeline;
        the others as a pipeline of the lock with the guard, the conversations and the inserts,
        whose prepared statements serve every batch size (one statement would be a new text,
        parsed and planned anew, for each size). `StaleReads` (nothing written) as `commit`
        says, or when a conversation is another account's (the careful way then refuses that
        exchange alone)."""
        import psycopg

        last_event, key_id = self._state
        guard = (last_event, contentkey.SECRET_NAME, key_id)
        try:
            if not conversations and len(exchanges) == 1:
                sql, params = self.one_statement(guard, exchanges, audit)
                await pg.execute(sql, params)
            else:
                async with pg.pipeline():
                    cur = pg.cursor()
                    await cur.execute(self._guard, guard)
                    await _aexecute(cur, self._touch, conversations)
                    for table, rows in (("exchanges", exchanges), ("audit_log", audit)):
                        if rows:
                            sql = insert_sql(self.dialect.placeholder, table, tuple(rows[0]))
                            await _aexecute(cur, sql, rows)
        except (psycopg.IntegrityError, psycopg.errors.DivisionByZero):
            self.forget()
            raise StaleReads() from None
        self.kept += 1

    def one_statement(
        self, guard: tuple[Any, ...], exchanges: list[dict[str, Any]], audit: list[dict]
    ) -> tuple[str, list[Any]]:
        """The lock with the guard and both inserts as one statement: the inserts select
        their rows from the guard's row, so the lock is taken (and a failed guard aborts the
        whole statement) before any row is written. Values are bound on the server, each cast
        to its column's type without a length, so an over-long value fails as it would in a
        plain INSERT instead of being cut."""
        shape = (tuple(exchanges[0]), len(exchanges), tuple(audit[0]), len(audit))
        sql = self._statements.get(shape)
        if sql is None:
            sql = self._statements[shape] = _one_statement(self._guard, *shape)
        params = list(guard)
        for rows, cols in ((exchanges, shape[0]), (audit, shape[2])):
            params += [row[c] for row in rows for c in cols]
        return sql, params

    def committed(self, head: tuple[int, str]) -> None:
        self._head = head

    def forget(self) -> None:
        self._histories, self._key, self._head, self._state = {}, None, None, ()
        self._trust = 0

    def close(self) -> None:
        pass


def _one_statement(
    guard: str, ex_cols: tuple[str, ...], n_ex: int, au_cols: tuple[str, ...], n_au: int
) -> str:
    """WITH g AS (the guard), e AS (INSERT exchanges ... FROM g), a AS (INSERT audit ... FROM
    g) SELECT ...: see PostgresBatches.one_statement."""

    def insert(table: str, cols: tuple[str, ...], n: int) -> str:
        column = metadata.tables[table].c
        casts = [re.sub(r"\(\d+\)", "", column[c].type.compile(dialect=_PG)) for c in cols]
        row = "(" + ", ".join(f"%s::{t}" for t in casts) + ")"
        values = ", ".join([row] * n)
        names = ", ".join(cols)
        return (
            f"INSERT INTO {table} ({names}) SELECT v.* FROM (VALUES {values}) AS v ({names}), g"
            " RETURNING 1"
        )

    return (
        f"WITH g AS ({guard}), e AS ({insert('exchanges', ex_cols, n_ex)}),"
        f" a AS ({insert('audit_log', au_cols, n_au)})"
        " SELECT (SELECT count(*) FROM e), (SELECT count(*) FROM a)"
    )


class SqliteBatches:
    """Reuses what it read while no other connection has committed to the file."""

    def __init__(self, engine: Engine) -> None:
        self.encode_ts = SQLITE.encode_ts
        self._version: int | None = None
        self._histories: dict[str, list[ConsentEvent]] = {}
        self._key: bytes | None = None
        self._head: tuple[int, str] | None = None
        self._writer: Any = None  # the connection whose automatic checkpoints are off
        self.checkpoints = Checkpoints(engine)

    def begin(self, conn: Connection) -> None:
        _driver(conn).execute(SQLITE.begin_write)  # other processes write to this file too

    def reads(self, conn: Connection, account_ids: list[str]) -> Reads:
        raw = _driver(conn)
        cur = raw.cursor()
        if raw is not self._writer:
            cur.execute("PRAGMA wal_autocheckpoint=0")  # Checkpoints does it, off this thread
            self._writer, self._version = raw, None
        version = cur.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version or len(self._histories) > MAX_CACHED:
            self._version, self._histories, self._key, self._head = version, {}, None, None
        missing = [a for a in account_ids if a not in self._histories]
        if missing:
            match = f"IN ({', '.join('?' * len(missing))})"
            rows = cur.execute(CONSENT.format(match=match), missing)
            self._histories.update(_histories(rows, missing))
        if self._key is None:
            self._key = contentkey.configured_key() or _key(
                conn, cur.execute(SECRET.format(p="?"), (contentkey.SECRET_NAME,)).fetchone()
            )
        if self._head is None:
            last = cur.execute(HEAD).fetchone()
            self._head = (last[0], last[1]) if last else (0, GENESIS)
        return Reads({a: self._histories[a] for a in account_ids}, self._key, self._head)

    def commit(self, conn: Connection, exchanges: list[dict[str, Any]], audit: list[dict]) -> None:
        _insert_and_commit(_driver(conn), SQLITE.placeholder, exchanges, audit)

    def committed(self, head: tuple[int, str]) -> None:
        self._head = head
        self.checkpoints.due()

    def forget(self) -> None:
        self._version = None

    def close(self) -> None:
        self.checkpoints.close()


class Checkpoints:
    """WAL checkpoints on their own thread and connection, at most one per `interval` seconds
    while commits come in. A PASSIVE one copies committed pages into the database file and
    flushes it (milliseconds) while the writer keeps appending to the WAL. Under steady writes
    it never catches the last few frames, so the WAL could not start over and would grow: past
    `restart_frames` a RESTART checkpoint makes the writer wait for the few frames left and a
    flush, and the WAL is then reused from its start.

    A checkpointer starved of CPU (a busy machine, the writer holding the GIL) would let the WAL
    grow without bound, so the bound does not rest on scheduling: after `max_behind` commits
    with no checkpoint finished, the writer waits for the next one (backpressure)."""

    def __init__(
        self,
        engine: Engine,
        interval: float = 0.1,
        restart_frames: int = 32_768,
        max_behind: int = 2_048,
    ) -> None:
        self.engine, self.interval, self.restart_frames = engine, interval, restart_frames
        self.max_behind = max_behind
        self._due = threading.Event()
        self._stop = threading.Event()
        self._finished = threading.Condition()
        self._rounds = 0  # checkpoints finished (written by the checkpointer only)
        self._seen, self._behind = 0, 0  # the writer's view (written by the writer only)
        self._thread: threading.Thread | None = None

    def due(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="consentry-checkpoint", daemon=True
            )
            self._thread.start()
        if self._rounds != self._seen:
            self._seen, self._behind = self._rounds, 0
        self._behind += 1
        self._due.set()
        if self._behind >= self.max_behind:
            seen = self._seen
            with self._finished:  # the timeout only guards against a checkpointer that died
                self._finished.wait_for(lambda: self._rounds != seen, timeout=30)

    def _run(self) -> None:
        raw = self.engine.raw_connection()
        try:
            while not self._stop.is_set():
                self._due.wait()
                self._stop.wait(self.interval)  # commits arriving meanwhile share this one
                self._due.clear()
                try:
                    cur = raw.cursor()
                    _, frames, _ = cur.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    if frames > self.restart_frames:
                        cur.execute("PRAGMA wal_checkpoint(RESTART)")
                except Exception as exc:  # noqa: BLE001 - the next one retries; never fatal
                    log.warning("WAL checkpoint failed: %s", type(exc).__name__)
                with self._finished:
                    self._rounds += 1
                    self._finished.notify_all()
        finally:
            with contextlib.suppress(Exception):
                raw.close()

    def close(self) -> None:
        if self._thread is not None:
            self._stop.set()
            self._due.set()
            self._thread.join(10)
            self._thread = None


BATCHES: dict[str, Callable[[Engine], Any]] = {
    "sqlite": SqliteBatches,
    "postgresql": PostgresBatches,
}
