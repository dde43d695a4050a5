"""Networks of hold-out 9: who reaches the provider from where, and an IP feed that is partly wrong.

Home ISPs (IPv4 and IPv6 with daily privacy addresses), mobile carriers behind CGNAT, campus
NAT, office egress, cloud regions, a commercial VPN, three resellers' exit pools and a
residential-proxy network that exits through ordinary home ranges.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import numpy as np

# country: (UTC offset in hours, weight among consumers)
COUNTRIES: dict[str, tuple[float, float]] = {
    "US": (-5, 18),
    "IN": (5.5, 10),
    "BR": (-3, 6),
    "GB": (0, 5),
    "DE": (1, 4),
    "FR": (1, 3.5),
    "JP": (9, 3),
    "KR": (9, 2.5),
    "ID": (7, 3.5),
    "VN": (7, 2.5),
    "PH": (8, 3),
    "MX": (-6, 3),
    "CA": (-5, 3),
    "ES": (1, 2.5),
    "IT": (1, 2),
    "PL": (1, 2),
    "TR": (3, 2),
    "NG": (1, 2.5),
    "KE": (3, 1.2),
    "EG": (2, 1.5),
    "AU": (10, 2),
    "NL": (1, 1.5),
    "SE": (1, 1),
    "AR": (-3, 1.5),
    "CO": (-5, 1.5),
    "PK": (5, 2),
    "BD": (6, 1.5),
    "TH": (7, 1.5),
    "SG": (8, 1),
    "HK": (8, 1),
    "TW": (8, 1.2),
    "UA": (2, 1),
    "CN": (8, 0.8),
    "RU": (3, 0.8),
    "IR": (3.5, 0.3),
    "AE": (4, 1),
    "SA": (3, 1),
    "ZA": (2, 1.2),
    "KZ": (5, 0.4),
    "BY": (3, 0.2),
}
RESTRICTED = ("CN", "RU", "IR", "BY", "KP")
CLOUD_REGIONS = ("US", "US", "US", "DE", "IE", "SG", "JP", "IN", "BR", "GB", "HK", "KR", "AU", "NL")


@dataclass(frozen=True)
class Net:
    cidr: str
    kind: str  # true kind
    country: str
    asn: int
    first: int  # first address as an int
    size: int
    v6: bool


class World:
    """All networks, built once per seed; addresses are drawn from them."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.nets: list[Net] = []
        self.by: dict[tuple[str, str], list[int]] = {}
        self._v4_next = int(rng.integers(20, 40)) << 24
        self._asn = 20000 + int(rng.integers(0, 5000))
        for c in COUNTRIES:
            for _ in range(3):
                self._add("residential", c, 16)
            self._add6("residential", c)
            for _ in range(2):
                self._add("mobile", c, 22)
            self._add6("mobile", c)
        for c in CLOUD_REGIONS:
            for _ in range(3):
                self._add("datacenter", c, 16)
        for c in COUNTRIES:
            self._add("vpn", c, 26)
        for r in range(3):
            for c in ("HK", "SG", "US", "JP", "DE", "KZ", "RU"):
                self._add(f"reseller{r}", c, 27)

    def _add(self, kind: str, country: str, prefix: int) -> Net:
        size = 1 << (32 - prefix)
        first = -(-self._v4_next // size) * size  # aligned, as a real allocation is
        while (first >> 24) in (100, 127, 169, 172, 192, 198, 203, 224):
            first = ((first >> 24) + 1) << 24
        self._v4_next = first + size
        self._asn += int(self.rng.integers(1, 40))
        cidr = f"{ipaddress.IPv4Address(first)}/{prefix}"
        net = Net(cidr, kind, country, self._asn, first, size, False)
        self._push(net)
        return net

    def site_net(self, kind: str, country: str) -> Net:
        """A new campus (/24) or office (/28) network for one organisation."""
        return self._add(kind, country, 24 if kind == "education" else 28)

    def _add6(self, kind: str, country: str) -> None:
        hi = (0x2400 + int(self.rng.integers(0, 0x0C00))) << 16 | int(self.rng.integers(0, 65536))
        first = hi << 96
        self._asn += int(self.rng.integers(1, 40))
        cidr = f"{ipaddress.IPv6Address(first)}/32"
        self._push(Net(cidr, kind, country, self._asn, first, 1 << 96, True))

    def _push(self, net: Net) -> None:
        self.by.setdefault((net.kind, net.country), []).append(len(self.nets))
        self.nets.append(net)

    def net(self, kind: str, country: str, v6: bool | None = None) -> Net:
        """A network of that kind in that country (nearest cloud region or VPN exit if none)."""
        ids = self.by.get((kind, country))
        if not ids:
            pool = [k for k in self.by if k[0] == kind]
            ids = self.by[pool[int(self.rng.integers(len(pool)))]]
        if v6 is not None:
            pick = [i for i in ids if self.nets[i].v6 == v6]
            ids = pick or ids
        return self.nets[ids[int(self.rng.integers(len(ids)))]]

    def addr(self, net: Net, host: int | None = None, day: int | None = None) -> str:
        """One address in a network: a fixed host if given, else a random one. On IPv6 a
        subscriber keeps its /64 and its privacy address changes once a day."""
        if net.v6:
            sub = int(host if host is not None else self.rng.integers(0, 1 << 31))
            if host is not None and day is not None:
                iid = ((sub * 0x9E3779B97F4A7C15) ^ (day * 0xC2B2AE3D27D4EB4F)) & (
                    (1 << 62) - 1
                ) | 1
            else:
                iid = int(self.rng.integers(1, 1 << 62))
            return str(ipaddress.IPv6Address(net.first | (sub << 64) | iid))
        h = int(host if host is not None else self.rng.integers(1, net.size - 1)) % (net.size - 2)
        return str(ipaddress.IPv4Address(net.first + 1 + h))

    def feed(self) -> dict[str, list]:
        """The IP-intelligence feed as a vendor would sell it: partly missing and partly wrong."""
        rng = self.rng
        out: dict[str, list] = {"cidr": [], "kind": [], "asn": [], "country": []}
        listed = {"vpn": "datacenter", "reseller0": "datacenter", "reseller1": "proxy"}
        kinds = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
        for net in self.nets:
            if rng.random() < 0.12:
                continue  # not in the feed at all
            kind = listed.get(net.kind, net.kind)
            if kind.startswith("reseller"):
                kind = "residential"  # rented home ranges, sold as residential
            if net.kind == "vpn" and rng.random() < 0.4:
                kind = "proxy"
            if rng.random() < 0.06:
                kind = kinds[int(rng.integers(len(kinds)))]
            country = net.country
            if rng.random() < 0.04:
                country = list(COUNTRIES)[int(rng.integers(len(COUNTRIES)))]
            out["cidr"].append(net.cidr)
            out["kind"].append(kind)
            out["asn"].append(None if rng.random() < 0.03 else net.asn)
            out["country"].append(None if rng.random() < 0.03 else country)
        return out
