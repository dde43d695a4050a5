"""Shared state of hold-out 14's emitter: hour shapes, organisations, suites, walks, identifiers
and which model is the default at an hour."""

from __future__ import annotations

from dataclasses import dataclass

import h14_text as T
import numpy as np
from h14_net import Block, Net
from h14_world import POOLS, RELEASES, Klass

HOURS: dict[str, np.ndarray] = {}
_shapes = {
    # Local-hour weights (0-23). Human: waking hours with an evening peak; office: 9-18 with a
    # lunch dip; evening: after work; night: a night shift; flat: machines.
    "human": [
        1,
        0.5,
        0.3,
        0.2,
        0.2,
        0.3,
        0.8,
        1.5,
        2.5,
        3.5,
        4,
        4,
        4,
        4,
        4,
        4,
        4,
        4.5,
        5,
        5.5,
        6,
        5.5,
        4,
        2,
    ],
    "office": [
        0.1,
        0.1,
        0.05,
        0.05,
        0.05,
        0.1,
        0.3,
        1,
        3.5,
        6,
        6.5,
        6.5,
        4,
        5.5,
        6.5,
        6.5,
        6,
        4.5,
        2,
        1,
        0.6,
        0.4,
        0.3,
        0.2,
    ],
    "evening": [
        2,
        1,
        0.5,
        0.2,
        0.1,
        0.1,
        0.3,
        0.8,
        1,
        1,
        1,
        1.2,
        1.5,
        1.2,
        1.2,
        1.3,
        1.8,
        3,
        5,
        6.5,
        7,
        6.5,
        5,
        3.5,
    ],
    "night": [
        5,
        5,
        5,
        4.5,
        4,
        3.5,
        2,
        1,
        0.5,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.5,
        1,
        1.5,
        2.5,
        4,
        5,
        5,
        5,
    ],
    "flat": [1.0] * 24,
}
for _k, _v in _shapes.items():
    _a = np.asarray(_v, dtype=float)
    HOURS[_k] = _a / _a.sum()


def pick(rng: np.random.Generator, pairs: tuple[tuple[str, float], ...]) -> str:
    w = np.asarray([p[1] for p in pairs], dtype=float)
    return pairs[int(rng.choice(len(pairs), p=w / w.sum()))][0]


def ver(rng: np.random.Generator, template: str) -> str:
    return template.format(
        v=int(rng.integers(128, 134)),
        m=int(rng.integers(0, 9)),
        p=int(rng.integers(0, 12)),
        phone=T.PHONES[int(rng.integers(0, len(T.PHONES)))],
    )


@dataclass
class Org:
    org_id: str
    domain: str
    card: str
    country: str
    office: Block


class World:
    """Shared state: banks, orgs, networks, popularity orders and class-wide walks."""

    def __init__(self, seed: int, banks: dict[str, list[T.Item]], net: Net) -> None:
        self.seed = seed
        self.banks = banks
        self.net = net
        rng = np.random.default_rng([seed, 7])
        self.popular = {k: rng.permutation(len(v)) for k, v in banks.items()}
        self.orgs: dict[str, list[Org]] = {}
        for name, pool in POOLS.items():
            prng = np.random.default_rng([seed, 11, len(self.orgs)])
            shared = [hexid(prng, "pm_") for _ in range(3)]
            orgs = []
            for j in range(pool.n_orgs):
                c = pool.countries[j % len(pool.countries)]
                kind = "education" if name == "uni" else "corporate"
                office = net.alloc(29 if name == "uni" else 30, kind, c)
                card = (
                    hexid(prng, "pm_")
                    if pool.card == "org"
                    else shared[j % int(pool.card.split(":")[1])]
                )
                stem = hexid(prng, "")[:6]
                tld = {"uni": ".edu", "council": ".gov.uk"}.get(name, ".com")
                orgs.append(Org(hexid(prng, "org_"), f"{name}-{stem}{tld}", card, c, office))
            self.orgs[name] = orgs
        self.suites: dict[str, list[tuple[str, int]]] = {}
        self.now_release = [(m, d * 24 + h) for m, d, h in RELEASES]

    def suite(self, key: str, k: Klass) -> list[tuple[str, int]]:
        if key not in self.suites:
            rng = np.random.default_rng([self.seed, 13, sum(map(ord, key)), len(key)])
            # Suites run from a few hundred public items to customers' private sets of thousands.
            size = int(np.clip(np.exp(np.log(600) + 1.0 * rng.normal()), 100, 8000))
            self.suites[key] = [self.bank_item(rng, k, popular=False) for _ in range(size)]
        return self.suites[key]

    def bank_item(self, rng: np.random.Generator, k: Klass, popular: bool) -> tuple[str, int]:
        bank = pick(rng, k.banks)
        n = len(self.banks[bank])
        if popular:
            return bank, int(self.popular[bank][int(n * rng.random() ** 2.5)])
        return bank, int(rng.integers(0, n))

    def walk(self, k: Klass, ci: int) -> list[tuple[str, int]]:
        """A class-wide permutation of its banks, interleaved by the class's weights."""
        rng = np.random.default_rng([self.seed, 17, ci])
        order = {b: list(rng.permutation(len(self.banks[b]))) for b, _ in k.banks}
        out: list[tuple[str, int]] = []
        while any(order.values()):
            b = pick(rng, k.banks)
            if order[b]:
                out.append((b, int(order[b].pop())))
            if len(out) > 60000:
                break
        return out


def hexid(rng: np.random.Generator, prefix: str, n: int = 16) -> str:
    """A random hexadecimal identifier of n digits (n <= 30)."""
    hi, lo = (int(x) for x in rng.integers(0, 1 << 60, size=2))
    return prefix + f"{hi:015x}{lo:015x}"[:n]


def models_at(hour: float) -> tuple[str, str]:
    """The default big and small models at an hour of the window."""
    big, small = "heron-3.5", "heron-3.5-mini"
    for m, d, h in RELEASES:
        if hour >= d * 24 + h:
            if m.endswith("mini"):
                small = m
            else:
                big = m
    return big, small
