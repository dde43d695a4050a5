"""Hold-out 18's world: clock, models, networks and the IP feed, accounts, and the row sink.

Everything is drawn from generators seeded by (seed, name) through SHA-256, so a run is the same
bytes under any PYTHONHASHSEED and another seed changes every draw.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

START = datetime(2028, 11, 6, tzinfo=timezone.utc)  # a Monday
DAYS = 28
DAY_US = 86_400_000_000
HOUR_US = 3_600_000_000
START_US = int(START.timestamp()) * 1_000_000
REL5 = START_US + 10 * DAY_US + 16 * HOUR_US  # tarn-5 replaces tarn-4
REL5M = START_US + 19 * DAY_US + 17 * HOUR_US + 30 * 60_000_000  # tarn-5-mini replaces tarn-4-mini
MODEL_RELEASES = (
    ("tarn-4", datetime(2028, 5, 20, 17, 0, tzinfo=timezone.utc)),
    ("tarn-4-mini", datetime(2028, 7, 8, 16, 0, tzinfo=timezone.utc)),
    ("tarn-5", datetime.fromtimestamp(REL5 / 1e6, tz=timezone.utc)),
    ("tarn-5-mini", datetime.fromtimestamp(REL5M / 1e6, tz=timezone.utc)),
)


def rng_for(seed: int, name: str) -> random.Random:
    digest = hashlib.sha256(f"holdout18:{seed}:{name}".encode()).digest()
    return random.Random(int.from_bytes(digest[:16], "big"))


def mix(*parts: int) -> int:
    """A 64-bit integer hash of integers (splitmix64 steps), independent of PYTHONHASHSEED."""
    x = 0x9E3779B97F4A7C15
    for p in parts:
        x = (x ^ (p & 0xFFFFFFFFFFFFFFFF)) * 0xBF58476D1CE4E5B9 & 0xFFFFFFFFFFFFFFFF
        x = (x ^ (x >> 31)) * 0x94D049BB133111EB & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 29
    return x


# ---------------------------------------------------------------- countries
# code, UTC offset (hours, standard time in November), weight among consumers
COUNTRIES = (
    ("US", -5, 20),
    ("US", -8, 9),
    ("GB", 0, 6),
    ("DE", 1, 5),
    ("FR", 1, 4),
    ("IN", 5.5, 9),
    ("BR", -3, 5),
    ("JP", 9, 4),
    ("KR", 9, 3),
    ("CA", -5, 3),
    ("AU", 11, 2),
    ("MX", -6, 3),
    ("ES", 1, 2),
    ("IT", 1, 2),
    ("NL", 1, 1.5),
    ("PL", 1, 1.5),
    ("SE", 1, 1),
    ("TR", 3, 2),
    ("ID", 7, 3),
    ("PH", 8, 2.5),
    ("VN", 7, 2),
    ("NG", 1, 2),
    ("KE", 3, 1),
    ("ZA", 2, 1),
    ("EG", 2, 1.5),
    ("AR", -3, 1.5),
    ("SG", 8, 1),
    ("AE", 4, 1),
    ("PK", 5, 1.5),
    ("UA", 2, 1),
)
RESTRICTED = {"CN": 8, "RU": 3, "IR": 3.5, "KP": 9}
OFFSET = {c: o for c, o, _ in COUNTRIES} | RESTRICTED | {"US": -5}


@dataclass
class Net:
    """One network: a block of addresses with the kind the world knows it to be."""

    name: str
    kind: str  # residential, mobile, datacenter, education, corporate, proxy(vpn)
    country: str
    asn: int
    base: int  # first IPv4 address as an integer
    size: int  # addresses in the block
    prefix: int  # CIDR length
    v6: str | None = None  # an IPv6 /32 prefix text, for home and mobile lines

    def addr(self, n: int) -> str:
        a = self.base + n % self.size
        return f"{a >> 24}.{(a >> 16) & 255}.{(a >> 8) & 255}.{a & 255}"

    def addr6(self, n: int) -> str:
        h = mix(n, self.asn)
        return f"{self.v6}:{(h >> 48) & 0xFFFF:x}:{(h >> 32) & 0xFFFF:x}::{h & 0xFFFF:x}"

    @property
    def cidr(self) -> str:
        return f"{self.addr(0)}/{self.prefix}"


@dataclass
class Networks:
    home: dict[str, list[Net]] = field(default_factory=dict)
    mobile: dict[str, Net] = field(default_factory=dict)
    cloud: dict[str, Net] = field(default_factory=dict)  # region -> net
    vpn: list[Net] = field(default_factory=list)
    special: dict[str, Net] = field(default_factory=dict)  # named egresses
    all: list[Net] = field(default_factory=list)


_FIRST_OCTETS = tuple(o for o in range(24, 223) if o not in (100, 127, 169, 172, 192, 198, 203))
CLOUD_REGIONS = (
    ("us-east-1", "US", 14618),
    ("us-west-2", "US", 16509),
    ("eu-west-1", "IE", 16509),
    ("eu-central-1", "DE", 16509),
    ("ap-southeast-1", "SG", 16509),
    ("ap-northeast-1", "JP", 16509),
    ("gcp-us-central1", "US", 396982),
    ("gcp-europe-west4", "NL", 396982),
    ("az-eastus", "US", 8075),
    ("az-westeurope", "NL", 8075),
    ("hetzner-fsn", "DE", 24940),
    ("ovh-gra", "FR", 16276),
    ("do-sgp1", "SG", 14061),
    ("do-ams3", "NL", 14061),
)


class NetFactory:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[int] = set()
        self.nets = Networks()
        self.asn = 20000

    def block(self, prefix: int) -> int:
        while True:
            a = self.rng.choice(_FIRST_OCTETS)
            b = self.rng.randrange(256)
            c = self.rng.randrange(256)
            key = (a << 8) | b
            if key in self.used:
                continue
            self.used.add(key)
            base = (a << 24) | (b << 16) | (c << 8)
            size = 1 << (32 - prefix)
            return base & ~(size - 1) & 0xFFFFFFFF

    def net(
        self,
        name: str,
        kind: str,
        country: str,
        prefix: int,
        asn: int | None = None,
        v6: bool = False,
    ) -> Net:
        if asn is None:
            self.asn += self.rng.randrange(3, 900)
            asn = self.asn
        v6p = (
            f"2{self.rng.randrange(0x400, 0xA00):03x}:{self.rng.randrange(0x1000, 0xFFFF):x}"
            if v6
            else None
        )
        n = Net(name, kind, country, asn, self.block(prefix), 1 << (32 - prefix), prefix, v6p)
        self.nets.all.append(n)
        return n


def build_networks(seed: int) -> Networks:
    f = NetFactory(rng_for(seed, "networks"))
    nets = f.nets
    codes = sorted({c for c, _, _ in COUNTRIES} | set(RESTRICTED) - {"KP"})
    for cc in codes:
        nets.home[cc] = [f.net(f"{cc}-isp{i}", "residential", cc, 16, v6=True) for i in range(2)]
        nets.mobile[cc] = f.net(f"{cc}-mobile", "mobile", cc, 20, v6=True)
    # North Korea's one public allocation (175.45.176.0/22): hotels and foreigners' SIMs
    kp = Net(
        "KP-star", "residential", "KP", 131279, (175 << 24) | (45 << 16) | (176 << 8), 1024, 22
    )
    nets.all.append(kp)
    nets.home["KP"] = [kp]
    nets.mobile["KP"] = kp
    for region, cc, asn in CLOUD_REGIONS:
        nets.cloud[region] = f.net(region, "datacenter", cc, 16, asn=asn)
    for cc in ("NL", "US", "SE", "CH", "SG", "GB", "DE", "JP"):
        nets.vpn.append(f.net(f"vpn-{cc}", "proxy", cc, 24, asn=209103))
    nets.special["apps_script"] = f.net("apps-script", "datacenter", "US", 20, asn=15169)
    for i, (cc, asn) in enumerate((("US", 14618), ("DE", 24940), ("US", 396982))):
        nets.special[f"byok{i}"] = f.net(f"byok-platform{i}", "datacenter", cc, 25, asn=asn)
    nets.special["proxyhost0"] = f.net("vps-bulk0", "datacenter", "NL", 24, asn=202425)
    nets.special["proxyhost1"] = f.net("vps-bulk1", "datacenter", "US", 24, asn=62904)
    nets.special["scheduler"] = f.net("tarn-scheduler", "datacenter", "US", 24, asn=399112)
    return nets


def new_org_net(f_rng: random.Random, nets: Networks, kind: str, country: str, seed_n: int) -> Net:
    """A small office, school or campus egress block (/28)."""
    base_net = nets.home[country][0] if country in nets.home else nets.home["US"][0]
    off = (mix(seed_n, 77) % (base_net.size // 16 - 2)) * 16 + 16
    n = Net(
        f"{kind}-{seed_n}",
        kind,
        country,
        base_net.asn + 1 + f_rng.randrange(5000),
        (base_net.base ^ 0x00800000) + off,
        16,
        28,
    )
    nets.all.append(n)
    return n


# ---------------------------------------------------------------- accounts
@dataclass
class Account:
    account_id: str
    label: str
    created_at: int  # microseconds UTC
    tier: str
    channel: str
    payment: str | None
    email_domain: str | None
    declared: str | None
    org_id: str | None
    country: str = "US"  # where the person or company actually is
    offset: float = -5.0
    retain: float = 0.7  # share of replies kept in the log


_B32 = "abcdefghijklmnopqrstuvwxyz234567"


def token(rng: random.Random, n: int) -> str:
    return "".join(_B32[rng.randrange(32)] for _ in range(n))


CONSUMER_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "hotmail.com",
    "proton.me",
    "gmx.de",
    "yandex.ru",
    "qq.com",
    "naver.com",
    "mail.ru",
    "web.de",
)


def make_account(
    rng: random.Random,
    label: str,
    *,
    tier: str,
    channel: str,
    country: str,
    age_days: float,
    payment: str | None = None,
    domain: str | None = None,
    org: str | None = None,
    declared: str | None = "same",
) -> Account:
    created = START_US - int(age_days * DAY_US) + rng.randrange(DAY_US)
    if domain is None and rng.random() > 0.02:
        domain = rng.choice(CONSUMER_DOMAINS)
    if payment == "own":
        payment = "pf_" + token(rng, 14)
    dec = country if declared == "same" else declared
    if rng.random() < 0.03:
        dec = None
    off = OFFSET.get(country, 0.0)
    if country == "US" and rng.random() < 0.35:
        off = -8.0
    return Account(
        "acct_" + token(rng, 14),
        label,
        created,
        tier,
        channel,
        payment,
        domain,
        dec,
        org,
        country,
        off,
    )


def pick_country(rng: random.Random) -> str:
    total = sum(w for _, _, w in COUNTRIES)
    x = rng.random() * total
    for c, _, w in COUNTRIES:
        x -= w
        if x <= 0:
            return c
    return "US"


# ---------------------------------------------------------------- clocks
RHYTHMS: dict[str, tuple[float, ...]] = {
    "human": (
        2,
        1,
        0.6,
        0.4,
        0.3,
        0.4,
        1,
        2,
        3,
        4,
        4.5,
        5,
        5.5,
        5,
        4.5,
        4.5,
        4.5,
        5,
        5.5,
        6.5,
        7,
        6.5,
        5,
        3.5,
    ),
    "office": (
        0.1,
        0.05,
        0.05,
        0.05,
        0.05,
        0.1,
        0.3,
        1.5,
        5,
        8,
        8,
        7.5,
        5,
        7,
        8,
        8,
        7,
        4,
        1.2,
        0.6,
        0.5,
        0.4,
        0.3,
        0.2,
    ),
    "evening": (
        2,
        1,
        0.4,
        0.2,
        0.2,
        0.2,
        0.4,
        0.8,
        1,
        1.2,
        1.4,
        1.5,
        2,
        1.6,
        1.6,
        1.8,
        2.5,
        4,
        6,
        7.5,
        8,
        7.5,
        6,
        4,
    ),
    "school": (
        0.2,
        0.1,
        0,
        0,
        0,
        0,
        0.2,
        1.5,
        5,
        6,
        6,
        5,
        5,
        6,
        5,
        3,
        3.5,
        4,
        4,
        4.5,
        4.5,
        3.5,
        2,
        0.8,
    ),
    "flat": tuple([1.0] * 24),
    "flatday": (
        2,
        1.6,
        1.4,
        1.3,
        1.3,
        1.5,
        2,
        3,
        4,
        4.6,
        4.8,
        4.8,
        4.6,
        4.6,
        4.8,
        4.8,
        4.6,
        4.3,
        4,
        3.8,
        3.6,
        3.3,
        3,
        2.5,
    ),
}
_CUM: dict[str, list[float]] = {}
for _k, _w in RHYTHMS.items():
    _t = 0.0
    _c = []
    for _x in _w:
        _t += _x
        _c.append(_t)
    _CUM[_k] = [v / _t for v in _c]


def local_hour(rng: random.Random, rhythm: str) -> float:
    x = rng.random()
    cum = _CUM[rhythm]
    h = 0
    while cum[h] < x:
        h += 1
    return h + rng.random()


def at(day: int, hour_local: float, offset: float) -> int:
    """UTC microseconds of a local hour on a window day (may fall just outside the window)."""
    return START_US + day * DAY_US + int((hour_local - offset) * HOUR_US)


def weekday(day: int) -> int:
    return day % 7  # day 0 is a Monday


def in_window(ts: int) -> bool:
    return START_US <= ts < START_US + DAYS * DAY_US


# ---------------------------------------------------------------- models
def consumer_model(ts: int, lag_h: float, mini: bool) -> str:
    if mini:
        return "tarn-5-mini" if ts > REL5M + int(lag_h * HOUR_US) else "tarn-4-mini"
    return "tarn-5" if ts > REL5 + int(lag_h * HOUR_US) else "tarn-4"


def pinned_model(ts: int, move_days: float | None, mini: bool) -> str:
    """API traffic keeps its pinned model until the developer moves it (or never)."""
    rel = REL5M if mini else REL5
    if move_days is not None and ts > rel + int(move_days * DAY_US):
        return "tarn-5-mini" if mini else "tarn-5"
    return "tarn-4-mini" if mini else "tarn-4"


def api_move(rng: random.Random) -> float | None:
    return None if rng.random() < 0.4 else rng.lognormvariate(1.2, 0.8)
