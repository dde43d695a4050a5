"""Set a trained detector's operating point on worlds it never saw.

`train_detector.py` reads the flag threshold from the validation accounts of the worlds the
model was trained on (other seeds of the same generators). On a world no training generator
resembles, the model is less sure of everything: judged on independently written traffic
(hold-outs 14 and 15) the shipped threshold flagged no account at all, while at each world's own
legitimate 1e-3 point it would have caught a sixth of the campaigns' accounts. The deployment
question is "what does a world I have not seen score", so this script answers it with worlds
the model has not seen: examiner worlds that no run of their generator trained it (refused
otherwise), scored by the model, their negatives (`benign` and `hn:*`) pooled by
`model.equal_quantiles` (`worst`: no world's negatives above the target rate). The booster and
the calibration are unchanged; only the scores the threshold is read from, and the record.

    python benchmarks/unseen_threshold.py --model IN.joblib --out OUT.joblib \
        --worlds holdout10,holdout11,holdout12,holdout13,holdout14,holdout15 \
        --world-seeds 2,3,4 --world-root DIR [--pool worst] [--max-fpr 1e-3]
"""

from __future__ import annotations

import argparse
import shlex
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402

from consentry.detect import model as mdl  # noqa: E402
from consentry.errors import ConsentryError  # noqa: E402


def trained_on(m: mdl.Model) -> set[str]:
    """The examiner generators any of whose runs trained or calibrated the model."""
    data = m.record.get("data", {})
    return {
        x["world"] for part in ("train", "validation") for x in data.get(part, []) if "world" in x
    }


def unseen_point(
    m: mdl.Model, profiles: list[pd.DataFrame], pool: str = "worst"
) -> tuple[mdl.Model, pd.DataFrame]:
    """A copy of the model whose threshold is read from the negatives of these profiles (one
    world each, `label` and `sim` columns), each world weighing the same; and per world its
    negatives, attacks and own score at each target rate (for the record and the printout)."""
    return point_from_runs(m, [scored_run(p, m.score(m.matrix(p))) for p in profiles], pool)


@dataclass(frozen=True)
class Run:
    """One world run's scores by some model the run never trained (the model being set, or the
    fold model that left its generator out), and which of its accounts are negatives."""

    world: str  # the generator: its runs at every seed count as one world
    run: str
    prob: np.ndarray
    neg: np.ndarray


def scored_run(p: pd.DataFrame, prob: np.ndarray) -> Run:
    """A profile's (one world run: `label` and `sim` columns) scores as a `Run`."""
    run = str(p["sim"].iloc[0])
    return Run(run.rsplit("-", 1)[0], run, prob, ~p.label.str.startswith("attack:").to_numpy())


def point_from_runs(
    m: mdl.Model, runs: list[Run], pool: str = "worst", max_fpr: float = mdl.DEFAULT_MAX_FPR
) -> tuple[mdl.Model, pd.DataFrame]:
    """A copy of `m` (booster and calibration unchanged) whose threshold is read from the
    runs' negative scores only, every world weighing the same (`model.equal_quantiles`); and
    per run its negatives, attacks, own `max_fpr` point, and FPR and recall at the new point
    (recall also at `m`'s own point). The scores may come from other models than `m` (the
    out-of-fold point of oof_threshold.py): the threshold is then what a world none of them
    saw scores, applied to `m`."""
    scores = np.concatenate([r.prob[r.neg] for r in runs])
    groups = np.concatenate([np.full(int(r.neg.sum()), r.world, dtype=object) for r in runs])
    out = mdl.Model(m.booster, m.calib, np.zeros(0), m.reference, dict(m.record))
    out.benign_val = mdl.equal_quantiles(scores, groups.astype(str), pool)
    new, old = out.threshold(max_fpr), m.threshold(max_fpr)
    table = pd.DataFrame(
        [
            {
                "world": r.world,
                "run": r.run,
                "negatives": int(r.neg.sum()),
                "attacks": int((~r.neg).sum()),
                "own_1e-3": float(np.quantile(r.prob[r.neg], 1 - max_fpr, method="inverted_cdf")),
                "fpr_at_new": float((r.prob[r.neg] >= new).mean()),
                "recall_at_new": float((r.prob[~r.neg] >= new).mean()),
                "recall_at_old": float((r.prob[~r.neg] >= old).mean()),
            }
            for r in runs
        ]
    )
    return out, table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=None, help="default: the shipped model")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--worlds", required=True, help=f"examiner worlds: {','.join(dd.WORLDS)}")
    ap.add_argument("--world-seeds", default="2,3,4")
    ap.add_argument("--world-root", type=Path, required=True)
    ap.add_argument("--pool", choices=mdl.POOLS, default="worst")
    ap.add_argument("--max-fpr", type=float, default=mdl.DEFAULT_MAX_FPR)
    args = ap.parse_args()
    m = mdl.load(args.model)
    worlds = dd.worlds(args.worlds, args.world_seeds)
    seen = trained_on(m) & {w.generator for w in worlds}
    if seen:
        raise SystemExit(
            f"error: {', '.join(sorted(seen))} trained this model; give unseen worlds."
        )
    profiles = [dd.profile(w, args.world_root) for w in worlds]
    try:
        new, table = unseen_point(m, profiles, args.pool)
    except ConsentryError as exc:
        raise SystemExit(f"error: {exc}") from None
    old_t, new_t = m.threshold(args.max_fpr), new.threshold(args.max_fpr)
    print(table.to_string(index=False, float_format=lambda x: f"{x:.4f}"))
    print(f"threshold at FPR {args.max_fpr:g}: {old_t:.4f} (training worlds) -> {new_t:.4f}")
    new.record["operating_point"] = {
        "set_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "script": "benchmarks/unseen_threshold.py",
        "command": "python " + shlex.join(sys.argv),
        "worlds": sorted({w.generator for w in worlds}),
        "seeds": sorted({w.seed for w in worlds}),
        "pool": args.pool,
        "negatives": int(table.negatives.sum()),
        "threshold_at_max_fpr": {"max_fpr": args.max_fpr, "before": old_t, "after": new_t},
        "per_run": table.to_dict(orient="records"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    new.save(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
