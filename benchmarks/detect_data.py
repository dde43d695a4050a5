"""Domain-randomised simulations for training and evaluating the learned detector.

Each simulation is described by a `Spec` (scale, seed, evasion knobs); the knobs are drawn
from the seed, so a list of seeds is a reproducible, varied population of worlds: random
evasion (paraphrase, jitter, residential exits, camouflage share, staggered model switch),
random population mixes (`mix`), each campaign family's design varied per world (`vary`:
volume per account, turns, active days, cohort sizes, topics, working hours, its own
evasion; training and validation only), and the campaign wrappers' phrasing pool (`train` for
training and validation, `test` for the unseen-phrasing evaluation). Profiles (the model's
per-account features) are cached as Parquet next to the simulation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

FAMILIES = (
    "reasoning",
    "agentic",
    "hydra",
    "multiturn",
    "toolharvest",
    "sweep",
    "multilingual",
    "lowslow",
)


@dataclass(frozen=True)
class Spec:
    scale: str
    seed: int
    phrasing: str = "train"
    vary: float = 0.0  # log-sd of each campaign family's per-world design changes
    lookalikes: bool = False  # legitimate scripts, runners and heavy users asking new things

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
        if self.vary:
            knobs.append(f"vary={self.vary}")
        if self.lookalikes:
            knobs.append("lookalikes")
        return ",".join(knobs)

    @property
    def name(self) -> str:
        name = f"{self.scale}-{self.seed}-{self.phrasing}" + (f"-v{self.vary}" if self.vary else "")
        return name + ("-l" if self.lookalikes else "")


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


def engine_state(spec: Spec, root: Path):  # noqa: ANN201 - consentry.detect.run.State
    """The detector's state after the engine queries (features, addresses, accounts), cached
    as a pickle beside the simulation so feature work after the engine can be re-run fast."""
    import pickle

    from consentry.detect import run

    sim = simulate(spec, root)
    cache = sim / "engine-state.pkl"
    if cache.exists():
        parts = pickle.loads(cache.read_bytes())
    else:
        st = run.State(inputs(sim), Path("."))
        for step in (run.check_inputs, run.features, run.reuse, run.addresses):
            st = step(st)
        parts = {
            k: getattr(st, k)
            for k in ("features", "structure", "addresses", "accounts", "releases")
        }
        cache.write_bytes(pickle.dumps(parts))
    st = run.State(inputs(sim), Path("."))
    for k, v in parts.items():
        setattr(st, k, v)
    return st


def profile(spec: Spec, root: Path, fresh: bool = False) -> pd.DataFrame:
    """The simulation's per-account features with `label` and `family` columns (cached;
    `fresh` recomputes them from the cached engine state, after a feature change)."""
    import hashlib

    from consentry.detect import run
    from consentry.detect.model import FEATURES

    sim = simulate(spec, root)
    # one cache per feature set, so a feature change never reads a stale profile
    tag = hashlib.sha256(" ".join(FEATURES).encode()).hexdigest()[:8]
    cache = sim / f"profile-{tag}.parquet"
    if cache.exists() and not fresh:
        return pd.read_parquet(cache)
    st = engine_state(spec, root)
    for step in run.PROFILE_STEPS[run.PROFILE_STEPS.index(run.profile) :]:
        st = step(st)
    assert st.profile is not None
    p = st.profile.select_dtypes("number").astype("float64")
    labels = pd.read_parquet(sim / "labels.parquet").set_index("account_id").label
    p["label"] = labels.reindex(p.index).fillna("benign")
    p["family"] = p.label.str.split(":").str[1].where(p.label.str.startswith("attack:"))
    p["sim"] = spec.name
    p.to_parquet(cache)
    # who shares what with whom, for the group score of the second stage
    assert st.edges is not None
    m = st.edges.members
    pd.DataFrame(
        {"account_id": st.profile.index[m.a.to_numpy()], "e": m.e.to_numpy(), "k": m.k.to_numpy()}
    ).to_parquet(members_path(spec, root))
    return p


def members_path(spec: Spec, root: Path) -> Path:
    return root / spec.name / "members.parquet"


def members(spec: Spec, root: Path) -> pd.DataFrame:
    """The simulation's memberships (graph.memberships, its entity and kind codes) by account
    id; `groups.neighbours` wants `a`, the row of each account in the frame it is given."""
    path = members_path(spec, root)
    if not path.exists():
        profile(spec, root, fresh=True)
    return pd.read_parquet(path)


# Training and validation worlds vary every campaign family's design (`vary`); the test worlds
# keep the designs as listed, with new seeds and the unseen phrasing pool.
# They also hold the legitimate look-alikes that ask new questions (`lookalikes`: digests and
# open pipelines, rotating benchmarks, heavy users on broad topics).
VARY = 0.6
LOOK = True
TRAIN = [Spec("small", s, vary=VARY, lookalikes=LOOK) for s in range(101, 113)]
TRAIN += [Spec("tiny", s, vary=VARY, lookalikes=LOOK) for s in range(111, 119)]
TRAIN += [Spec("medium", 121, vary=VARY, lookalikes=LOOK)]
VALIDATION = [Spec("small", s, vary=VARY, lookalikes=LOOK) for s in range(201, 205)]
VALIDATION += [Spec("tiny", s, vary=VARY, lookalikes=LOOK) for s in range(211, 215)]
VALIDATION += [Spec("medium", 221, vary=VARY, lookalikes=LOOK)]
TEST = [Spec("medium", 301, "test"), Spec("small", 311, "test"), Spec("small", 312, "test")]
