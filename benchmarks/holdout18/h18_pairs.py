"""The four campaigns, each beside a legitimate twin of the same shape.

- spreadsheet add-on: `attack:sheet_formula` / `hn:sheet_addon`
- role-play dialogue: `attack:dialogue_selfplay` / `hn:roleplay_trainer`
- keys used from someone else's egress: `attack:key_pool_proxy` / `hn:byok_customer`
- two model tiers: `attack:cascade_mining` / `hn:model_router`
"""

from __future__ import annotations

import random

import h18_text as tx
from h18_people import Ctx, cloud_ip, conv_id, key_id, lines_for, lognorm_int
from h18_world import (
    DAY_US,
    DAYS,
    HOUR_US,
    START_US,
    Account,
    api_move,
    local_hour,
    make_account,
    pinned_model,
    rng_for,
    token,
)


def _groups(rng: random.Random, n: int, lo: int, hi: int, solo: float) -> list[int]:
    """Sizes of companies (or shells) holding n accounts: some solo, others lo..hi seats."""
    sizes: list[int] = []
    left = n
    while left > 0:
        s = 1 if rng.random() < solo else rng.randint(lo, hi)
        s = min(s, left)
        sizes.append(s)
        left -= s
    return sizes


def _office_ts(rng: random.Random, day: int, offset: float, rhythm: str = "office") -> int:
    return START_US + day * DAY_US + int((local_hour(rng, rhythm) - offset) * HOUR_US)


# ---------------------------------------------------------------- spreadsheet add-on
def _sheet_accounts(
    ctx: Ctx, rng: random.Random, label: str, n: int, harvest: bool
) -> list[Account]:
    out = []
    for size in _groups(rng, n, 2, 5, 0.45 if harvest else 0.7):
        if harvest:
            country = rng.choice(
                ("US", "GB", "SG", "CA", "AU", "MY" if rng.random() < 0.3 else "US")
            )
        else:
            country = rng.choice(
                ("US", "US", "GB", "DE", "FR", "ES", "IN", "BR", "AU", "CA", "NL", "PH")
            )
        card = "pf_" + token(rng, 14)
        org = "org_" + token(rng, 10) if size > 1 else None
        dom = f"{token(rng, 7)}.{rng.choice(('com', 'co', 'io', 'shop'))}" if size > 1 else None
        operator_clock = harvest and rng.random() < 0.5
        for _ in range(size):
            acct = make_account(
                rng,
                label,
                tier="api",
                channel="api_console",
                country=country,
                age_days=rng.uniform(5, 400) if harvest else rng.uniform(20, 800),
                payment=card if size > 1 else "own",
                domain=dom,
                org=org,
            )
            if operator_clock:
                acct.offset = 8.0
            acct.retain = rng.choice((0.5, 1.0))
            ctx.accounts.append(acct)
            out.append(acct)
    return out


# a campaign that runs out of items starts again with a restatement opener, so no request repeats
_LAPS = (
    "",
    "Next task: ",
    "Another one - ",
    "Q: ",
    "Please help with this. ",
    "Try this: ",
    "Task: ",
    "New item. ",
    "Here's one more: ",
)


class _Bank:
    """A campaign's walk of the public corpora: each item once in each of its variants (the
    item as it is, then rewritten, simplified, made harder, translated ...), in shuffled order."""

    def __init__(self, ctx: Ctx, rng: random.Random) -> None:
        items = ctx.corpus.harvest_bank()
        self.items = [(k, t, v) for k, t in items for v in range(len(tx.VARIANTS))]
        rng.shuffle(self.items)
        self.i = 0
        self.by_kind: dict[str, list[int]] = {}
        for j, (k, _, _) in enumerate(self.items):
            self.by_kind.setdefault(k, []).append(j)
        self.cursor: dict[str, int] = dict.fromkeys(self.by_kind, 0)

    def take_kind(self, rng: random.Random, kinds: tuple[str, ...]) -> tuple[str, str]:
        """The next item of one of `kinds` (a shell company keeps to its product's domain)."""
        k = kinds[rng.randrange(len(kinds))]
        js = self.by_kind[k]
        kind, text, v = self.items[js[self.cursor[k] % len(js)]]
        lap = self.cursor[k] // len(js)
        self.cursor[k] += 1
        return kind, _LAPS[lap % len(_LAPS)] + tx.VARIANTS[v].format(
            q=text, lang=tx.FILL["lang"][self.cursor[k] % 7]
        )

    def take(self, rng: random.Random) -> tuple[str, str]:
        kind, text, v = self.items[self.i % len(self.items)]
        lap = self.i // len(self.items)
        self.i += 1
        return kind, _LAPS[lap % len(_LAPS)] + tx.VARIANTS[v].format(
            q=text, lang=tx.FILL["lang"][self.i % 7]
        )


