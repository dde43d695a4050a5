"""The Alembic migrations build exactly the schema that store/schema.py declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from consentry.store import open_store
from consentry.store.db import current_revision, head_revision
from consentry.store.schema import metadata


def test_migrations_match_the_declared_schema(db_url: str) -> None:
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), metadata
        )
    assert diff == []


def test_opening_twice_is_idempotent(db_url: str) -> None:
    open_store(db_url)
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
