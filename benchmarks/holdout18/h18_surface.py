"""Surface check: how far does one per-account summary of the exchanges go alone?

    python benchmarks/holdout18/h18_surface.py --truth DIR

For each campaign against its twin, and for all campaigns against all legitimate accounts,
every summary is scored alone by ROC AUC (direction-free); the best three are printed. A world
where one summary separates a pair is a world that tests that summary, not the design.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

PAIRS = (
    ("attack:sheet_formula", "hn:sheet_addon"),
    ("attack:dialogue_selfplay", "hn:roleplay_trainer"),
    ("attack:key_pool_proxy", "hn:byok_customer"),
    ("attack:cascade_mining", "hn:model_router"),
    ("attack:task_farm", "hn:scheduled_tasks"),
)


def summaries(truth: Path) -> pd.DataFrame:
    t = ds.dataset(truth / "exchanges").to_table(
        columns=[
            "account_id",
            "ts",
            "ip",
            "surface",
            "input_tokens",
            "output_tokens",
            "conversation_id",
            "user_agent",
            "system_prompt",
            "prompt",
            "status",
            "country",
            "response",
            "tool_count",
            "model",
        ]
    )
    df = pd.DataFrame(
        {
            "a": t["account_id"].to_numpy(zero_copy_only=False),
            "ts": pc.cast(t["ts"], "int64").to_numpy(),
            "ip": t["ip"].to_numpy(zero_copy_only=False),
            "api": pc.equal(t["surface"], "api").to_numpy(zero_copy_only=False),
            "tin": t["input_tokens"].to_numpy(),
            "tout": t["output_tokens"].to_numpy(),
            "conv": t["conversation_id"].to_numpy(zero_copy_only=False),
            "ua": t["user_agent"].to_numpy(zero_copy_only=False),
            "sys": pc.fill_null(
                pc.binary_length(pc.cast(t["system_prompt"], "binary")), -1
            ).to_numpy(),
            "plen": pc.utf8_length(t["prompt"]).to_numpy(),
            "p": t["prompt"].to_numpy(zero_copy_only=False),
            "err": pc.not_equal(t["status"], 200).to_numpy(zero_copy_only=False),
            "cty": t["country"].to_numpy(zero_copy_only=False),
            "kept": pc.is_valid(t["response"]).to_numpy(zero_copy_only=False),
            "tools": pc.greater(t["tool_count"], 0).to_numpy(zero_copy_only=False),
            "model": t["model"].to_numpy(zero_copy_only=False),
        }
    )
    del t
    df["day"] = (df["ts"] - df["ts"].min()) // 86_400_000_000
    df["hour"] = (df["ts"] // 3_600_000_000) % 24
    df["weekend"] = (df["day"] % 7) >= 5
    shared = df.groupby("p")["a"].nunique()
    df["pshared"] = df["p"].map(shared) > 1
    ipshare = df.groupby("ip")["a"].nunique()
    df["ipshared"] = df["ip"].map(ipshare)
    g = df.groupby("a")
    s = pd.DataFrame(
        {
            "exchanges": g.size(),
            "distinct ips": g["ip"].nunique(),
            "api share": g["api"].mean(),
            "input tokens": g["tin"].mean(),
            "output tokens": g["tout"].mean(),
            "threads": g["conv"].nunique() / g.size(),
            "clients": g["ua"].nunique(),
            "system prompts": g["sys"].nunique(),
            "prompt length": g["plen"].mean(),
            "distinct prompts": g["p"].nunique() / g.size(),
            "errors": g["err"].mean(),
            "countries": g["cty"].nunique(),
            "retention": g["kept"].mean(),
            "tool share": g["tools"].mean(),
            "active days": g["day"].nunique(),
            "hours": g["hour"].nunique(),
            "weekend share": g["weekend"].mean(),
            "models": g["model"].nunique(),
            "prompts shared": g["pshared"].mean(),
            "accounts per ip": g["ipshared"].mean(),
        }
    )
    lab = pq.read_table(truth / "labels.parquet").to_pandas().set_index("account_id")["label"]
    return s.join(lab, how="inner")


def auc(x: np.ndarray, y: np.ndarray) -> float:
    """ROC AUC of x for y, direction-free (max of AUC and 1 - AUC), ties at half."""
    r = pd.Series(x).rank().to_numpy()
    npos, nneg = int(y.sum()), int((~y).sum())
    if npos == 0 or nneg == 0:
        return float("nan")
    a = (r[y].sum() - npos * (npos + 1) / 2) / (npos * nneg)
    return max(a, 1 - a)


def best(s: pd.DataFrame, pos: pd.Series, top: int = 3) -> list[tuple[str, float]]:
    y = pos.to_numpy()
    res = [(c, auc(s[c].to_numpy(dtype=float), y)) for c in s.columns if c != "label"]
    return sorted(res, key=lambda t: -t[1])[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Best single per-account summaries per pair (ROC AUC)."
    )
    ap.add_argument("--truth", required=True, type=Path)
    args = ap.parse_args(argv)
    s = summaries(args.truth)
    rows = [("all campaigns vs all legitimate", s, s["label"].str.startswith("attack:"))]
    for a, t in PAIRS:
        sub = s[s["label"].isin((a, t))]
        rows.append((f"{a} vs {t}", sub, sub["label"] == a))
    for name, sub, pos in rows:
        print(f"{name}: " + ", ".join(f"{c} {v:.3f}" for c, v in best(sub, pos)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
