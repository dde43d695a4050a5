"""Three campaigns that hide among people, each beside a legitimate twin of the same shape.

Taken-over consumer accounts beside shared logins, code completion through IDE plugins beside
developers, a data vendor's seats beside a publisher's question-bank team: same networks,
hours, clients, frames and volume per account; what differs is what people do (a file that
grows as they type, a course they revise, their own questions) and what a harvest does (a
catalogue walked once across the campaign).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
from h17_domain import (
    AUDIENCES,
    FIELDS,
    FIM,
    QTYPES,
    bank_request,
    code_context,
    code_task,
    code_tasks,
    pick,
)
from h17_emit import Account, Conv, Turn, starts
from h17_human import Habits, Where, clients, live
from h17_people import IDE_PLUGINS, Cloud, Fixed, Home, ProxyLine, World, hexid, served_country
from h17_text import LANGUAGES, follow_up, org_name

SCHOOL = (
    "fractions",
    "photosynthesis",
    "the French Revolution",
    "cell division",
    "linear equations",
    "plate tectonics",
    "poetry analysis",
    "probability",
    "the water cycle",
    "World War I",
    "chemical bonding",
    "supply and demand",
    "electric circuits",
    "the Roman Republic",
    "genetics",
)
PROFESSIONAL = (
    "contract law",
    "pharmacology",
    "Kubernetes networking",
    "tax accounting",
    "organic chemistry",
    "SQL query tuning",
    "cardiology",
    "maritime law",
    "cryptography",
    "macroeconomics",
    "epidemiology",
    "compiler design",
    "structural engineering",
    "immigration law",
    "reinforcement learning",
    "clinical psychology",
    "corporate finance",
    "linear algebra",
    "operating systems",
    "radiology",
)
ANGLES = (
    "basics",
    "edge cases",
    "common mistakes",
    "advanced problems",
    "case studies",
    "calculations",
    "history",
)
Burst = Callable[[np.random.Generator, float, int], list[tuple[str, int, float]]]
Request = Callable[[np.random.Generator, Account], list[Turn]]
REVISIONS = (
    "Question {k} is ambiguous; rewrite it with a clearer stem.",
    "Make the distractors in question {k} more plausible.",
    "Add one harder question at the end.",
    "The answer to question {k} is wrong, fix it.",
    "Write {k} more like these.",
)
MORE = REVISIONS[-1]


def _owner(
    w: World, rng: np.random.Generator, label: str, operator: str
) -> tuple[Account, dict[str, str]]:
    """A real person's aged consumer account and their own month of use."""
    country = served_country(rng)
    tier = ("free", "pro", "max")[int(rng.choice(3, p=(0.45, 0.45, 0.1)))]
    acct = w.people.new(
        label,
        country,
        operator=operator,
        tier=tier,
        age_days=500,
        payment=None if tier == "free" else True,
    )
    ua = clients(rng)
    live(w, rng, acct, Home(w.nets, country), Habits(), ua)
    return acct, ua


def takeover_blend(w: World, n: int) -> None:
    """Harvest through taken-over accounts: from a day of takeover, the stolen session (the owner's
    own browser string) sends catalogue questions from residential-proxy lines of the owner's
    country, mostly while the owner sleeps; the catalogue is split across the accounts."""
    rng = w.rng("takeover_blend")
    catalogue = itertools.cycle(w.corpora.catalogue(rng))
    for _ in range(n):
        acct, ua = _owner(w, rng, "attack:takeover_blend", "osprey")
        proxy = ProxyLine(w.nets, acct.declared_country, 2.0)
        rhythm = "night" if rng.random() < 0.6 else "human"
        for t in starts(rng, acct.tz, rhythm, float(rng.beta(4, 2)), 1.6, int(rng.integers(2, 15))):
            for _ in range(int(rng.integers(2, 7))):
                turns = [Turn(next(catalogue), int(rng.lognormal(5.8, 0.7)))]
                while rng.random() < 0.5 and len(turns) < 6:
                    turns.append(
                        Turn(
                            follow_up(rng), int(rng.lognormal(5.5, 0.7)), float(rng.uniform(20, 90))
                        )
                    )
                ip, country = proxy.at(rng, t, "web")
                w.emitter.add(Conv(acct, t, "web", ua["web"], ip, country, turns))
                t += sum(turn.gap for turn in turns) + float(rng.uniform(30, 240))


def shared_login(w: World, n: int) -> None:
    """Logins shared with a partner, sibling or colleague: from some day a second person uses the
    account from their own home line in the same country, at their own hours, on their own device."""
    rng = w.rng("shared_login")
    for _ in range(n):
        acct, _ua = _owner(w, rng, "hn:shared_login", "")
        second = Habits(
            per_day=2.2,
            convs=2.5,
            active=(4, 2),
            surfaces=(("web", 0.8), ("app", 0.2)),
            first_day=int(rng.integers(0, 15)),
        )
        live(w, rng, acct, Home(w.nets, acct.declared_country), second)


