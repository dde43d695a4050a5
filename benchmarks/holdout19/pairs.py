"""Check that no single coarse per-account column separates a campaign from its twin.

    python benchmarks/holdout19/pairs.py --truth DIR

For each account: volume, distinct addresses, clients and countries, prompt and token means,
hours and days, system-prompt, API, stateless, tool and error shares, prompt repetition,
new-model share, account age, accounts on its card, in its organisation and on its e-mail
domain, the domain's length, and whether the declared country is not where it mostly connects. Each alone is
scored by ROC AUC (direction-free) for each campaign against its twin and for all campaigns
against all legitimate accounts; the best three per pair are printed. It says nothing about
what accounts do together, which is where the campaigns differ by design.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
from sklearn.metrics import roc_auc_score

PAIRS = (
    ("attack:code_port", "hn:migration_team"),
    ("attack:session_pool", "hn:cap_hitter"),
    ("attack:doc_fanout", "hn:doc_analyst"),
    ("attack:batch_window", "hn:batch_customer"),
    ("attack:style_grid", "hn:copy_agency"),
)

QUERY = """
with e as (select * from read_parquet('{d}/exchanges/*.parquet')),
a as (select * from read_parquet('{d}/accounts.parquet')),
l as (select * from read_parquet('{d}/labels.parquet')),
card as (select payment_fingerprint pf, count(*) n from a where pf is not null group by 1),
org as (select org_id, count(*) n from a where org_id is not null group by 1),
dom as (select email_domain, count(*) n from a where email_domain is not null group by 1),
f as (
  select account_id, count(*) exchanges, count(distinct ip) addresses,
    count(distinct user_agent) clients, count(distinct country) countries,
    avg(length(prompt)) prompt_length, avg(input_tokens) input_tokens,
    avg(output_tokens) output_tokens, count(distinct hour(ts)) distinct_hours,
    stddev(hour(ts)) hour_spread, count(distinct date_trunc('day', ts)) active_days,
    avg((system_prompt is not null)::int) system_share, avg((surface = 'api')::int) api_share,
    avg((conversation_id is null)::int) stateless_share, avg(tool_count) tools,
    avg((status <> 200)::int) error_share,
    count(distinct prompt) / count(*) prompt_distinct_ratio,
    avg((model = 'tern-4')::int) new_model_share, mode(country) top_country
  from e group by 1)
select l.label, f.*, epoch(timestamp '2027-08-02' - a.created_at) / 86400 account_age,
  coalesce(card.n, 0) card_accounts, coalesce(org.n, 0) org_accounts,
  coalesce(dom.n, 0) domain_accounts, length(a.email_domain) domain_length,
  (a.declared_country is distinct from f.top_country)::int declared_elsewhere
from l join f using (account_id) join a using (account_id)
left join card on card.pf = a.payment_fingerprint left join org on org.org_id = a.org_id
left join dom on dom.email_domain = a.email_domain
"""


def best(df, positive: str | None, negative: str | None) -> list[tuple[float, str]]:
    if positive is None:
        sub = df
        y = df["label"].str.startswith("attack:").astype(int)
    else:
        sub = df[df["label"].isin([positive, negative])]
        y = (sub["label"] == positive).astype(int)
    out = []
    for col in df.columns:
        if col in ("label", "account_id", "top_country"):
            continue
        auc = roc_auc_score(y, sub[col].fillna(-1))
        out.append((max(auc, 1 - auc), col))
    return sorted(out, reverse=True)[:3]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--truth", required=True, type=Path)
    args = p.parse_args(argv)
    if not (args.truth / "labels.parquet").is_file():
        print(f"pairs.py: {args.truth} holds no labels.parquet", file=sys.stderr)
        return 2
    try:
        df = duckdb.connect().execute(QUERY.format(d=args.truth.as_posix())).df()
    except duckdb.Error as exc:
        print(f"pairs.py: cannot read {args.truth} ({type(exc).__name__})", file=sys.stderr)
        return 2
    for pos, neg in (*PAIRS, (None, None)):
        name = f"{pos} vs {neg}" if pos else "all campaigns vs all legitimate"
        print(f"{name:48s} " + ", ".join(f"{c} {a:.3f}" for a, c in best(df, pos, neg)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
