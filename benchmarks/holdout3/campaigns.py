"""Seven distillation operations, each with its own infrastructure, text, volume, timing and
client mix. Modelled on the February 2026 public report (16M+ exchanges through ~24,000
fraudulent accounts and proxy "hydra clusters"; agentic reasoning, tool use, coding, rubric
grading, chain-of-thought extraction, censorship-safe rewrites; spread under limits; proxy
pools shared with legitimate customers; quick moves to new models)."""

from __future__ import annotations

import campaign_text as tx
import numpy as np
from people import IpFn, chat_sessions, daily_counts, net_of, pool, times_over, tz_of
from prompts import chat, everyday, followup, one, response
from sink import Account, Ctx, api_model, consumer_model, tokens
from world import (
    DAY,
    DAYS,
    FLAGSHIP_NEW,
    FLAT,
    HOUR,
    HUMAN,
    MINI_NEW,
    RELEASED,
    START,
    TZ,
    WORK,
    active_days,
    browser_ua,
    sdk_ua,
)

# Accounts at scale 1, and the floor that keeps a family present at tiny scales.
SIZES = {
    "hydra_cot": (700, 6),
    "agentic_tools": (60, 4),
    "rubric_grader": (150, 4),
    "coding_harvest": (120, 4),
    "censor_reseller": (150, 4),
    "paraphrase_slow": (250, 4),
    "release_sprint": (120, 4),
}
MAIL = ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me")


def _acct(ctx: Ctx, g: np.random.Generator, family: str, created: int, tier: str, channel: str,
          cards: list[str] | None, domains: tuple[str, ...], countries: tuple[str, ...]) -> Account:  # fmt: skip
    pay = None if cards is None else cards[int(g.integers(0, len(cards)))]
    return ctx.account(f"attack:{family}", created, tier, channel, pay,
                       domains[int(g.integers(0, len(domains)))],
                       countries[int(g.integers(0, len(countries)))])  # fmt: skip


def _cards(ctx: Ctx, n: int) -> list[str]:
    return [ctx.hexid("pf_", 20) for _ in range(max(1, n))]


def _switch(ts: int, lag_h: float, small: bool = False) -> str:
    """A campaign that chooses its model: the newest, as soon as its operators move."""
    return api_model(ts, lag_h, small)


