"""Builders of hold-out 19's accounts, one per label, and the counts at scale 1.

Twins are built beside their campaigns by one shared shape function per pair (tier, channel,
networks, hours, clients, volume), so what separates a campaign from its twin is left to the
accounts' behaviour together, not to one column.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import h19_text as tx
import h19_world as wd
import numpy as np
from h19_classes import (
    Acct,
    Ctx,
    _card,
    _cloud,
    _consumer_clients,
    _created,
    _declared,
    _dev_clients,
    _home_nets,
    _keys,
    _mail,
    _pinned,
    text_api_app,
    text_automation,
    text_batch_customer,
    text_batch_window,
    text_cap_hitter,
    text_ci,
    text_code_port,
    text_consumer,
    text_copy_agency,
    text_doc_analyst,
    text_doc_fanout,
    text_eval,
    text_migration,
    text_power,
    text_reseller,
    text_session_pool,
    text_student,
    text_style_grid,
)

COUNTS = {
    "benign": 6900,
    "hn:heavy_user": 250,
    "hn:api_app": 80,
    "hn:reseller_customer": 300,
    "hn:campus_nat": 350,
    "hn:eval_runner": 20,
    "hn:ci_agent": 60,
    "hn:automation": 100,
    "hn:restricted_traveller": 150,
    "hn:migration_team": 130,
    "attack:code_port": 110,
    "hn:cap_hitter": 260,
    "attack:session_pool": 240,
    "hn:doc_analyst": 260,
    "attack:doc_fanout": 220,
    "hn:batch_customer": 45,
    "attack:batch_window": 45,
    "hn:copy_agency": 200,
    "attack:style_grid": 180,
}


def _acct(ctx: Ctx, label: str, cc: str, **kw) -> Acct:
    rng = ctx.rng
    kw.setdefault("tz", wd.tz_of(rng, cc))
    kw.setdefault("declared", _declared(rng, cc))
    kw.setdefault("email", _mail(rng, cc))
    kw.setdefault("org", None)
    a = Acct(aid=ctx.ids.new("acct_"), label=label, cc=cc, **kw)
    a.state["banks"] = ctx.banks
    a.move_hours = float(rng.gamma(1.5, 2.0))
    return a


def _rate(rng: np.random.Generator, median: float, sigma: float) -> float:
    return float(median * np.exp(rng.normal(0, sigma)))


# --- ordinary users and hard negatives ------------------------------------------------------


def benign(ctx: Ctx, n: int, label: str = "benign") -> list[Acct]:
    rng = ctx.rng
    out = []
    for _ in range(n):
        cc = wd.consumer_country(rng)
        tier = str(rng.choice(["free", "pro", "max"], p=[0.7, 0.26, 0.04]))
        nets = _home_nets(ctx, cc, mobile=float(rng.uniform(0.05, 0.6)))
        if rng.random() < 0.06:
            nets.append((ctx.world.vpn[int(rng.integers(len(ctx.world.vpn)))], 0.3, 1.0))
        app = float(rng.uniform(0, 0.7))
        a = _acct(
            ctx,
            label,
            cc,
            tier=tier,
            channel="web",
            created=_created(rng, 2, 1100),
            card=_card(ctx) if tier != "free" else None,
            surfaces=(("web", 1 - app), ("app", app)),
            clients=_consumer_clients(rng),
            nets=nets,
            text=text_consumer,
            hours=str(rng.choice(["human", "evening"], p=[0.7, 0.3])),
            p_active=float(rng.beta(1.3, 3.2)),
            rate=_rate(rng, 0.9, 0.8),
            gap=float(rng.uniform(40, 200)),
        )
        a.state["turns"] = float(rng.uniform(1.5, 3.5))
        a.state["incognito"] = 0.03
        out.append(a)
    # households: a few accounts share a card (family plans)
    paid = [a for a in out if a.card]
    for i in range(0, len(paid) - 1, 17):
        paid[i + 1].card = paid[i].card
    return out


def heavy_user(ctx: Ctx, n: int, label: str = "hn:heavy_user") -> list[Acct]:
    rng = ctx.rng
    out = []
    for _ in range(n):
        cc = wd.consumer_country(rng)
        nets = _home_nets(ctx, cc, mobile=0.15)
        if rng.random() < 0.3:
            nets.append((_cloud(ctx)[0], 0.15, 3.0))
        a = _acct(
            ctx,
            label,
            cc,
            tier=str(rng.choice(["pro", "max"], p=[0.55, 0.45])),
            channel="web",
            created=_created(rng, 20, 1100),
            card=_card(ctx),
            surfaces=(("web", 0.55), ("app", 0.15), ("cli", 0.2), ("api", 0.1)),
            clients=_dev_clients(rng),
            nets=nets,
            text=text_power,
            hours="long_day",
            p_active=float(rng.uniform(0.55, 0.95)),
            weekend=0.7,
            rate=_rate(rng, 6.0, 0.7),
            gap=float(rng.uniform(25, 120)),
            keys=_keys(ctx, 1),
        )
        a.state["turns"] = float(rng.uniform(2.5, 5.0))
        out.append(a)
    return out


def api_app(ctx: Ctx, n: int, label: str = "hn:api_app") -> list[Acct]:
    rng = ctx.rng
    systems = (
        "You are {b}'s support assistant. Be brief and friendly. Never promise refunds.",
        "You are the in-app tutor of {b}. Explain simply, ask one question back.",
        "You are {b}, a shopping helper. Recommend products from the catalogue only.",
        "You help {b} users draft messages. Keep the user's language.",
    )
    out = []
    for _ in range(n):
        cc = wd.consumer_country(rng)
        brand = tx.invented_name(rng)
        clouds = _cloud(ctx, int(rng.integers(1, 3)))
        a = _acct(
            ctx,
            label,
            cc,
            tier="api",
            channel=str(rng.choice(["api_console", "startup_program"], p=[0.75, 0.25])),
            created=_created(rng, 30, 900),
            card=_card(ctx),
            email=tx.company_domain(rng, brand),
            surfaces=(("api", 1.0),),
            clients={"api": [tx.pick(rng, wd.SDKS)]},
            nets=[(c, 1.0, 0.5) for c in clouds],
            text=text_api_app,
            hours=str(rng.choice(["flat", "long_day"])),
            p_active=0.97,
            rate=_rate(rng, 22, 0.8),
            gap=float(rng.uniform(20, 90)),
            keys=_keys(ctx, int(rng.integers(1, 3))),
            stateless=bool(rng.random() < 0.5),
            retention=float(rng.choice([1.0, 0.0], p=[0.8, 0.2])),
        )
        _pinned(a, rng)
        a.state.update(
            system=tx.pick(rng, systems).format(b=brand),
            brand=brand,
            market=cc,
            tools=int(rng.choice([0, 0, 3, 5])),
        )
        out.append(a)
    return out


def reseller_customer(ctx: Ctx, n: int, label: str = "hn:reseller_customer") -> list[Acct]:
    """Customers of an API reseller: its org, its cards, its exit pool and relay client."""
    rng = ctx.rng
    cards = [_card(ctx) for _ in range(3)]
    pool = ctx.world.reseller
    relay = "skylane-relay/2.4 (+gateway)"
    out = []
    for _ in range(n):
        cc = str(rng.choice(["US", "SG", "VN", "ID", "TR", "BR", "IN", "HK", "RU", "CN"]))
        exits = [pool[int(i)] for i in rng.choice(len(pool), size=3, replace=False)]
        a = _acct(
            ctx,
            label,
            cc,
            tz=wd.tz_of(rng, cc),
            tier=str(rng.choice(["api", "team"], p=[0.85, 0.15])),
            channel="partner_reseller",
            created=_created(rng, 5, 700),
            card=tx.pick(rng, cards) if rng.random() < 0.7 else _card(ctx),
            declared=str(rng.choice(["SG", "US"])),
            org="org_skylane",
            surfaces=(("api", 1.0),),
            clients={"api": [relay]},
            nets=[(e, 1.0, 0.05) for e in exits],
            text=text_reseller,
            hours="human",
            p_active=float(rng.uniform(0.2, 0.8)),
            rate=_rate(rng, 3.0, 0.8),
            gap=float(rng.uniform(10, 60)),
            keys=_keys(ctx, 1),
        )
        _pinned(a, rng)
        out.append(a)
    return out


def campus_nat(ctx: Ctx, n: int, label: str = "hn:campus_nat") -> list[Acct]:
    rng = ctx.rng
    campuses = []
    for cc in ("US", "GB", "DE", "IN", "BR", "KR", "AU", "NG"):
        uni = tx.invented_name(rng).lower()
        assignments = [
            tx.pick(rng, tx.REASONING_FRAMES).format(q=tx.pick(rng, ctx.banks.math))
            for _ in range(4)
        ]
        campuses.append((cc, ctx.world.campus(cc, int(rng.integers(6, 16))), uni, assignments))
    out = []
    for _ in range(n):
        cc, net, uni, assignments = campuses[int(rng.integers(len(campuses)))]
        nets = [(net, 0.65, 1.0), *_home_nets(ctx, cc, mobile=0.4)]
        a = _acct(
            ctx,
            label,
            cc,
            tier="education",
            channel="education_program",
            created=_created(rng, 3, 700),
            card=None,
            email=f"{uni}.edu" if cc == "US" else f"{uni}.ac.{cc.lower()}",
            surfaces=(("web", 0.7), ("app", 0.3)),
            clients=_consumer_clients(rng),
            nets=nets,
            text=text_student,
            hours="evening",
            p_active=float(rng.uniform(0.2, 0.6)),
            rate=_rate(rng, 1.6, 0.6),
            gap=float(rng.uniform(40, 160)),
        )
        a.state.update(assignments=assignments, per_week=8)
        out.append(a)
    return out


EVAL_TEMPLATES = (
    "Question: {q}\nAnswer:",
    "{q}\n\nLet's think step by step.",
    "Solve the following problem. Give the final answer after '####'.\n\n{q}",
    "{q}",
)
EVAL_SYSTEMS = (
    None,
    "You are a helpful assistant.",
    "Answer the question. End with 'Answer: <answer>'.",
    "Think step by step, then give the final answer on the last line as 'Final: <answer>'.",
)


def eval_runner(ctx: Ctx, n: int, label: str = "hn:eval_runner") -> list[Acct]:
    """Labs and companies running fixed benchmark suites in bursts, release day included."""
    rng = ctx.rng
    bank = ctx.banks.everything()
    out = []
    for _ in range(n):
        cc = str(rng.choice(["US", "GB", "DE", "SG", "JP", "KR", "IN"]))
        a = _acct(
            ctx,
            label,
            cc,
            tier="api",
            channel=str(rng.choice(["research_program", "api_console", "startup_program"])),
            created=_created(rng, 30, 900),
            card=_card(ctx),
            email=tx.company_domain(rng, tx.invented_name(rng)),
            surfaces=(("api", 1.0),),
            clients={"api": [tx.pick(rng, wd.SDKS)]},
            nets=[(c, 1.0, 0.3) for c in _cloud(ctx, 1, near=cc)],
            text=text_eval,
            timing="burst",
            gap=2.0,
            keys=_keys(ctx, 1),
            stateless=True,
        )
        a.model = "eval"
        suite_n = int(rng.integers(150, 700))
        a.state.update(
            suite=[bank[int(i)] for i in rng.choice(len(bank), size=suite_n, replace=False)],
            template=tx.pick(rng, EVAL_TEMPLATES),
            system=EVAL_SYSTEMS[int(rng.integers(len(EVAL_SYSTEMS)))],
            runs=int(rng.integers(1, 4)),
        )
        out.append(a)
    return out


def ci_agent(ctx: Ctx, n: int, label: str = "hn:ci_agent") -> list[Acct]:
    rng = ctx.rng
    out = []
    for _ in range(n):
        cc = str(rng.choice(["US", "DE", "GB", "IN", "FR", "JP", "BR", "PL"]))
        office = ctx.world.office(cc, int(rng.integers(2, 8)))
        a = _acct(
            ctx,
            label,
            cc,
            tier=str(rng.choice(["api", "team", "enterprise"])),
            channel=str(rng.choice(["api_console", "web", "startup_program"])),
            created=_created(rng, 30, 1000),
            card=_card(ctx),
            email=tx.company_domain(rng, tx.invented_name(rng)),
            org=ctx.ids.new("org_", 4),
            surfaces=(("cli", 0.6), ("api", 0.4)),
            clients=_dev_clients(rng, 3),
            nets=[(office, 0.3, 1.0), *[(c, 0.35, 0.1) for c in _cloud(ctx, 2)]],
            text=text_ci,
            hours=str(rng.choice(["office", "long_day"])),
            p_active=0.8,
            weekend=0.2,
            rate=_rate(rng, 4.0, 0.6),
            gap=float(rng.uniform(4, 20)),
            keys=_keys(ctx, int(rng.integers(1, 5))),
        )
        _pinned(a, rng)
        a.state.update(
            tools=int(rng.integers(6, 25)),
            system="You are a coding agent running in CI. Use the tools; keep changes minimal.",
        )
        out.append(a)
    return out


WRAPPERS = (
    "Summarise today's top headlines in five bullets. Headlines: {x}",
    "Home sensors report: living room {x} ppm CO2. Should I open a window? One line.",
    "Write my standup from these commits: {x}",
    "Price check: item {x}. Is it below last week's average? Answer yes/no and why.",
    "Draft a short reply to this message in our group chat: {x}",
    "Translate this notification into Spanish: {x}",
)


def automation(ctx: Ctx, n: int, label: str = "hn:automation") -> list[Acct]:
    """Personal automations and community bots: one wrapper on a schedule, day and night."""
    rng = ctx.rng
    out = []
    for _ in range(n):
        cc = wd.consumer_country(rng)
        vps = rng.random() < 0.5
        nets = [(_cloud(ctx)[0], 1.0, 30.0)] if vps else _home_nets(ctx, cc, 0.0, 6.0)
        a = _acct(
            ctx,
            label,
            cc,
            tier=str(rng.choice(["api", "pro"], p=[0.7, 0.3])),
            channel=str(rng.choice(["api_console", "web"])),
            created=_created(rng, 20, 900),
            card=_card(ctx),
            surfaces=(("api", 1.0),),
            clients={"api": [tx.pick(rng, wd.SDKS)]},
            nets=nets,
            text=text_automation,
            timing="schedule",
            keys=_keys(ctx, 1),
            stateless=True,
        )
        _pinned(a, rng)
        a.state.update(wrapper=tx.pick(rng, WRAPPERS), per_day=int(rng.choice([6, 12, 24, 48])))
        out.append(a)
    return out


def restricted_traveller(ctx: Ctx, n: int, label: str = "hn:restricted_traveller") -> list[Acct]:
    """Ordinary consumers whose sessions also come from restricted regions (trips, family,
    expatriates), several on one home or mobile line, half with a VPN too."""
    rng = ctx.rng
    out = benign(ctx, n, label)
    lines: list[tuple] = []
    for a in out:
        rcc = str(rng.choice(list(wd.RESTRICTED)))
        if lines and rng.random() < 0.6:
            line = lines[int(rng.integers(len(lines)))]
        else:
            nets = ctx.world.home[rcc] + ctx.world.mobile[rcc]
            line = (nets[int(rng.integers(len(nets)))], 0.5, 10.0)
            lines.append(line)
        a.nets = [*a.nets, line]
        if rng.random() < 0.5:
            a.nets.append((ctx.world.vpn[int(rng.integers(len(ctx.world.vpn)))], 0.3, 1.0))
        a.p_active = max(a.p_active, 0.25)
    return out


# --- pair 1: code migration ------------------------------------------------------------------


def _code_shape(ctx: Ctx, label: str, cc: str, org: str, domain: str, card: str, **kw) -> Acct:
    """The shared shape of a porting seat: team/API, office hours, office + cloud, CLI/API."""
    rng = ctx.rng
    office = kw.pop("office")
    a = _acct(
        ctx,
        label,
        cc,
        tier=str(rng.choice(["team", "api", "enterprise"], p=[0.5, 0.4, 0.1])),
        channel=kw.pop("channel"),
        created=kw.pop("created"),
        card=card,
        email=domain,
        org=org,
        surfaces=(("cli", 0.45), ("api", 0.4), ("web", 0.15)),
        clients=_dev_clients(rng, 2),
        nets=[(office, 0.55, 1.0), (_cloud(ctx, 1, near=cc)[0], 0.3, 0.5), *_home_nets(ctx, cc)],
        hours="office",
        p_active=float(rng.uniform(0.5, 0.9)),
        weekend=0.1,
        rate=_rate(rng, 7.0, 0.7),
        gap=float(rng.uniform(30, 150)),
        keys=_keys(ctx, int(rng.integers(1, 4))),
        **kw,
    )
    _pinned(a, rng)
    a.state["tools"] = int(rng.choice([0, 6, 9, 12]))
    a.state["system"] = tx.pick(
        rng, (None, "You are a senior engineer helping with a code migration.")
    )
    return a


def _orgs(rng: np.random.Generator, n: int, lo: int, hi: int) -> list[int]:
    sizes = []
    while sum(sizes) < n:
        sizes.append(int(rng.integers(lo, hi + 1)))
    sizes[-1] -= sum(sizes) - n
    return [s for s in sizes if s > 0]


def migration_team(ctx: Ctx, n: int, label: str = "hn:migration_team") -> list[Acct]:
    rng = ctx.rng
    out = []
    for size in _orgs(rng, n, 2, 10):
        cc = str(rng.choice(["US", "DE", "GB", "IN", "FR", "PL", "BR", "JP", "NL", "SG"]))
        company = tx.invented_name(rng)
        org, domain, card = ctx.ids.new("org_", 4), tx.company_domain(rng, company), _card(ctx)
        fns = list(
            dict.fromkeys(
                f"{tx.pick(rng, tx.DOMAIN_VERBS)}_{tx.pick(rng, tx.DOMAIN_NOUNS)}"
                for _ in range(int(rng.integers(25, 70)))
            )
        )
        project = {
            "pair": tx.LANG_PAIRS[int(rng.integers(len(tx.LANG_PAIRS)))],
            "functions": fns,
            "args": {
                f: tuple(
                    dict.fromkeys(tx.pick(rng, tx.DOMAIN_NOUNS) for _ in range(rng.integers(1, 4)))
                )
                for f in fns
            },
        }
        office = ctx.world.office(cc, int(rng.integers(3, 10)))
        channel = str(rng.choice(["api_console", "web", "startup_program"], p=[0.5, 0.3, 0.2]))
        for _ in range(size):
            a = _code_shape(
                ctx, label, cc, org, domain, card,
                office=office, channel=channel, created=_created(rng, 15, 1200),
                text=text_migration,
            )  # fmt: skip
            a.state.update(project=project, recent=[])
            out.append(a)
    return out


ALGO_QUALIFIERS = (
    "basic", "iterative", "recursive", "generic", "streaming", "checked", "in_place", "parallel",
)  # fmt: skip


def code_port(ctx: Ctx, n: int, label: str = "attack:code_port") -> list[Acct]:
    rng = ctx.rng
    items = [
        f"{p}|algo|{alg}_{q}"
        for alg in tx.ALGORITHMS
        for q in ALGO_QUALIFIERS
        for p in range(len(tx.LANG_PAIRS))
    ] + [f"{int(rng.integers(len(tx.LANG_PAIRS)))}|task|{c[:420]}" for c in ctx.banks.code]
    walk = ctx.walk(label, tuple(items), header=2)
    op_cards = [_card(ctx) for _ in range(3)]
    out = []
    for size in _orgs(rng, n, 2, 10):
        cc = str(rng.choice(["US", "DE", "GB", "IN", "SG", "PL", "BR", "NL"]))
        company = tx.invented_name(rng)
        org = ctx.ids.new("org_", 4)
        domain = tx.company_domain(rng, company)
        card = tx.pick(rng, op_cards) if rng.random() < 0.25 else _card(ctx)
        office = ctx.world.office(cc, int(rng.integers(3, 10)))
        channel = str(rng.choice(["api_console", "web", "startup_program"], p=[0.45, 0.3, 0.25]))
        created = _created(rng, 15, 1100)
        for _ in range(size):
            a = _code_shape(
                ctx, label, cc, org, domain, card,
                office=office, channel=channel,
                created=created + timedelta(hours=float(rng.uniform(0, 72))),
                text=text_code_port,
            )  # fmt: skip
            a.state["walk"] = walk
            out.append(a)
    return out


# --- pair 2: web sessions at the usage cap --------------------------------------------------


def _web_heavy(ctx: Ctx, label: str, cc: str, **kw) -> Acct:
    rng = ctx.rng
    app = float(rng.uniform(0.05, 0.25))
    a = _acct(
        ctx,
        label,
        cc,
        tier=str(rng.choice(["pro", "max"], p=[0.65, 0.35])),
        channel="web",
        surfaces=(("web", 1 - app), ("app", app)),
        hours=str(rng.choice(["long_day", "human", "evening"], p=[0.5, 0.3, 0.2])),
        p_active=float(rng.uniform(0.45, 0.9)),
        weekend=0.9,
        rate=_rate(rng, 7.0, 0.6),
        gap=float(rng.uniform(30, 110)),
        cap=int(rng.choice([45, 60, 80])),
        **kw,
    )
    a.state["turns"] = float(rng.uniform(2.3, 3.5))
    return a


CAP_COUNTRIES = ["US", "GB", "DE", "FR", "CA", "AU", "IN", "BR", "JP", "KR", "NL", "ES"]


def cap_hitter(ctx: Ctx, n: int, label: str = "hn:cap_hitter") -> list[Acct]:
    rng = ctx.rng
    out = []
    for _ in range(n):
        cc = str(rng.choice(CAP_COUNTRIES))
        nets = _home_nets(ctx, cc, mobile=float(rng.uniform(0.05, 0.35)), sticky=6.0)
        if rng.random() < 0.2:
            nets.append((ctx.world.office(cc, 4), 0.2, 1.0))
        a = _web_heavy(
            ctx,
            label,
            cc,
            created=_created(rng, 20, 1200),
            card=_card(ctx) if rng.random() > 0.3 else None,
            clients=_consumer_clients(rng),
            nets=nets,
            text=text_cap_hitter,
        )
        out.append(a)
    paid = [a for a in out if a.card][::5]
    for i in range(0, len(paid) - 1, 2):
        paid[i + 1].card = paid[i].card  # couples on one card
    return out


def session_pool(ctx: Ctx, n: int, label: str = "attack:session_pool") -> list[Acct]:
    """Subscriptions driven by a browser-automation pool behind static residential (ISP)
    proxies in each account's country: sign-up batches, virtual cards shared by a few."""
    rng = ctx.rng
    walk = ctx.walk(label, ctx.banks.everything())
    batches = [(_created(rng, 25, 500), wd.browser(rng)) for _ in range(7)]
    cards: list[str] = []
    out = []
    for i in range(n):
        cc = str(rng.choice(CAP_COUNTRIES))
        when, ua = batches[int(rng.integers(len(batches)))]
        if i % int(rng.integers(2, 4)) == 0 or not cards:
            cards.append(_card(ctx))
        clients = _consumer_clients(rng)
        clients["web"] = [ua]
        # a static ISP proxy: a home address in the declared country, kept for about a week
        nets = _home_nets(ctx, cc, mobile=float(rng.uniform(0.05, 0.3)), sticky=6.5)
        if rng.random() < 0.04:  # an operator's phone leaking through a CN/HK carrier
            slip = ctx.world.mobile[str(rng.choice(["CN", "HK"]))][0]
            nets.append((slip, 0.03, 0.2))
        a = _web_heavy(
            ctx,
            label,
            cc,
            created=when + timedelta(minutes=float(rng.uniform(0, 600))),
            card=cards[-1] if rng.random() > 0.3 else None,
            clients=clients,
            nets=nets,
            text=text_session_pool,
        )
        a.state["walk"] = walk
        out.append(a)
    return out


