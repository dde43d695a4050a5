"""`consentry eval`: figures checked against answers worked out by hand, input errors, the two
baselines on a tiny simulation, and the command's exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.detect import baselines as bl
from consentry.detect.evaluate import figures, score
from consentry.errors import ConsentryError
from consentry_sim import simulate

# --- hand-made tables ---------------------------------------------------------------------

LABELS = {
    "a1": "attack:x",
    "a2": "attack:x",
    "a3": "attack:y",
    "a4": "attack:y",  # absent from the run: scored 0, not flagged
    "b1": "benign",
    "b2": "benign",
    "b3": "benign",
    "b4": "benign",
    "h1": "hn:u",
    "h2": "hn:u",
}
PRED = {  # account: (score, flagged)
    "a1": (0.9, True),
    "a2": (0.8, True),
    "a3": (0.4, False),
    "b1": (0.7, True),
    "b2": (0.3, False),
    "b3": (0.2, False),
    "b4": (0.1, False),
    "h1": (0.5, False),
    "h2": (0.05, False),
    "z1": (0.99, True),  # not labelled: ignored
}


def write_labels(path: Path, labels: dict[str, str]) -> Path:
    pq.write_table(pa.table({"account_id": list(labels), "label": list(labels.values())}), path)
    return path


def write_pred(folder: Path, pred: dict[str, tuple[float, bool]], meta: dict | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tbl = pa.table(
        {
            "account_id": list(pred),
            "score": pa.array([s for s, _ in pred.values()], pa.float64()),
            "flagged": [f for _, f in pred.values()],
            "campaign_id": pa.nulls(len(pred), pa.string()),
            "reasons": pa.array([[] for _ in pred], pa.list_(pa.string())),
        }
    )
    if meta is not None:
        tbl = tbl.replace_schema_metadata({"consentry.inputs": json.dumps(meta)})
    pq.write_table(tbl, folder / "accounts.parquet")
    return folder


@pytest.fixture
def hand(tmp_path: Path) -> tuple[Path, Path]:
    return write_labels(tmp_path / "labels.parquet", LABELS), write_pred(tmp_path / "run", PRED)


def test_figures_match_the_hand_computed_answers(hand: tuple[Path, Path]) -> None:
    r = score(*hand, baselines=False)
    d = r.detector
    # flagged: a1, a2 (TP), b1 (FP); a3, a4 missed; b2-b4, h1, h2 correctly left alone
    assert (d.tp, d.fp, d.fn, d.tn) == (2, 1, 2, 5)
    assert d.precision == pytest.approx(2 / 3)
    assert d.recall == pytest.approx(1 / 2)
    assert d.f1 == pytest.approx(4 / 7)  # 2PR/(P+R) = (2/3)/(7/6)
    assert d.fpr == pytest.approx(1 / 6)
    # ranking by score: a1 a2 b1 h1 a3 b2 b3 b4 h2 a4 -> positives at ranks 1, 2, 5, 10
    assert d.pr_auc == pytest.approx((1 + 1 + 3 / 5 + 4 / 10) / 4)
    # six negatives: FPR <= 1e-3 allows none, so the threshold sits above b1 (0.7): a1, a2
    assert d.tpr_at_fpr == pytest.approx(0.5)
    assert [(g.label, g.accounts, g.flagged, g.rate) for g in d.campaigns] == [
        ("attack:x", 2, 2, 1.0),
        ("attack:y", 2, 0, 0.0),
    ]
    assert [(g.label, g.accounts, g.flagged, g.rate) for g in d.negatives] == [
        ("benign", 4, 1, 0.25),
        ("hn:u", 2, 0, 0.0),
    ]
    assert (r.accounts, r.positives, r.missing, r.unlabelled) == (10, 4, 1, 1)
    assert r.baselines == ()
    out = json.loads(r.to_json())
    assert out["detector"]["tp"] == 2 and out["missing"] == 1
    assert "pr_curve" not in out["detector"]


def test_tpr_at_fpr_uses_the_1e3_bound() -> None:
    # 2,000 negatives allow two false positives. Two negatives score 0.95 and 0.6, a third 0.45;
    # five of ten positives score 0.9, the others 0.4. At threshold 0.6: 2 FP (FPR 1e-3), TPR 0.5;
    # lower, at 0.45, a third FP would exceed the bound.
    neg = np.zeros(2000)
    neg[:3] = [0.95, 0.6, 0.45]
    pos = np.array([0.9] * 5 + [0.4] * 5)
    labels = np.array(["attack:c"] * 10 + ["benign"] * 2000, dtype=object)
    f = figures("t", labels, np.concatenate([pos, neg]), np.zeros(2010, dtype=bool))
    assert f.tpr_at_fpr == pytest.approx(0.5)
    assert (f.precision, f.recall, f.f1) == (0.0, 0.0, 0.0)  # nothing flagged


def _brute_force(y: np.ndarray, s: np.ndarray) -> tuple[float, float]:
    """AP and TPR at FPR <= 1e-3 by walking every distinct threshold, highest first."""
    pos, neg = int(y.sum()), int((~y).sum())
    ap, prev_recall, best_tpr = 0.0, 0.0, 0.0
    for t in sorted(set(s.tolist()), reverse=True):
        tp, fp = int((y & (s >= t)).sum()), int((~y & (s >= t)).sum())
        recall = tp / pos
        ap += (recall - prev_recall) * tp / (tp + fp)
        prev_recall = recall
        if fp <= 1e-3 * neg:
            best_tpr = max(best_tpr, recall)
    return ap, best_tpr


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    positives=st.integers(1, 60),
    negatives=st.sampled_from([0, 5, 999, 1000, 2500]),
    levels=st.integers(2, 30),
)
def test_ranking_figures_agree_with_a_brute_force_walk(
    seed: int, positives: int, negatives: int, levels: int
) -> None:
    # Scores on a coarse grid so that ties between positives and negatives are common.
    rng = np.random.default_rng(seed)
    y = np.array([True] * positives + [False] * negatives)
    s = rng.integers(0, levels, len(y)) / (levels - 1)
    s[y] = np.minimum(1.0, s[y] + rng.random(positives) * 0.5).round(1)
    labels = np.where(y, "attack:c", "benign").astype(object)
    f = figures("p", labels, s, s >= 0.5)
    ap, tpr = _brute_force(y, s)
    assert f.pr_auc == pytest.approx(ap)
    if negatives:
        assert f.tpr_at_fpr == pytest.approx(tpr)
    flagged = s >= 0.5
    assert f.tp == int((flagged & y).sum()) and f.fp == int((flagged & ~y).sum())


def test_a_run_that_flags_nothing_has_every_account_missing(tmp_path: Path) -> None:
    labels = write_labels(tmp_path / "labels.parquet", LABELS)
    run = write_pred(tmp_path / "run", {"z1": (0.5, True)})
    r = score(labels, run, baselines=False)
    assert (r.missing, r.unlabelled) == (10, 1)
    assert (r.detector.tp, r.detector.fp, r.detector.fn, r.detector.tn) == (0, 0, 4, 6)
    assert r.detector.pr_auc == pytest.approx(0.4)  # all tied: AP = prevalence


# --- bad input ----------------------------------------------------------------------------


def _error(*args: object, **kw: object) -> str:
    with pytest.raises(ConsentryError) as exc:
        score(*args, **kw)  # type: ignore[arg-type]
    msg = str(exc.value)
    assert "\n" not in msg
    return msg


def test_bad_input_is_one_line_naming_file_and_column(tmp_path: Path) -> None:
    labels = write_labels(tmp_path / "labels.parquet", LABELS)
    run = write_pred(tmp_path / "run", PRED)
    msg = _error(tmp_path / "nope.parquet", run, baselines=False)
    assert "nope.parquet" in msg and "does not exist" in msg
    msg = _error(labels, tmp_path / "empty", baselines=False)
    assert "accounts" in msg
    (tmp_path / "empty").mkdir()
    assert "accounts.parquet" in _error(labels, tmp_path / "empty", baselines=False)

    pq.write_table(pa.table({"account_id": ["a"], "class": ["benign"]}), tmp_path / "l2.parquet")
    msg = _error(tmp_path / "l2.parquet", run, baselines=False)
    assert "'label'" in msg and "l2.parquet" in msg

    pq.write_table(
        pa.table({"account_id": ["a"], "flagged": [True]}), tmp_path / "run" / "accounts.parquet"
    )
    msg = _error(labels, run, baselines=False)
    assert "'score'" in msg and "accounts.parquet" in msg

    write_pred(run, {"a1": (1.5, True)})
    assert "outside [0, 1]" in _error(labels, run, baselines=False)

    benign = write_labels(tmp_path / "benign.parquet", {"b1": "benign", "b2": "hn:u"})
    write_pred(run, PRED)
    assert "attack:" in _error(benign, run, baselines=False)


def test_baselines_need_the_exchanges(hand: tuple[Path, Path]) -> None:
    msg = _error(*hand)  # no --exchanges and no consentry.inputs metadata
    assert "--exchanges" in msg and "consentry.inputs" in msg


# --- baselines ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("evalsim") / "tiny"
    simulate(out, scale="tiny", seed=1)
    return out


@pytest.fixture(scope="session")
def tiny_baselines(tiny: Path) -> dict[str, pa.Table]:
    return bl.run_baselines(tiny / "exchanges", tiny / "accounts.parquet")


def test_baselines_score_every_active_account_in_0_1(
    tiny: Path, tiny_baselines: dict[str, pa.Table]
) -> None:
    active = pq.read_table(tiny / "exchanges", columns=["account_id"]).column("account_id")
    seen = set(active.unique().to_pylist())
    assert set(tiny_baselines) == {"rate", "iforest"}
    for name, tbl in tiny_baselines.items():
        ids = tbl.column("account_id").to_pylist()
        assert len(ids) == len(set(ids)) == len(seen) and set(ids) == seen, name
        s = tbl.column("score").to_numpy()
        assert ((s >= 0) & (s <= 1)).all() and s.max() == 1.0, name
        assert tbl.column("flagged").type == pa.bool_()
    flagged = tiny_baselines["iforest"].column("flagged").to_numpy(zero_copy_only=False)
    assert flagged.sum() == pytest.approx(bl.IFOREST_CONTAMINATION * len(seen), abs=1)


def test_isolation_forest_is_deterministic(tiny: Path, tiny_baselines: dict[str, pa.Table]) -> None:
    again = bl.iforest_baseline(bl.account_features(tiny / "exchanges", tiny / "accounts.parquet"))
    assert again.equals(tiny_baselines["iforest"])


def _exchanges(path: Path, counts: dict[str, int]) -> Path:
    """`n` requests for each account inside one clock hour (UTC), two seconds apart."""
    start = datetime(2026, 1, 13, 10, tzinfo=timezone.utc)
    rows = [(a, start + timedelta(seconds=2 * i)) for a, n in counts.items() for i in range(n)]
    n = len(rows)
    pq.write_table(
        pa.table(
            {
                "account_id": [a for a, _ in rows],
                "ts": pa.array([t for _, t in rows], pa.timestamp("us", tz="UTC")),
                "ip": ["203.0.113.7"] * n,
                "user_agent": ["curl/8"] * n,
                "model": ["nimbus-4"] * n,
                "surface": ["api"] * n,
                "input_tokens": pa.array([10] * n, pa.int32()),
                "output_tokens": pa.array([20] * n, pa.int32()),
                "tool_count": pa.array([0] * n, pa.int16()),
                "has_image": [False] * n,
                "status": pa.array([200] * n, pa.int16()),
            }
        ),
        path,
    )
    return path


def test_rate_threshold_flags_above_the_hourly_limit(tmp_path: Path) -> None:
    limit = bl.RATE_THRESHOLD_PER_HOUR
    ex = _exchanges(tmp_path / "ex.parquet", {"over": limit + 1, "at": limit, "low": 3})
    rate = bl.rate_baseline(bl.account_features(ex)).to_pylist()
    assert [(r["account_id"], r["flagged"]) for r in rate] == [
        ("at", False),
        ("low", False),
        ("over", True),
    ]
    assert [r["score"] for r in rate] == pytest.approx([2 / 3, 1 / 3, 1.0])


def test_missing_exchange_column_names_it(tmp_path: Path) -> None:
    ex = _exchanges(tmp_path / "ex.parquet", {"a": 2})
    pq.write_table(pq.read_table(ex).drop_columns(["status"]), ex)
    with pytest.raises(ConsentryError, match=r"'status'.*ex\.parquet"):
        bl.account_features(ex)


def test_score_finds_the_exchanges_in_the_runs_metadata(
    tiny: Path, tiny_baselines: dict[str, pa.Table], tmp_path: Path
) -> None:
    # The trivial run: the rate baseline's own flags as the detector's output.
    rate = tiny_baselines["rate"].to_pylist()
    meta = {"exchanges": str(tiny / "exchanges"), "accounts": str(tiny / "accounts.parquet")}
    run = write_pred(
        tmp_path / "run", {r["account_id"]: (r["score"], r["flagged"]) for r in rate}, meta
    )
    r = score(tiny / "labels.parquet", run)
    assert [b.name for b in r.baselines] == ["rate", "iforest"]
    same = r.baselines[0]
    for key in ("precision", "recall", "pr_auc", "tpr_at_fpr", "tp", "fp", "fn", "tn"):
        assert getattr(r.detector, key) == getattr(same, key), key
    assert r.missing == r.accounts - len(rate)


# --- the command --------------------------------------------------------------------------


def consentry(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consentry", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_prints_the_table_and_writes_json_and_plot(
    tiny: Path, tiny_baselines: dict[str, pa.Table], tmp_path: Path
) -> None:
    rate = tiny_baselines["rate"].to_pylist()
    run = write_pred(tmp_path / "run", {r["account_id"]: (r["score"], r["flagged"]) for r in rate})
    out, png = tmp_path / "report.json", tmp_path / "pr.png"
    r = consentry(
        "eval", "--labels", tiny / "labels.parquet", "--pred", run,
        "--exchanges", tiny / "exchanges", "--accounts", tiny / "accounts.parquet",
        "--json", out, "--plot", png,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    for text in ("PR-AUC", "TPR at FPR 0.001", "detector", "rate", "iforest", "attack:hydra"):
        assert text in r.stdout
    report = json.loads(out.read_text())
    assert [b["name"] for b in report["baselines"]] == ["rate", "iforest"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_bad_input_exits_2_with_one_line(hand: tuple[Path, Path], tmp_path: Path) -> None:
    r = consentry("eval", "--labels", tmp_path / "nope.parquet", "--pred", tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "nope.parquet" in r.stderr
    labels, run = hand  # a run without the consentry.inputs metadata
    r = consentry("eval", "--labels", labels, "--pred", run)
    assert r.returncode == 2 and "--no-baselines" in r.stderr
    r = consentry("eval", "--labels", labels, "--pred", run, "--no-baselines")
    assert r.returncode == 0, r.stderr
    assert "iforest" not in r.stdout and "1 not in the run's accounts.parquet" in r.stdout
