"""How far one per-account column alone separates each campaign from its legitimate twin (and
all campaigns from all legitimate accounts): a check that no campaign carries a planted marker.

    python benchmarks/holdout15/surface.py --truth DIR

Prints, per pair, the three per-account summaries with the highest ROC AUC (direction-free).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import numpy as np
from sklearn.metrics import roc_auc_score

PAIRS = (
    ("attack:evol_chain", "hn:prompt_ops"),
    ("attack:relay_chain", "hn:context_carryover"),
    ("attack:screen_agent", "hn:rpa_vendor"),
    ("attack:sysprompt_grid", "hn:prompt_ab_test"),
    ("attack:replay_regen", "hn:multiturn_eval"),
)
SUMMARIES = """
 count(*) n, count(distinct ip) / count(*) ip_ratio, count(distinct ip) n_ip,
 count(distinct user_agent) n_ua, avg((surface = 'api')::int) api_share,
 avg(input_tokens) in_tok, avg(output_tokens) out_tok,
 avg((conversation_id is null)::int) no_thread, count(distinct hour(ts)) n_hours,
 count(distinct model) models, avg((tool_count > 0)::int) tool_share, avg(has_image::int) images,
 avg(length(prompt)) prompt_len, count(distinct system_prompt) / count(*) system_ratio,
 avg((system_prompt is null)::int) no_system, count(distinct prompt) / count(*) prompt_ratio,
 count(distinct conversation_id) / count(*) thread_ratio, avg((status <> 200)::int) errors,
 count(distinct country) countries, count(distinct ts::date) n_days,
 avg((response is null)::int) no_response, avg((dayofweek(ts) in (0, 6))::int) weekend
"""


def table(truth: Path) -> tuple[np.ndarray, list[str], np.ndarray]:
    for name in ("exchanges", "accounts.parquet", "labels.parquet"):
        if not (truth / name).exists():
            raise FileNotFoundError(f"{truth / name} does not exist")
    con = duckdb.connect()
    df = con.execute(f"""
        with f as (select account_id, {SUMMARIES}
                   from read_parquet('{truth}/exchanges/*.parquet') group by 1)
        select l.label, f.* exclude (account_id), epoch(a.created_at) created,
               (a.payment_fingerprint is null)::int no_card, (a.org_id is null)::int no_org
        from read_parquet('{truth}/labels.parquet') l
        join read_parquet('{truth}/accounts.parquet') a using (account_id)
        left join f using (account_id)""").df()
    cols = [c for c in df.columns if c != "label"]
    return df["label"].to_numpy(), cols, df[cols].fillna(0).to_numpy(dtype=float)


def best(
    x: np.ndarray, cols: list[str], pos: np.ndarray, neg: np.ndarray
) -> list[tuple[float, str]]:
    y = np.r_[np.ones(pos.sum()), np.zeros(neg.sum())]
    out = []
    for j, c in enumerate(cols):
        auc = roc_auc_score(y, np.r_[x[pos, j], x[neg, j]])
        out.append((max(auc, 1 - auc), c))
    return sorted(out, reverse=True)[:3]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Single-column separation of each campaign.")
    ap.add_argument("--truth", required=True, type=Path, help="folder written by traffic.py")
    args = ap.parse_args(argv)
    try:
        labels, cols, x = table(args.truth)
    except (FileNotFoundError, duckdb.Error) as exc:
        print(f"surface.py: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    attack = np.char.startswith(labels.astype(str), "attack:")
    rows = [("all campaigns", "all legitimate", best(x, cols, attack, ~attack))]
    for a, b in PAIRS:
        rows.append((a, b, best(x, cols, labels == a, labels == b)))
    for a, b, top in rows:
        print(f"{a} vs {b}: " + ", ".join(f"{c} {auc:.3f}" for auc, c in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
