"""Coordination features: sharing a thing links accounts only where they also behave alike."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from consentry.detect import coordination as coord
from consentry.detect import graph as grp


def _profiles(rng: np.random.Generator) -> pd.DataFrame:
    """30 campaign accounts run by one pipeline (near-identical behaviour) and 60 ordinary
    customers of all kinds; plus 200 unrelated ordinary accounts for the run's scale."""
    rows = []
    for i in range(290):
        if i < 30:  # one pipeline: the same shape with small noise
            base = {c: 0.9 for c in coord.BEHAVIOUR} | {"gap_log_mean": 0.3, "gap_log_sd": 0.1}
            noise = 0.01
        else:
            base = {c: float(rng.uniform(0, 1)) for c in coord.BEHAVIOUR}
            base |= {"gap_log_mean": float(rng.uniform(1, 4)), "gap_log_sd": 0.6}
            noise = 0.3
        rows.append({c: v + float(rng.normal(0, noise)) for c, v in base.items()})
    p = pd.DataFrame(rows, index=[f"a{i:03d}" for i in range(290)])
    return p.clip(lower=0)


def _coded(members: pd.DataFrame, p: pd.DataFrame) -> pd.DataFrame:
    """Named memberships as the integer-coded rows coordination reads."""
    return grp.Edges.from_names(members.assign(n=1), p.index).members


def test_a_campaign_on_a_shared_pool_is_alike_and_the_pools_customers_are_not() -> None:
    p = _profiles(np.random.default_rng(0))
    # the campaign (a000-a029) and 60 customers (a030-a089) all use one exit network
    members = pd.DataFrame(
        {"account_id": p.index[:90], "entity": "net:198.51.100.0/24", "kind": "network"}
    )
    days = pd.DataFrame(columns=["account_id", "day", "n"])
    c = coord.features(p, _coded(members, p), days)
    campaign, customers = c.iloc[:30], c.iloc[30:90]
    assert (c.infra_peers.iloc[:90] == np.log1p(89)).all()  # everyone shares the pool ...
    # ... but only the campaign's accounts find most of their own kind there
    assert campaign.alike_peers.median() >= np.log1p(20)
    assert customers.alike_peers.median() <= np.log1p(10)
    assert campaign.alike_share.min() > customers.alike_share.max()
    # accounts that share nothing have no peers at all
    assert (c.iloc[90:][["alike_peers", "alike_share", "infra_peers"]] == 0).all().all()


def test_result_does_not_depend_on_row_order() -> None:
    p = _profiles(np.random.default_rng(1))
    members = pd.DataFrame(
        {
            "account_id": list(p.index[:90]) + list(p.index[50:120]),
            "entity": ["net:a"] * 90 + ["pf:b"] * 70,
            "kind": ["network"] * 90 + ["payment"] * 70,
        }
    )
    days = pd.DataFrame(
        {"account_id": np.repeat(p.index[:120], 3), "day": np.tile([1, 2, 3], 120), "n": 1}
    )
    a = coord.features(p, _coded(members, p), days)
    shuffled = _coded(members.sample(frac=1, random_state=3), p)
    b = coord.features(p, shuffled, days.sample(frac=1))
    pd.testing.assert_frame_equal(a, b)


def test_the_behaviour_vector_is_the_models_own() -> None:
    """A model's alike-features mean what they meant in training only if the buckets are drawn
    from the same behaviour columns: a model records them, and coordination reads that list."""
    from consentry.detect import model as mdl

    p = _profiles(np.random.default_rng(1))
    names = tuple(coord.BEHAVIOUR)[:5]
    assert coord.behaviour(p, names).shape == (len(p), 5)
    # a column outside the list changes nothing for that list, and does change the full vector
    moved = p.copy()
    moved[tuple(coord.BEHAVIOUR)[-1]] = moved[tuple(coord.BEHAVIOUR)[-1]][::-1].to_numpy()
    assert np.array_equal(coord.behaviour(p, names), coord.behaviour(moved, names))
    assert not np.array_equal(coord.behaviour(p), coord.behaviour(moved))
    shipped = mdl.load()
    assert set(shipped.behaviour) <= set(coord.BEHAVIOUR)
    older = mdl.Model(
        shipped.booster, shipped.calib, shipped.benign_val, shipped.reference, {"behaviour": names}
    )
    assert older.behaviour == names


