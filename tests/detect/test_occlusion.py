"""Reasons' occlusion drops, tree by tree, are exactly what the booster predicts for the
occluded rows: the same figures (bit for bit), so reasons do not depend on how they are
computed."""

from __future__ import annotations

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from consentry.detect import occlusion


def test_tree_by_tree_occlusion_equals_the_boosters_own_predictions() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, 6))
    x[rng.random(x.shape) < 0.1] = np.nan  # missing values take the learned side
    y = np.nan_to_num(x[:, 0]) + np.nan_to_num(x[:, 1]) * np.nan_to_num(x[:, 2]) > 0.3
    booster = HistGradientBoostingClassifier(max_iter=40, random_state=0).fit(x, y)
    forest = occlusion.forest(booster)
    assert forest is not None
    reference = np.array([0.0, np.nan, 1.5, -2.0, 0.1, 3.0])
    rows, cols = np.nonzero(rng.random(x.shape) < 0.5)
    base, occluded = occlusion.drops(forest, x, rows, cols, reference)
    moved = x[rows].copy()
    moved[np.arange(len(rows)), cols] = reference[cols]
    assert np.array_equal(base, booster.predict_proba(x)[:, 1])
    assert np.array_equal(occluded, booster.predict_proba(moved)[:, 1])
    assert not np.array_equal(occluded, base[rows])  # occlusion did move some predictions


def test_a_booster_it_cannot_read_gives_none() -> None:
    assert occlusion.forest(object()) is None


def test_contributions_equal_predicting_every_occluded_row() -> None:
    """The shipped model's reasons: skipping cells that move no split and walking only the
    trees a cell can move give the drops of predicting every occluded row in full."""
    from consentry.detect import model as mdl

    m = mdl.load()
    rng = np.random.default_rng(1)
    ref = np.nan_to_num(m.reference)
    x = ref + rng.normal(size=(300, len(m.names))) * (np.abs(ref) + 1)
    same = rng.random(x.shape) < 0.3  # some values at the reference itself
    x[same] = np.broadcast_to(m.reference, x.shape)[same]
    got = m.contributions(x)
    k = len(m.names)
    y = np.repeat(x[None, :, :], k, axis=0)
    y[np.arange(k), :, np.arange(k)] = m.reference[:, None]
    occluded = mdl._logit(m.raw(y.reshape(-1, k))).reshape(k, len(x))
    want = (mdl._logit(m.raw(x))[None, :] - occluded).T
    assert np.array_equal(got, want)
    assert (got != 0).any()