# --- pair 3: long documents ----------------------------------------------------------------


def _doc_shape(ctx: Ctx, label: str, cc: str, **kw) -> Acct:
    rng = ctx.rng
    api = rng.random() < 0.35
    return _acct(
        ctx,
        label,
        cc,
        tier="api" if api else str(rng.choice(["pro", "team"], p=[0.55, 0.45])),
        channel="api_console" if api else "web",
        surfaces=(("api", 1.0),) if api else (("web", 0.9), ("app", 0.1)),
        hours=str(rng.choice(["office", "human"], p=[0.6, 0.4])),
        p_active=float(rng.uniform(0.25, 0.7)),
        weekend=0.4,
        rate=_rate(rng, 1.6, 0.6),
        gap=float(rng.uniform(40, 180)),
        keys=_keys(ctx, 1) if api else [],
        **kw,
    )


DOC_COUNTRIES = ["US", "GB", "DE", "FR", "IN", "SG", "AU", "CA", "NL", "JP", "ZA", "IE"]


def doc_analyst(ctx: Ctx, n: int, label: str = "hn:doc_analyst") -> list[Acct]:
    rng = ctx.rng
    out: list[Acct] = []
    while len(out) < n:
        cc = str(rng.choice(DOC_COUNTRIES))
        firm = tx.invented_name(rng)
        clients_ = tuple(f"{tx.invented_name(rng)} {tx.pick(rng, ('Ltd', 'Group', 'plc', 'AG'))}"
                         for _ in range(6))  # fmt: skip
        solo = rng.random() < 0.5
        size = 1 if solo else int(rng.integers(3, 9))
        office = ctx.world.office(cc, 5)
        org = None if solo else ctx.ids.new("org_", 4)
        card = _card(ctx)
        shared_docs: list[str] = []
        for _ in range(min(size, n - len(out))):
            nets = _home_nets(ctx, cc, 0.15)
            if not solo:
                nets.append((office, 1.5, 1.0))
            a = _doc_shape(
                ctx,
                label,
                cc,
                created=_created(rng, 10, 1100),
                card=card if not solo else _card(ctx),
                email=tx.company_domain(rng, firm) if not solo else _mail(rng, cc),
                org=org,
                clients=_dev_clients(rng, 1),
                nets=nets,
                text=text_doc_analyst,
            )
            a.state.update(
                docs=[],
                org_docs=None if solo else shared_docs,
                names=clients_,
                title=lambda r, f=firm: f"{f} - {tx.pick(r, REPORT_KINDS)}",
            )
            out.append(a)
    return out


