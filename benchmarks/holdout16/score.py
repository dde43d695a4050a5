"""Score a detector run against hold-out 16's labels (a judge: never tune on it).

Usage: score.py --truth DIR --pred RUN [--json FILE]

Reads DIR/labels.parquet and RUN/accounts.parquet (account_id, score, flagged). A labelled account
missing from the run counts as score 0, not flagged; rows of the run without a label are ignored.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from sklearn.metrics import average_precision_score, roc_curve


class BadInput(Exception):
    pass


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for k successes in n trials."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def tpr_at_fpr(y: np.ndarray, s: np.ndarray, max_fpr: float) -> float:
    """Highest TPR over thresholds whose FPR is at most max_fpr (tied scores are one threshold)."""
    fpr, tpr, _ = roc_curve(y, s)
    ok = fpr <= max_fpr
    return float(tpr[ok].max()) if ok.any() else 0.0


def load(truth: Path, pred: Path) -> tuple[list[str], np.ndarray, np.ndarray, dict[str, int]]:
    try:
        lab = pq.read_table(truth / "labels.parquet", columns=["account_id", "label"]).to_pylist()
        run = pq.read_table(pred / "accounts.parquet", columns=["account_id", "score", "flagged"])
    except (OSError, KeyError, ValueError) as e:
        raise BadInput(f"cannot read labels or run: {type(e).__name__}") from None
    if not lab:
        raise BadInput("labels are empty")

    if not pa.types.is_boolean(run.schema.field("flagged").type):
        raise BadInput("run column 'flagged' is not boolean")
    rows = run.to_pylist()
    ids = [r["account_id"] for r in rows]
    if len(set(ids)) != len(ids) or any(i is None or i == "" for i in ids):
        raise BadInput("run has empty or duplicate account_id")
    by = {}
    for r in rows:
        sc = r["score"]
        if sc is None or not (0.0 <= float(sc) <= 1.0):
            raise BadInput("run has a score outside [0, 1]")
        by[r["account_id"]] = (float(sc), bool(r["flagged"]))
    labels = [str(r["label"]) for r in lab]
    if not any(x.startswith("attack:") for x in labels):
        raise BadInput("labels contain no attack")
    got = [by.get(r["account_id"], (0.0, False)) for r in lab]
    known = {r["account_id"] for r in lab}
    counts = {
        "missing_from_run": sum(1 for r in lab if r["account_id"] not in by),
        "unlabelled_in_run": sum(1 for i in ids if i not in known),
    }
    return labels, np.array([g[0] for g in got]), np.array([g[1] for g in got]), counts


def score(labels: list[str], s: np.ndarray, f: np.ndarray, seed: int = 0) -> dict[str, Any]:
    lab = np.array(labels)
    y = np.char.startswith(lab.astype(str), "attack:")
    tp, fp = int((f & y).sum()), int((f & ~y).sum())
    fn, tn = int((~f & y).sum()), int((~f & ~y).sum())
    ben = lab == "benign"
    rng = np.random.default_rng(seed)
    boots = []
    for _ in range(200):
        idx = rng.integers(0, len(y), len(y))
        if y[idx].any() and (~y[idx]).any():
            boots.append(average_precision_score(y[idx], s[idx]))
    per: dict[str, dict[str, object]] = {}
    for c in sorted(set(labels)):
        m = lab == c
        k, n = int(f[m].sum()), int(m.sum())
        name = "recall" if c.startswith("attack:") else "flag_rate"
        per[c] = {"accounts": n, "flagged": k, name: k / n, "wilson95": wilson(k, n)}
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn),
        "f1": 2 * tp / (2 * tp + fp + fn),
        "fpr": fp / (fp + tn) if fp + tn else 0.0,
        "fpr_wilson95": wilson(fp, fp + tn),
        "benign_fpr": float(f[ben].mean()) if ben.any() else 0.0,
        "benign_fpr_wilson95": wilson(int(f[ben].sum()), int(ben.sum())),
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "pr_auc": float(average_precision_score(y, s)),
        "pr_auc_boot95": (float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5))),
        "tpr_at_fpr_1e-3": tpr_at_fpr(y, s, 1e-3),
        "per_class": per,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    try:
        labels, s, f, counts = load(a.truth, a.pred)
    except BadInput as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    r = score(labels, s, f)
    r.update(counts)
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}")
    lo, hi = r["benign_fpr_wilson95"]
    print(f"FPR {r['fpr']:.4%}  benign FPR {r['benign_fpr']:.4%} [{lo:.4%}, {hi:.4%}]")
    blo, bhi = r["pr_auc_boot95"]
    print(
        f"PR-AUC {r['pr_auc']:.3f} [{blo:.3f}, {bhi:.3f}]  TPR@FPR1e-3 {r['tpr_at_fpr_1e-3']:.3f}"
    )
    print(f"confusion {r['confusion']}  missing from run {counts['missing_from_run']}, "
          f"unlabelled in run {counts['unlabelled_in_run']}")  # fmt: skip
    for c, d in r["per_class"].items():
        key = "recall" if c.startswith("attack:") else "flag_rate"
        lo, hi = d["wilson95"]
        print(f"  {c:28s} {d['flagged']:6d}/{d['accounts']:<6d} {key} {d[key]:.4f} "
              f"[{lo:.4f}, {hi:.4f}]")  # fmt: skip
    if a.json:
        a.json.write_text(json.dumps(r, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
