"""Score a detector run against hold-out 10's labels (a judge, used once).

    python benchmarks/holdout10/score.py --truth DIR --pred RUN [--json FILE]

RUN is the folder `consentry detect --out RUN` wrote; its accounts.parquet (account_id, score,
flagged) is scored. Positives are `attack:*` accounts; `benign` and `hn:*` are negatives. A
labelled account missing from the run counts as score 0, not flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
from sklearn.metrics import average_precision_score, roc_curve

MAX_FPR = 1e-3
BOOT = 200


class BadInput(Exception):
    pass


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of k successes in n trials."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def tpr_at(y: np.ndarray, s: np.ndarray, max_fpr: float = MAX_FPR) -> float:
    """Largest TPR whose FPR is <= max_fpr; tied scores are one threshold."""
    fpr, tpr, _ = roc_curve(y, s, drop_intermediate=False)
    ok = fpr <= max_fpr
    return float(tpr[ok].max()) if ok.any() else 0.0


def load(truth: Path, pred: Path) -> tuple[pd.DataFrame, int, int]:
    lp = truth / "labels.parquet"
    ap = pred / "accounts.parquet"
    for p in (lp, ap):
        if not p.is_file():
            raise BadInput(f"{p} is missing")
    labels = pq.read_table(lp).to_pandas()
    run = pq.read_table(ap).to_pandas()
    for col in ("account_id", "label"):
        if col not in labels.columns:
            raise BadInput(f"{lp}: column '{col}' is missing")
    for col in ("account_id", "score", "flagged"):
        if col not in run.columns:
            raise BadInput(f"{ap}: column '{col}' is missing")
    if run["account_id"].isna().any() or (run["account_id"] == "").any():
        raise BadInput(f"{ap}: column 'account_id' has empty values")
    if run["account_id"].duplicated().any():
        raise BadInput(f"{ap}: column 'account_id' has duplicates")
    score = pd.to_numeric(run["score"], errors="coerce")
    if score.isna().any() or (score < 0).any() or (score > 1).any():
        raise BadInput(f"{ap}: column 'score' must be a number in [0, 1]")
    if not pd.api.types.is_bool_dtype(run["flagged"]):
        raise BadInput(f"{ap}: column 'flagged' must be boolean")
    if not labels["label"].str.startswith("attack:").any():
        raise BadInput(f"{lp}: column 'label' has no attack:* account")
    run = run.assign(score=score.astype(float))[["account_id", "score", "flagged"]]
    df = labels.merge(run, on="account_id", how="left")
    missing = int(df["score"].isna().sum())
    unlabelled = int((~run["account_id"].isin(labels["account_id"])).sum())
    df["score"] = df["score"].fillna(0.0)
    df["flagged"] = df["flagged"].fillna(False).astype(bool)
    return df, missing, unlabelled


def score(truth: Path, pred: Path, seed: int = 0) -> dict:
    df, missing, unlabelled = load(truth, pred)
    y = df["label"].str.startswith("attack:").to_numpy()
    s = df["score"].to_numpy()
    f = df["flagged"].to_numpy()
    tp, fp = int((f & y).sum()), int((f & ~y).sum())
    fn, tn = int((~f & y).sum()), int((~f & ~y).sum())
    benign = (df["label"] == "benign").to_numpy()
    rng = np.random.default_rng(seed)
    boots = []
    for _ in range(BOOT):
        i = rng.integers(0, len(y), len(y))
        if y[i].any() and not y[i].all():
            boots.append(average_precision_score(y[i], s[i]))
    out = {
        "accounts": len(df),
        "positives": int(y.sum()),
        "negatives": int((~y).sum()),
        "missing_from_run": missing,
        "unlabelled_in_run": unlabelled,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "fpr": fp / (fp + tn) if fp + tn else 0.0,
        "fpr_benign": float(f[benign].mean()) if benign.any() else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "pr_auc": float(average_precision_score(y, s)),
        "pr_auc_ci95": [float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5))],
        "tpr_at_fpr_1e-3": tpr_at(y, s),
        "classes": {},
    }
    out["f1"] = (
        2 * out["precision"] * out["recall"] / (out["precision"] + out["recall"])
        if out["precision"] + out["recall"]
        else 0.0
    )
    for label, g in df.groupby("label"):
        k, n = int(g["flagged"].sum()), len(g)
        lo, hi = wilson(k, n)
        what = "recall" if label.startswith("attack:") else "fpr"
        out["classes"][label] = {what: k / n, "flagged": k, "accounts": n, "ci95": [lo, hi]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    try:
        r = score(a.truth, a.pred)
    except BadInput as exc:
        print(f"score.py: {exc}.", file=sys.stderr)
        return 2
    print(
        f"accounts {r['accounts']:,} (attack {r['positives']:,}); missing from run (score 0): "
        f"{r['missing_from_run']:,}; unlabelled rows ignored: {r['unlabelled_in_run']:,}"
    )
    lo, hi = r["pr_auc_ci95"]
    print(
        f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}  "
        f"FPR {r['fpr']:.4%}  FPR benign {r['fpr_benign']:.4%}"
    )
    print(
        f"PR-AUC {r['pr_auc']:.3f} [{lo:.3f}, {hi:.3f}]  TPR at FPR 1e-3 {r['tpr_at_fpr_1e-3']:.3f}  "
        f"TP {r['tp']} FP {r['fp']} FN {r['fn']} TN {r['tn']}"
    )
    for label, c in sorted(
        r["classes"].items(), key=lambda kv: (not kv[0].startswith("attack:"), kv[0])
    ):
        what = "recall" if "recall" in c else "FPR"
        v = c.get("recall", c.get("fpr"))
        print(
            f"  {label:<28} {what:<6} {v:.3f} [{c['ci95'][0]:.3f}, {c['ci95'][1]:.3f}]  "
            f"({c['flagged']}/{c['accounts']})"
        )
    if a.json:
        a.json.write_text(json.dumps(r, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