REPORT_KINDS = (
    "quarterly operations review",
    "internal audit memo",
    "due diligence notes",
    "board pack (extract)",
    "incident post-mortem",
    "market study draft",
    "contract review summary",
    "grant progress report",
)


def doc_fanout(ctx: Ctx, n: int, label: str = "attack:doc_fanout") -> list[Acct]:
    """Public documents, each sent by 2-4 unrelated accounts with other questions."""
    rng = ctx.rng
    names = tuple(f"{tx.invented_name(rng)} {tx.pick(rng, ('Council', 'Authority', 'Trust'))}"
                  for _ in range(40))  # fmt: skip
    docs = [
        tx.document(rng, f"{tx.pick(rng, names)} - public {tx.pick(rng, REPORT_KINDS)}", names,
                    int(rng.integers(3, 7)))
        for _ in range(1600)
    ]  # fmt: skip
    fan = [d for d in docs for _ in range(int(rng.integers(2, 5)))]
    walk = ctx.walk(label, tuple(fan))
    out: list[Acct] = []
    pair_card = None
    while len(out) < n:
        cc = str(rng.choice(DOC_COUNTRIES))
        solo = rng.random() < 0.55  # the rest are shell research firms with a few seats
        size = 1 if solo else int(rng.integers(3, 9))
        firm = tx.invented_name(rng)
        office = ctx.world.office(cc, 5)
        org = None if solo else ctx.ids.new("org_", 4)
        if not solo or pair_card is None or rng.random() < 0.5:
            pair_card = _card(ctx)  # solo accounts share a card in pairs half the time
        for _ in range(min(size, n - len(out))):
            nets = _home_nets(ctx, cc, 0.15, sticky=6.5)
            if not solo:
                nets.append((office, 1.5, 1.0))
            elif rng.random() < 0.35:
                nets.append((_cloud(ctx, 1, near=cc)[0], 0.5, 2.0))
            a = _doc_shape(
                ctx,
                label,
                cc,
                created=_created(rng, 10, 900),
                card=pair_card,
                email=_mail(rng, cc) if solo else tx.company_domain(rng, firm),
                org=org,
                clients=_dev_clients(rng, 1),
                nets=nets,
                text=text_doc_fanout,
            )
            a.state["walk"] = walk
            out.append(a)
    return out


