"""The world of hold-out 19: clock, models, countries, networks, client strings and the
IP-intelligence feed as a vendor sells it (incomplete, partly wrong).

Networks are shared the way real ones are: carriers put many people behind a few CGNAT
addresses, campuses and offices behind a NAT, residential-proxy exits are ordinary home lines
(listed `residential` by any feed), VPN and reseller exits sit in hosting ranges.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np

START = datetime(2027, 8, 2, tzinfo=UTC)  # a Monday
DAYS = 28
RELEASE_DAY = 11
RELEASE_AT = START + timedelta(days=RELEASE_DAY, hours=16, minutes=20)
OLD_MODEL, OLD_MINI, OLDEST = "tern-3.5", "tern-3.5-mini", "tern-3"
NEW_MODEL = "tern-4"
MODEL_RELEASES = (
    (OLDEST, datetime(2026, 9, 14, 17, 0, tzinfo=UTC)),
    (OLD_MODEL, datetime(2027, 2, 23, 16, 0, tzinfo=UTC)),
    (OLD_MINI, datetime(2027, 3, 9, 16, 30, tzinfo=UTC)),
    (NEW_MODEL, RELEASE_AT),
)

# code: (utc offsets seen, weight for ordinary consumers)
COUNTRIES: dict[str, tuple[tuple[float, ...], float]] = {
    "US": ((-4, -5, -6, -7), 22),
    "CA": ((-4, -5, -7), 3),
    "MX": ((-6,), 3),
    "BR": ((-3,), 5),
    "AR": ((-3,), 1.5),
    "CO": ((-5,), 1.5),
    "GB": ((1,), 5),
    "IE": ((1,), 0.8),
    "DE": ((2,), 4),
    "FR": ((2,), 3.5),
    "ES": ((2,), 2.5),
    "IT": ((2,), 2.5),
    "NL": ((2,), 1.5),
    "PL": ((2,), 1.5),
    "SE": ((2,), 1),
    "TR": ((3,), 2),
    "EG": ((3,), 1.5),
    "NG": ((1,), 2),
    "KE": ((3,), 1),
    "ZA": ((2,), 1),
    "IN": ((5.5,), 8),
    "PK": ((5,), 1.5),
    "ID": ((7,), 3),
    "VN": ((7,), 1.5),
    "PH": ((8,), 2),
    "SG": ((8,), 1),
    "JP": ((9,), 3),
    "KR": ((9,), 2),
    "AU": ((10,), 2),
}
RESTRICTED = {"CN": (8,), "HK": (8,), "RU": (3,), "IR": (3.5,), "BY": (3,)}
CLOUD_REGIONS = (
    ("US", -5),
    ("US", -7),
    ("DE", 2),
    ("IE", 1),
    ("SG", 8),
    ("JP", 9),
    ("IN", 5.5),
    ("BR", -3),
    ("AU", 10),
    ("GB", 1),
    ("HK", 8),
)
FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com")
LOCAL_MAIL = {
    "DE": "gmx.de",
    "FR": "orange.fr",
    "JP": "yahoo.co.jp",
    "KR": "naver.com",
    "RU": "yandex.ru",
    "BR": "uol.com.br",
    "CN": "qq.com",
    "IN": "rediffmail.com",
}

BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:141.0) Gecko/20100101 Firefox/141.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 Edg/139.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
)
BROWSER_WEIGHTS = (0.14, 0.26, 0.14, 0.12, 0.08, 0.04, 0.12, 0.10)
APPS = (
    "TernApp/4.12.1 (iOS 18.5; iPhone15,3)",
    "TernApp/4.12.0 (iOS 18.4; iPhone14,2)",
    "TernApp/4.11.3 (Android 15; SM-S921B)",
    "TernApp/4.12.1 (Android 14; Pixel 8)",
    "TernApp/4.10.9 (Android 13; Redmi Note 12)",
)
CLIS = ("tern-cli/2.3.0 (darwin; arm64)", "tern-cli/2.3.1 (linux; x64)", "tern-cli/2.2.7 (win32)")
SDKS = (
    "tern-python/1.44.0",
    "tern-python/1.41.2",
    "tern-node/3.8.0",
    "tern-node/3.7.4",
    "tern-go/0.19.1",
    "langchain-tern/0.3.9",
    "litellm/1.74.2",
    "curl/8.5.0",
    "python-httpx/0.28.1",
    "tern-java/2.1.0",
)
IDE_PLUGINS = ("vscode-tern/1.9.4", "jetbrains-tern/0.8.2", "nvim-tern/0.4.0")


@dataclass
class Network:
    """One addressable network; `pool` holds its fixed exit addresses when it has few."""

    nid: int
    kind: str
    country: str
    asn: int
    cidr: str
    v6: bool = False
    pool: list[str] = field(default_factory=list)

    def host(self, rng: np.random.Generator) -> str:
        """A random address in the network (a household's line, a cloud VM)."""
        if self.pool:
            return self.pool[int(rng.integers(len(self.pool)))]
        net = ipaddress.ip_network(self.cidr)
        if self.v6:
            suffix = int(rng.integers(1, 2**62))
            return str(net.network_address + (suffix << 2))
        off = int(rng.integers(1, net.num_addresses - 1))
        return str(net.network_address + off)


class World:
    """Every network, allocated deterministically from the seed's generator."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.nets: list[Network] = []
        self._next16 = 0
        self._firsts = [
            23, 31, 37, 41, 45, 49, 58, 61, 62, 66, 73, 77, 81, 85, 89, 91, 94, 98, 101, 103,
            106, 109, 112, 117, 121, 124, 128, 134, 139, 145, 151, 157, 163, 170, 175, 180,
            185, 188, 193, 197, 201, 203, 207, 212, 217,
        ]  # fmt: skip
        rng.shuffle(self._firsts)
        self.home: dict[str, list[Network]] = {}
        self.mobile: dict[str, list[Network]] = {}
        self.cloud: list[Network] = []
        self.vpn: list[Network] = []
        self.reseller: list[Network] = []
        all_countries = list(COUNTRIES) + list(RESTRICTED)
        for cc in all_countries:
            self.home[cc] = [self._new16("residential", cc) for _ in range(2)]
            if rng.random() < 0.4:
                self.home[cc].append(self._new_v6("residential", cc))
            self.mobile[cc] = [self._nat("mobile", cc, 48) for _ in range(2)]
        for cc, _tz in CLOUD_REGIONS:
            self.cloud.append(self._new16("datacenter", cc))
        vpn_cc = ["US", "NL", "DE", "GB", "SG", "JP", "CA", "SE", "HK", "FR", "BR", "AU", "IN"]
        self.vpn = [self._nat("vpn", cc, 8) for cc in vpn_cc]
        res_cc = ["US", "SG", "HK", "DE", "RU", "JP", "NL", "VN"]
        self.reseller = [self._nat("reseller", cc, 14) for cc in res_cc]

    def _new16(self, kind: str, cc: str) -> Network:
        i = self._next16
        self._next16 += 1
        first = self._firsts[i % len(self._firsts)]
        second = (i // len(self._firsts)) * 53 % 256 + i % 7
        cidr = f"{first}.{second % 256}.0.0/16"
        net = Network(len(self.nets), kind, cc, 1000 + int(self.rng.integers(1, 60000)), cidr)
        self.nets.append(net)
        return net

    def _new_v6(self, kind: str, cc: str) -> Network:
        i = len(self.nets)
        cidr = f"2a0{i % 10}:{0x1000 + i * 17:x}::/32"
        net = Network(i, kind, cc, 1000 + int(self.rng.integers(1, 60000)), cidr, v6=True)
        self.nets.append(net)
        return net

    def _nat(self, kind: str, cc: str, n: int) -> Network:
        """A /24 with a few fixed exits: CGNAT, office, campus, VPN or reseller egress."""
        parent = self._new16(kind, cc)
        base = ipaddress.ip_network(parent.cidr).network_address + 256 * int(
            self.rng.integers(1, 250)
        )
        parent.cidr = f"{base}/24"
        offs = self.rng.choice(np.arange(2, 254), size=min(n, 250), replace=False)
        parent.pool = [str(base + int(o)) for o in sorted(offs)]
        return parent

    def office(self, cc: str, n: int = 6) -> Network:
        return self._nat("corporate", cc, n)

    def campus(self, cc: str, n: int = 12) -> Network:
        return self._nat("education", cc, n)

    def feed(self) -> list[tuple[str, str, int | None, str | None]]:
        """The IP-intelligence feed: ~8% of ranges missing, ~4% with a wrong kind, VPN and
        reseller exits sold as `proxy` or `datacenter` at random, a few null ASN / country."""
        rows = []
        kinds = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
        for net in self.nets:
            r = self.rng.random(4)
            if r[0] < 0.08:
                continue
            kind = net.kind
            if kind in ("vpn", "reseller"):
                kind = "proxy" if r[1] < 0.5 else "datacenter"
            elif r[1] < 0.04:
                kind = kinds[int(self.rng.integers(len(kinds)))]
            asn = None if r[2] < 0.02 else net.asn
            cc = None if r[3] < 0.02 else net.country
            rows.append((net.cidr, kind, asn, cc))
        return rows


def consumer_country(rng: np.random.Generator) -> str:
    names = list(COUNTRIES)
    w = np.array([COUNTRIES[c][1] for c in names])
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def tz_of(rng: np.random.Generator, cc: str) -> float:
    offsets = COUNTRIES.get(cc, (RESTRICTED.get(cc, (0,)), 0))[0]
    return float(offsets[int(rng.integers(len(offsets)))])


def browser(rng: np.random.Generator) -> str:
    return BROWSERS[int(rng.choice(len(BROWSERS), p=np.array(BROWSER_WEIGHTS)))]
