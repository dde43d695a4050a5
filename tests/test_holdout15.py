"""Hold-out 15 (a judge for the distillation detector): the generator writes the traffic-logs
contract exactly, deterministically, with a label for every account; the scorer follows its rules."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES

ROOT = Path(__file__).resolve().parents[1]
H15 = ROOT / "benchmarks" / "holdout15"
CORPORA = Path("/work/shared/corpora")
SCALE = "0.02"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="needs /work/shared/corpora")


def _load(name: str, path: Path):  # noqa: ANN202
    """Import a hold-out script under a name of its own (importlib's recipe)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


score_mod = _load("holdout15_score", H15 / "score.py")


def _run(out: Path, seed: int, hashseed: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=hashseed, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, str(H15 / "traffic.py"), "--out", str(out), "--seed", str(seed)]
    return subprocess.run(cmd + list(extra), env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h15") / "w"
    res = _run(out, 3, "0", "--scale", SCALE)
    assert res.returncode == 0, res.stderr
    (out.parent / "stdout.txt").write_text(res.stdout)
    return out


def _files(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*.parquet"))}


def test_same_seed_same_bytes_other_seed_other_ids(world: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert _run(again, 3, "12345", "--scale", SCALE).returncode == 0
    assert _files(world) == _files(again)
    other = tmp_path / "other"
    assert _run(other, 4, "0", "--scale", SCALE).returncode == 0
    a = set(pq.read_table(world / "accounts.parquet").column("account_id").to_pylist())
    b = set(pq.read_table(other / "accounts.parquet").column("account_id").to_pylist())
    assert a and b and not a & b


def test_tables_follow_the_contract(world: Path) -> None:
    parts = sorted((world / "exchanges").glob("part-*.parquet"))
    assert len(parts) == 28
    for path, table in [(world / "accounts.parquet", ACCOUNTS), (world / "ip_ranges.parquet", IP_RANGES),
                        (world / "model_releases.parquet", MODEL_RELEASES)] + [
                        (p, EXCHANGES) for p in parts]:  # fmt: skip
        t = pq.read_table(path)
        want = table.full_schema if table is EXCHANGES else table.schema
        assert t.schema.names == want.names, path
        for f in want:
            assert t.schema.field(f.name).type == f.type, (path, f.name)
            if not f.nullable:
                assert t.column(f.name).null_count == 0, (path, f.name)
    ex = pa.concat_tables(pq.read_table(p) for p in parts)
    total = (world.parent / "stdout.txt").read_text().splitlines()[-1].split()
    assert int(total[3].replace(",", "")) == ex.num_rows  # every generated row was written
    assert len(set(ex.column("exchange_id").to_pylist())) == ex.num_rows
    assert set(ex.column("surface").to_pylist()) <= {"api", "web", "app", "cli"}
    ts = ex.column("ts").to_pylist()
    assert ts == sorted(ts)
    start = datetime(2027, 10, 4, tzinfo=UTC)
    assert start <= ts[0] and ts[-1] < start + timedelta(days=28)
    acc = pq.read_table(world / "accounts.parquet")
    created = dict(
        zip(*(acc.column(c).to_pylist() for c in ("account_id", "created_at")), strict=True)
    )
    first: dict[str, datetime] = {}
    for a, t in zip(ex.column("account_id").to_pylist(), ts, strict=True):
        first.setdefault(a, t)
    assert all(created[a] <= t for a, t in first.items())
    assert set(acc.column("tier").to_pylist()) <= {
        "free", "pro", "max", "team", "enterprise", "api", "education", "gov"}  # fmt: skip
    assert set(acc.column("signup_channel").to_pylist()) <= {
        "web", "api_console", "education_program", "research_program", "startup_program",
        "partner_reseller"}  # fmt: skip
    kinds = set(pq.read_table(world / "ip_ranges.parquet").column("kind").to_pylist())
    assert kinds <= {"residential", "mobile", "datacenter", "education", "corporate", "proxy"}
    assert set(ex.column("account_id").to_pylist()) <= set(acc.column("account_id").to_pylist())


def test_every_account_has_one_label_of_the_convention(world: Path) -> None:
    traffic = _load("holdout15_traffic", H15 / "traffic.py")
    acc = pq.read_table(world / "accounts.parquet").column("account_id").to_pylist()
    lab = pq.read_table(world / "labels.parquet")
    ids, labels = lab.column("account_id").to_pylist(), lab.column("label").to_pylist()
    assert sorted(ids) == sorted(acc) and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"benign|hn:[a-z_]+|attack:[a-z_]+", x) for x in labels)
    assert set(labels) == {s.label for s in traffic.SPECS}
    fam = dict(zip(*(pq.read_table(world / "truth.parquet").column(c).to_pylist()
                     for c in ("label", "family")), strict=False))  # fmt: skip
    for label, family in fam.items():
        assert (family == "attack") == label.startswith("attack:")


def test_bad_arguments_are_one_line_and_exit_2(world: Path, tmp_path: Path) -> None:
    for res in (_run(world, 1, "0"), _run(tmp_path / "x", 1, "0", "--scale", "0"),
                _run(tmp_path / "y", 1, "0", "--corpora", str(tmp_path / "none"))):  # fmt: skip
        assert res.returncode == 2
        assert len(res.stderr.strip().splitlines()) == 1


def _toy(tmp_path: Path, rows: list[tuple[str, float, bool]] | None, **cols: pa.Array) -> Path:
    truth, run = tmp_path / "truth", tmp_path / "run"
    truth.mkdir(exist_ok=True)
    run.mkdir(exist_ok=True)
    labels = ["attack:a"] * 10 + ["attack:b"] * 10 + ["benign"] * 60 + ["hn:c"] * 20
    ids = [f"u{i}" for i in range(len(labels))]
    pq.write_table(pa.table({"account_id": ids, "label": labels}), truth / "labels.parquet")
    if rows is not None:
        pq.write_table(
            pa.table({"account_id": [r[0] for r in rows], "score": [r[1] for r in rows],
                      "flagged": [r[2] for r in rows], **cols}),
            run / "accounts.parquet",
        )  # fmt: skip
    return tmp_path


def test_scorer_rules_on_a_toy_run(tmp_path: Path) -> None:
    labels = ["attack:a"] * 10 + ["attack:b"] * 10 + ["benign"] * 60 + ["hn:c"] * 20
    # attack:a all caught, attack:b half caught, 3 benign flagged; hn:c absent from the run
    rows = [(f"u{i}", 0.9 if i < 15 else 0.2, i < 15) for i in range(20)]
    rows += [(f"u{i}", 0.95 if i < 23 else 0.1, i < 23) for i in range(20, 80)]
    rows += [("stranger", 0.5, True)]
    d = _toy(tmp_path, rows)
    r = score_mod.score(*score_mod.load(d / "truth", d / "run"))
    assert (r["tp"], r["fp"], r["fn"]) == (15, 3, 5)
    assert r["tn"] == len(labels) - 20 - 3
    assert r["precision"] == pytest.approx(15 / 18) and r["recall"] == pytest.approx(0.75)
    assert r["missing_from_run"] == 20 and r["unlabelled_in_run"] == 1
    assert r["classes"]["attack:a"]["recall"] == 1.0
    assert r["classes"]["attack:b"]["recall"] == 0.5
    assert r["classes"]["benign"]["fpr"] == pytest.approx(3 / 60)
    assert r["classes"]["hn:c"]["fpr"] == 0.0
    lo, hi = r["classes"]["attack:b"]["ci95"]
    assert lo < 0.5 < hi
    # the 3 benign accounts outscore every attack: no threshold reaches any TPR at FPR <= 1e-3
    assert r["tpr_at_fpr_1e-3"] == 0.0
    lo, hi = r["pr_auc_ci95"]
    assert 0 <= lo <= r["pr_auc"] <= hi <= 1


def test_scorer_perfect_run(tmp_path: Path) -> None:
    rows = [(f"u{i}", 1.0 if i < 20 else 0.0, i < 20) for i in range(100)]
    d = _toy(tmp_path, rows)
    r = score_mod.score(*score_mod.load(d / "truth", d / "run"))
    assert r["precision"] == r["recall"] == r["pr_auc"] == r["tpr_at_fpr_1e-3"] == 1.0
    assert r["fpr"] == 0.0


@pytest.mark.parametrize(
    "rows",
    [
        None,  # no run file
        [("u1", 1.5, True)],  # score outside [0, 1]
        [("u1", 0.5, True), ("u1", 0.4, False)],  # duplicate id
        [("", 0.5, True)],  # empty id
    ],
)
def test_scorer_refuses_bad_runs(
    tmp_path: Path, rows: list[tuple[str, float, bool]] | None
) -> None:
    d = _toy(tmp_path, rows)
    res = subprocess.run(
        [sys.executable, str(H15 / "score.py"), "--truth", str(d / "truth"), "--pred", str(d / "run")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