def hydra_cot(ctx: Ctx, tick) -> None:  # type: ignore[no-untyped-def]
    """Chain-of-thought extraction through a hydra cluster: hundreds of API accounts fed by one
    queue, each request leaving from any exit of a commercial proxy pool, each account far
    below any rate limit, the whole cluster on the new flagship within hours."""
    fam = "hydra_cot"
    g0, _ = ctx.streams(201)
    cards = _cards(ctx, ctx.n(90))
    exits = pool(ctx.nw.by_tag["dcproxy"], g0, 2000)
    waves = (START - 40 * DAY, START - 9 * DAY, START + 4 * DAY, RELEASED[FLAGSHIP_NEW] + 20 * HOUR)
    doms = MAIL + ("mail-hub.cc", "inboxrelay.net", "qmx-mail.com")
    lag = float(g0.uniform(1, 3))
    for i in range(ctx.n(*SIZES["hydra_cot"])):
        g, r = ctx.streams(202, i)
        wave = waves[int(g.integers(0, len(waves)))]
        a = _acct(ctx, g, fam, wave + int(g.uniform(0, 30) * HOUR), "api", "api_console", cards,
                  doms, ("US", "SG", "GB", "CA", "JP", "KR", "DE"))  # fmt: skip
        key = ctx.hexid("key_", 12)
        ua = sdk_ua(g, one(r, ("corvid-python/{a}.{b}.{c}", "python-httpx/0.{b}.{c}",
                               "OpenAI/Python 1.{b}.{c}", "corvid-node/{a}.{b}.{c}")))  # fmt: skip
        first = max(0, (a.created_at - START) // DAY + 1)
        days = active_days(g, g.uniform(0.3, 0.7), 1.0, first=first)
        t = times_over(g, days, daily_counts(g, days, g.uniform(4, 12), 0.5), 0.0, FLAT, 3, 100)
        sys_ = tx.HYDRA_SYSTEMS[int(g.integers(0, len(tx.HYDRA_SYSTEMS)))]
        for ts in t.tolist():
            p = tx.hydra_cot(r, ctx.c)
            i_, o_ = tokens(g, p, sys_, 0, 650)
            ip_, cc = exits(ts)
            ctx.emit(a, ts, "api", _switch(ts, lag), ip_, cc, ua, p, sys_, response(r, "cot"),
                     i_, o_, key=key, status=429 if r.random() < 0.01 else 200)  # fmt: skip
        tick(1)


def agentic_tools(ctx: Ctx, tick) -> None:  # type: ignore[no-untyped-def]
    """Agent trajectories with tool schemas: a few dozen startup-credit and API accounts on
    cloud machines, multi-step runs around the clock."""
    fam = "agentic_tools"
    g0, _ = ctx.streams(203)
    nets = [net_of(ctx, g0, f"cloud:{k}") for k in range(3)]
    cards = _cards(ctx, ctx.n(20))
    lag = float(g0.uniform(2, 8))
    for i in range(ctx.n(*SIZES["agentic_tools"])):
        g, r = ctx.streams(204, i)
        startup = g.random() < 0.5
        a = _acct(ctx, g, fam, ctx.old_signup(g, 120), "api",
                  "startup_program" if startup else "api_console", None if startup else cards,
                  ("agentlabs.dev", "taskforge.ai", "gmail.com", "outlook.com"), ("US", "SG", "DE", "GB"))  # fmt: skip
        net = nets[int(g.integers(0, len(nets)))]
        k0 = int(g.integers(0, 1 << 20))
        key = ctx.hexid("key_", 12)
        ua = sdk_ua(
            g,
            one(
                r,
                (
                    "corvid-python/{a}.{b}.{c}",
                    "langchain-corvid/0.{b}.{c}",
                    "corvid-node/{a}.{b}.{c}",
                ),
            ),
        )
        days = active_days(g, 0.85, 0.9)
        t = times_over(g, days, daily_counts(g, days, g.uniform(15, 45), 0.4), tz_of(a.declared_country, g),
                       FLAT * 0.6 + HUMAN * 0.1, session=5, gap_s=12)  # fmt: skip
        conv, tools, step = None, 0, 0
        for ts in t.tolist():
            if conv is None or step >= r.randint(2, 8):
                conv, step = ctx.hexid("c_", 16), 0
                p, tools = tx.agent_task(r, ctx.c)
                sys_ = one(r, tx.AGENT_SYS)
            else:
                p = tx.agent_step(r)
            step += 1
            i_, o_ = tokens(g, p, sys_, step * int(g.integers(300, 1500)), 450)
            ctx.emit(a, ts, "api", _switch(ts, lag), net.addr(k0 + int(g.integers(0, 6))), net.country,
                     ua, p, sys_, response(r, "tool"), i_, o_, key=key, conv=conv, tools=tools)  # fmt: skip
        tick(1)


def _residential_exit(ctx: Ctx, g: np.random.Generator, countries: tuple[str, ...],
                      sticky_min: float) -> IpFn:  # fmt: skip
    """A residential-proxy session: a real home line somewhere, kept for `sticky_min` minutes,
    then another one. The feed sees ordinary residential addresses."""
    nets = [n for c in countries for n in ctx.nw.by_tag.get(f"res:{c}", [])]
    state = {"until": -1, "net": nets[0], "k": 0}

    def ip(ts: int) -> tuple[str, str]:
        if ts >= state["until"]:
            state["net"] = nets[int(g.integers(0, len(nets)))]
            state["k"] = int(g.integers(0, 1 << 30))
            state["until"] = ts + int(g.exponential(sticky_min) * 60e6)
        n = state["net"]
        return n.addr(state["k"]), n.country  # type: ignore[union-attr]

    return ip


def rubric_grader(ctx: Ctx, tick) -> None:  # type: ignore[no-untyped-def]
    """Grading data, low and slow: aged accounts that each send a dozen rubric prompts on a
    working day, through residential proxies, during the operators' office hours."""
    fam = "rubric_grader"
    g0, _ = ctx.streams(205)
    cards = _cards(ctx, ctx.n(110))
    countries = ("US", "GB", "CA", "AU", "DE", "JP")
    for i in range(ctx.n(*SIZES["rubric_grader"])):
        g, r = ctx.streams(206, i)
        api = g.random() < 0.7
        a = _acct(ctx, g, fam, ctx.old_signup(g, 200), "api" if api else "pro",
                  "api_console" if api else "web", cards, MAIL, countries)  # fmt: skip
        ip = _residential_exit(ctx, g, countries, 20)
        key = ctx.hexid("key_", 12) if api else None
        ua = sdk_ua(g) if api else browser_ua(g)
        days = active_days(g, 0.65, 0.15)
        # Office hours in UTC+8, wherever the exits are.
        t = times_over(
            g, days, daily_counts(g, days, g.uniform(5, 16), 0.8), 8 + g.normal(0, 0.5), WORK, 4, 90
        )
        lag = float(g.uniform(10, 40))
        for ts in t.tolist():
            p = tx.rubric(r, ctx.c)
            i_, o_ = tokens(g, p, None, 0, 280)
            ip_, cc = ip(ts)
            model = _switch(ts, lag) if api else consumer_model("pro", ts, lag, r)
            ctx.emit(a, ts, "api" if api else "web", model, ip_, cc, ua, p, None, response(r, "json"),
                     i_, o_, key=key)  # fmt: skip
        tick(1)


def coding_harvest(ctx: Ctx, tick) -> None:  # type: ignore[no-untyped-def]
    """Multi-turn coding sessions harvested from the consumer app and web on flat-fee plans,
    over mobile proxies (carrier NAT addresses that real phone users share), with camouflage
    chat between the sessions."""
    fam = "coding_harvest"
    cards = _cards(ctx, ctx.n(30))
    countries = ("US", "GB", "DE", "IN", "BR", "FR")
    for i in range(ctx.n(*SIZES["coding_harvest"])):
        g, r = ctx.streams(207, i)
        c = countries[int(g.integers(0, len(countries)))]
        a = _acct(ctx, g, fam, ctx.old_signup(g, 90), "max" if g.random() < 0.5 else "pro", "web",
                  cards, MAIL, (c,))  # fmt: skip
        mob = ctx.nw.by_tag[f"mob:{c}"][0]
        k0 = int(g.integers(0, 4000))

        def ip(ts: int, mob=mob, k0=k0, g=g) -> tuple[str, str]:
            return mob.addr(k0 + int(g.integers(0, 256))), mob.country

        days = active_days(g, 0.8, 0.8)
        t = times_over(
            g, days, daily_counts(g, days, g.uniform(6, 16), 0.5), tz_of(c, g), HUMAN, 7, 50
        )
        state = {"camo": False}

        def first(r=r, state=state) -> str:
            state["camo"] = r.random() < 0.2
            return everyday(r) if state["camo"] else tx.coding_open(r)

        def nxt(r=r, state=state) -> str:
            return followup(r) if state["camo"] else one(r, tx.CODING_NEXT)

        chat_sessions(ctx, a, g, r, t, ip, first, follow=0.85, app_share=0.5, follow_fn=nxt,
                      kind="code", out_median=900, image=0.0, lag_h=float(g.uniform(0, 2)),
                      max_turns=int(g.integers(4, 11)))  # fmt: skip
        tick(1)


def censor_reseller(ctx: Ctx, tick) -> None:  # type: ignore[no-untyped-def]
    """Censorship-safe rewrites in four languages, bought through a partner reseller whose exit
    pool also carries the reseller's ordinary customers."""
    fam = "censor_reseller"
    exits = pool(ctx.nw.by_tag["reseller"], ctx.streams(208)[0])
    for i in range(ctx.n(*SIZES["censor_reseller"])):
        g, r = ctx.streams(209, i)
        a = _acct(ctx, g, fam, START - int(g.uniform(-10, 60) * DAY), "pro", "partner_reseller",
                  None, MAIL + ("qq.com", "163.com", "yandex.ru"), ("SG", "AE", "HK", "VN", "TR", "US"))  # fmt: skip
        a.payment_fingerprint = None  # paid through the reseller
        key, ua = ctx.hexid("key_", 12), sdk_ua(g)
        first = max(0, (a.created_at - START) // DAY + 1)
        days = active_days(g, 0.6, 0.7, first=first)
        t = times_over(
            g, days, daily_counts(g, days, g.uniform(6, 25), 0.7), 8 + g.normal(0, 1), HUMAN, 5, 60
        )
        lang = one(r, ("zh", "zh", "zh", "en", "en", "ru", "es"))
        lag = float(g.uniform(6, 30))
        for ts in t.tolist():
            p = tx.censor(r, lang) if r.random() < 0.85 else chat(r, ctx.c, lang)
            i_, o_ = tokens(g, p, None, 0, 400)
            ip_, cc = exits(ts)
            ctx.emit(a, ts, "api", _switch(ts, lag), ip_, cc, ua, p, None, response(r, "chat"),
                     i_, o_, key=key, conv=ctx.hexid("c_", 16))  # fmt: skip
        tick(1)


def paraphrase_slow(ctx: Ctx, tick) -> None:  # type: ignore[no-untyped-def]
    """Broad expert-reasoning coverage, low and slow, every prompt worded afresh: aged consumer
    accounts in the browser, each on a sticky residential proxy that looks like a home line,
    a few requests on some days at human hours, a quarter of them ordinary chat."""
    fam = "paraphrase_slow"
    cards = _cards(ctx, ctx.n(150))
    countries = ("US", "GB", "CA", "DE", "FR", "AU", "IN", "JP")
    for i in range(ctx.n(*SIZES["paraphrase_slow"])):
        g, r = ctx.streams(210, i)
        c = countries[int(g.integers(0, len(countries)))]
        tier = "free" if g.random() < 0.4 else "pro"
        a = _acct(ctx, g, fam, ctx.old_signup(g, 500), tier, "web",
                  None if tier == "free" else cards, MAIL, (c,))  # fmt: skip
        ip = _residential_exit(ctx, g, (c,), 60 * 24 * 6)
        days = active_days(g, g.uniform(0.35, 0.7), 0.8)
        t = times_over(
            g, days, daily_counts(g, days, g.uniform(2, 8)), TZ[c] + g.normal(0, 0.3), HUMAN, 3, 120
        )

        def first(r=r) -> str:
            return tx.paraphrased(r) if r.random() < 0.75 else chat(r, ctx.c)

        def nxt(r=r) -> str:
            return one(r, ("can you go deeper on the second step?", "why is that step valid?",
                           "what if the assumption fails?", "and a counter-example?",
                           "thanks - now apply it to a harder case")) if r.random() < 0.7 else followup(r)  # fmt: skip

        chat_sessions(ctx, a, g, r, t, ip, first, follow=0.3, app_share=0.1, follow_fn=nxt,
                      kind="cot", out_median=600)  # fmt: skip
        tick(1)


def release_sprint(ctx: Ctx, tick) -> None:  # type: ignore[no-untyped-def]
    """Fresh startup-credit accounts created hours after each release, sweeping the new model's
    capabilities for two or three days from cloud and small hosts, then going quiet."""
    fam = "release_sprint"
    g0, _ = ctx.streams(211)
    nets = ctx.nw.by_tag["vps"] + [net_of(ctx, g0, "cloud")]
    n = ctx.n(*SIZES["release_sprint"])
    for i in range(n):
        g, r = ctx.streams(212, i)
        rel, model = (
            (RELEASED[FLAGSHIP_NEW], FLAGSHIP_NEW)
            if i < n * 2 // 3
            else (RELEASED[MINI_NEW], MINI_NEW)
        )
        created = rel + int(g.uniform(0.5, 8) * HOUR)
        a = _acct(ctx, g, fam, created, "api", "startup_program", None,
                  ("gmail.com", "outlook.com", "novaform.io", "quantia.ai"), ("US", "SG", "GB", "CA"))  # fmt: skip
        net = nets[int(g.integers(0, len(nets)))]
        k0 = int(g.integers(0, 1 << 20))
        key, ua = ctx.hexid("key_", 12), sdk_ua(g)
        span = g.uniform(36, 80) * HOUR
        k = int(g.integers(120, 300))
        ts = np.sort(created + 600 * 1_000_000 + (g.random(k) * span).astype(np.int64))
        ts = ts[ts < START + DAYS * DAY]
        for t in ts.tolist():
            p, sys_, tools = tx.sprint(r, ctx.c)
            i_, o_ = tokens(g, p, sys_, 0, 550)
            ctx.emit(a, t, "api", model, net.addr(k0 + int(g.integers(0, 3))), net.country, ua, p,
                     sys_, response(r, "chat"), i_, o_, key=key, tools=tools,
                     status=429 if r.random() < 0.03 else 200)  # fmt: skip
        tick(1)


FAMILIES = (hydra_cot, agentic_tools, rubric_grader, coding_harvest, censor_reseller,
            paraphrase_slow, release_sprint)  # fmt: skip


def run_campaigns(ctx: Ctx, tick) -> None:  # type: ignore[no-untyped-def]
    for fam in FAMILIES:
        fam(ctx, tick)
