"""Hold-out 10: an independently written labelled traffic world (a judge, used once).

    python benchmarks/holdout10/traffic.py --out DIR --seed N [--scale F] [--corpora DIR]

Writes exchanges/part-DDD.parquet (one file per UTC day), accounts.parquet, ip_ranges.parquet,
model_releases.parquet, labels.parquet and truth.parquet, following
/work/shared/contracts/traffic-logs.md. Deterministic per seed.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

START = np.datetime64("2027-03-01T00:00:00", "us")
DAYS = 28
US_DAY = 86_400_000_000
MODELS_OLD = ["heron-3", "heron-3-mini", "heron-2.5"]
RELEASES = {"heron-3.5": 11 * US_DAY + 15 * 3_600_000_000, "heron-3.5-mini": 19 * US_DAY}

# country -> UTC offset (hours) of its usual waking day
COUNTRIES = {
    "US": -6,
    "CA": -5,
    "BR": -3,
    "MX": -6,
    "AR": -3,
    "GB": 0,
    "DE": 1,
    "FR": 1,
    "ES": 1,
    "IT": 1,
    "PL": 1,
    "NL": 1,
    "SE": 1,
    "TR": 3,
    "NG": 1,
    "KE": 3,
    "ZA": 2,
    "EG": 2,
    "IN": 5,
    "PK": 5,
    "BD": 6,
    "ID": 7,
    "VN": 7,
    "TH": 7,
    "PH": 8,
    "MY": 8,
    "SG": 8,
    "JP": 9,
    "KR": 9,
    "AU": 10,
    "HK": 8,
    "TW": 8,
    "AE": 4,
    "SA": 3,
    "UA": 2,
    "KZ": 5,
    "CO": -5,
    "CL": -4,
}
CC = sorted(COUNTRIES)

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{m} Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
]
APPS = ["HeronApp/4.{m}.{p} (iPhone; iOS 19.{m})", "HeronApp/4.{m}.{p} (Android 15; {dev})"]
SDKS = [
    "heron-python/1.{m}.{p}",
    "heron-node/2.{m}.{p}",
    "python-httpx/0.2{m}.{p}",
    "heron-go/0.{m}.{p}",
    "curl/8.{m}.{p}",
    "langchain-heron/0.{m}.{p}",
    "Java-http-client/21.0.{p}",
]
CLIS = ["heron-cli/0.{m}.{p} (darwin-arm64)", "heron-cli/0.{m}.{p} (linux-x64)"]
DEVICES = ["Pixel 9", "SM-S928B", "Redmi Note 13", "moto g84", "CPH2581"]

EVERYDAY_T = [
    "what should I cook tonight with {a} and {b}",
    "write a short birthday message for my {p}",
    "how do I get {s} out of a white shirt",
    "explain {t} like I'm 12",
    "is it normal for my {p} to {v}",
    "give me a 3 day itinerary for {c}",
    "rewrite this so it sounds more polite: can you send the {d} already",
    "what's the difference between {t} and {t2}",
    "help me write a cover letter for a {j} job",
    "summarise the pros and cons of {t}",
    "suggest a name for my {pet}",
    "how many calories in {a}",
    "translate 'where is the {place}' into {lang}",
    "my {d} is late, write an email to the landlord",
    "tips for a {j} interview tomorrow",
    "plan a workout for a beginner who hates {a}",
    "why does my {dev} {v}",
]
FILL = {
    "a": [
        "rice",
        "lentils",
        "chicken thighs",
        "spinach",
        "tofu",
        "eggs",
        "running",
        "oats",
        "paneer",
    ],
    "b": ["garlic", "coconut milk", "leftover pasta", "feta", "mushrooms", "chickpeas"],
    "p": ["sister", "manager", "grandmother", "toddler", "neighbour", "best friend", "cat"],
    "s": ["coffee", "red wine", "grass stains", "ink", "turmeric"],
    "t": [
        "inflation",
        "black holes",
        "compound interest",
        "photosynthesis",
        "VAT",
        "mortgages",
        "vaccines",
        "blockchain",
        "the stock market",
        "climate change",
    ],
    "t2": ["a recession", "a wormhole", "simple interest", "respiration", "sales tax", "rent"],
    "v": ["sleep so much", "keep restarting", "make a clicking noise", "drain the battery fast"],
    "c": ["Lisbon", "Hanoi", "Nairobi", "Kyoto", "Mexico City", "Istanbul", "Cape Town"],
    "d": ["deposit", "invoice", "report", "parcel", "refund"],
    "j": ["nursing", "barista", "data analyst", "teaching assistant", "warehouse", "sales"],
    "pet": ["kitten", "puppy", "bakery", "podcast", "small business"],
    "place": ["train station", "pharmacy", "toilet", "bank"],
    "lang": ["Spanish", "Japanese", "Turkish", "Swahili", "French"],
    "dev": ["laptop", "phone", "router", "printer", "car"],
}
SUPPORT_T = [
    "my order {o} hasn't arrived, it's been {n} days",
    "how do I reset my password",
    "I was charged twice for order {o}",
    "can I change the delivery address for {o}",
    "the app keeps logging me out",
    "how do I cancel my subscription",
    "the item in order {o} arrived damaged",
    "do you ship to {c}",
    "where is my refund for {o}",
    "I can't apply the discount code {code}",
]
FOLLOW = [
    "ok and then?",
    "can you make it shorter",
    "thanks! one more thing",
    "why?",
    "give me another example",
    "that didn't work",
    "go on",
    "more detail please",
    "can you put that in a table",
    "explain the second point",
]
WRAPS = [
    "",
    "",
    "",
    "Think step by step. ",
    "Explain your reasoning. ",
    "Please answer carefully: ",
    "Show your work. ",
]
PERSONA_N = ["Maya", "Tomasz", "Aiko", "Chidi", "Lucia", "Rahul", "Greta", "Omar", "Lin", "Sven"]
PERSONA_J = [
    "a night-shift nurse",
    "a retired engineer",
    "a first-year law student",
    "a bakery owner",
    "a sceptical journalist",
    "a anxious new parent",
    "a bored teenager",
    "a farmer",
]
PERSONA_G = [
    "wants help budgeting",
    "is planning a career change",
    "is arguing about a news story",
    "needs to fix a broken website",
    "is studying for an exam",
    "wants recipe ideas",
]
TWO = [" (two versions?)", "\nGive me 2 options.", " - alt reply pls", "\nTwo takes, pick one."]
STORY_T = [
    "continue the scene where {n} finds the letter",
    "write {n}'s reply, in character",
    "give me two alternative versions of {n}'s last line",
    "describe {n}'s room in the tavern",
    "{n} is angry now, rewrite the dialogue",
    "what would {n} say to the stranger?",
]


@dataclass
class Corpus:
    arena: list[str]
    gsm_q: list[str]
    gsm_a: list[str]
    mt: list[str]
    si_q: list[str]
    si_a: list[str]
    bfcl: list[tuple[str, int]]


def load_corpora(root: Path) -> Corpus:
    def jl(p: Path) -> list[dict]:
        return [json.loads(x) for x in p.read_text(encoding="utf-8").split("\n") if x.strip()]

    arena = [r["prompt"] for r in jl(root / "arena-hard-v2.0/question.jsonl")]
    arena += [r["prompt"] for r in jl(root / "arena-hard-v0.1/question.jsonl")]
    gsm = jl(root / "gsm8k/train.jsonl") + jl(root / "gsm8k/test.jsonl")
    mt = [t for r in jl(root / "mt-bench/question.jsonl") for t in r["turns"][:1]]
    si = jl(root / "self-instruct-seed/seed_tasks.jsonl")
    si_q = [
        (
            r["instruction"]
            + ("\n" + r["instances"][0]["input"] if r["instances"][0]["input"] else "")
        )
        for r in si
    ]
    si_a = [r["instances"][0]["output"] for r in si]
    bfcl = []
    for r in jl(root / "bfcl-v4/BFCL_v4_live_multiple.json"):
        turn = r["question"][0]
        msgs = [m["content"] for m in turn if m.get("role") == "user"]
        if msgs:
            bfcl.append((msgs[-1], len(r.get("function", []))))
    return Corpus(
        arena, [g["question"] for g in gsm], [g["answer"] for g in gsm], mt, si_q, si_a, bfcl
    )


@dataclass
class Cls:
    label: str
    family: str
    operator: str
    n: int
    per_day: tuple[float, float]  # lognormal median, sigma of requests per active day
    days: tuple[int, int]  # active days drawn in [lo, hi]
    life: tuple[int, int]  # account's window length in days (within the 28)
    tiers: dict
    channel: dict
    surfaces: dict
    nets: dict  # network kind weights
    rhythm: str  # human | office | flat | evening
    src: dict  # prompt source weights: every, arena, gsm, mt, si, bfcl, support, persona, story
    sweep: bool = False  # walk a class-wide permutation of corpus prompts
    conv: float = 3.0  # mean exchanges per conversation
    sys_p: float = 0.0
    sys_kind: str = "generic"
    wrap: float = 0.1
    tools: float = 0.0
    org_size: int = 0  # accounts per org (0 = none)
    card_share: int = 1  # accounts per payment card
    countries: str = "home"  # home | many | few
    created_ago: tuple[int, int] = (30, 900)
    retain: float = 0.95
    err: float = 0.02
    new_model: float = 0.5  # share of traffic moving to a release
    extra: dict = field(default_factory=dict)


CONSUMER_T = {"free": 0.62, "pro": 0.33, "max": 0.05}
CLASSES = [
    # ---------------- legitimate -------------------------------------------------------------
    Cls(
        "benign",
        "benign",
        "",
        5800,
        (4, 0.8),
        (2, 14),
        (5, 28),
        CONSUMER_T,
        {"web": 1.0},
        {"web": 0.55, "app": 0.43, "cli": 0.02},
        {"residential": 0.6, "mobile": 0.35, "vpn": 0.05},
        "human",
        {"every": 0.7, "arena": 0.1, "gsm": 0.05, "mt": 0.07, "si": 0.08},
        conv=2.5,
    ),
    Cls(
        "hn:heavy_user",
        "hard_negative",
        "",
        300,
        (25, 0.6),
        (12, 26),
        (20, 28),
        {"pro": 0.4, "max": 0.6},
        {"web": 1.0},
        {"web": 0.6, "app": 0.15, "cli": 0.25},
        {"residential": 0.6, "corporate": 0.3, "mobile": 0.1},
        "human",
        {"every": 0.25, "arena": 0.5, "mt": 0.1, "si": 0.15},
        conv=6.0,
        wrap=0.2,
    ),
    Cls(
        "hn:school",
        "hard_negative",
        "",
        800,
        (6, 0.6),
        (2, 8),
        (20, 28),
        {"education": 0.8, "free": 0.2},
        {"education_program": 0.8, "web": 0.2},
        {"web": 0.7, "app": 0.3},
        {"education": 0.7, "residential": 0.2, "mobile": 0.1},
        "human",
        {"gsm": 0.7, "every": 0.2, "si": 0.1},
        conv=3.0,
        wrap=0.5,
        org_size=40,
    ),
    Cls(
        "hn:support_saas",
        "hard_negative",
        "",
        40,
        (110, 0.5),
        (16, 26),
        (18, 28),
        {"enterprise": 0.6, "team": 0.4},
        {"api_console": 0.7, "partner_reseller": 0.3},
        {"api": 1.0},
        {"datacenter": 1.0},
        "flat",
        {"support": 0.7, "ticket": 0.25, "every": 0.05},
        conv=4.0,
        sys_p=1.0,
        sys_kind="support",
        retain=0.6,
        new_model=0.2,
        created_ago=(30, 700),
        card_share=2,
    ),
    Cls(
        "hn:trial_evaluator",
        "hard_negative",
        "",
        900,
        (25, 0.9),
        (1, 3),
        (1, 5),
        {"api": 1.0},
        {"api_console": 0.85, "startup_program": 0.15},
        {"api": 0.9, "cli": 0.1},
        {"corporate": 0.4, "residential": 0.3, "datacenter": 0.3},
        "office",
        {"arena": 0.35, "bfcl": 0.2, "every": 0.15, "mt": 0.15, "si": 0.15},
        conv=1.5,
        sys_p=0.4,
        tools=0.2,
        countries="home",
        created_ago=(0, 0),
        card_share=2,
        extra={"resample": 0.15},
    ),
    Cls(
        "hn:roleplay_writer",
        "hard_negative",
        "",
        400,
        (20, 0.7),
        (4, 18),
        (10, 28),
        {"pro": 0.65, "max": 0.25, "api": 0.1},
        {"web": 0.9, "api_console": 0.1},
        {"web": 0.6, "app": 0.25, "api": 0.15},
        {"residential": 0.65, "mobile": 0.2, "vpn": 0.1, "datacenter": 0.05},
        "evening",
        {"story": 0.7, "persona": 0.15, "every": 0.15},
        conv=9.0,
        sys_p=0.85,
        sys_kind="persona",
    ),
    Cls(
        "hn:companion_app",
        "hard_negative",
        "",
        20,
        (120, 0.4),
        (27, 28),
        (28, 28),
        {"api": 0.5, "enterprise": 0.5},
        {"api_console": 1.0},
        {"api": 1.0},
        {"datacenter": 1.0},
        "flat",
        {"persona": 0.8, "every": 0.2},
        conv=10.0,
        sys_p=1.0,
        sys_kind="persona",
        retain=0.3,
        new_model=0.1,
    ),
    Cls(
        "hn:eval_harness",
        "hard_negative",
        "",
        40,
        (150, 0.7),
        (3, 10),
        (28, 28),
        {"api": 0.6, "enterprise": 0.4},
        {"api_console": 0.6, "research_program": 0.4},
        {"api": 1.0},
        {"datacenter": 0.9, "education": 0.1},
        "flat",
        {"arena": 0.4, "gsm": 0.3, "mt": 0.2, "bfcl": 0.1},
        sweep=True,
        conv=1.0,
        sys_p=0.3,
        tools=0.1,
        new_model=0.9,
        err=0.06,
    ),
    Cls(
        "hn:agency",
        "hard_negative",
        "",
        60,
        (25, 0.5),
        (14, 20),
        (28, 28),
        {"team": 0.8, "pro": 0.2},
        {"web": 0.6, "api_console": 0.4},
        {"web": 0.6, "api": 0.4},
        {"corporate": 0.9, "residential": 0.1},
        "office",
        {"si": 0.4, "every": 0.4, "arena": 0.2},
        conv=3.0,
        sys_p=0.5,
        org_size=6,
        card_share=6,
    ),
    Cls(
        "hn:vpn_traveller",
        "hard_negative",
        "",
        250,
        (5, 0.7),
        (3, 12),
        (10, 28),
        CONSUMER_T,
        {"web": 1.0},
        {"web": 0.5, "app": 0.5},
        {"vpn": 0.45, "mobile": 0.35, "residential": 0.2},
        "human",
        {"every": 0.8, "arena": 0.1, "si": 0.1},
        conv=2.5,
        countries="many",
    ),
    Cls(
        "hn:discord_bot",
        "hard_negative",
        "",
        50,
        (60, 0.8),
        (20, 28),
        (28, 28),
        {"api": 1.0},
        {"api_console": 1.0},
        {"api": 1.0},
        {"datacenter": 0.8, "residential": 0.2},
        "flat",
        {"every": 0.6, "arena": 0.2, "mt": 0.1, "gsm": 0.1},
        conv=1.3,
        sys_p=0.9,
        card_share=1,
    ),
    # ---------------- campaigns --------------------------------------------------------------
    Cls(
        "attack:support_shadow",
        "attack",
        "kestrel",
        12,
        (110, 0.5),
        (16, 26),
        (18, 28),
        {"enterprise": 0.4, "team": 0.6},
        {"api_console": 0.5, "partner_reseller": 0.5},
        {"api": 1.0},
        {"datacenter": 1.0},
        "flat",
        {"support": 0.55, "ticket": 0.15, "arena": 0.15, "gsm": 0.08, "si": 0.07},
        sweep=True,
        conv=4.0,
        sys_p=1.0,
        sys_kind="support",
        retain=0.6,
        new_model=0.6,
        created_ago=(20, 400),
        card_share=3,
    ),
    Cls(
        "attack:trial_carousel",
        "attack",
        "kestrel",
        600,
        (60, 0.7),
        (1, 3),
        (1, 4),
        {"api": 1.0},
        {"api_console": 0.85, "startup_program": 0.15},
        {"api": 0.9, "cli": 0.1},
        {"datacenter": 0.5, "proxy": 0.3, "residential": 0.2},
        "office",
        {"arena": 0.4, "mt": 0.15, "si": 0.2, "bfcl": 0.1, "gsm": 0.15},
        sweep=True,
        conv=1.4,
        sys_p=0.4,
        tools=0.1,
        countries="many",
        created_ago=(0, 0),
        card_share=3,
        extra={"resample": 0.3},
    ),
    Cls(
        "attack:drip_fleet",
        "attack",
        "marram",
        1500,
        (4, 0.7),
        (4, 14),
        (14, 28),
        CONSUMER_T,
        {"web": 1.0},
        {"web": 0.5, "app": 0.5},
        {"residential": 0.85, "mobile": 0.15},
        "human",
        {"gsm": 0.2, "arena": 0.2, "si": 0.15, "every": 0.45},
        sweep=True,
        conv=2.2,
        wrap=0.3,
        card_share=5,
        created_ago=(60, 500),
    ),
    Cls(
        "attack:persona_rlhf",
        "attack",
        "marram",
        120,
        (40, 0.5),
        (8, 20),
        (20, 28),
        {"pro": 0.5, "max": 0.35, "api": 0.15},
        {"web": 0.85, "api_console": 0.15},
        {"web": 0.55, "app": 0.3, "api": 0.15},
        {"datacenter": 0.4, "residential": 0.5, "vpn": 0.1},
        "evening",
        {"persona": 0.6, "story": 0.4},
        conv=8.0,
        sys_p=0.85,
        sys_kind="persona",
        card_share=2,
        extra={"two_replies": 0.2},
    ),
]


def weighted(rng: np.random.Generator, d: dict, size=None):
    keys = list(d)
    p = np.array([d[k] for k in keys], float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), size=size, p=p / p.sum())]


class Net:
    """Address blocks per (kind, country); ip_ranges is the feed a vendor sells about them."""

    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.blocks: dict[tuple[str, str], list[tuple[int, int]]] = {}
        self.rows: list[dict] = []
        nxt = 23 << 24
        asn = 64600
        for kind, per in (
            ("residential", 3),
            ("mobile", 2),
            ("education", 2),
            ("corporate", 3),
            ("datacenter", 2),
            ("vpn", 1),
            ("proxy", 1),
        ):
            for cc in CC:
                if kind in ("datacenter", "vpn", "proxy") and cc not in (
                    "US",
                    "DE",
                    "NL",
                    "SG",
                    "JP",
                    "HK",
                    "GB",
                    "IN",
                    "BR",
                ):
                    continue
                for _ in range(per):
                    size = 16 if kind in ("residential", "mobile") else 24
                    self.blocks.setdefault((kind, cc), []).append((nxt, size))
                    asn += 1
                    self.rows.append(
                        {"net": nxt, "size": size, "kind": kind, "asn": asn, "country": cc}
                    )
                    nxt += 1 << (32 - size) if size == 16 else 1 << 8
                    if size == 24:
                        nxt = ((nxt >> 16) + 1) << 16
                    if (nxt >> 24) in (127, 10, 172, 192):
                        nxt += 1 << 24

    def pool(self, kind: str, cc: str, k: int) -> list[str]:
        if (kind, cc) not in self.blocks:
            opts = sorted(c for (kd, c) in self.blocks if kd == kind)
            cc = opts[int(self.rng.integers(len(opts)))]
        blocks = self.blocks[(kind, cc)]
        out = []
        for _ in range(k):
            base, size = blocks[int(self.rng.integers(len(blocks)))]
            span = 1 << (32 - size)
            # CGNAT and proxies: few shared addresses near the block start
            off = int(
                self.rng.integers(
                    1, 200 if kind in ("mobile", "proxy", "vpn", "education") else span - 1
                )
            )
            ip = base + off
            out.append(f"{ip >> 24 & 255}.{ip >> 16 & 255}.{ip >> 8 & 255}.{ip & 255}")
        return out

    def feed(self) -> pa.Table:
        rng = self.rng
        rows = []
        for r in self.rows:
            u = rng.random()
            if u < 0.10:
                continue  # vendor does not know this range
            kind = {"vpn": "datacenter" if rng.random() < 0.5 else "proxy"}.get(
                r["kind"], r["kind"]
            )
            if rng.random() < 0.05:
                kind = str(
                    weighted(
                        rng,
                        {
                            k: 1
                            for k in (
                                "residential",
                                "mobile",
                                "datacenter",
                                "education",
                                "corporate",
                                "proxy",
                            )
                        },
                    )
                )
            cc = r["country"] if rng.random() > 0.04 else CC[int(rng.integers(len(CC)))]
            n = r["net"]
            rows.append(
                {
                    "cidr": f"{n >> 24 & 255}.{n >> 16 & 255}.{n >> 8 & 255}.0/{r['size']}",
                    "kind": kind,
                    "asn": None if rng.random() < 0.03 else r["asn"],
                    "country": None if rng.random() < 0.03 else cc,
                }
            )
        return pa.table(
            {
                "cidr": pa.array([r["cidr"] for r in rows], pa.string()),
                "kind": pa.array([r["kind"] for r in rows], pa.string()),
                "asn": pa.array([r["asn"] for r in rows], pa.int64()),
                "country": pa.array([r["country"] for r in rows], pa.string()),
            }
        )


def fmt(rng: np.random.Generator, t: str) -> str:
    return t.format(
        v=int(rng.integers(118, 135)),
        m=int(rng.integers(0, 9)),
        p=int(rng.integers(0, 20)),
        dev=DEVICES[int(rng.integers(len(DEVICES)))],
    )


def fill(rng: np.random.Generator, t: str) -> str:
    keys = {k: FILL[k][int(rng.integers(len(FILL[k])))] for k in FILL}
    return t.format(**keys)


class Text:
    """Prompt, system prompt and response draws for one class."""

    def __init__(self, rng: np.random.Generator, corpus: Corpus, cls: Cls):
        self.rng, self.c, self.cls = rng, corpus, cls
        self.perm: dict[str, np.ndarray] = {}
        self.pos: dict[str, int] = {}
        self.everyday = [fill(rng, EVERYDAY_T[i % len(EVERYDAY_T)]) for i in range(400)]
        # popularity of everyday lines: Zipf-like
        w = 1.0 / np.arange(1, 401) ** 0.9
        self.every_p = w / w.sum()

    def _corpus(self, src: str) -> tuple[list[str], list[str] | None]:
        c = self.c
        return {
            "arena": (c.arena, None),
            "gsm": (c.gsm_q, c.gsm_a),
            "mt": (c.mt, None),
            "si": (c.si_q, c.si_a),
            "bfcl": ([b[0] for b in c.bfcl], None),
        }[src]

    def pick(self, src: str, sweep: bool) -> int:
        qs, _ = self._corpus(src)
        if sweep:
            if src not in self.perm:
                self.perm[src] = self.rng.permutation(len(qs))
                self.pos[src] = 0
            i = self.perm[src][self.pos[src] % len(qs)]
            self.pos[src] += 1
            return int(i)
        # popular prompts first: a skewed draw
        return int(min(len(qs) - 1, self.rng.zipf(1.6) - 1 + self.rng.integers(0, 3)))


def generate(seed: int, scale: float, corpus: Corpus):
    rng = np.random.default_rng(seed)
    net = Net(rng)
    rng.integers(
        0, 2**63, dtype=np.int64
    )  # a draw kept so that every seed's output stays as it was
    acc_rows: list[dict] = []
    lab_rows: list[dict] = []
    cols: dict[str, list] = {
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
            "response",
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
    hexid = lambda: f"{int(rng.integers(0, 2**62)):016x}"  # noqa: E731
    brands = [
        f"{a}{b}"
        for a in ("Nimbo", "Parcelo", "Tarra", "Quillmart", "Vexa", "Orbi", "Lumen")
        for b in ("", " Shop", " Home", " Travel")
    ]
    cards_by_class: dict[str, list[str]] = {}
    for cls in CLASSES:
        n = max(2, int(round(cls.n * scale)))
        text = Text(rng, corpus, cls)
        card_of = []
        while len(card_of) < n:  # card groups of random size, mean about card_share
            card_of += [hexid()] * int(rng.geometric(1.0 / cls.card_share))
        cards = card_of[:n]
        n_cards = n
        cards_by_class[cls.label] = cards
        org_ids = (
            [f"org_{hexid()[:10]}" for _ in range(max(1, n // max(1, cls.org_size)))]
            if cls.org_size
            else []
        )
        for a in range(n):
            acct = f"acct_{hexid()}"
            home = CC[int(rng.integers(len(CC)))]
            if cls.label in ("hn:school",) and org_ids:
                home = CC[(org_ids.index(org_ids[a % len(org_ids)]) * 7) % len(CC)]
            life = int(rng.integers(cls.life[0], cls.life[1] + 1))
            start_day = int(rng.integers(0, DAYS - life + 1))
            created = (
                START
                + np.timedelta64(start_day, "D")
                - np.timedelta64(
                    int(rng.integers(cls.created_ago[0], cls.created_ago[1] + 1)) * 86400
                    + int(rng.integers(60, 7200)),
                    "s",
                )
            )
            tier = str(weighted(rng, cls.tiers))
            chan = str(weighted(rng, cls.channel))
            if tier == "education":
                chan = "education_program"
            email = {
                "education": "uni-{}.edu",
                "enterprise": "{}corp.com",
                "team": "{}studio.io",
            }.get(tier)
            if email:
                email = email.format(["north", "delta", "rio", "alto", "kivu", "saga"][a % 6])
            else:
                email = str(
                    weighted(
                        rng,
                        {
                            "gmail.com": 0.5,
                            "outlook.com": 0.2,
                            "yahoo.com": 0.08,
                            "proton.me": 0.07,
                            "icloud.com": 0.1,
                            "qq.com": 0.05,
                        },
                    )
                )
            acc_rows.append(
                {
                    "account_id": acct,
                    "created_at": created,
                    "tier": tier,
                    "signup_channel": chan,
                    "payment_fingerprint": None
                    if tier in ("free", "education")
                    else cards[a % n_cards],
                    "email_domain": None if rng.random() < 0.02 else email,
                    "declared_country": None if rng.random() < 0.03 else home,
                    "org_id": org_ids[a % len(org_ids)] if org_ids and rng.random() < 0.9 else None,
                }
            )
            lab_rows.append(
                {
                    "account_id": acct,
                    "label": cls.label,
                    "family": cls.family,
                    "operator": cls.operator,
                }
            )
            # networks and clients of this account
            kinds = weighted(rng, cls.nets, size=int(rng.integers(1, 4)))
            ips, ipcc = [], []
            for kd in kinds:
                cc = (
                    home
                    if cls.countries == "home" or rng.random() < 0.3
                    else CC[int(rng.integers(len(CC)))]
                )
                k = int(rng.integers(1, 4))
                ips += net.pool(str(kd), cc, k)
                ipcc += [cc] * k
            surf_opts = list(cls.surfaces)
            uas = {}
            for s in surf_opts:
                if s == "web":
                    uas[s] = fmt(rng, BROWSERS[int(rng.integers(len(BROWSERS)))])
                elif s == "app":
                    uas[s] = fmt(rng, APPS[int(rng.integers(len(APPS)))])
                elif s == "cli":
                    uas[s] = fmt(rng, CLIS[int(rng.integers(len(CLIS)))])
                else:
                    uas[s] = fmt(rng, SDKS[int(rng.integers(len(SDKS)))])
                    if cls.sys_kind == "support":
                        uas[s] = fmt(
                            rng, "helpdeskly-connector/4.{m}.{p} " + SDKS[int(rng.integers(2))]
                        )
            keys = [f"key_{hexid()[:12]}" for _ in range(int(rng.integers(1, 3)))]
            sysps = _system_prompts(rng, cls, brands)
            # volume
            n_days = int(min(life, rng.integers(cls.days[0], cls.days[1] + 1)))
            days = start_day + np.sort(rng.choice(life, size=n_days, replace=False))
            per_day = float(np.exp(np.log(cls.per_day[0]) + cls.per_day[1] * rng.normal()))
            counts = np.maximum(1, rng.poisson(per_day, size=n_days))
            offset = COUNTRIES[home] + (rng.normal() * 1.0)
            adopt = rng.random() < cls.new_model
            pref_model = MODELS_OLD[int(rng.choice(3, p=[0.6, 0.3, 0.1]))]
            wrap_p = cls.wrap * rng.uniform(0.3, 1.7)
            src_w = {k: v * float(rng.lognormal(0, 0.7)) for k, v in cls.src.items()}
            resample = cls.extra.get("resample", 0.0) * rng.uniform(0.3, 1.7)
            last = None
            sys_p = min(1.0, cls.sys_p * rng.uniform(0.5, 1.2)) if cls.sys_p < 1 else 1.0
            retain = rng.random() < cls.retain
            for d, k in zip(days, counts, strict=True):
                hrs = _hours(rng, cls.rhythm, k, offset)
                tsu = (
                    START.astype(np.int64)
                    + int(d) * US_DAY
                    + (hrs * 3_600_000_000).astype(np.int64)
                )
                tsu.sort()
                conv = None
                left = 0
                for t in tsu:
                    if left <= 0:
                        conv = f"conv_{hexid()}" if rng.random() > 0.03 else None
                        left = max(1, int(rng.geometric(1.0 / cls.conv)))
                        first = True
                    else:
                        first = False
                    left -= 1
                    s = surf_opts[int(rng.choice(len(surf_opts), p=_p(cls.surfaces)))]
                    src = str(weighted(rng, src_w)) if first or rng.random() < 0.4 else "follow"
                    if last is not None and rng.random() < resample:
                        src, (prompt, resp, tools) = "resample", last
                    else:
                        prompt, resp, tools = _prompt(rng, text, cls, src, brands)
                        last = (prompt, resp, tools) if src != "follow" else last
                    if (
                        src not in ("follow", "every", "support", "story", "persona")
                        and rng.random() < wrap_p
                    ):
                        prompt = WRAPS[int(rng.integers(3, len(WRAPS)))] + prompt
                    two = cls.extra.get("two_replies", 0.08 if cls.sys_kind == "persona" else 0.0)
                    if src in ("persona", "story") and rng.random() < two:
                        prompt += TWO[int(rng.integers(len(TWO)))]
                    rel = int(t) - START.astype(np.int64)
                    model = pref_model
                    for m, at in RELEASES.items():
                        if (
                            rel
                            > at + (0 if s in ("web", "app") else int(rng.integers(0, 6)) * US_DAY)
                            and adopt
                        ):
                            model = m if ("mini" in m) == ("mini" in pref_model) else model
                    i = int(rng.integers(len(ips)))
                    status = 200
                    if rng.random() < cls.err:
                        status = int(weighted(rng, {429: 0.6, 500: 0.15, 529: 0.15, 400: 0.1}))
                    sp = (
                        sysps[int(rng.integers(len(sysps)))]
                        if sysps and rng.random() < sys_p
                        else None
                    )
                    tin = int(len(prompt) / 4 + (len(sp) / 4 if sp else 0) + rng.integers(3, 30))
                    tout = int(
                        max(
                            1,
                            rng.lognormal(np.log(250 if resp is None else len(resp) / 4 + 20), 0.5),
                        )
                    )
                    row = (
                        int(t),
                        acct,
                        None if s in ("web", "app") else keys[int(rng.integers(len(keys)))],
                        conv,
                        s,
                        model,
                        ips[i],
                        ipcc[i],
                        uas[s],
                        prompt,
                        sp,
                        None if (status != 200 or not retain) else (resp or _reply(rng, prompt)),
                        tin,
                        tout if status == 200 else 0,
                        tools,
                        bool(rng.random() < 0.02 and s != "api"),
                        status,
                        bool(s in ("web", "app") and rng.random() < 0.03),
                        bool(rng.random() < 0.004),
                        bool(rng.random() < 0.01),
                    )
                    _append(cols, row)
                    if status in (429, 500, 529) and rng.random() < 0.8:  # retry seconds later
                        r2 = list(row)
                        r2[0] = int(t) + int(rng.integers(1_000_000, 40_000_000))
                        r2[16] = 200
                        r2[11] = None if not retain else _reply(rng, prompt)
                        r2[13] = tout
                        _append(cols, tuple(r2))
    return net, acc_rows, lab_rows, cols


def _p(d: dict) -> np.ndarray:
    p = np.array(list(d.values()), float)
    return p / p.sum()


def _append(cols: dict, row: tuple) -> None:
    for k, v in zip(cols, row, strict=True):
        cols[k].append(v)


def _hours(rng: np.random.Generator, rhythm: str, k: int, offset: float) -> np.ndarray:
    if rhythm == "flat":
        local = rng.uniform(0, 24, k)
        return local
    if rhythm == "office":
        local = np.clip(rng.normal(13.5, 2.6, k), 7, 20)
    elif rhythm == "evening":
        local = rng.normal(21.0, 2.2, k)
    else:
        centre = rng.choice([10.5, 15.0, 20.5], p=[0.3, 0.3, 0.4])
        local = rng.normal(centre, 1.2, k) + rng.normal(0, 2.5)
    return np.mod(local - offset, 24.0)


def _system_prompts(rng: np.random.Generator, cls: Cls, brands: list[str]) -> list[str]:
    if cls.sys_p == 0:
        return []
    if cls.sys_kind == "support":
        b = brands[int(rng.integers(len(brands)))]
        return [
            f"You are the customer support assistant for {b}. Be concise and friendly. "
            f"Only answer questions about {b} orders, accounts and shipping. Escalate refunds "
            f"over $200 to a human agent. Today's date is provided by the system."
        ]
    if cls.sys_kind == "persona":
        out = []
        for _ in range(int(rng.integers(1, 6))):
            n = PERSONA_N[int(rng.integers(len(PERSONA_N)))]
            out.append(
                f"You are playing {n}, {PERSONA_J[int(rng.integers(len(PERSONA_J)))]} who "
                f"{PERSONA_G[int(rng.integers(len(PERSONA_G)))]}. Stay in character, speak "
                f"naturally, never mention being an AI."
            )
        return out
    return [
        str(
            weighted(
                rng,
                {
                    "You are a helpful assistant.": 0.5,
                    "You are a senior software engineer. Answer with code first.": 0.2,
                    "Answer in JSON with keys 'answer' and 'confidence'.": 0.15,
                    "You are a concise assistant. Use bullet points.": 0.15,
                },
            )
        )
    ]


def _prompt(rng: np.random.Generator, text: Text, cls: Cls, src: str, brands: list[str]):
    c = text.c
    if src == "follow":
        return FOLLOW[int(rng.integers(len(FOLLOW)))], None, 0
    if src == "every":
        return text.everyday[int(rng.choice(len(text.everyday), p=text.every_p))], None, 0
    if src == "support":
        t = SUPPORT_T[int(rng.integers(len(SUPPORT_T)))]
        return (
            t.format(
                o=f"#{int(rng.integers(10**6, 10**7))}",
                n=int(rng.integers(2, 20)),
                c=["Canada", "Chile", "Kenya", "Poland"][int(rng.integers(4))],
                code=f"SPRING{int(rng.integers(10, 40))}",
            ),
            None,
            0,
        )
    if src == "ticket":
        # a customer's long pasted message: several complaints, order lines and a quoted email
        k = int(min(40, 2 + rng.geometric(0.15)))
        parts = [
            SUPPORT_T[int(rng.integers(len(SUPPORT_T)))].format(
                o=f"#{int(rng.integers(10**6, 10**7))}",
                n=int(rng.integers(2, 20)),
                c="Canada",
                code=f"SPRING{int(rng.integers(10, 40))}",
            )
            for _ in range(k)
        ]
        quote = "\n> " + "\n> ".join(
            text.everyday[int(rng.integers(len(text.everyday)))] for _ in range(k)
        )
        return "Hi,\n" + ". ".join(parts) + ".\nHere is what your team sent me:" + quote, None, 0
    if src == "story":
        return (
            STORY_T[int(rng.integers(len(STORY_T)))].format(
                n=PERSONA_N[int(rng.integers(len(PERSONA_N)))]
            ),
            None,
            0,
        )
    if src == "persona":
        # a user speaking as (or to) a persona: everyday lines in first person
        line = text.everyday[int(rng.integers(len(text.everyday)))]
        return (
            line[0].upper() + line[1:] + (", honestly I'm stuck" if rng.random() < 0.3 else ""),
            None,
            0,
        )
    i = text.pick(src, cls.sweep)
    if src == "gsm":
        return c.gsm_q[i], c.gsm_a[i], 0
    if src == "si":
        return c.si_q[i], c.si_a[i], 0
    if src == "bfcl":
        return c.bfcl[i][0], None, c.bfcl[i][1] if rng.random() < max(cls.tools, 0.5) else 0
    qs = c.arena if src == "arena" else c.mt
    return qs[i], None, (int(rng.integers(1, 8)) if rng.random() < cls.tools else 0)


def _reply(rng: np.random.Generator, prompt: str) -> str:
    k = int(rng.integers(1, 4))
    heads = ["Sure, here is", "Good question. Here's", "Here's", "Below is", "Let's work through"]
    return f"{heads[int(rng.integers(len(heads)))]} an answer. " + " ".join(
        ["The key point is that the details depend on your situation."] * k
    )


def mess(rng: np.random.Generator, cols: dict) -> dict:
    """Real-world log defects: a skewed edge clock, geolocation gaps, missing client strings."""
    ts = np.array(cols["ts"], dtype=np.int64)
    n = len(ts)
    cc = np.array(cols["country"], dtype=object)
    rel = ts - START.astype(np.int64)
    # one APAC edge node ran 4.5 minutes fast for three days (about a third of APAC traffic)
    apac = np.isin(cc, ["JP", "KR", "SG", "HK", "TW", "AU", "PH", "MY", "ID", "VN", "TH"])
    skew = apac & (rel >= 15 * US_DAY) & (rel < 18 * US_DAY) & (rng.random(n) < 0.33)
    ts = ts + skew * 270_000_000
    # sub-second jitter
    ts = ts + rng.integers(0, 1_000_000, n)
    u = rng.random(n)
    cc[u < 0.015] = None
    wrong = (u >= 0.015) & (u < 0.022)
    cc[wrong] = np.array(CC, dtype=object)[rng.integers(0, len(CC), int(wrong.sum()))]
    ua = np.array(cols["user_agent"], dtype=object)
    ua[rng.random(n) < 0.02] = None
    cols = {**cols, "ts": ts, "country": cc, "user_agent": ua}
    return cols


SCHEMA = pa.schema(
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
ACC_SCHEMA = pa.schema(
    [
        ("account_id", pa.string()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("tier", pa.string()),
        ("signup_channel", pa.string()),
        ("payment_fingerprint", pa.string()),
        ("email_domain", pa.string()),
        ("declared_country", pa.string()),
        ("org_id", pa.string()),
    ]
)


def write(out: Path, seed: int, scale: float, corpus: Corpus) -> dict:
    net, acc_rows, lab_rows, cols = generate(seed, scale, corpus)
    rng = np.random.default_rng([seed, 10])
    cols = mess(rng, cols)
    n = len(cols["ts"])
    order = np.lexsort((np.arange(n), cols["ts"]))
    ids = rng.permutation(n).astype(np.int64) * 7919 + int(rng.integers(10**9))
    data = {"exchange_id": [f"ex_{seed:x}_{i:012x}" for i in ids]}
    for k in SCHEMA.names[1:]:
        v = cols[k]
        data[k] = np.asarray(v, dtype=np.int64) if k == "ts" else v
    tbl = pa.table(
        {
            k: pa.array(data[k], SCHEMA.field(k).type)
            if k != "ts"
            else pa.array(data[k], pa.int64()).cast(pa.timestamp("us", tz="UTC"))
            for k in SCHEMA.names
        },
        schema=SCHEMA,
    ).take(pa.array(order))
    ex = out / "exchanges"
    ex.mkdir(parents=True, exist_ok=True)
    day = (np.asarray(tbl["ts"].cast(pa.int64())) - START.astype(np.int64)) // US_DAY
    for d in np.unique(day):
        pq.write_table(tbl.filter(pa.array(day == d)), ex / f"part-{int(d):03d}.parquet")
    # accounts: 0.4% of sign-up records stamped seconds after the first request
    first = {}
    for a, t in zip(
        tbl["account_id"].to_pylist(), np.asarray(tbl["ts"].cast(pa.int64())), strict=True
    ):
        first.setdefault(a, int(t))
    for r in acc_rows:
        c = int(r["created_at"].astype(np.int64))
        f = first.get(r["account_id"], c)
        if c > f or rng.random() < 0.004:
            c = f + int(rng.integers(1, 30)) * 1_000_000
        r["created_at"] = c
    perm = rng.permutation(len(acc_rows))
    acc = [acc_rows[i] for i in perm]
    pq.write_table(
        pa.table(
            {
                k: pa.array([r[k] for r in acc], pa.int64()).cast(ACC_SCHEMA.field(k).type)
                if k == "created_at"
                else pa.array([r[k] for r in acc], pa.string())
                for k in ACC_SCHEMA.names
            },
            schema=ACC_SCHEMA,
        ),
        out / "accounts.parquet",
    )
    pq.write_table(net.feed(), out / "ip_ranges.parquet")
    rel = [("heron-2.5", -400), ("heron-3", -150), ("heron-3-mini", -120)]
    rel_ts = [START.astype(np.int64) + d * US_DAY for _, d in rel]
    rel += [(m, 0) for m in RELEASES]
    rel_ts += [START.astype(np.int64) + at for at in RELEASES.values()]
    pq.write_table(
        pa.table(
            {
                "model": pa.array([m for m, _ in rel], pa.string()),
                "released_at": pa.array(rel_ts, pa.int64()).cast(pa.timestamp("us", tz="UTC")),
            }
        ),
        out / "model_releases.parquet",
    )
    lab = [lab_rows[i] for i in perm]
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array([r["account_id"] for r in lab], pa.string()),
                "label": pa.array([r["label"] for r in lab], pa.string()),
            }
        ),
        out / "labels.parquet",
    )
    pq.write_table(
        pa.table(
            {
                k: pa.array([r[k] for r in lab], pa.string())
                for k in ("account_id", "label", "family", "operator")
            }
        ),
        out / "truth.parquet",
    )
    return {"exchanges": n, "accounts": len(acc_rows)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", required=True, type=int)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    a = ap.parse_args(argv)
    if not (0 < a.scale <= 10):
        print("traffic.py: --scale must be in (0, 10].", file=sys.stderr)
        return 2
    if a.seed < 0:
        print("traffic.py: --seed must be >= 0.", file=sys.stderr)
        return 2
    try:
        corpus = load_corpora(a.corpora)
    except (OSError, KeyError, ValueError) as exc:
        print(
            f"traffic.py: cannot read corpora under {a.corpora}: {type(exc).__name__}.",
            file=sys.stderr,
        )
        return 2
    if a.out.exists() and any(a.out.iterdir()):
        print(f"traffic.py: {a.out} is not empty.", file=sys.stderr)
        return 2
    a.out.mkdir(parents=True, exist_ok=True)
    r = write(a.out, a.seed, a.scale, corpus)
    print(f"wrote {r['exchanges']:,} exchanges, {r['accounts']:,} accounts to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
