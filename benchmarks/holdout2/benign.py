"""Benign populations, including the hard negatives: crowds behind shared addresses, templated
and round-the-clock legitimate traffic, evaluation runners, release-day bursts, travellers."""

from __future__ import annotations

import corpora
import numpy as np
import text as tx
from people import active_days, converse, lognorm, mobile_ip, net_ip, person, residential_ip
from world import (
    CLIS,
    DAY,
    EVENING_HOURS,
    FLAT_HOURS,
    HUMAN_HOURS,
    LANG_OF,
    RESTRICTED,
    SDKS,
    TZ,
    US,
    WORK_HOURS,
    World,
    ua,
)

Rng = np.random.Generator

CONSUMER_MAIL = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "hotmail.com",
    "proton.me",
)
LOCAL_MAIL = {
    "DE": "web.de",
    "KR": "naver.com",
    "RU": "yandex.ru",
    "JP": "yahoo.co.jp",
    "FR": "orange.fr",
    "BR": "uol.com.br",
    "CN": "qq.com",
    "IN": "rediffmail.com",
}


def mail(rng: Rng, cc: str) -> str:
    if cc in LOCAL_MAIL and rng.random() < 0.3:
        return LOCAL_MAIL[cc]
    return tx.pick(rng, CONSUMER_MAIL)


def created(w: World, rng: Rng, lo: float, hi: float) -> int:
    return w.start - int(rng.uniform(lo, hi) * DAY * US)


def card(w: World) -> str:
    return w.new_id("pf_", 10)


def chat_users(w: World, n: int) -> None:
    """Ordinary users on web and app, in many languages; some households share a card."""
    rng = w.rng
    household_card: str | None = None
    left_in_house = 0
    for _ in range(n):
        p = person(w, rng)
        tier = tx.pick(rng, ("free",) * 15 + ("pro",) * 5 + ("max",))
        pay = None
        if tier != "free":
            if left_in_house > 0 and household_card:
                pay, left_in_house = household_card, left_in_house - 1
            else:
                pay = card(w)
                if rng.random() < 0.12:
                    household_card, left_in_house = pay, int(rng.integers(1, 4))
        aid = w.account(
            "benign",
            "chat",
            None,
            created_at=created(w, rng, 1, 900),
            tier=tier,
            channel="web",
            payment=pay,
            email=mail(rng, p.cc),
            country=p.cc,
            org=None,
        )
        rate = float(np.clip(lognorm(rng, 0.13, 1.0), 0.03, 0.95))
        days = active_days(w, rng, rate, 0.8) or [int(rng.integers(0, w.days))]
        for d in days:
            for _s in range(1 + int(rng.poisson(0.5))):
                surface = "app" if rng.random() < 0.45 else "web"
                first = (
                    tx.homework_prompt(rng, p.lang)
                    if rng.random() < 0.06
                    else tx.chat_prompt(rng, p.lang)
                )
                turns = [first] + [
                    tx.followup(rng, p.lang) for _ in range(int(rng.geometric(0.5)) - 1)
                ]
                converse(
                    w,
                    rng,
                    aid,
                    w.local_time(rng, d, p.tz, HUMAN_HOURS),
                    turns,
                    surface=surface,
                    model=None,
                    at=p.where(rng, surface),
                    agent=p.app if surface == "app" else p.browser,
                    image_p=0.05,
                    feedback_p=0.03,
                    incognito=rng.random() < 0.03,
                    flagged_p=0.002,
                )


