"""The legitimate population that is not a twin: consumers, power users, travellers, school
students, enterprise seats, app back-ends, researchers and coding-agent users."""

from __future__ import annotations

import random

import h18_text as tx
from h18_people import (
    Ctx,
    Lines,
    active_days,
    cloud_ip,
    conv_id,
    key_id,
    lines_for,
    talk,
    vpn_ip,
)
from h18_world import (
    CLOUD_REGIONS,
    DAY_US,
    HOUR_US,
    REL5,
    RESTRICTED,
    START_US,
    Account,
    api_move,
    consumer_model,
    in_window,
    local_hour,
    make_account,
    new_org_net,
    pick_country,
    pinned_model,
    rng_for,
    token,
)

CLOUDS = tuple(r for r, _, _ in CLOUD_REGIONS)


def consumer_content(
    rng: random.Random, ctx: Ctx, mix: tuple[float, float, float, float]
) -> tuple[str, int]:
    """A first message: everyday / corpus chat / hard (code, maths, writing) / homework."""
    c = ctx.corpus
    x = rng.random()
    if x < mix[0]:
        return tx.everyday(rng), rng.randrange(60, 500)
    x -= mix[0]
    if x < mix[1]:
        return c.chat[rng.randrange(len(c.chat))], rng.randrange(120, 700)
    x -= mix[1]
    if x < mix[2]:
        return c.hard[rng.randrange(len(c.hard))], rng.randrange(300, 1500)
    q = c.math[rng.randrange(len(c.math))]
    return tx.HOMEWORK[rng.randrange(len(tx.HOMEWORK))].format(q=q), rng.randrange(120, 500)


def turns_for(
    rng: random.Random, ctx: Ctx, n: int, mix: tuple[float, float, float, float]
) -> list[tuple[str, int]]:
    first = consumer_content(rng, ctx, mix)
    out = [first]
    for _ in range(n - 1):
        if rng.random() < 0.25:
            out.append(consumer_content(rng, ctx, mix))
        else:
            out.append((tx.followup(rng), rng.randrange(40, 400)))
    return out


def _consumer_tier(rng: random.Random) -> str:
    x = rng.random()
    return "free" if x < 0.7 else ("pro" if x < 0.95 else "max")


def consumers(ctx: Ctx, label: str, n: int) -> None:
    """Ordinary people: web and app, home and phone, human hours, heavy-tailed volume;
    one in ten households shares a line and a card; a few travel or use a VPN."""
    rng = rng_for(ctx.seed, label)
    households: list[tuple[Lines, str | None, str]] = []
    for _ in range(n):
        if households and rng.random() < 0.1:
            lines0, card, country = households[rng.randrange(len(households))]
            shared = lines0
        else:
            country, card, shared = pick_country(rng), None, None
        tier = _consumer_tier(rng)
        pay = (card or "own") if tier != "free" else None
        acct = make_account(
            rng,
            label,
            tier=tier,
            channel="web",
            country=country,
            age_days=rng.uniform(0, 900),
            payment=pay,
        )
        ctx.accounts.append(acct)
        lines = lines_for(rng, ctx.nets, country, ctx.n(), shared)
        households.append((lines, acct.payment, country))
        if rng.random() < 0.08:
            continue  # signed up, sent nothing this month
        _consumer_month(
            ctx,
            rng,
            acct,
            lines,
            p_active=min(0.95, rng.lognormvariate(-2.0, 0.9)),
            per_day=rng.lognormvariate(0.2, 0.5),
            turns=2.8,
            mix=(0.55, 0.17, 0.13, 0.15),
            rhythm=rng.choice(("human", "evening")),
            travel=0.04,
            vpn=0.03,
        )


