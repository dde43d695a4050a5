"""Hold-out 10's generator and scorer: contract columns and types, determinism, labels, scoring.

These tests check the world's structure only, never its wording or what a detector finds in it.
"""

from __future__ import annotations

import filecmp
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "holdout10"
CORPORA = Path("/work/shared/corpora")
SCALE = 0.02

# the contract's types (/work/shared/contracts/traffic-logs.md)
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
NOT_NULL = {
    "exchange_id",
    "ts",
    "account_id",
    "surface",
    "model",
    "ip",
    "prompt",
    "input_tokens",
    "output_tokens",
    "tool_count",
    "has_image",
    "status",
}
ACCOUNTS = {
    "account_id": pa.string(),
    "created_at": TS,
    "tier": pa.string(),
    "signup_channel": pa.string(),
    "payment_fingerprint": pa.string(),
    "email_domain": pa.string(),
    "declared_country": pa.string(),
    "org_id": pa.string(),
}
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


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout10_{name}", HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


traffic = _module("traffic")
score = _module("score")


def _args(out: Path, seed: int) -> list[str]:
    return [
        "--out",
        str(out),
        "--seed",
        str(seed),
        "--scale",
        str(SCALE),
        "--corpora",
        str(CORPORA),
    ]


@pytest.fixture(scope="module")
def worlds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("h10")
    assert traffic.main(_args(root / "a", 1)) == 0
    assert traffic.main(_args(root / "c", 2)) == 0
    env = {**os.environ, "PYTHONHASHSEED": "4321"}
    cmd = [sys.executable, str(HERE / "traffic.py"), *_args(root / "b", 1)]
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return {"a": root / "a", "b": root / "b", "c": root / "c"}


def _files(d: Path) -> list[Path]:
    return sorted(p.relative_to(d) for p in d.rglob("*.parquet"))


def test_tables_written(worlds: dict[str, Path]) -> None:
    names = {str(p) for p in _files(worlds["a"])}
    for t in ("accounts", "ip_ranges", "model_releases", "labels", "truth"):
        assert f"{t}.parquet" in names
    parts = [n for n in names if n.startswith("exchanges/part-")]
    assert len(parts) >= 20


def test_same_seed_byte_identical_other_seed_differs(worlds: dict[str, Path]) -> None:
    a, b, c = worlds["a"], worlds["b"], worlds["c"]
    assert _files(a) == _files(b)
    for rel in _files(a):
        assert filecmp.cmp(a / rel, b / rel, shallow=False), rel
    ids = [set(pq.read_table(w / "accounts.parquet")["account_id"].to_pylist()) for w in (a, c)]
    assert not ids[0] & ids[1]


def test_exchange_columns_and_types(worlds: dict[str, Path]) -> None:
    t = pq.read_table(worlds["a"] / "exchanges")
    for col, typ in EXCHANGES.items():
        assert col in t.column_names, col
        assert t.schema.field(col).type == typ, col
        if col in NOT_NULL:
            assert t[col].null_count == 0, col
    for col in ("incognito", "safety_flagged", "feedback"):
        assert t.schema.field(col).type == pa.bool_()
    df = t.select(["exchange_id", "surface", "api_key_id", "status", "ip", "country"]).to_pandas()
    assert df["exchange_id"].is_unique
    assert set(df["surface"]) <= {"api", "web", "app", "cli"}
    assert df.loc[df["surface"].isin(["web", "app"]), "api_key_id"].isna().all()
    assert {200, 429} <= set(df["status"])
    assert df["ip"].str.fullmatch(r"\d+\.\d+\.\d+\.\d+").all()
    cc = df["country"].dropna()
    assert cc.str.fullmatch(r"[A-Z]{2}").all()
    assert 0 < df["country"].isna().mean() < 0.05


def test_accounts_and_feeds(worlds: dict[str, Path]) -> None:
    w = worlds["a"]
    t = pq.read_table(w / "accounts.parquet")
    for col, typ in ACCOUNTS.items():
        assert t.schema.field(col).type == typ, col
    acc = t.to_pandas()
    assert acc["account_id"].is_unique
    assert set(acc["tier"]) <= TIERS
    assert set(acc["signup_channel"]) <= CHANNELS
    ipr = pq.read_table(w / "ip_ranges.parquet")
    assert ipr.schema.field("asn").type == pa.int64()
    assert set(ipr["kind"].to_pylist()) <= KINDS
    rel = pq.read_table(w / "model_releases.parquet")
    assert rel.schema.field("released_at").type == TS
    models = set(pq.read_table(w / "exchanges", columns=["model"])["model"].to_pylist())
    assert models <= set(rel["model"].to_pylist())


