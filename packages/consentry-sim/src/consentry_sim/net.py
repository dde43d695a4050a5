"""A synthetic address space: providers with real-looking IPv4/IPv6 blocks, and an address table.

Every population gets its addresses through the same `Net.alloc`, from the same kinds of
providers (home ISPs, mobile carriers with carrier-grade NAT, clouds, campuses, offices,
proxy services), so an address's format and block never reveal who uses it; only how many
accounts share it and what flows through it does. The `ip_ranges` table is the IP-intelligence
feed a provider would buy: residential proxy exits sit in ordinary ISP blocks and are labelled
residential, as real feeds mostly label them.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from consentry.contract import IP_RANGES

# code, share of benign users, time-zone offsets (hours), restricted region
COUNTRIES: tuple[tuple[str, float, tuple[float, ...], bool], ...] = (
    ("US", 0.22, (-5, -6, -7, -8), False),
    ("IN", 0.09, (5.5,), False),
    ("GB", 0.06, (0,), False),
    ("DE", 0.05, (1,), False),
    ("BR", 0.05, (-3,), False),
    ("FR", 0.04, (1,), False),
    ("JP", 0.04, (9,), False),
    ("CA", 0.035, (-5, -8), False),
    ("KR", 0.03, (9,), False),
    ("ID", 0.03, (7,), False),
    ("AU", 0.025, (10, 8), False),
    ("ES", 0.025, (1,), False),
    ("IT", 0.025, (1,), False),
    ("MX", 0.025, (-6,), False),
    ("PH", 0.025, (8,), False),
    ("NL", 0.02, (1,), False),
    ("NG", 0.02, (1,), False),
    ("PL", 0.02, (1,), False),
    ("TR", 0.02, (3,), False),
    ("VN", 0.02, (7,), False),
    ("SG", 0.01, (8,), False),
    ("MY", 0.01, (8,), False),
    ("SE", 0.01, (1,), False),
    ("ZA", 0.01, (2,), False),
    ("AR", 0.01, (-3,), False),
    ("EG", 0.01, (2,), False),
    ("PK", 0.01, (5,), False),
    ("CO", 0.01, (-5,), False),
    ("IE", 0.005, (0,), False),
    ("CN", 0.0, (8,), True),
    ("RU", 0.0, (3,), True),
    ("IR", 0.0, (3.5,), True),
)
CODES = tuple(c[0] for c in COUNTRIES)
RESTRICTED = tuple(c[0] for c in COUNTRIES if c[3])
BENIGN_SHARE = np.array([c[1] for c in COUNTRIES]) / sum(c[1] for c in COUNTRIES)
CLOUD_REGIONS = ("US", "US", "US", "DE", "IE", "GB", "SG", "JP", "IN", "BR", "NL", "AU", "KR")
PROXY_REGIONS = ("US", "US", "SG", "JP", "DE", "NL", "GB", "KR", "CA")
# Primes that share no factor with 2**k - 2 for the block sizes used (/16 to /24).
_STRIDES = (65521, 104729, 130363, 199999, 611953)
_FIRST_OCTETS = np.array(
    [o for o in range(1, 224) if o not in (10, 100, 127, 169, 172, 192, 198, 203)]
)


def tz_of(rng: np.random.Generator, country_idx: np.ndarray) -> np.ndarray:
    """A time-zone offset per account, drawn from its country's zones."""
    out = np.empty(len(country_idx), np.float64)
    for k, (_, _, zones, _) in enumerate(COUNTRIES):
        m = country_idx == k
        out[m] = np.asarray(zones)[rng.integers(0, len(zones), int(m.sum()))]
    return out


@dataclass
class Provider:
    kind: str  # what the provider is: residential, mobile, datacenter, ...
    country: int
    asn: int
    feed_kind: str  # what the IP-intelligence feed says about its blocks
    blocks: list[tuple[int, int, bool]] = field(default_factory=list)  # (network, prefix, v6)
    used: int = 0
    stride: int = 65521  # addresses are handed out as (stride * i + shift) mod block size
    shift: int = 7


