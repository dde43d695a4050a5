"""One chunk of exchanges (a day x a shard of accounts), as two pipelines of pure-ish stages.

SESSION_STAGES turn the plan into sessions (when, from where, with which client and model);
ROW_STAGES expand sessions into exchanges (what was said, tokens, status, timing). Every
stage works on whole columns; the only per-group loops are over synchronised groups.
"""

from __future__ import annotations

import numpy as np

from consentry_sim import clients as cl
from consentry_sim import ids
from consentry_sim.pools import Pools
from consentry_sim.populations import DIURNAL_NAMES, EGRESS, STYLES, TIMINGS
from consentry_sim.prompts import Ctx as PromptCtx
from consentry_sim.timing import HOUR_US, session_starts
from consentry_sim.world import ALT, DAY_US, HOME, MOBILE, WORK, World

S = {name: i for i, name in enumerate(STYLES)}
TOKENS_PER_SECOND = np.array([60.0, 110.0, 40.0, 70.0, 75.0])  # by model code
BURST = np.isin(np.arange(len(STYLES)), [S["cot"], S["hydra"]])
CONVERSING = np.isin(np.arange(len(STYLES)), [S["chat"], S["homework"], S["product"]])
# Pause before the next request of a session: (median seconds, log-sd) by style.
GAPS = {
    "chat": (35, 0.9),
    "homework": (45, 0.9),
    "product": (30, 0.9),
    "eval": (0.05, 0.1),
    "batch": (0.05, 0.1),
    "agent": (2.0, 0.35),
    "cot": (8.0, 0.03),
    "hydra": (1.5, 0.4),
}
HUMAN_GAP = (25.0, 1.0)
TURN_CAP = {"chat": 40, "homework": 20, "product": 30, "agent": 60, "cot": 8, "hydra": 8}


class Chunk:
    """Mutable column store for one chunk: sessions `s`, rows `r`."""

    def __init__(self, w: World, pools: Pools, day: int, shard: int) -> None:
        self.w, self.p, self.day, self.shard = w, pools, day, shard
        self.rng = np.random.default_rng(np.random.SeedSequence([w.seed, 0x5E55, day, shard]))
        self.day0 = w.scale.start_us + day * DAY_US
        self.s: dict[str, np.ndarray] = {}
        self.r: dict[str, np.ndarray] = {}


# --- sessions -------------------------------------------------------------------------------


def plan_sessions(c: Chunk) -> None:
    acc = c.w.shard_accounts(c.shard)
    cnt = c.w.plan[acc, c.day]
    acc, cnt = acc[cnt > 0], cnt[cnt > 0]
    n = int(cnt.sum())
    s_acc = np.repeat(acc, cnt)
    k = np.arange(n) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    a = c.w.acc
    c.s = {
        "acc": s_acc,
        "k": k,
        "start": np.zeros(n, np.int64),
        "timing": a["timing"][s_acc].copy(),
        "diurnal": a["diurnal"][s_acc].copy(),
        "style": a["style"][s_acc].copy(),
        "model": np.full(n, -1, np.int64),
        "core": np.full(n, -1, np.int64),
        "in_class": np.zeros(n, bool),
        "resumed": np.zeros(n, bool),
    }


def camouflage(c: Chunk) -> None:
    """Campaign accounts mixing in ordinary chat sessions (the camouflage knob)."""
    s = c.s
    cam = c.rng.random(len(s["acc"])) < c.w.acc["cam_p"][s["acc"]]
    s["style"][cam] = S["chat"]
    s["timing"][cam] = TIMINGS.index("diurnal")
    s["diurnal"][cam] = DIURNAL_NAMES.index("consumer")


def starts(c: Chunk) -> None:
    session_starts(c.w, c.s, c.rng, c.day)


def surfaces(c: Chunk) -> None:
    s = c.s
    cdf = c.w.acc["surf_cdf"][s["acc"]]
    s["surface"] = np.minimum((c.rng.random(len(s["acc"]))[:, None] > cdf).sum(axis=1), 3)


def models(c: Chunk) -> None:
    """Default or chosen model; after an account's adoption time, a share goes to the new one."""
    s, a = c.s, c.w.acc
    acc = s["acc"]
    n = len(acc)
    base = np.where(c.rng.random(n) < a["p_alt"][acc], a["alt_model"][acc], a["base_model"][acc])
    new = (s["start"] >= a["adopt_us"][acc]) & (c.rng.random(n) < a["new_share"][acc])
    chosen = np.where(new, cl.NEW, base)
    s["model"] = np.where(s["model"] >= 0, s["model"], chosen)


def cores(c: Chunk) -> None:
    s = c.s
    todo = np.flatnonzero(s["core"] == -1)
    ctx = PromptCtx(c.w, c.p, c.rng, s, c.r, c.day)
    s["core"][todo] = ctx.cores(s["acc"][todo], s["k"][todo])