def test_labels_cover_every_account(worlds: dict[str, Path]) -> None:
    w = worlds["a"]
    acc = set(pq.read_table(w / "accounts.parquet")["account_id"].to_pylist())
    seen = set(pq.read_table(w / "exchanges", columns=["account_id"])["account_id"].to_pylist())
    lab = pq.read_table(w / "labels.parquet").to_pandas()
    truth = pq.read_table(w / "truth.parquet").to_pandas()
    assert set(lab["account_id"]) == acc == seen
    assert lab["account_id"].is_unique
    assert lab["label"].str.match(r"^(benign|hn:[a-z_]+|attack:[a-z_]+)$").all()
    classes = set(lab["label"])
    assert len([c for c in classes if c.startswith("attack:")]) == 4
    assert len([c for c in classes if c.startswith("hn:")]) >= 8
    fam = truth.set_index("account_id")["family"]
    assert (fam[lab.loc[lab["label"].str.startswith("attack:"), "account_id"]] == "attack").all()


def _run(tmp: Path, df: pd.DataFrame) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pandas(df, preserve_index=False), tmp / "accounts.parquet")
    return tmp


def test_score_perfect_and_random(worlds: dict[str, Path], tmp_path: Path) -> None:
    lab = pq.read_table(worlds["a"] / "labels.parquet").to_pandas()
    y = lab["label"].str.startswith("attack:")
    perfect = _run(
        tmp_path / "p",
        pd.DataFrame({"account_id": lab["account_id"], "score": y.astype(float), "flagged": y}),
    )
    r = score.score(worlds["a"], perfect)
    assert r["precision"] == 1.0 and r["recall"] == 1.0 and r["fpr"] == 0.0
    assert r["pr_auc"] == pytest.approx(1.0) and r["tpr_at_fpr_1e-3"] == 1.0
    rng = np.random.default_rng(0)
    s = rng.random(len(lab))
    rand = _run(
        tmp_path / "r",
        pd.DataFrame({"account_id": lab["account_id"], "score": s, "flagged": s > 0.5}),
    )
    r = score.score(worlds["a"], rand)
    base = y.mean()
    assert abs(r["pr_auc"] - base) < 0.15
    assert 0.25 < r["recall"] < 0.75 and 0.25 < r["fpr"] < 0.75
    # a labelled account missing from the run counts as score 0
    part = _run(
        tmp_path / "m",
        pd.DataFrame(
            {"account_id": lab["account_id"][1:], "score": y[1:].astype(float), "flagged": y[1:]}
        ),
    )
    assert score.score(worlds["a"], part)["missing_from_run"] == 1


def test_bad_input_exits_2(worlds: dict[str, Path], tmp_path: Path) -> None:
    lab = pq.read_table(worlds["a"] / "labels.parquet").to_pandas()
    bad = _run(
        tmp_path / "b",
        pd.DataFrame({"account_id": lab["account_id"], "score": 2.0, "flagged": True}),
    )
    py = sys.executable
    r = subprocess.run(
        [py, str(HERE / "score.py"), "--truth", str(worlds["a"]), "--pred", str(bad)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    r = subprocess.run(
        [py, str(HERE / "score.py"), "--truth", str(tmp_path / "nope"), "--pred", str(bad)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2
    for extra in (["--scale", "0"], ["--corpora", str(tmp_path / "nope")]):
        out = tmp_path / f"o{len(extra[1])}"
        r = subprocess.run(
            [py, str(HERE / "traffic.py"), "--out", str(out), "--seed", "1", *extra],
            capture_output=True,
            text=True,
        )
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_realism_runs_and_rejects_bad_input(worlds: dict[str, Path], tmp_path: Path) -> None:
    realism = _module("realism")
    rows = realism.run(worlds["a"], ["attack:trial_carousel", "hn:trial_evaluator"])
    assert rows and all(0.5 <= a <= 1.0 for a, _, _ in rows)
    assert [a for a, _, _ in rows] == sorted((a for a, _, _ in rows), reverse=True)
    assert realism.main(["--truth", str(tmp_path / "nope")]) == 2
