"""No trivial give-away: the best single-column ROC AUC (attack vs everything else) per column.

    python benchmarks/holdout6/realism.py --truth DIR [--limit 0.85] [--json FILE]

For every column of accounts.parquet and exchanges/ a handful of per-account summaries that use
that column alone are scored (distinct values, modal value's share, how many accounts share the
modal value, the modal value's attack rate learnt on the other half of the accounts, means and
spreads of numbers, shares of booleans). AUC is taken direction-free (max(AUC, 1 - AUC)); the
column's figure is its best summary. A column at or above --limit is a give-away. Exits 1 if any.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

TEXT = [
    "api_key_id",
    "conversation_id",
    "surface",
    "model",
    "ip",
    "country",
    "user_agent",
    "prompt",
    "system_prompt",
]
NUM = ["input_tokens", "output_tokens", "tool_count", "status"]
BOOL = ["has_image", "incognito", "safety_flagged", "feedback"]
ACC_CAT = [
    "tier",
    "signup_channel",
    "payment_fingerprint",
    "email_domain",
    "declared_country",
    "org_id",
]


def auc(y: np.ndarray, x: np.ndarray) -> float:
    x = np.nan_to_num(np.asarray(x, dtype=float), nan=-1e18)
    if len(np.unique(x)) < 2:
        return 0.5
    a = roc_auc_score(y, x)
    return float(max(a, 1 - a))


def crossfit_rate(ids: pd.Series, values: pd.Series, y: np.ndarray) -> np.ndarray:
    """Attack rate of an account's value, learnt only from accounts in the other fold."""
    fold = np.array([zlib.crc32(a.encode()) & 1 for a in ids])
    v = values.fillna("<null>").astype(str).to_numpy()
    out = np.zeros(len(v))
    prior = y.mean()
    for f in (0, 1):
        tr = fold != f
        df = pd.DataFrame({"v": v[tr], "y": y[tr]}).groupby("v")["y"].agg(["sum", "count"])
        rate = (df["sum"] + 5 * prior) / (df["count"] + 5)
        te = ~tr
        out[te] = pd.Series(v[te]).map(rate).fillna(prior).to_numpy()
    return out


