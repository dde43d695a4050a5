"""Single-column separability of hold-out 10: no column alone should separate attack from not.

    python benchmarks/holdout10/realism.py --truth DIR [--limit 0.85] [--within LABEL,LABEL]

For each column of `accounts` and `exchanges`, per-account summaries (distinct ratio, null
share, modal share, accounts sharing the account's modal value, mean length or mean value; for
`ts` count, span, active days, hour spread) are scored by ROC AUC against the labels, direction
free. Prints each column's best; exit 1 if any reaches --limit, 2 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
from sklearn.metrics import roc_auc_score

SKIP = {"exchange_id", "account_id"}


def auc(y: np.ndarray, x: pd.Series) -> float:
    x = x.astype(float).fillna(x.astype(float).median() if x.notna().any() else 0.0)
    if x.nunique() < 2:
        return 0.5
    a = roc_auc_score(y, x)
    return max(a, 1 - a)


def summaries(g: pd.core.groupby.SeriesGroupBy, col: pd.Series) -> dict[str, pd.Series]:
    out = {"null share": g.apply(lambda s: s.isna().mean())}
    nn = col.dropna()
    if nn.empty:
        return out
    if pd.api.types.is_bool_dtype(nn) or pd.api.types.is_numeric_dtype(nn):
        x = col.astype(float)
        gx = x.groupby(g.keys if hasattr(g, "keys") else None)
        out["mean"] = gx.mean()
        out["spread"] = gx.std()
        out["max"] = gx.max()
    else:
        out["mean length"] = g.apply(lambda s: s.dropna().str.len().mean())
    out["distinct ratio"] = g.nunique() / g.size()
    out["modal share"] = g.apply(
        lambda s: s.value_counts().iloc[0] / len(s) if s.notna().any() else 0.0
    )
    return out


def run(truth: Path, within: list[str] | None = None) -> list[tuple[float, str, str]]:
    lab = pq.read_table(truth / "labels.parquet").to_pandas().set_index("account_id")["label"]
    if within:
        lab = lab[lab.isin(within)]
    y_all = lab.str.startswith("attack:")
    res = []
    acc = pq.read_table(truth / "accounts.parquet").to_pandas().set_index("account_id")
    acc = acc.loc[lab.index]
    y = y_all.to_numpy()
    for c in acc.columns:
        col = acc[c]
        if c == "created_at":
            res.append((auc(y, col.astype("int64")), f"accounts.{c}", "value"))
            continue
        share = col.map(col.value_counts()).astype(float)
        res.append((auc(y, share), f"accounts.{c}", "accounts sharing value"))
        res.append((auc(y, col.isna().astype(float)), f"accounts.{c}", "null"))
    filt = [("account_id", "in", list(lab.index))] if within else None
    ex = pq.read_table(truth / "exchanges", filters=filt).to_pandas()
    key = ex["account_id"]
    for c in ex.columns:
        if c in SKIP:
            continue
        col = ex[c]
        if c == "ts":
            t = col.astype("int64") // 10**6
            g = t.groupby(key)
            hrs = (t // 3600) % 24
            feats = {
                "count": g.size(),
                "span": g.max() - g.min(),
                "days": (t // 86400).groupby(key).nunique(),
                "hour spread": hrs.groupby(key).std(),
                "per active hour": g.size() / (t // 3600).groupby(key).nunique(),
            }
        else:
            feats = summaries(col.groupby(key), col)
        for name, s in feats.items():
            res.append((auc(y, s.reindex(lab.index)), f"exchanges.{c}", name))
    best = {}
    for a, c, n in res:
        if a > best.get(c, (0, ""))[0]:
            best[c] = (a, n)
    return sorted(((a, c, n) for c, (a, n) in best.items()), reverse=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=0.85)
    ap.add_argument(
        "--within",
        help="comma-separated labels: compare only these classes (a campaign and its twin)",
    )
    a = ap.parse_args(argv)
    if not (a.truth / "labels.parquet").is_file() or not (a.truth / "exchanges").is_dir():
        print(f"realism.py: {a.truth} has no labels.parquet or exchanges/.", file=sys.stderr)
        return 2
    within = a.within.split(",") if a.within else None
    rows = run(a.truth, within)
    if not rows:
        print("realism.py: no columns to score.", file=sys.stderr)
        return 2
    for au, c, n in rows:
        print(f"{au:.3f}  {c:<32} ({n})")
    return 1 if rows and rows[0][0] >= a.limit else 0


if __name__ == "__main__":
    sys.exit(main())
