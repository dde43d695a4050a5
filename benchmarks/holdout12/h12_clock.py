"""Hold-out 12's clock: the window, local-time rhythms, and the timestamps of one account's stream."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from h12_world import Stream

START = datetime(2027, 3, 1, tzinfo=UTC)  # a Monday
DAYS = 28
START_US = int(START.timestamp() * 1_000_000)
HOUR_US = 3_600_000_000
DAY_US = 24 * HOUR_US

# weight of each local hour 0..23
# fmt: off
RHYTHMS = {
    "human": (1, .6, .4, .3, .3, .4, .8, 1.5, 2.5, 3.2, 3.5, 3.5, 3.4, 3.3, 3.2, 3.2, 3.1, 3, 3, 3.3, 3.6, 3.5, 2.8, 1.8),
    "office": (.1, .1, .1, .1, .1, .2, .4, 1, 2.5, 4, 4, 3.8, 2.8, 3.6, 4, 3.8, 3.2, 2, 1, .6, .4, .3, .2, .1),
    "evening": (1.6, .9, .4, .2, .1, .1, .2, .4, .8, 1, 1.2, 1.4, 1.4, 1.5, 1.6, 1.8, 2.2, 2.6, 3, 3.4, 3.8, 3.8, 3.4, 2.4),
    "flat": (1.0,) * 24,
    "night": (4, 4.5, 5, 5, 4.5, 3.5, 2, .5, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .4, .6, 1, 2, 3),
}
# fmt: on


def stream_times(s: Stream, rng: np.random.Generator, tz: float) -> tuple[np.ndarray, np.ndarray]:
    """Exchange timestamps (us) and session numbers (local to the account stream)."""
    first = int(rng.integers(s.first_day[0], s.first_day[1] + 1))
    span = DAYS - first
    n_days = int(min(span, rng.integers(s.days[0], s.days[1] + 1)))
    if n_days <= 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    if s.rhythm == "cadence":
        runs = int(rng.integers(s.runs[0], s.runs[1] + 1))
        waking = np.array(RHYTHMS["human"]) ** 1.5
        hours = np.sort(rng.choice(24, size=runs, replace=False, p=waking / waking.sum()))
        day0 = first + int(rng.integers(0, span - n_days + 1))
        days = np.arange(day0, day0 + n_days)
        minute = rng.uniform(0, 60)
        jitter = np.exp(rng.uniform(np.log(3), np.log(600)))
        grid = (days[:, None] * 24 + hours[None, :] - tz + minute / 60).ravel()
        keep = rng.random(grid.size) > rng.uniform(0.005, 0.06)
        t = grid[keep] * HOUR_US + rng.normal(0, jitter, keep.sum()) * 1e6
        ts = START_US + t.astype(np.int64)
        return ts, np.arange(ts.size)
    weights = np.array([s.weekend if (d % 7) >= 5 else 1.0 for d in range(first, DAYS)])
    days = first + rng.choice(span, size=n_days, replace=False, p=weights / weights.sum())
    vol = max(1, int(round(rng.lognormal(np.log(s.volume[0]), s.volume[1]))))
    new = rng.random(vol) < 1.0 / max(s.conv_len, 1.0)
    new[0] = True
    session = np.cumsum(new) - 1
    n_sess = int(session[-1]) + 1
    curve = np.array(RHYTHMS[s.rhythm])
    # conversations come in work blocks that share a day and an hour (a pipeline's run, a study sitting)
    blk_new = rng.random(n_sess) < 1.0 / max(s.burst, 1.0)
    blk_new[0] = True
    block = np.cumsum(blk_new) - 1
    n_blk = int(block[-1]) + 1
    b_day = days[rng.integers(0, n_days, n_blk)]
    b_hour = rng.choice(24, size=n_blk, p=curve / curve.sum())
    s_start = (b_day[block] * 24 + b_hour[block] - tz) * HOUR_US + (
        rng.random(n_sess) * HOUR_US
    ).astype(np.int64)
    gaps = (rng.exponential(s.gap_s, vol) + 2) * 1e6
    gaps[new] = 0
    within = np.cumsum(gaps)
    sess_first = np.flatnonzero(new)
    within = within - within[sess_first][session]
    ts = START_US + s_start[session].astype(np.int64) + within.astype(np.int64)
    return ts, session
