"""How far does one account-level column get on its own? (holdout5 realism check)

  python benchmarks/holdout5/realism.py --truth /tmp/h5 [--top 40]

For each per-account aggregate a fraud team could compute, the ROC AUC of that column alone
against attack/legitimate, taken as max(AUC, 1 - AUC) so direction does not matter. A world
where one column reaches ~1.0 is a world a threshold solves; the aim is that none does.
Also the best column per campaign family (that family's accounts against all legitimate ones).
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score, roc_curve

FEATURES = """
with e as (
  select *, date_trunc('hour', ts) as hr, hour(ts) as h, dayofweek(ts) as dow
  from read_parquet('{ex}/*.parquet')
),
per_hour as (select account_id, hr, count(*) c from e group by all),
ph as (select account_id, max(c) peak_hour, avg(c) per_active_hour, count(*) active_hours from per_hour group by 1),
conv as (select account_id, conversation_id, count(*) turns from e where conversation_id is not null group by all),
cv as (select account_id, avg(turns) mean_turns, max(turns) max_turns, count(*) conversations from conv group by 1),
ipshare as (select ip, count(distinct account_id) accts from e group by 1),
ipx as (select e.account_id, avg(i.accts) mean_accts_per_ip, max(i.accts) max_accts_per_ip
        from e join ipshare i using (ip) group by 1),
sp as (select system_prompt, count(distinct account_id) accts from e where system_prompt is not null group by 1),
spx as (select e.account_id, avg(coalesce(s.accts, 0)) mean_accts_per_sysprompt
        from e left join sp s using (system_prompt) group by 1),
base as (
  select account_id,
    count(*) exchanges,
    count(distinct cast(ts as date)) active_days,
    count(distinct ip) distinct_ips,
    count(distinct regexp_extract(ip, '^(\\d+\\.\\d+\\.\\d+)\\.', 1)) distinct_24s,
    count(distinct user_agent) distinct_uas,
    count(distinct model) distinct_models,
    count(distinct country) distinct_countries,
    count(distinct api_key_id) distinct_keys,
    avg(input_tokens) mean_in, avg(output_tokens) mean_out,
    quantile_cont(output_tokens, 0.9) p90_out,
    avg(length(prompt)) mean_prompt_chars,
    avg(case when tool_count > 0 then 1 else 0 end) tool_share,
    avg(tool_count) mean_tools,
    avg(case when has_image then 1 else 0 end) image_share,
    avg(case when status >= 400 then 1 else 0 end) error_share,
    avg(case when h < 6 then 1 else 0 end) night_share,
    avg(case when dow in (0, 6) then 1 else 0 end) weekend_share,
    avg(case when surface = 'api' then 1 else 0 end) api_share,
    avg(case when surface = 'web' then 1 else 0 end) web_share,
    avg(case when surface = 'app' then 1 else 0 end) app_share,
    avg(case when surface = 'cli' then 1 else 0 end) cli_share,
    avg(case when system_prompt is not null then 1 else 0 end) sysprompt_share,
    count(distinct system_prompt) distinct_sysprompts,
    avg(case when conversation_id is null then 1 else 0 end) no_conv_share,
    avg(case when country in ('CN','RU','IR','KP','BY') then 1 else 0 end) restricted_share,
    avg(case when regexp_matches(lower(prompt), 'step|reasoning|derive|think|show (all )?work') then 1 else 0 end) cot_share,
    count(distinct prompt) * 1.0 / count(*) distinct_prompt_ratio,
    avg(case when model = 'halcyon-3-code' then 1 else 0 end) code_model_share,
    avg(case when model like '%mini' then 1 else 0 end) mini_share,
    min(ts) first_ts,
    entropy(h) hour_entropy,
    avg(case when incognito then 1 else 0 end) incognito_share
  from e group by 1
)
select * from base join ph using (account_id) left join cv using (account_id) left join ipx using (account_id)
  left join spx using (account_id)
"""

RELEASE_LAG = """
with r as (select * from '{rel}' where released_at >= (select min(ts) from read_parquet('{ex}/*.parquet'))),
firsts as (
  select e.account_id, r.model, min(e.ts) first_use, any_value(r.released_at) rel
  from read_parquet('{ex}/*.parquet') e join r on e.model = r.model group by all)
select account_id, min(epoch(first_use) - epoch(rel)) / 3600.0 min_release_lag_h,
       count(*) releases_used from firsts group by 1
