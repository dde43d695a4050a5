"""When sessions start: one sampler per timing kind, each vectorised over a chunk's sessions.

Synchronised kinds (eval runs, batch jobs, campaign waves) read their schedule from the
group, which every worker rebuilds identically; so accounts of one group stay in step even
when they fall into different chunks.
"""

from __future__ import annotations

import numpy as np

from consentry_sim.populations import DIURNAL, DIURNAL_NAMES, TIMINGS
from consentry_sim.world import DAY_US, World

HOUR_US = 3_600_000_000
_PROFILES = np.array([np.asarray(DIURNAL[k], np.float64) / sum(DIURNAL[k]) for k in DIURNAL_NAMES])
_CDFS = np.cumsum(_PROFILES, axis=1)


def _local_to_utc(day0: int, local_hours: np.ndarray, tz: np.ndarray) -> np.ndarray:
    """A local time of day on window day `day` as UTC microseconds, kept inside that UTC day."""
    return day0 + (((local_hours - tz) % 24.0) * HOUR_US).astype(np.int64)


def diurnal_hours(rng: np.random.Generator, profile: np.ndarray) -> np.ndarray:
    """Local hours drawn from each session's daily profile."""
    u = rng.random(len(profile))
    hour = (u[:, None] > _CDFS[profile]).sum(axis=1)
    return np.minimum(hour, 23) + rng.random(len(profile))


def _diurnal(w: World, s: dict, idx: np.ndarray, rng: np.random.Generator, day0: int) -> None:
    acc = s["acc"][idx]
    s["start"][idx] = _local_to_utc(day0, diurnal_hours(rng, s["diurnal"][idx]), w.acc["tz"][acc])


def _class(w: World, s: dict, idx: np.ndarray, rng: np.random.Generator, day0: int) -> None:
    """Students: a share of sessions on class days fall inside a lecture (a campus burst)."""
    acc = s["acc"][idx]
    wd = int(w_weekday(w, day0))
    hour = w.acc["class_hour"][acc, wd]
    in_class = (hour >= 0) & (rng.random(len(idx)) < w.acc["class_p"][acc])
    local = np.where(
        in_class,
        hour + rng.uniform(5 / 60, 50 / 60, len(idx)),
        diurnal_hours(rng, s["diurnal"][idx]),
    )
    s["start"][idx] = _local_to_utc(day0, local, w.acc["tz"][acc])
    s["in_class"][idx] = in_class


def w_weekday(w: World, day0: int) -> int:
    return int((day0 // DAY_US + 3) % 7)


def _ci(w: World, s: dict, idx: np.ndarray, rng: np.random.Generator, day0: int) -> None:
    """The first job of the day is the nightly cron, to the minute; the rest follow pushes."""
    acc = s["acc"][idx]
    cron = w.acc["cron_s"][acc]
    is_cron = (s["k"][idx] == 0) & (cron >= 0)
    local = np.where(
        is_cron,
        cron / 3600.0 + rng.uniform(0, 20, len(idx)) / 3600.0,
        diurnal_hours(rng, np.full(len(idx), DIURNAL_NAMES.index("office"))),
    )
    s["start"][idx] = _local_to_utc(day0, local, w.acc["tz"][acc])


def _run(w: World, s: dict, idx: np.ndarray, rng: np.random.Generator, day0: int) -> None:
    """Eval runs and batch jobs: items dealt round-robin over the group's accounts."""
    day = (day0 - w.scale.start_us) // DAY_US
    acc = s["acc"][idx]
    for a in np.unique(acc):
        sel = idx[acc == a]
        g = w.groups[int(w.acc["group"][a])]
        rank, size = int(w.acc["rank"][a]), int(g["size"])
        k = s["k"][sel]
        runs = g["runs"][day]
        per_run = np.array([max(0, (n - rank + size - 1) // size) for _, _, n, _ in runs])
        bounds = np.cumsum(per_run)
        j = np.searchsorted(bounds, k, side="right")
        local = k - (bounds[j] - per_run[j])
        item = rank + local * size
        start = np.array([r[0] for r in runs])[j]
        s["start"][sel] = (
            start
            + (item * g["spacing"] * 1e6).astype(np.int64)
            + rng.integers(0, max(1, int(g["spacing"] * 1e6)), len(sel))
        )
        s["model"][sel] = np.array([r[1] for r in runs])[j]
        salt = np.array([r[3] for r in runs], np.int64)[j]
        if g["source"] == "bench":
            s["core"][sel] = g["items"][item % len(g["items"])]
        else:
            s["core"][sel] = -1 - ((salt + item * 7919) % g["n_tickets"])


def _wave(w: World, s: dict, idx: np.ndarray, rng: np.random.Generator, day0: int) -> None:
    """Campaign cohorts: every account fires in the same wave, offset by its rank."""
    day = (day0 - w.scale.start_us) // DAY_US
    acc = s["acc"][idx]
    jitter = w.evasion.jitter
    for g in np.unique(w.acc["group"][acc]):
        sel = idx[w.acc["group"][acc] == g]
        grp = w.groups[int(g)]
        waves = grp["waves"][day]
        k = np.minimum(s["k"][sel], len(waves) - 1)
        rank = w.acc["rank"][s["acc"][sel]]
        offset = rank * grp["fanout"] + rng.normal(0, 0.2, len(sel))
        if jitter:
            offset = rng.normal(0, 2.5 * 3600, len(sel))
        s["start"][sel] = day0 + waves[k] + (offset * 1e6).astype(np.int64)


SAMPLERS = {
    "diurnal": _diurnal,
    "flat": _diurnal,
    "class": _class,
    "ci": _ci,
    "run": _run,
    "wave": _wave,
}


def session_starts(w: World, s: dict, rng: np.random.Generator, day: int) -> None:
    """Fill s['start'] (UTC microseconds) for every session of the chunk."""
    day0 = w.scale.start_us + day * DAY_US
    for code, name in enumerate(TIMINGS):
        idx = np.flatnonzero(s["timing"] == code)
        if len(idx):
            SAMPLERS[name](w, s, idx, rng, day0)
