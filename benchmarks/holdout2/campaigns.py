"""Distillation campaign families, each built against the obvious design: slow, paraphrased,
spread over many accounts, addresses and clients, hiding inside crowds that really exist."""

from __future__ import annotations

import corpora
import numpy as np
import text as tx
from benign import CONSUMER_MAIL, card, mail
from people import active_days, converse, lognorm, mobile_ip, net_ip, residential_ip
from world import (
    APPS,
    BROWSERS,
    CLIS,
    DAY,
    EVENING_HOURS,
    FLAT_HOURS,
    HUMAN_HOURS,
    LANG_OF,
    SDKS,
    TZ,
    US,
    WORK_HOURS,
    World,
    ua,
)

Rng = np.random.Generator
EXIT_CCS = (
    "US",
    "US",
    "US",
    "GB",
    "CA",
    "AU",
    "DE",
    "FR",
    "JP",
    "KR",
    "SG",
    "ES",
    "BR",
    "NL",
    "IN",
)


def aged(w: World, rng: Rng, n: int, lo: float, hi: float) -> list[int]:
    """Sign-up times: accounts are registered in a few batches and left to age before use."""
    batches = [w.start - int(rng.uniform(lo, hi) * DAY * US) for _ in range(max(1, n // 80 + 1))]
    return [tx.pick(rng, batches) + int(rng.uniform(0, 72) * 3600 * US) for _ in range(n)]


def payments(w: World, rng: Rng, n: int, per_card: float) -> list[str | None]:
    """Cards: per_card=1 means each account has its own (prepaid virtual cards)."""
    out: list[str | None] = []
    cur, left = None, 0
    for _ in range(n):
        if left <= 0:
            cur, left = card(w), max(1, int(rng.poisson(per_card)))
        out.append(cur)
        left -= 1
    return out


def ticks(w: World, rng: Rng, every_min: float) -> np.ndarray:
    """The orchestrator's wake-up times; sessions start just after one of them."""
    n = int(w.days * 24 * 60 / every_min)
    return np.sort(
        w.start + (np.arange(n) * every_min * 60 + rng.uniform(0, 30, n)).astype(np.int64) * US
    )


def snap(tk: np.ndarray, t: int, rng: Rng, jitter_s: float) -> int:
    i = int(np.searchsorted(tk, t))
    base = int(tk[min(i, len(tk) - 1)])
    return base + int(rng.exponential(jitter_s) * US)


def polyglot_trace(w: World, n: int, cid: str, mobile_farm: bool) -> None:
    """Slow reasoning-trace harvest: few paraphrased chain-of-thought prompts per account and day
    in several languages, human hours of the exit country, a fresh residential (or mobile)
    exit per session, consumer web/app surfaces."""
    rng = w.rng
    born = aged(w, rng, n, 40, 120)
    pays = payments(w, rng, n, 1.0)
    tk = ticks(w, rng, 12)
    for i in range(n):
        cc = tx.pick(rng, EXIT_CCS)
        langs = list(  # dict keys: unique and in insertion order (a set's order is per process)
            dict.fromkeys(
                (
                    LANG_OF.get(cc, "en") if LANG_OF.get(cc, "en") in tx.COT_WRAPPERS else "en",
                    "en",
                    tx.pick(rng, ("zh", "zh", "es", "de", "fr", "ja", "ru", "pt", "ko")),
                )
            )
        )
        aid = w.account(
            "campaign",
            "polyglot_trace",
            cid,
            created_at=born[i],
            tier=tx.pick(rng, ("pro", "pro", "max")),
            channel="web",
            payment=pays[i],
            email=mail(rng, cc),
            country=cc,
            org=None,
        )
        browser, app = ua(rng, BROWSERS), ua(rng, APPS)
        tz = TZ[cc] + rng.random() - 0.5
        for d in active_days(w, rng, float(rng.uniform(0.3, 0.6)), 0.7):
            for _s in range(1 + int(rng.poisson(0.5))):
                t = snap(tk, w.local_time(rng, d, tz, HUMAN_HOURS), rng, 40)
                surface = "app" if mobile_farm or rng.random() < 0.25 else "web"
                if rng.random() < 0.004:
                    at = residential_ip(w, rng, "CN")  # the proxy dropped: a direct connection
                else:
                    at = mobile_ip(w, rng, cc) if mobile_farm else residential_ip(w, rng, cc)
                k = int(rng.integers(1, 5))
                turns = [
                    tx.cot_prompt(rng, tx.pick(rng, langs), tx.reasoning_problem(rng))
                    for _ in range(k)
                ]
                if rng.random() < 0.3:
                    turns.append(
                        tx.pick(
                            rng,
                            (
                                "Now verify your answer with a different method, showing all steps.",
                                "Check each step again and point out any mistake.",
                                "请用另一种方法验证，并写出过程。",
                            ),
                        )
                    )
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    turns,
                    surface=surface,
                    model=None,
                    at=at,
                    agent=app if surface == "app" else browser,
                    kind="reasoning",
                    gap=75,
                    otok=1400,
                )


def hydra_multilingual(w: World, n: int, cid: str) -> None:
    """A large hydra cluster: hundreds of light accounts whose requests leave through a rotating
    residential proxy pool (new exit per request, many countries), mixing multilingual
    capability harvest with ordinary-looking chat, on the operator's clock."""
    rng = w.rng
    born = aged(w, rng, n, 20, 60)
    pays = payments(w, rng, n, 6.0)
    for i in range(n):
        cc = tx.pick(rng, EXIT_CCS)
        paid = rng.random() < 0.4
        aid = w.account(
            "campaign",
            "hydra_multilingual",
            cid,
            created_at=born[i],
            tier="pro" if paid else "free",
            channel="web",
            payment=pays[i] if paid else None,
            email=tx.pick(rng, CONSUMER_MAIL),
            country=cc,
            org=None,
        )
        browser = ua(rng, BROWSERS)
        for d in active_days(w, rng, float(rng.uniform(0.2, 0.5)), 0.9):
            for _k in range(int(rng.integers(1, 5))):
                t = w.local_time(rng, d, 8.0, HUMAN_HOURS)  # operator's day, whatever the exit
                at = residential_ip(w, rng, tx.pick(rng, EXIT_CCS))
                if rng.random() < 0.4:
                    q = tx.chat_prompt(rng, tx.pick(rng, ("en", "en", "es", "de", "fr", "ja")))
                    kind = "chat"
                else:
                    q = (
                        tx.translate_prompt(rng)
                        if rng.random() < 0.7
                        else tx.cot_prompt(
                            rng, tx.pick(rng, ("en", "zh", "ko", "ja")), tx.reasoning_problem(rng)
                        )
                    )
                    kind = "reasoning"
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    [q],
                    surface="web",
                    model=None,
                    at=at,
                    agent=browser,
                    kind=kind,
                    otok=900,
                )


AGENT_UAS = (
    "AcmeAgent/0.{v}.{p}",
    "taskrunner/2.{p} (+https://example.invalid)",
    "crew-exec/0.{p}",
    "autoflow-sdk/1.{v}",
)


def toolsmith(w: World, n: int, cid: str) -> None:
    """Agentic tool-use harvest: multi-turn tasks with tool declarations and fake tool results,
    spread over many client apps/SDKs, cloud regions and VPN ranges, round the clock."""
    rng = w.rng
    c = corpora.load()
    born = aged(w, rng, n, 14, 45)
    pays = payments(w, rng, n, 8.0)
    doms = [
        f"{tx.pick(rng, ('byte', 'flow', 'nova', 'quant', 'deep'))}{tx.pick(rng, ('forge', 'stack', 'works', 'labs'))}.dev"
        for _ in range(max(1, n // 10))
    ]
    tk = ticks(w, rng, 5)
    for i in range(n):
        aid = w.account(
            "campaign",
            "toolsmith",
            cid,
            created_at=born[i],
            tier="api",
            channel="api_console",
            payment=pays[i],
            email=tx.pick(rng, doms),
            country=tx.pick(rng, EXIT_CCS),
            org=None,
        )
        keys = [w.new_id("key_") for _ in range(int(rng.integers(1, 3)))]
        agents = [ua(rng, SDKS + AGENT_UAS) for _ in range(int(rng.integers(2, 5)))]
        nets = [tx.pick(rng, w.infra.cloud + w.infra.vpn) for _ in range(int(rng.integers(2, 6)))]
        systems = [tx.pick(rng, tx.AGENT_SYSTEMS) for _ in range(2)]
        per_day = float(np.clip(lognorm(rng, 9, 0.5), 3, 60))
        for d in active_days(w, rng, 0.7):
            todo = int(rng.poisson(per_day))
            while todo > 0:
                t = snap(tk, w.local_time(rng, d, 8, FLAT_HOURS), rng, 20)
                if rng.random() < 0.5:
                    task = list(tx.pick(rng, c.bfcl_multi))
                    tools = int(rng.integers(6, 26))
                else:
                    q, nt, _names = tx.pick(rng, c.bfcl_live)
                    task = [q]
                    tools = min(40, nt + int(rng.integers(0, 6)))
                turns: list[str] = []
                for u in task[: int(rng.integers(1, 4))]:
                    turns.append(
                        tx.casual_noise(rng, u)
                        if rng.random() < 0.3
                        else tx.pick(rng, ("", "Task: ", "User request: ", "Goal: ")) + u
                    )
                    turns += [tx.tool_result_turn(rng) for _ in range(int(rng.integers(0, 3)))]
                model = (
                    "lumen-4"
                    if t > w.models.new_at + int(rng.uniform(0.5, 4) * DAY * US)
                    else "lumen-3.5"
                )
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    turns,
                    surface="api",
                    model=model,
                    at=net_ip(rng, tx.pick(rng, nets), 4000),
                    agent=tx.pick(rng, agents),
                    system=tx.pick(rng, systems),
                    key=tx.pick(rng, keys),
                    kind="reasoning",
                    gap=6,
                    otok=500,
                    tools=tools,
                )
                todo -= len(turns)


def rubric_farm(w: World, n: int, cid: str) -> None:
    """Reward-model data: pasted model outputs sent back for rubric grading and pairwise
    preference, from shell 'startups' (team accounts), fanned out in synchronised night batches."""
    rng = w.rng
    born = aged(w, rng, n, 25, 90)
    orgs = []
    for _ in range(max(1, n // 9)):
        name = tx.pick(
            rng,
            ("Evalytics", "Gradewise", "Scorely", "Rankfort", "Judgebase", "Metricon", "Appraiso"),
        )
        orgs.append((w.new_id("org_"), card(w), f"{name.lower()}{int(rng.integers(1, 99))}.ai"))
    nights = sorted(
        {int(d) for d in rng.choice(w.days, size=max(1, int(w.days * 0.4)), replace=False)}
    )
    accts = []
    for i in range(n):
        org, pay, dom = orgs[i % len(orgs)]
        aid = w.account(
            "campaign",
            "rubric_farm",
            cid,
            created_at=born[i],
            tier="team",
            channel="startup_program",
            payment=pay,
            email=dom,
            country=tx.pick(rng, ("US", "SG", "GB")),
            org=org,
        )
        accts.append(
            (
                aid,
                w.new_id("key_"),
                ua(rng, SDKS),
                tx.pick(rng, tx.RUBRIC_SYSTEMS),
                net_ip(
                    rng,
                    tx.pick(rng, [x for x in w.infra.cloud if x.country in ("SG", "JP", "US")]),
                    65000,
                ),
            )
        )
    for d in nights:
        t0 = w.day_start(d) + int(rng.uniform(17, 19) * 3600 * US)  # ~01:00-03:00 at UTC+8
        for aid, key, agent, system, at in accts:
            if rng.random() < 0.25:
                continue
            t = t0 + int(rng.uniform(0, 180) * US)
            for _k in range(int(rng.integers(15, 45))):
                t += int(lognorm(rng, 3, 0.5) * US)
                model = "lumen-4" if t > w.models.new_at + DAY * US else "lumen-3.5"
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    [tx.rubric_prompt(rng)],
                    surface="api",
                    model=model,
                    at=at,
                    agent=agent,
                    system=system,
                    key=key,
                    kind="grade",
                    otok=300,
                    conv=False,
                )


def unit_sweep(w: World, n: int, cid: str) -> None:
    """Code-capability sweep: synthetic unit-test tasks walking a spec x language grid, through
    the coding CLI and the API, on aged accounts, at one team's working hours."""
    rng = w.rng
    born = aged(w, rng, n, 120, 250)
    pays = payments(w, rng, n, 1.0)
    grid = [(s, lg) for s in range(len(tx.FUNC_SPECS)) for lg in range(len(tx.CODE_LANGS))]
    for i in range(n):
        cc = tx.pick(rng, EXIT_CCS)
        aid = w.account(
            "campaign",
            "unit_sweep",
            cid,
            created_at=born[i],
            tier="max",
            channel="web",
            payment=pays[i],
            email=mail(rng, cc),
            country=cc,
            org=None,
        )
        cli = ua(rng, CLIS)
        sdk = ua(rng, SDKS)
        key = w.new_id("key_")
        home = residential_ip(w, rng, "US")
        cloud = net_ip(rng, tx.pick(rng, w.infra.cloud), 65000)
        pos = int(rng.integers(0, len(grid)))
        per_day = float(np.clip(lognorm(rng, 25, 0.4), 8, 120))
        for d in active_days(w, rng, 0.8, 0.4):
            todo = int(rng.poisson(per_day))
            while todo > 0:
                t = w.local_time(rng, d, 8, WORK_HOURS)
                spec, lang = grid[pos % len(grid)]
                pos += 1
                turns = [tx.code_task(rng, spec, lang)]
                if rng.random() < 0.4:
                    turns.append(
                        tx.pick(
                            rng,
                            (
                                "Now optimise it and explain the complexity step by step.",
                                "Add property-based tests and explain each.",
                                "Rewrite it idiomatically and justify every change.",
                            ),
                        )
                    )
                surface = "cli" if rng.random() < 0.5 else "api"
                model = (
                    "lumen-4"
                    if t > w.models.new_at + int(rng.uniform(0.2, 2) * DAY * US)
                    else "lumen-3.5"
                )
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    turns,
                    surface=surface,
                    model=model,
                    at=home if surface == "cli" else cloud,
                    agent=cli if surface == "cli" else sdk,
                    key=key,
                    kind="chat",
                    gap=15,
                    otok=1100,
                    tools=int(rng.integers(8, 20)) if surface == "cli" else 0,
                )
                todo -= len(turns)


def tutor_loop(w: World, n: int, cid: str) -> None:
    """Multi-turn 'tutor' harvest: a problem, then scripted follow-ups that pull explanations,
    alternatives and harder variants; phone app over a mobile proxy farm, evening hours."""
    rng = w.rng
    born = aged(w, rng, n, 30, 100)
    for i in range(n):
        cc = tx.pick(rng, ("US", "GB", "IN", "ID", "BR", "KR", "SG"))
        edu = rng.random() < 0.4
        aid = w.account(
            "campaign",
            "tutor_loop",
            cid,
            created_at=born[i],
            tier="education" if edu else "free",
            channel="education_program" if edu else "web",
            payment=None,
            email="learners-mail.org" if edu else mail(rng, cc),
            country=cc,
            org=None,
        )
        app, browser = ua(rng, APPS), ua(rng, BROWSERS)
        lang = tx.pick(rng, ("en", "en", "en", "zh", "es", "ko", "ja"))
        for d in active_days(w, rng, float(rng.uniform(0.3, 0.55)), 1.0):
            for _s in range(1 + int(rng.poisson(0.4))):
                problem = (
                    tx.reasoning_problem(rng)
                    if rng.random() < 0.6
                    else tx.pick(rng, corpora.load().gsm8k_train)
                )
                opener = tx.pick(rng, tx.TUTOR_OPENERS.get(lang, tx.TUTOR_OPENERS["en"])).replace(
                    "{q}", problem
                )
                fups = tx.TUTOR_FOLLOWUPS.get(lang, tx.TUTOR_FOLLOWUPS["en"])
                turns = [opener] + [tx.pick(rng, fups) for _ in range(int(rng.integers(2, 7)))]
                surface = "app" if rng.random() < 0.7 else "web"
                converse(
                    w,
                    rng,
                    aid,
                    w.local_time(rng, d, TZ[cc], EVENING_HOURS),
                    turns,
                    surface=surface,
                    model=None,
                    at=mobile_ip(w, rng, cc),
                    agent=app if surface == "app" else browser,
                    kind="reasoning",
                    gap=35,
                    otok=900,
                    err_p=0.03,
                )


def boundary_probe(w: World, n: int, cid: str) -> None:
    """Safety-boundary mapping: a grid of borderline requests x framings, compared across
    models, through commercial VPN exits."""
    rng = w.rng
    born = aged(w, rng, n, 7, 30)
    pays = payments(w, rng, n, 1.0)
    models = ("lumen-3.5", "lumen-3.5-mini", "lumen-3")
    for i in range(n):
        cc = tx.pick(rng, EXIT_CCS)
        api = rng.random() < 0.5
        aid = w.account(
            "campaign",
            "boundary_probe",
            cid,
            created_at=born[i],
            tier="api" if api else "pro",
            channel="api_console" if api else "web",
            payment=pays[i],
            email=mail(rng, cc),
            country=cc,
            org=None,
        )
        key = w.new_id("key_") if api else None
        agent = ua(rng, SDKS) if api else ua(rng, BROWSERS)
        vpn = [net_ip(rng, tx.pick(rng, w.infra.vpn), 4000) for _ in range(4)]
        per_day = float(np.clip(lognorm(rng, 18, 0.5), 5, 60))
        for d in active_days(w, rng, 0.6, 0.8):
            for _k in range(int(rng.poisson(per_day))):
                t = w.local_time(rng, d, TZ[cc], HUMAN_HOURS)
                m = (
                    tx.pick(
                        rng, models + ("lumen-4", "lumen-4-mini") if t > w.models.new_at else models
                    )
                    if api
                    else None
                )
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    [tx.probe_prompt(rng)],
                    surface="api" if api else "web",
                    model=m,
                    at=tx.pick(rng, vpn),
                    agent=agent,
                    key=key,
                    kind="probe",
                    otok=350,
                    flagged_p=0.45,
                    conv=not api,
                )


def pool_rider(w: World, n: int, cid: str, reseller: tuple[str, str]) -> None:
    """Rides a reseller's shared exit pool: accounts opened through the reseller (its org, its
    card), a broad capability sweep mixed with ordinary chat, at reseller-customer volumes."""
    rng = w.rng
    org, pay = reseller
    pool = w.infra.reseller_pools[0]
    born = aged(w, rng, n, 10, 50)
    for i in range(n):
        cc = tx.pick(rng, EXIT_CCS)
        aid = w.account(
            "campaign",
            "pool_rider",
            cid,
            created_at=born[i],
            tier="api",
            channel="partner_reseller",
            payment=pay,
            email=mail(rng, cc),
            country=cc,
            org=org,
        )
        key = w.new_id("key_")
        agent = f"aggregator-gw/2.{int(rng.integers(0, 9))}"
        for d in active_days(w, rng, float(rng.uniform(0.35, 0.7)), 0.8):
            for _k in range(int(rng.integers(1, 8))):
                t = w.local_time(rng, d, 8, HUMAN_HOURS)
                r = rng.random()
                if r < 0.3:
                    q, kind = tx.chat_prompt(rng, tx.pick(rng, ("en", "en", "es", "de"))), "chat"
                elif r < 0.6:
                    q, kind = (
                        tx.cot_prompt(
                            rng, tx.pick(rng, ("en", "en", "zh")), tx.reasoning_problem(rng)
                        ),
                        "reasoning",
                    )
                elif r < 0.8:
                    q, kind = (
                        tx.code_task(rng, int(rng.integers(0, 99)), int(rng.integers(0, 99))),
                        "chat",
                    )
                else:
                    q, kind = tx.translate_prompt(rng), "reasoning"
                m = (
                    "lumen-4"
                    if t > w.models.new_at + int(rng.uniform(0.3, 3) * DAY * US)
                    else tx.pick(rng, ("lumen-3.5", "lumen-3.5"))
                )
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    [q],
                    surface="api",
                    model=m,
                    at=net_ip(rng, tx.pick(rng, pool), 64),
                    agent=agent,
                    key=key,
                    kind=kind,
                    otok=800,
                )