"""


def ip_kinds(ex: Path, feed: Path) -> pd.DataFrame:
    q = f"select account_id, ip, count(*) n from read_parquet('{ex}/*.parquet') group by all"
    ips = duckdb.connect().execute(q).df()
    f = pd.read_parquet(feed)
    nets = [(ipaddress.ip_network(c), k) for c, k in zip(f["cidr"], f["kind"], strict=True)]
    by_len: dict[tuple[int, int], dict[int, str]] = {}
    for n, k in nets:
        by_len.setdefault((n.version, n.prefixlen), {})[int(n.network_address)] = k
    cache: dict[str, str] = {}
    for ip in ips["ip"].unique():
        a = ipaddress.ip_address(ip)
        bits = 32 if a.version == 4 else 128
        kind = "unknown"
        for (v, pl), d in by_len.items():
            if v != a.version:
                continue
            key = (int(a) >> (bits - pl)) << (bits - pl)
            if key in d:
                kind = d[key]
                break
        cache[ip] = kind
    ips["kind"] = ips["ip"].map(cache)
    tot = ips.groupby("account_id")["n"].sum()
    out = pd.DataFrame(index=tot.index)
    for k in ["datacenter", "proxy", "residential", "mobile", "education", "corporate", "unknown"]:
        out[f"ipkind_{k}_share"] = (
            ips[ips["kind"] == k].groupby("account_id")["n"].sum().reindex(tot.index).fillna(0)
            / tot
        )
    return out.reset_index()


def table(truth: Path) -> pd.DataFrame:
    ex = truth / "exchanges"
    feats = duckdb.connect().execute(FEATURES.format(ex=ex)).df()
    lag = (
        duckdb.connect()
        .execute(RELEASE_LAG.format(ex=ex, rel=truth / "model_releases.parquet"))
        .df()
    )
    acc = pd.read_parquet(truth / "accounts.parquet")
    tr = pd.read_parquet(truth / "truth.parquet")
    df = (
        feats.merge(lag, on="account_id", how="left")
        .merge(acc, on="account_id")
        .merge(tr[["account_id", "label", "family"]], on="account_id")
    )
    df = df.merge(ip_kinds(ex, truth / "ip_ranges.parquet"), on="account_id", how="left")
    df["account_age_days"] = (df["first_ts"] - df["created_at"]).dt.total_seconds() / 86400
    df["paid"] = df["payment_fingerprint"].notna().astype(float)
    pay_n = acc.groupby("payment_fingerprint")["account_id"].count()
    df["accounts_on_card"] = df["payment_fingerprint"].map(pay_n).fillna(0)
    org_n = acc.groupby("org_id")["account_id"].count()
    df["org_size"] = df["org_id"].map(org_n).fillna(0)
    for t in ["free", "pro", "max", "team", "enterprise", "api", "education"]:
        df[f"tier_{t}"] = (df["tier"] == t).astype(float)
    df["declared_vs_ip_country_mismatch"] = 0.0
    df["attack"] = df["label"].str.startswith("attack:")
    return df


def aucs(df: pd.DataFrame, mask: np.ndarray) -> pd.DataFrame:
    """Per column: max(AUC, 1-AUC), and the TPR a one-sided threshold on it reaches at FPR <= 1%."""
    cols = [c for c in df.columns if df[c].dtype.kind in "fiub" and c not in ("attack",)]
    y = df.loc[mask, "attack"].to_numpy()
    rows = {}
    for c in cols:
        x = df.loc[mask, c].astype(float).fillna(-1.0).to_numpy()
        if np.nanstd(x) == 0:
            continue
        a = roc_auc_score(y, x)
        fpr, tpr, _ = roc_curve(y, x if a >= 0.5 else -x)
        rows[c] = {"auc": max(a, 1 - a), "tpr_at_fpr_1pct": float(tpr[fpr <= 0.01].max())}
    return pd.DataFrame.from_dict(rows, orient="index").sort_values("auc", ascending=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--truth", type=Path, required=True)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args(argv)
    if not (a.truth / "exchanges").is_dir():
        raise SystemExit(f"{a.truth}/exchanges is missing: pass the folder traffic.py wrote")
    df = table(a.truth)
    allm = np.ones(len(df), dtype=bool)
    s = aucs(df, allm)
    print(f"{len(df):,} accounts with traffic, {int(df['attack'].sum()):,} attack")
    print(
        "single-column ROC AUC, all attack vs all legitimate (max(AUC, 1-AUC)), and TPR at FPR <= 1%:"
    )
    for k, v in s.head(a.top).iterrows():
        print(f"  {k:<34} AUC {v['auc']:.3f}  TPR@1%FPR {v['tpr_at_fpr_1pct']:.3f}")
    print(
        f"  highest TPR@1%FPR of any single column: {s['tpr_at_fpr_1pct'].max():.3f}"
        f" ({s['tpr_at_fpr_1pct'].idxmax()})"
    )
    print("\nbest single columns per campaign family (family vs all legitimate):")
    legit = ~df["attack"].to_numpy()
    for fam in sorted(df.loc[df["attack"], "family"].unique()):
        m = legit | (df["family"] == fam).to_numpy()
        sf = aucs(df, m)
        top = ", ".join(f"{k} {v['auc']:.3f}" for k, v in sf.head(3).iterrows())
        t1 = sf["tpr_at_fpr_1pct"]
        print(f"  {fam:<20} AUC: {top}; best TPR@1%FPR {t1.max():.3f} ({t1.idxmax()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