def check(truth: Path) -> dict[str, tuple[float, str]]:
    lab = pd.read_parquet(truth / "labels.parquet")
    acc = pd.read_parquet(truth / "accounts.parquet").merge(lab, on="account_id", how="left")
    y_acc = acc["label"].fillna("").str.startswith("attack:").to_numpy()
    res: dict[str, tuple[float, str]] = {}

    def put(col: str, name: str, a: float) -> None:
        if col not in res or a > res[col][0]:
            res[col] = (a, name)

    for col in ACC_CAT:
        s = acc[col]
        put(f"accounts.{col}", "null", auc(y_acc, s.isna().to_numpy()))
        put(
            f"accounts.{col}",
            "value attack rate (cross-fitted)",
            auc(y_acc, crossfit_rate(acc["account_id"], s, y_acc)),
        )
        shared = s.map(s.value_counts()).fillna(0).to_numpy()
        put(f"accounts.{col}", "accounts sharing the value", auc(y_acc, shared))
    created = acc["created_at"].astype("int64").to_numpy() / 1e6
    put("accounts.created_at", "value", auc(y_acc, created))
    day = np.floor(created / 3600)
    burst = pd.Series(day).map(pd.Series(day).value_counts()).to_numpy()
    put("accounts.created_at", "sign-ups in the same hour", auc(y_acc, burst))

    con = duckdb.connect()
    con.execute("SET threads TO 2")
    ex = f"read_parquet('{truth / 'exchanges'}/*.parquet')"
    base = con.execute(f"SELECT account_id, count(*) n FROM {ex} GROUP BY 1").df()
    df = acc[["account_id", "label"]].merge(base, on="account_id", how="left")

    def per_account(sql: str) -> pd.DataFrame:
        return df[["account_id"]].merge(con.execute(sql).df(), on="account_id", how="left")

    y = df["label"].fillna("").str.startswith("attack:").to_numpy()
    put("exchanges.account_id", "exchange count", auc(y, df["n"].fillna(0).to_numpy()))
    t = per_account(f"""SELECT account_id, count(DISTINCT date_trunc('day', ts)) AS f_days,
        avg(CASE WHEN hour(ts) < 6 THEN 1 ELSE 0 END) AS f_night, count(DISTINCT hour(ts)) AS f_hours,
        epoch(max(ts)) - epoch(min(ts)) AS f_span, epoch(min(ts)) AS f_first FROM {ex} GROUP BY 1""")
    for k in ("days", "night", "hours", "span", "first"):
        put("exchanges.ts", k, auc(y, t[f"f_{k}"].to_numpy()))
    for col in TEXT:
        t = per_account(f"""WITH m AS (SELECT account_id, mode({col}) mv, count(DISTINCT {col}) nd,
              avg(CASE WHEN {col} IS NULL THEN 1 ELSE 0 END) nulls, count(*) n,
              avg(length({col})) len FROM {ex} GROUP BY 1),
            c AS (SELECT account_id, {col} v, count(*) k FROM {ex} GROUP BY 1, 2),
            top AS (SELECT account_id, max(k) k FROM c GROUP BY 1),
            sh AS (SELECT mv, count(*) accts FROM m GROUP BY 1)
            SELECT m.account_id, m.mv, m.nd, m.nulls, m.len, top.k / m.n topshare, m.nd / m.n distinct_share, sh.accts
            FROM m JOIN top USING (account_id) LEFT JOIN sh USING (mv)""")
        for k in ("nd", "nulls", "topshare", "distinct_share", "accts", "len"):
            put(f"exchanges.{col}", k, auc(y, t[k].to_numpy()))
        if col not in ("prompt", "conversation_id", "api_key_id"):
            put(
                f"exchanges.{col}",
                "modal value attack rate (cross-fitted)",
                auc(y, crossfit_rate(t["account_id"], t["mv"], y)),
            )
    for col in NUM:
        t = per_account(
            f"SELECT account_id, avg({col}) mean, max({col}) mx, stddev_pop({col}) sd FROM {ex} GROUP BY 1"
        )
        for k in ("mean", "mx", "sd"):
            put(f"exchanges.{col}", k, auc(y, t[k].to_numpy()))
    for col in BOOL:
        t = per_account(f"SELECT account_id, avg(CAST({col} AS INT)) share FROM {ex} GROUP BY 1")
        put(f"exchanges.{col}", "share", auc(y, t["share"].to_numpy()))
    t = per_account(
        f"SELECT account_id, avg(CASE WHEN response IS NULL THEN 1 ELSE 0 END) nulls FROM {ex} GROUP BY 1"
    )
    put("exchanges.response", "nulls", auc(y, t["nulls"].to_numpy()))
    t = per_account(
        f"SELECT account_id, count(DISTINCT exchange_id) nd, avg(length(exchange_id)) len FROM {ex} GROUP BY 1"
    )
    put("exchanges.exchange_id", "len", auc(y, t["len"].to_numpy()))
    put("accounts.account_id", "length", auc(y_acc, acc["account_id"].str.len().to_numpy()))
    put("accounts.account_id", "sort position", auc(y_acc, np.arange(len(acc))))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Best single-column ROC AUC per column of a hold-out 6 world."
    )
    ap.add_argument("--truth", type=Path, required=True)
    ap.add_argument("--limit", type=float, default=0.85)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    for need in ("labels.parquet", "accounts.parquet", "exchanges"):
        if not (args.truth / need).exists():
            print(f"error: {args.truth / need} not found", file=sys.stderr)
            return 2
    res = check(args.truth)
    bad = 0
    for col, (a, how) in sorted(res.items(), key=lambda kv: -kv[1][0]):
        mark = "GIVE-AWAY" if a >= args.limit else ""
        bad += a >= args.limit
        print(f"{col:32s} {a:.3f}  ({how}) {mark}")
    print(
        f"best single-column AUC {max(a for a, _ in res.values()):.3f}; {bad} column(s) at or above {args.limit}"
    )
    if args.json:
        args.json.write_text(
            json.dumps({k: {"auc": v[0], "summary": v[1]} for k, v in res.items()}, indent=2)
        )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
