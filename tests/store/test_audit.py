"""The audit chain: appends link, verify walks it, and edits behind the store's back are caught."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from consentry.store import audit, open_store, unit_of_work


def _fill(url: str, n: int = 5) -> None:
    with unit_of_work(open_store(url)) as conn:
        for i in range(n):
            audit.append(conn, "test.event", f"subject-{i}", {"i": i, "sha256": "ab" * 32})


def test_chain_links_and_verifies(db_url: str) -> None:
    _fill(db_url)
    with unit_of_work(open_store(db_url)) as conn:
        result = audit.verify(conn)
        rows = conn.execute(text("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq")).all()
    assert result.ok and result.entries == 5
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))


@pytest.mark.parametrize(
    ("tamper", "bad_seq"),
    [
        ("UPDATE audit_log SET subject = 'someone-else' WHERE seq = 3", 3),
        ("UPDATE audit_log SET detail = replace(detail, '1', '9') WHERE seq = 2", 2),
        ("DELETE FROM audit_log WHERE seq = 4", 4),
        (
            "UPDATE audit_log SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END || substr(hash, 2) WHERE seq = 5",
            5,
        ),
    ],
)
def test_an_edit_behind_the_stores_back_is_caught_at_its_entry(
    db_url: str, tamper: str, bad_seq: int
) -> None:
    _fill(db_url)
    engine = open_store(db_url)
    with engine.begin() as conn:
        conn.execute(text(tamper))
    with unit_of_work(engine) as conn:
        result = audit.verify(conn)
    assert not result.ok
    assert result.first_bad_seq == bad_seq


def test_a_fork_after_the_same_entry_is_refused(db_url: str) -> None:
    _fill(db_url, 2)
    engine = open_store(db_url)
    with engine.begin() as conn:
        row = conn.execute(text("SELECT prev_hash FROM audit_log WHERE seq = 2")).one()
    with pytest.raises(Exception, match="(?i)unique|duplicate"), engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash) "
                "VALUES (99, CURRENT_TIMESTAMP, 'x', 'x', 'x', '{}', :p, :h)"
            ),
            {"p": row.prev_hash, "h": "0" * 63 + "1"},
        )


def test_details_refuse_anything_that_could_be_conversation_text(db_url: str) -> None:
    with (
        pytest.raises(ValueError, match="never goes here"),
        unit_of_work(open_store(db_url)) as conn,
    ):
        audit.append(conn, "test", "s", {"prompt": "x" * 500})