# --- pair 4: the asynchronous batch endpoint -----------------------------------------------


def _batch_shape(ctx: Ctx, label: str, **kw) -> Acct:
    rng = ctx.rng
    cc = str(rng.choice(["US", "DE", "GB", "SG", "IN", "JP", "FR", "BR", "KR", "NL"]))
    a = _acct(
        ctx,
        label,
        cc,
        tier="api",
        surfaces=(("api", 1.0),),
        clients={"api": [tx.pick(rng, wd.SDKS[:5])]},
        nets=[(c, 1.0, 2.0) for c in _cloud(ctx, int(rng.integers(1, 3)), near=cc)],
        timing="batch",
        keys=_keys(ctx, int(rng.integers(1, 3))),
        stateless=True,
        retention=float(rng.choice([1.0, 0.0], p=[0.7, 0.3])),
        **kw,
    )
    _pinned(a, rng)
    a.state["per_week"] = float(rng.uniform(1.0, 4.0))
    a.state["size"] = float(np.exp(rng.normal(np.log(150), 0.7)))
    return a


def batch_customer(ctx: Ctx, n: int, label: str = "hn:batch_customer") -> list[Acct]:
    rng = ctx.rng
    bank = ctx.banks.everything()
    out = []
    for _ in range(n):
        shop = tx.invented_name(rng)
        a = _batch_shape(
            ctx,
            label,
            channel=str(rng.choice(["api_console", "startup_program"], p=[0.6, 0.4])),
            created=_created(rng, 20, 1000),
            card=_card(ctx),
            email=tx.company_domain(rng, shop),
            text=text_batch_customer,
        )
        if rng.random() < 0.45:
            size = int(rng.integers(60, 300))
            a.state["per_week"] = float(rng.uniform(0.7, 2.0))
            a.state.update(
                kind="suite",
                suite=[bank[int(i)] for i in rng.choice(len(bank), size=size, replace=False)],
                template=tx.pick(rng, EVAL_TEMPLATES),
                system=tx.pick(rng, tx.BATCH_SYSTEM),
            )
            a.state["size"] = float(size)
        else:
            a.state.update(
                kind="docs",
                brand=shop,
                system=tx.pick(rng, tx.CLASSIFY_SYSTEM),
                out=float(rng.choice([15, 60, 120, 220])),
            )
        out.append(a)
    return out


