"""Hold-out 15's five campaigns, each beside the legitimate twin that shares its surface:

- evol_chain / prompt_ops: instructions evolved by the model and then answered (Evol-Instruct
  work spread over accounts) / product teams evolving their own prompts into regression tests;
- relay_chain / context_carryover: one long solution split into hops over many consumer accounts,
  each hop pasting the previous hop's answer / people who carry notes into a new chat;
- screen_agent / rpa_vendor: computer-use trajectories over a broad task catalogue / robotic
  process automation repeating its clients' workflows;
- sysprompt_grid / prompt_ab_test: one question under many generated system prompts / apps
  A/B-testing a few system-prompt variants and evaluating them on a fixed set;
- replay_regen / multiturn_eval: public multi-turn dialogues replayed with scripted follow-ups to
  regenerate a dataset / evaluation teams running fixed multi-turn suites.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import numpy as np
from h15_emit import DAYS, RELEASES, Conv, Profile, Turn, hexid, rhythm
from h15_legit import Ctx, Placed, Spec, aggregator, human_thread, per_account, person
from h15_net import Net, World, tz_of
from h15_people import (
    AGGREGATOR,
    CU_CLIENTS,
    EVAL_CLIENTS,
    RPA_CLIENTS,
    SDKS,
    age,
    card,
    client,
    devices,
    keys,
    mail,
    org_domain,
    pick,
)
from h15_text import (
    CONTINUE_ASKS,
    CONTINUE_FRAMES,
    CU_APPS,
    CU_CONTEXT,
    CU_DIALOGS,
    CU_EXTRAS,
    CU_OBJECTS,
    CU_STEP,
    CU_SYSTEM,
    CU_VERBS,
    DOMAINS,
    END_USER_LINES,
    EVOLVE_FRAMES,
    FORMATS,
    GENERIC_FOLLOWUPS,
    INJECTION_PROBES,
    PERSONAS,
    PRODUCT_APPS,
    PRODUCT_INPUTS,
    RPA_COMPANIES,
    RPA_WORKFLOWS,
    RULES,
    everyday,
    evolve,
    fill,
    human_followup,
    respond,
)


def _sorted_slots(profiles: list[Profile], slots: list[np.ndarray]) -> list[tuple[float, int]]:
    return sorted((float(t), i) for i, ts in enumerate(slots) for t in ts)


def _api_account(
    ctx: Ctx, rng: np.random.Generator, label: str, *, org: str | None, email: str | None,
    crd: str | None, country: str, net: Net, tier: str = "api", channel: str = "api_console",
    median_age: float = 200, new_share: float = 0.0, clients: tuple[str, ...] = SDKS,
) -> Profile:  # fmt: skip
    return Profile(
        account_id="a_" + hexid(rng), label=label, created_at=age(rng, median_age, new_share),
        tier=tier, channel=channel, card=crd, email=email, declared=country, org=org,
        country=country, net=net, rhythm=rhythm("office"), surfaces={"api": 1.0},
        uas={"api": [client(rng, clients) for _ in range(1 + int(rng.random() < 0.4))]},
        keys=keys(rng, int(rng.integers(1, 4))), pinned=True, api_threads=rng.random() < 0.4,
    )  # fmt: skip


def _cloud_net(w: World, rng: np.random.Generator, regions: tuple[str, ...]) -> Net:
    cloud = w.cloud(pick(rng, regions))
    return Net([(0.75, "vm", cloud), (0.25, "any", cloud)],
               fixed=tuple(int(x) for x in rng.integers(1, 254, int(rng.integers(1, 4)))))  # fmt: skip


def _seed_bank(ctx: Ctx) -> tuple[str, ...]:
    c = ctx.corp
    return (
        c.selfinst
        + c.arena_tech
        + c.arena_code
        + tuple(q for q, _ in c.gsm[:3000])
        + tuple(a for a, _ in c.mtbench)
    )


# == evol_chain (heron) and prompt_ops ===========================================================

HOUSE_SYSTEMS = (
    "You are a helpful assistant.",
    "You are a careful expert assistant. Answer thoroughly and check your work.",
    "You are an assistant for our internal tools team. Be precise.",
    "Answer as a knowledgeable assistant. Use markdown where it helps.",
)


def build_evol(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    orgs = [("o_" + hexid(rng), org_domain(rng, "labs")) for _ in range(12)]
    cards = [card(rng) for _ in range(max(4, n // 9))]
    out = []
    for _ in range(n):
        solo = rng.random() < 0.4
        org, dom = (None, mail(rng)) if solo else orgs[int(rng.integers(len(orgs)))]
        c = pick(rng, ("US", "SG", "GB", "CA", "JP"))
        net = _cloud_net(w, rng, ("US", "SG", "JP"))
        if rng.random() < 0.15:
            net.choices.append((0.4, "any", w.home(c)))
        p = _api_account(ctx, rng, label, org=org, email=dom, crd=pick(rng, cards), country=c,
                         net=net, channel=pick(rng, ("api_console", "startup_program")),
                         median_age=60, new_share=0.1)  # fmt: skip
        if rng.random() < 0.6:
            p.tz, p.weekend = 8.0, 0.35
        else:
            p.rhythm = rhythm("flat")
        p.surfaces = {"api": 0.88, "web": 0.12}
        p.uas["web"] = devices(rng, {"web": 1})["web"]
        if rng.random() < 0.5:
            p.extra["system"] = pick(rng, HOUSE_SYSTEMS)
        p.p_active, p.rate, p.sessions = (
            float(rng.uniform(0.6, 0.9)),
            float(rng.lognormal(2.4, 0.4)),
            4,
        )
        p.adopt_after = float(rng.exponential(0.6 * 86400)) if rng.random() < 0.8 else float("inf")
        out.append(p)
    return out


def _evolve_conv(
    rng: np.random.Generator, seed: str, domains: tuple[str, ...], system: str | None
) -> tuple[Conv, list[str]]:
    k = int(rng.integers(3, 7))
    items = evolve(rng, seed, k, domains)
    prompt = pick(rng, EVOLVE_FRAMES).replace("{k}", str(k)).replace("{seed}", seed)
    resp = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))
    return Conv([Turn(prompt, system, max(60, len(resp) // 4), response=resp)], "script"), items


def _evol_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    bank = _seed_bank(ctx)
    order = rng.permutation(len(bank))
    nxt = 0
    pending: deque[tuple[float, str]] = deque()
    evolved: list[str] = []
    for t, i in _sorted_slots(profiles, slots):
        p = profiles[i]
        system = p.extra.get("system")  # type: ignore[assignment]
        if pending and pending[0][0] <= t and rng.random() < 0.82:
            _, task = pending.popleft()
            out = int(rng.lognormal(5.9, 0.5))
            turns = [Turn(task, system, out)]
            if rng.random() < 0.25:
                turns.append(Turn(pick(rng, GENERIC_FOLLOWUPS[6:7] + GENERIC_FOLLOWUPS[3:4]),
                                  system, int(rng.lognormal(5.8, 0.5))))  # fmt: skip
            yield p, t, Conv(turns, "script")
            continue
        if evolved and rng.random() < 0.15:  # a second round on an already evolved task
            seed = evolved[int(rng.integers(len(evolved)))]
        else:
            seed, nxt = bank[int(order[nxt % len(bank)])], nxt + 1
        conv, items = _evolve_conv(rng, seed, DOMAINS, None)
        evolved.extend(items)
        for x in items:
            ready = t + float(rng.uniform(300, 36 * 3600))
            pending.append((ready, x))
            if rng.random() < 0.1:  # best-of-two: the same task answered twice
                pending.append((ready + float(rng.uniform(60, 7200)), x))
        pending = deque(sorted(pending))
        yield p, t, conv


def build_prompt_ops(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    out: list[Profile] = []
    while len(out) < n:
        org, c = "o_" + hexid(rng), pick(rng, ("US", "GB", "DE", "IN", "BR", "SG", "CA", "FR"))
        dom, crd = org_domain(rng, "hq"), card(rng)
        office = w.egress("corporate", c, 3)
        app = PRODUCT_APPS[int(rng.integers(len(PRODUCT_APPS)))]
        doms = tuple(DOMAINS[int(x)] for x in rng.choice(len(DOMAINS), 2, replace=False))
        state = {"app": app, "domains": doms, "tests": [], "system": None}
        state["system"] = f"You power {app[0]}. " + pick(rng, FORMATS)
        for _ in range(int(rng.integers(3, 10))):
            net = _cloud_net(w, rng, ("US", "DE", "SG", "IN"))
            net.choices.append((0.6, "any", office))
            p = _api_account(ctx, rng, label, org=org, email=dom, crd=crd, country=c, net=net,
                             tier=pick(rng, ("api", "team")), median_age=300)  # fmt: skip
            p.surfaces = {"api": 0.85, "web": 0.15}
            p.uas["web"] = devices(rng, {"web": 1})["web"]
            p.p_active, p.weekend = float(rng.uniform(0.6, 0.9)), 0.2
            p.rate, p.sessions = float(rng.lognormal(1.4, 0.5)), 3
            p.adopt_after = float(rng.exponential(2 * 86400))
            p.extra = state
            out.append(p)
    return out[:n]


def _prompt_ops_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    c = ctx.corp
    bank = c.selfinst + c.arena_tech + c.arena_code + c.arena_writing + c.homework
    for t, i in _sorted_slots(profiles, slots):
        p = profiles[i]
        st = p.extra
        tests: list[str] = st["tests"]  # type: ignore[assignment]
        app = st["app"]
        sysp = str(st["system"])
        r = rng.random()
        if r < 0.4 or len(tests) < 5:
            if rng.random() < 0.35:  # the team's own template, or a public task it tests on
                seed = app[1].replace("{m}", pick(rng, PRODUCT_INPUTS))  # type: ignore[index]
            else:
                seed = pick(rng, bank)
            conv, items = _evolve_conv(rng, seed, st["domains"], None)  # type: ignore[arg-type]
            tests.extend(items)
            yield p, t, conv
        elif r < 0.8:  # a regression run over the team's test set
            k = min(len(tests), int(rng.integers(3, 10)))
            picks = rng.choice(len(tests), k, replace=False)
            tt, raw = t, rng.random()
            for j in picks:
                tt += float(rng.exponential(3.0)) + 0.5
                s_ = sysp if raw > 0.35 else None  # some teams test the bare prompt
                yield p, tt, Conv([Turn(tests[int(j)], s_, int(rng.lognormal(5.9, 0.5)))],
                                  "script")  # fmt: skip
        else:  # a person trying the product prompt by hand
            first = app[1].replace("{m}", pick(rng, PRODUCT_INPUTS))  # type: ignore[index]
            yield p, t, human_thread(ctx, rng, first, 2.5, 5.4, system=sysp)


# == relay_chain (heron) and context_carryover ====================================================


_RELAY_COUNTRIES = ("US", "GB", "DE", "CA", "AU", "FR", "NL", "JP", "KR", "BR")


def build_relay(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    cards = [card(rng) for _ in range(max(2, n // 4))]
    out = []
    for _ in range(n):
        c = pick(rng, _RELAY_COUNTRIES)
        aged = rng.random() < 0.5
        p = person(ctx, rng, label, tiers=(0.35, 0.6, 0.05), country=c,
                   median_age=400 if aged else 25, new_share=0.0 if aged else 0.3)  # fmt: skip
        if p.tier != "free":
            p.card = pick(rng, cards)
        p.declared = c
        sticky = rng.random() < 0.5
        p.net = Net([(0.7, "home" if sticky else "any", w.home(c)), (0.3, "any", w.carrier(c))],
                    lease_days=float(rng.uniform(1, 3)), salt=int(rng.integers(1 << 30)))  # fmt: skip
        p.surfaces = {"web": 0.75, "app": 0.25}
        p.uas = devices(rng, p.surfaces)
        p.rhythm = rhythm("human")
        p.p_active, p.rate, p.sessions = (
            float(rng.uniform(0.4, 0.8)),
            float(rng.lognormal(1.15, 0.4)),
            3,
        )
        p.incognito = 0.0
        out.append(p)
    return out


def _hop_prompt(rng: np.random.Generator, pasted: str) -> str:
    cut = pasted[: int(rng.integers(200, 700))]
    frame = pick(rng, CONTINUE_FRAMES)
    return frame.replace("{x}", cut).replace("{ask}", pick(rng, CONTINUE_ASKS))


def _relay_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    c = ctx.corp
    bank = c.arena_code + c.arena_math + tuple(q for q, _ in c.gsm[3000:6000]) + c.arena_tech
    order = rng.permutation(len(bank))
    nxt = 0
    chains: deque[list[object]] = deque()  # [ready_t, last_account, response, hops_left]
    for t, i in _sorted_slots(profiles, slots):
        p = profiles[i]
        while chains and t - float(chains[0][0]) > 2 * 86400:  # type: ignore[arg-type]
            chains.popleft()
        chain = None
        if rng.random() < 0.85:
            for ch in chains:
                if float(ch[0]) <= t and ch[1] != p.account_id:  # type: ignore[arg-type]
                    chain = ch
                    break
        out = int(rng.lognormal(6.05, 0.5))
        resp = respond(rng, c, out)
        if chain is None:
            prompt, nxt = bank[int(order[nxt % len(bank)])], nxt + 1
            chain = [0.0, "", "", int(rng.integers(3, 9))]
            chains.append(chain)
        else:
            prompt = _hop_prompt(rng, str(chain[2]))
        turns = [Turn(prompt, None, out, response=resp)]
        for _ in range(int(rng.geometric(1 / 2.6)) - 1):  # the hop's own follow-ups
            ask = human_followup(rng, resp) if rng.random() < 0.5 else pick(rng, CONTINUE_ASKS)
            o = int(rng.lognormal(6.0, 0.5))
            resp = respond(rng, c, o)
            turns.append(Turn(ask, None, o, response=resp))
        chain[0], chain[1], chain[2] = t + float(rng.uniform(60, 1800)), p.account_id, resp
        chain[3] = int(chain[3]) - 1  # type: ignore[call-overload]
        if int(chain[3]) <= 0:  # type: ignore[call-overload]
            chains.remove(chain)
        yield p, t, Conv(turns)


def build_carryover(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    out = []
    for _ in range(n):
        p = person(ctx, rng, label, tiers=(0.35, 0.55, 0.1), median_age=300, new_share=0.04)
        p.p_active, p.rate, p.sessions = (
            float(rng.uniform(0.35, 0.75)),
            float(rng.lognormal(0.9, 0.5)),
            2,
        )
        p.surfaces = {"web": 0.7, "app": 0.3}
        p.uas = devices(rng, p.surfaces)
        out.append(p)
    for i in range(0, n - 1, 10):  # households: one card, one line, pasting each other's notes
        a, b = out[i], out[i + 1]
        b.card, b.net, b.country, b.declared = a.card, a.net, a.country, a.declared
        a.extra["partner"], b.extra["partner"] = b.account_id, a.account_id
    return out


def _carryover_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    from h15_legit import chat_opening

    c = ctx.corp
    notes: dict[str, list[str]] = {}
    for t, i in _sorted_slots(profiles, slots):
        p = profiles[i]
        mine = notes.setdefault(p.account_id, [])
        partner = notes.get(str(p.extra.get("partner", "")), [])
        r = rng.random()
        if r < 0.45 and (mine or partner):
            src = partner if partner and rng.random() < 0.25 else (mine or partner)
            first = _hop_prompt(rng, src[int(rng.integers(max(0, len(src) - 5), len(src)))])
        elif r < 0.62:  # an answer from somewhere else (another assistant, a document)
            first = _hop_prompt(rng, respond(rng, c, int(rng.lognormal(6.2, 0.4))))
        elif r < 0.82:
            first = pick(rng, c.arena_code + c.arena_math + c.arena_tech + c.arena_writing)
        else:
            first = chat_opening(ctx, p, rng)
        conv = human_thread(ctx, rng, first, 3.0, 6.0)
        mine.append(str(conv.turns[-1].response))
        yield p, t, conv


# == screen_agent (quarry) and rpa_vendor ===========================================================


def build_screen(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    orgs = [("o_" + hexid(rng), org_domain(rng, "auto")) for _ in range(8)]
    cards = [card(rng) for _ in range(15)]
    out = []
    for _ in range(n):
        solo = rng.random() < 0.4
        org, dom = (None, mail(rng)) if solo else orgs[int(rng.integers(len(orgs)))]
        c = pick(rng, ("US", "GB", "SG", "DE", "CA"))
        p = _api_account(ctx, rng, label, org=org, email=dom, crd=pick(rng, cards), country=c,
                         net=_cloud_net(w, rng, ("US", "DE", "SG", "JP")),
                         channel=pick(rng, ("startup_program", "api_console")), median_age=250,
                         new_share=0.03, clients=CU_CLIENTS)  # fmt: skip
        p.rhythm = rhythm("flat") if rng.random() < 0.6 else rhythm("office")
        p.tz = 8.0 if rng.random() < 0.5 else None
        p.p_active, p.weekend = float(rng.uniform(0.7, 0.95)), 0.9
        p.rate, p.sessions, p.conv_gap = float(rng.lognormal(0.75, 0.4)), 3, 120
        p.adopt_after = float(rng.exponential(0.5 * 86400))
        p.extra = {"system": pick(rng, CU_SYSTEM), "tools": int(rng.integers(1, 4))}
        out.append(p)
    return out


def _episode(rng: np.random.Generator, task: str, system: str, tools: int, steps: int) -> Conv:
    turns = [Turn(task, system, int(rng.lognormal(4.9, 0.45)), tools, True)]
    for _ in range(steps):
        s = pick(rng, CU_STEP).replace("{dlg}", pick(rng, CU_DIALOGS))
        s = s.replace("{x}", str(int(rng.integers(10, 1900)))).replace(
            "{y}", str(int(rng.integers(10, 1060)))
        )
        turns.append(Turn(s, system, int(rng.lognormal(4.9, 0.45)), tools, rng.random() < 0.93))
    return Conv(turns, "agent")


def _screen_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    n = len(CU_VERBS) * len(CU_APPS) * len(CU_OBJECTS) * len(CU_EXTRAS)
    order = rng.permutation(n)
    nxt = 0
    for t, i in _sorted_slots(profiles, slots):
        p = profiles[i]
        k, nxt = int(order[nxt % n]), nxt + 1
        k, e = divmod(k, len(CU_EXTRAS))
        k, o = divmod(k, len(CU_OBJECTS))
        v, a = divmod(k, len(CU_APPS))
        ctx_line = pick(rng, CU_CONTEXT)
        task = f"Task: {ctx_line}{CU_VERBS[v]} {CU_OBJECTS[o]} in the {CU_APPS[a]}{CU_EXTRAS[e]}."
        steps = int(rng.integers(5, 17))
        yield p, t, _episode(rng, task, str(p.extra["system"]), int(p.extra["tools"]), steps)  # type: ignore[call-overload]


def build_rpa(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    out: list[Profile] = []
    while len(out) < n:
        org, c = "o_" + hexid(rng), pick(rng, ("US", "IN", "DE", "GB", "PL", "SG"))
        dom, crd = org_domain(rng, "rpa"), card(rng)
        office = w.egress("corporate", c, 3)
        for _ in range(int(rng.integers(4, 12))):
            client_c = pick(rng, ("US", "GB", "DE", "FR", "IN", "AU", "CA"))
            net = _cloud_net(w, rng, ("US", "DE", "IN", "SG", "GB"))
            net.choices.append((0.3, "any", office))
            p = _api_account(ctx, rng, label, org=org, email=dom, crd=crd, country=c, net=net,
                             tier=pick(rng, ("api", "enterprise")), median_age=400,
                             clients=RPA_CLIENTS)  # fmt: skip
            flat = rng.random() < 0.5
            p.rhythm = rhythm("flat") if flat else rhythm("office")
            p.tz = None if flat else tz_of(client_c)
            p.p_active, p.weekend = 0.92, 0.35 if not flat else 0.9
            p.rate, p.sessions, p.conv_gap = float(rng.lognormal(1.3, 0.4)), 4, 300
            p.adopt_after = (
                float(rng.exponential(8 * 86400)) if rng.random() < 0.5 else float("inf")
            )
            flows = [
                int(x)
                for x in rng.choice(len(RPA_WORKFLOWS), int(rng.integers(2, 7)), replace=False)
            ]
            p.extra = {"system": pick(rng, CU_SYSTEM), "tools": int(rng.integers(1, 4)),
                       "flows": flows, "steps": {f: int(rng.integers(5, 16)) for f in flows}}  # fmt: skip
            out.append(p)
    return out[:n]


def _rpa(ctx: Ctx, p: Profile, rng: np.random.Generator, t: float) -> Conv:
    flows: list[int] = p.extra["flows"]  # type: ignore[assignment]
    f = flows[int(rng.integers(len(flows)))]
    task = RPA_WORKFLOWS[f].replace("{co}", pick(rng, RPA_COMPANIES))
    task = task.replace("{ref}", f"{hexid(rng, 2).upper()}-{int(rng.integers(10000, 99999))}")
    task = "Task: " + task.replace("{amt}", f"{rng.uniform(20, 9000):,.2f}")
    steps = int(p.extra["steps"][f]) + int(rng.integers(-1, 2))  # type: ignore[index]
    return _episode(rng, task, str(p.extra["system"]), int(p.extra["tools"]), max(3, steps))  # type: ignore[call-overload]


# == sysprompt_grid (quarry) and prompt_ab_test =====================================================


def _grid_system(rng: np.random.Generator, persona: str | None = None) -> str:
    parts = [persona or pick(rng, PERSONAS), pick(rng, FORMATS), pick(rng, RULES)]
    if rng.random() < 0.4:
        parts.append(pick(rng, RULES))
    return " ".join(x for x in parts if x)


def _user_question(ctx: Ctx, rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.45:
        return fill(rng, pick(rng, END_USER_LINES))
    if r < 0.6:
        return everyday(rng, "en")
    if r < 0.8:
        return pick(rng, ctx.corp.selfinst)
    return pick(rng, INJECTION_PROBES).replace("{q}", fill(rng, pick(rng, END_USER_LINES)))


def build_grid(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    agg = aggregator(ctx, rng)
    cards = [card(rng) for _ in range(max(3, n // 5))]
    out = []
    for _ in range(n):
        c = pick(rng, ("US", "GB", "SG", "DE", "AE", "TR"))
        via = rng.random()
        if via < 0.3:  # bought through the aggregator, like its ordinary customers
            pools = w.aggregator
            net = Net([(1, "any", pools[int(rng.integers(len(pools)))])])
            p = _api_account(ctx, rng, label, org=str(agg["org"]), email=mail(rng),
                             crd=pick(rng, agg["cards"]), country=c, net=net,  # type: ignore[arg-type]
                             channel="partner_reseller", median_age=120,
                             clients=(AGGREGATOR,) + SDKS[:3])  # fmt: skip
            p.declared = "SG" if rng.random() < 0.6 else c
        else:
            net = _cloud_net(w, rng, ("US", "DE", "SG", "IN"))
            if rng.random() < 0.1:
                net.choices.append((0.5, "any", w.home(c)))
            p = _api_account(ctx, rng, label, org=None, email=mail(rng), crd=pick(rng, cards),
                             country=c, net=net,
                             channel=pick(rng, ("api_console", "startup_program")),
                             median_age=90, new_share=0.05)  # fmt: skip
        p.tz = pick(rng, (3.0, 3.0, 8.0)) if rng.random() < 0.8 else None
        p.rhythm = rhythm("office") if p.tz is not None else rhythm("flat")
        p.p_active, p.weekend = float(rng.uniform(0.7, 0.95)), 0.6
        p.rate, p.sessions, p.conv_gap = float(rng.lognormal(2.5, 0.4)), 4, 60
        p.adopt_after = float(rng.exponential(86400))
        out.append(p)
    return out


def _grid_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    pool: list[list[object]] = []  # [question, times it is still to be asked]
    current: dict[str, list[object]] = {}  # account -> [system prompt, slots left under it]
    for t, i in _sorted_slots(profiles, slots):
        p = profiles[i]
        cur = current.get(p.account_id)
        if cur is None or int(cur[1]) <= 0:  # type: ignore[call-overload]
            cur = current[p.account_id] = [_grid_system(rng), int(rng.integers(8, 31))]
        cur[1] = int(cur[1]) - 1  # type: ignore[call-overload]
        sysp = str(cur[0])
        while len(pool) < 300:  # each question goes out under several system prompts
            pool.append([_user_question(ctx, rng), int(rng.integers(4, 11))])
        j = int(rng.integers(len(pool)))
        q = str(pool[j][0])
        pool[j][1] = int(pool[j][1]) - 1  # type: ignore[call-overload]
        if int(pool[j][1]) <= 0:  # type: ignore[call-overload]
            pool[j] = pool[-1]
            pool.pop()
        turns = [Turn(q, sysp, int(rng.lognormal(5.0, 0.6)))]
        if rng.random() < 0.15:
            turns.append(Turn(_user_question(ctx, rng), sysp, int(rng.lognormal(5.0, 0.6))))
        yield p, t, Conv(turns, "script")


def build_ab(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    out: list[Profile] = []
    while len(out) < n:
        org, c = "o_" + hexid(rng), pick(rng, ("US", "GB", "DE", "SG", "BR", "IN", "FR"))
        dom, crd, persona = org_domain(rng, "app"), card(rng), pick(rng, PERSONAS)
        # A/B experiments: a new set of 3-7 variants every few days
        variants = [
            [_grid_system(rng, persona) for _ in range(int(rng.integers(3, 8)))]
            for _ in range(int(rng.integers(3, 7)))
        ]
        tests = [_user_question(ctx, rng) for _ in range(int(rng.integers(15, 40)))]
        office = w.egress("corporate", c, 3)
        for role in ["prod"] * int(rng.integers(2, 5)) + ["eval"]:
            net = _cloud_net(w, rng, ("US", "DE", "SG", "BR", "IN"))
            if role == "eval":
                net.choices.append((0.4, "any", office))
            else:  # serverless functions: a new egress address per cold start
                net.choices.append((1.5, "any", net.choices[0][2]))
            p = _api_account(ctx, rng, label, org=org, email=dom, crd=crd, country=c, net=net,
                             tier=pick(rng, ("api", "enterprise")), median_age=350)  # fmt: skip
            p.extra = {"variants": variants, "tests": tests, "role": role, "persona": persona}
            p.adopt_after = float(rng.exponential(3 * 86400))
            if role == "prod":
                p.rhythm = (rhythm("flat") + rhythm("human")) / 2
                p.p_active, p.rate, p.sessions, p.conv_gap = (
                    0.97,
                    float(rng.lognormal(3.3, 0.6)),
                    12,
                    90,
                )
            else:
                p.p_active, p.weekend, p.rate, p.sessions = 0.6, 0.3, 4.0, 2
            out.append(p)
    return out[:n]


def _ab_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    for p, ts in zip(profiles, slots, strict=True):
        variants: list[str] = p.extra["variants"]  # type: ignore[assignment]
        tests: list[str] = p.extra["tests"]  # type: ignore[assignment]
        if p.extra["role"] == "prod":
            for t in ts:
                arms = variants[min(int(t / (DAYS * 86400) * len(variants)), len(variants) - 1)]
                v = arms[int(rng.integers(len(arms)))]  # type: ignore[index]
                q = (
                    _user_question(ctx, rng)
                    if rng.random() < 0.6
                    else fill(rng, pick(rng, END_USER_LINES))
                )
                yield p, float(t), human_thread(ctx, rng, q, 1.7, 5.0, system=v)
            continue
        # prompt optimisation (DSPy / OPRO style): candidate system prompts scored on a slice of
        # the fixed dev set, run after run
        persona = str(p.extra["persona"])
        for t in ts:
            tt = float(t)
            for _ in range(int(rng.integers(2, 6))):
                cand = _grid_system(rng, persona)
                k = min(len(tests), int(rng.integers(8, 20)))
                for j in rng.choice(len(tests), k, replace=False):
                    tt += float(rng.exponential(1.5)) + 0.3
                    yield (
                        p,
                        tt,
                        Conv([Turn(tests[int(j)], cand, int(rng.lognormal(5.0, 0.6)))], "script"),
                    )


# == replay_regen (tamarind) and multiturn_eval =====================================================


def _dialogue_bank(
    ctx: Ctx, rng: np.random.Generator, n: int, n_tools: int, n_mt: int = 80
) -> list[tuple[list[str], int]]:
    """Scripted dialogues: MT-Bench's two turns, BFCL's multi-turn user turns (with tools), or a
    corpus item with follow-ups fixed in advance."""
    c = ctx.corp
    mt = [c.mtbench[int(j)] for j in rng.permutation(len(c.mtbench))[:n_mt]]
    out: list[tuple[list[str], int]] = [([a, b], 0) for a, b in mt]
    multi = [c.tool_multi[int(j)] for j in rng.permutation(len(c.tool_multi))[:n_tools]]
    out += [(list(x), int(rng.integers(4, 13))) for x in multi]
    singles = c.arena_tech + c.arena_writing + c.arena_code + c.arena_math + c.selfinst
    singles += tuple(q for q, _ in c.gsm)
    need = max(0, n - len(out))  # past one pass, an item comes back with other follow-ups
    reps = -(-need // len(singles))
    for j in np.concatenate([rng.permutation(len(singles)) for _ in range(reps)])[:need]:
        k = int(rng.integers(1, 5))
        fu = [
            GENERIC_FOLLOWUPS[int(x)] for x in rng.choice(len(GENERIC_FOLLOWUPS), k, replace=False)
        ]
        out.append(([singles[int(j)], *fu], 0))
    return out


def build_replay(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    cards = [card(rng) for _ in range(max(3, n // 3))]
    orgs = [("o_" + hexid(rng), org_domain(rng, "research")) for _ in range(10)]
    out = []
    for _ in range(n):
        c = pick(rng, ("US", "GB", "DE", "JP", "KR", "SG", "CA"))
        net = _cloud_net(w, rng, ("US", "SG", "JP", "KR"))
        if rng.random() < 0.4:
            net.choices.append((1.5, "any", w.home(c)))
        consumer = rng.random() < 0.5
        org, dom = orgs[int(rng.integers(len(orgs)))] if rng.random() < 0.4 else (None, mail(rng))
        p = _api_account(ctx, rng, label, org=org, email=dom, crd=pick(rng, cards),
                         country=c, net=net, median_age=300 if rng.random() < 0.5 else 20,
                         new_share=0.05)  # fmt: skip
        if consumer:
            p.tier, p.channel = pick(rng, ("pro", "max", "max")), "web"
            p.surfaces = {"cli": 0.7, "web": 0.3}
            p.uas = devices(rng, p.surfaces)
        if rng.random() < 0.5:
            p.tz, p.rhythm = 7.0, rhythm("human")
        else:
            p.rhythm = rhythm("flat")
        p.p_active, p.rate, p.sessions = (
            float(rng.uniform(0.5, 0.85)),
            float(rng.lognormal(1.1, 0.4)),
            3,
        )
        p.adopt_after, p.mini_share = float(rng.exponential(86400)), 0.0
        out.append(p)
    return out


def _replay_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    bank = _dialogue_bank(ctx, rng, 22000, len(ctx.corp.tool_multi))
    order = rng.permutation(len(bank))
    for nxt, (t, i) in enumerate(_sorted_slots(profiles, slots)):
        turns, tools = bank[int(order[nxt % len(bank)])]
        convo = [Turn(u, None, int(rng.lognormal(5.9, 0.5)), tools) for u in turns]
        yield profiles[i], t, Conv(convo, "script")


def build_mteval(ctx: Ctx, rng: np.random.Generator, n: int, label: str) -> list[Profile]:
    w = ctx.world
    out: list[Profile] = []
    while len(out) < n:
        org, c = "o_" + hexid(rng), pick(rng, ("US", "GB", "DE", "CH", "CA", "KR", "SG"))
        dom, crd = org_domain(rng, "lab"), card(rng)
        campus = w.egress("education", c, 8)
        suite = _dialogue_bank(
            ctx,
            rng,
            int(rng.integers(120, 200)),
            int(rng.integers(2, 12)),
            int(rng.integers(10, 41)),
        )
        nightly = rng.random() < 0.6
        for _ in range(int(rng.integers(3, 7))):
            net = _cloud_net(w, rng, ("US", "DE", "GB", "KR"))
            net.choices.append((0.5, "any", campus))
            p = _api_account(ctx, rng, label, org=org, email=dom, crd=crd, country=c, net=net,
                             channel=pick(rng, ("research_program", "api_console")),
                             median_age=450, clients=EVAL_CLIENTS)  # fmt: skip
            p.extra = {"suite": suite, "nightly": nightly and rng.random() < 0.8}
            out.append(p)
    return out[:n]


def _mteval_content(
    ctx: Ctx, profiles: list[Profile], slots: list[np.ndarray], rng: np.random.Generator
) -> Iterator[Placed]:
    rel = RELEASES[0][2]
    for p in profiles:
        suite: list[tuple[list[str], int]] = p.extra["suite"]  # type: ignore[assignment]
        if p.extra["nightly"]:  # a nightly regression: a slice of the suite, every night
            share = float(rng.uniform(0.4, 0.8))
            hours = 5.0 if rng.random() < 0.5 else 24.0  # nightly, or a job queue all day
            for d in range(DAYS):
                if rng.random() > share:
                    continue
                t = d * 86400 + float(rng.uniform(0, hours) - tz_of(p.country)) * 3600
                model = "wren-3.5" if t < rel + 86400 else "wren-4"
                for j in rng.choice(len(suite), int(rng.integers(20, 40)), replace=False):
                    turns, tools = suite[int(j)]
                    convo = [Turn(u, None, int(rng.lognormal(5.9, 0.5)), tools) for u in turns]
                    yield p, t, Conv(convo, "script", model=model)
                    t += 4 * len(turns) + float(rng.exponential(3.0))
        days = {rel // 86400 + int(rng.integers(0, 2))}
        for d in sorted(days):
            t = d * 86400 + float(rng.uniform(9, 18) - tz_of(p.country)) * 3600
            models = ["wren-3.5"] if t < rel + 3600 else ["wren-4"] + (
                ["wren-3.5"] if rng.random() < 0.5 else [])  # fmt: skip
            for model in models:
                for turns, tools in suite:
                    convo = [Turn(u, None, int(rng.lognormal(5.9, 0.5)), tools) for u in turns]
                    yield p, t, Conv(convo, "script", model=model)
                    t += 4 * len(turns) + float(rng.exponential(3.0))


CAMPAIGNS: tuple[Spec, ...] = (
    Spec("attack:evol_chain", "attack", "heron", 220, build_evol, _evol_content),
    Spec("hn:prompt_ops", "hard_negative", None, 130, build_prompt_ops, _prompt_ops_content),
    Spec("attack:relay_chain", "attack", "heron", 480, build_relay, _relay_content),
    Spec("hn:context_carryover", "hard_negative", None, 520, build_carryover, _carryover_content),
    Spec("attack:screen_agent", "attack", "quarry", 120, build_screen, _screen_content),
    Spec("hn:rpa_vendor", "hard_negative", None, 60, build_rpa, per_account(_rpa)),
    Spec("attack:sysprompt_grid", "attack", "quarry", 200, build_grid, _grid_content),
    Spec("hn:prompt_ab_test", "hard_negative", None, 60, build_ab, _ab_content),
    Spec("attack:replay_regen", "attack", "tamarind", 250, build_replay, _replay_content),
    Spec("hn:multiturn_eval", "hard_negative", None, 40, build_mteval, _mteval_content),
)
