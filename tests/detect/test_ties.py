"""Accountability against concealment (ties.py): an organisation's look-alike accounts are
tied openly, an operation's look-alike accounts each hide behind their own identity, and how
many there are never changes the figure."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from consentry.detect import coordination as coord
from consentry.detect import graph as grp
from consentry.detect import ties

COUNTRIES = [
    "US",
    "BR",
    "IN",
    "VN",
    "PL",
    "ID",
    "NG",
    "TR",
    "MX",
    "PH",
    "EG",
    "TH",
    "AR",
    "UA",
    "KE",
    "PE",
    "CO",
    "MY",
    "RO",
    "CL",
]
ALIKE = {c: 0.6 for c in coord.BEHAVIOUR} | {"gap_log_mean": 2.5, "gap_log_sd": 0.8}


def _alike(rng: np.random.Generator, ids: list[str]) -> pd.DataFrame:
    """Accounts doing one kind of work the same way (one queue, or one pipeline)."""
    n = len(ids)
    return pd.DataFrame({c: v + rng.normal(0, 0.01, n) for c, v in ALIKE.items()}, index=ids)


def _people(rng: np.random.Generator, ids: list[str]) -> pd.DataFrame:
    """Ordinary people: each their own pace and habits."""
    n = len(ids)
    p = pd.DataFrame({c: rng.uniform(0, 1, n) for c in coord.BEHAVIOUR}, index=ids)
    p["gap_log_mean"], p["gap_log_sd"] = rng.uniform(1, 4, n), rng.uniform(0.3, 1.2, n)
    return p


def _staff(rng: np.random.Generator, ids: list[str], org: str = "vendor") -> pd.DataFrame:
    """An organisation's staff: one org, its domain, one corporate card, its office network."""
    p = _alike(rng, ids)
    return p.assign(
        org_id=org,
        email_domain=f"{org}.example",
        payment_fingerprint=f"card-{org}",
        declared_country="DE",
        home_network="10.1.1.0/24",
        home_asn="64500",
        home_kind="corporate",
        open_network_share=1.0,
    )


def _pipeline(rng: np.random.Generator, ids: list[str]) -> pd.DataFrame:
    """An operation's accounts: each its own card, throwaway domain and residential exit,
    over many countries, in no organisation."""
    p = _alike(rng, ids)
    n = len(ids)
    return p.assign(
        org_id=None,
        email_domain=[f"mail{i}.example" for i in range(n)],
        payment_fingerprint=[f"card{i}" for i in range(n)],
        declared_country=[COUNTRIES[i % len(COUNTRIES)] for i in range(n)],
        home_network=[f"100.{i // 250}.{i % 250}.0/24" for i in range(n)],
        home_asn=[str(65000 + i) for i in range(n)],
        home_kind="residential",
        open_network_share=0.0,
    )


def _crowd(rng: np.random.Generator, n: int) -> pd.DataFrame:
    """The rest of the run: people on freemail, their own cards, a few countries."""
    ids = [f"o{i:04d}" for i in range(n)]
    return _people(rng, ids).assign(
        org_id=None,
        email_domain="freemail.example",
        payment_fingerprint=[f"pcard{i}" for i in range(n)],
        declared_country=[("GB", "FR", "ES")[i % 3] for i in range(n)],
        home_network=[f"172.{i // 250}.{i % 250}.0/24" for i in range(n)],
        home_asn=[str(64600 + i % 40) for i in range(n)],
        home_kind=[("residential", "mobile")[i % 2] for i in range(n)],
        open_network_share=0.0,
    )


def _shared(ids: list[str], entity: str, kind: str) -> list[tuple[str, str, str]]:
    return [(a, entity, kind) for a in ids]