def heavy_users(w: World, n: int) -> None:
    """Developers and power users: dozens to hundreds of requests on a working day."""
    rng = w.rng
    for _ in range(n):
        p = person(w, rng, lang="en")
        tier = tx.pick(rng, ("max", "max", "pro", "api"))
        aid = w.account(
            "benign",
            "heavy_user",
            None,
            created_at=created(w, rng, 30, 700),
            tier=tier,
            channel="api_console" if tier == "api" else "web",
            payment=card(w),
            email=tx.pick(rng, ("gmail.com", "outlook.com", "fastmail.com", "hey.com")),
            country=p.cc,
            org=None,
        )
        key = w.new_id("key_") if tier in ("api", "max") else None
        cli = ua(rng, CLIS)
        sdk = ua(rng, SDKS)
        per_day = float(np.clip(lognorm(rng, 11, 0.7), 4, 300))
        for d in active_days(w, rng, 0.85, 0.3):
            todo = int(rng.poisson(per_day))
            while todo > 0:
                r = rng.random()
                surface = "cli" if r < 0.35 else ("api" if r < 0.5 and key else "web")
                k = min(todo, int(rng.geometric(0.2)))
                turns = [
                    tx.dev_prompt(rng) if rng.random() < 0.7 else tx.chat_prompt(rng, "en")
                ] + [
                    tx.followup(rng, "en") if rng.random() < 0.4 else tx.dev_prompt(rng)
                    for _ in range(k - 1)
                ]
                model = (
                    tx.pick(rng, ("lumen-3.5", "lumen-3.5", "lumen-3.5-mini"))
                    if surface != "web"
                    else None
                )
                if model and w.day_start(d) > w.models.new_at + lognorm(rng, 2, 0.8) * DAY * US:
                    model = "lumen-4"
                converse(
                    w,
                    rng,
                    aid,
                    w.local_time(rng, d, p.tz, WORK_HOURS),
                    turns,
                    surface=surface,
                    model=model,
                    at=p.where(rng, "web"),
                    agent={"cli": cli, "api": sdk, "web": p.browser}[surface],
                    key=key if surface != "web" else None,
                    gap=40,
                    otok=600,
                    tools=int(rng.integers(8, 20)) if surface == "cli" else 0,
                    feedback_p=0.01,
                )
                todo -= k


APP_SYSTEMS = (
    "You are the support assistant for {co}, an online furniture store. Answer politely, only about orders, delivery and returns.",
    "You are {co}'s writing helper. Rewrite the user's text as requested. Keep their meaning.",
    "You are a tutor in the {co} learning app for high-school students. Be encouraging; explain step by step.",
    "You summarise meeting transcripts for {co}. Output: summary, decisions, action items.",
    "You are a travel planner inside the {co} app. Ask at most one clarifying question.",
    "You are {co}'s legal-intake bot. Do not give legal advice; collect the facts of the case.",
    "You classify incoming support tickets for {co} into: billing, bug, feature, other. Reply with JSON.",
    "You are a cooking assistant for {co}. Suggest recipes from the user's ingredients.",
    "You are {co}'s code assistant embedded in their IDE plugin.",
    "You answer HR policy questions for employees of {co} using the policy excerpts provided.",
)
COMPANIES = (
    "Nordhaus",
    "Brightpath",
    "Kivo",
    "Tandem Labs",
    "Ferrow",
    "Quillbase",
    "Mapleleaf Health",
    "Orbitly",
    "Samsara Foods",
    "Vetra",
    "Lumio",
    "Cobalt & Pine",
)


