"""Hold-out 11's generator at a small scale: the contract's tables and types, determinism per seed,
a label for every account, and every class present with at least two accounts."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAFFIC = ROOT / "benchmarks" / "holdout11" / "traffic.py"
SCALE = "0.03"

EXCHANGES = {
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
ACCOUNTS = {
    "account_id": pa.string(),
    "created_at": pa.timestamp("us", tz="UTC"),
    "tier": pa.string(),
    "signup_channel": pa.string(),
    "payment_fingerprint": pa.string(),
    "email_domain": pa.string(),
    "declared_country": pa.string(),
    "org_id": pa.string(),
}
IP_RANGES = {"cidr": pa.string(), "kind": pa.string(), "asn": pa.int64(), "country": pa.string()}
RELEASES = {"model": pa.string(), "released_at": pa.timestamp("us", tz="UTC")}


def _run(out: Path, seed: int, hashseed: str = "0") -> None:
    env = {"PYTHONHASHSEED": hashseed, "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, str(TRAFFIC), "--out", str(out), "--seed", str(seed), "--scale", SCALE]
    subprocess.run(cmd, check=True, env=env, capture_output=True)


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.rglob("*.parquet")):
        h.update(f.relative_to(folder).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h11") / "w"
    _run(out, 1)
    return out


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("exchanges", EXCHANGES),
        ("accounts.parquet", ACCOUNTS),
        ("ip_ranges.parquet", IP_RANGES),
        ("model_releases.parquet", RELEASES),
    ],
)
def test_tables_have_the_contract_columns_and_types(world: Path, table: str, columns: dict) -> None:
    schema = pq.read_table(world / table).schema
    for name, typ in columns.items():
        assert schema.field(name).type == typ, name


def test_exchange_values_are_in_the_contract_domains(world: Path) -> None:
    ex = pq.read_table(
        world / "exchanges", columns=["exchange_id", "surface", "api_key_id", "account_id"]
    )
    acc = pq.read_table(world / "accounts.parquet").to_pandas()
    assert ex.column("exchange_id").to_pandas().is_unique
    assert set(ex.column("surface").to_pylist()) <= {"api", "web", "app", "cli"}
    df = ex.to_pandas()
    assert df.loc[df["surface"] != "api", "api_key_id"].isna().all()
    assert set(df["account_id"]) <= set(acc["account_id"])
    assert set(acc["tier"]) <= {
        "free",
        "pro",
        "max",
        "team",
        "enterprise",
        "api",
        "education",
        "gov",
    }
    assert set(acc["signup_channel"]) <= {
        "web",
        "api_console",
        "education_program",
        "research_program",
        "startup_program",
        "partner_reseller",
    }


def test_every_account_has_one_label_and_every_class_two_accounts(world: Path) -> None:
    labels = pq.read_table(world / "labels.parquet").to_pandas()
    accounts = pq.read_table(world / "accounts.parquet").to_pandas()
    assert labels["account_id"].is_unique
    assert set(labels["account_id"]) == set(accounts["account_id"])
    assert labels["label"].str.match(r"^(benign|hn:[a-z_]+|attack:[a-z_]+)$").all()
    sys.path.insert(0, str(TRAFFIC.parent))
    from h11_world import CLASSES

    counts = labels["label"].value_counts()
    assert {c.label for c in CLASSES} == set(counts.index)
    assert (counts >= 2).all()
    assert sum(label.startswith("attack:") for label in counts.index) >= 3


def test_same_seed_same_bytes_other_seed_other_world(world: Path, tmp_path: Path) -> None:
    _run(tmp_path / "again", 1, hashseed="12345")
    _run(tmp_path / "other", 2)
    assert _digest(tmp_path / "again") == _digest(world)
    assert _digest(tmp_path / "other") != _digest(world)
    ids = set(pq.read_table(world / "accounts.parquet").column("account_id").to_pylist())
    other = set(
        pq.read_table(tmp_path / "other" / "accounts.parquet").column("account_id").to_pylist()
    )
    assert not ids & other


def test_refuses_a_non_empty_output_folder(world: Path) -> None:
    cmd = [sys.executable, str(TRAFFIC), "--out", str(world), "--seed", "1", "--scale", SCALE]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
