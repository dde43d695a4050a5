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
    scores, groups, rows = [], [], []
    for p in profiles:
        world = str(p["sim"].iloc[0]).rsplit("-", 1)[0]  # the generator, all its seeds
        prob = m.score(m.matrix(p))
        neg = ~p.label.str.startswith("attack:").to_numpy()
        scores.append(prob[neg])
        groups += [world] * int(neg.sum())
        rows.append((world, str(p["sim"].iloc[0]), prob, neg))
    out = mdl.Model(m.booster, m.calib, np.zeros(0), m.reference, dict(m.record))
    out.benign_val = mdl.equal_quantiles(np.concatenate(scores), np.array(groups), pool)
    table = pd.DataFrame(
        [
            {
                "world": world,
                "run": run,
                "negatives": int(neg.sum()),
                "attacks": int((~neg).sum()),
                "own_1e-3": float(np.quantile(prob[neg], 1 - 1e-3, method="inverted_cdf")),
                "fpr_at_new": float((prob[neg] >= out.threshold()).mean()),
                "recall_at_new": float((prob[~neg] >= out.threshold()).mean()),
                "recall_at_old": float((prob[~neg] >= m.threshold()).mean()),
            }
            for world, run, prob, neg in rows
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
