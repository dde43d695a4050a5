"""Train a detector on every development world, its operating point read from out-of-fold scores.

The deployment question is "what does a world I have not seen score". `unseen_threshold.py`
answers it with worlds left out of training altogether, which costs those worlds as training
data. Here every examiner world trains the final model, and the question is answered by
cross-fitting instead: for each world W a fold model is trained with the same recipe on the
simulations and the *other* worlds (`train_detector.train`), and scores W's runs at
`--held-seeds`. Every world's negatives (`benign` and `hn:*`) are then scored by a model that
never saw its generator; pooled with each world weighing the same (`model.equal_quantiles`,
`--pool worst`: no world's out-of-fold negatives above the target rate) they give the threshold
of the final model, trained on all the worlds. The fold models' figures on their left-out
worlds are the development figures of the recipe (leave one world out): PR-AUC and TPR at each
run's own FPR 10⁻³, and FPR and recall at the fold's own point and at the single out-of-fold
point. The final model's booster and calibration are what `train_detector.train` makes; only
its threshold, and the record (`operating_point`), come from here. Assumption: the fold models
and the final model, trained the same way on 15 of 16 and 16 of 16 worlds, put a world's
accounts on the same probability scale (both calibrated on their validation worlds).

    python benchmarks/oof_threshold.py --root SIMS --world-root GEN --sim-scales tiny,small \
        --worlds holdout,holdout2,...,holdout16 --world-seeds 2,3 --val-seeds 4 \
        --held-seeds 2,3,4 --threshold-pool worst --drop $D [--add owner_overlap] \
        --out DIR/detector.joblib [--folds-dir DIR/folds] [--campaign-point]

Writes the final model (and its .json record), `oof-runs.parquet` (every left-out account's
out-of-fold score) and `oof-runs.csv` (the per-run figures) beside it.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402
import train_detector as td  # noqa: E402
import unseen_threshold as ut  # noqa: E402

from consentry.detect import model as mdl  # noqa: E402
from consentry.detect.evaluate import figures  # noqa: E402

# a fold: (the world left out, the worlds that train its model)
Fold = tuple[str, tuple[str, ...]]


def fold_plan(worlds: Iterable[str]) -> list[Fold]:
    """One fold per world: it is left out, every other world trains the fold's model."""
    ws = tuple(dict.fromkeys(worlds))
    return [(w, tuple(x for x in ws if x != w)) for w in ws]


def check_unseen(m: mdl.Model, held: str) -> None:
    """Refuse a fold model that any run of its left-out world trained or calibrated: its
    scores would not be out of fold."""
    if held in ut.trained_on(m):
        raise ValueError(f"the fold model for {held} was trained or calibrated on it")


def run_figures(run: ut.Run, labels: np.ndarray, fold_threshold: float) -> dict:
    """A left-out run's figures under its fold model: PR-AUC, TPR at its own FPR 10⁻³ (the
    ROC of its scores), and FPR and recall at the fold's own threshold (read from the fold's
    validation worlds, which never include the left-out world)."""
    fig = figures(run.run, labels, run.prob, run.prob >= fold_threshold)
    neg, att = run.prob[run.neg], run.prob[~run.neg]
    return {
        "world": run.world,
        "run": run.run,
        "pr_auc": fig.pr_auc,
        "tpr_at_1e-3": fig.tpr_at_fpr,
        "fold_threshold": fold_threshold,
        "fpr_at_fold": float((neg >= fold_threshold).mean()),
        "recall_at_fold": float((att >= fold_threshold).mean()),
    }


def out_of_fold(
    worlds: Iterable[str],
    held_seeds: Iterable[int],
    train_without: Callable[[str, tuple[str, ...]], mdl.Model],
    profile_of: Callable[[str, int], pd.DataFrame],
    keep: Path | None = None,
) -> tuple[list[ut.Run], pd.DataFrame]:
    """Each world's runs at `held_seeds` scored by the model trained without it
    (`train_without(held, others)`), and their figures. `keep`: where to write every left-out
    account's score (Parquet), so the point can be re-read without retraining."""
    runs, rows, kept = [], [], []
    for held, others in fold_plan(worlds):
        m = train_without(held, others)
        check_unseen(m, held)
        for seed in held_seeds:
            p = profile_of(held, seed)
            run = ut.scored_run(p, m.score(m.matrix(p)))
            runs.append(run)
            rows.append(run_figures(run, p.label.to_numpy(), m.threshold()))
            r = rows[-1]
            print(
                f"{run.run}: PR-AUC {r['pr_auc']:.3f}, TPR at 1e-3 {r['tpr_at_1e-3']:.3f}, "
                f"fold point {r['fold_threshold']:.4f} FPR {100 * r['fpr_at_fold']:.2f}% "
                f"recall {r['recall_at_fold']:.3f}",
                flush=True,
            )
            kept.append(
                pd.DataFrame(
                    {"run": run.run, "label": p.label.to_numpy(), "oof_score": run.prob},
                    index=p.index,
                )
            )
    if keep is not None:
        pd.concat(kept).to_parquet(keep)
    return runs, pd.DataFrame(rows)


def oof_point(
    final: mdl.Model, runs: list[ut.Run], runs_table: pd.DataFrame, pool: str, max_fpr: float
) -> tuple[mdl.Model, pd.DataFrame, dict[str, float]]:
    """The final model with its threshold read from the out-of-fold negatives only
    (`unseen_threshold.point_from_runs`), the per-run table with FPR and recall there, and the
    threshold each pool would give (reported beside the chosen one)."""
    out, at = ut.point_from_runs(final, runs, pool, max_fpr)
    table = runs_table.merge(
        at[["run", "negatives", "attacks", "own_1e-3", "fpr_at_new", "recall_at_new"]], on="run"
    ).rename(columns={"fpr_at_new": "fpr_at_oof", "recall_at_new": "recall_at_oof"})
    pools = {
        q: ut.point_from_runs(final, runs, q, max_fpr)[0].threshold(max_fpr) for q in mdl.POOLS
    }
    return out, table, pools


