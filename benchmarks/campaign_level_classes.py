"""Which legitimate classes of the validation worlds the campaign level would link and flag, per
candidate level and bar (campaign_level.py): the check that hub pruning keeps groups of
ordinary accounts (reseller customers, campus networks, eval labs, contractors) apart at a
lower threshold. Per validation world: legitimate and campaign accounts the rule adds beyond
the account-level threshold, and the three legitimate classes it adds most of.

    python benchmarks/campaign_level_classes.py --model M --root SIMS --world-root GEN \
        --worlds holdout2,...,holdout9 [--levels 0.01,0.05,0.1] [--bars 2,8,32]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402
import train_detector as td  # noqa: E402


def main() -> None:
    from consentry.detect import campaign_level as level
    from consentry.detect import model as mdl

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--world-root", type=Path, required=True)
    ap.add_argument("--worlds", required=True)
    ap.add_argument("--sim-scales", default="tiny,small")
    ap.add_argument("--val-seeds", type=td._ints, default=(4,))
    ap.add_argument("--levels", default="0.01,0.05,0.1")
    ap.add_argument("--bars", default="2,8,32")
    args = ap.parse_args()
    m = mdl.load(args.model)
    worlds = tuple(filter(None, args.worlds.split(",")))
    scales = tuple(filter(None, args.sim_scales.split(","))) or None
    _, va_src = td.sources(worlds, (), args.val_seeds, scales)
    va = td.frames(va_src, args.root, None, args.world_root)
    strict = m.threshold(mdl.DEFAULT_MAX_FPR)
    bars = [float(b) for b in args.bars.split(",")]
    print(
        "| candidate FPR | world | legitimate flagged by the account level | "
        + " | ".join(f"bar {b:g}: + legitimate / + campaign" for b in bars)
        + f" | classes added most (bar {bars[len(bars) // 2]:g}) |"
    )
    print("|---" * (4 + len(bars)) + "|")
    for fpr in (float(x) for x in args.levels.split(",")):
        cand = m.threshold(fpr)
        for s in va_src:
            rows = va[va.sim == s.name]
            edges = dd.edges(s, args.world_root if isinstance(s, dd.World) else args.root)
            prob = pd.Series(m.score(m.matrix(rows)), index=rows.index)
            comp = level.groups(edges, prob, cand)
            legit = ~rows.label.str.startswith("attack:")
            cells = []
            for bar in bars:
                new = level.passing(comp, prob, bar) & (prob < strict)
                cells.append(f"{int((new & legit).sum())} / {int((new & ~legit).sum())}")
            mid = level.passing(comp, prob, bars[len(bars) // 2]) & (prob < strict) & legit
            top = rows.label[mid].value_counts().head(3)
            print(
                f"| {fpr:g} | {s.name} | {int(((prob >= strict) & legit).sum())}/"
                f"{int(legit.sum())} | "
                + " | ".join(cells)
                + " | "
                + ", ".join(f"{k} {v}" for k, v in top.items())
                + " |"
            )


if __name__ == "__main__":
    main()
