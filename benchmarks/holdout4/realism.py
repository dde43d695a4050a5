"""Realism check for hold-out 4: can one account-level aggregate separate campaigns by itself?

For each aggregate a fraud team would compute per account, prints the ROC AUC of that one
column for attack accounts against all legitimate ones (reported as max(AUC, 1 - AUC), so 0.5
is useless and 1.0 is a giveaway), and the same against the hard negatives only. Categorical
columns are scored by their own attack rate per category (an upper bound: it is fitted on the
labels). A set where any line is near 1.0 is too easy.

    python benchmarks/holdout4/realism.py /tmp/h4
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import numpy as np
from sklearn.metrics import roc_auc_score

RELEASE = "2026-01-19 10:00:00+00"

QUERY = f"""
with e as (
  select account_id, ts, ip, country, user_agent, model, surface, conversation_id, system_prompt, prompt,
         input_tokens, output_tokens, tool_count, has_image, status, hour(ts) as h,
         date_trunc('hour', ts) as hr, cast(ts as date) as d
  from read_parquet('{{ex}}/**/*.parquet')
),
ipn as (select ip, count(distinct account_id) as n_acc from e group by ip),
hrs as (select account_id, hr, count(*) as c from e group by 1, 2),
hh as (select account_id, h, count(*) as c from e group by 1, 2),
ent as (select account_id, -sum(p * ln(p)) as hour_entropy
        from (select account_id, c / sum(c) over (partition by account_id) as p from hh) group by 1),
a as (
  select e.account_id,
    count(*) as exchanges, count(distinct d) as active_days, count(distinct hr) as active_hours,
    count(distinct e.ip) as distinct_ips, count(distinct user_agent) as distinct_uas,
    count(distinct model) as distinct_models, count(distinct country) as distinct_countries,
    count(distinct conversation_id) as distinct_convs,
    avg(input_tokens) as mean_in, avg(output_tokens) as mean_out,
    avg((tool_count > 0)::int) as tool_share, avg(tool_count) as mean_tools, avg(has_image::int) as image_share,
    avg((status >= 400)::int) as error_share, avg((status = 429)::int) as r429_share,
    avg((h < 6)::int) as night_share, avg((surface = 'api')::int) as api_share,
    avg((surface = 'cli')::int) as cli_share, avg((surface = 'web')::int) as web_share,
    avg((conversation_id is null)::int) as stateless_share,
    avg((system_prompt is not null)::int) as system_share, count(distinct system_prompt) as distinct_systems,
    avg(length(prompt)) as mean_prompt_len,
    avg((regexp_matches(prompt, '[^\\x00-\\x7F]'))::int) as non_ascii_share,
    avg((regexp_matches(lower(prompt), 'step|reasoning|thinking|derivation|thought'))::int) as cot_word_share,
    avg((country in ('CN','HK','RU','IR','BY'))::int) as restricted_share,
    avg((model like 'nimbus-4%')::int) as new_model_share,
    avg(case when ts >= timestamptz '{RELEASE}' then (model like 'nimbus-4%')::int end) as new_model_share_after,
    min(case when model like 'nimbus-4%' then epoch(ts) - epoch(timestamptz '{RELEASE}') end) / 3600
      as hours_to_new_model,
    avg((ts >= timestamptz '{RELEASE}')::int) as share_after_release,
    avg(n_acc) as mean_accounts_per_ip, max(n_acc) as max_accounts_per_ip,
    min(ts) as first_ts
  from e join ipn using (ip) group by e.account_id
)
select a.*, exchanges / active_hours as per_active_hour, pk.peak_hour, ent.hour_entropy
from a join (select account_id, max(c) as peak_hour from hrs group by 1) pk using (account_id)
join ent using (account_id)
"""


def auc(y: np.ndarray, x: np.ndarray) -> float:
    ok = ~np.isnan(x)
    if ok.sum() < 10 or len(set(y[ok])) < 2:
        return float("nan")
    v = roc_auc_score(y[ok], x[ok])
    return max(v, 1 - v)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(
            "usage: realism.py SIM_FOLDER (with exchanges/, accounts.parquet, labels.parquet)",
            file=sys.stderr,
        )
        return 2
    sim = Path(argv[0])
    con = duckdb.connect()
    con.execute("set memory_limit='2GB'")
    df = con.sql(QUERY.replace("{ex}", str(sim / "exchanges"))).df()
    acc = con.sql(f"""
        select a.*, count(*) over (partition by payment_fingerprint) as accounts_per_card,
               count(*) over (partition by org_id) as org_size, l.label
        from read_parquet('{sim}/accounts.parquet') a join read_parquet('{sim}/labels.parquet') l using (account_id)
    """).df()
    df = df.merge(acc, on="account_id", how="right")
    df["account_age_days"] = (df["first_ts"] - df["created_at"]).dt.total_seconds() / 86400
    df.loc[df["payment_fingerprint"].isna(), "accounts_per_card"] = 0
    df.loc[df["org_id"].isna(), "org_size"] = 0
    y = df["label"].str.startswith("attack:").to_numpy()
    hn = df["label"].str.startswith("hn:").to_numpy() | y
    num = [
        c
        for c in df.columns
        if c not in ("account_id", "label", "first_ts", "created_at") and df[c].dtype.kind in "fiub"
    ]
    cat = ["tier", "signup_channel", "email_domain", "declared_country"]
    rows = []
    for c in num:
        x = df[c].astype(float).to_numpy()
        rows.append((c, auc(y, x), auc(y[hn], x[hn])))
    for c in cat:
        s = df[c].fillna("<null>")
        rate = df.groupby(s)["label"].apply(lambda v: v.str.startswith("attack:").mean())
        x = s.map(rate).to_numpy(dtype=float)
        rows.append((c + " (fitted)", auc(y, x), auc(y[hn], x[hn])))
    rows.sort(key=lambda r: -np.nan_to_num(r[1]))
    print(
        f"accounts {len(df):,}: attack {y.sum():,}, hard negatives {(hn & ~y).sum():,}, "
        f"benign {(~hn).sum():,}"
    )
    print(f"{'aggregate':34s} {'AUC vs all legit':>17s} {'AUC vs hard neg':>16s}")
    for name, a1, a2 in rows:
        print(f"{name:34s} {a1:17.3f} {a2:16.3f}")
    best = rows[0]
    print(f"best single column: {best[0]} at {best[1]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
