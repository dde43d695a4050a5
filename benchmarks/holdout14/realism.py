"""Hold-out 14 realism check: can any single column separate campaigns from legitimate accounts?

Every column of `accounts` and `exchanges` is summarised per account (distinct values, distinct
ratio, null share, modal share, accounts sharing the modal value, that value's attack rate learnt
on the other four of five folds, text length; mean, max, spread, zero share of numbers; true share
of flags; count, span, active days, distinct hours, hour mean and spread, requests per active hour
and weekend share of `ts`). Each summary alone is scored by ROC AUC, direction-free, pooled (all
campaigns against all legitimate accounts) and per campaign. Exit 1 if a pooled best reaches
--limit; bad input is one line on stderr, exit 2.

    python benchmarks/holdout14/realism.py --truth DIR [--limit 0.85] [--within L1,L2] [--json F]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.parquet as pq

TEXT = ("prompt", "system_prompt", "response", "user_agent")


class Bad(Exception):
    """Bad input."""


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """ROC AUC with ties averaged (Mann-Whitney), direction-free."""
    r = pd.Series(score).rank(method="average").to_numpy()
    n1 = int(y.sum())
    n0 = len(y) - n1
    if n1 == 0 or n0 == 0:
        return float("nan")
    a = (r[y].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)
    return float(max(a, 1 - a))


def _codes(arr: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Integer codes of a column's values (-1 = null), chunk by chunk: text columns of a full
    world are larger than one Arrow string array can hold."""
    chunks = arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
    parts = []
    for ch in chunks:
        vals = ch.fill_null("").to_numpy(zero_copy_only=False).astype(object)
        # pandas' hash is keyed and fixed, so codes (and tie order) are the same in every run.
        parts.append(pd.util.hash_array(vals, categorize=False).view(np.int64))
    h = np.concatenate(parts) if parts else np.zeros(0, np.int64)
    nulls = (
        np.asarray(arr.is_null().to_numpy(zero_copy_only=False), dtype=bool)
        if len(h)
        else np.zeros(0, bool)
    )
    codes, _ = pd.factorize(h)
    return np.where(nulls, -1, codes).astype(np.int64)


