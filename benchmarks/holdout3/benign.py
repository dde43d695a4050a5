"""Legitimate traffic: ordinary chat users (most accounts) and classes that each look like a
campaign in one respect - volume, templates, tools, shared addresses, flat hours, regions, fast
model switches, accounts created together."""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy as np
from people import (
    chat_sessions,
    daily_counts,
    fixed,
    home_line,
    net_of,
    pool,
    times_over,
    tz_of,
)
from prompts import CONCEPTS, chat, dev_question, everyday, followup, one, pasted, response
from sink import Account, Ctx, api_model, tokens
from world import (
    DAY,
    DAYS,
    EVENING,
    FLAGSHIP_NEW,
    HOUR,
    HUMAN,
    LANG,
    RELEASED,
    RESTRICTED,
    START,
    WORK,
    active_days,
    cli_ua,
    pick_country,
    sdk_ua,
)

FREE_MAIL = ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com",
             "hotmail.com", "proton.me", "gmx.de", "yandex.ru", "naver.com", "qq.com")  # fmt: skip


def _person(ctx: Ctx, g: np.random.Generator, label: str, country: str | None = None,
            tier: str | None = None, created: int | None = None, org: str | None = None,
            email: str | None = None, channel: str = "web") -> Account:  # fmt: skip
    country = country or pick_country(g)
    tier = tier or ("free" if g.random() < 0.72 else ("pro" if g.random() < 0.85 else "max"))
    pay = None if tier == "free" else ctx.hexid("pf_", 20)
    if created is None:
        # One in ten ordinary users signs up during the window.
        created = (
            (START + int(g.random() * (DAYS - 1) * DAY)) if g.random() < 0.1 else ctx.old_signup(g)
        )
    return ctx.account(label, created, tier, channel, pay,
                       email or FREE_MAIL[int(g.integers(0, len(FREE_MAIL)))], country, org)  # fmt: skip


