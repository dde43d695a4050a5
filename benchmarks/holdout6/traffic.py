"""Hold-out 6: an independent labelled traffic world for judging a distillation detector.

    python benchmarks/holdout6/traffic.py --out DIR --seed 1 [--scale 1.0] [--corpora /work/shared/corpora]

Writes the contract tables (exchanges/, accounts, ip_ranges, model_releases) and the truth
(labels.parquet, truth.parquet). See README.md. Hold-out: never tune on it.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h6_text as T  # noqa: E402
from h6_net import ALLOWED, ALLOWED_W, COUNTRIES, RESTRICTED, Block, Net  # noqa: E402

START = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday
DAYS = 28
DAY = 86400.0
HOUR = 3600.0
T0 = int(START.timestamp())

RELEASES = {
    "nova-3.5": -520 * DAY,
    "nova-4": -240 * DAY,
    "nova-4-mini": -200 * DAY,
    "nova-r1": -110 * DAY,
    "nova-4.5": 8 * DAY + 17 * HOUR,
    "nova-4.5-mini": 8 * DAY + 17.5 * HOUR,
    "nova-r2": 15 * DAY + 16 * HOUR,
    "nova-5-preview": 22 * DAY + 18 * HOUR,
}
LINES = {
    "consumer": ["nova-4", "nova-4.5"],
    "flagship": ["nova-4", "nova-4.5", "nova-5-preview"],
    "mini": ["nova-4-mini", "nova-4.5-mini"],
    "reason": ["nova-r1", "nova-r2"],
    "legacy": ["nova-3.5"],
}

# local-hour activity profiles
P_HUMAN = [
    1,
    0.6,
    0.3,
    0.2,
    0.2,
    0.3,
    0.8,
    1.5,
    2.5,
    3.5,
    4,
    4,
    3.5,
    3.8,
    4,
    3.8,
    3.5,
    3.2,
    3.2,
    3.6,
    4,
    3.8,
    3,
    2,
]
P_OFFICE = [
    0.1,
    0.05,
    0.05,
    0.05,
    0.05,
    0.1,
    0.3,
    1,
    3,
    5,
    5,
    5,
    3,
    4,
    5,
    5,
    4,
    2,
    0.8,
    0.5,
    0.4,
    0.3,
    0.2,
    0.1,
]
P_EVENING = [
    2,
    1,
    0.4,
    0.2,
    0.1,
    0.1,
    0.3,
    0.6,
    0.8,
    1,
    1,
    1.2,
    1.5,
    1.3,
    1.2,
    1.3,
    1.6,
    2,
    3,
    4,
    4.5,
    4.5,
    4,
    3,
]
P_STUDENT = [
    3,
    2,
    1,
    0.4,
    0.2,
    0.1,
    0.2,
    0.5,
    1.5,
    2.5,
    3,
    3,
    2.5,
    3,
    3.5,
    3.5,
    3,
    2.5,
    2.5,
    3,
    3.5,
    4,
    4,
    3.5,
]
P_FLAT = [1.0] * 24
P_NIGHT = [
    4,
    5,
    5,
    5,
    4,
    3,
    1,
    0.3,
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
    3,
]
REASONING = {"nova-r1", "nova-r2"}
PROFILES = {
    "human": P_HUMAN,
    "office": P_OFFICE,
    "evening": P_EVENING,
    "student": P_STUDENT,
    "flat": P_FLAT,
    "night": P_NIGHT,
}

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{m} Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
]
APPS = [
    "NovaChat/1.2026.{b} (iOS 18.{m}; iPhone{p},{q})",
    "NovaChat/1.2026.{b} (Android 15; SM-S9{q}1B)",
    "NovaChat/1.2026.{b} (Android 14; Pixel {p})",
    "NovaChat/1.2026.{b} (iPadOS 18.{m}; iPad{p},{q})",
]
SDKS = [
    "OpenAI/Python 1.{a}.{b}",
    "openai-node/4.{a}.{b}",
    "python-httpx/0.27.{b}",
    "python-requests/2.32.{b}",
    "langchain-openai/0.{b}.{a}",
    "litellm/1.{a}.{b}",
    "Go-http-client/2.0",
    "axios/1.7.{b}",
    "curl/8.{b}.0",
    "okhttp/4.12.0",
    "OpenAI/Java 0.{a}.{b}",
    "ruby-openai/7.{b}.0",
]
CLIS = [
    "nova-cli/0.{a}.{b} (linux; node 22)",
    "nova-cli/0.{a}.{b} (darwin; node 22)",
    "aider/0.{a}.{b}",
    "codeagent/1.{b}.{a} (ci)",
    "nova-cli/0.{a}.{b} (linux; node 20; ci)",
]
RESELLER_UAS = ["OneAPI/0.6.{b}", "new-api/0.4.{b}", "relaygw/2.{b}"]
DISPOSABLE = [
    "tempmail.dev",
    "mailinator.com",
    "10minutemail.net",
    "guerrillamail.com",
    "dropmail.me",
    "yopmail.com",
]
WEBMAIL = (
    ["gmail.com"] * 10
    + ["outlook.com"] * 4
    + ["yahoo.com"] * 2
    + ["icloud.com"] * 2
    + [
        "hotmail.com",
        "proton.me",
        "gmx.de",
        "qq.com",
        "163.com",
        "naver.com",
        "yandex.ru",
        "mail.ru",
    ]
)


def ua_of(rr: random.Random, pool: list[str]) -> str:
    return rr.choice(pool).format(
        v=rr.randint(126, 133),
        m=rr.randint(0, 5),
        f=rr.randint(128, 135),
        b=rr.randint(1, 60),
        p=rr.randint(12, 17),
        q=rr.randint(1, 8),
        a=rr.randint(10, 70),
    )


def hexid(rr: random.Random, n: int = 16) -> str:
    return f"{rr.getrandbits(4 * n):0{n}x}"


@dataclass
class Acct:
    account_id: str
    label: str
    lab: str | None
    created: float  # seconds from START
    tier: str
    channel: str
    pay: str | None
    email: str | None
    country: str | None
    org: str | None
    lang: str = "en"
    tz: float = 0.0


PromptFn = Callable[[random.Random, bool, int], tuple[str, int, float]]
WhereFn = Callable[[random.Random, float], tuple[str, str]]  # (rr, t) -> (ip, country)


SysFn = Callable[[random.Random], str | None]


def const(text: str) -> SysFn:
    return lambda r: text


def templated(
    tm: Callable[[random.Random], str], mult: float, tools: list[int] | None = None
) -> PromptFn:
    def f(r: random.Random, first: bool, turn: int) -> tuple[str, int, float]:
        return tm(r), (r.choice(tools) if tools else 0), mult

    return f


def from_list(items: list[str], tools: int, mult: float) -> PromptFn:
    it = iter(items)

    def f(r: random.Random, first: bool, turn: int) -> tuple[str, int, float]:
        return next(it, "ping"), tools, mult

    return f


def batch_prompt(k: int) -> PromptFn:
    def f(r: random.Random, first: bool, turn: int) -> tuple[str, int, float]:
        return T.batch_item(r, k), 0, 0.15

    return f


def block_where(b: Block) -> WhereFn:
    return lambda r, t: (b.ip(r), b.country)


class World:
    def __init__(self, seed: int, scale: float, corpora: Path) -> None:
        self.seed = seed
        self.scale = scale
        self.rr = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.c = T.load_corpora(corpora)
        self.net = Net(random.Random(seed * 7919 + 1))
        self.net.build()
        self.accounts: list[Acct] = []
        self.cols: dict[str, list] = {
            k: []
            for k in (
                "ts",
                "account_id",
                "api_key_id",
                "conversation_id",
                "surface",
                "model",
                "ip",
                "country",
                "user_agent",
                "prompt",
                "system_prompt",
                "input_tokens",
                "output_tokens",
                "tool_count",
                "has_image",
                "status",
                "incognito",
                "safety_flagged",
                "feedback",
            )
        }
        self.cards: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ helpers
    def n(self, base: int, lo: int = 2) -> int:
        return max(lo, round(base * self.scale))

    def sub(self, *key: object) -> random.Random:
        return random.Random(zlib.crc32(repr((self.seed,) + key).encode()))

    def card(self, rr: random.Random) -> str:
        return "pf_" + hexid(rr, 20)

    def new_acct(
        self,
        rr: random.Random,
        label: str,
        *,
        lab: str | None = None,
        created: float,
        tier: str,
        channel: str,
        pay: str | None | bool = True,
        email: str | None = None,
        country: str | None,
        org: str | None = None,
        lang: str | None = None,
        tz: float | None = None,
    ) -> Acct:
        cc = country or "US"
        if pay is True:
            pay = self.card(rr)
        elif pay is False:
            pay = None
        if email is None:
            email = rr.choice(WEBMAIL)
        a = Acct(
            "acct_" + hexid(rr, 14),
            label,
            lab,
            created,
            tier,
            channel,
            pay,
            email,
            country,
            org,
            lang or COUNTRIES.get(cc, (0, "en", 0))[1],
            tz
            if tz is not None
            else COUNTRIES.get(cc, (0, "en", 0))[0] + rr.choice([-1, 0, 0, 0, 1]) * (cc == "US"),
        )
        self.accounts.append(a)
        return a

    def aged(self, rr: random.Random, median_days: float = 300) -> float:
        return -min(1400.0, rr.lognormvariate(math.log(median_days), 0.9)) * DAY - rr.random() * DAY

    # ------------------------------------------------------------------ the one emitter
    def emit(
        self,
        a: Acct,
        rr: random.Random,
        *,
        n: int,
        window: tuple[float, float],
        profile: str | list[float],
        weekend: float = 0.6,
        sess_med: float = 4,
        sess_sigma: float = 0.8,
        gap_med: float = 60,
        gap_sigma: float = 0.9,
        new_conv: float = 0.3,
        surfaces: list[tuple[str, str, float]],
        where: WhereFn,
        line: str,
        delay: float,
        alt_line: tuple[str, float] | None = None,
        prompt: PromptFn,
        system: Callable[[random.Random], str | None] | None = None,
        out_med: float = 350,
        out_sigma: float = 0.7,
        keys: list[str] | None = None,
        conv_api: bool = False,
        img_p: float = 0.0,
        err_p: float = 0.01,
        incog_p: float = 0.0,
        day_weights: list[float] | None = None,
        row_where: bool = False,
    ) -> None:
        if n <= 0:
            return
        lo = max(window[0], a.created + 60, 0.0)
        hi = min(window[1], DAYS * DAY - 60)
        if hi - lo < 600:
            return
        g = np.random.default_rng(rr.getrandbits(63))
        # sessions
        lens: list[int] = []
        tot = 0
        while tot < n:
            k = max(1, int(round(g.lognormal(math.log(max(sess_med, 1)), sess_sigma))))
            k = min(k, n - tot)
            lens.append(k)
            tot += k
        ns = len(lens)
        prof = np.array(PROFILES[profile] if isinstance(profile, str) else profile, dtype=float)
        d0, d1 = int(lo // DAY), int(math.ceil(hi / DAY))
        days = np.arange(d0, max(d1, d0 + 1))
        dw = np.ones(len(days))
        local_dow = (days + (1 if a.tz > 9 else 0)) % 7  # START is a Monday
        dw[local_dow >= 5] = weekend
        if day_weights is not None:
            dw = dw * np.array([day_weights[d] if d < len(day_weights) else 0.0 for d in days])
        if dw.sum() <= 0:
            dw = np.ones(len(days))
        sd = g.choice(days, size=ns, p=dw / dw.sum())
        lh = g.choice(24, size=ns, p=prof / prof.sum())
        starts = sd * DAY + (lh - a.tz) * HOUR + g.random(ns) * HOUR
        bad = (starts < lo) | (starts > hi)
        starts[bad] = lo + g.random(int(bad.sum())) * (hi - lo)
        lens_a = np.array(lens)
        gaps = g.lognormal(math.log(gap_med), gap_sigma, size=n)
        first = np.zeros(n, dtype=bool)
        idx0 = np.concatenate([[0], np.cumsum(lens_a)[:-1]])
        first[idx0] = True
        gaps[first] = 0.0
        cs = np.cumsum(gaps)
        base = np.repeat(cs[idx0], lens_a)
        ts = np.repeat(starts, lens_a) + (cs - base)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        sess_of = np.repeat(np.arange(ns), lens_a)[order]
        first = first[order]
        keep = ts < DAYS * DAY - 1
        ts, sess_of, first = ts[keep], sess_of[keep], first[keep]
        m = len(ts)
        if m == 0:
            return
        # models
        rel = np.array([RELEASES[x] for x in LINES[line]])
        mi = np.searchsorted(rel + delay, ts, side="right") - 1
        models = [LINES[line][max(0, j)] for j in mi.tolist()]
        if alt_line is not None:
            rel2 = np.array([RELEASES[x] for x in LINES[alt_line[0]]])
            mi2 = np.searchsorted(rel2 + min(delay, 6 * HOUR), ts, side="right") - 1
            use = g.random(m) < alt_line[1]
            for u in np.nonzero(use)[0].tolist():
                models[u] = LINES[alt_line[0]][max(0, int(mi2[u]))]
        # surfaces and addresses per session
        sw = np.array([s[2] for s in surfaces])
        s_of_sess = g.choice(len(surfaces), size=ns, p=sw / sw.sum())
        sess_where = [where(rr, float(starts[i])) for i in range(ns)] if not row_where else None
        c = self.cols
        conv = None
        turn = 0
        last_conv = None
        tsi = (ts * 1e6).astype(np.int64) + T0 * 1_000_000 + g.integers(0, 999_999, size=m)
        for j in range(m):
            si = int(sess_of[j])
            surf, ua, _ = surfaces[int(s_of_sess[si])]
            threaded = surf in ("web", "app") or conv_api
            if first[j]:
                if last_conv is not None and rr.random() < 0.12:
                    conv, turn = last_conv, turn + 1
                else:
                    conv, turn = "conv_" + hexid(rr), 0
            elif rr.random() < new_conv:
                conv, turn = "conv_" + hexid(rr), 0
            else:
                turn += 1
            last_conv = conv
            p, tools, om = prompt(rr, turn == 0, turn)
            sysp = system(rr) if system is not None else None
            ip, cc = where(rr, float(ts[j])) if sess_where is None else sess_where[si]
            status = 200
            if rr.random() < err_p:
                x = rr.random()
                status = 429 if x < 0.7 else (400 if x < 0.95 else 500)
            itok = max(1, int(len(p.encode()) / 3.7)) + (
                int(len(sysp.encode()) / 3.7) if sysp else 0
            )
            if threaded and turn:
                itok += int(turn * rr.uniform(150, 700))
            if models[j] in REASONING:
                om *= 2.2
            otok = (
                0
                if status != 200
                else max(1, min(16000, int(rr.lognormvariate(math.log(out_med * om), out_sigma))))
            )
            c["ts"].append(int(tsi[j]))
            c["account_id"].append(a.account_id)
            c["api_key_id"].append(rr.choice(keys) if (keys and surf in ("api", "cli")) else None)
            c["conversation_id"].append(conv if threaded else None)
            c["surface"].append(surf)
            c["model"].append(models[j])
            c["ip"].append(ip)
            c["country"].append(cc)
            c["user_agent"].append(ua)
            c["prompt"].append(p)
            c["system_prompt"].append(sysp)
            c["input_tokens"].append(itok)
            c["output_tokens"].append(otok)
            c["tool_count"].append(tools)
            c["has_image"].append(img_p > 0 and rr.random() < img_p)
            c["status"].append(status)
            c["incognito"].append(surf in ("web", "app") and incog_p > 0 and rr.random() < incog_p)
            c["safety_flagged"].append(rr.random() < 0.002)
            c["feedback"].append(surf in ("web", "app") and rr.random() < 0.01)

    # ------------------------------------------------------------------ address helpers
    def w_home(
        self, a: Acct, rr: random.Random, *, mobile_share: float = 0.3, k: int = 2
    ) -> WhereFn:
        cc = a.country or "US"
        home = self.net.home_ips(cc, rr, k)
        mob = self.net.mobile_pool(cc, rr)

        def f(r: random.Random, t: float) -> tuple[str, str]:
            if r.random() < mobile_share:
                return r.choice(mob), cc
            return home[min(len(home) - 1, int(t / DAY / 10))] if len(home) > 1 else home[0], cc

        return f

    def w_fixed(self, ips: list[str], cc: str) -> WhereFn:
        return lambda r, t: (r.choice(ips), cc)

    def w_pool(self, pool: list[tuple[str, str]]) -> WhereFn:
        return lambda r, t: r.choice(pool)

    def w_mix(self, parts: list[tuple[float, WhereFn]]) -> WhereFn:
        tot = sum(p for p, _ in parts)

        def f(r: random.Random, t: float) -> tuple[str, str]:
            x = r.random() * tot
            for p, w in parts:
                x -= p
                if x <= 0:
                    return w(r, t)
            return parts[-1][1](r, t)

        return f

    def w_resi(self, countries: list[str]) -> WhereFn:
        return lambda r, t: self.net.resi_proxy(r, countries)

    # ------------------------------------------------------------------ prompt helpers
    def p_everyday(
        self,
        lang: str,
        *,
        follow: float = 0.5,
        cot: float = 0.03,
        code: float = 0.1,
        math_p: float = 0.05,
        img_hint: float = 0.0,
    ) -> PromptFn:
        c = self.c

        def f(r: random.Random, first: bool, turn: int) -> tuple[str, int, float]:
            if not first and r.random() < follow:
                return T.followup(r, lang), 0, 0.7
            x = r.random()
            if x < code:
                q = r.choice(c.arena_coding) if r.random() < 0.5 else T.code_task(r)
                return q, 0, 1.6
            if x < code + math_p:
                q = r.choice(c.gsm8k_train)[0] if r.random() < 0.6 else T.math_problem(r, lang)
                return (T.cot_wrap(r, q, lang) if r.random() < 0.3 else q), 0, 1.3
            q = T.everyday(r, lang, c)
            if r.random() < cot:
                return T.cot_wrap(r, q, lang), 0, 1.8
            return q, 0, 1.0

        return f

    def p_capability(
        self,
        lang: str,
        *,
        cot: float,
        mix: dict[str, float],
        follow: float = 0.2,
        cover: float = 0.0,
        i18n: float = 0.0,
    ) -> PromptFn:
        """What a capability sweep sends: math, code, reasoning, knowledge, tools; optional cover chat."""
        c = self.c
        keys = list(mix)
        ws = [mix[k] for k in keys]
        every = self.p_everyday(lang)

        def f(r: random.Random, first: bool, turn: int) -> tuple[str, int, float]:
            if r.random() < cover:
                return every(r, first, turn)
            if not first and r.random() < follow:
                return T.followup(r, lang if r.random() < i18n else "en"), 0, 1.2
            kind = r.choices(keys, ws)[0]
            lg = lang if r.random() < i18n else "en"
            tools = 0
            if kind == "math":
                y = r.random()
                q = (
                    r.choice(c.gsm8k_train)[0]
                    if y < 0.45
                    else r.choice(c.arena_math)
                    if y < 0.7
                    else T.math_problem(r, lg)
                )
            elif kind == "code":
                q = r.choice(c.arena_coding) if r.random() < 0.6 else T.code_task(r)
            elif kind == "reason":
                q = r.choice(c.arena_general) if r.random() < 0.6 else r.choice(c.mtbench)[0]
            elif kind == "knowledge":
                q = T.knowledge_extract(r)
            elif kind == "creative":
                q = r.choice(c.arena_creative)
            elif kind == "tools":
                q, tools = r.choice(c.bfcl_live)
                return q, tools, 0.8
            else:
                q = r.choice(c.self_instruct)
            if r.random() < cot:
                q = T.cot_wrap(r, q, lg)
                return q, tools, 1.5
            return q, tools, 1.2

        return f

    # ================================================================== legitimate classes
    def consumer(
        self,
        a: Acct,
        rr: random.Random,
        *,
        n: int | None = None,
        profile: str | None = None,
        where: WhereFn | None = None,
        prompt: PromptFn | None = None,
        window: tuple[float, float] | None = None,
        surfaces: list[tuple[str, str, float]] | None = None,
    ) -> None:
        if n is None:
            n = int(rr.lognormvariate(math.log(28), 1.1))
        if surfaces is None:
            web_ua, app_ua = ua_of(rr, BROWSERS), ua_of(rr, APPS)
            ws = rr.random()
            surfaces = [("web", web_ua, ws), ("app", app_ua, 1 - ws)]
        if window is None:
            s0 = max(0.0, a.created) + rr.random() * 5 * DAY * (rr.random() < 0.3)
            window = (s0, DAYS * DAY if rr.random() < 0.8 else s0 + rr.uniform(3, 20) * DAY)
        self.emit(
            a,
            rr,
            n=n,
            window=window,
            profile=profile or rr.choice(["human", "human", "evening", "student"]),
            weekend=rr.uniform(0.5, 1.3),
            sess_med=rr.uniform(1.5, 6),
            gap_med=rr.uniform(40, 150),
            new_conv=rr.uniform(0.15, 0.5),
            surfaces=surfaces,
            where=where or self.w_home(a, rr, mobile_share=rr.uniform(0.05, 0.6)),
            line="consumer",
            delay=rr.uniform(0, 5) * HOUR,
            alt_line=("reason", rr.uniform(0, 0.2)),
            prompt=prompt
            or self.p_everyday(
                a.lang, cot=rr.uniform(0, 0.06), code=rr.uniform(0, 0.25), math_p=rr.uniform(0, 0.1)
            ),
            out_med=rr.uniform(150, 900),
            img_p=rr.uniform(0, 0.08),
            err_p=0.006,
            incog_p=rr.uniform(0, 0.1),
        )

    def consumer_acct(
        self,
        rr: random.Random,
        label: str,
        *,
        country: str | None = None,
        org: str | None = None,
        tier: str | None = None,
        channel: str = "web",
        email: str | None = None,
        pay: str | bool | None = None,
    ) -> Acct:
        cc = country or rr.choices(ALLOWED, ALLOWED_W)[0]
        tier = tier or rr.choices(["free", "pro", "max"], [0.62, 0.33, 0.05])[0]
        created = self.aged(rr) if rr.random() > 0.09 else rr.uniform(-2, DAYS - 2) * DAY
        if pay is None:
            pay = tier != "free"
        return self.new_acct(
            rr,
            label,
            created=created,
            tier=tier,
            channel=channel,
            pay=pay,
            email=email,
            country=cc,
            org=org,
        )

    def gen_benign(self) -> None:
        rr = self.sub("benign")
        for _ in range(self.n(6000)):
            a = self.consumer_acct(rr, "benign")
            self.consumer(a, rr)

    def gen_household(self) -> None:
        rr = self.sub("household")
        left = self.n(300)
        while left > 0:
            k = min(left, rr.randint(2, 5))
            left -= k
            cc = rr.choices(ALLOWED, ALLOWED_W)[0]
            card = self.card(rr)
            home = self.net.home_ips(cc, rr, 2)
            tier = rr.choice(["pro", "pro", "team"])
            org = "org_" + hexid(rr, 10) if tier == "team" else None
            for _ in range(k):
                a = self.consumer_acct(rr, "hn:household", country=cc, tier=tier, pay=card, org=org)
                mob = self.net.mobile_pool(cc, rr)
                self.consumer(
                    a,
                    rr,
                    where=self.w_mix([(0.7, self.w_fixed(home, cc)), (0.3, self.w_fixed(mob, cc))]),
                )

    def gen_heavy(self) -> None:
        rr = self.sub("heavy")
        for _ in range(self.n(380)):
            a = self.consumer_acct(rr, "hn:heavy_user", tier=rr.choice(["pro", "max", "max"]))
            n = int(rr.lognormvariate(math.log(180), 0.7))
            surfaces = [("web", ua_of(rr, BROWSERS), 0.6), ("app", ua_of(rr, APPS), 0.2)]
            if rr.random() < 0.4:
                surfaces.append(("cli", ua_of(rr, CLIS), 0.3))
            self.emit(
                a,
                rr,
                n=n,
                window=(0, DAYS * DAY),
                profile=rr.choice(["office", "human", "evening"]),
                weekend=rr.uniform(0.3, 1.0),
                sess_med=rr.uniform(6, 25),
                gap_med=rr.uniform(25, 90),
                new_conv=rr.uniform(0.05, 0.25),
                surfaces=surfaces,
                where=self.w_home(a, rr, mobile_share=0.1),
                line=rr.choice(["consumer", "flagship"]),
                delay=rr.uniform(0, 48) * HOUR,
                alt_line=("reason", rr.uniform(0.1, 0.5)),
                prompt=self.p_capability(
                    a.lang,
                    cot=rr.uniform(0.02, 0.2),
                    mix={
                        "code": rr.uniform(1, 5),
                        "reason": 1,
                        "math": rr.uniform(0, 1),
                        "creative": rr.uniform(0, 1),
                        "other": 2,
                    },
                    follow=rr.uniform(0.3, 0.6),
                    cover=rr.uniform(0.2, 0.5),
                    i18n=0.5,
                ),
                out_med=rr.uniform(300, 800),
                img_p=0.05,
                incog_p=0.02,
                keys=["key_" + hexid(rr)],
            )

    def gen_resellers(self) -> dict[str, tuple[str, list[tuple[str, str]], str]]:
        """Three resellers; their exit pools span regions, some of them restricted."""
        rr = self.sub("resellers")
        out = {}
        for name, countries in (
            ("R1", ["US", "SG", "JP", "DE", "GB", "HK", "NL"]),
            ("R2", ["US", "SG", "MY", "HK", "KR"]),
            ("R3", ["US", "GB", "FR", "IN", "BR"]),
        ):
            pool = self.net.pool(
                countries, rr.randint(60, 160), resi_share=rr.uniform(0.3, 0.7), feed_kind="proxy"
            )
            out[name] = ("org_" + hexid(rr, 10), pool, self.card(rr))
        self.resellers = out
        return out

    def gen_reseller_customers(self) -> None:
        rr = self.sub("reseller_customers")
        for _ in range(self.n(850)):
            r = rr.choices(["R1", "R2", "R3"], [0.5, 0.25, 0.25])[0]
            org, pool, card = self.resellers[r]
            cc = rr.choice(["US", "SG", "MY", "JP", "KR", "GB", "DE", "IN", "TW", "BR"])
            a = self.new_acct(
                rr,
                "hn:reseller_customer",
                created=self.aged(rr, 120),
                tier="api",
                channel="partner_reseller",
                pay=card if rr.random() < 0.8 else True,
                email=rr.choice(WEBMAIL + DISPOSABLE[:2]),
                country=cc,
                org=org,
            )
            gw_ua = ua_of(rr, RESELLER_UAS[int(r[1]) - 1 : int(r[1])])
            uas = [("api", gw_ua if rr.random() < 0.7 else ua_of(rr, SDKS), 1.0)]
            kind = rr.random()
            if kind < 0.4:  # a small app behind the reseller
                sysp, tmpl = rr.choice(T.APP_TEMPLATES)
                prompt: PromptFn = templated(tmpl, 0.6)
                system: SysFn | None = const(sysp)
                n = int(rr.lognormvariate(math.log(80), 0.9))
                profile = "flat"
            else:
                prompt = self.p_capability(
                    a.lang,
                    cot=rr.uniform(0, 0.15),
                    mix={"code": 2, "other": 2, "reason": 1, "math": 0.5},
                    cover=0.5,
                    i18n=0.6,
                )
                system = None
                n = int(rr.lognormvariate(math.log(35), 1.0))
                profile = rr.choice(["human", "office", "evening"])
            self.emit(
                a,
                rr,
                n=n,
                window=(max(0, a.created), DAYS * DAY),
                profile=profile,
                sess_med=rr.uniform(2, 10),
                gap_med=rr.uniform(5, 90),
                new_conv=1.0,
                surfaces=uas,
                where=self.w_pool(pool),
                line=rr.choice(["flagship", "mini", "legacy"]),
                delay=rr.uniform(2, 400) * HOUR,
                prompt=prompt,
                system=system,
                out_med=rr.uniform(150, 600),
                keys=["key_" + hexid(rr)],
                row_where=True,
                err_p=0.02,
            )

    def gen_campus(self) -> None:
        rr = self.sub("campus")
        left = self.n(800)
        while left > 0:
            k = min(left, rr.randint(40, 200))
            left -= k
            cc = rr.choices(ALLOWED, ALLOWED_W)[0]
            org = "org_" + hexid(rr, 10)
            nat = self.net.egress("education", cc, rr.randint(2, 8))
            dom = f"{hexid(rr, 4)}-uni.edu" if cc == "US" else f"uni-{hexid(rr, 4)}.ac.{cc.lower()}"
            cohort = rr.uniform(-200, -20) * DAY
            for _ in range(k):
                created = (
                    cohort + rr.uniform(0, 3) * HOUR if rr.random() < 0.7 else self.aged(rr, 200)
                )
                a = self.new_acct(
                    rr,
                    "hn:campus_nat",
                    created=created,
                    tier="education",
                    channel="education_program",
                    pay=None,
                    email=dom,
                    country=cc,
                    org=org,
                )
                home = self.w_home(a, rr, mobile_share=0.3)
                self.consumer(
                    a,
                    rr,
                    n=int(rr.lognormvariate(math.log(30), 1.0)),
                    profile="student",
                    where=self.w_mix([(0.65, self.w_fixed(nat, cc)), (0.35, home)]),
                    prompt=self.p_everyday(a.lang, cot=0.1, code=0.25, math_p=0.25),
                )

    def gen_carrier(self) -> None:
        rr = self.sub("carrier")
        for _ in range(self.n(600)):
            a = self.consumer_acct(rr, "hn:carrier_nat", tier=rr.choice(["free", "free", "pro"]))
            pool = self.net.mobile_pool(a.country or "US", rr)
            self.consumer(
                a,
                rr,
                where=self.w_fixed(pool, a.country or "US"),
                surfaces=[("app", ua_of(rr, APPS), 1.0)],
                n=int(rr.lognormvariate(math.log(25), 1.0)),
            )

    def gen_corporate(self, host_org: tuple[str, list[str], str, str] | None = None) -> None:
        rr = self.sub("corporate")
        left = self.n(900)
        first = True
        while left > 0:
            if first and host_org is not None:
                org, egress, cc, dom = host_org
                k = min(left, 35)
                first = False
            else:
                k = min(left, rr.randint(5, 120))
                cc = rr.choices(ALLOWED, ALLOWED_W)[0]
                org = "org_" + hexid(rr, 10)
                egress = self.net.egress(
                    "corporate", cc, rr.randint(1, 4), in_feed=rr.random() < 0.8
                )
                dom = f"{hexid(rr, 6)}.{rr.choice(['com', 'io', 'co', 'de', 'ai'])}"
            left -= k
            tier = rr.choice(["team", "enterprise"])
            card = self.card(rr)
            onboard = rr.uniform(-400, 20) * DAY
            for _ in range(k):
                created = (
                    onboard + rr.uniform(0, 2) * HOUR
                    if rr.random() < 0.6
                    else onboard + rr.uniform(0, 300) * DAY
                )
                a = self.new_acct(
                    rr,
                    "hn:corporate_egress",
                    created=min(created, (DAYS - 2) * DAY),
                    tier=tier,
                    channel="web",
                    pay=card,
                    email=dom,
                    country=cc,
                    org=org,
                )
                home = self.w_home(a, rr, mobile_share=0.2)
                surfaces = [("web", ua_of(rr, BROWSERS), 0.8), ("app", ua_of(rr, APPS), 0.1)]
                if rr.random() < 0.3:
                    surfaces.append(("api", ua_of(rr, SDKS), 0.3))
                self.emit(
                    a,
                    rr,
                    n=int(rr.lognormvariate(math.log(45), 0.9)),
                    window=(0, DAYS * DAY),
                    profile="office",
                    weekend=0.1,
                    sess_med=rr.uniform(2, 8),
                    gap_med=rr.uniform(30, 120),
                    new_conv=0.3,
                    surfaces=surfaces,
                    where=self.w_mix([(0.8, self.w_fixed(egress, cc)), (0.2, home)]),
                    line="consumer",
                    delay=rr.uniform(0, 30) * HOUR,
                    alt_line=("reason", 0.1),
                    prompt=self.p_capability(
                        a.lang,
                        cot=0.04,
                        mix={"code": rr.uniform(0, 3), "other": 3, "reason": 1, "knowledge": 0.4},
                        follow=0.4,
                        cover=0.4,
                        i18n=0.5,
                    ),
                    keys=["key_" + hexid(rr)],
                    out_med=400,
                )

    def gen_eval_runner(self) -> None:
        rr = self.sub("eval")
        c = self.c
        for _ in range(self.n(45)):
            cc = rr.choice(
                ["US", "US", "GB", "DE", "FR", "CN" if False else "SG", "JP", "KR", "IN", "CA"]
            )
            a = self.new_acct(
                rr,
                "hn:eval_runner",
                created=self.aged(rr, 250),
                tier="api",
                channel=rr.choice(
                    ["api_console", "api_console", "research_program", "startup_program"]
                ),
                country=cc,
                org="org_" + hexid(rr, 10) if rr.random() < 0.6 else None,
                email=rr.choice(WEBMAIL[:3] + [f"{hexid(rr, 5)}.ai", f"{hexid(rr, 5)}.org"]),
            )
            ips = self.net.dc_ips(rr.choice(["US", "DE", "SG", "JP", "GB"]), rr, rr.randint(1, 4))
            ua = ua_of(rr, SDKS[:6])
            bench = rr.choice(["gsm8k", "mtbench", "arena", "judge", "bfcl"])
            cotform = rr.choice(
                [
                    "Let's think step by step.",
                    "Q: {q}\nA: Let's think step by step.",
                    "{q}\nAnswer:",
                ]
            )
            runs = rr.randint(1, 4)
            # runs cluster on release days: people benchmark a new model within hours
            rel_days = [RELEASES["nova-4.5"], RELEASES["nova-r2"], RELEASES["nova-5-preview"]]
            for _k in range(runs):
                t0 = (
                    rr.choice(rel_days) + rr.uniform(0.5, 30) * HOUR
                    if rr.random() < 0.6
                    else rr.uniform(0, DAYS - 1) * DAY
                )
                if bench == "gsm8k":
                    items = [
                        cotform.replace("{q}", q) if "{q}" in cotform else f"{q}\n{cotform}"
                        for q, _ in c.gsm8k_test[: rr.choice([250, 500, 1319])]
                    ]
                elif bench == "mtbench":
                    items = [x for pair in c.mtbench for x in pair]
                elif bench == "arena":
                    items = (
                        c.arena_general
                        if rr.random() < 0.5
                        else (c.arena_coding + c.arena_math + c.arena_creative)
                    )
                elif bench == "judge":
                    items = [
                        T.JUDGE_TEMPLATE.format(q=q, a=ans[:600]) for q, ans in c.gsm8k_test[:300]
                    ]
                else:
                    items = [q for q, _ in c.bfcl_live[:400]]
                tools = 5 if bench == "bfcl" else 0
                model_line = rr.choice(["flagship", "reason", "mini"])
                self.emit(
                    a,
                    rr,
                    n=len(items),
                    window=(t0, t0 + 6 * HOUR),
                    profile="flat",
                    sess_med=len(items),
                    sess_sigma=0.01,
                    gap_med=rr.uniform(0.3, 3),
                    gap_sigma=0.5,
                    new_conv=1.0,
                    surfaces=[("api", ua, 1)],
                    where=self.w_fixed(ips, "US"),
                    line=model_line,
                    delay=rr.uniform(0.2, 4) * HOUR,
                    prompt=from_list(items, tools, 1.5),
                    out_med=rr.uniform(250, 700),
                    keys=["key_" + hexid(rr)],
                    err_p=0.03,
                )
            # and some day-to-day development traffic
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(60), 0.8)),
                window=(0, DAYS * DAY),
                profile="office",
                surfaces=[("api", ua, 1)],
                where=self.w_fixed(ips, "US"),
                line="flagship",
                delay=rr.uniform(1, 50) * HOUR,
                prompt=self.p_capability("en", cot=0.2, mix={"code": 1, "math": 1, "reason": 1}),
                keys=["key_" + hexid(rr)],
            )

    def gen_batch(self) -> None:
        rr = self.sub("batch")
        for _ in range(self.n(30)):
            cc = rr.choice(["US", "DE", "GB", "JP", "FR", "NL"])
            a = self.new_acct(
                rr,
                "hn:batch_job",
                created=self.aged(rr, 400),
                tier=rr.choice(["enterprise", "api"]),
                channel="api_console",
                country=cc,
                org="org_" + hexid(rr, 10),
                email=f"{hexid(rr, 6)}.com",
            )
            ips = self.net.dc_ips(cc, rr, rr.randint(1, 3))
            tmpl_k = rr.randrange(3)
            nightly = int(rr.lognormvariate(math.log(55), 0.8))
            nights = [d for d in range(DAYS) if rr.random() < 0.8]
            dw = [1.0 if d in nights else 0.0 for d in range(DAYS)]
            self.emit(
                a,
                rr,
                n=nightly * len(nights),
                window=(0, DAYS * DAY),
                profile="night",
                weekend=1.0,
                day_weights=dw,
                sess_med=nightly,
                sess_sigma=0.2,
                gap_med=rr.uniform(0.5, 4),
                gap_sigma=0.4,
                new_conv=1.0,
                surfaces=[("api", ua_of(rr, SDKS), 1)],
                where=self.w_fixed(ips, cc),
                line=rr.choice(["mini", "legacy", "flagship"]),
                delay=rr.uniform(100, 900) * HOUR,
                prompt=batch_prompt(tmpl_k),
                system=lambda r: (
                    "You are a precise information extraction engine. Output valid JSON only."
                ),
                out_med=60,
                out_sigma=0.4,
                keys=["key_" + hexid(rr)],
                err_p=0.02,
            )

    def gen_ci(self) -> None:
        rr = self.sub("ci")
        for _ in range(self.n(150)):
            cc = rr.choices(ALLOWED, ALLOWED_W)[0]
            a = self.new_acct(
                rr,
                "hn:ci_agent",
                created=self.aged(rr, 200),
                tier=rr.choice(["api", "team", "enterprise"]),
                channel=rr.choice(["api_console", "startup_program", "web"]),
                country=cc,
                org="org_" + hexid(rr, 10),
                email=f"{hexid(rr, 6)}.{rr.choice(['dev', 'io', 'com'])}",
            )
            runner = self.net.dc_block(rr.choice(["US", "DE", "GB", "SG", "NL"]), rr)
            files = rr.sample(T.FILES, 4)
            ua = ua_of(rr, CLIS)
            ntools = rr.randint(6, 28)

            def prompt(
                r: random.Random, f: bool, t: int, files: list[str] = files, ntools: int = ntools
            ) -> tuple[str, int, float]:
                return (T.agent_task(r, files) if f else T.agent_obs(r)), ntools, 0.8

            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(250), 0.9)),
                window=(0, DAYS * DAY),
                profile="office",
                weekend=0.15,
                sess_med=rr.uniform(5, 30),
                gap_med=rr.uniform(2, 12),
                gap_sigma=0.7,
                new_conv=0.02,
                surfaces=[("cli", ua, 0.7), ("api", ua_of(rr, SDKS[:2]), 0.3)],
                where=block_where(runner),
                line=rr.choice(["flagship", "reason"]),
                delay=rr.uniform(2, 200) * HOUR,
                prompt=prompt,
                conv_api=True,
                out_med=rr.uniform(300, 900),
                system=lambda r: (
                    "You are a coding agent running in CI. Use the tools to inspect and edit the repository."
                ),
                keys=["key_" + hexid(rr) for _ in range(rr.randint(1, 3))],
                err_p=0.03,
            )

    def gen_api_app(self) -> None:
        rr = self.sub("apiapp")
        for _ in range(self.n(180)):
            cc = rr.choices(ALLOWED, ALLOWED_W)[0]
            a = self.new_acct(
                rr,
                "hn:api_app",
                created=self.aged(rr, 300),
                tier="api",
                channel=rr.choice(["api_console", "startup_program"]),
                country=cc,
                org="org_" + hexid(rr, 10) if rr.random() < 0.7 else None,
                email=f"{hexid(rr, 6)}.app",
            )
            sysp, tmpl = rr.choice(T.APP_TEMPLATES)
            ips = self.net.dc_ips(
                rr.choice(["US", "DE", "SG", "IN", "BR", "JP"]), rr, rr.randint(1, 6)
            )
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(260), 1.0)),
                window=(0, DAYS * DAY),
                profile=rr.choice(["flat", "human"]),
                weekend=1.0,
                sess_med=rr.uniform(1, 6),
                gap_med=rr.uniform(5, 60),
                new_conv=1.0,
                surfaces=[("api", ua_of(rr, SDKS), 1)],
                where=self.w_fixed(ips, cc),
                line=rr.choice(["mini", "legacy", "flagship"]),
                delay=rr.uniform(50, 900) * HOUR,
                prompt=templated(tmpl, 0.5),
                system=const(sysp),
                out_med=rr.uniform(60, 300),
                keys=["key_" + hexid(rr)],
                err_p=0.02,
            )

    def gen_automation(self) -> None:
        rr = self.sub("automation")
        for _ in range(self.n(200)):
            a = self.consumer_acct(
                rr,
                "hn:personal_automation",
                tier=rr.choice(["api", "pro"]),
                channel=rr.choice(["api_console", "web"]),
            )
            cc = a.country or "US"
            if rr.random() < 0.5:
                where = self.w_fixed(self.net.home_ips(cc, rr, 1), cc)
            else:
                where = self.w_fixed(self.net.dc_ips(rr.choice(["US", "DE", "SG"]), rr, 1), cc)
            sysp, tmpl = rr.choice(T.AUTOMATION)
            period = rr.choice([30, 60, 120, 240])
            n = int(DAYS * 24 * 60 / period * rr.uniform(0.15, 0.6))
            self.emit(
                a,
                rr,
                n=n,
                window=(0, DAYS * DAY),
                profile="flat",
                weekend=1.0,
                sess_med=1,
                sess_sigma=0.01,
                gap_med=1,
                new_conv=1.0,
                surfaces=[("api", ua_of(rr, SDKS), 1)],
                where=where,
                line=rr.choice(["mini", "flagship"]),
                delay=rr.uniform(10, 600) * HOUR,
                prompt=templated(tmpl, 0.3, tools=[0, 0, 2, 4]),
                system=const(sysp),
                out_med=80,
                keys=["key_" + hexid(rr)],
                err_p=0.01,
            )

    def gen_traveller(self) -> None:
        rr = self.sub("traveller")
        vpn = self.net.pool(
            ["JP", "SG", "US", "NL", "DE", "HK"], 200, resi_share=0.0, feed_kind="proxy"
        )
        for i in range(self.n(320)):
            a = self.consumer_acct(rr, "hn:traveller")
            dest = rr.choice(RESTRICTED[:5] + ["CN", "CN", "HK", "RU"])
            home = self.w_home(a, rr)
            abroad = self.net.home_ips(dest, rr, 2) + self.net.mobile_pool(dest, rr)[:4]
            if i % 3 == 0:  # expatriate: lives there, mostly through a VPN
                where = self.w_mix(
                    [(0.6, self.w_pool(vpn)), (0.3, self.w_fixed(abroad, dest)), (0.1, home)]
                )
                a.tz = COUNTRIES[dest][0]
            else:
                t0 = rr.uniform(0, DAYS - 10) * DAY
                t1 = t0 + rr.uniform(3, 12) * DAY
                local = self.w_fixed(abroad, dest)
                usevpn = rr.random() < 0.4

                def where(
                    r: random.Random,
                    t: float,
                    t0: float = t0,
                    t1: float = t1,
                    local: WhereFn = local,
                    home: WhereFn = home,
                    usevpn: bool = usevpn,
                ) -> tuple[str, str]:
                    if t0 <= t <= t1:
                        return r.choice(vpn) if usevpn and r.random() < 0.6 else local(r, t)
                    return home(r, t)

            self.consumer(a, rr, where=where, n=int(rr.lognormvariate(math.log(35), 0.9)))

    def gen_labelling(self) -> None:
        rr = self.sub("labelling")
        c = self.c
        left = self.n(160)
        while left > 0:
            k = min(left, rr.randint(15, 60))
            left -= k
            cc = rr.choice(["PH", "KE", "IN", "US", "NG", "CO"])
            org = "org_" + hexid(rr, 10)
            office = self.net.egress("corporate", cc, rr.randint(1, 3))
            dom = f"{hexid(rr, 5)}-data.com"
            card = self.card(rr)
            onboard = rr.uniform(-60, 10) * DAY
            guideline = rr.choice(
                [
                    "Write a challenging question in category {k}, then ask the assistant to answer with full reasoning.",
                    "Task type {k}: rate the assistant answer 1-7 and justify.",
                ]
            )
            for _ in range(k):
                a = self.new_acct(
                    rr,
                    "hn:labelling_contractor",
                    created=onboard + rr.uniform(0, 3) * HOUR,
                    tier="team",
                    channel="web",
                    pay=card,
                    email=dom,
                    country=cc,
                    org=org,
                )
                home = self.w_home(a, rr, mobile_share=0.2)

                def prompt(
                    r: random.Random, f: bool, t: int, g: str = guideline
                ) -> tuple[str, int, float]:
                    x = r.random()
                    if x < 0.35:
                        q, ans = r.choice(c.gsm8k_train)
                        return (
                            r.choice(T.PREFERENCE_FORMS).format(q=q, a=ans[:500], b=ans[:200]),
                            0,
                            1.5,
                        )
                    if x < 0.7:
                        q = r.choice(c.arena_general + c.arena_math + c.arena_coding)
                        return T.cot_wrap(r, q), 0, 1.6
                    if x < 0.8:
                        return (
                            g.format(k=r.choice(["math", "coding", "reasoning", "safety"])),
                            0,
                            1.0,
                        )
                    return r.choice(c.self_instruct), 0, 1.0

                self.emit(
                    a,
                    rr,
                    n=int(rr.lognormvariate(math.log(180), 0.6)),
                    window=(0, DAYS * DAY),
                    profile="office",
                    weekend=0.1,
                    sess_med=rr.uniform(8, 25),
                    gap_med=rr.uniform(60, 240),
                    new_conv=0.7,
                    surfaces=[("web", ua_of(rr, BROWSERS), 1)],
                    where=self.w_mix([(0.75, self.w_fixed(office, cc)), (0.25, home)]),
                    line="consumer",
                    delay=rr.uniform(0, 6) * HOUR,
                    alt_line=("reason", 0.3),
                    prompt=prompt,
                    out_med=600,
                )

    def gen_teacher(self) -> None:
        rr = self.sub("teacher")
        left = self.n(320)
        while left > 0:
            k = min(left, rr.randint(12, 36))
            left -= k
            cc = rr.choices(ALLOWED, ALLOWED_W)[0]
            org = "org_" + hexid(rr, 10)
            dom = f"school-{hexid(rr, 4)}.edu"
            nat = self.net.egress("education", cc, rr.randint(1, 3))
            hw = rr.choice(T.ASSIGNMENTS).format(v=rr.randint(5, 30), n=rr.randint(2, 9))
            due = rr.uniform(2, DAYS - 2) * DAY
            signup = due - rr.uniform(2, 10) * DAY
            for _j in range(k):
                a = self.new_acct(
                    rr,
                    "hn:teacher_assignment",
                    created=signup + rr.uniform(0, 1.5) * HOUR,
                    tier="education",
                    channel="education_program",
                    pay=None,
                    email=dom,
                    country=cc,
                    org=org,
                )

                def prompt(
                    r: random.Random, f: bool, t: int, hw: str = hw
                ) -> tuple[str, int, float]:
                    if f and r.random() < 0.6:
                        return (
                            (
                                hw
                                if r.random() < 0.5
                                else hw.lower().replace(".", "")
                                + r.choice(["", " pls", "?", " step by step"])
                            ),
                            0,
                            1.5,
                        )
                    return T.followup(r, "en") if not f else T.everyday(r, "en", self.c), 0, 1.0

                self.consumer(
                    a,
                    rr,
                    n=int(rr.lognormvariate(math.log(14), 0.7)),
                    profile="student",
                    window=(signup, min(DAYS * DAY, due + DAY)),
                    where=self.w_mix([(0.5, self.w_fixed(nat, cc)), (0.5, self.w_home(a, rr))]),
                    prompt=prompt,
                )

    def gen_viral(self) -> None:
        rr = self.sub("viral")
        peak = rr.uniform(5, 20) * DAY
        tmpl = rr.choice(T.VIRAL)
        for _ in range(self.n(380)):
            a = self.consumer_acct(rr, "hn:viral_prompt")
            every = self.p_everyday(a.lang)
            t_paste = peak + rr.expovariate(1 / (1.5 * DAY))

            def prompt(
                r: random.Random, f: bool, t: int, every: PromptFn = every
            ) -> tuple[str, int, float]:
                if f and r.random() < 0.5:
                    return tmpl.format(x=r.choice(T.VIRAL_X)), 0, 1.2
                return every(r, f, t)

            self.consumer(
                a,
                rr,
                prompt=prompt,
                window=(max(0, t_paste - 2 * DAY), min(DAYS * DAY, t_paste + 4 * DAY)),
                n=int(rr.lognormvariate(math.log(12), 0.8)),
            )

    def gen_translation(self) -> None:
        rr = self.sub("translation")
        c = self.c
        for _ in range(self.n(60)):
            cc = rr.choice(["DE", "FR", "ES", "PL", "US", "GB", "IT", "NL"])
            a = self.new_acct(
                rr,
                "hn:translation_agency",
                created=self.aged(rr),
                tier=rr.choice(["api", "team"]),
                channel=rr.choice(["api_console", "web"]),
                country=cc,
                org="org_" + hexid(rr, 10),
                email=f"{hexid(rr, 5)}-translations.{cc.lower()}",
            )
            office = self.net.egress("corporate", cc, 2)
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(280), 0.8)),
                window=(0, DAYS * DAY),
                profile="office",
                weekend=0.15,
                sess_med=rr.uniform(10, 60),
                gap_med=rr.uniform(3, 40),
                new_conv=1.0,
                surfaces=[("api", ua_of(rr, SDKS), 1)],
                where=self.w_fixed(office, cc),
                line=rr.choice(["flagship", "mini"]),
                delay=rr.uniform(24, 400) * HOUR,
                prompt=lambda r, f, t: (T.translation_job(r, T.everyday(r, "en", c)[:800]), 0, 1.3),
                out_med=300,
                keys=["key_" + hexid(rr)],
            )

    def gen_researcher(self) -> None:
        rr = self.sub("researcher")
        for _ in range(self.n(60)):
            cc = rr.choice(
                ["US", "GB", "DE", "CA", "FR", "JP", "KR", "SG", "IN", "CH" if False else "NL"]
            )
            uni = rr.random() < 0.6
            a = self.new_acct(
                rr,
                "hn:capability_researcher",
                created=self.aged(rr, 200),
                tier="api",
                channel="research_program",
                country=cc,
                org="org_" + hexid(rr, 10),
                email=f"{hexid(rr, 4)}.edu" if uni else f"{hexid(rr, 5)}.org",
            )
            ips = self.net.egress("education", cc, 2) if uni else self.net.dc_ips(cc, rr, 2)
            rel = rr.choice([RELEASES["nova-4.5"], RELEASES["nova-r2"], RELEASES["nova-5-preview"]])
            dw = [3.0 if 0 <= d * DAY - rel < 3 * DAY else 0.5 for d in range(DAYS)]
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(400), 0.8)),
                window=(0, DAYS * DAY),
                profile=rr.choice(["office", "human"]),
                weekend=0.5,
                day_weights=dw,
                sess_med=rr.uniform(20, 120),
                gap_med=rr.uniform(1, 20),
                new_conv=rr.uniform(0.6, 1.0),
                surfaces=[("api", ua_of(rr, SDKS[:6]), 1)],
                where=self.w_fixed(ips, cc),
                line=rr.choice(["flagship", "reason"]),
                delay=rr.uniform(0.5, 12) * HOUR,
                alt_line=("mini", 0.2),
                prompt=self.p_capability(
                    "en",
                    cot=rr.uniform(0.2, 0.7),
                    mix={"math": 2, "code": 2, "reason": 2, "tools": 1, "knowledge": 0.5},
                    follow=0.2,
                    i18n=0.1,
                ),
                out_med=700,
                keys=["key_" + hexid(rr) for _ in range(2)],
                err_p=0.03,
            )

    def gen_switcher(self) -> None:
        rr = self.sub("switcher")
        for _ in range(self.n(200)):
            cc = rr.choices(ALLOWED, ALLOWED_W)[0]
            a = self.new_acct(
                rr,
                "hn:model_switcher",
                created=self.aged(rr),
                tier="api",
                channel=rr.choice(["api_console", "startup_program"]),
                country=cc,
                org="org_" + hexid(rr, 10) if rr.random() < 0.5 else None,
            )
            where = self.w_mix(
                [(0.5, self.w_home(a, rr)), (0.5, self.w_fixed(self.net.dc_ips(cc, rr, 2), cc))]
            )
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(90), 0.9)),
                window=(0, DAYS * DAY),
                profile=rr.choice(["office", "evening"]),
                sess_med=rr.uniform(3, 15),
                gap_med=rr.uniform(5, 90),
                new_conv=0.7,
                surfaces=[("api", ua_of(rr, SDKS), 0.8), ("cli", ua_of(rr, CLIS[:3]), 0.2)],
                where=where,
                line=rr.choice(["flagship", "reason", "mini"]),
                delay=rr.uniform(0.3, 8) * HOUR,
                prompt=self.p_capability(
                    a.lang,
                    cot=0.1,
                    mix={"code": 3, "other": 1, "reason": 1, "tools": 0.5},
                    cover=0.3,
                ),
                out_med=450,
                keys=["key_" + hexid(rr)],
            )

    def gen_vpn(self) -> None:
        rr = self.sub("vpn")
        vpn = self.net.pool(
            ["US", "NL", "DE", "SE", "GB", "JP", "SG", "CA", "FR", "HK"],
            260,
            resi_share=0.0,
            feed_kind="proxy",
        )
        for _ in range(self.n(220)):
            a = self.consumer_acct(rr, "hn:vpn_user")
            self.consumer(
                a, rr, where=self.w_mix([(0.8, self.w_pool(vpn)), (0.2, self.w_home(a, rr))])
            )

    # ================================================================== campaigns
    def lab_cards(self, lab: str, k: int) -> list[str]:
        if lab not in self.cards:
            rr = self.sub("cards", lab)
            self.cards[lab] = [self.card(rr) for _ in range(k)]
        return self.cards[lab]

    def camp_a_hydra(self) -> None:
        """Lab A: reasoning traces through a hydra of resold and direct accounts, rotating fast."""
        rr = self.sub("a_hydra")
        org, pool, rcard = self.resellers["R1"]
        cards = self.lab_cards("A", 120)
        exits = ["US", "GB", "DE", "JP", "SG", "CA", "AU", "NL", "FR"]
        waves = sorted(rr.uniform(-4, DAYS - 4) for _ in range(9))
        for i in range(self.n(520)):
            wave = waves[i % len(waves)]
            via_reseller = rr.random() < 0.5
            cc = rr.choice(exits)
            created = (
                wave * DAY + rr.uniform(0, 3) * HOUR if rr.random() < 0.75 else self.aged(rr, 90)
            )
            a = self.new_acct(
                rr,
                "attack:a_hydra_cot",
                lab="A",
                created=created,
                tier="api",
                channel="partner_reseller" if via_reseller else "api_console",
                pay=rcard if via_reseller else (rr.choice(cards) if rr.random() < 0.7 else True),
                email=rr.choice(WEBMAIL[:8] + DISPOSABLE[:1] + ["proton.me"]),
                country=cc,
                org=org if via_reseller else None,
            )
            start = max(0.0, a.created) + rr.uniform(0.3, 36) * HOUR
            life = rr.uniform(1.5, 7) * DAY
            ua = (
                ua_of(rr, RESELLER_UAS[:1])
                if via_reseller and rr.random() < 0.7
                else ua_of(rr, SDKS[:5])
            )
            where = (
                self.w_mix([(0.5, self.w_pool(pool)), (0.5, self.w_resi(exits))])
                if via_reseller
                else self.w_resi(exits)
            )
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(55), 0.7)),
                window=(start, start + life),
                profile=rr.choice(["human", "office", "flat"]),
                weekend=rr.uniform(0.5, 1),
                sess_med=rr.uniform(3, 15),
                gap_med=rr.uniform(8, 90),
                gap_sigma=1.1,
                new_conv=1.0,
                surfaces=[("api", ua, 1)],
                where=where,
                line=rr.choice(["reason", "flagship"]),
                delay=rr.uniform(1, 30) * HOUR,
                prompt=self.p_capability(
                    "en",
                    cot=rr.uniform(0.4, 0.85),
                    mix={"math": 3, "code": 2, "reason": 2, "other": 0.5},
                    cover=rr.uniform(0.05, 0.3),
                    i18n=0.0,
                ),
                system=(
                    lambda r: (
                        None
                        if r.random() < 0.7
                        else r.choice(
                            [
                                "You are a helpful assistant.",
                                "Think carefully. Show your reasoning before the final answer.",
                                "You are an expert tutor. Explain your thinking in detail.",
                            ]
                        )
                    )
                ),
                out_med=rr.uniform(250, 800),
                keys=["key_" + hexid(rr)],
                row_where=rr.random() < 0.5,
                err_p=0.02,
            )

    def camp_a_agentic(self) -> None:
        """Lab A: bought, aged accounts harvesting tool-use and agent trajectories."""
        rr = self.sub("a_agentic")
        c = self.c
        for _ in range(self.n(200)):
            cc = rr.choices(ALLOWED, ALLOWED_W)[0]
            a = self.new_acct(
                rr,
                "attack:a_agentic_harvest",
                lab="A",
                created=self.aged(rr, 350),
                tier=rr.choice(["pro", "pro", "api", "max"]),
                channel=rr.choice(["web", "web", "api_console"]),
                country=cc,
                org=None,
            )
            dc = rr.choice(["SG", "JP", "US", "DE"])
            where = self.w_mix(
                [
                    (
                        rr.uniform(0.2, 0.8),
                        self.w_fixed(self.net.dc_ips(dc, rr, rr.randint(1, 5)), dc),
                    ),
                    (0.5, self.w_resi(["US", "JP", "SG", "KR", "GB"])),
                ]
            )
            ntools = rr.randint(4, 24)

            def prompt(
                r: random.Random, f: bool, t: int, ntools: int = ntools
            ) -> tuple[str, int, float]:
                x = r.random()
                if f:
                    if x < 0.4:
                        q, k = r.choice(c.bfcl_live)
                        return q, max(k, 2), 0.9
                    if x < 0.7:
                        return r.choice(c.bfcl_multi)[0], ntools, 0.9
                    return T.agent_task(r), ntools, 1.0
                if x < 0.5:
                    steps = r.choice(c.bfcl_multi)
                    return steps[min(t, len(steps) - 1)], ntools, 0.9
                return T.agent_obs(r), ntools, 0.9

            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(150), 0.8)),
                window=(rr.uniform(0, 12) * DAY, DAYS * DAY),
                profile=rr.choice(["office", "human", "flat"]),
                weekend=rr.uniform(0.3, 1),
                sess_med=rr.uniform(6, 30),
                gap_med=rr.uniform(2, 15),
                gap_sigma=0.8,
                new_conv=0.06,
                surfaces=[("cli", ua_of(rr, CLIS[:3]), 0.6), ("api", ua_of(rr, SDKS[:2]), 0.4)],
                where=where,
                line=rr.choice(["flagship", "reason"]),
                delay=rr.uniform(2, 40) * HOUR,
                prompt=prompt,
                conv_api=True,
                system=lambda r: r.choice(
                    [
                        None,
                        "You are an autonomous agent. Call tools as needed.",
                        "You are a coding agent. Use the tools to inspect and edit the repository.",
                    ]
                ),
                out_med=rr.uniform(200, 700),
                keys=["key_" + hexid(rr)],
                err_p=0.02,
            )

    def camp_a_release(self) -> None:
        """Lab A: mostly quiet accounts that jump onto each new model within hours and sweep it."""
        rr = self.sub("a_release")
        for _ in range(self.n(160)):
            cc = rr.choices(ALLOWED, ALLOWED_W)[0]
            burst = rr.choice([RELEASES["nova-4.5"], RELEASES["nova-r2"]]) - rr.uniform(3, 9) * DAY
            a = self.new_acct(
                rr,
                "attack:a_release_sweep",
                lab="A",
                created=burst + rr.uniform(0, 5) * HOUR
                if rr.random() < 0.6
                else self.aged(rr, 200),
                tier="api",
                channel=rr.choice(["api_console", "startup_program"]),
                country=cc,
                pay=rr.choice(self.lab_cards("A", 120)) if rr.random() < 0.4 else True,
            )
            ips_dc = self.net.dc_ips(rr.choice(["US", "SG", "JP"]), rr, 2)
            where = self.w_mix(
                [(0.4, self.w_fixed(ips_dc, "US")), (0.6, self.w_resi(["US", "CA", "GB", "JP"]))]
            )
            ua = ua_of(rr, SDKS[:4])
            key = ["key_" + hexid(rr)]
            # a little cover traffic before the release
            self.emit(
                a,
                rr,
                n=rr.randint(3, 25),
                window=(0, DAYS * DAY),
                profile="office",
                surfaces=[("api", ua, 1)],
                where=where,
                line="flagship",
                delay=rr.uniform(1, 10) * DAY,
                prompt=self.p_everyday("en"),
                keys=key,
            )
            for rel, line in (
                (RELEASES["nova-4.5"], "flagship"),
                (RELEASES["nova-r2"], "reason"),
                (RELEASES["nova-5-preview"], "flagship"),
            ):
                if rr.random() < 0.35:
                    continue
                t0 = rel + rr.uniform(0.3, 8) * HOUR
                self.emit(
                    a,
                    rr,
                    n=int(rr.lognormvariate(math.log(70), 0.7)),
                    window=(t0, t0 + rr.uniform(1, 4) * DAY),
                    profile=rr.choice(["human", "flat"]),
                    weekend=1.0,
                    sess_med=rr.uniform(5, 25),
                    gap_med=rr.uniform(4, 40),
                    new_conv=0.9,
                    surfaces=[("api", ua, 1)],
                    where=where,
                    line=line,
                    delay=0.0,
                    prompt=self.p_capability(
                        "en",
                        cot=rr.uniform(0.3, 0.7),
                        mix={
                            "math": 1,
                            "code": 1.5,
                            "reason": 1.5,
                            "creative": 0.5,
                            "tools": 0.7,
                            "knowledge": 0.5,
                        },
                    ),
                    out_med=rr.uniform(250, 800),
                    keys=key,
                    err_p=0.03,
                )

    def camp_b_translated(self) -> None:
        """Lab B: multi-turn web threads in several languages, residential proxies, human pace."""
        rr = self.sub("b_translated")
        langs = ["zh", "ru", "es", "de", "ja", "ko", "fr", "pt", "vi"]
        for _ in range(self.n(300)):
            cc = rr.choice(["US", "SG", "MY", "JP", "GB", "CA", "AU", "TW", "KR", "DE"])
            lang = rr.choice(langs) if rr.random() < 0.8 else COUNTRIES[cc][1]
            a = self.new_acct(
                rr,
                "attack:b_translated_threads",
                lab="B",
                created=self.aged(rr, 250),
                tier=rr.choice(["pro", "pro", "max", "free"]),
                channel="web",
                country=cc,
                lang=lang,
                pay=True,
            )
            a.tz = rr.choice([COUNTRIES[cc][0], 8.0])
            proxy_cc = [cc] if rr.random() < 0.6 else ["US", "SG", "JP", "MY"]
            sticky = self.net.home_ips(proxy_cc[0], rr, 3)
            where = self.w_mix(
                [(0.5, self.w_fixed(sticky, proxy_cc[0])), (0.5, self.w_resi(proxy_cc))]
            )
            start = rr.uniform(0, DAYS - 6) * DAY
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(70), 0.7)),
                window=(start, start + rr.uniform(5, 20) * DAY),
                profile=rr.choice(["human", "evening", "office"]),
                weekend=rr.uniform(0.5, 1.1),
                sess_med=rr.uniform(4, 12),
                gap_med=rr.uniform(40, 160),
                new_conv=rr.uniform(0.1, 0.3),
                surfaces=[("web", ua_of(rr, BROWSERS), 0.85), ("app", ua_of(rr, APPS), 0.15)],
                where=where,
                line="consumer",
                delay=rr.uniform(0, 5) * HOUR,
                alt_line=("reason", rr.uniform(0.3, 0.8)),
                prompt=self.p_capability(
                    lang,
                    cot=rr.uniform(0.4, 0.8),
                    mix={"math": 2, "code": 1.5, "reason": 1.5, "knowledge": 1},
                    follow=rr.uniform(0.3, 0.6),
                    cover=rr.uniform(0.1, 0.3),
                    i18n=rr.uniform(0.5, 0.95),
                ),
                out_med=rr.uniform(250, 800),
                incog_p=rr.uniform(0, 0.3),
                err_p=0.01,
            )

    def camp_b_inside_org(self) -> tuple[str, list[str], str, str]:
        """Lab B: seats added to a genuine startup's team workspace, sharing its office egress."""
        rr = self.sub("b_inside_org")
        cc = "US"
        org = "org_" + hexid(rr, 10)
        egress = self.net.egress("corporate", cc, 3)
        dom = f"{hexid(rr, 6)}.ai"
        card = self.card(rr)
        batches = [rr.uniform(1, 20) for _ in range(3)]
        for i in range(self.n(110)):
            created = batches[i % 3] * DAY + rr.uniform(0, 2) * HOUR
            a = self.new_acct(
                rr,
                "attack:b_inside_org",
                lab="B",
                created=created,
                tier="team",
                channel="web",
                pay=card,
                email=dom if rr.random() < 0.8 else rr.choice(WEBMAIL),
                country=cc,
                org=org,
            )
            resi = self.w_resi(["US", "CA"])
            surfaces = [("web", ua_of(rr, BROWSERS), 0.5), ("api", ua_of(rr, SDKS[:3]), 0.5)]
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(130), 0.6)),
                window=(a.created, DAYS * DAY),
                profile="office",
                weekend=0.2,
                sess_med=rr.uniform(5, 20),
                gap_med=rr.uniform(20, 100),
                new_conv=0.5,
                surfaces=surfaces,
                where=self.w_mix([(0.6, self.w_fixed(egress, cc)), (0.4, resi)]),
                line="consumer",
                delay=rr.uniform(0, 8) * HOUR,
                alt_line=("reason", 0.4),
                prompt=self.p_capability(
                    "en",
                    cot=rr.uniform(0.3, 0.6),
                    mix={"code": 3, "reason": 1.5, "math": 1, "tools": 0.5},
                    follow=0.3,
                    cover=rr.uniform(0.2, 0.4),
                ),
                out_med=rr.uniform(250, 700),
                keys=["key_" + hexid(rr)],
            )
        return org, egress, cc, dom

    def camp_b_preference(self) -> None:
        """Lab B: preference and critique data from fake startups on the startup programme."""
        rr = self.sub("b_pref")
        c = self.c
        orgs = [
            (
                "org_" + hexid(rr, 10),
                f"{hexid(rr, 6)}.{rr.choice(['ai', 'io', 'dev'])}",
                rr.uniform(-40, 15),
            )
            for _ in range(10)
        ]
        for i in range(self.n(150)):
            org, dom, t = orgs[i % len(orgs)]
            cc = rr.choice(["US", "SG", "GB"])
            a = self.new_acct(
                rr,
                "attack:b_preference_pairs",
                lab="B",
                created=t * DAY + rr.uniform(0, 6) * HOUR,
                tier="api",
                channel="startup_program",
                country=cc,
                org=org,
                email=dom,
                pay=rr.choice(self.lab_cards("B", 60)) if rr.random() < 0.4 else True,
            )
            dc = rr.choice(["US", "SG"])
            ips = self.net.dc_ips(dc, rr, rr.randint(1, 4))

            def prompt(r: random.Random, f: bool, t: int) -> tuple[str, int, float]:
                x = r.random()
                if x < 0.55:
                    q, ans = r.choice(c.gsm8k_train)
                    b = (
                        ans.replace(ans.split("####")[-1], f" {r.randint(1, 999)}")
                        if "####" in ans
                        else ans
                    )
                    return r.choice(T.PREFERENCE_FORMS).format(q=q, a=ans[:700], b=b[:700]), 0, 1.5
                if x < 0.8:
                    q = r.choice(c.arena_general + c.arena_coding)
                    return (
                        r.choice(T.PREFERENCE_FORMS).format(
                            q=q, a="(see above)", b="(alternative)"
                        ),
                        0,
                        1.4,
                    )
                return T.cot_wrap(r, r.choice(c.self_instruct)), 0, 1.4

            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(160), 0.5)),
                window=(max(0, a.created), DAYS * DAY),
                profile=rr.choice(["flat", "office"]),
                weekend=0.9,
                sess_med=rr.uniform(2, 8),
                gap_med=rr.uniform(3, 30),
                new_conv=1.0,
                surfaces=[("api", ua_of(rr, SDKS[:2]), 1)],
                where=self.w_fixed(ips, dc),
                line=rr.choice(["flagship", "reason"]),
                delay=rr.uniform(3, 72) * HOUR,
                prompt=prompt,
                system=lambda r: r.choice(
                    [None, "You are a careful evaluator.", "You are a strict grader."]
                ),
                out_med=rr.uniform(250, 700),
                keys=["key_" + hexid(rr)],
            )

    def camp_c_swarm(self) -> None:
        """Lab C: throwaway free accounts on the phone app over carriers' CGNAT, a few days each."""
        rr = self.sub("c_swarm")
        ccs = ["US", "GB", "SG", "MY", "TH", "ID", "PH", "VN"]
        bursts = [rr.uniform(-1, DAYS - 2) for _ in range(8)]
        for i in range(self.n(280)):
            cc = rr.choice(ccs)
            t = bursts[i % len(bursts)] * DAY + rr.uniform(0, 4) * HOUR
            a = self.new_acct(
                rr,
                "attack:c_mobile_swarm",
                lab="C",
                created=t,
                tier=rr.choice(["free", "free", "pro"]),
                channel="web",
                pay=rr.choice(self.lab_cards("C", 15)) if rr.random() < 0.3 else False,
                email=rr.choice(DISPOSABLE + WEBMAIL[:6]),
                country=cc,
            )
            a.tz = rr.choice([COUNTRIES[cc][0], 8.0])
            pool = self.net.mobile_pool(cc, rr)
            leak = self.net.mobile_pool(rr.choice(["CN", "HK"]), rr)[:3]
            where = self.w_mix([(0.97, self.w_fixed(pool, cc)), (0.03, self.w_fixed(leak, "HK"))])
            start = max(0.0, t) + rr.uniform(0.2, 12) * HOUR
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(40), 0.5)),
                window=(start, start + rr.uniform(1, 3.5) * DAY),
                profile=rr.choice(["human", "evening", "student"]),
                weekend=1.0,
                sess_med=rr.uniform(3, 10),
                gap_med=rr.uniform(20, 120),
                new_conv=rr.uniform(0.2, 0.6),
                surfaces=[("app", ua_of(rr, APPS), 1)],
                where=where,
                line="consumer",
                delay=rr.uniform(0, 4) * HOUR,
                alt_line=("reason", rr.uniform(0.2, 0.7)),
                prompt=self.p_capability(
                    a.lang,
                    cot=rr.uniform(0.3, 0.7),
                    mix={"math": 2, "code": 2, "reason": 1, "knowledge": 1},
                    follow=0.3,
                    cover=rr.uniform(0.15, 0.4),
                    i18n=rr.uniform(0, 0.5),
                ),
                out_med=rr.uniform(200, 700),
                incog_p=rr.uniform(0, 0.5),
                img_p=0.01,
            )

    def camp_c_reseller(self) -> None:
        """Lab C: tenants of a reseller, extracting domain knowledge as structured output."""
        rr = self.sub("c_reseller")
        org, pool, rcard = self.resellers["R2"]
        for _ in range(self.n(130)):
            cc = rr.choice(["US", "SG", "MY", "KR", "JP"])
            a = self.new_acct(
                rr,
                "attack:c_reseller_tenant",
                lab="C",
                created=self.aged(rr, 60),
                tier="api",
                channel="partner_reseller",
                pay=rcard if rr.random() < 0.85 else True,
                email=rr.choice(WEBMAIL + DISPOSABLE[:2]),
                country=cc,
                org=org,
            )
            ua = ua_of(rr, RESELLER_UAS[1:2]) if rr.random() < 0.7 else ua_of(rr, SDKS)
            start = rr.uniform(0, DAYS - 5) * DAY
            self.emit(
                a,
                rr,
                n=int(rr.lognormvariate(math.log(120), 0.7)),
                window=(start, start + rr.uniform(4, 18) * DAY),
                profile=rr.choice(["flat", "human"]),
                weekend=1.0,
                sess_med=rr.uniform(2, 12),
                gap_med=rr.uniform(5, 60),
                new_conv=1.0,
                surfaces=[("api", ua, 1)],
                where=self.w_pool(pool),
                row_where=True,
                line=rr.choice(["flagship", "mini"]),
                delay=rr.uniform(2, 100) * HOUR,
                prompt=self.p_capability(
                    "en",
                    cot=rr.uniform(0.1, 0.4),
                    mix={"knowledge": 4, "reason": 1, "math": 0.5},
                    cover=rr.uniform(0.1, 0.3),
                ),
                system=lambda r: r.choice(
                    [None, None, "Answer as a domain expert. Be exhaustive.", "Output valid JSON."]
                ),
                out_med=rr.uniform(350, 900),
                keys=["key_" + hexid(rr)],
                err_p=0.02,
            )

    # ================================================================== assembly
    def build(self) -> None:
        self.gen_resellers()
        host = self.camp_b_inside_org()
        for gen in (
            self.gen_benign,
            self.gen_household,
            self.gen_heavy,
            self.gen_reseller_customers,
            self.gen_campus,
            self.gen_carrier,
            self.gen_eval_runner,
            self.gen_batch,
            self.gen_ci,
            self.gen_api_app,
            self.gen_automation,
            self.gen_traveller,
            self.gen_labelling,
            self.gen_teacher,
            self.gen_viral,
            self.gen_translation,
            self.gen_researcher,
            self.gen_switcher,
            self.gen_vpn,
            self.camp_a_hydra,
            self.camp_a_agentic,
            self.camp_a_release,
            self.camp_b_translated,
            self.camp_b_preference,
            self.camp_c_swarm,
            self.camp_c_reseller,
        ):
            gen()
        self.gen_corporate(host)


