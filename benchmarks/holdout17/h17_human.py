"""How people talk: threads that react to the reply before, paced by reading and typing.

Consumers, heavy users, office seats, travellers, students, the owners of taken-over accounts
and the second users of shared logins all converse through this module; only their habits
(hours, volume, surfaces, what they ask) are their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
from h17_emit import Account, Conv, Turn, starts
from h17_people import APPS, BROWSERS, CLIS, SDKS, World
from h17_text import everyday, follow_up


class Where(Protocol):
    """A network habit (see h17_people)."""

    def at(self, rng: np.random.Generator, t: float, surface: str) -> tuple[str, str]: ...


@dataclass(frozen=True)
class Habits:
    """What a person does: rhythm, days active, sessions a day, surfaces and what they ask."""

    rhythm: str = "human"
    active: tuple[float, float] = (1.2, 3.0)
    per_day: float = 1.0
    convs: float = 1.6
    surfaces: tuple[tuple[str, float], ...] = (("web", 0.6), ("app", 0.37), ("cli", 0.03))
    everyday: float = 0.45
    follow: float = 0.55
    first_day: int = 0


def clients(rng: np.random.Generator) -> dict[str, str]:
    """One person's client per surface (their browser, phone app, CLI and SDK)."""
    pools = {"web": BROWSERS, "app": APPS, "cli": CLIS, "api": SDKS}
    return {s: pool[int(rng.integers(len(pool)))] for s, pool in pools.items()}


def human_turns(
    w: World, rng: np.random.Generator, habits: Habits, first: str | None = None
) -> list[Turn]:
    """A thread: an opening line (everyday, a corpus question or an MT-Bench pair), then
    follow-ups that come after the reply has been read."""
    c = w.corpora
    if first is None:
        r = rng.random()
        if r < habits.everyday:
            first = everyday(rng)
        elif r < habits.everyday + 0.06:
            d = c.dialogues[int(rng.integers(len(c.dialogues)))]
            return _paced(rng, list(d))
        else:
            first = c.any_question(rng)
    texts = [first]
    while rng.random() < habits.follow and len(texts) < 14:
        texts.append(follow_up(rng))
    return _paced(rng, texts)


def _paced(rng: np.random.Generator, texts: list[str]) -> list[Turn]:
    turns, gap = [], 0.0
    for text in texts:
        out = int(rng.lognormal(5.5, 0.75))
        turns.append(Turn(text, out, gap))
        gap = out / 12.0 + len(text) / 4.0 + float(rng.lognormal(3.2, 0.8))
    return turns


def session(
    w: World,
    rng: np.random.Generator,
    acct: Account,
    t: float,
    where: Where,
    ua: dict[str, str],
    habits: Habits,
) -> float:
    """One sitting of a few threads; returns when it ended."""
    names = [s for s, _ in habits.surfaces]
    probs = np.array([p for _, p in habits.surfaces])
    surface = names[int(rng.choice(len(names), p=probs / probs.sum()))]
    for _ in range(1 + int(rng.poisson(habits.convs - 1))):
        ip, country = where.at(rng, t, surface)
        turns = human_turns(w, rng, habits)
        key = acct.keys[0] if surface == "api" and acct.keys else None
        w.emitter.add(Conv(acct, t, surface, ua[surface], ip, country, turns, key=key))
        t += sum(turn.gap for turn in turns) + float(rng.lognormal(4.5, 1.0))
    return t


def live(
    w: World,
    rng: np.random.Generator,
    acct: Account,
    where: Where,
    habits: Habits,
    ua: dict[str, str] | None = None,
) -> None:
    """A person's month: active days, sittings at their hours, on their own clients."""
    ua = ua or clients(rng)
    p_active = float(rng.beta(*habits.active))
    per_day = habits.per_day * float(rng.lognormal(0, 0.6))
    for t in starts(rng, acct.tz, habits.rhythm, p_active, per_day, habits.first_day):
        session(w, rng, acct, t, where, ua, habits)
