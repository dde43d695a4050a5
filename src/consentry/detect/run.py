"""The detection pipeline: an ordered tuple of stages over one shared state.

check inputs -> features and reuse (Ibis, on the engine) -> addresses -> profile -> structure
-> similarity -> coordination -> groups -> relative -> score (learned, calibrated) -> access -> graph -> campaigns
-> verdicts -> write. The graph and campaign steps decide at two levels when the model records
a campaign-level operating point (campaign_level.py): accounts above the account-level
threshold as always, and linked groups of mid-score candidates whose evidence reaches a bar. Each step reads what earlier ones left in `State`, adds its own part and
returns it; `STEPS` is the list a reader (or the progress display) can print, run by
`consentry.steps.run_steps`.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES
from consentry.detect import access as acc_mod
from consentry.detect import campaign_level as level
from consentry.detect import campaigns as camp
from consentry.detect import coordination as coord
from consentry.detect import features as feat
from consentry.detect import graph as grp
from consentry.detect import groups as groups_mod
from consentry.detect import inputs, netinfo, outputs
from consentry.detect import model as mdl
from consentry.detect import profile as prof
from consentry.detect import relative as rel
from consentry.detect import similarity as simil
from consentry.detect import structure as struct
from consentry.detect import ties as ties_mod
from consentry.detect.backends import get_backend
from consentry.errors import ConsentryError
from consentry.progress import Progress, silent
from consentry.steps import Step, run_steps

REASONS_FACTOR = 0.5  # accounts from half the flag threshold up get reasons (for analysts)
LONE_FPR_FACTOR = 0.1  # an account in no campaign is flagged at a tenth of the target FPR
UNUSUAL_SHARE = 1e-3  # the most isolated accounts are marked for review (never flagged alone)
SIGNUP_BURST_MIN = 5  # accounts opened within the sign-up window on one card or domain
SIGNUP_BURST_RATIO = 5  # ... and this many times the card's or domain's usual rate


@dataclass
class State:
    inputs: inputs.Inputs
    out: Path
    backend: str = "duckdb"
    restricted: frozenset[str] = frozenset()
    model_path: Path | None = None
    max_fpr: float = mdl.DEFAULT_MAX_FPR
    # structure.py's queries cost about a quarter of the run; skipped when the model reads
    # none of their columns (training always computes them)
    structure_wanted: bool = True
    # the per-run percentiles the model reads (relative.py; training computes them all)
    relative_wanted: tuple[str, ...] = rel.RELATIVE
    # the tie figures (ties.py), run when the model reads one of them
    ties_wanted: bool = True
    # the coordination behaviour vector: the model's own (training uses the current one)
    behaviour: tuple[str, ...] = tuple(coord.BEHAVIOUR)
    con: Any = None
    exchanges: Any = None
    accounts: pd.DataFrame | None = None
    ranges: pd.DataFrame | None = None
    releases: list = field(default_factory=list)
    features: feat.Features | None = None
    structure: struct.Structure | None = None
    addresses: pd.DataFrame | None = None
    profile: pd.DataFrame | None = None
    sim: simil.Similarity | None = None
    prob: pd.Series | None = None
    flag: pd.Series | None = None
    threshold: float = 1.0
    lone_threshold: float = 1.0
    reasons: pd.Series | None = None
    drivers: pd.Series | None = None
    access: pd.DataFrame | None = None
    edges: grp.Edges | None = None
    hubs: pd.DataFrame | None = None
    communities: pd.Series | None = None
    # the campaign level (None: the model records no campaign-level operating point)
    point: level.CampaignPoint | None = None
    candidate: float = 1.0
    candidate_groups: pd.Series | None = None
    candidate_hubs: pd.DataFrame | None = None
    group_flag: pd.Series | None = None
    campaigns: list[camp.Campaign] = field(default_factory=list)
    verdicts: pd.DataFrame | None = None
    progress: Progress = silent


def check_inputs(st: State) -> State:
    inputs.check(st.inputs)
    st.accounts = inputs.read_small(st.inputs.accounts, ACCOUNTS).to_pandas()
    if st.inputs.ip_ranges is not None:
        st.ranges = inputs.read_small(st.inputs.ip_ranges, IP_RANGES).to_pandas()
    if st.inputs.model_releases is not None:
        rel = inputs.read_small(st.inputs.model_releases, MODEL_RELEASES).to_pandas()
        st.releases = [(r.model, r.released_at.to_pydatetime()) for r in rel.itertuples()]
    return st


def _open_engine(st: State) -> None:
    """Connect to the engine and open the exchanges there, unless that is done already."""
    if st.con is None:
        b = get_backend(st.backend)
        st.con = b.connect()
        st.exchanges = inputs.open_ibis(st.con, b, st.inputs.exchanges, EXCHANGES, "exchanges")


def features(st: State) -> State:
    _open_engine(st)
    st.features = feat.compute(st.con, st.exchanges, st.releases, st.progress)
    return st


def reuse(st: State) -> State:
    """Novelty, coverage and conversation queries (structure.py), on the engine; then an
    in-process engine is closed (the campaigns step opens it again for a few examples)."""
    if st.structure_wanted:
        st.structure = struct.compute(st.con, st.exchanges, st.progress)
    if get_backend(st.backend).in_process and st.con is not None:
        st.con.disconnect()
        st.con = st.exchanges = None
    return st


def addresses(st: State) -> State:
    assert st.features is not None
    st.addresses = netinfo.match(st.features.ips.ip, st.ranges)
    return st


def profile(st: State) -> State:
    assert st.features is not None and st.accounts is not None and st.addresses is not None
    # in account order, so every engine's result gives the same rows to the model and forest
    st.profile = prof.build(st.features, st.accounts, st.addresses, st.restricted).sort_index()
    # what only the profile reads is let go: at 1.3M accounts the (account, hour) table alone
    # is tens of millions of rows, and later steps hold the profile, sample and memberships
    f = st.features
    f.activity, f.gaps, f.hours, f.countries = (
        x.iloc[:0] for x in (f.activity, f.gaps, f.hours, f.countries)
    )
    return st


def structure(st: State) -> State:
    """What campaigns share and legitimate templated traffic lacks, joined into the profile
    (when `reuse` ran its queries)."""
    if st.structure is None:
        return st
    assert st.profile is not None
    cols = struct.columns(st.structure, st.profile)
    for col in cols.columns:
        st.profile[col] = cols[col].astype(float)
    # joined: the (account, length class) rows alone are ~12M at 50M exchanges
    st.structure = None
    return st


def _signup_bursts(p: pd.DataFrame) -> pd.Series:
    """Accounts opened within days of each other on one card or e-mail domain, far more than
    that card or domain usually sees (a freemail domain signs people up every day)."""
    win, _ = pd.factorize(p.created_at.dt.floor(grp.SIGNUP_WINDOW))
    windows = max(int(win.max(initial=-1)) + 1, 1)
    burst = np.zeros(len(p), bool)
    for col in ("payment_fingerprint", "email_domain"):
        key, _ = pd.factorize(p[col])
        ok = (key >= 0) & (win >= 0)
        pair = np.where(ok, key.astype(np.int64) * windows + win, 0)
        per_window = np.bincount(pair[ok], minlength=1)[pair]
        usual = np.bincount(key[key >= 0], minlength=1)[np.maximum(key, 0)] / windows
        hit = ok & (per_window >= SIGNUP_BURST_MIN) & (per_window >= SIGNUP_BURST_RATIO * usual)
        burst |= hit
    return pd.Series(burst, index=p.index)


def similarity(st: State) -> State:
    assert st.features is not None and st.profile is not None
    owners = st.profile[[c for c in simil.OWNERS if c in st.profile.columns]]
    st.sim = simil.analyse(st.features.sample, st.profile.index, owners=owners)
    st.features.sample = st.features.sample.iloc[:0]  # millions of openings, no longer needed
    per = st.sim.per_account.reindex(st.profile.index)
    for col in per.columns:
        st.profile[col] = per[col].astype(float)
    st.profile["signup_burst"] = _signup_bursts(st.profile).astype(float)
    return st


def coordination(st: State) -> State:
    """Accounts that share infrastructure and behave alike (coordination.py): the group-level
    evidence the model reads beside each account's own behaviour."""
    assert st.features is not None and st.profile is not None and st.sim is not None
    f = st.features
    st.edges = grp.memberships(f, st.profile, st.addresses, st.sim.buckets)
    # what only the memberships and coordination read is let go before the next stages: at
    # 1.3M accounts the shared prompt structures alone are tens of millions of rows
    st.sim = replace(st.sim, buckets=st.sim.buckets.iloc[:0])
    f.agents = f.agents.iloc[:0]
    c = coord.features(st.profile, st.edges.members, f.days, st.behaviour)
    f.days = f.days.iloc[:0]
    for col in c.columns:
        st.profile[col] = c[col].astype(float)
    return st


