"""The detection pipeline: an ordered tuple of stages over one shared state.

check -> features (Ibis, on the engine) -> addresses -> profile -> signals -> graph ->
campaigns -> verdicts -> write. Each stage reads what earlier ones left in `State` and adds
its own part; `STAGES` is the list a reader (or the progress display) can print.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES
from consentry.detect import campaigns as camp
from consentry.detect import features, graph, inputs, netinfo, outputs, profile, signals
from consentry.detect.backends import get_backend
from consentry.errors import ConsentryError

SIGNUP_BURST_MIN = 5  # accounts opened within the sign-up window on one card or domain
SIGNUP_BURST_RATIO = 5  # ... and this many times the card's or domain's usual rate


@dataclass
class State:
    inputs: inputs.Inputs
    out: Path
    backend: str = "duckdb"
    restricted: frozenset[str] = frozenset()
    con: Any = None
    exchanges: Any = None
    accounts: pd.DataFrame | None = None
    ranges: pd.DataFrame | None = None
    releases: list = field(default_factory=list)
    features: features.Features | None = None
    addresses: pd.DataFrame | None = None
    profile: pd.DataFrame | None = None
    scored: signals.Scored | None = None
    edges: graph.Edges | None = None
    hubs: pd.DataFrame | None = None
    communities: pd.Series | None = None
    campaigns: list[camp.Campaign] = field(default_factory=list)
    verdicts: pd.DataFrame | None = None
    progress: Callable[[str], None] | None = None


def _check(st: State) -> None:
    inputs.check(st.inputs)
    st.accounts = inputs.read_small(st.inputs.accounts, ACCOUNTS).to_pandas()
    if st.inputs.ip_ranges is not None:
        st.ranges = inputs.read_small(st.inputs.ip_ranges, IP_RANGES).to_pandas()
    if st.inputs.model_releases is not None:
        rel = inputs.read_small(st.inputs.model_releases, MODEL_RELEASES).to_pandas()
        st.releases = [(r.model, r.released_at.to_pydatetime()) for r in rel.itertuples()]


def _features(st: State) -> None:
    b = get_backend(st.backend)
    st.con = b.connect()
    st.exchanges = inputs.open_ibis(st.con, b, st.inputs.exchanges, EXCHANGES, "exchanges")
    st.features = features.compute(st.con, st.exchanges, st.releases, st.progress)


def _addresses(st: State) -> None:
    assert st.features is not None
    st.addresses = netinfo.match(st.features.ips.ip, st.ranges)


def _profile(st: State) -> None:
    assert st.features is not None and st.accounts is not None and st.addresses is not None
    st.profile = profile.build(st.features, st.accounts, st.addresses, st.restricted)


def _signup_bursts(p: pd.DataFrame) -> pd.Series:
    """Accounts opened within days of each other on one card or e-mail domain, far more than
    that card or domain usually sees (a freemail domain signs people up every day)."""
    win = p.created_at.dt.floor(graph.SIGNUP_WINDOW)
    windows = max(win.nunique(), 1)
    burst = pd.Series(False, index=p.index)
    for col in ("payment_fingerprint", "email_domain"):
        key = p[col].astype("string")
        per_window = (key + "|" + win.astype("string")).map(
            (key + "|" + win.astype("string")).value_counts()
        )
        usual = key.map(key.value_counts()) / windows
        hit = (per_window >= SIGNUP_BURST_MIN) & (per_window >= SIGNUP_BURST_RATIO * usual)
        burst |= hit.fillna(False).astype(bool)
    return burst


def _signals(st: State) -> None:
    assert st.profile is not None
    extra = {"signup_burst": ("conceal", 0.15, _signup_bursts(st.profile))}
    st.scored = signals.score(st.profile, extra)


def _graph(st: State) -> None:
    assert st.features is not None and st.profile is not None and st.scored is not None
    st.edges = graph.memberships(st.features, st.profile, st.addresses, st.restricted)
    st.hubs = graph.hubs(st.edges, st.scored.activity)
    act = [c for c in st.scored.fired.columns if signals.counts_to_activity(c)]
    st.communities = graph.communities(
        st.edges, st.hubs, st.scored.activity, st.scored.fired[act],
        in_org=st.profile.org_id.notna(), core_ok=st.scored.core,
    )


def _campaigns(st: State) -> None:
    assert st.profile is not None and st.scored is not None and st.communities is not None
    st.campaigns = camp.build(st.profile, st.scored, st.communities, st.edges.members, st.hubs)
    refs = {t["ref"] for c in st.campaigns if c.flagged for t in c.indicators["templates"]}
    examples: dict[str, str] = {}
    tpl = st.features.templates
    for side in ("head", "tail"):
        hashes = {int(r.split(":", 1)[1]) for r in refs if r.startswith(side + ":")}
        if not hashes:
            continue
        if st.progress:
            st.progress(f"{side} template examples")
        users = tpl[(tpl.side == side) & tpl.h.isin(hashes)].drop_duplicates("h")
        ex = st.con.to_pandas(features.template_examples(st.exchanges, side, users))
        examples.update({f"{side}:{int(h)}": k for h, k in zip(ex.h, ex.example, strict=True)})
    camp.fill_templates(st.campaigns, examples)


def _verdicts(st: State) -> None:
    assert st.profile is not None and st.scored is not None
    p, s = st.profile, st.scored
    v = pd.DataFrame(index=p.index)
    v["score"] = s.score
    v["flagged"] = s.score >= camp.FLAG
    v["campaign_id"] = None
    reasons = s.reasons.copy()
    for c in st.campaigns:
        ids = pd.Index(c.members)
        v.loc[ids, "score"] = v.loc[ids, "score"].clip(lower=c.score if c.flagged else 0)
        if c.flagged:
            v.loc[ids, "flagged"] = True
            v.loc[ids, "campaign_id"] = c.campaign_id
            extra = [f"campaign:{c.campaign_id}", *c.codes]
            for a in ids:
                reasons[a] = list(dict.fromkeys([*reasons[a], *extra]))
    v["reasons"] = reasons
    # a flag always carries its reasons; an unflagged account keeps its weak signals
    assert not (v.flagged & (v.reasons.str.len() == 0)).any()
    st.verdicts = v.reset_index(names="account_id")


def _write(st: State) -> None:
    assert st.verdicts is not None
    st.out.mkdir(parents=True, exist_ok=True)
    outputs.write_accounts(st.out / "accounts.parquet", st.verdicts, st.inputs.as_json())
    outputs.write_campaigns(st.out / "campaigns.json", st.campaigns)
    outputs.write_stix(st.out / "indicators.stix.json", st.campaigns)


STAGES: tuple[tuple[str, Callable[[State], None]], ...] = (
    ("check inputs", _check),
    ("features", _features),
    ("addresses", _addresses),
    ("profile", _profile),
    ("signals", _signals),
    ("graph", _graph),
    ("campaigns", _campaigns),
    ("verdicts", _verdicts),
    ("write", _write),
)


@dataclass(frozen=True)
class Result:
    out: Path
    accounts: int
    flagged: int
    campaigns: int
    exchanges: int
    flagged_exchanges: int
    top_reasons: list[tuple[str, int]]


def detect(
    inputs_: inputs.Inputs,
    out: str | Path,
    backend: str = "duckdb",
    restricted_countries: frozenset[str] | tuple[str, ...] = (),
    progress: Callable[[str], None] | None = None,
) -> Result:
    """Run every stage; `progress(stage)` is called as each stage (and engine query) starts."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ConsentryError(f"--out {out} is a file; give a folder for the detector's output.")
    st = State(inputs_, out, backend, frozenset(restricted_countries), progress=progress)
    for name, stage in STAGES:
        if progress:
            progress(name)
        stage(st)
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
    )


def read_inputs_meta(pred_dir: str | Path) -> dict:
    """The input paths a run recorded in accounts.parquet (for eval's baselines)."""
    meta = pq_metadata(Path(pred_dir) / "accounts.parquet")
    return json.loads(meta[outputs.INPUTS_KEY])


def pq_metadata(path: Path) -> dict:
    import pyarrow.parquet as pq

    return pq.read_schema(path).metadata or {}
