"""Score a detector run against hold-out 19's labels.

    python benchmarks/holdout19/score.py --truth DIR --pred RUN [--json FILE]

Reads DIR/labels.parquet (`account_id`, `label`) and RUN/accounts.parquet (`account_id`,
`score`, `flagged`), as `consentry detect` writes it. A labelled account missing from the run
counts as score 0 and not flagged (the count is printed); rows of the run without a label are
ignored (counted). Bad input is one line on stderr and exit code 2.
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

Z95 = 1.959963984540054


class ScoreError(Exception):
    """Bad input: one line on stderr, exit 2."""


def wilson(k: int, n: int) -> tuple[float, float]:
    """95% Wilson interval of k successes in n trials ((0, 1) when n is 0)."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    den = 1 + Z95**2 / n
    mid = (p + Z95**2 / (2 * n)) / den
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


def _curve(y: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """True and false positives at each distinct score threshold (ties are one threshold)."""
    order = np.argsort(-s, kind="mergesort")
    ys, ss = y[order], s[order]
    last = np.r_[np.nonzero(np.diff(ss))[0], ys.size - 1]
    tp = np.cumsum(ys)[last]
    fp = np.cumsum(1 - ys)[last]
    return tp, fp, ss[last]


def average_precision(y: np.ndarray, s: np.ndarray) -> float:
    """Average precision: the sum over thresholds of recall gained times precision there."""
    pos = int(y.sum())
    if pos == 0:
        return float("nan")
    tp, fp, _ = _curve(y, s)
    recall = tp / pos
    precision = tp / np.maximum(tp + fp, 1)
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def tpr_at_fpr(y: np.ndarray, s: np.ndarray, max_fpr: float = 1e-3) -> float:
    """The highest recall at a threshold whose false-positive rate stays within max_fpr."""
    pos, neg = int(y.sum()), int((1 - y).sum())
    if pos == 0 or neg == 0:
        return float("nan")
    tp, fp, _ = _curve(y, s)
    ok = fp / neg <= max_fpr
    return float((tp[ok] / pos).max()) if ok.any() else 0.0


def bootstrap_ap(y: np.ndarray, s: np.ndarray, n: int = 200, seed: int = 19) -> tuple:
    rng = np.random.default_rng(seed)
    vals = []
    for _ in range(n):
        idx = rng.integers(0, y.size, y.size)
        if y[idx].sum() == 0:
            continue
        vals.append(average_precision(y[idx], s[idx]))
    if not vals:
        return (float("nan"), float("nan"))
    return (float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5)))


def _read(path: Path, columns: list[str], what: str) -> pa.Table:
    if not path.is_file():
        raise ScoreError(f"{what}: {path} is missing")
    try:
        table = pq.read_table(path)
    except Exception as exc:  # any unreadable file is bad input, said in one line
        raise ScoreError(
            f"{what}: {path} is not a readable Parquet file ({type(exc).__name__})"
        ) from None
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise ScoreError(f"{what}: {path} lacks column(s) {', '.join(missing)}")
    return table.select(columns)


def load(truth: Path, pred: Path) -> tuple[list[str], list[str], np.ndarray, np.ndarray, dict]:
    """Labels and the run, aligned on the labelled accounts, checked."""
    lab = _read(truth / "labels.parquet", ["account_id", "label"], "labels")
    ids = lab.column("account_id").to_pylist()
    labels = lab.column("label").to_pylist()
    if not ids:
        raise ScoreError("labels: no rows")
    if any(not isinstance(i, str) or not i for i in ids) or len(set(ids)) != len(ids):
        raise ScoreError("labels: account_id must be unique non-empty strings")
    for v in labels:
        if not isinstance(v, str) or not (
            v == "benign" or v.startswith(("hn:", "attack:")) and ":" in v and v.split(":", 1)[1]
        ):
            raise ScoreError(f"labels: label {v!r} is not benign, hn:<class> or attack:<name>")
    if not any(v.startswith("attack:") for v in labels):
        raise ScoreError("labels: no attack accounts, nothing to score")
    run = _read(pred / "accounts.parquet", ["account_id", "score", "flagged"], "run")
    rid = run.column("account_id").to_pylist()
    if any(not isinstance(i, str) or not i for i in rid) or len(set(rid)) != len(rid):
        raise ScoreError("run: account_id must be unique non-empty strings")
    if not pa.types.is_boolean(run.column("flagged").type):
        raise ScoreError(f"run: flagged is {run.column('flagged').type}, not boolean")
    if not (
        pa.types.is_floating(run.column("score").type)
        or pa.types.is_integer(run.column("score").type)
    ):
        raise ScoreError(f"run: score is {run.column('score').type}, not a number")
    sc = run.column("score").to_pylist()
    fl = run.column("flagged").to_pylist()
    if any(x is None or not (0.0 <= float(x) <= 1.0) for x in sc):
        raise ScoreError("run: every score must be a number in [0, 1]")
    if any(x is None for x in fl):
        raise ScoreError("run: flagged has empty values")
    by_id = {i: (float(s), bool(f)) for i, s, f in zip(rid, sc, fl, strict=True)}
    known = set(ids)
    info = {
        "missing_from_run": sum(1 for i in ids if i not in by_id),
        "unlabelled_in_run": sum(1 for i in rid if i not in known),
    }
    score = np.array([by_id.get(i, (0.0, False))[0] for i in ids])
    flag = np.array([by_id.get(i, (0.0, False))[1] for i in ids])
    return ids, labels, score, flag, info