def _sheet_job_send(
    ctx: Ctx,
    rng: random.Random,
    acct: Account,
    ts: int,
    rows: list[str],
    instruction: str,
    out_range: tuple[int, int],
    ua: str,
    excel_ip: str | None,
    key: str,
    model: str,
    system: str,
) -> int:
    country = "US" if excel_ip is None else acct.country
    net = ctx.nets.special["apps_script"]
    for cell in rows:
        prompt = tx.sheet_prompt(instruction, cell)
        out = rng.randrange(*out_range)
        ip = excel_ip or net.addr(rng.getrandbits(16))
        ts = ctx.sink.emit(
            acct.account_id,
            ts,
            key=key,
            conv=None,
            surface="api",
            model=model,
            ip=ip,
            country=country,
            ua=ua,
            prompt=prompt,
            system=system,
            resp=tx.reply(rng, ctx.corpus, min(out, 150)),
            tin=tx.tokens_of(prompt) + 60,
            tout=out,
            retain=acct.retain,
            p429=0.02,
        )
        ts += rng.randrange(150_000, 3_000_000)
    return ts


def sheets(ctx: Ctx, twin: str, n_twin: int, attack: str, n_attack: int) -> None:
    """Both sides use the same two add-ons: a Sheets add-on whose cells are fetched from the
    script runtime's shared egress, and an Excel add-in that runs in the user's browser."""
    sid = "AKfycb" + token(rng_for(ctx.seed, "sheet-sid"), 30)
    sheets_ua = tx.SHEETS_UA.format(sid=sid)
    for label, n, harvest in ((twin, n_twin, False), (attack, n_attack, True)):
        rng = rng_for(ctx.seed, label)
        bank = _Bank(ctx, rng) if harvest else None
        for acct in _sheet_accounts(ctx, rng, label, n, harvest):
            lines = lines_for(rng, ctx.nets, acct.country, ctx.n())
            key = key_id(rng)
            excel = rng.random() < 0.3
            system = tx.SHEET_SYSTEM[1 if excel else 0]
            mini = rng.random() < 0.7
            move = api_move(rng)
            own_rows: list[tuple[str, str]] = []
            if not harvest:
                kinds = rng.sample(
                    (
                        "product",
                        "review",
                        "email",
                        "jobtitle",
                        "address",
                        "lead",
                        "faq",
                        "ticket",
                        "ticket",
                        "transcript",
                        "article",
                    ),
                    3,
                )
                own_rows = [
                    (k, tx.sheet_row(rng, k)) for k in kinds for _ in range(rng.randrange(80, 900))
                ]
            jobs_per_day = rng.lognormvariate(0.0, 0.6)
            done: list[tuple[list[str], str, tuple[int, int]]] = []
            for day in range(DAYS):
                if rng.random() > (0.6 if day % 7 < 5 else 0.12):
                    continue
                for _ in range(int(rng.expovariate(1 / jobs_per_day)) + 1):
                    ts = _office_ts(rng, day, acct.offset)
                    nrows = lognorm_int(rng, 10, 0.9, 3, 1500)
                    if done and rng.random() < 0.2:  # sheet reopened, cache expired: recalculation
                        rows, instruction, out_range = done[rng.randrange(len(done))]
                    elif harvest:
                        assert bank is not None
                        rows = [bank.take(rng)[1] for _ in range(nrows)]
                        inst, long = tx.SHEET_JOBS_HARVEST[
                            rng.randrange(len(tx.SHEET_JOBS_HARVEST))
                        ]
                        instruction, out_range = inst, ((120, 800) if long else (1, 40))
                    else:
                        inst, kind, long = tx.SHEET_JOBS_LEGIT[
                            rng.randrange(len(tx.SHEET_JOBS_LEGIT))
                        ]
                        pool = [r for k, r in own_rows if k == kind] or [r for _, r in own_rows]
                        start = rng.randrange(len(pool))
                        rows = (pool[start:] + pool[:start])[:nrows]
                        instruction = tx.fill(rng, inst)
                        out_range = (120, 700) if long else (2, 60)
                    model = pinned_model(ts, move, mini)
                    excel_ip = lines.home_ip(day) if excel else None
                    ua = tx.EXCEL_UA if excel else sheets_ua
                    ts = _sheet_job_send(
                        ctx,
                        rng,
                        acct,
                        ts,
                        rows,
                        instruction,
                        out_range,
                        ua,
                        excel_ip,
                        key,
                        model,
                        system,
                    )
                    done.append((rows, instruction, out_range))
                    if rng.random() < 0.35:  # a second column over the same rows
                        if harvest:
                            inst, long = tx.SHEET_JOBS_HARVEST[
                                rng.randrange(len(tx.SHEET_JOBS_HARVEST))
                            ]
                            instruction, out_range = inst, ((120, 800) if long else (1, 40))
                        else:
                            inst, _, long = tx.SHEET_JOBS_LEGIT[
                                rng.randrange(len(tx.SHEET_JOBS_LEGIT))
                            ]
                            instruction, out_range = (
                                tx.fill(rng, inst),
                                ((120, 700) if long else (2, 60)),
                            )
                        _sheet_job_send(
                            ctx,
                            rng,
                            acct,
                            ts + rng.randrange(60, 3600) * 1_000_000,
                            rows,
                            instruction,
                            out_range,
                            ua,
                            excel_ip,
                            key,
                            model,
                            system,
                        )