def api_apps(w: World, n: int) -> None:
    """Products calling the API for their own end users, from cloud addresses, around the clock."""
    rng = w.rng
    c = corpora.load()
    for _ in range(n):
        co = tx.pick(rng, COMPANIES) + f" {int(rng.integers(1, 99))}"
        system = tx.pick(rng, APP_SYSTEMS).replace("{co}", co)
        market = tx.pick(rng, ("US", "GB", "DE", "IN", "BR", "JP", "FR", "KR", "ES"))
        org = w.new_id("org_")
        pay = card(w)
        n_acc = (
            1 if rng.random() < 0.7 else int(rng.integers(2, 4))
        )  # prod/staging keys as accounts
        region = [x for x in w.infra.cloud if x.country in ("US", "DE", "SG", "JP", "GB", "IE")]
        nets = [tx.pick(rng, region) for _ in range(int(rng.integers(1, 3)))]
        eps = [net_ip(rng, tx.pick(rng, nets), 4096) for _ in range(int(rng.integers(1, 8)))]
        sdk = ua(rng, SDKS)
        uses_tools = rng.random() < 0.35
        tool_pool = c.bfcl_live[int(rng.integers(len(c.bfcl_live)))]
        for a in range(n_acc):
            aid = w.account(
                "benign",
                "api_app",
                None,
                created_at=created(w, rng, 20, 600),
                tier=tx.pick(rng, ("api", "api", "enterprise", "team")),
                channel=tx.pick(rng, ("api_console", "api_console", "startup_program")),
                payment=pay,
                email=co.split()[0].lower() + ".io",
                country=market,
                org=org,
            )
            key = w.new_id("key_")
            per_day = float(np.clip(lognorm(rng, 16 if a == 0 else 3, 0.9), 1, 600))
            model = tx.pick(rng, ("lumen-3.5", "lumen-3.5-mini", "lumen-3.5-mini", "lumen-3"))
            upgrade = (
                w.models.new_at + int(lognorm(rng, 9, 0.6) * DAY * US)
                if rng.random() < 0.6
                else None
            )
            for d in range(w.days):
                for _k in range(int(rng.poisson(per_day))):
                    t = w.local_time(
                        rng, d, TZ[market], HUMAN_HOURS if rng.random() < 0.8 else FLAT_HOURS
                    )
                    m = (
                        ("lumen-4" if "mini" not in model else "lumen-4-mini")
                        if upgrade and t > upgrade
                        else model
                    )
                    lang = LANG_OF.get(market, "en") if rng.random() < 0.6 else "en"
                    if uses_tools and rng.random() < 0.6:
                        q = tx.pick(rng, c.bfcl_live)[0]
                    else:
                        q = tx.chat_prompt(rng, lang)
                    turns = [q] + [
                        tx.followup(rng, lang) for _ in range(int(rng.geometric(0.6)) - 1)
                    ]
                    converse(
                        w,
                        rng,
                        aid,
                        t,
                        turns,
                        surface="api",
                        model=m,
                        at=tx.pick(rng, eps),
                        agent=sdk,
                        system=system,
                        key=key,
                        gap=50,
                        otok=250,
                        tools=len(tool_pool[2]) if uses_tools else 0,
                        conv=rng.random() < 0.7,
                    )


EVAL_TEMPLATES = {
    "gsm8k": (
        "Question: {q}\nLet's think step by step.",
        "Solve the following math problem step by step. The last line of your response should be of the form Answer: $ANSWER.\n\n{q}",
        "{q}\nPlease reason step by step, and put your final answer within \\boxed{}.",
    ),
    "mt_bench": ("{q}",),
    "arena": ("{q}",),
    "bfcl": ("{q}",),
    "judge": (
        "[Instruction]\nPlease act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Begin your evaluation by providing a short explanation. Be as objective as possible. After providing your explanation, please rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\".\n\n[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{r}\n[The End of Assistant's Answer]",
    ),
}