def _coder(
    w: World,
    rng: np.random.Generator,
    label: str,
    operator: str,
    org: tuple[str, str, str, list[str]] | None,
    proxy: bool,
) -> tuple[Account, Where]:
    """A plugin user: a seat of a team (office egress, home after hours) or an individual pro."""
    country = org[2] if org else served_country(rng)
    if org:
        acct = w.people.new(
            label,
            country,
            operator=operator,
            tier="team",
            email=org[1],
            payment=org[0],
            org=org[0].replace("pf", "org"),
            keys=1,
            adopt=3600.0,
        )
        return acct, Fixed(org[3], country, Home(w.nets, country))
    acct = w.people.new(label, country, operator=operator, tier="pro", keys=1, adopt=3600.0)
    where: Where = ProxyLine(w.nets, country, 5.0) if proxy else Home(w.nets, country)
    return acct, where


def _teams(w: World, rng: np.random.Generator, k: int) -> list[tuple[str, str, str, list[str]]]:
    out = []
    for _ in range(k):
        country = served_country(rng)
        out.append(
            (
                hexid(rng, "pf", 16),
                f"{org_name(rng).lower()}.dev",
                country,
                w.nets.egress("corporate", country, 3),
            )
        )
    return out


def _code_month(
    w: World,
    rng: np.random.Generator,
    acct: Account,
    where: Where,
    burst: Burst,
    lengths: tuple[float, float],
) -> None:
    """Office-hours coding sessions of completion bursts, and now and then a chat about the code;
    `lengths` bounds the account's typical completion length (its plugin's settings), in log tokens;
    its files are of its own typical size."""
    ua, mu, ctx = pick(rng, IDE_PLUGINS), float(rng.uniform(*lengths)), int(rng.integers(5, 30))
    for t in starts(
        rng, acct.tz, "office", float(rng.beta(4, 2)), 1.3 * float(rng.lognormal(0, 0.4))
    ):
        ip, country = where.at(rng, t, "api")
        for prompt, out, gap in burst(rng, mu, ctx):
            t += gap
            w.emitter.add(
                Conv(
                    acct,
                    t,
                    "api",
                    ua,
                    ip,
                    country,
                    [Turn(prompt, out)],
                    FIM,
                    acct.keys[0],
                    threaded=False,
                )
            )
        if rng.random() < 0.15:
            turns = [Turn(f"Explain this function:\n{prompt}", int(rng.lognormal(5.5, 0.5)))]
            while rng.random() < 0.4:
                turns.append(
                    Turn(follow_up(rng), int(rng.lognormal(5.3, 0.5)), float(rng.lognormal(4, 0.7)))
                )
            w.emitter.add(Conv(acct, t + 30, "api", ua, ip, country, turns, None, acct.keys[0]))


def ide_completion(w: World, n: int) -> None:
    """Code-completion harvest through IDE plugins: a grid of language x task x library walked once,
    each completion a fresh function asked for whole at the cursor after its docstring."""
    rng = w.rng("ide_completion")
    tasks = itertools.cycle(code_tasks(rng))
    teams = _teams(w, rng, 3)

    def burst(r: np.random.Generator, mu: float, ctx: int) -> list[tuple[str, int, float]]:
        out = []
        for _ in range(int(r.integers(8, 35))):
            lang, f, doc = next(tasks)
            context = code_context(r, lang, f, doc, int(r.integers(2, ctx + 14)))
            out.append((context, int(r.lognormal(mu, 0.8)), float(r.lognormal(2.2, 0.8))))
        return out

    for i in range(n):
        acct, where = _coder(
            w,
            rng,
            "attack:ide_completion",
            "wicket",
            teams[i % 3] if rng.random() < 0.4 else None,
            True,
        )
        _code_month(w, rng, acct, where, burst, (3.6, 4.5))


def ide_coder(w: World, n: int) -> None:
    """Developers with the same plugins: completions in one file whose prefix grows as they type."""
    rng = w.rng("ide_coder")
    teams = _teams(w, rng, 8)

    def burst(r: np.random.Generator, mu: float, ctx: int) -> list[tuple[str, int, float]]:
        lang, f, doc = code_task(r)
        seed, lines, out = int(r.integers(1 << 40)), int(r.integers(1, ctx)), []
        for _ in range(int(r.integers(8, 35))):
            lines += 1
            context = code_context(np.random.default_rng(seed), lang, f, doc, lines)
            out.append((context, int(r.lognormal(mu, 0.8)), float(r.lognormal(2.2, 0.8))))
        return out

    for _ in range(n):
        acct, where = _coder(
            w,
            rng,
            "hn:ide_coder",
            "",
            teams[int(rng.integers(8))] if rng.random() < 0.6 else None,
            False,
        )
        _code_month(w, rng, acct, where, burst, (3.0, 4.2))


def _seats(
    w: World, rng: np.random.Generator, label: str, operator: str, n: int, orgs: int
) -> list[tuple[Account, Where, bool]]:
    """Seats of a few content companies at their office, and one batch worker in ten on a cloud."""
    out: list[tuple[Account, Where, bool]] = []
    teams = _teams(w, rng, orgs)
    for i in range(n):
        card, domain, country, egress = teams[i % orgs]
        worker = i % 10 == 9
        acct = w.people.new(
            label,
            country,
            operator=operator,
            tier=("team", "enterprise")[i % orgs % 2],
            email=domain,
            payment=card,
            org=card.replace("pf", "org"),
            keys=1,
            keep=0.9,
        )
        where: Where = (
            Cloud(w.nets, rng) if worker else Fixed(egress, country, Home(w.nets, country))
        )
        out.append((acct, where, worker))
    return out


