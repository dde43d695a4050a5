"""Hold-out 8's population: one builder per class. Each account draws its own parameters (a class is
a cloud), and the two sides share infrastructure, client strings, corpora and wrappers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from prompts import PREFIXES, SUFFIXES, SYSTEM_PROMPTS
from world import (
    CONSUMER_COUNTRIES,
    DAYS,
    FREE_MAIL,
    RELEASES,
    RESTRICTED,
    Networks,
    Profile,
    ua_string,
)

COT = [
    i
    for i, s in enumerate(SUFFIXES)
    if any(w in s for w in ("step", "reason", "work", "through", "Double"))
]
PLAIN_SUF = [i for i, s in enumerate(SUFFIXES) if i not in COT]
SYS = {s.split(".")[0]: i for i, s in enumerate(SYSTEM_PROMPTS)}
SYS_I = list(range(len(SYSTEM_PROMPTS)))


@dataclass
class Account:
    created: float  # days from the window's start
    tier: str
    channel: str
    fp: str | None
    email: str | None
    country: str | None
    org: str | None


class Ctx:
    """Shared infrastructure both sides use: resellers, campuses, clouds, proxy and VPN pools."""

    def __init__(self, rng: np.random.Generator, nets: Networks) -> None:
        self.rng, self.nets = rng, nets
        self.cc = list(CONSUMER_COUNTRIES)
        w = np.array(list(CONSUMER_COUNTRIES.values()), dtype=float)
        self.cc_w = w / w.sum()
        self.mail = list(FREE_MAIL)
        mw = np.array(list(FREE_MAIL.values()), dtype=float)
        self.mail_w = mw / mw.sum()
        r = rng
        self.clouds = [
            nets.new("datacenter", c, v6=bool(r.random() < 0.2))
            for c in ["US"] * 10
            + ["DE", "NL", "IE", "SG", "JP", "GB", "FR", "IN", "BR", "HK", "KR", "AU"]
        ]
        self.vpn = [
            nets.new("proxy", c, v6=False)
            for c in ["US", "NL", "DE", "GB", "SG", "JP", "CH", "SE", "CA", "FR", "HK", "TR"]
        ]
        # resellers: each an exit pool (own proxies + rented residential) and a few billing cards
        self.resellers = []
        for _ in range(4):
            exits = [
                nets.new("proxy", str(c), v6=False)
                for c in r.choice(["HK", "SG", "JP", "US", "MY", "TW"], 3)
            ]
            exits += [
                nets.new("residential", str(c), v6=False)
                for c in r.choice(["US", "JP", "GB", "DE", "SG"], 3)
            ]
            fps = [self.fp() for _ in range(int(r.integers(1, 4)))]
            ua = f"RelayHub/{int(r.integers(2, 5))}.{int(r.integers(0, 9))} (+halcyon-python/1.{int(r.integers(30, 50))}.0)"
            self.resellers.append((exits, fps, ua))
        # residential proxy network used by operators and, through resellers, by their customers
        self.resi_proxy = [
            nets.new("residential", str(c)) for c in r.choice(self.cc, 60, p=self.cc_w)
        ]
        self.campuses = []
        for i in range(14):
            c = str(
                r.choice(
                    [
                        "US",
                        "GB",
                        "DE",
                        "IN",
                        "CN",
                        "KR",
                        "BR",
                        "CA",
                        "AU",
                        "SG",
                        "JP",
                        "FR",
                        "HK",
                        "TR",
                    ]
                )
            )
            dom = str(r.choice(["uni", "univ", "edu", "u", "tech", "state"])) + f"{i}-{c.lower()}"
            dom += {
                "US": ".edu",
                "GB": ".ac.uk",
                "CN": ".edu.cn",
                "IN": ".ac.in",
                "KR": ".ac.kr",
                "JP": ".ac.jp",
                "AU": ".edu.au",
                "HK": ".edu.hk",
            }.get(c, ".edu")
            self.campuses.append((nets.new("education", c, v6=False), dom, c))
        self.orgs = []
        for i in range(60):
            c = str(r.choice(self.cc, p=self.cc_w))
            self.orgs.append(
                (
                    f"org_{r.integers(0, 1 << 40):010x}",
                    nets.new("corporate", c, v6=False),
                    f"{r.choice(['acme', 'north', 'blue', 'zen', 'kite', 'orbit', 'lumen'])}{i}.{r.choice(['com', 'io', 'co', 'ai'])}",
                    c,
                    self.fp(),
                )
            )

    def fp(self) -> str:
        return f"pf_{self.rng.integers(0, 1 << 60):015x}"

    def country(self) -> str:
        return str(self.rng.choice(self.cc, p=self.cc_w))

    def email(self) -> str:
        return str(self.rng.choice(self.mail, p=self.mail_w))

    def ln(self, median: float, sigma: float, lo: int = 1, hi: int = 40000) -> int:
        return int(np.clip(np.exp(self.rng.normal(np.log(median), sigma)), lo, hi))

    def home(self, c: str) -> tuple[list[int], list[float]]:
        r = self.rng
        nets = [self.nets.pick("residential", c), self.nets.pick("mobile", c, fresh=0.05)]
        w = [r.uniform(0.3, 0.9), 0.0]
        w[1] = 1 - w[0]
        return nets, w

    def uas(self, surfaces: dict[str, float], k: int = 1) -> dict[str, list[str]]:
        return {
            s: [ua_string(self.rng, s) for _ in range(int(self.rng.integers(1, k + 1)))]
            for s in surfaces
        }

    def sub(self, pool: list[int], k: int) -> list[int]:
        return [int(x) for x in self.rng.choice(pool, size=min(k, len(pool)), replace=False)]

    def cats(self, base: dict[str, float], jitter: float = 1.5) -> dict[str, float]:
        w = self.rng.dirichlet([max(0.05, v * 10 / jitter) for v in base.values()])
        return dict(zip(base, w, strict=True))

    def created(self, lo: float, hi: float) -> float:
        return float(self.rng.uniform(lo, hi))


Builder = Callable[[Ctx], list[tuple[Account, Profile]]]  # one account, one or more phases


def _consumer_profile(x: Ctx, c: str, n: int) -> Profile:
    r = x.rng
    surf = {
        "web": r.uniform(0.2, 1),
        "app": r.uniform(0, 1),
        "cli": 0.02 if r.random() < 0.1 else 0.0,
    }
    nets, w = x.home(c)
    cats = x.cats(
        {
            "chat": 0.35,
            "general": 0.25,
            "coding": 0.15,
            "creative": 0.1,
            "math": 0.08,
            "multilingual": 0.07 if c not in ("US", "GB", "AU", "CA", "IE", "NZ") else 0.01,
        }
    )
    return Profile(
        n=n,
        country=c,
        day_share=r.uniform(0.08, 0.8),
        surfaces=surf,
        turns=r.uniform(1.5, 6),
        gap_s=r.uniform(25, 150),
        nets=nets,
        net_w=w,
        uas=x.uas(surf, 2),
        cats=cats,
        prefixes=x.sub(list(range(len(PREFIXES))), int(r.integers(2, 6))),
        suffixes=x.sub(list(range(len(SUFFIXES))), int(r.integers(2, 7))),
        out_mu=r.uniform(5.0, 6.4),
        image_share=r.uniform(0, 0.08),
        adopt_h=(0.0, 12.0),
        adopt_p=0.95,
        model_w=(0.85, 0.1, 0.05),
        retain=r.uniform(0.7, 1.0),
    )


def consumer(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    created = x.created(-720, DAYS - 2)
    p = _consumer_profile(x, c, x.ln(16, 1.15, 1, 900))
    p.first_day = max(0.0, created)
    tier = str(r.choice(["free", "pro", "max"], p=[0.68, 0.27, 0.05]))
    return [
        (Account(created, tier, "web", None if tier == "free" else x.fp(), x.email(), c, None), p)
    ]


# ---------------- hard negatives ----------------


def reseller_customer(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    exits, fps, ua = x.resellers[int(r.integers(0, len(x.resellers)))]
    c = str(
        r.choice(
            ["CN", "HK", "RU", "IR", "SG", "MY", "VN", "US", "TW"],
            p=[0.35, 0.1, 0.1, 0.05, 0.1, 0.08, 0.08, 0.09, 0.05],
        )
    )
    p = _consumer_profile(x, c, x.ln(45, 1.2, 2, 3000))
    p.surfaces = {"api": 1.0}
    p.uas = {"api": [ua] + [ua_string(r, "api") for _ in range(int(r.integers(0, 2)))]}
    p.nets = x.sub(exits, int(r.integers(1, 4)))
    p.net_w = None
    p.cats = x.cats(
        {
            "coding": 0.3,
            "chat": 0.2,
            "general": 0.2,
            "math": 0.1,
            "creative": 0.1,
            "multilingual": 0.1,
        }
    )
    p.conv_null = r.uniform(0.3, 1)
    p.adopt_h = (0.5, 48)
    email = str(r.choice(["qq.com", "163.com", "gmail.com", "outlook.com", "proton.me"]))
    return [
        (
            Account(
                x.created(-300, 20), "api", "partner_reseller", str(r.choice(fps)), email, c, None
            ),
            p,
        )
    ]


def campus_student(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    net, dom, c = x.campuses[int(r.integers(0, len(x.campuses)))]
    p = _consumer_profile(x, c, x.ln(30, 1.1, 2, 1500))
    p.nets = [net] + p.nets[:1]
    p.net_w = [r.uniform(0.4, 0.9), 0.4]
    p.cats = x.cats({"math": 0.3, "coding": 0.3, "general": 0.2, "creative": 0.1, "chat": 0.1})
    p.suffixes = x.sub(COT, 2) + x.sub(PLAIN_SUF, 2)
    tier = str(r.choice(["education", "free", "pro"], p=[0.5, 0.35, 0.15]))
    ch = "education_program" if tier == "education" else "web"
    return [
        (Account(x.created(-500, 10), tier, ch, x.fp() if tier == "pro" else None, dom, c, None), p)
    ]


def _api_profile(x: Ctx, c: str, n: int, **kw: object) -> Profile:
    r = x.rng
    nets = x.sub(x.clouds, int(r.integers(1, 4)))
    surf = {"api": 1.0}
    p = Profile(
        n=n,
        country=c,
        surfaces=surf,
        nets=nets,
        uas=x.uas(surf, 2),
        turns=r.uniform(1, 3),
        gap_s=r.uniform(1, 20),
        conv_null=r.uniform(0.2, 1),
        retain=r.uniform(0, 0.7),
        model_w=(0.6, 0.35, 0.05),
        adopt_h=(24, 400),
        adopt_p=r.uniform(0.2, 0.9),
        keys=int(r.integers(1, 4)),
        day_share=r.uniform(0.5, 1),
        incognito=0,
        feedback=0,
    )
    return replace(p, **kw)  # type: ignore[arg-type]


def _release_day(x: Ctx) -> float:
    return float(RELEASES[int(x.rng.integers(0, len(RELEASES)))][2])


def eval_runner(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = str(r.choice(["US", "GB", "DE", "FR", "CN", "KR", "SG", "CA"]))
    d = _release_day(x)
    p = _api_profile(
        x,
        c,
        x.ln(1400, 0.8, 200, 12000),
        first_day=d,
        last_day=d + r.uniform(1, 5),
        day_share=1,
        pattern="flat",
        cats=x.cats({"math": 0.35, "coding": 0.3, "general": 0.2, "creative": 0.15}),
        focus=int(r.integers(50, 800)),
        adopt_h=(0.1, 4),
        adopt_p=1.0,
        gap_s=r.uniform(0.5, 5),
        system=x.sub(SYS_I, 2),
        system_share=r.uniform(0, 1),
        suffixes=x.sub(COT, 2) + [0],
        rl=r.uniform(0.01, 0.06),
        out_mu=r.uniform(5.5, 7),
    )
    acct = Account(
        x.created(-400, -5),
        "api",
        str(r.choice(["research_program", "startup_program", "api_console"])),
        x.fp(),
        f"evals{int(r.integers(0, 99))}.{r.choice(['ai', 'org', 'io'])}",
        c,
        None,
    )
    return [(acct, p)]


def batch_job(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    o = x.orgs[int(r.integers(0, len(x.orgs)))]
    p = _api_profile(
        x,
        o[3],
        x.ln(2200, 0.7, 300, 15000),
        pattern=str(r.choice(["flat", "night"])),
        cats=x.cats({"general": 0.4, "creative": 0.2, "chat": 0.2, "multilingual": 0.2}),
        system=x.sub(SYS_I, 1),
        system_share=r.uniform(0.7, 1),
        adopt_p=r.uniform(0, 0.3),
        model_w=(0.2, 0.75, 0.05),
        turns=1.0,
        conv_null=1.0,
        out_mu=r.uniform(4.5, 6),
        day_share=r.uniform(0.2, 0.9),
        rl=r.uniform(0.005, 0.05),
    )
    return [(Account(x.created(-600, -30), "enterprise", "api_console", o[4], o[2], o[3], o[0]), p)]


def ci_agent(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    o = x.orgs[int(r.integers(0, len(x.orgs)))]
    surf = {"cli": r.uniform(0.2, 1), "api": r.uniform(0, 1)}
    p = _api_profile(
        x,
        o[3],
        x.ln(350, 1.0, 20, 8000),
        surfaces=surf,
        uas=x.uas(surf, 2),
        pattern="office",
        weekday_only=bool(r.random() < 0.7),
        nets=x.sub(x.clouds, 2) + [o[1]],
        cats=x.cats({"coding": 0.75, "tools": 0.2, "general": 0.05}),
        tool_share=r.uniform(0.5, 1),
        tools_n=(4, 24),
        turns=r.uniform(4, 20),
        gap_s=r.uniform(2, 15),
        system=[SYS["You are a coding assistant working inside the user's repository"]],
        system_share=0.9,
        adopt_h=(1, 72),
        adopt_p=0.8,
    )
    return [
        (
            Account(
                x.created(-500, 0),
                str(r.choice(["team", "api", "max"])),
                "api_console",
                o[4],
                o[2],
                o[3],
                o[0],
            ),
            p,
        )
    ]


def api_app(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    p = _api_profile(
        x,
        c,
        x.ln(700, 1.0, 30, 12000),
        pattern=str(r.choice(["human", "flat"])),
        cats=x.cats({"chat": 0.4, "general": 0.3, "multilingual": 0.15, "creative": 0.15}),
        system=[int(r.integers(0, len(SYS_I)))],
        system_share=1.0,
        turns=r.uniform(1, 5),
    )
    return [
        (
            Account(
                x.created(-600, 0),
                "api",
                str(r.choice(["api_console", "startup_program"])),
                x.fp(),
                f"{r.choice(['get', 'try', 'use', 'my'])}app{int(r.integers(0, 999))}.com",
                c,
                None,
            ),
            p,
        )
    ]


def heavy_user(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    p = _consumer_profile(x, c, x.ln(420, 0.7, 80, 5000))
    p.surfaces = {"web": r.uniform(0.2, 1), "app": r.uniform(0, 0.6), "cli": r.uniform(0, 0.6)}
    p.uas = x.uas(p.surfaces, 2)
    p.day_share = r.uniform(0.5, 1)
    p.cats = x.cats({"coding": 0.4, "general": 0.2, "math": 0.15, "creative": 0.1, "chat": 0.15})
    return [
        (
            Account(
                x.created(-700, -10),
                str(r.choice(["pro", "max"])),
                "web",
                x.fp(),
                x.email(),
                c,
                None,
            ),
            p,
        )
    ]


def personal_automation(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    nets, _ = x.home(c)
    nets = nets[:1] + (x.sub(x.clouds, 1) if r.random() < 0.5 else [])
    p = _api_profile(
        x,
        c,
        x.ln(260, 0.8, 30, 4000),
        pattern="flat",
        nets=nets,
        ip_fixed=True,
        cats=x.cats({"chat": 0.5, "general": 0.4, "multilingual": 0.1}),
        focus=int(r.integers(3, 40)),
        system=[int(r.integers(0, len(SYS_I)))],
        system_share=r.uniform(0.5, 1),
        day_share=1.0,
        keys=1,
        retain=r.uniform(0.5, 1),
    )
    return [
        (
            Account(
                x.created(-500, 0),
                str(r.choice(["api", "pro"])),
                "api_console",
                x.fp(),
                x.email(),
                c,
                None,
            ),
            p,
        )
    ]


def traveller_restricted(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    dest = str(r.choice(RESTRICTED, p=[0.35, 0.3, 0.15, 0.08, 0.1, 0.02]))
    p = _consumer_profile(x, c, x.ln(22, 1.0, 3, 600))
    trip = [
        x.nets.pick("mobile", dest, 0.1),
        x.nets.pick("residential", dest, 0.3),
        x.vpn[int(r.integers(0, len(x.vpn)))],
    ]
    p.nets = p.nets + trip
    p.net_w = [0.4, 0.2, 0.2, 0.1, 0.1]
    return [
        (
            Account(
                x.created(-700, 0), str(r.choice(["free", "pro"])), "web", None, x.email(), c, None
            ),
            p,
        )
    ]


def vpn_user(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = str(r.choice(["RU", "IR", "CN", "BY", "TR", "AE", "US", "DE", "KZ"]))
    p = _consumer_profile(x, c, x.ln(30, 1.1, 2, 1200))
    p.nets = x.sub(x.vpn, int(r.integers(1, 4))) + p.nets[:1]
    p.net_w = None
    decl = c if r.random() < 0.5 else str(r.choice(["US", "DE", "NL", "GB", "KZ", "AM", "GE"]))
    return [
        (
            Account(
                x.created(-600, 20),
                str(r.choice(["free", "pro"])),
                "web",
                x.fp(),
                x.email(),
                decl,
                None,
            ),
            p,
        )
    ]


def academic_researcher(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    net, dom, c = x.campuses[int(r.integers(0, len(x.campuses)))]
    p = _api_profile(
        x,
        c,
        x.ln(1100, 1.0, 80, 15000),
        nets=[net] + x.sub(x.clouds, 1),
        pattern=str(r.choice(["human", "flat"])),
        cats=x.cats(
            {
                "math": 0.2,
                "coding": 0.2,
                "general": 0.2,
                "creative": 0.15,
                "multilingual": 0.1,
                "tools": 0.05,
                "chat": 0.1,
            }
        ),
        suffixes=x.sub(COT, 3) + [0, 1],
        system=x.sub(SYS_I, 3),
        system_share=r.uniform(0, 0.8),
        adopt_h=(0.5, 30),
        adopt_p=0.9,
        focus=int(r.integers(0, 2)) * int(r.integers(100, 900)),
    )
    tier = str(r.choice(["api", "education"]))
    return [
        (
            Account(
                x.created(-400, 5),
                tier,
                str(r.choice(["research_program", "education_program"])),
                x.fp(),
                dom,
                c,
                None,
            ),
            p,
        )
    ]


def labelling_vendor(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = str(r.choice(["PH", "KE", "IN", "VN", "NG", "BD", "PK"]))
    o = x.orgs[int(r.integers(0, len(x.orgs)))]
    onet = x.nets.pick("corporate", c, 0.3)
    surf = {"web": r.uniform(0.3, 1), "api": r.uniform(0, 1)}
    p = _api_profile(
        x,
        c,
        x.ln(800, 0.8, 80, 8000),
        surfaces=surf,
        uas=x.uas(surf, 3),
        nets=[onet],
        pattern="office",
        weekday_only=True,
        cats=x.cats({"general": 0.3, "creative": 0.2, "coding": 0.2, "math": 0.2, "chat": 0.1}),
        system=[SYS["You are a careful annotator"]],
        system_share=r.uniform(0.3, 1),
        turns=r.uniform(1, 3),
        gap_s=r.uniform(30, 200),
        suffixes=None,
    )
    return [
        (
            Account(
                x.created(-300, 10),
                str(r.choice(["team", "enterprise"])),
                "web",
                o[4],
                o[2],
                c,
                o[0],
            ),
            p,
        )
    ]


def synthetic_data_licensed(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    o = x.orgs[int(r.integers(0, len(x.orgs)))]
    p = _api_profile(
        x,
        o[3],
        x.ln(2500, 0.7, 400, 15000),
        pattern=str(r.choice(["flat", "office"])),
        cats=x.cats({"coding": 0.3, "math": 0.3, "general": 0.2, "creative": 0.1, "tools": 0.1}),
        suffixes=x.sub(COT, 3),
        system=x.sub(SYS_I, 2),
        system_share=r.uniform(0.3, 1),
        out_mu=r.uniform(6, 7.2),
        adopt_h=(2, 200),
        turns=1.2,
    )
    return [(Account(x.created(-500, -20), "enterprise", "api_console", o[4], o[2], o[3], o[0]), p)]


def red_team(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = str(r.choice(["US", "GB", "DE", "SG", "CA", "FR"]))
    p = _api_profile(
        x,
        c,
        x.ln(900, 0.9, 60, 8000),
        pattern=str(r.choice(["office", "human"])),
        cats=x.cats(
            {"chat": 0.3, "general": 0.3, "creative": 0.2, "coding": 0.1, "multilingual": 0.1}
        ),
        safety=r.uniform(0.05, 0.3),
        err=r.uniform(0.02, 0.1),
        adopt_h=(0.2, 12),
        adopt_p=1.0,
        turns=r.uniform(2, 8),
        system=x.sub(SYS_I, 4),
        system_share=r.uniform(0, 0.6),
    )
    return [
        (
            Account(
                x.created(-300, 0),
                str(r.choice(["enterprise", "api"])),
                str(r.choice(["research_program", "api_console"])),
                x.fp(),
                f"redteam{int(r.integers(0, 50))}.{r.choice(['com', 'ai'])}",
                c,
                None,
            ),
            p,
        )
    ]


def tutoring_platform(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    p = _api_profile(
        x,
        c,
        x.ln(2200, 0.8, 300, 15000),
        pattern="human",
        cats=x.cats({"math": 0.6, "general": 0.2, "coding": 0.1, "multilingual": 0.1}),
        system=[SYS["You are a math tutor for high-school students"]],
        system_share=1.0,
        suffixes=x.sub(COT, 3) + x.sub(PLAIN_SUF, 2),
        turns=r.uniform(2, 6),
        out_mu=r.uniform(5.5, 6.8),
    )
    return [
        (
            Account(
                x.created(-600, -10),
                "enterprise",
                "startup_program",
                x.fp(),
                f"tutor{int(r.integers(0, 99))}.com",
                c,
                None,
            ),
            p,
        )
    ]


def office_team(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    o = x.orgs[int(r.integers(0, len(x.orgs)))]
    p = _consumer_profile(x, o[3], x.ln(60, 1.0, 3, 1500))
    p.nets = [o[1]] + p.nets[:1]
    p.net_w = [0.8, 0.2]
    p.pattern, p.weekday_only = "office", bool(r.random() < 0.8)
    p.day_share = r.uniform(0.4, 0.9)
    return [(Account(x.created(-500, 15), "team", "web", o[4], o[2], o[3], o[0]), p)]


def translation_agency(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    p = _api_profile(
        x,
        c,
        x.ln(600, 0.9, 50, 6000),
        cats=x.cats({"multilingual": 0.6, "general": 0.2, "chat": 0.2}),
        system=[SYS["You are an expert translator"]],
        system_share=0.95,
        pattern="office",
    )
    return [
        (
            Account(
                x.created(-600, 0),
                "api",
                "api_console",
                x.fp(),
                f"lingua{int(r.integers(0, 99))}.com",
                c,
                None,
            ),
            p,
        )
    ]


def community_bot(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    p = _api_profile(
        x,
        c,
        x.ln(600, 1.0, 40, 8000),
        pattern="flat",
        day_share=1.0,
        cats=x.cats({"chat": 0.5, "general": 0.2, "creative": 0.2, "multilingual": 0.1}),
        system=[SYS["You are a friendly Discord bot for a gaming community"]],
        system_share=1.0,
        turns=r.uniform(1, 4),
        gap_s=r.uniform(5, 60),
        ip_fixed=True,
    )
    return [(Account(x.created(-400, 0), "api", "api_console", x.fp(), x.email(), c, None), p)]


def shared_household(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    p = _consumer_profile(x, c, x.ln(90, 0.9, 10, 1500))
    other = x.country() if r.random() < 0.4 else c
    p.nets = p.nets + [x.nets.pick("mobile", other, 0.1), x.nets.pick("residential", other, 0.5)]
    p.net_w = None
    p.uas = x.uas(p.surfaces, 4)
    p.cats = x.cats({"chat": 0.3, "general": 0.2, "math": 0.2, "creative": 0.15, "coding": 0.15})
    return [(Account(x.created(-700, -30), "pro", "web", x.fp(), x.email(), c, None), p)]


def release_enthusiast(x: Ctx) -> list[tuple[Account, Profile]]:
    r = x.rng
    c = x.country()
    d = _release_day(x)
    p = _consumer_profile(x, c, x.ln(120, 0.8, 20, 2000))
    p.first_day, p.last_day, p.day_share = d, d + r.uniform(1, 6), 1.0
    p.adopt_h, p.adopt_p = (0.0, 1.0), 1.0
    p.surfaces = {"web": 0.5, "api": r.uniform(0, 1), "cli": r.uniform(0, 0.5)}
    p.uas = x.uas(p.surfaces, 1)
    p.cats = x.cats({"coding": 0.3, "math": 0.2, "creative": 0.2, "general": 0.2, "tools": 0.1})
    p.suffixes = x.sub(COT, 2) + [0]
    return [
        (
            Account(
                x.created(-700, 0), str(r.choice(["pro", "max"])), "web", x.fp(), x.email(), c, None
            ),
            p,
        )
    ]


# ---------------- campaigns ----------------


def hydra_reseller(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator ridgeline: many small accounts bought through resellers, mixed with their customers."""
    ((acct, p),) = reseller_customer(x)
    r = x.rng
    p.n = x.ln(55, 0.9, 5, 800)
    p.cats = x.cats(
        {"coding": 0.35, "math": 0.25, "creative": 0.1, "general": 0.15, "chat": 0.1, "tools": 0.05}
    )
    p.suffixes = x.sub(COT, int(r.integers(1, 4))) + x.sub(PLAIN_SUF, int(r.integers(1, 4)))
    p.nets = p.nets + x.sub(x.resi_proxy, int(r.integers(0, 3)))
    p.adopt_h = (0.5, 20)
    acct.created = x.created(-200, 25)
    return [(acct, p)]


