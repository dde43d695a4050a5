"""The simulated world: every account with its traits, the shared infrastructure, and a plan
of how many sessions each account starts on each day.

The world is small (one row per account) and is rebuilt identically from (seed, scale,
evasion) in every worker process, so chunks can be generated anywhere without shipping state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from consentry.contract import SIGNUP_CHANNELS, TIERS
from consentry_sim.net import Net
from consentry_sim.populations import Pop
from consentry_sim.scales import Evasion, Scale

DAY_US = 86_400_000_000
HOME, MOBILE, WORK, ALT = range(4)
NEVER = np.iinfo(np.int64).max // 2

# Per-account columns and their dtype (and default). Families fill what applies to them.
ACCOUNT_FIELDS: dict[str, tuple[str, float]] = {
    "created_us": ("int64", 0),
    "tier": ("int8", 0),
    "channel": ("int8", 0),
    "pay": ("int64", -1),
    "email": ("int32", -1),
    "org": ("int64", -1),
    "declared": ("int16", -1),
    "tz": ("float64", 0),
    "persona": ("int32", 0),
    "rate": ("float64", 0),
    "cap": ("int32", 10_000),
    "turns": ("float64", 1),
    "style": ("int8", 0),
    "timing": ("int8", 0),
    "diurnal": ("int8", 0),
    "egress": ("int8", 0),
    "cam_p": ("float64", 0),
    "alt_p": ("float64", 0),
    "home_change": ("int16", 10_000),
    "key_start": ("int64", 0),
    "key_n": ("int16", 0),
    "stateful": ("bool", 0),
    "base_model": ("int8", 0),
    "alt_model": ("int8", 0),
    "p_alt": ("float64", 0),
    "adopt_us": ("int64", NEVER),
    "new_share": ("float64", 1),
    "sys_idx": ("int32", -1),
    "p_sys": ("float64", 0),
    "group": ("int32", -1),
    "rank": ("int32", 0),
    "p_incog": ("float64", 0),
    "p429": ("float64", 0.002),
    "tools": ("int16", 0),
    "p_resume": ("float64", 0),
    "head": ("int32", 0),
    "cron_s": ("int32", -1),
    "p_image": ("float64", 0),
    "class_p": ("float64", 0),
    "trace_day": ("int16", 10_000),
    "ci": ("bool", 0),
    "suite": ("int64", -1),  # a fixed prompt set the account re-sends (eval runners, jobs)
    "suite_n": ("int32", 0),  # ... and its size
    "suite_days": ("int16", 0),  # a new suite every this many days (0: the same one always)
    "stripe": ("int64", -1),  # a sweep's own slice of every category (no overlap between)
    "lang": ("int8", 0),  # wrapper language of the multilingual campaign (0: English)
}
MATRIX_FIELDS = {"surf_cdf": 4, "topic_cdf": 7, "slots": 8, "ua": 4, "class_hour": 7}


@dataclass
class Ctx:
    """Build-time state shared by the family builders: counters for ids and shared pools."""

    rng: np.random.Generator
    scale: Scale
    evasion: Evasion
    net: Net
    ua_sections: list[tuple[int, int]]
    pool: list[np.ndarray] = field(default_factory=list)
    pool_len: int = 0
    n_pay: int = 0
    n_org: int = 0
    n_keys: int = 0
    domains: dict[str, int] = field(default_factory=dict)
    groups: list[dict[str, Any]] = field(default_factory=list)
    shared: dict[str, Any] = field(default_factory=dict)

    def add_pool(self, addrs: np.ndarray) -> tuple[int, int]:
        """Register a set of addresses that accounts pick from; returns its (start, length)."""
        start = self.pool_len
        self.pool.append(np.asarray(addrs, np.int64))
        self.pool_len += len(addrs)
        return start, len(addrs)

    def new_pay(self, n: int = 1) -> np.ndarray:
        self.n_pay += n
        return np.arange(self.n_pay - n, self.n_pay)

    def new_org(self) -> int:
        self.n_org += 1
        return self.n_org - 1

    def domain(self, name: str) -> int:
        return self.domains.setdefault(name, len(self.domains))

    def new_group(self, **params: object) -> int:
        self.groups.append(params)
        return len(self.groups) - 1

    def keys(self, counts: np.ndarray) -> np.ndarray:
        """Allocate API keys; returns each account's first key index."""
        start = self.n_keys + np.concatenate([[0], np.cumsum(counts)[:-1]])
        self.n_keys += int(counts.sum())
        return start

    def count(self, pop: Pop) -> int:
        return max(pop.min_accounts, round(pop.accounts * self.scale.factor))

    @property
    def days(self) -> int:
        return self.scale.days

    def weekday(self, d: np.ndarray | int) -> np.ndarray:
        """Day of week (0 = Monday) of window day d."""
        first = (self.scale.start_us // DAY_US + 3) % 7  # 1970-01-01 was a Thursday
        return (np.asarray(d) + first) % 7


def blank(n: int) -> dict[str, np.ndarray]:
    out = {k: np.full(n, v, dt) for k, (dt, v) in ACCOUNT_FIELDS.items()}
    for k, w in MATRIX_FIELDS.items():
        out[k] = np.zeros(
            (n, w), np.float64 if k in ("surf_cdf", "topic_cdf", "class_hour") else np.int64
        )
    out["class_hour"][:] = -1
    return out


def normalise(a: dict[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
    """Builders may assign a scalar to a field; give every field its full shape and dtype."""
    out = blank(n)
    for k, v in a.items():
        out[k] = np.broadcast_to(np.asarray(v), out[k].shape).astype(out[k].dtype, copy=True)
    return out


def code_of(
    values: tuple[str, ...], dist: dict[str, float], rng: np.random.Generator, n: int
) -> np.ndarray:
    names = list(dist)
    p = np.array([dist[k] for k in names], np.float64)
    picks = rng.choice(len(names), n, p=p / p.sum())
    return np.array([values.index(k) for k in names], np.int8)[picks]


def tiers(rng: np.random.Generator, pop: Pop, n: int) -> np.ndarray:
    return code_of(TIERS, pop.tiers, rng, n)


def channels(rng: np.random.Generator, pop: Pop, n: int) -> np.ndarray:
    return code_of(SIGNUP_CHANNELS, pop.channels, rng, n)


@dataclass
class World:
    """Everything a chunk generator needs; arrays are indexed by account."""

    seed: int
    scale: Scale
    evasion: Evasion
    pops: tuple[Pop, ...]
    pop: np.ndarray
    acc: dict[str, np.ndarray]
    plan: np.ndarray  # sessions per (account, day)
    last_active: np.ndarray  # latest earlier day with a session, -1 if none
    pool_addr: np.ndarray  # flat address pool that account slots point into
    addr_ip: pa.StringArray
    addr_country: np.ndarray
    account_ids: pa.StringArray
    key_ids: pa.StringArray
    pay_ids: pa.StringArray
    org_ids: pa.StringArray
    domains: list[str]
    groups: list[dict]
    ua: pa.StringArray
    ip_ranges: pa.Table
    shard: np.ndarray

    @property
    def n(self) -> int:
        return len(self.pop)

    def shard_accounts(self, shard: int) -> np.ndarray:
        return np.flatnonzero(self.shard == shard)
