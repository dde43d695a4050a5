"""Turn one account's behaviour plan into its exchanges (vectorised per account).

A plan is a cloud of parameters drawn per account by classes.py; the same machinery writes
every class, legitimate or not, so a difference between classes is a difference in plans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import world as W

HUMAN = np.array(
    [
        0.6,
        0.35,
        0.2,
        0.12,
        0.1,
        0.15,
        0.4,
        0.9,
        1.4,
        1.9,
        2.1,
        2.2,
        2.1,
        2.2,
        2.2,
        2.1,
        2.1,
        2.2,
        2.3,
        2.5,
        2.7,
        2.6,
        2.0,
        1.2,
    ]
)
OFFICE = np.array(
    [
        0.03,
        0.02,
        0.02,
        0.02,
        0.03,
        0.05,
        0.15,
        0.6,
        1.8,
        2.6,
        2.7,
        2.5,
        1.8,
        2.4,
        2.6,
        2.5,
        2.3,
        1.6,
        0.7,
        0.35,
        0.25,
        0.15,
        0.08,
        0.05,
    ]
)
STUDENT = np.array(
    [
        1.2,
        0.8,
        0.4,
        0.2,
        0.1,
        0.1,
        0.15,
        0.4,
        0.9,
        1.4,
        1.7,
        1.8,
        1.7,
        1.9,
        2.0,
        2.0,
        2.0,
        2.0,
        2.1,
        2.3,
        2.5,
        2.6,
        2.3,
        1.8,
    ]
)
FLAT = np.ones(24)
EVENING = np.array(
    [
        1.0,
        0.6,
        0.3,
        0.15,
        0.1,
        0.1,
        0.2,
        0.4,
        0.6,
        0.7,
        0.8,
        0.9,
        1.0,
        1.0,
        1.0,
        1.1,
        1.2,
        1.5,
        2.0,
        2.6,
        3.0,
        3.0,
        2.6,
        1.8,
    ]
)
SCHOOL = (
    np.array(
        [
            0,
            0,
            0,
            0,
            0,
            0,
            0.05,
            0.4,
            2.5,
            3,
            3,
            2.5,
            1.5,
            2.5,
            2.5,
            1.2,
            0.8,
            0.6,
            0.6,
            0.7,
            0.7,
            0.5,
            0.2,
            0.05,
        ]
    )
    + 0.01
)
PROFILES = {
    "human": HUMAN,
    "office": OFFICE,
    "student": STUDENT,
    "flat": FLAT,
    "evening": EVENING,
    "school": SCHOOL,
}
PREFIXES = W.STYLE_PREFIX + [W.LANG_PREFIX[k] for k in W.LANGS]
_LANG_PRE = {k: len(W.STYLE_PREFIX) + i for i, k in enumerate(W.LANGS)}


def hours(rng: np.random.Generator, profile: str, tz: float, noise: float = 4.0) -> np.ndarray:
    """24 weights over UTC hours: a local-time profile moved by the time zone, drawn per account."""
    local = PROFILES[profile] * rng.gamma(noise, 1 / noise, 24)
    shift = int(round(tz))
    utc = np.array([local[(h + shift) % 24] for h in range(24)])
    return utc / utc.sum()


def wave_times(
    rng: np.random.Generator, k: int, hour_w: np.ndarray, day_w: np.ndarray
) -> np.ndarray:
    """k scheduler times over the window, drawn like sessions (seconds from the window start)."""
    d = rng.choice(W.DAYS, k, p=day_w / day_w.sum())
    h = rng.choice(24, k, p=hour_w)
    return np.sort(d * 86400.0 + h * 3600.0 + rng.uniform(0, 3600, k))


def cron(rng: np.random.Generator, per_day: int = 1) -> np.ndarray:
    """Fixed clock times every day, on the minute (a personal automation's schedule)."""
    at = rng.integers(0, 24, per_day) * 3600.0 + rng.choice([0, 0, 0, 15, 30, 45], per_day) * 60.0
    return np.sort((np.arange(W.DAYS)[:, None] * 86400.0 + at[None, :]).ravel())


def days(profile: str, tz: float = 0, weekend: float | None = None) -> np.ndarray:
    """Weights over the window's days (the window starts on a Monday)."""
    if weekend is None:
        weekend = {"office": 0.12, "school": 0.02, "flat": 1.0}.get(profile, 0.85)
    w = np.ones(W.DAYS)
    w[[d for d in range(W.DAYS) if d % 7 in (5, 6)]] = weekend
    return w


@dataclass
class Plan:
    n: int
    t_from: float
    t_to: float
    hours: np.ndarray
    days: np.ndarray
    surfaces: dict[str, float]
    uas: dict[str, list[int]]
    ips: list[tuple[str, str]]
    ip_w: np.ndarray | None = None
    sess: float = 4.0
    gap: float = 70.0
    gap_sd: float = 0.9
    turns: float = 2.0
    fam: dict[str, float] = field(
        default_factory=lambda: {"flag": 0.85, "mini": 0.1, "reason": 0.05}
    )
    lag: float = 6 * 3600.0
    cats: dict[str, float] = field(default_factory=lambda: {"chat": 1.0})
    lang: str = "en"
    native: float = 0.5
    cot: float = 0.05
    cot_set: tuple[int, ...] = tuple(range(1, len(W.COT_SUFFIX)))
    style: float = 0.3
    follow: float = 0.6
    fixed: np.ndarray | None = None
    p_fixed: float = 0.0
    sys: list[int] | None = None
    p_sys: float = 0.0
    tools: tuple[int, int] | None = None
    p_tools: float = 0.0
    img: float = 0.03
    out_mul: float = 1.0
    err429: float = 0.004
    err4xx: float = 0.004
    err5xx: float = 0.003
    keys: int = 1
    conv_api: float = 0.3
    incog: float = 0.03
    feedback: float = 0.01
    burst_days: np.ndarray | None = None
    waves: np.ndarray | None = None
    p_wave: float = 0.0
    wave_jitter: float = 300.0


def emit(rng: np.random.Generator, bank: W.Bank, p: Plan, key_ids: list[str]) -> dict:
    """Columns (as index or value arrays) of one account's exchanges, within [t_from, t_to)."""
    n = max(1, int(p.n))
    dw = p.days.copy()
    lo, hi = int(max(0, p.t_from // 86400)), int(min(W.DAYS, np.ceil(p.t_to / 86400)))
    dw[:lo] = 0
    dw[hi:] = 0
    if p.burst_days is not None:
        dw = dw * p.burst_days
    if dw.sum() <= 0:
        dw[min(max(lo, 0), W.DAYS - 1)] = 1
    # Sessions: a few per active day, each a run of exchanges.
    s = max(1, int(round(n / max(p.sess, 1.0))))
    sizes = rng.multinomial(n - s, rng.dirichlet(np.full(s, 0.8))) + 1 if n > s else np.ones(n, int)
    s = len(sizes)
    day = rng.choice(W.DAYS, s, p=dw / dw.sum())
    hour = rng.choice(24, s, p=p.hours)
    start = day * 86400.0 + hour * 3600.0 + rng.uniform(0, 3600, s)
    if p.waves is not None and p.p_wave > 0:
        # Sessions released by a scheduler: a lesson bell, a cron line, an operator's task queue.
        ok = p.waves[(p.waves >= p.t_from) & (p.waves < p.t_to)]
        w = (rng.random(s) < p.p_wave) & (len(ok) > 0)
        if w.any():
            start[w] = ok[rng.integers(len(ok), size=int(w.sum()))] + rng.uniform(
                0, p.wave_jitter, int(w.sum())
            )
    start = np.clip(start, p.t_from, None)
    first = np.zeros(n, bool)
    offs = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    first[offs] = True
    gaps = rng.lognormal(np.log(p.gap), p.gap_sd, n)
    gaps[first] = 0
    cs = np.cumsum(gaps)
    sid = np.repeat(np.arange(s), sizes)
    ts = np.repeat(start, sizes) + cs - np.repeat(cs[offs], sizes)
    # Conversations inside sessions; position within the conversation.
    newc = first | (rng.random(n) < 1.0 / max(p.turns, 1.0))
    cid = np.cumsum(newc) - 1
    cstart = np.flatnonzero(newc)
    pos = np.arange(n) - cstart[cid]
    # Surface per session, client string per surface.
    sn = list(p.surfaces)
    sw = np.array([p.surfaces[k] for k in sn], float)
    surf_s = rng.choice(len(sn), s, p=sw / sw.sum())
    surf = np.array(sn, dtype=object)[surf_s][sid]
    ua = np.empty(n, dtype=np.int64)
    for k in sn:
        m = surf == k
        if m.any():
            opts = p.uas.get(k) or list(rng.choice(W.UA_BY_SURFACE[k], 1))
            ua[m] = np.asarray(opts)[rng.choice(len(opts), int(m.sum()), p=_zipf(len(opts)))]
    ua[rng.random(n) < 0.002] = -1
    # Address per session.
    ips = p.ips
    iw = p.ip_w if p.ip_w is not None else _zipf(len(ips), 0.7)
    ip_s = rng.choice(len(ips), s, p=iw / iw.sum())
    ip = np.array([a for a, _ in ips], dtype=object)[ip_s][sid]
    cc = np.array([c for _, c in ips], dtype=object)[ip_s]
    geo = rng.random(s)
    cc[geo < 0.008] = None
    wrong = geo > 0.99
    cc[wrong] = rng.choice(W.CONSUMER_CC, int(wrong.sum()))
    country = cc[sid]
    # Model: a family, then its newest version once the account has taken it up.
    fn = list(p.fam)
    fw = np.array([p.fam[k] for k in fn], float)
    fam = rng.choice(len(fn), len(cstart), p=fw / fw.sum())[cid]
    model = np.empty(n, dtype=np.int64)
    base_m = 0
    for name in W.FAMILY_NAMES:
        vers = W.FAMILIES[name]
        if name in fn:
            m = fam == fn.index(name)
            if m.any():
                rel = np.array([t for _, t in vers]) + p.lag
                v = np.clip(np.searchsorted(rel, ts[m], side="right") - 1, 0, None)
                model[m] = base_m + v
        base_m += len(vers)
    reasoner = np.isin(model, [W.MODELS.index(m) for m, _ in W.FAMILIES["reason"]])
    # Prompts: a category per conversation, follow-ups inside, wrappers for language and style.
    cn = list(p.cats)
    cw = np.array([p.cats[k] for k in cn], float)
    cat_c = rng.choice(len(cn), len(cstart), p=cw / cw.sum())
    cat = np.array(cn, dtype=object)[cat_c][cid]
    is_follow = (pos > 0) & (rng.random(n) < p.follow)
    cat[is_follow] = "follow"
    base = np.empty(n, dtype=np.int64)
    for k in sorted(set(cat.tolist())):
        m = cat == k
        pool = bank.cats[k]
        if k == "chat" and p.lang != "en" and p.lang in bank.lang:
            native = rng.random(int(m.sum())) < p.native
            pick = pool[rng.integers(len(pool), size=int(m.sum()))]
            lp = bank.lang[p.lang]
            pick[native] = lp[rng.integers(len(lp), size=int(native.sum()))]
            base[m] = pick
        else:
            base[m] = pool[rng.integers(len(pool), size=int(m.sum()))]
    if p.fixed is not None and p.p_fixed > 0:
        fx = (~is_follow) & (rng.random(n) < p.p_fixed)
        base[fx] = p.fixed[rng.integers(len(p.fixed), size=int(fx.sum()))]
    pre = np.zeros(n, dtype=np.int64)
    if p.lang != "en":
        wrap = rng.random(n) < 0.85
        pre[wrap] = _LANG_PRE[p.lang]
    st = (pre == 0) & (rng.random(n) < p.style)
    pre[st] = rng.integers(1, len(W.STYLE_PREFIX), int(st.sum()))
    suf = np.zeros(n, dtype=np.int64)
    cotm = (~is_follow) & (rng.random(n) < p.cot)
    suf[cotm] = np.asarray(p.cot_set)[rng.integers(len(p.cot_set), size=int(cotm.sum()))]
    # System prompt, tools, images.
    sysi = np.full(n, -1, dtype=np.int64)
    if p.sys:
        conv_sys = rng.random(len(cstart)) < p.p_sys
        sys_c = np.asarray(p.sys)[rng.choice(len(p.sys), len(cstart), p=_zipf(len(p.sys)))]
        sysi = np.where(conv_sys, sys_c, -1)[cid]
    tools = np.zeros(n, dtype=np.int64)
    api_like = (surf == "api") | (surf == "cli")
    is_tool = cat == "tool"
    tools[is_tool] = bank.tools[base[is_tool]]
    if p.tools is not None:
        conv_t = rng.random(len(cstart)) < p.p_tools
        tn = rng.integers(p.tools[0], p.tools[1] + 1, len(cstart))
        tools = np.where(conv_t[cid] & ~is_tool, tn[cid], tools)
    tools[~api_like & (rng.random(n) < 0.85)] = 0
    img = rng.random(n) < p.img
    # Tokens.
    chars = bank.length[base] + _PRE_LEN[pre] + _SUF_LEN[suf]
    sys_tok = np.where(sysi >= 0, _SYS_LEN[np.clip(sysi, 0, None)] // 4 + 2, 0)
    hist = pos * rng.lognormal(np.log(380), 0.5, n)
    intok = chars / 3.7 + sys_tok + hist + tools * 110 + img * 790 + rng.integers(3, 12, n)
    outm = np.array([W.CAT_OUT.get(c, 300) for c in cat], float) * p.out_mul
    outm *= np.where(suf > 0, 1.8, 1.0) * np.where(reasoner, 2.3, 1.0)
    outtok = np.clip(rng.lognormal(np.log(outm), 0.65), 4, np.where(reasoner, 32000, 8192))
    r = rng.random(n)
    status = np.full(n, 200, dtype=np.int64)
    status[r < p.err429] = 429
    status[(r >= p.err429) & (r < p.err429 + p.err4xx)] = 400
    e5 = (r >= p.err429 + p.err4xx) & (r < p.err429 + p.err4xx + p.err5xx)
    status[e5] = rng.choice([500, 529, 503], int(e5.sum()))
    outtok[status != 200] = 0
    # Identifiers.
    conv_ids = np.array([_hex(rng, 16) for _ in range(len(cstart))], dtype=object)
    conv = conv_ids[cid]
    no_conv = api_like & (rng.random(len(cstart)) >= p.conv_api)[cid]
    conv[no_conv] = None
    key = np.full(n, None, dtype=object)
    if api_like.any():
        ks = np.array(key_ids, dtype=object)
        key[api_like] = ks[rng.choice(len(ks), s, p=_zipf(len(ks)))][sid][api_like]
    consumer = ~api_like
    keep = (ts >= p.t_from) & (ts < min(p.t_to, W.DAYS * 86400.0))
    cols = {
        "ts": ts,
        "conversation_id": conv,
        "api_key_id": key,
        "surface": surf,
        "model": model,
        "ip": ip,
        "country": country,
        "ua": ua,
        "base": base,
        "pre": pre,
        "suf": suf,
        "sys": sysi,
        "input_tokens": intok.astype(np.int64),
        "output_tokens": outtok.astype(np.int64),
        "tool_count": tools,
        "has_image": img,
        "status": status,
        "incognito": consumer & (rng.random(n) < p.incog),
        "safety_flagged": rng.random(n) < 0.002,
        "feedback": consumer & (rng.random(n) < p.feedback),
    }
    return {k: v[keep] for k, v in cols.items()}


def _zipf(k: int, a: float = 1.0) -> np.ndarray:
    w = 1.0 / np.arange(1, k + 1) ** a
    return w / w.sum()


def _hex(rng: np.random.Generator, k: int) -> str:
    return rng.bytes(k // 2).hex()


_PRE_LEN = np.array([len(x) for x in PREFIXES])
_SUF_LEN = np.array([len(x) for x in W.COT_SUFFIX])
_SYS_LEN = np.array([len(x) for x in W.SYSTEM_PROMPTS])