def eval_runners(w: World, n: int) -> None:
    """Legitimate benchmark runs: templated, systematic, fast, often on a new model on day one."""
    rng = w.rng
    c = corpora.load()
    for _ in range(n):
        org = w.new_id("org_")
        cc = tx.pick(rng, ("US", "US", "GB", "DE", "FR", "SG", "KR", "JP", "CA"))
        aid = w.account(
            "benign",
            "eval_runner",
            None,
            created_at=created(w, rng, 30, 800),
            tier=tx.pick(rng, ("api", "enterprise", "team")),
            channel=tx.pick(rng, ("research_program", "research_program", "api_console")),
            payment=card(w),
            email=tx.pick(
                rng,
                (
                    "cs.stanford.edu",
                    "mila.quebec",
                    "ethz.ch",
                    "evalhouse.ai",
                    "kaist.ac.kr",
                    "ox.ac.uk",
                    "benchmarks.dev",
                ),
            ),
            country=cc,
            org=org,
        )
        key = w.new_id("key_")
        net = tx.pick(
            rng, [x for x in w.infra.cloud if x.country in ("US", "DE", "GB", "JP", "KR", "SG")]
        )
        eps = [net_ip(rng, net, 1024) for _ in range(int(rng.integers(1, 4)))]
        sdk = ua(rng, SDKS)
        runs = []
        for _r in range(int(rng.integers(1, 4))):
            runs.append(
                (
                    w.start + int(rng.uniform(0, w.days) * DAY * US),
                    tx.pick(rng, ("lumen-3.5", "lumen-3.5-mini", "lumen-3")),
                )
            )
        if rng.random() < 0.75:  # evaluate the new model on release day
            t0 = w.models.new_at + int(lognorm(rng, 4, 0.7) * 3600 * US)
            runs += [(t0, "lumen-4"), (t0 + int(rng.uniform(1, 6) * 3600 * US), "lumen-4-mini")]
        for t0, model in runs:
            bench = tx.pick(rng, ("gsm8k", "gsm8k", "mt_bench", "arena", "bfcl", "judge"))
            tpl = tx.pick(rng, EVAL_TEMPLATES[bench])
            size = int(rng.integers(80, 450))
            if bench == "gsm8k":
                items = list(c.gsm8k_test[:size])
            elif bench == "mt_bench":
                items = [q[1] for q in c.mt_bench]
            elif bench == "arena":
                items = list((c.arena_misc + c.arena_coding)[:size])
            elif bench == "bfcl":
                items = [q[0] for q in c.bfcl_live[:size]]
            else:
                items = [q[1] for q in c.mt_bench] * 2
            t = t0
            system = "You are a helpful assistant." if rng.random() < 0.5 else None
            for q in items:
                t += int(lognorm(rng, 1.5, 0.8) * US)
                prompt = tpl.replace("{q}", q).replace("{r}", tx.response(rng, "chat", 300))
                kind = (
                    "grade" if bench == "judge" else ("reasoning" if bench == "gsm8k" else "chat")
                )
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    [prompt],
                    surface="api",
                    model=model,
                    at=tx.pick(rng, eps),
                    agent=sdk,
                    system=system,
                    key=key,
                    kind=kind,
                    otok=400,
                    tools=5 if bench == "bfcl" else 0,
                    conv=False,
                    err_p=0.02,
                )


BATCH_TASKS = (
    (
        "Summarise the following customer review in one sentence and give its sentiment (positive/negative/mixed):\n{t}",
        "chat",
    ),
    ("Extract the company names, dates and amounts from this text as JSON:\n{t}", "chat"),
    (
        "Classify this support ticket into one of: billing, bug, feature_request, account, other. Ticket:\n{t}",
        "grade",
    ),
    (
        "Translate the product description to German, French and Spanish. Keep HTML tags.\n{t}",
        "chat",
    ),
    ("Write alt text (max 20 words) for the image.", "chat"),
)
CI_TASKS = (
    "Review this pull request diff. Point out bugs, security issues and missing tests.\n```diff\n{c}\n```",
    "The CI job failed with the log below. Explain the likely cause and propose a fix.\n{e}\n{c}",
    "Generate a changelog entry for these commits:\n- fix: {e}\n- feat: {t}",
    "Write unit tests for the changed function:\n{c}",
)


