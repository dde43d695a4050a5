"""The campaign level: linked groups of mid-score accounts are judged as groups, ordinary users
on one network are not a group, a lone mid-score account is never flagged, and a model that
records no campaign-level point decides as before."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from consentry.detect import campaign_level as level
from consentry.detect import graph as grp
from consentry.detect import run

POINT = level.CampaignPoint(candidate_fpr=0.05, evidence=2.0, max_fpr=1e-3)
STRICT, CANDIDATE = 0.98, 0.3


def _rows(accounts: list[str], things: list[tuple[str, str]], n: int = 10) -> list[dict]:
    return [{"account_id": a, "entity": e, "kind": k, "n": n} for a in accounts for e, k in things]


def _world() -> tuple[grp.Edges, pd.Series]:
    """A campaign of six mid-score accounts on a card and a network of their own; a campus of
    forty students on one address and one browser build, eight of them with mid scores; one
    mid-score account sharing nothing; one high scorer alone."""
    camp = [f"c-{i}" for i in range(6)]
    campus = [f"s-{i:02d}" for i in range(40)]
    rows = _rows(camp, [("pf:card-9", "payment"), ("net:198.51.100.0/24", "network")])
    rows += _rows(campus, [("ip:203.0.113.7", "ip"), ("ua:Chrome/131|2025-10-01", "user_agent")])
    rows += _rows(["lone"], [("net:192.0.2.0/24", "network"), ("pf:card-1", "payment")])
    rows += _rows(["high"], [("net:192.0.2.128/25", "network")])
    edges = grp.Edges.from_names(pd.DataFrame(rows))
    prob = pd.Series(0.05, index=edges.accounts)
    prob[camp] = 0.5
    prob[campus[:8]] = 0.6  # mid scores, more than the campaign's
    prob["lone"] = 0.9
    prob["high"] = 0.99
    return edges, prob


def _state(point: level.CampaignPoint | None) -> run.State:
    edges, prob = _world()
    p = pd.DataFrame(index=edges.accounts)
    ts = pd.Timestamp("2025-11-01", tz="UTC")
    p = p.assign(
        n=10,
        harvest_share=0.5,
        tools_share=0.0,
        image_share=0.0,
        signup_channel="web",
        first_ts=ts,
        last_ts=ts,
    )
    st = run.State(inputs=None, out=Path("."))  # type: ignore[arg-type]
    st.profile, st.prob, st.edges = p, prob, edges
    st.features = SimpleNamespace(templates=pd.DataFrame({"side": [], "h": []}))  # type: ignore[assignment]
    st.threshold, st.lone_threshold = STRICT, STRICT
    st.flag = prob >= STRICT
    st.point, st.candidate = point, CANDIDATE if point else 1.0
    st.reasons = pd.Series([[] for _ in p.index], index=p.index, dtype=object)
    # leading features already known (the run computes them for a group's members)
    st.drivers = pd.Series([[] for _ in p.index], index=p.index, dtype=object)
    for step in (run.graph, run.campaigns, run.verdicts):
        st = step(st)
    return st


def _verdicts(point: level.CampaignPoint | None) -> pd.DataFrame:
    v = _state(point).verdicts
    assert v is not None
    return v.set_index("account_id")


def test_a_linked_group_of_mid_score_campaign_accounts_is_flagged() -> None:
    v = _verdicts(POINT)
    camp = v.loc[[f"c-{i}" for i in range(6)]]
    assert camp.flagged.all()
    assert camp.campaign_id.nunique() == 1
    assert all("campaign_evidence" in r for r in camp.reasons)


def test_ordinary_users_on_one_network_with_mid_scores_are_no_campaign() -> None:
    v = _verdicts(POINT)
    assert not v.loc[v.index.str.startswith("s-")].flagged.any()


def test_a_lone_mid_score_account_is_not_flagged() -> None:
    v = _verdicts(POINT)
    assert not v.at["lone", "flagged"]
    # the account level is unchanged beside it
    assert v.at["high", "flagged"] and "campaign_evidence" not in v.at["high", "reasons"]


def test_a_group_below_the_bar_is_not_flagged() -> None:
    # six accounts at 0.5: 3 expected campaign accounts, under a bar of 4
    v = _verdicts(level.CampaignPoint(0.05, 4.0, 1e-3))
    assert not v.flagged.drop("high").any()


def test_a_model_without_a_campaign_point_decides_as_before() -> None:
    assert level.CampaignPoint.of({"features": ["per_day"]}) is None
    v = _verdicts(None)
    assert v.index[v.flagged].tolist() == ["high"]


def test_the_point_round_trips_through_the_model_record() -> None:
    assert level.CampaignPoint.of({level.KEY: POINT.as_record()}) == POINT
    assert POINT.candidate_share(1e-4) == pytest.approx(0.005)


def test_choose_keeps_legitimate_groups_of_validation_within_the_budget() -> None:
    """The campus's eight mid scorers linked by two kinds of thing they alone use (a lab's
    card and subnet) form a legitimate group in a second world: the bar must rise above its
    evidence (4.8), out of the campaign's (3.0) reach."""
    edges, prob = _world()
    rows = _rows([f"s-{i:02d}" for i in range(8)], [("pf:lab", "payment"), ("net:lab", "network")])
    lab = grp.Edges.from_names(pd.DataFrame(rows))
    lab_prob = pd.Series(0.6, index=lab.accounts)
    attack = pd.Series(prob.index.str.startswith("c-"), index=prob.index)
    worlds = [
        level.World(edges, prob, attack),
        level.World(lab, lab_prob, pd.Series(False, index=lab.accounts)),
    ]
    point, table = level.choose(worlds, STRICT, {0.05: CANDIDATE}, 1e-3)
    assert point is not None and point.evidence > 4.8
    assert len(table) == len(level.BARS)
    # without the legitimate group the lowest bar that reaches the campaign is chosen
    point, _ = level.choose(worlds[:1], STRICT, {0.05: CANDIDATE}, 1e-3)
    assert point is not None and point.evidence == 2.0
