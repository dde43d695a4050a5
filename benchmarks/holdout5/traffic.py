"""holdout5: an independent labelled traffic world for judging the distillation detector.

Writes, into --out:
  exchanges/part-*.parquet   one row per request (contracts/traffic-logs.md)
  accounts.parquet, ip_ranges.parquet, model_releases.parquet
  labels.parquet             account_id, label (benign | hn:<class> | attack:<campaign>)
  truth.parquet              account_id, label, family, lab, org_id: extra truth for score.py

Usage:
  python benchmarks/holdout5/traffic.py --out /tmp/h5 --seed 1 [--scale 1.0] [--corpora /work/shared/corpora]
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent))
import world as W  # noqa: E402

PromptFn = Callable[[np.random.Generator, int], tuple[str, str | None, float, int]]


# ============================================================================ addresses
@dataclass
class Net:
    cidr: str
    kind: str  # feed kind (what the IP-intelligence feed says)
    asn: int
    country: str
    in_feed: bool = True

    def host(self, rng: np.random.Generator) -> str:
        net = ipaddress.ip_network(self.cidr)
        span = net.num_addresses - 2
        off = 1 + int(rng.integers(0, max(1, min(span, 2**62))))
        return str(net.network_address + off)


class Internet:
    """Allocates networks by kind and country; remembers them for the ip_ranges feed."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.nets: list[Net] = []
        self._v4 = 11 << 24
        self._v6 = 0
        self._asn = 64000
        self.by: dict[tuple[str, str], list[Net]] = {}

    def _next_v4(self, prefix: int) -> str:
        size = 1 << (32 - prefix)
        self._v4 = (self._v4 + size - 1) // size * size
        net = f"{ipaddress.IPv4Address(self._v4)}/{prefix}"
        self._v4 += size + size * int(self.rng.integers(0, 3))
        if self._v4 >= (223 << 24):
            raise RuntimeError("address space exhausted")
        return net

    def _next_v6(self) -> str:
        self._v6 += 1
        return f"2a0c:{0x1000 + self._v6:x}::/32"

    def add(
        self,
        kind: str,
        country: str,
        prefix: int = 16,
        v6: bool = False,
        in_feed: bool = True,
        tag: str | None = None,
        feed_kind: str | None = None,
    ) -> Net:
        self._asn += int(self.rng.integers(1, 40))
        cidr = self._next_v6() if v6 else self._next_v4(prefix)
        n = Net(cidr, feed_kind or kind, self._asn, country, in_feed)
        self.nets.append(n)
        self.by.setdefault((tag or kind, country), []).append(n)
        return n

    def pick(self, tag: str, country: str) -> Net:
        lst = self.by.get((tag, country))
        if not lst:
            lst = [
                self.add(
                    tag
                    if tag
                    in ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
                    else "residential",
                    country,
                    16 if tag in ("residential", "mobile") else 20,
                    tag=tag,
                )
            ]
        return lst[int(self.rng.integers(len(lst)))]


def build_internet(rng: np.random.Generator) -> Internet:
    net = Internet(rng)
    for c in W.OPEN_COUNTRIES + W.RESTRICTED:
        for _ in range(2 if c in ("US", "IN", "BR", "DE", "GB", "JP", "CN") else 1):
            net.add("residential", c, 16)
            net.add("mobile", c, 18)
        net.add("residential", c, v6=True, tag="residential6")
        net.add("mobile", c, v6=True, tag="mobile6")
    for c in ["US", "DE", "NL", "SG", "JP", "GB", "IN", "BR", "FR", "CA", "AU", "HK"]:
        for _ in range(3):
            net.add("datacenter", c, 18, in_feed=rng.random() < 0.85)
    return net


# ============================================================================ accounts / behaviour
@dataclass
class Account:
    account_id: str
    label: str
    family: str
    lab: str | None
    created_at: datetime
    tier: str
    signup_channel: str
    payment_fingerprint: str | None
    email_domain: str | None
    declared_country: str | None
    org_id: str | None


@dataclass
class Behaviour:
    n: int
    prompt: PromptFn
    tz: float = 0.0
    hour_w: np.ndarray = field(default_factory=lambda: HUMAN)
    days_w: np.ndarray = field(default_factory=lambda: np.ones(W.DAYS))
    turns_mean: float = 2.0
    gap_s: float = 60.0  # median seconds between turns of a conversation
    surfaces: tuple[list[str], list[float]] = (["web"], [1.0])
    uas: dict[str, list[str]] = field(default_factory=dict)  # per surface: the account's clients
    ips: list[tuple[str, str]] = field(default_factory=list)  # (ip, country)
    ip_w: np.ndarray | None = None
    keys: list[str] = field(default_factory=list)
    model: str = "consumer"  # consumer | pinned:<m> | upgrader:<m>:<lag_h> | chaser:<lag_h>
    p_mini: float = 0.1
    err: float = 0.01
    img: float = 0.0
    out_med: float = 350.0
    out_sigma: float = 0.7
    hist_tokens: int = 400
    api_conv: float = 0.0  # share of api conversations that carry a conversation_id
    incognito: float = 0.02


def hours(kind: str, rng: np.random.Generator) -> np.ndarray:
    h = np.arange(24)
    if kind == "human":
        w = (
            np.where(h < 7, 0.15, 1.0)
            + np.where((h >= 19) & (h <= 23), 0.6, 0)
            + np.where((h >= 9) & (h <= 12), 0.3, 0)
        )
    elif kind == "office":
        w = np.where((h >= 8) & (h <= 18), 1.0, 0.05) + np.where(h == 12, -0.4, 0)
    elif kind == "night":
        w = np.where(h < 6, 1.0, 0.08)
    elif kind == "late":
        w = np.where((h >= 20) | (h <= 2), 1.0, 0.25) + np.where(h < 7, -0.1, 0)
    else:  # flat
        w = np.ones(24)
    w = np.clip(w * rng.uniform(0.7, 1.3, 24), 0.01, None)
    return w / w.sum()


HUMAN = np.ones(24) / 24


def days(
    rng: np.random.Generator,
    p_active: float,
    weekend: float = 0.6,
    window: tuple[int, int] = (0, W.DAYS),
    boost: dict[int, float] | None = None,
) -> np.ndarray:
    d = np.arange(W.DAYS)
    wd = (W.START.weekday() + d) % 7
    w = np.where(wd >= 5, weekend, 1.0) * (rng.random(W.DAYS) < p_active)
    w = w * ((d >= window[0]) & (d < window[1]))
    if boost:
        for k, v in boost.items():
            if 0 <= k < W.DAYS:
                w[k] *= v
    if w.sum() == 0:
        lo, hi = window
        w[int(rng.integers(lo, max(lo + 1, hi)))] = 1.0
    return w / w.sum()


