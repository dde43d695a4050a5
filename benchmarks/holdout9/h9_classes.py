"""Who is in hold-out 9: every legitimate class and every campaign as one row of data.

A class gives distributions; each account draws its own parameters from them, so a class is
a cloud that overlaps its neighbours. Campaigns are designed after look-alikes that exist in
the same world (the `twin` comment names them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Country mixes
CONSUMER = "consumer"  # weights from h9_net.COUNTRIES
RESELLER_MIX = {"CN": 4, "HK": 2, "RU": 2, "KZ": 1, "SG": 1, "US": 1.5, "VN": 1, "IR": 0.5, "TR": 1}
BPO_MIX = {"PH": 4, "KE": 2, "IN": 3, "VN": 1, "NG": 1.5, "EG": 1}
RICH_MIX = {"US": 6, "GB": 2, "DE": 2, "FR": 1.5, "JP": 1.5, "CA": 1.5, "NL": 1, "SG": 1, "KR": 1}
UNI_MIX = {"US": 4, "GB": 2, "DE": 1.5, "IN": 2, "NG": 1, "CA": 1, "AU": 1, "KR": 1, "BR": 1}
EMERGING = {"IN": 3, "BR": 2, "ID": 2, "VN": 2, "PH": 2, "MX": 1.5, "TR": 1.5, "EG": 1, "NG": 1.5,
            "US": 3, "PK": 1, "CO": 1}
TRAVEL = {"US": 3, "GB": 2, "DE": 2, "KR": 1, "AU": 1, "CA": 1, "FR": 1, "JP": 1, "IN": 1}


@dataclass(frozen=True)
class Spec:
    label: str
    n: int
    operator: str | None = None
    tier: dict = field(default_factory=lambda: {"free": 0.62, "pro": 0.3, "max": 0.05, "team": 0.03})
    channel: dict = field(default_factory=lambda: {"web": 1.0})
    countries: object = CONSUMER
    email: str = "consumer"  # consumer | edu | corp | mixed | free
    pay: str = "own"  # own | shared:K | org | reseller | none
    orgs: int = 0  # accounts share this many organisations (0: no org)
    created: str = "old"  # old | aged | window | hackathon
    volume: tuple[float, float] = (14.0, 1.1)  # lognormal median and sigma of exchanges
    window: str = "all"  # all | staggered | hackathon | hack_stay | late
    p_day: tuple[float, float] = (0.1, 0.5)
    rhythm: dict = field(default_factory=lambda: {"human": 1.0})
    sess_len: float = 4.0  # exchanges per session (median)
    pace: float = 45.0  # seconds between turns (median)
    turns: float = 2.0  # exchanges per conversation (mean)
    surfaces: dict = field(default_factory=lambda: {"web": 0.5, "app": 0.45, "cli": 0.05})
    api_ua: str = "sdk"  # sdk | relay | ide | ci
    nets: dict = field(default_factory=lambda: {"home": 0.55, "mobile": 0.4, "vpn": 0.05})
    topics: dict = field(
        default_factory=lambda: {
            "chat": 0.3, "general": 0.2, "coding": 0.17, "math": 0.1, "creative": 0.1,
            "multilingual": 0.08, "tool": 0.05,
        }
    )
    mode: str = "zipf"  # zipf | cover | assign | bench | support
    wrap: float = 0.12  # share of prompts with a suffix
    prefix: float = 0.15  # share with a prefix
    frame: float = 0.0  # share framed as translation / answer-in-language
    system: str | None = None
    models: str = "consumer"  # consumer | pinned | fast | rotate
    tools: float = 0.0  # share of requests declaring tools (beyond tool-topic prompts)
    image: float = 0.03
    p429: float = 0.004
    out_tokens: float = 350.0
    retain: float = 0.97
    incognito: float = 0.04
    safety: float = 0.002
    feedback: float = 0.01
    conv_api: float = 0.3  # share of API accounts whose client sends conversation ids


ATTACK_TOPICS = {"coding": 0.35, "math": 0.3, "general": 0.2, "creative": 0.1, "tool": 0.05}

CLASSES: tuple[Spec, ...] = (
    # ---------------- legitimate ----------------
    Spec("benign", 8000),
    Spec(  # twin of tutor_multiturn: shared assignments, campus NAT, "show your work"
        "hn:course_student", 700, tier={"education": 0.7, "free": 0.3},
        channel={"education_program": 0.75, "web": 0.25}, countries=UNI_MIX, email="edu",
        pay="none", orgs=24, volume=(38, 0.7), p_day=(0.2, 0.6), rhythm={"evening": 0.7, "human": 0.3},
        turns=3.0, surfaces={"web": 0.75, "app": 0.25}, nets={"campus": 0.5, "home": 0.3, "mobile": 0.2},
        topics={"math": 0.45, "coding": 0.4, "general": 0.15}, mode="assign", wrap=0.35, prefix=0.4,
    ),
    Spec(  # twin of rag_mimic
        "hn:enterprise_rag", 30, tier={"enterprise": 1.0}, channel={"api_console": 1.0},
        countries=RICH_MIX, email="corp", pay="org", orgs=12, volume=(2600, 0.6), p_day=(0.8, 1.0),
        rhythm={"flat": 0.6, "office": 0.4}, sess_len=30, pace=8, turns=1.0, surfaces={"api": 1.0},
        nets={"cloud": 0.9, "office": 0.1}, topics={"general": 0.6, "coding": 0.2, "math": 0.2},
        system="rag", models="pinned", retain=0.25, p429=0.01, out_tokens=300, incognito=0, conv_api=0.1,
    ),
    Spec(  # twin of version_rotation
        "hn:qa_eval_team", 40, tier={"api": 0.6, "enterprise": 0.4}, channel={"api_console": 1.0},
        countries=RICH_MIX, email="corp", pay="org", orgs=10, volume=(900, 0.7), p_day=(0.2, 0.5),
        rhythm={"office": 0.7, "flat": 0.3}, sess_len=80, pace=4, turns=1.0, surfaces={"api": 1.0},
        nets={"cloud": 0.6, "office": 0.4}, mode="bench", models="rotate", system="eval", wrap=0.3,
        p429=0.03, out_tokens=500, incognito=0, conv_api=0.0, api_ua="ci",
    ),
    Spec(  # twin of multilingual
        "hn:translation_agency", 60, tier={"api": 0.5, "team": 0.5}, channel={"api_console": 0.6, "web": 0.4},
        countries={"DE": 2, "FR": 2, "ES": 1, "PL": 1, "JP": 1, "US": 2, "BR": 1, "TR": 1}, email="corp",
        pay="org", orgs=15, volume=(550, 0.7), p_day=(0.5, 0.8), rhythm={"office": 1.0}, sess_len=25,
        pace=30, turns=1.3, surfaces={"api": 0.6, "web": 0.4}, nets={"office": 0.6, "cloud": 0.3, "home": 0.1},
        topics={"general": 0.7, "creative": 0.2, "multilingual": 0.1}, frame=0.75, system="translator",
        models="pinned", out_tokens=450,
    ),
    Spec(
        "hn:support_bot", 80, tier={"api": 0.7, "enterprise": 0.3}, channel={"api_console": 0.8, "startup_program": 0.2},
        countries=RICH_MIX, email="corp", pay="org", volume=(1400, 0.8), p_day=(0.9, 1.0),
        rhythm={"human": 0.5, "flat": 0.5}, sess_len=3, pace=35, turns=3.0, surfaces={"api": 1.0},
        nets={"cloud": 1.0}, mode="support", system="support", models="pinned", out_tokens=120,
        conv_api=0.8, p429=0.005,
    ),
    Spec(
        "hn:red_team", 40, tier={"api": 0.5, "enterprise": 0.5}, channel={"research_program": 0.5, "api_console": 0.5},
        countries=RICH_MIX, email="corp", pay="org", orgs=8, volume=(450, 0.8), p_day=(0.3, 0.6),
        rhythm={"office": 1.0}, sess_len=15, pace=20, turns=2.5, surfaces={"api": 0.6, "web": 0.4},
        nets={"office": 0.5, "cloud": 0.4, "vpn": 0.1}, system="redteam", models="fast", wrap=0.25,
        safety=0.3, out_tokens=300,
    ),
    Spec(  # twin of ide_codereview / consumer_blend: broad coverage for a client's dataset
        "hn:labelling_contractor", 90, tier={"team": 0.7, "enterprise": 0.3}, channel={"web": 0.6, "api_console": 0.4},
        countries=BPO_MIX, email="corp", pay="org", orgs=9, volume=(380, 0.6), p_day=(0.6, 0.85),
        rhythm={"night_shift": 0.5, "office": 0.5}, sess_len=12, pace=90, turns=1.6,
        surfaces={"web": 0.7, "api": 0.3}, nets={"office": 0.85, "home": 0.15}, topics=ATTACK_TOPICS,
        mode="cover", system="annotator", wrap=0.3, prefix=0.3, out_tokens=500,
    ),
    Spec(  # twin of hackathon_holdover
        "hn:hackathon", 450, tier={"api": 1.0}, channel={"startup_program": 1.0}, countries=UNI_MIX,
        email="mixed", pay="none", created="hackathon", volume=(55, 0.8), window="hackathon",
        p_day=(0.7, 1.0), rhythm={"flat": 0.5, "human": 0.5}, sess_len=10, pace=25, turns=1.5,
        surfaces={"api": 0.9, "cli": 0.1}, nets={"campus": 0.4, "home": 0.3, "cloud": 0.3},
        topics={"coding": 0.4, "tool": 0.3, "general": 0.2, "math": 0.1}, models="pinned",
    ),
    Spec(  # twin of version_rotation: public leaderboards, every model, same prompts
        "hn:benchmark_runner", 45, tier={"api": 1.0}, channel={"api_console": 0.6, "research_program": 0.4},
        countries={"US": 3, "DE": 1, "CN": 1, "FR": 1, "GB": 1, "SG": 1}, email="mixed", volume=(900, 0.8),
        p_day=(0.15, 0.4), rhythm={"flat": 1.0}, sess_len=150, pace=3, turns=1.0, surfaces={"api": 1.0},
        nets={"cloud": 0.9, "campus": 0.1}, mode="bench", models="rotate", wrap=0.4, p429=0.04,
        out_tokens=450, conv_api=0.0, api_ua="ci", incognito=0,
    ),
    Spec(  # twin of ide_codereview
        "hn:ide_developer", 700, tier={"pro": 0.5, "max": 0.3, "team": 0.2}, countries=RICH_MIX,
        email="mixed", volume=(140, 0.8), p_day=(0.4, 0.8), rhythm={"office": 0.8, "human": 0.2},
        sess_len=12, pace=50, turns=3.0, surfaces={"cli": 0.75, "api": 0.15, "web": 0.1}, api_ua="ide",
        nets={"home": 0.5, "office": 0.3, "cloud": 0.2}, topics={"coding": 0.8, "tool": 0.15, "general": 0.05},
        tools=0.85, system="ide", prefix=0.25, models="fast", out_tokens=600,
    ),
    Spec(  # twin of resold_keys: same resellers, cards, exits and relay software
        "hn:reseller_customer", 800, tier={"api": 1.0}, channel={"partner_reseller": 1.0},
        countries=RESELLER_MIX, email="free", pay="reseller", volume=(55, 1.0), window="staggered",
        p_day=(0.3, 0.8), rhythm={"human": 0.6, "flat": 0.4}, sess_len=6, pace=30, turns=1.5,
        surfaces={"api": 1.0}, api_ua="relay", nets={"reseller": 0.85, "home": 0.15}, models="fast",
        wrap=0.15, conv_api=0.2,
    ),
    Spec(
        "hn:heavy_user", 350, tier={"pro": 0.5, "max": 0.5}, countries=RICH_MIX, email="mixed",
        volume=(320, 0.6), p_day=(0.6, 0.95), rhythm={"human": 0.5, "office": 0.5}, sess_len=10,
        pace=40, turns=4.0, surfaces={"web": 0.5, "app": 0.3, "cli": 0.2}, api_ua="ide",
        nets={"home": 0.5, "office": 0.3, "mobile": 0.2},
        topics={"coding": 0.45, "general": 0.2, "math": 0.1, "chat": 0.1, "creative": 0.1, "tool": 0.05},
        wrap=0.15, out_tokens=500,
    ),
    Spec(  # twin of tutor_multiturn
        "hn:tutoring_product", 25, tier={"api": 1.0}, channel={"api_console": 0.5, "startup_program": 0.5},
        countries=EMERGING, email="corp", pay="org", volume=(1900, 0.6), p_day=(0.9, 1.0),
        rhythm={"evening": 0.6, "flat": 0.4}, sess_len=5, pace=70, turns=4.5, surfaces={"api": 1.0},
        nets={"cloud": 1.0}, topics={"math": 0.7, "general": 0.15, "coding": 0.15}, system="tutor",
        models="pinned", wrap=0.3, conv_api=1.0, out_tokens=400,
    ),
    Spec(
        "hn:traveller_vpn", 300, tier={"free": 0.4, "pro": 0.6}, countries=TRAVEL, email="consumer",
        volume=(28, 0.8), nets={"home": 0.4, "mobile": 0.2, "vpn": 0.4},
    ),
    Spec(
        "hn:personal_automation", 150, tier={"pro": 0.4, "api": 0.6}, channel={"web": 0.4, "api_console": 0.6},
        countries=RICH_MIX, email="mixed", volume=(240, 0.6), p_day=(0.9, 1.0), rhythm={"flat": 1.0},
        sess_len=2, pace=10, turns=1.0, surfaces={"api": 0.8, "cli": 0.2}, nets={"home": 0.6, "cloud": 0.4},
        topics={"general": 0.6, "chat": 0.2, "multilingual": 0.1, "coding": 0.1}, system="automation",
        models="pinned", conv_api=0.0,
    ),
    # ---------------- campaigns ----------------
    Spec(  # blends into the consumer app: proxies in the declared country, human hours
        "attack:consumer_blend", 450, operator="lanternfish", tier={"free": 0.55, "pro": 0.45},
        countries=EMERGING, email="consumer", pay="shared:4", created="aged", volume=(40, 0.6),
        p_day=(0.25, 0.55), rhythm={"human": 0.8, "evening": 0.2}, turns=1.6,
        surfaces={"app": 0.55, "web": 0.45}, nets={"resproxy": 0.7, "mobile": 0.3},
        topics=ATTACK_TOPICS, mode="cover", wrap=0.3, prefix=0.2,
    ),
    Spec(  # distributed low-volume harvesting through keys resold by the same resellers
        "attack:resold_keys", 550, operator="basalt", tier={"api": 1.0},
        channel={"partner_reseller": 0.75, "api_console": 0.25}, countries=RESELLER_MIX, email="free",
        pay="reseller", volume=(30, 0.7), window="staggered", p_day=(0.4, 0.9),
        rhythm={"human": 0.5, "flat": 0.5}, sess_len=6, pace=20, turns=1.1, surfaces={"api": 1.0},
        api_ua="relay", nets={"reseller": 0.8, "cloud": 0.2}, topics=ATTACK_TOPICS, mode="cover",
        models="fast", wrap=0.35, prefix=0.3, conv_api=0.1,
    ),
    Spec(  # sends each prompt to several model versions, as QA teams and leaderboards do
        "attack:version_rotation", 110, operator="basalt", tier={"api": 0.8, "enterprise": 0.2},
        channel={"api_console": 0.7, "startup_program": 0.3}, countries=RICH_MIX, email="corp",
        pay="own", created="aged", volume=(650, 0.6), p_day=(0.3, 0.6), rhythm={"office": 0.6, "flat": 0.4},
        sess_len=60, pace=5, turns=1.0, surfaces={"api": 1.0}, api_ua="ci", nets={"cloud": 1.0},
        topics=ATTACK_TOPICS, mode="cover", models="rotate", system="eval", wrap=0.3, p429=0.03,
        out_tokens=500, conv_api=0.0, incognito=0,
    ),
    Spec(  # multi-turn "tutoring" chats that harvest worked solutions and variations
        "attack:tutor_multiturn", 260, operator="quillon", tier={"education": 0.5, "pro": 0.5},
        channel={"education_program": 0.5, "web": 0.5}, countries=EMERGING, email="edu", pay="own",
        orgs=10, created="aged", volume=(110, 0.5), p_day=(0.4, 0.7), rhythm={"evening": 0.6, "human": 0.4},
        sess_len=10, pace=70, turns=5.0, surfaces={"web": 0.7, "app": 0.3},
        nets={"home": 0.55, "mobile": 0.3, "campus": 0.15}, topics={"math": 0.6, "coding": 0.2, "general": 0.2},
        mode="cover", wrap=0.35, prefix=0.35,
    ),
    Spec(  # multilingual harvesting: the same capability asked for across many languages
        "attack:multilingual", 180, operator="quillon", tier={"pro": 0.6, "api": 0.4},
        channel={"web": 0.6, "api_console": 0.4},
        countries={"DE": 2, "FR": 2, "ES": 1, "PL": 1, "JP": 1, "US": 2, "BR": 1, "TR": 1}, email="mixed",
        volume=(240, 0.6), p_day=(0.4, 0.8), rhythm={"office": 0.5, "human": 0.5}, sess_len=15, pace=35,
        turns=1.3, surfaces={"web": 0.4, "api": 0.6}, nets={"home": 0.4, "cloud": 0.3, "vpn": 0.3},
        topics={"general": 0.5, "math": 0.25, "coding": 0.15, "creative": 0.1}, mode="cover", frame=0.7,
        models="pinned", out_tokens=450,
    ),
    Spec(  # code-review harvesting through IDE plugins
        "attack:ide_codereview", 200, operator="tesseract", tier={"pro": 0.5, "max": 0.3, "team": 0.2},
        countries=RICH_MIX, email="mixed", created="aged", volume=(190, 0.6), p_day=(0.45, 0.8),
        rhythm={"office": 0.8, "human": 0.2}, sess_len=14, pace=40, turns=2.0,
        surfaces={"cli": 0.8, "api": 0.2}, api_ua="ide", nets={"home": 0.5, "cloud": 0.5},
        topics={"coding": 0.85, "tool": 0.1, "math": 0.05}, mode="cover", tools=0.85, system="ide",
        prefix=0.45, models="fast", out_tokens=650,
    ),
    Spec(  # poses as an enterprise RAG pipeline; the "context" is the question bank
        "attack:rag_mimic", 40, operator="tesseract", tier={"enterprise": 1.0}, channel={"api_console": 1.0},
        countries=RICH_MIX, email="corp", pay="org", orgs=5, created="aged", volume=(1900, 0.5),
        p_day=(0.8, 1.0), rhythm={"flat": 0.7, "office": 0.3}, sess_len=30, pace=8, turns=1.0,
        surfaces={"api": 1.0}, nets={"cloud": 1.0}, topics=ATTACK_TOPICS, mode="cover", system="rag",
        models="pinned", retain=0.3, p429=0.01, out_tokens=380, incognito=0, conv_api=0.1,
    ),
    Spec(  # hackathon credits that keep harvesting after the event
        "attack:hackathon_holdover", 140, operator="lanternfish", tier={"api": 1.0},
        channel={"startup_program": 1.0}, countries=UNI_MIX, email="mixed", pay="none",
        created="hackathon", volume=(150, 0.6), window="hack_stay", p_day=(0.5, 0.9),
        rhythm={"flat": 0.5, "human": 0.5}, sess_len=10, pace=25, turns=1.3, surfaces={"api": 0.9, "cli": 0.1},
        nets={"campus": 0.2, "home": 0.4, "cloud": 0.4}, topics={"coding": 0.4, "tool": 0.2, "math": 0.2, "general": 0.2},
        mode="cover", models="pinned", wrap=0.25,
    ),
)


def family(label: str) -> str:
    return "attack" if label.startswith("attack:") else ("hard_negative" if label.startswith("hn:") else "benign")
