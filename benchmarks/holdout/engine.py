"""Turns a population spec and its accounts into exchange rows, vectorised over conversations.

Order of work: active days -> conversations per day -> start times (hour profile or waves)
-> turns and their times -> model, surface, address, client, key -> text and tokens.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import world as Wd
from populations import Pop
from text import TextBank, scatter

HOURS = {  # relative activity by local hour, 0..23
    "human": [
        2,
        1,
        0.6,
        0.4,
        0.3,
        0.4,
        1,
        2,
        3,
        4,
        4.5,
        5,
        5,
        4.5,
        4.5,
        4.5,
        4.5,
        4.5,
        4.5,
        5,
        5.5,
        5.5,
        4.5,
        3.5,
    ],
    "work": [
        0.2,
        0.1,
        0.1,
        0.1,
        0.1,
        0.2,
        0.5,
        2,
        5,
        7,
        7,
        6.5,
        4.5,
        6.5,
        7,
        7,
        6.5,
        5,
        2.5,
        1,
        0.8,
        0.6,
        0.4,
        0.3,
    ],
    "dev": [
        1.5,
        0.8,
        0.4,
        0.2,
        0.2,
        0.2,
        0.4,
        1.5,
        3.5,
        6,
        6.5,
        6.5,
        5,
        6,
        6.5,
        6.5,
        6,
        5,
        3.5,
        3,
        3.5,
        3.5,
        3,
        2.5,
    ],
    "flat": [
        5,
        4.8,
        4.7,
        4.6,
        4.6,
        4.7,
        4.8,
        5,
        5.1,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.2,
        5.1,
        5,
    ],
    "night": [
        3,
        6,
        8,
        8,
        6,
        3,
        1,
        0.5,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.3,
        0.5,
        1,
        2,
    ],
    "student": [
        3,
        2,
        1,
        0.4,
        0.2,
        0.2,
        0.3,
        0.8,
        2,
        3.5,
        4,
        4,
        3.5,
        4,
        4.5,
        4.5,
        4.5,
        4,
        3.5,
        4,
        5,
        5.5,
        5.5,
        4.5,
    ],
}
FOLLOW = {"agent_task": "agent_step", "ci_task": "ci_step"}
SURFACES = ["api", "web", "app", "cli"]
MODEL_RULES = {  # old models (p), switch probability, delay range hours, share on new after switch
    "consumer": (1.0, (0.0, 6.0), 1.0),
    "api": (0.5, (24.0, 24.0 * 20), 0.9),
    "eval": (1.0, (1.0, 10.0), 0.6),
    "agent": (0.8, (6.0, 24.0 * 6), 0.95),
    "attack_follow": (0.6, (12.0, 24.0 * 5), 0.85),
    "pivot": (1.0, (1.0, 20.0), 1.0),
}
MAX_ROWS = 250_000


def _hour_sample(rng, profile: str, n: int) -> np.ndarray:
    w = np.array(HOURS[profile], float)
    return rng.choice(24, n, p=w / w.sum()) + rng.random(n)


def _lognormal(rng, median: float, sigma: float, n: int) -> np.ndarray:
    return np.exp(np.log(median) + sigma * rng.standard_normal(n))


def conversations(pop: Pop, acc: dict, rng, clock: Wd.Clock) -> dict[str, np.ndarray]:
    """Conversation-level arrays: owner account, day, start second (from T0), number of turns."""
    n, days = len(acc["tz"]), clock.days
    rate = _lognormal(rng, pop.rate[0], pop.rate[1], n)
    day_start = np.arange(days) * Wd.DAY
    weekend = (np.arange(days)[None, :] % 7) >= 5  # T0 is a Monday
    alive = (day_start[None, :] + Wd.DAY > acc["start"][:, None]) & (
        day_start[None, :] < acc["end"][:, None]
    )
    p_active = np.where(weekend, pop.active * pop.weekend, pop.active)
    rel_day = clock.release_s // Wd.DAY
    boost = np.ones(days)
    boost[rel_day : rel_day + 2] = pop.release_boost
    if pop.release_boost > 1.0:
        p_active = np.broadcast_to(p_active, (n, days)).copy()
        p_active[:, rel_day : rel_day + 2] = np.maximum(p_active[:, rel_day : rel_day + 2], 0.9)
    active = alive & (rng.random((n, days)) < p_active)
    if pop.hours == "periodic":  # a scheduler: the same number of runs every day
        k = np.rint(rate[:, None] * boost[None, :] * active).astype(int)
    else:
        k = rng.poisson(rate[:, None] * boost[None, :] * active)
    # Every account shows up at least once.
    none = k.sum(1) == 0
    if none.any():
        first = np.argmax(alive[none], axis=1)
        k[np.flatnonzero(none), first] = 1
    acct, day = np.nonzero(k)
    reps = k[acct, day]
    acct, day = np.repeat(acct, reps), np.repeat(day, reps)
    m = len(acct)
    tz = acc["tz"][acct]
    if pop.waves and pop.waves["scope"] == "campaign":
        per_day = pop.waves["per_day"]
        wave_t = (
            day_start[:, None]
            + (_hour_sample(rng, pop.hours, days * per_day).reshape(days, per_day) - 8) * 3600
        )
        wave = rng.integers(0, per_day, m)
        start = wave_t[day, wave] + np.abs(rng.normal(0, pop.waves["spread"], m))
    elif pop.waves:  # account-scoped runs: one run per active day (fixed hour for batch jobs)
        if pop.waves.get("fixed"):
            hour = _hour_sample(rng, pop.hours, n)[acct]
        else:
            run = _hour_sample(rng, pop.hours, n * days).reshape(n, days)
            hour = run[acct, day]
        start = day_start[day] + (hour - tz) * 3600 + rng.uniform(0, pop.waves["spread"], m)
        wave = day
    elif pop.hours == "periodic":  # every day/k seconds from an account offset, small jitter
        first = np.r_[0, np.flatnonzero(np.diff(acct * days + day)) + 1]
        j = np.arange(m) - np.repeat(first, np.diff(np.r_[first, m]))
        per = k[acct, day]
        offset = rng.uniform(0, Wd.DAY, n)[acct]
        start = day_start[day] + (offset + j * Wd.DAY / per) % Wd.DAY + rng.normal(0, 20, m)
        wave = j % 4
    else:
        start = day_start[day] + (_hour_sample(rng, pop.hours, m) - tz) * 3600
        wave = rng.integers(0, 4, m)
    # Local hours can fall before an account's first or after its last moment: move by a day.
    lo_b = np.maximum(acc["start"][acct], 0)
    hi_b = np.minimum(acc["end"][acct], clock.end_s) - 1
    start = np.where(start < lo_b, start + Wd.DAY, start)
    start = np.where(start > hi_b, start - Wd.DAY, start)
    start = np.clip(start, lo_b, hi_b)
    turns = np.minimum(rng.geometric(1.0 / max(pop.turns, 1.0), m), 80 if pop.turns > 8 else 30)
    order = np.lexsort((start, acct))
    return {
        "acct": acct[order],
        "day": day[order],
        "start": start[order],
        "turns": turns[order],
        "wave": wave[order],
    }


def _model_plan(pop: Pop, acc: dict, rng, clock: Wd.Clock) -> dict[str, np.ndarray]:
    n = len(acc["tz"])
    p_switch, (lo, hi), after = MODEL_RULES[pop.models]
    switch = clock.release_s + rng.uniform(lo, hi, n) * 3600
    switch[rng.random(n) >= p_switch] = np.inf
    if pop.models == "consumer":
        mini_share = np.where(acc["tier"] == "free", 0.35, 0.05)
        old = np.full(n, Wd.M["sable-2.5"])
    else:
        old = rng.choice(
            [Wd.M["sable-2.5"], Wd.M["sable-2.5-mini"], Wd.M["sable-2"]], n, p=[0.55, 0.3, 0.15]
        )
        if pop.models == "pivot":
            old[:] = Wd.M["sable-2.5"]
        mini_share = np.where(old == Wd.M["sable-2.5-mini"], 0.9, 0.08)
        old[old == Wd.M["sable-2.5-mini"]] = Wd.M["sable-2.5"]
    return {"switch": switch, "after": np.full(n, after), "old": old, "mini": mini_share}


def _models(plan, owner, ts, rng, clock) -> np.ndarray:
    r = len(owner)
    mini = rng.random(r) < plan["mini"][owner]
    new = (ts >= plan["switch"][owner]) & (rng.random(r) < plan["after"][owner])
    old = plan["old"][owner]
    model = np.where(
        mini, np.where(old == Wd.M["sable-2"], Wd.M["sable-2-mini"], Wd.M["sable-2.5-mini"]), old
    )
    model = np.where(new & ~mini, Wd.M["sable-3"], model)
    model = np.where(new & mini & (ts >= clock.release_mini_s), Wd.M["sable-3-mini"], model)
    return model


def _ragged_pick(flat, off, cnt, owner, rng, skew=1.0):
    u = rng.random(len(owner)) ** skew
    return flat[off[owner] + np.minimum((cnt[owner] * u).astype(int), cnt[owner] - 1)]


def exchanges(
    pop: Pop, acc: dict, rng, clock: Wd.Clock, tb: TextBank, sys_pool: dict
) -> Iterator[dict]:
    """Yield column dicts of at most MAX_ROWS exchanges (text as Arrow arrays, the rest numpy)."""
    conv = conversations(pop, acc, rng, clock)
    plan = _model_plan(pop, acc, rng, clock)
    n_conv = len(conv["acct"])
    surf_keys = list(pop.surfaces)
    surf_p = np.array([pop.surfaces[s] for s in surf_keys])
    conv["surface"] = np.array([SURFACES.index(s) for s in surf_keys])[
        rng.choice(len(surf_keys), n_conv, p=surf_p / surf_p.sum())
    ]
    # API tiers call the API; consumer tiers use the first-party surfaces (CLI if offered).
    tier = acc["tier"][conv["acct"]]
    consumer = np.isin(tier, ["free", "pro", "max", "education"])
    fallback = SURFACES.index("cli") if "cli" in pop.surfaces else SURFACES.index("web")
    conv["surface"] = np.where(consumer & (conv["surface"] == 0), fallback, conv["surface"])
    conv["surface"] = np.where(tier == "api", 0, conv["surface"])
    kinds = list(pop.kinds)
    kp = np.array([pop.kinds[k] for k in kinds])
    conv["kind"] = rng.choice(len(kinds), n_conv, p=kp / kp.sum())
    # Order of a conversation within its account (coverage walks).
    _, first = np.unique(conv["acct"], return_index=True)
    seq = np.arange(n_conv) - np.repeat(first, np.diff(np.append(first, n_conv)))
    conv["seq"] = seq
    ends = np.cumsum(conv["turns"])
    lo = 0
    while lo < n_conv:
        hi = int(np.searchsorted(ends, (ends[lo - 1] if lo else 0) + MAX_ROWS, side="right"))
        hi = max(hi, lo + 1)
        yield _rows(
            pop, acc, {k: v[lo:hi] for k, v in conv.items()}, plan, rng, clock, tb, kinds, sys_pool
        )
        lo = hi


def _rows(pop, acc, conv, plan, rng, clock, tb, kinds, sys_pool) -> dict:
    t = conv["turns"]
    r = int(t.sum())
    ci = np.repeat(np.arange(len(t)), t)
    turn = np.arange(r) - np.repeat(np.cumsum(t) - t, t)
    gap = _lognormal(rng, pop.gap, 0.9, r) + 2.0
    gap[turn == 0] = 0
    cum = np.cumsum(gap)
    offset = cum - np.repeat(cum[np.cumsum(t) - t], t)
    ts = np.minimum(conv["start"][ci] + offset, clock.end_s - 1)
    owner = conv["acct"][ci]
    surface = conv["surface"][ci]
    cols: dict = {"owner": owner, "ts_s": ts, "surface": surface, "turn": turn}
    cols["model"] = _models(plan, owner, ts, rng, clock)
    ip_flat, ip_off, ip_cnt = acc["ips"]
    conv_ip = _ragged_pick(ip_flat, ip_off, ip_cnt, conv["acct"], rng, skew=2.0)
    cols["ip"] = _ragged_pick(ip_flat, ip_off, ip_cnt, owner, rng) if pop.rotate else conv_ip[ci]
    ua = acc["ua"]
    by_surface = np.stack([ua["api"], ua["web"], ua["app"], ua["cli"]])
    conv_ua = by_surface[conv["surface"], conv["acct"]]
    if "many" in ua:
        conv_ua = _ragged_pick(*ua["many"], conv["acct"], rng)
    cols["ua"] = conv_ua[ci]
    key_ix = acc["keys_off"][conv["acct"]] + (
        rng.random(len(t)) * acc["keys_n"][conv["acct"]]
    ).astype(int)
    cols["key"] = np.where(np.isin(conv["surface"], [0, 3]), key_ix, -1)[ci]
    cols["conv_idx"] = ci
    cols["threads"] = acc["threads"][conv["acct"]][ci] | (surface != 0)
    # Text: turn-0 kind per conversation, follow-up kind afterwards.
    kind_row = conv["kind"][ci]
    ctx_all = {
        "acct": owner,
        "lang": acc["lang"][owner],
        "seq": conv["seq"][ci],
        "day": conv["day"][ci],
        "group": owner % 5,
        "wave": conv["wave"][ci],
    }
    p_groups, r_groups = [], []
    for ki, kname in enumerate(kinds):
        for later in (False, True):
            m = np.flatnonzero((kind_row == ki) & ((turn > 0) == later))
            if len(m) == 0:
                continue
            gen = FOLLOW.get(kname, "followup") if later else kname
            if later and kname in ("eval", "batch", "wrapper"):
                gen = kname
            p, rk = tb.gen(gen, rng, {k: v[m] for k, v in ctx_all.items()})
            p_groups.append((m, p))
            r_groups.append((m, tb.response(rng, rk, len(m))))
    cols["prompt"] = scatter(r, p_groups)
    cols["response"] = scatter(r, r_groups)
    cols["system"] = _system(pop, conv, ci, owner, rng, sys_pool)
    has_tools = rng.random(len(t)) < pop.tools[0]
    ntools = np.where(has_tools, rng.integers(pop.tools[1], pop.tools[2] + 1, len(t)), 0)
    cols["tools"] = ntools[ci]
    cols["image"] = (rng.random(r) < pop.image) & np.isin(surface, [1, 2])
    return cols


def _system(pop, conv, ci, owner, rng, pool) -> np.ndarray:
    r = len(ci)
    if pop.system == "none":
        s = np.full(r, None, dtype=object)
        api = np.flatnonzero(np.isin(conv["surface"][ci], [0]) & (owner % 3 == 0))
        s[api] = "You are a helpful assistant."
        return s
    lst = pool[pop.system]
    if pop.system == "agent_many":
        idx = rng.integers(0, len(lst), len(conv["acct"]))[ci]
    else:
        idx = (owner * 31 + 7) % len(lst)
    return np.array(lst, dtype=object)[idx]


def tokens(
    prompt: pa.Array, system: pa.Array, response: pa.Array, turn, tools, agentic: bool, rng
) -> tuple:
    """Token counts from text length (CJK counts denser) plus the context of earlier turns."""

    def count(a: pa.Array) -> np.ndarray:
        chars = pc.fill_null(pc.utf8_length(a), 0).to_numpy(zero_copy_only=False).astype(float)
        byts = pc.fill_null(pc.binary_length(a), 0).to_numpy(zero_copy_only=False).astype(float)
        cjk = byts > 1.8 * np.maximum(chars, 1)
        return chars / np.where(cjk, 1.3, 4.0)

    ctx = turn * (
        rng.uniform(900, 2600, len(turn)) if agentic else rng.uniform(120, 700, len(turn))
    )
    inp = count(prompt) + count(system) + ctx + tools * rng.uniform(60, 200, len(turn)) + 4
    out = count(response) * rng.uniform(0.9, 1.15, len(turn)) + 1
    return np.minimum(inp, 2**31 - 1).astype(np.int32), np.minimum(out, 2**31 - 1).astype(np.int32)
