"""Hold-out 14's world as data: countries, organisation pools, and every class as one row.

A campaign is written as its legitimate twin's row with a few fields replaced
(`dataclasses.replace`), so what separates the two is exactly the fields named in its row.
UTC offsets are standard time (IANA tz database, January: no daylight saving in the window).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

START = "2027-01-04T00:00:00+00:00"  # a Monday
DAYS = 84  # twelve weeks: long enough for a multi-month harvest

# Models: (name, available from day, replaced by, on day, at hour UTC).
MODELS_OLD = ("heron-3", "heron-3.5", "heron-3.5-mini")
RELEASES = (("heron-4", 20, 15.5), ("heron-4-mini", 55, 17.0))

# country: (UTC offset hours, everyday language, weight among consumers)
COUNTRIES: dict[str, tuple[float, str, float]] = {
    "US": (-6, "en", 20),
    "GB": (0, "en", 6),
    "CA": (-5, "en", 3),
    "AU": (10, "en", 2),
    "IE": (0, "en", 1),
    "DE": (1, "de", 5),
    "AT": (1, "de", 1),
    "FR": (1, "fr", 4),
    "ES": (1, "es", 3),
    "MX": (-6, "es", 3),
    "AR": (-3, "es", 1),
    "CO": (-5, "es", 1),
    "BR": (-3, "pt", 4),
    "PT": (0, "pt", 1),
    "IN": (5.5, "hi", 7),
    "ID": (7, "id", 3),
    "PH": (8, "en", 2),
    "NG": (1, "en", 2),
    "KE": (3, "en", 1),
    "JP": (9, "ja", 3),
    "PL": (1, "en", 1),
    "NL": (1, "en", 2),
    "SE": (1, "en", 1),
    "SG": (8, "en", 1),
    "ZA": (2, "en", 1),
    "TR": (3, "en", 1),
    "VN": (7, "en", 1),
    "EG": (2, "en", 1),
}
CONSUMER_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.com",
    "gmx.de",
    "web.de",
    "orange.fr",
    "yahoo.co.jp",
    "rediffmail.com",
    "uol.com.br",
)


@dataclass(frozen=True)
class Pool:
    """Organisations a class's accounts belong to (shared by name across classes)."""

    name: str
    n_orgs: int
    card: str  # "org": one card per org; "shared:K": K cards for the whole pool
    countries: tuple[str, ...]
    tier: str
    channel: str
    client: str = ""  # a client string every member runs, if any


POOLS = {
    p.name: p
    for p in (
        Pool(
            "benchbay",
            14,
            "shared:2",
            ("US", "GB", "DE", "SG", "CA"),
            "api",
            "partner_reseller",
            "eval",
        ),
        Pool(
            "uni",
            9,
            "org",
            ("US", "GB", "DE", "NL", "SE", "CA", "AU", "IN", "JP"),
            "education",
            "research_program",
        ),
        Pool("lexsift", 1, "org", ("US",), "enterprise", "web", "discovery"),
        Pool("subcue", 5, "org", ("ES", "DE", "FR", "BR", "PL"), "team", "web", "subtitle"),
        Pool("council", 6, "org", ("GB", "IE", "SE", "NL", "CA", "AU"), "gov", "web"),
        Pool("tutorco", 4, "org", ("IN", "PH", "US", "GB"), "team", "web"),
        Pool("qa", 10, "org", ("US", "IN", "PL", "VN", "PH", "DE", "BR"), "team", "web"),
        Pool(
            "skybridge",
            220,
            "shared:3",
            ("SG", "ID", "VN", "TR", "BR", "MX", "EG", "IN"),
            "api",
            "partner_reseller",
            "relay",
        ),
    )
}


