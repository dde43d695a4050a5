"""Networks of hold-out 12: home ISPs, carrier NAT, campuses, offices, clouds, a VPN and reseller exits.

Every address handed out is recorded by its /24 (IPv4) or /48 (IPv6) so ``ip_ranges.parquet``
lists exactly the networks the world uses, as an IP-intelligence vendor would sell them.
"""

from __future__ import annotations

import numpy as np
from h12_world import TZ

COUNTRIES = tuple(TZ)
CLOUD_REGIONS = ("US", "US", "US", "DE", "IE", "SG", "JP", "IN", "GB", "US")
CLOUD_FIRST = (3, 13, 18, 34, 35, 44, 52, 54, 104, 146)


class Networks:
    """Deterministic address allocator; the seed's generator decides every prefix."""

    def __init__(self, rng: np.random.Generator, n_resellers: int) -> None:
        self.rng = rng
        self.ranges: dict[str, tuple[str, int | None, str | None]] = {}
        self._isp_b = {c: rng.integers(0, 200, size=4) for c in COUNTRIES}
        self._mobile = {c: self._pool(c, "mobile", 2, 128, 100) for c in COUNTRIES}
        self._vpn = {c: self._pool(c, "proxy", 1, 12, 185) for c in COUNTRIES}
        self.reseller = [
            [
                self._block("datacenter", str(rng.choice(["HK", "SG", "US"])), 16, 45, 62000 + r)
                for _ in range(3)
            ]
            for r in range(n_resellers)
        ]
        self.cloud = [self._cloud_range(i) for i in range(30)]

    def _add(self, net: str, kind: str, asn: int | None, country: str | None) -> None:
        self.ranges.setdefault(net, (kind, asn, country))

    def _pool(
        self, country: str, kind: str, n_carriers: int, size: int, first: int
    ) -> list[list[str]]:
        ci = COUNTRIES.index(country)
        pools = []
        for k in range(n_carriers):
            b = int(self.rng.integers(0, 250))
            addrs = []
            for j in range(size):
                c = (j // 64) + 2 * k
                net = f"{first + ci % 60}.{b}.{c}"
                self._add(
                    net + ".0/24",
                    kind,
                    40000 + ci * 10 + k + (500 if kind == "proxy" else 0),
                    country,
                )
                addrs.append(f"{net}.{(j * 7) % 250 + 2}")
            pools.append(addrs)
        return pools

    def _block(self, kind: str, country: str, size: int, first: int, asn: int) -> list[str]:
        a = first + int(self.rng.integers(0, 30))
        b, c = (int(x) for x in self.rng.integers(0, 250, size=2))
        net = f"{a}.{b}.{c}"
        self._add(net + ".0/24", kind, asn, country)
        start = int(self.rng.integers(2, 200))
        return [f"{net}.{start + i}" for i in range(size)]

    def _cloud_range(self, i: int) -> tuple[str, str]:
        a = CLOUD_FIRST[i % len(CLOUD_FIRST)]
        b, c = (int(x) for x in self.rng.integers(0, 250, size=2))
        country = CLOUD_REGIONS[(i * 3) % len(CLOUD_REGIONS)]
        net = f"{a}.{b}.{c}"
        self._add(net + ".0/24", "datacenter", 16500 + (i % 7), country)
        return net, country

    def campus(self, country: str, asn: int) -> list[str]:
        """NAT addresses of one university campus."""
        return self._block("education", country, 8, 128, asn)

    def office(self, country: str, asn: int) -> list[str]:
        """Egress addresses of one office (corporate NAT)."""
        return self._block("corporate", country, 4, 150, asn)

    def home(self, country: str) -> str:
        """A household's own address: IPv4 in one of four ISPs, or an IPv6 /48 for some."""
        ci = COUNTRIES.index(country)
        k = int(self.rng.integers(0, 4))
        if self.rng.random() < 0.15:
            h = int(self.rng.integers(0, 65536))
            net = f"2a0{k}:{ci * 16 + k:x}:{h:x}"
            self._add(net + "::/48", "residential", 30000 + ci * 10 + k, country)
            return (
                f"{net}:{int(self.rng.integers(1, 65535)):x}::{int(self.rng.integers(1, 65535)):x}"
            )
        a = 24 + (ci * 2 + k // 2) % 70
        b = (int(self._isp_b[country][k]) + int(self.rng.integers(0, 40))) % 256
        c = int(self.rng.integers(0, 256))
        net = f"{a}.{b}.{c}"
        self._add(net + ".0/24", "residential", 30000 + ci * 10 + k, country)
        return f"{net}.{int(self.rng.integers(2, 254))}"

    def mobile(self, country: str) -> list[str]:
        """One carrier's CGNAT pool in the country (shared with every subscriber)."""
        pools = self._mobile[country]
        return pools[int(self.rng.integers(0, len(pools)))]

    def vpn(self, country: str) -> list[str]:
        return self._vpn[country][0]

    def cloud_vms(self, n: int) -> list[tuple[str, str]]:
        """n cloud VM addresses with the region's country."""
        out = []
        for _ in range(n):
            net, country = self.cloud[int(self.rng.integers(0, len(self.cloud)))]
            out.append((f"{net}.{int(self.rng.integers(2, 254))}", country))
        return out

    def table(self) -> dict[str, list[object]]:
        """The ip_ranges columns, sorted by network."""
        nets = sorted(self.ranges)
        return {
            "cidr": nets,
            "kind": [self.ranges[n][0] for n in nets],
            "asn": [self.ranges[n][1] for n in nets],
            "country": [self.ranges[n][2] for n in nets],
        }
