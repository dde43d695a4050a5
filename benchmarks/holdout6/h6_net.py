"""Address space for hold-out 6: ISPs, carriers' CGNAT, clouds, campuses, offices, VPNs, resellers.

The IP-intelligence feed (``ip_ranges``) is deliberately imperfect, like a bought one: a
residential proxy exit is listed as ``residential`` (that is what it is), some reseller and VPN
ranges are listed as ``datacenter`` rather than ``proxy``, and a few ranges are missing.
"""

from __future__ import annotations

import ipaddress
import random
from dataclasses import dataclass, field

# code: (UTC offset in hours, language, weight among allowed-country users)
COUNTRIES: dict[str, tuple[float, str, float]] = {
    "US": (-6, "en", 26),
    "IN": (5.5, "en", 8),
    "BR": (-3, "pt", 5),
    "GB": (0, "en", 5),
    "DE": (1, "de", 5),
    "FR": (1, "fr", 4),
    "JP": (9, "ja", 4),
    "KR": (9, "ko", 3),
    "CA": (-5, "en", 3),
    "ES": (1, "es", 3),
    "MX": (-6, "es", 3),
    "ID": (7, "id", 3),
    "AU": (10, "en", 2),
    "IT": (1, "it", 2),
    "NL": (1, "en", 2),
    "PL": (1, "en", 2),
    "TR": (3, "tr", 2),
    "PH": (8, "en", 2),
    "VN": (7, "vi", 2),
    "SG": (8, "en", 2),
    "MY": (8, "en", 1.5),
    "TH": (7, "en", 1.5),
    "NG": (1, "en", 1.5),
    "EG": (2, "ar", 1),
    "AE": (4, "ar", 1),
    "TW": (8, "zh", 1),
    "KE": (3, "en", 0.7),
    "AR": (-3, "es", 1),
    "CO": (-5, "es", 1),
    "SE": (1, "en", 1),
    # restricted by the terms (users still appear: travellers, expatriates, VPNs, reseller exits)
    "CN": (8, "zh", 0),
    "HK": (8, "zh", 0),
    "RU": (3, "ru", 0),
    "IR": (3.5, "en", 0),
    "BY": (3, "ru", 0),
    "VE": (-4, "es", 0),
    "CU": (-5, "es", 0),
    "SY": (3, "ar", 0),
    "MO": (8, "zh", 0),
}
RESTRICTED = ["CN", "HK", "RU", "IR", "BY", "VE", "CU", "SY", "MO"]
ALLOWED = [c for c, v in COUNTRIES.items() if v[2] > 0]
ALLOWED_W = [COUNTRIES[c][2] for c in ALLOWED]
DC_COUNTRIES = ["US", "DE", "GB", "SG", "JP", "IN", "BR", "AU", "NL", "FR", "HK", "KR", "CA", "SE"]

_SKIP_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224}


def v4(n: int) -> str:
    return f"{(n >> 24) & 255}.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


@dataclass
class Block:
    base: int
    size: int
    v6: bool
    kind: str
    asn: int
    country: str

    def ip(self, rr: random.Random) -> str:
        if self.v6:
            return str(ipaddress.IPv6Address(self.base + rr.getrandbits(80)))
        return v4(self.base + rr.randrange(1, self.size - 1))

    def fixed(self, rr: random.Random) -> int:
        return (
            self.base + rr.randrange(1, self.size - 1)
            if not self.v6
            else self.base + rr.getrandbits(80)
        )


