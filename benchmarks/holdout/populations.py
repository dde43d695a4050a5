"""The holdout's populations: one declarative spec per population, read by engine.py.

Counts are per 12,000 accounts (scaled with --accounts). Rates are conversations per active
day (median of a per-account lognormal); turns are the mean exchanges per conversation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Pop:
    label: str
    count: int
    tiers: dict[str, float]
    channels: dict[str, float] = field(default_factory=lambda: {"web": 1.0})
    home: dict[str, float] | None = None  # None = the world's mix of ordinary users
    created: str = "old"  # old | recent | fresh (days before activity)
    life: tuple[int, int] | None = None  # active lifetime in days (churned fraud accounts)
    batches: int = 8  # sign-up batches of "fresh" accounts
    start_after_release: float = 0.0  # share of accounts created only after the release
    payment: tuple = ("own",)  # ("own",) | ("shared", n) | ("reseller", n)
    email: str = "consumer"  # consumer | corporate | edu | fraud | fraud_mainstream
    org: str = "none"  # none | own | shared
    surfaces: dict[str, float] = field(default_factory=lambda: {"web": 0.6, "app": 0.4})
    ua: str = "surface"  # surface | sdk | tools | many | bot | fleet
    keys: tuple[int, int] = (1, 2)
    rate: tuple[float, float] = (1.0, 0.8)
    active: float = 0.4
    weekend: float = 0.8
    turns: float = 2.5
    gap: float = 60.0
    hours: str = "human"  # human | work | dev | flat | night | student | periodic
    waves: dict | None = None  # {"scope": campaign|account, "per_day": k, "spread": s}
    net: str = "consumer"
    rotate: bool = False  # new address per request (proxies) vs per conversation
    models: str = "consumer"
    kinds: dict[str, float] = field(default_factory=lambda: {"chat": 0.8, "code": 0.2})
    system: str = "none"  # none | app | bot | eval | agent | agent_many | custom
    tools: tuple[float, int, int] = (0.0, 0, 0)
    image: float = 0.02
    err: float = 0.01  # share of 4xx/5xx
    zdr: float = 0.0  # share of accounts whose responses are not kept
    release_boost: float = 1.0  # volume factor on release day and the next


CONSUMER_TIERS = {"free": 0.72, "pro": 0.24, "max": 0.04}
API = {"api": 1.0}

BENIGN = [
    Pop("benign", 7300, CONSUMER_TIERS, rate=(0.7, 0.9), active=0.3, turns=3.0),
    Pop(
        "benign",
        300,
        {"pro": 0.6, "max": 0.4},
        surfaces={"web": 0.5, "app": 0.2, "cli": 0.3},  # power users
        rate=(3.5, 0.7),
        active=0.75,
        weekend=0.4,
        turns=3.5,
        gap=45,
        hours="dev",
        kinds={"chat": 0.4, "code": 0.6},
    ),
    Pop(
        "benign",
        1500,
        {"team": 0.7, "enterprise": 0.3},
        email="corporate",
        org="shared",
        net="office",
        rate=(1.6, 0.7),
        active=0.55,
        weekend=0.1,
        hours="work",
        kinds={"chat": 0.7, "code": 0.3},
        zdr=0.05,
    ),
    Pop(
        "benign",
        30,
        API,
        {"api_console": 0.8, "startup_program": 0.2},
        email="corporate",
        org="own",  # API products
        surfaces={"api": 1.0},
        ua="sdk",
        net="cloud",
        rate=(25.0, 1.2),
        active=1.0,
        weekend=1.0,
        turns=2.0,
        gap=40,
        hours="flat",
        models="api",
        kinds={"app_user": 1.0},
        system="app",
        zdr=0.2,
    ),
    Pop(
        "benign",
        400,
        API,
        {"api_console": 1.0},
        email="corporate",
        org="own",
        surfaces={"api": 1.0},  # devs on the API
        ua="sdk",
        net="consumer",
        rate=(3.0, 1.0),
        active=0.5,
        weekend=0.3,
        turns=1.5,
        hours="dev",
        models="api",
        kinds={"code": 0.6, "chat": 0.4},
    ),
]

HARD_NEGATIVES = [
    Pop(
        "hn:reseller_customers",
        420,
        {"api": 0.85, "team": 0.15},
        {"partner_reseller": 1.0},
        home={
            "US": 0.15,
            "CN": 0.2,
            "HK": 0.1,
            "RU": 0.1,
            "SG": 0.1,
            "VN": 0.1,
            "ID": 0.1,
            "TR": 0.05,
            "BR": 0.1,
        },
        payment=("reseller", 3),
        surfaces={"api": 1.0},
        ua="sdk",
        net="reseller",
        rotate=True,
        rate=(2.0, 0.9),
        active=0.5,
        turns=2.0,
        models="api",
        kinds={"chat": 0.6, "code": 0.4},
    ),
    Pop(
        "hn:campus_nat",
        320,
        {"education": 0.8, "free": 0.2},
        {"education_program": 0.8, "web": 0.2},
        email="edu",
        net="campus",
        rate=(1.5, 0.8),
        active=0.5,
        weekend=0.6,
        hours="student",
        kinds={"homework": 0.7, "chat": 0.2, "code": 0.1},
    ),
    Pop(
        "hn:eval_runner",
        12,
        API,
        {"research_program": 0.6, "api_console": 0.4},
        email="corporate",
        org="own",
        surfaces={"api": 1.0},
        ua="tools",
        net="cloud",
        rate=(250.0, 0.8),
        active=0.2,
        weekend=0.5,
        turns=1.0,
        hours="work",
        waves={"scope": "account", "spread": 5400},
        models="eval",
        kinds={"eval": 1.0},
        system="eval",
        release_boost=3.0,
        err=0.04,
    ),
    Pop(
        "hn:batch_job",
        14,
        {"enterprise": 0.5, "api": 0.5},
        {"api_console": 1.0},
        email="corporate",
        org="own",
        surfaces={"api": 1.0},
        ua="sdk",
        net="cloud",
        rate=(100.0, 0.9),
        active=0.9,
        weekend=0.9,
        turns=1.0,
        hours="night",
        waves={"scope": "account", "spread": 4800, "fixed": True},
        models="api",
        kinds={"batch": 1.0},
        system="custom",
        err=0.03,
        zdr=0.3,
    ),
    Pop(
        "hn:ci_agent",
        70,
        {"team": 0.5, "enterprise": 0.2, "max": 0.3},
        {"web": 0.5, "api_console": 0.5},
        email="corporate",
        org="shared",
        surfaces={"cli": 0.7, "api": 0.3},
        ua="many",
        keys=(2, 6),
        net="office_cloud",
        rate=(4.0, 0.7),
        active=0.8,
        weekend=0.2,
        turns=12.0,
        gap=9,
        hours="dev",
        models="agent",
        kinds={"ci_task": 1.0},
        system="agent",
        tools=(1.0, 6, 24),
    ),
    Pop(
        "hn:api_app",
        30,
        API,
        {"api_console": 0.7, "startup_program": 0.3},
        email="corporate",
        org="own",
        surfaces={"api": 1.0},
        ua="sdk",
        net="cloud",
        rotate=True,
        rate=(25.0, 0.8),
        active=1.0,
        weekend=1.0,
        turns=2.5,
        gap=35,
        hours="flat",
        models="api",
        kinds={"app_user": 1.0},
        system="app",
        zdr=0.25,
    ),
    Pop(
        "hn:heavy_user",
        120,
        {"max": 0.7, "pro": 0.3},
        surfaces={"web": 0.6, "app": 0.25, "cli": 0.15},
        rate=(9.0, 0.6),
        active=0.85,
        weekend=0.7,
        turns=3.5,
        gap=50,
        hours="dev",
        kinds={"chat": 0.5, "code": 0.4, "release_try": 0.1},
    ),
    Pop(
        "hn:personal_automation",
        90,
        {"api": 1.0},
        {"api_console": 1.0},
        surfaces={"api": 1.0},
        ua="tools",
        net="home_or_vps",
        rate=(24.0, 0.5),
        active=1.0,
        weekend=1.0,
        turns=1.0,
        hours="periodic",
        models="api",
        kinds={"wrapper": 1.0},
        system="none",
    ),
    Pop(
        "hn:community_bot",
        35,
        API,
        {"api_console": 1.0},
        surfaces={"api": 1.0},
        ua="bot",
        net="vps",
        rate=(25.0, 0.9),
        active=1.0,
        weekend=1.0,
        turns=1.3,
        gap=20,
        hours="flat",
        models="api",
        kinds={"bot": 1.0},
        system="bot",
    ),
    Pop(
        "hn:restricted_traveller",
        130,
        CONSUMER_TIERS,
        net="traveller",
        rate=(1.5, 0.8),
        active=0.5,
        turns=3.0,
    ),
    Pop(
        "hn:consumer_release_movers",
        260,
        {"pro": 0.5, "max": 0.3, "free": 0.2},
        surfaces={"web": 0.5, "app": 0.4, "cli": 0.1},
        rate=(2.5, 0.7),
        active=0.6,
        turns=3.0,
        hours="human",
        kinds={"chat": 0.45, "code": 0.25, "release_try": 0.3},
        release_boost=4.0,
    ),
]

ATTACKS = [
    # Many cheap accounts behind the reseller's exits and residential proxies; shared cards;
    # orchestrated waves; extraction wrapped in ordinary traffic.
    Pop(
        "attack:hydra_proxy",
        620,
        {"free": 0.3, "pro": 0.5, "api": 0.2},
        {"web": 0.7, "partner_reseller": 0.3},
        home={"US": 0.3, "SG": 0.15, "HK": 0.15, "CN": 0.2, "GB": 0.1, "JP": 0.1},
        created="fresh",
        life=(4, 14),
        payment=("shared", 28),
        email="fraud",
        surfaces={"web": 0.5, "api": 0.5},
        ua="fleet",
        net="hydra",
        rotate=True,
        rate=(9.0, 0.5),
        active=0.9,
        weekend=1.0,
        turns=1.3,
        gap=30,
        hours="flat",
        waves={"scope": "campaign", "per_day": 10, "spread": 240},
        models="attack_follow",
        kinds={"hydra": 0.7, "chat": 0.2, "code": 0.1},
        err=0.05,
    ),
    # Rationale harvesting: every request paraphrased, eight languages, API, cloud outside restricted regions.
    Pop(
        "attack:cot_harvest",
        150,
        API,
        {"api_console": 0.6, "startup_program": 0.4},
        home={"US": 0.5, "DE": 0.2, "SG": 0.3},
        created="recent",
        payment=("shared", 12),
        email="fraud_mainstream",
        org="own",
        surfaces={"api": 1.0},
        ua="sdk",
        keys=(1, 4),
        net="cloud",
        rate=(18.0, 0.6),
        active=0.85,
        weekend=0.8,
        turns=1.0,
        hours="flat",
        models="attack_follow",
        kinds={"cot": 1.0},
        system="none",
        err=0.02,
    ),
    # A capability-coverage sweep at human hours and under heavy-user volume, no restricted regions.
    Pop(
        "attack:coverage_sweep",
        90,
        {"pro": 0.5, "max": 0.3, "api": 0.2},
        {"web": 0.7, "api_console": 0.3},
        home={"US": 0.4, "GB": 0.2, "CA": 0.2, "AU": 0.2},
        created="recent",
        payment=("own",),
        email="fraud_mainstream",
        surfaces={"web": 0.6, "api": 0.4},
        ua="surface",
        net="consumer",
        rate=(14.0, 0.4),
        active=0.8,
        weekend=0.15,
        turns=1.2,
        gap=90,
        hours="work",
        models="attack_follow",
        kinds={"sweep": 0.85, "chat": 0.15},
    ),
    # Agentic trajectories: long tool loops, many keys, many client stacks, many clouds.
    Pop(
        "attack:agent_trajectories",
        200,
        {"api": 0.8, "team": 0.2},
        {"api_console": 0.7, "startup_program": 0.3},
        home={"US": 0.4, "SG": 0.2, "HK": 0.1, "DE": 0.15, "IN": 0.15},
        created="recent",
        payment=("shared", 40),
        email="fraud_mainstream",
        org="own",
        surfaces={"api": 0.8, "cli": 0.2},
        ua="many",
        keys=(4, 20),
        net="cloud_many",
        rotate=True,
        rate=(1.5, 0.6),
        active=0.8,
        weekend=0.7,
        turns=12.0,
        gap=6,
        hours="flat",
        models="attack_follow",
        kinds={"agent_task": 1.0},
        system="agent_many",
        tools=(1.0, 4, 30),
    ),
    # Release pivot: a standing extraction pipeline that moves to the new model within hours.
    Pop(
        "attack:release_pivot",
        110,
        API,
        {"api_console": 0.5, "startup_program": 0.5},
        home={"RU": 0.3, "HK": 0.3, "SG": 0.2, "US": 0.2},
        created="recent",
        start_after_release=0.4,
        payment=("shared", 15),
        email="fraud",
        org="own",
        surfaces={"api": 1.0},
        ua="sdk",
        net="cloud_home",
        rotate=True,
        rate=(22.0, 0.5),
        active=0.95,
        weekend=1.0,
        turns=1.0,
        hours="flat",
        models="pivot",
        kinds={"probe": 0.9, "cot": 0.1},
        release_boost=2.0,
        err=0.06,
    ),
    # Low and slow: old-looking accounts, own cards, residential addresses, human hours, few requests.
    Pop(
        "attack:low_and_slow",
        70,
        {"pro": 0.7, "free": 0.3},
        home={"US": 0.3, "GB": 0.15, "DE": 0.15, "BR": 0.2, "IN": 0.2},
        created="old",
        payment=("own",),
        email="fraud_mainstream",
        surfaces={"web": 0.7, "app": 0.3},
        ua="surface",
        net="resi_proxy",
        rate=(3.0, 0.4),
        active=0.7,
        weekend=0.6,
        turns=1.5,
        gap=120,
        hours="human",
        models="consumer",
        kinds={"slow": 0.75, "chat": 0.25},
    ),
]


def hard(p: Pop) -> Pop:
    """The adapted campaigns: more blending, flatter waves, more spread, fewer shared cards."""
    if not p.label.startswith("attack:"):
        return p
    changes: dict = {}
    if p.waves:
        changes["waves"] = {**p.waves, "per_day": 24, "spread": 2400}
    if p.payment[0] == "shared":
        changes["payment"] = ("shared", p.payment[1] * 4)
    if p.hours == "flat":
        changes["hours"] = "human"
    if p.ua == "fleet":
        changes["ua"] = "surface"
    if p.email == "fraud":
        changes["email"] = "fraud_mainstream"
    blend = {k: v * 0.6 for k, v in p.kinds.items()}
    blend["chat"] = blend.get("chat", 0.0) + 0.3
    blend["code"] = blend.get("code", 0.0) + 0.1
    changes["kinds"] = blend
    changes["rate"] = (p.rate[0] * 0.6, p.rate[1])
    changes["count"] = int(p.count * 1.5)
    changes["batches"] = p.batches * 5
    return replace(p, **changes)


def populations(mix: str) -> list[Pop]:
    pops = BENIGN + HARD_NEGATIVES + ATTACKS
    return [hard(p) for p in pops] if mix == "hard" else list(pops)
