"""Networks of hold-out 17's world: who shares which addresses, and the feed that describes them.

Every address is drawn from a network object, so a class says *where* it connects from and the
network decides what that looks like (a home line kept for days, a carrier's NAT pool, an office
egress, a cloud region, a VPN exit, a residential-proxy line); the feed is written from the same
objects, then made imperfect the way a bought feed is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# country, UTC offset (hours), weight among consumers, served by the provider
COUNTRIES: tuple[tuple[str, float, float, bool], ...] = (
    ("US", -6, 20, True), ("GB", 0, 6, True), ("DE", 1, 6, True), ("FR", 1, 5, True),
    ("IN", 5.5, 9, True), ("BR", -3, 5, True), ("JP", 9, 4, True), ("KR", 9, 3, True),
    ("CA", -5, 3, True), ("AU", 10, 2, True), ("ES", 1, 3, True), ("IT", 1, 3, True),
    ("NL", 1, 2, True), ("PL", 1, 2, True), ("SE", 1, 1, True), ("MX", -6, 3, True),
    ("ID", 7, 3, True), ("TR", 3, 2, True), ("NG", 1, 2, True), ("ZA", 2, 1, True),
    ("SG", 8, 1, True), ("VN", 7, 2, True), ("PH", 8, 2, True), ("EG", 2, 1, True),
    ("AR", -3, 1, True), ("UA", 2, 1, True), ("IL", 2, 1, True), ("CH", 1, 1, True),
    ("TW", 8, 1, True), ("AE", 4, 1, True),
    ("CN", 8, 0, False), ("HK", 8, 0, False), ("RU", 3, 0, False), ("IR", 3.5, 0, False),
    ("BY", 3, 0, False),
)  # fmt: skip
TZ = {c: tz for c, tz, _, _ in COUNTRIES}
SERVED = tuple(c for c, _, w, ok in COUNTRIES if ok and w > 0)
SERVED_WEIGHTS = np.array([w for c, _, w, ok in COUNTRIES if ok and w > 0], dtype=float)
RESTRICTED = tuple(c for c, _, _, ok in COUNTRIES if not ok)
CLOUD_REGIONS = (
    ("US", 16509), ("US", 15169), ("US", 8075), ("DE", 16509), ("GB", 8075), ("IE", 16509),
    ("SG", 15169), ("JP", 16509), ("IN", 8075), ("BR", 16509), ("NL", 14061), ("FR", 16276),
)  # fmt: skip


@dataclass
class Block:
    """One allocated range: what it really is, and what the feed will say about it."""

    cidr: str
    kind: str
    asn: int
    country: str
    base: int
    size: int
    v6: bool = False


@dataclass
class Allocator:
    """Hands out non-overlapping IPv4 /20s (and IPv6 /48s), spread over first octets in a per-seed order."""

    rng: np.random.Generator
    blocks: list[Block] = field(default_factory=list)
    _next: int = 0
    _octets: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        usable = [o for o in range(1, 224) if o not in (10, 100, 127, 169, 172, 192, 198, 203)]
        self._octets = [int(o) for o in self.rng.permutation(usable)]

    def v4(self, kind: str, asn: int, country: str) -> Block:
        """A fresh /20 (4,096 addresses)."""
        octet = self._octets[self._next % len(self._octets)]
        sub = (self._next // len(self._octets)) * 37 % 4096
        self._next += 1
        base = (octet << 24) | (sub << 12)
        cidr = f"{octet}.{(sub >> 4) & 255}.{(sub & 15) << 4}.0/20"
        block = Block(cidr, kind, asn, country, base, 4096)
        self.blocks.append(block)
        return block

    def v6(self, kind: str, asn: int, country: str) -> Block:
        """A fresh /48; addresses are written with a random interface part."""
        n = len(self.blocks)
        prefix = f"2a0{n % 10}:{(asn * 7 + n) & 0xFFFF:x}:{n & 0xFFFF:x}"
        block = Block(f"{prefix}::/48", kind, asn, country, n, 1 << 16, v6=True)
        self.blocks.append(block)
        return block


def address(block: Block, offset: int) -> str:
    """The address at `offset` inside `block`, as text."""
    if block.v6:
        return f"{block.cidr[:-5]}:{(offset >> 16) & 0xFFFF:x}:{offset & 0xFFFF:x}::1"
    ip = block.base + 1 + offset % (block.size - 2)
    return f"{ip >> 24}.{(ip >> 16) & 255}.{(ip >> 8) & 255}.{ip & 255}"


@dataclass
class Networks:
    """All the world's networks, built once per seed."""

    rng: np.random.Generator
    alloc: Allocator
    homes: dict[str, list[Block]] = field(default_factory=dict)
    carriers: dict[str, list[Block]] = field(default_factory=dict)
    clouds: list[Block] = field(default_factory=list)
    vpn: list[Block] = field(default_factory=list)
    proxy_lines: dict[str, list[str]] = field(default_factory=dict)
    reseller_pool: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def build(cls, rng: np.random.Generator) -> Networks:
        """Three home ISPs and two carriers per country, clouds, a VPN, a proxy market."""
        nets = cls(rng, Allocator(rng))
        asn = 20000
        for country, _, _, _ in COUNTRIES:
            nets.homes[country] = []
            for _ in range(3):
                asn += int(rng.integers(3, 90))
                nets.homes[country] += [
                    nets.alloc.v4("residential", asn, country) for _ in range(2)
                ]
            nets.carriers[country] = []
            for _ in range(2):
                asn += int(rng.integers(3, 90))
                nets.carriers[country].append(nets.alloc.v4("mobile", asn, country))
                nets.carriers[country].append(nets.alloc.v6("mobile", asn, country))
        nets.clouds = [nets.alloc.v4("datacenter", a, c) for c, a in CLOUD_REGIONS]
        for country in ("NL", "SE", "US", "SG", "DE", "JP", "GB", "CH"):
            nets.vpn.append(nets.alloc.v4("proxy", 9009, country))
        # a residential-proxy market: ordinary home lines whose owners run an SDK that resells them
        for country in SERVED:
            nets.proxy_lines[country] = [nets.home_ip(country) for _ in range(40)]
        aggregator = [nets.alloc.v4("datacenter", 212238, c) for c in ("US", "DE", "SG")]
        nets.reseller_pool = [
            (address(b, int(rng.integers(0, 4000))), b.country)
            for b in aggregator
            for _ in range(12)
        ]
        return nets

    def home_ip(self, country: str) -> str:
        """A home line of one of the country's ISPs."""
        blocks = self.homes[country]
        return address(blocks[int(self.rng.integers(len(blocks)))], int(self.rng.integers(0, 4094)))

    def carrier_ip(self, country: str) -> str:
        """A phone's address: a carrier's CGNAT pool (v4, small) or its v6 range."""
        block = self.carriers[country][int(self.rng.integers(4))]
        span = 1 << 16 if block.v6 else 256
        return address(block, int(self.rng.integers(0, span)))

    def cloud_ip(self, region: int) -> str:
        """An instance address in one cloud region."""
        return address(self.clouds[region % len(self.clouds)], int(self.rng.integers(0, 4094)))

    def vpn_ip(self) -> tuple[str, str]:
        """A commercial VPN exit and the country it geolocates to."""
        block = self.vpn[int(self.rng.integers(len(self.vpn)))]
        return address(block, int(self.rng.integers(0, 64))), block.country

    def egress(self, kind: str, country: str, n: int) -> list[str]:
        """A fixed egress (office, campus NAT) of `n` addresses in a fresh block."""
        self_asn = 60000 + len(self.alloc.blocks)
        block = self.alloc.v4(kind, self_asn, country)
        return [address(block, i * 7) for i in range(n)]

    def feed(self) -> list[dict[str, object]]:
        """The vendor's view: 7% of ranges missing, 5% wrong kind, 4% stale country, 3% bare;
        the VPN listed as proxy or datacenter, proxy-market lines just residential."""
        rows: list[dict[str, object]] = []
        kinds = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
        countries = [c for c, _, _, _ in COUNTRIES]
        for block in self.alloc.blocks:
            r = self.rng.random(4)
            if r[0] < 0.07:
                continue
            kind = block.kind
            if kind == "proxy":
                kind = "proxy" if r[1] < 0.6 else "datacenter"
            elif r[1] < 0.05:
                kind = kinds[int(self.rng.integers(len(kinds)))]
            country: str | None = block.country
            if r[2] < 0.04:
                country = countries[int(self.rng.integers(len(countries)))]
            asn: int | None = block.asn
            if r[3] < 0.03:
                asn, country = None, None
            rows.append({"cidr": block.cidr, "kind": kind, "asn": asn, "country": country})
        return rows
