"""Done when: planted text, once erased, is in no file of the store — with SQLite's own
secure-delete default turned off and a reader holding a transaction during the erasure, and in
PostgreSQL's table files after the scheduled reclaim."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event, make_url, select, text

from consentry.policy import load_policy
from consentry.rights.erase import erase_account
from consentry.store import audit, unit_of_work
from consentry.store.accounts import upsert_accounts
from consentry.store.compact import RECLAIMED, reclaim
from consentry.store.db import make_engine, upgrade
from consentry.store.exchanges import capture_exchange
from consentry.store.schema import exchanges

from ..conftest import POSTGRES_URL
from ..store.tables import T0, account_rows, exchange_rows

POLICY = load_policy("claude-consumer-2025")


@pytest.fixture
def store_url(db_url: str) -> Iterator[str]:
    """db_url, but on PostgreSQL a database of its own: PostgreSQL keeps dead row versions while
    any transaction *in the same database* may still see them, so another test's open
    transaction in the shared test database (pytest -n 2) would hold the planted bytes."""
    if not db_url.startswith("postgresql"):
        yield db_url
        return
    name = f"erasure_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _secure_delete_off(dbapi_conn, _record) -> None:  # noqa: ANN001
    """What a SQLite build whose default is off gives a new connection."""
    dbapi_conn.execute("PRAGMA secure_delete=OFF")


def _store(url: str) -> Engine:
    """A consentry engine on `url`; on SQLite the library default for secure delete is off
    before consentry's own connect hook runs."""
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _secure_delete_off, insert=True)
    upgrade(engine)
    return engine


def _plant(engine: Engine, marker: str) -> None:
    """Six exchanges of acc-0 carry the marker among 60 ordinary ones of other accounts."""
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, account_rows())
        for i, row in enumerate(exchange_rows(60)):
            planted = i % 10 == 0
            row = row | {
                "account_id": "acc-0" if planted else row["account_id"].replace("acc-0", "acc-1"),
                "incognito": False,
                "safety_flagged": False,
                "feedback": False,
            }
            if planted:  # short ones stay in their page; long ones spill to overflow pages
                filler = "lorem ipsum " * (500 if i % 20 == 0 else 0)
                row |= {
                    "prompt": f"{filler}my secret is {marker} ok",
                    "response": f"noted: {marker}",
                }
            capture_exchange(conn, POLICY, row)


def _sqlite_files(url: str) -> list[Path]:
    db = Path(url.removeprefix("sqlite:///"))
    return sorted(db.parent.glob(db.name + "*"))


def _postgres_files(engine: Engine) -> list[Path]:
    with engine.begin() as conn:
        conn.execute(text("CHECKPOINT"))  # dirty buffers to the files we read
        data_dir = Path(conn.execute(text("SHOW data_directory")).scalar_one())
        rels = conn.execute(
            text(
                "SELECT pg_relation_filepath(c.oid) FROM pg_class c "
                "WHERE c.oid = 'exchanges'::regclass OR c.oid = "
                "(SELECT reltoastrelid FROM pg_class WHERE oid = 'exchanges'::regclass)"
            )
        ).scalars()
        files = []
        for rel in rels:
            base = data_dir / rel
            files += [
                base,
                *base.parent.glob(base.name + ".*"),
                *base.parent.glob(base.name + "_*"),
            ]
    return [f for f in files if f.is_file()]


def _files(url: str, engine: Engine) -> list[Path]:
    return _sqlite_files(url) if engine.dialect.name == "sqlite" else _postgres_files(engine)


def _copies(files: list[Path], marker: str) -> int:
    return sum(f.read_bytes().count(marker.encode()) for f in files)


