"""Does a feature the recipe does not read yet help on worlds the model never saw?

Leave one examiner world out, twice per fold: the shipped recipe's features (`model.NAMES`
less `--drop`) without and with `--add`, each trained on the other worlds at `--world-seeds`,
validated at `--val-seeds` (worst pool), the left-out world scored at `--held-seeds`; PR-AUC and
TPR at each run's own FPR 1e-3, per world (mean over seeds), then mean and worst world.

    python benchmarks/lowo_feature.py --worlds holdout10,...,holdout16 --add owner_overlap \
        --drop $D --world-root DIR --root SIMS [--sim-scales none] [--held-seeds 1,2,3,4]

`--sim-scales none` leaves the simulations out (when their caches are not built).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402
import train_detector as td  # noqa: E402

from consentry.detect import model as mdl  # noqa: E402
from consentry.detect.evaluate import figures  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, required=True, help="the simulations' caches")
    td.add_world_options(ap, worlds="")
    ap.add_argument("--add", required=True, help="features to add to the recipe, comma-separated")
    ap.add_argument("--held-seeds", type=td._ints, default=(1,))
    ap.add_argument("--folds", default="", help="leave out only these of --worlds (default: each)")
    ap.add_argument("--out", type=Path, default=None, help="where the fold models go")
    args = ap.parse_args()
    drop = set(filter(None, args.drop.split(",")))
    add = tuple(filter(None, args.add.split(",")))
    unknown = [f for f in add if f not in mdl.FEATURES]
    if unknown:
        sys.exit(f"--add: not a feature: {','.join(unknown)}")
    base = tuple(n for n in mdl.NAMES if n not in drop and n not in add)
    worlds = tuple(filter(None, args.worlds.split(",")))
    wroot = args.world_root or args.root
    out = args.out or args.root / "models"
    rows = []
    folds = tuple(filter(None, args.folds.split(","))) or worlds
    if set(folds) - set(worlds):
        sys.exit(f"--folds: not in --worlds: {','.join(sorted(set(folds) - set(worlds)))}")
    for w in folds:
        others = tuple(x for x in worlds if x != w)
        for tag, names in (("base", base), ("with", base + add)):
            m = td.train(
                args.root,
                out / f"feature-{tag}-without-{w}.joblib",
                names=names,
                worlds=others,
                campaign_point=False,
                **td.recipe(args),
            )
            for s in args.held_seeds:
                p = dd.profile(dd.World(w, s), wroot)
                prob = m.score(m.matrix(p))
                fig = figures(tag, p.label.to_numpy(), prob, prob >= m.threshold(1e-3))
                rows.append((w, s, tag, fig.pr_auc, fig.tpr_at_fpr))
                print(f"{w}-{s} {tag}: PR-AUC {fig.pr_auc:.3f}, TPR at 1e-3 {fig.tpr_at_fpr:.3f}")
    r = pd.DataFrame(rows, columns=["world", "seed", "model", "pr_auc", "tpr"])
    per = r.groupby(["world", "model"])[["pr_auc", "tpr"]].mean().unstack("model")
    print(per.round(3).to_string())
    mean = per.mean()
    print(
        "mean PR-AUC base {:.3f} with {:.3f}; worst world {:.3f} / {:.3f}; mean TPR {:.3f} / {:.3f}".format(
            mean["pr_auc", "base"],
            mean["pr_auc", "with"],
            per["pr_auc", "base"].min(),
            per["pr_auc", "with"].min(),
            mean["tpr", "base"],
            mean["tpr", "with"],
        )
    )


if __name__ == "__main__":
    main()
