"""The classes of hold-out 12 as data: one row per campaign or legitimate class.

A campaign and its legitimate twin are rows that differ only where their parameters differ; the
same code in ``traffic.py`` turns every row into accounts and exchanges.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# country -> UTC offset in hours (standard time in March)
TZ: dict[str, float] = {
    "US": -5,
    "CA": -5,
    "MX": -6,
    "BR": -3,
    "AR": -3,
    "GB": 0,
    "IE": 0,
    "DE": 1,
    "FR": 1,
    "ES": 1,
    "IT": 1,
    "NL": 1,
    "PL": 1,
    "SE": 1,
    "NG": 1,
    "KE": 3,
    "TR": 3,
    "IN": 5.5,
    "ID": 7,
    "VN": 7,
    "PH": 8,
    "SG": 8,
    "JP": 9,
    "KR": 9,
    "AU": 10,
    "CN": 8,
    "HK": 8,
    "RU": 3,
    "IR": 3.5,
    "BY": 3,
}
RESTRICTED = ("CN", "HK", "RU", "IR", "BY")
WORLD = {
    "US": 22,
    "GB": 6,
    "DE": 6,
    "FR": 5,
    "ES": 3,
    "IT": 3,
    "NL": 2,
    "PL": 3,
    "SE": 1,
    "CA": 4,
    "MX": 3,
    "BR": 6,
    "AR": 2,
    "IN": 9,
    "ID": 4,
    "VN": 2,
    "PH": 3,
    "SG": 1,
    "JP": 4,
    "KR": 3,
    "AU": 3,
    "NG": 2,
    "KE": 1,
    "TR": 2,
    "IE": 1,
}
WEST = {"US": 40, "GB": 12, "DE": 12, "FR": 8, "NL": 5, "CA": 8, "ES": 5, "SE": 3, "PL": 4, "IE": 3}
ASIA = {"SG": 20, "JP": 15, "KR": 10, "IN": 20, "VN": 8, "ID": 10, "PH": 8, "AU": 9}


@dataclass(frozen=True)
class Stream:
    """One kind of traffic an account sends; an account's exchanges are the sum of its streams."""

    volume: tuple[float, float]  # lognormal (median exchanges over the window, sigma)
    days: tuple[int, int] = (4, 20)  # active days, drawn per account
    first_day: tuple[int, int] = (0, 0)  # earliest active day, drawn per account
    rhythm: str = "human"  # human / office / evening / flat / night / cadence
    weekend: float = 0.8  # weight of Saturday and Sunday against a weekday
    runs: tuple[int, int] = (0, 0)  # cadence streams: runs per day (fixed hours), overrides volume
    conv_len: float = 2.0  # mean exchanges per conversation
    gap_s: float = 90.0  # mean seconds between exchanges of a conversation
    burst: float = 1.0  # mean conversations per work block (same day and hour)
    thread_null: tuple[float, float] = (0.0, 0.0)  # share of exchanges without conversation_id
    surfaces: dict[str, float] = field(default_factory=lambda: {"web": 0.6, "app": 0.4})
    banks: dict[str, float] = field(default_factory=lambda: {"chat": 1.0})
    draw: str = "fresh"  # fresh / walk / fixed / repeat / image
    frames: str = "plain"
    sys: str | None = None
    sys_p: float = 0.0
    ua: str = "sdk"  # pool for api traffic
    nets: dict[str, float] = field(default_factory=lambda: {"residential": 0.7, "mobile": 0.3})
    image_p: float = 0.0
    out_scale: float = 1.0
    retain: float = 0.97


@dataclass(frozen=True)
class ClassSpec:
    """Accounts of one class: who they are, where they sign up, and the streams they send."""

    label: str
    n: int
    streams: tuple[Stream, ...]
    operator: str | None = None
    countries: dict[str, float] = field(default_factory=lambda: dict(WORLD))
    live_elsewhere: float = (
        0.0  # share living in another country than declared (clock follows home)
    )
    tiers: dict[str, float] = field(default_factory=lambda: {"free": 0.7, "pro": 0.25, "max": 0.05})
    channels: dict[str, float] = field(default_factory=lambda: {"web": 1.0})
    age_days: tuple[float, float] = (5, 900)  # account age at window start (log-uniform)
    group: str | None = (
        None  # shared group kind: university / company / tenant / reseller / household
    )
    n_groups: int = 0
    group_card: float = 0.0  # share of accounts billed on the group's card
    card_share: int = 1  # accounts per payment instrument among own cards
    no_card: float = 0.3
    mail: str = "consumer"  # consumer / group / custom


