"""Eight distillation campaigns by four operators, each with its own way of staying unseen.

ironbridge (a large lab, resold access and proxies, fast pivots): hydra_relay, cot_consumer,
agent_traces. kestrel (patient, aged accounts, human pace): aged_sleepers, eval_mimic.
tundra (volume, burner accounts, short lives): burner_farm, phone_farm.
marlin (a front company with team seats): team_seats.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import world as W
from classes import DAY, Acct, Ctx, cats, consumer, developer, email, ln, office_team, ua
from emit import Plan, days, hours

Made = list[tuple[Acct, Plan]]


def _release_burst(strength: float) -> np.ndarray:
    b = np.ones(W.DAYS)
    for t in W.RELEASE_OFFSETS:
        d = int(t // DAY)
        b[d : d + 2] += strength
    return b


def _queue(
    c: Ctx,
    p: Plan,
    key: str,
    k: int,
    profile: str,
    tz: float,
    p_wave: float,
    jitter: float,
    want: dict[str, int],
    p_task: float,
) -> None:
    """Drive an account from its operator's scheduler and work list (shared by the campaign)."""
    p.waves, p.p_wave, p.wave_jitter = c.waves(key, k, profile, tz), p_wave, jitter
    p.fixed, p.p_fixed = c.tasks(key + "/tasks", want), p_task


def hydra_relay(c: Ctx) -> Made:
    """Accounts bought through the reseller, traffic through its relay and residential proxies."""
    r = c.rng
    cc = str(r.choice(["SG", "JP", "US", "KR", "TW", "MY", "TH", "AE", "VN"]))
    acct, p = developer(c, cc)
    acct.channel = "partner_reseller"
    acct.card = (
        c.reseller_cards[int(r.integers(len(c.reseller_cards)))] if r.random() < 0.75 else c.card()
    )
    acct.org = c.reseller_org if r.random() < 0.35 else (c.org() if r.random() < 0.4 else None)
    acct.created = -r.uniform(2, 150) * DAY
    acct.domain = "apihub.co" if r.random() < 0.45 else email(r, cc)
    eg, rp = c.net.reseller_egress, c.net.resproxy
    p.ips = [eg[i] for i in r.choice(len(eg), int(r.integers(3, 20)))]
    p.ips += [rp[i] for i in r.choice(len(rp), int(r.integers(5, 80)))]
    if r.random() < 0.06:
        p.ips += c.net.home("CN")[:1]  # an operator's slip: one session straight from home
    p.ip_w = np.ones(len(p.ips))
    p.uas["api"] = [W.UA_RELAY] + list(ua(c, "api", int(r.integers(0, 2))))
    p.n = ln(r, 55, 1.1, 3, 1500)
    p.hours = hours(
        r, str(r.choice(["office", "human", "flat"])), float(r.choice([8, 8, 9, 0, -5]))
    )
    p.cats = cats(r, {"code": 0.35, "math": 0.3, "creative": 0.15, "chat": 0.2})
    p.cot = r.beta(2, 3)
    p.lag = r.uniform(0.3, 10) * 3600
    p.fam = {"flag": 0.6, "reason": 0.3, "mini": 0.1}
    p.burst_days = _release_burst(r.uniform(0.5, 4))
    p.sys, p.p_sys = list(r.choice(len(W.SYSTEM_PROMPTS), int(r.integers(1, 4)))), r.uniform(0.2, 1)
    p.turns, p.follow = r.uniform(1, 2.5), r.uniform(0.3, 0.9)
    _queue(
        c,
        p,
        "ironbridge",
        500,
        "flat",
        8,
        r.uniform(0.3, 0.8),
        300,
        {"math": 900, "code": 500, "creative": 150},
        r.uniform(0.3, 0.8),
    )
    return [(acct, p)]


def cot_consumer(c: Ctx) -> Made:
    """Consumer-looking subscriptions asking for worked reasoning, from home proxies."""
    r = c.rng
    cc = str(r.choice(["US", "GB", "CA", "AU", "SG", "DE", "JP"]))
    acct, p = consumer(c, cc)
    acct.tier = str(r.choice(["pro", "max"], p=[0.7, 0.3]))
    acct.card = c.card()
    acct.created = r.uniform(-60, 15) * DAY
    rp = [x for x in c.net.resproxy if x[1] == cc] or c.net.resproxy
    p.ips = [rp[i] for i in r.choice(len(rp), int(r.integers(2, 25)))]
    p.ip_w = None
    p.t_from = max(acct.created + r.uniform(1, 5) * DAY, 0)
    p.n = ln(r, 40, 0.9, 4, 600)
    p.cats = cats(r, {"math": 0.45, "code": 0.3, "creative": 0.15, "chat": 0.1})
    p.cot = r.beta(3, 3)
    p.follow = r.uniform(0.4, 0.9)
    p.turns = r.uniform(1.5, 5)
    p.fam = {"flag": 0.6, "reason": 0.4}
    p.lag = r.uniform(1, 12) * 3600
    p.lang = "en"
    return [(acct, p)]


