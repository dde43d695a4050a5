"""The third hold-out's generator writes tables the contract accepts, labels every account,
is fixed by its seed, and its scorer counts what it should."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from consentry import contract

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "holdout3"


def _generate(out: Path, seed: int = 3) -> None:
    subprocess.run(
        [sys.executable, str(HERE / "traffic.py"), "--out", str(out), "--seed", str(seed),
         "--scale", "0.01", "--quiet"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h3") / "set"
    _generate(out)
    return out


def test_tables_pass_the_contract(tiny: Path) -> None:
    rows = sum(b.num_rows for b in contract.read_batches(tiny / "exchanges", contract.EXCHANGES))
    assert rows > 1000
    for name, table in (("accounts.parquet", contract.ACCOUNTS),
                        ("ip_ranges.parquet", contract.IP_RANGES),
                        ("model_releases.parquet", contract.MODEL_RELEASES)):  # fmt: skip
        batches = list(contract.read_batches(tiny / name, table))
        assert sum(b.num_rows for b in batches) > 0, name
    ex = pq.read_table(tiny / "exchanges", columns=["exchange_id", "account_id"])
    assert pc.count_distinct(ex["exchange_id"]).as_py() == ex.num_rows


def test_labels_cover_every_account(tiny: Path) -> None:
    labels = pq.read_table(tiny / "labels.parquet").to_pydict()
    assert len(set(labels["account_id"])) == len(labels["account_id"])
    labelled = set(labels["account_id"])
    accounts = set(pq.read_table(tiny / "accounts.parquet")["account_id"].to_pylist())
    seen = set(pq.read_table(tiny / "exchanges", columns=["account_id"])["account_id"].to_pylist())
    assert accounts == labelled
    assert seen <= labelled
    kinds = {lab.split(":", 1)[0] for lab in labels["label"]}
    assert kinds == {"attack", "benign"}
    assert len({lab for lab in labels["label"] if lab.startswith("attack:")}) >= 7
    assert len({lab for lab in labels["label"] if lab.startswith("benign:")}) >= 10


def test_same_seed_same_set(tiny: Path, tmp_path: Path) -> None:
    _generate(tmp_path / "again")
    a = pq.read_table(tiny / "labels.parquet")
    b = pq.read_table(tmp_path / "again" / "labels.parquet")
    assert a.equals(b)
    cols = ["exchange_id", "ts", "ip", "prompt"]
    ea = pq.read_table(tiny / "exchanges", columns=cols).sort_by("exchange_id")
    eb = pq.read_table(tmp_path / "again" / "exchanges", columns=cols).sort_by("exchange_id")
    assert ea.equals(eb)


def test_score_counts_a_perfect_and_a_blind_run(tiny: Path, tmp_path: Path) -> None:
    labels = pq.read_table(tiny / "labels.parquet").to_pydict()
    attack = [lab.startswith("attack:") for lab in labels["label"]]
    for name, flag in (("perfect", attack), ("blind", [False] * len(attack))):
        run = tmp_path / name
        run.mkdir()
        pq.write_table(
            pa.table({"account_id": labels["account_id"],
                      "score": [1.0 if x else 0.0 for x in flag], "flagged": flag,
                      "campaign_id": ["c1" if x else None for x in flag]}),
            run / "accounts.parquet",
        )  # fmt: skip
        out = subprocess.run(
            [sys.executable, str(HERE / "score.py"), "--truth", str(tiny), "--detections",
             str(run), "--json", "-"],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        res = json.loads(out.stdout)
        if name == "perfect":
            assert res["recall"]["rate"] == 1.0 and res["benign_fpr"]["rate"] == 0.0
            assert res["pr_auc"] == 1.0 and res["tpr_at_fpr_1e-3"] == 1.0
            assert all(f["campaign_ids"] == 1 for f in res["families"].values())
        else:
            assert res["recall"]["rate"] == 0.0 and res["precision"]["rate"] is None
            lo, hi = res["recall"]["ci95"]
            assert lo == 0.0 and 0.0 < hi < 1.0
