"""The shared world of one run: clock, models and their releases, address pools, clients."""

from __future__ import annotations

from dataclasses import dataclass

import network as N
import numpy as np

T0 = np.datetime64("2026-02-02T00:00:00", "us")  # a Monday
US_PER_S = 1_000_000
DAY = 86_400

MODELS = ["sable-2", "sable-2-mini", "sable-2.5", "sable-2.5-mini", "sable-3", "sable-3-mini"]
M = {name: i for i, name in enumerate(MODELS)}
ALL_UA = N.WEB_UA + N.APP_UA + N.CLI_UA + N.SDK_UA + N.TOOL_UA + N.BOT_UA
UA_RANGES = {}
_o = 0
for _name, _lst in (
    ("web", N.WEB_UA),
    ("app", N.APP_UA),
    ("cli", N.CLI_UA),
    ("sdk", N.SDK_UA),
    ("tools", N.TOOL_UA),
    ("bot", N.BOT_UA),
):
    UA_RANGES[_name] = (_o, _o + len(_lst))
    _o += len(_lst)

RESELLER_COUNTRIES = [
    "US",
    "SG",
    "HK",
    "CN",
    "RU",
    "JP",
    "DE",
    "NL",
    "GB",
    "VN",
    "ID",
    "TR",
    "BR",
    "IN",
    "KR",
    "AE",
    "KZ",
    "FR",
    "CA",
    "AU",
    "MO",
    "BY",
]
VPN_COUNTRIES = ["NL", "US", "SG", "JP", "DE", "GB", "CH", "SE"]
RESTRICTED_HOMES = (["CN", "RU", "IR", "HK", "BY", "CU"], [0.35, 0.25, 0.15, 0.15, 0.05, 0.05])


@dataclass
class Clock:
    days: int

    @property
    def end_s(self) -> int:
        return self.days * DAY

    @property
    def release_s(self) -> int:
        """sable-3 arrives a little past the middle of the window, at 17:00 UTC."""
        return int(self.days * 0.55) * DAY + 17 * 3600

    @property
    def release_mini_s(self) -> int:
        return self.release_s + 3 * DAY + 2 * 3600

    def releases(self) -> list[tuple[str, np.datetime64]]:
        sec = lambda s: T0 + np.timedelta64(int(s) * US_PER_S, "us")  # noqa: E731
        return [
            ("sable-2", np.datetime64("2025-03-04T16:00:00", "us")),
            ("sable-2-mini", np.datetime64("2025-03-04T16:00:00", "us")),
            ("sable-2.5", np.datetime64("2025-09-16T17:00:00", "us")),
            ("sable-2.5-mini", np.datetime64("2025-10-21T16:00:00", "us")),
            ("sable-3", sec(self.release_s)),
            ("sable-3-mini", sec(self.release_mini_s)),
        ]


class Pools:
    """Address pools shared by many accounts: reseller exits, proxies, VPNs, CGNAT, campuses, orgs."""

    def __init__(self, net: N.Internet, rng: np.random.Generator):
        self.net, self.rng = net, rng
        self.reseller = []
        for c in RESELLER_COUNTRIES:
            kind, prov = (
                ("proxy", "reseller_x")
                if rng.random() < 0.6
                else (
                    "datacenter",
                    "host_d" if c not in ("CN", "HK", "RU", "MO", "BY") else "cloud_ali",
                )
            )
            self.reseller += net.pool(kind, c, int(rng.integers(8, 24)), prov, v4_only=True)
        resi_c = [
            "US",
            "BR",
            "IN",
            "VN",
            "ID",
            "TR",
            "MX",
            "PH",
            "NG",
            "EG",
            "CN",
            "RU",
            "HK",
            "UA",
            "PL",
            "AR",
        ]
        self.resi_proxy = [
            ip for c in resi_c for ip in net.pool("residential", c, 120, "resi_net", v4_only=True)
        ]
        self.vpn = [
            ip for c in VPN_COUNTRIES for ip in net.pool("proxy", c, 25, "vpn_z", v4_only=True)
        ]
        self._cgnat: dict[str, list[int]] = {}
        self._campus: dict[int, list[int]] = {}
        self._org: dict[str, list[int]] = {}
        self._family: dict[int, list[int]] = {}

    def cgnat(self, country: str) -> list[int]:
        if country not in self._cgnat:
            self._cgnat[country] = self.net.pool("mobile", country, 64)
        return self._cgnat[country]

    def campus(self, i: int) -> list[int]:
        if i not in self._campus:
            c = [
                "US",
                "GB",
                "IN",
                "BR",
                "KR",
                "DE",
                "CA",
                "AU",
                "JP",
                "FR",
                "ES",
                "MX",
                "US",
                "US",
            ][i % 14]
            self._campus[i] = self.net.pool(
                "education", c, int(self.rng.integers(6, 20)), f"campus{i}", v4_only=True
            )
        return self._campus[i]

    def org(self, org_id: str, country: str) -> list[int]:
        if org_id not in self._org:
            self._org[org_id] = self.net.pool(
                "corporate", country, int(self.rng.integers(2, 6)), org_id, v4_only=True
            )
        return self._org[org_id]

    def family(self, i: int) -> list[int]:
        """A home or mobile network in a restricted region shared by several travellers/expats."""
        if i not in self._family:
            c = str(self.rng.choice(RESTRICTED_HOMES[0], p=RESTRICTED_HOMES[1]))
            kind = "residential" if self.rng.random() < 0.6 else "mobile"
            self._family[i] = self.net.pool(kind, c, int(self.rng.integers(1, 3)), v4_only=True)
        return self._family[i]


def cloud_for(
    country: str, rng: np.random.Generator, allow_restricted: bool = False
) -> tuple[str, str]:
    """A (provider, region) near a home country."""
    options = [(p, c) for p, (_, regions) in N.CLOUDS.items() for c in regions if c == country]
    if options and (allow_restricted or country not in ("CN", "HK", "RU")):
        return options[int(rng.integers(0, len(options)))]
    if allow_restricted:
        return ("cloud_a", "US")
    prov = str(rng.choice(["cloud_a", "cloud_g", "cloud_m", "host_h", "host_d"]))
    return prov, str(rng.choice(N.CLOUDS[prov][1][:2]))
