"""Score a detection run against hold-out 6's truth.

    python benchmarks/holdout6/score.py --truth DIR --pred RUN [--json FILE]

DIR is a traffic.py output folder (labels.parquet); RUN a `consentry detect --out` folder
(accounts.parquet: account_id, score, flagged, campaign_id). Every labelled account is scored;
one absent from the run counts as score 0, not flagged. Hold-out: never tune on it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
from sklearn.metrics import average_precision_score, roc_curve


class BadInput(Exception):
    pass


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, mid - half), min(1.0, mid + half))


def tpr_at_fpr(y: np.ndarray, s: np.ndarray, max_fpr: float = 1e-3) -> float:
    fpr, tpr, _ = roc_curve(y, s)
    ok = fpr <= max_fpr
    return float(tpr[ok].max()) if ok.any() else 0.0


def _read(path: Path, cols: list[str]) -> dict[str, list]:
    if not path.is_file():
        raise BadInput(f"{path}: file not found")
    try:
        t = pq.read_table(path)
    except Exception as e:  # noqa: BLE001 - any unreadable file is one clear line
        raise BadInput(f"{path}: not a readable Parquet file ({type(e).__name__})") from None
    for c in cols:
        if c not in t.column_names:
            raise BadInput(f"{path}: missing column '{c}'")
    return {c: t.column(c).to_pylist() for c in cols}


def load(truth: Path, pred: Path) -> tuple[list[str], list[str], np.ndarray, np.ndarray, int]:
    lab = _read(truth / "labels.parquet" if truth.is_dir() else truth, ["account_id", "label"])
    ids, labels = lab["account_id"], lab["label"]
    if len(set(ids)) != len(ids):
        raise BadInput(f"{truth}: duplicate account_id in labels")
    if not any(str(x).startswith("attack:") for x in labels):
        raise BadInput(f"{truth}: labels hold no attack:* account")
    pr = _read(
        pred / "accounts.parquet" if pred.is_dir() else pred, ["account_id", "score", "flagged"]
    )
    if len(set(pr["account_id"])) != len(pr["account_id"]):
        raise BadInput(f"{pred}: duplicate account_id in accounts.parquet")
    by = {}
    for a, sc, fl in zip(pr["account_id"], pr["score"], pr["flagged"], strict=True):
        if (
            sc is None
            or not isinstance(sc, int | float)
            or not (0.0 <= float(sc) <= 1.0)
            or math.isnan(float(sc))
        ):
            raise BadInput(f"{pred}: column 'score' must be a number in [0, 1]")
        if not isinstance(fl, bool):
            raise BadInput(f"{pred}: column 'flagged' must be boolean")
        by[a] = (float(sc), fl)
    missing = sum(1 for a in ids if a not in by)
    s = np.array([by.get(a, (0.0, False))[0] for a in ids])
    f = np.array([by.get(a, (0.0, False))[1] for a in ids], dtype=bool)
    return ids, labels, s, f, missing


def score(truth: Path, pred: Path) -> dict:
    ids, labels, s, f, missing = load(truth, pred)
    lab = np.array(labels)
    y = np.char.startswith(lab.astype(str), "attack:")
    tp = int((f & y).sum())
    fp = int((f & ~y).sum())
    fn = int((~f & y).sum())
    tn = int((~f & ~y).sum())
    benign = lab == "benign"
    rng = np.random.default_rng(0)
    boots = []
    for _ in range(200):
        i = rng.integers(0, len(y), len(y))
        if y[i].any() and (~y[i]).any():
            boots.append(average_precision_score(y[i], s[i]))
    rep: dict = {
        "accounts": len(ids),
        "attack_accounts": int(y.sum()),
        "missing_from_run": missing,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "precision_ci": wilson(tp, tp + fp),
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "recall_ci": wilson(tp, tp + fn),
        "fpr": fp / (fp + tn) if fp + tn else 0.0,
        "fpr_ci": wilson(fp, fp + tn),
        "benign_fpr": float(f[benign].mean()) if benign.any() else 0.0,
        "benign_fpr_ci": wilson(int(f[benign].sum()), int(benign.sum())),
        "pr_auc": float(average_precision_score(y, s)),
        "pr_auc_ci": (float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5)))
        if boots
        else (0.0, 1.0),
        "prevalence": float(y.mean()),
        "tpr_at_fpr_1e-3": tpr_at_fpr(y, s),
        "campaigns": {},
        "legitimate": {},
    }
    for cls in sorted(set(labels)):
        m = lab == cls
        k, n = int(f[m].sum()), int(m.sum())
        key = "campaigns" if cls.startswith("attack:") else "legitimate"
        name = "recall" if key == "campaigns" else "fpr"
        rep[key][cls] = {"n": n, "flagged": k, name: k / n if n else 0.0, "ci": wilson(k, n)}
    return rep


def render(r: dict) -> str:
    def ci(x: tuple[float, float]) -> str:
        return f"[{x[0]:.3f}, {x[1]:.3f}]"

    lines = [
        f"hold-out 6: {r['accounts']:,} accounts, {r['attack_accounts']:,} attack (prevalence {r['prevalence']:.3f}); "
        f"{r['missing_from_run']:,} labelled accounts absent from the run (score 0)",
        f"precision   {r['precision']:.3f} {ci(r['precision_ci'])}   TP {r['tp']} FP {r['fp']} FN {r['fn']} TN {r['tn']}",
        f"recall      {r['recall']:.3f} {ci(r['recall_ci'])}",
        f"FPR (all negatives) {r['fpr']:.4f} {ci(r['fpr_ci'])}   benign FPR {r['benign_fpr']:.4f} {ci(r['benign_fpr_ci'])}",
        f"PR-AUC      {r['pr_auc']:.3f} {ci(r['pr_auc_ci'])}   TPR at FPR 1e-3 {r['tpr_at_fpr_1e-3']:.3f}",
        "recall per campaign:",
    ]
    for k, v in r["campaigns"].items():
        lines.append(f"  {k:34s} {v['recall']:.3f} {ci(v['ci'])}  ({v['flagged']}/{v['n']})")
    lines.append("FPR per legitimate class:")
    for k, v in r["legitimate"].items():
        lines.append(f"  {k:34s} {v['fpr']:.4f} {ci(v['ci'])}  ({v['flagged']}/{v['n']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Score a detection run against hold-out 6 (never tune on it)."
    )
    ap.add_argument(
        "--truth", type=Path, required=True, help="traffic.py output folder (labels.parquet)"
    )
    ap.add_argument(
        "--pred", type=Path, required=True, help="detector output folder (accounts.parquet)"
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the report as JSON")
    args = ap.parse_args(argv)
    try:
        r = score(args.truth, args.pred)
    except BadInput as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(render(r))
    if args.json:
        args.json.write_text(json.dumps(r, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
