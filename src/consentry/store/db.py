"""Opening the store: engine per backend, schema migrations, one unit of work per command."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError

from consentry.errors import ConsentryError
from consentry.store.dialect import dialect_for_url, dialect_of

MIGRATIONS = Path(__file__).parent / "migrations"


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows through the driver's executemany, skipping SQLAlchemy's per-row
    parameter processing (about 3x faster for ingest). Rows are dicts with the same keys, their
    timestamps already encoded with the dialect's encode_ts (so that work can happen off
    the writer's thread)."""
    if not rows:
        return
    conn.exec_driver_sql(insert_sql(dialect_of(conn).placeholder, table.name, tuple(rows[0])), rows)


@lru_cache(maxsize=64)
def insert_sql(placeholder: str, table: str, cols: tuple[str, ...]) -> str:
    """INSERT INTO table (cols) VALUES (the driver's named placeholders)."""
    values = ", ".join(placeholder.format(c) for c in cols)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({values})"


def make_engine(url: str) -> Engine:
    """An engine for a store URL, with each backend's settings. hide_parameters keeps bound
    values (conversation text) out of every database error message and log."""
    try:
        dialect = dialect_for_url(url)
        engine = create_engine(url, hide_parameters=True, **dialect.engine_args)
        if dialect.on_connect:
            event.listen(engine, "connect", dialect.on_connect)
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
