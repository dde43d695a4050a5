"""Building blocks shared by benign and campaign populations: where someone connects from,
when they are active, and how a conversation unfolds."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import text as tx
from world import APPS, BROWSERS, DAY, LANG_OF, TZ, US, USER_COUNTRY_P, Net, World, tokens, ua

Rng = np.random.Generator


def home_country(rng: Rng) -> str:
    ccs = list(USER_COUNTRY_P)
    p = np.array([USER_COUNTRY_P[c] for c in ccs], float)
    return ccs[int(rng.choice(len(ccs), p=p / p.sum()))]


Where = tuple[str, str]  # (ip, country as the edge resolves it)


def residential_ip(w: World, rng: Rng, cc: str) -> Where:
    net = tx.pick(rng, w.infra.residential[cc])
    return net.addr(int(rng.integers(0, 1 << 22))), cc


def mobile_ip(w: World, rng: Rng, cc: str) -> Where:
    # carrier-grade NAT: a few thousand public addresses for a whole country's subscribers
    return w.infra.mobile[cc][0].addr(int(rng.integers(0, 3000))), cc


def net_ip(rng: Rng, net: Net, spread: int) -> Where:
    return net.addr(int(rng.integers(0, spread))), net.country


@dataclass
class Person:
    cc: str
    tz: float
    lang: str
    home: list[Where]
    mobile: Where
    browser: str
    app: str

    def where(self, rng: Rng, surface: str) -> Where:
        if surface == "app" and rng.random() < 0.6:
            return self.mobile
        return tx.pick(rng, self.home)


def person(w: World, rng: Rng, cc: str | None = None, lang: str | None = None) -> Person:
    cc = cc or home_country(rng)
    lang = lang or (LANG_OF.get(cc, "en") if rng.random() < 0.75 else "en")
    home = [residential_ip(w, rng, cc) for _ in range(1 + int(rng.integers(0, 3)))]
    return Person(
        cc,
        TZ[cc] + (rng.random() - 0.5),
        lang,
        home,
        mobile_ip(w, rng, cc),
        ua(rng, BROWSERS),
        ua(rng, APPS),
    )


def active_days(w: World, rng: Rng, p: float, weekend: float = 1.0) -> list[int]:
    out = []
    for d in range(w.days):
        q = p * (weekend if w.weekday(d) >= 5 else 1.0)
        if rng.random() < q:
            out.append(d)
    return out


def lognorm(rng: Rng, median: float, sigma: float = 0.6) -> float:
    return float(median * np.exp(sigma * rng.standard_normal()))


def converse(
    w: World,
    rng: Rng,
    aid: str,
    t0: int,
    turns: list[str],
    *,
    surface: str,
    model: str | None,
    at: Where,
    agent: str | None,
    system: str | None = None,
    key: str | None = None,
    kind: str = "chat",
    gap: float = 90.0,
    otok: float = 350.0,
    tools: int = 0,
    image_p: float = 0.0,
    conv: bool = True,
    feedback_p: float = 0.0,
    incognito: bool = False,
    flagged_p: float = 0.0,
    err_p: float = 0.01,
) -> int:
    """Emit one conversation; returns the time of its last exchange."""
    cid = w.new_id("conv_", 8) if conv else None
    t = t0
    history = tokens(system) if system else 0
    for i, prompt in enumerate(turns):
        if i:
            t += int(lognorm(rng, gap, 0.7) * US) + int(otok / 40 * US)
        m = model if model is not None else _consumer(w, rng, t)
        out = int(max(5, lognorm(rng, otok, 0.55)))
        itok = history + tokens(prompt)
        status = 200
        r = rng.random()
        if r < err_p:
            status = int(tx.pick(rng, (429, 429, 500, 529, 400)))
        resp_kind = kind
        flagged = rng.random() < flagged_p
        if flagged and kind == "probe":
            resp_kind = "refusal"
        resp = None if incognito and rng.random() < 0.5 else tx.response(rng, resp_kind, out)
        w.emit(
            t,
            aid,
            key,
            cid,
            surface,
            m,
            at[0],
            at[1],
            agent,
            prompt,
            system,
            resp,
            itok,
            out,
            tools,
            bool(rng.random() < image_p),
            status,
            incognito,
            flagged,
            bool(rng.random() < feedback_p),
        )
        history = itok + out
    return t


def _consumer(w: World, rng: Rng, t: int) -> str:
    from world import consumer_model

    return consumer_model(rng, w.models, t)


def days_to_us(d: float) -> int:
    return int(d * DAY * US)
