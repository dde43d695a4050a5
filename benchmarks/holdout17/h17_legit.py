"""Legitimate classes of hold-out 17: consumers and the hard negatives a detector must not flag.

Each builder makes its accounts and their month of traffic; counts are at scale 1.
"""

from __future__ import annotations

import numpy as np
from h17_emit import DAY, MODELS, Conv, Turn, starts
from h17_human import Habits, Where, clients, human_turns, live, session
from h17_people import SDKS, Cloud, Fixed, Home, Pool, Traveller, World, hexid, served_country
from h17_text import org_name, persona, tokens

HEAVY = Habits(
    per_day=2.2,
    convs=2.2,
    active=(6, 1.5),
    follow=0.7,
    everyday=0.2,
    surfaces=(("web", 0.45), ("app", 0.2), ("cli", 0.2), ("api", 0.15)),
)
OFFICE = Habits(
    rhythm="office", per_day=1.6, active=(4, 2), everyday=0.3, surfaces=(("web", 0.9), ("app", 0.1))
)
STUDENT = Habits(per_day=0.9, active=(2, 3), everyday=0.3, surfaces=(("web", 0.7), ("app", 0.3)))
RECORDS = (
    "invoice",
    "support ticket",
    "product review",
    "insurance claim",
    "job posting",
    "lab report",
)


def benign(w: World, n: int) -> None:
    """Consumers worldwide; about one in ten shares a card and a line with a housemate."""
    rng = w.rng("benign")
    while n > 0:
        country = served_country(rng)
        home = Home(w.nets, country)
        card = hexid(rng, "pf", 16)
        for _ in range(2 if rng.random() < 0.1 and n > 1 else 1):
            tier = ("free", "pro", "max")[int(rng.choice(3, p=(0.7, 0.26, 0.04)))]
            acct = w.people.new(
                "benign", country, tier=tier, payment=card if tier != "free" else None
            )
            live(w, rng, acct, home, Habits())
            n -= 1


def heavy_user(w: World, n: int) -> None:
    """Power users: long threads on every surface, some from a cloud dev box."""
    rng = w.rng("heavy_user")
    for _ in range(n):
        country = served_country(rng)
        tier = ("pro", "max")[int(rng.integers(2))]
        acct = w.people.new("hn:heavy_user", country, tier=tier, keys=1)
        where: Where = Cloud(w.nets, rng) if rng.random() < 0.15 else Home(w.nets, country)
        live(w, rng, acct, where, HEAVY)


def corporate_proxy(w: World, n: int) -> None:
    """Seats of companies behind their office egress (a proxy mixing hundreds of colleagues)."""
    rng = w.rng("corporate_proxy")
    while n > 0:
        country, org = served_country(rng), hexid(rng, "org", 8)
        domain, card = f"{org_name(rng).lower()}.com", hexid(rng, "pf", 16)
        egress = w.nets.egress("corporate", country, 4)
        for _ in range(min(n, int(rng.integers(25, 80)))):
            acct = w.people.new(
                "hn:corporate_proxy",
                country,
                tier=("team", "enterprise")[int(rng.integers(2))],
                email=domain,
                payment=card,
                org=org,
            )
            live(w, rng, acct, Fixed(egress, country, Home(w.nets, country)), OFFICE)
            n -= 1


def restricted_traveller(w: World, n: int) -> None:
    """Consumers who spend days in a restricted region; some groups share a hotel line."""
    rng = w.rng("restricted_traveller")
    shared: list[Traveller] = []
    for _ in range(n):
        country = served_country(rng)
        trip = Traveller(w.nets, Home(w.nets, country), rng)
        if shared and rng.random() < 0.3:
            trip.dest, trip.stay, trip.away = shared[-1].dest, shared[-1].stay, shared[-1].away
        shared.append(trip)
        acct = w.people.new(
            "hn:restricted_traveller", country, tier=("free", "pro")[int(rng.integers(2))]
        )
        live(w, rng, acct, trip, Habits(per_day=1.6, active=(3, 2)))


