"""The fifth pair: the consumer app's scheduled tasks (runs execute on the provider's scheduler).

- `hn:scheduled_tasks`: people who schedule briefings, reminders, practice questions and digests
- `attack:task_farm`: bought pro accounts whose scheduled tasks each own one cell of a subject
  x subtopic x level x form grid and ask the model, every run, for a new item of that cell with a
  full solution; the grid is split across the campaign so that no two tasks share a cell
"""

from __future__ import annotations

import random

import h18_text as tx
from h18_legit import _consumer_month, _consumer_tier
from h18_people import Ctx, conv_id, lines_for
from h18_world import (
    DAY_US,
    DAYS,
    HOUR_US,
    START_US,
    consumer_model,
    make_account,
    pick_country,
    rng_for,
    token,
)

SCHEDULER_UA = "tarn-tasks/2.3 (scheduled run)"
INTERVALS = (2, 4, 6, 12, 24, 24, 24, 24, 24, 168)  # hours between runs
LEGIT_TASKS = (
    ("Every morning: a 5-bullet briefing on {topic} news for someone in {city}", (150, 450)),
    ("Daily {lang} word of the day with two example sentences and pronunciation", (60, 160)),
    ("Remind me to stretch and give me one 2-minute exercise for my back", (40, 120)),
    ("Plan tomorrow's meals using {food} and {food2}, with a shopping list", (200, 500)),
    ("Give me one interesting fact about {topic} I probably don't know", (60, 200)),
    (
        "Give me one {level} maths practice question for my {age}-year-old, then the answer",
        (120, 400),
    ),
    ("Weekly: a short motivational note for my {person} who is training for a marathon", (80, 220)),
    ("Give me a new Python interview question with a worked solution", (300, 900)),
    ("Every evening: a calming 4-line poem about {hobby}", (40, 120)),
    (
        "Summarise what usually happens in markets this week of the year and what to watch",
        (200, 500),
    ),
    ("Every day: one new {level} SAT-style maths problem with a full solution", (250, 900)),
    ("Teach me one concept of {topic} per day with an example and a quiz question", (250, 900)),
    ("Daily: a {level} chess or logic puzzle, then the solution explained", (200, 800)),
    ("Weekly: a 500-word short story for my kids about {hobby}, a new one each time", (500, 1000)),
    ("Give me a new {level} SQL exercise about a small shop's sales and the solution", (250, 800)),
)
PREFERENCES = (
    " I'm {age}, keep it simple.",
    " Keep it under 200 words.",
    " Use British spelling.",
    " Skip anything about sports.",
    " I live in {city}.",
    " My kids are {kids} and {kids2}.",
    " No emojis please.",
    " Make it different from yesterday's.",
)
SUBJECTS = {
    "algebra": ("quadratics", "inequalities", "sequences", "functions", "systems of equations"),
    "geometry": ("triangles", "circles", "coordinate geometry", "solids", "transformations"),
    "probability": ("conditional probability", "expected value", "combinatorics", "Bayes' rule"),
    "number theory": ("primes", "modular arithmetic", "divisibility", "Diophantine equations"),
    "calculus": ("limits", "derivatives", "integrals", "series", "optimisation"),
    "physics": ("kinematics", "energy", "circuits", "waves", "thermodynamics"),
    "chemistry": ("stoichiometry", "equilibrium", "acids and bases", "kinetics"),
    "Python": ("recursion", "dynamic programming", "graphs", "string parsing", "classes"),
    "SQL": ("joins", "window functions", "aggregation", "indexes"),
    "logic": ("knights and knaves", "scheduling puzzles", "truth tables", "seating puzzles"),
    "economics": ("elasticity", "game theory", "market equilibrium", "interest rates"),
    "statistics": ("hypothesis tests", "regression", "confidence intervals", "sampling"),
}
LEVELS = ("introductory", "intermediate", "advanced", "olympiad-level")
FORMS = (
    "Write one new {level} {subject} problem about {sub} that is different from every earlier "
    "one in this conversation, then solve it step by step and state the final answer.",
    "Create a fresh {level} {subject} exercise on {sub} with a complete worked solution and one "
    "common mistake to avoid. Do not repeat earlier exercises.",
    "Explain one {level} idea in {subject} ({sub}) you have not covered yet here, with a worked "
    "example and a check question with its answer.",
)
LEVEL_WORDS = ("easy", "medium", "tricky")


