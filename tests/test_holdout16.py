"""Hold-out 16 (a judge world): its generator writes the contract's tables with their types,
the same bytes for the same seed, a label for every account; its scorer computes what it claims."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "benchmarks" / "holdout16"
CORPORA = Path("/work/shared/corpora")
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="needs the shared prompt corpora")


def _run(script: str, *args: str, hashseed: str = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONHASHSEED=hashseed)
    cmd = [sys.executable, str(HOLDOUT / script), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)


def _gen(out: Path, seed: int, hashseed: str = "0") -> Path:
    proc = _run("traffic.py", "--out", str(out), "--seed", str(seed), "--scale", "0.02",
                hashseed=hashseed)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _gen(tmp_path_factory.mktemp("h16") / "w", 1)


def test_tables_have_the_contract_columns_and_types(world: Path) -> None:
    ex = pads.dataset(world / "exchanges", format="parquet").schema
    for col in EXCHANGES.full_schema:
        assert ex.field(col.name).type == col.type, col.name
    for name, table in (("accounts", ACCOUNTS), ("ip_ranges", IP_RANGES),
                        ("model_releases", MODEL_RELEASES)):  # fmt: skip
        schema = pq.read_schema(world / f"{name}.parquet")
        for col in table.columns:
            assert schema.field(col.name).type == col.type, (name, col.name)
            if not col.nullable:
                assert pq.read_table(world / f"{name}.parquet").column(col.name).null_count == 0


def test_labels_cover_every_account_once_in_the_convention(world: Path) -> None:
    acc = pq.read_table(world / "accounts.parquet").column("account_id").to_pylist()
    lab = pq.read_table(world / "labels.parquet").to_pylist()
    assert sorted(r["account_id"] for r in lab) == sorted(acc)
    assert len(set(acc)) == len(acc)
    kinds = {r["label"] for r in lab}
    assert all(k == "benign" or k.startswith(("attack:", "hn:")) for k in kinds)
    assert sum(k.startswith("attack:") for k in kinds) >= 3
    assert "hn:nightly_docs" in kinds
    ex = pads.dataset(world / "exchanges", format="parquet").to_table(
        columns=["account_id", "exchange_id"]
    )
    assert set(ex.column("account_id").to_pylist()) <= set(acc)
    assert len(set(ex.column("exchange_id").to_pylist())) == ex.num_rows


def test_same_seed_same_bytes_other_seed_other_world(tmp_path: Path, world: Path) -> None:
    again = _gen(tmp_path / "again", 1, hashseed="123")
    files = sorted(p.relative_to(world) for p in world.rglob("*.parquet"))
    assert files == sorted(p.relative_to(again) for p in again.rglob("*.parquet"))
    for f in files:
        assert (world / f).read_bytes() == (again / f).read_bytes(), f
    other = _gen(tmp_path / "other", 2)
    a = set(pq.read_table(world / "accounts.parquet").column("account_id").to_pylist())
    b = set(pq.read_table(other / "accounts.parquet").column("account_id").to_pylist())
    assert not a & b


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, world: Path) -> None:
    proc = _run("traffic.py", "--out", str(tmp_path / "x"), "--scale", "-1")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    proc = _run("traffic.py", "--out", str(world))  # not empty
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    proc = _run("score.py", "--truth", str(world), "--pred", str(tmp_path / "none"))
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1


def _write_run(run: Path, ids: list[str], score: list[float], flagged: list[bool]) -> None:
    run.mkdir()
    t = pa.table({"account_id": ids, "score": pa.array(score, pa.float64()),
                  "flagged": pa.array(flagged, pa.bool_())})  # fmt: skip
    pq.write_table(t, run / "accounts.parquet")


def test_scorer_on_toy_predictions(tmp_path: Path, world: Path) -> None:
    lab = pq.read_table(world / "labels.parquet").to_pylist()
    ids = [r["account_id"] for r in lab]
    y = np.array([r["label"].startswith("attack:") for r in lab])
    # a perfect run: every campaign account flagged with score 1, the rest 0
    _write_run(tmp_path / "perfect", ids, [float(v) for v in y], [bool(v) for v in y])
    out = tmp_path / "p.json"
    proc = _run("score.py", "--truth", str(world), "--pred", str(tmp_path / "perfect"),
                "--json", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    import json

    r = json.loads(out.read_text())
    assert r["precision"] == 1.0 and r["recall"] == 1.0 and r["fpr"] == 0.0
    assert r["pr_auc"] == pytest.approx(1.0) and r["tpr_at_fpr_1e-3"] == 1.0
    # flag every account but give only half of the attacks a score: the run's second half missing
    half = len(ids) // 2
    _write_run(tmp_path / "all", ids[:half], [float(v) for v in y[:half]], [True] * half)
    proc = _run("score.py", "--truth", str(world), "--pred", str(tmp_path / "all"),
                "--json", str(out))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    r = json.loads(out.read_text())
    assert r["missing_from_run"] == len(ids) - half
    assert r["recall"] == pytest.approx(y[:half].sum() / y.sum())
    assert r["benign_fpr"] > 0 and r["confusion"]["tp"] == int(y[:half].sum())
    for c, d in r["per_class"].items():
        lo, hi = d["wilson95"]
        rate = d["recall"] if c.startswith("attack:") else d["flag_rate"]
        assert lo <= rate <= hi
    # a score outside [0, 1] is refused
    _write_run(tmp_path / "bad", ids, [2.0] * len(ids), [False] * len(ids))
    proc = _run("score.py", "--truth", str(world), "--pred", str(tmp_path / "bad"))
    assert proc.returncode == 2 and "outside" in proc.stderr
