"""Score a detector run against the third hold-out's labels.

    python benchmarks/holdout3/score.py --truth DIR --detections RUN [--json FILE]

Reads DIR/labels.parquet (account_id, label = attack:<family> | benign:<class>) and
RUN/accounts.parquet (account_id, score, flagged, campaign_id). A labelled account without a
row in the run counts as not flagged with score 0. Prints precision, recall, benign FPR, PR-AUC,
TPR at FPR 1e-3, recall per family and FPR per legitimate class with 95% Wilson intervals, and
how many distinct campaign_ids each family's flagged accounts fall in.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq
from sklearn.metrics import average_precision_score, roc_curve


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n (sound for k = 0 or k = n)."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


def _rate(k: int, n: int) -> dict[str, Any]:
    lo, hi = wilson(k, n)
    return {"k": k, "n": n, "rate": k / n if n else None, "ci95": [lo, hi]}


def tpr_at_fpr(y: np.ndarray, s: np.ndarray, max_fpr: float) -> float:
    """Largest TPR on the ROC of `s` whose FPR is at most max_fpr (tied scores go together)."""
    fpr, tpr, _ = roc_curve(y, s)
    ok = fpr <= max_fpr
    return float(tpr[ok].max()) if ok.any() else 0.0


def load(truth: Path, detections: Path) -> dict[str, np.ndarray]:
    lab_path, run_path = truth / "labels.parquet", detections / "accounts.parquet"
    for p in (lab_path, run_path):
        if not p.exists():
            raise SystemExit(
                f"error: {p} does not exist; give the hold-out folder and the run folder."
            )
    labels = pq.read_table(lab_path, columns=["account_id", "label"]).to_pydict()
    run = pq.read_table(run_path).to_pydict()
    for col in ("account_id", "score", "flagged"):
        if col not in run:
            raise SystemExit(f"error: {run_path} has no column '{col}'; is it a detector run?")
    cids = run.get("campaign_id", [None] * len(run["account_id"]))
    by_id = {a: (s, f, c) for a, s, f, c in zip(run["account_id"], run["score"], run["flagged"],
                                                  cids, strict=True)}  # fmt: skip
    rows = [by_id.get(a, (0.0, False, None)) for a in labels["account_id"]]
    return {
        "label": np.array(labels["label"], dtype=object),
        "score": np.array([float(r[0] or 0.0) for r in rows]),
        "flagged": np.array([bool(r[1]) for r in rows]),
        "campaign": np.array([r[2] for r in rows], dtype=object),
        "missing": np.array([a not in by_id for a in labels["account_id"]]),
    }


def score(truth: Path, detections: Path) -> dict[str, Any]:
    d = load(truth, detections)
    label, s, f = d["label"], d["score"], d["flagged"]
    y = np.array([x.startswith("attack:") for x in label])
    if not y.any() or y.all():
        raise SystemExit("error: the labels need both attack:* and benign:* accounts.")
    tp, fp = int((f & y).sum()), int((f & ~y).sum())
    out: dict[str, Any] = {
        "accounts": len(y), "attack_accounts": int(y.sum()),
        "missing_from_run": int(d["missing"].sum()),
        "precision": _rate(tp, tp + fp), "recall": _rate(tp, int(y.sum())),
        "benign_fpr": _rate(fp, int((~y).sum())),
        "pr_auc": float(average_precision_score(y, s)),
        "tpr_at_fpr_1e-3": tpr_at_fpr(y, s, 1e-3),
        "families": {}, "classes": {},
    }  # fmt: skip
    for name in sorted(set(label)):
        m = label == name
        k = int((f & m).sum())
        key = name.split(":", 1)[1]
        if name.startswith("attack:"):
            camps = {c for c in d["campaign"][m & f] if c is not None}
            out["families"][key] = {**_rate(k, int(m.sum())), "campaign_ids": len(camps),
                                    "flagged_without_campaign": int((m & f).sum()) - int(
                                        sum(1 for c in d["campaign"][m & f] if c is not None))}  # fmt: skip
        else:
            out["classes"][key] = _rate(k, int(m.sum()))
    # Campaign purity: legitimate accounts that share a campaign_id with attack accounts.
    attack_camps = {c for c in d["campaign"][f & y] if c is not None}
    out["benign_in_attack_campaigns"] = int(
        sum(
            1
            for c, yy, ff in zip(d["campaign"], y, f, strict=True)
            if ff and not yy and c in attack_camps
        )
    )
    return out


def _fmt(r: dict[str, Any]) -> str:
    if r["rate"] is None:
        return "n/a (0 accounts)"
    lo, hi = r["ci95"]
    return f"{r['rate']:.4f} [{lo:.4f}, {hi:.4f}] ({r['k']}/{r['n']})"


def report(res: dict[str, Any]) -> str:
    lines = [
        f"accounts {res['accounts']} (attack {res['attack_accounts']}, "
        f"missing from the run {res['missing_from_run']})",
        f"precision   {_fmt(res['precision'])}",
        f"recall      {_fmt(res['recall'])}",
        f"benign FPR  {_fmt(res['benign_fpr'])}",
        f"PR-AUC      {res['pr_auc']:.4f}",
        f"TPR at FPR 1e-3  {res['tpr_at_fpr_1e-3']:.4f}",
        "recall per family (95% Wilson) / distinct campaign_ids of its flagged accounts:",
    ]
    for k, r in res["families"].items():
        lines.append(f"  {k:22s} {_fmt(r)}  campaigns={r['campaign_ids']}"
                     f" unclustered={r['flagged_without_campaign']}")  # fmt: skip
    lines.append("FPR per legitimate class (95% Wilson):")
    for k, r in res["classes"].items():
        lines.append(f"  {k:26s} {_fmt(r)}")
    lines.append(f"legitimate accounts inside campaigns that hold attack accounts: "
                 f"{res['benign_in_attack_campaigns']}")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", type=Path, required=True, help="hold-out folder (labels.parquet)")
    ap.add_argument("--detections", type=Path, required=True, help="run folder (accounts.parquet)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here ('-': stdout)")
    args = ap.parse_args(argv)
    res = score(args.truth, args.detections)
    if str(args.json) == "-":
        json.dump(res, sys.stdout, indent=1)
        print()
        return 0
    print(report(res))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