def _grid(rng: random.Random) -> list[str]:
    cells = [
        form.format(level=lv, subject=subj, sub=sub)
        for subj, subs in SUBJECTS.items()
        for sub in subs
        for lv in LEVELS
        for form in FORMS
    ]
    rng.shuffle(cells)
    return cells


def _legit_task(rng: random.Random) -> tuple[str, tuple[int, int]]:
    text, out = LEGIT_TASKS[rng.randrange(len(LEGIT_TASKS))]
    text = text.replace("{level}", rng.choice(LEVEL_WORDS)).replace(
        "{age}", str(rng.randrange(7, 17))
    )
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        text += PREFERENCES[rng.randrange(len(PREFERENCES))]
    text = text.replace("{age}", str(rng.randrange(18, 80)))
    text = text.replace("{kids}", str(rng.randrange(3, 10)))
    text = text.replace("{kids2}", str(rng.randrange(10, 17)))
    return tx.fill(rng, text), out


def tasks(ctx: Ctx, twin: str, n_twin: int, attack: str, n_attack: int) -> None:
    """Both sides: paid consumers on web and app who keep 1-10 scheduled tasks; each run is
    executed by the provider's scheduler (its own address, its client string) into the task's
    thread at the task's local time. The farm's accounts are aged pro accounts bought in groups
    that share a grey-market card, used interactively from residential proxies that change every
    day or two."""
    sched = ctx.nets.special["scheduler"]
    for label, n, harvest in ((twin, n_twin, False), (attack, n_attack, True)):
        rng = rng_for(ctx.seed, label)
        grid = _grid(rng) if harvest else []
        cell = 0
        card = None
        for i in range(n):
            country = pick_country(rng)
            if harvest and i % rng.randint(3, 6) == 0:
                card = "pf_" + token(rng, 14)
            tier = rng.choice(("pro", "pro", "max")) if harvest else _consumer_tier(rng)
            if tier == "free":
                tier = "pro"  # scheduled tasks are a paid feature
            acct = make_account(
                rng,
                label,
                tier=tier,
                channel="web",
                country=country,
                age_days=rng.uniform(60, 900),
                payment=card if harvest else "own",
            )
            ctx.accounts.append(acct)
            lines = lines_for(rng, ctx.nets, country, ctx.n())
            if harvest:
                lines.period = rng.randrange(1, 3)  # a sticky residential-proxy session
            _consumer_month(
                ctx,
                rng,
                acct,
                lines,
                p_active=rng.uniform(0.1, 0.5),
                per_day=rng.lognormvariate(0.0, 0.5),
                turns=3,
                mix=(0.6, 0.15, 0.1, 0.15),
                rhythm="human",
                travel=0.0 if harvest else 0.04,
                vpn=0.0,
            )
            lag = rng.uniform(0.2, 6)
            for _ in range(rng.randint(1, 10)):
                if harvest:
                    prompt, out_range = grid[cell % len(grid)], (200, 1000)
                    cell += 1
                else:
                    prompt, out_range = _legit_task(rng)
                every = INTERVALS[rng.randrange(len(INTERVALS))]
                first = rng.randrange(-10, 25)
                last = first + rng.randrange(3, 60) if rng.random() < 0.3 else DAYS + 1
                hour = rng.uniform(6, 22)
                ts = START_US + max(first, 0) * DAY_US + int((hour - acct.offset) * HOUR_US)
                end = START_US + min(last, DAYS) * DAY_US
                conv = conv_id(rng)
                hist = 0
                while ts < end:
                    run = ts + rng.randrange(0, 180_000_000)  # the scheduler's jitter
                    out = rng.randrange(*out_range)
                    ctx.sink.emit(
                        acct.account_id,
                        run,
                        key=None,
                        conv=conv,
                        surface="web",
                        model=consumer_model(run, lag, False),
                        ip=sched.addr(rng.randrange(64)),
                        country=sched.country,
                        ua=SCHEDULER_UA,
                        prompt=prompt,
                        system=None,
                        resp=tx.reply(rng, ctx.corpus, min(out, 150)),
                        tin=tx.tokens_of(prompt) + min(hist, 6000) + 200,
                        tout=out,
                        retain=acct.retain,
                    )
                    hist += out
                    ts += every * HOUR_US
