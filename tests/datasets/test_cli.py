"""`consentry dataset build|verify|rebuild` end to end through the real CLI (SQLite)."""

from __future__ import annotations

import json

from consentry.rights.erase import erase_account
from consentry.store import open_store, unit_of_work
from tests.cli import run_cli
from tests.datasets.policies_fixture import POLICIES
from tests.datasets.storegen import Spec, load


def test_build_verify_erase_rebuild(tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    spec = Spec(
        ("free", "pro"),
        (),
        tuple((i % 2, i % 3, 5 + i, False, False) for i in range(8)),
        tuple(f"note {i}: write to user{i}@fastmail.com about item {i * 7}" for i in range(8)),
    )
    with unit_of_work(open_store(db)) as conn:
        load(conn, POLICIES["chatgpt-2025"], spec)
    out = tmp_path / "ds"
    r = run_cli(
        "dataset",
        "build",
        "--db",
        db,
        "--policy",
        "chatgpt-2025",
        "--out",
        str(out),
        "--workers",
        "1",
    )
    assert r.returncode == 0, r.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["records"] == 8 and manifest["redaction"]["counts"]["EMAIL"] == 8
    assert run_cli("dataset", "verify", str(out), "--db", db).returncode == 0

    with unit_of_work(open_store(db)) as conn:
        erase_account(conn, "a1")
    r = run_cli("dataset", "verify", str(out), "--db", db)
    assert r.returncode == 1
    assert r.stderr.count("no longer eligible: erased") == 4  # a1's four records, each named

    r = run_cli(
        "dataset", "rebuild", manifest["dataset_id"], "--db", db, "--out", str(tmp_path / "v2")
    )
    assert r.returncode == 0, r.stderr
    assert "users to tell (1): a1" in r.stdout
    assert json.loads((tmp_path / "v2" / "manifest.json").read_text())["counts"]["records"] == 4
    assert run_cli("dataset", "verify", str(tmp_path / "v2"), "--db", db).returncode == 0


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    for args in (
        ("dataset", "build", "--db", db, "--out", str(tmp_path / "x"), "--since", "last tuesday"),
        ("dataset", "build", "--db", db, "--out", str(tmp_path / "x"), "--tier", "platinum"),
        (
            "dataset",
            "build",
            "--db",
            db,
            "--out",
            str(tmp_path / "x"),
            "--policy",
            "no-such-policy",
        ),
        ("dataset", "verify", str(tmp_path / "nowhere"), "--db", db),
        ("dataset", "rebuild", "ds-unknown", "--db", db),
    ):
        r = run_cli(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert "Traceback" not in r.stderr and r.stderr.strip().startswith("error:")
