"""Hold-out 15's engine: one account profile turned into conversation start times, and
conversations turned into exchange rows. Every class, campaign or not, goes through this code,
so a campaign and its twin differ only where their profiles and conversations differ."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

import numpy as np
from h15_net import RESTRICTED, Net, tz_of
from h15_text import Corpora, respond, uniforms

START = datetime(2027, 10, 4, tzinfo=UTC)  # a Monday
DAYS = 28
WINDOW = DAYS * 86400
START_US = int(START.timestamp() * 1_000_000)
# (model, replaces, released_at seconds into the window)
RELEASES = (("wren-4", "wren-3.5", 9 * 86400 + 15 * 3600 + 40 * 60),
            ("wren-4-mini", "wren-3.5-mini", 17 * 86400 + 16 * 3600 + 10 * 60))  # fmt: skip
OLDER = {"wren-3": -420, "wren-3.5": -160, "wren-3.5-mini": -150}  # release day, before START
_REL = {old: (new, t) for new, old, t in RELEASES}


def hexid(rng: np.random.Generator, n: int = 12) -> str:
    return (
        f"{int(rng.integers(0, 1 << 62)):016x}"[:n]
        if n <= 16
        else hexid(rng, 16) + hexid(rng, n - 16)
    )


def rhythm(kind: str) -> np.ndarray:
    """Local-hour weights: human (evening-leaning), office, evening, night shift, flat."""
    h = np.arange(24)
    if kind == "flat":
        w = np.ones(24)
    elif kind == "office":
        w = np.where((h >= 9) & (h < 18), 1.0, 0.04) * np.where(h == 12, 0.6, 1.0)
    elif kind == "evening":
        w = np.exp(-0.5 * ((h - 20.5) / 2.2) ** 2) + 0.03
    elif kind == "night":
        w = np.where((h >= 21) | (h < 6), 1.0, 0.05)
    else:  # human
        w = 0.15 + np.exp(-0.5 * ((h - 14) / 4.0) ** 2) + 0.8 * np.exp(-0.5 * ((h - 21) / 1.8) ** 2)
        w[1:7] *= 0.15
    return w / w.sum()


class Turn(NamedTuple):
    prompt: str
    system: str | None = None
    out: int = 300  # output tokens
    tools: int = 0
    image: bool = False
    response: str | None = None  # generated when None


@dataclass
class Conv:
    turns: list[Turn]
    pace: str = "human"  # human | script | agent
    surface: str | None = None  # forced surface
    model: str | None = None  # forced model (evaluation runs)


@dataclass
class Profile:
    account_id: str
    label: str
    created_at: float  # seconds relative to START
    tier: str
    channel: str
    card: str | None
    email: str | None
    declared: str | None
    org: str | None
    country: str  # where the person or operator really is (clock)
    net: Net
    rhythm: np.ndarray
    surfaces: dict[str, float]
    uas: dict[str, list[str]]
    keys: list[str] = field(default_factory=list)
    tz: float | None = None
    p_active: float = 0.4
    weekend: float = 1.0
    rate: float = 2.0  # conversations per active day (mean)
    sessions: float = 1.5
    conv_gap: float = 600.0  # seconds between conversations of one session (mean)
    start_day: int = 0
    end_day: int = DAYS
    base_model: str = "wren-3.5"
    mini_share: float = 0.1
    pinned: bool = False  # API-style: stays on its model until adopt_after
    adopt_after: float = float("inf")  # seconds after a release
    retain: float = 1.0
    api_threads: bool = True
    incognito: float = 0.0
    fixed_times: tuple[float, ...] = ()  # local hours of a daily schedule (automations)
    lang: str = "en"
    trip: tuple[int, int, Net] | None = None  # days [a, b) spent on another network
    extra: dict[str, object] = field(default_factory=dict)

    def clock(self) -> float:
        return tz_of(self.country) if self.tz is None else self.tz


def schedule(p: Profile, rng: np.random.Generator) -> np.ndarray:
    """Start times (seconds into the window) of the account's conversations, sorted."""
    days = np.arange(max(0, p.start_day), min(DAYS, p.end_day))
    if len(days) == 0:
        return np.zeros(0)
    weekend = (days % 7) >= 5
    prob = np.clip(np.where(weekend, p.p_active * p.weekend, p.p_active), 0, 1)
    active = days[rng.random(len(days)) < prob]
    tz = p.clock()
    out: list[np.ndarray] = []
    if p.fixed_times:
        base = np.add.outer(active * 86400.0, (np.array(p.fixed_times) - tz) * 3600).ravel()
        out.append(base + rng.normal(0, 25, size=len(base)))
    elif len(active):
        n_d = rng.poisson(p.rate * rng.lognormal(-0.08, 0.4, size=len(active)))
        ns_d = np.minimum(n_d, 1 + rng.poisson(max(p.sessions - 1, 0), size=len(active)))
        keep = n_d > 0
        n_d, ns_d, days_a = n_d[keep], ns_d[keep], active[keep]
        if n_d.sum():
            first_s = np.concatenate([[0], np.cumsum(ns_d)[:-1]])
            hrs = rng.choice(24, size=int(ns_d.sum()), p=p.rhythm) + rng.random(int(ns_d.sum()))
            s_day = np.repeat(days_a, ns_d)
            starts = s_day * 86400 + (hrs - tz) * 3600
            n = int(n_d.sum())
            local = (rng.random(n) * np.repeat(ns_d, n_d)).astype(np.int64)
            sess = np.sort(np.repeat(first_s, n_d) + local)
            gaps = rng.exponential(p.conv_gap, size=n)
            cs = np.cumsum(gaps)
            offs = cs - cs[np.searchsorted(sess, sess, "left")]
            out.append(starts[sess] + offs)
    if not out:
        return np.zeros(0)
    t = np.concatenate(out)
    t = t[(t >= max(0.0, p.created_at)) & (t < WINDOW - 3600)]
    return np.sort(t)


