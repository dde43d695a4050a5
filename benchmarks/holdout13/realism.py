"""Hold-out 13's realism check: no single column may separate campaigns from legitimate accounts.

    python benchmarks/holdout13/realism.py --truth DIR [--limit 0.85] [--within L1,L2,...] [--json FILE]

Every column of accounts and exchanges is summarised per account in several ways (distinct
values, distinct ratio, null share, modal share, accounts sharing the modal value, the attack
rate of the modal value learnt on the other four of five folds, text length; mean, max, spread
and zero share of numbers; true share of flags; span, days, hours and pace of `ts`), and each
summary alone is scored by ROC AUC against the labels, direction-free. Exit 1 if a column's
best pooled AUC reaches --limit; bad input is one line on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb
import numpy as np
from scipy.stats import rankdata

TEXT = (
    "account_id",
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
NUM = ("input_tokens", "output_tokens", "tool_count", "status")
FLAG = ("has_image", "incognito", "safety_flagged", "feedback")
ACCOUNT_COLS = (
    "tier",
    "signup_channel",
    "payment_fingerprint",
    "email_domain",
    "declared_country",
    "org_id",
)


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """Direction-free ROC AUC (ties count half)."""
    nan = np.isnan(score)
    if nan.all():
        return 0.5
    s = np.where(nan, np.nanmin(score) - 1, score)  # a missing summary ranks below every value
    r = rankdata(s)
    pos = y.sum()
    neg = len(y) - pos
    a = (r[y].sum() - pos * (pos + 1) / 2) / (pos * neg)
    return float(max(a, 1 - a))


def crossfit_rate(values: list, y: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """The attack share among other folds' accounts with the same value (smoothed to the prior)."""
    prior = y.mean()
    out = np.empty(len(values))
    for k in range(5):
        counts: dict = {}
        for v, yy, f in zip(values, y, folds, strict=True):
            if f != k:
                c = counts.setdefault(v, [0, 0])
                c[0] += int(yy)
                c[1] += 1
        for i in np.flatnonzero(folds == k):
            a, n = counts.get(values[i], (0, 0))
            out[i] = (a + 5 * prior) / (n + 5)
    return out


