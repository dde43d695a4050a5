"""Hold-out 8's shared world: the window, models, networks (with an imperfect IP feed), client
strings, and the generic per-account row generator that every class parameterises."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

import numpy as np

START = np.datetime64("2027-04-05T00:00:00", "us")  # a Monday
DAYS = 35
US_PER_DAY = 86_400_000_000

OLD_MODELS = ("halcyon-3.5", "halcyon-3.5-mini", "halcyon-3")
# (new model, replaces, day offset + hour of release)
RELEASES = (("halcyon-4", "halcyon-3.5", 9.7), ("halcyon-4-mini", "halcyon-3.5-mini", 23.65))
MODELS = OLD_MODELS + tuple(r[0] for r in RELEASES)
PAST_RELEASES = (("halcyon-3", -300.0), ("halcyon-3.5", -140.0), ("halcyon-3.5-mini", -120.0))

TZ = {
    "US": -6,
    "CA": -5,
    "MX": -6,
    "BR": -3,
    "AR": -3,
    "CO": -5,
    "GB": 0,
    "IE": 0,
    "DE": 1,
    "FR": 1,
    "ES": 1,
    "IT": 1,
    "NL": 1,
    "PL": 1,
    "SE": 1,
    "TR": 3,
    "EG": 2,
    "NG": 1,
    "ZA": 2,
    "KE": 3,
    "SA": 3,
    "AE": 4,
    "IN": 5,
    "PK": 5,
    "BD": 6,
    "ID": 7,
    "VN": 7,
    "TH": 7,
    "PH": 8,
    "SG": 8,
    "MY": 8,
    "JP": 9,
    "KR": 9,
    "AU": 10,
    "NZ": 12,
    "CN": 8,
    "HK": 8,
    "RU": 3,
    "IR": 3,
    "BY": 3,
    "KP": 9,
    "UA": 2,
    "KZ": 5,
    "TW": 8,
}
CONSUMER_COUNTRIES = {
    "US": 20,
    "IN": 9,
    "BR": 5,
    "GB": 5,
    "DE": 5,
    "FR": 4,
    "JP": 4,
    "KR": 3,
    "ID": 3,
    "MX": 3,
    "ES": 3,
    "IT": 3,
    "CA": 3,
    "AU": 2,
    "TR": 2,
    "PL": 2,
    "NL": 2,
    "NG": 2,
    "PH": 2,
    "VN": 2,
    "EG": 1,
    "SA": 1,
    "AR": 2,
    "ZA": 1,
    "SE": 1,
    "SG": 1,
    "PK": 1,
    "BD": 1,
    "TH": 1,
    "MY": 1,
    "KE": 1,
    "AE": 1,
    "CO": 1,
    "IE": 1,
    "NZ": 1,
    "UA": 1,
    "KZ": 1,
    "TW": 1,
}
RESTRICTED = ("CN", "HK", "RU", "IR", "BY", "KP")

FREE_MAIL = {
    "gmail.com": 40,
    "outlook.com": 9,
    "yahoo.com": 5,
    "hotmail.com": 5,
    "icloud.com": 6,
    "proton.me": 3,
    "qq.com": 1,
    "163.com": 1,
    "yandex.ru": 1,
    "mail.ru": 1,
    "gmx.de": 1,
    "naver.com": 1,
    "web.de": 1,
}

WEB_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.{m} Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 15; SM-S92{m}B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 19_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.{m} Mobile/15E148 Safari/604.1",
]
APP_UA = [
    "Halcyon/2.{m}.{v} (iOS 19.{m}; iPhone16,{m})",
    "Halcyon/2.{m}.{v} (Android 15; Pixel 9)",
    "Halcyon/2.{m}.{v} (Android 14; SM-A55{m}F)",
    "HalcyonDesktop/1.{m}.{v} (macOS 16.{m})",
    "HalcyonDesktop/1.{m}.{v} (Windows 11)",
]
API_UA = [
    "halcyon-python/1.{v}.{m}",
    "halcyon-node/0.{v}.{m}",
    "OpenAI/Python 1.{v}.{m}",
    "python-requests/2.32.{m}",
    "python-httpx/0.28.{m}",
    "curl/8.{m}.0",
    "Go-http-client/2.0",
    "axios/1.7.{m}",
    "litellm/1.{v}.{m}",
    "langchain-halcyon/0.3.{m}",
    "okhttp/4.12.{m}",
    "Java-http-client/21.0.{m}",
]
CLI_UA = [
    "halcyon-code/1.{v}.{m} (linux; x64)",
    "halcyon-code/1.{v}.{m} (darwin; arm64)",
    "halcyon-code/1.{v}.{m} (win32; x64)",
]
UA_FAMILIES = {"web": WEB_UA, "app": APP_UA, "api": API_UA, "cli": CLI_UA}
SURFACES = ("api", "web", "app", "cli")


class Pool:
    """Interned strings: rows keep small integers, tables get dictionary arrays."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def add(self, s: str) -> int:
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i


