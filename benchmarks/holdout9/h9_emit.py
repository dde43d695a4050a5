"""One account's exchanges in hold-out 9: days, sessions, conversations, prompts, clients, networks.

Everything is drawn from the account's own parameters (see `Account`), so accounts of one class
differ; text is kept as indices into the banks and written out only when a day is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from h9_classes import Spec
from h9_net import COUNTRIES, Net, World
from h9_text import LANG_FRAMES, LANGS, PREFIXES, SUFFIXES, TAILS, Banks

DAY = 86_400
SURFACES = ("api", "web", "app", "cli")
# model index: 0 corvid-1.5, 1 corvid-2-mini, 2 corvid-2, 3 corvid-2.5-mini, 4 corvid-2.5
MODELS = ("corvid-1.5", "corvid-2-mini", "corvid-2", "corvid-2.5-mini", "corvid-2.5")
RHYTHMS = {
    "human": [
        1,
        0.6,
        0.35,
        0.25,
        0.2,
        0.25,
        0.5,
        1,
        1.6,
        2,
        2.2,
        2.2,
        2,
        2,
        2,
        1.9,
        1.9,
        2,
        2.2,
        2.5,
        2.7,
        2.6,
        2.2,
        1.6,
    ],
    "office": [
        0.1,
        0.05,
        0.05,
        0.05,
        0.05,
        0.1,
        0.3,
        0.8,
        2,
        3,
        3,
        2.8,
        2,
        2.6,
        3,
        3,
        2.8,
        2.2,
        1.2,
        0.7,
        0.5,
        0.4,
        0.3,
        0.2,
    ],
    "evening": [
        1.2,
        0.7,
        0.3,
        0.2,
        0.1,
        0.1,
        0.2,
        0.4,
        0.6,
        0.8,
        1,
        1.2,
        1.2,
        1.2,
        1.4,
        1.8,
        2.2,
        2.6,
        3,
        3.3,
        3.5,
        3.4,
        3,
        2.2,
    ],
    "flat": [1.0] * 24,
    "night_shift": [
        2.5,
        2.5,
        2.4,
        2.3,
        2,
        1.6,
        0.8,
        0.3,
        0.1,
        0.05,
        0.05,
        0.05,
        0.05,
        0.05,
        0.05,
        0.05,
        0.1,
        0.2,
        0.6,
        1.5,
        2.3,
        2.5,
        2.6,
        2.6,
    ],
}
RHYTHM_P = {k: np.asarray(v) / np.sum(v) for k, v in RHYTHMS.items()}
REASONING_SUFFIXES = (1, 2, 3, 4, 9)


@dataclass
class Account:
    idx: int
    spec: Spec
    label: str
    country: str
    tier: str
    created_s: float  # seconds from the world's start (negative: before)
    first_day: int
    reseller: int
    org: int  # world-level org number or -1
    keys: list[int] = field(default_factory=list)
    sites: list[tuple[str, Net, int]] = field(default_factory=list)  # (how, net, host)
    site_w: np.ndarray | None = None
    ua: dict[str, list[int]] = field(default_factory=dict)
    sys_ids: list[int] = field(default_factory=list)
    member: int = 0  # position in its class (for coverage offsets)
    course: int = -1


@dataclass
class Ctx:
    """What every account shares: the world, the banks, release times, coverage plans."""

    rng: np.random.Generator
    world: World
    banks: Banks
    days: int
    releases: dict[int, float]  # model index -> seconds from start
    class_size: dict[str, int]
    zipf: dict[str, np.ndarray] = field(default_factory=dict)
    cover: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    courses: np.ndarray | None = None  # course x week x 8 assignment prompt ids
    support: np.ndarray | None = None
    everyday: np.ndarray | None = None  # ids of everyday chat lines (they get casual endings)

    def zipf_pick(self, topic: str, n: int) -> np.ndarray:
        perm = self.zipf[topic]
        r = (len(perm) * self.rng.random(n) ** 3).astype(np.int64)
        return perm[np.minimum(r, len(perm) - 1)]

    def zipf_unique(self, topic: str, n: int) -> np.ndarray:
        """Popular prompts first, but one person rarely asks the very same thing twice."""
        cand = self.zipf_pick(topic, 4 * n + 4)
        _, first = np.unique(cand, return_index=True)
        uniq = cand[np.sort(first)]
        if len(uniq) >= n:
            return uniq[:n]
        return np.r_[uniq, self.zipf_pick(topic, n - len(uniq))]

    def cover_plan(self, label: str, topic: str) -> np.ndarray:
        key = (label, topic)
        if key not in self.cover:
            self.cover[key] = self.rng.permutation(self.banks.topics[topic])
        return self.cover[key]


def _pick(rng: np.random.Generator, weights: dict, n: int | None = None):
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], float)
    p /= p.sum()
    if n is None:
        return keys[int(rng.choice(len(keys), p=p))]
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p)]


def _jitter(rng: np.random.Generator, weights: dict, conc: float = 6.0) -> dict:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], float)
    p = rng.dirichlet(p / p.sum() * conc + 0.05)
    return dict(zip(keys, p, strict=False))


def emit(acc: Account, ctx: Ctx) -> dict[str, np.ndarray | list]:
    """The account's exchanges as column arrays (text as bank indices)."""
    rng, spec = ctx.rng, acc.spec
    tz = COUNTRIES[acc.country][0]
    # ---- the account's own parameters
    n = max(1, int(round(rng.lognormal(np.log(spec.volume[0]), spec.volume[1]))))
    rotate_k = int(rng.integers(2, 5)) if spec.models == "rotate" else 1
    n = max(1, n // rotate_k)
    p_day = rng.uniform(*spec.p_day)
    sess_len = max(1.0, spec.sess_len * rng.lognormal(0, 0.4))
    pace = spec.pace * rng.lognormal(0, 0.4)
    turns = max(1.0, spec.turns * rng.lognormal(0, 0.3))
    rhythm = _pick(rng, spec.rhythm)
    topics = _jitter(rng, spec.topics)
    surfaces = _jitter(rng, spec.surfaces, 4.0)
    wrap = float(np.clip(spec.wrap * rng.lognormal(0, 0.6), 0, 0.95))
    pre = float(np.clip(spec.prefix * rng.lognormal(0, 0.6), 0, 0.95))
    out_med = spec.out_tokens * rng.lognormal(0, 0.35)
    fav_pre = rng.choice(np.arange(1, len(PREFIXES)), 2, replace=False)
    fav_suf = rng.choice(np.arange(1, len(SUFFIXES)), 2, replace=False)
    fav_lang = rng.choice(len(LANGS), int(rng.integers(1, 4)), replace=False)
    fav_frame = rng.choice(len(LANG_FRAMES), 2, replace=False)
    conv_api = rng.random() < spec.conv_api
    # ---- days
    d0, d1 = acc.first_day, ctx.days
    if spec.window == "staggered":
        length = int(rng.integers(4, 16))
        d0 = max(d0, int(rng.integers(0, ctx.days - length)))
        d1 = d0 + length
    elif spec.window == "hackathon":
        d0 = 4
        if rng.random() < 0.7:
            d1 = 7
        else:
            p_day *= 0.3
    elif spec.window == "hack_stay":
        d0 = 4
    days = np.arange(d0, d1)
    wd = days % 7
    p = np.full(len(days), p_day)
    if rhythm in ("office", "night_shift"):
        p[wd >= 5] *= 0.12
    if spec.window in ("hackathon", "hack_stay"):
        p[days < 7] = 1.0
    active = days[rng.random(len(days)) < p]
    if len(active) == 0:
        active = days[[int(rng.integers(len(days)))]]
    w = rng.gamma(1.2, size=len(active))
    if spec.window == "hackathon":
        w[active < 7] *= 6
    counts = rng.multinomial(n, w / w.sum())
    keep = counts > 0
    active, counts = active[keep], counts[keep]
    # ---- sessions
    sl = sess_len * rng.lognormal(0, 0.5, len(active))
    n_sess = np.maximum(1, np.rint(counts / sl)).astype(np.int64)
    n_sess = np.minimum(n_sess, counts)
    np.repeat(active, counts)
    pos = np.arange(n) - np.repeat(np.cumsum(counts) - counts, counts)
    sess_in_day = pos * np.repeat(n_sess, counts) // np.repeat(counts, counts)
    sess = np.repeat(np.cumsum(n_sess) - n_sess, counts) + sess_in_day
    total_sess = int(n_sess.sum())
    sess_day = np.repeat(active, n_sess)
    hours = rng.choice(24, size=total_sess, p=RHYTHM_P[rhythm])
    start = sess_day * DAY + (hours - tz) * 3600 + rng.uniform(0, 3600, total_sess)
    # a session that falls outside the window by the time zone moves a day, not onto its edge
    start = np.where(start < 0, start + DAY, start)
    start = np.where(start > ctx.days * DAY - 3600, start - DAY, start)
    first = np.r_[True, sess[1:] != sess[:-1]]
    gaps = rng.lognormal(np.log(pace), 0.8, n)
    gaps[first] = 0
    cs = np.cumsum(gaps)
    base_cs = cs[first][sess]
    t = start[sess] + (cs - base_cs)
    t = np.clip(t, 0, ctx.days * DAY - 1)
    # ---- conversations and turns
    new_conv = first | (rng.random(n) < 1.0 / turns)
    conv = np.cumsum(new_conv) - 1
    conv_first = np.flatnonzero(new_conv)
    turn = np.arange(n) - conv_first[conv]
    n_conv = len(conv_first)
    # ---- per-session choices: surface, client, network
    s_surface = np.asarray([SURFACES.index(s) for s in _pick(rng, surfaces, total_sess)])
    site_idx = rng.choice(len(acc.sites), size=total_sess, p=acc.site_w)
    s_ip, s_cc = [], []
    for si, sday in zip(site_idx, sess_day, strict=False):
        how, net, host = acc.sites[si]
        if how in ("fixed",):
            s_ip.append(ctx.world.addr(net, host, int(sday)))
        elif how == "pool":  # CGNAT, campus NAT, VPN and reseller exits: a few shared hosts
            s_ip.append(ctx.world.addr(net, int(rng.integers(0, host))))
        else:  # "any": residential proxy or serverless egress, a new address each session
            s_ip.append(ctx.world.addr(net))
        s_cc.append(net.country)
    s_ua = np.asarray([_ua(rng, acc, SURFACES[s]) for s in s_surface])
    # ---- prompts
    c_topic = _pick(rng, topics, n_conv)
    base = np.empty(n, np.int64)
    base[conv_first] = _first_turns(acc, ctx, c_topic, (t[conv_first] // DAY).astype(np.int64))
    tool_conv = np.asarray([tp == "tool" for tp in c_topic])
    follow = ~new_conv
    fu_tool = follow & tool_conv[conv]
    base[follow] = ctx.banks.topics["followup"][
        np.minimum(
            (len(ctx.banks.topics["followup"]) * rng.random(follow.sum()) ** 1.5).astype(int),
            len(ctx.banks.topics["followup"]) - 1,
        )
    ]
    if spec.scripted:  # the harvesting script: the same follow-ups, in the same order
        fu_bank = ctx.banks.topics["followup"]
        script = rng.choice(fu_bank, 4, replace=False)
        base[follow] = script[(turn[follow] - 1) % 4]
    if fu_tool.any():
        base[fu_tool] = ctx.zipf_pick("tool", int(fu_tool.sum()))
    is_first = new_conv
    pre_id = np.where(
        is_first & (rng.random(n) < pre),
        np.where(
            rng.random(n) < 0.8, fav_pre[rng.integers(0, 2, n)], rng.integers(0, len(PREFIXES), n)
        ),
        0,
    )
    suf_id = np.where(
        is_first & (rng.random(n) < wrap),
        np.where(
            rng.random(n) < 0.8, fav_suf[rng.integers(0, 2, n)], rng.integers(0, len(SUFFIXES), n)
        ),
        0,
    )
    everyday = is_first & np.isin(base, ctx.everyday) & (suf_id == 0) & (rng.random(n) < 0.6)
    suf_id[everyday] = len(SUFFIXES) + rng.integers(0, len(TAILS), int(everyday.sum()))
    frame_id = np.full(n, -1)
    lang = np.zeros(n, np.int64)
    if spec.frame > 0:
        fr = is_first & (rng.random(n) < spec.frame)
        frame_id[fr] = fav_frame[rng.integers(0, 2, int(fr.sum()))]
        if spec.mode == "cover":
            lang[fr] = (acc.member + np.arange(int(fr.sum()))) % len(LANGS)
        else:
            lang[fr] = fav_lang[rng.integers(0, len(fav_lang), int(fr.sum()))]
    # ---- requests
    surface = s_surface[sess]
    api_like = (surface == 0) | (surface == 3)
    tools = ctx.banks.tools[base].astype(np.int64)
    own_tools = int(rng.integers(3, 13))
    extra = api_like & (rng.random(n) < spec.tools)
    tools = np.where(extra & (tools == 0), own_tools + rng.integers(-1, 2, n), tools)
    image = (~api_like) & (rng.random(n) < spec.image)
    sys_id = np.full(n, -1)
    if acc.sys_ids and spec.system:
        use = api_like | (spec.system in ("annotator", "translator", "redteam"))
        sys_id = np.where(use, np.asarray(acc.sys_ids)[rng.integers(0, len(acc.sys_ids), n)], -1)
    ctx_doc = rng.integers(0, len(ctx.banks.answers["general"]), n)
    model = _models(rng, spec, acc, t, surface, ctx.releases)
    # ---- rotation: the same request to several model versions within seconds
    if rotate_k > 1:
        rep = rotate_k
        idx = np.repeat(np.arange(n), rep)
        k = np.tile(np.arange(rep), n)
        t = t[idx] + k * rng.uniform(0.5, 20, len(idx))
        avail = np.asarray([ctx.releases[m] for m in range(len(MODELS))])
        order = np.asarray([4, 2, 3, 1, 0])
        model = np.asarray(
            [
                order[[m for m in range(5) if avail[order[m]] <= tt][kk % max(1, sum(avail <= tt))]]
                for tt, kk in zip(t, k, strict=False)
            ]
        )
        arrays = [
            sess,
            conv,
            turn,
            base,
            pre_id,
            suf_id,
            frame_id,
            lang,
            surface,
            tools,
            image,
            sys_id,
            ctx_doc,
            is_first,
        ]
        (
            sess,
            conv,
            turn,
            base,
            pre_id,
            suf_id,
            frame_id,
            lang,
            surface,
            tools,
            image,
            sys_id,
            ctx_doc,
            is_first,
        ) = [a[idx] for a in arrays]
        n = len(idx)
        api_like = (surface == 0) | (surface == 3)
    # ---- outcome
    status = np.full(n, 200, np.int64)
    u = rng.random(n)
    status[u < spec.p429] = 429
    status[(u >= spec.p429) & (u < spec.p429 + 0.004)] = 500
    status[(u >= spec.p429 + 0.004) & (u < spec.p429 + 0.006)] = 529
    bad = rng.random(n) < (0.003 + 0.02 * (tools > 0))
    status[bad] = 400
    reasoning = np.isin(suf_id, REASONING_SUFFIXES)
    is_math = np.isin(base, ctx.banks.topics["math"])
    out = (
        rng.lognormal(np.log(out_med), 0.6, n)
        * np.where(reasoning, 1.7, 1.0)
        * np.where(is_math, 1.2, 1.0)
    )
    out = np.clip(out, 1, 8192).astype(np.int64)
    out[status != 200] = 0
    retain = (rng.random(n) < spec.retain) & (status == 200)
    consumer = (surface == 1) | (surface == 2)
    incog = consumer & (rng.random(n) < spec.incognito)
    # ---- retries: an error is usually followed by the same request seconds later
    err = np.flatnonzero((status != 200) & (rng.random(n) < np.where(api_like, 0.8, 0.45)))
    if len(err):
        idx = np.r_[np.arange(n), err]
        delay = np.r_[
            np.zeros(n),
            np.where(api_like[err], rng.uniform(1, 25, len(err)), rng.uniform(5, 90, len(err))),
        ]
        retry_status = np.where(rng.random(len(err)) < 0.85, 200, 429)
        status = np.r_[status, retry_status]
        cols = [
            sess,
            conv,
            turn,
            base,
            pre_id,
            suf_id,
            frame_id,
            lang,
            surface,
            tools,
            image,
            sys_id,
            ctx_doc,
            model,
            retain,
            incog,
            is_first,
            api_like,
        ]
        (
            sess,
            conv,
            turn,
            base,
            pre_id,
            suf_id,
            frame_id,
            lang,
            surface,
            tools,
            image,
            sys_id,
            ctx_doc,
            model,
            retain,
            incog,
            is_first,
            api_like,
        ) = [c[idx] for c in cols]
        t = t[idx] + delay
        retry_out = np.clip(rng.lognormal(np.log(out_med), 0.6, len(err)), 1, 8192).astype(np.int64)
        out = np.r_[out, np.where(retry_status == 200, retry_out, 0)]
        retain = retain | (
            (status == 200)
            & (np.arange(len(status)) >= n)
            & (rng.random(len(status)) < spec.retain)
        )
        n = len(idx)
    consumer = (surface == 1) | (surface == 2)
    conv_out = np.where(consumer, conv, -1) if surface.size and not conv_api else conv
    keys = np.asarray(acc.keys or [-1])
    key = np.where(
        api_like,
        keys[np.minimum((t / (ctx.days * DAY) * len(keys)).astype(int), len(keys) - 1)],
        -1,
    )
    cc = np.asarray(s_cc, dtype=object)[sess]
    return {
        "t": t,
        "sess": sess,
        "conv": conv_out,
        "turn": turn,
        "surface": surface,
        "model": model,
        "ip": np.asarray(s_ip, dtype=object)[sess],
        "country": cc,
        "ua": s_ua[sess],
        "base": base,
        "pre": pre_id,
        "suf": suf_id,
        "frame": frame_id,
        "lang": lang,
        "sys": sys_id,
        "doc": ctx_doc,
        "tools": tools,
        "image": image,
        "status": status,
        "out": out,
        "retain": retain,
        "incognito": incog,
        "safety": rng.random(n) < spec.safety,
        "feedback": consumer & (rng.random(n) < spec.feedback),
        "key": key,
    }


def _first_turns(acc: Account, ctx: Ctx, c_topic: list[str], c_day: np.ndarray) -> np.ndarray:
    """First prompts of the account's conversations, drawn the way its class draws them."""
    rng, spec = ctx.rng, acc.spec
    n = len(c_topic)
    out = np.empty(n, np.int64)
    topics = np.asarray(c_topic)
    if spec.mode == "bench":
        bench = ctx.banks.bench
        off = int(rng.integers(0, len(bench)))
        return bench[(off + np.arange(n)) % len(bench)]
    if spec.mode == "support":
        return ctx.support[rng.integers(0, len(ctx.support), n)]
    for tp in sorted(set(c_topic)):  # sorted: the draw order must not depend on str hashing
        sel = np.flatnonzero(topics == tp)
        if spec.mode == "cover" and tp != "tool":
            plan = ctx.cover_plan(spec.label, tp)
            step = max(1, len(plan) // max(1, ctx.class_size[spec.label]))
            off = acc.member * step
            out[sel] = plan[(off + np.arange(len(sel))) % len(plan)]
        else:
            out[sel] = ctx.zipf_unique(tp, len(sel))
        if spec.mode == "assign" and tp in ("math", "coding"):
            # the course's assignment of that week, shared by every student in it
            week = np.minimum(c_day[sel] // 7, ctx.courses.shape[1] - 1)
            take = rng.random(len(sel)) < 0.65
            out[sel[take]] = ctx.courses[
                acc.course, week[take], rng.integers(0, 8, int(take.sum()))
            ]
    return out


def _models(
    rng: np.random.Generator,
    spec: Spec,
    acc: Account,
    t: np.ndarray,
    surface: np.ndarray,
    ctx_rel: dict[int, float],
) -> np.ndarray:
    """Model per request: consumer surfaces follow releases within hours, API clients pin."""
    consumer = (surface == 1) | (surface == 2)
    p_mini = 0.45 if acc.tier == "free" else 0.12
    mini = rng.random(len(t)) < p_mini
    if spec.models in ("consumer", "fast"):
        lag = rng.exponential(3 * 3600 if spec.models == "consumer" else 1.5 * 3600)
        new_flag = t >= ctx_rel[4] + lag
        new_mini = t >= ctx_rel[3] + lag
        m = np.where(mini, np.where(new_mini, 3, 1), np.where(new_flag, 4, 2))
        return m
    # pinned: a fixed choice, moved to the new version after a delay, or never
    choice = int(rng.choice(3, p=[0.55, 0.33, 0.12]))
    never = rng.random() < 0.35
    delay = rng.lognormal(np.log(6 * DAY), 1.0)
    if choice == 2:
        m = np.zeros(len(t), np.int64)
    elif choice == 1:
        m = np.where((t >= ctx_rel[3] + delay) & (not never), 3, 1)
    else:
        m = np.where((t >= ctx_rel[4] + delay) & (not never), 4, 2)
    lag = rng.exponential(3 * 3600)
    cm = np.where(
        mini, np.where(t >= ctx_rel[3] + lag, 3, 1), np.where(t >= ctx_rel[4] + lag, 4, 2)
    )
    return np.where(consumer, cm, m)


def _ua(rng: np.random.Generator, acc: Account, surface: str) -> int:
    opts = acc.ua[surface]
    return opts[0] if len(opts) == 1 or rng.random() < 0.85 else opts[int(rng.integers(len(opts)))]
