"""Hold-out 15's identities: account ages, cards, e-mail domains, organisations and the client
strings people and programs send."""

from __future__ import annotations

import numpy as np
from h15_emit import DAYS, hexid

CONSUMER_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com",
                 "hotmail.com", "proton.me", "gmx.de", "naver.com", "web.de", "orange.fr")  # fmt: skip


def pick(rng: np.random.Generator, seq: tuple[str, ...] | list[str]) -> str:
    return seq[int(rng.integers(len(seq)))]


def age(rng: np.random.Generator, median_days: float, new_share: float = 0.0) -> float:
    """created_at in seconds relative to the window start: lognormal age, or a sign-up inside
    the window for `new_share` of accounts."""
    if rng.random() < new_share:
        return float(rng.uniform(0, (DAYS - 3) * 86400))
    days = min(float(rng.lognormal(np.log(median_days), 0.9)), 1500.0)
    return -(days * 86400 + float(rng.uniform(0, 86400)))


def card(rng: np.random.Generator) -> str:
    return "pf_" + hexid(rng, 16)


def mail(rng: np.random.Generator, p_null: float = 0.02) -> str | None:
    return None if rng.random() < p_null else pick(rng, CONSUMER_MAIL)


def declared(rng: np.random.Generator, country: str, p_null: float = 0.03) -> str | None:
    return None if rng.random() < p_null else country


def org_domain(rng: np.random.Generator, stem: str) -> str:
    return f"{stem}{hexid(rng, 3)}.{pick(rng, ('com', 'io', 'ai', 'co', 'net'))}"


def _browser(rng: np.random.Generator) -> str:
    v = int(rng.integers(128, 134))
    os_ = pick(rng, ("Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7",
                     "X11; Linux x86_64"))  # fmt: skip
    kind = rng.random()
    if kind < 0.68:
        return (f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{v}.0.{int(rng.integers(6000, 6900))}.{int(rng.integers(40, 200))} "
                "Safari/537.36")  # fmt: skip
    if kind < 0.85:
        return ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                f"(KHTML, like Gecko) Version/18.{int(rng.integers(0, 4))} Safari/605.1.15")  # fmt: skip
    return f"Mozilla/5.0 ({os_}; rv:{v + 3}.0) Gecko/20100101 Firefox/{v + 3}.0"


def _app(rng: np.random.Generator) -> str:
    v = f"5.{int(rng.integers(8, 14))}.{int(rng.integers(0, 5))}"
    if rng.random() < 0.55:
        return f"WrenApp/{v} (iPhone; iOS 18.{int(rng.integers(0, 6))})"
    dev = pick(rng, ("Pixel 8", "SM-S921B", "SM-A546E", "Redmi Note 13", "moto g54", "CPH2581"))
    return f"WrenApp/{v} (Android {int(rng.integers(13, 16))}; {dev})"


def _cli(rng: np.random.Generator) -> str:
    return (f"wren-cli/2.{int(rng.integers(3, 9))}.{int(rng.integers(0, 12))} "
            f"(node 22.{int(rng.integers(4, 12))}; {pick(rng, ('darwin', 'linux', 'win32'))})")  # fmt: skip


SDKS = ("wren-python/3.{a}.{b}", "wren-node/3.{a}.{b}", "python-httpx/0.28.{b}",
        "litellm/1.6{a}.{b}", "langchain-wren/0.4.{a}", "OpenAI/Python 1.8{a}.{b}",
        "Go-http-client/2.0")  # fmt: skip
CU_CLIENTS = ("open-operator/0.9.{a} (python 3.12)", "browser-use/0.7.{a}",
              "wren-python/3.{a}.{b}")  # fmt: skip
RPA_CLIENTS = ("UiPath.Robot/24.10.{a}", "AutomationAnywhere-Bot/A360.{a}",
               "PowerAutomateDesktop/2.5{a}.{b}", "open-operator/0.9.{a} (python 3.12)")  # fmt: skip
EVAL_CLIENTS = ("lm-eval-harness/0.4.{a}", "fastchat-judge/0.2.{a}", "wren-python/3.{a}.{b}",
                "python-httpx/0.28.{b}")  # fmt: skip
CI_CLIENTS = ("wren-cli/2.{a}.{b} (node 22.4; linux) ci", "GitHub-Actions wren-review/1.{a}",
              "gitlab-runner wren-agent/0.{a}.{b}")  # fmt: skip
AGGREGATOR = "relaymesh-gateway/3.{a}.{b}"


def client(rng: np.random.Generator, pool: tuple[str, ...]) -> str:
    t = pick(rng, pool)
    return t.replace("{a}", str(int(rng.integers(0, 9)))).replace(
        "{b}", str(int(rng.integers(0, 20)))
    )


def devices(rng: np.random.Generator, surfaces: dict[str, float]) -> dict[str, list[str]]:
    """A person's own clients: one or two browsers, a phone app, a CLI and an SDK."""
    out: dict[str, list[str]] = {}
    if "web" in surfaces:
        out["web"] = [_browser(rng) for _ in range(1 + int(rng.random() < 0.3))]
    if "app" in surfaces:
        out["app"] = [_app(rng)]
    if "cli" in surfaces:
        out["cli"] = [_cli(rng)]
    if "api" in surfaces:
        out["api"] = [client(rng, SDKS) for _ in range(1 + int(rng.random() < 0.3))]
    return out


def keys(rng: np.random.Generator, n: int) -> list[str]:
    return ["k_" + hexid(rng, 16) for _ in range(n)]


def beta_share(rng: np.random.Generator, mean: float, k: float = 6.0) -> float:
    return float(rng.beta(mean * k, (1 - mean) * k))