# ---------------------------------------------------------------- role-play dialogue
def _api_companies(
    ctx: Ctx,
    rng: random.Random,
    label: str,
    n: int,
    countries: tuple[str, ...],
    channel: tuple[str, ...],
    lo: int,
    hi: int,
) -> list[list[Account]]:
    out = []
    for size in _groups(rng, n, lo, hi, 0.2):
        country = rng.choice(countries)
        card = "pf_" + token(rng, 14)
        org = "org_" + token(rng, 10)
        dom = f"{token(rng, 6)}.{rng.choice(('ai', 'io', 'com', 'app'))}"
        group = []
        for _ in range(size):
            acct = make_account(
                rng,
                label,
                tier="api",
                channel=rng.choice(channel),
                country=country,
                age_days=rng.uniform(10, 500),
                payment=card,
                domain=dom,
                org=org,
            )
            acct.retain = rng.choice((0.6, 1.0, 1.0))
            ctx.accounts.append(acct)
            group.append(acct)
        out.append(group)
    return out


def roleplay(ctx: Ctx, twin: str, n_twin: int, attack: str, n_attack: int) -> None:
    """Training simulators (a persona answers a human trainee) and a self-play harvest (a
    persona account and an assistant account feed each other's replies)."""
    c = ctx.corpus
    # twin: trainees type, the persona answers, a hint now and then, a coach's review at the end
    rng = rng_for(ctx.seed, twin)
    for group in _api_companies(
        ctx,
        rng,
        twin,
        n_twin,
        ("US", "GB", "DE", "IN", "CA", "AU"),
        ("api_console", "startup_program"),
        2,
        4,
    ):
        region = rng.choice(("us-east-1", "eu-west-1", "gcp-us-central1", "az-eastus"))
        ua = rng.choice(tx.SDKS[:4])
        markets = [rng.choice((-8.0, -5.0, 0.0, 1.0, 5.5, 8.0)) for _ in range(rng.randrange(1, 4))]
        rhythm = rng.choice(("office", "flatday"))
        written = rng.choice((0.0, 0.0, 0.3, 0.7))  # mock interviews and exam practice: paragraphs
        explain = rng.uniform(0.0, 0.35)  # language and exam practice: "why was that wrong?"
        span = rng.choice(((2, 6), (3, 9), (5, 14)))
        brief = tx.reply(rng, c, rng.choice((0, 150, 400, 800)))  # the scenario's case file
        for acct in group:
            key = key_id(rng)
            move = api_move(rng)
            per_day = rng.lognormvariate(2.4, 0.8)
            for day in range(DAYS):
                for _ in range(int(rng.expovariate(1 / per_day) * (1.0 if day % 7 < 5 else 0.25))):
                    ts = _office_ts(rng, day, rng.choice(markets), rhythm)
                    conv = conv_id(rng)
                    system = tx.persona_system(rng, tx.SCENARIOS[rng.randrange(len(tx.SCENARIOS))])
                    if brief:
                        system += "\n\nCase file:\n" + brief
                    model = pinned_model(ts, move, rng.random() < 0.3)
                    ip, cty = cloud_ip(
                        ctx.nets, region, day * 5 + rng.randrange(4), acct.account_id
                    )
                    transcript: list[str] = []
                    hist = tx.tokens_of(system)
                    suggestion = None
                    for _t in range(rng.randrange(*span)):
                        line = (
                            tx.long_answer(rng) if rng.random() < written else tx.trainee_line(rng)
                        )
                        if suggestion is not None and rng.random() < 0.6:
                            cut = suggestion[
                                : max(20, int(len(suggestion) * rng.uniform(0.4, 0.9)))
                            ]
                            line = cut.rsplit(" ", 1)[0] + rng.choice(("", " ok?", ", right?", "."))
                        suggestion = None
                        out = rng.randrange(20, 110)
                        resp = tx.reply(rng, c, out)
                        ts = ctx.sink.emit(
                            acct.account_id,
                            ts,
                            key=key,
                            conv=conv,
                            surface="api",
                            model=model,
                            ip=ip,
                            country=cty,
                            ua=ua,
                            prompt=line,
                            system=system,
                            resp=resp,
                            tin=hist + tx.tokens_of(line),
                            tout=out,
                            retain=acct.retain,
                        )
                        hist += tx.tokens_of(line) + out
                        transcript += ["TRAINEE: " + line, "CHARACTER: " + resp]
                        ts += int((rng.lognormvariate(3.0, 0.6) + len(line) * 0.25) * 1_000_000)
                        if rng.random() < explain:
                            ask = f"My line: {line}\nTheir reply: {resp}\nExplain what I did wrong and what a strong answer would include."
                            out = rng.randrange(150, 800)
                            ts = ctx.sink.emit(
                                acct.account_id,
                                ts,
                                key=key,
                                conv=None,
                                surface="api",
                                model=model,
                                ip=ip,
                                country=cty,
                                ua=ua,
                                prompt=ask,
                                system=tx.TUTOR_SYSTEM,
                                resp=tx.reply(rng, c, 150),
                                tin=tx.tokens_of(ask) + 50,
                                tout=out,
                                retain=acct.retain,
                            )
                            ts += int(rng.lognormvariate(3.5, 0.6) * 1_000_000)
                        if rng.random() < 0.15:
                            suggestion = tx.reply(rng, c, rng.randrange(15, 50))
                            ts = ctx.sink.emit(
                                acct.account_id,
                                ts,
                                key=key,
                                conv=None,
                                surface="api",
                                model=model,
                                ip=ip,
                                country=cty,
                                ua=ua,
                                prompt=resp,
                                system=tx.SUGGEST_SYSTEM,
                                resp=suggestion,
                                tin=tx.tokens_of(resp) + 60,
                                tout=tx.tokens_of(suggestion),
                                retain=acct.retain,
                            )
                            ts += rng.randrange(5, 30) * 1_000_000
                    if rng.random() < 0.7:
                        text = "\n".join(transcript)
                        ctx.sink.emit(
                            acct.account_id,
                            ts + 2_000_000,
                            key=key,
                            conv=None,
                            surface="api",
                            model=model,
                            ip=ip,
                            country=cty,
                            ua=ua,
                            prompt=text,
                            system=tx.COACH_SYSTEM,
                            resp=tx.reply(rng, c, 150),
                            tin=tx.tokens_of(text) + 80,
                            tout=rng.randrange(250, 650),
                            retain=acct.retain,
                        )
    # attack: self-play; the persona's line is the assistant account's prompt, word for word
    rng = rng_for(ctx.seed, attack)
    bank = _Bank(ctx, rng)
    groups = _api_companies(
        ctx,
        rng,
        attack,
        n_attack,
        ("US", "SG", "GB", "DE", "CA"),
        ("api_console", "startup_program"),
        3,
        7,
    )
    accts = [a for g in groups for a in g]
    info = {}
    clocks: dict[str, tuple[list[float], str]] = {}
    for g in groups:
        region = rng.choice(
            ("us-east-1", "ap-southeast-1", "eu-central-1", "do-sgp1", "gcp-us-central1")
        )
        ua = rng.choice(tx.SDKS[:4])
        throttle = rng.random() < 0.5
        offs = [rng.choice((-8.0, -5.0, 0.0, 1.0, 5.5, 8.0)) for _ in range(rng.randrange(1, 4))]
        rhy = rng.choice(("office", "flatday"))
        for a in g:
            info[a.account_id] = (key_id(rng), region, ua, throttle, api_move(rng))
            clocks[a.account_id] = (offs, rhy)
    per_acct_day = [rng.lognormvariate(1.5, 0.7) for _ in accts]
    p_day = [rng.uniform(0.45, 1.0) for _ in accts]
    spans = {a.account_id: rng.choice(((2, 6), (3, 9), (5, 14))) for a in accts}
    for day in range(DAYS):
        on = [
            i for i in range(len(accts)) if rng.random() < p_day[i] * (1.0 if day % 7 < 5 else 0.5)
        ]
        for ai in on:
            sim = accts[ai]
            for _ in range(int(rng.expovariate(1 / per_acct_day[ai]) * 1.1)):
                helper = accts[on[rng.randrange(len(on))]]
                if helper is sim:
                    continue
                offs, rhy = clocks[sim.account_id]
                ts = _office_ts(rng, day, rng.choice(offs), rhy)
                kind, item = bank.take(rng)
                scen = tx.SCENARIOS[rng.randrange(len(tx.SCENARIOS))]
                system = (
                    tx.persona_system(rng, scen)
                    + " Your goal in this conversation: get help with the task below."
                )
                k1, r1, ua1, thr1, mv1 = info[sim.account_id]
                k2, r2, ua2, thr2, mv2 = info[helper.account_id]
                c1, c2 = conv_id(rng), conv_id(rng)
                hist1 = tx.tokens_of(system)
                hist2 = 30
                prompt1 = (
                    f"Topic card #{rng.randrange(10**6)}: {item[:160]}\nStart the conversation."
                )
                asys = tx.ASSISTANT_SYSTEM[rng.randrange(2)]
                transcript = []
                for t in range(rng.randrange(*spans[sim.account_id])):
                    if t == 0:
                        user_line = (
                            rng.choice(("hi, ", "hello! ", "", "quick question: ", "ok so ")) + item
                        )
                    else:  # the simulated user reacts to what it was told
                        quote = prompt1[:400].split(". ")
                        bit = quote[rng.randrange(len(quote))][:90].strip()
                        user_line = rng.choice(
                            (
                                f'You said "{bit}" - why is that?',
                                f"wait, {bit}? can you explain that part",
                                f"ok. {tx.followup(rng)}",
                                f'I don\'t get "{bit}". simpler please',
                                f"thanks! what if it wasn't {bit.split(' ')[-1]}?",
                                tx.followup(rng),
                            )
                        )
                    ip1, cty1 = cloud_ip(ctx.nets, r1, day * 3 + t % 2, sim.account_id)
                    ts = ctx.sink.emit(
                        sim.account_id,
                        ts,
                        key=k1,
                        conv=c1,
                        surface="api",
                        model=pinned_model(ts, mv1, True),
                        ip=ip1,
                        country=cty1,
                        ua=ua1,
                        prompt=prompt1,
                        system=system,
                        resp=user_line,
                        tin=hist1 + tx.tokens_of(prompt1),
                        tout=tx.tokens_of(user_line),
                        retain=max(sim.retain, 0.9),
                    )
                    # the simulated user is stateless: it sees the last answer only
                    ts += int((rng.uniform(10, 60) if thr1 else rng.uniform(0.5, 4)) * 1_000_000)
                    out = (
                        rng.randrange(80, 500)
                        if kind in ("hard", "math")
                        else rng.randrange(60, 300)
                    )
                    answer = tx.reply(rng, ctx.corpus, min(out, 250))
                    ip2, cty2 = cloud_ip(ctx.nets, r2, day * 3 + t % 2, helper.account_id)
                    ts = ctx.sink.emit(
                        helper.account_id,
                        ts,
                        key=k2,
                        conv=c2,
                        surface="api",
                        model=pinned_model(ts, mv2, False),
                        ip=ip2,
                        country=cty2,
                        ua=ua2,
                        prompt=user_line,
                        system=asys,
                        resp=answer,
                        tin=hist2 + tx.tokens_of(user_line),
                        tout=out,
                        retain=max(helper.retain, 0.9),
                    )
                    hist2 += tx.tokens_of(user_line) + out
                    transcript += ["USER: " + user_line, "ASSISTANT: " + answer[:600]]
                    prompt1 = answer
                    ts += int((rng.uniform(10, 60) if thr2 else rng.uniform(0.5, 4)) * 1_000_000)
                if rng.random() < 0.5:
                    text = "\n".join(transcript)
                    ip1, cty1 = cloud_ip(ctx.nets, r1, day, sim.account_id)
                    ctx.sink.emit(
                        sim.account_id,
                        ts,
                        key=k1,
                        conv=None,
                        surface="api",
                        model=pinned_model(ts, mv1, False),
                        ip=ip1,
                        country=cty1,
                        ua=ua1,
                        prompt=text,
                        system=tx.COACH_SYSTEM.replace(
                            "communication coach", "dialogue quality reviewer"
                        ).replace("trainee", "assistant"),
                        resp=tx.reply(rng, ctx.corpus, 150),
                        tin=tx.tokens_of(text) + 80,
                        tout=rng.randrange(250, 650),
                        retain=sim.retain,
                    )


