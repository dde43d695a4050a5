"""Hold-out 18 (a judge): the world is deterministic, keeps the contract, holds what its README
says, and the scorer counts what it should. Tiny scale; no detector is run here."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from consentry.contract import EXCHANGES

ROOT = Path(__file__).resolve().parents[1]
H18 = ROOT / "benchmarks" / "holdout18"
CORPORA = Path("/work/shared/corpora")
CAMPAIGNS = {
    "attack:sheet_formula": "hn:sheet_addon",
    "attack:dialogue_selfplay": "hn:roleplay_trainer",
    "attack:key_pool_proxy": "hn:byok_customer",
    "attack:cascade_mining": "hn:model_router",
    "attack:task_farm": "hn:scheduled_tasks",
}
WINDOW = (
    pa.scalar(1857081600_000000, pa.int64()),
    pa.scalar(1857081600_000000 + 28 * 86_400_000_000, pa.int64()),
)


def _env(hashseed: str = "0") -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src")
    env["PYTHONHASHSEED"] = hashseed
    return env


def _gen(
    out: Path, seed: int, scale: float, hashseed: str = "0"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(H18 / "traffic.py"),
            "--out",
            str(out),
            "--seed",
            str(seed),
            "--scale",
            str(scale),
            "--corpora",
            str(CORPORA),
        ],
        env=_env(hashseed),
        capture_output=True,
        text=True,
        check=False,
    )


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.parquet"))
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h18") / "w"
    r = _gen(out, 3, 0.04)
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="module")
def rows(world: Path) -> pa.Table:
    return ds.dataset(world / "exchanges").to_table()


def test_same_seed_same_bytes_under_another_hash_seed(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert _gen(a, 5, 0.01, "1").returncode == 0
    assert _gen(b, 5, 0.01, "987").returncode == 0
    assert _gen(c, 6, 0.01, "1").returncode == 0
    assert _digest(a) == _digest(b)
    ids_a = set(pq.read_table(a / "labels.parquet")["account_id"].to_pylist())
    ids_c = set(pq.read_table(c / "labels.parquet")["account_id"].to_pylist())
    assert not ids_a & ids_c  # another seed draws every identifier afresh


def test_exchanges_follow_the_contract(world: Path, rows: pa.Table) -> None:
    for part in sorted((world / "exchanges").glob("part-*.parquet")):
        assert pq.read_schema(part).remove_metadata() == EXCHANGES.full_schema.remove_metadata()
    ts = rows["ts"].cast(pa.int64())
    assert pc.min(ts).as_py() >= WINDOW[0].as_py()
    assert pc.max(ts).as_py() < WINDOW[1].as_py()
    ids = rows["exchange_id"].to_pylist()
    assert len(set(ids)) == len(ids)
    for name in ("account_id", "surface", "model", "ip", "prompt"):
        assert rows[name].null_count == 0, name
    assert set(rows["surface"].to_pylist()) <= {"api", "web", "app", "cli"}
    for ip in set(rows["ip"].to_pylist()):
        ipaddress.ip_address(ip)
    countries = {c for c in rows["country"].to_pylist() if c is not None}
    assert all(len(c) == 2 and c.isupper() for c in countries)
    statuses = Counter(rows["status"].to_pylist())
    assert statuses[200] > 0.9 * rows.num_rows and statuses[429] > 0  # mess is there, not dominant


def test_parts_are_days_in_time_order(world: Path) -> None:
    parts = sorted((world / "exchanges").glob("part-*.parquet"))
    last = -1
    for part in parts:
        ts = pq.read_table(part, columns=["ts"])["ts"].cast(pa.int64()).to_pylist()
        assert ts == sorted(ts) and ts[0] >= last
        day = int(part.stem.split("-")[1])
        assert all((t - WINDOW[0].as_py()) // 86_400_000_000 == day for t in ts)
        last = ts[-1]


def test_side_tables(world: Path, rows: pa.Table) -> None:
    acc = pq.read_table(world / "accounts.parquet")
    assert acc.schema.field("created_at").type == pa.timestamp("us", tz="UTC")
    assert set(acc["tier"].to_pylist()) <= {
        "free",
        "pro",
        "max",
        "team",
        "enterprise",
        "api",
        "education",
        "gov",
    }
    assert set(acc["signup_channel"].to_pylist()) <= {
        "web",
        "api_console",
        "education_program",
        "research_program",
        "startup_program",
        "partner_reseller",
    }
    labels = pq.read_table(world / "labels.parquet")
    assert sorted(labels["account_id"].to_pylist()) == sorted(acc["account_id"].to_pylist())
    assert set(rows["account_id"].to_pylist()) <= set(acc["account_id"].to_pylist())
    feed = pq.read_table(world / "ip_ranges.parquet")
    for cidr in feed["cidr"].to_pylist():
        ipaddress.ip_network(cidr, strict=True)
    assert set(feed["kind"].to_pylist()) <= {
        "residential",
        "mobile",
        "datacenter",
        "education",
        "corporate",
        "proxy",
    }
    rel = pq.read_table(world / "model_releases.parquet")
    assert rel.schema.field("released_at").type == pa.timestamp("us", tz="UTC")


def test_population_holds_every_class_and_ordinary_users_dominate(world: Path) -> None:
    labels = Counter(pq.read_table(world / "labels.parquet")["label"].to_pylist())
    for attack, twin in CAMPAIGNS.items():
        assert labels[attack] >= 2 and labels[twin] >= 2
    assert all(lab == "benign" or lab.split(":")[0] in ("hn", "attack") for lab in labels)
    assert labels["benign"] > 0.7 * sum(labels.values())


def test_selfplay_feeds_one_accounts_reply_to_another_and_the_twin_does_not(
    world: Path, rows: pa.Table
) -> None:
    """The self-play design: a persona account's reply is the next prompt of another account.
    A training simulator's persona answers a person, so its replies are nobody's prompt."""
    lab = dict(
        zip(
            *(
                pq.read_table(world / "labels.parquet")[c].to_pylist()
                for c in ("account_id", "label")
            ),
            strict=True,
        )
    )
    prompt_owner: dict[str, set[str]] = {}
    for a, p in zip(rows["account_id"].to_pylist(), rows["prompt"].to_pylist(), strict=True):
        prompt_owner.setdefault(p, set()).add(a)
    crossed = Counter()
    total = Counter()
    for a, r, s in zip(
        rows["account_id"].to_pylist(),
        rows["response"].to_pylist(),
        rows["system_prompt"].to_pylist(),
        strict=True,
    ):
        cls = lab[a]
        if r is None or cls not in ("attack:dialogue_selfplay", "hn:roleplay_trainer"):
            continue
        if s is None or not (s.startswith("You are role-playing") or s.startswith("ROLEPLAY")):
            continue
        total[cls] += 1
        if prompt_owner.get(r, set()) - {a}:
            crossed[cls] += 1
    assert crossed["attack:dialogue_selfplay"] > 0.5 * total["attack:dialogue_selfplay"]
    assert crossed["hn:roleplay_trainer"] == 0


def test_key_pool_victims_and_byok_customers_both_share_an_egress(
    world: Path, rows: pa.Table
) -> None:
    """Both sides of the key pair: accounts whose key is used from an egress that many unrelated
    accounts share. What differs is what flows through it, not the sharing."""
    lab = dict(
        zip(
            *(
                pq.read_table(world / "labels.parquet")[c].to_pylist()
                for c in ("account_id", "label")
            ),
            strict=True,
        )
    )
    by_ip: dict[str, set[str]] = {}
    for a, ip in zip(rows["account_id"].to_pylist(), rows["ip"].to_pylist(), strict=True):
        by_ip.setdefault(ip, set()).add(a)
    for cls in ("attack:key_pool_proxy", "hn:byok_customer"):
        members = {a for a, v in lab.items() if v == cls}
        shared = {
            a for ip, accts in by_ip.items() if len(accts & members) >= 2 for a in accts & members
        }
        assert len(shared) >= 0.5 * len(members), cls  # at tiny scale a platform may hold one


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    r = _gen(tmp_path / "x", 1, 9.0)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "f").write_text("x")
    assert _gen(tmp_path / "full", 1, 0.01).returncode == 2
    r = subprocess.run(
        [
            sys.executable,
            str(H18 / "traffic.py"),
            "--out",
            str(tmp_path / "y"),
            "--seed",
            "1",
            "--corpora",
            str(tmp_path / "nothing"),
        ],
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------- the scorer on toy input
def _truth(folder: Path, labels: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(
        pa.table({"account_id": list(labels), "label": list(labels.values())}),
        folder / "labels.parquet",
    )
    return folder


def _run(folder: Path, rows: list[tuple[str, float, bool]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array([r[0] for r in rows], pa.string()),
                "score": pa.array([r[1] for r in rows], pa.float64()),
                "flagged": pa.array([r[2] for r in rows], pa.bool_()),
            }
        ),
        folder / "accounts.parquet",
    )
    return folder


def _score(truth: Path, pred: Path, tmp: Path) -> tuple[int, dict[str, object], str]:
    out = tmp / "s.json"
    r = subprocess.run(
        [
            sys.executable,
            str(H18 / "score.py"),
            "--truth",
            str(truth),
            "--pred",
            str(pred),
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return r.returncode, (json.loads(out.read_text()) if r.returncode == 0 else {}), r.stderr


LABELS = {
    "a1": "attack:x",
    "a2": "attack:x",
    "a3": "attack:y",
    "b1": "benign",
    "b2": "benign",
    "b3": "benign",
    "h1": "hn:t",
    "h2": "hn:t",
}


def test_scorer_counts_and_ranks(tmp_path: Path) -> None:
    truth = _truth(tmp_path / "t", LABELS)
    perfect = _run(
        tmp_path / "p",
        [
            (k, 0.9 if v.startswith("attack") else 0.1, v.startswith("attack"))
            for k, v in LABELS.items()
        ],
    )
    code, r, _ = _score(truth, perfect, tmp_path)
    assert code == 0
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (3, 0, 0, 5)
    assert r["precision"] == r["recall"] == r["f1"] == r["pr_auc"] == r["tpr_at_fpr_1e-3"] == 1.0
    # one false positive among hard negatives, one campaign missed, one account absent, one stranger
    mixed = _run(
        tmp_path / "m",
        [
            ("a1", 0.8, True),
            ("a2", 0.7, True),
            ("h1", 0.9, True),
            ("b1", 0.2, False),
            ("b2", 0.1, False),
            ("b3", 0.1, False),
            ("h2", 0.3, False),
            ("zz", 0.5, True),
        ],
    )
    code, r, _ = _score(truth, mixed, tmp_path)
    assert code == 0
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (2, 1, 1, 4)
    assert r["missing_from_run"] == 1 and r["unlabelled_in_run"] == 1
    assert (
        r["per_label"]["attack:y"]["recall"] == 0.0 and r["per_label"]["hn:t"]["flag_rate"] == 0.5
    )
    assert (
        r["fpr_benign"] == 0.0 and r["tpr_at_fpr_1e-3"] == 0.0
    )  # the top score is a false positive
    # AP: ranks h1 (fp), a1, a2, then h2, b1, b2/b3 and a3 (absent, score 0) last
    assert abs(r["pr_auc"] - (1 / 3 * 1 / 2 + 1 / 3 * 2 / 3 + 1 / 3 * 3 / 8)) < 1e-9
    lo, hi = r["fpr_wilson95"]
    assert lo < r["fpr"] < hi


def test_scorer_treats_tied_scores_as_one_threshold(tmp_path: Path) -> None:
    truth = _truth(tmp_path / "t", LABELS)
    flat = _run(tmp_path / "f", [(k, 0.5, False) for k in LABELS])
    code, r, _ = _score(truth, flat, tmp_path)
    assert code == 0 and abs(r["pr_auc"] - 3 / 8) < 1e-9 and r["tpr_at_fpr_1e-3"] == 0.0


@pytest.mark.parametrize("bad", ["range", "dup", "column", "flag", "noattack"])
def test_scorer_refuses_bad_input_in_one_line(tmp_path: Path, bad: str) -> None:
    labels = {k: ("benign" if bad == "noattack" else v) for k, v in LABELS.items()}
    truth = _truth(tmp_path / "t", labels)
    rows = [(k, 0.5, False) for k in LABELS]
    if bad == "range":
        rows[0] = ("a1", 1.5, True)
    if bad == "dup":
        rows.append(("a1", 0.2, False))
    pred = _run(tmp_path / "p", rows)
    if bad == "column":
        pq.write_table(
            pq.read_table(pred / "accounts.parquet").drop(["score"]), pred / "accounts.parquet"
        )
    if bad == "flag":
        t = pq.read_table(pred / "accounts.parquet")
        pq.write_table(
            t.set_column(2, "flagged", pa.array(["yes"] * t.num_rows)), pred / "accounts.parquet"
        )
    code, _, err = _score(truth, pred, tmp_path)
    assert code == 2 and len(err.strip().splitlines()) == 1
