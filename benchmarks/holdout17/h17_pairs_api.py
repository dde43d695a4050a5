"""Three campaigns that look like API products, each beside a legitimate twin of the same shape.

Both sides of a pair are companies of a few API accounts on clouds, with one system prompt and
one SDK per company, flat-plus-daytime hours and the same requests per account; what differs is
what real products do (their users' own inputs, fan-out inside one account, follow-ups) and what
a harvest does (a catalogue walked once, samples spread over the campaign's accounts).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from h17_domain import (
    SUMMARY_STYLES,
    TRANSLATOR,
    doc_title,
    document,
    pick,
    targets,
    translate,
    ui_string,
)
from h17_emit import DAY, Account, Conv, Turn, starts
from h17_human import Where
from h17_people import RESELLER_UA, SDKS, Cloud, Pool, World, hexid, served_country
from h17_text import everyday, follow_up, org_name, persona


@dataclass
class Company:
    """A company's accounts and what they share (cloud, client, system prompt)."""

    accounts: list[Account]
    where: Where
    ua: str
    system: str
    threads: bool
    width: int


def companies(
    w: World,
    rng: np.random.Generator,
    label: str,
    operator: str,
    n: int,
    size: tuple[int, int],
    systems: tuple[str, ...] = (),
    reseller: float = 0.0,
    width: tuple[int, int] = (1, 5),
) -> list[Company]:
    """`n` accounts grouped in companies; a share buys through the API aggregator instead; `width`
    bounds how many parallel samples of one request a company asks for."""
    out: list[Company] = []
    while n > 0:
        country, name = served_country(rng), org_name(rng)
        via_reseller = rng.random() < reseller
        org = hexid(rng, "org", 8)
        card = hexid(rng, "pf", 16)
        channel = pick(rng, ("api_console", "api_console", "startup_program"))
        family, adopt = pick(rng, ("main", "mini")), _adopt(rng)
        accts = []
        for _ in range(min(n, int(rng.integers(*size)))):
            accts.append(
                w.people.new(
                    label,
                    country,
                    operator=operator,
                    tier="api",
                    keys=1,
                    family=family,
                    adopt=adopt,
                    channel="partner_reseller" if via_reseller else channel,
                    org=org,
                    payment=card,
                    email=f"{name.lower()}.{pick(rng, ('io', 'ai', 'com'))}",
                    keep=0.6,
                    age_days=120,
                )
            )
            n -= 1
        where: Where = Pool(w.nets.reseller_pool) if via_reseller else Cloud(w.nets, rng, 2)
        ua = RESELLER_UA if via_reseller else pick(rng, SDKS)
        system = pick(rng, systems) if systems else persona(rng, name)
        out.append(
            Company(
                accts,
                where,
                ua,
                system,
                threads=rng.random() < 0.5,
                width=int(rng.integers(*width)),
            )
        )
    return out


def _adopt(rng: np.random.Generator) -> float:
    return float(rng.exponential(5 * DAY)) if rng.random() < 0.6 else 1e12


def slots(
    rng: np.random.Generator, comps: list[Company], per_day: float
) -> list[tuple[float, Company, Account]]:
    """Every account's request slots over the month, merged in time order."""
    out = []
    for comp in comps:
        for acct in comp.accounts:
            rate = per_day * float(rng.lognormal(0, 0.4))
            out += [(t, comp, acct) for t in starts(rng, acct.tz, "flat", 0.95, rate)]
    out.sort(key=lambda s: s[0])
    return out


Online = dict[int, list[tuple[Company, Account]]]