def batch_and_ci(w: World, n: int) -> None:
    """Nightly batch pipelines (one template, many documents) and CI agents on every push."""
    rng = w.rng
    for i in range(n):
        cc = tx.pick(rng, ("US", "DE", "GB", "IN", "NL", "FR", "JP"))
        org = w.new_id("org_")
        aid = w.account(
            "benign",
            "batch_ci",
            None,
            created_at=created(w, rng, 20, 500),
            tier=tx.pick(rng, ("api", "team", "enterprise")),
            channel="api_console",
            payment=card(w),
            email=tx.pick(rng, ("acme-data.com", "shopfront.io", "ledgerly.com", "devshop.net")),
            country=cc,
            org=org,
        )
        key = w.new_id("key_")
        net = tx.pick(rng, [x for x in w.infra.cloud if x.country == cc] or w.infra.cloud)
        eps = [
            net_ip(rng, net, 65000) for _ in range(int(rng.integers(2, 30)))
        ]  # ephemeral runners
        if i % 2 == 0:  # nightly batch
            tpl, kind = tx.pick(rng, BATCH_TASKS)
            sdk = ua(rng, SDKS)
            size = float(np.clip(lognorm(rng, 18, 0.7), 5, 300))
            hour = int(rng.integers(0, 5))
            for d in range(w.days):
                if rng.random() < 0.1:
                    continue
                t = (
                    w.day_start(d)
                    + int(((hour - TZ[cc]) % 24) * 3600 * US)
                    + int(rng.integers(0, 600) * US)
                )
                for _k in range(int(rng.poisson(size))):
                    t += int(lognorm(rng, 2.0, 0.5) * US)
                    doc = tx.excerpt(rng, 40, 120)  # each night brings new documents
                    converse(
                        w,
                        rng,
                        aid,
                        t,
                        [tpl.replace("{t}", doc)],
                        surface="api",
                        model="lumen-3.5-mini",
                        at=tx.pick(rng, eps),
                        agent=sdk,
                        key=key,
                        kind=kind,
                        otok=120,
                        conv=False,
                    )
        else:  # CI agent reacting to pushes during the team's working hours
            agent = tx.pick(
                rng,
                (
                    "lumen-cli/1.4.2 (linux x64; ci)",
                    "github-actions/ubuntu-24.04 " + ua(rng, SDKS),
                    "gitlab-runner 17.5 " + ua(rng, SDKS),
                ),
            )
            pushes = float(np.clip(lognorm(rng, 6, 0.6), 1, 40))
            for d in active_days(w, rng, 0.9, 0.15):
                for _p in range(int(rng.poisson(pushes))):
                    t = w.local_time(rng, d, TZ[cc], WORK_HOURS)
                    k = int(rng.integers(1, 5))
                    turns = [
                        tx.pick(rng, CI_TASKS)
                        .replace("{c}", tx.pick(rng, tx.CODE_SNIPPETS))
                        .replace("{e}", tx.pick(rng, tx.SLOTS["err"]))
                        .replace("{t}", tx.pick(rng, tx.SLOTS["task"]))
                        for _ in range(k)
                    ]
                    converse(
                        w,
                        rng,
                        aid,
                        t,
                        turns,
                        surface=tx.pick(rng, ("api", "cli")),
                        model="lumen-3.5" if t < w.models.new_at + 5 * DAY * US else "lumen-4",
                        at=tx.pick(rng, eps),
                        agent=agent,
                        key=key,
                        gap=8,
                        otok=700,
                        tools=int(rng.integers(4, 16)),
                        conv=True,
                    )


AUTOMATIONS = (
    (
        "Here are today's unread emails. Write me a morning digest with anything urgent first:\n{t}",
        "You are my personal assistant. Be brief.",
    ),
    ("Summarise these RSS headlines into 5 bullets:\n{t}", None),
    (
        "Home status: {t}. Should I turn on the heating or open the windows? Answer in one line.",
        "You control a smart home. Reply with an action.",
    ),
    ("Turn this voice memo transcript into a todo list:\n{t}", None),
    ("Check my calendar for conflicts and draft replies:\n{t}", "You are a scheduling assistant."),
)
BOT_SYSTEMS = (
    "You are HelperBot in the {co} Discord server. Answer members' questions briefly and kindly. No NSFW.",
    "You are a Telegram bot for a language-learning group. Correct the user's sentence and explain the fix.",
    "You are the FAQ bot of the {co} community forum. If unsure, say so.",
)


