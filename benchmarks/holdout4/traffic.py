"""Hold-out 4: an independent labelled traffic set for judging the distillation detector.

Writes, into --out, the tables of the traffic-logs contract (exchanges/ as Parquet parts,
accounts.parquet, ip_ranges.parquet, model_releases.parquet) and labels.parquet (account_id,
label = benign | hn:<class> | attack:<campaign>, plus family). Deterministic for a --seed.

    python benchmarks/holdout4/traffic.py --seed 1 --out /tmp/h4 [--scale 1.0]

See README.md next to this file for the world it draws.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent))

import text as T  # noqa: E402
from world import COUNTRIES, RESTRICTED, World, app_uas, browser_uas, cli_uas, sdk_uas  # noqa: E402

START = datetime(2026, 1, 5, tzinfo=UTC)  # a Monday
DAYS = 28
SPAN = DAYS * 86400
RELEASE_S = 14 * 86400 + 10 * 3600  # nimbus-4 and nimbus-4-mini, day 14 at 10:00 UTC
RELEASES = [
    ("nimbus-3", datetime(2025, 6, 10, 16, tzinfo=UTC)),
    ("nimbus-3.5", datetime(2025, 10, 14, 17, tzinfo=UTC)),
    ("nimbus-3.5-mini", datetime(2025, 11, 3, 17, tzinfo=UTC)),
    ("nimbus-4", START + timedelta(seconds=RELEASE_S)),
    ("nimbus-4-mini", START + timedelta(seconds=RELEASE_S)),
]
EXAM_DAYS = range(17, 25)

# local-time hour shapes
H_HUMAN = np.array(
    [
        1,
        0.6,
        0.4,
        0.3,
        0.3,
        0.4,
        0.8,
        1.5,
        2.5,
        3.5,
        4,
        4,
        3.5,
        3.5,
        4,
        4,
        3.8,
        3.5,
        3.5,
        3.8,
        4,
        3.8,
        3,
        2,
    ]
)
H_WORK = np.array(
    [
        0.2,
        0.1,
        0.1,
        0.1,
        0.1,
        0.2,
        0.5,
        1.5,
        4,
        5,
        5,
        5,
        3.5,
        4.5,
        5,
        5,
        4.5,
        3,
        1.5,
        1,
        0.8,
        0.6,
        0.4,
        0.3,
    ]
)
H_STUDENT = np.array(
    [
        2.5,
        1.8,
        1,
        0.5,
        0.3,
        0.2,
        0.3,
        0.6,
        1.5,
        2.5,
        3,
        3,
        3,
        3.2,
        3.5,
        3.5,
        3.5,
        3.5,
        3.8,
        4,
        4.5,
        4.5,
        4,
        3.5,
    ]
)
H_FLAT = np.ones(24)
H_NIGHT = np.array([5, 5, 5, 5, 5, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4])


def hours(shape: np.ndarray, tz: int, flatten: float = 0.0) -> np.ndarray:
    w = shape / shape.sum() * (1 - flatten) + flatten / 24
    utc = np.array([w[(h + tz) % 24] for h in range(24)])
    return utc / utc.sum()


def days(
    kind: str, nrng: np.random.Generator, active: int, first: int = 0, last: int = DAYS
) -> np.ndarray:
    base = np.ones(DAYS)
    wd = np.arange(DAYS) % 7
    if kind == "work":
        base = np.where(wd < 5, 1.0, 0.08)
    elif kind == "home":
        base = np.where(wd < 5, 0.9, 1.2)
    base[:first] = 0
    base[last:] = 0
    idx = np.flatnonzero(base)
    if len(idx) == 0:
        idx = np.array([min(first, DAYS - 1)])
        base[idx] = 1
    keep = nrng.choice(
        idx, size=min(active, len(idx)), replace=False, p=base[idx] / base[idx].sum()
    )
    out = np.zeros(DAYS)
    out[keep] = base[keep] * nrng.uniform(0.5, 1.5, len(keep))
    return out / out.sum()


@dataclass
class Acct:
    account_id: str
    label: str
    created: float  # seconds from START (negative: before the window)
    tier: str
    channel: str
    payment: str | None
    email: str | None
    declared: str | None
    org: str | None
    n: int
    day_w: np.ndarray
    hour_w: np.ndarray
    gen: Callable[[random.Random, float], T.Prompt]
    ips: list[tuple[str, str]]
    ip_w: list[float] | None = None
    surfaces: tuple[tuple[str, float], ...] = (("web", 1.0),)
    uas: dict[str, list[str]] = field(default_factory=dict)
    ua_rotate: bool = False
    turns: float = 1.5
    gap: tuple[float, float] = (20, 300)
    model: str = "consumer"
    err: float = 0.005
    r429: float = 0.0
    keep_resp: float = 0.85
    img: float = 0.0
    incognito: float = 0.0
    stateless: bool = False
    waves: np.ndarray | None = None
    wave_jitter: float = 120
    period: float | None = None
    keys: int = 1
    ip_sticky: float = 0.0  # chance a session reuses the previous session's address


def hexid(rng: random.Random, k: int = 12) -> str:
    return f"{rng.getrandbits(4 * k):0{k}x}"


def lognorm(
    nrng: np.random.Generator, median: float, sigma: float, lo: int = 1, hi: int = 100000
) -> int:
    return int(np.clip(round(median * np.exp(nrng.normal(0, sigma))), lo, hi))


def pick_country(rng: random.Random) -> str:
    ccs = [c for c, v in COUNTRIES.items() if v[0] > 0]
    return rng.choices(ccs, weights=[COUNTRIES[c][0] for c in ccs])[0]


PERSONAL_DOMAINS = (
    ["gmail.com"] * 10
    + ["outlook.com"] * 3
    + [
        "yahoo.com",
        "icloud.com",
        "hotmail.com",
        "proton.me",
        "gmx.de",
        "web.de",
        "naver.com",
        "qq.com",
        "mail.ru",
        "yandex.com",
        "163.com",
        "orange.fr",
        "libero.it",
    ]
)


class Builder:
    def __init__(self, seed: int, scale: float, corpora: Path) -> None:
        self.rng = random.Random(seed)
        self.nrng = np.random.default_rng(seed)
        self.scale = scale
        self.world = World(random.Random(seed * 7919 + 1))
        self.g = T.Gen(T.Corpora(corpora))
        self.accts: list[Acct] = []

    # --- shared helpers ------------------------------------------------------------------
    def count(self, k: int) -> int:
        return max(2, round(k * self.scale))

    def aid(self) -> str:
        return "acct_" + hexid(self.rng)

    def card(self) -> str:
        return "pf_" + hexid(self.rng, 16)

    def consumer_ips(
        self, cc: str, mobile_share: float
    ) -> tuple[list[tuple[str, str]], list[float]]:
        w, r = self.world, self.rng
        if r.random() < 0.15:  # a household whose address is also a residential-proxy exit
            exits = [e for e in w.resi_exits if e[1] == cc]
            home = r.choice(exits) if exits else (w.home(cc), cc)
        else:
            home = (w.home(cc), cc)
        ips, wts = [home], [1 - mobile_share]
        if r.random() < 0.3:
            ips.append((w.home(cc), cc))  # the address changed, or a second home
            wts.append(0.2)
        if mobile_share > 0:
            k = r.randint(1, 6)
            for _ in range(k):
                ips.append((w.mobile(cc), cc))
                wts.append(mobile_share / k * 2)
        if r.random() < 0.04:  # privacy VPN
            v = r.choice(w.vpn)
            ips.append((v.addr(r), v.country))
            wts.append(0.3)
        return ips, wts

    def created_before(self, lo_days: float, hi_days: float) -> float:
        return -self.rng.uniform(lo_days, hi_days) * 86400

    def aged(self, p: float, lo_days: float, hi_days: float) -> float:
        """Sign-up time of a campaign account: with chance p an aged account bought on the market."""
        if self.rng.random() < p:
            return self.created_before(100, 800)
        return self.created_before(lo_days, hi_days)

    def add(self, a: Acct) -> None:
        self.accts.append(a)

    # --- legitimate classes ----------------------------------------------------------------
    def consumer(
        self, label: str, n_med: float, sigma: float, mobile_only: bool = False, **kw
    ) -> Acct:
        r, nr = self.rng, self.nrng
        cc = kw.pop("cc", None) or pick_country(r)
        _, tz, lang = COUNTRIES[cc]
        n = lognorm(nr, n_med, sigma, 1, 600)
        new = r.random() < 0.22  # a growing service: many accounts are weeks old
        created = r.uniform(-60, 20) * 86400 if new else self.created_before(5, 900)
        first = max(0, int(created // 86400) + 1)
        ips, wts = self.consumer_ips(cc, r.choice([0, 0.2, 0.4]))
        if mobile_only:  # phone only: the carrier's NAT addresses, now and then home wifi
            ips = [(self.world.mobile(cc), cc) for _ in range(r.randint(1, 8))] + ips[:1]
            wts = [1.0] * (len(ips) - 1) + [0.15]
        local_p = 0.0 if lang == "en" else r.choice([0.3, 0.6, 0.8])
        g = self.g

        def gen(rr: random.Random, t: float) -> T.Prompt:
            return g.local(rr, lang) if rr.random() < local_p else g.everyday(rr)

        app = 0.9 if mobile_only else r.choice([0.1, 0.4, 0.7])
        tier = r.choices(["free", "pro", "max"], [70, 25, 5])[0]
        a = Acct(
            self.aid(),
            label,
            created,
            tier,
            "web",
            self.card() if tier != "free" else None,
            f"{r.choice(PERSONAL_DOMAINS)}",
            cc,
            None,
            n,
            days("home", nr, min(DAYS - first, 1 + nr.poisson(n / 3)), first),
            hours(H_HUMAN, tz),
            gen,
            ips,
            wts,
            surfaces=(("web", 1 - app), ("app", app)),
            uas={"web": browser_uas(r, r.randint(1, 2)), "app": app_uas(r, 1)},
            turns=2.2,
            gap=(15, 400),
            img=0.04,
            incognito=0.05,
            ip_sticky=0.5,
        )
        for k, v in kw.items():
            setattr(a, k, v)
        return a

    def build_legit(self) -> None:
        r, nr, w, g = self.rng, self.nrng, self.world, self.g
        for _ in range(self.count(6000)):
            self.add(self.consumer("benign", 7, 1.0))
        for _ in range(self.count(800)):
            self.add(self.consumer("hn:mobile_cgnat", 9, 0.9, mobile_only=True))

        # heavy individual users: developers, writers, analysts
        for _ in range(self.count(500)):
            cc = pick_country(r)
            tz = COUNTRIES[cc][1]
            a = self.consumer("hn:power_user", 1, 0, cc=cc)
            a.n = lognorm(nr, 230, 0.7, 40, 3000)
            a.tier = r.choice(["pro", "max", "max", "api"])
            a.payment = self.card()
            a.day_w = days(r.choice(["work", "all"]), nr, r.randint(12, DAYS))
            a.hour_w = hours(r.choice([H_WORK, H_HUMAN]), tz, flatten=r.choice([0, 0.1, 0.2]))
            a.gen = lambda rr, t: g.power(rr)
            a.surfaces = (("web", 0.45), ("api", 0.25), ("cli", 0.2), ("app", 0.1))
            a.uas = {
                "web": browser_uas(r, 2),
                "app": app_uas(r, 1),
                "api": sdk_uas(r, r.randint(1, 3)),
                "cli": cli_uas(r, r.randint(1, 2)),
            }
            if r.random() < 0.3:
                net = w.cloud_net(cc)
                a.ips.append((net.addr(r), net.country))  # a dev box in the cloud
                a.ip_w.append(0.25)
            a.model = r.choice(["early", "consumer", "gradual"])
            a.turns, a.gap, a.keys = 3.0, (20, 500), r.randint(1, 3)
            self.add(a)

        # resellers / aggregators: many end customers behind the reseller's egress, one contract
        self.resellers = []
        for i in range(4):
            cc = ["US", "SG", "DE", "HK"][i]
            exits = [
                w.nat(r.choice(["US", "SG", "DE", "JP", "NL"]), "datacenter", 6) for _ in range(3)
            ]
            self.resellers.append(
                {
                    "org": "org_" + hexid(r, 8),
                    "card": self.card(),
                    "exits": exits,
                    "ua": [f"OneHub-Gateway/3.{i}.{k}" for k in range(3)] + sdk_uas(r, 2),
                    "cc": cc,
                }
            )
        for _ in range(self.count(1000)):
            rs = r.choice(self.resellers)
            cc = pick_country(r) if r.random() < 0.85 else r.choice(RESTRICTED)
            tz = COUNTRIES[cc][1]
            ips = [(e.addr(r), e.country) for e in rs["exits"] for _ in range(2)]
            if r.random() < 0.4:
                ips.append(r.choice(w.resi_exits))  # the reseller also buys residential egress
            n = lognorm(nr, 30, 1.2, 1, 4000)
            a = Acct(
                self.aid(),
                "hn:reseller_customer",
                self.created_before(1, 400),
                "api",
                "partner_reseller",
                rs["card"],
                r.choice(PERSONAL_DOMAINS) if r.random() < 0.6 else f"{hexid(r, 6)}.io",
                cc,
                rs["org"],
                n,
                days("all", nr, min(DAYS, 1 + nr.poisson(n / 5))),
                hours(H_HUMAN, tz, 0.2),
                lambda rr, t: g.power(rr) if rr.random() < 0.5 else g.everyday(rr),
                ips,
                surfaces=(("api", 1.0),),
                uas={"api": rs["ua"]},
                ua_rotate=True,
                turns=1.6,
                model="mixed",
                stateless=r.random() < 0.5,
                keep_resp=0.3,
            )
            self.add(a)

        # campuses: NAT addresses shared by a whole university
        self.campuses = []
        for cc in ["US", "US", "GB", "DE", "CA", "SG", "IN", "KR", "AU", "JP"]:
            self.campuses.append(
                {
                    "cc": cc,
                    "net": w.nat(cc, "education", r.randint(4, 10)),
                    "dom": f"{hexid(r, 4)}-univ.edu"
                    if cc == "US"
                    else f"uni-{hexid(r, 4)}.ac.{cc.lower()}",
                }
            )
        for label, k in [("hn:campus", 1000), ("hn:exam_student", 500)]:
            for _ in range(self.count(k)):
                c = r.choice(self.campuses)
                cc, tz = c["cc"], COUNTRIES[c["cc"]][1]
                a = self.consumer(label, 18 if label == "hn:campus" else 40, 0.9, cc=cc)
                a.ips = [(c["net"].addr(r), cc), (c["net"].addr(r), cc)] + a.ips[:2]
                a.ip_w = [0.35, 0.25] + [0.3, 0.1][: len(a.ips) - 2]
                a.tier = r.choice(["education", "education", "free", "pro"])
                a.channel = "education_program" if a.tier == "education" else "web"
                a.payment = None if a.tier in ("free", "education") else self.card()
                a.email = c["dom"]
                a.hour_w = hours(H_STUDENT, tz)
                if label == "hn:exam_student":
                    dw = np.full(DAYS, 0.15)
                    dw[list(EXAM_DAYS)] = 2.0
                    a.day_w = dw / dw.sum()
                    if r.random() < 0.3:
                        a.created = r.uniform(-30, 12) * 86400
                        dw[: max(0, int(a.created // 86400) + 1)] = 0
                        a.day_w = dw / dw.sum()
                    pool = T.COT_CASUAL + T.COT_HARVEST[:2]
                    a.gen = lambda rr, t, pool=pool: (
                        g.math(rr, 0.55, pool)
                        if rr.random() < 0.7
                        else g.coding(rr)
                        if rr.random() < 0.5
                        else g.everyday(rr)
                    )
                else:
                    a.gen = lambda rr, t: (
                        g.math(rr, 0.25)
                        if rr.random() < 0.25
                        else g.coding(rr)
                        if rr.random() < 0.35
                        else g.everyday(rr)
                    )
                self.add(a)

        # corporate employees behind the office egress, one company card
        self.corps = []
        for _ in range(15):
            cc = pick_country(r)
            self.corps.append(
                {
                    "cc": cc,
                    "net": w.nat(cc, "corporate", r.randint(2, 6)),
                    "org": "org_" + hexid(r, 8),
                    "card": self.card(),
                    "dom": f"{hexid(r, 5)}corp.com",
                    "zdr": r.random() < 0.5,
                }
            )
        for _ in range(self.count(900)):
            c = r.choice(self.corps)
            cc, tz = c["cc"], COUNTRIES[c["cc"]][1]
            a = self.consumer("hn:corporate", 35, 0.9, cc=cc)
            a.ips = [(c["net"].addr(r), cc)] + a.ips[:1]
            a.ip_w = [0.85, 0.15]
            a.tier, a.org, a.payment, a.email = (
                r.choice(["team", "enterprise"]),
                c["org"],
                c["card"],
                c["dom"],
            )
            a.day_w = days("work", nr, r.randint(8, 20))
            a.hour_w = hours(H_WORK, tz)
            a.gen = lambda rr, t: g.power(rr) if rr.random() < 0.5 else g.everyday(rr)
            a.surfaces = (("web", 0.75), ("api", 0.15), ("cli", 0.1))
            a.uas |= {"api": sdk_uas(r, 1), "cli": cli_uas(r, 1)}
            a.keep_resp = 0.0 if c["zdr"] else 0.9
            self.add(a)

        # CI fleets: pipelines of one organisation fire together on pushes
        for _ in range(max(2, round(12 * self.scale))):
            cc = r.choice(["US", "DE", "GB", "IN", "CA", "NL"])
            tz, net = COUNTRIES[cc][1], w.cloud_net(cc)
            pushes = np.sort(
                np.array(
                    [
                        d * 86400
                        + (np.argmax(nr.multinomial(1, hours(H_WORK, tz))) * 3600)
                        + nr.uniform(0, 3600)
                        for d in nr.choice(DAYS, 350)
                    ]
                )
            )
            org, card, ua = "org_" + hexid(r, 8), self.card(), sdk_uas(r, 2)
            for _ in range(r.randint(3, 7)):
                a = Acct(
                    self.aid(),
                    "hn:ci_fleet",
                    self.created_before(30, 500),
                    "api",
                    r.choice(["api_console", "startup_program"]),
                    card,
                    f"{hexid(r, 5)}.dev",
                    cc,
                    org,
                    lognorm(nr, 700, 0.6, 100, 6000),
                    np.ones(DAYS) / DAYS,
                    H_FLAT / 24,
                    lambda rr, t: T.ci(rr),
                    [(net.addr(r), cc) for _ in range(r.randint(4, 30))],
                    surfaces=(("api", 0.7), ("cli", 0.3)),
                    uas={"api": ua, "cli": ["nimbus-cli/0.11.2 (linux-x64)"]},
                    ua_rotate=True,
                    turns=1.05,
                    gap=(1, 5),
                    model=r.choice(["pinned", "gradual"]),
                    stateless=True,
                    waves=pushes,
                    wave_jitter=240,
                    keys=r.randint(1, 3),
                    r429=0.01,
                )
                self.add(a)

        # benchmark runners: dense runs, the same public benchmarks as every other runner
        for _ in range(self.count(25)):
            cc = r.choice(["US", "US", "GB", "FR", "DE", "SG", "KR"])
            net = w.cloud_net(cc)
            cot = T.COT_EVAL

            def gen(rr: random.Random, t: float, cot=cot) -> T.Prompt:
                x = rr.random()
                if x < 0.45:
                    return T.Prompt(
                        rr.choice(self.g.c.gsm8k_test) + " " + rr.choice(cot),
                        capability="math",
                        cot=True,
                    )
                if x < 0.65:
                    tt = rr.choice(self.g.c.mtbench)
                    return T.Prompt(tt[0], capability="writing", followups=tt[1:])
                if x < 0.85:
                    return T.Prompt(
                        rr.choice(self.g.c.arena_coding + self.g.c.arena_math), capability="coding"
                    )
                return self.g.tool(rr)

            run_days = list(nr.choice(DAYS, r.randint(3, 6), replace=False)) + [14, 15]
            dw = np.zeros(DAYS)
            dw[run_days] = 1
            a = Acct(
                self.aid(),
                "hn:eval_runner",
                self.created_before(20, 600),
                "api",
                r.choice(["api_console", "research_program"]),
                self.card(),
                f"{hexid(r, 5)}.ai",
                cc,
                "org_" + hexid(r, 8),
                lognorm(nr, 1500, 0.5, 300, 8000),
                dw / dw.sum(),
                H_FLAT / 24,
                gen,
                [(net.addr(r), cc) for _ in range(r.randint(1, 4))],
                surfaces=(("api", 1.0),),
                uas={"api": sdk_uas(r, 1, ["nimbus-python", "OpenAI/Python", "LiteLLM"])},
                turns=1.2,
                gap=(1, 4),
                model="mixed",
                stateless=True,
                r429=0.03,
                keys=2,
            )
            self.add(a)

        # batch / ETL: one system prompt, documents by the thousand, mostly at night
        for _ in range(self.count(20)):
            cc = r.choice(["US", "DE", "GB", "IN", "BR", "JP"])
            net = w.cloud_net(cc)
            a = Acct(
                self.aid(),
                "hn:batch_etl",
                self.created_before(60, 700),
                r.choice(["api", "enterprise"]),
                "api_console",
                self.card(),
                f"{hexid(r, 5)}.com",
                cc,
                "org_" + hexid(r, 8),
                lognorm(nr, 2500, 0.5, 500, 12000),
                days("all", nr, r.randint(10, DAYS)),
                hours(H_NIGHT, COUNTRIES[cc][1]),
                lambda rr, t: T.etl(rr),
                [(net.addr(r), cc) for _ in range(r.randint(1, 6))],
                surfaces=(("api", 1.0),),
                uas={"api": sdk_uas(r, 1)},
                turns=1.0,
                gap=(1, 2),
                model="pinned",
                stateless=True,
                r429=0.04,
                keep_resp=0.1,
            )
            self.add(a)

        # personal automations: digests and home agents, round the clock, one wrapper, new content daily
        for _ in range(self.count(250)):
            cc = pick_country(r)
            home = (w.home(cc), cc) if r.random() < 0.6 else (w.cloud_net(cc).addr(r), cc)
            period = r.choice([1800, 3600, 3600, 7200, 14400, 21600, 43200])
            first = r.randint(0, 20)
            interest, sysp = (
                r.choice(T.INTERESTS),
                (None if r.random() < 0.5 else "You are my personal assistant."),
            )
            tools = r.choice([0, 0, 3, 6])

            def gen(
                rr: random.Random, t: float, interest=interest, sysp=sysp, tools=tools
            ) -> T.Prompt:
                p = T.digest(rr, int(t // 86400), sysp, interest)
                return T.Prompt(p.text, p.system, tools, p.capability)

            a = Acct(
                self.aid(),
                "hn:personal_automation",
                self.created_before(10, 700),
                r.choice(["pro", "api", "max"]),
                r.choice(["web", "api_console"]),
                self.card(),
                r.choice(PERSONAL_DOMAINS),
                cc,
                None,
                int((DAYS - first) * 86400 / period),
                np.ones(DAYS) / DAYS,
                H_FLAT / 24,
                gen,
                [home],
                surfaces=(("api", 1.0),),
                uas={"api": sdk_uas(r, 1, ["python-requests", "python-httpx", "curl"])},
                turns=1.0,
                period=float(period),
                model=r.choice(["pinned", "gradual", "early"]),
                stateless=True,
            )
            a.created = min(a.created, first * 86400 - 3600)
            a.day_w = np.where(np.arange(DAYS) >= first, 1.0, 0.0)
            self.add(a)

        # community bots: one persona, everyone's questions, all day and night
        for _ in range(self.count(80)):
            cc = pick_country(r)
            net = w.cloud_net(cc)
            lang = COUNTRIES[cc][2]
            sysp = T.BOT_SYS.replace("{bot}", r.choice(T.BOT_NAMES)).replace(
                "{community}", r.choice(T.COMMUNITIES)
            )

            def gen(rr: random.Random, t: float, lang=lang, sysp=sysp) -> T.Prompt:
                x = rr.random()
                p = (
                    g.local(rr, lang)
                    if x < 0.3 and lang != "en"
                    else g.coding(rr)
                    if x < 0.45
                    else g.math(rr, 0.2)
                    if x < 0.55
                    else g.everyday(rr)
                )
                return T.Prompt(p.text, sysp, 0, p.capability, p.cot, p.lang)

            a = Acct(
                self.aid(),
                "hn:community_bot",
                self.created_before(10, 500),
                r.choice(["api", "pro"]),
                "api_console",
                self.card(),
                r.choice(PERSONAL_DOMAINS),
                cc,
                None,
                lognorm(nr, 600, 0.7, 80, 5000),
                days("all", nr, r.randint(18, DAYS)),
                hours(H_HUMAN, COUNTRIES[cc][1], 0.5),
                gen,
                [(net.addr(r), cc)],
                surfaces=(("api", 1.0),),
                uas={
                    "api": [
                        f"DiscordBot (discord.py 2.{r.randrange(3, 5)}) Python/3.12 aiohttp/3.10"
                    ]
                    + sdk_uas(r, 1)
                },
                turns=1.3,
                gap=(5, 60),
                model=r.choice(["pinned", "gradual"]),
                stateless=r.random() < 0.5,
            )
            self.add(a)

        # translation pipelines
        for _ in range(self.count(40)):
            cc = pick_country(r)
            net = w.cloud_net(cc)
            a = Acct(
                self.aid(),
                "hn:translation_pipeline",
                self.created_before(30, 600),
                r.choice(["api", "enterprise"]),
                "api_console",
                self.card(),
                f"{hexid(r, 5)}-lingo.com",
                cc,
                "org_" + hexid(r, 8),
                lognorm(nr, 800, 0.6, 100, 6000),
                days("work", nr, r.randint(12, 22)),
                hours(H_WORK, COUNTRIES[cc][1], 0.3),
                lambda rr, t: T.translate(rr, self.g.c),
                [(net.addr(r), cc) for _ in range(r.randint(1, 5))],
                surfaces=(("api", 1.0),),
                uas={"api": sdk_uas(r, 2)},
                turns=1.0,
                gap=(1, 3),
                model=r.choice(["pinned", "gradual"]),
                stateless=True,
            )
            self.add(a)

        # travellers, expatriates and VPN users seen in excluded regions
        for _ in range(self.count(300)):
            home_cc = pick_country(r)
            at = r.choice(RESTRICTED)
            a = self.consumer("hn:traveller_vpn", 22, 0.9, cc=home_cc)
            ips = [(w.home(at), at), (w.mobile(at), at)]
            for _ in range(r.randint(1, 3)):
                v = r.choice(w.vpn)
                ips.append((v.addr(r), v.country))
            a.ips += ips
            a.ip_w += [1.0, 0.6] + [0.8] * (len(ips) - 2)
            a.hour_w = hours(H_HUMAN, COUNTRIES[at][1])
            if r.random() < 0.4:  # an expatriate who writes in the local language
                lang = COUNTRIES[at][2]
                a.gen = lambda rr, t, lang=lang: (
                    g.local(rr, lang) if rr.random() < 0.6 else g.everyday(rr)
                )
            self.add(a)

        # customer-support bots
        for _ in range(self.count(60)):
            cc = pick_country(r)
            net = w.cloud_net(cc)
            sysp = T.SUPPORT_SYS.replace("{bot}", r.choice(T.BOT_NAMES)).replace(
                "{company}", r.choice(T.COMPANIES)
            )
            a = Acct(
                self.aid(),
                "hn:support_bot",
                self.created_before(30, 700),
                r.choice(["api", "enterprise"]),
                "api_console",
                self.card(),
                f"{hexid(r, 5)}.shop",
                cc,
                "org_" + hexid(r, 8),
                lognorm(nr, 700, 0.6, 100, 5000),
                days("all", nr, r.randint(20, DAYS)),
                hours(H_HUMAN, COUNTRIES[cc][1], 0.25),
                lambda rr, t, s=sysp: T.support(rr, s),
                [(net.addr(r), cc) for _ in range(r.randint(2, 8))],
                surfaces=(("api", 1.0),),
                uas={"api": sdk_uas(r, 1)},
                turns=2.5,
                gap=(10, 90),
                model=r.choice(["pinned", "gradual"]),
            )
            self.add(a)

        # academic labs doing legitimate bulk evaluation: coverage, reasoning, other languages, refusals
        for _ in range(max(2, round(6 * self.scale))):
            c = r.choice(self.campuses)
            cc, tz = c["cc"], COUNTRIES[c["cc"]][1]
            cloud = w.cloud_net(cc)
            card, org = self.card(), "org_" + hexid(r, 8)
            runs = np.sort(
                np.array(
                    [
                        d * 86400 + nr.uniform(8, 20) * 3600 - tz * 3600
                        for d in list(nr.choice(DAYS, 30)) + [14, 14, 15, 15, 16]
                    ]
                )
            )

            def gen(rr: random.Random, t: float) -> T.Prompt:
                x = rr.random()
                if x < 0.3:
                    return g.math(rr, 0.8, T.COT_EVAL + T.COT_HARVEST[:3])
                if x < 0.45:
                    return g.coding(rr)
                if x < 0.6:
                    return g.tool(rr)
                if x < 0.75:
                    return T.local_cap(rr, rr.choice(list(T.LOCAL_CAP)))
                if x < 0.85:
                    return T.probe(rr) if rr.random() < 0.7 else T.censor(rr)
                return g.reasoning(rr)

            for _ in range(r.randint(4, 9)):
                a = Acct(
                    self.aid(),
                    "hn:research_eval",
                    self.created_before(5, 300),
                    r.choice(["api", "education"]),
                    "research_program",
                    card,
                    c["dom"],
                    cc,
                    org,
                    lognorm(nr, 700, 0.6, 100, 5000),
                    np.ones(DAYS) / DAYS,
                    H_FLAT / 24,
                    gen,
                    [(c["net"].addr(r), cc), (cloud.addr(r), cc), (cloud.addr(r), cc)],
                    surfaces=(("api", 1.0),),
                    uas={
                        "api": sdk_uas(
                            r, 2, ["nimbus-python", "OpenAI/Python", "LiteLLM", "python-httpx"]
                        )
                    },
                    turns=1.1,
                    gap=(1, 6),
                    model=r.choice(["early", "mixed"]),
                    stateless=True,
                    waves=runs,
                    wave_jitter=5400,
                    r429=0.02,
                )
                self.add(a)

        # coding-agent users: long tool loops from a terminal
        for _ in range(self.count(200)):
            cc = pick_country(r)
            a = self.consumer("hn:agent_developer", 1, 0, cc=cc)
            a.n = lognorm(nr, 250, 0.7, 30, 3000)
            a.tier, a.payment = r.choice(["pro", "max", "api"]), self.card()
            a.channel = r.choice(["web", "api_console", "startup_program"])
            a.day_w = days("work", nr, r.randint(8, 20))
            a.hour_w = hours(H_WORK, COUNTRIES[cc][1], 0.15)
            a.gen = lambda rr, t: (
                T.agent(rr)
                if rr.random() < 0.5
                else (
                    lambda p: T.Prompt(
                        p.text,
                        None,
                        rr.randint(5, 30),
                        "coding",
                        followups=tuple(rr.choice(T.AGENT_FOLLOWUPS) for _ in range(3)),
                    )
                )(g.coding(rr))
            )
            a.surfaces = (("cli", 0.75), ("api", 0.15), ("web", 0.1))
            a.uas = {
                "cli": cli_uas(r, r.randint(1, 3)),
                "api": sdk_uas(r, 1),
                "web": browser_uas(r, 1),
            }
            a.turns, a.gap, a.model, a.keys = (
                6.0,
                (3, 40),
                r.choice(["early", "gradual"]),
                r.randint(1, 3),
            )
            self.add(a)

        # release chasers: try the new model the day it ships
        for _ in range(self.count(200)):
            a = self.consumer("hn:release_chaser", 50, 0.7)
            dw = np.full(DAYS, 0.3)
            dw[14:17] = 4.0
            if r.random() < 0.2:
                a.created = RELEASE_S + r.uniform(0, 20) * 3600
                dw[:14] = 0
            a.day_w = dw / dw.sum()
            a.gen = lambda rr, t: g.reasoning(rr) if rr.random() < 0.3 else g.power(rr)
            a.model = "early"
            a.surfaces = (("web", 0.6), ("app", 0.2), ("api", 0.2))
            a.uas["api"] = sdk_uas(r, 1)
            self.add(a)

    # --- campaigns ------------------------------------------------------------------------
    def bank(
        self, size: int, mix: dict[str, float], cot_p: float, cot_pool: list[str]
    ) -> list[T.Prompt]:
        """A campaign's work list: capability-targeted tasks handed out to its accounts."""
        r, g = self.rng, self.g
        kinds, wts = list(mix), list(mix.values())
        out = []
        for _ in range(size):
            k = r.choices(kinds, wts)[0]
            p = {
                "coding": g.coding,
                "math": lambda rr: g.math(rr, 0.0),
                "reasoning": g.reasoning,
                "tools": g.tool,
                "agent": T.agent,
                "cover": g.everyday,
                "censor": T.censor,
                "local": lambda rr: T.local_cap(rr, rr.choice(list(T.LOCAL_CAP))),
            }[k](r)
            if k not in ("cover", "tools", "agent") and not p.cot and r.random() < cot_p:
                p = T.Prompt(
                    p.text + " " + r.choice(cot_pool),
                    p.system,
                    p.tools,
                    p.capability,
                    True,
                    p.lang,
                    p.followups,
                )
            out.append(p)
        return out

    def campaign_gen(
        self, bank: list[T.Prompt], strength: float, systems: list[str | None]
    ) -> Callable:
        def gen(rr: random.Random, t: float) -> T.Prompt:
            p = rr.choice(bank)
            sysp = p.system if p.system else rr.choice(systems)
            return T.Prompt(
                T.paraphrase(p.text, rr, strength),
                sysp,
                p.tools,
                p.capability,
                p.cot,
                p.lang,
                p.followups,
            )

        return gen

    def exits(
        self, nets: list, k_net: int, k_resi: int, cc: str | None = None
    ) -> list[tuple[str, str]]:
        """Egress for one campaign account: cloud/VPN addresses and residential-proxy exits, kept
        to one or two countries as an operator pinning its proxy geography would."""
        r, w = self.rng, self.world
        out = []
        if k_net:
            home = r.choice(nets).country
            same = [n for n in nets if n.country == home] or nets
            for _ in range(k_net):
                n = r.choice(same) if r.random() < 0.8 else r.choice(nets)
                out.append((n.addr(r), n.country))
        if k_resi:
            cc = cc or (out[0][1] if out else r.choice(["US", "US", "GB", "DE", "CA", "JP", "SG"]))
            pool = [e for e in w.resi_exits if e[1] == cc] or w.resi_exits
            out += r.sample(pool, k_resi)
        return out

    def leak(self, ips: list[tuple[str, str]], wts: list[float], share: float) -> None:
        cc = self.rng.choice(["CN", "HK", "CN", "RU"])
        ips.append((self.world.home(cc) if self.rng.random() < 0.5 else self.world.mobile(cc), cc))
        wts.append(share * sum(wts))

    def build_attacks(self) -> None:
        r, nr, w = self.rng, self.nrng, self.world
        claim = ["US", "US", "US", "GB", "DE", "CA", "AU", "SG", "JP", "NL", "FR"]

        # A: accounts that pass for heavy users
        bank = self.bank(
            4000,
            {"coding": 35, "math": 25, "reasoning": 20, "tools": 8, "cover": 12},
            0.3,
            T.COT_HARVEST + T.COT_CASUAL,
        )
        gen = self.campaign_gen(bank, 0.3, [None, None, None, T.COT_SYSTEM[0]])
        cards = [self.card() for _ in range(45)]
        for _ in range(self.count(150)):
            cc = r.choice(claim)
            tz = COUNTRIES[cc][1]
            exits = [e for e in w.resi_exits if e[1] == cc] or w.resi_exits
            ips = r.sample(exits, r.randint(1, 4))
            wts = [1.0] * len(ips)
            if r.random() < 0.5:
                self.leak(ips, wts, 0.01)
            aged = r.random() < 0.6
            tier = r.choice(["pro", "max", "max"])
            a = Acct(
                self.aid(),
                "attack:mimic_heavy",
                self.created_before(100, 700) if aged else self.created_before(10, 90),
                tier,
                "web",
                r.choice(cards),
                r.choice(PERSONAL_DOMAINS),
                cc,
                None,
                lognorm(nr, 240, 0.6, 40, 2000),
                days(r.choice(["work", "all"]), nr, r.randint(12, DAYS)),
                hours(r.choice([H_WORK, H_HUMAN]), tz, 0.15),
                gen,
                ips,
                wts,
                surfaces=(("web", 0.5), ("api", 0.35), ("cli", 0.1), ("app", 0.05)),
                uas={
                    "web": browser_uas(r, 2),
                    "api": sdk_uas(r, 2),
                    "cli": cli_uas(r, 1),
                    "app": app_uas(r, 1),
                },
                turns=2.0,
                gap=(25, 400),
                model=r.choice(["early", "early", "consumer", "gradual"]),
                keys=r.randint(1, 2),
                ip_sticky=0.6,
            )
            self.add(a)

        # B: every request passed through a rewriter
        bank = self.bank(
            600, {"coding": 30, "math": 30, "reasoning": 30, "cover": 10}, 0.45, T.COT_HARVEST
        )
        systems = [T.paraphrase(s, r, 0.9, frame=False) for s in T.COT_SYSTEM for _ in range(3)] + [
            None
        ] * 4
        gen = self.campaign_gen(bank, 0.85, systems)
        cards = [self.card() for _ in range(25)]
        doms = [f"{hexid(r, 6)}.net" for _ in range(5)]
        nets = [w.cloud_net() for _ in range(6)] + r.sample(w.vpn, 4)
        for _ in range(self.count(200)):
            ips = self.exits(nets, r.randint(1, 3), r.randint(0, 2))
            a = Acct(
                self.aid(),
                "attack:paraphrase",
                self.aged(0.35, 5, 60),
                r.choice(["api", "api", "pro"]),
                r.choice(["api_console", "api_console", "startup_program"]),
                r.choice(cards),
                r.choice(doms) if r.random() < 0.4 else r.choice(PERSONAL_DOMAINS),
                r.choice(claim),
                None,
                lognorm(nr, 170, 0.7, 20, 2000),
                days("all", nr, r.randint(6, 24)),
                hours(H_WORK, 8, 0.35),
                gen,
                ips,
                surfaces=(("api", 0.9), ("web", 0.1)),
                uas={"api": sdk_uas(r, r.randint(1, 3)), "web": browser_uas(r, 1)},
                turns=1.2,
                gap=(4, 60),
                model=r.choice(["gradual", "early", "mixed"]),
                stateless=r.random() < 0.6,
            )
            self.add(a)

        # C: a swarm of fresh accounts, a few requests each, created in batches
        bank = self.bank(
            2500,
            {"math": 40, "reasoning": 25, "coding": 25, "cover": 10},
            0.4,
            T.COT_HARVEST + T.COT_CASUAL[:3],
        )
        gen = self.campaign_gen(bank, 0.15, [None])
        cards = [self.card() for _ in range(70)]
        batches = [nr.uniform(0, SPAN - 3 * 86400) for _ in range(max(2, round(25 * self.scale)))]
        for _ in range(self.count(800)):
            t0 = r.choice(batches) + r.uniform(0, 5400)
            first = int(t0 // 86400)
            dw = np.zeros(DAYS)
            for d in range(first, min(DAYS, first + r.randint(1, 3))):
                dw[d] = 1
            cc = r.choice(claim + ["IN", "BR", "KR", "MX"])
            tier = r.choices(["free", "pro"], [70, 30])[0]
            ips = self.exits([], 0, r.randint(1, 4), cc) + [(w.mobile(cc), cc)]
            a = Acct(
                self.aid(),
                "attack:swarm",
                t0,
                tier,
                "web",
                r.choice(cards) if tier == "pro" else None,
                r.choice(PERSONAL_DOMAINS),
                cc,
                None,
                lognorm(nr, 18, 0.6, 3, 80),
                dw / dw.sum(),
                hours(H_HUMAN, COUNTRIES[cc][1], 0.3),
                gen,
                ips,
                surfaces=(("web", 0.7), ("app", 0.1), ("api", 0.2)),
                uas={"web": browser_uas(r, 1), "app": app_uas(r, 1), "api": sdk_uas(r, 1)},
                turns=1.3,
                gap=(20, 200),
                img=0.01,
            )
            self.add(a)

        # D: a hydra cluster: accounts bought through two resellers, sharing their exits with the
        # resellers' real customers, plus residential proxy exits; a scheduler fires them in waves
        bank = self.bank(
            3000,
            {"coding": 30, "math": 20, "reasoning": 15, "cover": 35},
            0.3,
            T.COT_HARVEST + T.COT_CASUAL,
        )
        gen = self.campaign_gen(bank, 0.3, [None])
        waves = np.sort(nr.uniform(0, SPAN, 1400))
        for _ in range(self.count(250)):
            rs = r.choice(self.resellers[:2])
            ips = [(e.addr(r), e.country) for e in rs["exits"] for _ in range(2)] + self.exits(
                [], 0, 3
            )
            a = Acct(
                self.aid(),
                "attack:hydra",
                self.aged(0.35, 5, 80),
                "api",
                "partner_reseller",
                rs["card"],
                r.choice(PERSONAL_DOMAINS) if r.random() < 0.6 else f"{hexid(r, 6)}.io",
                r.choice(claim + ["HK"]),
                rs["org"],
                lognorm(nr, 110, 0.8, 5, 1500),
                np.ones(DAYS) / DAYS,
                H_FLAT / 24,
                gen,
                ips,
                surfaces=(("api", 1.0),),
                uas={"api": rs["ua"]},
                ua_rotate=True,
                turns=1.4,
                gap=(5, 90),
                model="mixed",
                stateless=r.random() < 0.5,
                keep_resp=0.3,
                waves=waves,
                wave_jitter=600,
            )
            self.add(a)

        # E: many client strings per account, coding and tool use
        bank = self.bank(2500, {"coding": 50, "tools": 35, "reasoning": 15}, 0.2, T.COT_HARVEST)
        gen = self.campaign_gen(
            bank,
            0.4,
            [
                None,
                "You are an expert software engineer.",
                "You are a senior engineer. Explain your reasoning.",
            ],
        )
        ua_pool = sdk_uas(r, 45) + cli_uas(r, 10)
        cards = [self.card() for _ in range(30)]
        nets = [w.cloud_net() for _ in range(8)] + r.sample(w.vpn, 3)
        for _ in range(self.count(120)):
            ips = self.exits(nets, r.randint(1, 4), 0)
            uas = r.sample(ua_pool, r.randint(6, 20))
            a = Acct(
                self.aid(),
                "attack:ua_spread",
                self.aged(0.35, 20, 120),
                "api",
                r.choice(["api_console", "startup_program"]),
                r.choice(cards),
                r.choice(PERSONAL_DOMAINS),
                r.choice(claim),
                None,
                lognorm(nr, 200, 0.7, 20, 2500),
                days("all", nr, r.randint(8, DAYS)),
                hours(H_HUMAN, r.choice([8, -5, 1]), 0.3),
                gen,
                ips,
                surfaces=(("api", 0.8), ("cli", 0.2)),
                uas={"api": uas, "cli": uas},
                ua_rotate=True,
                turns=1.5,
                gap=(3, 60),
                model=r.choice(["early", "gradual"]),
                stateless=r.random() < 0.5,
                keys=r.randint(1, 5),
            )
            self.add(a)

        # F: multilingual capability harvesting and censorship-compliant rewrites
        bank = self.bank(
            2500,
            {"local": 40, "censor": 20, "coding": 15, "math": 15, "cover": 10},
            0.35,
            T.COT_HARVEST,
        )
        gen = self.campaign_gen(bank, 0.25, [None, None, T.COT_SYSTEM[1]])
        cards = [self.card() for _ in range(35)]
        nets = [w.cloud_net(c) for c in ["SG", "JP", "US", "KR"]] + r.sample(w.vpn, 3)
        for _ in range(self.count(150)):
            ips = self.exits(nets, r.randint(1, 3), r.randint(0, 2))
            wts = [1.0] * len(ips)
            self.leak(ips, wts, 0.03)
            tier = r.choice(["pro", "api", "max"])
            a = Acct(
                self.aid(),
                "attack:multilingual",
                self.aged(0.35, 1, 180),
                tier,
                "api_console" if tier == "api" else "web",
                r.choice(cards),
                r.choice(
                    ["gmail.com", "outlook.com", "proton.me", "qq.com", "163.com", "yandex.com"]
                ),
                r.choice(["SG", "US", "JP", "KR", "TW", "GB"]),
                None,
                lognorm(nr, 170, 0.7, 15, 2000),
                days("all", nr, r.randint(8, DAYS)),
                hours(H_HUMAN, 8, 0.2),
                gen,
                ips,
                wts,
                surfaces=(("api", 0.6), ("web", 0.4)),
                uas={"api": sdk_uas(r, 2), "web": browser_uas(r, 2)},
                turns=1.3,
                gap=(10, 200),
                model=r.choice(["early", "gradual", "consumer"]),
            )
            self.add(a)

        # G: quiet until the release, then a ramp on the new model
        bank = self.bank(
            3000, {"reasoning": 35, "math": 35, "coding": 30}, 0.55, T.COT_HARVEST + T.COT_EVAL[:1]
        )
        gen_hot = self.campaign_gen(bank, 0.35, [None, None] + T.COT_SYSTEM)
        cards = [self.card() for _ in range(40)]
        nets = [w.cloud_net() for _ in range(5)]
        for _ in range(self.count(150)):
            dw = np.zeros(DAYS)
            warm = r.sample(range(3, 14), r.randint(1, 4))
            dw[warm] = 0.03
            dw[14:DAYS] = np.exp(-np.arange(DAYS - 14) / r.uniform(3, 10))
            cc = r.choice(claim)
            ips = self.exits(nets, r.randint(1, 2), r.randint(0, 2), cc)
            tier = r.choice(["pro", "max", "api"])
            a = Acct(
                self.aid(),
                "attack:release_ramp",
                self.aged(0.3, -11, 40),
                tier,
                "api_console" if tier == "api" else "web",
                r.choice(cards),
                r.choice(PERSONAL_DOMAINS),
                cc,
                None,
                lognorm(nr, 230, 0.6, 30, 2500),
                dw / dw.sum(),
                hours(H_HUMAN, COUNTRIES[cc][1], 0.3),
                lambda rr, t, gh=gen_hot: gh(rr, t) if t >= RELEASE_S else self.g.everyday(rr),
                ips,
                surfaces=(("api", 0.7), ("web", 0.3)),
                uas={"api": sdk_uas(r, 2), "web": browser_uas(r, 1)},
                turns=1.3,
                gap=(5, 120),
                model="ramp",
            )
            a.day_w[: max(0, int(a.created // 86400) + 1)] = 0
            a.day_w /= a.day_w.sum()
            self.add(a)

        # H: agentic and tool-use trajectories harvested through long tool loops
        bank = self.bank(1500, {"agent": 55, "tools": 45}, 0.0, [])
        gen = self.campaign_gen(bank, 0.2, [None])
        cards = [self.card() for _ in range(20)]
        nets = [w.cloud_net() for _ in range(6)]
        for _ in range(self.count(100)):
            ips = self.exits(nets, r.randint(1, 2), r.randint(0, 1))
            cc = r.choice(claim)
            a = Acct(
                self.aid(),
                "attack:agentic",
                self.aged(0.35, 10, 150),
                r.choice(["api", "max"]),
                r.choice(["api_console", "startup_program", "web"]),
                r.choice(cards),
                r.choice(PERSONAL_DOMAINS),
                cc,
                None,
                lognorm(nr, 320, 0.6, 40, 3000),
                days("all", nr, r.randint(10, DAYS)),
                hours(H_WORK, COUNTRIES[cc][1], r.choice([0.1, 0.5, 0.9])),
                gen,
                ips,
                surfaces=(("cli", 0.6), ("api", 0.4)),
                uas={"cli": cli_uas(r, 2), "api": sdk_uas(r, 1)},
                turns=5.0,
                gap=(2, 25),
                model=r.choice(["early", "gradual"]),
                keys=r.randint(1, 3),
            )
            self.add(a)


# --- exchanges --------------------------------------------------------------------------------

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
OUT_MED = {
    "coding": 420,
    "math": 260,
    "reasoning": 380,
    "tools": 110,
    "writing": 480,
    "translate": 200,
    "classify": 40,
    "summarise": 220,
    "support": 140,
    "rewrite": 260,
    "safety": 350,
}
START_US = int(START.timestamp() * 1_000_000)


class Sink:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.cols: dict[str, list] = {f.name: [] for f in SCHEMA}
        self.parts = 0
        self.rows = 0

    def flush(self) -> None:
        if not self.cols["exchange_id"]:
            return
        table = pa.table(
            {f.name: pa.array(self.cols[f.name], f.type) for f in SCHEMA}, schema=SCHEMA
        )
        pq.write_table(table, self.folder / f"part-{self.parts:04d}.parquet", compression="zstd")
        self.parts += 1
        self.cols = {f.name: [] for f in SCHEMA}


def model_for(a: Acct, t: float, rr: random.Random, lag: float) -> str:
    released = t >= RELEASE_S
    m = a.model
    if m == "pinned":
        return "nimbus-3.5-mini" if lag > 0.3 else "nimbus-3.5"
    if m == "consumer":
        return (
            "nimbus-4"
            if t >= RELEASE_S + lag * 8 * 3600
            else ("nimbus-3.5" if rr.random() < 0.95 else "nimbus-3.5-mini")
        )
    if m == "early":
        if t >= RELEASE_S + lag * 20 * 3600:
            return "nimbus-4" if rr.random() < 0.9 else "nimbus-4-mini"
        return "nimbus-3.5"
    if m == "gradual":
        if lag < 0.6 and t >= RELEASE_S + lag * 12 * 86400:
            return "nimbus-4" if rr.random() < 0.8 else "nimbus-3.5"
        return "nimbus-3.5" if rr.random() < 0.7 else "nimbus-3.5-mini"
    if m == "ramp":
        if released:
            return "nimbus-4" if rr.random() < 0.92 else "nimbus-4-mini"
        return "nimbus-3.5"
    pool = ["nimbus-3.5", "nimbus-3.5-mini"] + (
        ["nimbus-4", "nimbus-4-mini", "nimbus-4"] if released else []
    )
    return rr.choice(pool)


def emit(a: Acct, seed: int, sink: Sink) -> None:
    rr = random.Random(f"{seed}:{a.account_id}")
    nr = np.random.default_rng(rr.getrandbits(64))
    created = max(a.created, -1e12)
    if a.period:
        t = np.arange(a.n) * a.period + nr.uniform(0, a.period) + np.flatnonzero(a.day_w)[0] * 86400
        starts = t + nr.normal(0, a.period * 0.03, a.n)
        nsess = len(starts)
        k = np.ones(nsess, dtype=int)
    else:
        nsess = max(1, round(a.n / a.turns))
        k = nr.geometric(1 / a.turns, nsess) if a.turns > 1 else np.ones(nsess, dtype=int)
        if a.waves is not None:
            starts = nr.choice(a.waves, nsess) + nr.uniform(0, a.wave_jitter, nsess)
        else:
            d = nr.choice(DAYS, nsess, p=a.day_w)
            h = nr.choice(24, nsess, p=a.hour_w)
            starts = d * 86400 + h * 3600 + nr.uniform(0, 3600, nsess)
    keep = (starts >= max(0, created + 60)) & (starts < SPAN)
    starts, k = starts[keep], k[keep]
    if len(starts) == 0:
        return
    order = np.argsort(starts)
    starts, k = starts[order], k[order]
    surf_names = [s for s, _ in a.surfaces]
    surf_w = np.array([x for _, x in a.surfaces])
    surf = nr.choice(len(surf_names), len(starts), p=surf_w / surf_w.sum())
    ip_w = np.array(a.ip_w if a.ip_w else [1.0] * len(a.ips), dtype=float)
    ip_idx = nr.choice(len(a.ips), len(starts), p=ip_w / ip_w.sum())
    keys = [("key_" + hexid(rr)) for _ in range(a.keys)]
    lag = rr.random()
    c = sink.cols
    prev_ip = ip_idx[0]
    for si in range(len(starts)):
        s_name = surf_names[surf[si]]
        pool = a.uas.get(s_name) or a.uas.get("api") or ["unknown"]
        ua_list = pool if a.ua_rotate else pool[:1] * 4 + pool
        ua = rr.choice(ua_list)
        ipi = prev_ip if rr.random() < a.ip_sticky else ip_idx[si]
        prev_ip = ipi
        ip, cc = a.ips[ipi]
        conv = None if (s_name == "api" and a.stateless) else "conv_" + hexid(rr, 16)
        key = rr.choice(keys) if s_name in ("api", "cli") else None
        t = float(starts[si])
        p = a.gen(rr, t)
        turns = [p.text] + list(p.followups[: int(k[si]) - 1])
        while len(turns) < k[si]:
            turns.append(rr.choice(T.AGENT_FOLLOWUPS if p.tools else T.FOLLOWUPS))
        hist = 0
        img = rr.random() < a.img and s_name in ("web", "app")
        for ti, text in enumerate(turns):
            if t >= SPAN:
                break
            x = rr.random()
            status = (
                429
                if x < a.r429
                else 400
                if x < a.r429 + a.err * 0.6
                else 500
                if x < a.r429 + a.err
                else 200
            )
            med = OUT_MED.get(p.capability, 300) * (1.6 if p.cot else 1.0)
            out = 0 if status != 200 else max(1, int(med * np.exp(nr.normal(0, 0.6))))
            inp = (
                (len(text) + len(p.system or "")) // 4
                + hist
                + p.tools * 110
                + (900 if img and ti == 0 else 0)
                + 8
            )
            c["exchange_id"].append("ex_" + hexid(rr, 20))
            c["ts"].append(START_US + int(t * 1_000_000))
            c["account_id"].append(a.account_id)
            c["api_key_id"].append(key)
            c["conversation_id"].append(conv)
            c["surface"].append(s_name)
            c["model"].append(model_for(a, t, rr, lag))
            c["ip"].append(ip)
            c["country"].append(cc)
            c["user_agent"].append(ua)
            c["prompt"].append(text)
            c["system_prompt"].append(p.system)
            resp = None
            if status == 200 and rr.random() < a.keep_resp:
                resp = T.response(rr, p if ti == 0 else T.Prompt(text), out)
            c["response"].append(resp)
            c["input_tokens"].append(min(inp, 2_000_000))
            c["output_tokens"].append(out)
            c["tool_count"].append(p.tools)
            c["has_image"].append(img and ti == 0)
            c["status"].append(status)
            c["incognito"].append(rr.random() < a.incognito)
            c["safety_flagged"].append(rr.random() < 0.002)
            c["feedback"].append(rr.random() < 0.01)
            sink.rows += 1
            hist += len(text) // 4 + out
            lo, hi = a.gap
            t += float(np.exp(rr.uniform(np.log(lo), np.log(hi)))) + out / 60.0
    if len(c["exchange_id"]) >= 150_000:
        sink.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument(
        "--scale", type=float, default=1.0, help="multiplies account counts (1.0: ~14k accounts)"
    )
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    args = ap.parse_args(argv)
    if args.scale <= 0:
        raise SystemExit("--scale must be positive")
    b = Builder(args.seed, args.scale, args.corpora)
    b.build_legit()
    b.build_attacks()
    accts = b.accts
    random.Random(args.seed).shuffle(accts)  # no ordering by class in the files

    out: Path = args.out
    ex = out / "exchanges"
    ex.mkdir(parents=True, exist_ok=True)
    for old in ex.glob("part-*.parquet"):
        old.unlink()
    sink = Sink(ex)
    for a in tqdm(accts, desc="accounts", unit="acct", mininterval=2):
        emit(a, args.seed, sink)
    sink.flush()

    def ts(sec: float) -> datetime:
        return START + timedelta(seconds=sec)

    pq.write_table(
        pa.table(
            {
                "account_id": [a.account_id for a in accts],
                "created_at": pa.array(
                    [ts(a.created) for a in accts], pa.timestamp("us", tz="UTC")
                ),
                "tier": [a.tier for a in accts],
                "signup_channel": [a.channel for a in accts],
                "payment_fingerprint": [a.payment for a in accts],
                "email_domain": [a.email for a in accts],
                "declared_country": [a.declared for a in accts],
                "org_id": [a.org for a in accts],
            }
        ),
        out / "accounts.parquet",
    )
    feed = b.world.feed_rows()
    pq.write_table(
        pa.table(
            {
                "cidr": [x["cidr"] for x in feed],
                "kind": [x["kind"] for x in feed],
                "asn": pa.array([x["asn"] for x in feed], pa.int64()),
                "country": [x["country"] for x in feed],
            }
        ),
        out / "ip_ranges.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "model": [m for m, _ in RELEASES],
                "released_at": pa.array([d for _, d in RELEASES], pa.timestamp("us", tz="UTC")),
            }
        ),
        out / "model_releases.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "account_id": [a.account_id for a in accts],
                "label": [a.label for a in accts],
                "family": [a.label.split(":")[0] for a in accts],
            }
        ),
        out / "labels.parquet",
    )
    n_att = sum(a.label.startswith("attack:") for a in accts)
    print(
        f"wrote {sink.rows:,} exchanges in {sink.parts} parts, {len(accts):,} accounts ({n_att:,} attack) to {out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
