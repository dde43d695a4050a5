"""Score a detector run against holdout-2 labels.

    python benchmarks/holdout2/score.py --truth DIR --detections OUTDIR [--json FILE]

Reads DIR/labels.parquet and OUTDIR/accounts.parquet (account_id, score, flagged, campaign_id,
reasons). Accounts missing from the detections count as score 0, not flagged.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def average_precision(y: np.ndarray, s: np.ndarray) -> float:
    """Area under the precision-recall curve as average precision (ties resolved as one step)."""
    pos = int(y.sum())
    if pos == 0:
        return float("nan")
    order = np.argsort(-s, kind="stable")
    ys, ss = y[order], s[order]
    tp = np.cumsum(ys)
    fp = np.cumsum(1 - ys)
    last = np.r_[ss[1:] != ss[:-1], True]  # end of each group of tied scores
    tp, fp = tp[last], fp[last]
    prec = tp / (tp + fp)
    rec = tp / pos
    return float(np.sum(np.diff(np.r_[0.0, rec]) * prec))


def tpr_at_fpr(y: np.ndarray, s: np.ndarray, fpr: float) -> tuple[float, float]:
    """TPR with the threshold set so that at most fpr of benign accounts score above it."""
    neg = np.sort(s[y == 0])[::-1]
    k = int(math.floor(fpr * len(neg)))
    thr = neg[k] if k < len(neg) else -np.inf
    return float((s[y == 1] > thr).mean()) if (y == 1).any() else float("nan"), float(thr)


def load(truth: Path, det: Path) -> pd.DataFrame:
    lab_path, det_path = truth / "labels.parquet", det / "accounts.parquet"
    for p in (lab_path, det_path):
        if not p.exists():
            raise SystemExit(
                f"{p} not found: give --truth the generator's folder and --detections the detector's --out folder"
            )
    lab = pd.read_parquet(lab_path)
    got = pd.read_parquet(det_path, columns=["account_id", "score", "flagged", "campaign_id"])
    df = lab.merge(got, on="account_id", how="left", suffixes=("", "_det"))
    df["score"] = df["score"].fillna(0.0).astype(float)
    df["flagged"] = df["flagged"].fillna(False).astype(bool)
    return df


def report(df: pd.DataFrame) -> dict:
    y = (df["label"] == "campaign").to_numpy().astype(int)
    s = df["score"].to_numpy()
    f = df["flagged"].to_numpy()
    tp, fp = int((f & (y == 1)).sum()), int((f & (y == 0)).sum())
    n_pos, n_neg = int(y.sum()), int((y == 0).sum())
    tpr3, thr3 = tpr_at_fpr(y, s, 1e-3)
    out: dict = {
        "accounts": len(df),
        "campaign_accounts": n_pos,
        "benign_accounts": n_neg,
        "flagged": int(f.sum()),
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "recall": tp / n_pos if n_pos else float("nan"),
        "recall_ci": wilson(tp, n_pos),
        "benign_fpr": fp / n_neg if n_neg else float("nan"),
        "benign_fpr_ci": wilson(fp, n_neg),
        "pr_auc": average_precision(y, s),
        "tpr_at_fpr_1e-3": tpr3,
        "threshold_at_fpr_1e-3": thr3,
    }
    camp = df[df["label"] == "campaign"]
    out["family_recall"] = {
        fam: {
            "n": len(g),
            "flagged": int(g["flagged"].sum()),
            "recall": float(g["flagged"].mean()),
            "ci": wilson(int(g["flagged"].sum()), len(g)),
            "mean_score": float(g["score"].mean()),
        }
        for fam, g in camp.groupby("class", sort=True)
    }
    ben = df[df["label"] == "benign"]
    out["benign_class_fpr"] = {
        cls: {
            "n": len(g),
            "flagged": int(g["flagged"].sum()),
            "fpr": float(g["flagged"].mean()),
            "ci": wilson(int(g["flagged"].sum()), len(g)),
            "mean_score": float(g["score"].mean()),
        }
        for cls, g in ben.groupby("class", sort=True)
    }
    flagged_camp = camp[camp["flagged"]]
    det_ids = flagged_camp["campaign_id_det"].dropna()
    per_true = {}
    for cid, g in camp.groupby("campaign_id", sort=True):
        fl = g[g["flagged"]]
        clusters = fl["campaign_id_det"].dropna()
        top = clusters.value_counts()
        per_true[cid] = {
            "accounts": len(g),
            "flagged": len(fl),
            "detector_clusters": int(clusters.nunique()),
            "unclustered_flagged": int(fl["campaign_id_det"].isna().sum()),
            "largest_cluster_share": float(top.iloc[0] / len(fl)) if len(top) else 0.0,
        }
    mixed = 0
    all_flagged = df[df["flagged"] & df["campaign_id_det"].notna()]
    for _cl, g in all_flagged.groupby("campaign_id_det"):
        truths = set(g["campaign_id"].fillna("benign"))
        mixed += int(len(truths) > 1)
    out["campaigns"] = {
        "true_campaigns": int(camp["campaign_id"].nunique()),
        "true_campaigns_found": int(sum(1 for v in per_true.values() if v["flagged"])),
        "detector_campaigns_over_true_accounts": int(det_ids.nunique()),
        "detector_campaigns_total": int(
            df.loc[df["flagged"], "campaign_id_det"].dropna().nunique()
        ),
        "detector_campaigns_mixing_truths": mixed,
        "per_true_campaign": per_true,
    }
    return out


def fmt_ci(ci: tuple[float, float]) -> str:
    return f"[{ci[0]:.4f}, {ci[1]:.4f}]"


def show(r: dict) -> str:
    lines = [
        f"accounts {r['accounts']:,d}  (campaign {r['campaign_accounts']:,d}, benign {r['benign_accounts']:,d}); flagged {r['flagged']:,d}",
        f"precision            {r['precision']:.4f}",
        f"recall               {r['recall']:.4f}  95% CI {fmt_ci(r['recall_ci'])}",
        f"benign FPR           {r['benign_fpr']:.5f}  95% CI {fmt_ci(r['benign_fpr_ci'])}",
        f"PR-AUC (avg prec.)   {r['pr_auc']:.4f}",
        f"TPR at FPR 1e-3      {r['tpr_at_fpr_1e-3']:.4f}  (score threshold {r['threshold_at_fpr_1e-3']:.4f})",
        "",
        "per-family recall                    n  flagged  recall   95% CI            mean score",
    ]
    for fam, v in r["family_recall"].items():
        lines.append(
            f"  {fam:28s} {v['n']:6d} {v['flagged']:8d}  {v['recall']:.4f}  {fmt_ci(v['ci'])}  {v['mean_score']:.4f}"
        )
    lines += [
        "",
        "per-benign-class FPR                 n  flagged  FPR      95% CI            mean score",
    ]
    for cls, v in r["benign_class_fpr"].items():
        lines.append(
            f"  {cls:28s} {v['n']:6d} {v['flagged']:8d}  {v['fpr']:.4f}  {fmt_ci(v['ci'])}  {v['mean_score']:.4f}"
        )
    c = r["campaigns"]
    lines += [
        "",
        f"campaigns: true {c['true_campaigns']}, found (>=1 account flagged) {c['true_campaigns_found']}; "
        f"flagged campaign accounts fall in {c['detector_campaigns_over_true_accounts']} detector campaigns "
        f"({c['detector_campaigns_total']} detector campaigns in all, {c['detector_campaigns_mixing_truths']} mixing true campaigns or benign)",
        "  true campaign                 accounts  flagged  clusters  unclustered  largest-cluster share",
    ]
    for cid, v in c["per_true_campaign"].items():
        lines.append(
            f"  {cid:28s} {v['accounts']:8d} {v['flagged']:8d} {v['detector_clusters']:9d} {v['unclustered_flagged']:12d}  {v['largest_cluster_share']:.3f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth", required=True, type=Path, help="folder written by traffic.py")
    ap.add_argument(
        "--detections",
        required=True,
        type=Path,
        help="folder the detector wrote (accounts.parquet)",
    )
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    r = report(load(args.truth, args.detections))
    print(show(r))
    if args.json:
        args.json.write_text(json.dumps(r, indent=2, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
