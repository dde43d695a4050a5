"""Score a detector run against hold-out 7's truth (hold-out: score once, never tune on it).

    python benchmarks/holdout7/score.py --truth DIR --pred RUN [--json FILE]

RUN is a `consentry detect --out` folder; its accounts.parquet (account_id, score, flagged) is
scored. A labelled account missing from the run counts as score 0, not flagged.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from sklearn.metrics import average_precision_score, roc_curve

Z = 1.959963984540054


class BadInput(Exception):
    """Input that cannot be scored; the message is the one line the user sees."""


def wilson(k: int, n: int) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    den = 1 + Z * Z / n
    mid = (p + Z * Z / (2 * n)) / den
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


def _read(path: Path, cols: tuple[str, ...]) -> pd.DataFrame:
    if not path.exists():
        raise BadInput(f"{path} does not exist.")
    try:
        tbl = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise BadInput(
            f"{path} is not a readable Parquet file ({str(exc).splitlines()[0][:100]})."
        ) from None
    for c in cols:
        if c not in tbl.column_names:
            raise BadInput(f"{path}: column '{c}' is missing.")
    return tbl.select(list(cols)).to_pandas()


def load(truth: Path, pred: Path) -> pd.DataFrame:
    labels = _read(truth / "labels.parquet", ("account_id", "label"))
    run = _read(pred / "accounts.parquet", ("account_id", "score", "flagged"))
    for name, df in (("labels.parquet", labels), ("accounts.parquet", run)):
        ids = df["account_id"]
        if ids.isna().any() or (ids.astype(str) == "").any():
            raise BadInput(f"{name}: column 'account_id' has an empty value.")
        if ids.duplicated().any():
            raise BadInput(
                f"{name}: column 'account_id' has a duplicate ({ids[ids.duplicated()].iloc[0]})."
            )
    if not labels["label"].astype(str).str.startswith("attack:").any():
        raise BadInput("labels.parquet: column 'label' has no attack:* account.")
    score = pd.to_numeric(run["score"], errors="coerce")
    if score.isna().any() or (score < 0).any() or (score > 1).any():
        raise BadInput("accounts.parquet: column 'score' must be a number in [0, 1] in every row.")
    if run["flagged"].dtype != bool:
        raise BadInput("accounts.parquet: column 'flagged' must be boolean.")
    run = run.assign(score=score.astype(float))
    df = labels.merge(run, on="account_id", how="left", indicator=True)
    df["missing"] = df["_merge"] == "left_only"
    df["score"] = df["score"].fillna(0.0).astype(float)
    df["flagged"] = df["flagged"].astype("boolean").fillna(False).astype(bool)
    df["y"] = df["label"].str.startswith("attack:")
    return df.drop(columns="_merge")


def report(df: pd.DataFrame) -> dict:
    y, s, f = df["y"].to_numpy(), df["score"].to_numpy(), df["flagged"].to_numpy()
    tp, fp = int((y & f).sum()), int((~y & f).sum())
    fn, tn = int((y & ~f).sum()), int((~y & ~f).sum())
    ben = (df["label"] == "benign").to_numpy()
    fpb = int((ben & f).sum())
    ap = float(average_precision_score(y, s))
    rng = np.random.default_rng(0)
    boots = []
    for _ in range(200):
        i = rng.integers(0, len(y), len(y))
        if y[i].any() and not y[i].all():
            boots.append(average_precision_score(y[i], s[i]))
    fpr, tpr, _ = roc_curve(y, s)
    out = {
        "accounts": len(df),
        "attack_accounts": int(y.sum()),
        "missing_from_run": int(df["missing"].sum()),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": [tp / max(tp + fp, 1), *wilson(tp, tp + fp)],
        "recall": [tp / max(tp + fn, 1), *wilson(tp, tp + fn)],
        "fpr_all_negatives": [fp / max(fp + tn, 1), *wilson(fp, fp + tn)],
        "fpr_benign": [fpb / max(int(ben.sum()), 1), *wilson(fpb, int(ben.sum()))],
        "pr_auc": [ap, float(np.percentile(boots, 2.5)), float(np.percentile(boots, 97.5))],
        "tpr_at_fpr_1e-3": float(tpr[fpr <= 1e-3].max()),
        "recall_per_campaign": {},
        "fpr_per_class": {},
    }
    for label, g in df.groupby("label"):
        k, n = int(g["flagged"].sum()), len(g)
        key = "recall_per_campaign" if str(label).startswith("attack:") else "fpr_per_class"
        out[key][str(label)] = [k / n, *wilson(k, n), k, n]
    return out


def show(r: dict) -> None:
    def ci(v: list) -> str:
        return f"{v[0]:.4f}  [{v[1]:.4f}, {v[2]:.4f}]"

    print(
        f"accounts {r['accounts']}  attack {r['attack_accounts']}  missing from run {r['missing_from_run']}"
    )
    print(f"TP {r['tp']}  FP {r['fp']}  FN {r['fn']}  TN {r['tn']}")
    for k in ("precision", "recall", "fpr_all_negatives", "fpr_benign", "pr_auc"):
        print(f"{k:22s} {ci(r[k])}")
    print(f"{'tpr_at_fpr_1e-3':22s} {r['tpr_at_fpr_1e-3']:.4f}")
    for sect in ("recall_per_campaign", "fpr_per_class"):
        print(sect)
        for label, v in sorted(r[sect].items()):
            print(f"  {label:34s} {ci(v)}  ({v[3]} of {v[4]})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score a detector run against hold-out 7's truth.")
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    try:
        r = report(load(a.truth, a.pred))
    except BadInput as exc:
        print(f"score.py: {exc}", file=sys.stderr)
        return 2
    show(r)
    if a.json:
        a.json.write_text(json.dumps(r, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