def _consumer_month(
    ctx: Ctx,
    rng: random.Random,
    acct: Account,
    lines: Lines,
    *,
    p_active: float,
    per_day: float,
    turns: float,
    mix: tuple[float, float, float, float],
    rhythm: str,
    travel: float,
    vpn: float,
    cli: bool = False,
    office_share: float = 0.0,
    restricted_trip: str | None = None,
    trip_days: tuple[int, int] = (0, 0),
) -> None:
    surf = rng.random()
    browser = rng.choice(tx.BROWSERS)
    app = rng.choice(tx.APPS)
    lag = rng.uniform(0.2, 8)
    mini = acct.tier == "free" and rng.random() < 0.5
    uses_vpn = rng.random() < vpn
    trip = None
    if restricted_trip is None and rng.random() < travel:
        dest = pick_country(rng) if rng.random() < 0.85 else rng.choice(("CN", "RU", "IR"))
        a = rng.randrange(0, 24)
        trip = (dest, a, a + rng.randrange(2, 8))
    if restricted_trip is not None:
        trip = (restricted_trip, trip_days[0], trip_days[1])
    for day in active_days(rng, p_active, 1.0):
        where = acct.country
        off = acct.offset
        on_trip = trip is not None and trip[1] <= day < trip[2]
        if on_trip and trip is not None:
            where = trip[0]
            off = RESTRICTED.get(where, off)
        for _ in range(max(1, int(rng.expovariate(1 / per_day) + 0.5))):
            ts = START_US + day * DAY_US + int((local_hour(rng, rhythm) - off) * HOUR_US)
            x = rng.random()
            surface = "web" if x < 0.45 else "app"
            if cli and rng.random() < 0.25:
                surface = "cli"
            if surf < 0.4:
                surface = "web" if surface != "cli" else surface
            elif surf < 0.75:
                surface = "app" if surface != "cli" else surface
            ua = browser if surface == "web" else (app if surface == "app" else rng.choice(tx.CLIS))
            if on_trip:
                y = rng.random()
                if where in RESTRICTED and y < 0.45:
                    ip, cty = vpn_ip(rng, ctx.nets)
                elif y < 0.7:
                    net = ctx.nets.home[where][rng.randrange(len(ctx.nets.home[where]))]
                    ip, cty = net.addr(rng.getrandbits(32)), where  # hotel or friend's line
                elif y < 0.85:
                    ip, cty = lines.phone_ip(ts), acct.country  # roaming breaks out at home
                else:
                    net = ctx.nets.mobile[where]
                    ip, cty = net.addr(rng.getrandbits(12)), where  # local SIM
            elif uses_vpn and rng.random() < 0.6:
                ip, cty = vpn_ip(rng, ctx.nets)
            elif lines.office is not None and rng.random() < office_share:
                ip, cty = lines.office_ip(ts), lines.office.country
            elif surface == "app" and rng.random() < 0.6:
                ip, cty = lines.phone_ip(ts), lines.mobile.country
            else:
                ip, cty = lines.home_ip(day), lines.home.country
            n = max(1, min(40, int(rng.expovariate(1 / turns) + 1)))
            talk(
                ctx,
                rng,
                acct,
                ts,
                turns=turns_for(rng, ctx, n, mix),
                surface=surface,
                model=consumer_model(ts, lag, mini),
                ip=ip,
                country=cty,
                ua=ua,
                incog=rng.random() < 0.03,
            )


def heavy_users(ctx: Ctx, label: str, n: int) -> None:
    rng = rng_for(ctx.seed, label)
    for _ in range(n):
        country = pick_country(rng)
        acct = make_account(
            rng,
            label,
            tier=rng.choice(("pro", "max", "max")),
            channel="web",
            country=country,
            age_days=rng.uniform(60, 1000),
            payment="own",
        )
        ctx.accounts.append(acct)
        lines = lines_for(rng, ctx.nets, country, ctx.n())
        _consumer_month(
            ctx,
            rng,
            acct,
            lines,
            p_active=rng.uniform(0.55, 0.95),
            per_day=rng.lognormvariate(0.9, 0.5),
            turns=6,
            mix=(0.3, 0.2, 0.4, 0.1),
            rhythm=rng.choice(("human", "office", "evening")),
            travel=0.08,
            vpn=0.1,
            cli=rng.random() < 0.5,
        )


