"""Checks that the hold-out is not trivially separable: how many accounts send each exact
prompt (by label group), and the ROC AUC of attack vs benign accounts on single per-account
columns. Prints one line per figure.

    python benchmarks/holdout3/realism.py DIR
"""

from __future__ import annotations

import sys

import duckdb
from sklearn.metrics import roc_auc_score

FEATURES = {
    "exchanges": "count(*)",
    "active_days": "count(distinct date_trunc('day', ts))",
    "per_active_day": "count(*) / count(distinct date_trunc('day', ts))",
    "distinct_ips": "count(distinct ip)",
    "distinct_countries": "count(distinct country)",
    "distinct_user_agents": "count(distinct user_agent)",
    "share_api": "avg((surface = 'api')::int)",
    "share_tools": "avg((tool_count > 0)::int)",
    "share_night_utc": "avg((hour(ts) < 6)::int)",
    "distinct_hours": "count(distinct hour(ts))",
    "share_system_prompt": "avg((system_prompt is not null)::int)",
    "mean_prompt_chars": "avg(length(prompt))",
    "mean_output_tokens": "avg(output_tokens)",
    "share_new_model": "avg((model like 'corvid-4.5%')::int)",
    "share_429": "avg((status = 429)::int)",
    "distinct_conversations_share": "count(distinct conversation_id) / count(*)",
}


def main(d: str) -> None:
    con = duckdb.connect()
    con.execute(f"create view e as select * from read_parquet('{d}/exchanges/*.parquet')")
    con.execute(f"create view l as select * from read_parquet('{d}/labels.parquet')")
    con.execute(f"create view a as select * from read_parquet('{d}/accounts.parquet')")
    dup = con.execute(
        """
        with p as (select prompt, count(distinct account_id) n from e group by prompt)
        select split_part(label, ':', 1) grp,
               avg((p.n >= 5)::int) share_prompts_by_5plus,
               avg((p.n >= 50)::int) share_by_50plus, max(p.n) max_accounts,
               avg((p.n >= 50 and length(prompt) >= 40)::int) long_by_50plus
        from e join l using (account_id) join p using (prompt) group by grp
        """
    ).fetchall()
    for grp, s5, s50, mx, long50 in sorted(dup):
        print(f"{grp}: share of exchanges whose exact prompt >=5 accounts send {s5:.3f}, "
              f">=50 accounts {s50:.3f} (prompts of 40+ chars {long50:.3f}), "
              f"most accounts on one prompt {mx}")  # fmt: skip
    cols = ", ".join(f"{v} as {k}" for k, v in FEATURES.items())
    df = con.execute(
        f"select l.label, {cols} from e join l using (account_id) group by e.account_id, l.label"
    ).df()
    acc = con.execute(
        "select l.label, (epoch(a.created_at) - epoch(timestamp '2026-02-02')) / 86400 age_days "
        "from a join l using (account_id)"
    ).df()
    y = df["label"].str.startswith("attack:")
    for k in FEATURES:
        auc = roc_auc_score(y, df[k].fillna(0))
        print(f"AUC {k}: {max(auc, 1 - auc):.3f}")
    auc = roc_auc_score(acc["label"].str.startswith("attack:"), acc["age_days"])
    print(f"AUC created_at: {max(auc, 1 - auc):.3f}")
    for col in ("tier", "signup_channel", "email_domain", "declared_country"):
        t = con.execute(
            f"select {col}, avg((label like 'attack:%')::int) p, count(*) n from a join l "
            f"using (account_id) group by {col} having count(*) >= 20 order by p desc limit 3"
        ).fetchall()
        print(f"{col}: highest attack shares " + ", ".join(f"{v}={p:.2f} (n={n})" for v, p, n in t))


if __name__ == "__main__":
    main(sys.argv[1])
