"""Who is in hold-out 7: ordinary consumers, legitimate look-alikes and eight campaigns.

Each maker draws, per account, a row of the accounts table and a behaviour Plan; a class is a
cloud of such draws. Campaigns share networks, banks, client strings and card pools with the
legitimate classes that an operator would hide among.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import world as W
from emit import Plan, cron, days, hours, wave_times

DAY = 86400.0
END = W.DAYS * DAY
ALL_FAM = ("flag", "mini", "reason")


@dataclass
class Acct:
    created: float
    tier: str
    channel: str
    card: str | None
    domain: str | None
    dcc: str | None
    org: str | None


class Ctx:
    """The shared pieces of one world: networks, prompt bank, card and org issuers, venues."""

    def __init__(self, rng: np.random.Generator, net: W.Internet, bank: W.Bank) -> None:
        self.rng, self.net, self.bank = rng, net, bank
        self.reseller_cards = [self.card() for _ in range(80)]
        self.reseller_org = self.org()
        self.burner_cards = [self.card() for _ in range(90)]
        unis = [
            "US",
            "US",
            "US",
            "GB",
            "DE",
            "IN",
            "IN",
            "KR",
            "JP",
            "BR",
            "CA",
            "AU",
            "SG",
            "FR",
            "ES",
            "MX",
            "ID",
            "NG",
            "TR",
            "PL",
            "NL",
            "IT",
            "VN",
            "PH",
            "KE",
        ]
        self.unis = [
            (
                f"{self._word()}.edu" if cc == "US" else f"{self._word()}.ac.{cc.lower()}",
                cc,
                net.site("education", cc, int(rng.integers(2, 10))),
            )
            for cc in unis
        ]
        self.viral = rng.choice(bank.cats["creative"], 6, replace=False)
        self.courses = [rng.choice(bank.cats[c], 4, replace=False) for c in ("math", "code") * 3]
        self._waves: dict[str, np.ndarray] = {}
        self.ua_pop = {}
        for k, pool in W.UA_BY_SURFACE.items():
            w = rng.permutation(1.0 / np.arange(1, len(pool) + 1) ** 1.1)
            self.ua_pop[k] = w / w.sum()
        self.shells = [(f"{self._word()}-ai.io", self.org(), self.card()) for _ in range(22)]

    def waves(self, key: str, k: int, profile: str, tz: float) -> np.ndarray:
        """One scheduler's release times, shared by every account it drives."""
        if key not in self._waves:
            self._waves[key] = wave_times(self.rng, k, hours(self.rng, profile, tz), days(profile))
        return self._waves[key]

    def tasks(self, key: str, want: dict[str, int]) -> np.ndarray:
        """An operator's work list: prompts chosen once to cover the capabilities it targets."""
        if key not in self._waves:
            picks = [
                self.rng.choice(self.bank.cats[k], min(n, len(self.bank.cats[k])), replace=False)
                for k, n in want.items()
            ]
            self._waves[key] = np.concatenate(picks)
        return self._waves[key]

    def card(self) -> str:
        return "pf_" + self.rng.bytes(10).hex()

    def org(self) -> str:
        return "org_" + self.rng.bytes(8).hex()

    def _word(self) -> str:
        s = "bcdfghjklmnprstvwz"
        v = "aeiou"
        r = self.rng
        return "".join(
            s[r.integers(len(s))] + v[r.integers(len(v))] for _ in range(r.integers(2, 5))
        )

    def company(self, cc: str, kind: str = "corporate") -> dict:
        k = int(self.rng.integers(1, 4))
        ips = self.net.site(kind, cc, k)
        return {
            "domain": f"{self._word()}.{'com' if self.rng.random() < 0.7 else cc.lower()}",
            "org": self.org(),
            "card": self.card(),
            "ips": ips,
            "cc": cc,
        }


def ua(c: Ctx, surface: str, k: int) -> list[int]:
    """k client strings of a surface, the popular ones (current browser, SDK) most often."""
    pool = W.UA_BY_SURFACE[surface]
    return [int(x) for x in c.rng.choice(pool, k, p=c.ua_pop[surface])]


