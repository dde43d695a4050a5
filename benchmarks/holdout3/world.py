"""The world the third hold-out's traffic happens in: the 28-day window, the model line-up,
networks with the IP-intelligence feed an operator would buy, client strings and daily rhythms.

Written from public knowledge of how consumer and API traffic looks, not from the project's
simulator or detector.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import numpy as np

US = 1_000_000  # microseconds per second
HOUR = 3600 * US
DAY = 24 * HOUR
# Monday 2 February 2026, 00:00 UTC: four whole weeks, the month of the published report.
START = int(np.datetime64("2026-02-02T00:00:00", "us").astype(np.int64))
DAYS = 28

# The provider's line-up. Two releases fall inside the window: a flagship on a Tuesday
# evening (UTC) of week two and its small sibling in week three.
RELEASES = (
    ("corvid-3.5", "2025-05-14T16:00:00"),
    ("corvid-3.5-mini", "2025-07-22T16:00:00"),
    ("corvid-4", "2025-11-18T17:00:00"),
    ("corvid-4-mini", "2025-12-09T17:00:00"),
    ("corvid-4-code", "2026-01-20T17:00:00"),
    ("corvid-4.5", "2026-02-10T17:00:00"),
    ("corvid-4.5-mini", "2026-02-19T16:00:00"),
)
RELEASED = {m: int(np.datetime64(t, "us").astype(np.int64)) for m, t in RELEASES}
FLAGSHIP_NEW = "corvid-4.5"
MINI_NEW = "corvid-4.5-mini"

# Country: UTC offset (hours) of most of its users.
TZ = {
    "US": -6, "CA": -5, "MX": -6, "BR": -3, "AR": -3, "GB": 0, "IE": 0, "DE": 1, "FR": 1,
    "ES": 1, "IT": 1, "NL": 1, "PL": 1, "SE": 1, "TR": 3, "AE": 4, "IN": 5.5, "PK": 5,
    "SG": 8, "ID": 7, "VN": 7, "PH": 8, "JP": 9, "KR": 9, "TW": 8, "AU": 10, "NG": 1,
    "KE": 3, "ZA": 2, "EG": 2, "CN": 8, "HK": 8, "RU": 3, "IR": 3.5, "BY": 3,
}  # fmt: skip
# Where ordinary users sign up from, roughly by share of a large assistant's audience.
USER_COUNTRIES = (
    ("US", 24), ("IN", 9), ("BR", 5), ("GB", 5), ("DE", 4), ("FR", 4), ("CA", 3), ("JP", 3),
    ("ID", 3), ("MX", 3), ("ES", 3), ("KR", 3), ("PH", 2), ("VN", 2), ("TR", 2), ("IT", 2),
    ("PL", 2), ("NL", 2), ("AU", 2), ("NG", 2), ("PK", 2), ("EG", 1.5), ("AR", 1.5),
    ("TW", 1.5), ("SG", 1), ("AE", 1), ("KE", 1), ("ZA", 1), ("SE", 1), ("IE", 1),
)  # fmt: skip
RESTRICTED = ("CN", "HK", "RU", "IR", "BY")
LANG = {
    "BR": "pt", "AR": "es", "MX": "es", "ES": "es", "DE": "de", "FR": "fr", "JP": "ja",
    "KR": "ko", "CN": "zh", "HK": "zh", "TW": "zh", "RU": "ru", "BY": "ru", "IT": "it",
    "TR": "tr", "ID": "id", "VN": "vi",
}  # fmt: skip

# Local-hour weights (index = local hour).
HUMAN = np.array(
    [1.0, .6, .3, .2, .15, .2, .6, 1.5, 2.6, 3.4, 3.9, 4.0, 3.6, 3.9, 4.1, 4.0, 3.7, 3.3,
     3.2, 3.6, 3.9, 3.6, 2.8, 1.8]
)  # fmt: skip
WORK = np.array(
    [.05, .03, .02, .02, .02, .05, .2, .8, 2.5, 4, 4.2, 4, 3, 3.8, 4, 3.9, 3.4, 2.2, 1, .6,
     .5, .4, .25, .1]
)  # fmt: skip
EVENING = np.array(
    [2.2, 1.4, .7, .3, .2, .2, .3, .7, 1.2, 1.6, 1.9, 2.1, 2.2, 2.3, 2.5, 2.7, 3, 3.3, 3.7,
     4.2, 4.6, 4.7, 4.3, 3.3]
)  # fmt: skip
FLAT = np.ones(24)


@dataclass(frozen=True)
class Net:
    cidr: str
    kind: str  # the network's true nature
    asn: int
    country: str
    listed_as: str | None  # what the feed says (None: not in the feed)
    base: int
    size: int
    v6: bool = False

    def addr(self, k: int) -> str:
        """The k-th host of the network (wrapping), as text."""
        off = 1 + (int(k) % (self.size - 2))
        if self.v6:
            return str(ipaddress.IPv6Address(self.base + off))
        return str(ipaddress.IPv4Address(self.base + off))


class Networks:
    """Address space: every network the traffic uses, and the feed rows that describe them."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        pool = [(a, b) for a in range(11, 224) for b in range(0, 256, 4)]
        pool = [p for p in pool if p[0] not in (10, 100, 127, 169, 172, 192, 198, 203)]
        order = rng.permutation(len(pool))
        self._pool = [pool[i] for i in order]
        self._v6 = 0x2A00_0000
        self.nets: list[Net] = []
        self.by_tag: dict[str, list[Net]] = {}

    def add(
        self, tag: str, kind: str, country: str, prefix: int, listed: str | None | bool = True
    ) -> Net:
        a, b = self._pool.pop()
        base = (a << 24) | (b << 16)
        size = 1 << (32 - prefix)
        base += int(self.rng.integers(0, (1 << 18) // size)) * size if prefix > 14 else 0
        cidr = f"{ipaddress.IPv4Address(base)}/{prefix}"
        listed_as = kind if listed is True else (None if listed is False else listed)
        net = Net(cidr, kind, int(self.rng.integers(1000, 400000)), country, listed_as, base, size)
        self.nets.append(net)
        self.by_tag.setdefault(tag, []).append(net)
        return net

    def add6(self, tag: str, kind: str, country: str, listed: bool = True) -> Net:
        self._v6 += int(self.rng.integers(1, 4000))
        base = self._v6 << 96
        cidr = f"{ipaddress.IPv6Address(base)}/32"
        net = Net(cidr, kind, int(self.rng.integers(1000, 400000)), country,
                  kind if listed else None, base, 1 << 40, v6=True)  # fmt: skip
        self.nets.append(net)
        self.by_tag.setdefault(tag, []).append(net)
        return net

    def feed(self) -> list[dict[str, object]]:
        rows = []
        for n in self.nets:
            if n.listed_as is not None:
                rows.append({"cidr": n.cidr, "kind": n.listed_as, "asn": n.asn,
                             "country": n.country})  # fmt: skip
        return rows


def build_networks(rng: np.random.Generator) -> Networks:
    """ISPs, carriers, clouds, VPN and proxy providers, campuses and offices. The feed lists most
    of them with their kind; residential-proxy exits are ordinary home lines to it, and a few
    small hosts and carriers are missing or mislabelled, as in any purchased feed."""
    nw = Networks(rng)
    for c, _ in USER_COUNTRIES + (("CN", 1), ("HK", 1), ("RU", 1), ("IR", 1), ("BY", 1)):
        for i in range(3):
            nw.add(f"res:{c}", "residential", c, 16, listed=i != 2 or rng.random() < 0.5)
        nw.add(f"mob:{c}", "mobile", c, 18, listed=rng.random() < 0.85)
        if c in ("US", "IN", "DE", "GB", "JP", "BR", "FR", "CN", "RU"):
            nw.add6(f"res6:{c}", "residential", c, listed=rng.random() < 0.7)
            nw.add6(f"mob6:{c}", "mobile", c)
    clouds = ("US", "US", "US", "DE", "IE", "SG", "JP", "GB", "IN", "BR", "AU", "NL", "FR")
    for i, c in enumerate(clouds):
        nw.add(f"cloud:{i % 4}", "datacenter", c, 18)
        nw.add("cloud", "datacenter", c, 18)
    for c in ("US", "DE", "NL", "FR", "SG", "PL", "GB", "SE"):
        # Small VPS hosts: half of them are not in the feed.
        nw.add("vps", "datacenter", c, 20, listed=rng.random() < 0.5)
    for c in ("US", "GB", "DE", "NL", "SG", "JP", "HK", "AE", "TR", "SE", "CA", "AU"):
        nw.add("vpn", "proxy", c, 22, listed=rng.random() < 0.8)
    # A commercial proxy provider's datacenter egress (hydra pools buy from these).
    for c in ("US", "US", "DE", "NL", "SG", "JP", "GB", "FR", "CA", "KR"):
        nw.add("dcproxy", "datacenter", c, 21, listed=("proxy" if rng.random() < 0.55 else True))
    # The partner reseller's exit pool: cloud ranges in many regions.
    for c in ("US", "SG", "JP", "DE", "HK", "GB", "AE", "IN"):
        nw.add("reseller", "datacenter", c, 22, listed=True)
    for c, n in (("US", 4), ("GB", 2), ("DE", 1), ("IN", 2), ("SG", 1), ("BR", 1), ("KR", 1)):
        for _ in range(n):
            nw.add("campus", "education", c, 20, listed=rng.random() < 0.8)
    for c in ("US", "US", "GB", "DE", "FR", "IN", "JP", "SG"):
        nw.add("office", "corporate", c, 24, listed=rng.random() < 0.6)
    return nw


def pick_country(rng: np.random.Generator) -> str:
    names = [c for c, _ in USER_COUNTRIES]
    w = np.array([s for _, s in USER_COUNTRIES], dtype=float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


# ---- client strings ---------------------------------------------------------------------


def browser_ua(rng: np.random.Generator) -> str:
    r = rng.random()
    cv = int(rng.integers(118, 134))
    if r < 0.45:
        os_ = ("Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7",
               "X11; Linux x86_64")[int(rng.choice(3, p=[0.62, 0.3, 0.08]))]  # fmt: skip
        return (f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{cv}.0.0.0 Safari/537.36")  # fmt: skip
    if r < 0.62:
        v = int(rng.integers(16, 19))
        return (f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                f"(KHTML, like Gecko) Version/{v}.{int(rng.integers(0, 6))} Safari/605.1.15")  # fmt: skip
    if r < 0.72:
        v = int(rng.integers(120, 136))
        return f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
    if r < 0.82:
        return (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                f"Gecko) Chrome/{cv}.0.0.0 Safari/537.36 Edg/{cv}.0.0.0")  # fmt: skip
    if r < 0.92:
        return (f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{int(rng.integers(0, 7))} like Mac OS X) "
                "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")  # fmt: skip
    return (f"Mozilla/5.0 (Linux; Android 14; SM-S91{int(rng.integers(0, 9))}B) AppleWebKit/537.36 "
            f"(KHTML, like Gecko) Chrome/{cv}.0.0.0 Mobile Safari/537.36")  # fmt: skip


def app_ua(rng: np.random.Generator) -> str:
    build = int(rng.integers(1400, 1530))
    if rng.random() < 0.55:
        return (
            f"CorvidApp/1.{build % 100} (iPhone; iOS 17.{int(rng.integers(0, 7))}; build {build})"
        )
    return f"CorvidApp/1.{build % 100} (Android {int(rng.integers(11, 15))}; build {build})"


SDKS = (
    ("corvid-python/{a}.{b}.{c}", 0.38), ("corvid-node/{a}.{b}.{c}", 0.18),
    ("python-httpx/0.{b}.{c}", 0.08), ("python-requests/2.{b}.{c}", 0.08),
    ("OpenAI/Python 1.{b}.{c}", 0.08), ("Go-http-client/1.1", 0.04), ("curl/8.{b}.{c}", 0.04),
    ("langchain-corvid/0.{b}.{c}", 0.06), ("axios/1.{b}.{c}", 0.04), ("okhttp/4.{b}.{c}", 0.02),
)  # fmt: skip


def sdk_ua(rng: np.random.Generator, family: str | None = None) -> str:
    if family is None:
        w = np.array([p for _, p in SDKS])
        family = SDKS[int(rng.choice(len(SDKS), p=w / w.sum()))][0]
    return family.format(a=int(rng.integers(0, 3)), b=int(rng.integers(1, 30)),
                         c=int(rng.integers(0, 12)))  # fmt: skip


def cli_ua(rng: np.random.Generator) -> str:
    os_ = ("darwin arm64", "linux x86_64", "darwin x64", "windows x64")[int(rng.integers(0, 4))]
    return f"corvid-cli/0.{int(rng.integers(6, 12))}.{int(rng.integers(0, 9))} ({os_})"


# ---- time -------------------------------------------------------------------------------


def day_times(
    rng: np.random.Generator,
    day: int,
    n: int,
    tz: float,
    profile: np.ndarray,
    session: float = 4.0,
    gap_s: float = 70.0,
) -> np.ndarray:
    """n request times (µs since epoch, UTC) on a local day: sessions that start at hours drawn
    from `profile`, with requests inside a session `gap_s` apart (log-normal) on median."""
    if n <= 0:
        return np.empty(0, dtype=np.int64)
    p = profile / profile.sum()
    out = []
    left = n
    while left > 0:
        k = min(left, 1 + int(rng.geometric(1.0 / session)) - 1 or 1)
        hour = rng.choice(24, p=p)
        t0 = START + day * DAY + int((hour + rng.random() - tz) * HOUR)
        gaps = rng.lognormal(np.log(gap_s), 0.7, size=k)
        gaps[0] = 0
        out.append(t0 + np.cumsum(gaps * US).astype(np.int64))
        left -= k
    return np.concatenate(out)


def active_days(rng: np.random.Generator, share: float, weekend: float = 1.0,
                first: int = 0, last: int = DAYS) -> np.ndarray:  # fmt: skip
    """Days (0-based) on which an actor is active: each with probability `share`, scaled by
    `weekend` on Saturdays and Sundays (day 0 is a Monday)."""
    days = np.arange(first, last)
    p = np.where(days % 7 >= 5, share * weekend, share)
    return days[rng.random(len(days)) < np.clip(p, 0, 1)]
