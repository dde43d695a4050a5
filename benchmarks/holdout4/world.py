"""The network world of hold-out 4: countries, address blocks, the IP-intelligence feed, clients."""

from __future__ import annotations

import ipaddress
import random
from dataclasses import dataclass, field

# country: (weight among ordinary users, UTC offset in hours, local language)
COUNTRIES: dict[str, tuple[float, int, str]] = {
    "US": (28, -6, "en"),
    "IN": (9, 5, "en"),
    "GB": (6, 0, "en"),
    "DE": (5, 1, "de"),
    "BR": (5, -3, "pt"),
    "FR": (4, 1, "fr"),
    "JP": (4, 9, "ja"),
    "CA": (4, -5, "en"),
    "KR": (3, 9, "ko"),
    "ES": (3, 1, "es"),
    "MX": (3, -6, "es"),
    "AU": (2, 10, "en"),
    "NL": (2, 1, "en"),
    "IT": (2, 1, "en"),
    "PL": (2, 1, "en"),
    "ID": (2, 7, "en"),
    "TR": (2, 3, "en"),
    "SG": (1.5, 8, "en"),
    "VN": (1.5, 7, "en"),
    "NG": (1.5, 1, "en"),
    "AR": (1.5, -3, "es"),
    "SE": (1, 1, "en"),
    "ZA": (1, 2, "en"),
    "AE": (1, 4, "ar"),
    "IL": (1, 2, "en"),
    "UA": (1, 2, "ru"),
    "TW": (1, 8, "zh"),
    "EG": (1, 2, "ar"),
    # regions the provider's terms exclude: few ordinary users, but travellers, expats and VPN users
    "CN": (0, 8, "zh"),
    "HK": (0, 8, "zh"),
    "RU": (0, 3, "ru"),
    "IR": (0, 3, "ar"),
    "BY": (0, 3, "ru"),
}
RESTRICTED = ["CN", "HK", "RU", "IR", "BY"]
CLOUD_COUNTRIES = [
    "US",
    "US",
    "US",
    "DE",
    "NL",
    "GB",
    "SG",
    "JP",
    "IN",
    "BR",
    "FR",
    "AU",
    "CA",
    "KR",
]


@dataclass
class Net:
    cidr: str
    kind: str
    asn: int
    country: str
    base: int
    size: int
    v6: bool = False
    pool: list[str] = field(
        default_factory=list
    )  # NAT: the few addresses everyone behind it shares

    def addr(self, rng: random.Random) -> str:
        if self.pool:
            return rng.choice(self.pool)
        return self.fresh(rng)

    def fresh(self, rng: random.Random) -> str:
        if self.v6:
            return str(
                ipaddress.IPv6Address(self.base + (rng.getrandbits(32) << 64) + rng.getrandbits(64))
            )
        return str(ipaddress.IPv4Address(self.base + rng.randrange(2, self.size - 2)))


