"""The world the traffic runs in: networks and the IP-intelligence feed, clients, models and
releases, clocks, and the row sinks that accounts and exchanges are written to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np
from text import pick

Rng = np.random.Generator
US = 1_000_000  # microseconds per second
DAY = 86_400

RESTRICTED = ("CN", "RU", "IR", "KP")
COUNTRIES = (
    "US",
    "GB",
    "DE",
    "FR",
    "IN",
    "BR",
    "JP",
    "KR",
    "CA",
    "AU",
    "ES",
    "IT",
    "NL",
    "SG",
    "MX",
    "ID",
    "TR",
    "PL",
    "VN",
    "HK",
    "CN",
    "RU",
    "IR",
)
# UTC offset (hours) per country, for human hours
TZ = {
    "US": -6,
    "GB": 0,
    "DE": 1,
    "FR": 1,
    "IN": 5,
    "BR": -3,
    "JP": 9,
    "KR": 9,
    "CA": -5,
    "AU": 10,
    "ES": 1,
    "IT": 1,
    "NL": 1,
    "SG": 8,
    "MX": -6,
    "ID": 7,
    "TR": 3,
    "PL": 1,
    "VN": 7,
    "HK": 8,
    "CN": 8,
    "RU": 3,
    "IR": 3,
    "IE": 0,
    "KP": 9,
}
LANG_OF = {
    "US": "en",
    "GB": "en",
    "CA": "en",
    "AU": "en",
    "IN": "en",
    "SG": "en",
    "DE": "de",
    "FR": "fr",
    "BR": "pt",
    "JP": "ja",
    "KR": "ko",
    "ES": "es",
    "MX": "es",
    "IT": "it",
    "NL": "en",
    "ID": "en",
    "TR": "tr",
    "PL": "en",
    "VN": "en",
    "HK": "zh",
    "CN": "zh",
    "RU": "ru",
    "IR": "en",
}
# share of ordinary users by country (a global consumer service with restricted regions)
USER_COUNTRY_P = {
    "US": 24,
    "GB": 6,
    "DE": 6,
    "FR": 5,
    "IN": 10,
    "BR": 6,
    "JP": 5,
    "KR": 4,
    "CA": 4,
    "AU": 3,
    "ES": 4,
    "IT": 3,
    "NL": 2,
    "SG": 1,
    "MX": 4,
    "ID": 3,
    "TR": 2,
    "PL": 2,
    "VN": 2,
    "HK": 1,
}

HUMAN_HOURS = np.array(
    [
        1,
        0.6,
        0.4,
        0.3,
        0.3,
        0.5,
        1,
        2,
        3.5,
        5,
        6,
        6,
        5,
        5.5,
        6,
        6,
        5.5,
        5,
        4.5,
        4.5,
        5,
        4.5,
        3.5,
        2,
    ],
    float,
)
WORK_HOURS = np.array(
    [
        0.1,
        0.05,
        0.05,
        0.05,
        0.05,
        0.1,
        0.3,
        1,
        4,
        7,
        8,
        8,
        6,
        7,
        8,
        8,
        7,
        5,
        2,
        1,
        0.8,
        0.6,
        0.4,
        0.2,
    ],
    float,
)
EVENING_HOURS = np.array(
    [
        1,
        0.5,
        0.2,
        0.1,
        0.1,
        0.2,
        0.4,
        0.8,
        1,
        1,
        1,
        1.2,
        1.5,
        1.5,
        1.5,
        2,
        3,
        4,
        5,
        6,
        7,
        7,
        5,
        2.5,
    ],
    float,
)
FLAT_HOURS = np.ones(24)
for _h in (HUMAN_HOURS, WORK_HOURS, EVENING_HOURS, FLAT_HOURS):
    _h /= _h.sum()

BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{m} Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
)
APPS = (
    "LumenApp/5.{m}.{p} (iPhone; iOS 18.{m}; Scale/3.00)",
    "LumenApp/5.{m}.{p} (Android 15; Pixel 8)",
    "LumenApp/5.{m}.{p} (Android 14; SM-S918B)",
    "LumenApp/5.{m}.{p} (iPad; iPadOS 18.{m})",
)
SDKS = (
    "lumen-python/0.{v}.{p}",
    "lumen-typescript/0.{v}.{p}",
    "openai-python/1.{v}.{p}",
    "python-httpx/0.28.{p}",
    "langchain-core/0.3.{p}",
    "llama-index/0.12.{p}",
    "litellm/1.{v}.{p}",
    "axios/1.7.{p}",
    "node-fetch/3.3.{p}",
    "curl/8.{p}.0",
    "Go-http-client/2.0",
    "okhttp/4.12.{p}",
    "aiohttp/3.11.{p}",
    "python-requests/2.32.{p}",
)
CLIS = (
    "lumen-cli/1.{m}.{p} (darwin arm64)",
    "lumen-cli/1.{m}.{p} (linux x64)",
    "lumen-cli/1.{m}.{p} (win32 x64)",
)


def ua(rng: Rng, family: tuple[str, ...]) -> str:
    s = pick(rng, family)
    return (
        s.replace("{v}", str(int(rng.integers(120, 134))))
        .replace("{m}", str(int(rng.integers(0, 6))))
        .replace("{p}", str(int(rng.integers(0, 20))))
    )


@dataclass
class Net:
    cidr: str
    kind: str  # true nature
    asn: int
    country: str
    feed_kind: str | None  # what the IP-intelligence feed says; None = not in the feed
    base: int  # integer of the first address (IPv4) or None-equivalent for v6 via prefix
    v6: bool
    size: int  # usable host count we draw from

    def addr(self, i: int) -> str:
        i = i % self.size
        if self.v6:
            return f"{self.cidr.split('::')[0]}:{(i >> 16) & 0xFFFF:x}:{i & 0xFFFF:x}::{(i * 7919) % 65521 + 1:x}"
        n = self.base + 1 + i
        return f"{n >> 24}.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


@dataclass
class Networks:
    """Allocates non-overlapping public-looking ranges and remembers the feed rows."""

    rng: Rng
    nets: list[Net] = field(default_factory=list)
    _used16: set[int] = field(default_factory=set)
    _used6: set[int] = field(default_factory=set)
    _asn: int = 20000

    def add(
        self,
        kind: str,
        country: str,
        prefix: int = 16,
        feed: str | None = "same",
        v6: bool = False,
        asn: int | None = None,
    ) -> Net:
        if asn is None:
            self._asn += int(self.rng.integers(1, 900))
            asn = self._asn
        feed_kind = kind if feed == "same" else feed
        if v6:
            while True:
                h = int(self.rng.integers(0x2A00, 0x2A10)) << 16 | int(self.rng.integers(0, 0xFFFF))
                if h not in self._used6:
                    self._used6.add(h)
                    break
            cidr = f"{h >> 16:x}:{h & 0xFFFF:x}::/32"
            net = Net(cidr, kind, asn, country, feed_kind, 0, True, 1 << 24)
        else:
            while True:
                a = int(self.rng.integers(24, 223))
                if a in (100, 127, 169, 172, 192, 198, 203):
                    continue
                b = int(self.rng.integers(0, 256))
                if a << 8 | b not in self._used16:
                    self._used16.add(a << 8 | b)
                    break
            c = (
                int(self.rng.integers(0, 256)) & (0xFF << (24 - prefix)) & 0xFF
                if prefix > 16
                else 0
            )
            base = (a << 24) | (b << 16) | (c << 8)
            net = Net(
                f"{a}.{b}.{c}.0/{prefix}",
                kind,
                asn,
                country,
                feed_kind,
                base,
                False,
                (1 << (32 - prefix)) - 2,
            )
        self.nets.append(net)
        return net

    def feed_rows(self) -> list[tuple[str, str, int, str]]:
        return [
            (n.cidr, n.feed_kind, n.asn, n.country) for n in self.nets if n.feed_kind is not None
        ]


@dataclass
class Infra:
    """Named pools of networks every population draws from."""

    residential: dict[str, list[Net]]
    mobile: dict[str, list[Net]]
    cloud: list[Net]  # datacenter ranges across providers/regions
    vpn: list[Net]  # commercial VPN / proxy providers
    campuses: list[Net]
    offices: list[Net]
    reseller_pools: list[list[Net]]


def build_infra(rng: Rng) -> tuple[Networks, Infra]:
    nw = Networks(rng)
    res: dict[str, list[Net]] = {}
    mob: dict[str, list[Net]] = {}
    for cc in COUNTRIES:
        res[cc] = [
            nw.add("residential", cc, feed="same" if rng.random() < 0.85 else None)
            for _ in range(2)
        ]
        res[cc].append(
            nw.add("residential", cc, v6=True, feed="same" if rng.random() < 0.7 else None)
        )
        mob[cc] = [nw.add("mobile", cc, feed="same" if rng.random() < 0.8 else None)]
    cloud_cc = ("US", "US", "US", "DE", "SG", "JP", "GB", "IE", "IN", "BR", "NL", "KR")
    cloud = []
    for p in range(8):  # providers
        asn = 14000 + p * 37
        for cc in cloud_cc[: 4 + p % 6]:
            cloud.append(
                nw.add("datacenter", cc, feed="same" if rng.random() < 0.9 else None, asn=asn)
            )
    vpn = []
    for p in range(6):
        asn = 60000 + p * 11
        for cc in ("US", "NL", "DE", "SG", "JP", "GB", "HK"):
            # feeds label most VPN ranges as proxy, some only as datacenter
            vpn.append(
                nw.add(
                    "proxy",
                    cc,
                    prefix=20,
                    feed="proxy" if rng.random() < 0.65 else "datacenter",
                    asn=asn,
                )
            )
    campuses = [
        nw.add(
            "education",
            pick(rng, ("US", "GB", "DE", "IN", "KR", "JP", "CA", "AU", "FR", "BR")),
            feed="education" if rng.random() < 0.8 else None,
        )
        for _ in range(40)
    ]
    offices = [
        nw.add(
            "corporate",
            pick(rng, ("US", "GB", "DE", "FR", "IN", "JP", "CA", "NL", "SG")),
            prefix=24,
            feed="corporate" if rng.random() < 0.55 else None,
        )
        for _ in range(80)
    ]
    pools = []
    for _r in range(3):  # three resellers / aggregators with shared exit pools
        pools.append(
            [
                nw.add(
                    "datacenter",
                    cc,
                    prefix=24,
                    feed=pick(rng, ("datacenter", "datacenter", "proxy")),
                )
                for cc in ("US", "SG", "DE")
            ]
        )
    return nw, Infra(res, mob, cloud, vpn, campuses, offices, pools)


@dataclass
class Models:
    releases: list[tuple[str, int]]  # (model, released_at us)
    new_flagship: str
    new_at: int  # us


def build_models(start_us: int, days: int) -> Models:
    def t(y: int, m: int, d: int, h: int = 17) -> int:
        return int(datetime(y, m, d, h, tzinfo=timezone.utc).timestamp()) * US

    new_at = start_us + int(days * 0.55) * DAY * US + 17 * 3600 * US
    rel = [
        ("lumen-3", t(2025, 3, 4)),
        ("lumen-3-mini", t(2025, 3, 4)),
        ("lumen-3.5", t(2025, 9, 23)),
        ("lumen-3.5-mini", t(2025, 11, 18)),
        ("lumen-4", new_at),
        ("lumen-4-mini", new_at + 3 * 3600 * US),
    ]
    return Models(rel, "lumen-4", new_at)


def consumer_model(rng: Rng, models: Models, ts: int) -> str:
    """Web/app users get the default model; the default flips within hours of a release."""
    lag = 2 * 3600 * US
    r = rng.random()
    if ts >= models.new_at + lag * rng.random():
        return "lumen-4" if r < 0.85 else ("lumen-4-mini" if r < 0.95 else "lumen-3.5")
    return "lumen-3.5" if r < 0.85 else ("lumen-3.5-mini" if r < 0.97 else "lumen-3")


class Rows:
    """Columnar row store."""

    def __init__(self, cols: tuple[str, ...]):
        self.cols = cols
        self.data: dict[str, list] = {c: [] for c in cols}

    def add(self, *values) -> None:  # noqa: ANN002
        for c, v in zip(self.cols, values, strict=True):
            self.data[c].append(v)

    def __len__(self) -> int:
        return len(self.data[self.cols[0]])


EX_COLS = (
    "ts",
    "account_id",
    "api_key_id",
    "conversation_id",
    "surface",
    "model",
    "ip",
    "country",
    "user_agent",
    "prompt",
    "system_prompt",
    "response",
    "input_tokens",
    "output_tokens",
    "tool_count",
    "has_image",
    "status",
    "incognito",
    "safety_flagged",
    "feedback",
)
ACC_COLS = (
    "account_id",
    "created_at",
    "tier",
    "signup_channel",
    "payment_fingerprint",
    "email_domain",
    "declared_country",
    "org_id",
)
LABEL_COLS = ("account_id", "label", "class", "campaign_id")


class World:
    """Everything a population needs: rng, clock, infra, models, and the sinks."""

    def __init__(self, seed: int, days: int, start: datetime):
        self.rng = np.random.default_rng(seed)
        self.idrng = np.random.default_rng([seed, 7])  # ids from their own stream
        self.days = days
        self.start = int(start.timestamp()) * US
        self.end = self.start + days * DAY * US
        self.netw, self.infra = build_infra(np.random.default_rng([seed, 1]))
        self.models = build_models(self.start, days)
        self.ex = Rows(EX_COLS)
        self.acc = Rows(ACC_COLS)
        self.lab = Rows(LABEL_COLS)
        self._ids: set[str] = set()

    def new_id(self, prefix: str, nbytes: int = 6) -> str:
        while True:
            s = prefix + self.idrng.bytes(nbytes).hex()
            if s not in self._ids:
                self._ids.add(s)
                return s

    def account(
        self,
        label: str,
        cls: str,
        campaign: str | None,
        *,
        created_at: int,
        tier: str,
        channel: str,
        payment: str | None,
        email: str | None,
        country: str | None,
        org: str | None,
    ) -> str:
        aid = self.new_id("acct_")
        self.acc.add(aid, created_at, tier, channel, payment, email, country, org)
        self.lab.add(aid, label, cls, campaign)
        return aid

    def emit(
        self,
        ts: int,
        aid: str,
        key: str | None,
        conv: str | None,
        surface: str,
        model: str,
        ip: str,
        cc: str,
        agent: str | None,
        prompt: str,
        system: str | None,
        resp: str | None,
        itok: int,
        otok: int,
        tools: int = 0,
        image: bool = False,
        status: int = 200,
        incognito: bool = False,
        flagged: bool = False,
        feedback: bool = False,
    ) -> None:
        if not (self.start <= ts < self.end):
            return
        if status != 200:
            resp, otok = None, 0
        self.ex.add(
            ts,
            aid,
            key,
            conv,
            surface,
            model,
            ip,
            cc,
            agent,
            prompt,
            system,
            resp,
            itok,
            otok,
            tools,
            image,
            status,
            incognito,
            flagged,
            feedback,
        )

    # --- clocks --------------------------------------------------------------------------
    def day_start(self, d: int) -> int:
        return self.start + d * DAY * US

    def local_time(self, rng: Rng, d: int, tz: float, hours: np.ndarray) -> int:
        h = int(rng.choice(24, p=hours))
        sec = (h - tz) * 3600 + rng.random() * 3600
        return self.day_start(d) + int(sec * US)

    def weekday(self, d: int) -> int:
        return (datetime.fromtimestamp(self.day_start(d) / US, tz=timezone.utc).weekday()) % 7


def tokens(text: str) -> int:
    return max(1, len(text) // 4)
