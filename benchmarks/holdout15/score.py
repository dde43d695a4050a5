"""Score a detector run against hold-out 15's labels.

    python benchmarks/holdout15/score.py --truth DIR --pred RUN [--json FILE]

Reads DIR/labels.parquet (`account_id`, `label`) and RUN/accounts.parquet (`account_id`,
`score`, `flagged`, as the detector writes it). Prints precision, recall, F1, FPR over all
negatives and over `benign`, the confusion counts, PR-AUC (average precision) with a bootstrap
95% interval, TPR at FPR 1e-3, recall per campaign and FPR per legitimate class with 95% Wilson
intervals. A labelled account missing from the run counts as score 0, not flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from scipy.stats import binomtest
from sklearn.metrics import average_precision_score, roc_curve

MAX_FPR = 1e-3
BOOTSTRAP = 200


class InputError(Exception):
    """Input the scorer cannot use; reported as one line, exit 2."""


def wilson(k: int, n: int) -> tuple[float, float]:
    if n == 0:
        return (float("nan"), float("nan"))
    ci = binomtest(k, n).proportion_ci(0.95, method="wilson")
    return (float(ci.low), float(ci.high))


def _read(path: Path, cols: tuple[str, ...]) -> pa.Table:
    if not path.is_file():
        raise InputError(f"{path} does not exist")
    try:
        table = pq.read_table(path)
    except (pa.ArrowInvalid, OSError):
        raise InputError(f"{path} is not a Parquet file") from None
    missing = [c for c in cols if c not in table.column_names]
    if missing:
        raise InputError(f"{path} lacks column(s) {', '.join(missing)}")
    return table.select(list(cols))


def load(truth: Path, pred: Path) -> tuple[dict[str, str], dict[str, tuple[float, bool]], int]:
    labels_t = _read(truth / "labels.parquet", ("account_id", "label"))
    run_t = _read(pred / "accounts.parquet", ("account_id", "score", "flagged"))
    if labels_t.num_rows == 0:
        raise InputError(f"{truth / 'labels.parquet'} is empty")
    if not pa.types.is_boolean(run_t.schema.field("flagged").type):
        raise InputError("accounts.parquet: `flagged` must be boolean")
    if not (pa.types.is_floating(run_t.schema.field("score").type)
            or pa.types.is_integer(run_t.schema.field("score").type)):  # fmt: skip
        raise InputError("accounts.parquet: `score` must be numeric")
    ids = labels_t.column("account_id").to_pylist()
    labs = labels_t.column("label").to_pylist()
    if any(not a for a in ids) or len(set(ids)) != len(ids):
        raise InputError("labels.parquet: empty or duplicate account_id")
    if not any(str(lab).startswith("attack:") for lab in labs):
        raise InputError("labels.parquet: no attack label, nothing to score")
    labels = dict(zip(ids, (str(x) for x in labs), strict=True))
    rids = run_t.column("account_id").to_pylist()
    scores = run_t.column("score").to_pylist()
    flags = run_t.column("flagged").to_pylist()
    if any(not a for a in rids) or len(set(rids)) != len(rids):
        raise InputError("accounts.parquet: empty or duplicate account_id")
    run: dict[str, tuple[float, bool]] = {}
    for a, s, f in zip(rids, scores, flags, strict=True):
        if s is None or not (0.0 <= float(s) <= 1.0):
            raise InputError("accounts.parquet: `score` outside [0, 1]")
        if f is None:
            raise InputError("accounts.parquet: `flagged` has nulls")
        run[str(a)] = (float(s), bool(f))
    unlabelled = sum(1 for a in run if a not in labels)
    return labels, run, unlabelled


def tpr_at(y: np.ndarray, s: np.ndarray, max_fpr: float = MAX_FPR) -> float:
    """Highest TPR over thresholds whose FPR stays within max_fpr (tied scores: one threshold)."""
    fpr, tpr, _ = roc_curve(y, s)
    ok = fpr <= max_fpr
    return float(tpr[ok].max()) if ok.any() else 0.0


def score(
    labels: dict[str, str], run: dict[str, tuple[float, bool]], unlabelled: int
) -> dict[str, object]:
    ids = sorted(labels)
    lab = np.array([labels[a] for a in ids])
    y = np.char.startswith(lab.astype(str), "attack:")
    got = [run.get(a, (0.0, False)) for a in ids]
    s = np.array([g[0] for g in got])
    f = np.array([g[1] for g in got])
    tp, fp = int((f & y).sum()), int((f & ~y).sum())
    fn, tn = int((~f & y).sum()), int((~f & ~y).sum())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn)
    benign = lab == "benign"
    rng = np.random.default_rng(0)
    boots = []
    for _ in range(BOOTSTRAP):
        i = rng.integers(0, len(y), len(y))
        if y[i].any() and (~y[i]).any():
            boots.append(average_precision_score(y[i], s[i]))
    per_class: dict[str, dict[str, object]] = {}
    for c in sorted(set(lab.tolist())):
        m = lab == c
        k, n = int(f[m].sum()), int(m.sum())
        name = "recall" if c.startswith("attack:") else "fpr"
        per_class[c] = {"accounts": n, "flagged": k, name: k / n, "ci95": wilson(k, n)}
    return {
        "accounts": len(ids),
        "attack_accounts": int(y.sum()),
        "missing_from_run": sum(1 for a in ids if a not in run),
        "unlabelled_in_run": unlabelled,
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": prec, "precision_ci95": wilson(tp, tp + fp),
        "recall": rec, "recall_ci95": wilson(tp, tp + fn),
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "fpr": fp / (fp + tn), "fpr_ci95": wilson(fp, fp + tn),
        "benign_fpr": float(f[benign].mean()) if benign.any() else float("nan"),
        "benign_fpr_ci95": wilson(int(f[benign].sum()), int(benign.sum())),
        "pr_auc": float(average_precision_score(y, s)),
        "pr_auc_ci95": (float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5))),
        "tpr_at_fpr_1e-3": tpr_at(y, s),
        "classes": per_class,
    }  # fmt: skip


def _ci(ci: object) -> str:
    lo, hi = ci  # type: ignore[misc]
    return f"[{lo:.4f}, {hi:.4f}]"


def report(r: dict[str, object]) -> str:
    lines = [
        f"accounts {r['accounts']:,} (attack {r['attack_accounts']:,}); missing from run "
        f"{r['missing_from_run']:,} (scored 0, not flagged); run rows without label "
        f"{r['unlabelled_in_run']:,} (ignored)",
        f"confusion  tp {r['tp']:,}  fp {r['fp']:,}  fn {r['fn']:,}  tn {r['tn']:,}",
        f"precision  {r['precision']:.4f} {_ci(r['precision_ci95'])}",
        f"recall     {r['recall']:.4f} {_ci(r['recall_ci95'])}",
        f"f1         {r['f1']:.4f}",
        f"fpr        {r['fpr']:.5f} {_ci(r['fpr_ci95'])}",
        f"benign fpr {r['benign_fpr']:.5f} {_ci(r['benign_fpr_ci95'])}",
        f"pr-auc     {r['pr_auc']:.4f} {_ci(r['pr_auc_ci95'])} (bootstrap {BOOTSTRAP})",
        f"tpr at fpr 1e-3  {r['tpr_at_fpr_1e-3']:.4f}",
        "per class (campaigns: recall; legitimate classes: FPR; 95% Wilson):",
    ]
    classes: dict[str, dict[str, object]] = r["classes"]  # type: ignore[assignment]
    for c, v in classes.items():
        key = "recall" if "recall" in v else "fpr"
        lines.append(
            f"  {c:28s} {key:6s} {v[key]:.4f} {_ci(v['ci95'])} ({v['flagged']}/{v['accounts']})"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score a detector run on hold-out 15.")
    ap.add_argument("--truth", required=True, type=Path, help="folder written by traffic.py")
    ap.add_argument("--pred", required=True, type=Path, help="the detector's output folder")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args(argv)
    try:
        result = score(*load(args.truth, args.pred))
    except InputError as exc:
        print(f"score.py: {exc}", file=sys.stderr)
        return 2
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
