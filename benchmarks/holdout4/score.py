"""Score a detection run against hold-out 4's truth.

    python benchmarks/holdout4/score.py --truth /tmp/h4 --pred /tmp/h4-run [--json FILE]

--truth is the folder traffic.py wrote (its labels.parquet is read); --pred is the folder that
`consentry detect --out` wrote (its accounts.parquet: account_id, score, flagged, campaign_id).
Positives are `attack:*` accounts; `benign` and `hn:*` are negatives. A labelled account with no
row in the run counts as not flagged, score 0. Prints account precision / recall / FPR, PR-AUC,
TPR at FPR <= 1e-3, recall per campaign family and FPR per legitimate class with Wilson 95%
intervals, and how many legitimate accounts sit in a flagged campaign together with attack
accounts.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
from sklearn.metrics import average_precision_score, roc_curve


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """Wilson score interval for k successes out of n."""
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


def fail(msg: str) -> None:
    print(f"score.py: {msg}", file=sys.stderr)
    raise SystemExit(2)


def load(truth: Path, pred: Path) -> pd.DataFrame:
    lab_p, run_p = truth / "labels.parquet", pred / "accounts.parquet"
    for p in (lab_p, run_p):
        if not p.is_file():
            fail(
                f"{p} not found: --truth is the traffic.py folder, --pred the detector's --out folder"
            )
    lab = pq.read_table(lab_p).to_pandas()
    run = pq.read_table(run_p).to_pandas()
    for col in ("account_id", "score", "flagged"):
        if col not in run.columns:
            fail(f"{run_p} has no column {col!r}")
    if "campaign_id" not in run.columns:
        run["campaign_id"] = None
    if run["account_id"].duplicated().any():
        fail(f"{run_p}: duplicate account_id")
    df = lab.merge(
        run[["account_id", "score", "flagged", "campaign_id"]], on="account_id", how="left"
    )
    df["missing"] = df["score"].isna()
    df["score"] = df["score"].fillna(0.0).astype(float)
    df["flagged"] = df["flagged"].fillna(False).astype(bool)
    df["attack"] = df["label"].str.startswith("attack:")
    if not df["attack"].any():
        fail(f"{lab_p}: no attack:* account")
    return df


def tpr_at(y: np.ndarray, s: np.ndarray, max_fpr: float) -> float:
    fpr, tpr, _ = roc_curve(y, s)
    ok = fpr <= max_fpr
    return float(tpr[ok].max()) if ok.any() else 0.0


def report(df: pd.DataFrame) -> dict:
    y, s, f = df["attack"].to_numpy(), df["score"].to_numpy(), df["flagged"].to_numpy()
    tp, fp = int((f & y).sum()), int((f & ~y).sum())
    fn, tn = int((~f & y).sum()), int((~f & ~y).sum())
    out: dict = {
        "accounts": len(df),
        "attack": int(y.sum()),
        "legit": int((~y).sum()),
        "missing_in_run": int(df["missing"].sum()),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "recall": tp / (tp + fn),
        "recall_ci": wilson(tp, tp + fn),
        "fpr": fp / (fp + tn),
        "fpr_ci": wilson(fp, fp + tn),
        "pr_auc": float(average_precision_score(y, s)),
        "tpr_at_fpr_1e-3": tpr_at(y, s, 1e-3),
        "campaigns": {},
        "legit_classes": {},
    }
    for lab, g in df.groupby("label"):
        k, n = int(g["flagged"].sum()), len(g)
        row = {"n": n, "flagged": k, "rate": k / n, "ci": wilson(k, n)}
        (out["campaigns"] if lab.startswith("attack:") else out["legit_classes"])[lab] = row
    fl = df[df["flagged"] & df["campaign_id"].notna()]
    mixed = fl.groupby("campaign_id")["attack"].agg(["sum", "count"])
    with_attack = mixed[mixed["sum"] > 0].index
    inside = fl[fl["campaign_id"].isin(with_attack) & ~fl["attack"]]
    out["flagged_campaigns"] = int(len(mixed))
    out["campaigns_with_attack"] = int(len(with_attack))
    out["campaigns_all_legit"] = int((mixed["sum"] == 0).sum())
    out["legit_in_attack_campaigns"] = int(len(inside))
    out["legit_in_attack_campaigns_by_class"] = inside["label"].value_counts().to_dict()
    out["flagged_without_campaign"] = int((df["flagged"] & df["campaign_id"].isna()).sum())
    return out


def ci(c: tuple[float, float]) -> str:
    return f"[{c[0]:.4f}, {c[1]:.4f}]"


def show(r: dict) -> None:
    print(
        f"accounts {r['accounts']:,} (attack {r['attack']:,}, legitimate {r['legit']:,}); "
        f"absent from the run: {r['missing_in_run']:,}"
    )
    print(f"TP {r['tp']:,}  FP {r['fp']:,}  FN {r['fn']:,}  TN {r['tn']:,}")
    print(
        f"precision {r['precision']:.4f}   recall {r['recall']:.4f} {ci(r['recall_ci'])}   "
        f"FPR {r['fpr']:.5f} {ci(r['fpr_ci'])}"
    )
    print(f"PR-AUC {r['pr_auc']:.4f}   TPR at FPR<=1e-3 {r['tpr_at_fpr_1e-3']:.4f}")
    print("\nrecall per campaign family (flagged / accounts, Wilson 95%)")
    for k, v in sorted(r["campaigns"].items()):
        print(f"  {k:32s} {v['rate']:.3f}  {v['flagged']:>5,}/{v['n']:<5,} {ci(v['ci'])}")
    print("\nFPR per legitimate class (flagged / accounts, Wilson 95%)")
    for k, v in sorted(r["legit_classes"].items()):
        print(f"  {k:32s} {v['rate']:.4f}  {v['flagged']:>5,}/{v['n']:<5,} {ci(v['ci'])}")
    print(
        f"\nflagged campaigns {r['flagged_campaigns']:,}: with attack accounts {r['campaigns_with_attack']:,}, "
        f"all legitimate {r['campaigns_all_legit']:,}; flagged accounts with no campaign "
        f"{r['flagged_without_campaign']:,}"
    )
    print(
        f"legitimate accounts inside a flagged campaign with attack accounts: {r['legit_in_attack_campaigns']:,}"
        + (
            f"  ({', '.join(f'{k} {v}' for k, v in r['legit_in_attack_campaigns_by_class'].items())})"
            if r["legit_in_attack_campaigns"]
            else ""
        )
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score a detection run against hold-out 4's labels.")
    ap.add_argument("--truth", type=Path, required=True, help="folder written by traffic.py")
    ap.add_argument(
        "--pred", type=Path, required=True, help="folder written by `consentry detect --out`"
    )
    ap.add_argument("--json", type=Path, help="also write the report as JSON here")
    args = ap.parse_args(argv)
    r = report(load(args.truth, args.pred))
    show(r)
    if args.json:
        args.json.write_text(json.dumps(r, indent=2, default=float))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
