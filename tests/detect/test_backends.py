"""The engines read their knobs from the typed settings, like every other command."""

from __future__ import annotations

import pytest

from consentry.config import Settings
from consentry.detect.backends import get_backend


def _threads() -> int:
    con = get_backend("duckdb").connect()
    return int(con.raw_sql("SELECT current_setting('threads')").fetchone()[0])


def test_duckdb_threads_follow_the_detect_threads_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONSENTRY_DETECT_THREADS", raising=False)
    monkeypatch.setattr("consentry.config.get_settings", lambda: Settings())
    default = _threads()
    want = 1 if default != 1 else 3
    monkeypatch.setattr("consentry.config.get_settings", lambda: Settings(detect_threads=want))
    assert _threads() == want
