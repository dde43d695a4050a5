"""The holdout generator writes the traffic-logs contract exactly, labels every account, and
is deterministic per seed. (Only the file format is checked here; nothing about populations.)"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "holdout" / "traffic.py"
TS = pa.timestamp("us", tz="UTC")
EXCHANGES = {
    "exchange_id": pa.string(),
    "ts": TS,
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


def _run(out: Path, *extra: str) -> None:
    cmd = [
        sys.executable,
        str(SCRIPT),
        "--out",
        str(out),
        "--accounts",
        "300",
        "--days",
        "8",
        "--seed",
        "7",
        *extra,
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.rglob("*.parquet")):
        h.update(f.relative_to(folder).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("holdout")
    _run(d)
    return d


def test_exchanges_follow_the_contract(out: Path) -> None:
    table = ds.dataset(out / "exchanges", format="parquet").to_table()
    assert {f.name: f.type for f in table.schema} == EXCHANGES
    assert table.num_rows > 1000
    assert len(set(table["exchange_id"].to_pylist())) == table.num_rows
    assert set(table["surface"].to_pylist()) <= {"api", "web", "app", "cli"}
    assert table["prompt"].null_count == 0


def test_every_account_is_labelled_and_seen(out: Path) -> None:
    accounts = pq.read_table(out / "accounts.parquet")
    assert accounts.schema.field("created_at").type == TS
    labels = pq.read_table(out / "labels.parquet")
    assert labels.schema.names == ["account_id", "label"]
    assert sorted(labels["account_id"].to_pylist()) == sorted(accounts["account_id"].to_pylist())
    kinds = {lab.split(":")[0] for lab in labels["label"].to_pylist()}
    assert kinds == {"benign", "hn", "attack"}
    seen = set(
        ds.dataset(out / "exchanges", format="parquet")
        .to_table(columns=["account_id"])["account_id"]
        .to_pylist()
    )
    assert seen == set(accounts["account_id"].to_pylist())


def test_side_tables_follow_the_contract(out: Path) -> None:
    ranges = pq.read_table(out / "ip_ranges.parquet")
    assert [(f.name, f.type) for f in ranges.schema] == [
        ("cidr", pa.string()),
        ("kind", pa.string()),
        ("asn", pa.int64()),
        ("country", pa.string()),
    ]
    assert set(ranges["kind"].to_pylist()) <= {
        "residential",
        "mobile",
        "datacenter",
        "education",
        "corporate",
        "proxy",
    }
    releases = pq.read_table(out / "model_releases.parquet")
    assert releases.schema.field("released_at").type == TS
    consent = pq.read_table(out / "consent_events.parquet")
    assert set(consent["choice"].to_pylist()) <= {"allow", "deny"}
    assert set(consent["basis"].to_pylist()) <= {"explicit", "preset_accepted", "deemed", "default"}


def test_same_seed_same_bytes(out: Path, tmp_path: Path) -> None:
    _run(tmp_path / "again")
    assert _digest(tmp_path / "again") == _digest(out)
