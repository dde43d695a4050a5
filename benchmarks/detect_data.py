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

import numpy as np
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

    @property
    def source(self) -> str:
        return "sim"

    def materialise(self, root: Path) -> Path:
        return simulate(self, root)

    def labels(self, root: Path) -> pd.DataFrame:
        return pd.read_parquet(self.materialise(root) / "labels.parquet")


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


def engine_state(src: Spec | World, root: Path):  # noqa: ANN201 - consentry.detect.run.State
    """The detector's state after the engine queries (features, addresses, accounts), cached
    as a pickle beside the world's tables so feature work after the engine can be re-run fast."""
    import pickle

    from consentry.detect import run

    sim = src.materialise(root)
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


def profile(src: Spec | World, root: Path, fresh: bool = False) -> pd.DataFrame:
    """A world's per-account features with `label`, `family`, `sim` (the world's name) and
    `source` (`sim` or the examiner generator) columns. The features are cached beside the
    world, one file per feature set (so a feature change never reads a stale profile); the
    labels are joined on every read (so a change of the label adapter needs no recompute).
    `fresh` recomputes the features from the cached engine state, after a feature change."""
    import hashlib

    from consentry.detect import run
    from consentry.detect.model import FEATURES

    sim = src.materialise(root)
    tag = hashlib.sha256(" ".join(FEATURES).encode()).hexdigest()[:8]
    cache = sim / f"profile-{tag}.parquet"
    if cache.exists() and not fresh:
        p = pd.read_parquet(cache)
    else:
        st = engine_state(src, root)
        for step in run.PROFILE_STEPS[run.PROFILE_STEPS.index(run.profile) :]:
            st = step(st)
        assert st.profile is not None
        p = st.profile.select_dtypes("number").astype("float64")
        p.to_parquet(cache)
        # who shares what with whom, for the group score of the second stage
        assert st.edges is not None
        m = st.edges.members
        pd.DataFrame(
            {
                "account_id": st.profile.index[m.a.to_numpy()],
                "e": m.e.to_numpy(),
                "k": m.k.to_numpy(),
            }
        ).to_parquet(sim / "members.parquet")
        # the whole membership table (with each account's traffic through each thing), for
        # the campaign-level operating point chosen on validation worlds (campaign_point.py)
        import pickle

        (sim / "edges.pkl").write_bytes(pickle.dumps(st.edges))
    p = p.drop(columns=[c for c in ("label", "family", "sim", "source") if c in p.columns])
    labels = src.labels(root).set_index("account_id").label
    p["label"] = labels.reindex(p.index).fillna("benign")
    p["family"] = p.label.str.split(":").str[1].where(p.label.str.startswith("attack:"))
    p["sim"] = src.name
    p["source"] = src.source
    return p


def edges(spec: Spec | World, root: Path):  # noqa: ANN201 - consentry.detect.graph.Edges
    """The world's memberships as the detector's graph stage reads them (graph.Edges)."""
    import pickle

    path = spec.materialise(root) / "edges.pkl"
    if not path.exists():
        profile(spec, root, fresh=True)
    return pickle.loads(path.read_bytes())


def members_path(spec: Spec | World, root: Path) -> Path:
    return spec.materialise(root) / "members.parquet"


def members(spec: Spec | World, root: Path) -> pd.DataFrame:
    """The world's memberships (graph.memberships, its entity and kind codes) by account
    id; `groups.neighbours` wants `a`, the row of each account in the frame it is given."""
    path = members_path(spec, root)
    if not path.exists():
        profile(spec, root, fresh=True)
    return pd.read_parquet(path)


# Independently written generators (examiners' hold-outs, run as black boxes) that may serve as
# training worlds beside the simulator. Each writes the contract's tables and a labels file;
# `EVAL_SEED` is the seed each was judged on, kept out of training and validation. Hold-outs 5
# and 6 judged one model choice each and are now training worlds like 1-4, and hold-out 7 after
# them (their generator code still unread: only their READMEs, for the command line and the
# label format). Hold-out 8 joined them after judging the seven-world model, and hold-out 9
# after judging the eight-world one. Hold-outs 10-13 (spent judges: each saw the shipped model
# flag almost nothing) joined as four more independent designers, and hold-outs 14 and 15 (spent
# judges too) after them, and hold-out 16 after judging the unseen-world operating point, and
# hold-out 17 after judging the sixteen-world model with its out-of-fold point.
BENCH = Path(__file__).parent
EVAL_SEED = {
    "holdout": 1,
    "holdout2": 20260223,
    "holdout3": 1,
    "holdout4": 1,
    "holdout5": 1,
    "holdout6": 1,
    "holdout7": 1,
    "holdout8": 1,
    "holdout9": 1,
    "holdout10": 1,
    "holdout11": 1,
    "holdout12": 1,
    "holdout13": 1,
    "holdout14": 1,
    "holdout15": 1,
    "holdout16": 1,
    "holdout17": 1,
}
WORLDS = tuple(EVAL_SEED)
# Size arguments: each world at about 0.5-0.75M exchanges and 6,000-12,000 accounts, which
# profiles in a minute or two on the shared machine.
SIZE = {
    "holdout": ["--accounts", "6000"],
    "holdout2": ["--accounts", "12000"],
    "holdout3": ["--scale", "0.5"],
    "holdout4": ["--scale", "0.5"],
    "holdout5": ["--scale", "0.5"],
    "holdout6": ["--scale", "0.5"],
    "holdout7": ["--scale", "0.5"],
    "holdout8": ["--scale", "0.5"],
    "holdout9": ["--scale", "0.5"],
    # 1.2-1.5M exchanges at scale 1 (their READMEs): 0.6-0.75M at one half
    "holdout10": ["--scale", "0.5"],
    "holdout11": ["--scale", "0.5"],
    "holdout12": ["--scale", "0.5"],
    "holdout13": ["--scale", "0.5"],
    "holdout14": ["--scale", "0.5"],
    "holdout15": ["--scale", "0.5"],
    "holdout16": ["--scale", "0.5"],
    "holdout17": ["--scale", "0.5"],
}