def release_pivot(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator ridgeline: aged API accounts that wake on each release and go after reasoning."""
    r = x.rng
    c = str(r.choice(["US", "SG", "GB", "DE", "JP", "CA"]))
    d = _release_day(x)
    p = _api_profile(
        x,
        c,
        x.ln(700, 0.8, 80, 6000),
        first_day=d + r.uniform(0, 0.5),
        last_day=d + r.uniform(2, 9),
        day_share=r.uniform(0.5, 1),
        pattern=str(r.choice(["flat", "human"])),
        cats=x.cats({"math": 0.4, "coding": 0.35, "general": 0.15, "creative": 0.1}),
        suffixes=x.sub(COT, 3) + x.sub(PLAIN_SUF, 2),
        adopt_h=(0.3, 6),
        adopt_p=1.0,
        system=x.sub(SYS_I, 2),
        system_share=r.uniform(0, 0.7),
        out_mu=r.uniform(5.8, 7),
        nets=x.sub(x.clouds, 2) + x.sub(x.resi_proxy, 1),
    )
    domain = (
        x.email()
        if r.random() < 0.6
        else f"{r.choice(['data', 'ml', 'lab', 'ai'])}{int(r.integers(0, 999))}.io"
    )
    return [
        (
            Account(
                x.created(-250, -20),
                "api",
                str(r.choice(["api_console", "startup_program"])),
                x.fp(),
                domain,
                c,
                None,
            ),
            p,
        )
    ]


def tool_harvest(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator ridgeline: agentic traces dressed as a coding agent."""
    ((acct, p),) = ci_agent(x)
    r = x.rng
    p.cats = x.cats({"tools": 0.45, "coding": 0.45, "general": 0.1})
    p.nets = x.sub(x.clouds, 2) + x.sub(x.resi_proxy, 1)
    p.n = x.ln(450, 0.9, 40, 6000)
    p.weekday_only = bool(r.random() < 0.5)
    acct.org, acct.email, acct.fp = None, (x.email() if r.random() < 0.5 else acct.email), x.fp()
    acct.channel = str(r.choice(["api_console", "startup_program"]))
    return [(acct, p)]


def bought_accounts(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator meridian: aged consumer accounts bought from their owners; organic history, then
    harvesting from a residential proxy in the owner's country with the same kind of client."""
    ((acct, p),) = consumer(x)
    r = x.rng
    acct.created = x.created(-700, -90)
    t = r.uniform(3, 25)
    p.first_day, p.last_day = 0.0, t
    q = _consumer_profile(x, p.country, x.ln(70, 0.8, 10, 1500))
    q.first_day = t
    q.nets = [x.nets.pick("residential", p.country, 0.6)] + x.sub(x.resi_proxy, 1)
    q.cats = x.cats({"coding": 0.3, "math": 0.3, "creative": 0.15, "general": 0.15, "chat": 0.1})
    q.suffixes = x.sub(COT, 2) + x.sub(PLAIN_SUF, 1)
    q.pattern = "human"
    return [(acct, p), (acct, q)]


def edu_tier(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator meridian: education-programme seats, on the same campuses as real students."""
    ((acct, p),) = campus_student(x)
    r = x.rng
    p.n = x.ln(110, 0.8, 10, 2000)
    p.cats = x.cats({"math": 0.35, "coding": 0.35, "general": 0.15, "creative": 0.15})
    p.suffixes = x.sub(COT, 3) + x.sub(PLAIN_SUF, 1)
    p.surfaces = {"web": 0.7, "api": r.uniform(0, 0.6)}
    p.uas = x.uas(p.surfaces, 1)
    acct.tier, acct.channel = "education", "education_program"
    return [(acct, p)]


def paraphrase_multiturn(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator meridian: per-account LLM-written prompts (no shared wrappers), long multi-turn
    chats in a browser at human hours, each account from a proxy in its declared country."""
    ((acct, p),) = consumer(x)
    r = x.rng
    p.n = x.ln(130, 0.8, 15, 2000)
    p.prefixes, p.suffixes = None, None
    p.turns = r.uniform(4, 10)
    p.nets = [x.nets.pick("residential", p.country, 0.7)] + x.sub(x.resi_proxy, 1)
    p.cats = x.cats(
        {"coding": 0.25, "math": 0.25, "creative": 0.2, "general": 0.2, "multilingual": 0.1}
    )
    p.day_share = r.uniform(0.3, 0.9)
    acct.tier = str(r.choice(["pro", "max"], p=[0.8, 0.2]))
    acct.fp = x.fp()
    acct.created = x.created(-400, 5)
    p.first_day = max(0.0, acct.created)
    return [(acct, p)]


def compromised_keys(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator tessellate: real API customers whose keys leaked; the harvest rides a new key."""
    ((acct, p),) = api_app(x)
    r = x.rng
    t = r.uniform(2, 28)
    q = replace(
        p,
        n=x.ln(500, 0.8, 50, 5000),
        first_day=t,
        nets=x.sub(x.clouds, 2) + x.sub(x.vpn, 1),
        cats=x.cats({"coding": 0.3, "math": 0.3, "general": 0.2, "creative": 0.1, "tools": 0.1}),
        system=x.sub(SYS_I, 1),
        suffixes=x.sub(COT, 2) + x.sub(PLAIN_SUF, 1),
        keys=1,
        uas=x.uas({"api": 1}, 1),
        pattern=str(r.choice(["flat", "human"])),
        adopt_h=(0.5, 10),
        adopt_p=1.0,
    )
    p.last_day = DAYS
    return [(acct, p), (acct, q)]


def product_front(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator tessellate: a real tutoring product whose owner mixes harvesting into its traffic."""
    ((acct, p),) = tutoring_platform(x)
    r = x.rng
    q = replace(
        p,
        n=int(p.n * r.uniform(0.2, 0.6)),
        cats=x.cats({"math": 0.3, "coding": 0.4, "creative": 0.15, "general": 0.15}),
        suffixes=x.sub(COT, 3),
        out_mu=p.out_mu + 0.3,
    )
    return [(acct, p), (acct, q)]


def slow_coverage(x: Ctx) -> list[tuple[Account, Profile]]:
    """Operator tessellate: thousands of long-lived light accounts, a few questions each, from phones."""
    ((acct, p),) = consumer(x)
    acct.created = x.created(-500, -40)
    p.first_day = 0.0
    p.n = x.ln(14, 0.6, 3, 80)
    p.nets = [x.nets.pick("mobile", p.country, 0.05)] + p.nets[:1]
    p.net_w = [0.7, 0.3]
    p.cats = x.cats({"math": 0.3, "coding": 0.3, "creative": 0.2, "general": 0.2})
    p.suffixes = x.sub(COT, 2) + x.sub(PLAIN_SUF, 2)
    return [(acct, p)]


# (name, family, operator, accounts at scale 1, builder)
CLASSES: tuple[tuple[str, str, str | None, int, Builder], ...] = (
    ("benign", "benign", None, 8200, consumer),
    ("hn:reseller_customer", "hard_negative", None, 700, reseller_customer),
    ("hn:campus_student", "hard_negative", None, 600, campus_student),
    ("hn:eval_runner", "hard_negative", None, 45, eval_runner),
    ("hn:batch_job", "hard_negative", None, 40, batch_job),
    ("hn:ci_agent", "hard_negative", None, 150, ci_agent),
    ("hn:api_app", "hard_negative", None, 220, api_app),
    ("hn:heavy_user", "hard_negative", None, 400, heavy_user),
    ("hn:personal_automation", "hard_negative", None, 200, personal_automation),
    ("hn:traveller_restricted", "hard_negative", None, 250, traveller_restricted),
    ("hn:vpn_user", "hard_negative", None, 300, vpn_user),
    ("hn:academic_researcher", "hard_negative", None, 90, academic_researcher),
    ("hn:labelling_vendor", "hard_negative", None, 70, labelling_vendor),
    ("hn:synthetic_data_licensed", "hard_negative", None, 35, synthetic_data_licensed),
    ("hn:red_team", "hard_negative", None, 45, red_team),
    ("hn:tutoring_platform", "hard_negative", None, 35, tutoring_platform),
    ("hn:office_team", "hard_negative", None, 350, office_team),
    ("hn:translation_agency", "hard_negative", None, 50, translation_agency),
    ("hn:community_bot", "hard_negative", None, 80, community_bot),
    ("hn:shared_household", "hard_negative", None, 150, shared_household),
    ("hn:release_enthusiast", "hard_negative", None, 200, release_enthusiast),
    ("attack:hydra_reseller", "attack", "ridgeline", 500, hydra_reseller),
    ("attack:release_pivot", "attack", "ridgeline", 160, release_pivot),
    ("attack:tool_harvest", "attack", "ridgeline", 140, tool_harvest),
    ("attack:bought_accounts", "attack", "meridian", 240, bought_accounts),
    ("attack:edu_tier", "attack", "meridian", 160, edu_tier),
    ("attack:paraphrase_multiturn", "attack", "meridian", 220, paraphrase_multiturn),
    ("attack:compromised_keys", "attack", "tessellate", 70, compromised_keys),
    ("attack:product_front", "attack", "tessellate", 30, product_front),
    ("attack:slow_coverage", "attack", "tessellate", 350, slow_coverage),
)
