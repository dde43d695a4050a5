"""Per-run percentiles (relative.py): the same account behaviour reads the same whatever the
absolute scale of the service it runs on, and ranks the run's accounts as the figure does."""

from __future__ import annotations

import numpy as np
import pandas as pd

from consentry.detect import model as mdl
from consentry.detect import relative as rel


def _run(rng: np.random.Generator, n: int) -> pd.DataFrame:
    p = pd.DataFrame(
        {
            "per_day": rng.lognormal(2.0, 1.0, n),
            "gap_log_mean": rng.normal(5.0, 2.0, n),
            "tools_share": rng.uniform(0, 1, n),
        },
        index=pd.Index([f"a{i}" for i in range(n)], name="account_id"),
    )
    p.loc[p.index[:5], "gap_log_mean"] = np.nan  # too few pauses: the figure does not apply
    return p


def test_percentiles_ignore_a_services_own_scale() -> None:
    p = _run(np.random.default_rng(0), 500)
    other = p.copy()
    # another service: ten times the volume, pauses shifted by a constant (log seconds)
    other["per_day"] *= 10
    other["gap_log_mean"] += 3
    a, b = rel.features(p), rel.features(other)
    pd.testing.assert_frame_equal(a, b)
    # the absolute figures differ, so a threshold learned on one misreads the other
    assert not np.allclose(p.per_day, other.per_day)


def test_percentiles_rank_the_runs_accounts_like_the_figure() -> None:
    p = _run(np.random.default_rng(1), 300)
    r = rel.features(p)
    # only the figures of RELATIVE, prefixed; a mechanism share keeps its absolute meaning
    assert list(r.columns) == ["rel_per_day", "rel_gap_log_mean"]
    assert r.index.equals(p.index)
    order = np.argsort(p.per_day.to_numpy())
    assert (np.diff(r.rel_per_day.to_numpy()[order]) > 0).all()
    assert r.rel_per_day.max() == 1.0 and r.rel_per_day.min() == 1 / 300
    # NaN stays NaN and the rest rank among the accounts where the figure applies
    assert r.rel_gap_log_mean.isna().sum() == 5
    assert r.rel_gap_log_mean.min() == 1 / 295
    # ties share their mean percentile
    t = pd.DataFrame({"n_networks": [1.0, 1.0, 2.0, 3.0]})
    assert rel.features(t).rel_n_networks.tolist() == [0.375, 0.375, 0.75, 1.0]
    # the same figures as pandas' own percentile rank, ties, NaN and infinities included
    p.loc[p.index[10:20], "per_day"] = 3.0
    p.loc[p.index[20:22], "per_day"] = np.inf
    p.loc[p.index[22], "per_day"] = np.nan
    want = p.per_day.rank(pct=True)
    pd.testing.assert_series_equal(
        rel.features(p).rel_per_day, want, check_names=False, check_exact=False, rtol=1e-12
    )
    # a run computes only the figures its model reads
    assert list(rel.features(p, ("gap_log_mean",)).columns) == ["rel_gap_log_mean"]
    assert rel.features(p, ()).shape == (300, 0)


def test_each_relative_figure_is_a_named_model_feature() -> None:
    for k in rel.RELATIVE:
        assert k in mdl.FEATURES
        code, words = mdl.FEATURES[rel.PREFIX + k]
        assert code == mdl.FEATURES[k][0] and words.endswith("percentile of the run's accounts")


def test_the_step_adds_what_the_model_reads_and_nothing_when_it_reads_none() -> None:
    from pathlib import Path

    from consentry.detect import run

    p = _run(np.random.default_rng(2), 50)
    st = run.State(None, Path("."))  # type: ignore[arg-type]
    st.profile = p.copy()
    st = run.relative(st)  # training: every figure of RELATIVE the profile holds
    assert {"rel_per_day", "rel_gap_log_mean"} <= set(st.profile.columns)
    assert st.profile.per_day.equals(p.per_day)
    st.profile, st.relative_wanted = p.copy(), ()
    assert list(run.relative(st).profile.columns) == list(p.columns)