def release_jumper(w: World, n: int, cid: str) -> None:
    """Model-release jumper: a fixed capability probe set run lightly on the old model, then
    re-run hard on the new model within hours of its release, tapering after a few days."""
    rng = w.rng
    c = corpora.load()
    born = aged(w, rng, n, 60, 200)
    pays = payments(w, rng, n, 5.0)
    probe_set = [tx.cot_prompt(rng, "en", tx.reasoning_problem(rng)) for _ in range(150)]
    probe_set += [tx.code_task(rng, s, lg) for s in range(len(tx.FUNC_SPECS)) for lg in range(3)]
    probe_set += [q[0] for q in c.bfcl_live[200:260]]
    rel = w.models.new_at
    for i in range(n):
        cc = tx.pick(rng, EXIT_CCS)
        aid = w.account(
            "campaign",
            "release_jumper",
            cid,
            created_at=born[i],
            tier="api",
            channel="api_console",
            payment=pays[i],
            email=mail(rng, cc),
            country=cc,
            org=None,
        )
        key = w.new_id("key_")
        agent = ua(rng, SDKS)
        nets = [tx.pick(rng, w.infra.vpn + w.infra.cloud) for _ in range(2)]
        before = float(rng.uniform(0, 3))
        for d in range(w.days):
            t_day = w.day_start(d)
            if t_day + DAY * US < rel:
                k = int(rng.poisson(before))
                model = "lumen-3.5"
            else:
                since = (t_day - rel) / (DAY * US)
                k = int(rng.poisson(max(4.0, 140 * np.exp(-max(since, 0) / 3.0))))
                model = "lumen-4"
            for _k in range(k):
                t = t_day + int(rng.uniform(0, DAY) * US)
                if model == "lumen-4" and t < rel + int(rng.uniform(1, 10) * 3600 * US):
                    continue
                if t < rel and model == "lumen-4":
                    continue
                q = tx.pick(rng, probe_set)
                if rng.random() < 0.4:
                    q = tx.perturb_numbers(rng, q)
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    [q],
                    surface="api",
                    model=model if t >= rel else "lumen-3.5",
                    at=net_ip(rng, tx.pick(rng, nets), 4000),
                    agent=agent,
                    key=key,
                    kind="reasoning",
                    otok=1200,
                    conv=False,
                )
