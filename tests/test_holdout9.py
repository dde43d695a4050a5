"""Hold-out 9's generator, scorer and realism check: shape, determinism, labels, contract types.

These tests check the world's structure only, never its wording or what a detector finds in it.
"""

from __future__ import annotations

import filecmp
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from consentry import contract

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "holdout9"
CORPORA = Path("/work/shared/corpora")
SCALE = 0.03


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"holdout9_{name}", HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


traffic = _module("traffic")
score = _module("score")
realism = _module("realism")


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
    root = tmp_path_factory.mktemp("h9")
    assert traffic.main(_args(root / "a", 1)) == 0
    assert traffic.main(_args(root / "c", 2)) == 0
    # the same seed again in another process with another string-hash seed: nothing may depend
    # on set or dict iteration order
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    cmd = [sys.executable, str(HERE / "traffic.py"), *_args(root / "b", 1)]
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return {"a": root / "a", "b": root / "b", "c": root / "c"}


def _files(d: Path) -> list[Path]:
    return sorted(p.relative_to(d) for p in d.rglob("*.parquet"))


def test_same_seed_gives_byte_identical_tables(worlds: dict[str, Path]) -> None:
    a, b = worlds["a"], worlds["b"]
    assert _files(a) == _files(b)
    for rel in _files(a):
        assert filecmp.cmp(a / rel, b / rel, shallow=False), rel


def test_another_seed_changes_identifiers(worlds: dict[str, Path]) -> None:
    ids = [
        set(pq.read_table(worlds[k] / "accounts.parquet")["account_id"].to_pylist())
        for k in ("a", "c")
    ]
    assert not ids[0] & ids[1]


@pytest.mark.parametrize(
    ("path", "table"),
    [
        ("exchanges", contract.EXCHANGES),
        ("accounts.parquet", contract.ACCOUNTS),
        ("ip_ranges.parquet", contract.IP_RANGES),
        ("model_releases.parquet", contract.MODEL_RELEASES),
    ],
)
def test_tables_have_the_contract_types(
    worlds: dict[str, Path], path: str, table: contract.Table
) -> None:
    t = pq.read_table(worlds["a"] / path) if path.endswith(".parquet") else None
    schema = (
        t.schema if t is not None else pq.read_schema(next((worlds["a"] / path).glob("*.parquet")))
    )
    for col in table.columns + table.optional:
        if col in table.optional and col.name not in schema.names:
            continue
        assert schema.field(col.name).type == col.type, col.name
    # the contract's own reader accepts every batch (types, required values, vocabularies)
    rows = sum(b.num_rows for b in contract.read_batches(worlds["a"] / path, table))
    assert rows > 0


def test_labels_follow_the_convention_and_cover_every_account(worlds: dict[str, Path]) -> None:
    d = worlds["a"]
    labels = pq.read_table(d / "labels.parquet").to_pandas()
    accounts = pq.read_table(d / "accounts.parquet").to_pandas()
    pattern = re.compile(r"^(benign|hn:[a-z_]+|attack:[a-z_]+)$")
    assert labels["label"].map(lambda s: bool(pattern.match(s))).all()
    assert set(labels["account_id"]) == set(accounts["account_id"])
    assert labels["account_id"].is_unique and accounts["account_id"].is_unique
    counts = labels["label"].value_counts()
    assert (counts >= 2).all()  # every class, even at a tiny scale
    attack = labels["label"].str.startswith("attack:").mean()
    assert 0.05 < attack < 0.3
    truth = pq.read_table(d / "truth.parquet").to_pandas()
    fam = truth["label"].map(
        lambda s: (
            "attack"
            if s.startswith("attack:")
            else ("hard_negative" if s.startswith("hn:") else "benign")
        )
    )
    assert (fam == truth["family"]).all()
    assert truth.loc[truth["family"] == "attack", "operator"].notna().all()
    assert truth.loc[truth["family"] != "attack", "operator"].isna().all()


