"""A synthetic Internet for the holdout: countries, address blocks by kind, user agents.

Addresses are handed out from made-up blocks; the IP-intelligence feed lists most blocks
(not all, and a provider's residential-proxy exits look residential, as they do in life).
"""

from __future__ import annotations

import ipaddress

import numpy as np

# country: (weight among ordinary users, UTC offsets of its people, main language)
COUNTRIES: dict[str, tuple[float, list[float], str]] = {
    "US": (0.24, [-5, -6, -7, -8], "en"),
    "IN": (0.07, [5.5], "en"),
    "GB": (0.05, [0], "en"),
    "DE": (0.05, [1], "de"),
    "BR": (0.05, [-3], "pt"),
    "FR": (0.04, [1], "fr"),
    "JP": (0.04, [9], "ja"),
    "CA": (0.03, [-5, -8], "en"),
    "KR": (0.03, [9], "ko"),
    "ES": (0.03, [1], "es"),
    "IT": (0.03, [1], "it"),
    "MX": (0.03, [-6], "es"),
    "ID": (0.03, [7], "en"),
    "AU": (0.02, [10], "en"),
    "NL": (0.02, [1], "en"),
    "PL": (0.02, [1], "en"),
    "TR": (0.02, [3], "tr"),
    "VN": (0.02, [7], "en"),
    "PH": (0.02, [8], "en"),
    "NG": (0.02, [1], "en"),
    "AR": (0.02, [-3], "es"),
    "UA": (0.015, [2], "en"),
    "TW": (0.015, [8], "zh"),
    "ZA": (0.01, [2], "en"),
    "SG": (0.01, [8], "en"),
    "IL": (0.01, [2], "en"),
    "CH": (0.01, [1], "de"),
    "SE": (0.01, [1], "en"),
    "EG": (0.01, [2], "en"),
    "CO": (0.01, [-5], "es"),
    "AE": (0.01, [4], "en"),
    "KZ": (0.005, [5], "ru"),
    "IE": (0.005, [0], "en"),
    # Restricted by the usual terms of service: nobody ordinary lives-and-signs-up there here.
    "CN": (0.0, [8], "zh"),
    "HK": (0.0, [8], "zh"),
    "MO": (0.0, [8], "zh"),
    "RU": (0.0, [3], "ru"),
    "BY": (0.0, [3], "ru"),
    "IR": (0.0, [3.5], "en"),
    "SY": (0.0, [2], "en"),
    "CU": (0.0, [-5], "es"),
}
CODES = list(COUNTRIES)
HOME_P = np.array([COUNTRIES[c][0] for c in CODES])
HOME_P = HOME_P / HOME_P.sum()
IPV6_COUNTRIES = {"US", "IN", "DE", "FR", "JP", "BR", "GB", "BE"}

CLOUDS = {  # provider-like: (asn, regions)
    "cloud_a": (16509, ["US", "IE", "DE", "SG", "JP", "IN", "BR", "AU", "CA", "GB", "HK"]),
    "cloud_g": (15169, ["US", "NL", "SG", "JP", "TW", "DE"]),
    "cloud_m": (8075, ["US", "NL", "IE", "SG", "JP", "GB"]),
    "host_h": (24940, ["DE", "US"]),
    "host_o": (16276, ["FR", "CA", "DE", "SG"]),
    "host_d": (14061, ["US", "NL", "SG", "DE", "IN", "GB"]),
    "cloud_ali": (45102, ["CN", "HK", "SG", "US"]),
    "cloud_tc": (132203, ["CN", "HK", "SG"]),
    "host_ru": (49505, ["RU"]),
}

