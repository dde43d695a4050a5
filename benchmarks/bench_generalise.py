"""How the learned detector holds on what it was not trained on, beside the two baselines.

Splits (test simulations are detect_data.TEST: new seeds, new evasion draws, the campaign
families' designs as listed (training worlds vary them), and the campaign wrappers' `test`
phrasing pool, which shares no wording with the `train` pool):
- unseen phrasing: the shipped model (trained on `train` phrasing) on the test simulations;
- leave one campaign family out (each of detect_data.FAMILIES): a model trained and calibrated
  without that family's accounts, on the same test simulations; its recall on the family it
  never saw is the figure that matters.
Beside it, on the same splits: the previous model (`--previous F`, a detector.joblib of an
earlier version, e.g. `git show e1a2b3c:src/consentry/detect/detector.joblib > prev.joblib`;
on the leave-one-out splits its recipe, i.e. its features and settings, is retrained on the
same data without the family) and the rate and isolation-forest baselines.
The unseen-phrasing split runs the full `detect` (graph and campaigns included) at the
default operating point (--max-fpr 1e-3). The leave-one-out splits score the test profiles
with the model alone and flag at its FPR-1e-3 threshold (no campaign layer: no attachment,
no stricter bar for lone accounts), which keeps the run short on a shared machine. Each
prints, pooled over the test simulations: precision, recall, TPR at FPR 1e-3, FPR per
legitimate class with 95% Wilson intervals, recall per family, and the same for the rate and
isolation-forest baselines.

- leave one world out (`lowo`): for each independently written world W of `--worlds`, a
  model trained on the simulations plus the other examiner worlds (at `--world-seeds`,
  calibrated on `--val-seeds`, train_detector.py's weighting) scores W at its evaluation
  seed (detect_data.EVAL_SEED), a generator it never saw any run of; beside it the shipped
  model and the same recipe on the simulations alone (`sim-only`), on the same accounts.
  Model alone at its FPR-1e-3 threshold, as in the leave-one-family-out splits.
  `--importance` also prints, per feature, the drop in average precision on each source's
  validation worlds when the feature is permuted (the model trained on everything).
  `--held-seeds 2,3,4` also scores each fold's model on the left-out world at those seeds
  (no run of that generator trained it either), and the shipped model beside it where the
  shipped model never trained on that world, with their means over folds and seeds.
  `--folds holdout10,holdout11` leaves out only those worlds of `--worlds` (one fold each,
  trained on all the others); default: every world. `--previous F` scores a given model beside
  them (as the shipped one: on the held seeds too where no run of the world trained it).
  `--full` also runs the detector's pipeline after the engine (run.STEPS from the profile:
  graph, campaigns, verdicts) on each left-out world with the fold's model and prints
  precision / recall / FPR / flagged of (a) the account level alone and (b) with the
  campaign level (campaign_level.py), and the gate between them.

    python benchmarks/bench_generalise.py [--root /tmp/detect-sims] [--splits phrasing,lofo]
        [--previous prev.joblib]
    python benchmarks/bench_generalise.py --splits lowo --root /tmp/worlds-sims
        --world-root /tmp/worlds-gen [--worlds holdout,holdout2,holdout3,holdout4]
        [--world-seeds 2,3 --val-seeds 4] [--sim-scales tiny,small] [--params JSON]
        [--drop f1,f2] [--importance] [--held-seeds 2,3,4] [--full] [--no-campaign-point]
        [--folds holdout10,holdout11]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402
import train_detector as td  # noqa: E402
from common import machine  # noqa: E402

RESTRICTED = ("CN", "HK", "MO", "RU", "BY", "IR", "KP", "SY", "CU")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))


def run_split(
    name: str, model: Path | None, root: Path, baselines: dict, scorer: str = "detector"
) -> list[pd.DataFrame]:
    from consentry.detect import detect

    rows = []
    for spec in dd.TEST:
        sim = dd.simulate(spec, root)
        out = root / "runs" / f"{name}-{spec.name}"
        detect(dd.inputs(sim), out, restricted_countries=RESTRICTED, model=model)
        acc = pd.read_parquet(out / "accounts.parquet").set_index("account_id")
        lab = pd.read_parquet(sim / "labels.parquet").set_index("account_id").label
        acc = acc.reindex(lab.index)
        acc["score"] = acc.score.fillna(0.0)
        acc["flagged"] = acc.flagged.fillna(False).astype(bool)
        rows.append(
            pd.DataFrame(
                {
                    "label": lab,
                    "score": acc.score,
                    "flagged": acc.flagged,
                    "scorer": scorer,
                    "sim": spec.name,
                }
            )
        )
        baseline_frames(spec, sim, lab, baselines)
    return [pd.concat(rows)]


def baseline_frames(spec: dd.Spec, sim: Path, lab: pd.Series, baselines: dict) -> None:
    """The rate and isolation-forest baselines on one test simulation (computed once)."""
    if spec.name in baselines:
        return
    from consentry.detect.baselines import run_baselines

    bl = run_baselines(sim / "exchanges", sim / "accounts.parquet")
    frames = []
    for bname, t in bl.items():
        b = t.to_pandas().set_index("account_id").reindex(lab.index)
        frames.append(
            pd.DataFrame(
                {
                    "label": lab,
                    "score": b.score.fillna(0.0),
                    "flagged": b.flagged.fillna(False).astype(bool),
                    "scorer": bname,
                    "sim": spec.name,
                }
            )
        )
    baselines[spec.name] = pd.concat(frames)


def report(split: str, frame: pd.DataFrame) -> None:
    from consentry.detect.evaluate import figures

    print(
        f"\n## {split} (pooled over {frame.sim.nunique()} test simulations: "
        f"{', '.join(sorted(frame.sim.unique()))})"
    )
    print(
        "| scorer | precision | recall | TPR at FPR 1e-3 | FPR all (95% CI) | "
        "recall per family | worst legitimate class FPR |"
    )
    print("|---|---|---|---|---|---|---|")
    for scorer, f in frame.groupby("scorer", sort=False):
        fig = figures(scorer, f.label.to_numpy(), f.score.to_numpy(), f.flagged.to_numpy())
        neg = fig.fp + fig.tn
        lo, hi = wilson(fig.fp, neg)
        fams = " / ".join(f"{g.label.split(':')[1]} {g.rate:.3f}" for g in fig.campaigns)
        worst = max(fig.negatives, key=lambda g: g.rate)
        print(
            f"| {scorer} | {fig.precision:.4f} | {fig.recall:.4f} | {fig.tpr_at_fpr:.4f} | "
            f"{100 * fig.fpr:.3f}% ({fig.fp}/{neg}; {100 * lo:.3f}-{100 * hi:.3f}%) | {fams} | "
            f"{worst.label} {100 * worst.rate:.2f}% ({worst.flagged}/{worst.accounts}) |"
        )
    det = frame[frame.scorer == "detector"]
    fig = figures("detector", det.label.to_numpy(), det.score.to_numpy(), det.flagged.to_numpy())
    print("\nper legitimate class (detector): FPR, flagged/accounts, 95% Wilson interval")
    for g in fig.negatives:
        lo, hi = wilson(g.flagged, g.accounts)
        print(
            f"  {g.label:24s} {100 * g.rate:7.3f}%  {g.flagged:>4}/{g.accounts:<6} "
            f"[{100 * lo:.3f}%, {100 * hi:.3f}%]"
        )


def lowo(args: argparse.Namespace, names: tuple[str, ...]) -> None:
    """Leave one examiner world out: train on the simulations and the other worlds, score the
    left-out world at its evaluation seed; the shipped model and the sim-only recipe beside."""
    from consentry.detect import model as mdl
    from consentry.detect.evaluate import figures

    worlds = tuple(filter(None, args.worlds.split(",")))
    folds = tuple(filter(None, args.folds.split(","))) or worlds
    if set(folds) - set(worlds):
        sys.exit(f"--folds: not in --worlds: {','.join(sorted(set(folds) - set(worlds)))}")
    wroot = args.world_root or args.root
    common = dict(names=names, campaign_point=not args.no_campaign_point, **td.recipe(args))
    pools = [p for p in filter(None, args.pools.split(",")) if p != common["pool"]]
    tag = args.tag or "worlds"
    models = args.root / "models"
    sim_only = td.train(args.root, models / f"{tag}-sim-only.joblib", **common)
    print(
        f"\n## leave one world out (model alone at its FPR {args.max_fpr:g} threshold; "
        f"features {len(names)}, params {json.dumps(args.params or {})})"
    )
    print("| left-out world | scorer | precision | recall | FPR (fp/neg) | PR-AUC | TPR at 1e-3 |")
    print("|---|---|---|---|---|---|---|")
    means: dict[str, list] = {}
    full: list[pd.DataFrame] = []
    fixed = [("shipped", mdl.load())]
    if args.previous:
        fixed.append(("previous", mdl.load(args.previous)))
    trained_on = {
        name: {x.get("world") for x in model.record.get("data", {}).get("train", [])}
        for name, model in fixed
    }
    for w in folds:
        held = dd.World(w, dd.EVAL_SEED[w])
        prof = dd.profile(held, wroot)
        others = tuple(x for x in worlds if x != w)
        m = td.train(args.root, models / f"{tag}-without-{w}.joblib", worlds=others, **common)
        scorers = [*fixed, ("sim-only", sim_only), (tag, m)]
        scorers += [
            (f"{tag}@{p}", v) for p, v in repooled(m, args.root, others, pools, common).items()
        ]
        for scorer, model in scorers:
            prob = model.score(model.matrix(prof))
            flagged = prob >= model.threshold(args.max_fpr)
            fig = figures(scorer, prof.label.to_numpy(), prob, flagged)
            neg = fig.fp + fig.tn
            row = (fig.precision, fig.recall, fig.fpr, fig.pr_auc, fig.tpr_at_fpr)
            means.setdefault(scorer, []).append(row)
            print(
                f"| {held.name} | {scorer} | {fig.precision:.3f} | {fig.recall:.3f} | "
                f"{100 * fig.fpr:.2f}% ({fig.fp}/{neg}) | {fig.pr_auc:.3f} | "
                f"{fig.tpr_at_fpr:.3f} |"
            )
            if scorer == tag:
                worst = sorted(fig.negatives, key=lambda g: -g.rate)[:2]
                fams = ", ".join(f"{g.label[7:]} {g.rate:.2f}" for g in fig.campaigns)
                print(
                    f"  {held.name} recall per campaign: {fams}; worst legitimate: "
                    + ", ".join(f"{g.label} {g.flagged}/{g.accounts}" for g in worst)
                )
        # the same fold model on other runs of the left-out generator: no run of it trained
        # this model, so each is as unseen as the evaluation seed (more accounts, other draws)
        # (and the shipped or previous model, if no run of this generator trained it either)
        held_scorers = [(tag, m)] + [(n, x) for n, x in fixed if w not in trained_on[n]]
        for s in args.held_seeds:
            other = dd.profile(dd.World(w, s), wroot)
            for scorer, model in held_scorers:
                prob = model.score(model.matrix(other))
                flagged = prob >= model.threshold(args.max_fpr)
                fig = figures(scorer, other.label.to_numpy(), prob, flagged)
                row = (fig.precision, fig.recall, fig.fpr, fig.pr_auc, fig.tpr_at_fpr)
                means.setdefault(f"{scorer} other seeds", []).append(row)
                print(
                    f"| {w}-{s} | {scorer} | {fig.precision:.3f} | {fig.recall:.3f} | "
                    f"{100 * fig.fpr:.2f}% ({fig.fp}/{fig.fp + fig.tn}) | {fig.pr_auc:.3f} | "
                    f"{fig.tpr_at_fpr:.3f} |"
                )
        if args.full:
            full.append(full_fold(held, models / f"{tag}-without-{w}.joblib", args))
    if full:
        full_report(full, tag)
    for scorer, rows in means.items():
        a = np.mean(rows, axis=0)
        print(
            f"| mean | {scorer} | {a[0]:.3f} | {a[1]:.3f} | {100 * a[2]:.2f}% | {a[3]:.3f} | "
            f"{a[4]:.3f} |"
        )
    for scorer, rows in means.items():
        # the worst fold of each figure (lowest precision, recall, PR-AUC, TPR; highest FPR)
        r = np.asarray(rows)
        lo, hi = r.min(axis=0), r.max(axis=0)
        print(
            f"| worst | {scorer} | {lo[0]:.3f} | {lo[1]:.3f} | {100 * hi[2]:.2f}% | {lo[3]:.3f} | "
            f"{lo[4]:.3f} |"
        )
    if args.importance:
        importance(args, names, worlds, common)


def full_fold(held: dd.World, model: Path, args: argparse.Namespace) -> pd.DataFrame:
    """The detector's pipeline after the engine (run.STEPS from the profile on: graph,
    campaigns and verdicts included) on the left-out world at its evaluation seed with the
    fold's model, from the cached engine state. Per account: label, flagged by (a) the
    account level alone and (b) with the campaign level; (a) is (b) without the accounts
    only the campaign level flags (reason `campaign_evidence`), as the account level runs
    unchanged beside it."""
    from consentry.detect import run
    from consentry.steps import run_steps

    wroot = args.world_root or args.root
    st = dd.engine_state(held, wroot)
    st.out = args.root / "runs" / f"{args.tag or 'worlds'}-full-{held.name}"
    st.model_path = model
    st.max_fpr = args.max_fpr
    st.restricted = frozenset(RESTRICTED)
    st = run_steps(run.configure(st), run.STEPS[run.STEPS.index(run.profile) :])
    assert st.verdicts is not None
    v = st.verdicts.set_index("account_id")
    lab = held.labels(wroot).set_index("account_id").label
    v = v.reindex(lab.index)
    b = v.flagged.fillna(False).astype(bool)
    only_level = v.reasons.map(
        lambda r: isinstance(r, list | np.ndarray) and "campaign_evidence" in r
    )
    return pd.DataFrame(
        {"world": held.name, "label": lab, "a": b & ~only_level.astype(bool), "b": b}
    )


def full_report(folds: list[pd.DataFrame], tag: str) -> None:
    """Per fold and mean: precision / recall / FPR / flagged of (a) the account level alone
    and (b) with the campaign level (precision of a fold that flags nothing counts as 0)."""
    print(
        f"\n## leave one world out, full pipeline ({tag}): (a) account level, (b) + campaign level"
    )
    print("| left-out world | (a) precision / recall / FPR (fp/neg) / flagged | (b) same |")
    print("|---|---|---|")
    sums: dict[str, list] = {"a": [], "b": []}
    for f in folds:
        attack = f.label.str.startswith("attack:").to_numpy()
        cells = []
        for k in ("a", "b"):
            fl = f[k].to_numpy()
            tp, fp = int((fl & attack).sum()), int((fl & ~attack).sum())
            neg = int((~attack).sum())
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / max(int(attack.sum()), 1)
            fpr = fp / max(neg, 1)
            sums[k].append((prec, rec, fpr, tp + fp))
            shown = f"{prec:.3f}" if tp + fp else "–"
            cells.append(f"{shown} / {rec:.3f} / {100 * fpr:.2f}% ({fp}/{neg}) / {tp + fp}")
        print(f"| {f.world.iat[0]} | {cells[0]} | {cells[1]} |")
        added = f[f.b & ~f.a]
        per = added.label.value_counts()
        if len(per):
            print(
                f"  {f.world.iat[0]} added by the campaign level: "
                + ", ".join(f"{k} {v}/{int((f.label == k).sum())}" for k, v in per.items())
            )
    a, b = (np.mean(sums[k], axis=0) for k in ("a", "b"))
    print(
        f"| mean | {a[0]:.3f} / {a[1]:.3f} / {100 * a[2]:.3f}% / {a[3]:.0f} | "
        f"{b[0]:.3f} / {b[1]:.3f} / {100 * b[2]:.3f}% / {b[3]:.0f} |"
    )
    keep = b[1] > a[1] and b[2] <= a[2] + 5e-4 and b[0] >= a[0] - 0.02
    print(
        "gate (recall higher, FPR at most +0.0005, precision at most -0.02): "
        + ("campaign level kept" if keep else "campaign level not kept")
    )


def repooled(model, root: Path, worlds: tuple, pools: list[str], common: dict) -> dict:  # noqa: ANN001
    """The same fitted model with its operating point read by each other threshold pool
    (model.equal_quantiles) from the same validation worlds: the pools compared on one fit."""
    import dataclasses

    from consentry.detect import model as mdl

    if not pools:
        return {}
    _, va_src = td.sources(worlds, common["world_seeds"], common["val_seeds"], common["sim_scales"])
    va = td.frames(va_src, root, None, common["world_root"])
    legit = va[~va.label.str.startswith("attack:")]
    scores = model.score(model.matrix(legit))
    groups = legit.source.to_numpy()
    return {
        p: dataclasses.replace(model, benign_val=mdl.equal_quantiles(scores, groups, p))
        for p in pools
    }


def importance(
    args: argparse.Namespace, names: tuple[str, ...], worlds: tuple, common: dict
) -> None:
    """Per feature, the drop in average precision on each source's validation worlds when
    that feature's column is permuted (the model trained on every world)."""
    from sklearn.metrics import average_precision_score

    m = td.train(args.root, args.root / "models" / "importance.joblib", worlds=worlds, **common)
    _, va_src = td.sources(worlds, args.world_seeds, args.val_seeds, common["sim_scales"])
    va = td.frames(va_src, args.root, None, common["world_root"])
    rng = np.random.default_rng(0)
    table = {}
    for src, f in va.groupby("source"):
        x, y = m.matrix(f), f.label.str.startswith("attack:").to_numpy()
        base = average_precision_score(y, m.raw(x))
        drops = []
        for j in range(len(names)):
            d = []
            for _ in range(3):
                xp = x.copy()
                xp[:, j] = rng.permutation(xp[:, j])
                d.append(base - average_precision_score(y, m.raw(xp)))
            drops.append(float(np.mean(d)))
        table[src] = drops
    t = pd.DataFrame(table, index=list(names))
    t["max_share"] = t.clip(lower=0).max(axis=1) / t.clip(lower=0).sum(axis=1).replace(0, np.nan)
    print("\n## permutation importance (drop in average precision per validation source)")
    print(t.sort_values("max_share", ascending=False).round(4).to_string())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/tmp/detect-sims"))
    ap.add_argument("--splits", default="phrasing,lofo")
    ap.add_argument("--previous", type=Path, default=None, help="an earlier detector.joblib")
    td.add_world_options(ap, worlds=",".join(dd.WORLDS))
    ap.add_argument("--max-fpr", type=float, default=1e-3)
    ap.add_argument("--tag", default="", help="name of the lowo model in the table")
    ap.add_argument(
        "--pools",
        default="",
        help="lowo: also the same fold models at these threshold pools, e.g. median,worst",
    )
    ap.add_argument(
        "--held-seeds",
        type=td._ints,
        default=(),
        help="lowo: also score each fold's model on the left-out world at these seeds",
    )
    ap.add_argument(
        "--folds",
        default="",
        help="lowo: leave out only these worlds of --worlds, one fold each (default: every one)",
    )
    ap.add_argument("--importance", action="store_true")
    ap.add_argument(
        "--full",
        action="store_true",
        help="lowo: also run the pipeline (graph, campaigns, verdicts) on each left-out world "
        "with the fold's model: (a) account level alone, (b) with the campaign level",
    )
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from consentry.detect import model as mdl

    splits = args.splits.split(",")
    baselines: dict = {}
    print(f"[{machine()}]")
    if "phrasing" in splits:
        frames = run_split("shipped", None, args.root, baselines)
        if args.previous:
            frames += run_split("previous", args.previous, args.root, baselines, "previous")
        report("unseen phrasing: shipped model", pd.concat([*frames, *baselines.values()]))
    if "lowo" in splits:
        drop = set(filter(None, args.drop.split(",")))
        lowo(args, tuple(n for n in mdl.NAMES if n not in drop))
    if "lofo" in splits:
        profiles = pd.concat([dd.profile(spec, args.root) for spec in dd.TEST])
        recipes: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
            "detector": (mdl.NAMES, mdl.INCREASING)
        }
        if args.previous:
            prev = mdl.load(args.previous)
            recipes["previous"] = (prev.names, frozenset())
        for fam in dd.FAMILIES:
            frames = []
            for scorer, (names, increasing) in recipes.items():
                path = args.root / "models" / f"{scorer}-without-{fam}.joblib"
                m = td.train(args.root, path, exclude=fam, names=names, increasing=increasing)
                prob = m.score(m.matrix(profiles))
                frames.append(
                    pd.DataFrame(
                        {
                            "label": profiles.label,
                            "score": prob,
                            "flagged": prob >= m.threshold(1e-3),
                            "scorer": scorer,
                            "sim": profiles.sim,
                        }
                    )
                )
            for spec in dd.TEST:
                sim = dd.simulate(spec, args.root)
                lab = pd.read_parquet(sim / "labels.parquet").set_index("account_id").label
                baseline_frames(spec, sim, lab, baselines)
            report(
                f"leave out {fam} (trained and calibrated without it)",
                pd.concat([*frames, *baselines.values()]),
            )
            for f in frames:
                held = f[f.label == f"attack:{fam}"]
                print(
                    f"  held-out family {fam}, {f.scorer.iat[0]}: recall "
                    f"{held.flagged.mean():.4f} ({int(held.flagged.sum())}/{len(held)})"
                )
    np.seterr(all="ignore")


if __name__ == "__main__":
    main()
