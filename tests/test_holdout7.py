"""Hold-out 7's generator writes tables the contract accepts, labels every account, is fixed by
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

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "holdout7"
SCALE = "0.02"
TABLES = (
    "accounts.parquet",
    "ip_ranges.parquet",
    "model_releases.parquet",
    "labels.parquet",
    "truth.parquet",
)


def _generate(out: Path, seed: int) -> None:
    subprocess.run(
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


@pytest.fixture(scope="module")
def worlds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("h7")
    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        _generate(base / name, seed)
    return base / "a", base / "b", base / "c"


def _files(d: Path) -> dict[str, bytes]:
    got = {n: (d / n).read_bytes() for n in TABLES}
    got.update(
        {f"exchanges/{p.name}": p.read_bytes() for p in sorted((d / "exchanges").glob("*.parquet"))}
    )
    return got


def test_tables_follow_the_contract(worlds: tuple[Path, Path, Path]) -> None:
    w = worlds[0]
    for table, path in (
        (contract.EXCHANGES, w / "exchanges"),
        (contract.ACCOUNTS, w / "accounts.parquet"),
        (contract.IP_RANGES, w / "ip_ranges.parquet"),
        (contract.MODEL_RELEASES, w / "model_releases.parquet"),
    ):
        tbl = contract.open_table(path, table).to_table()
        assert tbl.num_rows > 0
        for col in table.columns:
            assert tbl.schema.field(col.name).type == col.type, (table.name, col.name)
            if not col.nullable:
                assert tbl.column(col.name).null_count == 0, (table.name, col.name)
        for (tname, cname), allowed in contract.VOCABULARIES.items():
            if tname == table.name:
                assert set(pc.unique(tbl.column(cname)).to_pylist()) <= set(allowed)
    ex = pq.read_table(w / "exchanges")
    assert pc.count_distinct(ex.column("exchange_id")).as_py() == ex.num_rows
    releases = pq.read_table(w / "model_releases.parquet")
    lo, hi = pc.min_max(ex.column("ts")).values()
    inside = [t for t in releases.column("released_at").to_pylist() if lo.as_py() < t < hi.as_py()]
    assert len(inside) >= 2


def test_every_account_is_labelled(worlds: tuple[Path, Path, Path]) -> None:
    w = worlds[0]
    accounts = set(pq.read_table(w / "accounts.parquet").column("account_id").to_pylist())
    labels = pq.read_table(w / "labels.parquet")
    assert set(labels.column("account_id").to_pylist()) == accounts
    assert labels.num_rows == len(accounts)
    seen = set(pq.read_table(w / "exchanges", columns=["account_id"]).column(0).to_pylist())
    assert seen <= accounts
    names = labels.column("label").to_pylist()
    campaigns = {x for x in names if x.startswith("attack:")}
    classes = {x for x in names if x.startswith("hn:")}
    assert len(campaigns) >= 7 and len(classes) >= 15 and "benign" in names
    truth = pq.read_table(w / "truth.parquet").to_pylist()
    assert {r["family"] for r in truth} == {"benign", "hard_negative", "attack"}
    assert len({r["operator"] for r in truth if r["family"] == "attack"}) >= 3
    assert all(r["label"].startswith("attack:") == (r["family"] == "attack") for r in truth)


def test_same_seed_same_bytes_other_seed_other_world(worlds: tuple[Path, Path, Path]) -> None:
    a, b, c = worlds
    assert _files(a) == _files(b)
    fa, fc = _files(a), _files(c)
    assert all(fa[k] != fc.get(k) for k in fa)
    ids_a = set(pq.read_table(a / "labels.parquet").column("account_id").to_pylist())
    ids_c = set(pq.read_table(c / "labels.parquet").column("account_id").to_pylist())
    assert not ids_a & ids_c


def _run(tmp: Path, ids: list[str], flagged: list[bool], score: list[float] | None = None) -> Path:
    run = tmp / "run"
    run.mkdir(exist_ok=True)
    sc = score if score is not None else [1.0 if f else 0.0 for f in flagged]
    pq.write_table(
        pa.table({"account_id": ids, "score": pa.array(sc, pa.float64()), "flagged": flagged}),
        run / "accounts.parquet",
    )
    return run


def _score(truth: Path, run: Path, tmp: Path) -> tuple[int, dict, str]:
    out = tmp / "r.json"
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "score.py"),
            "--truth",
            str(truth),
            "--pred",
            str(run),
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    return (
        done.returncode,
        (json.loads(out.read_text()) if done.returncode == 0 else {}),
        done.stderr,
    )


def test_score_counts_a_hand_made_prediction(
    worlds: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    labels = pq.read_table(worlds[0] / "labels.parquet").to_pylist()
    ids = [r["account_id"] for r in labels]
    attack = [r["label"].startswith("attack:") for r in labels]
    code, r, _ = _score(worlds[0], _run(tmp_path, ids, attack), tmp_path)
    assert code == 0
    assert r["precision"][0] == 1.0 and r["recall"][0] == 1.0 and r["fp"] == 0
    assert r["pr_auc"][0] == 1.0 and r["tpr_at_fpr_1e-3"] == 1.0
    assert all(v[0] == 1.0 for v in r["recall_per_campaign"].values())
    code, r, _ = _score(worlds[0], _run(tmp_path, ids, [False] * len(ids)), tmp_path)
    assert code == 0 and r["recall"][0] == 0.0 and r["tp"] == 0 and r["fpr_all_negatives"][0] == 0.0
    # Half the attackers left out of the run: they count as not flagged with score 0.
    keep = [i for i, (x, a) in enumerate(zip(ids, attack, strict=True)) if not a or i % 2 == 0]
    code, r, _ = _score(
        worlds[0], _run(tmp_path, [ids[i] for i in keep], [attack[i] for i in keep]), tmp_path
    )
    n_att = sum(attack)
    assert code == 0 and r["missing_from_run"] == n_att - sum(attack[i] for i in keep)
    assert r["tp"] == sum(attack[i] for i in keep) and r["fn"] == r["missing_from_run"]
    # Every legitimate account flagged: FPR 1 over all negatives and over benign.
    code, r, _ = _score(worlds[0], _run(tmp_path, ids, [not a for a in attack]), tmp_path)
    assert (
        r["fpr_all_negatives"][0] == 1.0 and r["fpr_benign"][0] == 1.0 and r["precision"][0] == 0.0
    )


def test_score_refuses_bad_input(worlds: tuple[Path, Path, Path], tmp_path: Path) -> None:
    ids = pq.read_table(worlds[0] / "labels.parquet").column("account_id").to_pylist()
    bad = [
        _run(tmp_path, ids, [False] * len(ids), [2.0] * len(ids)),
    ]
    for run in bad:
        code, _, err = _score(worlds[0], run, tmp_path)
        assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = _score(worlds[0], tmp_path / "nowhere", tmp_path)
    assert code == 2 and "does not exist" in err
    dup = tmp_path / "dup"
    dup.mkdir()
    pq.write_table(
        pa.table({"account_id": [ids[0], ids[0]], "score": [0.1, 0.2], "flagged": [True, False]}),
        dup / "accounts.parquet",
    )
    code, _, err = _score(worlds[0], dup, tmp_path)
    assert code == 2 and "duplicate" in err
    nocol = tmp_path / "nocol"
    nocol.mkdir()
    pq.write_table(
        pa.table({"account_id": ids, "score": [0.5] * len(ids)}), nocol / "accounts.parquet"
    )
    code, _, err = _score(worlds[0], nocol, tmp_path)
    assert code == 2 and "flagged" in err
