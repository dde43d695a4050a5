"""Hold-outs 4 and 5: each generator writes tables the contract accepts, labels every account,
is fixed by its seed, and each scorer counts a perfect and a blind run as it should. (Each set
was written by its own examiner, so their scorers name their figures each in its own way.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from consentry import contract

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
# per set: its scorer's names for (attack accounts, per-campaign figures, a campaign's recall)
KEYS = {"holdout4": ("attack", "campaigns", "rate"),
        "holdout5": ("attack_accounts", "campaign_recall", "recall")}  # fmt: skip


def _generate(name: str, out: Path, seed: int = 3) -> None:
    subprocess.run(
        [sys.executable, str(BENCH / name / "traffic.py"), "--out", str(out), "--seed",
         str(seed), "--scale", "0.03"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip


@pytest.fixture(scope="module", params=sorted(KEYS))
def tiny(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp(request.param) / request.param
    _generate(request.param, out)
    return out


def test_tables_pass_the_contract_and_labels_cover_every_account(tiny: Path) -> None:
    rows = sum(b.num_rows for b in contract.read_batches(tiny / "exchanges", contract.EXCHANGES))
    assert rows > 1000
    for name, table in (("accounts.parquet", contract.ACCOUNTS),
                        ("ip_ranges.parquet", contract.IP_RANGES),
                        ("model_releases.parquet", contract.MODEL_RELEASES)):  # fmt: skip
        assert sum(b.num_rows for b in contract.read_batches(tiny / name, table)) > 0, name
    labels = pq.read_table(tiny / "labels.parquet").to_pydict()
    labelled = set(labels["account_id"])
    assert len(labelled) == len(labels["account_id"])
    seen = set(pq.read_table(tiny / "exchanges", columns=["account_id"])["account_id"].to_pylist())
    assert seen <= labelled
    assert {lab.split(":", 1)[0] for lab in labels["label"]} == {"attack", "benign", "hn"}


def test_same_seed_same_set(tiny: Path, tmp_path: Path) -> None:
    _generate(tiny.name, tmp_path / "again")
    assert pq.read_table(tiny / "labels.parquet").equals(
        pq.read_table(tmp_path / "again" / "labels.parquet")
    )
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
                      "campaign_id": ["c1" if x else None for x in flag],
                      "reasons": [[] for _ in flag]}),
            run / "accounts.parquet",
        )  # fmt: skip
        subprocess.run(
            [sys.executable, str(BENCH / tiny.name / "score.py"), "--truth", str(tiny), "--pred", str(run),
             "--json", str(run / "score.json")],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        res = json.loads((run / "score.json").read_text())
        attack, per_campaign, rate = KEYS[tiny.name]
        if name == "perfect":
            assert (res["tp"], res["fp"], res["fn"]) == (res[attack], 0, 0)
            assert res["recall"] == 1.0 and res["fpr"] == 0.0 and res["pr_auc"] == 1.0
            assert res["tpr_at_fpr_1e-3"] == 1.0
            assert all(c[rate] == 1.0 for c in res[per_campaign].values())
        else:
            assert res["tp"] == 0 and res["recall"] == 0.0 and res["tpr_at_fpr_1e-3"] == 0.0
            assert all(c[rate] == 0.0 for c in res[per_campaign].values())
