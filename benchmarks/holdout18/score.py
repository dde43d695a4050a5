"""Score a detector run against hold-out 18's labels.

    python benchmarks/holdout18/score.py --truth DIR --pred RUN [--json FILE]

Reads DIR/labels.parquet and RUN/accounts.parquet (account_id, score, flagged). A labelled
account missing from the run counts as score 0, not flagged; run rows without a label are
ignored; both are counted. Bad input is one line on stderr and exit code 2.
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
Z = 1.959963984540054


class InputError(Exception):
    pass


def wilson(k: int, n: int) -> tuple[float, float]:
    """95% Wilson score interval of k successes in n trials ((0, 1) when n is 0)."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    den = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / den
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / den
    return (max(0.0, centre - half), min(1.0, centre + half))


def average_precision(scores: np.ndarray, positive: np.ndarray) -> float:
    """Average precision with one step per distinct score (tied scores are one threshold)."""
    n_pos = int(positive.sum())
    if n_pos == 0:
        return float("nan")
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], positive[order]
    tp = np.cumsum(y)
    fp = np.cumsum(~y)
    last = np.r_[np.nonzero(s[1:] != s[:-1])[0], len(s) - 1]  # end of each tie group
    tp_k, fp_k = tp[last], fp[last]
    precision = tp_k / (tp_k + fp_k)
    recall = tp_k / n_pos
    gains = np.diff(np.r_[0.0, recall])
    return float((gains * precision).sum())


def tpr_at_fpr(scores: np.ndarray, positive: np.ndarray, limit: float) -> float:
    """Highest recall over thresholds (one per distinct score) whose FPR stays at or under limit."""
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], positive[order]
    tp, fp = np.cumsum(y), np.cumsum(~y)
    last = np.r_[np.nonzero(s[1:] != s[:-1])[0], len(s) - 1]
    ok = fp[last] / n_neg <= limit
    return float((tp[last][ok] / n_pos).max()) if ok.any() else 0.0


def load(truth: Path, pred: Path) -> tuple[list[str], list[str], np.ndarray, np.ndarray, int, int]:
    try:
        lab = pq.read_table(truth / "labels.parquet")
    except (OSError, pa.ArrowInvalid) as exc:
        raise InputError(f"cannot read {truth / 'labels.parquet'}: {exc}") from None
    try:
        run = pq.read_table(pred / "accounts.parquet")
    except (OSError, pa.ArrowInvalid) as exc:
        raise InputError(f"cannot read {pred / 'accounts.parquet'}: {exc}") from None
    for name, table, cols in (
        ("labels", lab, ("account_id", "label")),
        ("run", run, ("account_id", "score", "flagged")),
    ):
        missing = [c for c in cols if c not in table.column_names]
        if missing:
            raise InputError(f"{name} table lacks column(s) {', '.join(missing)}")
    ids = lab["account_id"].to_pylist()
    labels = lab["label"].to_pylist()
    if any(not i for i in ids) or len(set(ids)) != len(ids):
        raise InputError("labels hold an empty or duplicate account_id")
    if not any(isinstance(x, str) and x.startswith("attack:") for x in labels):
        raise InputError("labels hold no attack account; nothing to score")
    rid = run["account_id"].to_pylist()
    if any(not i for i in rid) or len(set(rid)) != len(rid):
        raise InputError("run holds an empty or duplicate account_id")
    if not pa.types.is_boolean(run["flagged"].type) or run["flagged"].null_count:
        raise InputError("run column flagged must be boolean without nulls")
    if not (pa.types.is_floating(run["score"].type) or pa.types.is_integer(run["score"].type)):
        raise InputError("run column score must be numeric")
    rscore = run["score"].to_pylist()
    if any(x is None or not 0.0 <= float(x) <= 1.0 or x != x for x in rscore):
        raise InputError("run column score must lie in [0, 1] without nulls")
    by = dict(zip(rid, zip(rscore, run["flagged"].to_pylist(), strict=True), strict=True))
    known = set(ids)
    unlabelled = sum(1 for i in rid if i not in known)
    missing = sum(1 for i in ids if i not in by)
    scores = np.array([float(by[i][0]) if i in by else 0.0 for i in ids])
    flagged = np.array([bool(by[i][1]) if i in by else False for i in ids])
    return ids, labels, scores, flagged, missing, unlabelled


