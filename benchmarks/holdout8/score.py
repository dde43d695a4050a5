"""Score a `consentry detect --out` folder against hold-out 8's labels (a judge: read once).

python score.py --truth DIR --pred RUN [--json FILE]
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
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def _read(path: Path, cols: list[str]) -> dict[str, list]:
    if not path.exists():
        raise BadInput(f"{path} does not exist")
    try:
        t = pq.read_table(path)
    except Exception:  # noqa: BLE001 - any unreadable file is one line of bad input
        raise BadInput(f"{path} is not a readable Parquet table") from None
    for c in cols:
        if c not in t.column_names:
            raise BadInput(f"{path}: column '{c}' is missing")
    return {c: t.column(c).to_pylist() for c in cols}


def load(truth: Path, pred: Path) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, int]:
    lab = _read(truth / "labels.parquet", ["account_id", "label"])
    run = _read(pred / "accounts.parquet", ["account_id", "score", "flagged"])
    ids = run["account_id"]
    if any(a is None or a == "" for a in ids) or len(set(ids)) != len(ids):
        raise BadInput(f"{pred / 'accounts.parquet'}: account_id has empty or duplicate values")
    for s in run["score"]:
        if (
            not isinstance(s, (int, float))
            or isinstance(s, bool)
            or not (0.0 <= s <= 1.0)
            or s != s
        ):
            raise BadInput(f"{pred / 'accounts.parquet'}: score must be a number in [0, 1]")
    if any(not isinstance(f, bool) for f in run["flagged"]):
        raise BadInput(f"{pred / 'accounts.parquet'}: flagged must be boolean")
    got = {
        a: (float(s), bool(f)) for a, s, f in zip(ids, run["score"], run["flagged"], strict=True)
    }
    labels = lab["label"]
    if not any(str(x).startswith("attack:") for x in labels):
        raise BadInput(f"{truth / 'labels.parquet'}: no attack:* account")
    score = np.array([got.get(a, (0.0, False))[0] for a in lab["account_id"]])
    flag = np.array([got.get(a, (0.0, False))[1] for a in lab["account_id"]])
    y = np.array([str(x).startswith("attack:") for x in labels])
    missing = sum(a not in got for a in lab["account_id"])
    return labels, y, score, flag, missing


def tpr_at(y: np.ndarray, s: np.ndarray, fpr_max: float) -> float:
    fpr, tpr, _ = roc_curve(y, s)
    ok = fpr <= fpr_max
    return float(tpr[ok].max()) if ok.any() else 0.0


def report(truth: Path, pred: Path) -> dict:
    labels, y, s, f, missing = load(truth, pred)
    tp, fp = int((f & y).sum()), int((f & ~y).sum())
    fn, tn = int((~f & y).sum()), int((~f & ~y).sum())
    ben = np.array([x == "benign" for x in labels])
    ap = float(average_precision_score(y, s))
    rng = np.random.default_rng(0)
    boots = []
    for _ in range(200):
        i = rng.integers(0, len(y), len(y))
        if y[i].any() and (~y[i]).any():
            boots.append(average_precision_score(y[i], s[i]))
    out = {
        "accounts": len(y),
        "positives": int(y.sum()),
        "missing_from_run": missing,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "precision_ci": wilson(tp, tp + fp),
        "recall": tp / (tp + fn),
        "recall_ci": wilson(tp, tp + fn),
        "fpr": fp / (fp + tn),
        "fpr_ci": wilson(fp, fp + tn),
        "fpr_benign": int((f & ben).sum()) / max(1, int(ben.sum())),
        "fpr_benign_ci": wilson(int((f & ben).sum()), int(ben.sum())),
        "pr_auc": ap,
        "pr_auc_ci": (float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5))),
        "tpr_at_fpr_1e-3": tpr_at(y, s, 1e-3),
        "tpr_at_fpr_1e-3_ci": wilson(round(tpr_at(y, s, 1e-3) * int(y.sum())), int(y.sum())),
        "per_label": {},
    }
    for lab in sorted(set(labels)):
        m = np.array([x == lab for x in labels])
        k, n = int((f & m).sum()), int(m.sum())
        key = "recall" if lab.startswith("attack:") else "fpr"
        out["per_label"][lab] = {"accounts": n, "flagged": k, key: k / n, "ci": wilson(k, n)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    try:
        r = report(a.truth, a.pred)
    except BadInput as exc:
        print(f"score.py: {exc}", file=sys.stderr)
        return 2
    ci = lambda c: f"[{c[0]:.3f}, {c[1]:.3f}]"  # noqa: E731
    print(
        f"accounts {r['accounts']}  positives {r['positives']}  missing from run {r['missing_from_run']}"
    )
    print(
        f"precision {r['precision']:.3f} {ci(r['precision_ci'])}  recall {r['recall']:.3f} {ci(r['recall_ci'])}"
    )
    print(
        f"FPR all negatives {r['fpr']:.4f} {ci(r['fpr_ci'])}  FPR benign {r['fpr_benign']:.4f} {ci(r['fpr_benign_ci'])}"
    )
    print(
        f"PR-AUC {r['pr_auc']:.3f} {ci(r['pr_auc_ci'])}  TPR at FPR 1e-3 {r['tpr_at_fpr_1e-3']:.3f} "
        f"{ci(r['tpr_at_fpr_1e-3_ci'])}"
    )
    for lab, v in r["per_label"].items():
        key = "recall" if "recall" in v else "FPR"
        print(
            f"  {lab:32s} {key} {v.get('recall', v.get('fpr')):.3f} {ci(v['ci'])}  ({v['flagged']} of {v['accounts']})"
        )
    if a.json:
        a.json.write_text(json.dumps(r, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
