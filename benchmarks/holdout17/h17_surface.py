"""How far one column alone goes: per-account summaries of the exchanges, each scored by ROC AUC
(direction-free) for every campaign against its twin and for all campaigns against all
legitimate accounts. A pair that one summary separates is a pair a detector passes by luck.

python h17_surface.py --truth DIR
"""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

SUMMARIES = """
    count(*) AS exchanges, count(DISTINCT ip) AS addresses, count(DISTINCT ip) / count(*) AS address_ratio,
    avg((surface = 'api')::INT) AS api_share, avg(input_tokens) AS input_tokens,
    avg(output_tokens) AS output_tokens, count(DISTINCT conversation_id) / count(*) AS thread_ratio,
    count(DISTINCT user_agent) AS clients, count(DISTINCT system_prompt) AS system_prompts,
    avg(length(prompt)) AS prompt_length, count(DISTINCT prompt) / count(*) AS distinct_prompts,
    avg((status <> 200)::INT) AS errors, count(DISTINCT country) AS countries,
    avg((response IS NOT NULL)::INT) AS retained, avg((tool_count > 0)::INT) AS tool_share,
    count(DISTINCT date_trunc('day', ts)) AS active_days, count(DISTINCT hour(ts)) AS hours,
    avg((dayofweek(ts) IN (0, 6))::INT) AS weekend_share, count(DISTINCT model) AS models
"""
PAIRS = (
    ("resample_pairs", "multi_draft_app"),
    ("lang_matrix", "localisation_saas"),
    ("longdoc_digest", "doc_summary_app"),
    ("takeover_blend", "shared_login"),
    ("ide_completion", "ide_coder"),
    ("data_vendor", "quiz_publisher"),
)


def summaries(folder: Path) -> pd.DataFrame:
    """One row per account that sent anything, with its label."""
    sql = f"""SELECT l.label, x.account_id, {SUMMARIES}
        FROM read_parquet('{folder / "exchanges" / "*.parquet"}') x
        JOIN read_parquet('{folder / "labels.parquet"}') l USING (account_id)
        GROUP BY ALL"""
    return duckdb.connect().execute(sql).df()


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """ROC AUC by mean rank (ties averaged), folded so 0.5 means no separation either way."""
    ranks = pd.Series(np.r_[pos, neg]).rank().to_numpy()
    a = (ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))
    return float(max(a, 1 - a))


def best(df: pd.DataFrame, pos: pd.Series, neg: pd.Series, k: int = 3) -> list[tuple[str, float]]:
    """The `k` summaries that alone separate the two groups best."""
    columns = [c for c in df.columns if c not in ("label", "account_id")]
    scored = [
        (c, auc(df.loc[pos, c].fillna(0).to_numpy(), df.loc[neg, c].fillna(0).to_numpy()))
        for c in columns
    ]
    return sorted(scored, key=lambda s: -s[1])[:k]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--truth", type=Path, required=True)
    df = summaries(p.parse_args().truth)
    attack = df["label"].str.startswith("attack:")
    rows = [("all campaigns vs all legitimate", best(df, attack, ~attack))]
    for campaign, twin in PAIRS:
        rows.append(
            (
                f"{campaign} vs {twin}",
                best(df, df["label"] == f"attack:{campaign}", df["label"] == f"hn:{twin}"),
            )
        )
    for name, top in rows:
        print(f"{name}\t" + ", ".join(f"{c} {a:.3f}" for c, a in top))


if __name__ == "__main__":
    main()
