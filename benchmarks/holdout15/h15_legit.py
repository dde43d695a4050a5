"""Hold-out 15's ordinary population and the legitimate classes every provider has (heavy users,
API products, a reseller's customers, travellers, students, evaluators, automations, CI agents).
The twins of the campaigns live beside their campaigns in `h15_twins.py`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
from h15_emit import DAYS, RELEASES, Conv, Profile, Turn, hexid, rhythm
from h15_net import RESTRICTED, VPN_COUNTRIES, Net, World, consumer_country, lang_of
from h15_people import (
    CI_CLIENTS,
    EVAL_CLIENTS,
    SDKS,
    age,
    beta_share,
    card,
    client,
    declared,
    devices,
    keys,
    mail,
    org_domain,
    pick,
)
from h15_text import (
    AUTOMATION_WRAPPERS,
    BOT_PERSONAS,
    CI_STEP,
    CI_SYSTEM,
    CI_TASKS,
    END_USER_LINES,
    FORMATS,
    GENERIC_FOLLOWUPS,
    PERSONAS,
    RULES,
    Corpora,
    everyday,
    fill,
    human_followup,
    respond,
)

Placed = tuple[Profile, float, Conv]


@dataclass
class Ctx:
    world: World
    corp: Corpora
    shared: dict[str, object] = field(default_factory=dict)


Build = Callable[[Ctx, np.random.Generator, int, str], list[Profile]]
Content = Callable[[Ctx, list[Profile], list[np.ndarray], np.random.Generator], Iterator[Placed]]


@dataclass(frozen=True)
class Spec:
    label: str
    family: str  # benign | hard_negative | attack
    operator: str | None
    n: int
    build: Build
    content: Content


def per_account(fn: Callable[[Ctx, Profile, np.random.Generator, float], Conv]) -> Content:
    """Content where every conversation depends only on its own account."""

    def content(
        ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
    ) -> Iterator[Placed]:
        for p, ts in zip(profiles, slots, strict=True):
            for t in ts:
                yield p, float(t), fn(ctx, p, rng, float(t))

    return content


def head(rng: np.random.Generator, items: tuple[str, ...], skew: float = 2.5) -> str:
    """Popular items first, then the long tail (how many people pick the same questions)."""
    return items[int(len(items) * rng.random() ** skew)]


def home_net(w: World, rng: np.random.Generator, country: str, vpn: float = 0.03) -> Net:
    ch: list[tuple[float, str, object]] = [
        (0.65, "home", w.home(country)),
        (0.3, "any", w.carrier(country)),
    ]
    if vpn > 0:
        ch.append((vpn, "any", w.vpn[pick(rng, VPN_COUNTRIES)]))
    return Net(ch, lease_days=float(rng.uniform(3, 12)), salt=int(rng.integers(1 << 30)))  # type: ignore[arg-type]


def person(
    ctx: Ctx, rng: np.random.Generator, label: str, *, tiers: tuple[float, float, float],
    median_age: float = 220, new_share: float = 0.07, country: str | None = None,
) -> Profile:  # fmt: skip
    """An ordinary consumer: own country and clock, home line and phone, web and app."""
    c = country or consumer_country(rng)
    tier = str(rng.choice(["free", "pro", "max"], p=np.array(tiers) / sum(tiers)))
    web = beta_share(rng, 0.6)
    surf = {"web": web, "app": 1 - web}
    if rng.random() < 0.05:
        surf["cli"] = 0.15
    return Profile(
        account_id="a_" + hexid(rng),
        label=label,
        created_at=age(rng, median_age, new_share),
        tier=tier,
        channel="web",
        card=card(rng) if tier != "free" else None,
        email=mail(rng),
        declared=declared(rng, c if rng.random() > 0.04 else consumer_country(rng)),
        org=None,
        country=c,
        net=home_net(ctx.world, rng, c),
        rhythm=rhythm("human" if rng.random() < 0.8 else "evening"),
        surfaces=surf,
        uas=devices(rng, surf),
        keys=keys(rng, 1),
        p_active=beta_share(rng, 0.3, 3),
        weekend=float(rng.uniform(0.8, 1.5)),
        rate=float(rng.lognormal(0.45, 0.7)),
        sessions=1.3,
        mini_share=0.25 if tier == "free" else 0.08,
        incognito=0.03,
        lang=lang_of(c) if rng.random() < 0.5 else "en",
    )


def chat_opening(ctx: Ctx, p: Profile, rng: np.random.Generator) -> str:
    c = ctx.corp
    r = rng.random()
    if r < 0.5:
        return everyday(rng, p.lang)
    if r < 0.64:
        return head(rng, c.selfinst)
    if r < 0.76:
        return head(rng, c.general)
    if r < 0.84:
        return head(rng, c.arena_code)
    if r < 0.93:
        return head(rng, c.homework)
    return head(rng, c.mt_first)


def human_thread(
    ctx: Ctx, rng: np.random.Generator, first: str, mean_turns: float, out_mu: float,
    system: str | None = None,
) -> Conv:  # fmt: skip
    """A person's thread: each follow-up reacts to the reply it follows."""
    n = int(rng.geometric(1 / mean_turns))
    turns = []
    prompt = first
    for i in range(min(n, 30)):
        out = int(rng.lognormal(out_mu, 0.6))
        resp = respond(rng, ctx.corp, out)
        turns.append(Turn(prompt, system, out, response=resp))
        if i + 1 < n:
            prompt = (human_followup(rng, resp) if rng.random() < 0.8
                      else pick(rng, GENERIC_FOLLOWUPS))  # fmt: skip
    return Conv(turns)


