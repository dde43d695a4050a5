"""The long horizon: how an account's traffic sits over its own active span (profile._horizon),
from per account and day counts only."""

from __future__ import annotations

import pandas as pd
import pytest

from consentry.detect.profile import _horizon

DAY0 = pd.Timestamp("2026-03-02")


def _days(per_account: dict[str, list[int]]) -> pd.DataFrame:
    """(account_id, day, n) rows: each account's counts on consecutive days (0 = idle)."""
    rows = [
        (a, (DAY0 + pd.Timedelta(days=i)).date(), n)
        for a, counts in per_account.items()
        for i, n in enumerate(counts)
        if n
    ]
    return pd.DataFrame(rows, columns=["account_id", "day", "n"])


def test_a_steady_user_a_late_turn_and_a_one_day_burst() -> None:
    h = _horizon(
        _days(
            {
                "steady": [10] * 28,
                "turn": [2] * 20 + [40] * 8,  # cover for weeks, then the harvest
                "burst": [0] * 10 + [500],
            }
        )
    )
    # the steady user: half its traffic late, none before its first heavy day
    assert h["late_share"]["steady"] == pytest.approx(0.5)
    assert h["before_heavy_share"]["steady"] == 0
    assert h["top_day_share"]["steady"] == pytest.approx(1 / 28)
    # the late turn: most traffic late, its cover before the first heavy day
    assert h["late_share"]["turn"] > 0.8
    assert h["before_heavy_share"]["turn"] == pytest.approx(40 / 360)
    # one day: all of it on its busiest day, no span to speak of
    assert h["top_day_share"]["burst"] == 1
    assert pd.isna(h["late_share"]["burst"]) and pd.isna(h["before_heavy_share"]["burst"])


def test_the_figures_are_shares_whatever_the_volume() -> None:
    small = _horizon(_days({"a": [1, 0, 3, 5, 1]}))
    large = _horizon(_days({"a": [100, 0, 300, 500, 100]}))
    for col, v in small.items():
        assert v["a"] == pytest.approx(large[col]["a"]), col
        assert 0 <= v["a"] <= 1
