"""SQLite's WAL checkpoints off the writer's path: under steady commits the WAL stays bounded
(a PASSIVE checkpoint alone never catches the frames written while it flushes)."""

from __future__ import annotations

import os

from consentry.store import audit, open_store
from consentry.store.groupcommit import Checkpoints


def test_the_wal_stays_bounded_under_steady_commits(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "store.db"
    engine = open_store(f"sqlite:///{path}")
    checkpoints = Checkpoints(engine, interval=0.001, restart_frames=64)
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
    # 1,500 commits of a few pages each: without the RESTART it grew to 11 MB
    assert wal < 5_000_000
