"""Erasure, reclaim and key rotation as an operator meets them: real processes, exit codes,
one-line errors; and keyed content hashes, so a guessed message cannot be confirmed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from consentry.store import audit

from ..store.tables import exchange_rows
from ..test_cli import consentry, loaded  # noqa: F401 - the fixture


def _files(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(db.parent.glob(db.name + "*")))


def test_erase_reclaims_and_records_when(loaded: Path) -> None:  # noqa: F811
    r = consentry(
        "rights", "erase", "--account", "acc-0", "--at", "2025-10-20T00:00:00Z", db=loaded
    )
    assert r.returncode == 0, r.stderr
    assert "erased 6 exchange(s) of account:acc-0" in r.stdout
    assert "bytes reclaimed (secure_delete + wal_checkpoint(TRUNCATE)" in r.stdout
    with sqlite3.connect(loaded) as conn:
        erased = conn.execute(
            "SELECT DISTINCT erased_at, content_sha256 FROM exchanges WHERE account_id='acc-0'"
        ).fetchall()
        actions = [a for (a,) in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert erased == [("2025-10-20 00:00:00.000000", None)]
    assert actions[-2:] == ["content.erased", "content.reclaimed"]
    assert b"question number 10" not in _files(loaded)  # acc-0's exchange 10
    r = consentry("store", "compact", db=loaded)
    assert r.returncode == 0 and "reclaimed the bytes of 0 erasure receipt(s)" in r.stdout


def test_an_erasure_dated_in_the_future_is_refused(loaded: Path) -> None:  # noqa: F811
    r = consentry(
        "rights", "erase", "--account", "acc-0", "--at", "2999-01-01T00:00:00Z", db=loaded
    )
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "cannot be dated in the future" in r.stderr
    with sqlite3.connect(loaded) as conn:
        assert conn.execute(
            "SELECT count(*) FROM exchanges WHERE erased_at IS NOT NULL"
        ).fetchone() == (0,)


def test_content_hashes_are_keyed_and_rotation_rekeys_them(loaded: Path) -> None:  # noqa: F811
    row = exchange_rows()[3]
    guessed = audit.sha256_hex(row["prompt"], row["system_prompt"], row["response"])
    assert guessed.encode() not in _files(loaded)  # a guess cannot be confirmed from the files

    def hashes() -> dict[str, str]:
        with sqlite3.connect(loaded) as conn:
            return dict(conn.execute("SELECT exchange_id, content_sha256 FROM exchanges"))

    before = hashes()
    r = consentry("store", "rotate-key", db=loaded)
    assert r.returncode == 0, r.stderr
    assert "60 live exchange hash(es) re-keyed" in r.stdout
    after = hashes()
    assert before.keys() == after.keys()
    assert all(after[k] != before[k] and len(after[k]) == 64 for k in before)


def test_retention_purge_reports_what_it_did_and_leaves_one_receipt(loaded: Path) -> None:  # noqa: F811
    dry = consentry("retention", "purge", "--at", "2030-01-01T00:00:00Z", "--dry-run", db=loaded)
    assert dry.returncode == 0, dry.stderr
    said = " ".join(dry.stdout.split())  # rich wraps long lines
    assert said.startswith("would purge ") and "decided again by the evaluator" in said
    would = int(said.split()[2])
    r = consentry("retention", "purge", "--at", "2030-01-01T00:00:00Z", db=loaded)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"purged {would} exchange(s)") and would > 0
    with sqlite3.connect(loaded) as conn:
        erased = conn.execute("SELECT count(*) FROM exchanges WHERE erased_at IS NOT NULL")
        receipts = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'content.erased'"
            " AND subject = 'retention:2030-01-01'"
        )
        assert (erased.fetchone()[0], receipts.fetchone()[0]) == (would, 1)
