"""Fixtures for the dataset tests: a store on SQLite and on PostgreSQL (each test gets its own
PostgreSQL schema, so parallel workers and other areas' tests do not meet)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from consentry.store import open_store

PG_ENV = "CONSENTRY_TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CONSENTRY_TEST_REQUIRE_SERVICES"):
            pytest.fail(f"{PG_ENV} is not set but CONSENTRY_TEST_REQUIRE_SERVICES is")
        pytest.skip(f"PostgreSQL store tests need {PG_ENV}")
    schema = "ds_" + secrets.token_hex(6)
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def engine(db_url: str):
    eng = open_store(db_url)
    yield eng
    eng.dispose()