@dataclass
class Net:
    base: int
    plen: int
    v6: bool
    kind: str  # the truth
    asn: int
    country: str
    hosts: int  # addresses in use (small for CGNAT and proxy exits)

    def ip(self, h: int) -> str:
        if self.v6:
            return str(ipaddress.IPv6Address(self.base + (h * 0x1_0000_0001) % (1 << 64)))
        return str(ipaddress.IPv4Address(self.base + 1 + h % ((1 << (32 - self.plen)) - 2)))

    def cidr(self) -> str:
        if self.v6:
            return f"{ipaddress.IPv6Address(self.base)}/{self.plen}"
        return f"{ipaddress.IPv4Address(self.base)}/{self.plen}"


class Networks:
    """Every address space the world uses, created on demand, each one recorded once."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.nets: list[Net] = []
        self.by_key: dict[tuple[str, str], list[int]] = {}
        self.used_v4: set[int] = set()

    def new(self, kind: str, country: str, v6: bool | None = None, hosts: int | None = None) -> int:
        rng = self.rng
        if v6 is None:
            v6 = kind in ("mobile", "residential") and rng.random() < 0.35
        if v6:
            head = int(rng.choice([0x2A01, 0x2A02, 0x2600, 0x2409, 0x2001, 0x2804, 0x2405, 0x2A00]))
            base = (head << 112) | (int(rng.integers(0, 1 << 40)) << 72)
            plen = 48 if kind != "datacenter" else 44
        else:
            while True:
                a = int(rng.integers(2, 223))
                if a in (10, 100, 127, 169, 172, 192, 198, 203):
                    continue
                plen = int(rng.choice([16, 18, 20, 22])) if kind != "proxy" else 24
                base = (a << 24) | (int(rng.integers(0, 1 << 24)) & ~((1 << (32 - plen)) - 1))
                if base >> 16 not in self.used_v4:
                    self.used_v4.add(base >> 16)
                    break
        if hosts is None:
            hosts = {
                "mobile": int(rng.integers(8, 40)),
                "education": int(rng.integers(2, 12)),
                "corporate": int(rng.integers(1, 6)),
            }.get(kind, 1 << 30)
        asn = int(rng.integers(1000, 270000))
        self.nets.append(Net(base, plen, v6, kind, asn, country, hosts))
        idx = len(self.nets) - 1
        self.by_key.setdefault((kind, country), []).append(idx)
        return idx

    def pick(self, kind: str, country: str, fresh: float = 0.15) -> int:
        have = self.by_key.get((kind, country), [])
        if not have or self.rng.random() < fresh or (kind == "residential" and len(have) < 4):
            return self.new(kind, country)
        return int(have[int(self.rng.integers(0, len(have)))])

    def address(self, net: int) -> str:
        n = self.nets[net]
        return n.ip(int(self.rng.integers(0, min(n.hosts, 1 << 30))))

    def feed(self) -> list[tuple[str, str, int | None, str | None]]:
        """An IP-intelligence feed as providers buy it: most ranges, some missing, some wrong
        (residential proxies mostly look residential; VPN exits sometimes corporate)."""
        rows = []
        kinds = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
        for n in self.nets:
            r = self.rng.random()
            if r < 0.12:
                continue  # missing
            kind = n.kind
            if n.kind == "proxy":
                kind = str(
                    self.rng.choice(["proxy", "residential", "datacenter"], p=[0.45, 0.4, 0.15])
                )
            elif r < 0.18:
                kind = str(self.rng.choice(kinds))
            asn = None if self.rng.random() < 0.05 else n.asn
            cc = None if self.rng.random() < 0.03 else n.country
            rows.append((n.cidr(), kind, asn, cc))
        return rows


def ua_string(rng: np.random.Generator, surface: str, fam: int | None = None) -> str:
    fams = UA_FAMILIES[surface]
    t = fams[int(rng.integers(0, len(fams))) if fam is None else fam % len(fams)]
    v = int(rng.integers(128, 141)) if surface == "web" else int(rng.integers(10, 60))
    return t.replace("{v}", str(v)).replace("{m}", str(int(rng.integers(0, 9))))


def hour_weights(pattern: str, tz: float, rng: np.random.Generator) -> np.ndarray:
    """Weights over UTC hours for a local-time rhythm."""
    h = np.arange(24)
    if pattern == "flat":
        w = np.ones(24) + rng.random(24) * 0.3
    elif pattern == "office":
        w = 0.08 + np.exp(-0.5 * ((h - 11.0) / 2.2) ** 2) + np.exp(-0.5 * ((h - 15.5) / 2.0) ** 2)
    elif pattern == "night":
        w = 0.2 + np.exp(-0.5 * ((h - 23.0) / 2.5) ** 2) + np.exp(-0.5 * ((h - 1.0) / 2.0) ** 2)
    else:  # human: morning, afternoon, evening peaks, each person their own mix
        a, b, c = rng.dirichlet([2, 2, 3])
        pk = rng.normal(0, 1.2)
        w = (
            0.03
            + a * np.exp(-0.5 * ((h - 9 - pk) / 1.8) ** 2)
            + b * np.exp(-0.5 * ((h - 15 - pk) / 2.2) ** 2)
            + c * np.exp(-0.5 * ((h - 21 - pk) / 2.0) ** 2)
        )
    w = np.roll(w, -int(round(tz)))  # local -> UTC
    return w / w.sum()


@dataclass
class Profile:
    """One account's behaviour: every class draws these, each account its own values."""

    n: int
    country: str
    first_day: float = 0.0
    last_day: float = DAYS
    day_share: float = 0.5  # share of days in its span with activity
    weekday_only: bool = False
    pattern: str = "human"
    tz: float | None = None
    surfaces: dict[str, float] = field(default_factory=lambda: {"web": 0.6, "app": 0.4})
    turns: float = 3.0  # mean exchanges per conversation
    gap_s: float = 60.0  # median seconds between turns
    nets: list[int] = field(default_factory=list)
    net_w: list[float] | None = None
    ip_fixed: bool = False  # one address per network for the whole window
    uas: dict[str, list[str]] = field(default_factory=dict)
    cats: dict[str, float] = field(
        default_factory=lambda: {"chat": 0.5, "general": 0.3, "coding": 0.2}
    )
    focus: int = 0  # >0: the account keeps returning to this many base prompts per category
    prefixes: list[int] | None = None  # None: uniform over all
    suffixes: list[int] | None = None
    system: list[int] | None = None
    system_share: float = 0.0
    tool_share: float = 0.0
    tools_n: tuple[int, int] = (1, 6)
    image_share: float = 0.02
    out_mu: float = 5.6
    out_sigma: float = 0.7
    err: float = 0.01
    rl: float = 0.002
    retain: float = 0.85
    model_w: tuple[float, float, float] = (0.7, 0.25, 0.05)
    adopt_h: tuple[float, float] = (2.0, 30.0)  # delay after each release (hours), per release
    adopt_p: float = 0.9
    keys: int = 0
    conv_null: float = 0.0
    incognito: float = 0.03
    feedback: float = 0.01
    safety: float = 0.002
    sessions_mult: float = 1.0
