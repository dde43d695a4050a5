"""Does any single column give hold-out 12's campaigns away? Per-account summaries scored by ROC AUC.

python benchmarks/holdout12/realism.py --truth DIR [--limit 0.85] [--json FILE]

Each column of ``accounts`` and ``exchanges`` is summarised per account (counts, spreads, shares,
lengths, how many accounts share the account's modal value, and the attack rate of that value
learnt on the other four of five folds); every summary alone is scored by ROC AUC, direction-free,
for all campaigns pooled against all legitimate accounts and for each campaign alone.
Exit 1 if a column's pooled best reaches ``--limit``; bad input: one line on stderr, exit 2.
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

STRING_EX = (
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
NUMERIC_EX = ("input_tokens", "output_tokens", "tool_count", "status")
BOOL_EX = ("has_image", "incognito", "safety_flagged", "feedback")
STRING_ACC = (
    "tier",
    "signup_channel",
    "payment_fingerprint",
    "email_domain",
    "declared_country",
    "org_id",
)


def _string_summaries(con: duckdb.DuckDBPyConnection, col: str) -> pd.DataFrame:
    return con.sql(f"""
        with v as (select account_id, hash({col}) h, {col} is null isn, length({col}) len from ex),
        per as (select account_id, count(*) n, count(distinct h) filter (where not isn) d,
                       avg(isn::int) null_share, avg(len) mean_len
                from v group by 1),
        cnt as (select account_id, h, count(*) k from v where not isn group by 1, 2),
        modal as (select account_id, arg_max(h, k) mh, max(k) mk from cnt group by 1)
        select per.account_id, d as n_distinct, d / n as distinct_ratio, null_share, mean_len,
               coalesce(mk, 0) / n as modal_share, mh
        from per left join modal using (account_id)""").df()


def _crossfit_rate(values: pd.Series, y: np.ndarray, fold: np.ndarray) -> np.ndarray:
    """Attack rate of each account's value among accounts of the other folds (smoothed)."""
    out = np.zeros(len(values))
    prior = y.mean()
    keys = values.astype(object).where(values.notna(), "<null>").astype(str).to_numpy()
    for f in range(5):
        train = fold != f
        stats = (
            pd.DataFrame({"k": keys[train], "y": y[train]}).groupby("k")["y"].agg(["sum", "count"])
        )
        rate = (stats["sum"] + 5 * prior) / (stats["count"] + 5)
        out[~train] = pd.Series(keys[~train]).map(rate).fillna(prior).to_numpy()
    return out


def _sharing(values: pd.Series) -> np.ndarray:
    keys = values.astype(object).where(values.notna(), "<null>").astype(str)
    return keys.map(keys.value_counts()).to_numpy(dtype=float)


