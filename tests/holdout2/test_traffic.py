"""Holdout-2 generator: the contract's tables with the contract's types, labels for every
account, and the same bytes from the same seed. Runs the script as a user would (small size)."""

from __future__ import annotations

import ipaddress
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "holdout2" / "traffic.py"
TS = pa.timestamp("us", tz="UTC")
S, I32, I16, B = pa.string(), pa.int32(), pa.int16(), pa.bool_()

# Written from contracts/traffic-logs.md (required columns and their types).
EXCHANGES = {
    "exchange_id": S, "ts": TS, "account_id": S, "api_key_id": S, "conversation_id": S,
    "surface": S, "model": S, "ip": S, "country": S, "user_agent": S, "prompt": S,
    "system_prompt": S, "response": S, "input_tokens": I32, "output_tokens": I32,
    "tool_count": I16, "has_image": B, "status": I16,
}  # fmt: skip
ACCOUNTS = {
    "account_id": S, "created_at": TS, "tier": S, "signup_channel": S,
    "payment_fingerprint": S, "email_domain": S, "declared_country": S, "org_id": S,
}  # fmt: skip
IP_RANGES = {"cidr": S, "kind": S, "asn": pa.int64(), "country": S}
RELEASES = {"model": S, "released_at": TS}
TIERS = {"free", "pro", "max", "team", "enterprise", "api", "education", "gov"}
CHANNELS = {
    "web",
    "api_console",
    "education_program",
    "research_program",
    "startup_program",
    "partner_reseller",
}
KINDS = {"residential", "mobile", "datacenter", "education", "corporate", "proxy"}


def generate(out: Path, seed: int = 7) -> None:
    args = [
        sys.executable,
        str(SCRIPT),
        "--out",
        str(out),
        "--accounts",
        "150",
        "--days",
        "5",
        "--seed",
        str(seed),
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    a, b = tmp_path_factory.mktemp("a") / "out", tmp_path_factory.mktemp("b") / "out"
    generate(a)
    generate(b)
    return a, b


def has_columns(schema: pa.Schema, expected: dict[str, pa.DataType]) -> None:
    for name, typ in expected.items():
        assert name in schema.names, f"missing column {name}"
        assert schema.field(name).type == typ, f"{name}: {schema.field(name).type} != {typ}"


def test_tables_follow_the_contract(runs: tuple[Path, Path]) -> None:
    out = runs[0]
    parts = sorted((out / "exchanges").glob("part-*.parquet"))
    assert len(parts) == 5
    for p in parts:
        has_columns(pq.read_schema(p), EXCHANGES)
    has_columns(pq.read_schema(out / "accounts.parquet"), ACCOUNTS)
    has_columns(pq.read_schema(out / "ip_ranges.parquet"), IP_RANGES)
    has_columns(pq.read_schema(out / "model_releases.parquet"), RELEASES)

    ex = pa.concat_tables(pq.read_table(p) for p in parts)
    ts = ex.column("ts").cast(pa.int64()).to_numpy()
    assert (ts[1:] >= ts[:-1]).all(), "exchanges are not in time order across parts"
    assert len(set(ex.column("exchange_id").to_pylist())) == ex.num_rows
    assert set(ex.column("surface").to_pylist()) <= {"api", "web", "app", "cli"}
    for ip in set(ex.column("ip").to_pylist()):
        ipaddress.ip_address(ip)
    acc = pq.read_table(out / "accounts.parquet").to_pydict()
    assert set(acc["tier"]) <= TIERS
    assert set(acc["signup_channel"]) <= CHANNELS
    feed = pq.read_table(out / "ip_ranges.parquet").to_pydict()
    assert set(feed["kind"]) <= KINDS
    for cidr in feed["cidr"]:
        ipaddress.ip_network(cidr)
    models = set(pq.read_table(out / "model_releases.parquet").column("model").to_pylist())
    assert set(ex.column("model").to_pylist()) <= models


def test_labels_cover_every_account(runs: tuple[Path, Path]) -> None:
    out = runs[0]
    lab = pq.read_table(out / "labels.parquet").to_pydict()
    acc = set(pq.read_table(out / "accounts.parquet").column("account_id").to_pylist())
    seen = set(pq.read_table(out / "exchanges").column("account_id").to_pylist())
    assert set(lab["account_id"]) == acc == seen
    assert len(lab["account_id"]) == len(acc)
    assert set(lab["label"]) == {"benign", "campaign"}
    for label, cid in zip(lab["label"], lab["campaign_id"], strict=True):
        assert (cid is not None) == (label == "campaign")
    families = {c for c, lb in zip(lab["class"], lab["label"], strict=True) if lb == "campaign"}
    classes = {c for c, lb in zip(lab["class"], lab["label"], strict=True) if lb == "benign"}
    assert len(families) >= 6 and len(classes) >= 8


def test_same_seed_same_bytes(runs: tuple[Path, Path]) -> None:
    a, b = runs
    files = sorted(p.relative_to(a) for p in a.rglob("*.parquet"))
    assert files == sorted(p.relative_to(b) for p in b.rglob("*.parquet"))
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f"{f} differs between runs"


def test_generator_does_not_import_consentry() -> None:
    for src in (ROOT / "benchmarks" / "holdout2").glob("*.py"):
        for line in src.read_text().splitlines():
            assert not line.lstrip().startswith(("import consentry", "from consentry")), src