class Net:
    """Providers, their blocks, and every address handed out so far."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.providers: list[Provider] = []
        self.by_key: dict[tuple[str, int], list[int]] = {}
        self._slash16: set[int] = set()
        self._asns: set[int] = set()
        self.ip: list[str] = []
        self.addr_country: list[int] = []
        for k, (_, share, _, restricted) in enumerate(COUNTRIES):
            isps = 3 if share >= 0.02 or restricted else 2
            for _ in range(isps):
                self._provider("residential", k, n16=int(rng.integers(2, 5)), v6=rng.random() < 0.5)
            for _ in range(2):
                self._provider("mobile", k, n16=1, v6=rng.random() < 0.7)
        for region in CLOUD_REGIONS:
            self._provider("datacenter", CODES.index(region), n16=2)

    def _asn(self) -> int:
        while True:
            a = int(
                self.rng.integers(1000, 64000)
                if self.rng.random() < 0.7
                else self.rng.integers(131072, 270000)
            )
            if a not in self._asns:
                self._asns.add(a)
                return a

    def _free16(self) -> int:
        while True:
            n = int(self.rng.choice(_FIRST_OCTETS)) << 8 | int(self.rng.integers(0, 256))
            if n not in self._slash16:
                self._slash16.add(n)
                return n << 16

    def _provider(
        self,
        kind: str,
        country: int,
        n16: int = 1,
        prefix: int = 16,
        v6: bool = False,
        feed_kind: str | None = None,
    ) -> int:
        p = Provider(kind, country, self._asn(), feed_kind or kind)
        p.stride = int(self.rng.choice(_STRIDES))
        p.shift = int(self.rng.integers(0, 1 << 20))
        for _ in range(n16):
            base = self._free16()
            if prefix > 16:
                base |= int(self.rng.integers(0, 1 << (prefix - 16))) << (32 - prefix)
            p.blocks.append((base, prefix, False))
        if v6:
            v6net = (0x2A00 | int(self.rng.integers(0, 0x1FF))) << 112 | int(
                self.rng.integers(0, 1 << 16)
            ) << 96
            p.blocks.append((v6net, 32, True))
        self.providers.append(p)
        self.by_key.setdefault((kind, country), []).append(len(self.providers) - 1)
        return len(self.providers) - 1

    def new_provider(
        self, kind: str, country: str, prefix: int = 22, n: int = 1, feed_kind: str | None = None
    ) -> int:
        """A dedicated provider (a campus, an office, a proxy service) with its own blocks."""
        return self._provider(kind, CODES.index(country), n16=n, prefix=prefix, feed_kind=feed_kind)

    def alloc(
        self,
        n: int,
        provider: int | None = None,
        kind: str = "residential",
        country: int | None = None,
        v6_share: float = 0.0,
    ) -> np.ndarray:
        """Hand out n distinct addresses from one provider, or from a random provider of a kind
        in a country; returns indices into the address table."""
        if provider is None:
            cands = self.by_key[(kind, int(country))]  # type: ignore[arg-type]
            picks = self.rng.choice(cands, n)
        else:
            picks = np.full(n, provider)
        out = np.empty(n, np.int64)
        for i, pi in enumerate(picks):
            out[i] = self._one(self.providers[int(pi)], v6_share)
        return out

    def _one(self, p: Provider, v6_share: float) -> int:
        v6 = [b for b in p.blocks if b[2]]
        if v6 and self.rng.random() < v6_share:
            net, _, _ = v6[int(self.rng.integers(len(v6)))]
            low = int(self.rng.integers(1 << 32)) << 64 | int(self.rng.integers(1, 1 << 63))
            text = str(ipaddress.IPv6Address(net | low))
        else:
            v4 = [b for b in p.blocks if not b[2]]
            net, prefix, _ = v4[p.used % len(v4)]
            size = 1 << (32 - prefix)
            # An affine walk over the block: addresses look scattered and never repeat.
            span = size - 2
            off = (p.used // len(v4) * p.stride + p.shift) % span + 1
            p.used += 1
            text = str(ipaddress.IPv4Address(net + off))
        self.ip.append(text)
        self.addr_country.append(p.country)
        return len(self.ip) - 1

    def ip_ranges(self) -> pa.Table:
        """The IP-intelligence feed: one row per block, in a shuffled order."""
        rows = []
        for p in self.providers:
            for net, prefix, v6 in p.blocks:
                addr = ipaddress.IPv6Address(net) if v6 else ipaddress.IPv4Address(net)
                rows.append((f"{addr}/{prefix}", p.feed_kind, p.asn, CODES[p.country]))
        order = self.rng.permutation(len(rows))
        cols = list(zip(*(rows[i] for i in order), strict=True))
        return pa.Table.from_arrays(
            [pa.array(c, f.type) for c, f in zip(cols, IP_RANGES.schema, strict=True)],
            schema=IP_RANGES.schema,
        )

    def address_arrays(self) -> tuple[pa.StringArray, np.ndarray]:
        """Address text and country index of every address handed out."""
        return pa.array(self.ip, pa.string()), np.array(self.addr_country, np.int16)
