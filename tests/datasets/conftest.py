"""Fixtures for the dataset tests: a migrated store on each backend (`db_url` is the shared
fixture in tests/conftest.py: SQLite and PostgreSQL, a schema per test)."""

from __future__ import annotations

import pytest

from consentry.store import open_store


@pytest.fixture
def engine(db_url: str):
    eng = open_store(db_url)
    yield eng
    eng.dispose()