WEB_UA = [
    f"Mozilla/5.0 ({os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    for os in (
        "Windows NT 10.0; Win64; x64",
        "Macintosh; Intel Mac OS X 10_15_7",
        "X11; Linux x86_64",
    )
    for v in (130, 131, 132, 133)
]
WEB_UA += [
    f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15"
    for v in ("18.1", "18.2", "18.3")
]
WEB_UA += [
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
    for v in (133, 134, 135)
]
WEB_UA += [
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/{v}"
    for v in ("132.0.2957.115", "133.0.3065.59")
]
APP_UA = [
    f"SableApp/{v} (iPhone; iOS {i}; Scale/3.00)"
    for v in ("5.8.1", "5.9.0", "5.9.2")
    for i in ("17.6", "18.2", "18.3")
]
APP_UA += [
    f"SableApp/{v} (Android {a}; {d})"
    for v in ("5.8.3", "5.9.1")
    for a in (13, 14, 15)
    for d in ("Pixel 8", "SM-S918B", "22101316G")
]
CLI_UA = [
    f"sable-cli/{v} node/{n} {p}"
    for v in ("1.3.9", "1.4.2", "1.5.0")
    for n in ("20.18.1", "22.12.0")
    for p in ("darwin-arm64", "linux-x64", "win32-x64")
]
SDK_UA = (
    [f"sable-python/{v}" for v in ("1.49.0", "1.52.0", "1.54.1")]
    + [f"sable-node/{v}" for v in ("4.69.0", "4.71.0")]
    + [f"OpenAI/Python {v}" for v in ("1.55.3", "1.58.1", "1.61.0")]
    + ["OpenAI/JS 4.77.0"]
)
TOOL_UA = [
    "langchain-core/0.3.28",
    "langchain-core/0.3.33",
    "llama-index/0.12.5",
    "litellm/1.55.3",
    "litellm/1.59.8",
    "python-httpx/0.27.2",
    "python-requests/2.32.3",
    "curl/8.5.0",
    "Go-http-client/2.0",
    "axios/1.7.9",
    "Java-http-client/21.0.5",
    "okhttp/4.12.0",
    "aiohttp/3.11.11",
    "node-fetch/1.0",
    "Dart/3.6 (dart:io)",
    "reqwest/0.12.9",
    "Faraday v2.12.2",
    "Apache-HttpClient/5.4.1 (Java/17.0.13)",
    "autogen/0.4.2",
    "crewai/0.95.0",
    "dify/0.15.1",
    "n8n/1.74.1",
    "haystack/2.9.0",
    "semantic-kernel/1.18.0",
]
BOT_UA = [
    "DiscordBot (https://discord.com, 10)",
    "python-telegram-bot/21.9",
    "discord.py/2.4.0 aiohttp/3.11.11",
]


class Internet:
    """Blocks by (kind, country, provider); hands out addresses and keeps the feed table."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        first = [o for o in range(11, 223) if o not in (100, 127, 169, 172, 192, 198, 203)]
        self._free16 = [
            (a << 24) | (b << 16)
            for a in rng.permutation(first)[:120]
            for b in rng.permutation(256)[:40]
        ]
        self._v6n = 0
        self.blocks: list[dict] = []
        self.ips: list[str] = []
        self.ip_country: list[str] = []
        self._seen: dict[str, int] = {}
        self._cache: dict[tuple, list[dict]] = {}

    def _new_block(
        self,
        kind: str,
        country: str,
        asn: int,
        prefix: int,
        listed_kind: str | None,
        v6: bool = False,
    ) -> dict:
        if v6:
            self._v6n += 1
            base = f"2a0{self.rng.integers(1, 9)}:{self.rng.integers(0x1000, 0xFFFF):x}"
            cidr = f"{base}::/32"
        else:
            base16 = int(self._free16.pop())
            cidr = str(ipaddress.ip_network((base16, prefix)))
            base = base16
        b = {
            "cidr": cidr,
            "kind": kind,
            "asn": asn,
            "country": country,
            "v6": v6,
            "base": base,
            "size": 1 << (32 - prefix) if not v6 else 0,
            "listed": listed_kind,
        }
        self.blocks.append(b)
        return b

    def blocks_for(self, kind: str, country: str, provider: str = "", n: int = 2) -> list[dict]:
        """The blocks of one provider of a kind in a country (created on first use)."""
        key = (kind, country, provider)
        if key not in self._cache:
            asn = (
                CLOUDS[provider][0] if provider in CLOUDS else int(self.rng.integers(2000, 400000))
            )
            feed = self.rng.random()
            listed = kind if feed < 0.9 else None  # ~10% of blocks are missing from the feed
            prefix = {
                "residential": 16,
                "mobile": 18,
                "datacenter": 16,
                "education": 20,
                "corporate": 24,
                "proxy": 20,
            }[kind]
            v6 = kind in ("residential", "mobile") and country in IPV6_COUNTRIES
            bl = [self._new_block(kind, country, asn, prefix, listed) for _ in range(n)]
            if v6:
                bl.append(self._new_block(kind, country, asn, 32, listed, v6=True))
            self._cache[key] = bl
        return self._cache[key]

    def address(self, block: dict) -> int:
        """A random address in a block; returns its index in the global address list."""
        if block["v6"]:
            groups = self.rng.integers(0, 0xFFFF, 6)
            ip = block["base"] + ":" + ":".join(f"{g:x}" for g in groups)
        else:
            off = int(self.rng.integers(1, block["size"] - 1))
            if off % 256 in (0, 255):
                off += 1
            ip = str(ipaddress.IPv4Address(block["base"] + off))
        if ip not in self._seen:
            self._seen[ip] = len(self.ips)
            self.ips.append(ip)
            self.ip_country.append(block["country"])
        return self._seen[ip]

    def pool(
        self, kind: str, country: str, k: int, provider: str = "", v4_only: bool = False
    ) -> list[int]:
        bl = self.blocks_for(kind, country, provider)
        if v4_only:
            bl = [b for b in bl if not b["v6"]]
        return [self.address(bl[int(self.rng.integers(0, len(bl)))]) for _ in range(k)]

    def feed(self) -> list[dict]:
        return [
            {"cidr": b["cidr"], "kind": b["listed"], "asn": b["asn"], "country": b["country"]}
            for b in self.blocks
            if b["listed"]
        ]