def batch_window(ctx: Ctx, n: int, label: str = "attack:batch_window") -> list[Acct]:
    rng = ctx.rng
    walk = ctx.walk(label, ctx.banks.everything())
    cards: list[str] = []
    out = []
    for i in range(n):
        if i % int(rng.integers(2, 5)) == 0 or not cards:
            cards.append(_card(ctx))
        a = _batch_shape(
            ctx,
            label,
            channel=str(rng.choice(["api_console", "startup_program"], p=[0.5, 0.5])),
            created=_created(rng, 8, 600),
            card=cards[-1] if rng.random() < 0.5 else _card(ctx),
            email=tx.company_domain(rng, tx.invented_name(rng)),
            text=text_batch_window,
        )
        a.state.update(
            walk=walk, template=tx.pick(rng, EVAL_TEMPLATES), system=tx.pick(rng, tx.BATCH_SYSTEM)
        )
        out.append(a)
    return out


# --- pair 5: copy rewriting ---------------------------------------------------------------


def _agency_seat(ctx: Ctx, label: str, cc: str, **kw) -> Acct:
    rng = ctx.rng
    api = rng.random() < 0.25
    return _acct(
        ctx,
        label,
        cc,
        tier="team" if not api else "api",
        surfaces=(("api", 1.0),) if api else (("web", 0.9), ("app", 0.1)),
        p_active=float(rng.uniform(0.45, 0.85)),
        weekend=0.15,
        rate=_rate(rng, 4.5, 0.6),
        gap=float(rng.uniform(30, 120)),
        keys=_keys(ctx, 1) if api else [],
        clients=_dev_clients(rng, 1),
        **kw,
    )


