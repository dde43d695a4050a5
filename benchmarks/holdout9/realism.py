"""Hold-out 9 realism check: no single column should give the labels away.

    python benchmarks/holdout9/realism.py --truth DIR [--limit 0.85] [--json FILE]

For every column of `accounts` and `exchanges` alone, per-account summaries (distinct values,
distinct ratio, null share, modal share, accounts sharing the modal value, a cross-fitted
attack rate of the modal value, lengths, means, extremes, spreads, zero and true shares; for
timestamps: count, span, days, hours, hour mean and spread, requests per active hour) are
scored by ROC AUC against the labels, direction-free. Exit 1 if a column's best reaches --limit.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

TEXT = ("prompt", "system_prompt", "response")


def _auc(y: np.ndarray, x: pd.Series) -> float:
    v = x.astype(float).fillna(x.astype(float).median() if x.notna().any() else 0).to_numpy()
    if np.nanstd(v) == 0:
        return 0.5
    a = roc_auc_score(y, v)
    return max(a, 1 - a)


def _crossfit_rate(acc: pd.Series, value: pd.Series, y: pd.Series) -> pd.Series:
    """Attack rate of an account's value, learnt on the other half of the accounts."""
    fold = pd.util.hash_pandas_object(acc, index=False).to_numpy() % 2
    out = pd.Series(np.nan, index=acc.index)
    prior = float(y.mean())
    for f in (0, 1):
        tr = fold != f
        key = value.fillna("<null>").astype(str)
        stats = pd.DataFrame({"k": key[tr], "y": y[tr]}).groupby("k")["y"].agg(["sum", "count"])
        rate = (stats["sum"] + prior * 5) / (stats["count"] + 5)
        out[~tr] = key[~tr].map(rate).fillna(prior).to_numpy()
    return out


def column_features(con: duckdb.DuckDBPyConnection, col: str, kind: str) -> pd.DataFrame:
    """Per-account summaries of one exchanges column."""
    v = f"hash({col})" if col in TEXT else col
    if kind == "ts":
        return con.sql(f"""
            select account_id, count(*) n, epoch(max({col}) - min({col})) span,
              count(distinct date_trunc('day', {col})) n_days, count(distinct date_trunc('hour', {col})) n_hours,
              avg(hour({col})) hour_mean, stddev_pop(hour({col})) hour_sd,
              count(*) / count(distinct date_trunc('hour', {col})) per_hour
            from ex group by 1""").df()
    if kind == "num":
        return con.sql(f"""
            select account_id, avg({col}) mean, max({col}) v_max, min({col}) v_min, stddev_pop({col}) sd,
              avg(({col} = 0)::int) zero, count(distinct {col}) distinct_n
            from ex group by 1""").df()
    if kind == "bool":
        return con.sql(f"""select account_id, avg({col}::int) share_true, avg(({col} is null)::int) nulls
            from ex group by 1""").df()
    length = f"length({col})"
    return con.sql(f"""
        with g as (select account_id, {v} v, count(*) k from ex group by all),
        s as (select account_id, sum(k) n, count(v) distinct_n, coalesce(sum(k) filter (where v is null), 0) nulls,
                arg_max(v, k) filter (where v is not null) modal, max(k) filter (where v is not null) modal_k
              from g group by 1),
        share as (select modal, count(*) sharing from s group by 1),
        l as (select account_id, avg({length}) len_mean, max({length}) len_max from ex group by 1)
        select s.account_id, distinct_n, distinct_n / n distinct_ratio, nulls / n null_share,
          modal_k / n modal_share, coalesce(sharing, 0) modal_sharing, cast(modal as varchar) modal,
          len_mean, len_max
        from s left join share using (modal) join l using (account_id)""").df()


def run(truth: Path) -> list[dict]:
    for p in (truth / "labels.parquet", truth / "accounts.parquet", truth / "exchanges"):
        if not p.exists():
            raise SystemExit(f"realism.py: {p} is missing; give the folder traffic.py wrote.")
    con = duckdb.connect()
    con.sql("set memory_limit='4GB'")
    con.sql(f"create view ex as select * from read_parquet('{truth}/exchanges/*.parquet')")
    labels = pd.read_parquet(truth / "labels.parquet")
    labels["y"] = labels["label"].str.startswith("attack:").astype(int)
    results = []
    # accounts: one value per account
    acc = pd.read_parquet(truth / "accounts.parquet").merge(labels, on="account_id")
    for col in acc.columns:
        if col in ("account_id", "label", "y"):
            continue
        val = acc[col]
        feats = {}
        if pd.api.types.is_datetime64_any_dtype(val):
            feats["value"] = val.astype("int64")
        else:
            feats["attack_rate"] = _crossfit_rate(acc["account_id"], val, acc["y"])
            counts = val.map(val.value_counts())
            feats["sharing"] = counts
            feats["null"] = val.isna().astype(int)
            feats["length"] = val.str.len()
        results.append(_best("accounts", col, acc["y"].to_numpy(), feats))
    kinds = {
        "ts": "ts",
        "input_tokens": "num",
        "output_tokens": "num",
        "tool_count": "num",
        "status": "num",
        "has_image": "bool",
        "incognito": "bool",
        "safety_flagged": "bool",
        "feedback": "bool",
    }
    names = [r[0] for r in con.sql("describe ex").fetchall()]
    for col in names:
        if col in ("account_id", "exchange_id"):
            continue
        f = column_features(con, col, kinds.get(col, "text")).merge(
            labels, on="account_id", how="inner"
        )
        feats = {c: f[c] for c in f.columns if c not in ("account_id", "label", "y", "modal")}
        if "modal" in f.columns:
            feats["modal_attack_rate"] = _crossfit_rate(f["account_id"], f["modal"], f["y"])
        results.append(_best("exchanges", col, f["y"].to_numpy(), feats))
    return sorted(results, key=lambda r: -r["auc"])


def _best(table: str, col: str, y: np.ndarray, feats: dict) -> dict:
    scores = {k: _auc(y, v) for k, v in feats.items()}
    k = max(scores, key=scores.get)
    return {"table": table, "column": col, "feature": k, "auc": round(scores[k], 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=0.85)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    res = run(a.truth)
    for r in res:
        print(f"{r['table']}.{r['column']:<22} {r['feature']:<18} AUC {r['auc']:.3f}")
    if a.json:
        a.json.write_text(json.dumps(res, indent=2))
    worst = res[0]
    if worst["auc"] >= a.limit:
        print(
            f"FAIL: {worst['table']}.{worst['column']} ({worst['feature']}) reaches AUC {worst['auc']:.3f} >= {a.limit}"
        )
        return 1
    print(f"ok: every column below AUC {a.limit} (best {worst['auc']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
