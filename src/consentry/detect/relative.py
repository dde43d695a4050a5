"""Behaviour relative to the run's own population: each account's percentile among the run's
accounts, for the figures whose absolute scale is a service's (or a generator's) own.

Independently written worlds, like real services, put their legitimate populations at their
own scales (requests per day, pauses, sessions, addresses per account); thresholds learned on
one world's scales misread another's. An account's percentile among the accounts of the same
run reads "unusual for this service" instead. Within one run it is a monotone map of the
figure, so it ranks the run's accounts the same way; across runs it puts them on one scale.
A figure that does not apply (NaN) stays NaN; ties share their mean percentile.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# the account's own volume, timing, rhythm, spread and novelty: scales a service sets (not the
# shares of a mechanism, such as tools, errors or proxies, whose absolute value means the same
# everywhere, nor the group and coordination figures, which already compare accounts)
RELATIVE = (
    "per_day",
    "active_day_share",
    "out_in_ratio",
    "turns_per_conversation",
    "per_session",
    "prompt_len_cv",
    "prompt_distinct_share",
    "models",
    "gap_log_mean",
    "gap_log_sd",
    "burst_share",
    "hour_entropy",
    "quiet8_share",
    "weekday_entropy",
    "weekend_share",
    "day_cv",
    "n_networks",
    "n_clients",
    "n_paths",
    "novel_per_day",
    "out_len_entropy",
    "in_len_entropy",
)
PREFIX = "rel_"


def percentile(x: np.ndarray) -> np.ndarray:
    """Each value's mean rank among the values that are not NaN, over their count (pandas'
    `rank(pct=True)`), from one sort: runs of equal values share the mean of their ranks."""
    ok = np.flatnonzero(~np.isnan(x))
    order = ok[np.argsort(x[ok], kind="stable")]
    v = x[order]
    first = np.r_[True, v[1:] != v[:-1]] if len(v) else np.zeros(0, bool)
    starts = np.flatnonzero(first)
    ends = np.r_[starts[1:], len(v)]
    run = np.cumsum(first) - 1
    out = np.full(len(x), np.nan)
    out[order] = ((starts + ends + 1) / 2)[run] / max(len(v), 1)
    return out


def features(p: pd.DataFrame, figures: tuple[str, ...] = RELATIVE) -> pd.DataFrame:
    """`rel_<figure>` for each of `figures` (by default all of RELATIVE; a run computes those
    its model reads): its percentile in (0, 1] among the run's accounts where it applies."""
    cols = [c for c in figures if c in p.columns]
    return pd.DataFrame(
        {PREFIX + c: percentile(p[c].to_numpy(dtype="float64")) for c in cols}, index=p.index
    )
