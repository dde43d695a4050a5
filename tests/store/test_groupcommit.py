"""SQLite's WAL checkpoints off the writer's path: under steady commits the WAL stays bounded
(a PASSIVE checkpoint alone never catches the frames written while it flushes), and it stays
bounded when the checkpointer falls behind (a starved thread: here, a long interval)."""

from __future__ import annotations

import os

import pytest

from consentry.store import audit, open_store
from consentry.store.groupcommit import Checkpoints


@pytest.mark.parametrize("interval", [0.001, 0.05])
def test_the_wal_stays_bounded_under_steady_commits(tmp_path, interval) -> None:  # noqa: ANN001
    path = tmp_path / "store.db"
    engine = open_store(f"sqlite:///{path}")
    checkpoints = Checkpoints(engine, interval=interval, restart_frames=64, max_behind=64)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")  # as the capture writer does
        conn.commit()
        for i in range(1500):
            with conn.begin():
                audit.append(conn, "test.entry", f"s-{i}", {"n": i})
            checkpoints.due()
    checkpoints.close()
    wal = os.path.getsize(f"{path}-wal")
    with engine.connect() as conn:
        assert audit.verify(conn).entries == 1500
    # 1,500 commits of a few pages each: without the RESTART it grew to 11 MB, and with a
    # checkpointer that fell behind (no backpressure) to 7 MB; bounded: 64 frames + 64 commits
    assert wal < 2_500_000
