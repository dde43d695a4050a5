"""Hold-out 13 (a judge world): the generator writes the contract's tables, deterministically,
with the labels its README promises; its scorer and realism check run on what it wrote."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from consentry.contract import (
    ACCOUNTS,
    EXCHANGES,
    IP_KINDS,
    IP_RANGES,
    MODEL_RELEASES,
    SIGNUP_CHANNELS,
    SURFACES,
    TIERS,
)

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "benchmarks" / "holdout13"
CORPORA = Path("/work/shared/corpora")
CAMPAIGNS = {
    "attack:bootcamp_shop",
    "attack:grey_pro_fleet",
    "attack:arena_resale",
    "attack:agent_bench_farm",
    "attack:crowd_paste",
}
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="needs the shared prompt corpora")


def _run(script: str, *args: str, hashseed: str = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONHASHSEED=hashseed)
    return subprocess.run(
        [sys.executable, str(HOLDOUT / script), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def _generate(out: Path, seed: int, hashseed: str = "0") -> Path:
    proc = _run(
        "traffic.py", "--out", str(out), "--seed", str(seed), "--scale", "0.02", hashseed=hashseed
    )
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(tmp_path_factory.mktemp("h13") / "a", seed=3)


def _files(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*.parquet"))}


def test_same_seed_is_byte_identical_under_another_hash_seed(world: Path, tmp_path: Path) -> None:
    again = _generate(tmp_path / "b", seed=3, hashseed="4711")
    assert _files(world) == _files(again)


def test_another_seed_changes_identifiers(world: Path, tmp_path: Path) -> None:
    other = _generate(tmp_path / "c", seed=4)
    ids_a = set(pq.read_table(world / "accounts.parquet")["account_id"].to_pylist())
    ids_b = set(pq.read_table(other / "accounts.parquet")["account_id"].to_pylist())
    assert not ids_a & ids_b


def _same_types(have: pa.Schema, want: pa.Schema) -> None:
    for field in want:
        assert field.name in have.names, field.name
        assert have.field(field.name).type == field.type, field.name


def test_tables_follow_the_contract(world: Path) -> None:
    parts = sorted((world / "exchanges").glob("part-*.parquet"))
    assert len(parts) == 28
    ex = pa.concat_tables([pq.read_table(p) for p in parts])
    _same_types(ex.schema, EXCHANGES.full_schema)
    acc = pq.read_table(world / "accounts.parquet")
    _same_types(acc.schema, ACCOUNTS.schema)
    _same_types(pq.read_table(world / "ip_ranges.parquet").schema, IP_RANGES.schema)
    _same_types(pq.read_table(world / "model_releases.parquet").schema, MODEL_RELEASES.schema)
    for table in (ex, acc):
        for col in table.schema.names:
            field = EXCHANGES.full_schema.field(col) if table is ex else ACCOUNTS.schema.field(col)
            if not field.nullable:
                assert table[col].null_count == 0, col
    assert set(ex["surface"].to_pylist()) <= set(SURFACES)
    assert set(acc["tier"].to_pylist()) <= set(TIERS)
    assert set(acc["signup_channel"].to_pylist()) <= set(SIGNUP_CHANNELS)
    assert set(pq.read_table(world / "ip_ranges.parquet")["kind"].to_pylist()) <= set(IP_KINDS)
    ids = ex["exchange_id"].to_pylist()
    assert len(ids) == len(set(ids)) > 1000
    ts = ex["ts"].cast(pa.int64()).to_pylist()
    assert ts == sorted(ts)
    assert set(ex["account_id"].to_pylist()) <= set(acc["account_id"].to_pylist())
    web = ex.filter(pa.compute.is_in(ex["surface"], pa.array(["web", "app"])))
    assert web["api_key_id"].null_count == web.num_rows


def test_releases_are_followed_in_time(world: Path) -> None:
    ex = pa.concat_tables(
        [
            pq.read_table(p, columns=["ts", "model", "surface"])
            for p in sorted((world / "exchanges").glob("*.parquet"))
        ]
    ).to_pylist()
    rel = {
        r["model"]: r["released_at"]
        for r in pq.read_table(world / "model_releases.parquet").to_pylist()
    }
    for row in ex:
        if row["model"] in ("osprey-3.5", "osprey-3.5-mini"):
            assert row["ts"] >= rel[row["model"]]
    before = [r for r in ex if r["ts"] < rel["osprey-3.5"] and r["surface"] in ("web", "app")]
    after = [r for r in ex if r["ts"] > rel["osprey-3.5"] + timedelta(days=1)]
    after = [
        r
        for r in after
        if r["surface"] in ("web", "app") and r["model"] in ("osprey-3", "osprey-3.5")
    ]
    assert sum(r["model"] == "osprey-3" for r in before) > 0.7 * len(before)
    assert sum(r["model"] == "osprey-3.5" for r in after) > 0.9 * len(after)


def test_labels_cover_every_account_and_every_campaign(world: Path) -> None:
    labels = pq.read_table(world / "labels.parquet").to_pylist()
    accounts = pq.read_table(world / "accounts.parquet")["account_id"].to_pylist()
    assert sorted(r["account_id"] for r in labels) == sorted(accounts)
    names = {r["label"] for r in labels}
    assert all(n == "benign" or n.startswith(("hn:", "attack:")) for n in names)
    assert {n for n in names if n.startswith("attack:")} == CAMPAIGNS
    assert len({n for n in names if n.startswith("hn:")}) >= 12
    truth = pq.read_table(world / "truth.parquet").to_pylist()
    assert all((t["family"] == "attack") == t["label"].startswith("attack:") for t in truth)


def test_scorer_and_realism_run_on_the_world(world: Path, tmp_path: Path) -> None:
    labels = pq.read_table(world / "labels.parquet").to_pylist()
    attack = [r["label"].startswith("attack:") for r in labels]
    pred = tmp_path / "run"
    pred.mkdir()
    table = {
        "account_id": [r["account_id"] for r in labels],
        "score": [1.0 if a else 0.0 for a in attack],
        "flagged": attack,
        "campaign_id": [r["label"] if a else None for r, a in zip(labels, attack, strict=True)],
        "reasons": [[] for _ in labels],
    }
    pq.write_table(pa.table(table), pred / "accounts.parquet")
    proc = _run("score.py", "--truth", str(world), "--pred", str(pred))
    assert proc.returncode == 0, proc.stderr
    assert "recall 1.000" in proc.stdout
    real = _run("realism.py", "--truth", str(world))
    assert real.returncode in (0, 1), real.stderr
    assert "best single column" in real.stdout


def test_bad_arguments_are_one_line_and_exit_2(world: Path, tmp_path: Path) -> None:
    proc = _run("traffic.py", "--out", str(tmp_path / "x"), "--seed", "1", "--scale", "0")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    proc = _run("traffic.py", "--out", str(world), "--seed", "1", "--scale", "0.02")
    assert proc.returncode == 2 and "not an empty folder" in proc.stderr
    proc = _run(
        "traffic.py", "--out", str(tmp_path / "y"), "--seed", "1", "--corpora", str(tmp_path)
    )
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
