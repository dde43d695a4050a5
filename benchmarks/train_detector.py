"""Build the detector model shipped in the package (src/consentry/detect/detector.joblib).

Trains on the domain-randomised simulations of detect_data.TRAIN (phrasing pool `train`),
calibrates and sets the validation scores on detect_data.VALIDATION, and records the specs,
settings and counts in detector.json beside the model. `--exclude FAMILY` leaves a campaign
family out of training and validation (the leave-one-family-out split of bench_generalise.py).

    python benchmarks/train_detector.py [--root /tmp/detect-sims] [--out PATH] [--exclude hydra]
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

import detect_data as dd  # noqa: E402

SHIPPED = Path(__file__).parents[1] / "src" / "consentry" / "detect" / "detector.joblib"


def frames(specs: list[dd.Spec], root: Path, exclude: str | None) -> pd.DataFrame:
    f = pd.concat([dd.profile(s, root) for s in specs])
    if exclude:
        f = f[f.family.fillna("") != exclude]
    return f


def train(  # noqa: ANN201 - consentry.detect.model.Model
    root: Path,
    out: Path,
    exclude: str | None = None,
    seed: int = 0,
    names: tuple[str, ...] | None = None,
    increasing: frozenset[str] | None = None,
):
    from consentry.detect import model as mdl

    names = names or mdl.NAMES
    increasing = mdl.INCREASING if increasing is None else increasing

    tr, va = frames(dd.TRAIN, root, exclude), frames(dd.VALIDATION, root, exclude)
    record = {
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "data": {
            "generator": "consentry simulate (benchmarks/detect_data.py)",
            "train": [{"scale": s.scale, "seed": s.seed, "evasion": s.evasion} for s in dd.TRAIN],
            "validation": [
                {"scale": s.scale, "seed": s.seed, "evasion": s.evasion} for s in dd.VALIDATION
            ],
            "excluded_family": exclude,
            "labels_train": tr.label.value_counts().to_dict(),
        },
        "script": "benchmarks/train_detector.py",
    }
    x_tr, y_tr = mdl.matrix(tr, names), tr.label.str.startswith("attack:").to_numpy().astype(int)
    x_va, y_va = mdl.matrix(va, names), va.label.str.startswith("attack:").to_numpy().astype(int)
    m = mdl.fit(x_tr, y_tr, x_va, y_va, record, seed, names, increasing)
    out.parent.mkdir(parents=True, exist_ok=True)
    m.save(out)
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/tmp/detect-sims"))
    ap.add_argument("--out", type=Path, default=SHIPPED)
    ap.add_argument("--exclude", choices=dd.FAMILIES, default=None)
    args = ap.parse_args()
    m = train(args.root, args.out, args.exclude)
    print(
        f"wrote {args.out} ({args.out.stat().st_size:,} bytes); threshold at FPR 1e-3: "
        f"{m.threshold(1e-3):.4f}; validation legitimate accounts {len(m.benign_val):,}"
    )


if __name__ == "__main__":
    main()