def model_at(p: Profile, t: float, surface: str, mini: bool, lag: float) -> str:
    base = p.base_model
    if mini and base == "wren-3.5":
        base = "wren-3.5-mini"
    if base not in _REL:
        return base
    new, rel = _REL[base]
    if p.pinned or surface == "api":
        return new if t >= rel + p.adopt_after else base
    return new if t >= rel + lag else base


_GEO_CODES = ("US", "DE", "GB", "FR", "NL", "SG", "JP", "IN", "BR", "CA") + RESTRICTED


class Sink:
    """Column lists of exchange rows, for one class at a time."""

    COLS = ("ts", "account_id", "api_key_id", "conversation_id", "surface", "model", "ip",
            "country", "user_agent", "prompt", "system_prompt", "response", "input_tokens",
            "output_tokens", "tool_count", "has_image", "status", "incognito",
            "safety_flagged", "feedback")  # fmt: skip

    def __init__(self) -> None:
        self.rows: list[tuple[object, ...]] = []
        self.row = self.rows.append

    def __len__(self) -> int:
        return len(self.rows)

    def columns(self) -> dict[str, list[object]]:
        if not self.rows:
            return {k: [] for k in self.COLS}
        return {k: list(v) for k, v in zip(self.COLS, zip(*self.rows, strict=True), strict=True)}


def emit(
    p: Profile, t0: float, conv: Conv, rng: np.random.Generator, corp: Corpora, sink: Sink
) -> None:
    """Write one conversation's exchanges (with errors, retries and the account's clients)."""
    if t0 < max(0.0, p.created_at) or t0 >= WINDOW:  # outside the window or before sign-up
        return
    if conv.surface is not None:
        surface = conv.surface
    elif len(p.surfaces) == 1:
        surface = next(iter(p.surfaces))
    else:
        x = rng.random() * sum(p.surfaces.values())
        for surface, share in p.surfaces.items():  # noqa: B007
            if x < share:
                break
            x -= share
    uas = p.uas.get(surface) or p.uas.get("*") or [None]  # type: ignore[list-item]
    ua = uas[int(rng.random() * len(uas))]
    key = p.keys[int(rng.random() * len(p.keys))] if surface in ("api", "cli") and p.keys else None
    threaded = surface != "api" or p.api_threads or len(conv.turns) > 1
    w = uniforms(corp, rng, 4)
    conv_id = f"c_{int(w[2] * (1 << 32)):08x}{int(w[3] * (1 << 32)):08x}" if threaded else None
    day = int(t0 // 86400)
    net = p.trip[2] if p.trip and p.trip[0] <= day < p.trip[1] else p.net
    ip, geo = net.pick(rng, day)
    mini = w[0] < p.mini_share
    lag = float(rng.exponential(5 * 3600))
    consumer = surface in ("web", "app")
    incog = bool(consumer and w[1] < p.incognito)
    hist = 0
    t = t0
    for turn in conv.turns:
        sys_tok = len(turn.system) // 4 if turn.system else 0
        p_tok = max(1, len(turn.prompt) // 4)
        in_tok = min(hist + p_tok + sys_tok + turn.tools * 170 + (1100 if turn.image else 0), 64000)
        out = max(1, int(turn.out))
        while True:
            u = uniforms(corp, rng, 9)
            r = u[0]
            status = 200 if r >= 0.02 else 429 if r < 0.012 else 500 if r < 0.016 else (
                529 if r < 0.018 else 400)  # fmt: skip
            ok = status == 200
            country: str | None = geo
            if u[1] < 0.015:
                country = None
            elif u[1] < 0.02:
                country = _GEO_CODES[int(u[2] * len(_GEO_CODES))]
            text = None
            if ok and u[3] < p.retain:
                text = turn.response if turn.response is not None else respond(rng, corp, out)
            sink.row((
                START_US + int(t * 1e6),
                p.account_id,
                key,
                conv_id,
                surface,
                conv.model or model_at(p, t, surface, mini, lag),
                ip,
                country,
                ua if u[4] > 0.015 else None,
                turn.prompt,
                turn.system,
                text,
                int(in_tok),
                out if ok else 0,
                int(turn.tools),
                bool(turn.image),
                status,
                incog if consumer else None,
                u[5] < 0.002,
                consumer and u[6] < 0.008,
            ))  # fmt: skip
            if ok or status == 400 or u[7] > 0.75:
                break
            t += 1.5 + 38.5 * u[8]
        hist = in_tok + out
        v = uniforms(corp, rng, 5)
        gen = out / (45 + 50 * v[0]) + 0.4 + 1.2 * v[1]
        if conv.pace == "script":
            t += gen + 0.3 + 2.7 * v[2]
        elif conv.pace == "agent":
            t += gen + float(rng.exponential(6.0)) + 0.5
        else:
            read = out / (4 + 7 * v[2])
            typing = len(turn.prompt) / (2.5 + 3.5 * v[3])
            t += gen + read * (0.3 + 0.7 * v[4]) + typing * 0.2 + float(rng.exponential(35))
            if v[4] < 0.08:
                t += 600 + 6600 * v[3]
        if t >= WINDOW:
            break
