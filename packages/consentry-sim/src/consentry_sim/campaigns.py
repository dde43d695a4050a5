"""The three distillation campaigns of the February 2026 report, with their evasion knobs.

Accounts are built with the same machinery as everyone else (ids, client strings, address
providers, payment instruments, model names). What makes them a campaign is behavioural:
shared infrastructure across many accounts, synchronised or flat machine timing, templated
capability sweeps, reasoning elicitation, and a fast move to a new model.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from consentry.contract import SIGNUP_CHANNELS, TIERS
from consentry_sim import clients as cl
from consentry_sim import replies as rp
from consentry_sim.families import (
    base_accounts,
    generic_plan,
    give_keys,
    made_up_domain,
    reseller_countries,
    webmail,
)
from consentry_sim.net import CODES, tz_of
from consentry_sim.populations import DIURNAL_NAMES, TIMINGS, TOPICS, Pop
from consentry_sim.scales import Evasion
from consentry_sim.world import ALT, DAY_US, WORK, Ctx

DECLARED = {
    "US": 0.35,
    "SG": 0.2,
    "GB": 0.1,
    "JP": 0.1,
    "CA": 0.1,
    "AU": 0.05,
    "KR": 0.05,
    "DE": 0.05,
}
COT_SYSTEM = rp.CUSTOM_INSTRUCTIONS.index(
    "You are an expert problem solver. Always show your complete reasoning."
)
OPERATOR_TZ = 8.0  # where the operators work (a restricted region)
LEAK = 0.004  # share of sessions that leave from the operator's own address


def _declared(rng: np.random.Generator, n: int) -> np.ndarray:
    names = list(DECLARED)
    p = np.array(list(DECLARED.values()))
    return np.array([CODES.index(c) for c in names], np.int16)[
        rng.choice(len(names), n, p=p / p.sum())
    ]


def _release_us() -> int:
    return int(cl.RELEASE.timestamp()) * 1_000_000


def _common(ctx: Ctx, pop: Pop, n: int) -> dict[str, np.ndarray]:
    a = base_accounts(ctx, pop, n)
    a["declared"][:] = _declared(ctx.rng, n)
    a["email"][:] = webmail(ctx, a["declared"])
    a["tz"][:] = OPERATOR_TZ
    a["slots"][:, 2 * ALT : 2 * ALT + 2] = ctx.shared["leak"]
    a["alt_p"][:] = LEAK
    a["cam_p"][:] = ctx.evasion.camouflage
    return a


def _own_infrastructure(ctx: Ctx, a: dict[str, np.ndarray], idx: np.ndarray) -> None:
    """Evasion: one residential address (a residential proxy exit) and one card per account."""
    for i in idx:
        addr = ctx.net.alloc(1, kind="residential", country=int(a["declared"][i]), v6_share=0.2)
        a["slots"][i, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(addr)
    a["pay"][idx] = ctx.new_pay(len(idx))
    for s in range(4):
        a["ua"][idx, s] = cl.pick_ua(ctx.rng, ctx.ua_sections, s, len(idx))


def _split(n: int, size: int) -> list[np.ndarray]:
    return np.array_split(np.arange(n), max(1, int(np.ceil(n / size))))


def _group_size(ctx: Ctx, pop: Pop) -> int:
    return pop.group_size[0] if ctx.scale.factor >= 0.05 else pop.group_size[1]


def build_reasoning(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Cohorts of accounts on shared cards and proxies, sending in synchronised waves."""
    rng = ctx.rng
    ev = ctx.evasion
    a = _common(ctx, pop, n)
    api = a["tier"] == TIERS.index("api")
    a["surf_cdf"][:] = np.where(api[:, None], [0, 0, 1, 1], [1, 1, 1, 1])
    a["channel"][api & (a["channel"] == SIGNUP_CHANNELS.index("web"))] = SIGNUP_CHANNELS.index(
        "api_console"
    )
    plan = np.zeros((n, ctx.days), np.int32)
    cot_sys = ctx.shared["sys"]["custom"][0] + COT_SYSTEM  # type: ignore[index]
    providers = ctx.shared["proxy_providers"]
    weights = np.asarray(_diurnal("operator"))
    for members in _split(n, _group_size(ctx, pop)):
        created = ctx.scale.start_us - int(rng.uniform(5, 90) * DAY_US)
        a["created_us"][members] = (
            created + rng.integers(0, 2 * DAY_US // 1_000_000, len(members)) * 1_000_000
        )
        a["declared"][members[rng.random(len(members)) < 0.8]] = a["declared"][members[0]]
        prov = providers[rng.integers(len(providers))]  # type: ignore[index]
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(
            ctx.net.alloc(int(rng.integers(4, 11)), provider=int(prov))
        )
        cards = ctx.new_pay(int(rng.integers(1, 3)))
        a["pay"][members] = cards[rng.integers(0, len(cards), len(members))]
        dom = ctx.domain(made_up_domain(rng))
        a["email"][members[rng.random(len(members)) < 0.3]] = dom
        for s, kind in ((cl.API, cl.API), (cl.WEB, cl.WEB)):
            a["ua"][members, s] = cl.pick_ua(rng, ctx.ua_sections, kind, 1)[0]
        a["head"][members] = int(rng.integers(0, 3))
        if rng.random() < 0.5:
            a["sys_idx"][members] = cot_sys + int(rng.integers(2))
            a["p_sys"][members] = 0.8
        if ev.residential:
            _own_infrastructure(ctx, a, members)
        # Waves: on an active day the cohort's controller fires one or more rounds in which every
        # account sends a short burst, a few seconds apart.
        waves = []
        for _d in range(ctx.days):
            k = (1 + rng.poisson(0.7)) if rng.random() < pop.active[0] else 0
            hours = rng.choice(24, k, p=weights / weights.sum()) + rng.random(k)
            waves.append(np.sort(((hours - OPERATOR_TZ) % 24) * 3600e6).astype(np.int64))
        g = ctx.new_group(
            kind="wave",
            waves=waves,
            interval=float(rng.uniform(5, 12)),
            fanout=float(rng.uniform(0.02, 0.08)),
        )
        a["group"][members] = g
        a["rank"][members] = np.arange(len(members))
        plan[members] = np.array([len(w) for w in waves], np.int32)[None, :]
        switch = _release_us() + int(rng.uniform(3, 6) * DAY_US)
        a["adopt_us"][members] = switch if rng.random() < 0.5 else a["adopt_us"][members]
    a["base_model"][:] = np.where(rng.random(n) < 0.5, cl.PRO, cl.M4)
    a["new_share"][:] = 0.5
    give_keys(ctx, a, 1, 1)
    a["key_n"][~api] = 0
    return a, plan


def _diurnal(name: str) -> tuple[float, ...]:
    from consentry_sim.populations import DIURNAL

    return DIURNAL[name]


PATHS = ("api", "cli", "web", "api", "cli")


def build_agentic(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Hundreds of accounts over several access paths running agent loops around the clock."""
    rng = ctx.rng
    ev = ctx.evasion
    a = _common(ctx, pop, n)
    s_agent = ctx.shared["sys"]["agent"][0]  # type: ignore[index]
    providers = ctx.shared["proxy_providers"]
    phase2 = int(ctx.days * 0.6)
    for p, members in enumerate(_split(n, _group_size(ctx, pop))):
        kind = PATHS[p % len(PATHS)]
        surface = {"api": cl.API, "cli": cl.CLI, "web": cl.WEB}[kind]
        cdf = np.zeros(4)
        cdf[surface:] = 1.0
        a["surf_cdf"][members] = cdf
        if kind == "web":
            a["tier"][members] = TIERS.index("max")
            a["channel"][members] = SIGNUP_CHANNELS.index("web")
            addrs = ctx.net.alloc(
                int(rng.integers(6, 16)), provider=int(providers[rng.integers(len(providers))])
            )  # type: ignore[index]
            a["p_image"][members] = 0.1
            for i in members:
                a["ua"][i, cl.WEB] = cl.pick_ua(rng, ctx.ua_sections, cl.WEB, 1)[0]
        else:
            a["tier"][members] = TIERS.index("api")
            if a["channel"][members[0]] == SIGNUP_CHANNELS.index("web"):
                a["channel"][members] = SIGNUP_CHANNELS.index("api_console")
            region = CODES.index(("US", "SG", "JP", "DE")[rng.integers(4)])
            cands = ctx.net.by_key[("datacenter", region)]
            addrs = ctx.net.alloc(int(rng.integers(3, 13)), provider=int(rng.choice(cands)))
            a["ua"][members, surface] = cl.pick_ua(rng, ctx.ua_sections, surface, 1)[0]
            a["tools"][members] = int(rng.integers(10, 31))
            a["sys_idx"][members] = s_agent + (1 if kind == "api" else 0)
            a["p_sys"][members] = 1.0
            a["stateful"][members] = kind == "cli"
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(addrs)
        cards = ctx.new_pay(max(1, len(members) // 6))
        a["pay"][members] = cards[rng.integers(0, len(cards), len(members))]
        a["created_us"][members] = (
            ctx.scale.start_us
            - rng.integers(int(rng.uniform(20, 150)) * 86400, 200 * 86400, len(members)) * 1_000_000
        )
        a["group"][members] = ctx.new_group(kind="path", surface=kind)
        a["trace_day"][members] = phase2
        a["adopt_us"][members] = _release_us() + int(rng.uniform(1, 4) * DAY_US)
        if ev.residential:
            _own_infrastructure(ctx, a, members)
    a["base_model"][:] = np.where(rng.random(n) < 0.6, cl.PRO, cl.M4)
    a["new_share"][:] = 0.4
    if ev.jitter:
        a["diurnal"][:] = DIURNAL_NAMES.index("developer")
    give_keys(ctx, a, 1, 2)
    return a, generic_plan(ctx, a, pop)


def build_hydra(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Some 20,000 reseller-managed accounts, each under any per-account threshold, sharing
    the reseller's proxy pool and billing with its real customers."""
    rng = ctx.rng
    ev = ctx.evasion
    a = _common(ctx, pop, n)
    r1 = ctx.shared["R1"]
    a["declared"][:] = reseller_countries(rng, n)
    a["email"][:] = webmail(ctx, a["declared"])
    a["slots"][:, 2 * WORK : 2 * WORK + 2] = r1["pool"]  # type: ignore[index]
    a["alt_p"][:] = LEAK / 2
    partner = a["channel"] == SIGNUP_CHANNELS.index("partner_reseller")
    a["pay"][partner] = np.asarray(r1["pay"])[rng.integers(0, 3, int(partner.sum()))]  # type: ignore[index]
    own = partner & (rng.random(n) < 0.6)
    a["email"][own] = r1["domain"]  # type: ignore[index]
    direct = np.flatnonzero(~partner)
    cards = ctx.new_pay(max(1, len(direct) // 8))
    a["pay"][direct] = cards[rng.integers(0, len(cards), len(direct))]
    a["ua"][:, cl.API] = np.asarray(r1["ua"])[rng.integers(0, 2, n)]  # type: ignore[index]
    a["head"][:] = rng.integers(0, 5, n)
    eval_sys = ctx.shared["sys"]["eval"][0]  # type: ignore[index]
    a["sys_idx"][:] = np.where(rng.random(n) < 0.5, eval_sys, -1)
    a["p_sys"][:] = 1.0
    age = rng.random(n)
    a["created_us"][:] = (
        ctx.scale.start_us
        - np.select(
            [age < 0.2, age < 0.9],
            [rng.uniform(60, 300, n), rng.uniform(0, 60, n)],
            -rng.uniform(0, ctx.days, n),
        ).astype(np.int64)
        * DAY_US
    )
    release = _release_us()
    if ev.staggered_switch:
        a["adopt_us"][:] = release + rng.integers(2 * 3600, 10 * 86400, n) * 1_000_000
    else:
        a["adopt_us"][:] = release + int(rng.uniform(2, 20) * 3600e6)
    a["base_model"][:] = np.where(rng.random(n) < 0.6, cl.M4, cl.PRO)
    a["new_share"][:] = 0.5
    if ev.residential:
        _own_infrastructure(ctx, a, np.arange(n))
    if ev.jitter:
        a["timing"][:] = TIMINGS.index("diurnal")
        a["diurnal"][:] = DIURNAL_NAMES.index("consumer")
        a["tz"][:] = tz_of(rng, a["declared"])
    a["surf_cdf"][:] = [0, 0, 1, 1]
    give_keys(ctx, a, 1, 1)
    return a, generic_plan(ctx, a, pop)


VARY_DIURNALS = ("operator", "flat", "developer", "consumer", "office", "product")


def vary(rng: np.random.Generator, pop: Pop, ev: Evasion) -> tuple[Pop, Evasion]:
    """Domain randomisation of one campaign family for one world (the `vary` knob): volume
    per account (from well below heavy users to above), turns per session, active days,
    accounts per cohort or path, topic mix and focus, working hours, and the family's own
    evasion (residential exits, staggered model switch, camouflage). Training on many such
    worlds teaches what a campaign is rather than what three fixed designs look like."""

    def f(scale: float = 1.0) -> float:
        return float(np.exp(rng.normal(0, ev.vary * scale)))

    wd = float(np.clip(pop.active[0] * f(), 0.15, 1.0))
    new = replace(
        pop,
        sessions=(pop.sessions[0] * f(1.5), pop.sessions[1]),
        turns=max(1.0, pop.turns * f()),
        active=(wd, float(np.clip(wd * rng.uniform(0.3, 1.0), 0.05, 1.0))),
        topics=pop.topics if rng.random() < 0.5 else str(rng.choice(list(TOPICS))),
        topic_focus=pop.topic_focus * f(),
        diurnal=(
            pop.diurnal
            if pop.timing == "wave" or rng.random() < 0.5
            else str(rng.choice(VARY_DIURNALS))
        ),
        group_size=(max(2, round(pop.group_size[0] * f())), max(2, round(pop.group_size[1] * f()))),
    )
    evasion = replace(
        ev,
        residential=bool(rng.random() < 0.5),
        staggered_switch=bool(rng.random() < 0.5),
        camouflage=float(rng.uniform(0.05, 0.5)) if rng.random() < 0.5 else 0.0,
    )
    return new, evasion
