"""`consentry detect` as a user meets it: a real process, its summary, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
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
        "detect",
        "--exchanges",
        str(sim / "exchanges"),
        "--accounts",
        str(sim / "accounts.parquet"),
        "--ip-ranges",
        str(sim / "ip_ranges.parquet"),
        "--model-releases",
        str(sim / "model_releases.parquet"),
        "--out",
        str(out),
        "--policy",
        "chatgpt-2025",
        "--apply",
        "--db",
        f"sqlite:///{db}",
    )
    assert r.returncode == 0, r.stderr
    assert "campaigns" in r.stdout and "top evidence" in r.stdout and "response ladder" in r.stdout
    assert "restricted-region access" in r.stdout
    flagged = pq.read_table(out / "accounts.parquet").to_pandas().flagged.sum()
    listed = consentry("countermeasure", "list", "--db", f"sqlite:///{db}")
    assert listed.returncode == 0, listed.stderr
    counts = dict(
        (rung, int(n.replace(",", "")))
        for rung, n in (part.split() for part in listed.stdout.strip().splitlines()[-1].split(", "))
    )
    # every flagged account is on a rung that changes what it is served (members are marked)
    assert counts["mark"] > 0 and counts["mark"] + counts["degrade"] + counts["block"] >= flagged
    blocked = consentry("block", "list", "--db", f"sqlite:///{db}")
    assert f"{counts['block']} account(s) blocked" in blocked.stdout  # the block rung is a block
    ev = consentry(
        "eval", "--labels", str(sim / "labels.parquet"), "--pred", str(out), "--no-baselines"
    )
    assert ev.returncode == 0, ev.stderr
    assert "precision" in ev.stdout


def test_bad_input_is_one_line_and_exit_2(sim: Path, tmp_path: Path) -> None:
    r = consentry(
        "detect",
        "--exchanges",
        str(tmp_path / "none"),
        "--accounts",
        str(sim / "accounts.parquet"),
        "--out",
        str(tmp_path / "o"),
    )
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "exchanges:" in r.stderr


def test_train_on_labels_writes_a_model_that_detect_uses(sim: Path, tmp_path: Path) -> None:
    model = tmp_path / "mine.joblib"
    tables = [
        "--exchanges",
        str(sim / "exchanges"),
        "--accounts",
        str(sim / "accounts.parquet"),
        "--ip-ranges",
        str(sim / "ip_ranges.parquet"),
        "--model-releases",
        str(sim / "model_releases.parquet"),
    ]
    r = consentry(
        "detect", "train", "--labels", str(sim / "labels.parquet"), *tables, "--out", str(model)
    )
    assert r.returncode == 0, r.stderr
    record = json.loads(model.with_suffix(".json").read_text())
    assert record["data"]["labels"].endswith("labels.parquet")
    assert record["train_attack"] > 0 and record["validation_attack"] > 0
    out = tmp_path / "out"
    d = consentry("detect", *tables, "--out", str(out), "--model", str(model), "--max-fpr", "0.01")
    assert d.returncode == 0, d.stderr
    acc = pq.read_table(out / "accounts.parquet").to_pandas()
    assert acc.flagged.sum() > 0


def test_train_rejects_bad_labels_and_detect_a_bad_model(sim: Path, tmp_path: Path) -> None:
    bad = tmp_path / "labels.parquet"
    pq.write_table(pa.table({"account": ["a"], "label": ["attack:x"]}), bad)
    tables = ["--exchanges", str(sim / "exchanges"), "--accounts", str(sim / "accounts.parquet")]
    r = consentry("detect", "train", "--labels", str(bad), *tables, "--out", str(tmp_path / "m"))
    assert r.returncode == 2 and "account_id" in r.stderr
    assert r.stderr.strip().count("\n") == 0
    junk = tmp_path / "junk.joblib"
    junk.write_bytes(b"not a model")
    d = consentry("detect", *tables, "--out", str(tmp_path / "o"), "--model", str(junk))
    assert d.returncode == 2 and "--model" in d.stderr
    f = consentry("detect", *tables, "--out", str(tmp_path / "o"), "--max-fpr", "2")
    assert f.returncode == 2 and "--max-fpr" in f.stderr
