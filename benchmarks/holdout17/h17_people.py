"""Who is who in hold-out 17: account rows, client strings and where each account connects from.

Campaigns and legitimate classes build their accounts with the same factory and the same
network habits; a habit is an object whose `at` gives the address of one session.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np
from h17_emit import DAY, Account, Emitter
from h17_net import RESTRICTED, SERVED, SERVED_WEIGHTS, TZ, Networks
from h17_text import Corpora

BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
)
APPS = (
    "FjordApp/4.12.1 (iOS 18.2)",
    "FjordApp/4.12.0 (Android 15)",
    "FjordApp/4.11.3 (Android 14)",
)
CLIS = ("fjord-cli/1.8.0 (node 22.11.0)", "fjord-cli/1.7.4 (node 20.18.1)")
SDKS = (
    "fjord-python/2.3.1",
    "fjord-python/2.2.0",
    "fjord-node/1.9.0",
    "openai-python/1.61.0",
    "curl/8.5.0",
    "Go-http-client/2.0",
    "fjord-java/0.12.0",
)
IDE_PLUGINS = (
    "vscode-fjordpilot/1.14.2",
    "jetbrains-fjord/0.9.7 (IntelliJ 2024.3)",
    "nvim-fjord/0.4.1",
)
RESELLER_UA = "relaygate/3.2.0"
MAIL = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com", "gmx.de")


def hexid(rng: np.random.Generator, prefix: str, width: int = 12) -> str:
    """A random identifier (no order, no class in it)."""
    value = int(rng.integers(1 << 60)) << 4 * max(0, width - 15) | int(rng.integers(1 << 60))
    return f"{prefix}_{value % (1 << (4 * width)):0{width}x}"


def served_country(rng: np.random.Generator) -> str:
    """A consumer's country, by the provider's user base."""
    return SERVED[int(rng.choice(len(SERVED), p=SERVED_WEIGHTS / SERVED_WEIGHTS.sum()))]


@dataclass
class People:
    """Factory of account rows; keeps them in creation order for the accounts table."""

    rng: np.random.Generator
    accounts: list[Account] = field(default_factory=list)

    def new(
        self,
        label: str,
        country: str,
        *,
        operator: str = "",
        tier: str = "free",
        channel: str = "web",
        age_days: float = 200.0,
        email: str | None = None,
        payment: str | None | bool = True,
        org: str | None = None,
        keys: int = 0,
        keep: float = 0.97,
        family: str = "main",
        adopt: float = 5 * 3600.0,
    ) -> Account:
        """One account; `payment=True` means a card of its own, a string a shared one."""
        rng = self.rng
        created = (
            -float(rng.exponential(age_days)) * DAY
            if age_days > 0
            else float(rng.uniform(-3, 10)) * DAY
        )
        card = hexid(rng, "pf", 16) if payment is True else (payment or None)
        acct = Account(
            account_id=hexid(rng, "acct"),
            label=label,
            operator=operator,
            created_at=created,
            tier=tier,
            signup_channel=channel,
            payment=card,
            email_domain=email if email is not None else MAIL[int(rng.integers(len(MAIL)))],
            declared_country=country,
            org_id=org,
            tz=TZ.get(country, 0.0),
            keep=keep,
            family=family,
            adopt=adopt,
            keys=[hexid(rng, "key", 10) for _ in range(keys)],
        )
        self.accounts.append(acct)
        return acct


class Home:
    """A household: one home line kept for days (renewed now and then), phones on a carrier."""

    def __init__(self, nets: Networks, country: str, mobile: float = 0.3) -> None:
        self.nets, self.country, self.mobile = nets, country, mobile
        self.line = nets.home_ip(country)

    def at(self, rng: np.random.Generator, t: float, surface: str) -> tuple[str, str]:
        if rng.random() < 0.01:
            self.line = self.nets.home_ip(self.country)
        if surface == "app" and rng.random() < self.mobile * 2:
            return self.nets.carrier_ip(self.country), self.country
        return self.line, self.country


class Fixed:
    """A fixed egress shared by many accounts (office, campus NAT, an aggregator's exit pool)."""

    def __init__(self, ips: list[str], country: str, home: Home | None = None) -> None:
        self.ips, self.country, self.home = ips, country, home

    def at(self, rng: np.random.Generator, t: float, surface: str) -> tuple[str, str]:
        local = (t / 3600.0 + TZ.get(self.country, 0.0)) % 24
        if self.home is not None and (local < 8 or local > 19 or (t // DAY) % 7 >= 5):
            return self.home.at(rng, t, surface)
        return self.ips[int(rng.integers(len(self.ips)))], self.country


class Cloud:
    """Instances in one or two cloud regions; each restart may get a new address."""

    def __init__(self, nets: Networks, rng: np.random.Generator, regions: int = 1) -> None:
        self.nets = nets
        self.regions = [int(r) for r in rng.integers(0, 12, size=regions) for _ in range(2)]
        self.ips = [nets.cloud_ip(r) for r in self.regions]
        self.until = [0.0] * len(self.regions)

    def at(self, rng: np.random.Generator, t: float, surface: str) -> tuple[str, str]:
        """An instance's address; an instance is replaced every two days or so, however busy."""
        i = int(rng.integers(len(self.ips)))
        if t >= self.until[i]:
            self.ips[i] = self.nets.cloud_ip(self.regions[i])
            self.until[i] = t + float(rng.exponential(2.0)) * DAY
        return self.ips[i], self.nets.clouds[self.regions[i] % len(self.nets.clouds)].country


class ProxyLine:
    """A residential-proxy subscription: a sticky home line of the chosen country, swapped every
    few days, drawn from a market other buyers share."""

    def __init__(self, nets: Networks, country: str, sticky_days: float = 3.0) -> None:
        self.pool, self.country, self.sticky = nets.proxy_lines[country], country, sticky_days
        self.line, self.until = "", -1.0

    def at(self, rng: np.random.Generator, t: float, surface: str) -> tuple[str, str]:
        if t >= self.until:
            self.line = self.pool[int(rng.integers(len(self.pool)))]
            self.until = t + float(rng.exponential(self.sticky)) * DAY
        return self.line, self.country


class Traveller:
    """At home, then days away in a restricted region: hotel or friend's line, roaming, a VPN."""

    def __init__(self, nets: Networks, home: Home, rng: np.random.Generator) -> None:
        self.nets, self.home = nets, home
        self.dest = RESTRICTED[int(rng.integers(len(RESTRICTED)))]
        first = float(rng.uniform(0, 22))
        self.away = (first * DAY, (first + float(rng.uniform(3, 10))) * DAY)
        self.stay = nets.home_ip(self.dest)

    def at(self, rng: np.random.Generator, t: float, surface: str) -> tuple[str, str]:
        if not self.away[0] <= t < self.away[1]:
            return self.home.at(rng, t, surface)
        r = rng.random()
        if r < 0.35:
            return self.nets.vpn_ip()
        if r < 0.7:
            return self.stay, self.dest
        return self.nets.carrier_ip(self.dest), self.dest


class Pool:
    """An exit pool whose addresses sit in several countries (an API aggregator's gateway)."""

    def __init__(self, exits: list[tuple[str, str]]) -> None:
        self.exits = exits

    def at(self, rng: np.random.Generator, t: float, surface: str) -> tuple[str, str]:
        return self.exits[int(rng.integers(len(self.exits)))]


@dataclass
class World:
    """Everything a class builder needs; each class gets its own random stream by name."""

    seed: int
    nets: Networks
    corpora: Corpora
    emitter: Emitter
    people: People

    def rng(self, name: str) -> np.random.Generator:
        """A stream fixed by the seed and the class name (not by Python's hash)."""
        return np.random.default_rng([self.seed, zlib.crc32(name.encode())])