def test_exchanges_have_the_shape_of_logs(worlds: dict[str, Path]) -> None:
    d = worlds["a"]
    ex = pq.read_table(d / "exchanges").to_pandas()
    labels = pq.read_table(d / "labels.parquet").to_pandas()
    assert ex["exchange_id"].is_unique
    assert set(ex["account_id"]) == set(labels["account_id"])  # everyone sent something
    span = ex["ts"].max() - ex["ts"].min()
    assert 30 <= span.days <= traffic.DAYS
    first_party = ex["surface"].isin(["web", "app"])
    assert ex.loc[first_party, "api_key_id"].isna().all()
    assert ex.loc[~first_party, "api_key_id"].notna().mean() > 0.9
    assert (ex["input_tokens"] > 0).all() and (ex["output_tokens"] >= 0).all()
    assert (ex.loc[ex["status"] != 200, "output_tokens"] == 0).all()
    assert ex.loc[ex["status"] != 200, "response"].isna().all()
    for col in ("country", "user_agent", "response", "conversation_id", "system_prompt"):
        assert 0 < ex[col].isna().mean() < 1, col  # nullable columns are sometimes null
    releases = pq.read_table(d / "model_releases.parquet").to_pandas()
    assert set(ex["model"]) <= set(releases["model"])


def test_ip_feed_covers_part_of_the_traffic(worlds: dict[str, Path]) -> None:
    import ipaddress

    d = worlds["a"]
    feed = pq.read_table(d / "ip_ranges.parquet").to_pandas()
    nets = [ipaddress.ip_network(c) for c in feed["cidr"]]
    assert set(feed["kind"]) <= set(contract.IP_KINDS)
    ips = pq.read_table(d / "exchanges", columns=["ip"]).column("ip").to_pylist()[:400]
    hit = sum(
        any(
            ipaddress.ip_address(ip) in n
            for n in nets
            if n.version == ipaddress.ip_address(ip).version
        )
        for ip in ips
    )
    assert 0.5 < hit / len(ips) < 1.0  # mostly covered, never completely


def test_score_counts_a_perfect_run_and_missing_accounts(
    worlds: dict[str, Path], tmp_path: Path
) -> None:
    import pandas as pd

    labels = pq.read_table(worlds["a"] / "labels.parquet").to_pandas()
    y = labels["label"].str.startswith("attack:")
    run = tmp_path / "run"
    run.mkdir()
    pd.DataFrame(
        {"account_id": labels["account_id"], "score": y.astype(float), "flagged": y}
    ).to_parquet(run / "accounts.parquet")
    r = score.score(worlds["a"], run)
    assert r["precision"] == r["recall"] == r["pr_auc"] == r["tpr_at_fpr_1e-3"] == 1.0
    assert r["fpr"] == 0 and r["missing_from_run"] == 0
    # drop one attack account: it counts as score 0, not flagged
    keep = labels["account_id"] != labels.loc[y, "account_id"].iloc[0]
    pd.DataFrame(
        {
            "account_id": labels.loc[keep, "account_id"],
            "score": y[keep].astype(float),
            "flagged": y[keep],
        }
    ).to_parquet(run / "accounts.parquet")
    r = score.score(worlds["a"], run)
    assert r["missing_from_run"] == 1 and r["fn"] == 1 and r["recall"] < 1


@pytest.mark.parametrize(
    "frame",
    [
        {"account_id": ["x"], "score": [1.5], "flagged": [True]},
        {"account_id": ["x"], "score": [0.5], "flagged": ["yes"]},
        {"account_id": ["x", "x"], "score": [0.5, 0.5], "flagged": [True, True]},
        {"account_id": ["x"], "flagged": [True]},
    ],
)
def test_score_refuses_bad_runs_with_exit_2(
    worlds: dict[str, Path], tmp_path: Path, frame: dict
) -> None:
    import pandas as pd

    pd.DataFrame(frame).to_parquet(tmp_path / "accounts.parquet")
    assert score.main(["--truth", str(worlds["a"]), "--pred", str(tmp_path)]) == 2


def test_wilson_interval_contains_the_rate() -> None:
    for k, n in ((0, 10), (3, 10), (10, 10), (1, 1000)):
        lo, hi = score.wilson(k, n)
        assert 0 <= lo <= k / n <= hi <= 1


def test_realism_scores_every_column(worlds: dict[str, Path]) -> None:
    res = realism.run(worlds["a"])
    seen = {(r["table"], r["column"]) for r in res}
    for col in contract.EXCHANGES.columns:
        if col.name not in ("account_id", "exchange_id"):
            assert ("exchanges", col.name) in seen
    for col in contract.ACCOUNTS.columns[1:]:
        assert ("accounts", col.name) in seen
    assert all(0.5 <= r["auc"] <= 1 for r in res)


def test_bad_scale_is_refused() -> None:
    assert traffic.main(["--out", "/tmp/never", "--seed", "1", "--scale", "0"]) == 2