# Each world's ordinary-user classes (labelled `benign`; its other legitimate classes are the
# hard negatives, `hn:<class>`), read from their READMEs.
PLAIN = {"holdout2": ("chat",), "holdout3": ("chat_light", "chat_regular")}


def world_labels(generator: str, path: Path) -> pd.DataFrame:
    """One label frame (`account_id`, `label`) from any examiner world's labels file, in
    hold-out 4's convention: `attack:<campaign>` for campaign accounts, `benign` for ordinary
    users and `hn:<class>` for every other legitimate class.

    What each writes (from its README): holdout, holdout4 .. holdout17 `label` already in
    this convention; holdout2 `label` = `benign` | `campaign` and `class` (the legitimate class or
    the campaign family); holdout3 `label` = `attack:<family>` | `benign:<class>`."""
    if generator not in EVAL_SEED:
        raise ValueError(f"unknown world {generator!r}; one of {', '.join(WORLDS)}")
    t = pd.read_parquet(path)
    for col in ("account_id", "label") + (("class",) if generator == "holdout2" else ()):
        if col not in t.columns:
            raise ValueError(f"{path}: no {col} column")
    raw = t.label.astype("string")
    if generator == "holdout2":
        cls = t["class"].astype("string")
        attack = raw == "campaign"
        plain = cls.isin(PLAIN["holdout2"])
    else:
        attack = raw.str.startswith("attack:")
        cls = raw.str.split(":", n=1).str[1].fillna(raw)
        plain = (raw == "benign") | cls.isin(PLAIN.get(generator, ()))
    label = pd.Series(np.where(plain, "benign", "hn:" + cls), index=t.index)
    label = label.where(~attack, "attack:" + cls)
    out = pd.DataFrame({"account_id": t.account_id.astype(str), "label": label.astype(str)})
    if raw.isna().any() or cls.isna().any() or out.account_id.duplicated().any():
        raise ValueError(f"{path}: empty labels or duplicate account ids")
    if not (out.label.str.startswith(("attack:", "hn:")) | (out.label == "benign")).all():
        raise ValueError(f"{path}: labels outside attack:*, hn:* and benign")
    return out


@dataclass(frozen=True)
class World:
    """One run of an examiner's generator at one seed (a black box: tables + labels)."""

    generator: str
    seed: int

    def __post_init__(self) -> None:
        if self.generator not in EVAL_SEED:
            raise ValueError(f"unknown world {self.generator!r}; one of {', '.join(WORLDS)}")

    @property
    def name(self) -> str:
        return f"{self.generator}-{self.seed}"

    @property
    def source(self) -> str:
        return self.generator

    def materialise(self, root: Path) -> Path:
        """Run the generator once (cached by name); the folder of its tables and labels."""
        import os
        import subprocess
        import sys

        out = root / self.name
        if not (out / "labels.parquet").exists():
            tmp = root / f"{self.name}.tmp"
            cmd = [sys.executable, str(BENCH / self.generator / "traffic.py"), "--out", str(tmp)]
            cmd += ["--seed", str(self.seed), *SIZE[self.generator]]
            # hold-out 3 imports the contract from the package: the worktree's sources
            paths = [str(BENCH.parent / "src"), os.environ.get("PYTHONPATH", "")]
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
            done = subprocess.run(cmd, capture_output=True, text=True, env=env)
            if done.returncode:
                last = (done.stderr.strip().splitlines() or ["no message"])[-1]
                raise ValueError(f"{self.generator} --seed {self.seed} failed: {last}")
            tmp.rename(out)
        return out

    def labels(self, root: Path) -> pd.DataFrame:
        return world_labels(self.generator, self.materialise(root) / "labels.parquet")


def worlds(names: str | list[str], seeds: str | list[int]) -> list[World]:
    """`--worlds holdout,holdout2 --world-seeds 2,3`: every named world at every seed (its
    evaluation seed refused: that one judges what was trained on the others)."""
    ns = names.split(",") if isinstance(names, str) else list(names)
    ss = [int(x) for x in seeds.split(",")] if isinstance(seeds, str) else list(seeds)
    out = [World(n, s) for n in ns if n for s in ss]
    for w in out:
        if w.seed == EVAL_SEED[w.generator]:
            raise ValueError(f"{w.name}: seed {w.seed} is {w.generator}'s evaluation seed")
    return out


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