def groups(st: State) -> State:
    """What each account's neighbours on its shared things do (groups.py): group evidence
    for campaigns whose accounts each look like people."""
    assert st.profile is not None and st.edges is not None
    g = groups_mod.features(st.profile, st.edges.members, st.behaviour)
    for col in g.columns:
        st.profile[col] = g[col].astype(float)
    # how openly its look-alikes are tied to it (one organisation, card, domain, network)
    if st.ties_wanted:
        t = ties_mod.features(st.profile, st.edges.members, st.behaviour)
        for col in t.columns:
            st.profile[col] = t[col].astype(float)
    return st


def relative(st: State) -> State:
    """Each account's own behaviour as a percentile among the run's accounts (relative.py)."""
    assert st.profile is not None
    if not st.relative_wanted:
        return st
    r = rel.features(st.profile, st.relative_wanted)
    # joined at once (one copy): the profile has grown a column at a time and is fragmented
    st.profile = pd.concat([st.profile.drop(columns=r.columns, errors="ignore"), r], axis=1)
    return st


def score(st: State) -> State:
    assert st.profile is not None
    m = mdl.load(st.model_path)
    x = m.matrix(st.profile)
    st.prob = pd.Series(m.score(x), index=st.profile.index)
    st.threshold = m.threshold(st.max_fpr)
    st.lone_threshold = max(st.threshold, m.threshold(st.max_fpr * LONE_FPR_FACTOR))
    st.flag = st.prob >= st.threshold
    st.point = level.CampaignPoint.of(m.record)
    if st.point is not None:
        st.candidate = min(st.threshold, m.threshold(st.point.candidate_share(st.max_fpr)))
    # reasons for whoever is flagged or close to it; nobody else needs the extra predictions
    near = (st.prob >= REASONS_FACTOR * st.threshold).to_numpy()
    st.reasons = pd.Series([[] for _ in range(len(x))], index=st.profile.index, dtype=object)
    st.drivers = pd.Series([None] * len(x), index=st.profile.index, dtype=object)
    _explain(st, m, x[near], near)
    reasons = st.reasons
    unusual = _unusual(x)
    for i in np.flatnonzero(unusual):
        reasons.iat[i] = [*reasons.iat[i], "unusual_profile"]
    return st


