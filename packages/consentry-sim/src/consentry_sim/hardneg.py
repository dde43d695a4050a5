"""Hard negatives: legitimate populations that each look like a campaign to a naive rule.

A university crowd behind two campus addresses, an eval runner sending whole benchmarks in
sync and moving to a new model on release day, an enterprise batch job with one template and
one corporate card, CI coding agents with machine-regular timing and tool calls. (Reseller
customers share the reseller's proxy pool: families.build_reseller.)
"""

from __future__ import annotations

import numpy as np

from consentry.contract import TIERS
from consentry_sim import clients as cl
from consentry_sim.families import (
    api_models,
    base_accounts,
    consumer_models,
    generic_plan,
    give_keys,
    made_up_domain,
    people_egress,
    pick_uas,
)
from consentry_sim.net import CODES, tz_of
from consentry_sim.pools import build_pools
from consentry_sim.populations import DIURNAL_NAMES, STYLES, Pop
from consentry_sim.world import DAY_US, HOME, WORK, Ctx

UNI_COUNTRIES = ("US", "GB", "DE", "IN", "CA", "AU", "KR")
UNI_SUFFIX = {
    "US": ".edu",
    "GB": ".ac.uk",
    "DE": ".de",
    "IN": ".ac.in",
    "CA": ".ca",
    "AU": ".edu.au",
    "KR": ".ac.kr",
}
MEETINGS = ((0, 2), (1, 3), (0, 2, 4), (1, 3), (2, 4), (0, 3))


def _groups(ctx: Ctx, pop: Pop, n: int) -> list[np.ndarray]:
    size = pop.group_size[0] if ctx.scale.factor >= 0.05 else pop.group_size[1]
    k = max(1, round(n / size))
    return np.array_split(np.arange(n), k)


def _release_us() -> int:
    return int(cl.RELEASE.timestamp()) * 1_000_000


