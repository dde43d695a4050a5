"""Networks of hold-out 14: home ISPs, carriers, offices, campuses, clouds, a VPN, a reseller's
relay pool and an eval platform's egress, and the IP feed a vendor would sell about them.

Address plan: private-looking but public-format IPv4 blocks, one /16 per home ISP (a line keeps
its address about six days, as DHCP leases on residential broadband commonly do), carriers behind
CGNAT (RFC 6888: many subscribers per public address), office and campus NAT, cloud /24s.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Block:
    """A public network: its first address as integers, size, kind and owner."""

    base: int
    size: int
    kind: str
    asn: int
    country: str

    def addr(self, i: int) -> str:
        v = self.base + (i % self.size)
        return f"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}"


class Net:
    """Allocates blocks deterministically from one generator and remembers them for the feed."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.blocks: list[tuple[Block, int]] = []  # block, prefix length
        self.used: set[int] = set()
        self.home: dict[str, list[Block]] = {}
        self.mobile: dict[str, list[Block]] = {}
        self.office_free: dict[str, list[Block]] = {}
        self.cloud: list[Block] = []
        self.vpn: list[Block] = []

    def alloc(self, prefix: int, kind: str, country: str, asn: int | None = None) -> Block:
        size = 1 << (32 - prefix)
        while True:
            first = int(self.rng.integers(11, 223))
            if first in (100, 127, 169, 172, 192, 198, 203, 10):
                continue
            base = (first << 24) | (int(self.rng.integers(0, 1 << 24)) & ~(size - 1) & 0xFFFFFF)
            key = base >> 16
            if key not in self.used:
                self.used.add(key)
                break
        a = asn if asn is not None else int(self.rng.integers(1000, 64000))
        blk = Block(base, size, kind, a, country)
        self.blocks.append((blk, prefix))
        return blk

    def build(self, countries: list[str]) -> None:
        for c in countries:
            self.home[c] = [self.alloc(16, "residential", c) for _ in range(3)]
            self.mobile[c] = [self.alloc(25, "mobile", c) for _ in range(2)]
            self.office_free[c] = [self.alloc(28, "corporate", c) for _ in range(12)]
        regions = ("US", "US", "US", "DE", "GB", "SG", "JP", "IN", "BR", "NL", "CA", "AU")
        providers = (16509, 15169, 8075, 14061, 24940)
        for i in range(30):
            self.cloud.append(
                self.alloc(
                    24, "datacenter", regions[i % len(regions)], providers[i % len(providers)]
                )
            )
        for c in ("US", "GB", "DE", "NL", "SG", "JP", "CA", "FR", "SE", "BR", "IN", "TR", "AU"):
            self.vpn.append(self.alloc(26, "datacenter", c, 9009))
        self.relay = [self.alloc(27, "datacenter", c, 136907) for c in ("SG", "HK", "US", "DE")]
        self.platform = self.alloc(29, "datacenter", "US", 16509)

    def feed(self, rng: np.random.Generator) -> list[tuple[str, str, int | None, str | None]]:
        """The vendor's view: ~10% of ranges missing, ~5% with a wrong kind, ~4% a stale
        country, ~3% null ASN or country; VPN and relay exits sold as datacenter or proxy."""
        kinds = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
        out = []
        for blk, prefix in self.blocks:
            if rng.random() < 0.10:
                continue
            kind = blk.kind
            if blk.asn in (9009, 136907):
                kind = "proxy" if rng.random() < 0.5 else "datacenter"
            if rng.random() < 0.05:
                kind = kinds[int(rng.integers(0, len(kinds)))]
            country: str | None = blk.country
            if rng.random() < 0.04:
                country = "US" if blk.country != "US" else "CA"
            asn: int | None = blk.asn
            if rng.random() < 0.03:
                asn = None
            if rng.random() < 0.03:
                country = None
            v = blk.base
            cidr = f"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}/{prefix}"
            out.append((cidr, kind, asn, country))
        return out