def _explain(st: State, m: mdl.Model, xs: np.ndarray, rows: np.ndarray) -> None:
    """Reasons and leading features of the accounts at `rows` (a mask; `xs` their model
    input), in place."""
    assert st.profile is not None and st.reasons is not None and st.drivers is not None
    if not rows.any():
        return
    drops = m.contributions(xs)
    idx = st.profile.index[rows]
    st.reasons[rows] = pd.Series(m.reasons(drops), index=idx, dtype=object)
    st.drivers[rows] = pd.Series(m.top_features(xs, drops), index=idx, dtype=object)


def _unusual(x: np.ndarray) -> np.ndarray:
    """The unsupervised part: accounts an isolation forest fitted on this run's own accounts
    finds most isolated (UNUSUAL_SHARE of them). Marked for review, never flagged alone: it
    covers behaviour no label describes, and much of that is legitimate."""
    from sklearn.ensemble import IsolationForest

    if len(x) < 200:
        return np.zeros(len(x), bool)
    filled = np.where(np.isfinite(x), x, np.nanmedian(np.where(np.isfinite(x), x, np.nan), 0))
    filled = np.nan_to_num(filled)
    rng = np.random.default_rng(0)
    fit_on = filled[rng.choice(len(x), min(len(x), 50_000), replace=False)]
    forest = IsolationForest(n_estimators=100, random_state=0).fit(fit_on)
    s = -forest.score_samples(filled)
    k = max(1, int(UNUSUAL_SHARE * len(x)))
    return s >= np.sort(s)[-k]


def access(st: State) -> State:
    assert st.features is not None and st.profile is not None and st.addresses is not None
    st.access = acc_mod.findings(st.features, st.addresses, st.profile.n, st.restricted)
    return st


