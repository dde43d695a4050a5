"""Opening the store: engine per backend, schema migrations, one unit of work per command."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, OperationalError

from consentry.errors import ConsentryError

MIGRATIONS = Path(__file__).parent / "migrations"

# Backend differences are data: the dialect's INSERT with ON CONFLICT support.
UPSERT_INSERT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    for pragma in (
        "journal_mode=WAL",  # readers do not block the single writer
        "synchronous=NORMAL",
        "foreign_keys=ON",
        "busy_timeout=30000",
        "cache_size=-65536",  # 64 MiB page cache
    ):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for a store URL, with each backend's settings."""
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
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