def _ts(sec: float) -> datetime:
    return START + timedelta(seconds=sec)


EX_SCHEMA = pa.schema(
    [
        ("exchange_id", pa.string()),
        ("ts", pa.timestamp("us", tz="UTC")),
        ("account_id", pa.string()),
        ("api_key_id", pa.string()),
        ("conversation_id", pa.string()),
        ("surface", pa.string()),
        ("model", pa.string()),
        ("ip", pa.string()),
        ("country", pa.string()),
        ("user_agent", pa.string()),
        ("prompt", pa.string()),
        ("system_prompt", pa.string()),
        ("response", pa.string()),
        ("input_tokens", pa.int32()),
        ("output_tokens", pa.int32()),
        ("tool_count", pa.int16()),
        ("has_image", pa.bool_()),
        ("status", pa.int16()),
        ("incognito", pa.bool_()),
        ("safety_flagged", pa.bool_()),
        ("feedback", pa.bool_()),
    ]
)


def write(w: World, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    exd = out / "exchanges"
    exd.mkdir(exist_ok=True)
    for old in exd.glob("part-*.parquet"):
        old.unlink()
    c = w.cols
    n = len(c["ts"])
    rr = random.Random(w.seed * 31 + 7)
    arrays = {
        "ts": pa.array(np.array(c["ts"], dtype=np.int64), pa.int64()).cast(
            pa.timestamp("us", tz="UTC")
        ),
        "input_tokens": pa.array(c["input_tokens"], pa.int32()),
        "output_tokens": pa.array(c["output_tokens"], pa.int32()),
        "tool_count": pa.array(c["tool_count"], pa.int16()),
        "status": pa.array(c["status"], pa.int16()),
        "response": pa.nulls(n, pa.string()),
    }
    for k in ("has_image", "incognito", "safety_flagged", "feedback"):
        arrays[k] = pa.array(c[k], pa.bool_())
    for k in (
        "account_id",
        "api_key_id",
        "conversation_id",
        "surface",
        "model",
        "ip",
        "country",
        "user_agent",
        "prompt",
        "system_prompt",
    ):
        arrays[k] = pa.array(c[k], pa.string())
        c[k] = []
    arrays["exchange_id"] = pa.nulls(n, pa.string())
    tbl = pa.table([arrays[f.name] for f in EX_SCHEMA], schema=EX_SCHEMA)
    tbl = tbl.take(
        pc.sort_indices(tbl, sort_keys=[("ts", "ascending"), ("account_id", "ascending")])
    )
    ids = pa.array([f"ex_{rr.getrandbits(64):016x}" for _ in range(n)], pa.string())
    tbl = tbl.set_column(0, "exchange_id", ids)
    week = pc.divide(pc.cast(tbl["ts"], pa.int64()), pa.scalar(7 * 86400 * 1_000_000, pa.int64()))
    wk0 = T0 // (7 * 86400)
    for i, wk in enumerate(sorted(set(week.to_pylist()))):
        part = tbl.filter(pc.equal(week, wk))
        pq.write_table(
            part, exd / f"part-{i:05d}.parquet", compression="zstd", row_group_size=200_000
        )
        del part
    del wk0
    acc = sorted(w.accounts, key=lambda a: a.account_id)
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array([a.account_id for a in acc], pa.string()),
                "created_at": pa.array([int((T0 + a.created) * 1e6) for a in acc], pa.int64()).cast(
                    pa.timestamp("us", tz="UTC")
                ),
                "tier": pa.array([a.tier for a in acc], pa.string()),
                "signup_channel": pa.array([a.channel for a in acc], pa.string()),
                "payment_fingerprint": pa.array([a.pay for a in acc], pa.string()),
                "email_domain": pa.array([a.email for a in acc], pa.string()),
                "declared_country": pa.array([a.country for a in acc], pa.string()),
                "org_id": pa.array([a.org for a in acc], pa.string()),
            }
        ),
        out / "accounts.parquet",
    )
    feed = sorted(set(w.net.feed))
    pq.write_table(
        pa.table(
            {
                "cidr": pa.array([f[0] for f in feed], pa.string()),
                "kind": pa.array([f[1] for f in feed], pa.string()),
                "asn": pa.array([f[2] for f in feed], pa.int64()),
                "country": pa.array([f[3] for f in feed], pa.string()),
            }
        ),
        out / "ip_ranges.parquet",
    )
    rel = sorted(RELEASES.items(), key=lambda kv: kv[1])
    pq.write_table(
        pa.table(
            {
                "model": pa.array([m for m, _ in rel], pa.string()),
                "released_at": pa.array([int((T0 + s) * 1e6) for _, s in rel], pa.int64()).cast(
                    pa.timestamp("us", tz="UTC")
                ),
            }
        ),
        out / "model_releases.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array([a.account_id for a in acc], pa.string()),
                "label": pa.array([a.label for a in acc], pa.string()),
            }
        ),
        out / "labels.parquet",
    )

    def family(lbl: str) -> str:
        return (
            "attack"
            if lbl.startswith("attack:")
            else ("hard_negative" if lbl.startswith("hn:") else "benign")
        )

    pq.write_table(
        pa.table(
            {
                "account_id": pa.array([a.account_id for a in acc], pa.string()),
                "label": pa.array([a.label for a in acc], pa.string()),
                "family": pa.array([family(a.label) for a in acc], pa.string()),
                "lab": pa.array([a.lab for a in acc], pa.string()),
                "org_id": pa.array([a.org for a in acc], pa.string()),
            }
        ),
        out / "truth.parquet",
    )
    return {
        "exchanges": n,
        "accounts": len(acc),
        "attack_accounts": sum(a.label.startswith("attack:") for a in acc),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Generate hold-out 6 (labelled traffic world). Hold-out: never tune on it."
    )
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    args = ap.parse_args(argv)
    if not (0 < args.scale <= 10):
        print("error: --scale must be in (0, 10]", file=sys.stderr)
        return 2
    if not args.corpora.is_dir():
        print(f"error: corpora folder not found: {args.corpora}", file=sys.stderr)
        return 2
    t = time.process_time()
    w = World(args.seed, args.scale, args.corpora)
    w.build()
    stats = write(w, args.out)
    print(
        f"holdout6: {stats['exchanges']:,} exchanges, {stats['accounts']:,} accounts "
        f"({stats['attack_accounts']:,} attack) in {time.process_time() - t:.1f} s CPU -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
