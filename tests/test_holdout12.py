"""Hold-out 12's generator: contract tables, consistent labels, determinism, one-line errors.

Runs the generator at a small --scale in subprocesses; never runs the detector on the world.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "benchmarks" / "holdout12"
CORPORA = Path("/work/shared/corpora")
SCALE = "0.03"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="public corpora folder not available")

EXCHANGE_TYPES = {
    "exchange_id": pa.string(),
    "ts": pa.timestamp("us", tz="UTC"),
    "account_id": pa.string(),
    "api_key_id": pa.string(),
    "conversation_id": pa.string(),
    "surface": pa.string(),
    "model": pa.string(),
    "ip": pa.string(),
    "country": pa.string(),
    "user_agent": pa.string(),
    "prompt": pa.string(),
    "system_prompt": pa.string(),
    "response": pa.string(),
    "input_tokens": pa.int32(),
    "output_tokens": pa.int32(),
    "tool_count": pa.int16(),
    "has_image": pa.bool_(),
    "status": pa.int16(),
}
ACCOUNT_TYPES = {
    "account_id": pa.string(),
    "created_at": pa.timestamp("us", tz="UTC"),
    "tier": pa.string(),
    "signup_channel": pa.string(),
    "payment_fingerprint": pa.string(),
    "email_domain": pa.string(),
    "declared_country": pa.string(),
    "org_id": pa.string(),
}


def _run(
    script: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(HOLDOUT / script), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )


def _generate(out: Path, seed: int, hashseed: str = "0") -> Path:
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    proc = _run("traffic.py", "--out", str(out), "--seed", str(seed), "--scale", SCALE, env=env)
    assert proc.returncode == 0, proc.stderr
    return out


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.parquet"))
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(tmp_path_factory.mktemp("h12") / "w", seed=1)


def test_tables_follow_the_contract(world: Path) -> None:
    ex = pq.read_table(world / "exchanges")
    for name, typ in EXCHANGE_TYPES.items():
        assert ex.schema.field(name).type == typ, name
    acc = pq.read_table(world / "accounts.parquet")
    for name, typ in ACCOUNT_TYPES.items():
        assert acc.schema.field(name).type == typ, name
    d = ex.select(["exchange_id", "surface", "api_key_id", "status", "ts"]).to_pandas()
    assert d["exchange_id"].is_unique
    assert set(d["surface"]) <= {"api", "web", "app", "cli"}
    assert d.loc[d["surface"].isin(["web", "app"]), "api_key_id"].isna().all()
    assert d["status"].isin([200, 400, 429, 500, 529]).all()
    assert d["ts"].is_monotonic_increasing
    acc_df = acc.to_pandas()
    assert set(acc_df["tier"]) <= {
        "free",
        "pro",
        "max",
        "team",
        "enterprise",
        "api",
        "education",
        "gov",
    }
    assert set(acc_df["signup_channel"]) <= {
        "web",
        "api_console",
        "education_program",
        "research_program",
        "startup_program",
        "partner_reseller",
    }
    ranges = pq.read_table(world / "ip_ranges.parquet").to_pandas()
    assert set(ranges["kind"]) <= {
        "residential",
        "mobile",
        "datacenter",
        "education",
        "corporate",
        "proxy",
    }
    releases = pq.read_table(world / "model_releases.parquet").to_pandas()
    assert set(ex.column("model").to_pylist()) <= set(releases["model"])


def test_every_address_is_in_the_ip_feed(world: Path) -> None:
    import ipaddress

    nets = [
        ipaddress.ip_network(c)
        for c in pq.read_table(world / "ip_ranges.parquet").column("cidr").to_pylist()
    ]
    by_prefix = {(n.version, n.network_address.packed[: n.prefixlen // 8]) for n in nets}
    for ip in set(pq.read_table(world / "exchanges", columns=["ip"]).column("ip").to_pylist()):
        addr = ipaddress.ip_address(ip)
        plen = 3 if addr.version == 4 else 6
        assert (addr.version, addr.packed[:plen]) in by_prefix, ip


def test_labels_are_consistent(world: Path) -> None:
    labels = pq.read_table(world / "labels.parquet").to_pandas()
    truth = pq.read_table(world / "truth.parquet").to_pandas()
    accounts = pq.read_table(world / "accounts.parquet").to_pandas()
    ex_accounts = set(
        pq.read_table(world / "exchanges", columns=["account_id"]).column("account_id").to_pylist()
    )
    assert labels["account_id"].is_unique
    assert set(labels["account_id"]) == set(accounts["account_id"])
    assert ex_accounts <= set(accounts["account_id"])
    assert labels["label"].str.match(r"^(benign|hn:[a-z_]+|attack:[a-z_]+)$").all()
    campaigns = {lab for lab in labels["label"] if lab.startswith("attack:")}
    legit = {lab for lab in labels["label"] if not lab.startswith("attack:")}
    assert len(campaigns) >= 4 and len(legit) >= 12
    merged = labels.merge(truth, on="account_id", suffixes=("", "_t"))
    assert (merged["label"] == merged["label_t"]).all()
    assert (merged["family"] == "attack").eq(merged["label"].str.startswith("attack:")).all()
    assert merged.loc[merged["family"] == "attack", "operator"].notna().all()
    assert merged.loc[merged["family"] != "attack", "operator"].isna().all()


def test_same_seed_is_byte_identical_and_another_seed_differs(world: Path, tmp_path: Path) -> None:
    again = _generate(tmp_path / "again", seed=1, hashseed="12345")
    assert _digest(again) == _digest(world)
    other = _generate(tmp_path / "other", seed=2)
    first = set(pq.read_table(world / "accounts.parquet").column("account_id").to_pylist())
    second = set(pq.read_table(other / "accounts.parquet").column("account_id").to_pylist())
    assert not first & second


def test_bad_arguments_are_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    for args in (
        ("--out", str(tmp_path / "full"), "--seed", "1"),
        ("--out", str(tmp_path / "a"), "--seed", "1", "--scale", "0"),
        ("--out", str(tmp_path / "b"), "--seed", "1", "--corpora", str(tmp_path / "none")),
    ):
        proc = _run("traffic.py", *args)
        assert proc.returncode == 2
        assert len(proc.stderr.strip().splitlines()) == 1


def test_realism_reports_every_column(world: Path, tmp_path: Path) -> None:
    proc = _run(
        "realism.py", "--truth", str(world), "--json", str(tmp_path / "r.json"), "--limit", "1.01"
    )
    assert proc.returncode == 0, proc.stderr
    import json

    rows = json.loads((tmp_path / "r.json").read_text())
    columns = {r["column"] for r in rows}
    assert {
        f"exchanges.{c}" for c in EXCHANGE_TYPES if c not in ("exchange_id", "account_id", "ts")
    } <= columns
    assert all(0.5 <= r["pooled_auc"] <= 1.0 for r in rows)


def test_score_reads_a_run_and_rejects_a_missing_one(world: Path, tmp_path: Path) -> None:
    import pandas as pd

    labels = pq.read_table(world / "labels.parquet").to_pandas()
    attack = labels["label"].str.startswith("attack:")
    run = tmp_path / "run"
    run.mkdir()
    pd.DataFrame(
        {
            "account_id": labels["account_id"],
            "score": attack.astype(float),
            "flagged": attack,
            "campaign_id": [None] * len(labels),
            "reasons": [[] for _ in range(len(labels))],
        }
    ).to_parquet(run / "accounts.parquet")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = _run("score.py", "--truth", str(world), "--pred", str(run), env=env)
    assert proc.returncode == 0, proc.stderr
    assert "precision 1.000" in proc.stdout and "recall 1.000" in proc.stdout
    missing = _run("score.py", "--truth", str(world), "--pred", str(tmp_path / "nothing"), env=env)
    assert missing.returncode == 2
