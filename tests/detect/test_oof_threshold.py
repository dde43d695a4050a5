"""The out-of-fold operating point (benchmarks/oof_threshold.py): each fold's model never
trains on its left-out world, the final model's threshold is read from the left-out worlds'
negatives scored by the fold models only, and the record says what was done."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from consentry.detect import model as mdl

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import oof_threshold as oof  # noqa: E402


class _Scaled:
    """A booster whose probability is the first feature times a factor (scores chosen by the
    test; a fold model and the final model can disagree on purpose)."""

    def __init__(self, factor: float) -> None:
        self.factor = factor

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        p = np.clip(x[:, 0] * self.factor, 0.0, 1.0)
        return np.c_[1 - p, p]


def _model(factor: float, trained: tuple[str, ...], val_high: float = 0.8) -> mdl.Model:
    """Calibration (1, 0) is the identity; the validation negatives reach `val_high`."""
    record = {
        "features": ["per_day"],
        "data": {
            "train": [{"world": w, "seed": 2} for w in trained] + [{"scale": "tiny"}],
            "validation": [{"world": w, "seed": 4} for w in trained],
        },
    }
    val = np.sort(np.random.default_rng(0).uniform(0.0, val_high, 5_000))
    return mdl.Model(_Scaled(factor), (1.0, 0.0), val, np.zeros(1), record)


def _profile(world: str, seed: int) -> pd.DataFrame:
    """Negatives spread over [0, top) (a world's own top), attacks at 1.0."""
    top = {"calm": 0.3, "odd": 0.7, "mid": 0.5}[world]
    rng = np.random.default_rng(seed)
    neg, att = rng.uniform(0.0, top, 2_000), np.full(100, 1.0)
    labels = ["benign"] * 1_000 + ["hn:reseller"] * 1_000 + ["attack:harvest"] * 100
    return pd.DataFrame({"per_day": np.r_[neg, att], "label": labels, "sim": f"{world}-{seed}"})


WORLDS = ("calm", "odd", "mid")


def test_each_fold_leaves_its_world_out_of_training() -> None:
    plan = oof.fold_plan(["a", "b", "c", "b"])
    assert [held for held, _ in plan] == ["a", "b", "c"]
    for held, others in plan:
        assert held not in others
        assert set(others) | {held} == {"a", "b", "c"}
    trained: list[tuple[str, tuple[str, ...]]] = []

    def train_without(held: str, others: tuple[str, ...]) -> mdl.Model:
        trained.append((held, others))
        return _model(1.0, others)

    oof.out_of_fold(WORLDS, (2, 3), train_without, _profile)
    assert [h for h, _ in trained] == list(WORLDS)
    assert all(h not in o for h, o in trained)


def test_a_fold_model_that_saw_its_world_is_refused() -> None:
    with pytest.raises(ValueError, match="calm"):
        oof.out_of_fold(WORLDS, (2,), lambda held, others: _model(1.0, WORLDS), _profile)


def test_threshold_comes_from_out_of_fold_negatives_only(tmp_path: Path) -> None:
    # the fold models halve the feature; the final model reads it whole and its own
    # validation negatives reach 0.99: neither may set the out-of-fold point
    runs, table = oof.out_of_fold(
        WORLDS,
        (2, 3),
        lambda held, others: _model(0.5, others),
        _profile,
        keep=tmp_path / "oof.parquet",
    )
    final = _model(1.0, WORLDS, val_high=0.99)
    m, table, pools = oof.oof_point(final, runs, table, "worst", 1e-3)
    t = m.threshold(1e-3)
    # the strictest world (odd: negatives up to 0.7, halved) decides, attacks (1.0 -> 0.5) do not
    odd = table[table.world == "odd"]["own_1e-3"].max()
    assert t == pytest.approx(odd, abs=2e-3)
    assert 0.33 < t < 0.35 + 1e-6
    assert t < final.threshold(1e-3)
    for run in runs:
        assert (run.prob[run.neg] >= t).mean() <= 1e-3
    assert m.booster is final.booster and m.calib == final.calib
    assert pools["median"] <= pools["worst"]
    assert len(pd.read_parquet(tmp_path / "oof.parquet")) == 6 * 2_100
    # the per-run table: each fold's own figures and those at the single point
    assert set(table.world) == set(WORLDS) and len(table) == 6
    assert (table.fpr_at_oof <= 1e-3).all()
    assert (table.recall_at_oof == 1.0).all()


def test_the_record_says_what_was_done(tmp_path: Path) -> None:
    runs, table = oof.out_of_fold(
        WORLDS, (2, 3), lambda held, others: _model(0.5, others), _profile
    )
    final = _model(1.0, WORLDS)
    m, table, pools = oof.oof_point(final, runs, table, "worst", 1e-3)
    oof.record_point(m, table, pools, "worst", 1e-3, 0.8, "python x", (2, 3), None)
    m.save(tmp_path / "detector.joblib")
    rec = json.loads((tmp_path / "detector.json").read_text())["operating_point"]
    assert rec["script"] == "benchmarks/oof_threshold.py" and rec["command"] == "python x"
    assert rec["worlds"] == list(WORLDS) and rec["seeds"] == [2, 3] and rec["pool"] == "worst"
    assert rec["threshold_at_max_fpr"]["after"] == pytest.approx(m.threshold(1e-3))
    assert set(rec["threshold_at_max_fpr"]["by_pool"]) == set(mdl.POOLS)
    assert [w["world"] for w in rec["per_world"]] == [*WORLDS, "mean", "worst"]
    assert {"pr_auc", "tpr_at_1e-3", "fpr_at_oof", "recall_at_oof"} <= set(rec["per_world"][0])
    assert len(rec["per_run"]) == 6