def online(slot_list: list[tuple[float, Company, Account]]) -> Online:
    """Per day, the accounts that work that day (a campaign hands its fan-out only to them)."""
    out: Online = {}
    for t, comp, acct in slot_list:
        day = out.setdefault(int(t // DAY), [])
        if not day or day[-1][1] is not acct:
            day.append((comp, acct))
    return out


def peer(rng: np.random.Generator, on: Online, t: float) -> tuple[Company, Account]:
    """An account of the campaign that works on the day of `t`."""
    day = on.get(int(t // DAY)) or next(iter(on.values()))
    return day[int(rng.integers(len(day)))]


def _send(
    w: World, rng: np.random.Generator, comp: Company, acct: Account, t: float, turns: list[Turn]
) -> None:
    ip, country = comp.where.at(rng, t, "api")
    threaded = comp.threads or len(turns) > 1
    w.emitter.add(
        Conv(
            acct,
            t,
            "api",
            comp.ua,
            ip,
            country,
            turns,
            comp.system,
            acct.keys[0],
            threaded=threaded,
        )
    )


def _judge(question: str, answers: list[str]) -> str:
    drafts = "\n\n".join(f"Response {chr(65 + i)}: {a}" for i, a in enumerate(answers))
    return f"Which response answers the request best? Reply with the letter.\nRequest: {question}\n\n{drafts}"


def resample_pairs(w: World, n: int) -> None:
    """Preference-pair harvest: each catalogue question sampled four to eight times, the samples
    spread over the campaign's accounts minutes apart, now and then a judge request on two of them."""
    rng = w.rng("resample_pairs")
    comps = companies(w, rng, "attack:resample_pairs", "larch", n, (5, 11))
    catalogue = itertools.cycle(w.corpora.catalogue(rng))
    todo = slots(rng, comps, 2.0)
    on = online(todo)
    for t, comp, acct in todo:
        item = next(catalogue)
        senders = [(comp, acct)] + [peer(rng, on, t) for _ in range(int(rng.integers(1, 4)))]
        for j, (c, a) in enumerate(senders):
            when = t + (float(rng.uniform(60, 1200)) if j else 0.0)
            for _ in range(c.width):
                turns = [Turn(item, int(rng.lognormal(6, 0.5)))]
                if rng.random() < 0.1:
                    turns.append(
                        Turn(
                            follow_up(rng),
                            int(rng.lognormal(5.5, 0.5)),
                            float(rng.lognormal(4.2, 0.8)),
                        )
                    )
                _send(w, rng, c, a, when + float(rng.uniform(0, 1.5)), turns)
        if rng.random() < 0.12:
            c, a = peer(rng, on, t)
            judge = _judge(item, [w.corpora.reply(rng, 300) for _ in range(2)])
            _send(
                w,
                rng,
                c,
                a,
                t + float(rng.uniform(1300, 3600)),
                [Turn(judge, int(rng.lognormal(2.5, 0.8)))],
            )


def multi_draft_app(w: World, n: int) -> None:
    """Writing products that ask for three or four drafts of each user's request at once; users
    refine the draft they pick or regenerate; some apps let the model pick the best draft."""
    rng = w.rng("multi_draft_app")
    comps = companies(w, rng, "hn:multi_draft_app", "", n, (3, 6), width=(2, 6))
    for t, comp, acct in slots(rng, comps, 3.4):
        r = rng.random()
        item = everyday(rng) if r < 0.45 else w.corpora.any_question(rng)
        rounds = 2 if rng.random() < 0.15 else 1
        for _ in range(rounds):
            for j in range(comp.width):
                turns = [Turn(item, int(rng.lognormal(6, 0.5)))]
                if j == 0 and rng.random() < 0.35:
                    turns.append(
                        Turn(
                            follow_up(rng),
                            int(rng.lognormal(5.5, 0.5)),
                            float(rng.lognormal(4.2, 0.8)),
                        )
                    )
                _send(w, rng, comp, acct, t + float(rng.uniform(0, 1.5)), turns)
            if rng.random() < 0.12:
                judge = _judge(item, [w.corpora.reply(rng, 300) for _ in range(2)])
                _send(
                    w,
                    rng,
                    comp,
                    acct,
                    t + float(rng.uniform(20, 40)),
                    [Turn(judge, int(rng.lognormal(2.5, 0.8)))],
                )
            t += float(rng.uniform(20, 180))


def lang_matrix(w: World, n: int) -> None:
    """Translation-pair harvest: catalogue texts into eight to fourteen languages across the
    campaign's accounts, and pivots that translate one account's output onward from another."""
    rng = w.rng("lang_matrix")
    comps = companies(w, rng, "attack:lang_matrix", "larch", n, (6, 13), TRANSLATOR, reseller=0.3)
    catalogue = itertools.cycle(w.corpora.catalogue(rng))
    todo = slots(rng, comps, 1.2)
    on = online(todo)
    for t, comp, acct in todo:
        text = (
            next(catalogue)
            if rng.random() < 0.3
            else w.corpora.reply(rng, int(rng.integers(80, 600)))
        )
        langs = targets(rng, "English", int(rng.integers(8, 15)))
        size = int(len(text) / 3.2) + 5
        for j, start in enumerate(range(0, len(langs), int(rng.integers(5, 10)))):
            c, a = (comp, acct) if j == 0 else peer(rng, on, t)
            when = t + (float(rng.uniform(30, 2400)) if j else 0.0)
            for tgt in langs[start : start + 9]:
                for _ in range(2 if rng.random() < 0.12 else 1):
                    _send(
                        w,
                        rng,
                        c,
                        a,
                        when + float(rng.uniform(0, 20)),
                        [Turn(translate("English", tgt, text), size)],
                    )
                if rng.random() < 0.05:
                    pivot = pick(rng, [x for x in langs if x != tgt])
                    c2, a2 = peer(rng, on, when)
                    out = w.corpora.reply(rng, size)
                    _send(
                        w,
                        rng,
                        c2,
                        a2,
                        when + float(rng.uniform(300, 7200)),
                        [Turn(translate(tgt, pivot, out), size)],
                    )


def localisation_saas(w: World, n: int) -> None:
    """Localisation companies translating their customers' strings and help articles into each
    customer's fixed languages at once, again when a string changes, and on a reviewer's note."""
    rng = w.rng("localisation_saas")
    comps = companies(w, rng, "hn:localisation_saas", "", n, (3, 6), TRANSLATOR, reseller=0.3)
    customers: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    for comp in comps:
        mine = customers.setdefault(str(comp.accounts[0].org_id), [])
        for _ in range(int(rng.integers(3, 7))):
            src = pick(rng, ("English",) * 6 + ("German", "Japanese", "French"))
            mine.append((src, targets(rng, src, int(rng.integers(5, 13))), []))
    for t, comp, acct in slots(rng, comps, 1.5):
        mine = customers[str(comp.accounts[0].org_id)]
        src, langs, strings = mine[int(rng.integers(len(mine)))]
        if strings and rng.random() < 0.25:
            text = strings[int(rng.integers(len(strings)))]
        else:
            text = (
                ui_string(rng)
                if rng.random() < 0.25
                else w.corpora.reply(rng, int(rng.integers(80, 600)))
            )
            strings.append(text)
        for tgt in langs:
            turns = [Turn(translate(src, tgt, text), int(len(text) / 3.2) + 5)]
            if rng.random() < 0.08:
                note = f"Retranslate: the reviewer says it is {pick(rng, ('too formal', 'too literal', 'too long'))}."
                turns.append(Turn(note, int(len(text) / 3.2) + 5, float(rng.lognormal(6, 1))))
            _send(w, rng, comp, acct, t + float(rng.uniform(0, 20)), turns)


def longdoc_digest(w: World, n: int) -> None:
    """Long-context summary harvest: catalogue documents each summarised in four to seven styles,
    the styles spread over the campaign's accounts within hours, never a question about them."""
    rng = w.rng("longdoc_digest")
    comps = companies(w, rng, "attack:longdoc_digest", "osprey", n, (5, 11))
    todo = slots(rng, comps, 1.6)
    on = online(todo)
    for doc_id, (t, comp, acct) in enumerate(todo):
        text, size = document(w.corpora, doc_title(rng), w.seed * 10_000_019 + doc_id)
        styles = [
            SUMMARY_STYLES[int(i)]
            for i in rng.choice(len(SUMMARY_STYLES), int(rng.integers(4, 8)), replace=False)
        ]
        for j, style in enumerate(styles):
            c, a = (comp, acct) if j == 0 else peer(rng, on, t)
            turns = [Turn(f"{style}.\n\n{text}", int(rng.lognormal(6.2, 0.4)), context=size)]
            while rng.random() < 0.45 and len(turns) < 6:
                turns.append(_doc_question(rng))
            _send(w, rng, c, a, t + (float(rng.uniform(600, 14400)) if j else 0.0), turns)


def _doc_question(rng: np.random.Generator) -> Turn:
    """A question about the document in the thread that summarised it."""
    question = f"In this document, {follow_up(rng)} ({pick(rng, ('section', 'clause', 'table'))} {int(rng.integers(1, 12))})"
    return Turn(question, int(rng.lognormal(5.2, 0.6)), float(rng.lognormal(4.5, 0.8)))


def doc_summary_app(w: World, n: int) -> None:
    """Document products: each customer upload summarised in the product's style, then asked
    about in the same thread; edited versions summarised again."""
    rng = w.rng("doc_summary_app")
    comps = companies(w, rng, "hn:doc_summary_app", "", n, (3, 6))
    styles = {
        str(c.accounts[0].org_id): rng.choice(len(SUMMARY_STYLES), 2, replace=False) for c in comps
    }
    for doc_id, (t, comp, acct) in enumerate(slots(rng, comps, 7.0)):
        title = doc_title(rng)
        text, size = document(w.corpora, title, w.seed * 10_000_079 + doc_id)
        style = SUMMARY_STYLES[int(rng.choice(styles[str(comp.accounts[0].org_id)]))]
        turns = [Turn(f"{style}.\n\n{text}", int(rng.lognormal(6.2, 0.4)), context=size)]
        while rng.random() < 0.45 and len(turns) < 6:
            turns.append(_doc_question(rng))
        _send(w, rng, comp, acct, t, turns)
        if rng.random() < 0.1:
            text2, size2 = document(w.corpora, title + " (v2)", w.seed * 10_000_079 + doc_id)
            _send(
                w,
                rng,
                comp,
                acct,
                t + float(rng.uniform(3600, 3 * DAY)),
                [Turn(f"{style}.\n\n{text2}", int(rng.lognormal(6.2, 0.4)), context=size2)],
            )


API_PAIRS = (
    ("attack:resample_pairs", resample_pairs, 160),
    ("hn:multi_draft_app", multi_draft_app, 120),
    ("attack:lang_matrix", lang_matrix, 140),
    ("hn:localisation_saas", localisation_saas, 100),
    ("attack:longdoc_digest", longdoc_digest, 120),
    ("hn:doc_summary_app", doc_summary_app, 100),
)