class _Reader:
    """Another session holding a read transaction (a snapshot from before the erasure)."""

    def __init__(self, url: str, engine: Engine) -> None:
        if engine.dialect.name == "sqlite":
            self.conn = sqlite3.connect(
                url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False
            )
            self.conn.execute("BEGIN")
            self.conn.execute("SELECT count(*) FROM exchanges").fetchone()
            self.close = self.conn.close
        else:
            other = create_engine(url)
            self.sa = other.connect()
            self.sa.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            self.sa.execute(text("SELECT count(*) FROM exchanges")).scalar_one()

            def close() -> None:
                self.sa.rollback()
                self.sa.close()
                other.dispose()

            self.close = close

    def close_after(self, seconds: float) -> threading.Timer:
        timer = threading.Timer(seconds, self.close)
        timer.start()
        return timer


def test_erased_text_leaves_every_file_once_the_reader_ends(store_url: str) -> None:
    marker = f"PLANTED-{uuid.uuid4().hex}"
    engine = _store(store_url)
    _plant(engine, marker)
    assert _copies(_files(store_url, engine), marker) > 0  # the scan sees what is there
    reader = _Reader(store_url, engine)
    with unit_of_work(engine) as conn:
        receipt = erase_account(conn, "acc-0", at=T0 + timedelta(days=1))
    assert receipt.exchanges == 6
    timer = reader.close_after(1.0)  # the reclaim waits for it (bounded)
    result = reclaim(engine, wait_seconds=30)
    timer.join()
    assert result.reclaimed, result.problem
    assert _copies(_files(store_url, engine), marker) == 0
    with unit_of_work(engine) as conn:
        rows = conn.execute(
            select(exchanges.c.content_sha256, exchanges.c.erased_at).where(
                exchanges.c.account_id == "acc-0"
            )
        ).all()
        reclaimed = audit.entries_for(conn, RECLAIMED)
        assert audit.verify(conn).ok
    assert {r.content_sha256 for r in rows} == {None}  # the keyed hash is dropped too
    assert {r.erased_at for r in rows} == {T0 + timedelta(days=1)}
    assert reclaimed[-1]["through_seq"] == result.through_seq > 0


def test_a_reader_that_outlasts_the_wait_leaves_the_reclaim_pending(store_url: str) -> None:
    marker = f"PLANTED-{uuid.uuid4().hex}"
    engine = _store(store_url)
    _plant(engine, marker)
    reader = _Reader(store_url, engine)
    with unit_of_work(engine) as conn:
        erase_account(conn, "acc-0")
    try:
        pending = reclaim(engine, wait_seconds=0.2)
    finally:
        reader.close()
    assert not pending.reclaimed and "compact" in pending.problem
    done = reclaim(engine, wait_seconds=5)
    assert done.reclaimed and done.pending_receipts == 1
    assert _copies(_files(store_url, engine), marker) == 0


def test_sqlite_without_consentrys_pragma_keeps_the_bytes(tmp_path: Path) -> None:
    """The control: the same erasure on a plain connection with secure delete off leaves
    planted bytes in the file, so the test above would catch consentry dropping its pragma."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    marker = f"PLANTED-{uuid.uuid4().hex}"
    engine = _store(url)
    _plant(engine, marker)
    engine.dispose()
    raw = sqlite3.connect(tmp_path / "store.db", isolation_level=None)
    raw.execute("PRAGMA secure_delete=OFF")
    raw.execute(
        "UPDATE exchanges SET prompt=NULL, response=NULL, content_sha256=NULL "
        "WHERE account_id='acc-0'"
    )
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    assert _copies(_sqlite_files(url), marker) > 0


@pytest.mark.postgres
def test_postgres_keeps_the_bytes_until_the_reclaim(store_url: str) -> None:
    if not store_url.startswith("postgresql"):
        return
    marker = f"PLANTED-{uuid.uuid4().hex}"
    engine = _store(store_url)
    _plant(engine, marker)
    with unit_of_work(engine) as conn:
        erase_account(conn, "acc-0")
    with engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM exchanges WHERE prompt LIKE :m"), {"m": f"%{marker}%"}
            ).scalar_one()
            == 0
        )
    assert _copies(_postgres_files(engine), marker) > 0  # dead row versions still hold it
    assert reclaim(engine, wait_seconds=5).reclaimed
    assert _copies(_postgres_files(engine), marker) == 0