def ln(rng: np.random.Generator, median: float, sigma: float, lo: int = 1, hi: int = 10**6) -> int:
    return int(np.clip(round(rng.lognormal(np.log(median), sigma)), lo, hi))


def consumer_cc(rng: np.random.Generator) -> str:
    return str(rng.choice(W.CONSUMER_CC, p=W.CONSUMER_W))


def email(rng: np.random.Generator, cc: str | None) -> str | None:
    if rng.random() < 0.04:
        return None
    if cc in W.EMAIL_CC and rng.random() < 0.45:
        return W.EMAIL_CC[cc]
    return W.EMAIL_COMMON[int(rng.integers(len(W.EMAIL_COMMON)))]


def lang_of(rng: np.random.Generator, cc: str) -> str:
    lang = W.COUNTRIES[cc][2]
    return "en" if lang != "en" and rng.random() < 0.3 else lang


def cats(rng: np.random.Generator, base: dict[str, float], conc: float = 3.0) -> dict[str, float]:
    keys = list(base)
    w = rng.dirichlet(np.array([base[k] for k in keys]) * conc + 1e-3)
    return dict(zip(keys, w.tolist(), strict=True))


def consumer(c: Ctx, cc: str | None = None, **kw: object) -> tuple[Acct, Plan]:
    """An ordinary person on web or app (the base most classes vary)."""
    r = c.rng
    cc = cc or consumer_cc(r)
    age = r.lognormal(np.log(200), 1.1)
    created = -age * DAY if r.random() > 0.22 else r.uniform(-2, W.DAYS - 3) * DAY
    tier = str(r.choice(["free", "pro", "max"], p=[0.68, 0.27, 0.05]))
    card = None if tier == "free" and r.random() < 0.85 else c.card()
    acct = Acct(created, tier, "web", card, email(r, cc), cc if r.random() > 0.05 else None, None)
    tz = W.COUNTRIES[cc][1] + r.normal(0, 0.7)
    pweb = r.beta(1.2, 1.2)
    surfaces = {"web": pweb, "app": 1 - pweb}
    ips = c.net.home(cc)
    if surfaces["app"] > 0.2:
        ips += c.net.mobile(cc, int(r.integers(2, 10)))
    if r.random() < 0.3:
        ips += c.net.site("corporate", cc, 1)
    t_from = max(created + r.uniform(60, 3 * DAY), 0.0)
    t_to = END if r.random() > 0.15 else r.uniform(t_from + DAY, END + DAY)
    plan = Plan(
        n=ln(r, 18, 1.3, 1, 1200),
        t_from=t_from,
        t_to=t_to,
        hours=hours(r, str(r.choice(["human", "evening", "student"])), tz),
        days=days("human"),
        surfaces=surfaces,
        uas={
            "web": list(ua(c, "web", int(r.integers(1, 3)))),
            "app": list(ua(c, "app", 1)),
        },
        ips=ips,
        sess=r.uniform(1.5, 7),
        gap=r.uniform(30, 150),
        turns=r.uniform(1.2, 5),
        fam={"flag": 0.8, "mini": 0.1 * r.random(), "reason": 0.25 * r.random()},
        lag=r.lognormal(np.log(5 * 3600), 1.0) if r.random() > 0.1 else 1e9,
        cats=cats(r, {"chat": 0.55, "code": 0.15, "creative": 0.15, "math": 0.15}),
        lang=lang_of(r, cc),
        cot=r.beta(0.5, 10),
        style=r.beta(1, 3),
        img=r.beta(0.6, 12),
        follow=r.uniform(0.3, 0.8),
        incog=r.beta(0.4, 8),
        feedback=r.beta(0.4, 30),
    )
    for k, v in kw.items():
        setattr(plan, k, v)
    return acct, plan


