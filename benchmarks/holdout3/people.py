"""How one person or one program produces traffic: where it connects from and how its requests
fall into conversations. Benign classes and campaign families both use these, so the two differ
in what they do, not in how the generator writes them."""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy as np
from sink import Account, Ctx, consumer_model, tokens
from world import DAY, DAYS, HOUR, START, TZ, Net, app_ua, browser_ua

IpFn = Callable[[int], tuple[str, str]]


def net_of(ctx: Ctx, g: np.random.Generator, tag: str) -> Net:
    nets = ctx.nw.by_tag[tag]
    return nets[int(g.integers(0, len(nets)))]


def home_line(ctx: Ctx, g: np.random.Generator, country: str, mobile_share: float = 0.3,
              v6: float = 0.15) -> IpFn:  # fmt: skip
    """A household's connections: a home address that the ISP changes every week or two, and a
    phone on the carrier's NAT (a few hundred public addresses shared by everybody)."""
    tagr = (
        f"res6:{country}"
        if g.random() < v6 and f"res6:{country}" in ctx.nw.by_tag
        else f"res:{country}"
    )
    home = net_of(ctx, g, tagr)
    mob = net_of(ctx, g, f"mob:{country}")
    hk = int(g.integers(0, 1 << 30))
    period = int(g.integers(5, 20)) * DAY
    cgnat = int(g.integers(0, 4000))

    def ip(ts: int) -> tuple[str, str]:
        if g.random() < mobile_share:
            return mob.addr(cgnat + int(g.integers(0, 256))), mob.country
        return home.addr(hk + (ts - START) // period * 7919), home.country

    return ip


def fixed(net: Net, g: np.random.Generator, spread: int = 1) -> IpFn:
    """A program or an office behind `spread` egress addresses of one network."""
    k = int(g.integers(0, 1 << 20))
    return lambda ts: (net.addr(k + int(g.integers(0, spread))), net.country)


def pool(nets: list[Net], g: np.random.Generator, per_net: int = 4000) -> IpFn:
    """A rotating exit pool: every request from some address of some network."""
    return lambda ts: (lambda n: (n.addr(int(g.integers(0, per_net))), n.country))(
        nets[int(g.integers(0, len(nets)))]
    )


def daily_counts(g: np.random.Generator, days: np.ndarray, mean: float,
                 disp: float = 1.2) -> np.ndarray:  # fmt: skip
    """Requests per active day: over-dispersed (a few heavy days, many light ones)."""
    if len(days) == 0:
        return np.zeros(0, dtype=int)
    lam = g.gamma(1 / disp, mean * disp, size=len(days))
    return np.maximum(1, g.poisson(lam))


def times_over(g: np.random.Generator, days: np.ndarray, counts: np.ndarray, tz: float,
               profile: np.ndarray, session: float = 4.0, gap_s: float = 70.0) -> np.ndarray:  # fmt: skip
    from world import day_times

    parts = [day_times(g, int(d), int(k), tz, profile, session, gap_s)
             for d, k in zip(days, counts, strict=True)]  # fmt: skip
    if not parts:
        return np.empty(0, dtype=np.int64)
    t = np.sort(np.concatenate(parts))
    return t[(t >= START) & (t < START + DAYS * DAY)]


def chat_sessions(
    ctx: Ctx,
    a: Account,
    g: np.random.Generator,
    r: random.Random,
    times: np.ndarray,
    ip: IpFn,
    first: Callable[[], str],
    *,
    follow: float = 0.45,
    app_share: float = 0.35,
    follow_fn: Callable[[], str] | None = None,
    kind: str = "chat",
    out_median: float | None = None,
    max_turns: int = 40,
    image: float = 0.03,
    lag_h: float | None = None,
) -> None:
    """A person in the web or mobile app: turns within half an hour continue the conversation
    with probability `follow`; the model is the surface default of the moment."""
    from prompts import followup, response

    web_ua, mob_ua = browser_ua(g), app_ua(g)
    lag = float(g.exponential(4.0)) if lag_h is None else lag_h
    conv, last, hist, turns = None, -(10**18), 0, 0
    if out_median is None:
        out_median = float(g.lognormal(np.log(380), 0.5))  # some people want long answers
    fu = follow_fn or (lambda: followup(r))
    for ts in times.tolist():
        on_app = r.random() < app_share
        if conv is not None and ts - last < HOUR // 2 and turns < max_turns and r.random() < follow:
            prompt = fu()
            turns += 1
        else:
            conv, hist, turns = ctx.hexid("c_", 16), 0, 1
            prompt = first()
        i, o = tokens(g, prompt, None, hist, out_median)
        hist += i + o
        ip_, cc = ip(ts)
        ctx.emit(a, ts, "app" if on_app else "web", consumer_model(a.tier, ts, lag, r), ip_, cc,
                 mob_ua if on_app else web_ua, prompt, None, response(r, kind), i, o,
                 conv=conv, image=r.random() < image,
                 status=200 if r.random() > 0.004 else 500,
                 incognito=r.random() < 0.03)  # fmt: skip
        last = ts


def tz_of(country: str | None, g: np.random.Generator) -> float:
    return TZ.get(country or "US", 0) + float(g.normal(0, 0.3))
