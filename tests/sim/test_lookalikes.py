"""The `lookalikes` knob: legitimate scripts, runners and heavy users that ask new questions."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from consentry_sim import simulate

SCRIPTS = ("hn:automation", "hn:scheduled", "hn:eval_runner")


def _resent_share(out: Path) -> pd.Series:
    """Per legitimate script class: the share of its requests on a prompt the account also
    sent on another day (a fixed suite re-sent)."""
    e = pd.read_parquet(out / "exchanges", columns=["account_id", "ts", "prompt"])
    lab = pd.read_parquet(out / "labels.parquet").set_index("account_id").label
    e["label"] = lab.reindex(e.account_id).to_numpy()
    e = e[e.label.isin(SCRIPTS)]
    e["day"] = e.ts.dt.date
    days = e.groupby(["account_id", "prompt"]).day.transform("nunique")
    return (days >= 2).groupby(e.label).mean()


def test_lookalike_scripts_ask_new_questions_where_fixed_ones_resend(tmp_path: Path) -> None:
    plain, look = tmp_path / "plain", tmp_path / "look"
    simulate(plain, scale="tiny", seed=5, evasion="mix=0.5")
    simulate(look, scale="tiny", seed=5, evasion="mix=0.5,lookalikes")
    before, after = _resent_share(plain), _resent_share(look)
    # the scheduled jobs' fixed sets come back day after day; rotated daily or open, they don't
    assert after["hn:scheduled"] < 0.7 * before["hn:scheduled"], (before, after)
    # the worlds hold the same accounts and labels: only what the scripts ask changes
    a = pd.read_parquet(plain / "labels.parquet").sort_values("account_id")
    b = pd.read_parquet(look / "labels.parquet").sort_values("account_id")
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))
