"""Hold-out 9: write a labelled traffic world in the traffic-logs contract (a judge, used once).

    python benchmarks/holdout9/traffic.py --out DIR --seed N [--scale F] [--corpora DIR]

Deterministic per seed. See README.md for what it models and the rule that comes with it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h9_classes import CLASSES, CONSUMER, Spec, family  # noqa: E402
from h9_emit import DAY, MODELS, SURFACES, Account, Ctx, emit  # noqa: E402
from h9_net import CLOUD_REGIONS as CLOUD  # noqa: E402
from h9_net import COUNTRIES, RESTRICTED, World  # noqa: E402
from h9_text import (  # noqa: E402
    LANG_FRAMES,
    LANGS,
    PREFIXES,
    SUFFIXES,
    SUPPORT_LINES,
    SYSTEM_PROMPTS,
    TAILS,
    load,
)

START = datetime(2027, 9, 6, tzinfo=timezone.utc)
DAYS = 35
SUFFIX_TEXT = SUFFIXES + TAILS
TS = pa.timestamp("us", tz="UTC")
RELEASES = {  # seconds from START
    0: (datetime(2026, 11, 3, 17, tzinfo=timezone.utc) - START).total_seconds(),
    1: (datetime(2027, 4, 2, 16, tzinfo=timezone.utc) - START).total_seconds(),
    2: (datetime(2027, 3, 16, 17, tzinfo=timezone.utc) - START).total_seconds(),
    3: 24 * DAY + 17.5 * 3600,
    4: 11 * DAY + 14 * 3600 + 300,
}
FREE_MAIL = {
    "CN": ["qq.com", "163.com", "126.com"],
    "RU": ["yandex.ru", "mail.ru"],
    "KR": ["naver.com", "daum.net"],
    "JP": ["yahoo.co.jp", "gmail.com"],
    "DE": ["gmx.de", "web.de", "gmail.com"],
    "FR": ["orange.fr", "gmail.com"],
    "BY": ["mail.ru", "tut.by"],
    "KZ": ["mail.ru", "gmail.com"],
    "BR": ["gmail.com", "hotmail.com", "uol.com.br"],
}
GLOBAL_MAIL = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
]
SYLL = [
    "ka",
    "ro",
    "mi",
    "ten",
    "vo",
    "lu",
    "ser",
    "an",
    "dal",
    "qui",
    "bre",
    "no",
    "tas",
    "el",
    "fin",
    "gor",
    "pa",
    "zu",
]
EDU_TLD = {
    "US": ".edu",
    "GB": ".ac.uk",
    "IN": ".ac.in",
    "AU": ".edu.au",
    "NG": ".edu.ng",
    "KR": ".ac.kr",
    "BR": ".edu.br",
    "DE": ".de",
    "CA": ".ca",
    "VN": ".edu.vn",
    "ID": ".ac.id",
    "PH": ".edu.ph",
}
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
]
APPS = [
    "CorvidApp/4.{m}.{p} (iPhone; iOS 17.{m})",
    "CorvidApp/4.{m}.{p} (Android 14; {dev})",
    "CorvidApp/4.{m}.{p} (iPad; iPadOS 17.{m})",
]
DEVICES = ["SM-S918B", "Pixel 7", "Pixel 8", "M2101K6G", "CPH2451", "SM-A546E", "moto g54"]
SDKS = [
    "corvid-python/1.{m}.{p}",
    "corvid-node/4.{m}.{p}",
    "python-httpx/0.27.{p}",
    "langchain-corvid/0.2.{p}",
    "llama-index-llms-corvid/0.1.{p}",
    "Go-http-client/2.0",
    "curl/8.{m}.{p}",
    "corvid-java/0.{m}.{p}",
]
RELAYS = [
    "one-api/0.6.{p}",
    "new-api/0.3.{m}.{p}",
    "corvid-python/1.{m}.{p} relay/2.{p}",
    "Go-http-client/2.0",
]
IDES = [
    "vscode-corvid/1.8.{p} VSCode/1.9{m}.0",
    "jetbrains-corvid/0.9.{p} IntelliJ/2027.{m}",
    "Continue/0.8.{p}",
    "Cline/2.{m}.{p}",
    "corvid-cli/0.6.{p} (darwin)",
    "corvid-cli/0.6.{p} (linux)",
]
CIS = [
    "python-requests/2.32.{p}",
    "lm-eval-harness/0.4.{p} corvid-python/1.{m}.{p}",
    "corvid-python/1.{m}.{p}",
    "openbench/0.{m}.{p} httpx/0.27.0",
    "aiohttp/3.9.{p}",
]


class UAs:
    """User agent strings, interned: an index per distinct string."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def get(self, s: str) -> int:
        if s not in self.index:
            self.index[s] = len(self.items)
            self.items.append(s)
        return self.index[s]

    def draw(self, rng: np.random.Generator, family_: list[str]) -> int:
        tpl = family_[int(rng.integers(len(family_)))]
        s = tpl.format(
            v=int(rng.integers(124, 131)),
            m=int(rng.integers(2, 7)),
            p=int(rng.integers(0, 12)),
            f=int(rng.integers(126, 131)),
            dev=DEVICES[int(rng.integers(len(DEVICES)))],
        )
        return self.get(s)


