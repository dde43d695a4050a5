"""Every simulated population as data: who they are, how much and when they send, and what.

Account counts are for the `article` scale; smaller scales multiply them by the scale's
factor but never go below `min_accounts`, so every population and campaign exists at every
scale. docs/simulator.md explains each one; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Hourly weights in the account's local time (0h..23h).
DIURNAL: dict[str, tuple[float, ...]] = {
    "consumer": (
        2, 1, 0.6, 0.4, 0.3, 0.4, 1, 2, 3, 4, 4.5, 5, 5, 5, 5, 5, 5, 5.5, 6, 6.5, 6.5, 6, 5, 3.5,
    ),
    "office": (
        0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 6, 8, 8, 7, 5, 7, 8, 8, 7, 5, 2, 1.5, 1.5, 1.2, 0.8,
        0.5,
    ),
    "developer": (
        1.5, 0.8, 0.4, 0.2, 0.2, 0.3, 0.6, 1.5, 4, 6, 7, 7, 5, 6, 7, 7, 6, 5, 4, 4, 4.5, 4.5, 3.5,
        2.5,
    ),
    "student": (
        3, 1.5, 0.7, 0.3, 0.2, 0.2, 0.5, 1.5, 3, 4, 4, 3.5, 3, 4, 4, 3.5, 3.5, 4, 5, 6, 7, 7.5, 7,
        5,
    ),
    "product": (
        3, 2, 1.5, 1.2, 1.2, 1.5, 2.5, 4, 5.5, 6, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 7, 7, 7,
        6.5, 5.5, 4,
    ),
    "operator": (
        0.6, 0.4, 0.3, 0.3, 0.3, 0.4, 0.6, 1.2, 3, 4, 4, 4, 3, 4, 4, 4, 4, 3.5, 3, 3.5, 3.5, 3, 2,
        1,
    ),
    "flat": (
        4, 3.8, 3.6, 3.5, 3.5, 3.6, 3.8, 4, 4.2, 4.3, 4.4, 4.4, 4.4, 4.4, 4.4, 4.3, 4.3, 4.2, 4.2,
        4.2, 4.2, 4.1, 4, 4,
    ),
}
DIURNAL_NAMES = tuple(DIURNAL)
# Weights over pools.CATEGORIES: coding, math, writing, general, analysis, image, tool.
TOPICS: dict[str, tuple[float, ...]] = {
    "consumer": (0.12, 0.1, 0.22, 0.38, 0.05, 0.06, 0.07),
    "work": (0.25, 0.04, 0.3, 0.18, 0.2, 0.02, 0.01),
    "power": (0.35, 0.08, 0.18, 0.2, 0.12, 0.04, 0.03),
    "developer": (0.5, 0.05, 0.07, 0.13, 0.15, 0.0, 0.1),
    "student": (0.1, 0.55, 0.12, 0.2, 0.03, 0.0, 0.0),
    "coding": (0.6, 0.0, 0.0, 0.0, 0.22, 0.03, 0.15),
    "broad": (0.2, 0.18, 0.16, 0.2, 0.12, 0.0, 0.14),
    "reasoning": (0.15, 0.6, 0.0, 0.25, 0.0, 0.0, 0.0),
}
STYLES = ("chat", "homework", "product", "eval", "batch", "agent", "cot", "hydra")
TIMINGS = ("diurnal", "class", "run", "ci", "wave", "flat")
EGRESS = ("people", "fixed", "campus")


@dataclass(frozen=True)
class Pop:
    """One population. Rates are per account; lognormal pairs are (median, log-sd)."""

    name: str
    label: str
    family: str
    accounts: int
    min_accounts: int
    tiers: dict[str, float]
    channels: dict[str, float]
    surfaces: tuple[float, float, float, float]  # web, app, api, cli
    active: tuple[float, float] = (0.3, 0.25)  # P(active) on a weekday, weekend day
    sessions: tuple[float, float] = (1.2, 0.7)  # sessions per active day
    turns: float = 3.0  # mean exchanges per session
    topics: str = "consumer"
    topic_focus: float = 1.0  # Dirichlet concentration: low = narrow
    diurnal: str = "consumer"
    style: str = "chat"
    timing: str = "diurnal"
    egress: str = "people"
    p429: float = 0.002
    group_size: tuple[int, int] = (1, 1)  # members per group (article, minimum)
    extra: dict[str, float] = field(default_factory=dict)


CONSUMER_TIERS = {"free": 0.72, "pro": 0.24, "max": 0.04}

POPULATIONS: tuple[Pop, ...] = (
    # --- benign -----------------------------------------------------------------------------
    Pop(
        "consumer",
        "benign",
        "people",
        110_000,
        300,
        CONSUMER_TIERS,
        {"web": 1.0},
        (0.55, 0.45, 0, 0),
        extra={"household": 1.7, "vpn": 0.03, "incognito": 0.05},
    ),
    Pop(
        "worker",
        "benign",
        "people",
        8_000,
        40,
        {"team": 0.6, "enterprise": 0.4},
        {"web": 1.0},
        (0.7, 0.2, 0.06, 0.04),
        active=(0.75, 0.08),
        sessions=(2.0, 0.6),
        topics="work",
        diurnal="office",
        group_size=(40, 8),
        extra={"office": 1.0},
    ),
    Pop(
        "power_user",
        "benign",
        "people",
        2_000,
        12,
        {"pro": 0.45, "max": 0.55},
        {"web": 1.0},
        (0.5, 0.3, 0.1, 0.1),
        active=(0.88, 0.55),
        sessions=(9.0, 0.55),
        turns=4.5,
        topics="power",
        topic_focus=2.0,
        diurnal="developer",
        p429=0.01,
    ),
    Pop(
        "developer",
        "benign",
        "people",
        5_000,
        25,
        {"api": 1.0},
        {"api_console": 0.9, "startup_program": 0.1},
        (0.05, 0, 0.75, 0.2),
        active=(0.55, 0.2),
        sessions=(3.0, 0.8),
        turns=1.8,
        topics="developer",
        diurnal="developer",
        extra={"cloud": 0.4, "stateful": 0.3},
    ),
    Pop(
        "api_product",
        "benign",
        "product",
        60,
        3,
        {"api": 0.7, "enterprise": 0.3},
        {"api_console": 0.8, "startup_program": 0.2},
        (0, 0, 1, 0),
        active=(1.0, 1.0),
        sessions=(220.0, 1.0),
        turns=2.5,
        topics="consumer",
        topic_focus=3.0,
        diurnal="product",
        style="product",
        egress="fixed",
        p429=0.004,
    ),
    # --- hard negatives -------------------------------------------------------------------------
    Pop(
        "university",
        "hn:university",
        "university",
        1_500,
        120,
        {"education": 1.0},
        {"education_program": 1.0},
        (0.7, 0.3, 0, 0),
        active=(0.6, 0.25),
        sessions=(1.5, 0.6),
        turns=2.5,
        topics="student",
        diurnal="student",
        style="homework",
        timing="class",
        egress="campus",
        group_size=(500, 120),
        extra={"class_share": 0.45},
    ),
    Pop(
        "eval_lab",
        "hn:eval_lab",
        "eval_lab",
        12,
        3,
        {"api": 1.0},
        {"research_program": 1.0},
        (0, 0, 1, 0),
        turns=1.0,
        style="eval",
        timing="run",
        egress="fixed",
        p429=0.03,
        group_size=(4, 3),
    ),
    Pop(
        "enterprise_batch",
        "hn:enterprise_batch",
        "enterprise",
        12,
        3,
        {"enterprise": 1.0},
        {"api_console": 1.0},
        (0, 0, 1, 0),
        turns=1.0,
        style="batch",
        timing="run",
        egress="fixed",
        p429=0.015,
        group_size=(4, 3),
        extra={"batch": 6000.0},
    ),
    Pop(
        "reseller_customer",
        "hn:reseller",
        "reseller",
        12_000,
        80,
        {"api": 1.0},
        {"partner_reseller": 1.0},
        (0, 0, 0.92, 0.08),
        active=(0.42, 0.36),
        sessions=(1.3, 0.8),
        turns=3.0,
        egress="fixed",
        extra={"main_reseller": 0.6},
    ),
    Pop(
        "ci_agent",
        "hn:ci_agent",
        "ci",
        250,
        4,
        {"api": 0.7, "team": 0.3},
        {"api_console": 0.7, "startup_program": 0.3},
        (0, 0, 0.3, 0.7),
        active=(0.95, 0.9),
        sessions=(5.0, 0.7),
        turns=12.0,
        topics="coding",
        style="agent",
        timing="ci",
        egress="fixed",
        p429=0.02,
        group_size=(4, 2),
    ),
    # --- attack campaigns -------------------------------------------------------------------
    Pop(
        "reasoning",
        "attack:reasoning",
        "reasoning",
        2_400,
        12,
        {"api": 0.6, "pro": 0.4},
        {"web": 0.5, "api_console": 0.4, "startup_program": 0.1},
        (0.4, 0, 0.6, 0),
        active=(0.5, 0.5),
        sessions=(1.6, 0.3),
        turns=2.8,
        topics="reasoning",
        topic_focus=5.0,
        diurnal="operator",
        style="cot",
        timing="wave",
        egress="fixed",
        p429=0.01,
        group_size=(40, 4),
    ),
    Pop(
        "agentic",
        "attack:agentic",
        "agentic",
        900,
        6,
        {"api": 0.75, "max": 0.25},
        {"api_console": 0.6, "startup_program": 0.15, "web": 0.25},
        (0.25, 0, 0.45, 0.3),
        active=(0.95, 0.95),
        sessions=(9.0, 0.35),
        turns=14.0,
        topics="coding",
        topic_focus=5.0,
        diurnal="operator",
        style="agent",
        timing="flat",
        egress="fixed",
        p429=0.02,
        group_size=(180, 3),
    ),
    Pop(
        "hydra",
        "attack:hydra",
        "hydra",
        20_700,
        40,
        {"api": 0.8, "pro": 0.2},
        {"partner_reseller": 0.7, "web": 0.15, "api_console": 0.15},
        (0, 0, 1, 0),
        active=(0.97, 0.97),
        sessions=(8.0, 0.25),
        turns=2.9,
        topics="broad",
        topic_focus=20.0,
        diurnal="flat",
        style="hydra",
        timing="flat",
        egress="fixed",
        p429=0.001,
        extra={"cap": 24.0},
    ),
)
BY_NAME = {p.name: p for p in POPULATIONS}
LABELS = tuple(dict.fromkeys(p.label for p in POPULATIONS))
