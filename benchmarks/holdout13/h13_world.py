"""Hold-out 13's world as data: countries, rhythms, organisations and one row per class.

A campaign and its legitimate twin are two rows read by the same code (traffic.py), so they
differ only where their parameters differ; most parameters are the same on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

# UTC offsets in May 2027 (IANA tz database; northern summer time where the country keeps it).
TZ = {
    "US": -5, "CA": -4, "MX": -6, "BR": -3, "AR": -3, "CO": -5, "VE": -4, "GB": 1, "IE": 1, "FR": 2,
    "DE": 2, "ES": 2, "IT": 2, "NL": 2, "PL": 2, "SE": 2, "TR": 3, "RU": 3, "UA": 3, "EG": 3,
    "NG": 1, "KE": 3, "ZA": 2, "IN": 5.5, "PK": 5, "BD": 6, "ID": 7, "PH": 8, "VN": 7, "TH": 7,
    "MY": 8, "SG": 8, "CN": 8, "HK": 8, "JP": 9, "KR": 9, "AU": 10, "AE": 4, "SA": 3, "IR": 3.5,
}  # fmt: skip

# Where consumers of an English-first product come from (rough shares of web traffic).
CONSUMER_CC = (
    ("US", 22), ("IN", 9), ("GB", 5), ("BR", 5), ("DE", 4), ("FR", 3), ("CA", 3), ("ID", 3),
    ("PH", 3), ("MX", 3), ("JP", 2), ("KR", 2), ("ES", 2), ("IT", 2), ("AU", 2), ("NG", 2),
    ("PK", 2), ("VN", 2), ("TR", 2), ("PL", 2), ("NL", 1), ("SE", 1), ("KE", 1), ("EG", 1),
    ("ZA", 1), ("CO", 1), ("AR", 1), ("TH", 1), ("MY", 1), ("SG", 1), ("BD", 1), ("UA", 1),
    ("AE", 1), ("SA", 1), ("IE", 1), ("VE", 1),
)  # fmt: skip
CLOUD_REGIONS = ("US", "US", "IE", "DE", "SG", "JP", "IN", "BR", "AU", "GB", "CA", "NL")
# Where people who need a VPN or travel a lot show up from (restricted and censored networks too).
TRAVEL_CC = ("CN", "HK", "RU", "IR", "AE", "TR", "TH", "VN", "SA", "EG")
GIG_CC = (
    ("KE", 4),
    ("NG", 4),
    ("PH", 5),
    ("VE", 2),
    ("PK", 3),
    ("BD", 2),
    ("IN", 5),
    ("ID", 2),
    ("EG", 2),
)

# Local-hour activity weights (0..23). Sources: published diurnal curves of consumer web use
# (an evening peak and a night trough) and office hours; shapes only, not anyone's data.
RHYTHM = {
    "human": (1, .6, .35, .25, .25, .35, .7, 1.3, 2, 2.6, 2.9, 3, 2.8, 2.8, 2.9, 3, 2.9, 2.7, 2.6, 2.8, 3, 3, 2.5, 1.7),
    "office": (.05, .03, .02, .02, .03, .1, .3, 1, 2.6, 3.2, 3.3, 3, 2, 2.8, 3.2, 3.1, 2.8, 2, 1, .5, .3, .2, .15, .1),
    "evening": (1.2, .6, .3, .2, .15, .2, .4, .8, 1, 1.1, 1.2, 1.3, 1.5, 1.4, 1.3, 1.4, 1.6, 2, 2.8, 3.4, 3.6, 3.4, 2.8, 2),
    "flat": (.8, .7, .65, .6, .6, .65, .75, .9, 1.05, 1.15, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.15, 1.15, 1.1, 1.05, 1, .9),
    "night": (3, 3, 3, 2.8, 2.6, 2, 1, .3, .1, .05, .05, .05, .05, .05, .05, .05, .05, .1, .3, .8, 2, 2.8, 3, 3),
    "market": (.3, .3, .3, .3, .4, .8, 1.6, 2.6, 3, 3.2, 3.2, 3.1, 3, 3, 3.1, 3.2, 2.4, 1.2, .7, .5, .4, .3, .3, .3),
}  # fmt: skip

# Organisations: name prefix, how many, kind of egress, hosts per egress, countries, e-mail style.
ORGS = {
    "bootcamp": (4, "corporate", 6, ("US", "GB", "CA", "DE")),
    "bpo": (5, "corporate", 4, ("PH", "IN", "KE", "PH", "ZA")),
    "newsroom": (5, "corporate", 3, ("US", "GB", "DE", "BR", "AU")),
    "sso": (7, "corporate", 5, ("US", "GB", "DE", "FR", "NL", "JP", "IN")),
    "lms": (6, "education", 8, ("US", "GB", "CA", "AU", "NL", "IE")),
    "l10n": (3, "corporate", 3, ("PL", "ES", "IE")),
    "quant": (2, "corporate", 3, ("US", "GB")),
    "npc": (3, "corporate", 3, ("PL", "SE", "CA")),
    "troupe": (1, "corporate", 3, ("US",)),
}

W = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class ClassSpec:
    """One class of accounts. Pairs are (value, weight); drawn per account unless said."""

    label: str
    n: int
    operator: str = ""
    countries: W = CONSUMER_CC
    tiers: W = (("free", 0.72), ("pro", 0.25), ("max", 0.03))
    channels: W = (("web", 1.0),)
    email: str = "consumer"  # consumer | org | startup
    org: str = ""  # key of ORGS
    org_pick: tuple[int, ...] = ()  # which of those orgs (empty: all)
    cards: W = (("own", 0.55), ("none", 0.35), ("shared", 0.10))
    card_group: int = 3  # accounts per shared card
    created: tuple[float, float] = (20, 900)  # days before the window (negative: inside it)
    start_max: float = 0.0  # share of the window before the account wakes up
    life: tuple[float, float] = (1.0, 1.0)  # share of the remaining window it stays active
    active_p: tuple[float, float] = (0.15, 0.6)  # per-day activity probability, per account
    weekend: float = 1.0
    rate: tuple[float, float] = (1.6, 0.8)  # conversations per active day: median, lognormal sigma
    turns: float = 2.2  # mean conversation length (geometric)
    gap: float = 90.0  # median seconds between turns
    rhythm: W = (("human", 1.0),)
    tz_shift: W = (("home", 1.0),)  # "home" or an offset in hours (an operator's clock)
    surfaces: W = (("web", 0.55), ("app", 0.45))
    nets: W = (("home", 0.65), ("mobile", 0.35))
    sources: W = (
        ("everyday", 0.45),
        ("pop:general", 0.15),
        ("pop:writing", 0.12),
        ("pop:code", 0.1),
        ("pop:math", 0.18),
    )
    frames: W = (("consumer", 0.7), ("reasoning", 0.15), ("coding", 0.1), ("task", 0.05))
    system: str = ""
    system_p: float = 0.0
    tools_p: float = 0.0
    out: tuple[float, float] = (380, 0.8)
    fanout: tuple[int, int] = (1, 1)
    retain: float = 0.97
    api_conv: float = 0.3
    adopt: str = "fast"  # fast (consumer surfaces follow the default) | lag (pinned API clients)
    redundancy: float = 0.0  # share of slice items also given to a second account (crowd work)
    lang_p: float = 0.12


CLASSES: tuple[ClassSpec, ...] = (
    # ---------------------------------------------------------------- legitimate
    ClassSpec("benign", 6000),
    ClassSpec(
        "hn:heavy_personal", 380, tiers=(("pro", 0.7), ("max", 0.3)), cards=(("own", 0.8), ("shared", 0.1), ("none", 0.1)),
        active_p=(0.45, 0.95), rate=(4.2, 0.6), turns=4.0, gap=70, surfaces=(("web", 0.5), ("app", 0.35), ("cli", 0.15)),
        nets=(("home", 0.6), ("mobile", 0.25), ("vpn", 0.05), ("office", 0.1)),
        sources=(("everyday", 0.15), ("pop:code", 0.25), ("fresh:code", 0.1), ("pop:general", 0.15), ("fresh:general", 0.1), ("pop:writing", 0.1), ("fresh:writing", 0.05), ("pop:math", 0.1)),
        frames=(("consumer", 0.45), ("coding", 0.25), ("reasoning", 0.2), ("task", 0.1)), out=(520, 0.8),
    ),
    ClassSpec(
        "hn:bootcamp_cohort", 600, tiers=(("team", 0.8), ("education", 0.2)), channels=(("education_program", 0.6), ("web", 0.4)),
        email="org", org="bootcamp", cards=(("org", 0.85), ("own", 0.15)), created=(-20, 60), active_p=(0.3, 0.85), weekend=0.6,
        rate=(2.6, 0.6), turns=3.6, gap=110, rhythm=(("office", 0.5), ("evening", 0.5)),
        surfaces=(("web", 0.65), ("cli", 0.25), ("app", 0.1)), nets=(("office", 0.5), ("home", 0.4), ("mobile", 0.1)),
        sources=(("fixed:code", 0.3), ("pop:code", 0.25), ("fresh:code", 0.12), ("everyday", 0.13), ("pop:general", 0.1), ("pop:math", 0.1)),
        frames=(("coding", 0.7), ("reasoning", 0.2), ("consumer", 0.1)), system="bootcamp", system_p=0.45, out=(520, 0.7),
    ),
    ClassSpec(
        "hn:comparison_site", 50, tiers=(("api", 1.0),), channels=(("api_console", 0.6), ("startup_program", 0.4)),
        email="startup", cards=(("own", 1.0),), active_p=(0.85, 1.0), rate=(15, 0.9), turns=1.3, gap=40,
        rhythm=(("flat", 1.0),), surfaces=(("api", 1.0),), nets=(("cloud", 1.0),),
        sources=(("everyday", 0.2), ("fresh:general", 0.18), ("fresh:code", 0.14), ("fresh:math", 0.1), ("fresh:writing", 0.08), ("pop:general", 0.12), ("pop:code", 0.1), ("pop:writing", 0.08)),
        frames=(("bare", 0.7), ("consumer", 0.3)), system="comparison", system_p=0.9, fanout=(2, 3), retain=0.6, adopt="lag",
        api_conv=0.2, lang_p=0.3,
    ),
    ClassSpec(
        "hn:agent_framework_ci", 100, tiers=(("api", 0.8), ("team", 0.2)), channels=(("api_console", 0.6), ("startup_program", 0.4)),
        email="startup", cards=(("own", 0.8), ("shared", 0.2)), card_group=4, active_p=(0.5, 0.9), weekend=0.5,
        rate=(4.5, 0.8), turns=7.0, gap=6, rhythm=(("office", 0.6), ("flat", 0.4)), surfaces=(("api", 0.85), ("cli", 0.15)),
        nets=(("cloud", 0.7), ("home", 0.2), ("office", 0.1)), org="troupe",
        sources=(("fixed:tools", 0.45), ("fixed:code", 0.2), ("fresh:tools", 0.15), ("fresh:code", 0.1), ("pop:general", 0.1)),
        frames=(("agent", 1.0),), system="troupe", system_p=0.95, tools_p=0.8, out=(300, 0.7), retain=0.8, adopt="lag", api_conv=0.7,
    ),
    ClassSpec(
        "hn:gig_freelancer", 450, countries=GIG_CC, tiers=(("free", 0.45), ("pro", 0.55)), cards=(("own", 0.6), ("none", 0.3), ("shared", 0.1)),
        active_p=(0.25, 0.8), rate=(2.8, 0.7), turns=2.0, gap=120, rhythm=(("evening", 0.5), ("human", 0.5)),
        sources=(("pop:writing", 0.3), ("fresh:writing", 0.15), ("pop:general", 0.2), ("everyday", 0.2), ("pop:math", 0.05), ("pop:code", 0.1)),
        frames=(("task", 0.55), ("consumer", 0.3), ("reasoning", 0.15)), out=(560, 0.7), lang_p=0.05,
    ),
    ClassSpec(
        "hn:support_bpo", 250, tiers=(("team", 1.0),), email="org", org="bpo", cards=(("org", 1.0),), created=(10, 300),
        active_p=(0.5, 0.85), weekend=0.7, rate=(9, 0.6), turns=1.6, gap=60, rhythm=(("night", 0.5), ("office", 0.5)),
        surfaces=(("web", 0.8), ("api", 0.2)), nets=(("office", 0.85), ("home", 0.15)),
        sources=(("tmpl:bpo", 0.8), ("everyday", 0.1), ("pop:general", 0.1)), system="bpo", system_p=0.3, out=(180, 0.6), lang_p=0.0,
    ),
    ClassSpec(
        "hn:newsroom", 250, tiers=(("enterprise", 0.6), ("team", 0.4)), email="org", org="newsroom", cards=(("org", 1.0),),
        active_p=(0.3, 0.8), weekend=0.5, rate=(3.0, 0.7), turns=2.0, rhythm=(("office", 0.6), ("human", 0.4)),
        nets=(("office", 0.55), ("home", 0.25), ("mobile", 0.2)), surfaces=(("web", 0.8), ("app", 0.2)),
        sources=(("tmpl:newsroom", 0.55), ("pop:writing", 0.15), ("pop:general", 0.2), ("everyday", 0.1)), system="newsroom", system_p=0.2, retain=0.5,
    ),
    ClassSpec(
        "hn:lms_integration", 24, tiers=(("education", 1.0),), channels=(("education_program", 1.0),), email="org", org="lms",
        cards=(("org", 1.0),), active_p=(0.9, 1.0), weekend=0.55, rate=(80, 0.5), turns=1.5, gap=50, rhythm=(("human", 1.0),),
        surfaces=(("api", 1.0),), nets=(("cloud", 0.85), ("campus", 0.15)),
        sources=(("tmpl:lms", 1.0),), system="lms", system_p=1.0, out=(340, 0.6), retain=0.3, adopt="lag", api_conv=0.8,
    ),
    ClassSpec(
        "hn:localisation_agency", 60, tiers=(("team", 0.5), ("api", 0.5)), channels=(("web", 0.5), ("api_console", 0.5)), email="org",
        org="l10n", cards=(("org", 1.0),), active_p=(0.5, 0.9), weekend=0.2, rate=(11, 0.7), turns=1.4, gap=30,
        rhythm=(("office", 1.0),), surfaces=(("api", 0.5), ("web", 0.5)), nets=(("office", 0.6), ("cloud", 0.3), ("home", 0.1)),
        sources=(("tmpl:l10n", 0.85), ("pop:writing", 0.1), ("everyday", 0.05)), system="l10n", system_p=0.7, out=(120, 0.7), adopt="lag",
    ),
    ClassSpec(
        "hn:quant_research_bots", 30, tiers=(("enterprise", 1.0),), channels=(("api_console", 1.0),), email="org", org="quant",
        cards=(("org", 1.0),), active_p=(0.7, 1.0), weekend=0.15, rate=(75, 0.7), turns=1.0, gap=5, rhythm=(("market", 1.0),),
        tz_shift=(("-4", 1.0),), surfaces=(("api", 1.0),), nets=(("cloud", 0.9), ("office", 0.1)),
        sources=(("tmpl:quant", 1.0),), system="quant", system_p=1.0, out=(260, 0.5), retain=0.0, adopt="lag", api_conv=0.0,
    ),
    ClassSpec(
        "hn:npc_dialogue", 30, tiers=(("api", 1.0),), channels=(("api_console", 0.5), ("startup_program", 0.5)), email="org", org="npc",
        cards=(("org", 1.0),), active_p=(0.4, 0.9), weekend=0.4, rate=(55, 0.8), turns=1.2, gap=8,
        rhythm=(("office", 0.6), ("flat", 0.4)), surfaces=(("api", 1.0),), nets=(("cloud", 0.7), ("office", 0.3)),
        sources=(("tmpl:npc", 0.9), ("pop:writing", 0.1)), system="npc", system_p=1.0, out=(420, 0.6), retain=0.7, adopt="lag", api_conv=0.1,
    ),
    ClassSpec(
        "hn:sso_tenant", 700, tiers=(("enterprise", 1.0),), email="org", org="sso", cards=(("org", 1.0),), created=(30, 500),
        active_p=(0.2, 0.75), weekend=0.15, rate=(2.4, 0.6), turns=2.6, rhythm=(("office", 1.0),),
        surfaces=(("web", 0.75), ("app", 0.1), ("cli", 0.15)), nets=(("office", 0.6), ("home", 0.3), ("vpn", 0.1)),
        sources=(("everyday", 0.2), ("pop:general", 0.25), ("pop:writing", 0.2), ("pop:code", 0.25), ("pop:math", 0.1)),
        frames=(("consumer", 0.45), ("task", 0.3), ("coding", 0.15), ("reasoning", 0.1)), retain=0.4,
    ),
    ClassSpec(
        "hn:vpn_traveller", 250, tiers=(("free", 0.5), ("pro", 0.45), ("max", 0.05)), active_p=(0.2, 0.6),
        nets=(("vpn", 0.45), ("travel", 0.25), ("home", 0.2), ("mobile", 0.1)),
    ),
    # ---------------------------------------------------------------- campaigns
    ClassSpec(
        "attack:bootcamp_shop", 230, operator="cobalt", tiers=(("team", 0.8), ("education", 0.2)),
        channels=(("education_program", 0.6), ("web", 0.4)), email="org", org="bootcamp", org_pick=(0, 2),
        cards=(("org", 0.85), ("own", 0.15)), created=(-20, 60), active_p=(0.35, 0.85), weekend=0.7, rate=(2.9, 0.6),
        turns=3.3, gap=110, rhythm=(("office", 0.5), ("evening", 0.5)), tz_shift=(("home", 0.6), ("8", 0.4)),
        surfaces=(("web", 0.6), ("cli", 0.3), ("app", 0.1)), nets=(("office", 0.45), ("home", 0.35), ("resproxy", 0.2)),
        sources=(("slice:code", 0.45), ("slice:math", 0.12), ("fixed:code", 0.15), ("pop:code", 0.1), ("everyday", 0.08), ("slice:general", 0.1)),
        frames=(("coding", 0.7), ("reasoning", 0.25), ("consumer", 0.05)), system="bootcamp", system_p=0.45, out=(640, 0.7),
    ),
    ClassSpec(
        "attack:grey_pro_fleet", 430, operator="cobalt", tiers=(("pro", 0.85), ("max", 0.15)),
        cards=(("none", 0.45), ("shared", 0.45), ("own", 0.1)), card_group=4, created=(-24, 700),
        active_p=(0.4, 0.85), rate=(4.0, 0.6), turns=3.7, gap=80, tz_shift=(("home", 0.55), ("8", 0.25), ("3", 0.2)),
        surfaces=(("web", 0.5), ("app", 0.38), ("cli", 0.12)), nets=(("resproxy", 0.58), ("mobile", 0.24), ("home", 0.13), ("vpn", 0.05)),
        countries=(("US", 30), ("GB", 10), ("DE", 8), ("CA", 8), ("FR", 6), ("AU", 6), ("BR", 6), ("IN", 8), ("JP", 4), ("NL", 3)),
        sources=(("everyday", 0.15), ("slice:general", 0.25), ("slice:code", 0.25), ("slice:math", 0.2), ("slice:writing", 0.15)),
        frames=(("consumer", 0.45), ("reasoning", 0.3), ("coding", 0.15), ("task", 0.1)), out=(560, 0.7),
    ),
    ClassSpec(
        "attack:arena_resale", 30, operator="sextant", tiers=(("api", 1.0),), channels=(("api_console", 0.6), ("startup_program", 0.4)),
        email="startup", cards=(("own", 0.5), ("shared", 0.5)), active_p=(0.85, 1.0), rate=(22, 0.9), turns=1.2, gap=40,
        rhythm=(("flat", 1.0),), surfaces=(("api", 1.0),), nets=(("cloud", 1.0),),
        sources=(("slice:general", 0.17), ("slice:code", 0.14), ("slice:math", 0.1), ("slice:writing", 0.07), ("everyday", 0.2), ("pop:general", 0.12), ("pop:code", 0.12), ("pop:writing", 0.08)),
        frames=(("bare", 0.7), ("consumer", 0.3)), system="comparison", system_p=0.9, fanout=(2, 3), retain=0.6, adopt="lag",
        api_conv=0.2, lang_p=0.3,
    ),
    ClassSpec(
        "attack:agent_bench_farm", 110, operator="sextant", tiers=(("api", 0.8), ("team", 0.2)),
        channels=(("api_console", 0.6), ("startup_program", 0.4)), email="startup", cards=(("own", 0.6), ("shared", 0.4)),
        card_group=4, active_p=(0.5, 0.95), weekend=0.7, rate=(5, 0.7), turns=8.0, gap=6, rhythm=(("flat", 0.6), ("office", 0.4)),
        surfaces=(("api", 0.85), ("cli", 0.15)), nets=(("cloud", 0.75), ("home", 0.15), ("office", 0.1)), org="troupe",
        sources=(("slice:tools", 0.45), ("slice:code", 0.3), ("slice:math", 0.1), ("fixed:tools", 0.15)),
        frames=(("agent", 1.0),), system="troupe", system_p=0.95, tools_p=0.8, out=(360, 0.7), retain=0.8, adopt="lag", api_conv=0.7,
    ),
    ClassSpec(
        "attack:crowd_paste", 550, operator="wicker", countries=GIG_CC, tiers=(("free", 0.55), ("pro", 0.45)),
        cards=(("own", 0.55), ("none", 0.35), ("shared", 0.1)), active_p=(0.2, 0.7), rate=(2.6, 0.7), turns=1.9, gap=120,
        rhythm=(("evening", 0.5), ("human", 0.5)),
        sources=(("slice:general", 0.2), ("slice:math", 0.2), ("slice:writing", 0.15), ("slice:code", 0.1), ("everyday", 0.2), ("pop:writing", 0.15)),
        frames=(("reasoning", 0.45), ("task", 0.35), ("consumer", 0.2)), out=(560, 0.7), redundancy=0.4, lang_p=0.05,
    ),
)  # fmt: skip