class Ids:
    def __init__(self, rng: np.random.Generator):
        self.rng = rng

    def hex(self, n: int = 16) -> str:
        return self.rng.bytes(n // 2).hex()


# ============================================================================ emission
VOLUME = 0.65  # one knob for the total: ~1M exchanges at --scale 1
FILLER = " ".join(W.WORDS * 3)
OPEN = {
    "code": [
        "Here's a complete implementation:",
        "Sure. Below is a working version with tests.",
        "```python",
    ],
    "reason": [
        "Let's work through this step by step.",
        "First, let's restate the problem.",
        "Step 1:",
    ],
    "chat": ["Sure!", "Great question.", "Here are a few ideas:", "Of course."],
    "tool": ['{"tool_call": ', "I'll call the function with these arguments:"],
    "text": ["Summary:", "Translation:", "Here is the rewritten text:", "Key points:"],
}


def emit(acc: Account, b: Behaviour, rng: np.random.Generator, ids: Ids) -> dict[str, list]:
    n = max(1, int(round(b.n * VOLUME)))
    lens = []
    tot = 0
    while tot < n:
        k = int(min(n - tot, rng.geometric(1.0 / max(1.0, b.turns_mean))))
        lens.append(k)
        tot += k
    L = np.array(lens)
    c = len(L)
    day = rng.choice(W.DAYS, c, p=b.days_w)
    hr = rng.choice(24, c, p=b.hour_w)
    start = (
        W.START_US
        + day * W.US_PER_D
        + ((hr - b.tz) * W.US_PER_H).astype(np.int64)
        + rng.integers(0, W.US_PER_H, c)
    )
    conv_of = np.repeat(np.arange(c), L)
    turn = np.arange(n) - np.repeat(np.cumsum(L) - L, L)
    gaps = (rng.lognormal(np.log(b.gap_s), 0.8, n) * W.US_PER_S).astype(np.int64)
    gaps[turn == 0] = 0
    cum = np.cumsum(gaps)
    base = cum[np.repeat(np.cumsum(L) - L, L)]
    ts = start[conv_of] + (cum - base)
    ts = np.clip(ts, W.START_US, W.START_US + W.DAYS * W.US_PER_D - 1)

    surf_names, surf_p = b.surfaces
    conv_surf = rng.choice(len(surf_names), c, p=np.array(surf_p) / np.sum(surf_p))
    surf = np.array(surf_names, dtype=object)[conv_surf][conv_of]
    ip_w = b.ip_w if b.ip_w is not None else np.ones(len(b.ips)) / len(b.ips)
    conv_ip = rng.choice(len(b.ips), c, p=ip_w)
    ip_idx = conv_ip[conv_of]
    conv_has_id = rng.random(c)
    conv_ids = [ids.hex(16) for _ in range(c)]
    incog = rng.random(c) < b.incognito

    # models
    ts_arr = ts
    models = np.empty(n, dtype=object)
    consumer = np.isin(surf, ["web", "app", "cli"]) | (b.model == "consumer")
    lag = int(rng.uniform(0, 10) * W.US_PER_H)
    models[consumer] = W.flagship_at(ts_arr[consumer] - lag)
    mini = consumer & (rng.random(n) < b.p_mini)
    models[mini] = [W.MINI_OF.get(m, m) for m in models[mini]]
    rest = ~consumer
    if rest.any():
        kind, *arg = b.model.split(":")
        if kind == "pinned":
            models[rest] = arg[0]
        elif kind == "upgrader":
            m0, lag_h = arg[0], float(arg[1])
            m = np.full(int(rest.sum()), m0, dtype=object)
            t = ts_arr[rest]
            for name, rel in sorted(W.RELEASE_US.items(), key=lambda kv: kv[1]):
                if (
                    rel > W.RELEASE_US[m0]
                    and not name.endswith("mini")
                    and not name.endswith("code")
                ):
                    m[t >= rel + int(lag_h * W.US_PER_H)] = name
            models[rest] = m
        elif kind == "chaser":
            models[rest] = W.latest_release_at(
                ts_arr[rest] - int(float(arg[0]) * W.US_PER_H), include_code=len(arg) > 1
            )
        else:
            models[rest] = W.flagship_at(ts_arr[rest])

    prompts, systems, tools = [], [], np.zeros(n, dtype=np.int16)
    outs = np.empty(n)
    for i in range(n):
        p, s, o, t = b.prompt(rng, int(turn[i]))
        prompts.append(p)
        systems.append(s)
        outs[i] = o
        tools[i] = t
    out_tok = np.clip(rng.lognormal(np.log(b.out_med), b.out_sigma, n) * outs, 1, 32000).astype(
        np.int32
    )
    in_tok = np.array(
        [(len(p) + len(s or "")) // 4 + 8 for p, s in zip(prompts, systems, strict=True)]
    )
    in_tok = (
        in_tok + turn * rng.integers(int(b.hist_tokens * 0.5), int(b.hist_tokens * 1.5) + 1, n)
    ).astype(np.int32)
    status = np.full(n, 200, dtype=np.int16)
    e = rng.random(n) < b.err
    status[e] = rng.choice([429, 400, 500, 529], int(e.sum()), p=[0.6, 0.2, 0.1, 0.1])
    out_tok[status != 200] = 0
    resp = []
    offs = rng.integers(0, len(FILLER) - 400, n)
    for i in range(n):
        if status[i] != 200:
            resp.append(None)
            continue
        o = outs[i]
        kind = "tool" if tools[i] else ("code" if o >= 2.0 else ("reason" if o >= 1.4 else "chat"))
        op = OPEN[kind][i % len(OPEN[kind])]
        ln = int(min(out_tok[i] * 4, 320))
        resp.append(op + " " + FILLER[offs[i] : offs[i] + ln])

    uas_by = {s: b.uas.get(s) or [W.ua_for_surface(rng, s)] for s in surf_names}
    conv_ua = np.array(
        [
            uas_by[surf_names[conv_surf[j]]][
                int(rng.integers(len(uas_by[surf_names[conv_surf[j]]])))
            ]
            for j in range(c)
        ],
        dtype=object,
    )
    keys = b.keys or [f"key_{ids.hex(20)}"]
    conv_key = rng.integers(0, len(keys), c)
    api_key = [keys[conv_key[conv_of[i]]] if surf[i] in ("api", "cli") else None for i in range(n)]
    cid = [
        None
        if (surf[i] == "api" and conv_has_id[conv_of[i]] >= b.api_conv)
        else conv_ids[conv_of[i]]
        for i in range(n)
    ]
    return {
        "exchange_id": [ids.hex(24) for _ in range(n)],
        "ts": ts.tolist(),
        "account_id": [acc.account_id] * n,
        "api_key_id": api_key,
        "conversation_id": cid,
        "surface": surf.tolist(),
        "model": models.tolist(),
        "ip": [b.ips[k][0] for k in ip_idx],
        "country": [b.ips[k][1] for k in ip_idx],
        "user_agent": conv_ua[conv_of].tolist(),
        "prompt": prompts,
        "system_prompt": systems,
        "response": resp,
        "input_tokens": in_tok.tolist(),
        "output_tokens": out_tok.tolist(),
        "tool_count": tools.tolist(),
        "has_image": (rng.random(n) < b.img).tolist(),
        "status": status.tolist(),
        "incognito": incog[conv_of].tolist(),
    }


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
    ]
)