def _name(rng: np.random.Generator) -> str:
    return "".join(SYLL[int(i)] for i in rng.integers(0, len(SYLL), int(rng.integers(2, 4))))


def _mix(spec: Spec) -> dict:
    if spec.countries == CONSUMER:
        return {c: w for c, (_, w) in COUNTRIES.items()}
    return dict(spec.countries)


class Builder:
    """Accounts and their exchanges for one seed."""

    def __init__(self, seed: int, scale: float, corpora: Path) -> None:
        self.rng = np.random.default_rng([9, seed])
        rng = self.rng
        self.banks = load(corpora)
        self.world = World(rng)
        self.uas = UAs()
        self.sys_texts: list[str] = []
        self.sys_index: dict[str, int] = {}
        self.sizes = {s.label: max(2, int(round(s.n * scale))) for s in CLASSES}
        self.ctx = Ctx(rng, self.world, self.banks, DAYS, RELEASES, self.sizes)
        for tp, idx in self.banks.topics.items():
            self.ctx.zipf[tp] = rng.permutation(idx)
        heads = np.concatenate([self.banks.topics["math"][:1000], self.banks.topics["coding"]])
        self.ctx.courses = rng.choice(heads, size=(40, DAYS // 7 + 1, 8))
        support = []
        for i in range(3000):
            line = SUPPORT_LINES[i % len(SUPPORT_LINES)]
            cc = list(COUNTRIES)[int(rng.integers(len(COUNTRIES)))]
            support.append(
                line.replace("{n}", f"#{int(rng.integers(10**6, 10**7))}").replace("{c}", cc)
            )
        self.banks.add("support", support)
        self.ctx.support = self.banks.topics["support"]
        self.ctx.everyday = np.concatenate(
            [self.banks.topics["chat"], self.banks.topics["multilingual"]]
        )
        self.unis = [
            self._org("edu", _pick_country(rng, {**_mix_of("uni"), **_mix_of("emerging")}))
            for _ in range(40)
        ]
        self.org_cache: dict[tuple[str, int], dict] = {}
        self.resellers = [f"pf_{int(rng.integers(1 << 60)):015x}" for _ in range(3)]
        self.accounts: list[Account] = []
        # each operator's own infrastructure, reused by part of its accounts across campaigns
        ops = sorted({c.operator for c in CLASSES if c.operator})
        self.op_vms = {
            o: [
                (
                    self.world.net("datacenter", CLOUD[int(rng.integers(len(CLOUD)))]),
                    int(rng.integers(1, 60000)),
                )
                for _ in range(12)
            ]
            for o in ops
        }
        self.op_cards = {
            o: [f"pf_{int(rng.integers(1 << 60)):015x}" for _ in range(6)] for o in ops
        }
        self.rows: dict[str, list] = {
            k: []
            for k in (
                "account_id",
                "created_at",
                "tier",
                "signup_channel",
                "payment_fingerprint",
                "email_domain",
                "declared_country",
                "org_id",
            )
        }

    def _org(self, kind: str, country: str) -> dict:
        rng = self.rng
        name = _name(rng)
        if kind == "edu":
            domain = f"{name}{EDU_TLD.get(country, '.edu')}"
            net = self.world.site_net("education", country)
        else:
            domain = f"{name}{['.com', '.io', '.ai', '.co', '.net'][int(rng.integers(5))]}"
            net = self.world.site_net("corporate", country)
        return {
            "id": f"org_{int(rng.integers(1 << 40)):010x}",
            "domain": domain,
            "net": net,
            "country": country,
            "name": name.capitalize(),
            "card": f"pf_{int(rng.integers(1 << 60)):015x}",
        }

    def build_accounts(self) -> None:
        rng = self.rng
        total = sum(self.sizes.values())
        ids = rng.permutation(total)
        self.names = [f"acct_{x:012x}" for x in rng.integers(0, 1 << 48, total)]
        k = 0
        for spec in CLASSES:
            n = self.sizes[spec.label]
            mix = _mix(spec)
            waves = rng.uniform(-150, -40, 5) * DAY
            cards: list[str] = []
            for member in range(n):
                org = None
                tier = _pick_country(rng, spec.tier)
                channel = _pick_country(rng, spec.channel)
                if spec.email == "edu":
                    org = self.unis[int(rng.integers(0, max(2, spec.orgs or 10)))]
                elif spec.orgs:
                    n_orgs = max(1, int(round(spec.orgs * n / spec.n)))
                    key = (spec.label, int(rng.integers(0, n_orgs)))
                    if key not in self.org_cache:
                        self.org_cache[key] = self._org("corp", _pick_country(rng, mix))
                    org = self.org_cache[key]
                elif spec.pay == "org" or tier in ("team", "enterprise"):
                    org = self._org("corp", _pick_country(rng, mix))
                # students (and those posing as them) mostly live where their university is
                local = (
                    org
                    and spec.email == "edu"
                    and (spec.label == "hn:course_student" or rng.random() < 0.6)
                )
                country = org["country"] if local else _pick_country(rng, mix)
                if spec.created == "aged":
                    created = waves[int(rng.integers(5))] + rng.uniform(0, 8 * 3600)
                elif spec.created == "hackathon":
                    created = 4 * DAY + rng.uniform(6, 14) * 3600
                else:
                    created = -rng.uniform(20, 900) * DAY
                first_day = 0
                if (
                    spec.created == "old"
                    and spec.label in ("benign", "hn:heavy_user", "hn:ide_developer")
                    and rng.random() < 0.08
                ):
                    first_day = int(rng.integers(0, DAYS - 1))
                    created = first_day * DAY + rng.uniform(0, 20 * 3600)
                reseller = int(rng.integers(3))
                acc = Account(
                    idx=int(ids[k]),
                    spec=spec,
                    label=spec.label,
                    country=country,
                    tier=tier,
                    created_s=created,
                    first_day=max(first_day, int(max(created, 0) // DAY)),
                    reseller=reseller,
                    org=-1,
                    member=member,
                )
                k += 1
                acc.course = self.unis.index(org) if spec.mode == "assign" else -1
                # payment
                if spec.pay == "none" or (tier == "free"):
                    card = None
                elif spec.pay == "reseller" and channel == "partner_reseller":
                    card = self.resellers[reseller]
                elif spec.pay == "org" and org:
                    card = org["card"]
                elif spec.pay.startswith("shared:"):
                    if not cards or rng.random() < 1 / int(spec.pay.split(":")[1]):
                        cards.append(f"pf_{int(rng.integers(1 << 60)):015x}")
                    card = cards[-1]
                elif spec.operator and rng.random() < 0.2:
                    card = self.op_cards[spec.operator][int(rng.integers(6))]
                else:
                    card = f"pf_{int(rng.integers(1 << 60)):015x}"
                email = self._email(spec, country, org)
                self._setup(acc, org)
                self.accounts.append(acc)
                r = self.rows
                r["account_id"].append(self.names[acc.idx])
                r["created_at"].append(created)
                r["tier"].append(tier)
                r["signup_channel"].append(channel)
                r["payment_fingerprint"].append(card)
                r["email_domain"].append(email if rng.random() > 0.02 else None)
                r["declared_country"].append(country if rng.random() > 0.03 else None)
                r["org_id"].append(
                    org["id"]
                    if org
                    and (
                        spec.email in ("edu", "corp") or tier in ("team", "enterprise", "education")
                    )
                    else None
                )

    def _email(self, spec: Spec, country: str, org: dict | None) -> str:
        rng = self.rng
        free = FREE_MAIL.get(country, GLOBAL_MAIL)
        if spec.email in ("edu", "corp") and org and rng.random() < 0.9:
            return org["domain"]
        if spec.email == "corp" or (spec.email == "mixed" and rng.random() < 0.4):
            return f"{_name(rng)}{['.dev', '.me', '.io', '.net'][int(rng.integers(4))]}"
        pool = free if rng.random() < 0.7 else GLOBAL_MAIL
        return pool[int(rng.integers(len(pool)))]

    def _setup(self, acc: Account, org: dict | None) -> None:
        """Networks, keys, clients and system prompts of one account."""
        rng, w, spec = self.rng, self.world, acc.spec
        nets = dict(spec.nets)
        sites, weights = [], []
        for how, wt in nets.items():
            if how == "home":
                v6 = rng.random() < 0.35
                net = w.net("residential", acc.country, v6)
                sites.append(("fixed", net, int(rng.integers(1, 1 << 20))))
                weights.append(wt * 0.9)
                sites.append(("fixed", net, int(rng.integers(1, 1 << 20))))  # the lease changed
                weights.append(wt * 0.1)
            elif how == "mobile":
                net = w.net("mobile", acc.country, rng.random() < 0.3)
                sites.append(("pool" if not net.v6 else "any", net, 256))
                weights.append(wt)
            elif how in ("campus", "office"):
                site = (
                    org["net"]
                    if org
                    else w.site_net("education" if how == "campus" else "corporate", acc.country)
                )
                sites.append(("pool", site, 8 if how == "campus" else 3))
                weights.append(wt)
            elif how == "cloud":
                region = (
                    acc.country
                    if (("datacenter", acc.country) in w.by and rng.random() < 0.6)
                    else "US"
                )
                for _ in range(int(rng.integers(1, 4))):
                    if spec.operator and rng.random() < 0.5:
                        net, host = self.op_vms[spec.operator][int(rng.integers(12))]
                    else:
                        net, host = w.net("datacenter", region), int(rng.integers(1, 60000))
                    sites.append(("fixed", net, host))
                    weights.append(wt * 0.8 / 3)
                sites.append(("any", w.net("datacenter", region), 0))
                weights.append(wt * 0.2)
            elif how == "vpn":
                if spec.label == "hn:traveller_vpn":
                    exits = [RESTRICTED[int(i)] for i in rng.integers(0, 4, 2)] + ["HK"]
                else:
                    exits = list(rng.choice(list(COUNTRIES), 2))
                for c in exits:
                    sites.append(("pool", w.net("vpn", str(c)), 40))
                    weights.append(wt / len(exits))
            elif how == "reseller":
                pools = [
                    i for (k, c), ids in w.by.items() if k == f"reseller{acc.reseller}" for i in ids
                ]
                pw = rng.dirichlet(np.ones(len(pools)))
                for i, p in zip(pools, pw, strict=False):
                    sites.append(("pool", w.nets[i], 24))
                    weights.append(wt * p)
            elif how == "resproxy":
                for _ in range(3):
                    sites.append(("any", w.net("residential", acc.country, rng.random() < 0.2), 0))
                    weights.append(wt / 3)
        if spec.label == "hn:traveller_vpn":  # a trip: a local SIM abroad
            trip = ["CN", "RU", "HK", "IR", "TR", "AE"][int(rng.integers(6))]
            sites.append(("pool", w.net("mobile", trip, False), 256))
            weights.append(0.25)
        acc.sites = sites
        acc.site_w = np.asarray(weights) / np.sum(weights)
        acc.keys = [int(rng.integers(1 << 40)) for _ in range(int(rng.integers(1, 4)))]
        u = self.uas
        br = u.draw(rng, BROWSERS)
        acc.ua = {
            "web": [br, u.draw(rng, BROWSERS)],
            "app": [u.draw(rng, APPS), u.draw(rng, APPS)],
            "cli": [u.draw(rng, IDES if spec.api_ua in ("ide", "sdk") else CIS)],
            "api": [
                u.draw(rng, {"sdk": SDKS, "relay": RELAYS, "ide": IDES, "ci": CIS}[spec.api_ua])
            ],
        }
        if spec.api_ua == "relay":  # the reseller's relay: one client string per reseller pool
            acc.ua["api"] = [u.get(RELAYS[acc.reseller].format(m=3, p=acc.reseller + 4))]
        acc.ua["api"].append(u.draw(rng, SDKS))
        if spec.system:
            name = org["name"] if org else _name(rng).capitalize()
            tpl = SYSTEM_PROMPTS[spec.system].replace("{org}", name)
            variants = [
                tpl.replace("{n}", str(int(rng.integers(100, 999))))
                for _ in range(int(rng.integers(1, 4)))
            ]
            acc.sys_ids = [self._sys(v) for v in variants]

    def _sys(self, text: str) -> int:
        if text not in self.sys_index:
            self.sys_index[text] = len(self.sys_texts)
            self.sys_texts.append(text)
        return self.sys_index[text]

    def exchanges(self) -> dict[str, np.ndarray]:
        parts: list[dict] = []
        conv_base = 0
        for acc in self.accounts:
            cols = emit(acc, self.ctx)
            n = len(cols["t"])
            cols["acct"] = np.full(n, acc.idx)
            top = int(cols["conv"].max(initial=-1))
            cols["conv"] = np.where(cols["conv"] >= 0, cols["conv"] + conv_base, -1)
            conv_base += top + 1
            cols["keyid"] = cols.pop("key")
            parts.append(cols)
        out = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
        return out


def _pick_country(rng: np.random.Generator, weights: dict) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _mix_of(name: str) -> dict:
    from h9_classes import EMERGING, UNI_MIX

    return {"uni": UNI_MIX, "emerging": EMERGING}[name]


def _context(docs: list[str], first: int) -> str:
    """Retrieved passages for a RAG system prompt: six documents, cut as a retriever would."""
    picks = [docs[(first + 97 * k) % len(docs)][:900] for k in range(6)]
    return "\n\n".join(f"[doc-{(first + 97 * k) % 9973}] {p}" for k, p in enumerate(picks))


def mess(rng: np.random.Generator, ex: dict[str, np.ndarray]) -> None:
    """What real logs carry: a skewed edge clock, a logging bug, geolocation misses."""
    t, cc = ex["t"], ex["country"]
    apac = np.isin(cc.astype(str), ["JP", "KR", "SG", "HK", "TW", "AU", "ID", "VN", "PH", "TH"])
    skew = apac & (t >= 17 * DAY) & (t < 20 * DAY) & (rng.random(len(t)) < 0.33)
    t[skew] += 270  # one edge node's clock ran 4.5 minutes fast for three days
    eu = np.isin(cc.astype(str), ["DE", "FR", "NL", "ES", "IT", "PL", "SE"])
    bug = eu & (t >= 28 * DAY + 9 * 3600) & (t < 28 * DAY + 11 * 3600)
    t[bug] += 3600  # a logger wrote local time instead of UTC for two hours
    t += rng.normal(0, 0.4, len(t))
    np.clip(t, 0, DAYS * DAY - 1e-3, out=t)
    miss = rng.random(len(t))
    keys = np.asarray(list(COUNTRIES), dtype=object)
    wrong = miss < 0.008
    cc[wrong] = keys[rng.integers(0, len(keys), int(wrong.sum()))]
    cc[(miss >= 0.008) & (miss < 0.023)] = None


def write(b: Builder, out: Path) -> dict[str, int]:
    rng = b.rng
    b.build_accounts()
    ex = b.exchanges()
    mess(rng, ex)
    order = np.argsort(ex["t"], kind="stable")
    ex = {k: v[order] for k, v in ex.items()}
    n = len(ex["t"])
    texts, banks = b.banks.texts, b.banks
    math_set = np.zeros(len(texts), bool)
    math_set[banks.topics["math"]] = True
    ans_m, ans_g = banks.answers["math"], banks.answers["general"]
    conv_ids = rng.integers(0, 1 << 62, int(ex["conv"].max()) + 2)
    ex_ids = rng.integers(0, 1 << 62, n)
    out.mkdir(parents=True, exist_ok=True)
    (out / "exchanges").mkdir(exist_ok=True)
    day = (ex["t"] // DAY).astype(np.int64)
    bounds = np.searchsorted(day, np.arange(DAYS + 1))
    ua_null = rng.random(n) < 0.02
    acct_ids = np.asarray(b.names, dtype=object)
    for d in range(DAYS):
        lo, hi = bounds[d], bounds[d + 1]
        if hi <= lo:
            continue
        s = slice(lo, hi)
        prompts = [
            PREFIXES[p]
            + (
                LANG_FRAMES[f].replace("{lang}", LANGS[g]).replace("{text}", texts[x])
                if f >= 0
                else texts[x]
            )
            + SUFFIX_TEXT[q]
            for x, p, q, f, g in zip(
                ex["base"][s],
                ex["pre"][s],
                ex["suf"][s],
                ex["frame"][s],
                ex["lang"][s],
                strict=False,
            )
        ]
        systems = [
            None if i < 0 else b.sys_texts[i].replace("{ctx}", _context(ans_g, int(dc)))
            for i, dc in zip(ex["sys"][s], ex["doc"][s], strict=False)
        ]
        responses = [
            None
            if not keep
            else (ans_m[x % len(ans_m)] if math_set[x] else ans_g[(x * 7 + dc) % len(ans_g)])
            for keep, x, dc in zip(ex["retain"][s], ex["base"][s], ex["doc"][s], strict=False)
        ]
        plen = np.fromiter((len(p) for p in prompts), np.int64, hi - lo)
        slen = np.fromiter((len(x) if x else 0 for x in systems), np.int64, hi - lo)
        in_tok = (
            (plen + slen) / 3.9
            + ex["turn"][s] * rng.uniform(150, 450, hi - lo)
            + ex["tools"][s] * 95
            + ex["image"][s] * 765
        )
        surface = ex["surface"][s]
        api_like = (surface == 0) | (surface == 3)
        conv = ex["conv"][s]
        ua = ex["ua"][s]
        tbl = pa.table(
            {
                "exchange_id": pa.array([f"ex_{x:016x}" for x in ex_ids[s]], pa.string()),
                "ts": pa.array(
                    ((START.timestamp() + ex["t"][s]) * 1e6).astype(np.int64), pa.int64()
                ).cast(TS),
                "account_id": pa.array(acct_ids[ex["acct"][s]], pa.string()),
                "api_key_id": pa.array(
                    [
                        f"key_{k:010x}" if a and k >= 0 else None
                        for a, k in zip(api_like, ex["keyid"][s], strict=False)
                    ],
                    pa.string(),
                ),
                "conversation_id": pa.array(
                    [f"conv_{conv_ids[c]:016x}" if c >= 0 else None for c in conv], pa.string()
                ),
                "surface": pa.array([SURFACES[i] for i in surface], pa.string()),
                "model": pa.array([MODELS[i] for i in ex["model"][s]], pa.string()),
                "ip": pa.array(ex["ip"][s], pa.string()),
                "country": pa.array(ex["country"][s], pa.string()),
                "user_agent": pa.array(
                    [None if z else b.uas.items[u] for u, z in zip(ua, ua_null[s], strict=False)],
                    pa.string(),
                ),
                "prompt": pa.array(prompts, pa.string()),
                "system_prompt": pa.array(systems, pa.string()),
                "response": pa.array(responses, pa.string()),
                "input_tokens": pa.array(np.maximum(1, in_tok).astype(np.int32), pa.int32()),
                "output_tokens": pa.array(ex["out"][s].astype(np.int32), pa.int32()),
                "tool_count": pa.array(
                    np.clip(ex["tools"][s], 0, 128).astype(np.int16), pa.int16()
                ),
                "has_image": pa.array(ex["image"][s].astype(bool), pa.bool_()),
                "status": pa.array(ex["status"][s].astype(np.int16), pa.int16()),
                "incognito": pa.array(ex["incognito"][s].astype(bool), pa.bool_()),
                "safety_flagged": pa.array(ex["safety"][s].astype(bool), pa.bool_()),
                "feedback": pa.array(ex["feedback"][s].astype(bool), pa.bool_()),
            }
        )
        pq.write_table(tbl, out / "exchanges" / f"part-{d:03d}.parquet", compression="zstd")
    # accounts: rows shuffled; a few sign-up records stamped after the first request (clock skew)
    first_t = np.full(len(b.accounts), np.inf)
    np.minimum.at(first_t, ex["acct"], ex["t"])
    r = b.rows
    created = np.asarray(r["created_at"], float)
    idx_of = np.asarray([a.idx for a in b.accounts])
    late = rng.random(len(created)) < 0.004
    created = np.minimum(created, first_t[idx_of] - rng.uniform(30, 600, len(created)))
    created[late] = first_t[idx_of[late]] + rng.uniform(1, 30, int(late.sum()))
    perm = rng.permutation(len(created))
    acc_tbl = pa.table(
        {
            "account_id": pa.array([r["account_id"][i] for i in perm], pa.string()),
            "created_at": pa.array(
                ((START.timestamp() + created[perm]) * 1e6).astype(np.int64)
            ).cast(TS),
            **{
                k: pa.array([r[k][i] for i in perm], pa.string())
                for k in (
                    "tier",
                    "signup_channel",
                    "payment_fingerprint",
                    "email_domain",
                    "declared_country",
                    "org_id",
                )
            },
        }
    )
    pq.write_table(acc_tbl, out / "accounts.parquet", compression="zstd")
    feed = b.world.feed()
    pq.write_table(
        pa.table(
            {
                "cidr": pa.array(feed["cidr"], pa.string()),
                "kind": pa.array(feed["kind"], pa.string()),
                "asn": pa.array(feed["asn"], pa.int64()),
                "country": pa.array(feed["country"], pa.string()),
            }
        ),
        out / "ip_ranges.parquet",
    )
    rel = {m: START + timedelta(seconds=float(s)) for m, s in RELEASES.items()}
    pq.write_table(
        pa.table(
            {
                "model": pa.array([MODELS[m] for m in rel], pa.string()),
                "released_at": pa.array(
                    [int(v.timestamp() * 1e6) for v in rel.values()], pa.int64()
                ).cast(TS),
            }
        ),
        out / "model_releases.parquet",
    )
    labels = [a.label for a in b.accounts]
    ids = [b.names[a.idx] for a in b.accounts]
    pq.write_table(
        pa.table(
            {"account_id": pa.array(ids, pa.string()), "label": pa.array(labels, pa.string())}
        ),
        out / "labels.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array(ids, pa.string()),
                "label": pa.array(labels, pa.string()),
                "family": pa.array([family(x) for x in labels], pa.string()),
                "operator": pa.array([a.spec.operator for a in b.accounts], pa.string()),
            }
        ),
        out / "truth.parquet",
    )
    return {"exchanges": n, "accounts": len(b.accounts)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", required=True, type=int)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    a = ap.parse_args(argv)
    if not 0 < a.scale <= 20:
        print("traffic.py: --scale must be in (0, 20].", file=sys.stderr)
        return 2
    counts = write(Builder(a.seed, a.scale, a.corpora), a.out)
    print(f"wrote {counts['exchanges']:,} exchanges, {counts['accounts']:,} accounts to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