def _first_day(a: Account) -> int:
    return max(0, (a.created_at - START) // DAY + 1)


def chat_user(ctx: Ctx, i: int, heavy: bool = False) -> None:
    """chat_light / chat_regular: most accounts. A few turns a week, or a daily habit."""
    g, r = ctx.streams(101 if heavy else 100, i)
    a = _person(ctx, g, "benign:chat_regular" if heavy else "benign:chat_light")
    lang = LANG.get(a.declared_country or "", "en") if g.random() < 0.7 else "en"
    share, mean = (
        (g.uniform(0.3, 0.8), g.uniform(1.5, 8))
        if heavy
        else (g.uniform(0.03, 0.2), g.uniform(1, 4))
    )
    days = active_days(g, share, g.uniform(0.6, 1.3), first=_first_day(a))
    prof = HUMAN if g.random() < 0.6 else (EVENING if g.random() < 0.6 else WORK)
    t = times_over(g, days, daily_counts(g, days, mean), tz_of(a.declared_country, g), prof)
    paste = float(g.beta(0.6, 5))
    chat_sessions(ctx, a, g, r, t, home_line(ctx, g, a.declared_country or "US"),
                  lambda: chat(r, ctx.c, lang, paste), follow=g.uniform(0.2, 0.7))  # fmt: skip


def heavy_user(ctx: Ctx, i: int) -> None:
    """Power users and developers: dozens to hundreds of requests on working days, web plus the
    CLI, coding and writing, some from a cloud dev box."""
    g, r = ctx.streams(102, i)
    a = _person(ctx, g, "benign:heavy_user", tier="max" if g.random() < 0.6 else "pro")
    days = active_days(g, 0.85, 0.35)
    tz = tz_of(a.declared_country, g)
    t = times_over(g, days, daily_counts(g, days, g.uniform(25, 80), 0.6), tz, WORK, 12, 45)
    home = home_line(ctx, g, a.declared_country or "US", 0.1)
    devbox = fixed(net_of(ctx, g, "cloud"), g)
    cli = r.random() < 0.6
    key = ctx.hexid("key_", 12)
    cua = cli_ua(g)
    web_times, cli_times = (t[g.random(len(t)) < 0.5], None) if cli else (t, None)
    if cli:
        mask = np.isin(t, web_times)
        cli_times = t[~mask]
    chat_sessions(ctx, a, g, r, web_times, home, lambda: dev_question(r, ctx.c) if r.random() < 0.6
                  else chat(r, ctx.c), follow=0.6, app_share=0.1, kind="code", out_median=600)  # fmt: skip
    if cli_times is not None:
        conv = ctx.hexid("c_", 16)
        for ts in cli_times.tolist():
            if r.random() < 0.2:
                conv = ctx.hexid("c_", 16)
            p = dev_question(r, ctx.c)
            sys_ = "You are a coding assistant working in the user's repository."
            inp, out = tokens(g, p, sys_, int(g.integers(2000, 60000)), 800)
            ip_, cc = (devbox if r.random() < 0.3 else home)(ts)
            ctx.emit(a, ts, "cli", api_model(ts, 24 + g.exponential(48), False), ip_, cc, cua,
                     p, sys_, response(r, "code"), inp, out, key=key, conv=conv,
                     tools=int(g.integers(4, 16)))  # fmt: skip


def family_home(ctx: Ctx, i: int) -> None:
    """Two to five accounts on one home network (and the same phone carrier)."""
    g, r = ctx.streams(103, i)
    country = pick_country(g)
    home = home_line(ctx, g, country, 0.25)
    pay = ctx.hexid("pf_", 20) if g.random() < 0.5 else None
    for m in range(int(g.integers(2, 6))):
        gm, rm = ctx.streams(1103, i, m)
        tier = "free" if (pay is None or gm.random() < 0.5) else "pro"
        a = _person(ctx, gm, "benign:family_home", country=country, tier=tier)
        if tier == "pro" and pay is not None:
            a.payment_fingerprint = pay  # one parent's card pays for several seats
        days = active_days(gm, gm.uniform(0.1, 0.7), 1.4, first=_first_day(a))
        t = times_over(gm, days, daily_counts(gm, days, gm.uniform(1, 6)), tz_of(country, gm),
                       EVENING if m else HUMAN)  # fmt: skip
        lang = LANG.get(country, "en")
        chat_sessions(ctx, a, gm, rm, t, home, lambda rm=rm, lang=lang: chat(rm, ctx.c, lang))


def campus(ctx: Ctx, i: int, nets: list, cohort: tuple[int, str, str] | None = None) -> None:
    """campus_nat: students behind a university NAT. classroom_cohort: a class that signs up
    together through the education programme and works on the same assignments."""
    g, r = ctx.streams(104 if cohort is None else 105, i)
    net = nets[i % len(nets)] if cohort is None else nets[cohort[0] % len(nets)]
    label = "benign:campus_nat" if cohort is None else "benign:classroom_cohort"
    created = None
    email = f"{net.cidr.split('.')[0]}u{net.asn % 97}.edu"
    if cohort is not None:
        created = START + cohort[0] % 20 * DAY + int(g.normal(10 * HOUR, 1.5 * HOUR))
        email = cohort[1]
    a = _person(ctx, g, label, country=net.country, tier="education", created=created,
                email=email, channel="education_program")  # fmt: skip
    a.payment_fingerprint = None
    campus_ip = fixed(net, g, 64)
    home = home_line(ctx, g, net.country, 0.5)
    days = active_days(g, g.uniform(0.2, 0.7), 0.5, first=_first_day(a))
    t = times_over(g, days, daily_counts(g, days, g.uniform(2, 7)), tz_of(net.country, g), HUMAN)

    def ip(ts: int) -> tuple[str, str]:
        local_h = ((ts - START) / HOUR + (tz_of(net.country, g))) % 24
        weekday = ((ts - START) // DAY) % 7 < 5
        return campus_ip(ts) if weekday and 8 <= local_h <= 18 and r.random() < 0.8 else home(ts)

    def first() -> str:
        if cohort is not None and r.random() < 0.5:
            return f"{cohort[2]} {one(r, ('', 'how do I start?', 'I dont get part b', 'check my answer:', 'explain'))} {one(r, CONCEPTS) if r.random() < 0.3 else ''}".strip()  # fmt: skip
        if ctx.c.gsm and r.random() < 0.2:
            return pasted(r, one(r, ctx.c.gsm))
        return dev_question(r, ctx.c) if r.random() < 0.25 else chat(r, ctx.c)

    chat_sessions(ctx, a, g, r, t, ip, first, follow=0.55)


ASSIGNMENTS = (
    "Assignment 3: write a function that returns the nth Fibonacci number iteratively.",
    "Problem set 4, Q2: a ball is thrown upward at 20 m/s. How long until it lands?",
    "Essay prompt: Discuss the causes of the First World War in 800 words.",
    "Lab 5: explain why the enzyme activity drops above 40 degrees.",
    "Homework 2: compute the derivative of x^3 sin(x) and explain each rule used.",
    "Week 6 reading response: summarise the author's argument about urban planning.",
    "Project brief: design a database schema for a library lending system.",
    "Tutorial 7: prove that the square root of 2 is irrational.",
)  # fmt: skip


def corporate(ctx: Ctx, org_i: int, size: int) -> None:
    """corporate_nat: a company's staff on team seats behind the office egress, office hours,
    paid by one company card."""
    g, _ = ctx.streams(106, org_i)
    office = fixed(net_of(ctx, g, "office"), g, 8)
    org = ctx.hexid("org_", 10)
    pay = ctx.hexid("pf_", 20)
    dom = f"{one(random.Random(org_i), ('acme', 'northwind', 'globex', 'initech', 'umbrella', 'stark', 'wayne'))}-{org_i}.com"
    tier = "team" if g.random() < 0.6 else "enterprise"
    created = ctx.old_signup(g, 300)
    for m in range(size):
        gm, rm = ctx.streams(1106, org_i, m)
        a = _person(ctx, gm, "benign:corporate_nat", country=None, tier=tier,
                    created=created + int(gm.exponential(20) * DAY), org=org, email=dom)  # fmt: skip
        a.payment_fingerprint = pay
        a.declared_country = office(0)[1]
        days = active_days(gm, gm.uniform(0.3, 0.9), 0.05, first=_first_day(a))
        t = times_over(gm, days, daily_counts(gm, days, gm.uniform(3, 15)),
                       tz_of(a.declared_country, gm), WORK)  # fmt: skip
        home = home_line(ctx, gm, a.declared_country, 0.2)
        chat_sessions(ctx, a, gm, rm, t,
                      lambda ts, home=home, rm=rm: office(ts) if rm.random() < 0.85 else home(ts),
                      lambda rm=rm: dev_question(rm, ctx.c) if rm.random() < 0.35 else everyday(rm),
                      follow=0.5, app_share=0.05)  # fmt: skip


def _api_account(ctx: Ctx, g: np.random.Generator, label: str, tier: str = "api",
                 channel: str = "api_console", country: str | None = None) -> Account:  # fmt: skip
    country = country or pick_country(g)
    dom = f"{one(random.Random(int(g.integers(0, 1 << 30))), ('labs', 'ai', 'data', 'hq', 'app', 'io'))}{int(g.integers(10, 9999))}.com"
    return ctx.account(label, ctx.old_signup(g, 400), tier, channel, ctx.hexid("pf_", 20), dom,
                       country, ctx.hexid("org_", 10))  # fmt: skip


def eval_runner(ctx: Ctx, i: int) -> None:
    """An evaluation lab or a startup's benchmark harness: whole benchmarks in bursts from cloud
    machines, the new model within hours of its release, verbatim benchmark prompts."""
    g, r = ctx.streams(107, i)
    a = _api_account(ctx, g, "benign:eval_runner",
                     channel="research_program" if g.random() < 0.5 else "api_console")  # fmt: skip
    ip = fixed(net_of(ctx, g, "cloud"), g, 4)
    key, ua = ctx.hexid("key_", 12), sdk_ua(g, "corvid-python/{a}.{b}.{c}")
    sys_ = one(r, (None, "You are a helpful assistant.", "Answer the question. Put the final answer after ####."))  # fmt: skip
    bench = [("gsm", ctx.c.gsm), ("arena", ctx.c.arena), ("mt", [t[0] for t in ctx.c.mtbench])]
    runs = sorted(
        set(g.integers(0, DAYS, 5).tolist()) | {int((RELEASED[FLAGSHIP_NEW] - START) // DAY)}
    )
    for d in runs:
        name, items = bench[int(g.integers(0, 3))]
        if not items:
            continue
        k = min(len(items), int(g.integers(300, 1300)))
        start = START + d * DAY + int(g.uniform(0, 20) * HOUR)
        if d == (RELEASED[FLAGSHIP_NEW] - START) // DAY:
            start = RELEASED[FLAGSHIP_NEW] + int(g.uniform(0.5, 5) * HOUR)
        ts = start + np.cumsum(g.exponential(0.4, k) * 1e6).astype(np.int64)
        model = FLAGSHIP_NEW if start >= RELEASED[FLAGSHIP_NEW] else "corvid-4"
        for j, t in enumerate(ts.tolist()):
            p = items[(j * 7 + d) % len(items)]
            inp, out = tokens(g, p, sys_, 0, 250)
            ip_, cc = ip(t)
            ctx.emit(a, t, "api", model, ip_, cc, ua, p, sys_, response(r, "cot" if name == "gsm" else "chat"),
                     inp, out, key=key, status=429 if r.random() < 0.02 else 200)  # fmt: skip


def ci_agent(ctx: Ctx, i: int) -> None:
    """A coding agent in CI: every push and nightly job runs tool-heavy steps from runners in a
    cloud, round the clock, on one prompt template."""
    g, r = ctx.streams(108, i)
    a = _api_account(ctx, g, "benign:ci_agent", tier="team" if g.random() < 0.5 else "api")
    ip = fixed(net_of(ctx, g, "cloud"), g, 200)
    key, ua = ctx.hexid("key_", 12), sdk_ua(g, "corvid-node/{a}.{b}.{c}") + " github-actions"
    repo = f"{one(r, ('api', 'web', 'infra', 'mobile', 'billing'))}-{i}"
    sys_ = (f"You are the CI review agent for the {repo} repository. Use the tools to read the diff, "
            "run the tests and post a review.")  # fmt: skip
    days = active_days(g, 0.9, 0.3)
    t = times_over(g, days, daily_counts(g, days, g.uniform(15, 60), 0.5), tz_of(a.declared_country, g),
                   WORK * 0.8 + 0.2, session=8, gap_s=9)  # fmt: skip
    adopt = g.uniform(24, 400)
    for ts in t.tolist():
        p = one(
            r,
            (
                "Review PR #{n}: {m}",
                "Tests failed on commit {h}: {e}. Diagnose.",
                "Nightly: summarise flaky tests in run {n}",
                "Lint errors in {f}; propose fixes",
            ),
        )
        p = p.format(n=r.randint(100, 9999), m=one(r, ("fix pagination", "bump deps", "add retries", "refactor auth")),
                     h=f"{r.getrandbits(28):07x}", e=one(r, ("timeout", "assertion", "segfault")),
                     f=one(r, ("src/app.ts", "lib/db.py", "cmd/main.go")))  # fmt: skip
        inp, out = tokens(g, p, sys_, int(g.integers(3000, 40000)), 500)
        ip_, cc = ip(ts)
        ctx.emit(a, ts, "api", api_model(ts, adopt, False), ip_, cc, ua, p, sys_, response(r, "tool"),
                 inp, out, key=key, conv=ctx.hexid("c_", 16), tools=int(g.integers(6, 12)))  # fmt: skip


def batch_enrichment(ctx: Ctx, i: int) -> None:
    """Nightly enrichment of a catalogue or CRM: thousands of templated requests in a few
    hours from one cloud address, rate-limited now and then."""
    g, r = ctx.streams(109, i)
    a = _api_account(ctx, g, "benign:batch_enrichment", tier="enterprise")
    ip = fixed(net_of(ctx, g, "cloud"), g, 2)
    key, ua = ctx.hexid("key_", 12), sdk_ua(g, "python-requests/2.{b}.{c}")
    task = one(r, ("Classify this support ticket into one of: billing, bug, feature, other.",
                   "Extract brand, size and colour as JSON from this product title.",
                   "Write a 2-sentence description for this listing.",
                   "Detect the language and sentiment of this review."))  # fmt: skip
    for d in active_days(g, 0.55, 0.2).tolist():
        k = int(g.integers(200, 900))
        start = START + d * DAY + int(g.uniform(0, 4) * HOUR)
        ts = start + np.cumsum(g.exponential(2.0, k) * 1e6).astype(np.int64)
        for t in ts.tolist():
            rec = f"{one(r, ('SKU', 'ticket', 'review', 'lead'))} {r.randint(10**5, 10**7)}: {everyday(r)[:80]}"
            inp, out = tokens(g, rec, task, 0, 60)
            ip_, cc = ip(t)
            ctx.emit(a, t, "api", "corvid-4-mini", ip_, cc, ua, rec, task, None, inp, out,
                     key=key, status=429 if r.random() < 0.03 else 200)  # fmt: skip


def automation(ctx: Ctx, i: int) -> None:
    """Personal automations and community bots: a digest every hour, a Discord or Telegram bot,
    a home agent - all day and night on one wrapper prompt, from home or a small VPS."""
    g, r = ctx.streams(110, i)
    a = _person(ctx, g, "benign:personal_automation", tier="api" if g.random() < 0.7 else "pro",
                channel="api_console")  # fmt: skip
    vps = g.random() < 0.5
    ip = (
        fixed(net_of(ctx, g, "vps"), g) if vps else home_line(ctx, g, a.declared_country or "US", 0)
    )
    key, ua = ctx.hexid("key_", 12), sdk_ua(g)
    kind = int(g.integers(0, 3))
    sys_ = ("Summarise these headlines into a short morning digest.", "You are Bolt, a friendly Discord bot for a gaming community. Keep replies short.", "You control a smart home. Reply with an action.")[kind]  # fmt: skip
    period = int(g.choice([1800, 3600, 7200, 14400]))
    days = active_days(g, 0.95)
    for d in days.tolist():
        if kind == 1:
            n = int(g.poisson(g.uniform(5, 40)))
            ts = np.sort(START + d * DAY + (g.random(n) * DAY).astype(np.int64) // 1 * 1)
        else:
            base = START + d * DAY + np.arange(0, DAY, period * 1_000_000, dtype=np.int64)
            ts = base + (g.random(len(base)) * 30e6).astype(np.int64)
            ts = ts[g.random(len(ts)) < 0.7]
        for t in ts.tolist():
            p = (f"Headlines: {everyday(r)[:60]}; {everyday(r)[:60]}" if kind == 0
                 else everyday(r) if kind == 1 else f"sensor update: {one(r, ('motion hall', 'temp 19C', 'door open', 'lux 40'))}")  # fmt: skip
            inp, out = tokens(g, p, sys_, 0, 120)
            ip_, cc = ip(t)
            ctx.emit(
                a,
                t,
                "api",
                "corvid-4-mini",
                ip_,
                cc,
                ua,
                p,
                sys_,
                response(r, "chat"),
                inp,
                out,
                key=key,
            )


def api_product(ctx: Ctx, i: int) -> None:
    """An app with its own users: one account, one system prompt, thousands of different end
    users' messages per day following their day, from cloud addresses."""
    g, r = ctx.streams(111, i)
    a = _api_account(
        ctx,
        g,
        "benign:api_product",
        channel="startup_program" if g.random() < 0.3 else "api_console",
    )
    ip = fixed(net_of(ctx, g, "cloud"), g, 40)
    key, ua = ctx.hexid("key_", 12), sdk_ua(g)
    sys_ = one(r, ("You are StudyPal, a tutor for high-school students.", "You are the support assistant for ShopRight.",
                   "You help users write better cover letters.", "You are a language exchange partner.",
                   "You answer questions about the user's uploaded documents."))  # fmt: skip
    small = g.random() < 0.5
    adopt = g.uniform(48, 600)
    days = np.arange(DAYS)
    t = times_over(g, days, daily_counts(g, days, g.uniform(80, 260), 0.3), tz_of(a.declared_country, g),
                   HUMAN * 0.7 + 0.6, session=3, gap_s=40)  # fmt: skip
    for ts in t.tolist():
        p = chat(r, ctx.c) if r.random() < 0.7 else followup(r)
        inp, out = tokens(g, p, sys_, int(g.integers(0, 3000)), 250)
        ip_, cc = ip(ts)
        ctx.emit(a, ts, "api", api_model(ts, adopt, small), ip_, cc, ua, p, sys_, response(r, "chat"),
                 inp, out, key=key, status=429 if r.random() < 0.01 else 200)  # fmt: skip


def agent_dev(ctx: Ctx, i: int) -> None:
    """Developers building on agent frameworks: tool schemas, multi-step runs, experiments with
    several models, bursts while they work."""
    g, r = ctx.streams(112, i)
    a = _person(ctx, g, "benign:agent_framework", tier="api",
                channel="startup_program" if g.random() < 0.3 else "api_console")  # fmt: skip
    a.payment_fingerprint = a.payment_fingerprint or ctx.hexid("pf_", 20)
    home = home_line(ctx, g, a.declared_country or "US", 0)
    cloud = fixed(net_of(ctx, g, "cloud"), g, 3)
    ua = sdk_ua(
        g,
        one(
            r,
            ("langchain-corvid/0.{b}.{c}", "corvid-python/{a}.{b}.{c}", "corvid-node/{a}.{b}.{c}"),
        ),
    )
    key = ctx.hexid("key_", 12)
    days = active_days(g, 0.6, 0.4)
    t = times_over(
        g, days, daily_counts(g, days, g.uniform(6, 30)), tz_of(a.declared_country, g), WORK, 6, 8
    )
    from campaign_text import agent_step, agent_task

    conv, tools, adopt = None, 0, g.uniform(6, 200)
    for ts in t.tolist():
        if conv is None or r.random() < 0.3:
            conv = ctx.hexid("c_", 16)
            p, tools = (
                agent_task(r, ctx.c)
                if r.random() < 0.3
                else (dev_question(r, ctx.c), int(g.integers(2, 9)))
            )
        else:
            p = agent_step(r)
        sys_ = "You are an assistant that can call tools."
        inp, out = tokens(g, p, sys_, int(g.integers(500, 8000)), 200)
        ip_, cc = (cloud if r.random() < 0.4 else home)(ts)
        ctx.emit(a, ts, "api", api_model(ts, adopt, r.random() < 0.3), ip_, cc, ua, p, sys_,
                 response(r, "tool"), inp, out, key=key, conv=conv, tools=tools)  # fmt: skip


def api_developer(ctx: Ctx, i: int) -> None:
    """The long tail of the API: developers and small scripts with a few calls on some days,
    from home or a cloud box, some with a system prompt of their own."""
    g, r = ctx.streams(118, i)
    a = _person(ctx, g, "benign:api_developer", tier="api",
                channel="startup_program" if g.random() < 0.1 else "api_console")  # fmt: skip
    a.payment_fingerprint = a.payment_fingerprint or ctx.hexid("pf_", 20)
    home = home_line(ctx, g, a.declared_country or "US", 0.05)
    cloud = fixed(net_of(ctx, g, one(r, ("cloud", "vps", "cloud"))), g, 2)
    on_cloud = g.random() * 0.8
    key, ua = ctx.hexid("key_", 12), sdk_ua(g)
    sys_ = one(r, (None, None, "You are a helpful assistant.", f"You are {one(r, ('Max', 'Nova', 'Sage'))}, "
                   f"an assistant for {one(r, ('my notes app', 'a recipe site', 'our wiki', 'a chess club'))}."))  # fmt: skip
    days = active_days(g, g.uniform(0.08, 0.5), 0.7, first=_first_day(a))
    t = times_over(g, days, daily_counts(g, days, g.uniform(2, 20)), tz_of(a.declared_country, g),
                   HUMAN, 6, 20)  # fmt: skip
    adopt, small = g.uniform(2, 500), g.random() < 0.5
    for ts in t.tolist():
        p = dev_question(r, ctx.c) if r.random() < 0.4 else chat(r, ctx.c)
        inp, out = tokens(g, p, sys_, 0, float(g.uniform(150, 900)))
        ip_, cc = (cloud if r.random() < on_cloud else home)(ts)
        ctx.emit(a, ts, "api", api_model(ts, adopt, small), ip_, cc, ua, p, sys_, response(r, "chat"),
                 inp, out, key=key, status=400 if r.random() < 0.01 else 200)  # fmt: skip


def reseller_customer(ctx: Ctx, i: int) -> None:
    """Ordinary customers of a partner reseller: their requests leave through the reseller's
    exit pool, the same pool a campaign rents."""
    g, r = ctx.streams(113, i)
    a = _person(ctx, g, "benign:reseller_customer", tier="pro", channel="partner_reseller",
                country=one(r, ("SG", "IN", "AE", "VN", "ID", "PH", "TR", "JP", "US", "HK")))  # fmt: skip
    ip = pool(ctx.nw.by_tag["reseller"], g)
    key, ua = ctx.hexid("key_", 12), sdk_ua(g)
    days = active_days(g, g.uniform(0.2, 0.8), 1.0, first=_first_day(a))
    t = times_over(
        g, days, daily_counts(g, days, g.uniform(1, 10)), tz_of(a.declared_country, g), HUMAN
    )
    lang = LANG.get(a.declared_country or "", "en")
    conv = None
    for ts in t.tolist():
        if conv is None or r.random() < 0.5:
            conv, p = ctx.hexid("c_", 16), chat(r, ctx.c, lang)
        else:
            p = followup(r)
        inp, out = tokens(g, p, None, 0, 300)
        ip_, cc = ip(ts)
        ctx.emit(a, ts, "api", api_model(ts, 72, r.random() < 0.5), ip_, cc, ua, p, None,
                 response(r, "chat"), inp, out, key=key, conv=conv)  # fmt: skip


def traveller(ctx: Ctx, i: int, expat: bool) -> None:
    """traveller_vpn: people abroad or on a VPN for some days. expat_restricted: people living
    in a restricted region on VPNs and home lines, several to a household."""
    g, r = ctx.streams(114 if expat else 115, i)
    label = "benign:expat_restricted" if expat else "benign:traveller_vpn"
    home_c = pick_country(g)
    a = _person(ctx, g, label, country=home_c)
    # Expatriates share a household (a home line and a carrier) in threes.
    gh, rh = ctx.streams(117, i // 3) if expat else (g, r)
    where = one(rh, RESTRICTED) if expat or r.random() < 0.3 else pick_country(g)
    away = home_line(ctx, gh, where, 0.6)
    home = home_line(ctx, g, home_c, 0.3)
    vpn = pool(ctx.nw.by_tag["vpn"][:6], g, 200)
    trip = (int(g.integers(0, DAYS - 5)), int(g.integers(4, 15)))
    days = active_days(g, g.uniform(0.3, 0.8), 1.0, first=_first_day(a))
    t = times_over(g, days, daily_counts(g, days, g.uniform(1, 8)), tz_of(where, g), HUMAN)

    def ip(ts: int) -> tuple[str, str]:
        d = (ts - START) // DAY
        abroad = expat or trip[0] <= d < trip[0] + trip[1]
        if not abroad:
            return home(ts)
        return vpn(ts) if r.random() < (0.7 if expat else 0.4) else away(ts)

    lang = LANG.get(home_c, "en")
    chat_sessions(ctx, a, g, r, t, ip, lambda: chat(r, ctx.c, lang))


def early_adopter(ctx: Ctx, i: int) -> None:
    """Developers who switch their code to a new model within hours of release and try it hard
    for a couple of days, on the API from home and cloud."""
    g, r = ctx.streams(116, i)
    a = _person(ctx, g, "benign:release_early_adopter", tier="api",
                channel="startup_program" if g.random() < 0.3 else "api_console")  # fmt: skip
    a.payment_fingerprint = ctx.hexid("pf_", 20)
    home = home_line(ctx, g, a.declared_country or "US", 0.1)
    cloud = fixed(net_of(ctx, g, "cloud"), g, 2)
    key, ua = ctx.hexid("key_", 12), sdk_ua(g)
    days = active_days(g, 0.5, 0.5)
    t = times_over(
        g, days, daily_counts(g, days, g.uniform(5, 30)), tz_of(a.declared_country, g), HUMAN, 5, 30
    )
    rel = RELEASED[FLAGSHIP_NEW]
    burst = rel + np.sort((g.exponential(10, int(g.integers(40, 250))) * HOUR).astype(np.int64))
    t = np.sort(np.concatenate([t, burst[burst < START + DAYS * DAY]]))
    adopt = g.uniform(0.3, 6)
    for ts in t.tolist():
        p = (
            dev_question(r, ctx.c)
            if r.random() < 0.5
            else (pasted(r, one(r, ctx.c.arena)) if ctx.c.arena else everyday(r))
        )
        inp, out = tokens(g, p, None, 0, 500)
        ip_, cc = (cloud if r.random() < 0.3 else home)(ts)
        ctx.emit(
            a,
            ts,
            "api",
            api_model(ts, adopt, False),
            ip_,
            cc,
            ua,
            p,
            None,
            response(r, "chat"),
            inp,
            out,
            key=key,
        )


def _cohort(ctx: Ctx, c: int) -> None:
    nets = ctx.nw.by_tag["campus"]
    for m in range(30 if ctx.scale >= 0.2 else 6):
        campus(ctx, c * 100 + m, nets, (c, f"college{c}.edu", ASSIGNMENTS[c % len(ASSIGNMENTS)]))


# (actor, units at scale 1, floor): an account, or a household / cohort / organisation.
UNITS: tuple[tuple[Callable[[Ctx, int], None], int, int], ...] = (
    (chat_user, 6500, 20),
    (lambda ctx, i: chat_user(ctx, i, heavy=True), 2500, 8),
    (heavy_user, 150, 2),
    (family_home, 150, 2),
    (lambda ctx, i: campus(ctx, i, ctx.nw.by_tag["campus"]), 600, 4),
    (_cohort, 8, 1),
    (lambda ctx, o: corporate(ctx, o, 60 if ctx.scale >= 0.2 else 8), 5, 1),
    (eval_runner, 6, 1),
    (ci_agent, 20, 1),
    (batch_enrichment, 5, 1),
    (automation, 100, 1),
    (api_product, 12, 1),
    (agent_dev, 80, 1),
    (api_developer, 600, 1),
    (reseller_customer, 500, 1),
    (early_adopter, 60, 1),
    (lambda ctx, i: traveller(ctx, i, expat=False), 250, 2),
    (lambda ctx, i: traveller(ctx, i, expat=True), 150, 2),
)


def run_benign(ctx: Ctx, tick: Callable[[int], None]) -> None:
    for fn, k, floor in UNITS:
        for i in range(ctx.n(k, floor)):
            fn(ctx, i)
            tick(1)
