"""Score a detector run against the holdout5 truth.

  python benchmarks/holdout5/score.py --truth /tmp/h5 --pred /tmp/h5-run [--json FILE]

--truth is the folder traffic.py wrote (labels.parquet, truth.parquet); --pred is a
`consentry detect --out` folder (accounts.parquet: account_id, score, flagged, campaign_id).
A labelled account the run did not write counts as score 0, not flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import binomtest
from sklearn.metrics import average_precision_score, roc_curve


def wilson(k: int, n: int) -> tuple[float, float]:
    if n == 0:
        return (float("nan"), float("nan"))
    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return (float(ci.low), float(ci.high))


def load(truth: Path, pred: Path) -> pd.DataFrame:
    tf = truth / "truth.parquet"
    pf = pred / "accounts.parquet"
    for f in (tf, pf):
        if not f.is_file():
            raise SystemExit(
                f"{f} is missing: pass --truth (traffic.py output) and --pred (detect --out folder)"
            )
    t = pd.read_parquet(tf)
    p = pd.read_parquet(pf)
    for col in ("account_id", "score", "flagged"):
        if col not in p.columns:
            raise SystemExit(
                f"{pf} has no column {col!r}: it must be a `consentry detect --out` accounts.parquet"
            )
    if "campaign_id" not in p.columns:
        p["campaign_id"] = None
    if p["account_id"].duplicated().any():
        raise SystemExit(f"{pf}: duplicate account_id values; one row per account expected")
    df = t.merge(p[["account_id", "score", "flagged", "campaign_id"]], on="account_id", how="left")
    df["missing"] = df["score"].isna()
    df["score"] = df["score"].fillna(0.0).astype(float)
    df["flagged"] = df["flagged"].fillna(False).astype(bool)
    df["attack"] = df["label"].str.startswith("attack:")
    df["cls"] = np.where(
        df["attack"], df["family"], np.where(df["label"] == "benign", "benign", df["family"])
    )
    return df


def tpr_at(y: np.ndarray, s: np.ndarray, max_fpr: float) -> float:
    fpr, tpr, _ = roc_curve(y, s)
    ok = fpr <= max_fpr
    return float(tpr[ok].max()) if ok.any() else 0.0


def report(df: pd.DataFrame) -> dict:
    y = df["attack"].to_numpy()
    f = df["flagged"].to_numpy()
    s = df["score"].to_numpy()
    tp, fp = int((y & f).sum()), int((~y & f).sum())
    fn, tn = int((y & ~f).sum()), int((~y & ~f).sum())
    out: dict = {
        "accounts": len(df),
        "attack_accounts": int(y.sum()),
        "missing_from_run": int(df["missing"].sum()),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "recall": tp / (tp + fn) if tp + fn else float("nan"),
        "fpr": fp / (fp + tn) if fp + tn else float("nan"),
        "fpr_ci": wilson(fp, fp + tn),
        "pr_auc": float(average_precision_score(y, s)),
        "prevalence": float(y.mean()),
        "tpr_at_fpr_1e-3": tpr_at(y, s, 1e-3),
        "tpr_at_fpr_1e-2": tpr_at(y, s, 1e-2),
    }
    fam = {}
    for name, g in df[df["attack"]].groupby("family"):
        k, n = int(g["flagged"].sum()), len(g)
        fam[name] = {
            "lab": g["lab"].iloc[0],
            "flagged": k,
            "accounts": n,
            "recall": k / n,
            "ci": wilson(k, n),
        }
    out["campaign_recall"] = fam
    cls = {}
    for name, g in df[~df["attack"]].groupby("cls"):
        k, n = int(g["flagged"].sum()), len(g)
        cls[name] = {"flagged": k, "accounts": n, "fpr": k / n, "ci": wilson(k, n)}
    out["legit_fpr"] = cls
    # campaigns the run formed: which ones mix legitimate accounts with attack accounts
    fl = df[df["flagged"] & df["campaign_id"].notna()]
    camps = fl.groupby("campaign_id").agg(attack=("attack", "sum"), n=("attack", "size"))
    mixed = camps[(camps["attack"] > 0) & (camps["attack"] < camps["n"])]
    legit_in_attack = fl[fl["campaign_id"].isin(camps[camps["attack"] > 0].index) & ~fl["attack"]]
    out["campaigns"] = {
        "formed": int(len(camps)),
        "with_attack": int((camps["attack"] > 0).sum()),
        "all_legit": int((camps["attack"] == 0).sum()),
        "mixed": int(len(mixed)),
        "legit_accounts_in_attack_campaigns": int(len(legit_in_attack)),
        "legit_in_attack_by_class": legit_in_attack["cls"].value_counts().to_dict(),
        "flagged_without_campaign": int((df["flagged"] & df["campaign_id"].isna()).sum()),
    }
    return out


def show(r: dict) -> None:
    def ci(c: tuple[float, float]) -> str:
        return f"[{c[0]:.4f}, {c[1]:.4f}]"

    print(
        f"accounts {r['accounts']:,}  attack {r['attack_accounts']:,} (prevalence {r['prevalence']:.3f})"
        f"  missing from run {r['missing_from_run']:,}"
    )
    print(
        f"precision {r['precision']:.4f}  recall {r['recall']:.4f}  FPR {r['fpr']:.5f} {ci(r['fpr_ci'])}"
    )
    print(f"TP {r['tp']}  FP {r['fp']}  FN {r['fn']}  TN {r['tn']}")
    print(
        f"PR-AUC {r['pr_auc']:.4f}  TPR@FPR1e-3 {r['tpr_at_fpr_1e-3']:.4f}  TPR@FPR1e-2 {r['tpr_at_fpr_1e-2']:.4f}"
    )
    print("\nrecall per campaign family (lab)           flagged/accounts  recall  Wilson 95%")
    for k, v in sorted(r["campaign_recall"].items()):
        print(
            f"  {k:<22} ({v['lab']})  {v['flagged']:>6}/{v['accounts']:<6}  {v['recall']:.3f}  {ci(v['ci'])}"
        )
    print("\nFPR per legitimate class                   flagged/accounts  FPR     Wilson 95%")
    for k, v in sorted(r["legit_fpr"].items()):
        print(f"  {k:<26}  {v['flagged']:>6}/{v['accounts']:<6}  {v['fpr']:.4f}  {ci(v['ci'])}")
    c = r["campaigns"]
    print(
        f"\ncampaigns formed {c['formed']}: with attack accounts {c['with_attack']}, all legitimate {c['all_legit']},"
        f" mixed {c['mixed']}; flagged without a campaign {c['flagged_without_campaign']}"
    )
    print(
        f"legitimate accounts sitting in a flagged campaign with attack accounts: "
        f"{c['legit_accounts_in_attack_campaigns']} {c['legit_in_attack_by_class']}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--truth", type=Path, required=True)
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    r = report(load(a.truth, a.pred))
    show(r)
    if a.json:
        a.json.write_text(json.dumps(r, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