# ============================================================================ the world
class World:
    def __init__(self, seed: int, scale: float, corpora: W.Corpora):
        self.rng = np.random.default_rng(seed)
        self.ids = Ids(np.random.default_rng(seed + 7919))
        self.scale = scale
        self.C = corpora
        self.net = build_internet(self.rng)
        self.items: list[tuple[Account, Behaviour]] = []
        self._acc_n = 0

    # ---------------------------------------------------------------- helpers
    def n(self, base: int) -> int:
        return max(2, int(round(base * self.scale)))

    def new_acc(
        self,
        label: str,
        family: str,
        *,
        lab: str | None = None,
        tier: str = "free",
        channel: str = "web",
        pay: str | None = None,
        email: str | None = None,
        country: str | None = None,
        org: str | None = None,
        created: datetime | None = None,
    ) -> Account:
        self._acc_n += 1
        r = self.rng
        if created is None:
            created = W.START - timedelta(days=float(r.gamma(1.2, 220)))
        return Account(
            f"acct_{self.ids.hex(18)}",
            label,
            family,
            lab,
            created,
            tier,
            channel,
            pay,
            email,
            country,
            org,
        )

    def pay(self) -> str:
        return f"pf_{self.ids.hex(24)}"

    def email(self, country: str | None) -> str:
        r = self.rng
        if country in ("CN", "HK", "TW") and r.random() < 0.5:
            return ["qq.com", "163.com", "126.com", "foxmail.com"][int(r.integers(4))]
        pool = (
            ["gmail.com"] * 10
            + ["outlook.com"] * 4
            + ["yahoo.com"] * 2
            + ["icloud.com"] * 3
            + [
                "proton.me",
                "hotmail.com",
                "gmx.de",
                "mail.ru",
                "yandex.ru",
                "naver.com",
                "fastmail.com",
                "tutanota.com",
                "zoho.com",
                "hey.com",
            ]
        )
        return pool[int(r.integers(len(pool)))]

    def home(self, country: str, mobile: float = 0.3) -> list[tuple[str, str]]:
        """A person's addresses: a home line (sometimes IPv6), some mobile, sometimes work/other."""
        r = self.rng
        out = []
        fam = "residential6" if r.random() < 0.2 else "residential"
        out.append((self.net.pick(fam, country).host(r), country))
        if r.random() < 0.5:  # dynamic home address changes
            out.append((self.net.pick("residential", country).host(r), country))
        if r.random() < mobile:
            fam = "mobile6" if r.random() < 0.3 else "mobile"
            for _ in range(int(r.integers(1, 4))):
                out.append((self.net.pick(fam, country).host(r), country))
        return out

    def country(self, restricted: float = 0.0) -> str:
        r = self.rng
        if r.random() < restricted:
            return W.RESTRICTED[int(r.integers(len(W.RESTRICTED)))]
        w = np.array(
            [
                14,
                5,
                4,
                3,
                9,
                5,
                4,
                3,
                3,
                2,
                2,
                2,
                3,
                2,
                3,
                3,
                2,
                1,
                2,
                2,
                2,
                1,
                2,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
            ],
            dtype=float,
        )
        return W.OPEN_COUNTRIES[int(r.choice(len(w), p=w / w.sum()))]

    def lang_wrap(self, lang: str) -> Callable[[np.random.Generator, str], str]:
        wraps = W.LANG_WRAP.get(lang)
        if not wraps:
            return lambda r, p: p
        share = float(self.rng.uniform(0.3, 0.95))
        return lambda r, p: (
            wraps[int(r.integers(len(wraps)))].format(p=p) if r.random() < share else p
        )

    def pick(self, lst: list, r: np.random.Generator):
        return lst[int(r.integers(len(lst)))]

    # ---------------------------------------------------------------- prompt mixes
    def mix(
        self,
        weights: dict[str, float],
        lang: str = "en",
        cot: float = 0.0,
        system: str | None = None,
        followups: float = 0.5,
    ) -> PromptFn:
        """A person's mix of everyday topics; follow-up turns are short and conversational."""
        C = self.C
        keys = list(weights)
        w = np.array([weights[k] for k in keys], dtype=float)
        w /= w.sum()
        wrap = self.lang_wrap(lang)
        cot_suffix = [
            "Can you show the steps?",
            "explain how you got that",
            "Walk me through it please.",
            "show working",
            "Why? Explain your reasoning.",
            "step by step please",
            "think it through carefully",
            "Explain your reasoning so I can learn it.",
            "show your work",
            "how did you derive that?",
        ]
        follow = [
            "thanks! can you make it shorter?",
            "what about {concept}?",
            "ok and why is that?",
            "can you give another example",
            "hmm that didn't work, any other idea?",
            "make it more formal",
            "translate that to {lang}",
            "perfect, now a version for {who}",
            "wait, explain the second part",
        ]
        fill_f = {**W.FILL, "lang": W.LANGS_T}

        def f(r: np.random.Generator, turn: int) -> tuple[str, str | None, float, int]:
            if turn > 0 and r.random() < followups:
                return W.fill(r, self.pick(follow, r), fill_f), system, 0.8, 0
            k = keys[int(r.choice(len(keys), p=w))]
            out, tools = 1.0, 0
            if k == "everyday":
                p = W.fill(r, self.pick(W.EVERYDAY, r), W.FILL)
            elif k == "instr":
                p = self.pick(C.instructions, r)
            elif k == "study":
                p = W.fill(
                    r,
                    self.pick(W.STUDY, r),
                    {**W.FILL, **W.FILL2, "q": C.gsm_train, "n": ["3", "4", "7"]},
                )
                out = 1.3
            elif k == "math":
                p = self.pick(C.gsm_train, r)
                out = 1.5
            elif k == "code":
                p = (
                    self.pick(C.arena_coding, r)
                    if r.random() < 0.4
                    else W.fill(r, self.pick(W.CODE_OWN, r), W.FILL3)
                )
                out = 2.0
            elif k == "tech":
                p = self.pick(C.arena_tech, r)
                out = 1.6
            elif k == "creative":
                p = self.pick(C.arena_creative, r)
                out = 1.8
            elif k == "hardmath":
                p = self.pick(C.arena_math, r)
                out = 2.2
            elif k == "mt":
                p = self.pick(C.mtbench, r)[0]
                out = 1.4
            elif k == "tool":
                p, tools = self.pick(C.tool_single, r)
                out = 0.5
            elif k == "toolmulti":
                p, tools = self.pick(self.pick(C.tool_multi, r), r), int(r.integers(3, 12))
                out = 0.6
            else:
                p = W.words(r, 12)
            if cot and r.random() < cot:
                p = p + " " + self.pick(cot_suffix, r)
                out *= 1.3
            return wrap(r, p), system, out, tools

        return f

    def corp_agent(self, dom: str, tool_share: float, inner: PromptFn) -> PromptFn:
        sysp = f"You are DevAgent for {dom.split('-')[0].title()}. Follow the internal style guide; plan, call tools, report."
        C = self.C

        def f(r: np.random.Generator, turn: int) -> tuple[str, str | None, float, int]:
            if r.random() < tool_share:
                if r.random() < 0.7:
                    p, t = self.pick(C.tool_single, r)
                else:
                    p, t = self.pick(self.pick(C.tool_multi, r), r), int(r.integers(3, 12))
                return p, sysp, 0.9, t
            p, s, o, t = inner(r, turn)
            return p, (sysp if r.random() < 0.5 else s), o, t

        return f

    def own_script(self, r: np.random.Generator, system: bool = False) -> str:
        """A personal automation's wrapper, written by its owner: composed from many parts so that
        two people's scripts almost never read the same."""
        me = self.pick(
            [
                "Sam",
                "Priya",
                "Tomasz",
                "Aiko",
                "Lena",
                "Diego",
                "Wei",
                "Fatima",
                "Olu",
                "Marta",
                "Jonas",
                "Chloe",
                "Ravi",
                "Ines",
                "Kenji",
                "Nadia",
                "Arash",
                "Bea",
                "Hugo",
                "Yara",
            ],
            r,
        )
        if system:
            return " ".join(
                [
                    self.pick(["You are", "Act as", "Role:", "You're"], r),
                    self.pick(
                        [
                            "Jarvis",
                            "my assistant",
                            "Friday",
                            "a butler",
                            "HomeBot",
                            "Marvin",
                            "Alfred",
                            "Nova",
                            "Otto",
                        ],
                        r,
                    )
                    + ",",
                    self.pick(["helping", "working for", "the assistant of", "supporting"], r),
                    me + ".",
                    self.pick(
                        [
                            "Be brief.",
                            "No fluff.",
                            "Use British spelling.",
                            "Answer in plain text.",
                            "Max 120 words.",
                            "I live in " + self.pick(W.FILL["city"], r) + ".",
                            "I work as a "
                            + self.pick(
                                [
                                    "nurse",
                                    "teacher",
                                    "developer",
                                    "farmer",
                                    "lawyer",
                                    "chef",
                                    "pilot",
                                ],
                                r,
                            )
                            + ".",
                        ],
                        r,
                    ),
                ]
            )
        verb = self.pick(
            [
                "summarise",
                "go through",
                "triage",
                "look at",
                "digest",
                "rank",
                "sort out",
                "review",
                "condense",
                "pick the important bits of",
            ],
            r,
        )
        what = self.pick(
            [
                "these headlines",
                "today's unread emails",
                "my sensor readings",
                "my journal notes",
                "my calendar",
                "the RSS items",
                "my portfolio notes",
                "the team chat log",
                "my to-do list",
                "the garden log",
                "my running stats",
                "the price alerts",
                "my reading list",
            ],
            r,
        )
        how = self.pick(
            [
                "and tell me what matters",
                "and draft replies where needed",
                "then suggest what to do",
                "in three bullets",
                "and flag anything urgent",
                "then plan my day",
                "and quiz me on it",
                "and give me one insight",
                "as a haiku, for fun",
                "and compare with yesterday",
            ],
            r,
        )
        head = self.pick(
            [
                "{me}'s {slot} run ({d}):",
                "[{slot}] {d} -",
                "{slot} check for {me}, topic {d}.",
                "Hi, it's my {slot} script again.",
                "Auto-{slot}/{d}:",
                "{d} | {slot} | {me}",
            ],
            r,
        )
        head = head.replace("{me}", me).replace(
            "{slot}", self.pick(["morning", "evening", "hourly", "daily", "nightly", "lunch"], r)
        )
        return f"{head} Please {verb} {what} {how}: {{items}}" + self.pick(
            ["", " Keep it short.", " Bullet points.", " Be direct.", " Thanks!", " ta"], r
        )

    # ---------------------------------------------------------------- generic people
    def person(
        self,
        label: str,
        family: str,
        n: float,
        *,
        tier: str | None = None,
        restricted: float = 0.0,
        mix: dict[str, float] | None = None,
        surfaces=None,
        hour: str = "human",
        p_active: float | None = None,
        cot: float = 0.0,
        country: str | None = None,
        ips=None,
        org=None,
        email=None,
        channel="web",
        pay=None,
        created=None,
        uas=None,
        **kw,
    ) -> tuple[Account, Behaviour]:
        r = self.rng
        c = country or self.country(restricted)
        tier = tier or ("pro" if r.random() < 0.22 else ("max" if r.random() < 0.03 else "free"))
        acc = self.new_acc(
            label,
            family,
            tier=tier,
            channel=channel,
            pay=pay if pay is not None else (self.pay() if tier != "free" else None),
            email=email or self.email(c),
            country=c,
            org=org,
            created=created,
        )
        lang = W.LANG_OF.get(c, "en") if r.random() < 0.6 else "en"
        mix = mix or {
            "everyday": 4,
            "instr": 3,
            "code": 1,
            "study": 1,
            "creative": 0.5,
            "tech": 0.5,
            "math": 0.3,
        }
        mw = {k: v * r.uniform(0.3, 1.7) for k, v in mix.items()}
        surfaces = surfaces or (["web", "app"], [r.uniform(0.2, 0.9), 0.5])
        cot = cot if cot else float(r.beta(0.5, 4))
        b = Behaviour(
            n=max(1, int(n)),
            prompt=self.mix(mw, lang, cot),
            tz=W.TZ.get(c, 0) + r.integers(-1, 2),
            hour_w=hours(hour, r),
            days_w=days(r, p_active if p_active is not None else r.uniform(0.15, 0.9)),
            turns_mean=r.uniform(1.3, 4.5),
            gap_s=r.uniform(30, 150),
            surfaces=surfaces,
            ips=ips or self.home(c),
            uas=uas or {},
            p_mini=r.uniform(0, 0.3),
            out_med=float(r.lognormal(np.log(330), 0.35)),
            img=r.uniform(0, 0.08),
            hist_tokens=int(r.uniform(250, 1100)),
            **kw,
        )
        if "api" in b.surfaces[0] and b.model == "consumer":
            b.model = "upgrader:halcyon-2:" + str(r.uniform(24, 24 * 20))
        return acc, b

    def add(self, pair: tuple[Account, Behaviour]) -> None:
        self.items.append(pair)

    # =============================================================== legitimate classes
    def legit(self) -> None:
        r = self.rng
        ln = lambda med, s=0.9: float(r.lognormal(np.log(med), s))  # noqa: E731

        # ordinary consumers
        for _ in range(self.n(4300)):
            self.add(self.person("benign", "benign", ln(14, 1.0), restricted=0.01))
        # a few new sign-ups during the window
        for _ in range(self.n(500)):
            cr = W.START + timedelta(days=float(r.uniform(0, 24)))
            a, b = self.person("benign", "benign", ln(10, 1.0), created=cr)
            d0 = (cr - W.START).days
            b.days_w = days(r, r.uniform(0.3, 0.9), window=(d0, W.DAYS))
            self.add((a, b))

        # heavy power users: long conversations, coding + reasoning, pro/max; households share a card
        fam_cards = [self.pay() for _ in range(self.n(60))]
        for _ in range(self.n(420)):
            pay = self.pick(fam_cards, r) if r.random() < 0.15 else None
            a, b = self.person(
                "hn:power_user",
                "power_user",
                ln(260, 0.6),
                tier="max" if r.random() < 0.4 else "pro",
                mix={
                    "code": 3,
                    "tech": 2,
                    "everyday": 1,
                    "hardmath": 0.6,
                    "creative": 0.6,
                    "instr": 1,
                },
                surfaces=(["web", "app", "cli", "api"], [3, 1, r.uniform(0, 2), r.uniform(0, 1)]),
                p_active=r.uniform(0.6, 1.0),
                cot=r.uniform(0, 0.3),
                pay=pay,
            )
            b.turns_mean = r.uniform(3, 9)
            b.gap_s = r.uniform(40, 200)
            b.out_med = float(r.lognormal(np.log(450), 0.45))
            b.hour_w = hours("human" if r.random() < 0.6 else "late", r)
            self.add((a, b))

        # mobile carrier CGNAT: many subscribers behind few addresses
        for cc in ["IN", "ID", "BR", "NG", "PH", "MX", "US", "TR"]:
            pool = [
                (self.net.pick("mobile", cc).host(r), cc) for _ in range(int(r.integers(6, 20)))
            ]
            for _ in range(self.n(110)):
                ips = [pool[int(i)] for i in r.integers(0, len(pool), int(r.integers(2, 6)))]
                a, b = self.person(
                    "hn:mobile_cgnat",
                    "mobile_cgnat",
                    ln(18, 1.0),
                    country=cc,
                    ips=ips,
                    surfaces=(["app", "web"], [0.85, 0.15]),
                )
                self.add((a, b))

        # campus NAT: students and staff behind a handful of campus addresses
        campuses = []
        for cc in ["US", "GB", "DE", "IN", "KR", "SG", "BR"]:
            edu = self.net.add("education", cc, 22)
            campuses.append(
                (
                    cc,
                    [(edu.host(r), cc) for _ in range(int(r.integers(3, 10)))],
                    f"{['uni', 'tech', 'college', 'state'][int(r.integers(4))]}{int(r.integers(10, 99))}.edu",
                )
            )
        for _ in range(self.n(650)):
            cc, pool, dom = self.pick(campuses, r)
            ips = [
                pool[int(i)] for i in r.integers(0, len(pool), int(r.integers(1, 4)))
            ] + self.home(cc, 0.4)
            w = np.array([3.0] * (len(ips) - 2) + [1.0, 1.0])[: len(ips)]
            a, b = self.person(
                "hn:campus_nat",
                "campus_nat",
                ln(28, 0.9),
                country=cc,
                ips=ips,
                tier="education" if r.random() < 0.5 else "free",
                email=dom,
                channel="education_program" if r.random() < 0.5 else "web",
                mix={"study": 3, "everyday": 2, "code": 1, "math": 1, "instr": 1},
                cot=0.2,
            )
            b.ip_w = w / w.sum()
            self.add((a, b))

        # students in exam season: step-by-step maths, late nights, bursts before exams (days 14-20)
        for _ in range(self.n(480)):
            cc, pool, dom = (
                self.pick(campuses, r) if r.random() < 0.6 else (self.country(), None, None)
            )
            ips = ([pool[int(r.integers(len(pool)))]] if pool else []) + self.home(cc, 0.6)
            a, b = self.person(
                "hn:exam_student",
                "exam_student",
                ln(70, 0.8),
                country=cc,
                ips=ips,
                tier="education" if pool and r.random() < 0.5 else "free",
                email=dom,
                mix={"math": 4, "study": 4, "hardmath": 0.5, "code": 0.5},
                cot=r.uniform(0.3, 0.8),
            )
            ex = int(r.integers(14, 21))
            b.days_w = days(r, r.uniform(0.2, 0.6), boost={ex - 3: 4, ex - 2: 6, ex - 1: 10, ex: 3})
            b.hour_w = hours("late", r)
            b.turns_mean = r.uniform(2, 6)
            self.add((a, b))

        # corporate proxies: employees behind one egress per company; one of these orgs is the SSO org
        self.orgs = []
        for i, cc in enumerate(["US", "DE", "GB", "JP", "IN", "US"]):
            corp = self.net.add("corporate", cc, 26)
            egress = [(corp.host(r), cc) for _ in range(int(r.integers(1, 4)))]
            org = f"org_{self.ids.hex(12)}"
            dom = f"{['acme', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay'][i]}-corp.com"
            card = self.pay()
            self.orgs.append((org, dom, egress, cc, card))
            for _ in range(self.n([180, 120, 200, 90, 150, 160][i])):
                a, b = self.person(
                    "hn:corp_proxy",
                    "corp_proxy",
                    ln(110, 0.8),
                    country=cc,
                    ips=egress,
                    tier="enterprise" if i % 2 else "team",
                    org=org,
                    email=dom,
                    pay=card,
                    mix={"code": 3, "everyday": 1, "tech": 2, "instr": 2, "tool": 0.3},
                    surfaces=(["web", "cli", "api"], [4, r.uniform(0, 2), r.uniform(0, 1)]),
                    hour="office",
                    p_active=r.uniform(0.5, 0.95),
                )
                b.days_w = days(r, r.uniform(0.5, 0.95), weekend=0.05)
                if r.random() < 0.35:  # developers on the company's internal coding agent
                    b.prompt = self.corp_agent(dom, float(r.uniform(0.2, 0.8)), b.prompt)
                    b.model = self.pick(["chaser:3:code", "upgrader:halcyon-2:20", "chaser:12"], r)
                if r.random() < 0.25:  # works from home sometimes
                    b.ips = b.ips + self.home(cc, 0.2)
                self.add((a, b))

        # CI fleets: code review bots on cloud runners, around the clock, one template
        for _ in range(self.n(50)):
            cc = self.pick(["US", "DE", "NL", "SG", "GB"], r)
            dc = self.net.pick("datacenter", cc)
            ips = [(dc.host(r), cc) for _ in range(int(r.integers(5, 60)))]
            sysp = (
                self.pick(
                    [
                        "You are a senior reviewer. Review the diff for bugs, security issues and style. Reply in markdown.",
                        "Act as a code reviewer for our monorepo. Only comment on real problems. Output JSON findings.",
                        "You review pull requests. Be concise. Flag breaking API changes.",
                    ],
                    r,
                )
                + f" Repo conventions v{int(r.integers(1, 9))}."
            )

            def ci(rr, turn, sysp=sysp):
                p = (
                    "Review this diff:\n```diff\n"
                    + W.fill(rr, "{code}", W.FILL3)
                    + "\n+ "
                    + W.words(rr, 20)
                    + "\n```"
                )
                return p, sysp, 1.2, 0

            a = self.new_acc(
                "hn:ci_fleet",
                "ci_fleet",
                tier="api",
                channel="api_console",
                pay=self.pay(),
                email=f"ci-{self.ids.hex(4)}.io",
                country=cc,
            )
            b = Behaviour(
                n=int(ln(900, 0.7)),
                prompt=ci,
                tz=0,
                hour_w=hours("office" if r.random() < 0.6 else "flat", r),
                days_w=days(r, 0.95, weekend=r.uniform(0.1, 0.6)),
                turns_mean=1,
                gap_s=5,
                surfaces=(["api"], [1]),
                ips=ips,
                uas={"api": [W.ua(r, W.SDK_UA)]},
                model=self.pick(
                    ["pinned:halcyon-2", "upgrader:halcyon-2:6", "pinned:halcyon-3-mini"], r
                )
                if r.random() < 0.7
                else "chaser:4:code",
                out_med=r.uniform(150, 600),
                err=0.03,
                keys=[f"key_{self.ids.hex(20)}" for _ in range(int(r.integers(1, 4)))],
            )
            if b.model == "pinned:halcyon-3-mini":
                b.model = "upgrader:halcyon-2:30"
            self.add((a, b))

        # eval harness users: run public benchmarks against each new release within hours
        for _ in range(self.n(40)):
            cc = self.pick(["US", "GB", "FR", "CN", "SG", "DE"], r) if r.random() < 0.9 else "US"
            cc = "US" if cc == "CN" else cc
            dc = self.net.pick("datacenter", cc)
            ips = [(dc.host(r), cc) for _ in range(int(r.integers(1, 6)))]
            bench = self.pick(["gsm", "mt", "arena", "mix"], r)
            sysp = self.pick(
                [
                    None,
                    "You are a helpful assistant.",
                    "Answer the question. End with 'The answer is X'.",
                ],
                r,
            )

            def ev(rr, turn, bench=bench, sysp=sysp):
                k = bench if bench != "mix" else self.pick(["gsm", "mt", "arena"], rr)
                if k == "gsm":
                    return (
                        "Question: "
                        + self.pick(self.C.gsm_test, rr)
                        + "\nLet's think step by step.",
                        sysp,
                        1.4,
                        0,
                    )
                if k == "mt":
                    return self.pick(self.C.mtbench, rr)[min(turn, 1)], sysp, 1.5, 0
                return (
                    self.pick(self.C.arena_coding + self.C.arena_math + self.C.arena_creative, rr),
                    sysp,
                    2.0,
                    0,
                )

            rel_days = [
                (W.RELEASE_US[m] - W.START_US) // W.US_PER_D
                for m in ("halcyon-3", "halcyon-3-code", "halcyon-3.5")
            ]
            boost = {int(d) + k: 25.0 for d in rel_days for k in (0, 1)}
            a = self.new_acc(
                "hn:eval_harness",
                "eval_harness",
                tier="api",
                channel="api_console",
                pay=self.pay(),
                email=self.pick(["gmail.com", "evalco.ai", "benchlab.dev", "outlook.com"], r),
                country=cc,
            )
            b = Behaviour(
                n=int(ln(700, 0.7)),
                prompt=ev,
                tz=W.TZ[cc],
                hour_w=hours("flat", r),
                days_w=days(r, 0.15, boost=boost),
                turns_mean=2 if bench == "mt" else 1,
                gap_s=3,
                surfaces=(["api"], [1]),
                ips=ips,
                uas={"api": [W.ua(r, W.SDK_UA)]},
                model="chaser:" + str(r.uniform(0.5, 8)),
                out_med=r.uniform(250, 700),
                err=0.04,
            )
            self.add((a, b))

        # academic researchers: research programme, bulk CoT evaluation of benchmarks in bursts
        for _ in range(self.n(60)):
            cc, pool, dom = self.pick(campuses, r)
            dc = self.net.pick("datacenter", self.pick(["US", "DE", "GB"], r))
            ips = pool[:2] + [(dc.host(r), dc.country) for _ in range(int(r.integers(1, 4)))]

            def ac(rr, turn):
                k = rr.random()
                if k < 0.4:
                    q = self.pick(self.C.gsm_train + self.C.gsm_test, rr)
                    return (
                        q + "\nThink step by step and give your reasoning before the final answer.",
                        None,
                        1.6,
                        0,
                    )
                if k < 0.6:
                    return self.pick(self.C.arena_math, rr), None, 2.0, 0
                if k < 0.8:
                    return (
                        self.pick(self.C.instructions, rr),
                        "You are a careful assistant.",
                        1.0,
                        0,
                    )
                return (
                    W.fill(
                        rr,
                        "Explain {concept} with a worked example and discuss limitations.",
                        W.FILL,
                    ),
                    None,
                    1.7,
                    0,
                )

            a = self.new_acc(
                "hn:academic",
                "academic",
                tier="api",
                channel="research_program",
                pay=self.pay(),
                email=dom,
                country=cc,
            )
            b = Behaviour(
                n=int(ln(450, 0.8)),
                prompt=ac,
                tz=W.TZ[cc],
                hour_w=hours("flat" if r.random() < 0.5 else "office", r),
                days_w=days(r, r.uniform(0.1, 0.4), weekend=0.8),
                turns_mean=1,
                gap_s=2,
                surfaces=(["api"], [1]),
                ips=ips,
                uas={"api": [W.ua(r, W.SDK_UA)]},
                model="upgrader:halcyon-2:" + str(r.uniform(2, 200)),
                out_med=r.uniform(300, 900),
                err=0.03,
            )
            self.add((a, b))

        # data-labelling vendor: workers in one org, diverse tasks, asks for explanations
        org = f"org_{self.ids.hex(12)}"
        card = self.pay()
        for _ in range(self.n(260)):
            cc = self.pick(["KE", "PH", "IN", "NG", "VN"], r)
            a, b = self.person(
                "hn:labelling_vendor",
                "labelling_vendor",
                ln(140, 0.7),
                country=cc,
                tier="team",
                org=org,
                email="labelworks.co",
                pay=card,
                mix={"instr": 4, "mt": 1, "creative": 1, "code": 1, "math": 1, "tech": 1},
                cot=r.uniform(0.3, 0.7),
                hour="office",
                p_active=r.uniform(0.5, 0.9),
                surfaces=(["web"], [1]),
            )
            b.turns_mean = r.uniform(1, 2.5)
            b.ips = self.home(cc, 0.5)
            self.add((a, b))

        # batch / ETL jobs: nightly summarise-and-extract over company documents
        for _ in range(self.n(30)):
            cc = self.pick(["US", "DE", "GB", "JP", "IN"], r)
            dc = self.net.pick("datacenter", cc)
            tmpl = self.pick(
                [
                    "Extract the fields (vendor, date, total, currency) as JSON from this invoice:\n{d}",
                    "Summarise this support ticket in one sentence and tag its category:\n{d}",
                    "Classify the sentiment of this review as positive/negative/neutral:\n{d}",
                    "Write a two-line product description from these attributes:\n{d}",
                ],
                r,
            )

            def etl(rr, turn, tmpl=tmpl):
                return tmpl.format(d=W.words(rr, int(rr.integers(30, 200)))), None, 0.3, 0

            a = self.new_acc(
                "hn:etl_batch",
                "etl_batch",
                tier="api",
                channel="api_console",
                pay=self.pay(),
                email=f"data-{self.ids.hex(3)}.com",
                country=cc,
                org=f"org_{self.ids.hex(12)}",
            )
            b = Behaviour(
                n=int(ln(1600, 0.6)),
                prompt=etl,
                tz=W.TZ[cc],
                hour_w=hours("night", r),
                days_w=days(r, 0.9, weekend=r.uniform(0.2, 1)),
                turns_mean=1,
                gap_s=1,
                surfaces=(["api"], [1]),
                ips=[(dc.host(r), cc) for _ in range(int(r.integers(1, 4)))],
                uas={"api": [W.ua(r, W.SDK_UA)]},
                model="pinned:" + self.pick(["halcyon-2-mini", "halcyon-2"], r),
                out_med=r.uniform(40, 200),
                out_sigma=0.4,
                err=0.02,
            )
            self.add((a, b))

        # personal automations: each person's OWN scripts, new questions every day
        for _ in range(self.n(380)):
            cc = self.country(0.01)
            topics = list(r.choice(W.WORDS, 6))
            tmpl = self.own_script(r)
            sysp = None if r.random() < 0.4 else self.own_script(r, system=True)

            def pa_(rr, turn, tmpl=tmpl, topics=topics, sysp=sysp):
                t = topics[int(rr.integers(len(topics)))]
                return (
                    tmpl.format(d=t, t=t, items=W.words(rr, int(rr.integers(10, 60)))),
                    sysp,
                    0.7,
                    0,
                )

            ips = self.home(cc, 0.1)
            if r.random() < 0.4:
                ips = [
                    (self.net.pick("datacenter", self.pick(["US", "DE", "NL"], r)).host(r), "US")
                ]
            a = self.new_acc(
                "hn:personal_automation",
                "personal_automation",
                tier="api" if r.random() < 0.6 else "pro",
                channel="api_console",
                pay=self.pay(),
                email=self.email(cc),
                country=cc,
            )
            b = Behaviour(
                n=int(ln(150, 0.8)),
                prompt=pa_,
                tz=W.TZ.get(cc, 0),
                hour_w=hours("flat", r),
                days_w=days(r, 0.95, weekend=1.0),
                turns_mean=1,
                gap_s=2,
                surfaces=(["api"], [1]),
                ips=ips,
                uas={"api": [W.ua(r, W.SDK_UA)]},
                model="upgrader:halcyon-2:" + str(r.uniform(1, 400)),
                out_med=r.uniform(100, 400),
                err=0.02,
            )
            self.add((a, b))

        # shared-template users of one popular open-source CLI tool
        oss_sys = (
            "You are ShellPal, a terminal assistant. Answer with a single shell command first, then a one-line "
            "explanation. Target OS: {os}."
        )
        for _ in range(self.n(480)):
            cc = self.country()
            os_ = self.pick(["macOS", "Ubuntu", "Arch Linux", "Windows PowerShell"], r)

            def oss(rr, turn, os_=os_):
                q = W.fill(
                    rr,
                    self.pick(
                        [
                            "how do I {task2} in bash",
                            "find files larger than {n}MB modified this week",
                            "kill the process on port {p}",
                            "compress {f} and exclude node_modules",
                            "git undo last commit but keep changes",
                            "rename all {f} to lowercase",
                            "show disk usage sorted",
                            "{task2} with {lib}",
                        ],
                        rr,
                    ),
                    {
                        **W.FILL3,
                        "n": ["10", "100", "500"],
                        "p": ["3000", "8080", "5432"],
                        "f": ["the logs folder", "*.JPG files", "this repo"],
                    },
                )
                return q, oss_sys.format(os=os_), 0.4, 0

            a = self.new_acc(
                "hn:oss_template",
                "oss_template",
                tier=self.pick(["api", "pro", "free"], r),
                channel="api_console",
                pay=self.pay(),
                email=self.email(cc),
                country=cc,
            )
            b = Behaviour(
                n=int(ln(60, 0.9)),
                prompt=oss,
                tz=W.TZ.get(cc, 0),
                hour_w=hours("human", r),
                days_w=days(r, r.uniform(0.3, 0.9)),
                turns_mean=1.2,
                gap_s=20,
                surfaces=(["cli"], [1]),
                ips=self.home(cc, 0.2),
                uas={"cli": ["shellpal/2.3.1 python-httpx/0.27.0"]},
                model="consumer",
                out_med=r.uniform(60, 200),
                err=0.01,
            )
            self.add((a, b))

        # translation pipelines
        for _ in range(self.n(40)):
            cc = self.country()
            dc = self.net.pick("datacenter", self.pick(["US", "DE", "JP", "SG"], r))
            tgt = list(r.choice(W.LANGS_T, int(r.integers(1, 6)), replace=False))

            def tr(rr, turn, tgt=tgt):
                src = (
                    self.pick(self.C.instructions, rr)
                    if rr.random() < 0.5
                    else W.words(rr, int(rr.integers(20, 120)))
                )
                return (
                    f"Translate into {self.pick(tgt, rr)}. Keep formatting.\n\n{src}",
                    "You are a professional translator.",
                    1.0,
                    0,
                )

            a = self.new_acc(
                "hn:translation",
                "translation",
                tier="api",
                channel="api_console",
                pay=self.pay(),
                email=f"lingo{self.ids.hex(3)}.com",
                country=cc,
            )
            b = Behaviour(
                n=int(ln(1100, 0.7)),
                prompt=tr,
                tz=W.TZ.get(cc, 0),
                hour_w=hours(self.pick(["flat", "office"], r), r),
                days_w=days(r, 0.8, weekend=0.5),
                turns_mean=1,
                gap_s=2,
                surfaces=(["api"], [1]),
                ips=[(dc.host(r), dc.country) for _ in range(int(r.integers(1, 8)))],
                uas={"api": [W.ua(r, W.SDK_UA)]},
                model="pinned:" + self.pick(["halcyon-2", "halcyon-2-mini"], r),
                out_med=r.uniform(150, 600),
                out_sigma=0.5,
            )
            self.add((a, b))

        # travellers / expats / VPN users: some exchanges from restricted regions or VPN exits
        vpn = [
            self.net.add("datacenter", c, 22, feed_kind="proxy")
            for c in ["NL", "SG", "US", "JP", "HK"]
        ]
        for _ in range(self.n(340)):
            home_c = self.country(0.35)
            away = self.pick(W.RESTRICTED[:3], r) if home_c not in W.RESTRICTED else self.country()
            ips = self.home(home_c, 0.5) + [(self.net.pick("mobile", away).host(r), away)]
            for _ in range(int(r.integers(1, 4))):
                v = self.pick(vpn, r)
                ips.append((v.host(r), v.country))
            a, b = self.person(
                "hn:traveller_vpn",
                "traveller_vpn",
                ln(35, 0.9),
                country=home_c,
                ips=ips,
                tier="pro" if r.random() < 0.4 else "free",
            )
            self.add((a, b))

        # customer-support bots: a company's product assistant, around the clock
        for _ in range(self.n(40)):
            cc = self.country()
            dc = self.net.pick("datacenter", self.pick(["US", "DE", "IN", "BR", "JP"], r))
            prod = self.pick(
                ["ShopNest", "FlyRight", "BankEase", "TeleOne", "Mediq", "RentoCar", "GameVault"], r
            )
            sysp = f"You are the {prod} support assistant. Be friendly, cite policy, escalate refunds over $200."
            ntools = int(r.integers(0, 13))

            def sb(rr, turn, sysp=sysp, ntools=ntools):
                q = W.fill(
                    rr,
                    self.pick(
                        [
                            "my order {o} hasn't arrived",
                            "how do I reset my password",
                            "I was charged twice for {o}",
                            "cancel my subscription",
                            "the app crashes when I {action}",
                            "can I change my booking {o}",
                        ],
                        rr,
                    ),
                    {**W.FILL, "o": [f"#{k}" for k in range(1000, 1100)]},
                )
                return q, sysp, 0.5, ntools

            a = self.new_acc(
                "hn:support_bot",
                "support_bot",
                tier="api",
                channel="api_console",
                pay=self.pay(),
                email=f"{prod.lower()}.com",
                country=cc,
                org=f"org_{self.ids.hex(12)}",
            )
            b = Behaviour(
                n=int(ln(1300, 0.7)),
                prompt=sb,
                tz=W.TZ.get(cc, 0),
                hour_w=hours("human", r),
                days_w=days(r, 1.0, weekend=0.9),
                turns_mean=r.uniform(2, 5),
                gap_s=25,
                surfaces=(["api"], [1]),
                ips=[(dc.host(r), dc.country) for _ in range(int(r.integers(2, 12)))],
                uas={"api": [W.ua(r, W.SDK_UA)]},
                model="upgrader:halcyon-2:" + str(r.uniform(24, 400)),
                api_conv=0.9,
                out_med=r.uniform(80, 250),
            )
            self.add((a, b))

        # browser-extension users: one extension's system prompt and client string, many ordinary people
        self.ext_sys = (
            "You are QuickAssist, a browser sidebar helper. The user selected text on a web page; "
            "help with their request concisely."
        )
        self.ext_ua = "QuickAssist/4.2.0 (Chrome Extension; +https://quickassist.example)"
        for _ in range(self.n(760)):
            cc = self.country(0.01)
            inner = self.mix({"everyday": 2, "instr": 3, "tech": 0.5, "code": 0.5})

            def ext(rr, turn, inner=inner):
                p, _, o, t = inner(rr, turn)
                act = self.pick(["Summarise", "Explain", "Rewrite", "Translate", "Reply to"], rr)
                return (
                    f"[{act}] selected text: {W.words(rr, int(rr.integers(15, 80)))}\nRequest: {p}",
                    self.ext_sys,
                    o,
                    t,
                )

            a, b = self.person(
                "hn:extension_user",
                "extension_user",
                ln(30, 1.0),
                country=cc,
                surfaces=(["api"], [1]),
                uas={"api": [self.ext_ua]},
                tier="free",
                channel="web",
            )
            b.prompt = ext
            b.model = "consumer"
            b.turns_mean = 1.3
            self.add((a, b))

        # agent developers: tool use from the CLI and API during working hours
        for _ in range(self.n(200)):
            cc = self.country()
            a, b = self.person(
                "hn:agent_dev",
                "agent_dev",
                ln(180, 0.8),
                country=cc,
                tier=self.pick(["api", "pro", "max"], r),
                mix={
                    "tool": r.uniform(0.5, 15),
                    "code": 3,
                    "tech": 1,
                    "toolmulti": r.uniform(0, 4),
                },
                surfaces=(["cli", "api", "web"], [2, 2, 1]),
                hour="office",
                channel="api_console",
            )
            b.ips = b.ips + (
                [(self.net.pick("datacenter", "US").host(r), "US")] if r.random() < 0.5 else []
            )
            b.gap_s = r.uniform(5, 60)
            b.turns_mean = r.uniform(2, 8)
            b.prompt = self.mix(
                {"tool": r.uniform(0.5, 15), "code": 3, "tech": 1, "toolmulti": r.uniform(0, 4)},
                followups=float(r.uniform(0.05, 0.5)),
            )
            b.model = "upgrader:halcyon-2:" + str(r.uniform(1, 100))
            self.add((a, b))

        # early adopters: switch to every release at once and probe what it can do
        for _ in range(self.n(240)):
            a, b = self.person(
                "hn:early_adopter",
                "early_adopter",
                ln(90, 0.8),
                tier=self.pick(["pro", "max"], r),
                mix={
                    "hardmath": 2,
                    "code": 2,
                    "creative": 1,
                    "tech": 1,
                    "everyday": 1,
                    "tool": 0.5,
                },
                surfaces=(["web", "api"], [3, 1]),
                cot=0.2,
            )
            rel_days = [
                (W.RELEASE_US[m] - W.START_US) // W.US_PER_D
                for m in ("halcyon-3", "halcyon-3-code", "halcyon-3.5")
            ]
            b.days_w = days(
                r, r.uniform(0.2, 0.6), boost={int(d) + k: 6.0 for d in rel_days for k in (0, 1)}
            )
            b.model = "chaser:" + str(r.uniform(0, 3)) + (":code" if r.random() < 0.5 else "")
            self.add((a, b))

        # resellers / aggregators: customers behind shared exit pools spanning many regions
        self.resellers = []
        for k in range(3):
            exits = []
            for cc in [
                ["US", "SG", "HK", "JP"],
                ["DE", "NL", "US", "GB"],
                ["SG", "HK", "US", "IN"],
            ][k]:
                nets = [
                    self.net.add(
                        "datacenter",
                        cc,
                        24,
                        feed_kind="proxy" if r.random() < 0.5 else "datacenter",
                        in_feed=r.random() < 0.8,
                    )
                    for _ in range(3)
                ]
                exits += [(self.pick(nets, r).host(r), cc) for _ in range(int(r.integers(25, 50)))]
            org = f"org_{self.ids.hex(12)}"
            self.resellers.append((org, exits, f"relay{k}.example"))
            for _ in range(self.n([520, 260, 200][k])):
                cc = self.country(0.3)
                ips = [exits[int(i)] for i in r.integers(0, len(exits), int(r.integers(3, 30)))]
                a, b = self.person(
                    "hn:reseller_customer",
                    "reseller_customer",
                    ln(90, 1.1),
                    country=cc,
                    ips=ips,
                    tier="api",
                    channel="partner_reseller",
                    org=org,
                    pay=None,
                    surfaces=(["api"], [1]),
                    uas={
                        "api": [
                            self.pick(
                                ["relay-gw/1.4", "OpenAI/Python 1.5.3", "python-httpx/0.27.0"], r
                            )
                        ]
                    },
                    mix={
                        "everyday": 2,
                        "code": 2,
                        "instr": 2,
                        "tech": 1,
                        "math": 0.5,
                        "creative": 1,
                        "tool": 0.4,
                    },
                    hour=self.pick(["human", "flat", "office"], r),
                )
                b.model = self.pick(
                    [
                        "upgrader:halcyon-2:2",
                        "chaser:1",
                        "pinned:halcyon-2-mini",
                        "upgrader:halcyon-2:48",
                    ],
                    r,
                )
                self.add((a, b))

    # =============================================================== campaigns
    def campaigns(self) -> None:
        r = self.rng
        ln = lambda med, s=0.6: float(r.lognormal(np.log(med), s))  # noqa: E731
        C = self.C
        COT = [
            "Think it through step by step and write out every intermediate step before the final answer.",
            "Before you answer, lay out your full reasoning in detail, including dead ends.",
            "Explain your thought process at each stage; do not skip steps.",
            "Show all work. Then state the answer on its own line.",
            "Reason carefully and verbosely, then summarise.",
            "walk me through exactly how you'd reason about this",
            "Please be thorough: derive it, check it, then answer.",
            "Give the chain of reasoning first, the answer last.",
        ]

        def taxo(rr, area=None):
            a = area or self.pick(list(W.TOPICS_TAX), rr)
            t = self.pick(W.TOPICS_TAX[a], rr)
            tmpl = self.pick(
                [
                    "Pose a challenging {a} problem about {t} and solve it completely.",
                    "I'm preparing for an interview on {t}. Give me a hard question and a model answer.",
                    "Explain the deepest non-obvious idea in {t}, with a worked example.",
                    "What are common mistakes experts make in {t}? Show one in detail and correct it.",
                    "Compare two approaches to a problem in {t}; argue for one with rigorous justification.",
                    "Create a detailed tutorial section on {t} with exercises and full solutions.",
                    "Here's my attempt at a {t} problem, find the flaw and redo it properly: {w}",
                ],
                rr,
            )
            return tmpl.format(a=a, t=t, w=W.words(rr, 12))

        def cover(wrap=None):
            m = self.mix({"everyday": 3, "instr": 3, "creative": 1})
            return m

        # ---- lab A -----------------------------------------------------------
        # A1 aged_marketplace: paid accounts bought with real histories; residential proxies; reasoning sweep
        res_proxy_cc = ["US", "GB", "CA", "DE", "SG", "JP", "AU", "FR"]
        for _ in range(self.n(190)):
            cc = self.pick(res_proxy_cc, r)
            created = W.START - timedelta(days=float(r.uniform(150, 700)))
            cover_m = self.mix({"everyday": 3, "instr": 2, "code": 1}, W.LANG_OF.get(cc, "en"))
            switch = int(r.integers(3, 14))  # day the bought account is put to work
            cot_rate = r.uniform(0.05, 0.6)

            def am(rr, turn, cover_m=cover_m, cot_rate=cot_rate):
                if rr.random() < 0.25:
                    return cover_m(rr, turn)
                k = rr.random()
                if k < 0.35:
                    p = (
                        self.pick(C.gsm_train, rr)
                        if rr.random() < 0.4
                        else self.pick(C.arena_math, rr)
                    )
                elif k < 0.7:
                    p = taxo(rr)
                else:
                    p = self.pick(C.arena_tech + C.arena_coding, rr)
                if rr.random() < cot_rate:
                    p = p + " " + self.pick(COT, rr)
                return p, None, 1.6, 0

            ips = [
                (self.net.pick("residential", cc).host(r), cc) for _ in range(int(r.integers(2, 9)))
            ]
            a, b = self.person(
                "attack:aged_marketplace",
                "aged_marketplace",
                ln(150, 0.7),
                country=cc,
                ips=ips,
                tier=self.pick(["pro", "pro", "max"], r),
                created=created,
            )
            a.lab = "A"
            b.prompt = am
            b.days_w = days(r, r.uniform(0.5, 0.95), window=(switch, W.DAYS))
            b.hour_w = hours("human", r)
            b.tz = W.TZ[cc] + r.integers(-2, 3)
            b.turns_mean = r.uniform(1.5, 5)
            self.add((a, b))

        # A2 continuation_cot: multi-turn threads that keep pushing for longer reasoning
        pushes = [
            "Continue.",
            "Go deeper on step {k}: why does it hold?",
            "Now justify each step rigorously.",
            "Expand your reasoning for the part you skipped.",
            "keep going",
            "Explain the intuition behind step {k}.",
            "Are you sure? Re-derive it from scratch, showing every step.",
            "What would change if the assumption in step {k} failed?",
            "Elaborate further.",
            "Write out the full derivation rather than summarising.",
        ]
        for _ in range(self.n(150)):
            cc = self.pick(["US", "SG", "JP", "KR", "GB", "DE", "HK", "TW"], r)
            ips = [
                (self.net.pick("residential", cc).host(r), cc) for _ in range(int(r.integers(1, 5)))
            ] + [(self.net.pick("mobile", cc).host(r), cc)]

            def cc_(rr, turn):
                if turn == 0:
                    if rr.random() < 0.2:
                        return self.pick(C.instructions, rr), None, 1.0, 0
                    src = rr.random()
                    p = (
                        taxo(rr, self.pick(["math", "science", "coding", "law", "medicine"], rr))
                        if src < 0.6
                        else self.pick(C.arena_math + C.gsm_train[:2000], rr)
                    )
                    return p, None, 1.8, 0
                if rr.random() < 0.4:  # phrased like an ordinary follow-up
                    return (
                        W.fill(
                            rr,
                            self.pick(
                                [
                                    "ok but why does the {n} part work?",
                                    "can you say more about {w}?",
                                    "I still don't get {w}, explain again in more detail",
                                    "what if {w} were different?",
                                    "and then?",
                                ],
                                rr,
                            ),
                            {"n": ["first", "second", "last", "middle"], "w": W.WORDS},
                        ),
                        None,
                        1.8,
                        0,
                    )
                p = self.pick(pushes, rr).format(k=int(rr.integers(1, 7)))
                if rr.random() < 0.5:
                    p = (
                        p
                        + " "
                        + self.pick(["Focus on", "Especially", "In particular", "Mainly"], rr)
                        + " the "
                        + W.words(rr, 2)
                        + " part."
                    )
                return p, None, 1.9, 0

            a, b = self.person(
                "attack:continuation_cot",
                "continuation_cot",
                ln(200, 0.6),
                country=cc,
                ips=ips,
                tier=self.pick(["free", "pro"], r),
                surfaces=(["web", "app"], [0.7, 0.3]),
            )
            a.lab = "A"
            b.prompt = cc_
            b.turns_mean = r.uniform(3, 7)
            b.gap_s = r.uniform(40, 160)
            b.hist_tokens = int(r.uniform(400, 1000))
            self.add((a, b))

        # A3 hydra_proxy: through reseller 0's shared exits, blended with its ordinary customers;
        # chain-of-thought plus rewrites of politically sensitive content
        for _ in range(self.n(210)):
            org, exits, _ = self.resellers[0 if r.random() < 0.6 else 1]
            cc = self.pick(["US", "SG", "HK", "JP"], r)
            ips = [exits[int(i)] for i in r.integers(0, len(exits), int(r.integers(3, 30)))]
            cot_rate = r.uniform(0.1, 0.7)

            def hy(rr, turn, cot_rate=cot_rate):
                k = rr.random()
                if k < 0.3:
                    topic = self.pick(W.SENSITIVE, rr)
                    t = self.pick(
                        [
                            "Rewrite the following answer about {s} so it would pass review by a strict content regulator, keeping it factual in tone: {w}",
                            "Give a neutral, officially acceptable summary of {s} suitable for a domestic audience.",
                            "How should an assistant politely decline or redirect a question about {s}? Give three example replies.",
                            "Produce two versions of an explanation of {s}: one candid, one that avoids sensitive framing.",
                        ],
                        rr,
                    )
                    return t.format(s=topic, w=W.words(rr, 25)), None, 1.5, 0
                if k < 0.45:
                    return self.pick(C.instructions, rr), None, 1.0, 0
                p = taxo(rr) if rr.random() < 0.6 else self.pick(C.gsm_train, rr)
                return (
                    p + (" " + self.pick(COT, rr) if rr.random() < cot_rate else ""),
                    None,
                    1.6,
                    0,
                )

            a, b = self.person(
                "attack:hydra_proxy",
                "hydra_proxy",
                ln(160, 0.7),
                country=cc,
                ips=ips,
                tier="api",
                channel="partner_reseller",
                org=org,
                pay=None,
                surfaces=(["api"], [1]),
                uas={
                    "api": [
                        self.pick(["relay-gw/1.4", "OpenAI/Python 1.5.3", "python-httpx/0.27.0"], r)
                    ]
                },
                hour=self.pick(["human", "flat", "office"], r),
            )
            a.lab = "A"
            b.prompt = hy
            b.model = self.pick(["upgrader:halcyon-2:2", "chaser:1", "upgrader:halcyon-2:48"], r)
            b.tz = 8
            self.add((a, b))

        # ---- lab B -----------------------------------------------------------
        # B1 sso_enterprise: recently provisioned seats in a real customer's SSO org; agentic coding harvest
        org, dom, egress, occ, card = self.orgs[5]
        batch_day = W.START - timedelta(days=float(r.uniform(10, 30)))
        for _ in range(self.n(60)):
            a, b = self.person(
                "attack:sso_enterprise",
                "sso_enterprise",
                ln(380, 0.5),
                country=occ,
                ips=list(egress),
                tier="enterprise",
                org=org,
                email=dom,
                pay=card,
                created=batch_day + timedelta(hours=float(r.uniform(0, 72))),
                surfaces=(["cli", "api", "web"], [3, 2, 1]),
                hour="office",
            )
            a.lab = "B"

            sysp = f"You are DevAgent for {dom.split('-')[0].title()}. Follow the internal style guide; plan, call tools, report."

            def sso(rr, turn, sysp=sysp):
                k = rr.random()
                if k < 0.4:
                    p, t = self.pick(C.tool_single, rr)
                    return p, sysp, 0.9, t
                if k < 0.55:
                    return (
                        self.pick(self.pick(C.tool_multi, rr), rr),
                        sysp,
                        0.9,
                        int(rr.integers(3, 12)),
                    )
                if k < 0.85:
                    return (
                        self.pick(C.arena_coding, rr)
                        + self.pick(
                            ["", "\nGive the full code.", "\nExplain design decisions."], rr
                        ),
                        (sysp if rr.random() < 0.5 else None),
                        2.0,
                        0,
                    )
                return W.fill(rr, self.pick(W.CODE_OWN, rr), W.FILL3), None, 1.5, 0

            b.prompt = sso
            b.days_w = days(r, r.uniform(0.6, 0.95), weekend=0.1)
            b.model = self.pick(["chaser:3:code", "upgrader:halcyon-2:20", "chaser:12"], r)
            b.turns_mean = r.uniform(3, 8)
            if r.random() < 0.35:  # some seats also come in over the company's remote-access ranges
                b.ips = b.ips + self.home(occ, 0.2)
            b.gap_s = r.uniform(8, 40)
            self.add((a, b))

        # B2 slow_coder: long-form coding answers only, at a human pace, each account its own home line
        cards = [self.pay() for _ in range(self.n(40))]
        for _ in range(self.n(130)):
            cc = self.pick(["US", "CA", "GB", "DE", "PL", "IN", "BR"], r)
            langs = list(r.choice(W.FILL3["lang"], 3, replace=False))

            def sc(rr, turn, langs=langs):
                if turn > 0 and rr.random() < 0.5:
                    return (
                        self.pick(
                            [
                                "Now add tests.",
                                "Refactor it for readability and explain why.",
                                "Add error handling and docs.",
                                "Make it production-ready.",
                            ],
                            rr,
                        ),
                        None,
                        2.0,
                        0,
                    )
                if rr.random() < 0.45:
                    return self.pick(C.arena_coding, rr), None, 2.2, 0
                lang = self.pick(langs, rr)
                t = W.fill(
                    rr,
                    self.pick(
                        [
                            "Implement a {task} in {lang}, complete and idiomatic, with unit tests and a short design note.",
                            "Write a full {lang} module that {task}. Include edge cases and a usage example.",
                            "I need a production-quality {lang} implementation of something that {task}. Explain each part.",
                            "Build a small {lang} CLI that {task}; full source please, no placeholders.",
                        ],
                        rr,
                    ),
                    {**W.FILL3, "lang": [lang]},
                )
                return t, None, 2.3, 0

            a, b = self.person(
                "attack:slow_coder",
                "slow_coder",
                ln(240, 0.4),
                country=cc,
                ips=self.home(cc, 0.2),
                tier="pro",
                pay=self.pick(cards, r),
                surfaces=(["web", "cli"], [2, 1]),
                hour="office",
            )
            a.lab = "B"
            b.prompt = sc
            b.days_w = days(r, r.uniform(0.6, 0.9), weekend=0.2)
            b.gap_s = r.uniform(120, 400)
            b.turns_mean = r.uniform(1.5, 3)
            b.out_med = r.uniform(250, 500)
            self.add((a, b))

        # B3 agentic_harvest: tool-use trajectories from cloud runners, paced like a CI fleet
        for _ in range(self.n(80)):
            cc = self.pick(["US", "DE", "NL", "SG"], r)
            dc = self.net.pick("datacenter", cc)
            sysp = self.pick(
                [
                    "You are a tool-using agent.",
                    "Use the provided functions to complete the task.",
                    None,
                    "You are a helpful assistant with access to tools.",
                    "You are an operations copilot.",
                ],
                r,
            )
            tshare = r.uniform(0.3, 0.85)

            def ag(rr, turn, sysp=sysp, tshare=tshare):
                if rr.random() > tshare:
                    return self.pick(C.arena_coding + C.arena_tech, rr), sysp, 1.5, 0
                if rr.random() < 0.7:
                    p, t = self.pick(C.tool_single, rr)
                else:
                    p, t = self.pick(self.pick(C.tool_multi, rr), rr), int(rr.integers(3, 12))
                area = self.pick(W.TOPICS_TAX["agentic"], rr)
                p = self.pick(
                    [
                        "{p}",
                        "Task ({a}): {p}",
                        "{p}\nThink about which tool to call and why before calling it.",
                    ],
                    rr,
                ).format(p=p, a=area)
                return p, sysp, 0.8, t

            a = self.new_acc(
                "attack:agentic_harvest",
                "agentic_harvest",
                lab="B",
                tier="api",
                channel="startup_program",
                pay=self.pay(),
                email=self.email(cc),
                country=cc,
            )
            b = Behaviour(
                n=int(ln(500, 0.6)),
                prompt=ag,
                tz=0,
                hour_w=hours(self.pick(["flat", "office"], r), r),
                days_w=days(r, r.uniform(0.6, 0.95), weekend=0.7),
                turns_mean=r.uniform(1, 4),
                gap_s=r.uniform(3, 20),
                surfaces=(["api"], [1]),
                ips=[(dc.host(r), cc) for _ in range(int(r.integers(3, 40)))],
                uas={"api": [W.ua(r, W.SDK_UA)]},
                model="upgrader:halcyon-2:" + str(r.uniform(2, 60)),
                out_med=r.uniform(150, 500),
                err=0.03,
            )
            self.add((a, b))

        # ---- lab C -----------------------------------------------------------
        # C1 extension_blend: poses as QuickAssist users (same system prompt and client string)
        for _ in range(self.n(230)):
            cc = self.country()

            cot_rate = r.uniform(0.05, 0.5)

            def eb(rr, turn, cot_rate=cot_rate):
                if rr.random() < 0.3:
                    p = self.pick(C.instructions, rr)
                else:
                    p = taxo(rr) + (" " + self.pick(COT, rr) if rr.random() < cot_rate else "")
                act = self.pick(["Summarise", "Explain", "Rewrite", "Translate", "Reply to"], rr)
                return (
                    f"[{act}] selected text: {W.words(rr, int(rr.integers(15, 80)))}\nRequest: {p}",
                    self.ext_sys,
                    1.9,
                    0,
                )

            ips = [
                (self.net.pick("residential", cc).host(r), cc) for _ in range(int(r.integers(1, 4)))
            ]
            a, b = self.person(
                "attack:extension_blend",
                "extension_blend",
                ln(90, 0.7),
                country=cc,
                ips=ips,
                surfaces=(["api"], [1]),
                uas={"api": [self.ext_ua]},
                tier="free",
            )
            a.lab = "C"
            b.prompt = eb
            b.model = "consumer"
            b.turns_mean = 1.3
            self.add((a, b))

        # C2 release_chaser: dormant accounts that wake within hours of each release and target one capability
        targets = {"halcyon-3": "math", "halcyon-3-code": "coding", "halcyon-3.5": "agentic"}
        for _ in range(self.n(120)):
            cc = self.pick(["US", "GB", "SG", "JP", "DE", "IN"], r)
            burst = {}
            for m in targets:
                d = int((W.RELEASE_US[m] - W.START_US) // W.US_PER_D)
                for k in range(int(r.integers(1, 4))):
                    burst[d + k] = 30.0 / (k + 1)

            def rc(rr, turn):
                return "", None, 1.0, 0

            a, b = self.person(
                "attack:release_chaser",
                "release_chaser",
                ln(140, 0.6),
                country=cc,
                tier=self.pick(["pro", "api", "pro"], r),
                surfaces=(["api", "web"], [3, 1]),
                channel="api_console",
                hour=self.pick(["human", "flat"], r),
            )
            a.lab = "C"
            cover_m = self.mix({"everyday": 2, "instr": 2, "code": 1})

            areas = list(
                r.choice(
                    ["math", "coding", "agentic", "math", "coding"],
                    int(r.integers(1, 3)),
                    replace=False,
                )
            )
            cshare = r.uniform(0.15, 0.45)

            def rc(rr, turn, cover_m=cover_m, areas=areas, cshare=cshare):  # noqa: F811
                # what the newest model is best at is what gets asked; cover traffic in between
                if rr.random() < cshare:
                    return cover_m(rr, turn)
                area = self.pick(areas, rr)
                if area == "math":
                    return (
                        self.pick(C.arena_math + C.gsm_test, rr)
                        + (" " + self.pick(COT, rr) if rr.random() < 0.4 else ""),
                        None,
                        1.8,
                        0,
                    )
                if area == "coding":
                    return self.pick(C.arena_coding, rr), None, 2.5, 0
                p, t = self.pick(C.tool_single, rr)
                return p, None, 0.8, t

            b.prompt = rc
            b.days_w = days(r, 0.08, boost=burst)
            b.model = "chaser:" + str(r.uniform(0.2, 3)) + (":code" if r.random() < 0.5 else "")
            self.add((a, b))

        # C3 benchmark_spread: one benchmark split across many fresh free accounts, a few items each
        items = C.gsm_test + [t[0] for t in C.mtbench] + C.arena_math
        order = r.permutation(len(items))
        nacc = self.n(700)
        chunks = np.array_split(order, nacc)
        carriers = ["IN", "ID", "BR", "PH", "US", "MX", "NG", "TR"]
        for j in range(nacc):
            cc = self.pick(carriers, r) if r.random() < 0.7 else self.country()
            mine = [items[i] for i in chunks[j]]
            pre = self.pick(["", "Solve: ", "Q: ", "Please answer: ", "Problem: "], r)
            suf = self.pick(
                [
                    "",
                    "",
                    " Explain step by step.",
                    " Show your reasoning.",
                    " (show work)",
                    " think carefully",
                    " Be thorough.",
                    " Explain.",
                ],
                r,
            )
            p_suf = r.uniform(0, 0.7)

            def bs(rr, turn, mine=mine, pre=pre, suf=suf, p_suf=p_suf):
                if rr.random() < 0.15:
                    return W.fill(rr, self.pick(W.EVERYDAY, rr), W.FILL), None, 1.0, 0
                return (
                    pre + self.pick(mine, rr) + (suf if rr.random() < p_suf else ""),
                    None,
                    1.7,
                    0,
                )

            created = W.START + timedelta(
                days=float(r.uniform(-20, 20) if r.random() < 0.5 else -r.gamma(1.2, 200))
            )
            d0 = max(0, (created - W.START).days)
            fam = "mobile" if r.random() < 0.5 else "residential"
            ips = [(self.net.pick(fam, cc).host(r), cc) for _ in range(int(r.integers(1, 4)))]
            a, b = self.person(
                "attack:benchmark_spread",
                "benchmark_spread",
                float(r.integers(3, 25)),
                country=cc,
                ips=ips,
                tier="free",
                created=created,
                surfaces=(["app", "web"], [0.7, 0.3]),
            )
            a.lab = "C"
            b.prompt = bs
            b.days_w = days(r, r.uniform(0.1, 0.5), window=(d0, W.DAYS))
            self.add((a, b))

    # =============================================================== output
    def write(self, out: Path) -> None:
        r = self.rng
        order = r.permutation(len(self.items))
        ex_dir = out / "exchanges"
        ex_dir.mkdir(parents=True, exist_ok=True)
        for f in ex_dir.glob("*.parquet"):
            f.unlink()
        buf: dict[str, list] = {k: [] for k in EX_SCHEMA.names}
        part = 0
        total = 0

        def flush() -> None:
            nonlocal part, buf
            if not buf["exchange_id"]:
                return
            t = pa.table(buf, schema=EX_SCHEMA)
            t = t.sort_by("ts")
            pq.write_table(t, ex_dir / f"part-{part:04d}.parquet", compression="zstd")
            part += 1
            buf = {k: [] for k in EX_SCHEMA.names}

        seen = set()
        for j in tqdm(order, desc="accounts", unit="acct", mininterval=1.0):
            acc, b = self.items[j]
            rng = np.random.default_rng([int(zlib.crc32(acc.account_id.encode())), 17])
            d = emit(acc, b, rng, Ids(rng))
            if d["exchange_id"]:
                seen.add(acc.account_id)
            for k in buf:
                buf[k].extend(d[k])
            total += len(d["exchange_id"])
            if len(buf["exchange_id"]) >= 150_000:
                flush()
        flush()

        accs = [a for a, _ in self.items]
        pq.write_table(
            pa.table(
                {
                    "account_id": [a.account_id for a in accs],
                    "created_at": pa.array(
                        [a.created_at for a in accs], pa.timestamp("us", tz="UTC")
                    ),
                    "tier": [a.tier for a in accs],
                    "signup_channel": [a.signup_channel for a in accs],
                    "payment_fingerprint": [a.payment_fingerprint for a in accs],
                    "email_domain": [a.email_domain for a in accs],
                    "declared_country": [a.declared_country for a in accs],
                    "org_id": [a.org_id for a in accs],
                }
            ),
            out / "accounts.parquet",
        )
        pq.write_table(
            pa.table(
                {"account_id": [a.account_id for a in accs], "label": [a.label for a in accs]}
            ),
            out / "labels.parquet",
        )
        pq.write_table(
            pa.table(
                {
                    "account_id": [a.account_id for a in accs],
                    "label": [a.label for a in accs],
                    "family": [a.family for a in accs],
                    "lab": [a.lab for a in accs],
                    "org_id": [a.org_id for a in accs],
                }
            ),
            out / "truth.parquet",
        )
        feed = [n for n in self.net.nets if n.in_feed]
        pq.write_table(
            pa.table(
                {
                    "cidr": [n.cidr for n in feed],
                    "kind": [n.kind for n in feed],
                    "asn": pa.array([n.asn for n in feed], pa.int64()),
                    "country": [n.country for n in feed],
                }
            ),
            out / "ip_ranges.parquet",
        )
        pq.write_table(
            pa.table(
                {
                    "model": [m for m, _, _ in W.MODELS],
                    "released_at": pa.array(
                        [t for _, t, _ in W.MODELS], pa.timestamp("us", tz="UTC")
                    ),
                }
            ),
            out / "model_releases.parquet",
        )
        n_att = sum(1 for a in accs if a.label.startswith("attack:"))
        print(
            f"wrote {total:,} exchanges, {len(accs):,} accounts ({n_att:,} attack), {part} parts -> {out}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    a = ap.parse_args(argv)
    if a.scale <= 0:
        ap.error("--scale must be > 0")
    corp = W.load_corpora(a.corpora)
    w = World(a.seed, a.scale, corp)
    w.legit()
    w.campaigns()
    a.out.mkdir(parents=True, exist_ok=True)
    w.write(a.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
