"""Generators that compose our own texts from phrases.py and replies.py, once per process.

Each returns a list of distinct strings drawn from a fixed-seed generator, so pools are the
same for every simulation; variety comes from many slot combinations rather than from a
small list repeated.
"""

from __future__ import annotations

import random
import re

import numpy as np

from consentry_sim import phrases as ph
from consentry_sim import replies as rp

_NUM = re.compile(r"\b\d+\b")


# Composition draws many scalars; Python's generator is much faster for that than numpy's.
Rng = random.Random
_SLOTS: dict[str, list[str]] = {}


def pick(rng: Rng, options: tuple[str, ...] | list[str]) -> str:
    return options[int(rng.random() * len(options))]


def fill(rng: Rng, template: str, **choices: tuple[str, ...]) -> str:
    """Fill only the slots the template uses."""
    names = _SLOTS.get(template)
    if names is None:
        names = _SLOTS[template] = list(dict.fromkeys(re.findall(r"{(\w+)}", template)))
    return template.format(**{k: pick(rng, choices[k]) for k in names})


def _distinct(make, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Up to n different strings (stops early when the combinations run out)."""
    out: dict[str, None] = {}
    for _ in range(3 * n):
        out[make()] = None
        if len(out) >= n:
            break
    return list(out)


def perturb_numbers(rng: Rng, text: str) -> str:
    """A word problem with other numbers: the same exercise as another student would get it."""

    def repl(m: re.Match[str]) -> str:
        n = int(m.group(0))
        return str(max(1, n + rng.randrange(-3, 6) * max(1, n // 10)))

    return _NUM.sub(repl, text)


def _table(rng: Rng) -> str:
    dim = pick(rng, ph.DIMS)
    rows = [f"{dim},{pick(rng, ph.METRICS)}"]
    for i in range(rng.randrange(4, 9)):
        rows.append(f"{dim[:1].upper()}{i + 1},{rng.randrange(10, 5000)}")
    return "\n".join(rows)


SIZES = {"coding": 30_000, "general": 40_000, "writing": 25_000, "analysis": 8_000}


def synthetic_cores(rng: Rng) -> dict[str, list[str]]:
    """Our own prompts: enough combinations that two users rarely write the same thing."""
    nums = tuple(str(n) for n in range(2, 11))
    slots = {
        "task": ph.CODE_TASKS,
        "lang": ph.LANGS,
        "error": ph.CODE_ERRORS,
        "situation": ph.CODE_SITUATIONS,
        "topic": ph.TOPICS,
        "topic2": ph.TOPICS,
        "audience": ph.AUDIENCES,
        "city": ph.CITIES,
        "n": nums,
        "dish": ph.DISHES,
        "ingredient": ph.INGREDIENTS,
        "person": ph.PEOPLE,
        "pet": ph.PETS,
        "skill": ph.SKILLS,
        "job": ph.JOBS,
        "option1": ph.OPTIONS,
        "option2": ph.OPTIONS,
        "tone": ph.TONES,
        "doc": ph.DOC_TYPES,
        "recipient": ph.RECIPIENTS,
        "sentence": ph.SENTENCES,
    }
    makers = {
        "coding": lambda: fill(rng, pick(rng, ph.CODE_TEMPLATES), **slots),
        "general": lambda: fill(rng, pick(rng, ph.GENERAL_TEMPLATES), **slots),
        "writing": lambda: fill(rng, pick(rng, ph.WRITING_TEMPLATES), **slots),
        "analysis": lambda: pick(rng, ph.ANALYSIS_TEMPLATES).format(
            table=_table(rng), dim=pick(rng, ph.DIMS), metric=pick(rng, ph.METRICS)
        ),
    }
    out = {cat: _distinct(make, SIZES[cat]) for cat, make in makers.items()}
    out["image"] = list(ph.IMAGE_PROMPTS) + [
        v + " " + o + s for v in ph.IMAGE_VERBS for o in ph.IMAGE_OBJECTS for s in ph.IMAGE_SUFFIXES
    ]
    return out


def details(rng: Rng, n: int = 30_000) -> list[str]:
    """Personal specifics people add to a request: budgets, deadlines, tools, places."""
    slots = {
        "money": tuple(str(x) for x in (50, 80, 100, 150, 200, 300, 500, 800, 1000, 1500, 2000)),
        "n": tuple(str(x) for x in range(2, 40)),
        "weekday": ph.WEEKDAYS,
        "lang": ph.LANGS,
        "os": ph.OSES,
        "city": ph.CITIES,
        "big": tuple(f"{x:,}" for x in range(1000, 500000, 1700)),
        "age": tuple(str(x) for x in range(3, 90)),
        "project": ph.PROJECTS,
        "attempt": ph.ATTEMPTS,
    }

    def make() -> str:
        return "".join(
            fill(rng, pick(rng, ph.DETAIL_TEMPLATES), **slots)
            for _ in range(1 + int(rng.random() < 0.3))
        )

    return _distinct(make, n)


def followups(rng: Rng, n: int = 8000) -> list[str]:
    """Later turns of a conversation: a reaction, a request, a detail."""
    fixed = list(ph.FOLLOWUPS)

    def make() -> str:
        req = pick(rng, ph.REQUESTS)
        detail = pick(rng, ph.DETAILS)
        text = pick(rng, ph.REACTIONS) + req + (detail if detail else "?")
        return text[0].upper() + text[1:] if rng.random() < 0.6 else text

    return fixed + _distinct(make, n)


def tickets(rng: Rng, n: int) -> list[str]:
    out = []
    for _ in range(n):
        k = rng.randrange(2, 6)
        idx = rng.sample(range(len(ph.TICKET_SENTENCES)), k)
        body = " ".join(ph.TICKET_SENTENCES[i] for i in idx)
        body = body.replace("{num}", str(rng.randrange(100, 99999)))
        out.append(f"Subject: {pick(rng, ph.TICKET_SUBJECTS)}\n\n{body}")
    return out


def ticket_more(rng: Rng, n: int) -> list[str]:
    """Extra lines customers add at the end of a ticket."""

    def make() -> str:
        k = rng.randrange(1, 3)
        text = " ".join(pick(rng, ph.TICKET_SENTENCES) for _ in range(k))
        return " " + text.replace("{num}", str(rng.randrange(100, 99999)))

    return _distinct(make, n)


def ci_tasks(rng: Rng, n: int) -> list[str]:
    return _distinct(
        lambda: fill(
            rng,
            pick(rng, ph.CI_TASKS),
            job=ph.CI_JOBS,
            test=ph.CI_TESTS,
            err=ph.CI_ERRORS,
            sha=(f"{rng.getrandbits(28):07x}",),
        ),
        n,
    )


def tool_results(rng: Rng, n: int) -> list[str]:
    def make() -> str:
        text = fill(
            rng,
            pick(rng, ph.TOOL_RESULTS),
            tool=ph.TOOL_NAMES,
            n=(str(rng.randrange(1, 400)),),
            test=ph.CI_TESTS,
            err=ph.CI_ERRORS,
        )
        path = pick(rng, ph.CODE_PATHS)
        return text.replace("src/app.py", path) + f"\n[{path}:{rng.randrange(1, 900)}]"

    return _distinct(make, n)


def product(*parts: tuple[str, ...]) -> list[str]:
    out = [""]
    for p in parts:
        out = [a + b for a in out for b in p]
    return list(dict.fromkeys(out))


def composed_reply(rng: Rng, cat: str, tokens: int) -> str:
    """A plausible reply of about `tokens` tokens (four characters each)."""
    parts = [pick(rng, rp.RESPONSE_OPENERS[cat])]
    if cat == "coding":
        parts.append(rp.CODE_SNIPPET.format(lang=pick(rng, ph.LANGS[:3]).lower()))
    chars = tokens * 4 - sum(map(len, parts))
    para: list[str] = []
    while chars > 0:
        s = pick(rng, rp.RESPONSE_SENTENCES)
        para.append(s)
        chars -= len(s) + 1
        if len(para) == 4:
            parts.append(" ".join(para) + "\n\n")
            para = []
    parts.append(" ".join(para))
    return "".join(parts).strip()


def sized(rng: np.random.Generator, median: float, sigma: float, n: int) -> np.ndarray:
    return np.maximum(8, rng.lognormal(np.log(median), sigma, n)).astype(int)


def reasoning(rng: Rng, tokens: int) -> str:
    k = max(1, tokens // 25)
    return "".join(pick(rng, rp.REASONING_PREAMBLE) for _ in range(k)) + "\n\n"