def agent_traces(c: Ctx) -> Made:
    """Shell start-ups harvesting tool-use trajectories over the API from several clouds."""
    r = c.rng
    dom, org, card = c.shells[int(r.integers(len(c.shells)))]
    acct, p = developer(c, str(r.choice(["US", "SG", "GB", "DE"])))
    acct.channel = str(r.choice(["api_console", "startup_program"]))
    acct.domain, acct.org = dom, org if r.random() < 0.7 else None
    acct.card = card if r.random() < 0.6 else c.card()
    acct.created = -r.uniform(20, 200) * DAY
    p.ips = []
    for _ in range(int(r.integers(1, 4))):
        p.ips += c.net.site(
            "datacenter", str(r.choice(["US", "DE", "SG", "JP", "NL", "GB"])), int(r.integers(1, 4))
        )
    p.sys, p.p_sys = [6, 7, 2, 0], r.uniform(0.6, 1)
    p.tools, p.p_tools = (3, 30), r.uniform(0.5, 0.95)
    p.cats = cats(r, {"tool": 0.55, "code": 0.35, "chat": 0.1})
    p.turns, p.follow, p.gap, p.sess = r.uniform(3, 14), 0.4, r.uniform(2, 25), r.uniform(8, 50)
    p.n = ln(r, 200, 1.0, 20, 2500)
    p.hours = hours(r, str(r.choice(["flat", "office"])), float(r.uniform(-6, 9)), 2)
    p.days = days("flat")
    p.lag = r.uniform(1, 30) * 3600
    p.uas["cli"] = list(ua(c, "cli", 2))
    p.surfaces = {"api": 0.7, "cli": 0.3 * r.random()}
    _queue(
        c,
        p,
        "ironbridge-agents",
        300,
        "flat",
        8,
        r.uniform(0.3, 0.7),
        120,
        {"tool": 900, "code": 300},
        r.uniform(0.4, 0.9),
    )
    return [(acct, p)]


def aged_sleepers(c: Ctx) -> Made:
    """Old ordinary-looking accounts that keep their cover traffic and harvest a little a day."""
    r = c.rng
    cc = str(r.choice(["KR", "JP", "DE", "US", "BR", "TW", "SG", "FR", "GB", "IN"]))
    acct, p = consumer(c, cc)
    acct.created = -r.uniform(200, 800) * DAY
    acct.tier = str(r.choice(["free", "pro"], p=[0.4, 0.6]))
    acct.card = c.card() if acct.tier == "pro" else None
    rp = [x for x in c.net.resproxy if x[1] == cc] or c.net.resproxy
    p.ips = [rp[i] for i in r.choice(len(rp), int(r.integers(1, 4)))] + c.net.mobile(cc, 2)
    p.n = ln(r, 45, 0.8, 6, 600)
    p.cats = cats(r, {"chat": 0.35, "creative": 0.3, "code": 0.2, "math": 0.15})
    p.cot = r.beta(1.5, 4)
    p.native = r.uniform(0.2, 0.6)
    return [(acct, p)]


def eval_mimic(c: Ctx) -> Made:
    """Dressed as benchmark runners: research-program keys, bursts after releases, benchmark text."""
    r = c.rng
    acct, p = developer(c, str(r.choice(["US", "SG", "GB", "CA", "DE"])))
    acct.channel = str(r.choice(["research_program", "startup_program", "api_console"]))
    acct.created = -r.uniform(5, 90) * DAY
    acct.org = c.org() if r.random() < 0.5 else None
    p.n = ln(r, 200, 0.9, 20, 2000)
    p.burst_days = _release_burst(r.uniform(2, 8)) * 0.5
    p.hours = hours(r, "flat", 0, 2)
    p.lag = r.uniform(0.2, 5) * 3600
    p.fam = {"flag": 0.5, "reason": 0.4, "mini": 0.1}
    p.cats = cats(r, {"math": 0.35, "code": 0.3, "creative": 0.25, "tool": 0.1})
    p.sys, p.p_sys = (
        list(r.choice([8, 9, 0, 13], int(r.integers(1, 4)), replace=False)),
        r.uniform(0.3, 1),
    )
    p.cot = r.beta(2, 2)
    p.turns, p.follow, p.gap, p.sess = r.uniform(1, 1.6), 0.8, r.uniform(1, 20), r.uniform(10, 120)
    _queue(
        c,
        p,
        "kestrel-eval",
        200,
        "office",
        1,
        r.uniform(0.2, 0.6),
        600,
        {"math": 600, "code": 300, "creative": 200},
        r.uniform(0.3, 0.8),
    )
    return [(acct, p)]