def campus_student(w: World, n: int) -> None:
    """Students of five universities behind campus NAT, asking the week's shared homework."""
    rng = w.rng("campus_student")
    unis = []
    for i in range(5):
        country = served_country(rng)
        unis.append(
            (
                country,
                w.nets.egress("education", country, 6),
                f"uni{i}-{hexid(rng, 'u', 4)[2:]}.edu",
            )
        )
    homework = [
        [w.corpora.math[int(i)] for i in rng.integers(len(w.corpora.math), size=15)]
        for _ in range(4)
    ]
    for _ in range(n):
        country, nat, domain = unis[int(rng.integers(5))]
        acct = w.people.new(
            "hn:campus_student",
            country,
            tier="education",
            channel="education_program",
            email=domain,
            payment=None,
        )
        home = Home(w.nets, country)
        where = Fixed(nat, country, home) if rng.random() < 0.7 else home
        ua = clients(rng)
        for t in starts(
            rng, acct.tz, "human", float(rng.beta(2, 3)), 0.9 * float(rng.lognormal(0, 0.5))
        ):
            if rng.random() < 0.4:
                week = homework[int(t // (7 * DAY)) % 4]
                turns = human_turns(w, rng, STUDENT, first=week[int(rng.integers(len(week)))])
                ip, c = where.at(rng, t, "web")
                w.emitter.add(Conv(acct, t, "web", ua["web"], ip, c, turns))
            else:
                session(w, rng, acct, t, where, ua, STUDENT)


def reseller_customer(w: World, n: int) -> None:
    """Customers of an API aggregator: its org, its contract cards, its exit pool and gateway."""
    rng = w.rng("reseller_customer")
    org, cards = hexid(rng, "org", 8), [hexid(rng, "pf", 16) for _ in range(3)]
    pool = Pool(w.nets.reseller_pool)
    for _ in range(n):
        acct = w.people.new(
            "hn:reseller_customer",
            served_country(rng),
            tier="api",
            channel="partner_reseller",
            org=org,
            payment=cards[int(rng.integers(3))],
            keys=1,
            adopt=_pinned(rng),
        )
        habits = Habits(
            rhythm=("human", "flat")[int(rng.integers(2))], per_day=1.5, surfaces=(("api", 1.0),)
        )
        ua = {"api": "relaygate/3.2.0"}
        for t in starts(
            rng,
            acct.tz,
            habits.rhythm,
            float(rng.beta(2, 2)),
            habits.per_day * float(rng.lognormal(0, 0.7)),
        ):
            session(w, rng, acct, t, pool, ua, habits)


def _pinned(rng: np.random.Generator) -> float:
    """API accounts move to a new model days after its release, or never."""
    return float(rng.exponential(6 * DAY)) if rng.random() < 0.6 else 1e12


def api_app(w: World, n: int) -> None:
    """Products serving their users through one key: a system prompt, clouds, flat-plus-day hours."""
    rng = w.rng("api_app")
    for _ in range(n):
        country = served_country(rng)
        acct = w.people.new(
            "hn:api_app",
            country,
            tier="api",
            channel="api_console",
            keys=2,
            email=f"{org_name(rng).lower()}.io",
            keep=0.4,
            adopt=_pinned(rng),
            family=("main", "mini")[int(rng.integers(2))],
        )
        cloud, system = Cloud(w.nets, rng, 2), persona(rng, org_name(rng))
        ua = SDKS[int(rng.integers(len(SDKS)))]
        for t in starts(rng, acct.tz, "flat", 0.97, 9 * float(rng.lognormal(0, 0.5))):
            for _ in range(1 + int(rng.poisson(2))):
                turns = human_turns(w, rng, Habits(follow=0.35))
                ip, c = cloud.at(rng, t, "api")
                w.emitter.add(
                    Conv(acct, t, "api", ua, ip, c, turns, system=system, key=acct.keys[0])
                )
                t += float(rng.exponential(90))


def _older(name: str) -> str:
    """The model a release replaces (the one before it in its family)."""
    family = next(f for n, f, _ in MODELS if n == name)
    names = [n for n, f, _ in MODELS if f == family]
    return names[names.index(name) - 1]


def eval_runner(w: World, n: int) -> None:
    """Benchmark sweeps at machine pace: on release days (old and new model side by side) and now and then."""
    rng = w.rng("eval_runner")
    main_release = next(r for name, _, r in MODELS if name == "fjord-3")
    for _ in range(n):
        acct = w.people.new(
            "hn:eval_runner",
            served_country(rng),
            tier="api",
            channel="research_program",
            keys=1,
            email=f"{org_name(rng).lower()}.ai",
            adopt=1e12,
        )
        cloud, ua = Cloud(w.nets, rng), SDKS[int(rng.integers(len(SDKS)))]
        suite = [w.corpora.any_question(rng) for _ in range(int(rng.integers(150, 500)))]
        runs = [
            (r + float(rng.uniform(0.5, 6)) * 3600, (_older(name), name))
            for name, _, r in MODELS
            if r > 0
        ]
        for d in rng.integers(0, 28, size=int(rng.integers(1, 4))):
            t = (int(d) + float(rng.uniform(0.3, 0.9))) * DAY
            runs.append((t, ("fjord-2.5", "fjord-3") if t >= main_release else ("fjord-2.5",)))
        for t, models in runs:
            for model in models:
                for item in suite:
                    ip, c = cloud.at(rng, t, "api")
                    turn = Turn(item, int(rng.lognormal(6, 0.6)))
                    w.emitter.add(
                        Conv(
                            acct,
                            t,
                            "api",
                            ua,
                            ip,
                            c,
                            [turn],
                            key=acct.keys[0],
                            model=model,
                            threaded=False,
                        )
                    )
                    t += float(rng.exponential(2.5))


def batch_job(w: World, n: int) -> None:
    """Nightly extraction over a company's own records: one template, fresh record text."""
    rng = w.rng("batch_job")
    for _ in range(n):
        country = served_country(rng)
        acct = w.people.new(
            "hn:batch_job",
            country,
            tier="api",
            channel="api_console",
            keys=1,
            keep=0.2,
            family="mini",
            adopt=_pinned(rng),
            email=f"{org_name(rng).lower()}.com",
        )
        cloud, kind = Cloud(w.nets, rng), RECORDS[int(rng.integers(len(RECORDS)))]
        system = f"Extract the fields of this {kind} as JSON. Use null for missing fields."
        for t in starts(rng, acct.tz, "nightly", 0.9, 1.0):
            for _ in range(int(rng.integers(15, 60))):
                record = " ".join(w.corpora.reply(rng, 120).split()[:60])
                ip, c = cloud.at(rng, t, "api")
                turn = Turn(
                    f"{kind.capitalize()} #{int(rng.integers(10**6))}:\n{record}",
                    int(rng.lognormal(4.5, 0.4)),
                )
                w.emitter.add(
                    Conv(
                        acct,
                        t,
                        "api",
                        "fjord-python/2.3.1",
                        ip,
                        c,
                        [turn],
                        system=system,
                        key=acct.keys[0],
                        threaded=False,
                    )
                )
                t += float(rng.exponential(6))


def ci_agent(w: World, n: int) -> None:
    """Coding agents in CI: many tools, long fast threads, from clouds or the office."""
    rng = w.rng("ci_agent")
    for _ in range(n):
        country = served_country(rng)
        acct = w.people.new(
            "hn:ci_agent",
            country,
            tier=("api", "team")[int(rng.integers(2))],
            channel="api_console",
            keys=1,
            adopt=_pinned(rng),
        )
        where: Where = (
            Cloud(w.nets, rng)
            if rng.random() < 0.7
            else Fixed(w.nets.egress("corporate", country, 2), country)
        )
        tools, surface = int(rng.integers(6, 24)), ("api", "cli")[int(rng.integers(2))]
        ua = "fjord-cli/1.8.0 (node 22.11.0; ci)" if surface == "cli" else "fjord-python/2.3.1"
        for t in starts(rng, acct.tz, "office", 0.9, 3 * float(rng.lognormal(0, 0.5))):
            task = w.corpora.coding[int(rng.integers(len(w.corpora.coding)))]
            steps = [task] + [_tool_result(rng) for _ in range(int(rng.integers(4, 20)))]
            turns = [
                Turn(
                    s,
                    int(rng.lognormal(5, 0.6)),
                    float(rng.uniform(2, 20)) if i else 0.0,
                    tools,
                    context=tokens(s) * 3,
                )
                for i, s in enumerate(steps)
            ]
            ip, c = where.at(rng, t, surface)
            w.emitter.add(
                Conv(
                    acct,
                    t,
                    surface,
                    ua,
                    ip,
                    c,
                    turns,
                    system="You are a coding agent running in CI.",
                    key=acct.keys[0],
                )
            )


def _tool_result(rng: np.random.Generator) -> str:
    """What a CI step hands back to the agent."""
    step = (
        "pytest -q",
        "npm test",
        "go test ./...",
        "cargo build",
        "ruff check .",
        "git diff --stat",
    )[int(rng.integers(6))]
    return f"Tool result ({step}): exit code {int(rng.integers(0, 3))}, {int(rng.integers(0, 40))} lines of output."


def automation_bot(w: World, n: int) -> None:
    """Personal automations on a fixed local hour and community bots around the clock."""
    rng = w.rng("automation_bot")
    for i in range(n):
        country = served_country(rng)
        acct = w.people.new(
            "hn:automation_bot", country, tier=("pro", "api")[i % 2], keys=1, adopt=_pinned(rng)
        )
        where: Where = Home(w.nets, country) if rng.random() < 0.5 else Cloud(w.nets, rng)
        ua = SDKS[int(rng.integers(len(SDKS)))]
        if i % 2 == 0:
            wrapper = f"Here are today's {('emails', 'headlines', 'calendar items', 'sensor readings')[i % 4]}. Write my digest:\n"
            hours = [float(rng.uniform(5, 9)), float(rng.uniform(17, 22))]
            times = [
                d * DAY + ((h - acct.tz) % 24) * 3600 + float(rng.normal(0, 60))
                for d in range(28)
                for h in hours
            ]
            for t in times:
                for _ in range(int(rng.integers(2, 8))):
                    ip, c = where.at(rng, t, "api")
                    turn = Turn(wrapper + w.corpora.reply(rng, 200), int(rng.lognormal(5.3, 0.3)))
                    w.emitter.add(
                        Conv(acct, t, "api", ua, ip, c, [turn], key=acct.keys[0], threaded=False)
                    )
                    t += float(rng.uniform(3, 30))
        else:
            system = (
                f"You are {org_name(rng)}, a friendly bot in a community chat. Keep answers short."
            )
            for t in starts(rng, acct.tz, "flat", 0.95, 9 * float(rng.lognormal(0, 0.5))):
                for _ in range(1 + int(rng.poisson(1.5))):
                    ip, c = where.at(rng, t, "api")
                    w.emitter.add(
                        Conv(
                            acct,
                            t,
                            "api",
                            ua,
                            ip,
                            c,
                            human_turns(w, rng, Habits(follow=0.3)),
                            system=system,
                            key=acct.keys[0],
                        )
                    )
                    t += float(rng.exponential(200))


LEGIT = (
    ("benign", benign, 6400),
    ("hn:heavy_user", heavy_user, 250),
    ("hn:corporate_proxy", corporate_proxy, 300),
    ("hn:restricted_traveller", restricted_traveller, 200),
    ("hn:campus_student", campus_student, 400),
    ("hn:reseller_customer", reseller_customer, 300),
    ("hn:api_app", api_app, 60),
    ("hn:eval_runner", eval_runner, 25),
    ("hn:batch_job", batch_job, 40),
    ("hn:ci_agent", ci_agent, 50),
    ("hn:automation_bot", automation_bot, 100),
)