# ---------------------------------------------------------------- keys used from another egress
def _owner_traffic(
    ctx: Ctx,
    rng: random.Random,
    acct: Account,
    keys: list[tuple[int, str]],
    pressure_days: set[int],
) -> None:
    """The account owner's own product or scripts: their cloud or office, their SDK, their hours."""
    region = rng.choice(("us-east-1", "eu-west-1", "gcp-europe-west4", "az-eastus", "hetzner-fsn"))
    ua = rng.choice(tx.SDKS)
    system = (
        tx.fill(rng, rng.choice(tx.APP_SYSTEM))
        .replace("{cur}", "USD")
        .replace("{org}", "Northwind")
        .replace("{country}", "Ireland")
    )
    move = api_move(rng)
    per_day = rng.lognormvariate(2.0, 0.8)
    rhythm = rng.choice(("office", "flatday"))
    for day in range(DAYS):
        key = [k for d, k in keys if d <= day][-1]
        for _ in range(int(rng.expovariate(1 / per_day) * (1.0 if day % 7 < 5 else 0.4))):
            ts = _office_ts(rng, day, acct.offset, rhythm)
            ip, cty = cloud_ip(ctx.nets, region, day // 4, acct.account_id)
            if rng.random() < 0.5:
                prompt, out = tx.workflow_prompt(rng)
            else:
                prompt, out = tx.everyday(rng), rng.randrange(60, 400)
            ctx.sink.emit(
                acct.account_id,
                ts,
                key=key,
                conv=conv_id(rng) if rng.random() < 0.3 else None,
                surface="api",
                model=pinned_model(ts, move, rng.random() < 0.6),
                ip=ip,
                country=cty,
                ua=ua,
                prompt=prompt,
                system=system,
                resp=tx.reply(rng, ctx.corpus, min(out, 150)),
                tin=tx.tokens_of(prompt) + 90,
                tout=out,
                retain=acct.retain,
                p429=0.04 if day in pressure_days else 0.012,
            )


def _owners(ctx: Ctx, rng: random.Random, label: str, n: int) -> list[Account]:
    out = []
    for _ in range(n):
        country = rng.choice(
            ("US", "US", "GB", "DE", "FR", "NL", "IN", "BR", "CA", "PL", "ES", "AU")
        )
        acct = make_account(
            rng,
            label,
            tier="api",
            channel="api_console",
            country=country,
            age_days=rng.uniform(30, 900),
            payment="own",
            domain=f"{token(rng, 7)}.{rng.choice(('com', 'io', 'dev', 'co.uk'))}",
            org="org_" + token(rng, 10) if rng.random() < 0.6 else None,
        )
        acct.retain = rng.choice((0.0, 0.5, 1.0))
        ctx.accounts.append(acct)
        out.append(acct)
    return out


PLATFORM_UA = (
    "Flowmesh-Worker/3.8 (+https://flowmesh.example/bot)",
    "TypingDeck/2.21 (server)",
    "AgentHarbor/1.14.2 node/20.11",
)


def keys(ctx: Ctx, twin: str, n_twin: int, attack: str, n_attack: int) -> None:
    """Twin: customers who connect a key to a bring-your-own-key platform, which calls from its
    shared egress with its client string for their workflows and their staff's chats. Attack:
    leaked keys of ordinary API customers pooled by a reverse proxy that harvests through them."""
    c = ctx.corpus
    rng = rng_for(ctx.seed, twin)
    for acct in _owners(ctx, rng, twin, n_twin):
        k_own, k_plat = key_id(rng), key_id(rng)
        p = 0 if rng.random() < 0.6 else rng.choice((1, 2))
        net = ctx.nets.special[f"byok{p}"]
        pool_size = (40, 12, 90)[p]
        connect = -1 if rng.random() < 0.6 else rng.randrange(0, 24)
        busy: set[int] = set()
        if rng.random() < 0.5:  # a launch or a backfill pushes the key over its limits for days
            d0 = rng.randrange(0, 24)
            busy = set(range(d0, d0 + rng.randrange(2, 9)))
        _owner_traffic(ctx, rng, acct, [(-1, k_own)], busy)
        per_day = rng.lognormvariate(2.6, 0.8)
        move = api_move(rng)
        for day in range(max(0, connect), DAYS):
            for _ in range(int(rng.expovariate(1 / per_day) * (1.0 if day % 7 < 5 else 0.5))):
                ts = _office_ts(rng, day, acct.offset)
                ip = net.addr(rng.randrange(pool_size))
                model = pinned_model(ts, move, rng.random() < 0.4)
                if rng.random() < 0.6:
                    prompt, out = tx.workflow_prompt(rng)
                    turns = [(prompt, out)]
                else:  # the platform's chat UI, used by the customer's staff
                    from h18_legit import turns_for

                    turns = turns_for(rng, ctx, rng.randrange(1, 7), (0.5, 0.2, 0.3, 0.0))
                conv = conv_id(rng)
                hist = 0
                for prompt, out in turns:
                    ts = ctx.sink.emit(
                        acct.account_id,
                        ts,
                        key=k_plat,
                        conv=conv,
                        surface="api",
                        model=model,
                        ip=ip,
                        country=net.country,
                        ua=PLATFORM_UA[p],
                        prompt=prompt,
                        system=None,
                        resp=tx.reply(rng, c, min(out, 150)),
                        tin=hist + tx.tokens_of(prompt),
                        tout=out,
                        retain=acct.retain,
                        p429=0.03,
                    )
                    hist += tx.tokens_of(prompt) + out
                    ts += int(rng.lognormvariate(3.2, 0.8) * 1_000_000)
    # attack
    rng = rng_for(ctx.seed, attack)
    bank = _Bank(ctx, rng)
    victims = _owners(ctx, rng, attack, n_attack)
    windows = {
        d: sorted((rng.uniform(0, 24), rng.uniform(1, 3.5)) for _ in range(rng.randrange(2, 6)))
        for d in range(DAYS)
    }
    live: list[tuple[Account, str, int, int]] = []
    for acct in victims:
        k_main = key_id(rng)
        leak = rng.randrange(0, 21)
        revoke = leak + rng.randrange(2, 9) if rng.random() < 0.35 else DAYS + 1
        ks = [(-1, k_main)]
        if revoke <= DAYS:
            ks.append((revoke, key_id(rng)))
        pressure = set(range(leak, min(revoke, DAYS)))
        _owner_traffic(ctx, rng, acct, ks, pressure)
        live.append((acct, k_main, leak, revoke))
    hosts = (ctx.nets.special["proxyhost0"], ctx.nets.special["proxyhost1"])
    proxy_ua = "axios/1.7.7"
    for day in range(DAYS):
        pool = [v for v in live if v[2] <= day < v[3]]
        if not pool:
            continue
        rate = len(pool) * rng.lognormvariate(3.3, 0.3) * (1.0 if day % 7 < 5 else 0.55)
        total_h = sum(w for _, w in windows[day])
        for start_h, width in windows[day]:
            n = int(rate * width / total_h)
            for _ in range(n):
                ts = START_US + day * DAY_US + int((start_h + rng.random() * width) * HOUR_US)
                acct, key, _, _ = pool[rng.randrange(len(pool))]
                host = hosts[rng.randrange(2)]
                kind, item = bank.take(rng)
                prompt = item
                out = rng.randrange(80, 800) if kind in ("hard", "math") else rng.randrange(60, 500)
                conv = conv_id(rng)
                model = "tarn-5" if ts > START_US + 10 * DAY_US + 18 * HOUR_US else "tarn-4"
                ts = ctx.sink.emit(
                    acct.account_id,
                    ts,
                    key=key,
                    conv=conv,
                    surface="api",
                    model=model,
                    ip=host.addr(rng.randrange(24)),
                    country=host.country,
                    ua=proxy_ua,
                    prompt=prompt,
                    system=None,
                    resp=tx.reply(rng, c, min(out, 150)),
                    tin=tx.tokens_of(prompt),
                    tout=out,
                    retain=acct.retain,
                    p429=0.03,
                )
                for _f in range(rng.choice((0, 0, 0, 1, 1, 2, 3))):
                    ts += rng.randrange(2, 20) * 1_000_000
                    fu = rng.choice(
                        (
                            "continue",
                            "Explain the key step in more detail.",
                            "Now give a shorter solution.",
                            "Check your answer.",
                        )
                    )
                    out2 = rng.randrange(60, 600)
                    ts = ctx.sink.emit(
                        acct.account_id,
                        ts,
                        key=key,
                        conv=conv,
                        surface="api",
                        model=model,
                        ip=host.addr(rng.randrange(24)),
                        country=host.country,
                        ua=proxy_ua,
                        prompt=fu,
                        system=None,
                        resp=tx.reply(rng, c, 150),
                        tin=tx.tokens_of(prompt) + out + 8,
                        tout=out2,
                        retain=acct.retain,
                        p429=0.03,
                    )
                    out += out2


# ---------------------------------------------------------------- two model tiers
CHECKS = (
    "Are you sure? Check your answer.",
    "Verify that step by step.",
    "why?",
    "can you double-check the last part",
    "ok, and a shorter version?",
)


def _mini_model(ts: int) -> str:
    return "tarn-5-mini" if ts > START_US + 20 * DAY_US else "tarn-4-mini"


def _big_model(ts: int) -> str:
    return "tarn-5" if ts > START_US + 10 * DAY_US + 20 * HOUR_US else "tarn-4"


def _tier_profile(rng: random.Random) -> dict[str, float | bool]:
    """A product's habits, drawn the same way on both sides: whether it sends a thread id,
    how often its users follow up, how often it adds a reasoning hint when escalating."""
    return {
        "threads": rng.random() < 0.6,
        "follow": rng.uniform(0.05, 0.35),
        "hint": rng.uniform(0.0, 1.0),
        "esc": rng.uniform(0.12, 0.4),
    }


def tiers(ctx: Ctx, twin: str, n_twin: int, attack: str, n_attack: int) -> None:
    """Twin: products that try the mini model first and re-send to the flagship within seconds
    when their check fails. Attack: corpus items probed on the mini model; the ones the
    operator's check marks as failed are re-asked on the flagship hours later, mostly from
    another account of the same shell company."""
    c = ctx.corpus
    for label, n, harvest in ((twin, n_twin, False), (attack, n_attack, True)):
        rng = rng_for(ctx.seed, label)
        bank = _Bank(ctx, rng) if harvest else None
        groups = _api_companies(
            ctx,
            rng,
            label,
            n,
            ("US", "SG", "GB", "DE", "CA", "AU")
            if harvest
            else ("US", "GB", "DE", "IN", "FR", "BR", "SG"),
            ("api_console", "startup_program"),
            3 if harvest else 2,
            8 if harvest else 4,
        )
        later: list[tuple[int, int, str, list[Account]]] = []
        prof: dict[str, tuple[str, str, str, str, float, dict[str, float | bool]]] = {}
        for g in groups:
            domain_i = rng.randrange(len(tx.ROUTER_DOMAINS))
            name = rng.choice(
                ("Quill", "Mathly", "Ledgerly", "Tellr", "Clausebot", "Solvr", "Tutora", "Askwise")
            )
            system = tx.ROUTER_SYSTEM[rng.randrange(2)].format(
                name=name, domain=tx.ROUTER_DOMAINS[domain_i]
            )
            region = rng.choice(
                (
                    "us-east-1",
                    "eu-west-1",
                    "gcp-us-central1",
                    "az-westeurope",
                    "ap-southeast-1",
                    "do-sgp1",
                    "eu-central-1",
                )
            )
            ua = rng.choice(tx.SDKS[:6])
            off = rng.choice((-5.0, 0.0, 1.0, 5.5, -3.0, 8.0))
            hab = _tier_profile(rng)
            for a in g:
                prof[a.account_id] = (key_id(rng), system, region, ua, off, hab)
            for acct in g:
                key, system, region, ua, off, hab = prof[acct.account_id]
                per_day = rng.lognormvariate(3.3, 0.7)
                for day in range(DAYS):
                    for _ in range(int(rng.expovariate(1 / per_day))):
                        ts = _office_ts(rng, day, off, "flatday")
                        if bank is not None:
                            kinds = (
                                ("math",)
                                if domain_i in (0, 2, 6, 7)
                                else (("hard",) if domain_i == 1 else ("chat", "tool", "tool"))
                            )
                            kind, q = bank.take_kind(rng, kinds)
                            hard = kind in ("math", "hard")
                        elif domain_i in (0, 6):
                            q = tx.HOMEWORK[rng.randrange(len(tx.HOMEWORK))].format(
                                q=c.math[rng.randrange(len(c.math))]
                            )
                            hard = True
                        elif domain_i == 1 and rng.random() < 0.5:
                            q, hard = c.hard[rng.randrange(len(c.hard))], True
                        else:
                            q = (
                                tx.workflow_prompt(rng)[0]
                                if rng.random() < 0.5
                                else tx.everyday(rng)
                            )
                            if rng.random() < 0.2:  # the user pastes what they are asking about
                                q += "\n\n" + tx.business_text(
                                    rng, rng.choice(("ticket", "article", "transcript"))
                                )
                            hard = False
                        ip, cty = cloud_ip(
                            ctx.nets, region, day * 2 + rng.randrange(3), acct.account_id
                        )
                        conv = conv_id(rng) if hab["threads"] else None
                        out = rng.randrange(60, 500)
                        ts = ctx.sink.emit(
                            acct.account_id,
                            ts,
                            key=key,
                            conv=conv,
                            surface="api",
                            model=_mini_model(ts),
                            ip=ip,
                            country=cty,
                            ua=ua,
                            prompt=q,
                            system=system,
                            resp=tx.reply(rng, c, min(out, 150)),
                            tin=tx.tokens_of(q) + 40,
                            tout=out,
                            retain=acct.retain,
                        )
                        esc = float(hab["esc"]) * (1.5 if hard else 0.6)
                        if rng.random() < esc:
                            p2 = q + (
                                tx.REASONING_HINT[rng.randrange(3)]
                                if rng.random() < float(hab["hint"])
                                else ""
                            )
                            if harvest:  # the operator's checker runs in batches, hours later
                                later.append(
                                    (ts + int(rng.uniform(0.3, 18) * HOUR_US), len(later), p2, g)
                                )
                            else:
                                ts = ctx.sink.emit(
                                    acct.account_id,
                                    ts + rng.randrange(800_000, 9_000_000),
                                    key=key,
                                    conv=conv,
                                    surface="api",
                                    model=_big_model(ts),
                                    ip=ip,
                                    country=cty,
                                    ua=ua,
                                    prompt=p2,
                                    system=system,
                                    resp=tx.reply(rng, c, 150),
                                    tin=tx.tokens_of(p2) + 40,
                                    tout=rng.randrange(200, 1300),
                                    retain=acct.retain,
                                )
                        if rng.random() < float(hab["follow"]):
                            f = (
                                CHECKS[rng.randrange(len(CHECKS))]
                                if rng.random() < (0.5 if harvest else 0.3)
                                else tx.followup(rng)
                            )
                            ctx.sink.emit(
                                acct.account_id,
                                ts + rng.randrange(3, 90) * 1_000_000,
                                key=key,
                                conv=conv,
                                surface="api",
                                model=_mini_model(ts),
                                ip=ip,
                                country=cty,
                                ua=ua,
                                prompt=f,
                                system=system,
                                resp=tx.reply(rng, c, 150),
                                tin=tx.tokens_of(q) + out + 50,
                                tout=rng.randrange(60, 500),
                                retain=acct.retain,
                            )
        for due, _, p2, g in sorted(later):
            acct = g[rng.randrange(len(g))]
            key, system, region, ua, off, hab = prof[acct.account_id]
            ip, cty = cloud_ip(
                ctx.nets, region, (due - START_US) // DAY_US * 2 + rng.randrange(3), acct.account_id
            )
            ctx.sink.emit(
                acct.account_id,
                due,
                key=key,
                conv=conv_id(rng) if hab["threads"] else None,
                surface="api",
                model=_big_model(due),
                ip=ip,
                country=cty,
                ua=ua,
                prompt=p2,
                system=system,
                resp=tx.reply(rng, c, 150),
                tin=tx.tokens_of(p2) + 40,
                tout=rng.randrange(200, 1300),
                retain=acct.retain,
            )
