"""Client software and models: user-agent pools and the model family, shared by everyone.

Attackers pick from the same pools with the same popularity weights as benign users; a
campaign can be recognised by many accounts sharing one exact client string, never by the
string itself.
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pyarrow as pa

from consentry.contract import MODEL_RELEASES, TS

SURFACE_NAMES = ("web", "app", "api", "cli")
WEB, APP, API, CLI = range(4)

MODELS = ("nimbus-4", "nimbus-4-mini", "nimbus-4-pro", "nimbus-3.5", "nimbus-4.5")
M4, MINI, PRO, M35, NEW = range(5)
RELEASE = datetime(2026, 1, 27, 17, 0, tzinfo=UTC)
EARLIER_RELEASES = {
    "nimbus-3.5": datetime(2025, 3, 4, 16, 0, tzinfo=UTC),
    "nimbus-4": datetime(2025, 9, 16, 16, 0, tzinfo=UTC),
    "nimbus-4-mini": datetime(2025, 9, 16, 16, 0, tzinfo=UTC),
    "nimbus-4-pro": datetime(2025, 10, 21, 16, 0, tzinfo=UTC),
}


def model_releases() -> pa.Table:
    """Release times of every model, the mid-window release included."""
    rel = {**EARLIER_RELEASES, MODELS[NEW]: RELEASE}
    return pa.table(
        {"model": pa.array(list(rel)), "released_at": pa.array(list(rel.values()), TS)},
        schema=MODEL_RELEASES.schema,
    )


def _browsers() -> list[str]:
    out = []
    oses = (
        "Windows NT 10.0; Win64; x64",
        "Macintosh; Intel Mac OS X 10_15_7",
        "X11; Linux x86_64",
        "X11; CrOS x86_64 14541.0.0",
    )
    for v in range(124, 133):
        for os_ in oses:
            out.append(
                f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{v}.0.0.0 Safari/537.36"
            )
        out.append(
            f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"
        )
    for v in range(128, 135):
        out.append(
            f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
        )
        out.append(f"Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0")
    for ver in ("17.5", "17.6", "18.0", "18.1", "18.2"):
        out.append(
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
            f"(KHTML, like Gecko) Version/{ver} Safari/605.1.15"
        )
    return out


def _apps() -> list[str]:
    out = []
    for minor in range(12, 18):
        for ios in ("17.5.1", "17.6.1", "18.1", "18.2.1"):
            out.append(f"NimbusApp/2.{minor}.0 (iPhone; iOS {ios}; Scale/3.00)")
        for dev in ("Pixel 8", "SM-S921B", "SM-A546E", "2201117TG", "CPH2581"):
            out.append(f"NimbusApp/2.{minor}.0 (Android 14; {dev})")
    return out


def _sdks() -> list[str]:
    out = [f"nimbus-python/1.{m}.{p}" for m in range(6, 10) for p in range(0, 3)]
    out += [f"nimbus-node/0.{m}.{p}" for m in range(30, 34) for p in range(0, 2)]
    out += [f"OpenAI/Python 1.{m}.0" for m in range(50, 60)]
    out += [f"OpenAI/JS 4.{m}.0" for m in range(70, 78)]
    out += [
        "python-httpx/0.27.0",
        "python-httpx/0.27.2",
        "python-httpx/0.28.1",
        "python-requests/2.31.0",
        "python-requests/2.32.3",
        "aiohttp/3.9.5",
        "aiohttp/3.11.11",
        "Go-http-client/2.0",
        "curl/8.5.0",
        "curl/8.11.1",
        "okhttp/4.12.0",
        "axios/1.7.9",
        "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
        "Java-http-client/17.0.13",
    ]
    return out


def _clis() -> list[str]:
    return [
        f"nimbus-code/1.{m}.{p} ({os_})"
        for m in range(3, 7)
        for p in range(0, 3)
        for os_ in ("darwin; arm64", "linux; x64", "win32; x64")
    ]


UA_KINDS = ("web", "app", "api", "cli")


def user_agents() -> tuple[pa.StringArray, list[tuple[int, int]]]:
    """One pool of user agents and the (start, count) of each kind, in surface order."""
    groups = (_browsers(), _apps(), _sdks(), _clis())
    texts: list[str] = []
    sections = []
    for g in groups:
        sections.append((len(texts), len(g)))
        texts.extend(g)
    return pa.array(texts, pa.string()), sections


def pick_ua(
    rng: np.random.Generator, sections: list[tuple[int, int]], surface: int, n: int
) -> np.ndarray:
    """Popularity-weighted choice: newer versions (later in each list) are more common."""
    start, count = sections[surface]
    w = np.linspace(0.3, 1.0, count) ** 2
    return start + rng.choice(count, n, p=w / w.sum())