def per_world(table: pd.DataFrame) -> pd.DataFrame:
    """Per world (mean over its runs) and, last, the mean and worst world."""
    cols = ["pr_auc", "tpr_at_1e-3", "fpr_at_fold", "recall_at_fold", "fpr_at_oof", "recall_at_oof"]
    w = table.groupby("world", sort=False)[cols].mean()
    worst = w.min().rename("worst")
    worst[["fpr_at_fold", "fpr_at_oof"]] = w[["fpr_at_fold", "fpr_at_oof"]].max()
    return pd.concat([w, w.mean().rename("mean").to_frame().T, worst.to_frame().T])


def record_point(
    m: mdl.Model,
    table: pd.DataFrame,
    pools: dict[str, float],
    pool: str,
    max_fpr: float,
    before: float,
    command: str,
    held_seeds: Iterable[int],
    folds_dir: Path | None,
) -> None:
    """Say in the model's record how its operating point was read (detector.json)."""
    w = per_world(table)
    m.record["operating_point"] = {
        "set_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "script": "benchmarks/oof_threshold.py",
        "command": command,
        "method": "out of fold: each world's runs scored by a model trained on the other "
        "worlds (same recipe), negatives pooled with each world weighing the same",
        "worlds": list(dict.fromkeys(table.world)),
        "seeds": sorted(set(held_seeds)),
        "pool": pool,
        "negatives": int(table.negatives.sum()),
        "threshold_at_max_fpr": {
            "max_fpr": max_fpr,
            "before": before,
            "after": m.threshold(max_fpr),
            "by_pool": pools,
        },
        "folds_dir": str(folds_dir) if folds_dir else None,
        "per_world": [{"world": k, **v} for k, v in w.to_dict(orient="index").items()],
        "per_run": table.to_dict(orient="records"),
    }


def print_table(w: pd.DataFrame) -> None:
    print("| world | PR-AUC | TPR@1e-3 | fold FPR | fold recall | OOF FPR | OOF recall |")
    print("|---|---|---|---|---|---|---|")
    for name, r in w.iterrows():
        print(
            f"| {name} | {r.pr_auc:.3f} | {r['tpr_at_1e-3']:.3f} | {100 * r.fpr_at_fold:.3f}% | "
            f"{r.recall_at_fold:.3f} | {100 * r.fpr_at_oof:.3f}% | {r.recall_at_oof:.3f} |"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, required=True, help="the simulations' caches")
    td.add_world_options(ap, worlds=",".join(dd.WORLDS))
    ap.add_argument("--held-seeds", type=td._ints, default=(2, 3, 4))
    ap.add_argument("--add", default="", help="features model.NAMES leaves out, to read anyway")
    ap.add_argument("--out", type=Path, required=True, help="the final model (.joblib)")
    ap.add_argument("--folds-dir", type=Path, default=None, help="default: beside --out")
    ap.add_argument("--max-fpr", type=float, default=mdl.DEFAULT_MAX_FPR)
    ap.add_argument(
        "--campaign-point",
        action="store_true",
        help="let the final model record a campaign-level point (train_detector's search)",
    )
    args = ap.parse_args()
    drop = set(filter(None, args.drop.split(",")))
    add = tuple(f for f in filter(None, args.add.split(",")) if f not in mdl.NAMES)
    if drop - set(mdl.NAMES) or set(add) - set(mdl.FEATURES):
        sys.exit(f"--drop/--add: not features: {sorted((drop - set(mdl.NAMES)) | set(add))}")
    names = tuple(n for n in mdl.NAMES if n not in drop) + add
    worlds = tuple(filter(None, args.worlds.split(",")))
    wroot = args.world_root or args.root
    folds_dir = args.folds_dir or args.out.parent / "folds"
    command = shlex.join(["python", *sys.argv])
    recipe = dict(names=names, **td.recipe(args))

    def train_without(held: str, others: tuple[str, ...]) -> mdl.Model:
        out = folds_dir / f"without-{held}.joblib"
        return td.train(args.root, out, worlds=others, campaign_point=False, **recipe)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    runs, table = out_of_fold(
        worlds,
        args.held_seeds,
        train_without,
        lambda w, s: dd.profile(dd.World(w, s), wroot),
        keep=args.out.parent / "oof-runs.parquet",
    )
    final = td.train(
        args.root,
        args.out,
        worlds=worlds,
        campaign_point=args.campaign_point,
        command=command,
        **recipe,
    )
    pool = td.pool_of(args)
    m, table, pools = oof_point(final, runs, table, pool, args.max_fpr)
    before = final.threshold(args.max_fpr)
    record_point(m, table, pools, pool, args.max_fpr, before, command, args.held_seeds, folds_dir)
    m.save(args.out)
    table.to_csv(args.out.parent / "oof-runs.csv", index=False)
    print_table(per_world(table))
    print(
        f"threshold at FPR {args.max_fpr:g}: {before:.4f} (final model's validation) -> "
        f"{m.threshold(args.max_fpr):.4f} (out of fold, {pool}); by pool: "
        + ", ".join(f"{k} {v:.4f}" for k, v in pools.items())
    )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