def summaries(
    con: duckdb.DuckDBPyConnection, ids: list[str], folds: np.ndarray, y: np.ndarray
) -> dict[str, dict[str, np.ndarray]]:
    idx = {a: i for i, a in enumerate(ids)}
    n = len(ids)
    res: dict[str, dict[str, np.ndarray]] = {}

    def fill(rows: list[tuple], names: list[str]) -> dict[str, np.ndarray]:
        arrs = {k: np.full(n, np.nan) for k in names}
        for r in rows:
            i = idx.get(r[0])
            if i is None:
                continue
            for k, v in zip(names, r[1:], strict=True):
                arrs[k][i] = np.nan if v is None else float(v)
        return arrs

    for col in TEXT + NUM + FLAG:
        if col in FLAG:
            q = f"select account_id, avg({col}::int), max({col}::int) from ex group by 1"
            res[f"exchanges.{col}"] = fill(con.sql(q).fetchall(), ["true share", "any"])
            continue
        exprs = (
            [f"avg({col})", f"max({col})", f"stddev_pop({col})", f"avg(({col} = 0)::int)"]
            if col in NUM
            else [f"avg(length({col}))"]
        )
        extra = "".join(f", {e} e{i}" for i, e in enumerate(exprs))
        picked = "".join(f", a.e{i}" for i in range(len(exprs)))
        names = ["distinct", "distinct ratio", "null share", "modal share"] + (
            ["mean", "max", "spread", "zero share"] if col in NUM else ["length"]
        )
        q = f"""
            with m as (select account_id, {col} v, count(*) k,
                         row_number() over (partition by account_id order by count(*) desc, {col}) rn
                       from ex where {col} is not null group by 1, 2),
                 a as (select account_id, count(*) n, count(distinct {col}) nd, avg(({col} is null)::int) nul {extra}
                       from ex group by 1)
            select a.account_id, nd, nd / n, nul, coalesce(m.k, 0) / n {picked}, m.v
            from a left join m on a.account_id = m.account_id and m.rn = 1"""
        rows = con.sql(q).fetchall()
        arrs = fill([r[:-1] for r in rows], names)
        modal: list = [None] * n
        for r in rows:
            i = idx.get(r[0])
            if i is not None:
                modal[i] = r[-1]
        share: dict = {}
        for v in modal:
            share[v] = share.get(v, 0) + 1
        arrs["accounts sharing modal"] = np.array(
            [share[v] if v is not None else 0 for v in modal], dtype=float
        )
        arrs["modal value's attack rate"] = crossfit_rate(modal, y, folds)
        res[f"exchanges.{col}"] = arrs
    ts = con.sql(
        """select account_id, count(*), (epoch(max(ts)) - epoch(min(ts))) / 86400, count(distinct date_trunc('day', ts)),
                  count(distinct hour(ts)), avg(hour(ts)), stddev_pop(hour(ts)),
                  count(*) / count(distinct date_trunc('hour', ts)), avg((dayofweek(ts) in (0, 6))::int)
           from ex group by 1"""
    ).fetchall()
    res["exchanges.ts"] = fill(
        ts,
        [
            "count",
            "span days",
            "active days",
            "distinct hours",
            "hour mean",
            "hour spread",
            "per active hour",
            "weekend share",
        ],
    )
    res["exchanges.count"] = {"exchanges": res["exchanges.ts"].pop("count")}
    acc = {
        r[0]: r[1:]
        for r in con.sql(
            f"select account_id, epoch(created_at), {', '.join(ACCOUNT_COLS)} from acc"
        ).fetchall()
    }
    res["accounts.created_at"] = {
        "epoch": np.array([acc[a][0] if a in acc else np.nan for a in ids], dtype=float)
    }
    for j, col in enumerate(ACCOUNT_COLS, start=1):
        vals = [acc[a][j] if a in acc else None for a in ids]
        share = {}
        for v in vals:
            share[v] = share.get(v, 0) + 1
        res[f"accounts.{col}"] = {
            "value's attack rate": crossfit_rate(vals, y, folds),
            "accounts sharing value": np.array(
                [share[v] if v is not None else 0 for v in vals], dtype=float
            ),
            "null": np.array([v is None for v in vals], dtype=float),
        }
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=0.85)
    ap.add_argument("--within", default="", help="comma-separated labels: score only among these")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    d = args.truth
    need = [d / "labels.parquet", d / "accounts.parquet", d / "exchanges"]
    missing = [str(p) for p in need if not p.exists()]
    if missing:
        print(f"realism.py: missing {missing[0]}", file=sys.stderr)
        return 2
    con = duckdb.connect()
    con.execute(f"create view ex as select * from read_parquet('{d / 'exchanges'}/*.parquet')")
    con.execute(f"create view acc as select * from read_parquet('{d / 'accounts.parquet'}')")
    labels = con.sql(
        f"select account_id, label from read_parquet('{d / 'labels.parquet'}') order by account_id"
    ).fetchall()
    if args.within:
        keep = set(args.within.split(","))
        labels = [r for r in labels if r[1] in keep]
    ids = [r[0] for r in labels]
    lab = np.array([r[1] for r in labels])
    y = np.char.startswith(lab.astype(str), "attack:")
    if y.all() or not y.any():
        print("realism.py: the labels need both attack and legitimate accounts", file=sys.stderr)
        return 2
    folds = np.random.default_rng(13).integers(0, 5, len(ids))
    res = summaries(con, ids, folds, y)
    campaigns = sorted({x for x in lab if x.startswith("attack:")})
    report = {}
    for col, arrs in res.items():
        best = max(((auc(v, y), k) for k, v in arrs.items()), key=lambda t: t[0])
        per = {}
        for c in campaigns:
            m = (lab == c) | ~y
            per[c] = max(auc(v[m], y[m]) for v in arrs.values())
        worst = max(per.items(), key=lambda t: t[1])
        report[col] = {
            "pooled_auc": round(best[0], 3),
            "summary": best[1],
            "top_campaign": worst[0],
            "top_campaign_auc": round(worst[1], 3),
        }
    for col, r in sorted(report.items(), key=lambda t: -t[1]["pooled_auc"]):
        print(
            f"{col:30s} {r['pooled_auc']:.3f}  ({r['summary']})   highest campaign alone: {r['top_campaign']} {r['top_campaign_auc']:.3f}"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    worst_col = max(report.items(), key=lambda t: t[1]["pooled_auc"])
    print(
        f"best single column: {worst_col[0]} AUC {worst_col[1]['pooled_auc']:.3f} (limit {args.limit})"
    )
    return 1 if worst_col[1]["pooled_auc"] >= args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