@dataclass
class Net:
    rr: random.Random
    feed: list[tuple[str, str, int | None, str | None]] = field(default_factory=list)
    residential: dict[str, list[Block]] = field(default_factory=dict)
    mobile: dict[str, list[list[str]]] = field(default_factory=dict)
    mobile6: dict[str, list[Block]] = field(default_factory=dict)
    datacenter: dict[str, list[Block]] = field(default_factory=dict)
    _v4_next: list[int] = field(default_factory=list)
    _asn: int = 0

    def __post_init__(self) -> None:
        firsts = [a for a in range(11, 223) if a not in _SKIP_FIRST]
        slots = [(a << 24) | (b << 16) for a in firsts for b in range(0, 256, 4)]
        self.rr.shuffle(slots)
        self._v4_next = slots
        self._asn = self.rr.randint(9000, 60000)

    def _asn_new(self) -> int:
        self._asn += self.rr.randint(1, 4000)
        return self._asn

    def block(
        self,
        kind: str,
        country: str,
        prefix: int,
        *,
        asn: int | None = None,
        v6: bool = False,
        feed_kind: str | None = None,
        in_feed: bool = True,
    ) -> Block:
        asn = asn if asn is not None else self._asn_new()
        if v6:
            base = (0x2A00 + self.rr.randrange(0, 0x1FF)) << 112 | self.rr.getrandbits(16) << 96
            b = Block(base, 1 << 96, True, kind, asn, country)
            cidr = f"{ipaddress.IPv6Address(base)}/32"
        else:
            slot = self._v4_next.pop()  # a /14 worth of space; take an aligned piece of it
            size = 1 << (32 - prefix)
            base = slot + (
                self.rr.randrange(0, max(1, (1 << 18) // size)) * size if prefix > 14 else 0
            )
            b = Block(base, size, False, kind, asn, country)
            cidr = f"{v4(base)}/{prefix}"
        if in_feed:
            self.feed.append(
                (cidr, feed_kind or kind, asn if self.rr.random() > 0.05 else None, country)
            )
        return b

    def build(self) -> None:
        for cc in COUNTRIES:
            isps = 3 if COUNTRIES[cc][2] >= 2 or cc in ("CN", "RU") else 2
            self.residential[cc] = []
            for _ in range(isps):
                asn = self._asn_new()
                self.residential[cc].append(
                    self.block("residential", cc, 14, asn=asn, in_feed=self.rr.random() > 0.03)
                )
                if self.rr.random() < 0.5:
                    self.residential[cc].append(self.block("residential", cc, 32, asn=asn, v6=True))
            self.mobile[cc] = []
            self.mobile6[cc] = []
            for _ in range(2):
                asn = self._asn_new()
                blk = self.block("mobile", cc, 20, asn=asn)
                pool_n = int(self.rr.choice([24, 48, 96]))
                self.mobile[cc].append(
                    [v4(blk.base + self.rr.randrange(1, blk.size - 1)) for _ in range(pool_n)]
                )
                if self.rr.random() < 0.6:
                    self.mobile6[cc].append(self.block("mobile", cc, 32, asn=asn, v6=True))
        providers = [self._asn_new() for _ in range(6)]
        for cc in DC_COUNTRIES:
            self.datacenter[cc] = [self.block("datacenter", cc, 16, asn=p) for p in providers[:4]]
            self.datacenter[cc].append(
                self.block("datacenter", cc, 18, asn=providers[4 + self.rr.randrange(2)])
            )

    # ---------------------------------------------------------------- per-account address helpers
    def home_ips(self, cc: str, rr: random.Random, k: int) -> list[str]:
        blk = rr.choice(self.residential[cc])
        if blk.v6:  # one delegated /64, privacy-extension interface ids
            prefix = blk.base + (rr.getrandbits(16) << 64)
            return [str(ipaddress.IPv6Address(prefix + rr.getrandbits(64))) for _ in range(k)]
        return [blk.ip(rr) for _ in range(k)]

    def mobile_pool(self, cc: str, rr: random.Random) -> list[str]:
        pools = self.mobile[cc]
        ips = list(rr.choice(pools))
        if self.mobile6[cc] and rr.random() < 0.5:
            b6 = rr.choice(self.mobile6[cc])
            ips += [b6.ip(rr) for _ in range(8)]
        return ips

    def dc_ips(self, cc: str, rr: random.Random, k: int) -> list[str]:
        blk = rr.choice(self.datacenter[cc if cc in self.datacenter else "US"])
        return [blk.ip(rr) for _ in range(k)]

    def dc_block(self, cc: str, rr: random.Random) -> Block:
        return rr.choice(self.datacenter[cc if cc in self.datacenter else "US"])

    def egress(
        self, kind: str, cc: str, k: int, *, feed_kind: str | None = None, in_feed: bool = True
    ) -> list[str]:
        prefix = 24 if kind == "education" else 28
        blk = self.block(kind, cc, prefix, feed_kind=feed_kind, in_feed=in_feed)
        return [v4(blk.base + 1 + i) for i in range(k)]

    def pool(
        self, countries: list[str], n: int, *, resi_share: float, feed_kind: str
    ) -> list[tuple[str, str]]:
        """An exit pool spanning countries: residential exits plus hosted ones (a reseller, a VPN)."""
        out: list[tuple[str, str]] = []
        hosted: dict[str, Block] = {}
        for _ in range(n):
            cc = self.rr.choice(countries)
            if self.rr.random() < resi_share:
                out.append((self.rr.choice(self.residential[cc]).ip(self.rr), cc))
            else:
                if cc not in hosted:
                    kind_in_feed = feed_kind if self.rr.random() < 0.6 else "datacenter"
                    hosted[cc] = self.block(
                        "proxy", cc, 24, feed_kind=kind_in_feed, in_feed=self.rr.random() > 0.1
                    )
                out.append((hosted[cc].ip(self.rr), cc))
        return out

    def resi_proxy(self, rr: random.Random, countries: list[str]) -> tuple[str, str]:
        cc = rr.choice(countries)
        if rr.random() < 0.3 and self.mobile[cc]:
            return rr.choice(rr.choice(self.mobile[cc])), cc
        return rr.choice(self.residential[cc]).ip(rr), cc
