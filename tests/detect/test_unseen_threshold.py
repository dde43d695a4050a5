"""The operating point set on worlds the model never saw (benchmarks/unseen_threshold.py): read
from those worlds' negatives only, no world's negatives above the target rate, the booster and
calibration untouched, and no world that trained the model accepted as unseen."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from consentry.detect import model as mdl

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import unseen_threshold as ut  # noqa: E402


class _FirstColumn:
    """A booster whose probability is the first feature (so scores are chosen by the test)."""

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        return np.c_[1 - x[:, 0], x[:, 0]]


def _model(record: dict | None = None) -> mdl.Model:
    record = {"features": ["per_day"], **(record or {})}
    # calibration (1, 0) is the identity; training-world negatives up to 0.8
    val = np.sort(np.random.default_rng(0).uniform(0.0, 0.8, 5_000))
    return mdl.Model(_FirstColumn(), (1.0, 0.0), val, np.zeros(1), record)


def _world(name: str, neg: np.ndarray, att: np.ndarray) -> pd.DataFrame:
    labels = ["benign"] * (len(neg) // 2) + ["hn:reseller"] * (len(neg) - len(neg) // 2)
    return pd.DataFrame(
        {
            "per_day": np.r_[neg, att],
            "label": labels + ["attack:harvest"] * len(att),
            "sim": f"{name}-2",
        }
    )


def test_threshold_comes_from_the_unseen_worlds_negatives_worst_first() -> None:
    rng = np.random.default_rng(1)
    calm = _world("calm", rng.uniform(0.0, 0.3, 4_000), rng.uniform(0.2, 0.9, 300))
    # a world whose negatives score high: the threshold must hold there too
    odd = _world("odd", rng.uniform(0.0, 0.7, 1_500), np.full(50, 1.0))
    m = _model()
    new, table = ut.unseen_point(m, [calm, odd])
    t = new.threshold(1e-3)
    for p in (calm, odd):
        neg = ~p.label.str.startswith("attack:")
        assert (p.per_day[neg] >= t).mean() <= 1e-3
    # the odd world's own point decides (the calm one alone would allow a lower threshold)
    assert t == pytest.approx(table.set_index("world")["own_1e-3"]["odd"], abs=1e-3)
    assert t > table.set_index("world")["own_1e-3"]["calm"]
    # attacks scored 1.0 are not negatives: they do not push the threshold to 1
    assert t < 0.7 + 1e-6
    # scoring is unchanged; only the operating point moved (here down, below the old 0.8)
    assert new.booster is m.booster and new.calib == m.calib
    assert t < m.threshold(1e-3)
    assert table.recall_at_new.iloc[0] > table.recall_at_old.iloc[0]


def test_a_world_that_trained_the_model_is_not_unseen() -> None:
    m = _model(
        {
            "data": {
                "train": [{"world": "holdout9", "seed": 2}, {"scale": "small"}],
                "validation": [{"world": "holdout5", "seed": 4}],
            }
        }
    )
    assert ut.trained_on(m) == {"holdout9", "holdout5"}