# -- benign consumers -----------------------------------------------------------------------


def build_benign(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    out = [person(ctx, rng, label, tiers=(0.7, 0.25, 0.05)) for _ in range(n)]
    # households: a partner on the same card and the same home line
    for i in range(0, n - 1, 25):
        a, b = out[i], out[i + 1]
        b.card, b.net, b.country, b.declared = a.card, a.net, a.country, a.declared
    return out


def _consumer(ctx: Ctx, p: Profile, rng: np.random.Generator, t: float) -> Conv:
    return human_thread(ctx, rng, chat_opening(ctx, p, rng), 2.2, 5.4)


# -- heavy users ----------------------------------------------------------------------------


def build_heavy(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    out = []
    for _ in range(n):
        p = person(ctx, rng, label, tiers=(0, 0.6, 0.4), median_age=300, new_share=0.02)
        p.surfaces = {"web": 0.5, "app": 0.15, "cli": 0.25, "api": 0.1}
        p.uas = devices(rng, p.surfaces)
        p.keys = keys(rng, int(rng.integers(1, 4)))
        p.p_active, p.rate, p.sessions = beta_share(rng, 0.78), float(rng.lognormal(1.25, 0.5)), 3
        p.rhythm = rhythm(pick(rng, ("human", "office", "office", "evening")))
        if rng.random() < 0.25:
            p.net.choices.append((0.3, "vm", ctx.world.cloud()))
            p.net.fixed = (int(rng.integers(1, 254)),)
        p.adopt_after = float(rng.exponential(1.5 * 86400))
        out.append(p)
    return out


def _heavy(ctx: Ctx, p: Profile, rng: np.random.Generator, t: float) -> Conv:
    c = ctx.corp
    r = rng.random()
    if r < 0.35:
        first = pick(rng, c.arena_code)
    elif r < 0.55:
        first = pick(rng, c.general)
    elif r < 0.7:
        first = pick(rng, c.gsm)[0]
    else:
        first = chat_opening(ctx, p, rng)
    return human_thread(ctx, rng, first, 4.5, 5.9)


# -- API products for their end users -------------------------------------------------------


def _product_system(rng: np.random.Generator) -> str:
    return " ".join(x for x in (pick(rng, PERSONAS), pick(rng, FORMATS), pick(rng, RULES)) if x)


def build_api_app(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    out = []
    w = ctx.world
    while len(out) < n:
        org, c = "o_" + hexid(rng), pick(rng, ("US", "GB", "DE", "IN", "BR", "SG", "FR", "CA"))
        dom, crd, sysp = org_domain(rng, "app"), card(rng), _product_system(rng)
        cloud = w.cloud(pick(rng, ("US", "DE", "SG", "IN", "BR")))
        for _ in range(int(rng.integers(1, 3))):
            p = Profile(
                account_id="a_" + hexid(rng), label=label, created_at=age(rng, 400),
                tier="api", channel="api_console", card=crd, email=dom, declared=c, org=org,
                country=c, net=Net([(0.7, "vm", cloud), (0.3, "any", cloud)],
                                   fixed=tuple(int(x) for x in rng.integers(1, 254, 3))),
                rhythm=(rhythm("flat") + rhythm("human")) / 2, surfaces={"api": 1.0},
                uas={"api": [client(rng, SDKS)]}, keys=keys(rng, 2), p_active=0.97,
                rate=float(rng.lognormal(2.8, 0.9)), sessions=12, conv_gap=120,
                base_model=pick(rng, ("wren-3.5", "wren-3.5-mini", "wren-3.5-mini", "wren-3")),
                pinned=True, adopt_after=float(rng.exponential(6 * 86400)) if rng.random() < 0.6
                else float("inf"), retain=0.0 if rng.random() < 0.3 else 1.0,
                api_threads=rng.random() < 0.5, extra={"system": sysp},
            )  # fmt: skip
            out.append(p)
    return out[:n]


def _api_app(ctx: Ctx, p: Profile, rng: np.random.Generator, t: float) -> Conv:
    sysp = str(p.extra["system"])
    first = fill(rng, pick(rng, END_USER_LINES)) if rng.random() < 0.8 else everyday(rng, "en")
    return human_thread(ctx, rng, first, 1.8, 4.8, system=sysp)


# -- a reseller's (API aggregator's) ordinary customers ------------------------------------------


def aggregator(ctx: Ctx, rng: np.random.Generator) -> dict[str, object]:
    """Relaymesh, an API aggregator: its org, three contract cards and its exit pool."""
    if "aggregator" not in ctx.shared:
        ctx.shared["aggregator"] = {
            "org": "o_" + hexid(rng), "cards": [card(rng) for _ in range(3)],
            "domain": org_domain(rng, "relaymesh"),
        }  # fmt: skip
    return ctx.shared["aggregator"]  # type: ignore[return-value]


def build_reseller(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    agg = aggregator(ctx, rng)
    out = []
    for _ in range(n):
        c = pick(rng, ("US", "SG", "ID", "VN", "TR", "BR", "IN", "AE", "MX", "PH"))
        p = person(ctx, rng, label, tiers=(0, 1, 0), median_age=180, country=c)
        p.tier = "api" if rng.random() < 0.7 else "team"
        p.channel = "partner_reseller"
        p.org = str(agg["org"])
        p.card = pick(rng, agg["cards"]) if rng.random() < 0.65 else card(rng)  # type: ignore[arg-type]
        p.declared = "SG" if rng.random() < 0.6 else c
        p.surfaces = {"api": 0.8, "web": 0.2}
        p.uas = {"api": [client(rng, ("relaymesh-gateway/3.{a}.{b}",)), client(rng, SDKS)],
                 "web": devices(rng, {"web": 1})["web"]}  # fmt: skip
        pools = ctx.world.aggregator
        p.net = Net([(0.85, "any", pools[int(rng.integers(len(pools)))]),
                     (0.15, "home", ctx.world.home(c))], salt=int(rng.integers(1 << 30)))  # fmt: skip
        p.rate, p.p_active = float(rng.lognormal(1.0, 0.8)), beta_share(rng, 0.5)
        p.pinned, p.adopt_after = True, float(rng.exponential(4 * 86400))
        p.extra = {"system": _product_system(rng) if rng.random() < 0.5 else None}
        out.append(p)
    return out


def _reseller(ctx: Ctx, p: Profile, rng: np.random.Generator, t: float) -> Conv:
    sysp = p.extra.get("system")
    if sysp:
        return human_thread(ctx, rng, fill(rng, pick(rng, END_USER_LINES)), 1.5, 4.8, str(sysp))
    return human_thread(ctx, rng, chat_opening(ctx, p, rng), 2.0, 5.3)


# -- restricted-region travellers and expatriates ------------------------------------------------


def build_traveller(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    out: list[Profile] = []
    while len(out) < n:
        dest = pick(rng, RESTRICTED[:5])
        shared_home = w.home(dest)
        for _ in range(int(rng.integers(1, 5))):  # families and colleagues share a line
            p = person(ctx, rng, label, tiers=(0.5, 0.4, 0.1), median_age=400, new_share=0.02)
            d0 = int(rng.integers(0, DAYS - 4))
            trip = Net([(0.5, "home", shared_home), (0.3, "any", w.carrier(dest)),
                        (0.2, "any", w.vpn[pick(rng, VPN_COUNTRIES)])],
                       salt=int(rng.integers(1 << 30)))  # fmt: skip
            p.trip = (d0, d0 + int(rng.integers(3, 14)), trip)
            p.rate, p.p_active = p.rate * 1.4, max(p.p_active, 0.45)
            out.append(p)
    return out[:n]


# -- students of six universities ------------------------------------------------------------


def build_campus(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    unis = []
    for _ in range(6):
        c = pick(rng, ("US", "GB", "DE", "IN", "BR", "KR", "AU"))
        week_sets = [[int(i) for i in rng.integers(0, len(ctx.corp.gsm), 5)] for _ in range(4)]
        unis.append(("o_" + hexid(rng), c, org_domain(rng, "uni"), w.egress("education", c, 8),
                     week_sets))  # fmt: skip
    out = []
    for i in range(n):
        org, c, dom, nat, weeks = unis[i % len(unis)]
        p = person(ctx, rng, label, tiers=(1, 0, 0), median_age=150, country=c)
        p.tier, p.channel, p.org, p.email, p.card = "education", "education_program", org, dom, None
        p.net.choices.append((1.6, "any", nat))
        p.rhythm = rhythm("evening")
        p.extra = {"weeks": weeks}
        out.append(p)
    return out


def _campus(ctx: Ctx, p: Profile, rng: np.random.Generator, t: float) -> Conv:
    if rng.random() < 0.55:
        weeks = p.extra["weeks"]
        q = ctx.corp.gsm[weeks[min(int(t // (7 * 86400)), 3)][int(rng.integers(5))]][0]  # type: ignore[index]
        frame = pick(rng, ("{q}", "{q} show your work", "can you explain how to solve: {q}",
                           "{q}\nI got a different answer, where is my mistake?"))  # fmt: skip
        return human_thread(ctx, rng, frame.replace("{q}", q), 2.5, 5.6)
    return human_thread(ctx, rng, chat_opening(ctx, p, rng), 2.0, 5.3)


# -- benchmark runners (single-turn sweeps) ----------------------------------------------------


def build_eval(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    out = []
    for _ in range(n):
        c = pick(rng, ("US", "GB", "DE", "CH", "CA", "FR", "JP"))
        cloud = ctx.world.cloud()
        p = Profile(
            account_id="a_" + hexid(rng), label=label, created_at=age(rng, 500),
            tier="api", channel=pick(rng, ("research_program", "api_console")), card=card(rng),
            email=org_domain(rng, "lab"), declared=c, org="o_" + hexid(rng), country=c,
            net=Net([(1, "vm", cloud)], fixed=tuple(int(x) for x in rng.integers(1, 254, 2))),
            rhythm=rhythm("office"), surfaces={"api": 1.0}, uas={"api": [client(rng, EVAL_CLIENTS)]},
            keys=keys(rng, 1), pinned=True, api_threads=False, retain=1.0,
            extra={"template": pick(rng, ("{q}", "Question: {q}\nAnswer:",
                                          "{q}\nLet's think step by step.",
                                          "Solve the following problem. {q}"))},
        )  # fmt: skip
        out.append(p)
    return out


def _eval_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    c = ctx.corp
    suites = (tuple(q for q, _ in c.gsm[-1319:]), tuple(a for a, _ in c.mtbench), c.arena_tech)
    for p in profiles:
        days = {RELEASES[0][2] // 86400, RELEASES[0][2] // 86400 + 1, RELEASES[1][2] // 86400}
        days |= {int(d) for d in rng.integers(0, DAYS, int(rng.integers(2, 6)))}
        for d in sorted(days):
            suite = suites[int(rng.integers(len(suites)))]
            n = min(len(suite), int(rng.integers(80, 400)))
            t = d * 86400 + float(rng.uniform(8, 20)) * 3600
            model = pick(rng, ("wren-4", "wren-3.5", "wren-4-mini", "wren-3.5-mini"))
            if t < RELEASES[0][2] + 3600:
                model = pick(rng, ("wren-3.5", "wren-3.5-mini", "wren-3"))
            elif model == "wren-4-mini" and t < RELEASES[1][2] + 3600:
                model = "wren-4"
            tpl = str(p.extra["template"])
            for q in suite[:n]:
                t += float(rng.exponential(2.0)) + 0.3
                out = int(rng.lognormal(5.6, 0.5))
                yield p, t, Conv([Turn(tpl.replace("{q}", q), None, out)], "script", model=model)


# -- personal automations and community bots ---------------------------------------------------


def build_automation(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    out = []
    for _ in range(n):
        p = person(ctx, rng, label, tiers=(0, 0.7, 0.3), median_age=350, new_share=0.0)
        p.surfaces, p.keys = {"api": 1.0}, keys(rng, 1)
        p.uas = {"api": [client(rng, SDKS)]}
        p.pinned, p.p_active, p.weekend = True, 0.97, 1.0
        if rng.random() < 0.4:  # a VPS
            cloud = ctx.world.cloud()
            p.net = Net([(1, "vm", cloud)], fixed=(int(rng.integers(1, 254)),))
        else:
            p.net = Net([(1, "home", ctx.world.home(p.country))], lease_days=9,
                        salt=int(rng.integers(1 << 30)))  # fmt: skip
        if rng.random() < 0.55:
            every = pick(rng, ("1", "2", "3", "4", "6"))
            p.fixed_times = tuple(float(h) + 0.25 for h in range(0, 24, int(every)))
            p.extra = {"wrap": pick(rng, AUTOMATION_WRAPPERS)}
        else:
            p.rhythm, p.rate, p.sessions = rhythm("flat"), float(rng.lognormal(3.0, 0.6)), 10
            p.extra = {"bot": pick(rng, BOT_PERSONAS)}
            p.api_threads = False
        out.append(p)
    return out


def _automation(ctx: Ctx, p: Profile, rng: np.random.Generator, t: float) -> Conv:
    if "wrap" in p.extra:
        data = "; ".join(fill(rng, pick(rng, END_USER_LINES)) for _ in range(3))
        x = str(p.extra["wrap"]).replace("{x}", data)
        return Conv([Turn(x, None, int(rng.lognormal(5.0, 0.3)))], "script")
    q = everyday(rng, "en") if rng.random() < 0.7 else pick(rng, ctx.corp.selfinst)
    return Conv([Turn(q, str(p.extra["bot"]), int(rng.lognormal(4.6, 0.5)))], "script")


# -- coding agents in CI ------------------------------------------------------------------------


def build_ci(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    out = []
    for _ in range(n):
        c = pick(rng, ("US", "DE", "GB", "IN", "CA", "NL", "PL"))
        office = ctx.world.egress("corporate", c, 3)
        cloud = ctx.world.cloud()
        p = Profile(
            account_id="a_" + hexid(rng), label=label, created_at=age(rng, 300),
            tier=pick(rng, ("api", "team", "enterprise")), channel="api_console",
            card=card(rng), email=org_domain(rng, "dev"), declared=c, org="o_" + hexid(rng),
            country=c, net=Net([(0.7, "any", cloud), (0.3, "any", office)]),
            rhythm=rhythm("office") * 0.8 + rhythm("flat") * 0.2, surfaces={"cli": 0.6, "api": 0.4},
            uas={"*": [client(rng, CI_CLIENTS) for _ in range(2)]}, keys=keys(rng, 3),
            p_active=0.9, weekend=0.3, rate=float(rng.lognormal(1.0, 0.6)), sessions=5,
            pinned=True, adopt_after=float(rng.exponential(3 * 86400)),
            extra={"system": pick(rng, CI_SYSTEM)},
        )  # fmt: skip
        out.append(p)
    return out


def _ci(ctx: Ctx, p: Profile, rng: np.random.Generator, t: float) -> Conv:
    tools = int(rng.integers(5, 20))
    task = pick(rng, CI_TASKS).replace("{t}", f"tests/test_{hexid(rng, 4)}.py")
    task = task.replace("{n}", str(int(rng.integers(100, 9000))))
    turns = [Turn(task, str(p.extra["system"]), int(rng.lognormal(5.0, 0.5)), tools)]
    for _ in range(int(rng.integers(3, 14))):
        step = pick(rng, CI_STEP).replace("{n}", str(int(rng.integers(3, 400))))
        turns.append(Turn(step, str(p.extra["system"]), int(rng.lognormal(4.8, 0.6)), tools))
    return Conv(turns, "agent")


LEGIT: tuple[Spec, ...] = (
    Spec("benign", "benign", None, 6300, build_benign, per_account(_consumer)),
    Spec("hn:heavy_user", "hard_negative", None, 280, build_heavy, per_account(_heavy)),
    Spec("hn:api_app", "hard_negative", None, 70, build_api_app, per_account(_api_app)),
    Spec("hn:reseller_customer", "hard_negative", None, 350, build_reseller,
         per_account(_reseller)),
    Spec("hn:restricted_traveller", "hard_negative", None, 220, build_traveller,
         per_account(_consumer)),
    Spec("hn:campus_student", "hard_negative", None, 450, build_campus, per_account(_campus)),
    Spec("hn:eval_runner", "hard_negative", None, 30, build_eval, _eval_content),
    Spec("hn:automation_bot", "hard_negative", None, 110, build_automation,
         per_account(_automation)),
    Spec("hn:ci_agent", "hard_negative", None, 70, build_ci, per_account(_ci)),
)  # fmt: skip