def developer(
    c: Ctx, cc: str | None = None, surface: str = "api", **kw: object
) -> tuple[Acct, Plan]:
    """Someone calling the API or a CLI from home, office or cloud (base of the API classes)."""
    r = c.rng
    acct, p = consumer(c, cc)
    cc = acct.dcc or consumer_cc(r)
    acct.tier = "api"
    acct.channel = str(
        r.choice(
            ["api_console", "web", "startup_program", "partner_reseller"],
            p=[0.72, 0.15, 0.09, 0.04],
        )
    )
    acct.card = c.card()
    p.surfaces = {surface: 1.0, "web": 0.15 * r.random()}
    p.uas = {
        "api": list(ua(c, "api", int(r.integers(1, 3)))),
        "cli": list(ua(c, "cli", int(r.integers(1, 3)))),
        "web": p.uas["web"],
    }
    p.ips = c.net.home(cc) + c.net.site(
        "datacenter", str(r.choice(["US", "DE", "SG", "GB", "JP"])), int(r.integers(1, 5))
    )
    p.sys, p.p_sys = list(r.choice(len(W.SYSTEM_PROMPTS), int(r.integers(1, 4)))), r.uniform(0.2, 1)
    p.cats = cats(r, {"code": 0.5, "chat": 0.3, "math": 0.1, "creative": 0.1})
    p.fam = {"flag": 0.6, "mini": 0.3 * r.random(), "reason": 0.2 * r.random()}
    p.lag = r.lognormal(np.log(3 * DAY), 1.2) if r.random() < 0.7 else 1e9
    p.keys = int(r.integers(1, 4))
    p.tools, p.p_tools = (1, int(r.integers(2, 16))), r.beta(0.5, 2.5)
    p.conv_api = r.random() * 0.5
    p.gap = r.uniform(5, 90)
    for k, v in kw.items():
        setattr(p, k, v)
    return acct, p


