"""Hold-out 14's generator, scorer forward and realism check, at a small --scale.

These tests check the world's shape (contract columns and types, determinism, labels, bad input);
they never look at what a detector would make of it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES, open_table

ROOT = Path(__file__).resolve().parents[1]
H14 = ROOT / "benchmarks" / "holdout14"
CORPORA = Path("/work/shared/corpora")
SCALE = "0.02"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="needs /work/shared/corpora")

CAMPAIGNS_AND_TWINS = {
    "attack:eval_relay": "hn:eval_platform",
    "attack:split_persona": "hn:dev_hybrid",
    "attack:season_trickle": "hn:study_regular",
    "attack:insider_export": "hn:ediscovery_vendor",
    "attack:reseller_staff": "hn:reseller_customer",
}


def run(script: str, *args: str, hashseed: str = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONHASHSEED=hashseed)
    return subprocess.run(
        [sys.executable, str(H14 / script), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def generate(out: Path, seed: int, hashseed: str = "0") -> None:
    res = run(
        "traffic.py",
        "--out",
        str(out),
        "--seed",
        str(seed),
        "--scale",
        SCALE,
        "--corpora",
        str(CORPORA),
        hashseed=hashseed,
    )
    assert res.returncode == 0, res.stderr


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h14") / "w"
    generate(out, 3)
    return out


def test_tables_follow_the_contract(world: Path) -> None:
    ex = pq.read_table(world / "exchanges")
    assert ex.num_rows > 1000
    for field in EXCHANGES.full_schema:
        assert ex.schema.field(field.name).type == field.type, field.name
    for name, table in (
        ("accounts", ACCOUNTS),
        ("ip_ranges", IP_RANGES),
        ("model_releases", MODEL_RELEASES),
    ):
        t = pq.read_table(world / f"{name}.parquet")
        assert t.schema.names == table.schema.names
        for field in table.schema:
            assert t.schema.field(field.name).type == field.type, (name, field.name)
        open_table(world / f"{name}.parquet", table)
    open_table(world / "exchanges", EXCHANGES)
    for col in ("exchange_id", "account_id", "prompt", "surface", "model", "ip"):
        assert ex.column(col).null_count == 0, col
    assert len(set(ex.column("exchange_id").to_pylist())) == ex.num_rows
    assert set(ex.column("surface").to_pylist()) <= {"api", "web", "app", "cli"}
    ts = ex.column("ts").to_pylist()
    assert ts == sorted(ts)
    # every exchange belongs to a known account
    acc = set(pq.read_table(world / "accounts.parquet").column("account_id").to_pylist())
    assert set(ex.column("account_id").to_pylist()) <= acc


def test_labels_name_every_account_and_pair_each_campaign_with_its_twin(world: Path) -> None:
    truth = pq.read_table(world / "truth.parquet").to_pylist()
    labels = pq.read_table(world / "labels.parquet")
    acc = pq.read_table(world / "accounts.parquet").column("account_id").to_pylist()
    assert sorted(acc) == sorted(labels.column("account_id").to_pylist())
    seen = {r["label"] for r in truth}
    for campaign, twin in CAMPAIGNS_AND_TWINS.items():
        assert campaign in seen and twin in seen
    for r in truth:
        fam = (
            "attack"
            if r["label"].startswith("attack:")
            else "benign"
            if r["label"] == "benign"
            else "hard_negative"
        )
        assert r["family"] == fam
        assert bool(r["operator"]) == (fam == "attack")


def test_same_seed_same_bytes_other_seed_other_world(world: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate(again, 3, hashseed="12345")
    files = sorted(p.relative_to(world) for p in world.rglob("*.parquet"))
    assert files == sorted(p.relative_to(again) for p in again.rglob("*.parquet"))
    for rel in files:
        assert (world / rel).read_bytes() == (again / rel).read_bytes(), rel
    other = tmp_path / "other"
    generate(other, 4)
    a = set(pq.read_table(world / "labels.parquet").column("account_id").to_pylist())
    b = set(pq.read_table(other / "labels.parquet").column("account_id").to_pylist())
    assert not a & b


@pytest.mark.parametrize(
    "args",
    [
        ["--scale", "0"],
        ["--scale", "-1"],
        ["--corpora", "/nonexistent/corpora"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    res = run("traffic.py", "--out", str(tmp_path / "o"), "--seed", "1", *args)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.stderr


def test_refuses_a_folder_that_holds_files(world: Path) -> None:
    res = run("traffic.py", "--out", str(world), "--seed", "1", "--scale", SCALE)
    assert res.returncode == 2
    assert "empty" in res.stderr


def test_scorer_forward_and_realism_run_on_the_world(world: Path, tmp_path: Path) -> None:
    ids = pq.read_table(world / "labels.parquet").column("account_id")
    pred = tmp_path / "run"
    pred.mkdir()
    n = len(ids)
    pq.write_table(
        pa.table(
            {
                "account_id": ids,
                "score": pa.array([0.5] * n, type=pa.float64()),
                "flagged": pa.array([False] * n),
                "campaign_id": pa.nulls(n, pa.string()),
                "reasons": pa.array([[] for _ in range(n)], type=pa.list_(pa.string())),
            }
        ),
        pred / "accounts.parquet",
    )
    res = run("score.py", "--truth", str(world), "--pred", str(pred))
    assert res.returncode == 0, res.stderr
    bad = run("score.py", "--truth", str(world), "--pred", str(tmp_path / "missing"))
    assert bad.returncode == 2
    real = run(
        "realism.py", "--truth", str(world), "--limit", "1.01", "--json", str(tmp_path / "r.json")
    )
    assert real.returncode == 0, real.stderr
    assert "exchanges.prompt" in real.stdout and "accounts.payment_fingerprint" in real.stdout
    within = run("realism.py", "--truth", str(world), "--within", "attack:nope,benign")
    assert within.returncode == 2
