"""Does any single column give hold-out 7's answer away?

For every column of accounts and exchanges, per-account summaries of that column alone
(distinct values, modal share, accounts sharing the modal value, means, maxima, spreads, shares,
and a cross-fitted attack rate of the modal value) are each scored by ROC AUC against the
attack labels, direction-free. Exit 1 if any column reaches --limit.

    python benchmarks/holdout7/realism.py --truth DIR [--limit 0.85]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from sklearn.metrics import roc_auc_score

FOLDS = 5


def _codes(col: pa.ChunkedArray) -> np.ndarray:
    enc = pc.dictionary_encode(col.combine_chunks() if col.num_chunks > 1 else col.chunk(0))
    return pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def _fold(acct_codes: np.ndarray) -> np.ndarray:
    return (acct_codes * 2654435761 % 2**32) % FOLDS


def _xfit_rate(value: np.ndarray, y: np.ndarray, fold: np.ndarray) -> np.ndarray:
    """Attack rate of each account's value among the other folds' accounts (smoothed)."""
    prior = y.mean()
    out = np.full(len(y), prior)
    for k in range(FOLDS):
        tr = fold != k
        df = pd.DataFrame({"v": value[tr], "y": y[tr]}).groupby("v")["y"].agg(["sum", "count"])
        rate = (df["sum"] + 5 * prior) / (df["count"] + 5)
        te = ~tr
        out[te] = pd.Series(value[te]).map(rate).fillna(prior).to_numpy()
    return out


def categorical(
    acct: np.ndarray, val: np.ndarray, n_acct: int, y: np.ndarray
) -> dict[str, np.ndarray]:
    df = pd.DataFrame({"a": acct, "v": val})
    cnt = df.groupby(["a", "v"]).size().rename("c").reset_index()
    tot = cnt.groupby("a")["c"].sum()
    top = cnt.sort_values(["a", "c", "v"], ascending=[True, False, True]).drop_duplicates("a")
    modal = np.full(n_acct, -2, dtype=np.int64)
    modal[top["a"].to_numpy()] = top["v"].to_numpy()
    share = np.zeros(n_acct)
    share[top["a"].to_numpy()] = top["c"].to_numpy() / tot.loc[top["a"]].to_numpy()
    distinct = np.zeros(n_acct)
    g = cnt.groupby("a").size()
    distinct[g.index.to_numpy()] = g.to_numpy()
    ntot = np.zeros(n_acct)
    ntot[tot.index.to_numpy()] = tot.to_numpy()
    sharing = pd.Series(modal).map(pd.Series(modal).value_counts()).to_numpy()
    users = cnt.groupby("v")["a"].nunique()
    popularity = pd.Series(modal).map(users).fillna(0).to_numpy()
    nulls = np.zeros(n_acct)
    nn = df[df["v"] == -1].groupby("a").size()
    nulls[nn.index.to_numpy()] = nn.to_numpy()
    return {
        "distinct": distinct,
        "distinct_share": distinct / np.maximum(ntot, 1),
        "modal_share": share,
        "modal_sharing_accounts": sharing.astype(float),
        "modal_value_users": popularity,
        "null_share": nulls / np.maximum(ntot, 1),
        "modal_xfit_attack_rate": _xfit_rate(modal, y, _fold(np.arange(n_acct))),
    }


def numeric(acct: np.ndarray, x: np.ndarray, n_acct: int) -> dict[str, np.ndarray]:
    df = (
        pd.DataFrame({"a": acct, "x": x})
        .groupby("a")["x"]
        .agg(["mean", "max", "min", "std", "median"])
    )
    out = {}
    for k in df.columns:
        v = np.zeros(n_acct)
        v[df.index.to_numpy()] = df[k].fillna(0).to_numpy()
        out[k] = v
    return out


def time_features(acct: np.ndarray, ts: np.ndarray, n_acct: int) -> dict[str, np.ndarray]:
    sec = ts / 1e6
    df = pd.DataFrame(
        {"a": acct, "s": sec, "h": (sec // 3600) % 24, "d": sec // 86400, "hr": sec // 3600}
    ).sort_values(["a", "s"])
    df["gap"] = df.groupby("a")["s"].diff()
    g = df.groupby("a")
    feats = {
        "count": g.size(),
        "span_days": (g["s"].max() - g["s"].min()) / 86400,
        "active_days": g["d"].nunique(),
        "active_hours": g["hr"].nunique(),
        "hours_of_day": g["h"].nunique(),
        "hour_std": g["h"].std(),
        "night_share": g["h"].apply(lambda s: float((s < 6).mean())),
        "median_gap": g["gap"].median(),
        "min_gap": g["gap"].min(),
        "peak_hour_count": df.groupby(["a", "hr"]).size().groupby("a").max(),
        "first_seen": g["s"].min(),
    }
    out = {}
    for k, s in feats.items():
        v = np.zeros(n_acct)
        v[s.index.to_numpy()] = s.fillna(0).to_numpy()
        out[k] = v
    return out


def auc(y: np.ndarray, x: np.ndarray) -> float:
    if np.all(x == x[0]):
        return 0.5
    a = roc_auc_score(y, x)
    return float(max(a, 1 - a))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Per-column giveaway check for hold-out 7.")
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=0.85)
    a = ap.parse_args(argv)
    try:
        labels = pq.read_table(a.truth / "labels.parquet").to_pandas()
        accounts = pq.read_table(a.truth / "accounts.parquet")
        ex = ds.dataset(str(a.truth / "exchanges"), format="parquet")
    except (OSError, pa.ArrowInvalid) as exc:
        print(
            f"realism.py: cannot read {a.truth} ({str(exc).splitlines()[0][:120]}).",
            file=sys.stderr,
        )
        return 2
    ids = labels["account_id"].to_numpy()
    index = pd.Series(np.arange(len(ids)), index=ids)
    y = labels["label"].str.startswith("attack:").to_numpy().astype(int)
    n = len(ids)
    results: list[tuple[str, str, float]] = []
    acc = accounts.to_pandas()
    arow = index.reindex(acc["account_id"]).to_numpy()
    for col in accounts.column_names:
        if col == "account_id":
            continue
        x = acc[col]
        feats: dict[str, np.ndarray] = {}
        if col == "created_at":
            v = np.zeros(n)
            v[arow] = x.astype("int64").to_numpy() / 1e6
            feats["value"] = v
        else:
            codes = _codes(pa.chunked_array([pa.array(x.astype(object), pa.string())]))
            val = np.full(n, -1)
            val[arow] = codes
            feats["xfit_attack_rate"] = _xfit_rate(val, y, _fold(np.arange(n)))
            feats["accounts_sharing"] = (
                pd.Series(val).map(pd.Series(val).value_counts()).to_numpy(float)
            )
            feats["is_null"] = (val == -1).astype(float)
        for k, v in feats.items():
            results.append((f"accounts.{col}", k, auc(y, v)))
    acct_codes = index.reindex(ex.to_table(columns=["account_id"]).column(0).to_numpy()).to_numpy()
    for col in ex.schema.names:
        if col == "account_id":
            continue
        arr = ex.to_table(columns=[col]).column(0)
        feats = {}
        if pa.types.is_timestamp(arr.type):
            feats.update(time_features(acct_codes, arr.cast(pa.int64()).to_numpy(), n))
        elif pa.types.is_integer(arr.type) or pa.types.is_boolean(arr.type):
            x = pc.fill_null(arr.cast(pa.float64()), -1).to_numpy()
            feats.update(numeric(acct_codes, x, n))
            if pa.types.is_integer(arr.type):
                feats.update(categorical(acct_codes, x.astype(np.int64), n, y))
        else:
            feats.update(categorical(acct_codes, _codes(arr), n, y))
            lens = pc.fill_null(pc.utf8_length(arr), 0).to_numpy(zero_copy_only=False).astype(float)
            feats.update({f"length_{k}": v for k, v in numeric(acct_codes, lens, n).items()})
        for k, v in feats.items():
            results.append((f"exchanges.{col}", k, auc(y, v)))
        del arr
    best: dict[str, tuple[str, float]] = {}
    for col, feat, v in results:
        if col not in best or v > best[col][1]:
            best[col] = (feat, v)
    worst = 0.0
    for col, (feat, v) in sorted(best.items(), key=lambda kv: -kv[1][1]):
        mark = "  FAIL" if v >= a.limit else ""
        print(f"{col:34s} {v:.3f}  ({feat}){mark}")
        worst = max(worst, v)
    print(f"max single-column AUC {worst:.3f} (limit {a.limit})")
    return 1 if worst >= a.limit else 0


if __name__ == "__main__":
    sys.exit(main())