@dataclass(frozen=True)
class Klass:
    """One class of accounts: every draw an account makes is governed by these fields."""

    label: str
    operator: str
    n: int
    countries: tuple[tuple[str, float], ...] = ()  # empty: consumer weights
    pool: str = ""  # organisation pool; "" = no organisation
    tiers: tuple[tuple[str, float], ...] = (("free", 0.62), ("pro", 0.32), ("max", 0.06))
    channel: str = "web"
    card_none: float = 0.0  # share of accounts without a payment instrument (app stores, free)
    age_days: tuple[float, float] = (200.0, 1.0)  # lognormal median days before window, sigma
    span: tuple[float, float] = (0.0, 1.0)  # active part of the window (fractions)
    late_start: float = 0.0  # share of accounts whose activity starts at a random later day
    p_active: tuple[float, float] = (0.17, 0.6)  # beta-ish mean, spread of per-account day odds
    daily: tuple[float, float] = (2.0, 0.8)  # lognormal median requests per active day, sigma
    weekend: float = 0.9  # weekend volume multiplier
    rhythm: tuple[tuple[str, float], ...] = (("human", 0.7), ("evening", 0.3))
    conv: float = 2.0  # mean turns per conversation
    pace: float = 70.0  # median seconds between turns
    surfaces: tuple[tuple[str, float], ...] = (("web", 0.6), ("app", 0.4))
    nets: tuple[tuple[str, float], ...] = (("home", 0.6), ("mobile", 0.4))
    draw: str = "popular"  # popular / walk / suite / subtitle / discovery / gov / tutor
    cover: float = 0.0  # share of conversations drawn as the twin draws them (walk classes)
    cover_draw: str = "popular"
    side: float = 0.0  # mean share of conversations that are ordinary side work (popular draws)
    banks: tuple[tuple[str, float], ...] = (
        ("general", 0.35),
        ("writing", 0.25),
        ("code", 0.2),
        ("math", 0.2),
    )
    everyday: float = 0.45  # share of popular draws that are everyday lines
    frames: tuple[tuple[str, float], ...] = (("casual", 0.6), ("plain", 0.3), ("reason", 0.1))
    system: str = ""  # key into SYSTEM_PROMPTS; "" = none
    sys_share: float = 1.0
    models: str = "default"  # default (follows releases) / pin / fan
    fan: tuple[int, int] = (1, 1)  # models per question when models == "fan"
    retention: float = 1.0  # share of accounts whose responses are kept
    out_scale: float = 1.0
    api_clients: str = "sdk"  # client family used on the api surface
    keys: tuple[int, int] = (1, 2)
    tags: tuple[str, ...] = field(default_factory=tuple)


