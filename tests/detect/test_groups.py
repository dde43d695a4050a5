"""Group evidence: what an account's neighbours do, never how many there are."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from consentry.detect import coordination as coord
from consentry.detect import graph as grp
from consentry.detect import groups

START = pd.Timestamp("2026-03-01", tz="UTC")


def _ordinary(rng: np.random.Generator, ids: list[str]) -> pd.DataFrame:
    """People: each their own pace, sign-up date and habits."""
    n = len(ids)
    p = pd.DataFrame(
        {c: rng.uniform(0, 1, n) for c in coord.BEHAVIOUR}
        | {
            "gap_log_mean": rng.uniform(1, 4, n),
            "gap_log_sd": rng.uniform(0.3, 1.2, n),
            "novel_per_day": np.log1p(rng.uniform(0, 4, n)),
            "resend_share": rng.uniform(0, 0.1, n),
            "followup_share": rng.uniform(0.3, 0.7, n),
            "revisit_share": rng.uniform(0.02, 0.2, n),
            "n": rng.integers(20, 200, n).astype(float),
            "days": rng.integers(5, 28, n).astype(float),
            "created_at": START - pd.to_timedelta(rng.integers(30, 900, n), unit="D"),
            "first_ts": START + pd.to_timedelta(rng.uniform(0, 20, n), unit="D"),
        },
        index=ids,
    )
    return p


def _low_and_slow(rng: np.random.Generator, ids: list[str]) -> pd.DataFrame:
    """One operator's accounts: each a few ordinary-looking sessions a day, but opened within
    days of each other, all asking new questions, none coming back to a conversation."""
    n = len(ids)
    p = _ordinary(rng, ids)
    base = {c: 0.6 for c in coord.BEHAVIOUR} | {"gap_log_mean": 2.5, "gap_log_sd": 0.8}
    for c, v in base.items():
        p[c] = v + rng.normal(0, 0.02, n)
    p["novel_per_day"] = np.log1p(rng.uniform(10, 14, n))
    p["resend_share"] = 0.0
    p["revisit_share"] = 0.0
    p["created_at"] = START - pd.Timedelta(days=40) + pd.to_timedelta(rng.uniform(0, 3, n), "D")
    p["first_ts"] = START + pd.to_timedelta(rng.uniform(0, 0.5, n), unit="D")
    return p


def _world(seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    slow = [f"s{i:03d}" for i in range(20)]
    resold = [f"r{i:03d}" for i in range(60)]
    campus = [f"u{i:03d}" for i in range(120)]
    others = [f"o{i:03d}" for i in range(300)]
    p = pd.concat(
        [
            _low_and_slow(rng, slow),
            _ordinary(rng, resold),
            _ordinary(rng, campus),
            _ordinary(rng, others),
        ]
    )
    rows = []
    # the campaign: cards of five, one sign-up window, a shared prompt structure
    for i, a in enumerate(slow):
        rows += [(a, f"pf:card{i // 5}", "payment"), (a, "lsh:wrapper", "prompt_structure")]
    # a reseller's customers on its proxy pool and billing cards, one card per 20
    for i, a in enumerate(resold):
        rows += [(a, "net:pool", "network"), (a, f"pf:reseller{i // 20}", "payment")]
    # students behind one campus NAT, a few sharing a common prompt opening
    for i, a in enumerate(campus):
        rows += [(a, "net:campus", "network"), (a, "ip:campus", "ip")]
        if i % 10 == 0:
            rows.append((a, "lsh:greeting", "prompt_structure"))
    members = pd.DataFrame(rows, columns=["account_id", "entity", "kind"])
    return p, members


def _features(p: pd.DataFrame, named: pd.DataFrame) -> pd.DataFrame:
    """groups.features on (account, entity name, kind) rows coded as graph.memberships codes
    them: the account's row in `p`, entity codes in the names' order, the kind's index."""
    coded = pd.DataFrame(
        {
            "a": p.index.get_indexer(named.account_id),
            "e": pd.factorize(named.entity, sort=True)[0],
            "k": [grp.KINDS.index(k) for k in named.kind],
        }
    )
    return groups.features(p, coded)


def test_a_low_and_slow_group_reads_as_one_and_big_ordinary_groups_do_not() -> None:
    p, members = _world()
    g = _features(p, members)
    slow, resold, campus = (g[g.index.str.startswith(k)] for k in ("s", "r", "u"))
    # opened together and all asking new questions ...
    assert slow.group_signup_gap.max() < resold.group_signup_gap.min()
    assert slow.group_signup_gap.max() < campus.group_signup_gap.min()
    assert slow.group_novel.min() > max(resold.group_novel.max(), campus.group_novel.max())
    assert slow.group_start_gap.max() < campus.group_start_gap.min()
    # ... and alike, where a reseller's customers and a campus are as varied as people are
    assert slow.group_spread.max() < min(resold.group_spread.min(), campus.group_spread.min())
    # sharing nothing: no group figures at all
    assert g.loc[g.index.str.startswith("o")].isna().all().all()


