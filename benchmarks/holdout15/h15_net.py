"""Hold-out 15's networks: countries and their clocks, home ISPs, carriers behind CGNAT, office and
campus egress, clouds, a commercial VPN, a residential-proxy service and an API aggregator's exit
pool, plus the IP-intelligence feed as a vendor would sell it (gaps, stale and wrong rows)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# code, UTC offset (hours), weight among consumers, language
COUNTRIES: tuple[tuple[str, float, float, str], ...] = (
    ("US", -6, 22, "en"), ("GB", 0, 6, "en"), ("CA", -5, 3, "en"), ("AU", 10, 2, "en"),
    ("DE", 1, 5, "de"), ("FR", 1, 4, "fr"), ("ES", 1, 3, "es"), ("IT", 1, 3, "it"),
    ("NL", 1, 2, "nl"), ("PL", 1, 2, "en"), ("SE", 1, 1, "en"), ("IE", 0, 1, "en"),
    ("BR", -3, 5, "pt"), ("MX", -6, 3, "es"), ("AR", -3, 1.5, "es"), ("CO", -5, 1.5, "es"),
    ("IN", 5.5, 7, "en"), ("ID", 7, 3, "id"), ("PH", 8, 2, "en"), ("VN", 7, 1.5, "en"),
    ("JP", 9, 3, "ja"), ("KR", 9, 2, "en"), ("SG", 8, 1, "en"), ("TW", 8, 1, "en"),
    ("TR", 3, 2, "tr"), ("NG", 1, 1.5, "en"), ("KE", 3, 1, "en"), ("ZA", 2, 1, "en"),
    ("EG", 2, 1, "en"), ("AE", 4, 1, "en"), ("UA", 2, 1, "en"), ("PT", 0, 1, "pt"),
)  # fmt: skip
RESTRICTED = ("CN", "HK", "RU", "IR", "BY", "KP")
_TZ = {c: tz for c, tz, _, _ in COUNTRIES} | {
    "CN": 8,
    "HK": 8,
    "RU": 3,
    "IR": 3.5,
    "BY": 3,
    "KP": 9,
}
_LANG = {c: lang for c, _, _, lang in COUNTRIES}
CLOUD_REGIONS = ("US", "US", "US", "DE", "IE", "GB", "SG", "JP", "IN", "BR", "AU", "KR", "FR", "CA")
VPN_COUNTRIES = ("US", "GB", "DE", "NL", "SE", "JP", "SG", "CA", "FR", "CH", "ES", "AU", "HK", "TR")


def tz_of(country: str) -> float:
    return float(_TZ.get(country, 0))


def lang_of(country: str) -> str:
    return _LANG.get(country, "en")


def consumer_country(rng: np.random.Generator) -> str:
    w = np.array([c[2] for c in COUNTRIES])
    return COUNTRIES[int(rng.choice(len(COUNTRIES), p=w / w.sum()))][0]


@dataclass
class Feed:
    """Ranges as they really are: (cidr, kind, asn, country)."""

    rows: list[tuple[str, str, int, str]] = field(default_factory=list)


class Allocator:
    """Hands out /16, /24 and smaller blocks from a seed-shuffled list of public first octets."""

    def __init__(self, rng: np.random.Generator) -> None:
        firsts = [
            o for o in range(11, 224) if o not in (100, 127, 169, 172, 192, 198, 203, 10, 126)
        ]
        self._firsts = [int(x) for x in rng.permutation(firsts)]
        self._n16 = 0
        self._rng = rng
        self._asn = 1000 + int(rng.integers(1000, 5000))

    def block16(self) -> tuple[int, int]:
        n = self._n16
        self._n16 += 1
        k = len(self._firsts)
        return self._firsts[n % k], (n // k * 97 + 13) % 256

    def asn(self) -> int:
        self._asn += int(self._rng.integers(1, 400))
        return self._asn


@dataclass(frozen=True)
class Pool:
    """A set of addresses of one kind in one country (an ISP's /16, a carrier's NAT pool, an
    office's egress, a cloud /24...)."""

    kind: str
    country: str
    prefix: str  # "a.b" for a /16, "a.b.c" for a /24
    hosts: tuple[int, ...] = ()  # fixed host numbers (NAT pools, egress); empty = any

    def addr(self, n: int) -> str:
        if self.prefix.count(".") == 1:
            return f"{self.prefix}.{(n >> 8) % 254 + 1}.{n % 254 + 1}"
        if self.hosts:
            return f"{self.prefix}.{self.hosts[n % len(self.hosts)]}"
        return f"{self.prefix}.{n % 254 + 1}"


class World:
    """Every network the population uses, built once per seed."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.alloc = Allocator(rng)
        self.feed = Feed()
        self.isps: dict[str, list[Pool]] = {}
        self.carriers: dict[str, list[Pool]] = {}
        self.clouds: list[Pool] = []
        self.vpn: dict[str, Pool] = {}
        self._sub24: dict[tuple[int, int], int] = {}
        every = sorted({c[0] for c in COUNTRIES} | set(RESTRICTED) | set(VPN_COUNTRIES))
        for c in every:
            self.isps[c] = [self._pool16("residential", c) for _ in range(3)]
            self.carriers[c] = [self._nat("mobile", c, 96) for _ in range(2)]
        for region in CLOUD_REGIONS:
            for _ in range(3):
                self.clouds.append(self._pool24("datacenter", region))
        for c in VPN_COUNTRIES:
            self.vpn[c] = self._pool24("proxy", c)
        self.aggregator = [self._pool24("datacenter", c) for c in ("US", "SG", "DE", "HK")]

    def _pool16(self, kind: str, country: str) -> Pool:
        a, b = self.alloc.block16()
        self.feed.rows.append((f"{a}.{b}.0.0/16", kind, self.alloc.asn(), country))
        return Pool(kind, country, f"{a}.{b}")

    def _pool24(self, kind: str, country: str) -> Pool:
        a, b = self.alloc.block16()
        c = int(self.rng.integers(0, 256))
        self.feed.rows.append((f"{a}.{b}.{c}.0/24", kind, self.alloc.asn(), country))
        return Pool(kind, country, f"{a}.{b}.{c}")

    def _nat(self, kind: str, country: str, n: int) -> Pool:
        base = self._pool24(kind, country)
        hosts = tuple(int(h) for h in sorted(self.rng.choice(np.arange(1, 255), n, replace=False)))
        return Pool(kind, country, base.prefix, hosts)

    def egress(self, kind: str, country: str, n: int) -> Pool:
        """An organisation's own egress (office or campus NAT): n addresses in a fresh /24."""
        return self._nat(kind, country, n)

    def home(self, country: str) -> Pool:
        pools = self.isps.get(country) or self.isps["US"]
        return pools[int(self.rng.integers(len(pools)))]

    def carrier(self, country: str) -> Pool:
        pools = self.carriers.get(country) or self.carriers["US"]
        return pools[int(self.rng.integers(len(pools)))]

    def cloud(self, region: str | None = None) -> Pool:
        pools = [p for p in self.clouds if region is None or p.country == region] or self.clouds
        return pools[int(self.rng.integers(len(pools)))]

    def ip_ranges(self, rng: np.random.Generator) -> list[tuple[str, str, int | None, str | None]]:
        """The feed as sold: ~9% of ranges missing, ~5% a wrong kind, ~3% a stale country, ~3%
        without ASN or country; VPN exits listed as proxy or datacenter at random."""
        kinds = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
        codes = sorted(_TZ)
        out: list[tuple[str, str, int | None, str | None]] = []
        for cidr, kind, asn, country in self.feed.rows:
            r = rng.random(5)
            if r[0] < 0.09:
                continue
            if kind == "proxy" and r[1] < 0.5:
                kind = "datacenter"
            elif r[1] > 0.95:
                kind = kinds[int(rng.integers(len(kinds)))]
            cty: str | None = country
            if r[2] < 0.03:
                cty = codes[int(rng.integers(len(codes)))]
            asn_v: int | None = asn
            if r[3] < 0.015:
                asn_v = None
            if r[4] < 0.015:
                cty = None
            out.append((cidr, kind, asn_v, cty))
        return out


@dataclass
class Net:
    """How one account reaches the service: weighted egress choices. A choice is sticky for a
    conversation; home lines keep an address for `lease_days`."""

    choices: list[tuple[float, str, Pool]]  # weight, mode, pool
    lease_days: float = 5.0
    salt: int = 0
    fixed: tuple[int, ...] = ()  # an account's own VMs (host numbers) on a cloud pool

    def pick(self, rng: np.random.Generator, day: int) -> tuple[str, str]:
        """(ip, true country) for one conversation starting on `day`."""
        i = 0
        if len(self.choices) > 1:
            w = [c[0] for c in self.choices]
            u = rng.random() * sum(w)
            while i < len(w) - 1 and u >= w[i]:
                u -= w[i]
                i += 1
        _, mode, pool = self.choices[i]
        if mode == "home":
            epoch = int(day // self.lease_days)
            return pool.addr((self.salt * 7919 + epoch * 104729) % 64516), pool.country
        if mode == "vm" and self.fixed:
            return pool.addr(self.fixed[int(rng.random() * len(self.fixed))]), pool.country
        return pool.addr(int(rng.random() * 64516)), pool.country
