"""Occlusion drops of a scikit-learn histogram gradient-boosting model, tree by tree.

A reason is the drop in log-odds when one feature of a row is replaced by a typical
legitimate value. That replacement changes only the trees whose path for the row tests the
feature: the others keep their leaf. So each (row, feature) cell re-walks those trees only, and
the leaves are added in the booster's own order from its own baseline, which gives exactly the
figure `predict_proba` gives for the occluded row (the same additions in the same order), at a
fraction of the cost of predicting every occluded row through all trees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

CELLS = 20_000  # occluded cells per batch: (cells, trees) leaf values in memory


@dataclass(frozen=True)
class Tree:
    feature: np.ndarray
    threshold: np.ndarray
    nan_left: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray
    value: np.ndarray


@dataclass(frozen=True)
class Forest:
    """A binary booster's trees as arrays, its baseline and its probability link."""

    trees: tuple[Tree, ...]
    baseline: float
    loss: Any

    def walk(self, t: int, x: np.ndarray, col: np.ndarray | None = None, ref: Any = None) -> Any:
        """Leaf values of tree t for the rows of x (with column col[i] of row i read as ref[i]
        when given), and the (rows, features) mask of the features their paths test."""
        tree = self.trees[t]
        rows = np.arange(len(x))
        node = np.zeros(len(x), np.int64)
        tested = np.zeros(x.shape, bool)
        active = ~tree.leaf[node]
        while active.any():
            r, n = rows[active], node[active]
            f = tree.feature[n]
            tested[r, f] = True
            v = x[r, f]
            if col is not None:
                v = np.where(f == col[r], ref[r], v)
            left = np.where(np.isnan(v), tree.nan_left[n], v <= tree.threshold[n])
            node[r] = np.where(left, tree.left[n], tree.right[n])
            active[r] = ~tree.leaf[node[r]]
        return tree.value[node], tested

    def raw(self, leaves: np.ndarray) -> np.ndarray:
        """Raw predictions from (rows, trees) leaf values, summed as the booster sums them."""
        out = np.zeros(len(leaves)) + self.baseline
        for t in range(leaves.shape[1]):
            out += leaves[:, t]
        return out

    def proba(self, raw: np.ndarray) -> np.ndarray:
        return np.asarray(self.loss.predict_proba(raw.reshape(-1, 1)))[:, 1]


def forest(booster: Any) -> Forest | None:
    """The booster as a Forest, or None unless it is a binary scikit-learn
    HistGradientBoostingClassifier with numeric splits only."""
    predictors = getattr(booster, "_predictors", None)
    baseline = getattr(booster, "_baseline_prediction", None)
    if predictors is None or baseline is None or getattr(booster, "n_trees_per_iteration_", 0) != 1:
        return None
    trees = []
    for (pred,) in predictors:
        nodes = pred.nodes
        if "is_categorical" in (nodes.dtype.names or ()) and nodes["is_categorical"].any():
            return None
        trees.append(
            Tree(
                nodes["feature_idx"].astype(np.int64),
                nodes["num_threshold"].astype(np.float64),
                nodes["missing_go_to_left"].astype(bool),
                nodes["left"].astype(np.int64),
                nodes["right"].astype(np.int64),
                nodes["is_leaf"].astype(bool),
                nodes["value"].astype(np.float64),
            )
        )
    return Forest(tuple(trees), float(np.ravel(baseline)[0]), booster._loss)


def drops(
    f: Forest, x: np.ndarray, rows: np.ndarray, cols: np.ndarray, reference: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(probability of each row of x, probability of each cell (rows[i], cols[i]) with its
    feature replaced by reference[cols[i]])."""
    n_trees = len(f.trees)
    leaves = np.empty((len(x), n_trees))
    tested = np.empty((n_trees, *x.shape), bool)
    for t in range(n_trees):
        leaves[:, t], tested[t] = f.walk(t, x)
    base = f.proba(f.raw(leaves))
    out = np.empty(len(rows))
    for lo in range(0, len(rows), CELLS):
        r, c = rows[lo : lo + CELLS], cols[lo : lo + CELLS]
        cell_leaves = leaves[r]
        ref = reference[c]
        for t in range(n_trees):
            moved = np.flatnonzero(tested[t, r, c])
            if len(moved):
                cell_leaves[moved, t] = f.walk(t, x[r[moved]], c[moved], ref[moved])[0]
        out[lo : lo + CELLS] = f.proba(f.raw(cell_leaves))
    return base, out