def score(truth: Path, pred: Path) -> dict[str, object]:
    _ids, labels, scores, flagged, missing, unlabelled = load(truth, pred)
    attack = np.array([x.startswith("attack:") for x in labels])
    benign = np.array([x == "benign" for x in labels])
    tp = int((flagged & attack).sum())
    fp = int((flagged & ~attack).sum())
    fn = int((~flagged & attack).sum())
    tn = int((~flagged & ~attack).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fp_b, n_b = int((flagged & benign).sum()), int(benign.sum())
    ap = average_precision(scores, attack)
    rng = np.random.default_rng(18)
    boots = []
    n = len(labels)
    for _ in range(BOOTSTRAP):
        idx = rng.integers(0, n, n)
        if attack[idx].any():
            boots.append(average_precision(scores[idx], attack[idx]))
    lo, hi = (
        (float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5)))
        if boots
        else (0.0, 1.0)
    )
    groups: dict[str, dict[str, object]] = {}
    for lab in sorted(set(labels)):
        m = np.array([x == lab for x in labels])
        k, t = int((flagged & m).sum()), int(m.sum())
        key = "recall" if lab.startswith("attack:") else "flag_rate"
        groups[lab] = {
            "accounts": t,
            "flagged": k,
            key: k / t if t else 0.0,
            "wilson95": wilson(k, t),
        }
    return {
        "accounts": n,
        "attack_accounts": int(attack.sum()),
        "missing_from_run": missing,
        "unlabelled_in_run": unlabelled,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "fpr": fp / (fp + tn) if fp + tn else 0.0,
        "fpr_wilson95": wilson(fp, fp + tn),
        "fpr_benign": fp_b / n_b if n_b else 0.0,
        "fpr_benign_wilson95": wilson(fp_b, n_b),
        "pr_auc": ap,
        "pr_auc_bootstrap95": (lo, hi),
        "tpr_at_fpr_1e-3": tpr_at_fpr(scores, attack, 1e-3),
        "per_label": groups,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score a detector run against hold-out 18's labels.")
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    try:
        r = score(args.truth, args.pred)
    except InputError as exc:
        print(f"score.py: {exc}", file=sys.stderr)
        return 2
    print(
        f"accounts {r['accounts']} (attack {r['attack_accounts']}); missing from run "
        f"{r['missing_from_run']}, unlabelled rows in run {r['unlabelled_in_run']}"
    )
    print(f"tp {r['tp']} fp {r['fp']} fn {r['fn']} tn {r['tn']}")
    print(f"precision {r['precision']:.4f} recall {r['recall']:.4f} F1 {r['f1']:.4f}")
    lo, hi = r["fpr_wilson95"]  # type: ignore[misc]
    blo, bhi = r["fpr_benign_wilson95"]  # type: ignore[misc]
    print(
        f"FPR {r['fpr']:.5f} [{lo:.5f}, {hi:.5f}]; benign FPR {r['fpr_benign']:.5f} [{blo:.5f}, {bhi:.5f}]"
    )
    plo, phi = r["pr_auc_bootstrap95"]  # type: ignore[misc]
    print(
        f"PR-AUC {r['pr_auc']:.4f} [{plo:.4f}, {phi:.4f}]; TPR at FPR 1e-3 {r['tpr_at_fpr_1e-3']:.4f}"
    )
    for lab, g in r["per_label"].items():  # type: ignore[attr-defined]
        key = "recall" if lab.startswith("attack:") else "flag_rate"
        glo, ghi = g["wilson95"]
        print(
            f"  {lab:28s} {key:9s} {g[key]:.4f} [{glo:.4f}, {ghi:.4f}] ({g['flagged']}/{g['accounts']})"
        )
    if args.json:
        args.json.write_text(json.dumps(r, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