class World:
    """Address blocks by kind and country, built deterministically from ``rng``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.nets: list[Net] = []
        self._next4 = int(ipaddress.IPv4Address("31.4.0.0"))
        self._asn = 20000
        self.res: dict[str, list[Net]] = {}
        self.mob: dict[str, list[Net]] = {}
        self.cloud: dict[str, list[Net]] = {}
        self.vpn: list[Net] = []
        for cc in COUNTRIES:
            self.res[cc] = [self._v4(cc, "residential", 16) for _ in range(3)]
            self.mob[cc] = []
            for i in range(2):
                if i == 1 and rng.random() < 0.4:
                    self.mob[cc].append(self._v6(cc, "mobile"))
                else:
                    n = self._v4(cc, "mobile", 16)
                    n.pool = [n.fresh(rng) for _ in range(96)]  # carrier-grade NAT
                    self.mob[cc].append(n)
        for cc in CLOUD_COUNTRIES:
            self.cloud.setdefault(cc, []).append(self._v4(cc, "datacenter", 16))
        for cc in ["US", "NL", "SE", "GB", "DE", "SG", "JP", "CA", "CH", "RO"]:
            self.vpn.append(self._v4(cc, "proxy", 22))
        # residential proxy pool: real households' addresses whose bandwidth is sold; the same
        # addresses carry those households' own traffic
        self.resi_exits: list[tuple[str, str]] = []
        for cc in ["US"] * 8 + ["GB", "DE", "CA", "JP", "SG", "AU", "FR", "BR", "IN", "NL", "KR"]:
            for _ in range(160):
                self.resi_exits.append((rng.choice(self.res[cc]).fresh(rng), cc))
        self.known_proxy_exits = set(
            rng.sample(range(len(self.resi_exits)), len(self.resi_exits) // 6)
        )

    def _v4(self, cc: str, kind: str, prefix: int) -> Net:
        size = 1 << (32 - prefix)
        base = (self._next4 + size - 1) // size * size
        self._next4 = base + size
        if (self._next4 >> 24) in (100, 127, 169, 172, 192, 198, 203, 224):
            self._next4 = (self._next4 >> 24) + 1 << 24
        self._asn += 1
        n = Net(f"{ipaddress.IPv4Address(base)}/{prefix}", kind, self._asn, cc, base, size)
        self.nets.append(n)
        return n

    def _v6(self, cc: str, kind: str) -> Net:
        self._asn += 1
        base = int(
            ipaddress.IPv6Address(
                f"2a0{self.rng.randrange(1, 9)}:{self.rng.randrange(4096, 65535):x}::"
            )
        )
        n = Net(f"{ipaddress.IPv6Address(base)}/32", kind, self._asn, cc, base, 1 << 96, v6=True)
        self.nets.append(n)
        return n

    def nat(self, cc: str, kind: str, n_addr: int) -> Net:
        """A campus, office or reseller egress: its own block, a handful of shared addresses."""
        n = self._v4(cc, kind, 24)
        n.pool = [n.fresh(self.rng) for _ in range(n_addr)]
        return n

    def cloud_net(self, cc: str | None = None) -> Net:
        cc = cc if cc in self.cloud else self.rng.choice(CLOUD_COUNTRIES)
        return self.rng.choice(self.cloud[cc])

    def home(self, cc: str) -> str:
        return self.rng.choice(self.res[cc]).fresh(self.rng)

    def mobile(self, cc: str) -> str:
        return self.rng.choice(self.mob[cc]).addr(self.rng)

    def feed_rows(self) -> list[dict]:
        """The IP-intelligence feed: most blocks, some mislabelled, some missing; known proxy exits as /32."""
        rows = []
        for n in self.nets:
            r = self.rng.random()
            if r < 0.06:
                continue  # not covered
            kind = n.kind
            if kind == "corporate" and r < 0.35:
                kind = "datacenter"
            if kind == "proxy" and r < 0.3:
                kind = "datacenter"
            if kind == "education" and r < 0.2:
                kind = "corporate"
            rows.append({"cidr": n.cidr, "kind": kind, "asn": n.asn, "country": n.country})
        for i in sorted(self.known_proxy_exits):
            ip, cc = self.resi_exits[i]
            rows.append({"cidr": f"{ip}/32", "kind": "proxy", "asn": None, "country": cc})
        return rows


# --- client strings --------------------------------------------------------------------------


def browser_uas(rng: random.Random, k: int) -> list[str]:
    out = []
    for _ in range(k):
        v = rng.randrange(128, 134)
        r = rng.random()
        if r < 0.55:
            os_ = rng.choice(
                [
                    "Windows NT 10.0; Win64; x64",
                    "Macintosh; Intel Mac OS X 10_15_7",
                    "X11; Linux x86_64",
                ]
            )
            out.append(
                f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
            )
        elif r < 0.75:
            out.append(
                f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                f"Version/18.{rng.randrange(0, 3)} Safari/605.1.15"
            )
        elif r < 0.9:
            out.append(
                f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
            )
        else:
            out.append(
                f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"
            )
    return out


def app_uas(rng: random.Random, k: int) -> list[str]:
    out = []
    for _ in range(k):
        if rng.random() < 0.5:
            out.append(
                f"NimbusApp/2.{rng.randrange(10, 16)}.{rng.randrange(0, 6)} (iOS 18.{rng.randrange(0, 3)}; "
                f"iPhone{rng.randrange(13, 17)},{rng.randrange(1, 4)})"
            )
        else:
            out.append(
                f"NimbusApp/2.{rng.randrange(10, 16)}.{rng.randrange(0, 6)} (Android {rng.randrange(12, 16)}; "
                f"{rng.choice(['Pixel 8', 'SM-S921B', 'SM-A546B', 'moto g84', 'Xiaomi 13T', 'OnePlus 12'])})"
            )
    return out


SDKS = [
    ("nimbus-python", (1, 40, 52)),
    ("nimbus-node", (4, 2, 9)),
    ("OpenAI/Python", (1, 50, 60)),
    ("OpenAI/JS", (4, 70, 78)),
    ("langchain-nimbus", (0, 2, 4)),
    ("python-httpx", (0, 26, 28)),
    ("python-requests", (2, 31, 33)),
    ("curl", (8, 4, 11)),
    ("Go-http-client", (2, 0, 1)),
    ("okhttp", (4, 10, 13)),
    ("LiteLLM", (1, 50, 56)),
    ("llama-index", (0, 11, 13)),
    ("axios", (1, 6, 8)),
    ("Java-http-client", (17, 0, 2)),
    ("aiohttp", (3, 9, 12)),
    ("nimbus-go", (0, 5, 9)),
    ("nimbus-java", (2, 1, 4)),
    ("reqwest", (0, 11, 13)),
]


def sdk_uas(rng: random.Random, k: int, families: list[str] | None = None) -> list[str]:
    pool = [s for s in SDKS if families is None or s[0] in families] or SDKS
    out = []
    for _ in range(k):
        name, (major, lo, hi) = rng.choice(pool)
        out.append(f"{name}/{major}.{rng.randrange(lo, hi + 1)}.{rng.randrange(0, 9)}")
    return out


def cli_uas(rng: random.Random, k: int) -> list[str]:
    out = []
    for _ in range(k):
        plat = rng.choice(["darwin-arm64", "linux-x64", "win32-x64"])
        out.append(
            rng.choice(
                [
                    f"nimbus-cli/0.{rng.randrange(8, 13)}.{rng.randrange(0, 9)} ({plat})",
                    f"aider/0.{rng.randrange(68, 75)}.{rng.randrange(0, 4)}",
                    f"continue-dev/1.{rng.randrange(0, 3)}.{rng.randrange(0, 30)} ({plat})",
                    f"opencode/0.{rng.randrange(1, 6)}.{rng.randrange(0, 20)}",
                ]
            )
        )
    return out
