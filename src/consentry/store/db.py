"""Opening the store: engine per backend, schema migrations, one unit of work per command."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, create_engine, event, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, OperationalError

from consentry.errors import ConsentryError

MIGRATIONS = Path(__file__).parent / "migrations"

# Backend differences are data: the dialect's INSERT with ON CONFLICT support, and for the
# driver-level bulk path, each driver's named placeholder and timestamp encoding (the same
# encoding UTCDateTime gives: naive UTC; SQLite stores it as SQLAlchemy's text format).
UPSERT_INSERT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}
LEAST = {"sqlite": func.min, "postgresql": func.least}  # scalar min/max of two values
GREATEST = {"sqlite": func.max, "postgresql": func.greatest}
PLACEHOLDER = {"sqlite": ":{}", "postgresql": "%({})s"}
ENCODE_TS: dict[str, Callable[[datetime], Any]] = {
    "sqlite": lambda t: (t if t.tzinfo is timezone.utc else t.astimezone(timezone.utc)).isoformat(
        " ", "microseconds"
    )[:26],
    "postgresql": lambda t: t.astimezone(timezone.utc).replace(tzinfo=None),
}


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows through the driver's executemany, skipping SQLAlchemy's per-row
    parameter processing (about 3x faster for ingest). Rows are dicts with the same keys, their
    timestamps already encoded with ENCODE_TS for this dialect (so that work can happen off
    the writer's thread)."""
    if not rows:
        return
    dialect = conn.dialect.name
    cols = list(rows[0])
    values = ", ".join(PLACEHOLDER[dialect].format(c) for c in cols)
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({values})", rows)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    for pragma in (
        "journal_mode=WAL",  # readers do not block the single writer
        "synchronous=NORMAL",
        "foreign_keys=ON",
        "busy_timeout=30000",
        "cache_size=-262144",  # 256 MiB page cache: bulk loads keep index pages in memory
    ):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for a store URL, with each backend's settings. hide_parameters keeps bound
    values (conversation text) out of every database error message and log."""
    try:
        if url.startswith("sqlite"):
            engine = create_engine(
                url, connect_args={"check_same_thread": False}, hide_parameters=True
            )
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except (ArgumentError, ImportError) as exc:
        raise ConsentryError(
            f"cannot use store URL {_safe(url)}: {exc}; for PostgreSQL install "
            "consentry[postgres] and use postgresql+psycopg://user@host/db."
        ) from None
    return engine


def _alembic_config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest migration (idempotent)."""
    with engine.begin() as conn:
        if current_revision(conn) == head_revision():
            return
        command.upgrade(_alembic_config(conn), "head")


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def open_store(url: str) -> Engine:
    """Engine for the store at `url`, migrated to the latest schema."""
    engine = make_engine(url)
    try:
        upgrade(engine)
    except OperationalError as exc:
        raise ConsentryError(
            f"cannot open the store at {_safe(url)} ({str(exc.orig).strip().splitlines()[0]}); "
            "check --db / CONSENTRY_DATABASE_URL and that the server is running."
        ) from None
    return engine


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Connection]:
    """One transaction: everything commits together or nothing does."""
    with engine.begin() as conn:
        yield conn


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"
