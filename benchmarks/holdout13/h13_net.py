"""Hold-out 13's networks: home ISPs, mobile carriers (CGNAT), campus and office egress, clouds,
a commercial VPN, a residential-proxy service; and the IP-intelligence feed a vendor sells.

Addresses are drawn from public unicast space (RFC 6890 special-purpose blocks left out); the
ranges are made up, only their shapes follow practice: carriers put many subscribers behind a
small pool of public addresses (CGNAT, RFC 6598 inside), offices and campuses egress through a
handful of NAT addresses, home lines keep an address for days, proxy services exit through
ordinary home lines (so the feed lists those exits as residential).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# First octets that are ordinary public unicast (RFC 6890: 0, 10, 100.64/10, 127, 169.254,
# 172.16/12, 192.168, 198.18/15 and 224+ are special; 100, 172, 192, 198 skipped whole here).
_FIRST_OCTETS = tuple(
    o for o in range(1, 224) if o not in (0, 10, 100, 127, 169, 172, 192, 198, 203)
)


@dataclass
class Net:
    """A network: its /16 or /24 base, kind as it really is, country, ASN, and how many host
    addresses it hands out (a CGNAT pool or an office egress is small)."""

    base: tuple[int, int, int]  # first three octets (the /24); /16 nets vary the third octet
    prefix: int  # 16 or 24
    kind: str
    country: str
    asn: int
    hosts: int  # addresses actually used

    def address(self, k: int) -> str:
        """The k-th address this network hands out (stable for a given k)."""
        k = k % self.hosts
        if self.prefix == 16:
            return f"{self.base[0]}.{self.base[1]}.{(k // 250) % 256}.{k % 250 + 2}"
        return f"{self.base[0]}.{self.base[1]}.{self.base[2]}.{k % 250 + 2}"

    @property
    def cidr(self) -> str:
        if self.prefix == 16:
            return f"{self.base[0]}.{self.base[1]}.0.0/16"
        return f"{self.base[0]}.{self.base[1]}.{self.base[2]}.0/24"


@dataclass
class Networks:
    home: dict[str, list[Net]] = field(default_factory=dict)
    mobile: dict[str, list[Net]] = field(default_factory=dict)
    cloud: list[Net] = field(default_factory=list)
    vpn: list[Net] = field(default_factory=list)
    all: list[Net] = field(default_factory=list)
    _used: set[tuple[int, int, int]] = field(default_factory=set)
    _asn: int = 0


def _new(
    nets: Networks, rng: np.random.Generator, prefix: int, kind: str, cc: str, hosts: int
) -> Net:
    while True:
        a = int(rng.choice(_FIRST_OCTETS))
        b = int(rng.integers(0, 256))
        c = 0 if prefix == 16 else int(rng.integers(0, 256))
        if (a, b, 0) in nets._used or (a, b, c) in nets._used:
            continue
        nets._used.add((a, b, c))
        if prefix == 16:
            nets._used.add((a, b, 0))
        break
    nets._asn += int(rng.integers(3, 40))
    net = Net((a, b, c), prefix, kind, cc, 4000 + nets._asn, hosts)
    nets.all.append(net)
    return net


def build(rng: np.random.Generator, countries: list[str], cloud_regions: list[str]) -> Networks:
    """Three home ISPs and two carriers per country, cloud ranges, a VPN's exits."""
    nets = Networks()
    for cc in countries:
        nets.home[cc] = [_new(nets, rng, 16, "residential", cc, 60000) for _ in range(3)]
        # A carrier's CGNAT pool: few public addresses for very many subscribers.
        nets.mobile[cc] = [
            _new(nets, rng, 24, "mobile", cc, int(rng.integers(40, 120))) for _ in range(2)
        ]
    for cc in cloud_regions:
        nets.cloud += [_new(nets, rng, 24, "datacenter", cc, 250) for _ in range(3)]
    for cc in countries[:26]:
        nets.vpn.append(_new(nets, rng, 24, "proxy", cc, 30))
    return nets


def site(nets: Networks, rng: np.random.Generator, kind: str, cc: str, hosts: int) -> Net:
    """An organisation's own egress (campus NAT, office)."""
    return _new(nets, rng, 24, kind, cc, hosts)


def feed(nets: Networks, rng: np.random.Generator) -> list[tuple[str, str, int | None, str | None]]:
    """The feed as sold: ~10% of ranges missing, ~5% with a wrong kind, ~4% a stale country,
    ~3% without ASN or country; VPN exits sold as datacenter or proxy at random."""
    kinds = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
    rows: list[tuple[str, str, int | None, str | None]] = []
    all_cc = sorted({n.country for n in nets.all})
    for net in nets.all:
        u = rng.random(5)
        if u[0] < 0.10:
            continue
        kind = net.kind
        if kind == "proxy":
            kind = "datacenter" if u[1] < 0.5 else "proxy"
        elif u[1] < 0.05:
            kind = kinds[int(rng.integers(0, len(kinds)))]
        cc: str | None = net.country
        if u[2] < 0.04:
            cc = all_cc[int(rng.integers(0, len(all_cc)))]
        asn: int | None = net.asn
        if u[3] < 0.03:
            asn = None
        if u[4] < 0.03:
            cc = None
        rows.append((net.cidr, kind, asn, cc))
    order = rng.permutation(len(rows))
    return [rows[i] for i in order]