def automations(w: World, n: int) -> None:
    """Personal automations and community bots: round the clock, one wrapper prompt."""
    rng = w.rng
    for _ in range(n):
        p = person(w, rng)
        aid = w.account(
            "benign",
            "automation",
            None,
            created_at=created(w, rng, 10, 700),
            tier=tx.pick(rng, ("pro", "api", "api", "max")),
            channel=tx.pick(rng, ("web", "api_console")),
            payment=card(w),
            email=mail(rng, p.cc),
            country=p.cc,
            org=None,
        )
        key = w.new_id("key_")
        sdk = ua(rng, SDKS)
        if rng.random() < 0.65:  # personal automation on a home server or a small VPS
            tpl, system = tx.pick(rng, AUTOMATIONS)
            where = (
                p.home[0] if rng.random() < 0.6 else net_ip(rng, tx.pick(rng, w.infra.cloud), 65000)
            )
            every_h = tx.pick(rng, (2, 3, 4, 6, 8, 12, 24))
            jitter = rng.random() * 300
            for d in range(w.days):
                for h in range(0, 24, every_h):
                    t = w.day_start(d) + int((h * 3600 + jitter + rng.random() * 60) * US)
                    body = tx.excerpt(rng, 30, 100)  # today's emails / headlines / readings
                    converse(
                        w,
                        rng,
                        aid,
                        t,
                        [tpl.replace("{t}", body)],
                        surface="api",
                        model="lumen-3.5-mini",
                        at=where,
                        agent=sdk,
                        system=system,
                        key=key,
                        otok=200,
                        conv=False,
                    )
        else:  # community bot relaying members' messages
            system = tx.pick(rng, BOT_SYSTEMS).replace("{co}", tx.pick(rng, COMPANIES))
            where = net_ip(rng, tx.pick(rng, w.infra.cloud), 65000)
            per_day = float(np.clip(lognorm(rng, 8, 0.8), 2, 200))
            langs = [p.lang, "en", tx.pick(rng, ("es", "pt", "de", "ja", "ko", "ru", "zh", "fr"))]
            for d in range(w.days):
                for _k in range(int(rng.poisson(per_day))):
                    t = w.local_time(
                        rng, d, p.tz, FLAT_HOURS if rng.random() < 0.5 else EVENING_HOURS
                    )
                    lang = tx.pick(rng, langs)
                    q = (
                        tx.chat_prompt(rng, lang)
                        if rng.random() < 0.8
                        else tx.homework_prompt(rng, lang)
                    )
                    converse(
                        w,
                        rng,
                        aid,
                        t,
                        [q],
                        surface="api",
                        model="lumen-3.5-mini",
                        at=where,
                        agent=sdk,
                        system=system,
                        key=key,
                        otok=220,
                        conv=False,
                    )


def reseller_customers(w: World, n: int, reseller_orgs: list[tuple[str, str]]) -> None:
    """Customers of resellers/aggregators: the reseller bills and its exit pool carries them."""
    rng = w.rng
    for i in range(n):
        r = i % len(reseller_orgs)
        org, pay = reseller_orgs[r]
        pool = w.infra.reseller_pools[r]
        p = person(w, rng)
        aid = w.account(
            "benign",
            "reseller_customer",
            None,
            created_at=created(w, rng, 5, 400),
            tier="api",
            channel="partner_reseller",
            payment=pay,
            email=mail(rng, p.cc),
            country=p.cc,
            org=org,
        )
        key = w.new_id("key_")
        agent = f"aggregator-gw/{r + 2}.{int(rng.integers(0, 9))}"
        dev = rng.random() < 0.4
        rate = float(np.clip(lognorm(rng, 0.25, 0.8), 0.05, 1))
        per = float(np.clip(lognorm(rng, 1.6, 0.8), 1, 40))
        for d in active_days(w, rng, rate, 0.7):
            for _k in range(max(1, int(rng.poisson(per)))):
                t = w.local_time(rng, d, p.tz, HUMAN_HOURS)
                q = tx.dev_prompt(rng) if dev else tx.chat_prompt(rng, p.lang)
                turns = [q] + [
                    tx.followup(rng, p.lang) for _ in range(int(rng.geometric(0.55)) - 1)
                ]
                exit_ = net_ip(
                    rng, tx.pick(rng, pool), 64
                )  # the pool rotates over a few dozen exits
                m = (
                    tx.pick(rng, ("lumen-3.5", "lumen-3.5-mini", "lumen-3"))
                    if t < w.models.new_at + int(lognorm(rng, 3, 0.8) * DAY * US)
                    else "lumen-4"
                )
                converse(
                    w,
                    rng,
                    aid,
                    t,
                    turns,
                    surface="api",
                    model=m,
                    at=exit_,
                    agent=agent,
                    key=key,
                    otok=400,
                )