# --- legitimate classes ------------------------------------------------------------------------
def benign(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    x = r.random()
    if x < 0.08:
        return [developer(c)]
    if x < 0.11:
        return [developer(c, surface="cli")]
    return [consumer(c)]


def reseller_customer(c: Ctx) -> list[tuple[Acct, Plan]]:
    """Small businesses buying access through the same reseller as one campaign."""
    r = c.rng
    acct, p = developer(c, str(r.choice(["SG", "JP", "US", "KR", "TW", "MY", "TH", "AE", "VN"])))
    acct.channel = "partner_reseller"
    acct.card = (
        c.reseller_cards[int(r.integers(len(c.reseller_cards)))] if r.random() < 0.7 else c.card()
    )
    acct.org = c.reseller_org if r.random() < 0.4 else (c.org() if r.random() < 0.5 else None)
    acct.created = -r.uniform(5, 200) * DAY
    acct.domain = "apihub.co" if r.random() < 0.4 else email(r, acct.dcc)
    eg = c.net.reseller_egress
    rp = c.net.resproxy
    p.ips = [eg[i] for i in r.choice(len(eg), int(r.integers(3, 20)))]
    if r.random() < 0.5:
        p.ips += [rp[i] for i in r.choice(len(rp), int(r.integers(5, 60)))]
    p.ip_w = np.ones(len(p.ips))
    p.uas["api"] = [W.UA_RELAY] + list(ua(c, "api", int(r.integers(0, 2))))
    p.n = ln(r, 70, 1.2, 5, 3000)
    p.hours = hours(r, str(r.choice(["office", "human", "flat"])), W.COUNTRIES[acct.dcc or "SG"][1])
    p.cats = cats(r, {"chat": 0.35, "code": 0.3, "creative": 0.2, "math": 0.15})
    p.cot = r.beta(1, 6)
    p.lag = r.lognormal(np.log(12 * 3600), 1.3)
    return [(acct, p)]


def campus(c: Ctx, course: np.ndarray | None = None) -> list[tuple[Acct, Plan]]:
    r = c.rng
    dom, cc, nat = c.unis[int(r.integers(len(c.unis)))]
    acct, p = consumer(c, cc)
    acct.tier = str(r.choice(["education", "free", "pro"], p=[0.5, 0.4, 0.1]))
    acct.channel = "education_program" if acct.tier == "education" else "web"
    acct.domain = dom if r.random() < 0.8 else acct.domain
    p.ips = nat + p.ips[:3]
    p.ip_w = np.r_[np.full(len(nat), 3.0 / len(nat)), np.ones(len(p.ips) - len(nat)) / 3]
    p.hours = hours(r, "student", W.COUNTRIES[cc][1])
    p.cats = cats(r, {"math": 0.35, "code": 0.3, "chat": 0.2, "creative": 0.15})
    p.cot = r.beta(1, 4)
    p.n = ln(r, 35, 1.0, 2, 900)
    if course is not None:
        p.fixed, p.p_fixed = course, r.uniform(0.2, 0.6)
        d0 = int(r.integers(3, W.DAYS - 4))
        b = np.full(W.DAYS, 0.3)
        b[d0 : d0 + 3] = 6
        p.burst_days = b
    return [(acct, p)]


def course_assignment(c: Ctx) -> list[tuple[Acct, Plan]]:
    return campus(c, c.courses[int(c.rng.integers(len(c.courses)))])


def eval_runner(c: Ctx) -> list[tuple[Acct, Plan]]:
    """Labs and companies benchmarking each new model within hours of its release."""
    r = c.rng
    acct, p = developer(c, str(r.choice(["US", "US", "GB", "DE", "FR", "CA", "SG", "KR", "JP"])))
    acct.channel = str(r.choice(["research_program", "api_console", "startup_program"]))
    acct.tier = str(r.choice(["api", "enterprise"]))
    acct.org = c.org()
    p.n = ln(r, 700, 0.9, 150, 8000)
    b = np.full(W.DAYS, 0.15)
    for t in W.RELEASE_OFFSETS:
        d = int(t // DAY)
        b[d : d + 3] = [5, 8, 3][: len(b[d : d + 3])]
    p.burst_days = b
    p.hours = hours(r, "flat", 0, 2)
    p.lag = r.uniform(0.3, 6) * 3600
    p.fam = {"flag": 0.5, "reason": 0.35, "mini": 0.15}
    p.cats = cats(r, {"math": 0.4, "code": 0.3, "creative": 0.2, "tool": 0.1})
    p.sys, p.p_sys = [8, 9, 0], r.uniform(0.3, 1)
    p.cot = r.beta(2, 3)
    p.turns, p.follow, p.gap, p.sess = 1.05, 0.9, r.uniform(0.5, 4), r.uniform(50, 300)
    p.err429 = r.uniform(0.01, 0.08)
    return [(acct, p)]


def batch_job(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    acct, p = developer(c)
    acct.tier = "enterprise"
    acct.org = c.org()
    acct.channel = "api_console"
    s = int(r.integers(len(W.SYSTEM_PROMPTS)))
    p.sys, p.p_sys = [s], 1.0
    p.n = ln(r, 1800, 0.7, 400, 10000)
    p.hours = hours(r, str(r.choice(["flat", "office"])), float(r.uniform(-8, 9)), 1.5)
    p.days = days("flat")
    p.turns, p.gap, p.sess, p.follow = 1.0, r.uniform(0.3, 3), r.uniform(100, 2000), 0
    p.cats = {str(r.choice(["chat", "creative", "code"])): 1.0}
    p.lag, p.fam = 1e9, {str(r.choice(["mini", "flag", "legacy"], p=[0.45, 0.35, 0.2])): 1.0}
    p.ips = p.ips[-3:]
    p.err429 = r.uniform(0.0, 0.05)
    p.waves, p.p_wave, p.wave_jitter = cron(r, int(r.integers(1, 5))), r.uniform(0.3, 0.9), 60.0
    return [(acct, p)]


def ci_agent(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    acct, p = developer(c, surface="cli")
    p.surfaces = {"cli": 0.7, "api": 0.3}
    p.sys, p.p_sys = [6, 7, 2], 0.95
    p.tools, p.p_tools = (6, 40), 0.9
    p.cats = cats(r, {"code": 0.7, "tool": 0.3})
    p.turns, p.follow, p.gap, p.sess = r.uniform(4, 25), 0.3, r.uniform(2, 15), r.uniform(10, 60)
    p.n = ln(r, 250, 0.9, 40, 4000)
    p.hours = hours(r, str(r.choice(["office", "flat"])), W.COUNTRIES[acct.dcc or "US"][1])
    p.ips += c.net.site("datacenter", "US", int(r.integers(2, 12)))
    p.conv_api = r.uniform(0.5, 1)
    return [(acct, p)]


def api_app(c: Ctx) -> list[tuple[Acct, Plan]]:
    """A product serving its own users through one system prompt, from the cloud."""
    r = c.rng
    acct, p = developer(c)
    acct.org = c.org() if r.random() < 0.6 else None
    p.sys, p.p_sys = [int(r.integers(len(W.SYSTEM_PROMPTS)))], 1.0
    p.n = ln(r, 250, 1.0, 60, 5000)
    p.ips = c.net.site(
        "datacenter", str(r.choice(["US", "DE", "SG", "IN", "JP"])), int(r.integers(1, 6))
    )
    p.hours = hours(r, "human", float(r.uniform(-8, 9)), 2)
    p.days = days("flat")
    p.turns, p.gap, p.sess = r.uniform(1, 6), r.uniform(2, 40), r.uniform(3, 40)
    p.lang = str(r.choice(W.LANGS))
    p.cats = cats(r, {"chat": 0.5, "creative": 0.2, "code": 0.15, "math": 0.15})
    p.lag = 1e9 if r.random() < 0.6 else r.uniform(2, 20) * DAY
    if r.random() < 0.15:  # never migrated off the old model
        p.fam = {"legacy": 1.0}
    if r.random() < 0.35:  # function calling for its own product's actions
        p.tools, p.p_tools = (2, int(r.integers(3, 20))), r.uniform(0.4, 1)
    return [(acct, p)]


def heavy_user(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    acct, p = consumer(c)
    acct.tier = str(r.choice(["pro", "max"], p=[0.5, 0.5]))
    acct.card = acct.card or c.card()
    p.n = ln(r, 250, 0.7, 80, 3000)
    p.surfaces = {"web": r.random(), "app": r.random() * 0.5, "cli": r.random() * 0.3}
    p.uas["cli"] = list(ua(c, "cli", 1))
    p.cats = cats(r, {"code": 0.35, "chat": 0.25, "creative": 0.2, "math": 0.2})
    p.cot = r.beta(1, 5)
    p.lag = r.uniform(0.2, 4) * 3600
    p.fam = {"flag": 0.6, "reason": 0.4 * r.random() + 0.05, "mini": 0.05}
    p.sess, p.gap = r.uniform(5, 25), r.uniform(20, 90)
    p.err429 = r.uniform(0, 0.05)
    return [(acct, p)]


def home_automation(c: Ctx) -> list[tuple[Acct, Plan]]:
    """Digests, home agents and community chat bots: around the clock, one wrapper prompt."""
    r = c.rng
    acct, p = developer(c)
    acct.tier = str(r.choice(["api", "pro"]))
    p.sys, p.p_sys = [int(r.choice([17, 18, 0, 16, 19]))], r.uniform(0.7, 1)
    p.n = ln(r, 150, 1.0, 30, 3000)
    p.hours = hours(r, str(r.choice(["flat", "evening"])), float(r.uniform(-8, 9)), 2)
    p.days = days("flat")
    p.ips = (
        p.ips[:3]
        if r.random() < 0.5
        else c.net.site("datacenter", str(r.choice(["DE", "US", "NL"])), 1)
    )
    p.fixed, p.p_fixed = r.choice(c.bank.cats["chat"], int(r.integers(1, 6))), r.uniform(0.2, 0.8)
    p.turns, p.sess, p.gap = 1.0, r.uniform(1, 4), r.uniform(1, 20)
    p.fam, p.lag = {"mini": 0.7, "flag": 0.3}, 1e9 if r.random() < 0.5 else r.uniform(1, 15) * DAY
    p.waves, p.p_wave, p.wave_jitter = cron(r, int(r.integers(1, 8))), r.uniform(0.3, 0.9), 5.0
    return [(acct, p)]


def restricted_traveller(c: Ctx) -> list[tuple[Acct, Plan]]:
    """People at home elsewhere who spend days in, or live in, a restricted region."""
    r = c.rng
    acct, p = consumer(c) if r.random() < 0.7 else developer(c)
    where = str(r.choice(["CN", "HK", "RU", "IR", "BY", "KP", "CU", "SY", "MO", "CN", "HK", "RU"]))
    loc = c.net.home(where) + c.net.mobile(where, 3)
    vpn = [c.net.vpn[i] for i in r.choice(len(c.net.vpn), int(r.integers(1, 8)))]
    p.ips = p.ips + loc + vpn
    p.ip_w = np.r_[
        np.full(len(p.ips) - len(loc) - len(vpn), 1.0),
        np.full(len(loc), r.uniform(0.2, 3)),
        np.full(len(vpn), r.uniform(0.5, 3)),
    ]
    p.n = ln(r, 40, 1.0, 3, 1500)
    if r.random() < 0.4:
        p.lang = W.COUNTRIES[where][2]
    return [(acct, p)]


def vpn_user(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    acct, p = consumer(c) if r.random() < 0.8 else developer(c)
    vpn = [c.net.vpn[i] for i in r.choice(len(c.net.vpn), int(r.integers(2, 40)))]
    p.ips = vpn + p.ips[:2]
    p.ip_w = None
    p.n = ln(r, 30, 1.1, 2, 1500)
    return [(acct, p)]


def viral_prompt(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    acct, p = consumer(c)
    p.fixed, p.p_fixed = c.viral, r.uniform(0.2, 0.7)
    d0 = int(r.normal(13, 1.5))
    b = np.full(W.DAYS, 0.5)
    b[max(d0, 0) : d0 + 4] = 5
    p.burst_days = b
    return [(acct, p)]


def family_shared(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    cc = consumer_cc(r)
    home = c.net.home(cc, 0.2)
    card = c.card()
    out = []
    for _ in range(int(r.integers(2, 6))):
        acct, p = consumer(c, cc)
        acct.card = card if r.random() < 0.8 else acct.card
        acct.tier = "pro" if acct.card else acct.tier
        p.ips = home + p.ips[-2:]
        out.append((acct, p))
    return out


def office_team(
    c: Ctx, cc: str, k: int, tier: str, kind: str = "corporate", **kw: object
) -> list[tuple[Acct, Plan]]:
    """Seats of one organisation behind its office egress, with one card and one domain."""
    r = c.rng
    co = c.company(cc, kind)
    created = r.uniform(-300, W.DAYS - 5) * DAY
    out = []
    for _ in range(k):
        acct, p = consumer(c, cc)
        acct.tier, acct.org, acct.card, acct.domain = tier, co["org"], co["card"], co["domain"]
        acct.created = created + r.uniform(0, 2 * 3600)
        acct.channel = "web"
        p.t_from = max(acct.created + 600, 0)
        p.ips = co["ips"] + p.ips[:2]
        p.ip_w = np.r_[np.full(len(co["ips"]), 4.0), np.ones(len(p.ips) - len(co["ips"]))]
        p.hours = hours(r, "office", W.COUNTRIES[cc][1])
        p.days = days("office")
        for key, v in kw.items():
            setattr(p, key, v() if callable(v) else v)
        out.append((acct, p))
    return out


def labelling_vendor(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    cc = str(r.choice(["KE", "PH", "IN", "NG", "CO"]))
    return office_team(
        c,
        cc,
        int(r.integers(10, 40)),
        "enterprise",
        waves=wave_times(r, 70, hours(r, "office", W.COUNTRIES[cc][1]), days("office")),
        p_wave=r.uniform(0.1, 0.5),
        wave_jitter=900.0,
        n=lambda: ln(r, 250, 0.7, 30, 2000),
        cot=r.beta(2, 5),
        cats=cats(r, {"creative": 0.3, "code": 0.3, "math": 0.3, "chat": 0.1}),
        sys=[12, 9],
        p_sys=r.uniform(0, 0.6),
        lang="en",
        follow=0.7,
        turns=r.uniform(1.5, 4),
    )


def translation_agency(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    return office_team(
        c,
        str(r.choice(["DE", "ES", "PL", "TR", "BR", "JP"])),
        int(r.integers(4, 15)),
        "team",
        n=lambda: ln(r, 150, 0.8, 10, 1500),
        lang=str(r.choice(W.LANGS)),
        native=0.8,
        cats=cats(r, {"chat": 0.6, "creative": 0.4}),
        sys=[5],
        p_sys=r.uniform(0, 0.8),
    )


def prompt_eng_team(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    fixed = r.choice(c.bank.cats[str(r.choice(["math", "code", "creative"]))], 8)
    return office_team(
        c,
        str(r.choice(["US", "GB", "DE", "IN", "SG"])),
        int(r.integers(3, 10)),
        "team",
        n=lambda: ln(r, 300, 0.8, 20, 2500),
        fixed=fixed,
        p_fixed=r.uniform(0.3, 0.8),
        cot=r.beta(2, 3),
        sys=list(range(len(W.SYSTEM_PROMPTS))),
        p_sys=0.6,
        surfaces={"web": 0.4, "api": 0.6},
        lag=r.uniform(0.5, 8) * 3600,
    )


def support_desk(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    return office_team(
        c,
        str(r.choice(["PH", "IN", "MX", "PL", "ZA", "EG"])),
        int(r.integers(8, 30)),
        "team",
        n=lambda: ln(r, 200, 0.6, 20, 1500),
        cats={"chat": 0.8, "creative": 0.2},
        sys=[4, 10],
        p_sys=r.uniform(0, 0.5),
        sess=r.uniform(10, 30),
        gap=r.uniform(40, 120),
    )


def team_onboarding(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    return office_team(
        c, consumer_cc(r), int(r.integers(15, 60)), str(r.choice(["team", "enterprise"]))
    )


def school_class(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    cc = consumer_cc(r)
    out = office_team(
        c,
        cc,
        int(r.integers(15, 35)),
        "education",
        kind=str(r.choice(["residential", "corporate", "education"])),
        hours=hours(r, "school", W.COUNTRIES[cc][1]),
        cats=cats(r, {"math": 0.4, "chat": 0.4, "creative": 0.2}),
        fixed=r.choice(c.bank.cats["math"], 5),
        p_fixed=r.uniform(0.1, 0.4),
        cot=r.beta(1, 4),
        n=lambda: ln(r, 25, 0.8, 3, 300),
    )
    bells = c.waves(f"school{len(c._waves)}", 60, "school", W.COUNTRIES[cc][1])
    for a, p in out:
        a.channel = "education_program"
        p.waves, p.p_wave, p.wave_jitter = bells, r.uniform(0.3, 0.8), 600.0
    return out


def hackathon(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    cc = str(r.choice(["US", "IN", "DE", "GB", "SG", "BR"]))
    d0 = int(r.choice([5, 12, 19, 26]))
    venue = c.net.site(str(r.choice(["education", "corporate"])), cc, 2)
    out = []
    for _ in range(int(r.integers(20, 60))):
        acct, p = developer(c, cc, surface=str(r.choice(["api", "cli"])))
        acct.created = (d0 + r.uniform(-1, 0.5)) * DAY
        acct.tier = str(r.choice(["api", "free", "pro"]))
        p.t_from, p.t_to = max(acct.created + 600, d0 * DAY), (d0 + 2.2) * DAY
        p.ips = venue + c.net.mobile(cc, 2)
        p.hours = hours(r, "flat", 0)
        p.n = ln(r, 150, 0.8, 10, 1200)
        p.cats = cats(r, {"code": 0.6, "tool": 0.2, "chat": 0.2})
        p.lag = 1e9
        p.tools, p.p_tools = (2, 25), r.uniform(0, 0.6)
        out.append((acct, p))
    return out


def trial_burst(c: Ctx) -> list[tuple[Acct, Plan]]:
    """New sign-ups with a deadline: a few days of heavy use (cramming, a freelance job), then gone."""
    r = c.rng
    acct, p = (
        consumer(c) if r.random() < 0.7 else developer(c, surface=str(r.choice(["api", "cli"])))
    )
    d0 = r.uniform(0, W.DAYS - 2)
    acct.created = (d0 - r.uniform(0, 3)) * DAY
    acct.tier = str(r.choice(["pro", "max", "free", "api"], p=[0.5, 0.15, 0.2, 0.15]))
    acct.card = c.card() if acct.tier != "free" else None
    p.t_from, p.t_to = d0 * DAY, (d0 + r.uniform(1, 4.5)) * DAY
    p.n = ln(r, 110, 0.8, 15, 900)
    p.sess, p.gap = r.uniform(6, 35), r.uniform(15, 80)
    p.cats = cats(r, {"code": 0.35, "math": 0.3, "creative": 0.2, "chat": 0.15})
    p.cot = r.beta(1, 4)
    p.err429 = r.uniform(0, 0.08)
    p.hours = hours(
        r, str(r.choice(["student", "flat", "evening"])), W.COUNTRIES[acct.dcc or "US"][1]
    )
    if r.random() < 0.3:
        p.ips += [c.net.vpn[i] for i in r.choice(len(c.net.vpn), int(r.integers(1, 4)))]
    return [(acct, p)]


def researcher(c: Ctx) -> list[tuple[Acct, Plan]]:
    r = c.rng
    dom, cc, nat = c.unis[int(r.integers(len(c.unis)))]
    acct, p = developer(c, cc)
    acct.channel = "research_program"
    acct.domain = dom
    p.ips = nat + p.ips
    p.cats = cats(r, {"math": 0.6, "code": 0.2, "creative": 0.2})
    p.cot = r.beta(4, 2)
    p.n = ln(r, 350, 0.9, 40, 3000)
    p.lag = r.uniform(0.5, 24) * 3600
    p.fam = {"flag": 0.4, "reason": 0.5, "mini": 0.1}
    p.sys, p.p_sys = [8, 13, 0], r.uniform(0.2, 1)
    p.turns, p.gap = r.uniform(1, 1.5), r.uniform(1, 10)
    return [(acct, p)]


LEGIT: dict[str, tuple[Callable[[Ctx], list], int]] = {
    "reseller_customer": (reseller_customer, 850),
    "campus_nat": (campus, 900),
    "course_assignment": (course_assignment, 170),
    "eval_runner": (eval_runner, 80),
    "batch_job": (batch_job, 30),
    "ci_agent": (ci_agent, 180),
    "api_app": (api_app, 260),
    "heavy_user": (heavy_user, 340),
    "home_automation": (home_automation, 220),
    "restricted_traveller": (restricted_traveller, 260),
    "vpn_user": (vpn_user, 320),
    "viral_prompt": (viral_prompt, 380),
    "family_shared": (family_shared, 240),
    "labelling_vendor": (labelling_vendor, 150),
    "translation_agency": (translation_agency, 90),
    "researcher": (researcher, 70),
    "prompt_eng_team": (prompt_eng_team, 90),
    "support_desk": (support_desk, 140),
    "team_onboarding": (team_onboarding, 220),
    "school_class": (school_class, 200),
    "hackathon": (hackathon, 140),
    "trial_burst": (trial_burst, 250),
}
BENIGN_N = 7700