def _column(ds: pads.Dataset, name: str, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """(codes or numbers, text lengths) of one exchanges column, read one file at a time."""
    vals, lens = [], []
    pos = 0
    for frag in sorted(ds.get_fragments(), key=lambda f: f.path):
        col = frag.to_table(columns=[name]).column(name)
        n = len(col)
        m = pa.array(mask[pos : pos + n])
        pos += n
        col = col.filter(m)
        t = col.type
        if pa.types.is_string(t) or pa.types.is_large_string(t):
            vals.append(col)
            lens.append(pc.utf8_length(col).fill_null(0).to_numpy())
        elif pa.types.is_boolean(t):
            vals.append(col.fill_null(False).cast(pa.int8()).to_numpy())
        elif pa.types.is_timestamp(t):
            vals.append(col.cast(pa.int64()).to_numpy())
        else:
            vals.append(col.fill_null(0).to_numpy())
    if lens:
        return _codes(
            pa.chunked_array([c for v in vals for c in v.chunks], type=vals[0].type)
        ), np.concatenate(lens)
    return np.concatenate(vals), None


def cat_summaries(
    acct: np.ndarray, codes: np.ndarray, n_acc: int, y: np.ndarray, folds: np.ndarray
) -> dict[str, np.ndarray]:
    """Summaries of a categorical column (codes -1 = null) per account index."""
    out: dict[str, np.ndarray] = {}
    cnt = np.bincount(acct, minlength=n_acc).astype(float)
    nulls = np.bincount(acct[codes < 0], minlength=n_acc).astype(float)
    ok = codes >= 0
    df = pd.DataFrame({"a": acct[ok], "v": codes[ok]})
    g = df.groupby(["a", "v"]).size().reset_index(name="n")
    distinct = np.bincount(g["a"].to_numpy(), minlength=n_acc).astype(float)
    top = g.sort_values(["a", "n", "v"], ascending=[True, False, True]).drop_duplicates("a")
    modal_n = np.zeros(n_acc)
    modal_v = np.full(n_acc, -1, dtype=np.int64)
    modal_n[top["a"].to_numpy()] = top["n"].to_numpy()
    modal_v[top["a"].to_numpy()] = top["v"].to_numpy()
    safe = np.maximum(cnt, 1)
    out["distinct values"] = distinct
    out["distinct ratio"] = distinct / safe
    out["null share"] = nulls / safe
    out["modal share"] = modal_n / np.maximum(cnt - nulls, 1)
    has = modal_v >= 0
    share = pd.Series(modal_v[has]).map(pd.Series(modal_v[has]).value_counts()).to_numpy()
    sharing = np.zeros(n_acc)
    sharing[has] = share
    out["accounts sharing the modal value"] = sharing
    out["modal value's attack rate"] = fold_rate(modal_v, y, folds)
    return out


def fold_rate(value: np.ndarray, y: np.ndarray, folds: np.ndarray) -> np.ndarray:
    """Attack rate of each account's value, learnt on the other folds (unseen: the base rate)."""
    rate = np.full(len(value), y.mean())
    for f in range(5):
        tr = (folds != f) & (value >= 0)
        te = (folds == f) & (value >= 0)
        if not tr.any() or not te.any():
            continue
        s = pd.DataFrame({"v": value[tr], "y": y[tr]}).groupby("v")["y"].mean()
        m = pd.Series(value[te]).map(s).to_numpy(dtype=float)
        rate[te] = np.where(np.isnan(m), y[tr].mean(), m)
    return rate


def num_summaries(acct: np.ndarray, x: np.ndarray, n_acc: int) -> dict[str, np.ndarray]:
    df = pd.DataFrame({"a": acct, "x": x.astype(float)})
    df["z"] = (df["x"] == 0).astype(float)
    g = df.groupby("a")["x"]
    out = {}
    for name, s in (
        ("mean", g.mean()),
        ("max", g.max()),
        ("spread", g.std()),
        ("zero share", df.groupby("a")["z"].mean()),
        ("distinct values", g.nunique()),
    ):
        arr = np.zeros(n_acc)
        arr[s.index.to_numpy()] = s.fillna(0).to_numpy()
        out[name] = arr
    return out


def ts_summaries(acct: np.ndarray, ts_us: np.ndarray, n_acc: int) -> dict[str, np.ndarray]:
    sec = ts_us / 1e6
    hour = (sec // 3600).astype(np.int64)
    day = (sec // 86400).astype(np.int64)
    df = pd.DataFrame(
        {
            "a": acct,
            "s": sec,
            "h": hour,
            "d": day,
            "hod": hour % 24,
            "we": ((day + 4) % 7 >= 5).astype(float),
        }
    )  # 1970-01-01 was a Thursday
    g = df.groupby("a")
    res = {
        "exchanges per account": g.size(),
        "span": g["s"].max() - g["s"].min(),
        "active days": g["d"].nunique(),
        "distinct hours of day": g["hod"].nunique(),
        "hour-of-day mean": g["hod"].mean(),
        "hour-of-day spread": g["hod"].std(),
        "requests per active hour": g.size() / g["h"].nunique(),
        "weekend share": g["we"].mean(),
    }
    out = {}
    for k, s in res.items():
        arr = np.zeros(n_acc)
        arr[s.index.to_numpy()] = s.fillna(0).to_numpy()
        out[k] = arr
    return out


def load(truth: Path, within: list[str] | None):
    for name in ("labels.parquet", "accounts.parquet", "exchanges"):
        if not (truth / name).exists():
            raise Bad(f"{truth / name} is missing; give the folder traffic.py wrote")
    lab = pq.read_table(truth / "labels.parquet").to_pandas()
    if not {"account_id", "label"} <= set(lab.columns) or lab.empty:
        raise Bad("labels.parquet needs rows with account_id and label")
    if within:
        unknown = set(within) - set(lab["label"])
        if unknown:
            raise Bad(f"--within names labels not in this world: {', '.join(sorted(unknown))}")
        lab = lab[lab["label"].isin(within)].reset_index(drop=True)
    y = lab["label"].str.startswith("attack:").to_numpy()
    if y.all() or not y.any():
        raise Bad("the chosen labels need both campaign and legitimate accounts")
    return lab, y


def run(truth: Path, within: list[str] | None) -> dict[str, dict[str, dict[str, float]]]:
    lab, y = load(truth, within)
    index = pd.Series(np.arange(len(lab)), index=lab["account_id"])
    folds = np.random.default_rng(0).integers(0, 5, size=len(lab))
    n_acc = len(lab)
    feats: dict[str, dict[str, np.ndarray]] = {}
    acc = pq.read_table(truth / "accounts.parquet")
    a_idx = index.reindex(acc.column("account_id").to_pylist()).to_numpy()
    keep = ~np.isnan(a_idx)
    a_idx = a_idx[keep].astype(np.int64)
    for name in acc.column_names:
        if name == "account_id":
            continue
        col = acc.column(name).filter(pa.array(keep))
        f: dict[str, np.ndarray] = {}
        if name == "created_at":
            v = np.zeros(n_acc)
            v[a_idx] = col.cast(pa.int64()).to_numpy(zero_copy_only=False) / 86.4e9
            f["value"] = v
        else:
            codes = np.full(n_acc, -1, dtype=np.int64)
            codes[a_idx] = _codes(col)
            has = codes >= 0
            share = np.zeros(n_acc)
            share[has] = pd.Series(codes[has]).map(pd.Series(codes[has]).value_counts())
            f["accounts sharing the value"] = share
            f["value's attack rate"] = fold_rate(codes, y, folds)
            f["null"] = (~has).astype(float)
        feats[f"accounts.{name}"] = f
    ds = pads.dataset(str(truth / "exchanges"), format="parquet")
    ids = []
    for frag in sorted(ds.get_fragments(), key=lambda f: f.path):
        ids.extend(frag.to_table(columns=["account_id"]).column("account_id").to_pylist())
    ex_idx = index.reindex(ids).to_numpy()
    sel = ~np.isnan(ex_idx)
    acct = ex_idx[sel].astype(np.int64)
    del ids
    for name in ds.schema.names:
        if name in ("account_id", "exchange_id"):
            continue
        t = ds.schema.field(name).type
        x, lens = _column(ds, name, sel)
        if name == "ts":
            feats["exchanges.ts"] = ts_summaries(acct, x, n_acc)
        elif pa.types.is_boolean(t):
            feats[f"exchanges.{name}"] = {"true share": num_summaries(acct, x, n_acc)["mean"]}
        elif pa.types.is_integer(t):
            feats[f"exchanges.{name}"] = num_summaries(acct, x, n_acc)
        else:
            f = cat_summaries(acct, x, n_acc, y, folds)
            if lens is not None and name in TEXT:
                f["length"] = num_summaries(acct, lens, n_acc)["mean"]
            feats[f"exchanges.{name}"] = f
        del x, lens
    campaigns = sorted({lbl for lbl in lab["label"] if lbl.startswith("attack:")})
    labels = lab["label"].to_numpy()
    result: dict[str, dict[str, dict[str, float]]] = {}
    for col_name, summ in feats.items():
        row: dict[str, dict[str, float]] = {}
        for s_name, v in summ.items():
            v = np.nan_to_num(v, nan=-1.0)
            per = {"pooled": auc(v, y)}
            for c in campaigns:
                m = (labels == c) | ~y
                per[c] = auc(v[m], y[m])
            row[s_name] = per
        result[col_name] = row
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="single-column separability of hold-out 14")
    ap.add_argument("--truth", required=True, type=Path)
    ap.add_argument("--limit", type=float, default=0.85)
    ap.add_argument("--within", default="")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    within = [x for x in args.within.split(",") if x] or None
    try:
        res = run(args.truth, within)
    except (Bad, pa.ArrowInvalid, OSError) as exc:
        print(f"realism.py: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    rows = []
    for col, summ in res.items():
        best = max(summ, key=lambda s: summ[s]["pooled"])
        camp = {c: max(summ[s][c] for s in summ) for c in summ[best] if c != "pooled"}
        worst = max(camp, key=lambda c: camp[c]) if camp else ""
        rows.append((summ[best]["pooled"], col, best, worst, camp.get(worst, float("nan"))))
    rows.sort(reverse=True)
    print(f"{'column':34s} {'best summary':36s} pooled  highest single campaign")
    for a, col, best, worst, wv in rows:
        print(f"{col:34s} {best:36s} {a:.3f}   {worst} {wv:.3f}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1))
    top = rows[0][0]
    print(f"best pooled AUC {top:.3f} ({rows[0][1]}, {rows[0][2]}); limit {args.limit}")
    return 1 if top >= args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
