"""Score a detector run against hold-out 17's labels (a judge: run once, never tune on it).

python score.py --truth DIR --pred RUN [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

BOOTSTRAP = 200
FPR_TARGET = 1e-3


class BadInput(Exception):
    """Input the scorer cannot judge; reported as one line."""


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson interval of a proportion k/n (0, 0 for n = 0, only then)."""
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def average_precision(score: np.ndarray, positive: np.ndarray) -> float:
    """Area under the precision-recall steps, one step per distinct score (ties together)."""
    total = int(positive.sum())
    if total == 0:
        return 0.0
    order = np.argsort(-score, kind="stable")
    s, pos = score[order], positive[order]
    last = np.r_[s[1:] != s[:-1], True]
    tp = np.cumsum(pos)[last]
    seen = np.cumsum(np.ones_like(s))[last]
    recall_gain = np.diff(np.r_[0, tp]) / total
    return float(np.sum(recall_gain * tp / seen))


def tpr_at_fpr(score: np.ndarray, positive: np.ndarray, target: float = FPR_TARGET) -> float:
    """Best recall over thresholds (score >= threshold, ties one threshold) whose FPR is at most target."""
    order = np.argsort(-score, kind="stable")
    s, pos = score[order], positive[order]
    last = np.r_[s[1:] != s[:-1], True]
    tp, fp = np.cumsum(pos)[last], np.cumsum(~pos)[last]
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    ok = fp <= target * n_neg
    return float(tp[ok].max() / n_pos) if ok.any() and n_pos else 0.0


def read_truth(folder: Path) -> pa.Table:
    """labels.parquet checked: account_id and label, unique ids, at least one attack."""
    table = _read(folder / "labels.parquet", ("account_id", "label"))
    labels = table.column("label").to_pylist()
    if not any(str(label).startswith("attack:") for label in labels):
        raise BadInput(f"{folder / 'labels.parquet'}: no attack label, nothing to score")
    return table


def read_run(folder: Path) -> pa.Table:
    """The detector's accounts.parquet checked: score in [0, 1], flagged boolean, unique ids."""
    table = _read(folder / "accounts.parquet", ("account_id", "score", "flagged"))
    if not pa.types.is_boolean(table.schema.field("flagged").type):
        raise BadInput(f"{folder / 'accounts.parquet'}: column flagged is not boolean")
    if not (
        pa.types.is_floating(table.schema.field("score").type)
        or pa.types.is_integer(table.schema.field("score").type)
    ):
        raise BadInput(f"{folder / 'accounts.parquet'}: column score is not numeric")
    score = np.asarray(table.column("score").to_pylist(), dtype=float)
    if np.isnan(score).any() or (score < 0).any() or (score > 1).any():
        raise BadInput(f"{folder / 'accounts.parquet'}: score outside [0, 1] (or null)")
    if table.column("flagged").null_count:
        raise BadInput(f"{folder / 'accounts.parquet'}: flagged has nulls")
    return table


def _read(path: Path, columns: tuple[str, ...]) -> pa.Table:
    if not path.is_file():
        raise BadInput(f"{path}: no such file")
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise BadInput(f"{path}: not a Parquet table ({exc})") from exc
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise BadInput(f"{path}: missing column(s) {', '.join(missing)}")
    ids = table.column("account_id").to_pylist()
    if any(not i for i in ids):
        raise BadInput(f"{path}: empty account_id")
    if len(set(ids)) != len(ids):
        raise BadInput(f"{path}: duplicate account_id")
    return table


def score(truth: pa.Table, run: pa.Table) -> dict[str, object]:
    """Every figure of the README, as a dict."""
    labels = truth.column("label").to_pylist()
    ids = truth.column("account_id").to_pylist()
    scores = zip(run.column("score").to_pylist(), run.column("flagged").to_pylist(), strict=True)
    pred = dict(zip(run.column("account_id").to_pylist(), scores, strict=True))
    s = np.array([float(pred.get(i, (0.0, False))[0]) for i in ids])
    flag = np.array([bool(pred.get(i, (0.0, False))[1]) for i in ids])
    lab = np.array(labels, dtype=object)
    attack = np.array([str(x).startswith("attack:") for x in labels])
    benign = lab == "benign"
    tp, fp = int((flag & attack).sum()), int((flag & ~attack).sum())
    fn, tn = int((~flag & attack).sum()), int((~flag & ~attack).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn)
    rng = np.random.default_rng(0)
    boots = [
        average_precision(s[b], attack[b])
        for b in (rng.integers(len(s), size=len(s)) for _ in range(BOOTSTRAP))
    ]
    fp_benign = int((flag & benign).sum())
    return {
        "accounts": len(ids),
        "attack_accounts": int(attack.sum()),
        "missing_from_run": len(set(ids) - pred.keys()),
        "unlabelled_in_run": len(pred.keys() - set(ids)),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "fpr": fp / (fp + tn) if fp + tn else 0.0,
        "fpr_ci": wilson(fp, fp + tn),
        "fpr_benign": fp_benign / int(benign.sum()) if benign.any() else 0.0,
        "fpr_benign_ci": wilson(fp_benign, int(benign.sum())),
        "pr_auc": average_precision(s, attack),
        "pr_auc_ci": (float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5))),
        "tpr_at_fpr_1e-3": tpr_at_fpr(s, attack),
        "per_class": {str(c): _rate(flag, lab == c) for c in sorted(set(labels))},
    }


def _rate(flag: np.ndarray, members: np.ndarray) -> dict[str, object]:
    """Share flagged in one class (recall for a campaign, flag rate for a legitimate class)."""
    k, n = int((flag & members).sum()), int(members.sum())
    return {"accounts": n, "flagged": k, "rate": k / n if n else 0.0, "ci": wilson(k, n)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--truth", type=Path, required=True, help="folder written by traffic.py")
    p.add_argument("--pred", type=Path, required=True, help="folder the detector wrote")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args(argv)
    try:
        figures = score(read_truth(args.truth), read_run(args.pred))
    except BadInput as exc:
        print(f"score.py: {exc}", file=sys.stderr)
        return 2
    for name, value in figures.items():
        if name != "per_class":
            print(f"{name}\t{_fmt(value)}")
    for label, rate in figures["per_class"].items():  # type: ignore[attr-defined]
        kind = "recall" if label.startswith("attack:") else "flag_rate"
        print(
            f"{kind}\t{label}\t{rate['flagged']}/{rate['accounts']}\t{_fmt(rate['rate'])}\t{_fmt(rate['ci'])}"
        )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, tuple):
        return "[" + ", ".join(f"{v:.4f}" for v in value) + "]"
    return str(value)


if __name__ == "__main__":
    sys.exit(main())
