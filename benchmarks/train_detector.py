"""Build the detector model shipped in the package (src/consentry/detect/detector.joblib).

Trains on the domain-randomised simulations of detect_data.TRAIN (phrasing pool `train`),
calibrates and sets the validation scores on detect_data.VALIDATION, and records the specs,
settings and counts in detector.json beside the model. `--exclude FAMILY` leaves a campaign
family out of training and validation (the leave-one-family-out split of bench_generalise.py).

`--worlds holdout,holdout2,... --world-seeds 2,3 --val-seeds 4` adds independently written
worlds (examiners' generators run as black boxes at those seeds, detect_data.World) to the
simulations: training on the first seeds, calibration and the threshold on the validation
seeds. Each source (the simulator, each examiner generator) then weighs the same in training,
with its two classes balanced within (model.group_weights), and the same in the calibration
and the operating point (model.equal_quantiles; `--threshold-pool median|worst|accounts`
combines the validation sources' thresholds otherwise, `--worst-world` = `worst`).
`--sim-scales tiny,small` keeps only those simulation scales; `--params
'{"min_samples_leaf": 400}'` overrides booster settings; `--drop f1,f2` leaves features out.
The campaign-level operating point (campaign_level.py) is chosen on the validation worlds'
own graphs and recorded (`--no-campaign-point`: none); `--add-point MODEL` records one in an
existing model, chosen on the validation worlds the options name, and changes nothing else.
detector.json also records each validation world's FPR and recall at the FPR-1e-3 threshold
(`validation_at_threshold`), and the script prints them.

    python benchmarks/train_detector.py [--root /tmp/detect-sims] [--out PATH] [--exclude hydra]
        [--worlds holdout,holdout2,...,holdout7 --world-seeds 2,3 --val-seeds 4
         --world-root DIR] [--sim-scales tiny,small] [--params JSON] [--drop f1,f2]
        [--threshold-pool mean|median|worst|accounts] [--no-campaign-point] [--add-point MODEL]
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from consentry.detect import campaign_level as level

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402

SHIPPED = Path(__file__).parents[1] / "src" / "consentry" / "detect" / "detector.joblib"

Source = dd.Spec | dd.World
# what detector.json says of each threshold pool (model.POOLS)
POOL_WORDS = {
    "mean": "their mean",
    "median": "the median source's own threshold",
    "worst": "no validation source above the target",
    "accounts": "every legitimate validation account once",
}


def frames(
    specs: list[Source], root: Path, exclude: str | None, world_root: Path | None = None
) -> pd.DataFrame:
    f = pd.concat(
        [dd.profile(s, (world_root or root) if isinstance(s, dd.World) else root) for s in specs]
    )
    if exclude:
        f = f[f.family.fillna("") != exclude]
    return f


def sources(
    worlds: tuple[str, ...] = (),
    world_seeds: tuple[int, ...] = (2, 3),
    val_seeds: tuple[int, ...] = (4,),
    sim_scales: tuple[str, ...] | None = None,
) -> tuple[list[Source], list[Source]]:
    """(training, validation) worlds: the simulations (of `sim_scales`, all by default) and
    each examiner world at its training and validation seeds."""
    keep = (lambda s: s.scale in sim_scales) if sim_scales else (lambda s: True)
    tr: list[Source] = [s for s in dd.TRAIN if keep(s)]
    va: list[Source] = [s for s in dd.VALIDATION if keep(s)]
    tr += dd.worlds(list(worlds), list(world_seeds))
    va += dd.worlds(list(worlds), list(val_seeds))
    return tr, va


def describe(s: Source) -> dict:
    if isinstance(s, dd.World):
        return {"world": s.generator, "seed": s.seed, "size": " ".join(dd.SIZE[s.generator])}
    return {"scale": s.scale, "seed": s.seed, "evasion": s.evasion}


def train(  # noqa: ANN201 - consentry.detect.model.Model
    root: Path,
    out: Path,
    exclude: str | None = None,
    seed: int = 0,
    names: tuple[str, ...] | None = None,
    increasing: frozenset[str] | None = None,
    worlds: tuple[str, ...] = (),
    world_seeds: tuple[int, ...] = (2, 3),
    val_seeds: tuple[int, ...] = (4,),
    world_root: Path | None = None,
    sim_scales: tuple[str, ...] | None = None,
    params: dict | None = None,
    pool: str = "mean",
    command: str | None = None,
    campaign_point: bool = True,
):
    from consentry.detect import model as mdl

    names = names or mdl.NAMES
    increasing = mdl.INCREASING if increasing is None else increasing

    tr_src, va_src = sources(worlds, world_seeds, val_seeds, sim_scales)
    tr = frames(tr_src, root, exclude, world_root)
    va = frames(va_src, root, exclude, world_root)
    y_tr = tr.label.str.startswith("attack:").to_numpy().astype(int)
    y_va = va.label.str.startswith("attack:").to_numpy().astype(int)
    record = {
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "data": {
            "generator": "consentry simulate (benchmarks/detect_data.py)"
            + (" and examiner worlds (detect_data.World)" if worlds else ""),
            "train": [describe(s) for s in tr_src],
            "validation": [describe(s) for s in va_src],
            "excluded_family": exclude,
            "labels_train": tr.label.value_counts().to_dict(),
            "weighting": "each source the same total weight, classes balanced within; "
            "calibration: each validation source counts the same; threshold: " + POOL_WORDS[pool],
            "accounts_per_source": tr.source.value_counts().to_dict(),
        },
        "params": params or {},
        "script": "benchmarks/train_detector.py",
    }
    if command:
        record["command"] = command
    m = mdl.fit(
        mdl.matrix(tr, names),
        y_tr,
        mdl.matrix(va, names),
        y_va,
        record,
        seed,
        names,
        increasing,
        params=params,
        weights=mdl.group_weights(tr.source.to_numpy(), y_tr),
        val_groups=va.source.to_numpy(),
        pool=pool,
    )
    m.record["validation_at_threshold"] = at_threshold(m, va)
    if campaign_point:
        point, table = choose_point(m, va_src, va, root, world_root)
        m.record["campaign_point_search"] = table
        if point is not None:
            m.record[level.KEY] = point.as_record()
    out.parent.mkdir(parents=True, exist_ok=True)
    m.save(out)
    return m


def at_threshold(m, va: pd.DataFrame, max_fpr: float | None = None) -> dict:  # noqa: ANN001
    """Each validation world at the model's operating point: the share of its legitimate
    accounts flagged (FPR) and of its campaign accounts flagged (recall)."""
    from consentry.detect import model as mdl

    max_fpr = max_fpr or mdl.DEFAULT_MAX_FPR
    t = m.threshold(max_fpr)
    f = pd.DataFrame(
        {
            "sim": va.sim.to_numpy(),
            "attack": va.label.str.startswith("attack:").to_numpy(),
            "flagged": m.score(m.matrix(va)) >= t,
        }
    )
    rows = []
    for name, g in f.groupby("sim", sort=False):
        legit, attack = g[~g.attack], g[g.attack]
        rows.append(
            {
                "world": name,
                "legitimate": len(legit),
                "fp": int(legit.flagged.sum()),
                "fpr": float(legit.flagged.mean()) if len(legit) else None,
                "attack": len(attack),
                "tp": int(attack.flagged.sum()),
                "recall": float(attack.flagged.mean()) if len(attack) else None,
            }
        )
    return {"max_fpr": max_fpr, "threshold": t, "worlds": rows}


def print_at_threshold(rec: dict) -> None:
    print(f"validation at FPR {rec['max_fpr']:g} (threshold {rec['threshold']:.4f}):")
    print("| world | FPR (fp/legitimate) | recall (tp/attack) |\n|---|---|---|")
    for r in rec["worlds"]:
        fpr = "-" if r["fpr"] is None else f"{100 * r['fpr']:.2f}%"
        rec_ = "-" if r["recall"] is None else f"{r['recall']:.3f}"
        print(
            f"| {r['world']} | {fpr} ({r['fp']}/{r['legitimate']}) | "
            f"{rec_} ({r['tp']}/{r['attack']}) |"
        )


def choose_point(m, va_src: list[Source], va: pd.DataFrame, root: Path, world_root: Path | None):  # noqa: ANN001, ANN201
    """The campaign-level operating point (campaign_level.choose) on the validation worlds:
    each world's memberships, the model's scores of its accounts, its campaign accounts."""
    from consentry.detect import model as mdl

    worlds = []
    for s in va_src:
        rows = va[va.sim == s.name]
        edges = dd.edges(s, (world_root or root) if isinstance(s, dd.World) else root)
        prob = pd.Series(m.score(m.matrix(rows)), index=rows.index)
        attack = pd.Series(rows.label.str.startswith("attack:").to_numpy(), index=rows.index)
        worlds.append(level.World(edges, prob, attack))
    target = mdl.DEFAULT_MAX_FPR
    levels = {f: m.threshold(f) for f in level.CANDIDATE_FPRS}
    return level.choose(worlds, m.threshold(target), levels, target)


def _ints(s: str) -> tuple[int, ...]:
    return tuple(int(x) for x in s.split(",") if x)


def add_world_options(ap: argparse.ArgumentParser, worlds: str) -> None:
    """The options of a recipe trained across worlds (this script's and bench_generalise's)."""
    ap.add_argument("--worlds", default=worlds, help=f"examiner worlds: {','.join(dd.WORLDS)}")
    ap.add_argument("--world-seeds", type=_ints, default=(2, 3))
    ap.add_argument("--val-seeds", type=_ints, default=(4,))
    ap.add_argument("--world-root", type=Path, default=None, help="default: --root")
    ap.add_argument("--sim-scales", default="", help="e.g. tiny,small (default: all)")
    ap.add_argument("--params", type=json.loads, default=None, help="booster settings, JSON")
    ap.add_argument("--drop", default="", help="features to leave out, comma-separated")
    ap.add_argument(
        "--threshold-pool",
        choices=tuple(POOL_WORDS),
        default="mean",
        help="how the validation sources' thresholds make one (model.equal_quantiles)",
    )
    ap.add_argument("--worst-world", action="store_true", help="= --threshold-pool worst")
    ap.add_argument(
        "--no-campaign-point",
        action="store_true",
        help="record no campaign-level operating point (campaign_level.py): account level only",
    )


def pool_of(args: argparse.Namespace) -> str:
    return "worst" if args.worst_world else args.threshold_pool


def recipe(args: argparse.Namespace) -> dict:
    """`train`'s keyword arguments that `add_world_options` sets: the seeds, roots, simulation
    scales, booster settings and threshold pool every script training across worlds shares."""
    return dict(
        world_seeds=args.world_seeds,
        val_seeds=args.val_seeds,
        world_root=args.world_root,  # None: `train` reads the worlds under its root
        sim_scales=tuple(filter(None, args.sim_scales.split(","))) or None,
        params=args.params,
        pool=pool_of(args),
    )


def add_point(args: argparse.Namespace) -> None:
    """Record a campaign-level point in an existing model, chosen on its validation worlds;
    nothing else in it changes."""
    from consentry.detect import model as mdl

    m = mdl.load(args.add_point)
    worlds = tuple(filter(None, args.worlds.split(",")))
    scales = tuple(filter(None, args.sim_scales.split(","))) or None
    _, va_src = sources(worlds, args.world_seeds, args.val_seeds, scales)
    va = frames(va_src, args.root, None, args.world_root)
    point, table = choose_point(m, va_src, va, args.root, args.world_root)
    m.record["campaign_point_search"] = table
    m.record.pop(level.KEY, None)
    if point is not None:
        m.record[level.KEY] = point.as_record()
    m.record["campaign_point_command"] = shlex.join(["python", *sys.argv])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    m.save(args.out)
    print(f"wrote {args.out}; campaign point: {m.record.get(level.KEY)}")


def main() -> None:
    from consentry.detect import model as mdl

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/tmp/detect-sims"))
    ap.add_argument("--out", type=Path, default=SHIPPED)
    ap.add_argument("--exclude", choices=dd.FAMILIES, default=None)
    add_world_options(ap, worlds="")
    ap.add_argument(
        "--add-point",
        type=Path,
        default=None,
        help="only record a campaign-level point in this existing model (chosen on the "
        "validation worlds that --worlds, --val-seeds and --sim-scales name: its own), to --out",
    )
    ap.add_argument(
        "--add",
        default="",
        help="features model.NAMES leaves out (computed, not read) to read anyway, comma-separated",
    )
    args = ap.parse_args()
    if args.add_point:
        add_point(args)
        return
    drop = set(filter(None, args.drop.split(",")))
    if drop - set(mdl.NAMES):
        sys.exit(f"--drop: not model features: {sorted(drop - set(mdl.NAMES))}")
    add = tuple(f for f in filter(None, args.add.split(",")) if f not in mdl.NAMES)
    if set(add) - set(mdl.FEATURES):
        sys.exit(f"--add: not features: {sorted(set(add) - set(mdl.FEATURES))}")
    try:
        m = train(
            args.root,
            args.out,
            args.exclude,
            names=tuple(n for n in mdl.NAMES if n not in drop) + add,
            worlds=tuple(filter(None, args.worlds.split(","))),
            command=shlex.join(["python", *sys.argv]),
            campaign_point=not args.no_campaign_point,
            **recipe(args),
        )
    except ValueError as exc:
        sys.exit(f"train_detector: {exc}")
    print(
        f"wrote {args.out} ({args.out.stat().st_size:,} bytes); threshold at FPR 1e-3: "
        f"{m.threshold(1e-3):.4f}; validation legitimate accounts {len(m.benign_val):,}; "
        f"campaign point: {m.record.get(level.KEY)}"
    )
    print_at_threshold(m.record["validation_at_threshold"])


if __name__ == "__main__":
    main()
