"""One object per store backend holding everything that differs between SQLite and PostgreSQL,
so the rest of the store asks `dialect_of(conn)` instead of branching on a name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, Table, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.expression import ColumnElement

from consentry.errors import ConsentryError


@dataclass(frozen=True)
class Dialect:
    """A backend's SQL and driver differences (data, not branches)."""

    name: str
    # INSERT with ON CONFLICT support (upserts).
    insert: Callable[[Table], Any]
    # Scalar min/max of two values.
    least: Callable[..., ColumnElement[Any]]
    greatest: Callable[..., ColumnElement[Any]]
    # The driver's named placeholder, for executemany through the driver (bulk_insert).
    placeholder: str
    # The driver-level timestamp encoding, the same one UTCDateTime gives (naive UTC; SQLite
    # stores SQLAlchemy's text format).
    encode_ts: Callable[[datetime], Any]
    # The collation that orders ids as Python does (by code point), where the default may not.
    binary_collation: str | None
    # Session settings for a dataset build's big reads.
    bulk_read_setup: tuple[str, ...]
    # A statement that serialises appends to the audit chain across processes (None: the
    # backend has a single writer per store already).
    chain_lock: str | None
    # One writer per store: threads of a process take turns to write.
    single_writer: bool
    # The statement that opens a transaction which reads and then writes, taking the write
    # lock at once (None: the default BEGIN does). SQLite's deferred BEGIN would fail at the
    # first write, without waiting, if another process wrote after this one's first read.
    begin_write: str | None
    # Alembic rewrites ALTER TABLE as copy-and-move (SQLite cannot alter most things).
    batch_migrations: bool
    # "YYYY-MM" of a timestamp column (the console's monthly charts).
    month: Callable[[Any], ColumnElement[Any]]
    # Keyword arguments for create_engine, and per-connection setup on connect.
    engine_args: dict[str, Any]
    on_connect: Callable[[Any, Any], None] | None = None
    # Session settings (and their undoing) that make a join by a range on an index run as
    # index lookups per outer row: PostgreSQL's estimate for `a.ts < b.ts` picks a hash join
    # over a scan of the whole table where few rows match (SQLite loops over indexes anyway).
    index_join_setup: tuple[str, ...] = ()
    index_join_reset: tuple[str, ...] = ()

    def start_write(self, conn: Connection) -> None:
        """Call first in a transaction that reads and then writes (see begin_write)."""
        if self.begin_write:
            conn.exec_driver_sql(self.begin_write)

    def lock_audit_chain(self, conn: Connection) -> None:
        if self.chain_lock:
            conn.exec_driver_sql(self.chain_lock)

    @contextmanager
    def index_joins(self, conn: Connection) -> Iterator[None]:
        for statement in self.index_join_setup:
            conn.exec_driver_sql(statement)
        try:
            yield
        finally:
            for statement in self.index_join_reset:
                conn.exec_driver_sql(statement)


def _sqlite_ts(t: datetime) -> str:
    return (t if t.tzinfo is timezone.utc else t.astimezone(timezone.utc)).isoformat(
        " ", "microseconds"
    )[:26]


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    for pragma in (
        "journal_mode=WAL",  # readers do not block the single writer
        "synchronous=NORMAL",
        "foreign_keys=ON",
        "busy_timeout=30000",
        "cache_size=-262144",  # 256 MiB page cache: bulk loads keep index pages in memory
        "secure_delete=ON",  # erased content is overwritten, whatever the build's default
    ):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


AUDIT_CHAIN_LOCK = 0x636F6E73  # "cons": one advisory lock id for the audit chain

SQLITE = Dialect(
    name="sqlite",
    insert=sqlite.insert,
    least=func.min,
    greatest=func.max,
    placeholder=":{}",
    encode_ts=_sqlite_ts,
    binary_collation=None,
    # Map the file instead of copying every page through the page cache.
    bulk_read_setup=("PRAGMA mmap_size=2147483648",),
    chain_lock=None,
    single_writer=True,
    begin_write="BEGIN IMMEDIATE",
    batch_migrations=True,
    month=lambda col: func.strftime("%Y-%m", col),
    engine_args={"connect_args": {"check_same_thread": False}},
    on_connect=_sqlite_pragmas,
)

POSTGRESQL = Dialect(
    name="postgresql",
    insert=postgresql.insert,
    least=func.least,
    greatest=func.greatest,
    placeholder="%({})s",
    encode_ts=lambda t: t.astimezone(timezone.utc).replace(tzinfo=None),
    binary_collation="C",
    bulk_read_setup=(),
    chain_lock=f"SELECT pg_advisory_xact_lock({AUDIT_CHAIN_LOCK})",
    single_writer=False,
    begin_write=None,
    batch_migrations=False,
    month=lambda col: func.to_char(col, "YYYY-MM"),
    engine_args={"pool_pre_ping": True},
    index_join_setup=("SET LOCAL enable_hashjoin = off", "SET LOCAL enable_mergejoin = off"),
    index_join_reset=("SET LOCAL enable_hashjoin = on", "SET LOCAL enable_mergejoin = on"),
)

DIALECTS = {d.name: d for d in (SQLITE, POSTGRESQL)}


def dialect_of(conn: Connection | Engine) -> Dialect:
    """The backend of a connection or engine."""
    try:
        return DIALECTS[conn.dialect.name]
    except KeyError:
        raise ConsentryError(
            f"the store does not support {conn.dialect.name}; use SQLite or PostgreSQL."
        ) from None


def dialect_for_url(url: str) -> Dialect:
    """The backend a store URL names (SQLite URLs start with 'sqlite')."""
    return SQLITE if url.startswith("sqlite") else POSTGRESQL