def egress(c: Chunk) -> None:
    """Which of the account's egress slots a session leaves from, then an address in it."""
    s, a, rng = c.s, c.w.acc, c.rng
    acc = s["acc"]
    n = len(acc)
    slots = a["slots"][acc].reshape(n, 4, 2)
    local = ((s["start"] - c.day0) / HOUR_US + a["tz"][acc]) % 24
    weekday = ((c.day0 // DAY_US + 3) % 7) < 5
    workhours = weekday & (local >= 8) & (local < 18)
    rule = a["egress"][acc]
    slot = np.where((s["surface"] == cl.APP) & (rng.random(n) < 0.6), MOBILE, HOME)
    at_work = (slots[:, WORK, 1] > 0) & workhours & (rng.random(n) < 0.85)
    slot = np.where(at_work, WORK, slot)
    slot = np.where((rule == EGRESS.index("campus")) & (s["in_class"] | at_work), WORK, slot)
    slot = np.where(rule == EGRESS.index("fixed"), WORK, slot)
    slot = np.where(rng.random(n) < a["alt_p"][acc], ALT, slot)
    for fallback in (HOME, WORK, MOBILE):
        empty = slots[np.arange(n), slot, 1] == 0
        slot = np.where(empty, fallback, slot)
    start = slots[np.arange(n), slot, 0]
    length = np.maximum(slots[np.arange(n), slot, 1], 1)
    off = (rng.random(n) * length).astype(np.int64)
    home2 = (slot == HOME) & (length == 2)
    off = np.where(home2, (c.day >= a["home_change"][acc]).astype(np.int64), off)
    s["addr"] = c.w.pool_addr[start + off]


def client(c: Chunk) -> None:
    s, a, rng = c.s, c.w.acc, c.rng
    acc = s["acc"]
    n = len(acc)
    s["ua"] = a["ua"][acc, s["surface"]]
    keyed = (s["surface"] >= cl.API) & (a["key_n"][acc] > 0)
    key = a["key_start"][acc] + (rng.random(n) * np.maximum(a["key_n"][acc], 1)).astype(np.int64)
    s["key"] = np.where(keyed, key, -1)
    s["sys"] = np.where(rng.random(n) < a["p_sys"][acc], a["sys_idx"][acc], -1)


def conversations(c: Chunk) -> None:
    """Conversation ids; stateless API calls have none; some chats resume an older one."""
    s, a, w, rng = c.s, c.w.acc, c.w, c.rng
    acc = s["acc"]
    n = len(acc)
    s["has_conv"] = ~((s["surface"] == cl.API) & ~a["stateful"][acc])
    key_day = np.full(n, c.day, np.int64)
    key_k = s["k"].astype(np.int64)
    last = w.last_active[acc, c.day].astype(np.int64)
    resume = (
        CONVERSING[s["style"]]
        & (last >= 0)
        & (rng.random(n) < a["p_resume"][acc])
        & (s["surface"] <= cl.APP)
    )
    prev_count = w.plan[acc, np.maximum(last, 0)]
    key_day = np.where(resume, last, key_day)
    key_k = np.where(resume, (rng.random(n) * np.maximum(prev_count, 1)).astype(np.int64), key_k)
    s["resumed"] = resume
    s["conv"] = ids.hash_keys(w.seed, acc, key_day, key_k)
    s["incognito"] = (s["surface"] <= cl.APP) & (rng.random(n) < a["p_incog"][acc]) & ~resume


def turns(c: Chunk) -> None:
    s, a, rng, p = c.s, c.w.acc, c.rng, c.p
    acc = s["acc"]
    mean = np.maximum(a["turns"][acc], 1.0)
    t = rng.geometric(1.0 / mean)
    cap = np.array([TURN_CAP.get(name, 1) for name in STYLES])[s["style"]]
    t = np.clip(t, 1, cap)
    agent = s["style"] == S["agent"]
    t = np.where(agent, np.maximum(t, 2), t)
    ev = s["style"] == S["eval"]
    core_i = np.maximum(s["core"] - p.core_start, 0)
    t = np.where(ev, 1 + p.core_cont_n[core_i], t)
    s["turns"] = t
    med = np.array([GAPS[name][0] for name in STYLES])[s["style"]]
    sd = np.array([GAPS[name][1] for name in STYLES])[s["style"]]
    med = np.where(agent & a["ci"][acc], 2.5, med)
    sd = np.where(agent & a["ci"][acc], 0.12, sd)
    if c.w.evasion.jitter:
        attack = np.isin(s["style"], [S["cot"], S["hydra"]]) | (agent & ~a["ci"][acc])
        med = np.where(attack, HUMAN_GAP[0], med)
        sd = np.where(attack, HUMAN_GAP[1], sd)
    cot = s["style"] == S["cot"]
    if cot.any():
        interval = np.array(
            [c.w.groups[g]["interval"] if g >= 0 else 8.0 for g in a["group"][acc[cot]]]
        )
        med[cot] = interval if not c.w.evasion.jitter else HUMAN_GAP[0]
    s["gap_med"], s["gap_sd"] = med, sd


SESSION_STAGES = (
    plan_sessions,
    camouflage,
    starts,
    surfaces,
    models,
    cores,
    egress,
    client,
    conversations,
    turns,
)