def test_a_bigger_group_of_the_same_people_reads_the_same() -> None:
    """No figure is the group's size: 120 students read like 12 of them."""
    rng = np.random.default_rng(3)
    big = [f"u{i:03d}" for i in range(600)]
    p = _ordinary(rng, big)

    def on_nat(ids: list[str]) -> pd.DataFrame:
        return pd.DataFrame({"account_id": ids, "entity": "net:campus", "kind": "network"})

    small = _features(p.iloc[:12], on_nat(big[:12]))
    large = _features(p, on_nat(big))
    for col in ("group_novel", "group_spread", "group_signup_gap", "group_followup"):
        a, b = small[col].median(), large[col].median()
        assert abs(a - b) <= 0.2 * max(abs(b), 0.1), (col, a, b)


def test_every_kind_of_thing_counts_once() -> None:
    """A hundred prompt-structure buckets shared with strangers do not drown one card shared
    with the account's own cohort."""
    p, members = _world()
    extra = pd.DataFrame(
        {
            "account_id": np.repeat(p.index[:20], 100),
            "entity": [f"lsh:{j}" for _ in range(20) for j in range(100)],
            "kind": "prompt_structure",
        }
    )
    strangers = pd.DataFrame(
        {
            "account_id": np.tile(p.index[200:210], 100),
            "entity": [f"lsh:{j}" for j in range(100) for _ in range(10)],
            "kind": "prompt_structure",
        }
    )
    g = _features(p, pd.concat([members, extra, strangers]))
    base = _features(p, members)
    slow = g.index.str.startswith("s")
    # the card (one kind of two) still carries half the signal
    assert (g.group_signup_gap[slow] < base.group_signup_gap[~slow].median()).all()


def test_result_does_not_depend_on_row_order() -> None:
    p, members = _world(1)
    a = _features(p, members)
    b = _features(p.sample(frac=1, random_state=2), members.sample(frac=1, random_state=4))
    pd.testing.assert_frame_equal(a, b.loc[a.index])


@pytest.mark.spark
def test_duckdb_and_spark_give_the_same_group_figures(sim: Path) -> None:
    from tests.detect.conftest import profile_columns

    out = {b: profile_columns(sim, b, groups.COLUMNS) for b in ("duckdb", "spark")}
    pd.testing.assert_frame_equal(out["duckdb"], out["spark"], check_exact=True)
    assert out["duckdb"].notna().any().all()


def test_low_and_slow_cohorts_outscore_a_resellers_customers_and_a_campus(duckdb_run) -> None:  # noqa: ANN001
    """On the simulation: low-and-slow accounts (each like a person, tied by cards and sign-up
    windows) score above nearly every reseller customer and student, none of whom is flagged,
    though both share exits, cards or a NAT with many others."""
    acc = duckdb_run.accounts.set_index("account_id")
    label = duckdb_run.labels.reindex(acc.index).fillna("benign")
    slow = acc.score[label == "attack:lowslow"]
    big = acc[label.isin(["hn:reseller", "hn:university"])]
    assert len(slow) >= 10 and len(big) >= 100
    assert not big.flagged.any()
    assert slow.median() > big.score.quantile(0.95)


def _queue_world() -> tuple[pd.DataFrame, pd.DataFrame]:
    """A vendor's staff work one task queue inside their organisation; a campaign's accounts,
    in several front organisations or none, send one operator's prompts."""
    rng = np.random.default_rng(5)
    staff = [f"v{i:03d}" for i in range(40)]
    camp = [f"c{i:03d}" for i in range(40)]
    p = pd.concat([_ordinary(rng, staff), _low_and_slow(rng, camp)])
    p["org_id"] = [f"vendor{i // 20}" for i in range(40)] + [
        None if i % 2 else f"front{i % 8}" for i in range(40)
    ]
    rows = [
        (a, f"lsh:task{i // 20}-{j}", "prompt_structure")
        for i, a in enumerate(staff)
        for j in range(5)
    ]
    rows += [(a, f"lsh:op{j}", "prompt_structure") for a in camp for j in range(5)]
    # one public prompt everyone sends
    rows += [(a, "lsh:hello", "prompt_structure") for a in staff + camp]
    return p, pd.DataFrame(rows, columns=["account_id", "entity", "kind"])


def test_a_vendors_own_queue_reads_apart_from_a_campaign_across_organisations() -> None:
    p, members = _queue_world()
    g = _features(p, members)
    staff, camp = g[g.index.str.startswith("v")], g[g.index.str.startswith("c")]
    assert staff.org_queue_share.min() > camp.org_queue_share.max()
    # people in one organisation vary; a campaign's front seats act alike
    fronts = camp.org_spread.dropna()
    assert len(fronts) > 0 and staff.org_spread.min() > fronts.max()
    # no organisation: nothing to say about its members' spread
    assert camp.org_spread[p.org_id.reindex(camp.index).isna()].isna().all()


def test_sharing_no_prompt_gives_no_queue_share() -> None:
    p, members = _queue_world()
    cards = members.assign(kind="payment")  # the same things, but none a prompt
    assert _features(p, cards).org_queue_share.isna().all()
