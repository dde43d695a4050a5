"""Turn one account's Profile into its exchanges (integer codes into shared string pools)."""

from __future__ import annotations

import numpy as np
from world import (
    DAYS,
    OLD_MODELS,
    RELEASES,
    SURFACES,
    TZ,
    US_PER_DAY,
    Networks,
    Pool,
    Profile,
    hour_weights,
)

HOUR = 3_600_000_000


def account_rows(
    p: Profile,
    rng: np.random.Generator,
    nets: Networks,
    pools: dict[str, Pool],
    bank_sizes: list[int],
    n_pre: int,
    n_suf: int,
) -> dict[str, np.ndarray | list]:
    n = max(1, int(p.n))
    # conversations
    lens = 1 + rng.geometric(1.0 / max(p.turns, 1.0), size=n)
    cum = np.cumsum(lens)
    k = int(np.searchsorted(cum, n)) + 1
    lens = lens[:k].copy()
    lens[-1] -= cum[k - 1] - n
    sess = np.repeat(np.arange(k), lens)
    turn = np.arange(n) - np.repeat(np.concatenate([[0], np.cumsum(lens)[:-1]]), lens)
    # days and hours
    lo, hi = int(max(0, np.floor(p.first_day))), int(min(DAYS, np.ceil(p.last_day)))
    hi = max(hi, lo + 1)
    days = np.arange(lo, hi)
    if p.weekday_only:
        wd = days[(days % 7) < 5]
        days = wd if len(wd) else days
    nd = max(1, min(len(days), int(round(p.day_share * len(days)))))
    act = np.sort(rng.choice(days, size=nd, replace=False))
    tz = TZ.get(p.country, 0) if p.tz is None else p.tz
    hw = hour_weights(p.pattern, tz, rng)
    sday = rng.choice(act, size=k)
    shour = rng.choice(24, size=k, p=hw)
    start = sday * US_PER_DAY + shour * HOUR + rng.integers(0, HOUR, size=k)
    gaps = np.exp(rng.normal(np.log(p.gap_s), 0.8, size=n)).astype(np.int64) * 1_000_000
    gaps[turn == 0] = 0
    off = start[sess] + _segment_cumsum(gaps, sess)
    end = DAYS * US_PER_DAY
    late = off >= end  # a conversation running past the window's end is cut back into its last hour
    off = np.where(late, end - 1 - rng.integers(0, HOUR, size=n), off)
    # per-session surface, client, address, conversation, key
    sname = list(p.surfaces)
    sw = np.array([p.surfaces[s] for s in sname], dtype=float)
    ssurf = rng.choice(len(sname), size=k, p=sw / sw.sum())
    surface_codes = np.array([SURFACES.index(s) for s in sname])[ssurf]
    ua_by_s = {s: [pools["ua"].add(u) for u in p.uas.get(s, [])] for s in sname}
    sua = np.array(
        [
            (lambda lst: lst[int(rng.integers(0, len(lst)))] if lst else -1)(ua_by_s[sname[j]])
            for j in ssurf
        ]
    )
    addr_lists = []
    for net in p.nets:
        kind = nets.nets[net].kind
        m = (
            1
            if p.ip_fixed
            else {
                "residential": int(rng.integers(1, 3)),
                "mobile": 4,
                "education": 3,
                "corporate": 2,
            }.get(kind, 6)
        )
        addr_lists.append([pools["ip"].add(nets.address(net)) for _ in range(m)])
    nw = np.ones(len(p.nets)) if p.net_w is None else np.asarray(p.net_w, dtype=float)
    snet = rng.choice(len(p.nets), size=k, p=nw / nw.sum())
    sip = np.array([addr_lists[j][int(rng.integers(0, len(addr_lists[j])))] for j in snet])
    scountry = np.array([pools["country"].add(nets.nets[p.nets[j]].country) for j in snet])
    keys = [f"key_{rng.integers(0, 1 << 48):012x}" for _ in range(max(p.keys, 1))]
    skey = np.array([pools["key"].add(keys[int(rng.integers(0, len(keys)))]) for _ in range(k)])
    sconv = [f"{rng.integers(0, 1 << 62):016x}" for _ in range(k)]
    api_like = np.isin(surface_codes, [0])
    key_row = np.where(api_like[sess] | (surface_codes[sess] == 3), skey[sess], -1)
    if p.keys == 0:
        key_row[:] = np.where(surface_codes[sess] == 0, skey[sess], -1)
    conv_null = (rng.random(k) < p.conv_null) & api_like
    # model per row (new releases adopted after a per-account delay)
    mw = np.asarray(p.model_w, dtype=float)
    model = rng.choice(len(OLD_MODELS), size=n, p=mw / mw.sum())
    for r, (_new, old, day) in enumerate(RELEASES):
        delay = rng.uniform(*p.adopt_h)
        switch = (
            (model == OLD_MODELS.index(old))
            & (off > (day * 24 + delay) * HOUR)
            & (rng.random(n) < p.adopt_p)
        )
        model = np.where(switch, len(OLD_MODELS) + r, model)
    # prompt: category, base, wrapper
    cnames = list(p.cats)
    cw = np.array([p.cats[c] for c in cnames], dtype=float)
    from prompts import CATEGORIES

    cat = np.array([CATEGORIES.index(c) for c in cnames])[
        rng.choice(len(cnames), size=n, p=cw / cw.sum())
    ]
    sizes = np.asarray(bank_sizes)[cat]
    if p.focus > 0:
        base = (rng.integers(0, p.focus, size=n) * 7919 + int(rng.integers(0, 1 << 30))) % sizes
    else:
        base = rng.integers(0, 1 << 40, size=n) % sizes
    pre = rng.choice(p.prefixes, size=n) if p.prefixes else rng.integers(0, n_pre, size=n)
    suf = rng.choice(p.suffixes, size=n) if p.suffixes else rng.integers(0, n_suf, size=n)
    system = np.full(n, -1)
    if p.system:
        use = rng.random(n) < p.system_share
        system = np.where(use, rng.choice(p.system, size=n), -1)
    tools = np.where(
        (cat == CATEGORIES.index("tools")) | (rng.random(n) < p.tool_share * 0.3),
        rng.integers(p.tools_n[0], p.tools_n[1] + 1, size=n),
        0,
    )
    tools = np.where(
        rng.random(n) < p.tool_share + (cat == CATEGORIES.index("tools")) * 0.6, tools, 0
    )
    image = rng.random(n) < p.image_share
    out = np.exp(rng.normal(p.out_mu, p.out_sigma, size=n)).astype(np.int64) + 1
    r = rng.random(n)
    status = np.where(
        r < p.rl, 429, np.where(r < p.rl + p.err, rng.choice([400, 500, 529, 413], size=n), 200)
    )
    out = np.where(status == 200, out, 0)
    surf_row = surface_codes[sess]
    consumer = (surf_row == 1) | (surf_row == 2)
    return {
        "off": off,
        "sess": sess,
        "turn": turn,
        "surface": surf_row,
        "ua": sua[sess],
        "ip": sip[sess],
        "country": scountry[sess],
        "key": key_row,
        "conv": [sconv[s] for s in sess],
        "conv_null": conv_null[sess],
        "model": model,
        "cat": cat,
        "base": base,
        "pre": pre,
        "suf": suf,
        "system": system,
        "tools": tools,
        "image": image,
        "out": np.minimum(out, 32000),
        "status": status,
        "retain": rng.random(n) < p.retain,
        "incognito": consumer & (rng.random(n) < p.incognito),
        "feedback": rng.random(n) < p.feedback,
        "safety": rng.random(n) < p.safety,
    }


def _segment_cumsum(x: np.ndarray, seg: np.ndarray) -> np.ndarray:
    c = np.cumsum(x)
    starts = np.concatenate([[0], np.flatnonzero(np.diff(seg)) + 1])
    first = np.repeat(starts, np.diff(np.concatenate([starts, [len(x)]])))
    return c - c[first] + x[first]
