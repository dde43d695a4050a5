"""Single-column separability of hold-out 11: no one column should tell a campaign from the rest.

    python benchmarks/holdout11/realism.py --truth DIR [--limit 0.85]

Every column of `accounts` and `exchanges` is summarised per account (numbers: mean, max, spread;
text/categories: modal share, distinct ratio, null share, length, and the attack rate of the
account's modal value learnt on the other folds of accounts). Each summary is scored alone by ROC
AUC, direction-free, for all campaigns against all legitimate accounts and for each campaign
against all legitimate accounts. Exit 1 if the pooled best of any column reaches --limit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

CATEGORICAL = (
    "api_key_id",
    "conversation_id",
    "surface",
    "model",
    "ip",
    "country",
    "user_agent",
    "prompt",
    "system_prompt",
    "response",
)
NUMERIC = ("input_tokens", "output_tokens", "tool_count", "has_image", "status", "safety_flagged")
FOLDS = 5


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """Direction-free ROC AUC via average ranks (ties count one half)."""
    ranks = pd.Series(score).rank().to_numpy()
    pos = y.sum()
    neg = len(y) - pos
    a = (ranks[y].sum() - pos * (pos + 1) / 2) / (pos * neg)
    return float(max(a, 1 - a))


def _rate_of(values: pd.Series, y: pd.Series, fold: np.ndarray) -> np.ndarray:
    """Cross-fitted attack rate of each account's value (prior-smoothed)."""
    out = np.zeros(len(values))
    key = values.fillna("<null>").astype(str).to_numpy()
    prior = y.mean()
    for f in range(FOLDS):
        tr = fold != f
        stats = (
            pd.DataFrame({"k": key[tr], "y": y.to_numpy()[tr]})
            .groupby("k")["y"]
            .agg(["sum", "count"])
        )
        rate = (stats["sum"] + 5 * prior) / (stats["count"] + 5)
        out[~tr] = pd.Series(key[~tr]).map(rate).fillna(prior).to_numpy()
    return out


def features(truth: Path) -> tuple[pd.DataFrame, pd.Series]:
    labels = pq.read_table(truth / "labels.parquet").to_pandas().set_index("account_id")["label"]
    y = labels.str.startswith("attack:")
    fold = np.random.default_rng(0).integers(0, FOLDS, len(labels))
    feats: dict[str, pd.Series] = {}
    acc = (
        pq.read_table(truth / "accounts.parquet")
        .to_pandas()
        .set_index("account_id")
        .reindex(labels.index)
    )
    for col in acc.columns:
        if col == "created_at":
            feats["accounts.created_at"] = acc[col].astype("int64").astype(float)
        else:
            feats[f"accounts.{col} (value's attack rate)"] = pd.Series(
                _rate_of(acc[col], y, fold), index=labels.index
            )
    ex = pq.read_table(truth / "exchanges").to_pandas()
    g = ex.groupby("account_id")
    feats["exchanges.count"] = g.size().astype(float)
    t = ex["ts"].astype("int64") / 3.6e9
    ex["_hour"] = (t % 24).astype(int)
    ex["_day"] = (t // 24).astype(int)
    g = ex.groupby("account_id")
    feats["exchanges.ts (active days)"] = g["_day"].nunique().astype(float)
    feats["exchanges.ts (hour spread)"] = g["_hour"].std().fillna(0)
    feats["exchanges.ts (modal hour share)"] = g["_hour"].agg(
        lambda s: s.value_counts().iloc[0] / len(s)
    )
    feats["exchanges.ts (per active day)"] = (
        feats["exchanges.count"] / feats["exchanges.ts (active days)"]
    )
    for col in NUMERIC:
        v = ex[col].astype(float)
        feats[f"exchanges.{col} (mean)"] = v.groupby(ex["account_id"]).mean()
        feats[f"exchanges.{col} (max)"] = v.groupby(ex["account_id"]).max()
        feats[f"exchanges.{col} (std)"] = v.groupby(ex["account_id"]).std().fillna(0)
    for col in CATEGORICAL:
        s = ex[col]
        gs = s.groupby(ex["account_id"])
        n = gs.size()
        feats[f"exchanges.{col} (null share)"] = s.isna().groupby(ex["account_id"]).mean()
        feats[f"exchanges.{col} (distinct ratio)"] = gs.nunique() / n
        feats[f"exchanges.{col} (length)"] = s.fillna("").str.len().groupby(ex["account_id"]).mean()
        modal = gs.agg(lambda v: v.value_counts().index[0] if v.notna().any() else None)
        feats[f"exchanges.{col} (modal share)"] = gs.agg(
            lambda v: v.value_counts().iloc[0] / len(v) if v.notna().any() else 0.0
        )
        modal = modal.reindex(labels.index)
        feats[f"exchanges.{col} (modal value's attack rate)"] = pd.Series(
            _rate_of(modal, y, fold), index=labels.index
        )
        accounts_per_value = (
            ex.drop_duplicates(["account_id", col]).groupby(col)["account_id"].size()
        )
        feats[f"exchanges.{col} (accounts sharing modal value)"] = modal.map(
            accounts_per_value
        ).astype(float)
    table = pd.DataFrame({k: v.reindex(labels.index) for k, v in feats.items()}).fillna(0.0)
    return table, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=0.85)
    args = ap.parse_args(argv)
    table, labels = features(args.truth)
    y_all = labels.str.startswith("attack:").to_numpy()
    legit = ~y_all
    rows = []
    for name in table.columns:
        x = table[name].to_numpy()
        row = {"summary": name, "all": auc(x, y_all)}
        for camp in sorted(labels[labels.str.startswith("attack:")].unique()):
            keep = legit | (labels == camp).to_numpy()
            row[camp] = auc(x[keep], (labels == camp).to_numpy()[keep])
        rows.append(row)
    res = pd.DataFrame(rows)
    res["column"] = res["summary"].str.replace(r" \(.*\)$", "", regex=True)
    best = (
        res.sort_values("all", ascending=False)
        .groupby("column")
        .head(1)
        .sort_values("all", ascending=False)
    )
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 20)
    print(
        "best summary per column, AUC (all campaigns vs legitimate; each campaign vs legitimate):"
    )
    print(best.drop(columns="column").round(3).to_string(index=False))
    over = best[best["all"] >= args.limit]
    return 1 if len(over) else 0


if __name__ == "__main__":
    sys.exit(main())