CONSUMER = Klass("benign", "", 5200)
HEAVY = replace(
    CONSUMER,
    label="hn:heavy_user",
    n=450,
    tiers=(("pro", 0.6), ("max", 0.4)),
    p_active=(0.45, 0.4),
    daily=(7.0, 0.7),
    conv=5.0,
    pace=55.0,
    surfaces=(("web", 0.55), ("app", 0.2), ("cli", 0.15), ("api", 0.1)),
    nets=(("home", 0.55), ("mobile", 0.2), ("office", 0.2), ("vpn", 0.05)),
    rhythm=(("human", 0.5), ("office", 0.3), ("evening", 0.2)),
    everyday=0.15,
    banks=(("code", 0.4), ("general", 0.2), ("writing", 0.2), ("math", 0.2)),
    frames=(("casual", 0.3), ("plain", 0.4), ("reason", 0.2), ("full", 0.1)),
)
VPN = replace(
    CONSUMER, label="hn:vpn_traveller", n=200, nets=(("home", 0.3), ("vpn", 0.5), ("mobile", 0.2))
)
STUDY = replace(
    CONSUMER,
    label="hn:study_regular",
    n=700,
    age_days=(300.0, 0.9),
    p_active=(0.5, 0.5),
    daily=(2.2, 0.5),
    rhythm=(("evening", 0.6), ("human", 0.4)),
    conv=1.8,
    everyday=0.25,
    banks=(("math", 0.4), ("general", 0.3), ("code", 0.2), ("writing", 0.1)),
    frames=(("reason", 0.45), ("casual", 0.3), ("plain", 0.25)),
    weekend=1.1,
)
DEV = replace(
    CONSUMER,
    label="hn:dev_hybrid",
    n=550,
    tiers=(("pro", 0.5), ("api", 0.35), ("max", 0.15)),
    channel="web",
    p_active=(0.45, 0.5),
    daily=(4.0, 0.8),
    conv=2.5,
    surfaces=(("web", 0.45), ("api", 0.45), ("cli", 0.1)),
    nets=(("home", 0.4), ("office", 0.2), ("cloud", 0.35), ("mobile", 0.05)),
    rhythm=(("office", 0.5), ("human", 0.3), ("flat", 0.2)),
    everyday=0.2,
    banks=(("code", 0.45), ("general", 0.25), ("math", 0.15), ("writing", 0.15)),
    frames=(("plain", 0.5), ("casual", 0.2), ("json", 0.15), ("reason", 0.15)),
    system="dev",
    sys_share=0.45,
    models="pin",
    tags=("api_on_cloud",),
)
EVALP = replace(
    CONSUMER,
    label="hn:eval_platform",
    n=70,
    countries=(),
    pool="benchbay",
    tiers=(("api", 1.0),),
    channel="partner_reseller",
    age_days=(160.0, 0.8),
    p_active=(0.12, 0.5),
    daily=(45.0, 0.9),
    rhythm=(("office", 0.4), ("flat", 0.6)),
    conv=1.0,
    pace=4.0,
    surfaces=(("api", 1.0),),
    nets=(("platform", 1.0),),
    draw="suite",
    banks=(("math", 0.3), ("code", 0.3), ("general", 0.2), ("writing", 0.2)),
    frames=(("eval", 0.6), ("plain", 0.2), ("reason", 0.15), ("full", 0.05)),
    system="eval",
    sys_share=0.8,
    models="fan",
    fan=(1, 3),
    retention=0.5,
    api_clients="eval",
    keys=(1, 4),
)
RESEARCH = replace(
    EVALP,
    label="hn:research_benchmark",
    n=90,
    pool="uni",
    tiers=(("education", 1.0),),
    channel="research_program",
    daily=(20.0, 0.9),
    p_active=(0.15, 0.5),
    rhythm=(("office", 0.4), ("human", 0.3), ("flat", 0.3)),
    nets=(("campus", 0.6), ("cloud", 0.4)),
    draw="walk",
    system="research",
    frames=(("eval", 0.3), ("reason", 0.4), ("plain", 0.3)),
    fan=(1, 2),
    retention=1.0,
    api_clients="sdk",
)
DISCOVERY = replace(
    CONSUMER,
    label="hn:ediscovery_vendor",
    n=260,
    pool="lexsift",
    tiers=(("enterprise", 1.0),),
    age_days=(420.0, 0.5),
    p_active=(0.5, 0.4),
    daily=(8.0, 0.8),
    weekend=0.2,
    rhythm=(("office", 0.8), ("evening", 0.2)),
    conv=1.0,
    pace=9.0,
    surfaces=(("api", 0.8), ("web", 0.2)),
    nets=(("office", 0.7), ("home", 0.3)),
    draw="discovery",
    system="discovery",
    models="pin",
    retention=0.0,
    api_clients="discovery",
    frames=(("plain", 0.6), ("casual", 0.2), ("json", 0.1), ("full", 0.1)),
    side=0.3,
    everyday=0.2,
)
SUBTITLE = replace(
    DISCOVERY,
    label="hn:subtitle_studio",
    n=110,
    pool="subcue",
    tiers=(("team", 1.0),),
    daily=(10.0, 0.8),
    weekend=0.5,
    rhythm=(("office", 0.6), ("evening", 0.2), ("flat", 0.2)),
    draw="subtitle",
    system="subtitle",
    nets=(("office", 0.6), ("home", 0.25), ("cloud", 0.15)),
    retention=1.0,
    api_clients="subtitle",
)
GOV = replace(
    DISCOVERY,
    label="hn:gov_translation",
    n=140,
    pool="council",
    tiers=(("gov", 1.0),),
    daily=(6.0, 0.7),
    weekend=0.05,
    rhythm=(("office", 1.0),),
    draw="gov",
    system="gov",
    surfaces=(("web", 0.7), ("api", 0.3)),
    nets=(("office", 0.9), ("home", 0.1)),
    conv=1.6,
    retention=1.0,
    api_clients="sdk",
)
TUTOR = replace(
    DISCOVERY,
    label="hn:tutoring_content",
    n=90,
    pool="tutorco",
    tiers=(("team", 1.0),),
    daily=(10.0, 0.8),
    weekend=0.4,
    rhythm=(("office", 0.6), ("human", 0.4)),
    draw="tutor",
    system="tutor",
    surfaces=(("web", 0.5), ("api", 0.5)),
    nets=(("office", 0.6), ("home", 0.4)),
    retention=1.0,
    api_clients="sdk",
    frames=(("reason", 0.5), ("full", 0.5)),
    conv=1.3,
)
QA = replace(
    CONSUMER,
    label="hn:qa_testers",
    n=130,
    pool="qa",
    tiers=(("team", 1.0),),
    age_days=(150.0, 0.8),
    p_active=(0.4, 0.5),
    daily=(7.0, 0.8),
    weekend=0.2,
    rhythm=(("office", 0.8), ("night", 0.2)),
    conv=2.0,
    pace=25.0,
    surfaces=(("web", 0.35), ("app", 0.35), ("api", 0.3)),
    nets=(("office", 0.8), ("mobile", 0.2)),
    draw="suite",
    frames=(("plain", 0.4), ("casual", 0.3), ("reason", 0.2), ("json", 0.1)),
    models="fan",
    fan=(1, 2),
    everyday=0.3,
)
RESELLER = replace(
    CONSUMER,
    label="hn:reseller_customer",
    n=850,
    pool="skybridge",
    tiers=(("api", 1.0),),
    channel="partner_reseller",
    age_days=(150.0, 0.9),
    late_start=0.25,
    p_active=(0.2, 0.6),
    daily=(3.0, 1.0),
    rhythm=(("human", 0.4), ("office", 0.3), ("flat", 0.3)),
    conv=1.8,
    pace=20.0,
    surfaces=(("api", 1.0),),
    nets=(("relay", 0.9), ("home", 0.1)),
    everyday=0.3,
    frames=(("plain", 0.5), ("casual", 0.2), ("reason", 0.2), ("json", 0.1)),
    system="relay",
    sys_share=0.5,
    models="pin",
    api_clients="relay",
)

