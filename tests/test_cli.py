"""The command line as a user meets it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from .cli import run_cli, start_cli
from .store.tables import account_rows, consent_rows, exchange_rows, write_jsonl


def consentry(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--db", f"sqlite:///{db}"] if db else []
    return run_cli(*args, *extra, timeout=120)


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    db = tmp_path / "store.db"
    acc, con, ex = (
        write_jsonl(tmp_path / f"{n}.jsonl", rows)
        for n, rows in (
            ("accounts", account_rows()),
            ("consents", consent_rows()),
            ("exchanges", exchange_rows()),
        )
    )
    r = consentry(
        "ingest", "--accounts", str(acc), "--consents", str(con), "--exchanges", str(ex), db=db
    )
    assert r.returncode == 0, r.stderr
    assert "ingested 10 accounts, 5 consent events, 60 exchanges" in r.stdout
    return db


def test_consent_explain_and_audit_round_trip(loaded: Path) -> None:
    r = consentry("consent", "set", "acc-2", "allow", "--at", "2025-10-05T00:00:00Z", db=loaded)
    assert r.returncode == 0 and "recorded: acc-2 allow" in r.stdout
    r = consentry("consent", "show", "acc-2", db=loaded)
    assert r.returncode == 0 and "deny" in r.stdout and "allow" in r.stdout
    r = consentry(
        "policy", "explain", "--account", "acc-2", "--at", "2025-10-06T00:00:00Z", db=loaded
    )
    assert (
        r.returncode == 0 and "eligible for training" in r.stdout and "consent_allowed" in r.stdout
    )
    r = consentry("policy", "explain", "--account", "acc-3", "--policy", "strict-opt-in", db=loaded)
    assert r.returncode == 0 and "tier_never_trains" in r.stdout
    r = consentry("audit", "verify", db=loaded)
    assert r.returncode == 0 and "audit chain intact" in r.stdout


def test_audit_verify_fails_and_names_the_entry_after_tampering(loaded: Path) -> None:
    with sqlite3.connect(loaded) as conn:
        conn.execute("UPDATE audit_log SET subject = 'x' WHERE seq = 3")
    r = consentry("audit", "verify", db=loaded)
    assert r.returncode == 1 and "broken at entry 3" in r.stderr


def test_blocks_can_be_added_listed_and_lifted(loaded: Path) -> None:
    assert (
        consentry("block", "add", "acc-1", "acc-2", "--reason", "test", db=loaded).returncode == 0
    )
    r = consentry("block", "list", db=loaded)
    assert "2 account(s) blocked" in r.stdout
    assert consentry("block", "remove", "acc-1", "--reason", "appeal", db=loaded).returncode == 0
    assert "1 account(s) blocked" in consentry("block", "list", db=loaded).stdout
    r = consentry("block", "remove", "acc-1", "--reason", "again", db=loaded)
    assert r.returncode == 2 and "is not blocked" in r.stderr


def _one_line_error(r: subprocess.CompletedProcess[str], needle: str) -> None:
    assert r.returncode == 2, r.stderr
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and needle in lines[0], r.stderr
    assert "Traceback" not in r.stderr


def test_unknown_policy_key_names_the_line(tmp_path: Path) -> None:
    from importlib import resources

    text = (resources.files("consentry.policy.presets") / "strict-opt-in.yaml").read_text()
    bad = tmp_path / "p.yaml"
    bad.write_text(text.replace("scope:\n", "scope:\n  resumd: turns_after\n"))
    _one_line_error(consentry("policy", "show", str(bad)), "unknown key 'scope.resumd'")


def test_unknown_account_is_refused(loaded: Path) -> None:
    _one_line_error(
        consentry("policy", "explain", "--account", "ghost", db=loaded), "unknown account 'ghost'"
    )
    _one_line_error(
        consentry("consent", "set", "ghost", "allow", db=loaded), "unknown account 'ghost'"
    )


def test_malformed_timestamp_is_refused(loaded: Path) -> None:
    _one_line_error(
        consentry("consent", "set", "acc-1", "deny", "--at", "last tuesday", db=loaded),
        "malformed timestamp",
    )


def test_missing_column_is_refused_and_the_store_is_unchanged(loaded: Path, tmp_path: Path) -> None:
    rows = [
        {k: v for k, v in r.items() if k != "status"} | {"exchange_id": "n" + r["exchange_id"]}
        for r in exchange_rows()
    ]
    bad = write_jsonl(tmp_path / "bad.jsonl", rows)
    _one_line_error(
        consentry("ingest", "--exchanges", str(bad), db=loaded),
        "required column 'status' is missing",
    )
    with sqlite3.connect(loaded) as conn:
        assert conn.execute("SELECT count(*) FROM exchanges").fetchone()[0] == 60


def test_gateway_keys_and_a_served_request(loaded: Path) -> None:
    import socket
    import time

    import httpx

    made = consentry("gateway", "key", "create", "acc-1", db=loaded)
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()
    assert key.startswith("csk_") and key.encode() not in loaded.read_bytes()
    listed = consentry("gateway", "key", "list", db=loaded)
    assert "acc-1" in listed.stdout and "key_" in listed.stdout
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = start_cli(
        "gateway",
        "serve",
        "--port",
        str(port),
        "--db",
        f"sqlite:///{loaded}",
        "--rate",
        "1/hour",
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                httpx.get(f"{url}/healthz").raise_for_status()
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        body = {"model": "m", "messages": [{"role": "user", "content": "hello there"}]}
        auth = {"Authorization": f"Bearer {key}"}
        first = httpx.post(f"{url}/v1/chat/completions", json=body, headers=auth)
        second = httpx.post(f"{url}/v1/chat/completions", json=body, headers=auth)
        assert (first.status_code, second.status_code) == (200, 429)
    finally:
        server.terminate()
        server.wait(timeout=20)
    key_id = listed.stdout.split("key_")[1].split()[0]
    assert (
        consentry(
            "gateway", "key", "revoke", f"key_{key_id}", "--reason", "t", db=loaded
        ).returncode
        == 0
    )
    again = consentry("gateway", "key", "revoke", f"key_{key_id}", "--reason", "t", db=loaded)
    assert again.returncode == 2 and again.stderr.count("\n") == 1