def _features(p: pd.DataFrame, rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    named = pd.DataFrame(rows, columns=["account_id", "entity", "kind"])
    coded = pd.DataFrame(
        {
            "a": p.index.get_indexer(named.account_id),
            "e": pd.factorize(named.entity, sort=True)[0],
            "k": [grp.KINDS.index(k) for k in named.kind],
        }
    )
    return ties.features(p, coded)


def _world(
    n_staff: int = 40, n_ops: int = 40, seed: int = 0, crowd: int = 300
) -> tuple[pd.DataFrame, list[tuple[str, str, str]]]:
    rng = np.random.default_rng(seed)
    staff = [f"v{i:04d}" for i in range(n_staff)]
    ops = [f"c{i:04d}" for i in range(n_ops)]
    p = pd.concat([_staff(rng, staff), _pipeline(rng, ops), _crowd(rng, crowd)])
    # both work one prompt structure of their own; the crowd shares a greeting
    rows = _shared(staff, "lsh:vendor-queue", "prompt_structure")
    rows += _shared(ops, "lsh:operator", "prompt_structure")
    rows += _shared(
        list(p.index[p.index.str.startswith("o")][:100]), "lsh:hello", "prompt_structure"
    )
    return p, rows


def test_an_organisations_staff_read_as_tied_and_a_pipeline_as_concealed() -> None:
    p, rows = _world()
    t = _features(p, rows)
    staff, ops = t[t.index.str.startswith("v")], t[t.index.str.startswith("c")]
    for col in ties.TIES:
        # every look-alike in its organisation, on its card, domain, country and network
        assert staff[col].min() > 0.9, col
        # each its own card, domain, exit and no organisation, over twenty countries: little
        # beyond what the run shows (a few look-alikes may share a country by chance)
        assert ops[col].max() < 0.25, col
        assert ops[col].median() < 0.1, col
    assert (staff.org_kind_tie > 0.9).all()
    assert ops.org_kind_tie.isna().all()  # no organisation: nothing to say
    assert (staff.open_network_share == 1).all() and (ops.open_network_share == 0).all()


def test_a_bigger_group_reads_the_same() -> None:
    """No figure is a group's size: 300 staff or 300 seats read like 12 in the same crowd."""
    small, rows_small = _world(12, 12, crowd=3000)
    big, rows_big = _world(300, 300, crowd=3000)
    a, b = _features(small, rows_small), _features(big, rows_big)
    for prefix in ("v", "c"):
        for col in ties.COLUMNS:
            x = a[col][a.index.str.startswith(prefix)].median()
            y = b[col][b.index.str.startswith(prefix)].median()
            # (a big group splits over more behaviour buckets, which moves a figure a little)
            assert x == pytest.approx(y, abs=0.1) or (np.isnan(x) and np.isnan(y)), (col, x, y)


def test_a_shared_public_value_is_no_tie() -> None:
    """An operation on the run's freemail domain (most of the run's accounts) shares it only a
    little more than chance gives: hardly a tie."""
    p, rows = _world()
    ops = p.index.str.startswith("c")
    p.loc[ops, "email_domain"] = "freemail.example"
    t = _features(p, rows)
    assert t.alike_domain_tie[ops].abs().max() < 0.15
    # the staff's own domain is theirs alone
    assert t.alike_domain_tie[p.index.str.startswith("v")].min() > 0.9


def test_the_groups_on_an_attributes_own_kind_of_thing_are_left_out() -> None:
    """Accounts alike on one card share the card by construction: that is no open tie."""
    p, _ = _world()
    ops = list(p.index[p.index.str.startswith("c")])
    p.loc[ops, "payment_fingerprint"] = "one-card"
    t = _features(p, _shared(ops, "pf:one-card", "payment"))
    assert t.alike_card_tie[ops].isna().all()  # the card is their only shared thing
    assert t.alike_country_tie[ops].notna().all()  # other attributes read the card's group


def test_accounts_in_no_alike_group_have_no_tie_figures() -> None:
    p, rows = _world()
    t = _features(p, rows)
    alone = ~p.index.isin([a for a, _, _ in rows])
    assert t.loc[alone, list(ties.TIES)].isna().all().all()


def test_result_does_not_depend_on_row_order() -> None:
    p, rows = _world(seed=3)
    a = _features(p, rows)
    rng = np.random.default_rng(1)
    b = _features(p.sample(frac=1, random_state=2), [rows[i] for i in rng.permutation(len(rows))])
    pd.testing.assert_frame_equal(a, b.loc[a.index])


def test_home_network_is_the_busiest_and_ties_break_on_the_name() -> None:
    ips = pd.DataFrame(
        {
            "account_id": ["a", "a", "a", "b", "b", "c"],
            "ip": ["10.0.0.1", "10.0.0.2", "20.0.0.1", "30.0.0.1", "20.0.0.1", None],
            "n": [3, 3, 5, 4, 4, 2],
        }
    )
    addr = pd.DataFrame(
        {
            "ip": ["10.0.0.1", "10.0.0.2", "20.0.0.1", "30.0.0.1"],
            "kind": ["corporate", "corporate", "residential", "education"],
            "asn": [1, 1, 2, 3],
            "network": ["10.0.0.0/24", "10.0.0.0/24", "20.0.0.0/24", "30.0.0.0/24"],
        }
    )
    h = ties.home(ips, addr, pd.Index(["a", "b", "c", "d"]))
    # a: 6 on 10.0.0.0/24 against 5; b: 4 and 4, the lower name wins
    home = h[list(ties.HOME)].fillna("-")
    assert home.home_network.tolist() == ["10.0.0.0/24", "20.0.0.0/24", "-", "-"]
    assert home.home_asn.tolist() == ["1", "2", "-", "-"]
    assert home.home_kind.tolist() == ["corporate", "education", "-", "-"]
    # c's one row has no address and d has none: nothing to say about their networks
    np.testing.assert_allclose(h.open_network_share, [6 / 11, 4 / 8, np.nan, np.nan])


@pytest.mark.spark
def test_duckdb_and_spark_give_the_same_tie_figures(sim: Path) -> None:
    from tests.detect.conftest import profile_columns

    out = {b: profile_columns(sim, b, ties.COLUMNS) for b in ("duckdb", "spark")}
    pd.testing.assert_frame_equal(out["duckdb"], out["spark"], check_exact=True)
    assert out["duckdb"][list(ties.TIES)].notna().any().all()


def test_the_step_adds_the_ties_when_wanted_and_nothing_when_the_model_reads_none(
    tmp_path: Path,
) -> None:
    from consentry.detect import run
    from consentry.detect.model import load

    p, rows = _world()
    named = pd.DataFrame(rows, columns=["account_id", "entity", "kind"])
    edges = grp.Edges.from_names(named.assign(n=1), p.index)
    st = run.State(None, Path("."))  # type: ignore[arg-type]
    st.profile, st.edges = p.copy(), edges
    st = run.groups(st)  # training: every tie figure
    assert set(ties.TIES) <= set(st.profile.columns)
    assert st.profile.alike_org_tie[p.index.str.startswith("v")].min() > 0.9
    # the shipped model reads them: configured from it, the step computes them
    st = run.configure(run.State(None, Path(".")))  # type: ignore[arg-type]
    assert set(ties.COLUMNS) & set(load(None).names) and st.ties_wanted
    # a model that reads none of them (an earlier or an operator's retrained one; here the
    # shipped one's record without them, which is all the step looks at): they are left out
    import dataclasses

    import joblib

    shipped = load(None)
    record = dict(shipped.record, features=[n for n in shipped.names if n not in ties.COLUMNS])
    earlier = tmp_path / "detector.joblib"
    joblib.dump(dataclasses.replace(shipped, record=record), earlier)
    st = run.State(None, Path("."))  # type: ignore[arg-type]
    st.model_path = earlier
    st = run.configure(st)
    assert not set(ties.COLUMNS) & set(load(earlier).names) and not st.ties_wanted
    st.profile, st.edges = p.copy(), edges
    assert not set(ties.TIES) & set(run.groups(st).profile.columns)