def summaries(truth: Path) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """One row per account, one column per (table.column, summary)."""
    labels = pd.read_parquet(truth / "labels.parquet")
    acc = pd.read_parquet(truth / "accounts.parquet").merge(labels, on="account_id", how="inner")
    con = duckdb.connect()
    con.execute("set threads to 2")
    con.execute(f"create view ex as select * from read_parquet('{truth / 'exchanges'}/*.parquet')")
    base = acc[["account_id", "label"]].copy()
    y = base["label"].str.startswith("attack:").to_numpy().astype(int)
    fold = np.random.default_rng(0).integers(0, 5, len(base))
    feats: dict[str, pd.Series] = {}
    groups: dict[str, list[str]] = {}

    def add(column: str, name: str, values: object) -> None:
        key = f"{column}|{name}"
        feats[key] = pd.Series(np.asarray(values, dtype=float), index=base.index)
        groups.setdefault(column, []).append(key)

    for col in STRING_ACC:
        add(f"accounts.{col}", "value's attack rate", _crossfit_rate(acc[col], y, fold))
        add(f"accounts.{col}", "accounts sharing the value", _sharing(acc[col]))
        add(f"accounts.{col}", "null", acc[col].isna())
    created = pd.to_datetime(acc["created_at"]).astype("int64") / 8.64e10
    add("accounts.created_at", "age", created)

    ts = con.sql("""
        with t as (select account_id, epoch_us(ts) / 1e6 s, hour(ts) h, dayofweek(ts) dw from ex),
        g as (select account_id, s - lag(s) over (partition by account_id order by s) gap from t),
        gs as (select account_id, median(gap) med_gap, stddev_pop(gap) / nullif(avg(gap), 0) gap_cv
               from g where gap is not null group by 1),
        a as (select account_id, count(*) n, (max(s) - min(s)) / 86400 span, count(distinct floor(s / 86400)) active_days,
                     count(distinct floor(s / 3600)) active_hours, stddev_pop(h) hour_sd,
                     avg((dw in (0, 6))::int) weekend
              from t group by 1)
        select * from a left join gs using (account_id)""").df()
    ts = base[["account_id"]].merge(ts, on="account_id", how="left")
    add("exchanges.count", "exchanges per account", ts["n"].fillna(0))
    for name in ("span", "active_days", "active_hours", "hour_sd", "weekend", "med_gap", "gap_cv"):
        add("exchanges.ts", name, ts[name].fillna(0))
    add("exchanges.ts", "per active hour", (ts["n"] / ts["active_hours"]).fillna(0))
    for col in NUMERIC_EX:
        d = con.sql(f"""select account_id, avg({col}) mean, max({col}) mx, stddev_pop({col}) sd,
                        avg(({col} = 0)::int) zero from ex group by 1""").df()
        d = base[["account_id"]].merge(d, on="account_id", how="left").fillna(0)
        for name in ("mean", "mx", "sd", "zero"):
            add(f"exchanges.{col}", name, d[name])
    for col in BOOL_EX:
        d = con.sql(f"select account_id, avg({col}::int) share from ex group by 1").df()
        add(
            f"exchanges.{col}",
            "true share",
            base[["account_id"]].merge(d, on="account_id", how="left")["share"].fillna(0),
        )
    for col in STRING_EX:
        d = base[["account_id"]].merge(_string_summaries(con, col), on="account_id", how="left")
        for name in ("n_distinct", "distinct_ratio", "null_share", "mean_len", "modal_share"):
            add(f"exchanges.{col}", name, d[name].fillna(0))
        add(f"exchanges.{col}", "accounts sharing the modal value", _sharing(d["mh"]))
        add(f"exchanges.{col}", "modal value's attack rate", _crossfit_rate(d["mh"], y, fold))
    return pd.concat([base, pd.DataFrame(feats)], axis=1), groups


def _auc(y: np.ndarray, x: np.ndarray) -> float:
    if y.min() == y.max():
        return float("nan")
    a = float(roc_auc_score(y, x))
    return max(a, 1 - a)


def score(table: pd.DataFrame, groups: dict[str, list[str]]) -> list[dict[str, object]]:
    """Per column: best summary pooled, and the highest single campaign against all legitimate accounts."""
    is_attack = table["label"].str.startswith("attack:").to_numpy()
    campaigns = sorted(table.loc[is_attack, "label"].unique())
    rows = []
    for column, keys in groups.items():
        pooled = {k: _auc(is_attack.astype(int), table[k].to_numpy()) for k in keys}
        best = max(pooled, key=lambda k: pooled[k])
        worst_c, worst = "", 0.0
        for c in campaigns:
            sel = ~is_attack | (table["label"] == c).to_numpy()
            yc = (table.loc[sel, "label"] == c).to_numpy().astype(int)
            for k in keys:
                a = _auc(yc, table.loc[sel, k].to_numpy())
                if a > worst:
                    worst_c, worst = c, a
        rows.append(
            {
                "column": column,
                "best": best.split("|", 1)[1],
                "pooled_auc": round(pooled[best], 3),
                "campaign": worst_c,
                "campaign_auc": round(worst, 3),
            }
        )
    return sorted(rows, key=lambda r: -float(r["pooled_auc"]))  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Per-column separability of hold-out 12's campaigns.")
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=0.85)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    need = [
        args.truth / "labels.parquet",
        args.truth / "accounts.parquet",
        args.truth / "exchanges",
    ]
    missing = [str(p) for p in need if not p.exists()]
    if missing:
        print(f"realism.py: missing {missing[0]}", file=sys.stderr)
        return 2
    table, groups = summaries(args.truth)
    rows = score(table, groups)
    print(f"{'column':34} {'best summary':36} {'pooled':>7}  highest single campaign")
    for r in rows:
        print(
            f"{r['column']:34} {r['best']:36} {r['pooled_auc']:7.3f}  {r['campaign']} {r['campaign_auc']:.3f}"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    over = [r for r in rows if float(r["pooled_auc"]) >= args.limit]  # type: ignore[arg-type]
    print(f"columns at or above {args.limit}: {len(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
