"""Campaign designs beyond the report's three (campaigns.py), from what harvesting looks like
elsewhere: multi-turn harvesting in conversations with follow-ups, tool-call harvesting spread
over many client apps, systematic capability sweeps, multilingual reasoning harvesting on
residential and mobile proxies, and low-and-slow accounts below heavy-user volumes.

What they share with each other and with campaigns.py is what makes a campaign: many accounts
driven by one pipeline, asking new questions all the time, on shared cards, exits or sign-up
windows. What they do not share is a look: each is built to resemble some legitimate use.
"""

from __future__ import annotations

import numpy as np

from consentry.contract import SIGNUP_CHANNELS, TIERS
from consentry_sim import clients as cl
from consentry_sim.campaigns import (
    _common,
    _group_size,
    _own_infrastructure,
    _release_us,
    _split,
)
from consentry_sim.families import (
    api_models,
    consumer_models,
    generic_plan,
    give_keys,
    made_up_domain,
    pick_uas,
)
from consentry_sim.net import CODES, COUNTRIES, tz_of
from consentry_sim.populations import EGRESS, Pop
from consentry_sim.world import ALT, DAY_US, WORK, Ctx

LANGS = 8  # wrapper languages of the multilingual campaign (phrases.COT_INTL)


def _cohort(ctx: Ctx, members: np.ndarray, a: dict[str, np.ndarray], cards_per: int) -> None:
    """What one operator's accounts share: a sign-up window, a few cards, sometimes a domain."""
    rng = ctx.rng
    created = ctx.scale.start_us - int(rng.uniform(3, 120) * DAY_US)
    spread = int(rng.uniform(1, 10))
    a["created_us"][members] = (
        created + rng.integers(0, spread * DAY_US // 1_000_000, len(members)) * 1_000_000
    )
    cards = ctx.new_pay(max(1, len(members) // cards_per))
    a["pay"][members] = cards[rng.integers(0, len(cards), len(members))]
    if rng.random() < 0.3:
        a["email"][members[rng.random(len(members)) < 0.5]] = ctx.domain(made_up_domain(rng))


def _fix_channels(a: dict[str, np.ndarray]) -> None:
    api = a["tier"] == TIERS.index("api")
    web = a["channel"] == SIGNUP_CHANNELS.index("web")
    a["channel"][api & web] = SIGNUP_CHANNELS.index("api_console")
    # consumer tiers stay on web and app
    cdf = a["surf_cdf"][~api]
    chat = cdf[:, 1:2]
    cdf[:, :2] = np.where(chat > 1e-6, cdf[:, :2] / np.maximum(chat, 1e-6), 1.0)
    cdf[:, 2:] = 1.0
    a["surf_cdf"][~api] = cdf


def build_multiturn(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Cohorts harvesting in conversations: a new question, then follow-ups asking for more,
    on chat surfaces and the stateful API, through a commercial proxy pool per cohort."""
    rng, ev = ctx.rng, ctx.evasion
    a = _common(ctx, pop, n)
    providers = ctx.shared["proxy_providers"]
    for members in _split(n, _group_size(ctx, pop)):
        _cohort(ctx, members, a, 4)
        prov = providers[rng.integers(len(providers))]  # type: ignore[index]
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(
            ctx.net.alloc(int(rng.integers(4, 16)), provider=int(prov))
        )
        for s in (cl.WEB, cl.APP, cl.API):
            a["ua"][members, s] = cl.pick_ua(rng, ctx.ua_sections, s, 1)[0]
        if ev.residential:
            _own_infrastructure(ctx, a, members)
    _fix_channels(a)
    consumer_models(ctx, a)
    a["stateful"][:] = True
    a["p_resume"][:] = rng.uniform(0.0, 0.3)
    give_keys(ctx, a, 1, 1)
    a["key_n"][a["tier"] != TIERS.index("api")] = 0
    return a, generic_plan(ctx, a, pop)


def build_toolharvest(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Tool-call trajectories harvested over many client apps: each account its own SDK or
    agent client strings, short agent loops on function-calling tasks, from cloud VMs in
    several regions."""
    rng, ev = ctx.rng, ctx.evasion
    a = _common(ctx, pop, n)
    s_agent, n_agent = ctx.shared["sys"]["agent"]  # type: ignore[index]
    for members in _split(n, _group_size(ctx, pop)):
        _cohort(ctx, members, a, 6)
        regions = rng.choice(["US", "SG", "JP", "DE", "IE"], int(rng.integers(1, 4)))
        pools = []
        for r in regions:
            cands = ctx.net.by_key[("datacenter", CODES.index(str(r)))]
            pools.append(ctx.net.alloc(int(rng.integers(2, 8)), provider=int(rng.choice(cands))))
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(np.concatenate(pools))
        a["tools"][members] = rng.integers(3, 25, len(members))
        if rng.random() < 0.6:
            a["sys_idx"][members] = s_agent + rng.integers(0, n_agent, len(members))
            a["p_sys"][members] = rng.uniform(0.5, 1.0)
        if ev.residential:
            _own_infrastructure(ctx, a, members)
    pick_uas(ctx, a)  # many client apps: every account its own strings
    api_models(ctx, a, adopters=0.6, mean_days=2.0)
    a["stateful"][:] = rng.random(n) < 0.5
    give_keys(ctx, a, 1, 3)
    return a, generic_plan(ctx, a, pop)


def build_sweep(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Systematic capability coverage: like an eval runner's single-turn items, but every
    account walks its own slice of every category (unit-test or curriculum style), so the
    operation asks thousands of distinct items and never repeats one."""
    rng, ev = ctx.rng, ctx.evasion
    a = _common(ctx, pop, n)
    stripe = 0
    for members in _split(n, _group_size(ctx, pop)):
        _cohort(ctx, members, a, 3)
        region = CODES.index(("US", "DE", "SG", "IE", "JP")[rng.integers(5)])
        cands = ctx.net.by_key[("datacenter", region)]
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(
            ctx.net.alloc(int(rng.integers(2, 6)), provider=int(rng.choice(cands)))
        )
        a["ua"][members, cl.API] = cl.pick_ua(rng, ctx.ua_sections, cl.API, 1)[0]
        a["head"][members] = int(rng.integers(0, 3))  # the operation's item format
        a["stripe"][members] = stripe + np.arange(len(members))
        stripe += len(members)
        if ev.residential:
            _own_infrastructure(ctx, a, members)
    api_models(ctx, a, adopters=0.8, mean_days=1.0)
    give_keys(ctx, a, 1, 2)
    return a, generic_plan(ctx, a, pop)


def build_multilingual(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Reasoning harvested in several languages through residential and mobile proxies: each
    session leaves from some exit of a large pool in many countries, so accounts share few
    addresses; cohorts share cards and sign-up windows."""
    rng = ctx.rng
    a = _common(ctx, pop, n)
    served = [i for i, c in enumerate(COUNTRIES) if not c[3]]
    for members in _split(n, _group_size(ctx, pop)):
        _cohort(ctx, members, a, 5)
        countries = rng.choice(served, int(rng.integers(3, 9)), replace=False)
        res = np.concatenate(
            [
                ctx.net.alloc(int(rng.integers(5, 20)), kind="residential", country=int(c))
                for c in countries
            ]
        )
        mob = np.concatenate(
            [
                ctx.net.alloc(int(rng.integers(2, 8)), kind="mobile", country=int(c))
                for c in countries
            ]
        )
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(res)
        a["slots"][members, 2 * ALT : 2 * ALT + 2] = ctx.add_pool(mob)
        a["alt_p"][members] = rng.uniform(0.2, 0.6)
        a["declared"][members] = rng.choice(countries, len(members))
        a["lang"][members] = rng.integers(1, LANGS + 1, len(members))
        for s in (cl.WEB, cl.APP, cl.API):
            a["ua"][members, s] = cl.pick_ua(rng, ctx.ua_sections, s, len(members))
    a["tz"][:] = tz_of(rng, a["declared"])
    _fix_channels(a)
    a["base_model"][:] = np.where(rng.random(n) < 0.5, cl.PRO, cl.M4)
    a["adopt_us"][:] = _release_us() + int(rng.uniform(0.5, 5) * DAY_US)
    a["new_share"][:] = 0.6
    give_keys(ctx, a, 1, 1)
    a["key_n"][a["tier"] != TIERS.index("api")] = 0
    return a, generic_plan(ctx, a, pop)


def build_lowslow(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Low and slow: many accounts, each a few ordinary-looking sessions a day in its own
    declared time zone, each on its own residential exit and client strings, covering every
    capability evenly; only cards and sign-up windows tie them together."""
    rng = ctx.rng
    a = _common(ctx, pop, n)
    a["tz"][:] = tz_of(rng, a["declared"])
    for members in _split(n, _group_size(ctx, pop)):
        _cohort(ctx, members, a, 5)
    _own_infrastructure(ctx, a, np.arange(n))
    cards = ctx.new_pay(max(1, n // 5))  # re-share cards: prepaid cards bought in bulk
    a["pay"][:] = cards[np.arange(n) // 5 % len(cards)]
    a["egress"][:] = EGRESS.index("fixed")  # always its own exit
    _fix_channels(a)
    consumer_models(ctx, a)
    a["p_resume"][:] = 0.05
    give_keys(ctx, a, 1, 1)
    a["key_n"][a["tier"] != TIERS.index("api")] = 0
    return a, generic_plan(ctx, a, pop)