def graph(st: State) -> State:
    assert st.features is not None and st.profile is not None and st.flag is not None
    assert st.edges is not None and st.prob is not None
    st.hubs = grp.hubs(st.edges, st.flag)
    st.communities = grp.communities(st.edges, st.hubs, st.flag)
    if st.point is not None:
        # the campaign level: the same links among the candidates, hubs judged by their share
        st.candidate_hubs, st.candidate_groups = level.linked(st.edges, st.prob, st.candidate)
        st.group_flag = level.passing(st.candidate_groups, st.prob, st.point.evidence)
    return st


def _group_campaigns(st: State, already: pd.Series) -> list[camp.Campaign]:
    """Campaigns of the campaign level: each linked group of candidates whose evidence
    reaches the bar and that holds an account the account level leaves unflagged."""
    if st.point is None or st.group_flag is None or not st.group_flag.any():
        return []
    assert st.candidate_groups is not None and st.candidate_hubs is not None
    assert st.profile is not None and st.prob is not None and st.edges is not None
    comp = st.candidate_groups.where(st.group_flag, -1)
    # reasons for the group's members below the account level's reasons cut (few accounts)
    assert st.drivers is not None
    todo = (comp >= 0).to_numpy() & st.drivers.isna().to_numpy()
    if todo.any():
        m = mdl.load(st.model_path)
        _explain(st, m, m.matrix(st.profile[todo]), todo)
    ev = level.evidence(comp, st.prob)
    found = camp.build(
        st.profile, st.prob, st.group_flag, st.drivers, comp, st.edges, st.candidate_hubs
    )
    by_members = {tuple(c.members): c for c in found}
    out = []
    for gid, ids in comp[comp >= 0].groupby(comp[comp >= 0].to_numpy()).groups.items():
        if already.loc[ids].all():
            continue
        c = by_members[tuple(sorted(ids))]
        c.codes = [*c.codes, "campaign_evidence"]
        c.evidence.insert(
            1,
            f"flagged as a group: {len(ids):,} accounts each above the candidate score "
            f"{st.candidate:.2f}, together {ev[gid]:.1f} expected campaign accounts "
            f"(sum of probabilities; bar {st.point.evidence:g})",
        )
        out.append(c)
    return out


def campaigns(st: State) -> State:
    assert st.profile is not None and st.prob is not None and st.communities is not None
    assert st.features is not None and st.edges is not None
    st.campaigns = camp.build(
        st.profile, st.prob, st.flag, st.drivers, st.communities, st.edges, st.hubs
    )
    # who the account level flags (verdicts): the campaign level adds a group only for others
    already = st.prob >= st.lone_threshold
    for c in st.campaigns:
        if c.flagged:
            already.loc[c.members] = True
    st.campaigns += _group_campaigns(st, already)
    refs = {t["ref"] for c in st.campaigns if c.flagged for t in c.indicators["templates"]}
    examples: dict[str, str] = {}
    tpl = st.features.templates
    for side in ("head", "tail"):
        hashes = {int(r.split(":", 1)[1]) for r in refs if r.startswith(side + ":")}
        if not hashes:
            continue
        stage = f"{side} template examples"
        st.progress(stage, 0, 1)
        _open_engine(st)
        users = tpl[(tpl.side == side) & tpl.h.isin(hashes)].drop_duplicates("h")
        ex = st.con.to_pandas(feat.template_examples(st.exchanges, side, users))
        st.progress(stage, 1, 1)
        examples.update({f"{side}:{int(h)}": k for h, k in zip(ex.h, ex.example, strict=True)})
    camp.fill_templates(st.campaigns, examples)
    return st


def verdicts(st: State) -> State:
    assert st.profile is not None and st.prob is not None and st.reasons is not None
    v = pd.DataFrame(index=st.profile.index)
    v["score"] = st.prob
    # Campaigns are many accounts acting alike; an account that shares nothing with other
    # flagged accounts needs a score legitimate accounts reach ten times less often.
    v["flagged"] = st.prob >= st.lone_threshold
    v["campaign_id"] = None
    reasons = st.reasons.copy()
    # the account level first; the campaign level then flags only whom it leaves unflagged
    ordered = sorted(st.campaigns, key=lambda c: "campaign_evidence" in c.codes)
    for c in ordered:
        if not c.flagged:
            continue
        ids = pd.Index(c.members)
        if "campaign_evidence" in c.codes:
            ids = ids[~v.flagged.reindex(ids).to_numpy(dtype=bool)]
        v.loc[ids, "flagged"] = True
        v.loc[ids, "campaign_id"] = c.campaign_id
        extra = [f"campaign:{c.campaign_id}", *c.codes]
        for a in ids:
            reasons[a] = list(dict.fromkeys([*reasons[a], *extra]))
    flagged = v.flagged.to_numpy(dtype=bool)
    for i in np.flatnonzero(flagged):
        if not reasons.iat[i]:
            reasons.iat[i] = ["model_score"]
    v["reasons"] = reasons
    assert not (v.flagged & (v.reasons.str.len() == 0)).any()
    st.verdicts = v.reset_index(names="account_id")
    return st