# ---- campaigns, each written as its twin with the fields that differ -----------------------
EVAL_RELAY = replace(
    EVALP,
    label="attack:eval_relay",
    operator="pelican",
    n=45,
    draw="walk",
    cover=0.25,
    frames=(("eval", 0.4), ("full", 0.3), ("reason", 0.3)),
    p_active=(0.15, 0.5),
)
SPLIT = replace(
    DEV,
    label="attack:split_persona",
    operator="pelican",
    n=320,
    draw="walk",
    cover=0.5,
    frames=(("plain", 0.3), ("reason", 0.35), ("full", 0.2), ("json", 0.15)),
    banks=(("code", 0.35), ("math", 0.3), ("general", 0.25), ("writing", 0.1)),
    age_days=(90.0, 1.0),
    tags=("walk_on_api",),
)
TRICKLE = replace(
    STUDY,
    label="attack:season_trickle",
    operator="wren",
    n=650,
    draw="walk",
    cover=0.3,
    age_days=(250.0, 1.1),
    frames=(("reason", 0.55), ("casual", 0.25), ("full", 0.2)),
)
INSIDER = replace(
    DISCOVERY,
    label="attack:insider_export",
    operator="lynx",
    n=30,
    cover=0.55,
    draw="walk",
    cover_draw="discovery",
    frames=(("json", 0.5), ("full", 0.5)),
    daily=(11.0, 0.8),
    rhythm=(("office", 0.55), ("evening", 0.45)),
    tags=("walk_on_tool",),
)
STAFF = replace(
    RESELLER,
    label="attack:reseller_staff",
    operator="magpie",
    n=260,
    age_days=(260.0, 0.5),
    late_start=0.7,
    draw="walk",
    cover=0.3,
    daily=(6.0, 1.0),
    p_active=(0.4, 0.6),
    frames=(("plain", 0.35), ("reason", 0.35), ("full", 0.2), ("json", 0.1)),
)

CLASSES: tuple[Klass, ...] = (
    CONSUMER,
    HEAVY,
    VPN,
    STUDY,
    DEV,
    EVALP,
    RESEARCH,
    DISCOVERY,
    SUBTITLE,
    GOV,
    TUTOR,
    QA,
    RESELLER,
    EVAL_RELAY,
    SPLIT,
    TRICKLE,
    INSIDER,
    STAFF,
)