def build_university(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Students behind two campus NAT addresses, asking homework questions in class bursts."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    groups = _groups(ctx, pop, n)
    codes = [UNI_COUNTRIES[rng.integers(len(UNI_COUNTRIES))] for _ in groups]
    for members, code in zip(groups, codes, strict=True):
        a["declared"][members] = CODES.index(code)
        a["tz"][members] = tz_of(rng, np.array([CODES.index(code)]))[0]
    people_egress(ctx, a)  # homes and carriers in the university's country
    for members, code in zip(groups, codes, strict=True):
        c = CODES.index(code)
        prov = ctx.net.new_provider("education", code, prefix=16)
        campus = ctx.add_pool(ctx.net.alloc(2, provider=prov))
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = campus
        dorm = members[rng.random(len(members)) < 0.4]
        a["slots"][dorm, 2 * HOME : 2 * HOME + 2] = campus
        a["email"][members] = ctx.domain(made_up_domain(rng, UNI_SUFFIX[code]))
        billing = ctx.new_pay(1)[0]
        covered = members[rng.random(len(members)) < 0.7]
        a["pay"][covered] = billing
        g = ctx.new_group(kind="university", country=c)
        a["group"][members] = g
        # Eight courses, each meeting on fixed weekdays at a fixed hour; three per student.
        courses = [
            (MEETINGS[rng.integers(len(MEETINGS))], int(rng.integers(9, 17))) for _ in range(8)
        ]
        for i in members:
            for ci in rng.choice(8, 3, replace=False):
                days, hour = courses[ci]
                for wd in days:
                    if a["class_hour"][i, wd] < 0:
                        a["class_hour"][i, wd] = hour
        # Accounts opened for the spring term, shortly before the window.
        a["created_us"][members] = ctx.scale.start_us - rng.integers(1, 25, len(members)) * DAY_US
    consumer_models(ctx, a)
    pick_uas(ctx, a)
    a["p_resume"][:] = 0.15
    a["class_p"][:] = pop.extra.get(
        "class_share", 0.45
    )  # share of class-day sessions held in class
    return a, generic_plan(ctx, a, pop)


def _suite(ctx: Ctx) -> np.ndarray:
    """The benchmark items an eval run sends, in order; a fixed subset at the small scales."""
    pools = build_pools()
    items = np.concatenate([pools.bench[b] for b in ("gsm8k-test", "mt-bench", "arena-hard-v2.0")])
    keep = max(100, int(len(items) * min(1.0, ctx.scale.factor * 20)))
    return items[np.linspace(0, len(items) - 1, keep).astype(int)]


def _run_plan(
    ctx: Ctx, members: np.ndarray, runs: list[list[tuple[int, int, int, int]]], plan: np.ndarray
) -> None:
    """Items of each run are dealt round-robin over the group's accounts."""
    size = len(members)
    for d, day_runs in enumerate(runs):
        for _, _, n_items, _ in day_runs:
            for r, i in enumerate(members):
                plan[i, d] += max(0, (n_items - r + size - 1) // size)


def build_eval_lab(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Research labs running whole benchmarks nightly, and on a new model on release day."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    plan = np.zeros((n, ctx.days), np.int32)
    suite = _suite(ctx)
    release = _release_us()
    s_eval = ctx.shared["sys"]["eval"][0]  # type: ignore[index]
    for li, members in enumerate(_groups(ctx, pop, n)):
        code = ("US", "GB", "CA", "DE")[li % 4]
        c = CODES.index(code)
        a["declared"][members] = c
        tz = float(tz_of(rng, np.array([c]))[0])
        if li % 3 == 0:
            prov = ctx.net.new_provider("education", code, prefix=16)
            a["email"][members] = ctx.domain(made_up_domain(rng, ".edu"))
        else:
            prov = int(ctx.net.by_key[("datacenter", CODES.index("US"))][0])
            a["email"][members] = ctx.domain(made_up_domain(rng, ".ai"))
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(
            ctx.net.alloc(int(rng.integers(2, 5)), provider=prov)
        )
        a["ua"][members, cl.API] = cl.pick_ua(rng, ctx.ua_sections, cl.API, 1)[0]
        a["pay"][members] = ctx.new_pay(1)[0] if rng.random() < 0.5 else -1
        a["org"][members] = ctx.new_org()
        a["head"][members] = int(rng.integers(0, 3))  # the lab's prompt format
        if rng.random() < 0.5:
            a["sys_idx"][members] = s_eval
            a["p_sys"][members] = 1.0
        spacing = float(rng.uniform(0.15, 0.6))
        runs: list[list[tuple[int, int, int, int]]] = []
        for d in range(ctx.days):
            day0 = ctx.scale.start_us + d * DAY_US
            todays: list[tuple[int, int, int, int]] = []
            if ctx.weekday(d) < 5:
                t = day0 + int(((2 - tz) % 24) * 3600e6) + int(rng.integers(0, 900)) * 1_000_000
                models = [cl.M4, cl.PRO] + ([cl.NEW] if t > release else [])
                for m in models:
                    todays.append((t, m, len(suite), int(rng.integers(1 << 30))))
                    t += int((len(suite) * spacing + 300) * 1e6)
            if day0 <= release < day0 + DAY_US:
                t = release + int(rng.uniform(1, 3) * 3600e6)
                todays.append((t, cl.NEW, len(suite), int(rng.integers(1 << 30))))
            runs.append(todays)
        g = ctx.new_group(
            kind="run", runs=runs, items=suite, spacing=spacing, size=len(members), source="bench"
        )
        a["group"][members] = g
        a["rank"][members] = np.arange(len(members))
        _run_plan(ctx, members, runs, plan)
    a["created_us"][:] = ctx.scale.start_us - rng.integers(100, 500, n) * DAY_US
    give_keys(ctx, a, 1, 1)
    return a, plan


def build_enterprise(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """A company's nightly batch: one template, thousands of tickets, one corporate card."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    plan = np.zeros((n, ctx.days), np.int32)
    scale = min(1.0, ctx.scale.factor * 20)
    n_tickets = build_pools().sec["ticket"][1]
    for members in _groups(ctx, pop, n):
        code = ("US", "DE", "GB", "JP", "FR", "IN")[rng.integers(6)]
        c = CODES.index(code)
        a["declared"][members] = c
        tz = float(tz_of(rng, np.array([c]))[0])
        prov = ctx.net.new_provider("corporate", code, prefix=24)
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(
            ctx.net.alloc(int(rng.integers(1, 3)), provider=prov)
        )
        a["org"][members] = ctx.new_org()
        a["email"][members] = ctx.domain(made_up_domain(rng))
        a["pay"][members] = ctx.new_pay(1)[0]
        a["ua"][members, cl.API] = cl.pick_ua(rng, ctx.ua_sections, cl.API, 1)[0]
        model = int(rng.choice([cl.M4, cl.MINI]))
        switch = _release_us() + int(rng.uniform(5, 20) * DAY_US) if rng.random() < 0.5 else None
        spacing = float(rng.uniform(0.2, 0.35))
        size = float(pop.extra.get("batch", 6000)) * scale
        runs = []
        for d in range(ctx.days):
            day0 = ctx.scale.start_us + d * DAY_US
            k = int(rng.lognormal(np.log(size * (1 if ctx.weekday(d) < 5 else 0.4)), 0.25))
            t = day0 + int(((1 - tz) % 24) * 3600e6) + int(rng.integers(0, 600)) * 1_000_000
            m = cl.NEW if switch is not None and t >= switch else model
            todays = [(t, m, max(k, 10), int(rng.integers(1 << 30)))]
            if ctx.weekday(d) < 5:
                t2 = day0 + int(((14 - tz) % 24) * 3600e6)
                todays.append((t2, m, max(10, k // 20), int(rng.integers(1 << 30))))
            runs.append(todays)
        g = ctx.new_group(
            kind="run",
            runs=runs,
            items=None,
            n_tickets=n_tickets,
            spacing=spacing,
            size=len(members),
            source="ticket",
        )
        a["group"][members] = g
        a["rank"][members] = np.arange(len(members))
        _run_plan(ctx, members, runs, plan)
    a["created_us"][:] = ctx.scale.start_us - rng.integers(200, 900, n) * DAY_US
    give_keys(ctx, a, 1, 1)
    return a, plan


def build_ci(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """CI agents: a nightly cron at an exact minute plus push-triggered jobs in office hours."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    runners = ctx.shared["runners"]
    s0, sn = ctx.shared["sys"]["agent"]  # type: ignore[index]
    for members in _groups(ctx, pop, n):
        home = ("US", "US", "US", "DE", "GB", "SG", "IN", "FR", "CA")[rng.integers(9)]
        region = {"GB": "IE", "FR": "IE", "IN": "SG", "CA": "US"}.get(home, home)
        a["slots"][members, 2 * WORK : 2 * WORK + 2] = runners[region]  # type: ignore[index]
        a["declared"][members[0]] = CODES.index(home)
        a["org"][members] = ctx.new_org()
        a["email"][members] = ctx.domain(made_up_domain(rng))
        a["pay"][members] = ctx.new_pay(1)[0]
        a["ua"][members, cl.CLI] = cl.pick_ua(rng, ctx.ua_sections, cl.CLI, 1)[0]
        a["ua"][members, cl.API] = cl.pick_ua(rng, ctx.ua_sections, cl.API, 1)[0]
        a["tools"][members] = int(rng.integers(8, 31))
        a["tier"][members] = a["tier"][members[0]]
        a["declared"][members] = a["declared"][members[0]]
        a["tz"][members] = a["tz"][members[0]]
        a["sys_idx"][members] = s0 + int(rng.integers(sn))
    a["p_sys"][:] = 1.0
    cron = rng.random(n) < 0.7
    a["cron_s"][:] = np.where(
        cron, rng.integers(1, 6, n) * 3600 + rng.choice([0, 900, 1800], n) * 1, -1
    )
    a["stateful"][:] = True
    a["ci"][:] = True
    a["created_us"][:] = ctx.scale.start_us - rng.integers(30, 600, n) * DAY_US
    api_models(ctx, a, adopters=0.4, mean_days=7.0)
    give_keys(ctx, a, 1, 2)
    plan = generic_plan(ctx, a, pop)
    weekend = ctx.weekday(np.arange(ctx.days)) >= 5
    plan[:, weekend] = rng.poisson(0.3, (n, int(weekend.sum())))
    plan += cron[:, None].astype(np.int32)
    a["tier"][a["tier"] == TIERS.index("free")] = TIERS.index("api")
    return a, plan


def _fixed_egress(ctx: Ctx, a: dict[str, np.ndarray], members: np.ndarray) -> None:
    """A home server (a third of them) or a few cloud addresses in one region."""
    rng = ctx.rng
    if rng.random() < 0.33:
        c = int(a["declared"][members[0]])
        addrs = ctx.net.alloc(1, kind="residential", country=c)
    else:
        region = CODES.index(("US", "DE", "SG", "IE", "JP", "US")[rng.integers(6)])
        cands = ctx.net.by_key[("datacenter", region)]
        addrs = ctx.net.alloc(int(rng.integers(1, 4)), provider=int(rng.choice(cands)))
    a["slots"][members, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(addrs)


def _suites(ctx: Ctx, a: dict[str, np.ndarray], members: np.ndarray, median: float) -> None:
    """One fixed prompt set per group (log-sd 1.2 around `median` items)."""
    rng = ctx.rng
    a["suite"][members] = int(rng.integers(1 << 40))
    a["suite_n"][members] = max(2, int(rng.lognormal(np.log(median), 1.2)))


RUNNER_DIURNALS = ("flat", "office", "developer", "operator", "product")


def build_eval_runner(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Evaluation runners: 1 to N accounts re-sending one fixed suite (a benchmark, a
    regression set) with repeats, at their own volume and hours, single-turn, over the API
    from a cloud VM or a home server; some around the clock."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    s_eval, n_eval = ctx.shared["sys"]["eval"]  # type: ignore[index]
    size = pop.group_size[0] if ctx.scale.factor >= 0.05 else pop.group_size[1]
    start = 0
    while start < n:
        k = min(n - start, int(rng.integers(1, 2 * size)))
        members = np.arange(start, start + k)
        a["declared"][members] = a["declared"][start]
        a["tz"][members] = a["tz"][start]
        _fixed_egress(ctx, a, members)
        _suites(ctx, a, members, float(pop.extra.get("suite", 150)))
        a["ua"][members, cl.API] = cl.pick_ua(rng, ctx.ua_sections, cl.API, 1)[0]
        a["ua"][members, cl.CLI] = cl.pick_ua(rng, ctx.ua_sections, cl.CLI, 1)[0]
        a["pay"][members] = ctx.new_pay(1)[0]
        a["org"][members] = ctx.new_org() if rng.random() < 0.5 else -1
        a["head"][members] = int(rng.integers(0, 3))
        a["diurnal"][members] = DIURNAL_NAMES.index(
            RUNNER_DIURNALS[rng.integers(len(RUNNER_DIURNALS))]
        )
        if rng.random() < 0.5:
            a["sys_idx"][members] = s_eval + int(rng.integers(n_eval))
            a["p_sys"][members] = 1.0
        start += k
    api_models(ctx, a, adopters=0.7, mean_days=1.0)
    give_keys(ctx, a, 1, 2)
    a["created_us"][:] = ctx.scale.start_us - rng.integers(3, 600, n) * DAY_US
    return a, generic_plan(ctx, a, pop)


def build_scheduled(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Scheduled jobs and bots on a fixed prompt set: a digest, a monitor, a report or a chat
    bot's canned commands, templated and single-turn, around the clock or in office hours,
    one person's or one small team's."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    s0, sn = ctx.shared["sys"]["product"]  # type: ignore[index]
    for i in range(n):
        members = np.array([i])
        _fixed_egress(ctx, a, members)
        _suites(ctx, a, members, float(pop.extra.get("suite", 12)))
        a["diurnal"][i] = DIURNAL_NAMES.index(RUNNER_DIURNALS[rng.integers(len(RUNNER_DIURNALS))])
    a["pay"][:] = ctx.new_pay(n)
    a["head"][:] = rng.integers(0, 5, n)
    a["sys_idx"][:] = np.where(rng.random(n) < 0.7, s0 + rng.integers(0, sn, n), -1)
    a["p_sys"][:] = 1.0
    api_models(ctx, a, adopters=0.3, mean_days=8.0)
    pick_uas(ctx, a)
    give_keys(ctx, a, 1, 2)
    a["created_us"][:] = ctx.scale.start_us - rng.integers(5, 900, n) * DAY_US
    return a, generic_plan(ctx, a, pop)


VARY_LEGIT_FAMILIES = (
    "automation",
    "product",
    "reseller",
    "eval_runner",
    "scheduled",
    "ci",
    "people",
)
LEGIT_DIURNALS = ("flat", "office", "developer", "operator", "product", "consumer")


def vary_legit(rng: np.random.Generator, pop: Pop, sd: float) -> Pop:
    """Domain randomisation of a legitimate population for one world (the `vary` knob): volume
    per account, turns, active days, topic mix and focus, working hours and fixed-suite size,
    so that legitimate designs overlap campaigns in any one feature (regular hours, volume,
    single turns, narrow or broad topics) and the model must combine them."""
    from dataclasses import replace

    from consentry_sim.populations import TOPICS

    if pop.family not in VARY_LEGIT_FAMILIES or pop.timing in ("run", "class"):
        return pop
    if pop.family == "people" and pop.name not in ("power_user", "developer"):
        return pop  # the bulk of ordinary users stays as listed

    def f(scale: float = 1.0) -> float:
        return float(np.exp(rng.normal(0, sd * scale)))

    wd = float(np.clip(pop.active[0] * f(0.5), 0.15, 1.0))
    extra = dict(pop.extra)
    if "suite" in extra:
        extra["suite"] = extra["suite"] * f(2.0)
    return replace(
        pop,
        sessions=(pop.sessions[0] * f(1.5), pop.sessions[1]),
        turns=max(1.0, pop.turns * f(0.7)),
        active=(wd, float(np.clip(wd * rng.uniform(0.4, 1.0), 0.05, 1.0))),
        topics=pop.topics if rng.random() < 0.5 else str(rng.choice(list(TOPICS))),
        topic_focus=pop.topic_focus * f(),
        diurnal=pop.diurnal if rng.random() < 0.5 else str(rng.choice(LEGIT_DIURNALS)),
        extra=extra,
    )


def _broad_topics(rng: np.random.Generator, a: dict[str, np.ndarray], idx: np.ndarray) -> None:
    """Topic mixes spread over every category (a heavy user or a bot asked about anything)."""
    k = a["topic_cdf"].shape[1]
    mix = rng.dirichlet(np.full(k, float(rng.uniform(1.0, 6.0))), len(idx))
    a["topic_cdf"][idx] = np.cumsum(mix, axis=1)
    a["topic_cdf"][idx, -1] = 1.0


def new_questions(
    rng: np.random.Generator, pop: Pop, a: dict[str, np.ndarray], plan: np.ndarray
) -> np.ndarray:
    """Legitimate look-alikes that ask new questions (the `lookalikes` knob, training worlds):
    what real scripts, runners and heavy users do and a fixed prompt set does not. A share of
    each population, drawn per world:

    - personal automations and scheduled jobs: a digest or monitoring summary whose items are
      new every day (its suite rotates daily), or an open pipeline (a translation or Q&A bot)
      whose every prompt is new, single-turn items or chat, over broad topics, at volumes from
      a few to hundreds a day;
    - eval runners: a fixed benchmark for some days, then a new one (the suite rotates every
      2-10 days);
    - power users and developers: broad topics, more and shorter sessions.
    Returns the (possibly rescaled) session plan."""
    n = len(plan)
    if n == 0:
        return plan
    if "suite_days" not in a:
        a["suite_days"] = np.zeros(n, np.int16)
    pick = rng.random(n) < rng.uniform(0.3, 0.8)
    idx = np.flatnonzero(pick)
    if pop.name in ("automation", "scheduled") and len(idx):
        digest = rng.random(len(idx)) < 0.5
        d, o = idx[digest], idx[~digest]
        a["suite"][d] = rng.integers(1, 1 << 40, len(d))
        a["suite_n"][d] = np.maximum(3, rng.lognormal(np.log(20), 0.8, len(d))).astype(np.int32)
        a["suite_days"][d] = 1
        a["suite_n"][o] = 0
        a["style"][o] = rng.choice(
            [STYLES.index("product"), STYLES.index("eval"), STYLES.index("chat")], len(o)
        )
        _broad_topics(rng, a, o)
        factor = rng.lognormal(0.3, 0.9, n)
        plan = np.where(pick[:, None], rng.poisson(plan * factor[:, None]), plan)
    elif pop.name == "eval_runner" and len(idx):
        suites = np.unique(a["suite"][idx])
        every = dict(zip(suites, rng.integers(2, 11, len(suites)), strict=True))
        a["suite_days"][idx] = [every[s] for s in a["suite"][idx]]
    elif pop.name in ("power_user", "developer") and len(idx):
        _broad_topics(rng, a, idx)
        a["turns"][idx] = np.maximum(1.0, a["turns"][idx] * rng.uniform(0.4, 1.0, len(idx)))
        factor = rng.lognormal(0.4, 0.5, n)
        plan = np.where(pick[:, None], rng.poisson(plan * factor[:, None]), plan)
    return plan.astype(np.int32)
