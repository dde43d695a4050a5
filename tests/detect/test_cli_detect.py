"""`consentry detect` as a user meets it: a real process, its summary, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq


def consentry(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consentry", *args], capture_output=True, text=True, timeout=300
    )


def test_detect_writes_outputs_applies_blocks_and_eval_reads_them(
    sim: Path, tmp_path: Path
) -> None:
    out, db = tmp_path / "out", tmp_path / "store.db"
    r = consentry(
        "detect", "--exchanges", str(sim / "exchanges"), "--accounts",
        str(sim / "accounts.parquet"), "--ip-ranges", str(sim / "ip_ranges.parquet"),
        "--model-releases", str(sim / "model_releases.parquet"), "--out", str(out),
        "--policy", "chatgpt-2025", "--apply", "--db", f"sqlite:///{db}",
    )
    assert r.returncode == 0, r.stderr
    assert "campaigns" in r.stdout and "top evidence" in r.stdout and "blocked" in r.stdout
    flagged = pq.read_table(out / "accounts.parquet").to_pandas().flagged.sum()
    listed = consentry("block", "list", "--db", f"sqlite:///{db}")
    assert listed.returncode == 0 and f"{flagged} account(s) blocked" in listed.stdout
    ev = consentry("eval", "--labels", str(sim / "labels.parquet"), "--pred", str(out),
                   "--no-baselines")
    assert ev.returncode == 0, ev.stderr
    assert "precision" in ev.stdout


def test_bad_input_is_one_line_and_exit_2(sim: Path, tmp_path: Path) -> None:
    r = consentry("detect", "--exchanges", str(tmp_path / "none"), "--accounts",
                  str(sim / "accounts.parquet"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "exchanges:" in r.stderr