def restricted_travellers(ctx: Ctx, label: str, n: int) -> None:
    """People from elsewhere spending days in CN, RU, IR (a handful in KP), or expatriates
    living there on a VPN; hotel and friends' lines are shared."""
    rng = rng_for(ctx.seed, label)
    for i in range(n):
        country = pick_country(rng)
        dest = "KP" if i < 3 else rng.choice(("CN", "CN", "RU", "RU", "IR"))
        acct = make_account(
            rng,
            label,
            tier=_consumer_tier(rng),
            channel="web",
            country=country,
            age_days=rng.uniform(10, 900),
            payment="own",
        )
        ctx.accounts.append(acct)
        lines = lines_for(rng, ctx.nets, country, ctx.n())
        a = rng.randrange(0, 22)
        expat = rng.random() < 0.25
        _consumer_month(
            ctx,
            rng,
            acct,
            lines,
            p_active=rng.uniform(0.2, 0.7),
            per_day=rng.lognormvariate(0.4, 0.5),
            turns=3,
            mix=(0.6, 0.15, 0.1, 0.15),
            rhythm="human",
            travel=0.0,
            vpn=0.0,
            restricted_trip=dest,
            trip_days=(0, 28) if expat else (a, a + rng.randrange(3, 13)),
        )


def school_students(ctx: Ctx, label: str, n: int) -> None:
    """Secondary-school students on education seats: school network in lessons, home later; a
    class shares the week's homework text."""
    rng = rng_for(ctx.seed, label)
    schools = []
    for _ in range(max(2, n // 40)):
        country = rng.choice(("US", "GB", "IN", "AU", "DE", "BR", "PH", "CA"))
        net = new_org_net(rng, ctx.nets, "education", country, ctx.n())
        schools.append((country, net, "org_" + token(rng, 10), f"{token(rng, 6)}-school.edu"))
    for _ in range(n):
        country, net, org, dom = schools[rng.randrange(len(schools))]
        acct = make_account(
            rng,
            label,
            tier="education",
            channel="education_program",
            country=country,
            age_days=rng.uniform(20, 400),
            domain=dom,
            org=org,
        )
        acct.retain = 0.9
        ctx.accounts.append(acct)
        lines = lines_for(rng, ctx.nets, country, ctx.n())
        lines.office = net
        browser = rng.choice(tx.BROWSERS)
        weekly = [
            tx.HOMEWORK[1].format(q=ctx.corpus.math[(hash_week(org, w)) % len(ctx.corpus.math)])
            for w in range(4)
        ]
        for day in active_days(rng, rng.uniform(0.15, 0.6), 4.0):
            for _ in range(1 + int(rng.expovariate(1.2))):
                h = local_hour(rng, "school")
                ts = START_US + day * DAY_US + int((h - acct.offset) * HOUR_US)
                at_school = 8 <= h < 15 and day % 7 < 5
                ip = lines.office_ip(ts) if at_school else lines.home_ip(day)
                turns = turns_for(
                    rng, ctx, max(1, int(rng.expovariate(1 / 3)) + 1), (0.3, 0.2, 0.1, 0.4)
                )
                if rng.random() < 0.3:
                    turns[0] = (weekly[day // 7], rng.randrange(150, 500))
                talk(
                    ctx,
                    rng,
                    acct,
                    ts,
                    turns=turns,
                    surface="web",
                    model=consumer_model(ts, 3, True),
                    ip=ip,
                    country=country,
                    ua=browser,
                )


def hash_week(org: str, w: int) -> int:
    return sum(ord(ch) * 31**i for i, ch in enumerate(org[-6:])) * 7 + w * 1013


def enterprise_seats(ctx: Ctx, label: str, n: int) -> None:
    """Seats of enterprise tenants: SSO domain and tenant card, office egress on weekdays,
    home in the evening, the tenant's internal assistant prompt."""
    rng = rng_for(ctx.seed, label)
    tenants = []
    for _ in range(max(2, n // 30)):
        country = rng.choice(("US", "GB", "DE", "FR", "JP", "IN", "NL", "CA", "SG"))
        net = new_org_net(rng, ctx.nets, "corporate", country, ctx.n())
        org = "org_" + token(rng, 10)
        system = tx.APP_SYSTEM[6].replace("{org}", rng.choice(tx.PROD_FILL["brand"]) + " Group")
        tenants.append((country, net, org, f"{token(rng, 7)}.com", "pf_" + token(rng, 14), system))
    for _ in range(n):
        country, net, org, dom, card, system = tenants[rng.randrange(len(tenants))]
        acct = make_account(
            rng,
            label,
            tier="enterprise",
            channel="web",
            country=country,
            age_days=rng.uniform(30, 700),
            payment=card,
            domain=dom,
            org=org,
        )
        acct.retain = 0.0 if rng.random() < 0.3 else 0.8
        ctx.accounts.append(acct)
        lines = lines_for(rng, ctx.nets, country, ctx.n())
        lines.office = net
        browser = rng.choice(tx.BROWSERS)
        for day in active_days(rng, rng.uniform(0.4, 0.9), 8.0):
            for _ in range(1 + int(rng.expovariate(1 / 2.5))):
                h = local_hour(rng, "office")
                ts = START_US + day * DAY_US + int((h - acct.offset) * HOUR_US)
                ip = (
                    lines.office_ip(ts)
                    if 8 <= h < 18 and rng.random() < 0.8
                    else lines.home_ip(day)
                )
                k = max(1, int(rng.expovariate(1 / 3)) + 1)
                if rng.random() < 0.5:
                    p, o = tx.workflow_prompt(rng)
                    turns = [(p, o)] + turns_for(rng, ctx, k, (0.5, 0.2, 0.3, 0.0))[1:]
                else:
                    turns = turns_for(rng, ctx, k, (0.4, 0.2, 0.4, 0.0))
                talk(
                    ctx,
                    rng,
                    acct,
                    ts,
                    turns=turns,
                    surface="web",
                    model=consumer_model(ts, 5, False),
                    ip=ip,
                    country=net.country,
                    ua=browser,
                    system=system if rng.random() < 0.4 else None,
                )


def api_apps(ctx: Ctx, label: str, n: int) -> None:
    """App back-ends calling for their users through one key: product system prompt, clouds,
    day-heavy hours in the product's market, end users' own messages."""
    rng = rng_for(ctx.seed, label)
    for _ in range(n):
        country = rng.choice(("US", "US", "GB", "DE", "IN", "BR", "SG", "FR", "JP"))
        acct = make_account(
            rng,
            label,
            tier="api",
            channel=rng.choice(("api_console", "startup_program")),
            country=country,
            age_days=rng.uniform(30, 600),
            payment="own",
            domain=f"{token(rng, 6)}.app",
            org="org_" + token(rng, 10),
        )
        acct.retain = rng.choice((0.0, 0.3, 1.0))
        ctx.accounts.append(acct)
        system = (
            tx.fill(rng, rng.choice(tx.APP_SYSTEM))
            .replace("{cur}", "EUR")
            .replace("{org}", "Acme")
            .replace("{country}", "Germany")
        )
        region = rng.choice(CLOUDS)
        key = key_id(rng)
        ua = rng.choice(tx.SDKS)
        tools = rng.choice((0, 0, 0, 2, 4, 6))
        move = api_move(rng)
        per_day = rng.lognormvariate(2.8, 0.8)
        for day in range(28):
            for _ in range(int(rng.expovariate(1 / per_day)) + 1):
                ts = (
                    START_US
                    + day * DAY_US
                    + int((local_hour(rng, "flatday") - acct.offset) * HOUR_US)
                )
                ip, cty = cloud_ip(
                    ctx.nets, region, rng.randrange(6) + day // 3 * 7, acct.account_id
                )
                k = max(1, int(rng.expovariate(1 / 2.5)) + 1)
                turns = turns_for(rng, ctx, k, (0.8, 0.1, 0.1, 0.0))
                talk(
                    ctx,
                    rng,
                    acct,
                    ts,
                    turns=turns,
                    surface="api",
                    model=pinned_model(ts, move, rng.random() < 0.5),
                    ip=ip,
                    country=cty,
                    ua=ua,
                    system=system,
                    key=key,
                    tools=tools,
                    pace=0.8,
                )


def research_labs(ctx: Ctx, label: str, n: int) -> None:
    """Researchers running public benchmarks at machine pace: after the release on the old and
    the new model, and on a few days of their own."""
    rng = rng_for(ctx.seed, label)
    c = ctx.corpus
    for _ in range(n):
        country = rng.choice(("US", "GB", "DE", "CH", "CA", "JP", "KR", "SG"))
        acct = make_account(
            rng,
            label,
            tier="api",
            channel="research_program",
            country=country,
            age_days=rng.uniform(60, 800),
            payment=None,
            domain=f"{token(rng, 5)}.ac.{country.lower()}",
            org="org_" + token(rng, 10),
        )
        ctx.accounts.append(acct)
        key = key_id(rng)
        region = rng.choice(CLOUDS)
        ua = rng.choice(tx.SDKS[:4])
        frame = rng.choice(("{q}", "{q}\nLet's think step by step.", "Question: {q}\nAnswer:"))
        bank = rng.choice((c.math, c.hard, c.chat))
        size = min(len(bank), rng.choice((80, 150, 300, 500)))
        days = sorted({10, 11} | {rng.randrange(28) for _ in range(rng.randrange(1, 4))})
        for day in days:
            models = ("tarn-4", "tarn-5") if day >= 10 else ("tarn-4",)
            ts0 = START_US + day * DAY_US + int((local_hour(rng, "office") - acct.offset) * HOUR_US)
            if day == 10:
                ts0 = max(ts0, REL5 + int(rng.uniform(0.5, 6) * HOUR_US))
            for m in models:
                ts = ts0
                for i in range(size):
                    prompt = frame.format(q=bank[i])
                    ip, cty = cloud_ip(ctx.nets, region, day, acct.account_id)
                    ts = ctx.sink.emit(
                        acct.account_id,
                        ts,
                        key=key,
                        conv=None,
                        surface="api",
                        model=m,
                        ip=ip,
                        country=cty,
                        ua=ua,
                        prompt=prompt,
                        system=None,
                        resp=tx.reply(rng, c, 150),
                        tin=tx.tokens_of(prompt),
                        tout=rng.randrange(80, 900),
                        retain=1.0,
                        p429=0.03,
                    )
                    ts += rng.randrange(200_000, 4_000_000)


def agent_users(ctx: Ctx, label: str, n: int) -> None:
    """Developers driving a coding agent from the terminal: many tools, long fast threads,
    context growing with every step."""
    rng = rng_for(ctx.seed, label)
    for _ in range(n):
        country = pick_country(rng)
        acct = make_account(
            rng,
            label,
            tier=rng.choice(("max", "api", "pro")),
            channel="web",
            country=country,
            age_days=rng.uniform(30, 500),
            payment="own",
        )
        ctx.accounts.append(acct)
        lines = lines_for(rng, ctx.nets, country, ctx.n())
        key = key_id(rng) if acct.tier == "api" else None
        ua = rng.choice(tx.CLIS)
        tools = rng.randrange(8, 24)
        for day in active_days(rng, rng.uniform(0.4, 0.85), 3.0):
            for _ in range(1 + int(rng.expovariate(1 / 2))):
                ts = (
                    START_US
                    + day * DAY_US
                    + int((local_hour(rng, "office") - acct.offset) * HOUR_US)
                )
                if not in_window(ts):
                    continue
                conv = conv_id(rng)
                hist = 3000
                task = ctx.corpus.hard[rng.randrange(len(ctx.corpus.hard))]
                for step in range(rng.randrange(6, 40)):
                    prompt = (
                        task
                        if step == 0
                        else rng.choice(
                            (
                                "[tool_result] exit code 0",
                                "[tool_result] 3 tests failed",
                                "continue",
                                "[tool_result] file written",
                                "looks good, now run the tests",
                            )
                        )
                    )
                    out = rng.randrange(80, 1200)
                    ts = ctx.sink.emit(
                        acct.account_id,
                        ts,
                        key=key,
                        conv=conv,
                        surface="cli",
                        model=consumer_model(ts, 1, False),
                        ip=lines.home_ip(day),
                        country=lines.home.country,
                        ua=ua,
                        prompt=prompt,
                        system=None,
                        resp=tx.reply(rng, ctx.corpus, 150),
                        tin=hist + tx.tokens_of(prompt),
                        tout=out,
                        tools=tools,
                        retain=acct.retain,
                    )
                    hist += out + rng.randrange(50, 2500)
                    ts += rng.randrange(2_000_000, 40_000_000)