def _popular_world(seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """3,000 unrelated people who all send one public prompt structure (opened over three
    years, each in their own way); 300 users of one public script (one template, one way of
    working, opened over three years); and 40 accounts of one pipeline, opened within two days,
    that share a structure nobody else sends besides the public one."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2026-03-01", tz="UTC")
    people = [f"p{i:04d}" for i in range(3000)]
    script = [f"s{i:03d}" for i in range(300)]
    camp = [f"c{i:02d}" for i in range(40)]
    ids = people + script + camp
    n = len(ids)
    p = pd.DataFrame(
        {c: rng.uniform(0, 1, n) for c in coord.BEHAVIOUR}
        | {"gap_log_mean": rng.uniform(1, 4, n), "gap_log_sd": rng.uniform(0.3, 1.2, n)},
        index=ids,
    )
    alike = {c: 0.9 for c in coord.BEHAVIOUR} | {"gap_log_mean": 0.3, "gap_log_sd": 0.1}
    for group, noise in ((script, 0.01), (camp, 0.01)):
        for c, v in alike.items():
            p.loc[group, c] = v + rng.normal(0, noise, len(group)) + (0.3 if group is camp else 0)
    p["created_at"] = start - pd.to_timedelta(rng.uniform(30, 1100, n), unit="D")
    p.loc[camp, "created_at"] = start - pd.to_timedelta(40 + rng.uniform(0, 1.5, 40), unit="D")
    p["first_ts"] = start + pd.to_timedelta(rng.uniform(0, 27, n), unit="D")
    p.loc[camp, "first_ts"] = start + pd.to_timedelta(rng.uniform(3, 3.8, 40), unit="D")
    members = pd.concat(
        [
            pd.DataFrame({"account_id": ids, "entity": "lsh:public", "kind": "prompt_structure"}),
            pd.DataFrame({"account_id": script, "entity": "tpl:script", "kind": "template"}),
            pd.DataFrame({"account_id": camp, "entity": "lsh:rare", "kind": "prompt_structure"}),
        ],
        ignore_index=True,
    )
    return p, members


def test_a_public_prompt_makes_nobody_peers_and_a_rare_cohort_does() -> None:
    """A prompt structure sent by thousands of unrelated accounts does not make them peers;
    forty new accounts sharing a rare structure and a sign-up window do."""
    p, members = _popular_world()
    days = pd.DataFrame(columns=["account_id", "day", "n"])
    c = coord.features(p, _coded(members, p), days)
    people, script, camp = (c[c.index.str.startswith(k)] for k in ("p", "s", "c"))
    # everyone's largest alike group sits on the public structure (hundreds of "peers"); weighed
    # by how unlikely it is, the pipeline stands out and the crowd reads as chance
    assert people.alike_peers.median() > np.log1p(30)
    assert camp.alike_surprise.min() > people.alike_surprise.quantile(0.999)
    assert camp.cohort_signup.min() > max(people.cohort_signup.max(), script.cohort_signup.max())
    assert camp.cohort_start.min() > people.cohort_start.quantile(0.999)
    assert camp.cohort_alike.min() > max(people.cohort_alike.max(), script.cohort_alike.max())
    # the public script's users all work alike on its template (a real coincidence, which
    # alike_surprise reads), but were opened over years: no cohort
    assert script.alike_surprise.median() > people.alike_surprise.quantile(0.99)
    assert script.cohort_alike.median() < np.log1p(5) < np.log1p(40)


def test_chernoff_surprise_follows_rarity() -> None:
    """The same coincidence says more on a rare thing than on a popular one, and nothing where
    it is what chance gives."""
    k = np.array([39, 39, 150, 40])
    n = np.array([39, 3000, 3000, 4000])
    s = coord._chernoff(k, n, np.full(4, 0.01))
    assert s[0] > 100 > s[1] and s[2] > s[1]  # 39 of 39 alike; 39 of 3,000; 150 of 3,000
    assert s[3] == 0  # exactly the run's rate: no evidence


@pytest.mark.spark
def test_duckdb_and_spark_give_the_same_coordination_figures(sim: Path) -> None:
    from tests.detect.conftest import profile_columns

    out = {b: profile_columns(sim, b, coord.COLUMNS) for b in ("duckdb", "spark")}
    pd.testing.assert_frame_equal(out["duckdb"], out["spark"], check_exact=True)
    assert (out["duckdb"][["alike_surprise", "cohort_start"]] > 0).any().all()
