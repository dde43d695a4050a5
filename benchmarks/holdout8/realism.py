"""Does any single column give hold-out 8's answer away? For every column of accounts and
exchanges, per-account summaries of that column alone are scored against the labels (ROC AUC,
direction-free); exit 1 if the best reaches --limit.

    python realism.py --truth DIR [--limit 0.85]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

SKIP = {"account_id", "exchange_id"}


def _auc(y: np.ndarray, x: pd.Series) -> float:
    v = pd.to_numeric(x, errors="coerce").astype(float).fillna(-1e18).to_numpy()
    if np.nanstd(v) == 0:
        return 0.5
    a = roc_auc_score(y, v)
    return max(a, 1 - a)


def _modal_rate(modal: pd.Series, y: pd.Series, fold: np.ndarray) -> pd.Series:
    """Cross-fitted attack rate of each account's modal value, learnt on the other fold."""
    out = pd.Series(np.nan, index=modal.index)
    prior = float(y.mean())
    for k in (0, 1):
        train = fold != k
        df = pd.DataFrame({"v": modal[train].astype(str), "y": y[train]})
        g = df.groupby("v")["y"].agg(["sum", "count"])
        rate = (g["sum"] + prior * 2) / (g["count"] + 2)
        out[~train] = modal[~train].astype(str).map(rate).fillna(prior).to_numpy()
    return out


def column_features(
    con: duckdb.DuckDBPyConnection, table: str, col: str, kind: str
) -> pd.DataFrame:
    q = f'"{col}"'
    if kind == "ts":
        f = con.sql(f"""SELECT account_id, count(*) n, epoch(max({q}) - min({q})) AS span_s,
            count(DISTINCT CAST({q} AS DATE)) n_days, count(DISTINCT hour({q})) n_hours,
            stddev_pop(hour({q})) hour_sd, avg(hour({q})) hour_mean,
            count(DISTINCT date_trunc('hour', {q})) active_hours,
            count(*) / count(DISTINCT date_trunc('hour', {q})) per_hour,
            max(epoch({q})) last, min(epoch({q})) first
            FROM {table} GROUP BY 1""").df()
        return f.set_index("account_id")
    if kind == "num":
        f = con.sql(f"""SELECT account_id, avg({q}) mean, max({q}) mx, min({q}) mn, stddev_pop({q}) sd,
            count(DISTINCT {q}) nd, avg(CASE WHEN {q} = 0 THEN 1 ELSE 0 END) zero_share
            FROM {table} GROUP BY 1""").df()
        return f.set_index("account_id")
    if kind == "bool":
        return (
            con.sql(f"SELECT account_id, avg(CAST({q} AS INT)) share FROM {table} GROUP BY 1")
            .df()
            .set_index("account_id")
        )
    f = (
        con.sql(f"""SELECT account_id, count(DISTINCT {q}) nd, avg(CASE WHEN {q} IS NULL THEN 1 ELSE 0 END) null_share,
        avg(length({q})) mlen, max(length({q})) xlen, count(*) n FROM {table} GROUP BY 1""")
        .df()
        .set_index("account_id")
    )
    m = (
        con.sql(f"""WITH t AS (SELECT account_id, coalesce({q}, '<null>') v, count(*) c FROM {table} GROUP BY 1, 2),
        r AS (SELECT account_id, v, c, row_number() OVER (PARTITION BY account_id ORDER BY c DESC, v) rk,
              sum(c) OVER (PARTITION BY account_id) tot FROM t)
        SELECT account_id, v modal, c / tot modal_share FROM r WHERE rk = 1""")
        .df()
        .set_index("account_id")
    )
    f = f.join(m)
    f["modal_accounts"] = f.groupby("modal")["modal"].transform("count")
    f["distinct_ratio"] = f["nd"] / f["n"]
    return f.drop(columns=["n"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=0.85)
    a = ap.parse_args(argv)
    d = a.truth
    if not (d / "labels.parquet").exists() or not (d / "exchanges").exists():
        print(
            f"realism.py: {d} is not a hold-out 8 folder (labels.parquet, exchanges/).",
            file=sys.stderr,
        )
        return 2
    con = duckdb.connect()
    con.sql("SET memory_limit='2GB'; SET threads=1")
    con.sql(f"CREATE VIEW ex AS SELECT * FROM read_parquet('{d}/exchanges/*.parquet')")
    con.sql(f"CREATE VIEW acc AS SELECT * FROM read_parquet('{d}/accounts.parquet')")
    lab = (
        con.sql(f"SELECT account_id, label FROM read_parquet('{d}/labels.parquet')")
        .df()
        .set_index("account_id")
    )
    y_all = lab["label"].str.startswith("attack:").astype(int)
    fold = np.arange(len(lab)) % 2  # labels are written in shuffled order
    worst = ("", "", 0.5)
    rows = []
    for table in ("acc", "ex"):
        schema = con.sql(f"DESCRIBE {table}").df()
        for col, typ in zip(schema["column_name"], schema["column_type"], strict=True):
            if col in SKIP:
                continue
            kind = (
                "ts"
                if "TIMESTAMP" in typ
                else "bool"
                if typ == "BOOLEAN"
                else "str"
                if typ == "VARCHAR"
                else "num"
            )
            if table == "acc" and kind == "ts":
                f = (
                    con.sql(f'SELECT account_id, epoch("{col}") v FROM acc')
                    .df()
                    .set_index("account_id")
                )
            else:
                f = column_features(con, table, col, kind)
            f = f.reindex(lab.index)
            if "modal" in f:
                f["modal_attack_rate"] = _modal_rate(f["modal"].fillna("<none>"), y_all, fold)
                f = f.drop(columns=["modal"])
            y = y_all.to_numpy()
            best = max(((_auc(y, f[c]), c) for c in f.columns), default=(0.5, ""))
            rows.append((table, col, best[1], best[0]))
            if best[0] > worst[2]:
                worst = (f"{table}.{col}", best[1], best[0])
    for table, col, feat, auc in sorted(rows, key=lambda r: -r[3]):
        print(f"{'accounts' if table == 'acc' else 'exchanges'}.{col:22s} {feat:18s} AUC {auc:.3f}")
    print(f"best single column: {worst[0]} ({worst[1]}) AUC {worst[2]:.3f}; limit {a.limit}")
    return 1 if worst[2] >= a.limit else 0


if __name__ == "__main__":
    raise SystemExit(main())
