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

    python benchmarks/bench_generalise.py [--root /tmp/detect-sims] [--splits phrasing,lofo]
        [--previous prev.joblib]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/tmp/detect-sims"))
    ap.add_argument("--splits", default="phrasing,lofo")
    ap.add_argument("--previous", type=Path, default=None, help="an earlier detector.joblib")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    import train_detector as td

    from consentry.detect import model as mdl

    splits = args.splits.split(",")
    baselines: dict = {}
    print(f"[{machine()}]")
    if "phrasing" in splits:
        frames = run_split("shipped", None, args.root, baselines)
        if args.previous:
            frames += run_split("previous", args.previous, args.root, baselines, "previous")
        report("unseen phrasing: shipped model", pd.concat([*frames, *baselines.values()]))
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
