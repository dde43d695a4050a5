"""Hold-out 8's generator writes tables the contract accepts, labels every account, is fixed by
its seed, and its scorer counts what it should. (Generation only; never tune on the world.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from consentry import contract

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "holdout8"
SCALE = "0.02"


def _generate(out: Path, seed: int) -> None:
    cmd = [
        sys.executable,
        str(HERE / "traffic.py"),
        "--out",
        str(out),
        "--seed",
        str(seed),
        "--scale",
        SCALE,
    ]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def worlds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("h8")
    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        _generate(base / name, seed)
    return base / "a", base / "b", base / "c"


def _tables(d: Path) -> dict[str, pa.Table]:
    names = ("accounts", "ip_ranges", "model_releases", "labels", "truth")
    out = {n: pq.read_table(d / f"{n}.parquet") for n in names}
    out["exchanges"] = pq.read_table(d / "exchanges")
    return out


def test_tables_follow_the_contract(worlds: tuple[Path, Path, Path]) -> None:
    d = worlds[0]
    for table, path in (
        (contract.EXCHANGES, d / "exchanges"),
        (contract.ACCOUNTS, d / "accounts.parquet"),
        (contract.IP_RANGES, d / "ip_ranges.parquet"),
        (contract.MODEL_RELEASES, d / "model_releases.parquet"),
    ):
        tbl = contract.open_table(
            path, table
        ).to_table()  # raises on a missing column or wrong type
        for col in table.columns:
            assert tbl.schema.field(col.name).type == col.type, (table.name, col.name)
            if not col.nullable:
                assert tbl.column(col.name).null_count == 0, (table.name, col.name)
        for (tname, cname), vocab in contract.VOCABULARIES.items():
            if tname == table.name:
                assert set(tbl.column(cname).to_pylist()) <= set(vocab), cname
    ex = pq.read_table(d / "exchanges")
    assert len(set(ex.column("exchange_id").to_pylist())) == ex.num_rows
    rel = pq.read_table(d / "model_releases.parquet").column("model").to_pylist()
    assert set(ex.column("model").to_pylist()) <= set(rel)


def test_every_account_labelled_and_classes_present(worlds: tuple[Path, Path, Path]) -> None:
    t = _tables(worlds[0])
    accounts = set(t["accounts"].column("account_id").to_pylist())
    labels = t["labels"].column("label").to_pylist()
    assert set(t["labels"].column("account_id").to_pylist()) == accounts
    assert set(t["exchanges"].column("account_id").to_pylist()) <= accounts
    truth = t["truth"]
    fam = dict(
        zip(truth.column("label").to_pylist(), truth.column("family").to_pylist(), strict=True)
    )
    assert all(
        fam[x]
        == (
            "attack"
            if x.startswith("attack:")
            else "hard_negative"
            if x.startswith("hn:")
            else "benign"
        )
        for x in labels
    )
    assert len({x for x in labels if x.startswith("attack:")}) >= 7
    assert len({x for x in labels if x.startswith("hn:")}) >= 15
    ops = {o for o in truth.column("operator").to_pylist() if o}
    assert len(ops) >= 3
    for lab in set(labels):
        assert labels.count(lab) >= 2, lab


def test_seed_fixes_the_world(worlds: tuple[Path, Path, Path]) -> None:
    a, b, c = (_tables(w) for w in worlds)
    for name in a:
        assert a[name].equals(b[name]), name
    assert not a["exchanges"].equals(c["exchanges"])
    assert not a["accounts"].equals(c["accounts"])
    assert set(a["accounts"].column("account_id").to_pylist()).isdisjoint(
        c["accounts"].column("account_id").to_pylist()
    )
    for part in sorted((worlds[0] / "exchanges").iterdir()):
        assert part.read_bytes() == (worlds[1] / "exchanges" / part.name).read_bytes()


def _score(truth: Path, pred: Path, js: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(HERE / "score.py"), "--truth", str(truth), "--pred", str(pred)]
    if js:
        cmd += ["--json", str(js)]
    return subprocess.run(cmd, capture_output=True, text=True)


def test_score_counts_a_hand_made_prediction(
    worlds: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    lab = pq.read_table(worlds[0] / "labels.parquet")
    ids, labels = lab.column("account_id").to_pylist(), lab.column("label").to_pylist()
    att = [i for i, x in zip(ids, labels, strict=True) if x.startswith("attack:")]
    neg = [i for i, x in zip(ids, labels, strict=True) if not x.startswith("attack:")]
    # flag 3 attack accounts and 2 negatives; leave one attack account out of the run entirely
    rows = [(a, 0.9, True) for a in att[:3]] + [(n, 0.8, True) for n in neg[:2]]
    rows += [(a, 0.1, False) for a in att[3:-1]] + [(n, 0.05, False) for n in neg[2:]]
    pred = tmp_path / "run"
    pred.mkdir()
    pq.write_table(
        pa.table(
            {
                "account_id": [r[0] for r in rows],
                "score": [r[1] for r in rows],
                "flagged": [r[2] for r in rows],
            }
        ),
        pred / "accounts.parquet",
    )
    done = _score(worlds[0], pred, tmp_path / "r.json")
    assert done.returncode == 0, done.stderr
    r = json.loads((tmp_path / "r.json").read_text())
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (3, 2, len(att) - 3, len(neg) - 2)
    assert r["missing_from_run"] == 1
    assert r["precision"] == pytest.approx(3 / 5)
    assert r["recall"] == pytest.approx(3 / len(att))
    assert r["fpr"] == pytest.approx(2 / len(neg))
    assert sum(v["flagged"] for k, v in r["per_label"].items() if k.startswith("attack:")) == 3
    lo, hi = r["recall_ci"]
    assert lo < r["recall"] < hi


def test_score_refuses_bad_input(worlds: tuple[Path, Path, Path], tmp_path: Path) -> None:
    pred = tmp_path / "bad"
    pred.mkdir()
    done = _score(worlds[0], pred)  # no accounts.parquet
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    pq.write_table(
        pa.table({"account_id": ["x"], "score": [1.5], "flagged": [True]}),
        pred / "accounts.parquet",
    )
    done = _score(worlds[0], pred)
    assert done.returncode == 2 and "score" in done.stderr
    pq.write_table(
        pa.table({"account_id": ["x", "x"], "score": [0.1, 0.2], "flagged": [True, False]}),
        pred / "accounts.parquet",
    )
    assert _score(worlds[0], pred).returncode == 2
