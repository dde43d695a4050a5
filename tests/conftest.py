"""Shared fixtures: the store on every backend.

`db_url` runs a test once on SQLite and once on PostgreSQL. PostgreSQL is real: the server named
by CONSENTRY_TEST_POSTGRES_URL (default: the local one), each test in a schema of its own. If
the server is not reachable the test fails, saying how to start it; it is never skipped.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

# Tests never assert wall-clock time: Hypothesis's per-example deadline (200 ms) failed
# examples on a loaded machine (test_personal_ids_cue at 331 ms), so it is off everywhere.
settings.register_profile("consentry", deadline=None)
settings.load_profile("consentry")

POSTGRES_URL = os.environ.get(
    "CONSENTRY_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(autouse=True)
def _close_engines(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every store engine a test opens is disposed when it ends. An engine's pool keeps its
    connections until the engine is garbage-collected, and with two workers and about a
    thousand PostgreSQL tests the server's 100 connections ran out in CI ("too many clients")."""
    from consentry.store import db

    made = []
    real = db.make_engine

    def recording(url: str):  # noqa: ANN202 - an Engine
        engine = real(url)
        made.append(engine)
        return engine

    monkeypatch.setattr(db, "make_engine", recording)
    yield
    for engine in made:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # noqa: ANN001
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - any connection failure means the same thing
        pytest.fail(
            f"PostgreSQL is not reachable at {POSTGRES_URL} ({type(exc).__name__}); start it with "
            "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` "
            "or set CONSENTRY_TEST_POSTGRES_URL.",
            pytrace=False,
        )
    url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            # A test that leaves a transaction open would block the DROP forever: fail instead.
            conn.execute(text("SET LOCAL lock_timeout = '60s'"))
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def accounts_store(db_url: str):  # noqa: ANN201 - an Engine
    """A migrated store on each backend holding the ten accounts of tests/store/tables.py."""
    from consentry.store import open_store, unit_of_work
    from consentry.store.accounts import upsert_accounts

    from .store.tables import account_rows

    engine = open_store(db_url)
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, account_rows())
    return engine
