"""What the group features add: the leave-one-family-out split with and without them.

For each family given, two recipes are trained and calibrated without that family on the
training worlds of detect_data.py (or, with `--plain-worlds`, on the same worlds without the
`lookalikes` knob, as before it existed) and scored on the test simulations at their 10^-3
threshold (the model alone, as bench_generalise.py's leave-one-out split): the shipped recipe
(`group`) and the same without the eight group features (`no-group`). Prints, per family and
recipe, the left-out family's recall, precision, recall, false positives and the legitimate
class flagged most.

`--neighbour-score` adds a two-stage recipe that is not shipped: the shipped recipe's score
averaged over each account's neighbours (groups.Neighbours.mean) as one more feature of a
second model; the training accounts' first-stage scores come from two folds of training
worlds (each scored by a model trained on the other), validation and test accounts' from a
model trained on all training worlds.

    python benchmarks/bench_group_ablation.py [--root /tmp/detect-sims]
        [--families multiturn,lowslow,toolharvest,hydra] [--plain-worlds] [--neighbour-score]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402


def main() -> None:
    from consentry.detect import groups
    from consentry.detect import model as mdl

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/tmp/detect-sims"))
    ap.add_argument("--families", default="multiturn,lowslow,toolharvest,hydra")
    ap.add_argument("--plain-worlds", action="store_true")
    ap.add_argument("--neighbour-score", action="store_true")
    args = ap.parse_args()
    train, val = dd.TRAIN, dd.VALIDATION
    if args.plain_worlds:
        train = [dataclasses.replace(s, lookalikes=False) for s in train]
        val = [dataclasses.replace(s, lookalikes=False) for s in val]
    tr = pd.concat([dd.profile(s, args.root) for s in train])
    va = pd.concat([dd.profile(s, args.root) for s in val])
    te = pd.concat([dd.profile(s, args.root) for s in dd.TEST])
    recipes = {
        "group": mdl.NAMES,
        "no-group": tuple(k for k in mdl.NAMES if k not in groups.COLUMNS),
    }
    lab = te.label.to_numpy().astype(str)
    attack = np.char.startswith(lab, "attack:")

    def y(f: pd.DataFrame) -> np.ndarray:
        return f.label.str.startswith("attack:").to_numpy().astype(int)

    print("| family left out | recipe | its recall | precision | recall | FP | worst class |")
    print("|---|---|---|---|---|---|---|")

    def fit(a: pd.DataFrame, b: pd.DataFrame, names: tuple[str, ...]):  # noqa: ANN202
        xa, xb = mdl.matrix(a, names), mdl.matrix(b, names)
        return mdl.fit(xa, y(a), xb, y(b), {}, 0, names, mdl.INCREASING & set(names))

    def with_score(f: pd.DataFrame, specs: list, m) -> pd.DataFrame:  # noqa: ANN001
        parts = []
        for spec in specs:
            part = f[f.sim == spec.name].copy()
            if part.empty:
                continue
            mm = dd.members(spec, args.root)
            nb = groups.neighbours(part.index, mm.assign(a=part.index.get_indexer(mm.account_id)))
            part["neighbour_score"] = nb.mean(m.score(mdl.matrix(part, m.names)))
            parts.append(part)
        return pd.concat(parts)

    if args.neighbour_score:
        recipes["group+neighbour-score"] = (*mdl.NAMES, "neighbour_score")
    for fam in args.families.split(","):
        f_tr = tr[tr.family.fillna("") != fam]
        f_va = va[va.family.fillna("") != fam]
        t_te = te
        for name, names in recipes.items():
            a_tr, a_va = f_tr, f_va
            if name == "group+neighbour-score":
                sims = [s.name for s in train]
                folds = [set(sims[0::2]), set(sims[1::2])]
                a_tr = pd.concat(
                    with_score(
                        f_tr[f_tr.sim.isin(k)], train, fit(f_tr[~f_tr.sim.isin(k)], f_va, mdl.NAMES)
                    )
                    for k in folds
                )
                first = fit(f_tr, f_va, mdl.NAMES)
                a_va, t_te = with_score(f_va, val, first), with_score(te, dd.TEST, first)
            m = fit(a_tr, a_va, names)
            flag = m.score(mdl.matrix(t_te, names)) >= m.threshold(1e-3)
            lab = t_te.label.to_numpy().astype(str)
            attack = np.char.startswith(lab, "attack:")
            held = lab == f"attack:{fam}"
            tp, fp = int((flag & attack).sum()), int((flag & ~attack).sum())
            cls = pd.Series(flag[~attack]).groupby(lab[~attack]).agg(["sum", "size"])
            worst = cls.assign(r=cls["sum"] / cls["size"]).sort_values("r").iloc[-1]
            print(
                f"| {fam} | {name} | {flag[held].mean():.3f} ({int(flag[held].sum())}/"
                f"{int(held.sum())}) | {tp / max(tp + fp, 1):.4f} | {flag[attack].mean():.4f} "
                f"| {fp}/{int((~attack).sum())} | {worst.name} {int(worst['sum'])}/"
                f"{int(worst['size'])} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