def burner_farm(c: Ctx) -> Made:
    """Fresh accounts behind VPN exits, a day or three of heavy use each, then abandoned."""
    r = c.rng
    cc = str(r.choice(["US", "GB", "SG", "DE", "CA", "JP", "NL"]))
    acct, p = consumer(c, cc) if r.random() < 0.6 else developer(c, cc, surface="cli")
    d0 = r.uniform(0, W.DAYS - 3)
    acct.created = (d0 - r.uniform(0, 2)) * DAY
    acct.tier = str(r.choice(["free", "pro", "api"], p=[0.4, 0.4, 0.2]))
    acct.card = (
        c.burner_cards[int(r.integers(len(c.burner_cards)))] if acct.tier != "free" else None
    )
    acct.domain = str(
        r.choice(["gmail.com", "outlook.com", "proton.me", "tutamail.com", "gmail.com"])
    )
    p.t_from, p.t_to = d0 * DAY, (d0 + r.uniform(1, 3.5)) * DAY
    p.ips = [c.net.vpn[i] for i in r.choice(len(c.net.vpn), int(r.integers(1, 5)))]
    p.ip_w = None
    p.n = ln(r, 150, 0.8, 15, 900)
    p.hours = hours(r, "flat", 0, 3)
    p.days = days("flat")
    p.surfaces = {"web": r.random(), "cli": r.random(), "api": 0.3 * r.random()}
    p.cats = cats(r, {"code": 0.5, "math": 0.3, "chat": 0.2})
    p.cot = r.beta(2, 3)
    p.fam = {"reason": r.uniform(0.2, 0.8), "flag": 0.5}
    p.sess, p.gap = r.uniform(8, 40), r.uniform(15, 60)
    p.err429 = r.uniform(0.01, 0.12)
    _queue(
        c,
        p,
        "tundra",
        400,
        "flat",
        3,
        r.uniform(0.3, 0.8),
        600,
        {"code": 500, "math": 600},
        r.uniform(0.3, 0.8),
    )
    return [(acct, p)]


def phone_farm(c: Ctx) -> Made:
    """Android app sessions from carrier networks, student sign-ups, many languages."""
    r = c.rng
    cc = str(r.choice(["ID", "VN", "PH", "BR", "NG", "PK", "EG", "MX", "TR", "IN"]))
    acct, p = consumer(c, cc)
    dom, _, _ = c.unis[int(r.integers(len(c.unis)))]
    edu = r.random() < 0.5
    acct.tier = "education" if edu else "free"
    acct.channel = "education_program" if edu else "web"
    acct.domain = dom if edu else acct.domain
    acct.created = r.uniform(-40, 10) * DAY
    p.t_from = max(acct.created + r.uniform(0.1, 2) * DAY, 0)
    p.surfaces = {"app": 1.0}
    p.uas = {"app": list(np.asarray(W.UA_BY_SURFACE["app"])[9:][r.choice(9, 2)])}
    p.ips = c.net.mobile(cc, int(r.integers(4, 20)))
    p.n = ln(r, 35, 0.9, 4, 600)
    p.lang = str(r.choice(["es", "pt", "id", "vi", "ar", "tr", "en", "ko", "ja", "zh"]))
    p.native = r.uniform(0, 0.3)
    p.cats = cats(r, {"creative": 0.35, "chat": 0.35, "math": 0.15, "code": 0.15})
    p.hours = hours(r, "human", W.COUNTRIES[cc][1])
    p.cot = r.beta(1.5, 4)
    _queue(
        c,
        p,
        "tundra-phone",
        250,
        "human",
        7,
        r.uniform(0.2, 0.5),
        900,
        {"creative": 200, "chat": 150},
        r.uniform(0.2, 0.6),
    )
    return [(acct, p)]


def team_seats(c: Ctx) -> Made:
    """A front company's team plan: seats behind one office, office hours, broad coverage."""
    r = c.rng
    out = office_team(
        c,
        str(r.choice(["SG", "AE", "US", "MY"])),
        int(r.integers(12, 30)),
        "team",
        n=lambda: ln(r, 80, 0.8, 8, 1200),
        cot=r.beta(2, 4),
        lang="en",
        cats=cats(r, {"code": 0.3, "math": 0.3, "creative": 0.25, "chat": 0.15}),
        lag=r.uniform(1, 12) * 3600,
        follow=0.6,
    )
    tz = float(r.choice([8, 8, 3]))
    key = f"marlin{len(c._waves)}"
    for _, p in out:
        p.hours = hours(r, "office", tz)
        _queue(
            c,
            p,
            key,
            120,
            "office",
            tz,
            r.uniform(0.1, 0.4),
            900,
            {"code": 300, "math": 300, "creative": 100},
            r.uniform(0.2, 0.6),
        )
    return out


CAMPAIGNS: dict[str, tuple[str, Callable[[Ctx], Made], int]] = {
    "hydra_relay": ("ironbridge", hydra_relay, 480),
    "cot_consumer": ("ironbridge", cot_consumer, 220),
    "agent_traces": ("ironbridge", agent_traces, 130),
    "aged_sleepers": ("kestrel", aged_sleepers, 260),
    "eval_mimic": ("kestrel", eval_mimic, 140),
    "burner_farm": ("tundra", burner_farm, 300),
    "phone_farm": ("tundra", phone_farm, 160),
    "team_seats": ("marlin", team_seats, 70),
}
