"""Per-account profile: the aggregates turned into rates, shapes and shares (pandas, small).

Everything here works on per-account (or per account and hour/address) tables that the
engine already reduced; nothing touches the raw exchanges.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from consentry.detect import ties
from consentry.detect.features import Features

ROWS = 1 << 16  # accounts per block of the (accounts, buckets) arithmetic: bounded transients


def _entropy(counts: np.ndarray) -> np.ndarray:
    """Normalised entropy of each row, a block of rows at a time (at 1.3M accounts each
    whole-matrix temporary is a quarter of a gigabyte)."""
    h = np.empty(len(counts))
    for lo in range(0, len(counts), ROWS):
        c = counts[lo : lo + ROWS]
        p = c / np.maximum(c.sum(axis=1, keepdims=True), 1)
        with np.errstate(divide="ignore", invalid="ignore"):
            h[lo : lo + ROWS] = -np.nansum(np.where(p > 0, p * np.log(p), 0.0), axis=1)
    return h / np.log(counts.shape[1])


def _quietest(hours: np.ndarray, width: int = 8) -> np.ndarray:
    """Per row, the least traffic in `width` consecutive hours (around midnight too)."""
    out = np.full(len(hours), np.inf)
    for start in range(hours.shape[1]):
        at = (start + np.arange(width)) % hours.shape[1]
        np.minimum(out, hours[:, at].sum(axis=1), out=out)
    return out


def _matrix(
    index: pd.Index, rows: pd.Series, cols: np.ndarray, n: pd.Series, width: int
) -> np.ndarray:
    """(accounts, width) counts of a long (account, bucket, n) table, as pivot_table would give
    them, by one scatter-add instead of a pandas pivot (tens of millions of rows at scale)."""
    at = index.get_indexer(rows)
    ok = at >= 0
    flat = at[ok].astype(np.int64) * width + np.asarray(cols)[ok]
    out = np.bincount(flat, weights=n.to_numpy(dtype=float)[ok], minlength=len(index) * width)
    return out.reshape(len(index), width)


def _horizon(days: pd.DataFrame) -> dict[str, pd.Series]:
    """How an account's traffic sits over its own active span (per account and day counts):
    `top_day_share`, its busiest day's share; `late_share`, the share after the midpoint of its
    first and last active day (half of the midpoint day's); `before_heavy_share`, the share
    before its first day at half its busiest day's volume or more (a quiet start, then a turn).
    The last two are NaN for an account active on one day."""
    if days.empty:
        return {}
    t = pd.to_datetime(days.day)
    x = pd.DataFrame(
        {
            "account_id": days.account_id.to_numpy(),
            "d": (t - t.min()).dt.days.to_numpy(dtype=float),
            "n": days.n.to_numpy(dtype=float),
        }
    )
    g = x.groupby("account_id")
    total, top = g.n.transform("sum"), g.n.transform("max")
    first, last = g.d.transform("min"), g.d.transform("max")
    mid = (first + last) / 2
    late = x.n * ((x.d > mid) + 0.5 * (x.d == mid))
    heavy_from = x.d.where(x.n >= 0.5 * top).groupby(x.account_id).transform("min")
    before = x.n * (x.d < heavy_from)
    span = (last > first).groupby(x.account_id).first()
    out = pd.DataFrame({"late": late / total, "before": before / total, "top": x.n / total})
    out["account_id"] = x.account_id
    per = out.groupby("account_id").agg(
        late=("late", "sum"), before=("before", "sum"), top=("top", "max")
    )
    return {
        "top_day_share": per.top,
        "late_share": per.late.where(span),
        "before_heavy_share": per.before.where(span),
    }


def _addresses(ips: pd.DataFrame, addr: pd.DataFrame, index: pd.Index) -> dict[str, np.ndarray]:
    """Per account of `index`, from its (account, address, n) rows: the share of its traffic
    through datacenter or proxy ranges and through proxy ranges, its distinct addresses and
    networks (NaN for an account with no address rows). Counted on integer codes: at 50M
    exchanges the rows are ~9M, and a merged copy with per-row strings grouped five times
    was the profile's largest part."""
    at = index.get_indexer(ips.account_id)
    ip_code, ip_uniq = pd.factorize(ips.ip)
    a = addr.drop_duplicates("ip").set_index("ip").reindex(ip_uniq)
    kind = a.kind.to_numpy(dtype=object)
    net_code, _ = pd.factorize(a.network)
    ok = at >= 0
    at, ip_code = at[ok], ip_code[ok]
    n = ips.n.to_numpy(dtype=float)[ok]
    size = len(index)
    seen = np.bincount(at, minlength=size) > 0
    tot = np.bincount(at, weights=n, minlength=size)
    out: dict[str, np.ndarray] = {}
    row_kind = np.where(ip_code >= 0, kind[np.maximum(ip_code, 0)], None)
    for kinds, name in ((("datacenter", "proxy"), "egress_share"), (("proxy",), "proxy_share")):
        hit = np.isin(row_kind, kinds)
        within = np.bincount(at[hit], weights=n[hit], minlength=size)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[name] = np.where(seen, within / tot, 0.0)
    has_ip = ip_code >= 0
    out["n_ips"] = np.where(seen, np.bincount(at[has_ip], minlength=size), np.nan)
    row_net = np.where(has_ip, net_code[np.maximum(ip_code, 0)], -1)
    has_net = row_net >= 0
    pairs = np.unique(
        at[has_net].astype(np.int64) * (int(net_code.max(initial=-1)) + 1) + row_net[has_net]
    )
    width = int(net_code.max(initial=-1)) + 1
    nets = np.bincount(pairs // max(width, 1), minlength=size) if len(pairs) else np.zeros(size)
    out["n_networks"] = np.where(seen, nets, np.nan)
    return out


def build(
    f: Features,
    accounts: pd.DataFrame,
    addr: pd.DataFrame,
    restricted: frozenset[str],
) -> pd.DataFrame:
    """One row per account seen in the exchanges, with every figure the signals read."""
    a = f.activity.set_index("account_id")
    n = a.n.astype(float)
    p = pd.DataFrame(index=a.index)
    p["n"] = a.n
    d = f.days.groupby("account_id").n
    p["days"] = d.size().reindex(p.index).fillna(0)
    p["per_day"] = n / p.days.clip(lower=1)
    p["first_ts"], p["last_ts"] = a.first_ts, a.last_ts
    span = (a.last_ts.max() - a.first_ts.min()).total_seconds() / 86_400
    p["window_days"] = max(1.0, float(np.ceil(span)))
    p["active_day_share"] = p.days / p.window_days
    for col in (
        "choosing",
        "web_app",
        "tools",
        "image",
        "harvest",
        "single",
        "sys_prompt",
        "n_429",
        "n_err",
    ):
        p[f"{col}_share"] = a[col] / n
    p["out_per_ex"] = a.out_tokens / n
    p["in_per_ex"] = a.in_tokens / n
    p["out_in_ratio"] = np.log((a.out_tokens + 1) / (a.in_tokens + 1))
    threaded = (n - a.single).clip(lower=0)
    p["turns_per_conversation"] = (threaded / a.conversations.clip(lower=1)).where(threaded > 0)
    p["sys_distinct_share"] = (a.sys_distinct / a.sys_prompt.clip(lower=1)).where(a.sys_prompt > 0)
    p["prompt_distinct_share"] = a.prompt_distinct / n
    mean_len = a.len_sum / n
    p["prompt_len"] = np.log1p(mean_len)
    p["prompt_len_cv"] = np.sqrt((a.len_sq / n - mean_len**2).clip(lower=0)) / mean_len.clip(
        lower=1
    )
    p["models"] = a.models

    g = f.gaps.set_index("account_id").reindex(p.index)
    gaps = g.gaps.fillna(0).astype(float)
    mean = g.lg_sum / gaps.clip(lower=1)
    var = (g.lg_sq / gaps.clip(lower=1) - mean**2).clip(lower=0)
    p["gap_n"] = gaps
    p["gap_log_mean"] = mean.where(gaps >= 5)
    p["gap_log_sd"] = np.sqrt(var).where(gaps >= 5)
    p["burst_share"] = g.burst / n
    p["sessions"] = g.sessions
    p["per_session"] = n / g.sessions.clip(lower=1)

    hours = _matrix(p.index, f.hours.account_id, f.hours.hour.to_numpy(int), f.hours.n, 24)
    p["hour_entropy"] = _entropy(hours)
    p["active_hours"] = (hours > 0).sum(axis=1)
    # share of traffic in the quietest 8 consecutive hours (people sleep; pipelines do not)
    p["quiet8_share"] = _quietest(hours) / np.maximum(hours.sum(axis=1), 1)

    p["day_cv"] = (d.std() / d.mean()).reindex(p.index)
    p["max_day"] = d.max().reindex(p.index)
    for col, v in _horizon(f.days).items():
        p[col] = v.reindex(p.index)
    dow_of = pd.to_datetime(f.days.day).dt.day_of_week.to_numpy(int)
    dow = _matrix(p.index, f.days.account_id, dow_of, f.days.n, 7)
    p["weekday_entropy"] = _entropy(dow)
    p["weekend_share"] = dow[:, 5:].sum(axis=1) / np.maximum(dow.sum(axis=1), 1)

    # addresses: kind shares, restricted and mismatched countries
    for col, v in _addresses(f.ips, addr, p.index).items():
        p[col] = v
    # the network, autonomous system and kind carrying most of its traffic (ties.py)
    h = ties.home(f.ips, addr, p.index)
    for col in h.columns:
        p[col] = h[col]
    ag = f.agents
    p["n_clients"] = ag.groupby("account_id").user_agent.nunique().reindex(p.index)
    p["n_paths"] = ag.groupby("account_id").size().reindex(p.index)

    c = f.countries
    ctot = c.groupby("account_id").n.sum()
    rest = c[c.country.isin(restricted)].groupby("account_id").n.sum()
    p["restricted_n"] = rest.reindex(p.index).fillna(0)
    p["restricted_share"] = (rest / ctot).reindex(p.index).fillna(0.0)
    acc = accounts.set_index("account_id").reindex(p.index)
    decl = c.merge(acc[["declared_country"]], left_on="account_id", right_index=True)
    mism = decl[decl.declared_country.notna() & (decl.country != decl.declared_country)]
    p["mismatch_share"] = (mism.groupby("account_id").n.sum() / ctot).reindex(p.index).fillna(0.0)
    top_country = c.sort_values("n").groupby("account_id").country.last()
    p["top_country"] = top_country.reindex(p.index)

    # templates: how much of an account's traffic is a few fills of the same template
    t = f.templates
    for side in ("head", "tail"):
        ts = t[t.side == side]
        top = ts.groupby("account_id").n.max()
        p[f"{side}_template_share"] = (top / n).reindex(p.index).fillna(0.0)
    p["template_share"] = p[["head_template_share", "tail_template_share"]].max(axis=1)
    # ... and how much of it is a template other accounts fill too (a shared pipeline)
    users = t.groupby(["side", "h"]).account_id.transform("size")
    shared = t[users >= 3].groupby("account_id").n.sum()
    p["shared_template_share"] = (shared / n / 2).reindex(p.index).fillna(0.0).clip(upper=1)

    # model-release pivot on surfaces that choose their model
    p["pivot_share"] = 0.0
    p["pivot_n"] = 0
    for _model, r in f.releases.items():
        r = r.set_index("account_id").reindex(p.index)
        share = (r.n_new / r.n_window).where(r.n_window >= 5).fillna(0.0)
        better = share > p.pivot_share
        p.loc[better, "pivot_share"] = share[better]
        p.loc[better, "pivot_n"] = r.n_window[better]

    for col in (
        "created_at",
        "tier",
        "signup_channel",
        "payment_fingerprint",
        "email_domain",
        "declared_country",
        "org_id",
    ):
        p[col] = acc[col]
    age = (p.first_ts - p.created_at).dt.total_seconds() / 86_400
    p["account_age_days"] = np.log1p(age.clip(lower=0))
    card = acc.payment_fingerprint
    p["card_accounts"] = np.log1p(card.map(card.value_counts()).fillna(0))
    return p
