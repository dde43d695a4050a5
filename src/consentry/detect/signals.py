"""Per-account signals: each an evidence code, a plain condition on the profile, and a weight.

Scoring is a noisy-OR: an account's score is 1 - prod(1 - weight) over the signals that fire,
so each weight reads as "how likely this signal alone means extraction". Signals are grouped
by what they say: *content* (what the traffic extracts), *shape* (how it is sent) and
*concealment* (how it hides where it comes from). Content, shape and access from a restricted region
decide whether an account is a campaign candidate; other concealment only adds to its score
(legitimate resellers and VPN users conceal too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

Cond = Callable[[pd.DataFrame], pd.Series]


@dataclass(frozen=True)
class Signal:
    code: str
    group: str  # content | shape | conceal
    weight: float
    fires: Cond
    figure: Callable[[pd.DataFrame], pd.Series]  # the number behind it, for evidence


def _n(p: pd.DataFrame, k: int) -> pd.Series:
    return p.n >= k


SIGNALS: tuple[Signal, ...] = (
    Signal(
        "cot_elicitation", "content", 0.35,
        lambda p: _n(p, 10) & (p.cot_share >= 0.4), lambda p: p.cot_share,
    ),
    Signal(
        "capability_concentration:grading", "content", 0.35,
        lambda p: _n(p, 10) & (p.grading_share >= 0.15), lambda p: p.grading_share,
    ),
    Signal(
        "output_harvesting", "content", 0.25,
        lambda p: _n(p, 20) & (p.harvest_share >= 0.45), lambda p: p.harvest_share,
    ),
    Signal(
        "template_repetition", "content", 0.25,
        lambda p: _n(p, 20) & (p.template_share >= 0.5), lambda p: p.template_share,
    ),
    Signal(
        "capability_concentration:tools", "content", 0.1,
        lambda p: _n(p, 50) & (p.tools_share >= 0.8), lambda p: p.tools_share,
    ),
    Signal(
        "capability_concentration:coding", "content", 0.1,
        lambda p: _n(p, 50) & (p.code_share >= 0.8), lambda p: p.code_share,
    ),
    Signal(
        "capability_concentration:vision", "content", 0.1,
        lambda p: _n(p, 50) & (p.image_share >= 0.5), lambda p: p.image_share,
    ),
    Signal(
        "volume", "shape", 0.1,
        lambda p: (p.days >= 5) & (p.per_day >= 100), lambda p: p.per_day,
    ),
    Signal(
        "regular_timing", "shape", 0.1,
        lambda p: (p.gap_n >= 50) & ((p.gap_log_sd <= 0.2) | (p.burst_share >= 0.8)),
        lambda p: p.gap_log_sd,
    ),
    Signal(
        "flat_diurnal", "shape", 0.3,
        lambda p: _n(p, 100) & (p.days >= 5) & (p.quiet8_share >= 0.15),
        lambda p: p.quiet8_share,
    ),
    Signal(
        "release_pivot", "shape", 0.2,
        lambda p: (p.pivot_n >= 10) & (p.pivot_share >= 0.3), lambda p: p.pivot_share,
    ),
    Signal(
        "region_restricted", "conceal", 0.3,
        lambda p: p.restricted_n >= 1, lambda p: p.restricted_n,
    ),
    Signal(
        "country_mismatch", "conceal", 0.1,
        lambda p: _n(p, 10) & (p.mismatch_share >= 0.8), lambda p: p.mismatch_share,
    ),
    Signal(
        "proxy_egress", "conceal", 0.1,
        lambda p: p.egress_share >= 0.5, lambda p: p.egress_share,
    ),
)


_GROUPS = {s.code: s.group for s in SIGNALS}
STRONG = 0.25  # content signals at least this heavy can make an account a campaign's core


def counts_to_activity(code: str, group: str | None = None) -> bool:
    """Content, shape and access from a restricted region make an account a candidate."""
    group = group or _GROUPS.get(code, "conceal")
    return group != "conceal" or code == "region_restricted"


@dataclass(frozen=True)
class Scored:
    score: pd.Series  # all signals
    activity: pd.Series  # content, shape, restricted region: what makes a candidate
    # (0 when no content signal and no restricted region fired)
    reasons: pd.Series  # list of codes per account
    fired: pd.DataFrame  # bool per signal code
    core: pd.Series  # a strong content signal or a restricted region fired


def score(p: pd.DataFrame, extra: dict[str, tuple[str, float, pd.Series]] | None = None) -> Scored:
    """Evaluate every signal (plus `extra` ones computed elsewhere, e.g. signup bursts)."""
    fired = {}
    weights = {}
    groups = {}
    for s in SIGNALS:
        fired[s.code] = s.fires(p).fillna(False).astype(bool)
        weights[s.code], groups[s.code] = s.weight, s.group
    for code, (group, weight, cond) in (extra or {}).items():
        fired[code] = cond.reindex(p.index).fillna(False).astype(bool)
        weights[code], groups[code] = weight, group
    f = pd.DataFrame(fired, index=p.index)
    w = np.array([weights[c] for c in f.columns])
    miss = np.where(f.to_numpy(), 1.0 - w, 1.0)
    total = 1.0 - miss.prod(axis=1)
    # A restricted region is a breach of terms, not mere concealment: it counts to candidacy.
    act_cols = np.array([counts_to_activity(c, groups[c]) for c in f.columns])
    activity = 1.0 - miss[:, act_cols].prod(axis=1)
    # Shape alone (flat, regular, early adopter, heavy) is how products and pipelines look:
    # without a content signal or a restricted region an account is nobody's candidate.
    substance = np.array(
        [groups[c] == "content" or c == "region_restricted" for c in f.columns]
    )
    activity = np.where(f.to_numpy()[:, substance].any(axis=1), activity, 0.0)
    # A campaign's core needs a strong content signal (what is extracted) or a restricted
    # region; a tool-heavy or code-heavy account alone is how legitimate agents look.
    strong = np.array(
        [(groups[c] == "content" and weights[c] >= STRONG) or c == "region_restricted"
         for c in f.columns]
    )
    core = f.to_numpy()[:, strong].any(axis=1)
    codes = np.array(list(f.columns))
    reasons = pd.Series([list(codes[row]) for row in f.to_numpy()], index=p.index)
    return Scored(
        pd.Series(total, index=p.index),
        pd.Series(activity, index=p.index),
        reasons,
        f,
        pd.Series(core, index=p.index),
    )