AGENCY_COUNTRIES = ["US", "GB", "DE", "FR", "ES", "BR", "MX", "IN", "AU", "CA", "NL", "PH"]


def copy_agency(ctx: Ctx, n: int, label: str = "hn:copy_agency") -> list[Acct]:
    rng = ctx.rng
    out = []
    for size in _orgs(rng, n, 3, 10):
        cc = str(rng.choice(AGENCY_COUNTRIES))
        name = tx.invented_name(rng)
        domain = tx.company_domain(rng, name)
        clients = [
            (tx.invented_name(rng), tx.pick(rng, PRODUCTS)) for _ in range(int(rng.integers(4, 18)))
        ]
        office, org, card = ctx.world.office(cc, 5), ctx.ids.new("org_", 4), _card(ctx)
        for _ in range(size):
            a = _agency_seat(
                ctx, label, cc, channel="web", created=_created(rng, 15, 1200), card=card,
                email=domain, org=org, hours="office",
                nets=[(office, 0.7, 1.0), *_home_nets(ctx, cc)], text=text_copy_agency,
            )  # fmt: skip
            a.state["clients"] = clients
            out.append(a)
    return out


PRODUCTS = (
    "travel mug", "running shoe", "e-bike", "face serum", "meal kit", "smart lock",
    "yoga mat", "coffee grinder", "backpack", "phone case", "dog food", "desk lamp",
)  # fmt: skip