def campus_and_office(w: World, n: int) -> None:
    """Students behind a campus NAT and employees behind office egress (shared org card)."""
    rng = w.rng
    offices: list[tuple] = []
    for i in range(n):
        if i % 5 < 3:  # student
            net = tx.pick(rng, w.infra.campuses[: max(1, min(40, n // 60))])
            cc = net.country
            nat = [
                net.addr(j) for j in range(int(net.base >> 8) % 6 + 2)
            ]  # 2-7 NAT egress addresses
            p = person(w, rng, cc=cc)
            aid = w.account(
                "benign",
                "campus_corporate_nat",
                None,
                created_at=created(w, rng, 5, 500),
                tier=tx.pick(rng, ("education", "free", "free")),
                channel=tx.pick(rng, ("education_program", "web")),
                payment=None,
                email=f"student.{net.asn % 97}.edu",
                country=cc,
                org=None,
            )
            for d in active_days(w, rng, float(np.clip(lognorm(rng, 0.3, 0.6), 0.05, 0.9)), 0.5):
                for _s in range(1 + int(rng.poisson(0.3))):
                    on_campus = rng.random() < 0.7
                    at = (tx.pick(rng, nat), cc) if on_campus else p.where(rng, "app")
                    lang = p.lang
                    first = (
                        tx.homework_prompt(rng, lang)
                        if rng.random() < 0.4
                        else tx.chat_prompt(rng, lang)
                    )
                    k = int(rng.geometric(0.4))
                    turns = [first] + [
                        tx.pick(rng, tx.TUTOR_FOLLOWUPS["en"])
                        if rng.random() < 0.5
                        else tx.followup(rng, lang)
                        for _ in range(k - 1)
                    ]
                    surface = tx.pick(rng, ("web", "app"))
                    converse(
                        w,
                        rng,
                        aid,
                        w.local_time(rng, d, p.tz, HUMAN_HOURS),
                        turns,
                        surface=surface,
                        model=None,
                        at=at,
                        agent=p.browser if surface == "web" else p.app,
                        image_p=0.08,
                        feedback_p=0.02,
                    )
        else:  # employee
            if not offices or rng.random() < 0.06:
                net = tx.pick(rng, w.infra.offices)
                offices.append(
                    (
                        net,
                        w.new_id("org_"),
                        card(w),
                        tx.pick(rng, COMPANIES).split()[0].lower() + ".com",
                    )
                )
            net, org, pay, dom = tx.pick(rng, offices)
            cc = net.country
            egress = [(net.addr(j), cc) for j in range(2)]
            p = person(w, rng, cc=cc)
            aid = w.account(
                "benign",
                "campus_corporate_nat",
                None,
                created_at=created(w, rng, 5, 400),
                tier=tx.pick(rng, ("team", "enterprise")),
                channel="web",
                payment=pay,
                email=dom,
                country=cc,
                org=org,
            )
            for d in active_days(w, rng, 0.4, 0.05):
                for _s in range(1 + int(rng.poisson(1.2))):
                    q = tx.dev_prompt(rng) if rng.random() < 0.4 else tx.chat_prompt(rng, "en")
                    turns = [q] + [
                        tx.followup(rng, "en") for _ in range(int(rng.geometric(0.45)) - 1)
                    ]
                    converse(
                        w,
                        rng,
                        aid,
                        w.local_time(rng, d, p.tz, WORK_HOURS),
                        turns,
                        surface="web",
                        model=None,
                        at=tx.pick(rng, egress),
                        agent=p.browser,
                        feedback_p=0.02,
                    )


def travellers(w: World, n: int) -> None:
    """Ordinary users seen in restricted regions: trips, expatriate households, VPNs."""
    rng = w.rng
    shared_home: list[tuple[str, str]] = []
    for i in range(n):
        p = person(
            w, rng, cc=tx.pick(rng, ("US", "DE", "GB", "FR", "KR", "JP", "CA", "AU", "SG", "HK"))
        )
        aid = w.account(
            "benign",
            "traveller_vpn",
            None,
            created_at=created(w, rng, 30, 900),
            tier=tx.pick(rng, ("free", "pro", "pro")),
            channel="web",
            payment=card(w) if rng.random() < 0.6 else None,
            email=mail(rng, p.cc),
            country=p.cc,
            org=None,
        )
        mode = i % 3
        dest = tx.pick(rng, RESTRICTED[:3])
        if mode == 1:  # expat household: several accounts on one home network abroad
            if not shared_home or rng.random() < 0.3:
                shared_home.append(residential_ip(w, rng, dest))
            abroad = [tx.pick(rng, shared_home), mobile_ip(w, rng, shared_home[-1][1])]
        else:
            abroad = [residential_ip(w, rng, dest), mobile_ip(w, rng, dest)]
        vpn = [net_ip(rng, tx.pick(rng, w.infra.vpn), 4000) for _ in range(3)]
        trip0, trip1 = int(rng.integers(0, w.days)), 0
        trip1 = trip0 + int(rng.integers(3, 12)) if mode != 1 else w.days
        if mode == 1:
            trip0 = 0
        for d in active_days(w, rng, float(np.clip(lognorm(rng, 0.3, 0.6), 0.05, 0.9))):
            away = trip0 <= d < trip1
            surface = tx.pick(rng, ("web", "app"))
            if away:
                at = (
                    tx.pick(rng, vpn)
                    if rng.random() < (0.7 if mode == 2 else 0.35)
                    else tx.pick(rng, abroad)
                )
            else:
                at = (
                    tx.pick(rng, vpn) if mode == 2 and rng.random() < 0.5 else p.where(rng, surface)
                )
            tz = TZ[dest] if away else p.tz
            turns = [tx.chat_prompt(rng, p.lang)] + [
                tx.followup(rng, p.lang) for _ in range(int(rng.geometric(0.5)) - 1)
            ]
            converse(
                w,
                rng,
                aid,
                w.local_time(rng, d, tz, HUMAN_HOURS),
                turns,
                surface=surface,
                model=None,
                at=at,
                agent=p.browser if surface == "web" else p.app,
                image_p=0.06,
            )


def release_day(w: World, n: int) -> None:
    """The consumer burst on a release: sign-ups and dormant users trying the new model at once."""
    rng = w.rng
    rel = w.models.new_at
    for i in range(n):
        p = person(w, rng)
        fresh = rng.random() < 0.5
        api = i % 4 == 0  # developers trying the model by name
        cat = rel + int(rng.uniform(0, 30) * 3600 * US) if fresh else created(w, rng, 30, 700)
        aid = w.account(
            "benign",
            "release_day_consumer",
            None,
            created_at=cat,
            tier=tx.pick(rng, ("free", "free", "pro", "api" if api else "pro")),
            channel="api_console" if api else "web",
            payment=card(w) if (api or rng.random() < 0.4) else None,
            email=mail(rng, p.cc),
            country=p.cc,
            org=None,
        )
        key = w.new_id("key_") if api else None
        sdk = ua(rng, SDKS)
        start = max(cat, rel) + int(lognorm(rng, 3, 1.0) * 3600 * US)
        t = start
        for _k in range(int(np.clip(lognorm(rng, 12, 0.7), 2, 120))):
            t += int(lognorm(rng, 600, 1.4) * US)
            surface = "api" if api else tx.pick(rng, ("web", "app"))
            q = tx.pick(
                rng,
                (
                    tx.chat_prompt(rng, p.lang),
                    tx.reasoning_problem(rng),
                    tx.dev_prompt(rng),
                    tx.cot_prompt(rng, "en", tx.reasoning_problem(rng)),
                ),
            )
            turns = [q] + [tx.followup(rng, p.lang) for _ in range(int(rng.geometric(0.5)) - 1)]
            t = converse(
                w,
                rng,
                aid,
                t,
                turns,
                surface=surface,
                model="lumen-4" if api else None,
                at=p.where(rng, surface),
                agent=sdk if api else (p.browser if surface == "web" else p.app),
                key=key,
                otok=600,
                feedback_p=0.05,
            )
        # a few come back later, at ordinary rates
        for d in active_days(w, rng, 0.08):
            if w.day_start(d) > t:
                converse(
                    w,
                    rng,
                    aid,
                    w.local_time(rng, d, p.tz, HUMAN_HOURS),
                    [tx.chat_prompt(rng, p.lang)],
                    surface="web",
                    model=None,
                    at=p.where(rng, "web"),
                    agent=p.browser,
                )