def _s(**kw: object) -> Stream:
    return Stream(**kw)  # type: ignore[arg-type]


API = {"api": 1.0}
API_CLI = {"api": 0.8, "cli": 0.2}
CLOUD = {"cloud": 1.0}

CLASSES: tuple[ClassSpec, ...] = (
    # ---------------- campaigns ----------------
    ClassSpec(
        "attack:caption_mill",
        260,
        operator="lumen",
        streams=(
            _s(
                volume=(200, 0.8),
                days=(8, 24),
                rhythm="office",
                weekend=0.5,
                conv_len=3.5,
                gap_s=25,
                burst=5,
                thread_null=(0.1, 0.6),
                surfaces=API,
                banks={"image": 1.0},
                draw="image",
                frames="caption",
                sys="vision_api",
                sys_p=0.8,
                ua="vision",
                nets={"cloud": 0.85, "residential": 0.15},
                image_p=0.93,
                out_scale=1.6,
            ),
            _s(
                volume=(25, 1.0),
                days=(3, 10),
                rhythm="office",
                surfaces=API,
                banks={"tasks": 0.6, "chat": 0.4},
                frames="plain",
                ua="vision",
                nets={"cloud": 1.0},
            ),
        ),
        countries={"US": 4, "SG": 3, "DE": 2, "IN": 2, "VN": 1},
        live_elsewhere=0.5,
        tiers={"api": 0.75, "pro": 0.15, "team": 0.1},
        channels={"api_console": 0.7, "startup_program": 0.3},
        age_days=(2, 400),
        card_share=3,
        no_card=0.1,
    ),
    ClassSpec(
        "attack:extension_hijack",
        380,
        operator="quiver",
        streams=(
            _s(
                volume=(45, 1.0),
                days=(4, 22),
                rhythm="human",
                surfaces=API,
                banks={"chat": 0.5, "tasks": 0.3, "writing": 0.2},
                frames="extension",
                sys="extension",
                sys_p=1.0,
                ua="extension",
                conv_len=1.3,
            ),
            _s(
                volume=(50, 0.8),
                days=(6, 18),
                first_day=(9, 11),
                rhythm="human",
                surfaces=API,
                conv_len=6.0,
                gap_s=25,
                thread_null=(0.7, 1.0),
                banks={"math": 0.35, "hard": 0.2, "code": 0.25, "tasks": 0.2},
                draw="walk",
                frames="extension",
                sys="extension",
                sys_p=1.0,
                ua="extension",
                out_scale=1.3,
            ),
        ),
        tiers={"free": 0.55, "pro": 0.4, "max": 0.05},
        channels={"web": 0.8, "api_console": 0.2},
        age_days=(30, 1200),
    ),
    ClassSpec(
        "attack:consortium_study",
        380,
        operator="fathom",
        streams=(
            _s(
                volume=(120, 0.8),
                days=(8, 22),
                rhythm="office",
                weekend=0.5,
                conv_len=5.0,
                gap_s=30,
                burst=2,
                thread_null=(0.3, 0.9),
                surfaces={"api": 0.7, "web": 0.3},
                banks={"math": 0.3, "hard": 0.25, "code": 0.25, "writing": 0.1, "tasks": 0.1},
                draw="walk",
                frames="study",
                sys="study",
                sys_p=0.7,
                ua="sdk",
                nets={"campus": 0.6, "cloud": 0.3, "residential": 0.1},
                out_scale=1.4,
            ),
        ),
        countries={"US": 5, "GB": 3, "DE": 2, "CA": 2, "AU": 1, "NL": 1, "SG": 1, "IN": 2},
        live_elsewhere=0.2,
        tiers={"education": 0.7, "api": 0.2, "pro": 0.1},
        channels={"research_program": 0.6, "education_program": 0.4},
        age_days=(3, 300),
        group="university",
        n_groups=30,
        no_card=0.6,
        card_share=4,
        mail="group",
    ),
    ClassSpec(
        "attack:hourly_curriculum",
        330,
        operator="lumen",
        streams=(
            _s(
                volume=(1, 0.1),
                runs=(4, 16),
                days=(20, 28),
                rhythm="cadence",
                surfaces={"api": 0.8, "cli": 0.2},
                thread_null=(0.3, 1.0),
                banks={"math": 0.4, "hard": 0.25, "code": 0.2, "tasks": 0.15},
                draw="walk",
                frames="practice",
                sys="practice",
                sys_p=0.6,
                ua="cron",
                nets={"residential": 0.5, "cloud": 0.5},
                out_scale=1.3,
            ),
        ),
        countries=dict(WEST),
        live_elsewhere=0.3,
        tiers={"pro": 0.5, "api": 0.4, "max": 0.1},
        channels={"web": 0.5, "api_console": 0.5},
        age_days=(90, 700),
        card_share=2,
        no_card=0.1,
    ),
    ClassSpec(
        "attack:partner_tenant",
        200,
        operator="fathom",
        streams=(
            _s(
                volume=(160, 0.6),
                days=(12, 20),
                rhythm="office",
                weekend=0.2,
                conv_len=2.5,
                gap_s=60,
                surfaces={"web": 0.5, "cli": 0.2, "api": 0.3},
                banks={"code": 0.45, "hard": 0.2, "math": 0.15, "writing": 0.1, "tools": 0.1},
                draw="walk",
                frames="work",
                sys="tenant",
                sys_p=0.6,
                ua="sdk",
                nets={"corporate": 0.75, "cloud": 0.15, "residential": 0.1},
                out_scale=1.5,
                retain=0.4,
            ),
            _s(
                volume=(20, 1.0),
                days=(3, 12),
                rhythm="office",
                weekend=0.2,
                surfaces={"web": 1.0},
                banks={"chat": 0.7, "tasks": 0.3},
                frames="work",
                sys="tenant",
                sys_p=0.5,
                nets={"corporate": 1.0},
                retain=0.4,
            ),
        ),
        countries={"IN": 3, "SG": 2, "PL": 2, "US": 1},
        live_elsewhere=0.2,
        tiers={"enterprise": 1.0},
        channels={"partner_reseller": 1.0},
        age_days=(20, 200),
        group="tenant",
        n_groups=4,
        group_card=1.0,
        mail="group",
    ),
    # ---------------- legitimate ----------------
    ClassSpec(
        "benign",
        4700,
        streams=(
            _s(
                volume=(22, 1.3),
                days=(2, 18),
                conv_len=2.4,
                gap_s=120,
                banks={
                    "chat": 0.45,
                    "tasks": 0.2,
                    "writing": 0.1,
                    "math": 0.1,
                    "code": 0.1,
                    "image": 0.05,
                },
                frames="plain",
                image_p=0.9,
            ),
        ),
        live_elsewhere=0.02,
        card_share=2,
    ),
    ClassSpec(
        "hn:alt_text_service",
        80,
        streams=(
            _s(
                volume=(450, 1.0),
                days=(18, 28),
                rhythm="flat",
                weekend=0.9,
                conv_len=1.1,
                gap_s=10,
                burst=8,
                thread_null=(0.3, 0.9),
                surfaces=API,
                banks={"image": 1.0},
                draw="image1",
                frames="caption",
                sys="vision_api",
                sys_p=0.9,
                ua="vision",
                nets={"cloud": 1.0},
                image_p=0.97,
                retain=0.5,
            ),
        ),
        countries=dict(WEST),
        tiers={"api": 0.8, "enterprise": 0.2},
        channels={"api_console": 0.8, "startup_program": 0.2},
        age_days=(60, 900),
        no_card=0.0,
    ),
    ClassSpec(
        "hn:shop_catalogue",
        300,
        streams=(
            _s(
                volume=(100, 1.0),
                days=(5, 20),
                rhythm="office",
                weekend=0.7,
                conv_len=1.8,
                gap_s=30,
                burst=3,
                thread_null=(0.0, 0.6),
                surfaces={"api": 0.6, "web": 0.4},
                banks={"image": 0.85, "writing": 0.15},
                draw="image1",
                frames="caption",
                sys="vision_api",
                sys_p=0.5,
                ua="vision",
                nets={"residential": 0.5, "cloud": 0.4, "mobile": 0.1},
                image_p=0.85,
            ),
        ),
        tiers={"api": 0.5, "pro": 0.4, "team": 0.1},
        channels={"api_console": 0.5, "web": 0.4, "startup_program": 0.1},
        age_days=(10, 900),
    ),
    ClassSpec(
        "hn:extension_users",
        1200,
        streams=(
            _s(
                volume=(55, 1.2),
                days=(4, 24),
                rhythm="human",
                surfaces=API,
                conv_len=1.3,
                thread_null=(0.0, 1.0),
                banks={"chat": 0.35, "tasks": 0.3, "writing": 0.15, "math": 0.1, "code": 0.1},
                frames="extension",
                sys="extension",
                sys_p=1.0,
                ua="extension",
            ),
        ),
        tiers={"free": 0.55, "pro": 0.4, "max": 0.05},
        channels={"web": 0.8, "api_console": 0.2},
        age_days=(5, 1200),
    ),
    ClassSpec(
        "hn:academic_study",
        280,
        streams=(
            _s(
                volume=(110, 0.9),
                days=(6, 20),
                rhythm="office",
                weekend=0.5,
                conv_len=1.4,
                gap_s=30,
                burst=6,
                thread_null=(0.0, 0.6),
                surfaces={"api": 0.75, "web": 0.25},
                banks={"math": 0.3, "hard": 0.3, "code": 0.2, "writing": 0.1, "tasks": 0.1},
                draw="fixed",
                frames="study",
                sys="study",
                sys_p=0.7,
                ua="sdk",
                nets={"campus": 0.6, "cloud": 0.3, "residential": 0.1},
                out_scale=1.3,
            ),
        ),
        countries={"US": 5, "GB": 3, "DE": 2, "CA": 2, "AU": 1, "NL": 1, "SG": 1, "IN": 2},
        tiers={"education": 0.6, "api": 0.3, "pro": 0.1},
        channels={"research_program": 0.7, "education_program": 0.3},
        age_days=(3, 700),
        group="university",
        n_groups=30,
        no_card=0.6,
        mail="group",
    ),
    ClassSpec(
        "hn:course_students",
        700,
        streams=(
            _s(
                volume=(45, 1.0),
                days=(4, 20),
                rhythm="evening",
                conv_len=2.5,
                gap_s=120,
                surfaces={"web": 0.6, "app": 0.25, "api": 0.15},
                banks={"math": 0.4, "code": 0.3, "chat": 0.2, "writing": 0.1},
                frames="explain",
                ua="sdk",
                nets={"campus": 0.55, "residential": 0.25, "mobile": 0.2},
            ),
        ),
        countries={"US": 5, "GB": 3, "DE": 2, "CA": 2, "AU": 1, "NL": 1, "SG": 1, "IN": 2},
        tiers={"education": 0.8, "free": 0.2},
        channels={"education_program": 0.8, "web": 0.2},
        age_days=(3, 500),
        group="university",
        n_groups=30,
        no_card=0.9,
        mail="group",
    ),
    ClassSpec(
        "hn:personal_automation",
        320,
        streams=(
            _s(
                volume=(1, 0.1),
                runs=(3, 18),
                days=(18, 28),
                rhythm="cadence",
                surfaces=API,
                thread_null=(0.3, 1.0),
                banks={"digest": 0.8, "tasks": 0.2},
                frames="digest",
                sys="digest",
                sys_p=0.6,
                ua="cron",
                nets={"residential": 0.6, "cloud": 0.4},
                out_scale=0.6,
            ),
        ),
        countries=dict(WEST),
        tiers={"pro": 0.5, "api": 0.4, "max": 0.1},
        channels={"web": 0.5, "api_console": 0.5},
        age_days=(30, 900),
        no_card=0.05,
    ),
    ClassSpec(
        "hn:study_scheduler",
        240,
        streams=(
            _s(
                volume=(1, 0.1),
                runs=(4, 16),
                days=(16, 28),
                rhythm="cadence",
                surfaces={"api": 0.8, "cli": 0.2},
                thread_null=(0.3, 1.0),
                banks={"math": 0.5, "hard": 0.2, "code": 0.2, "tasks": 0.1},
                draw="repeat",
                frames="practice",
                sys="practice",
                sys_p=0.6,
                ua="cron",
                nets={"residential": 0.6, "cloud": 0.4},
                out_scale=1.2,
            ),
        ),
        countries=dict(WEST),
        tiers={"pro": 0.6, "api": 0.3, "max": 0.1},
        channels={"web": 0.6, "api_console": 0.4},
        age_days=(20, 900),
        no_card=0.05,
    ),
    ClassSpec(
        "hn:partner_tenants",
        650,
        streams=(
            _s(
                volume=(60, 1.1),
                days=(6, 20),
                rhythm="office",
                weekend=0.2,
                conv_len=2.5,
                gap_s=90,
                surfaces={"web": 0.6, "cli": 0.15, "api": 0.25},
                banks={
                    "code": 0.35,
                    "chat": 0.25,
                    "writing": 0.15,
                    "tasks": 0.15,
                    "hard": 0.05,
                    "tools": 0.05,
                },
                frames="work",
                sys="tenant",
                sys_p=0.6,
                ua="sdk",
                nets={"corporate": 0.75, "residential": 0.15, "cloud": 0.1},
                out_scale=1.2,
                retain=0.4,
            ),
        ),
        countries={"IN": 3, "SG": 2, "PL": 2, "US": 2, "DE": 1, "GB": 1},
        tiers={"enterprise": 1.0},
        channels={"partner_reseller": 1.0},
        age_days=(20, 700),
        group="tenant",
        n_groups=14,
        group_card=1.0,
        mail="group",
    ),
    ClassSpec(
        "hn:heavy_user",
        300,
        streams=(
            _s(
                volume=(200, 0.8),
                days=(14, 27),
                rhythm="human",
                conv_len=4.0,
                gap_s=80,
                surfaces={"web": 0.5, "app": 0.15, "cli": 0.2, "api": 0.15},
                banks={
                    "code": 0.35,
                    "hard": 0.15,
                    "math": 0.1,
                    "chat": 0.2,
                    "writing": 0.1,
                    "tasks": 0.1,
                },
                frames="explain",
                ua="sdk",
                nets={"residential": 0.6, "mobile": 0.2, "cloud": 0.2},
                out_scale=1.3,
            ),
        ),
        tiers={"pro": 0.5, "max": 0.5},
        channels={"web": 0.8, "api_console": 0.2},
        age_days=(30, 1000),
        no_card=0.0,
    ),
    ClassSpec(
        "hn:api_app",
        90,
        streams=(
            _s(
                volume=(400, 1.1),
                days=(20, 28),
                rhythm="flat",
                weekend=0.9,
                conv_len=3.0,
                gap_s=40,
                thread_null=(0.0, 0.7),
                surfaces=API,
                banks={"chat": 0.6, "tasks": 0.3, "math": 0.1},
                frames="plain",
                sys="app",
                sys_p=0.95,
                ua="sdk",
                nets=CLOUD,
                retain=0.6,
            ),
        ),
        countries=dict(WEST),
        tiers={"api": 0.8, "enterprise": 0.2},
        channels={"api_console": 0.7, "startup_program": 0.3},
        age_days=(30, 900),
        no_card=0.0,
    ),
    ClassSpec(
        "hn:reseller_customer",
        380,
        streams=(
            _s(
                volume=(50, 1.1),
                days=(4, 22),
                rhythm="human",
                conv_len=2.0,
                surfaces=API_CLI,
                banks={"chat": 0.35, "code": 0.25, "tasks": 0.2, "math": 0.1, "image": 0.1},
                frames="plain",
                ua="gateway",
                nets={"reseller": 0.8, "residential": 0.2},
                image_p=0.8,
            ),
        ),
        countries={"SG": 3, "HK": 2, "VN": 2, "ID": 2, "TR": 1, "BR": 1, "US": 1},
        tiers={"api": 0.85, "team": 0.15},
        channels={"partner_reseller": 1.0},
        group="reseller",
        n_groups=2,
        group_card=0.7,
    ),
    ClassSpec(
        "hn:eval_runner",
        40,
        streams=(
            _s(
                volume=(900, 0.8),
                days=(3, 10),
                rhythm="flat",
                conv_len=1.0,
                gap_s=5,
                thread_null=(0.5, 1.0),
                surfaces=API,
                banks={"math": 0.4, "hard": 0.3, "code": 0.2, "tools": 0.1},
                draw="fixed",
                frames="bench",
                ua="eval",
                nets=CLOUD,
                out_scale=1.2,
            ),
        ),
        countries=dict(WEST),
        tiers={"api": 0.7, "enterprise": 0.3},
        channels={"api_console": 0.6, "research_program": 0.4},
        age_days=(30, 900),
        no_card=0.1,
    ),
    ClassSpec(
        "hn:batch_job",
        40,
        streams=(
            _s(
                volume=(850, 0.9),
                days=(18, 28),
                rhythm="night",
                conv_len=1.0,
                gap_s=3,
                thread_null=(0.7, 1.0),
                surfaces=API,
                banks={"tasks": 0.6, "chat": 0.2, "writing": 0.2},
                frames="batch",
                sys="batch",
                sys_p=0.9,
                ua="batch",
                nets=CLOUD,
                out_scale=0.5,
                retain=0.2,
            ),
        ),
        countries=dict(WEST),
        tiers={"api": 0.6, "enterprise": 0.4},
        channels={"api_console": 1.0},
        age_days=(60, 900),
        no_card=0.0,
    ),
    ClassSpec(
        "hn:ci_agent",
        90,
        streams=(
            _s(
                volume=(330, 0.9),
                days=(14, 24),
                rhythm="office",
                weekend=0.2,
                conv_len=8.0,
                gap_s=12,
                surfaces={"cli": 0.6, "api": 0.4},
                banks={"tools": 0.5, "code": 0.5},
                frames="plain",
                sys="agent",
                sys_p=0.8,
                ua="agent",
                nets={"cloud": 0.7, "corporate": 0.3},
            ),
        ),
        countries=dict(WEST),
        tiers={"team": 0.5, "api": 0.3, "enterprise": 0.2},
        channels={"api_console": 0.7, "web": 0.3},
        age_days=(30, 900),
        no_card=0.0,
    ),
    ClassSpec(
        "hn:restricted_traveller",
        240,
        streams=(
            _s(
                volume=(35, 1.0),
                days=(3, 16),
                conv_len=2.4,
                banks={"chat": 0.6, "tasks": 0.2, "writing": 0.1, "code": 0.1},
                frames="plain",
                nets={"residential": 0.3, "mobile": 0.2, "vpn": 0.3, "restricted": 0.2},
            ),
        ),
        countries={"US": 3, "GB": 2, "DE": 2, "CA": 1, "AU": 1, "SG": 1},
        live_elsewhere=0.6,
    ),
    ClassSpec(
        "hn:community_bot",
        45,
        streams=(
            _s(
                volume=(400, 1.0),
                days=(20, 28),
                rhythm="flat",
                conv_len=1.2,
                gap_s=20,
                thread_null=(0.2, 1.0),
                surfaces=API,
                banks={"chat": 0.6, "tasks": 0.2, "math": 0.1, "code": 0.1},
                frames="plain",
                sys="bot",
                sys_p=1.0,
                ua="bot",
                nets={"cloud": 0.8, "residential": 0.2},
                out_scale=0.7,
            ),
        ),
        tiers={"api": 0.7, "pro": 0.3},
        channels={"api_console": 0.8, "web": 0.2},
        age_days=(30, 900),
    ),
)


def campaigns() -> tuple[ClassSpec, ...]:
    """The campaign rows (labels starting with ``attack:``)."""
    return tuple(c for c in CLASSES if c.label.startswith("attack:"))