def style_grid(ctx: Ctx, n: int, label: str = "attack:style_grid") -> list[Acct]:
    rng = ctx.rng
    # anything pasteable is a passage to restyle: short prose, stories in word problems
    texts = ctx.banks.passages + ctx.banks.math + ctx.banks.tools
    passages = [_sentences(p, int(rng.integers(2, 5))) for p in texts]
    items = []
    for p in passages:
        for _ in range(2):
            t, au, ln = (int(rng.integers(len(x))) for x in (tx.TONES, tx.AUDIENCES, tx.LENGTHS))
            items.append(f"{t}|{au}|{ln}|{p}")
    walk = ctx.walk(label, tuple(items), header=3)
    op_cards = [_card(ctx) for _ in range(3)]
    out = []
    for size in _orgs(rng, n, 3, 10):
        cc = str(rng.choice(AGENCY_COUNTRIES))
        name = tx.invented_name(rng)
        domain = tx.company_domain(rng, name)
        office, org = ctx.world.office(cc, 3), ctx.ids.new("org_", 4)
        card = tx.pick(rng, op_cards) if rng.random() < 0.15 else _card(ctx)
        operator_clock = rng.random() < 0.25
        created = _created(rng, 10, 900)
        for _ in range(size):
            a = _agency_seat(
                ctx, label, cc, channel="web",
                created=created + timedelta(hours=float(rng.uniform(0, 96))), card=card,
                email=domain,
                org=org, hours="office", nets=[(office, 0.7, 1.0), *_home_nets(ctx, cc)],
                text=text_style_grid,
            )  # fmt: skip
            if operator_clock:
                a.tz = 8.0
            a.state["walk"] = walk
            out.append(a)
    return out


def _sentences(text: str, n: int) -> str:
    """The first n sentences of a passage (what one pastes to have rewritten)."""
    parts = text.replace("\n", " ").split(". ")
    return ". ".join(parts[:n]).strip()


BUILDERS: dict[str, Callable[[Ctx, int], list[Acct]]] = {
    "benign": benign,
    "hn:heavy_user": heavy_user,
    "hn:api_app": api_app,
    "hn:reseller_customer": reseller_customer,
    "hn:campus_nat": campus_nat,
    "hn:eval_runner": eval_runner,
    "hn:ci_agent": ci_agent,
    "hn:automation": automation,
    "hn:restricted_traveller": restricted_traveller,
    "hn:migration_team": migration_team,
    "attack:code_port": code_port,
    "hn:cap_hitter": cap_hitter,
    "attack:session_pool": session_pool,
    "hn:doc_analyst": doc_analyst,
    "attack:doc_fanout": doc_fanout,
    "hn:batch_customer": batch_customer,
    "attack:batch_window": batch_window,
    "hn:copy_agency": copy_agency,
    "attack:style_grid": style_grid,
}