def evaluate(labels: list[str], score: np.ndarray, flag: np.ndarray) -> dict:
    y = np.array([v.startswith("attack:") for v in labels], dtype=np.int64)
    tp = int((flag & (y == 1)).sum())
    fp = int((flag & (y == 0)).sum())
    pos, neg = int(y.sum()), int((1 - y).sum())
    benign = np.array([v == "benign" for v in labels])
    out: dict = {
        "accounts": len(labels),
        "attack_accounts": pos,
        "legitimate_accounts": neg,
        "tp": tp,
        "fp": fp,
        "fn": pos - tp,
        "tn": neg - fp,
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "precision_ci": wilson(tp, tp + fp),
        "recall": tp / pos,
        "recall_ci": wilson(tp, pos),
        "fpr": fp / neg if neg else float("nan"),
        "fpr_ci": wilson(fp, neg),
        "fpr_benign": float(flag[benign].mean()) if benign.any() else float("nan"),
        "fpr_benign_ci": wilson(int(flag[benign].sum()), int(benign.sum())),
        "pr_auc": average_precision(y, score),
        "pr_auc_ci": bootstrap_ap(y, score),
        "tpr_at_fpr_1e-3": tpr_at_fpr(y, score),
    }
    p, r = out["precision"], out["recall"]
    out["f1"] = 2 * p * r / (p + r) if p == p and p + r else float("nan")
    per: dict[str, dict] = {}
    for lab in sorted(set(labels)):
        m = np.array([v == lab for v in labels])
        k, n = int(flag[m].sum()), int(m.sum())
        kind = "recall" if lab.startswith("attack:") else "flag_rate"
        per[lab] = {"accounts": n, "flagged": k, kind: k / n, "ci": wilson(k, n)}
    out["per_label"] = per
    return out


def _fmt(x: float) -> str:
    return "n/a" if x != x else f"{x:.4f}"


def report(res: dict, info: dict) -> str:
    lines = [
        f"accounts {res['accounts']} (attack {res['attack_accounts']}, legitimate "
        f"{res['legitimate_accounts']}); missing from run {info['missing_from_run']} "
        f"(scored 0), unlabelled rows in run {info['unlabelled_in_run']} (ignored)",
        f"confusion tp {res['tp']} fp {res['fp']} fn {res['fn']} tn {res['tn']}",
    ]
    for key in ("precision", "recall", "fpr", "fpr_benign"):
        lo, hi = res[key + "_ci"]
        lines.append(f"{key:12s} {_fmt(res[key])}  [{lo:.4f}, {hi:.4f}]")
    lo, hi = res["pr_auc_ci"]
    lines.append(f"{'f1':12s} {_fmt(res['f1'])}")
    lines.append(f"{'pr_auc':12s} {_fmt(res['pr_auc'])}  bootstrap 95% [{_fmt(lo)}, {_fmt(hi)}]")
    lines.append(f"{'tpr@fpr1e-3':12s} {_fmt(res['tpr_at_fpr_1e-3'])}")
    lines.append("per label (recall for campaigns, flag rate for legitimate classes):")
    for lab, d in res["per_label"].items():
        v = d.get("recall", d.get("flag_rate"))
        lo, hi = d["ci"]
        lines.append(
            f"  {lab:28s} {d['flagged']:5d}/{d['accounts']:<5d} {v:.4f} [{lo:.4f}, {hi:.4f}]"
        )
    return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ScoreError(message)


def main(argv: list[str] | None = None) -> int:
    p = _Parser(description="Score a detector run on hold-out 19.")
    p.add_argument("--truth", required=True, type=Path)
    p.add_argument("--pred", required=True, type=Path)
    p.add_argument("--json", type=Path)
    try:
        args = p.parse_args(argv)
        _ids, labels, score, flag, info = load(args.truth, args.pred)
        res = evaluate(labels, score, flag)
        if args.json:
            try:
                args.json.write_text(json.dumps({**res, **info}, indent=2, default=float) + "\n")
            except OSError as exc:
                raise ScoreError(
                    f"cannot write --json {args.json} ({type(exc).__name__})"
                ) from None
        print(report(res, info))
    except ScoreError as exc:
        print(f"score.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