def write(st: State) -> State:
    assert st.verdicts is not None and st.access is not None
    st.out.mkdir(parents=True, exist_ok=True)
    outputs.write_accounts(st.out / "accounts.parquet", st.verdicts, st.inputs.as_json())
    outputs.write_campaigns(st.out / "campaigns.json", st.campaigns)
    outputs.write_stix(st.out / "indicators.stix.json", st.campaigns, acc_mod.networks(st.access))
    acc_mod.write(st.out / "access.parquet", st.access)
    return st


STEPS: tuple[Step[State], ...] = (
    check_inputs,
    features,
    reuse,
    addresses,
    profile,
    structure,
    similarity,
    coordination,
    groups,
    relative,
    score,
    access,
    graph,
    campaigns,
    verdicts,
    write,
)
# The steps up to the per-account profile the model reads: what training runs.
PROFILE_STEPS = STEPS[: STEPS.index(score)]


def _release_memory() -> None:
    """Hand the heap's freed pages back to the OS: glibc keeps them resident otherwise, and
    each stage frees hundreds of MB of temporaries at scale (a no-op where there is no glibc)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)


def _then_release(step: Callable[[State], State]) -> Callable[[State], State]:
    """The step, then what it freed handed back before the next one allocates its own."""

    @functools.wraps(step)
    def run(st: State) -> State:
        st = step(st)
        _release_memory()
        return st

    return run


@dataclass(frozen=True)
class Result:
    out: Path
    accounts: int
    flagged: int
    campaigns: int
    exchanges: int
    flagged_exchanges: int
    top_reasons: list[tuple[str, int]]
    threshold: float = 1.0
    access_accounts: int = 0


def configure(st: State) -> State:
    """Read the run's model: what it reads decides which optional stages run (a bad model or
    --max-fpr fails here, before any work)."""
    m = mdl.load(st.model_path)
    m.threshold(st.max_fpr)
    st.structure_wanted = bool(set(m.names) & set(struct.COLUMNS))
    st.relative_wanted = tuple(k for k in rel.RELATIVE if rel.PREFIX + k in m.names)
    st.ties_wanted = bool(set(m.names) & set(ties_mod.COLUMNS))
    st.behaviour = m.behaviour
    return st


def detect(
    inputs_: inputs.Inputs,
    out: str | Path,
    backend: str = "duckdb",
    restricted_countries: frozenset[str] | tuple[str, ...] = (),
    progress: Progress | None = None,
    model: str | Path | None = None,
    max_fpr: float = mdl.DEFAULT_MAX_FPR,
) -> Result:
    """Run every step; `progress(stage, done, total)` follows each step and engine query."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ConsentryError(f"--out {out} is a file; give a folder for the detector's output.")
    st = State(
        inputs_,
        out,
        backend,
        frozenset(restricted_countries),
        model_path=Path(model) if model else None,
        max_fpr=max_fpr,
        progress=progress or silent,
    )
    st = run_steps(configure(st), tuple(map(_then_release, STEPS)), progress)
    assert st.verdicts is not None and st.profile is not None
    v = st.verdicts
    flagged = v[v.flagged]
    n = st.profile.n
    counts = pd.Series([r for rs in flagged.reasons for r in rs if not r.startswith("campaign:")])
    return Result(
        out=out,
        accounts=len(v),
        flagged=int(v.flagged.sum()),
        campaigns=sum(1 for c in st.campaigns if c.flagged),
        exchanges=int(n.sum()),
        flagged_exchanges=int(n.reindex(flagged.account_id).sum()),
        top_reasons=list(counts.value_counts().head(8).items()),
        threshold=st.threshold,
        access_accounts=len(st.access) if st.access is not None else 0,
    )