def _bank_month(
    w: World,
    rng: np.random.Generator,
    seats: list[tuple[Account, Where, bool]],
    request: Request,
    per_session: tuple[int, int],
) -> None:
    """Seats ask by day at the office, workers by night on the cloud; `request` gives the turns."""
    for acct, where, worker in seats:
        rhythm, per_day = ("nightly", 1.0) if worker else ("office", 4.0)
        ua = "fjord-python/2.3.1" if worker else clients(rng)["web"]
        surface = "api" if worker else "web"
        for t in starts(rng, acct.tz, rhythm, 0.85, per_day * float(rng.lognormal(0, 0.3))):
            for _ in range(int(rng.integers(8, 20)) if worker else int(rng.integers(*per_session))):
                ip, country = where.at(rng, t, surface)
                turns = request(rng, acct)
                w.emitter.add(
                    Conv(
                        acct,
                        t,
                        surface,
                        ua,
                        ip,
                        country,
                        turns,
                        key=acct.keys[0] if worker else None,
                    )
                )
                t += sum(turn.gap for turn in turns) + float(rng.lognormal(4.5, 0.7))


def data_vendor(w: World, n: int) -> None:
    """A data vendor generating datasets to resell: a grid of topic x angle x audience x type x
    fields walked across its seats, each cell asked again with earlier items to avoid, never revised."""
    rng = w.rng("data_vendor")
    cells = list(itertools.product(SCHOOL + PROFESSIONAL, ANGLES, AUDIENCES, QTYPES, FIELDS))
    grid = itertools.cycle([cells[int(i)] for i in rng.permutation(len(cells))])
    done: list[str] = []

    def request(r: np.random.Generator, acct: Account) -> list[Turn]:
        topic, angle, audience, qtype, fields = next(grid)
        text = bank_request(int(r.integers(10, 26)), qtype, f"{topic} ({angle})", audience, fields)
        if r.random() < 0.2:
            text += f" Write them in {pick(r, LANGUAGES)}."
        if done and r.random() < 0.3:
            text += f"\nDo not repeat these items:\n{done[int(r.integers(len(done)))]}"
        done.append(w.corpora.reply(r, 90))
        turns = [Turn(text, int(r.lognormal(6.9, 0.4)))]
        while r.random() < 0.35 and len(turns) < 5:
            turns.append(
                Turn(
                    MORE.format(k=int(r.integers(5, 21))),
                    int(r.lognormal(5.8, 0.5)),
                    float(r.lognormal(4, 0.7)),
                )
            )
        return turns

    _bank_month(w, rng, _seats(w, rng, "attack:data_vendor", "wicket", n, 2), request, (2, 8))


def quiz_publisher(w: World, n: int) -> None:
    """Education publishers writing question banks for their own courses, unit by unit, revising
    questions in the same thread; night workers make variants of reviewed banks."""
    rng = w.rng("quiz_publisher")
    courses = [
        (pick(rng, SCHOOL), pick(rng, AUDIENCES[:3]), pick(rng, QTYPES[:4]), pick(rng, FIELDS))
        for _ in range(40)
    ]
    bank: list[str] = []

    def request(r: np.random.Generator, acct: Account) -> list[Turn]:
        topic, audience, qtype, fields = courses[int(r.integers(len(courses)))]
        text = bank_request(
            int(r.integers(10, 26)),
            qtype,
            f"{topic} (unit {int(r.integers(1, 13))})",
            audience,
            fields,
        )
        if r.random() < 0.1:
            text += f" Write them in {pick(r, LANGUAGES[:8])}."
        if bank and r.random() < 0.3:
            text += f"\nDo not repeat these items:\n{bank[int(r.integers(len(bank)))]}"
        bank.append(w.corpora.reply(r, 90))
        turns = [Turn(text, int(r.lognormal(6.9, 0.4)))]
        while r.random() < 0.35 and len(turns) < 5:
            note = pick(r, REVISIONS)
            size = 5.8 if note == MORE else 5.2
            turns.append(
                Turn(
                    note.format(k=int(r.integers(1, 11))),
                    int(r.lognormal(size, 0.5)),
                    float(r.lognormal(5, 0.7)),
                )
            )
        return turns

    _bank_month(w, rng, _seats(w, rng, "hn:quiz_publisher", "", n, 3), request, (2, 7))


PEOPLE_PAIRS = (
    ("attack:takeover_blend", takeover_blend, 300),
    ("hn:shared_login", shared_login, 350),
    ("attack:ide_completion", ide_completion, 120),
    ("hn:ide_coder", ide_coder, 150),
    ("attack:data_vendor", data_vendor, 80),
    ("hn:quiz_publisher", quiz_publisher, 90),
)
