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


def test_duckdb_memory_follows_the_detect_memory_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("consentry.config.get_settings", lambda: Settings(detect_memory="1GB"))
    con = get_backend("duckdb").connect()
    limit = con.raw_sql("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit in ("1.0 GiB", "953.6 MiB", "1000.0 MiB", "1.0 GB"), limit


def test_a_malformed_detect_memory_is_refused() -> None:
    with pytest.raises(ValueError):
        Settings(detect_memory="lots")
