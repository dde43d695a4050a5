"""Domain-randomised simulations for training and evaluating the learned detector.

Each simulation is described by a `Spec` (scale, seed, evasion knobs); the knobs are drawn
from the seed, so a list of seeds is a reproducible, varied population of worlds: random
evasion (paraphrase, jitter, residential exits, camouflage share, staggered model switch),
random population mixes (`mix`), and the campaign wrappers' phrasing pool (`train` for
training and validation, `test` for the unseen-phrasing evaluation). Profiles (the model's
per-account features) are cached as Parquet next to the simulation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

FAMILIES = ("reasoning", "agentic", "hydra")


@dataclass(frozen=True)
class Spec:
    scale: str
    seed: int
    phrasing: str = "train"

    @property
    def evasion(self) -> str:
        """Evasion knobs drawn from the seed: each on with probability one half."""
        r = random.Random(self.seed * 7919 + 17)
        knobs = [
            k
            for k in ("paraphrase", "jitter", "residential", "staggered_switch")
            if r.random() < 0.5
        ]
        if r.random() < 0.5:
            knobs.append(f"camouflage={r.uniform(0.1, 0.5):.2f}")
        knobs += [f"phrasing={self.phrasing}", "mix=0.5"]
        return ",".join(knobs)

    @property
    def name(self) -> str:
        return f"{self.scale}-{self.seed}-{self.phrasing}"


def simulate(spec: Spec, root: Path) -> Path:
    from consentry_sim import simulate as sim

    out = root / spec.name
    if not (out / "simulation.json").exists():
        sim(out, scale=spec.scale, seed=spec.seed, evasion=spec.evasion, force=True)
    return out


def inputs(sim: Path):  # noqa: ANN201 - consentry.detect.Inputs
    from consentry.detect import Inputs

    return Inputs(
        sim / "exchanges",
        sim / "accounts.parquet",
        sim / "ip_ranges.parquet",
        sim / "model_releases.parquet",
    )


def profile(spec: Spec, root: Path) -> pd.DataFrame:
    """The simulation's per-account features with `label` and `family` columns (cached)."""
    from consentry.detect.model import NAMES
    from consentry.detect.train import profiles

    sim = simulate(spec, root)
    cache = sim / "profile.parquet"
    if cache.exists():
        return pd.read_parquet(cache)
    p = profiles(inputs(sim))[list(NAMES)].astype("float64")
    labels = pd.read_parquet(sim / "labels.parquet").set_index("account_id").label
    p["label"] = labels.reindex(p.index).fillna("benign")
    p["family"] = p.label.str.split(":").str[1].where(p.label.str.startswith("attack:"))
    p["sim"] = spec.name
    p.to_parquet(cache)
    return p


TRAIN = [Spec("small", s) for s in range(101, 113)] + [Spec("tiny", s) for s in range(111, 119)]
TRAIN += [Spec("medium", 121)]
VALIDATION = [Spec("small", s) for s in range(201, 205)] + [
    Spec("tiny", s) for s in range(211, 215)
]
VALIDATION += [Spec("medium", 221)]
TEST = [Spec("medium", 301, "test"), Spec("small", 311, "test"), Spec("small", 312, "test")]
