"""Hold-out 17 (a judge): its tables keep the contract, it is deterministic, every account is
labelled, and its scorer counts right and refuses bad input in one line."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks" / "holdout17"
CORPORA = Path("/work/shared/corpora")
SCALE = "0.04"
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="needs the shared prompt corpora")


def _load(name: str, file: str) -> ModuleType:
    """traffic.py / score.py under names of their own (other hold-outs have files of the same name)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


traffic = _load("h17_traffic_cli", "traffic.py")
scorer = _load("h17_score_cli", "score.py")


def _cli(script: str, *args: str, hashseed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": hashseed}
    return subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, env=env
    )


@pytest.fixture(scope="module")
def worlds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Seed 3 twice (once through the CLI in another process and hash seed), seed 4 once, smaller."""
    base = tmp_path_factory.mktemp("h17")
    done = _cli(
        "traffic.py", "--out", str(base / "a"), "--seed", "3", "--scale", SCALE, hashseed="1"
    )
    assert done.returncode == 0, done.stderr
    corpora = traffic.Corpora.load(CORPORA)
    traffic.generate(base / "b", 3, float(SCALE), corpora)
    traffic.generate(base / "c", 4, 0.01, corpora)
    return {"a": base / "a", "b": base / "b", "c": base / "c"}


def _files(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*.parquet"))


def test_tables_keep_the_contract_types(worlds: dict[str, Path]) -> None:
    out = worlds["a"]
    parts = sorted((out / "exchanges").glob("part-*.parquet"))
    assert len(parts) == 28
    for part in parts:
        assert pq.read_schema(part).remove_metadata() == EXCHANGES.full_schema
    for name, table in (
        ("accounts", ACCOUNTS),
        ("ip_ranges", IP_RANGES),
        ("model_releases", MODEL_RELEASES),
    ):
        assert pq.read_schema(out / f"{name}.parquet").remove_metadata() == table.schema


def test_each_part_is_one_day_in_time_order(worlds: dict[str, Path]) -> None:
    start = traffic.EPOCH_US
    for day, part in enumerate(sorted((worlds["a"] / "exchanges").glob("part-*.parquet"))):
        ts = pq.read_table(part, columns=["ts"]).column(0).cast(pa.int64()).to_numpy()
        assert ts.size and (np.diff(ts) >= 0).all()
        assert ((ts - start) // 86_400_000_000 == day).all()


def test_no_model_is_used_before_its_release(worlds: dict[str, Path]) -> None:
    out = worlds["a"]
    releases = pq.read_table(out / "model_releases.parquet").to_pydict()
    first = (
        pads.dataset(out / "exchanges")
        .to_table(columns=["model", "ts"])
        .group_by("model")
        .aggregate([("ts", "min")])
        .to_pydict()
    )
    released = dict(zip(releases["model"], releases["released_at"], strict=True))
    assert set(first["model"]) <= set(released)
    for model, ts in zip(first["model"], first["ts_min"], strict=True):
        assert ts >= released[model], model


def test_same_seed_same_bytes_other_seed_other_ids(worlds: dict[str, Path]) -> None:
    a, b, c = worlds["a"], worlds["b"], worlds["c"]
    assert _files(a) == _files(b) == _files(c)
    for rel in _files(a):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    ids_a = set(pq.read_table(a / "labels.parquet").column("account_id").to_pylist())
    ids_c = set(pq.read_table(c / "labels.parquet").column("account_id").to_pylist())
    assert not ids_a & ids_c


def test_every_account_is_labelled_and_every_class_present(worlds: dict[str, Path]) -> None:
    out = worlds["a"]
    labels = pq.read_table(out / "labels.parquet")
    ids = labels.column("account_id").to_pylist()
    assert len(ids) == len(set(ids))
    assert set(ids) == set(pq.read_table(out / "accounts.parquet").column("account_id").to_pylist())
    seen = set(
        pads.dataset(out / "exchanges")
        .to_table(columns=["account_id"])
        .column(0)
        .unique()
        .to_pylist()
    )
    assert seen <= set(ids)
    counts = labels.group_by("label").aggregate([("account_id", "count")]).to_pydict()
    by_label = dict(zip(counts["label"], counts["account_id_count"], strict=True))
    assert set(by_label) == {label for label, _, _ in traffic.CLASSES}
    assert all(n >= 2 for n in by_label.values())
    for label in by_label:
        kind, _, name = label.partition(":")
        assert label == "benign" or (kind in ("hn", "attack") and name)


def test_each_campaign_has_a_twin_of_its_volume(worlds: dict[str, Path]) -> None:
    """Pairs are listed campaign then twin; their median exchanges per account stay within 2.5x."""
    out = worlds["a"]
    rows = (
        pads.dataset(out / "exchanges")
        .to_table(columns=["account_id"])
        .group_by("account_id")
        .aggregate([("account_id", "count")])
    )
    joined = pq.read_table(out / "labels.parquet").join(rows, "account_id")
    for pairs in (traffic.API_PAIRS, traffic.PEOPLE_PAIRS):
        for (campaign, _, _), (twin, _, _) in zip(pairs[::2], pairs[1::2], strict=True):
            med = [
                float(
                    np.median(
                        joined.filter(pc.equal(joined["label"], lab))["account_id_count"].to_numpy()
                    )
                )
                for lab in (campaign, twin)
            ]
            assert campaign.startswith("attack:") and twin.startswith("hn:")
            assert max(med) / min(med) < 2.5, (campaign, twin, med)


def _write_truth(folder: Path, labels: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(
        pa.table({"account_id": list(labels), "label": list(labels.values())}),
        folder / "labels.parquet",
    )


def _write_run(folder: Path, rows: dict[str, tuple[float, bool]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "account_id": list(rows),
            "score": [r[0] for r in rows.values()],
            "flagged": [r[1] for r in rows.values()],
        }
    )
    pq.write_table(table, folder / "accounts.parquet")


def test_scorer_counts_a_toy_run(tmp_path: Path) -> None:
    """Four attacks of two campaigns among eight legitimate accounts; one attack missing from the run."""
    labels = {f"a{i}": f"attack:c{i % 2}" for i in range(4)} | {
        f"b{i}": ("benign" if i < 6 else "hn:x") for i in range(8)
    }
    run = {
        "a0": (0.9, True),
        "a1": (0.8, True),
        "a2": (0.3, False),
        "b0": (0.85, True),
        "zz": (1.0, True),
    }
    run |= {f"b{i}": (0.1, False) for i in range(1, 8)}
    _write_truth(tmp_path / "t", labels)
    _write_run(tmp_path / "r", run)
    f = scorer.score(scorer.read_truth(tmp_path / "t"), scorer.read_run(tmp_path / "r"))
    assert (f["tp"], f["fp"], f["fn"], f["tn"]) == (2, 1, 2, 7)
    assert f["missing_from_run"] == 1 and f["unlabelled_in_run"] == 1
    assert f["precision"] == pytest.approx(2 / 3) and f["recall"] == pytest.approx(0.5)
    assert f["fpr"] == pytest.approx(1 / 8) and f["fpr_benign"] == pytest.approx(1 / 6)
    # ranking a0 .9, b0 .85, a1 .8, a2 .3, then the rest at .1 and a3 at 0
    assert f["pr_auc"] == pytest.approx((1 + 2 / 3 + 3 / 4 + 4 / 12) / 4)
    assert f["tpr_at_fpr_1e-3"] == pytest.approx(0.25)
    assert (
        f["per_class"]["attack:c0"]["flagged"] == 1 and f["per_class"]["attack:c1"]["flagged"] == 1
    )
    assert f["per_class"]["hn:x"]["rate"] == 0.0
    low, high = f["pr_auc_ci"]
    assert 0 <= low <= high <= 1


@pytest.mark.parametrize("k,n", [(0, 10), (3, 10), (10, 10), (1, 1000)])
def test_wilson_interval_holds_the_rate(k: int, n: int) -> None:
    low, high = scorer.wilson(k, n)
    assert 0 <= low <= k / n <= high <= 1 and high - low < 1


def test_perfect_ranking_scores_one_and_reversed_less(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    positive = rng.random(300) < 0.2
    perfect = positive + rng.random(300) * 0.5
    assert scorer.average_precision(perfect, positive) == pytest.approx(1.0)
    assert scorer.tpr_at_fpr(perfect, positive) == 1.0
    assert scorer.average_precision(-perfect, positive) < positive.mean() + 0.05


BAD_RUNS = {
    "missing column": pa.table({"account_id": ["a0"], "score": [0.5]}),
    "duplicate id": pa.table(
        {"account_id": ["a0", "a0"], "score": [0.5, 0.4], "flagged": [True, False]}
    ),
    "empty id": pa.table({"account_id": [""], "score": [0.5], "flagged": [True]}),
    "score above one": pa.table({"account_id": ["a0"], "score": [1.5], "flagged": [True]}),
    "flag not boolean": pa.table({"account_id": ["a0"], "score": [0.5], "flagged": ["yes"]}),
}


@pytest.mark.parametrize("case", sorted(BAD_RUNS))
def test_scorer_refuses_bad_runs_in_one_line(tmp_path: Path, case: str) -> None:
    _write_truth(tmp_path / "t", {"a0": "attack:c", "b0": "benign"})
    (tmp_path / "r").mkdir()
    pq.write_table(BAD_RUNS[case], tmp_path / "r" / "accounts.parquet")
    done = _cli("score.py", "--truth", str(tmp_path / "t"), "--pred", str(tmp_path / "r"))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_scorer_refuses_missing_files_and_labels_without_attack(tmp_path: Path) -> None:
    _write_run(tmp_path / "r", {"a0": (0.5, True)})
    done = _cli("score.py", "--truth", str(tmp_path / "nowhere"), "--pred", str(tmp_path / "r"))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    _write_truth(tmp_path / "t", {"a0": "benign", "b0": "hn:x"})
    done = _cli("score.py", "--truth", str(tmp_path / "t"), "--pred", str(tmp_path / "r"))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args", [["--scale", "0"], ["--scale", "-1"], ["--corpora", "/nonexistent"], ["--nonempty"]]
)
def test_generator_refuses_bad_arguments_in_one_line(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out"
    if args == ["--nonempty"]:
        out.mkdir()
        (out / "x").write_text("x")
        args = []
    done = _cli("traffic.py", "--out", str(out), "--seed", "1", *args)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
