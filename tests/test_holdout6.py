"""Hold-out 6's generator writes tables the contract accepts, labels every account, is fixed by
its seed, and its scorer counts what it should. (Generation only; never tune on the world.)"""

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

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "holdout6"
SCALE = "0.02"


def _generate(out: Path, seed: int) -> str:
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "traffic.py"),
            "--out",
            str(out),
            "--seed",
            str(seed),
            "--scale",
            SCALE,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h6") / "w1"
    _generate(out, 1)
    return out


def _exchanges(d: Path) -> pa.Table:
    return pq.read_table(d / "exchanges")


def test_tables_follow_the_contract(tiny: Path) -> None:
    for table, path in (
        (contract.EXCHANGES, tiny / "exchanges"),
        (contract.ACCOUNTS, tiny / "accounts.parquet"),
        (contract.IP_RANGES, tiny / "ip_ranges.parquet"),
        (contract.MODEL_RELEASES, tiny / "model_releases.parquet"),
    ):
        ds = contract.open_table(path, table)  # raises on a missing column or a wrong type
        tbl = ds.to_table()
        for col in table.columns + table.optional:
            if col.name in tbl.column_names:
                assert tbl.schema.field(col.name).type == col.type, (table.name, col.name)
        contract.conform(tbl, table, str(path))  # nulls in required columns, vocabularies
    ex = _exchanges(tiny)
    assert ex.num_rows > 5_000
    assert pc.count_distinct(ex["exchange_id"]).as_py() == ex.num_rows
    assert set(pc.unique(ex["surface"]).to_pylist()) <= set(contract.SURFACES)
    ts = ex["ts"]
    assert pc.min(ts).as_py().year == 2026 and (pc.max(ts).as_py() - pc.min(ts).as_py()).days <= 28
    rel = pq.read_table(tiny / "model_releases.parquet")
    assert set(pc.unique(ex["model"]).to_pylist()) <= set(rel["model"].to_pylist())


def test_labels_cover_every_account(tiny: Path) -> None:
    labels = pq.read_table(tiny / "labels.parquet").to_pydict()
    accounts = pq.read_table(tiny / "accounts.parquet")["account_id"].to_pylist()
    used = set(pc.unique(_exchanges(tiny)["account_id"]).to_pylist())
    lab = dict(zip(labels["account_id"], labels["label"], strict=True))
    assert len(lab) == len(labels["account_id"]) == len(accounts)
    assert set(lab) == set(accounts) and used <= set(lab)
    kinds = {v.split(":")[0] for v in lab.values()}
    assert kinds == {"benign", "hn", "attack"}
    assert len({v for v in lab.values() if v.startswith("attack:")}) == 8
    assert len({v for v in lab.values() if v.startswith("hn:")}) >= 15
    truth = pq.read_table(tiny / "truth.parquet").to_pydict()
    for a, fam, lb in zip(truth["account_id"], truth["family"], truth["lab"], strict=True):
        assert (fam == "attack") == lab[a].startswith("attack:")
        assert (lb is not None) == (fam == "attack")


def test_same_seed_same_world_other_seed_other_world(tiny: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    other = tmp_path / "other"
    _generate(again, 1)
    _generate(other, 2)
    for name in ("accounts.parquet", "labels.parquet", "truth.parquet", "ip_ranges.parquet"):
        assert pq.read_table(tiny / name).equals(pq.read_table(again / name)), name
    assert _exchanges(tiny).equals(_exchanges(again))
    assert not pq.read_table(tiny / "accounts.parquet").equals(
        pq.read_table(other / "accounts.parquet")
    )


def _score(truth: Path, pred: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(HERE / "score.py"),
            "--truth",
            str(truth),
            "--pred",
            str(pred),
            *extra,
        ],
        capture_output=True,
        text=True,
    )


def test_score_counts_a_fake_prediction(tiny: Path, tmp_path: Path) -> None:
    labels = pq.read_table(tiny / "labels.parquet").to_pydict()
    ids, lab = labels["account_id"], labels["label"]
    # flag every attack account of one campaign and one account of one legitimate class
    camp = sorted(x for x in set(lab) if x.startswith("attack:"))[0]
    legit = sorted(x for x in set(lab) if x.startswith("hn:"))[0]
    one_fp = next(a for a, x in zip(ids, lab, strict=True) if x == legit)
    flagged = [x == camp or a == one_fp for a, x in zip(ids, lab, strict=True)]
    run = tmp_path / "run"
    run.mkdir()
    keep = [
        i for i in range(len(ids)) if i % 10 != 3 or flagged[i]
    ]  # some accounts missing from the run
    pq.write_table(
        pa.table(
            {
                "account_id": [ids[i] for i in keep],
                "score": [0.9 if flagged[i] else 0.1 for i in keep],
                "flagged": [flagged[i] for i in keep],
                "campaign_id": [None] * len(keep),
            }
        ),
        run / "accounts.parquet",
    )
    done = _score(tiny, run, "--json", str(tmp_path / "r.json"))
    assert done.returncode == 0, done.stderr
    r = json.loads((tmp_path / "r.json").read_text())
    n_camp = lab.count(camp)
    n_att = sum(x.startswith("attack:") for x in lab)
    assert r["tp"] == n_camp and r["fp"] == 1 and r["fn"] == n_att - n_camp
    assert r["campaigns"][camp]["recall"] == 1.0
    assert r["legitimate"][legit]["flagged"] == 1
    assert r["missing_from_run"] == len(ids) - len(keep)
    assert r["precision_ci"][0] <= r["precision"] <= r["precision_ci"][1]
    assert "PR-AUC" in done.stdout and camp in done.stdout
    # bad input: one line, exit 2
    pq.write_table(
        pa.table({"account_id": ["x"], "score": [1.5], "flagged": [True]}), run / "accounts.parquet"
    )
    bad = _score(tiny, run)
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "score" in bad.stderr


def test_realism_reports_every_column(tiny: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(HERE / "realism.py"), "--truth", str(tiny)],
        capture_output=True,
        text=True,
    )
    assert done.returncode in (0, 1), done.stderr
    for col in ("accounts.payment_fingerprint", "exchanges.prompt", "exchanges.ip", "exchanges.ts"):
        assert col in done.stdout
    assert "best single-column AUC" in done.stdout
