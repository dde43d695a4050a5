"""What issue 13 asks the detector to hold: restricted-region access is its own finding and
links nobody, a reseller's customers behind a campaign's exits stay unflagged, paraphrased
prompts in wording the model never saw are still caught, and the score is calibrated."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from consentry.detect import detect
from consentry.detect import model as mdl
from consentry.detect.train import profiles
from consentry_sim import simulate
from tests.detect.conftest import RESTRICTED, Run, inputs_of


def _labelled(run: Run) -> pd.DataFrame:
    acc = run.accounts.set_index("account_id")
    acc["label"] = run.labels.reindex(acc.index)
    return acc


def test_ordinary_users_on_one_restricted_network_are_not_a_campaign(run: Run) -> None:
    acc = _labelled(run)
    access = pd.read_parquet(run.out / "access.parquet").set_index("account_id")
    residents = acc.index[acc.label == "hn:restricted_region"]
    seen = residents.intersection(access.index)
    # they are reported, as access, and several of them share a home network ...
    assert len(seen) >= 5
    assert (access.loc[seen, "reason"] == "restricted_region_access").all()
    assert (access.loc[seen, "shared_network_accounts"] >= 1).any()
    # ... but none is flagged and none is put in a campaign
    assert not acc.loc[residents, "flagged"].any()
    assert acc.loc[residents, "campaign_id"].isna().all()


def test_campaign_operators_leaks_are_access_findings_not_campaign_links(run: Run) -> None:
    acc = _labelled(run)
    access = pd.read_parquet(run.out / "access.parquet").set_index("account_id")
    leakers = access.index.intersection(acc.index[acc.label.str.startswith("attack:")])
    assert len(leakers) >= 1  # the operators leak from home; that is reported as access
    codes = {c for rs in acc.reasons for c in rs}
    assert not any("restricted" in c for c in codes)


def test_reseller_customers_behind_a_campaigns_exits_stay_unflagged(run: Run, sim: Path) -> None:
    acc = _labelled(run)
    ex = pd.read_parquet(sim / "exchanges", columns=["account_id", "ip"])
    ex["label"] = acc.label.reindex(ex.account_id).to_numpy()
    hydra_ips = set(ex.ip[ex.label == "attack:hydra"])
    customers = ex[(ex.label == "hn:reseller") & ex.ip.isin(hydra_ips)].account_id.unique()
    assert len(customers) >= 10  # the setting is real: they share the campaign's exits
    assert not acc.loc[customers, "flagged"].any()
    assert acc.flagged[acc.label == "attack:hydra"].mean() >= 0.5  # 0.6 with the shipped model


def _simulated_run(base: Path, evasion: str | None) -> tuple[Path, Path]:
    sim = base / "sim"
    simulate(sim, scale="tiny", seed=7, evasion=evasion)
    out = base / "run"
    detect(inputs_of(sim), out, restricted_countries=RESTRICTED)
    return sim, out


@pytest.fixture(scope="session")
def paraphrased(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A simulation whose campaign wrappers come only from the held-out phrasing pool."""
    return _simulated_run(tmp_path_factory.mktemp("paraphrased"), "paraphrase,phrasing=test")


@pytest.fixture(scope="session")
def plain(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same seed with the campaigns' own wording."""
    return _simulated_run(tmp_path_factory.mktemp("plain"), None)


def _flagged(sim: Path, out: Path) -> tuple[pd.Series, pd.Series]:
    acc = pd.read_parquet(out / "accounts.parquet").set_index("account_id")
    label = pd.read_parquet(sim / "labels.parquet").set_index("account_id").label
    return acc.flagged, label.reindex(acc.index)


def test_paraphrased_campaign_prompts_in_unseen_wording_are_still_caught(
    paraphrased: tuple[Path, Path], plain: tuple[Path, Path]
) -> None:
    """Paraphrasing costs (almost) nothing: the campaigns in wording no model saw are caught
    about as often as the same campaigns in their own words (0.50 against 0.47 with the
    shipped model)."""
    flagged, label = _flagged(*paraphrased)
    attack = label.str.startswith("attack:")
    plain_flagged, plain_label = _flagged(*plain)
    plain_recall = plain_flagged[plain_label.str.startswith("attack:")].mean()
    assert flagged[attack].mean() >= max(0.35, plain_recall - 0.1)
    assert flagged[label == "attack:hydra"].mean() >= 0.7
    # ~450 legitimate accounts: at the 1e-3 target one false positive happens in about a third
    # of such worlds, two in under one in ten; the campaign layer and reseller tests above
    # check the classes that matter by name
    assert flagged[~attack].sum() <= 1


def test_threshold_flags_at_most_the_target_share_of_validation_negatives() -> None:
    m = mdl.load()
    v = m.benign_val
    assert len(v) >= 5_000  # enough legitimate validation accounts to set 1e-3 at all
    for fpr in (1e-3, 1e-2, 0.05):
        t = m.threshold(fpr)
        assert (v >= t).mean() <= fpr
        assert (v >= m.threshold(fpr * 1.5)).sum() <= (v >= t).sum() + int(fpr * len(v))


@pytest.fixture(scope="session")
def month(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A month of traffic (small scale) from a seed and phrasing the model never saw."""
    sim = tmp_path_factory.mktemp("month") / "sim"
    simulate(sim, scale="small", seed=9, evasion="paraphrase,phrasing=test")
    return sim


def test_scores_are_calibrated_on_unseen_traffic(month: Path) -> None:
    """On a month of traffic from a seed the model never saw, the share of legitimate accounts
    whose score passes the threshold for a target FPR is at most that target, within a
    binomial tolerance (three standard deviations): the shipped threshold is the strictest
    validation world's (`--threshold-pool worst`), so a world like one of them is flagged at
    the target or below, and the simulator's at about a fifth of it. High scores mean what they
    say. (Validation is mostly month-long windows; on four days the low-score tail differs.)"""
    p = profiles(inputs_of(month))
    label = pd.read_parquet(month / "labels.parquet").set_index("account_id").label
    y = label.reindex(p.index).str.startswith("attack:").to_numpy()
    m = mdl.load()
    prob = m.score(m.matrix(p))
    neg = prob[~y]
    assert len(neg) >= 500
    for target in (0.1, 0.05, 0.02):
        tolerance = 3 * np.sqrt(target * (1 - target) / len(neg))
        rate = (neg >= m.threshold(target)).mean()
        assert rate <= target + tolerance, (target, rate)
    # the threshold is not above every legitimate score (at 10%: the worst of eight validation
    # worlds sets it, and the simulator's legitimate accounts sit far below that world's)
    assert (neg >= m.threshold(0.1)).mean() > 0
    high = prob >= 0.5
    assert high.sum() >= 50 and y[high].mean() >= 0.9  # "probable" is usually right
    assert y[prob < 0.1].mean() <= 0.05
