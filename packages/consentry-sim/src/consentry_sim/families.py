"""Account builders shared by all populations, the shared infrastructure, and ordinary users.

A builder takes (ctx, pop, n) and returns the accounts' trait arrays and their session plan
(accounts x days). Hard negatives live in hardneg.py and campaigns in campaigns.py; all of them
start from `base_accounts` so that every account gets its traits from the same machinery.
"""

from __future__ import annotations

import numpy as np

from consentry_sim import clients as cl
from consentry_sim.net import BENIGN_SHARE, CODES, COUNTRIES, PROXY_REGIONS, tz_of
from consentry_sim.populations import (
    DIURNAL_NAMES,
    EGRESS,
    STYLES,
    TIMINGS,
    TOPICS,
    Pop,
)
from consentry_sim.world import (
    ALT,
    DAY_US,
    HOME,
    MOBILE,
    NEVER,
    WORK,
    Ctx,
    blank,
    channels,
    tiers,
)

WEBMAIL = {
    "gmail.com": 0.46,
    "outlook.com": 0.12,
    "yahoo.com": 0.08,
    "icloud.com": 0.08,
    "hotmail.com": 0.06,
    "proton.me": 0.03,
}
LOCAL_MAIL = {
    "DE": "gmx.de",
    "JP": "yahoo.co.jp",
    "KR": "naver.com",
    "FR": "orange.fr",
    "BR": "uol.com.br",
    "IN": "rediffmail.com",
    "RU": "yandex.ru",
    "CN": "qq.com",
    "PL": "wp.pl",
    "IT": "libero.it",
}
_SYLL = (
    "ka",
    "lo",
    "mi",
    "ra",
    "ven",
    "tor",
    "li",
    "sa",
    "no",
    "vi",
    "den",
    "mar",
    "zu",
    "pel",
    "quin",
    "bra",
    "ta",
    "rix",
    "on",
    "el",
)
TLDS = (".com", ".io", ".net", ".co", ".ai", ".dev")


def made_up_domain(rng: np.random.Generator, tld: str | None = None) -> str:
    k = int(rng.integers(2, 4))
    name = "".join(_SYLL[i] for i in rng.integers(0, len(_SYLL), k))
    return name + (tld or TLDS[rng.integers(len(TLDS))])


def benign_countries(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.choice(len(COUNTRIES), n, p=BENIGN_SHARE).astype(np.int16)


def webmail(ctx: Ctx, country: np.ndarray) -> np.ndarray:
    """Common webmail domains, with a country's local provider for some users."""
    rng = ctx.rng
    names = list(WEBMAIL)
    p = np.array(list(WEBMAIL.values()))
    out = np.array([ctx.domain(d) for d in names], np.int32)[
        rng.choice(len(names), len(country), p=p / p.sum())
    ]
    for code, dom in LOCAL_MAIL.items():
        m = (country == CODES.index(code)) & (rng.random(len(country)) < 0.35)
        out[m] = ctx.domain(dom)
    return out


def stratified_lognormal(
    rng: np.random.Generator, median: float, sigma: float, n: int
) -> np.ndarray:
    """Lognormal draws with one draw per n-quantile, shuffled: the same heavy tail at every
    scale, without a small population's total hinging on one extreme draw."""
    from scipy.special import ndtri

    u = (rng.permutation(n) + 0.25 + 0.5 * rng.random(n)) / n
    return median * np.exp(sigma * ndtri(u))


def base_accounts(ctx: Ctx, pop: Pop, n: int) -> dict[str, np.ndarray]:
    """Traits every account has, drawn from the population's parameters."""
    rng = ctx.rng
    a = blank(n)
    a["tier"][:] = tiers(rng, pop, n)
    a["channel"][:] = channels(rng, pop, n)
    a["declared"][:] = benign_countries(rng, n)
    a["tz"][:] = tz_of(rng, a["declared"])
    a["email"][:] = webmail(ctx, a["declared"])
    a["persona"][:] = rng.integers(0, 1 << 30, n)
    surf = np.asarray(pop.surfaces, np.float64)
    mix = rng.dirichlet(surf * 8 + 1e-3, n) * (surf > 0)
    a["surf_cdf"][:] = np.cumsum(mix / mix.sum(1, keepdims=True), axis=1)
    topics = np.asarray(TOPICS[pop.topics], np.float64)
    tmix = rng.dirichlet(topics * 7 * pop.topic_focus + 1e-3, n) * (topics > 0)
    a["topic_cdf"][:] = np.cumsum(tmix / tmix.sum(1, keepdims=True), axis=1)
    a["rate"][:] = stratified_lognormal(rng, pop.sessions[0], pop.sessions[1], n)
    a["turns"][:] = np.full(n, pop.turns) * rng.lognormal(0, 0.25, n)
    a["style"][:] = STYLES.index(pop.style)
    a["timing"][:] = TIMINGS.index(pop.timing)
    a["diurnal"][:] = DIURNAL_NAMES.index(pop.diurnal)
    a["egress"][:] = EGRESS.index(pop.egress)
    a["p429"][:] = pop.p429
    a["cap"][:] = int(pop.extra.get("cap", 10_000))
    age_days = np.minimum(rng.lognormal(np.log(300), 1.0, n), 1100)
    a["created_us"][:] = ctx.scale.start_us - (age_days * DAY_US).astype(np.int64)
    new = rng.random(n) < 0.04
    a["created_us"][new] = ctx.scale.start_us + rng.integers(0, ctx.days * DAY_US, int(new.sum()))
    a["head"][:] = rng.integers(0, 1 << 20, n)
    return a


def generic_plan(ctx: Ctx, a: dict[str, np.ndarray], pop: Pop) -> np.ndarray:
    """Sessions per (account, day): who is active that day, and a heavy-tailed count if so."""
    rng = ctx.rng
    n, days = len(a["rate"]), ctx.days
    weekday = ctx.weekday(np.arange(days)) < 5
    wd, we = pop.active
    conc = 2.0
    p_wd = rng.beta(wd * conc + 1e-3, (1 - wd) * conc + 1e-3, n) if wd < 1 else np.ones(n)
    p_we = np.clip(p_wd * (we / wd), 0, 1)
    p = np.where(weekday[None, :], p_wd[:, None], p_we[:, None])
    active = rng.random((n, days)) < p
    lam = a["rate"][:, None] * rng.lognormal(0, 0.35, (n, days))
    counts = np.maximum(rng.poisson(lam), 1) * active
    return np.minimum(counts, a["cap"][:, None]).astype(np.int32)


def people_egress(
    ctx: Ctx, a: dict[str, np.ndarray], household: float = 1.0, vpn: float = 0.0
) -> None:
    """Homes (shared by households), mobile carriers' NAT pools, and commercial VPN exits."""
    rng = ctx.rng
    n = len(a["tz"])
    # Households: consecutive accounts share a country, a time zone and a home address.
    sizes = rng.geometric(1 / household, n) if household > 1 else np.ones(n, np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)])
    starts = starts[starts < n]
    head = np.repeat(starts, np.diff(np.append(starts, n)))
    if household > 1:
        for k in ("declared", "tz"):
            a[k] = a[k][head]
        a["email"][:] = webmail(ctx, a["declared"])
    home_slot = np.zeros((n, 2), np.int64)
    change = np.full(n, 10_000, np.int16)
    for c in np.unique(a["declared"][starts]):
        hs = starts[a["declared"][starts] == c]
        two = rng.random(len(hs)) < 0.2
        addrs = ctx.net.alloc(
            len(hs) + int(two.sum()), kind="residential", country=int(c), v6_share=0.3
        )
        second = len(hs) + np.cumsum(two) - 1
        for j, h in enumerate(hs):
            pair = [addrs[j], addrs[second[j]]] if two[j] else [addrs[j]]
            home_slot[h] = ctx.add_pool(np.array(pair))
        change[hs[two]] = rng.integers(1, max(2, ctx.days), int(two.sum()))
    a["home_change"][:] = change[head]
    a["slots"][:, 2 * HOME : 2 * HOME + 2] = home_slot[head]
    mobile = ctx.shared["mobile"]
    for c in np.unique(a["declared"]):
        m = np.flatnonzero(a["declared"] == c)
        options = mobile[int(c)]  # type: ignore[index]
        picks = rng.integers(0, len(options), len(m))
        a["slots"][m, 2 * MOBILE : 2 * MOBILE + 2] = np.array(options)[picks]
    if vpn > 0:
        users = rng.random(n) < vpn * 3
        a["slots"][users, 2 * ALT : 2 * ALT + 2] = ctx.shared["vpn"]
        a["alt_p"][users] = rng.uniform(0.1, 0.5, int(users.sum()))


def consumer_models(ctx: Ctx, a: dict[str, np.ndarray]) -> None:
    """First-party surfaces: the default model, switched for everyone within hours of release."""
    rng = ctx.rng
    n = len(a["tier"])
    a["base_model"][:] = cl.M4
    tier = a["tier"]
    from consentry.contract import TIERS

    a["alt_model"][:] = np.where(tier == TIERS.index("free"), cl.MINI, cl.PRO)
    a["p_alt"][:] = np.select(
        [tier == TIERS.index("free"), tier == TIERS.index("max")], [0.08, 0.45], 0.15
    )
    release = int(cl.RELEASE.timestamp()) * 1_000_000
    a["adopt_us"][:] = release + rng.integers(0, 6 * 3600, n) * 1_000_000
    a["new_share"][:] = 1.0


def api_models(
    ctx: Ctx, a: dict[str, np.ndarray], adopters: float = 0.45, mean_days: float = 6.0
) -> None:
    """Customers who pick their model: a gradual, partial move to a new release."""
    rng = ctx.rng
    n = len(a["tier"])
    a["base_model"][:] = rng.choice([cl.M4, cl.MINI, cl.M35, cl.PRO], n, p=[0.45, 0.3, 0.1, 0.15])
    a["alt_model"][:] = rng.choice([cl.M4, cl.MINI, cl.PRO], n)
    a["p_alt"][:] = np.where(rng.random(n) < 0.3, 0.1, 0.0)
    release = int(cl.RELEASE.timestamp()) * 1_000_000
    delay = np.maximum(rng.exponential(mean_days, n), 0.08) * DAY_US
    adopt = rng.random(n) < adopters
    a["adopt_us"][:] = np.where(adopt, release + delay.astype(np.int64), NEVER)
    a["new_share"][:] = rng.uniform(0.3, 1.0, n)


def give_keys(ctx: Ctx, a: dict[str, np.ndarray], lo: int = 1, hi: int = 3) -> None:
    counts = ctx.rng.integers(lo, hi + 1, len(a["tier"]))
    a["key_start"][:] = ctx.keys(counts)
    a["key_n"][:] = counts


def pick_uas(ctx: Ctx, a: dict[str, np.ndarray]) -> None:
    for s in range(4):
        a["ua"][:, s] = cl.pick_ua(ctx.rng, ctx.ua_sections, s, len(a["tier"]))


def shared_infrastructure(ctx: Ctx) -> None:
    """Carrier NAT pools, VPN exits, cloud runners, and the two resellers' proxy pools."""
    net, rng, f = ctx.net, ctx.rng, ctx.scale.factor
    mobile: dict[int, list[tuple[int, int]]] = {}
    for c, share in enumerate(BENIGN_SHARE):
        size = 8 + int(3000 * f * share) if share > 0 else 4
        mobile[c] = [
            ctx.add_pool(net.alloc(size, provider=p, v6_share=0.6))
            for p in net.by_key[("mobile", c)]
        ]
    ctx.shared["mobile"] = mobile
    # Commercial VPN / proxy services: privacy-minded users and campaigns exit through the same
    # businesses (campaigns get their own addresses in them, see campaigns.py).
    ctx.shared["proxy_providers"] = [
        net.new_provider("datacenter", r, prefix=20, feed_kind="proxy" if i % 2 else "datacenter")
        for i, r in enumerate(("US", "SG", "JP", "DE", "NL", "US"))
    ]
    cn = CODES.index("CN")
    ctx.shared["leak"] = ctx.add_pool(
        np.concatenate(
            [
                net.alloc(max(6, int(40 * f**0.5)), kind="residential", country=cn),
                net.alloc(max(4, int(20 * f**0.5)), kind="mobile", country=cn, v6_share=0.3),
            ]
        )
    )
    ctx.shared["vpn"] = ctx.add_pool(
        np.concatenate(
            [
                net.alloc(max(4, int(60 * f**0.5)), provider=int(p))
                for p in ctx.shared["proxy_providers"]  # type: ignore[attr-defined]
            ]
        )
    )
    runners = {}
    for r in ("US", "DE", "SG", "IE"):
        cands = net.by_key[("datacenter", CODES.index(r))]
        runners[r] = ctx.add_pool(
            net.alloc(max(8, int(300 * f**0.5)), provider=int(rng.choice(cands)))
        )
    ctx.shared["runners"] = runners
    for name, size in (("R1", 1500), ("R2", 500)):
        provs = [
            net.new_provider(
                "proxy", r, prefix=21, feed_kind="proxy" if rng.random() < 0.6 else "datacenter"
            )
            for r in PROXY_REGIONS[:6]
        ]
        per = max(3, int(size * f**0.5) // len(provs))
        ctx.shared[name] = {
            "pool": ctx.add_pool(np.concatenate([net.alloc(per, provider=p) for p in provs])),
            "pay": ctx.new_pay(3),
            "domain": ctx.domain(made_up_domain(rng, ".net")),
            "ua": cl.pick_ua(rng, ctx.ua_sections, cl.API, 2),
        }


# --- ordinary users ---------------------------------------------------------------------------


def build_people(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Consumers, office workers, power users and developers."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    if "office" in pop.extra:
        _offices(ctx, pop, a)
    people_egress(ctx, a, household=pop.extra.get("household", 1.0), vpn=pop.extra.get("vpn", 0.0))
    if pop.extra.get("cloud"):
        cloud = rng.random(n) < pop.extra["cloud"]
        for i in np.flatnonzero(cloud):
            region = (
                CODES.index(("US", "DE", "SG", "IE", "JP")[i % 5])
                if i % 3
                else int(a["declared"][i])
            )
            cands = (
                ctx.net.by_key.get(("datacenter", region))
                or ctx.net.by_key[("datacenter", CODES.index("US"))]
            )
            a["slots"][i, 2 * ALT : 2 * ALT + 2] = ctx.add_pool(
                ctx.net.alloc(int(rng.integers(1, 3)), provider=int(rng.choice(cands)))
            )
        a["alt_p"][cloud] = rng.uniform(0.3, 0.9, int(cloud.sum()))
    from consentry.contract import TIERS

    paid = ~np.isin(a["tier"], [TIERS.index("free")]) & (a["pay"] < 0)
    a["pay"][paid] = ctx.new_pay(int(paid.sum()))
    has_api = a["surf_cdf"][:, 1] < 1.0
    if pop.extra.get("early"):  # enthusiasts who move to a new model within hours
        api_models(ctx, a, adopters=1.0, mean_days=0.15)
        a["new_share"][:] = rng.uniform(0.8, 1.0, n)
    elif pop.tiers.get("api"):
        api_models(ctx, a)
    else:
        consumer_models(ctx, a)
    give_keys(ctx, a, 1, 2)
    a["key_n"][~has_api] = 0
    pick_uas(ctx, a)
    a["stateful"][:] = rng.random(n) < pop.extra.get("stateful", 0.0)
    a["p_incog"][:] = np.where(rng.random(n) < 0.15, pop.extra.get("incognito", 0.02) * 5, 0.0)
    a["p_resume"][:] = 0.12
    custom = rng.random(n) < (0.35 if pop.tiers.get("api") else 0.12)
    s0, sn = ctx.shared["sys"]["custom"]  # type: ignore[index]
    a["sys_idx"][custom] = s0 + rng.integers(0, sn, int(custom.sum()))
    a["p_sys"][custom] = 1.0
    return a, generic_plan(ctx, a, pop)


def _offices(ctx: Ctx, pop: Pop, a: dict[str, np.ndarray]) -> None:
    """Workers belong to organisations that share office egress, billing and an email domain."""
    rng = ctx.rng
    n = len(a["tz"])
    size = pop.group_size[0] if ctx.scale.factor >= 0.05 else pop.group_size[1]
    start = 0
    while start < n:
        k = min(n - start, max(2, int(rng.pareto(1.5) * size / 3) + 2))
        m = slice(start, start + k)
        c = int(a["declared"][start])
        a["declared"][m] = c
        a["tz"][m] = a["tz"][start]
        prov = ctx.net.new_provider("corporate", CODES[c], prefix=24)
        a["slots"][m, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(
            ctx.net.alloc(int(rng.integers(1, 4)), provider=prov)
        )
        a["org"][m] = ctx.new_org()
        a["email"][m] = ctx.domain(made_up_domain(rng))
        a["tier"][m] = a["tier"][start]
        a["pay"][m] = ctx.new_pay(1)[0]  # team plans are billed to the organisation
        start += k


def build_product(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Legitimate products calling the API for their own end users, from cloud NAT gateways."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    s0, sn = ctx.shared["sys"]["product"]  # type: ignore[index]
    homes = ("US", "US", "US", "GB", "DE", "IN", "SG", "JP", "FR", "BR", "KR", "NL")
    for i in range(n):
        home = homes[rng.integers(len(homes))]
        a["declared"][i] = CODES.index(home)
        region = CODES.index(
            home
            if ("datacenter", CODES.index(home)) in ctx.net.by_key and rng.random() < 0.7
            else ("US", "IE", "SG")[rng.integers(3)]
        )
        cands = ctx.net.by_key[("datacenter", region)]
        a["slots"][i, 2 * WORK : 2 * WORK + 2] = ctx.add_pool(
            ctx.net.alloc(int(rng.integers(2, 7)), provider=int(rng.choice(cands)))
        )
        a["org"][i] = ctx.new_org()
        a["email"][i] = ctx.domain(made_up_domain(rng))
    a["pay"][:] = ctx.new_pay(n)
    a["sys_idx"][:] = s0 + rng.integers(0, sn, n)
    a["p_sys"][:] = 1.0
    a["head"][:] = rng.integers(0, 5, n)
    api_models(ctx, a, adopters=0.3, mean_days=9.0)
    give_keys(ctx, a, 1, 4)
    pick_uas(ctx, a)
    a["stateful"][:] = rng.random(n) < 0.2
    a["created_us"][:] = ctx.scale.start_us - rng.integers(60, 900, n) * DAY_US
    return a, generic_plan(ctx, a, pop)


def build_reseller(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """End users of two legitimate resellers: billed by and routed through the reseller."""
    rng = ctx.rng
    a = base_accounts(ctx, pop, n)
    a["declared"][:] = reseller_countries(rng, n)
    a["tz"][:] = tz_of(rng, a["declared"])
    a["email"][:] = webmail(ctx, a["declared"])
    main = rng.random(n) < pop.extra.get("main_reseller", 0.6)
    for name, m in (("R1", main), ("R2", ~main)):
        r = ctx.shared[name]
        idx = np.flatnonzero(m)
        a["slots"][idx, 2 * WORK : 2 * WORK + 2] = r["pool"]  # type: ignore[index]
        a["pay"][idx] = np.asarray(r["pay"])[rng.integers(0, 3, len(idx))]  # type: ignore[index]
        own = rng.random(len(idx)) < 0.6
        a["email"][idx[own]] = r["domain"]  # type: ignore[index]
        a["ua"][idx, cl.API] = np.asarray(r["ua"])[rng.integers(0, 2, len(idx))]  # type: ignore[index]
    a["ua"][:, cl.CLI] = cl.pick_ua(rng, ctx.ua_sections, cl.CLI, n)
    api_models(ctx, a, adopters=0.5, mean_days=3.0)
    give_keys(ctx, a, 1, 1)
    a["p_resume"][:] = 0.0
    return a, generic_plan(ctx, a, pop)


RESELLER_MARKET = {
    "ID": 0.2,
    "VN": 0.15,
    "MY": 0.1,
    "PH": 0.12,
    "SG": 0.05,
    "IN": 0.1,
    "BR": 0.08,
    "TR": 0.08,
    "US": 0.07,
    "EG": 0.05,
}


def reseller_countries(rng: np.random.Generator, n: int) -> np.ndarray:
    names = list(RESELLER_MARKET)
    p = np.array(list(RESELLER_MARKET.values()))
    return np.array([CODES.index(c) for c in names], np.int16)[
        rng.choice(len(names), n, p=p / p.sum())
    ]


def build_restricted(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Expatriates, travellers and VPN users who reach the service from a restricted region:
    ordinary consumers (declaring an allowed country) whose home, for some or most sessions,
    is a network in CN, RU or IR, up to `home_group` of them behind one home network."""
    from consentry_sim.net import RESTRICTED

    rng = ctx.rng
    a, plan = build_people(ctx, pop, n)
    size = int(pop.extra.get("home_group", 9))
    start = 0
    while start < n:
        k = min(n - start, int(rng.integers(1, size + 1)) if rng.random() < 0.5 else 1)
        country = CODES.index(RESTRICTED[int(rng.integers(len(RESTRICTED)))])
        kind = "residential" if rng.random() < 0.8 else "mobile"
        home = ctx.add_pool(ctx.net.alloc(int(rng.integers(1, 3)), kind=kind, country=country))
        a["slots"][start : start + k, 2 * ALT : 2 * ALT + 2] = home
        a["alt_p"][start : start + k] = rng.uniform(0.05, 1.0) if k > 1 else rng.uniform(0.02, 1.0)
        start += k
    return a, plan


def build_automation(ctx: Ctx, pop: Pop, n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Personal automations and community bots: one person's script or a chat community's bot,
    templated requests with one system prompt around the clock, from a home server or a small
    cloud VM; no organisation behind it."""
    rng = ctx.rng
    a, plan = build_product(ctx, pop, n)
    a["org"][:] = -1
    a["email"][:] = webmail(ctx, a["declared"])
    home = rng.random(n) < 0.5
    people_egress(ctx, a)
    a["slots"][home, 2 * WORK : 2 * WORK + 2] = a["slots"][home, 2 * HOME : 2 * HOME + 2]
    a["created_us"][:] = ctx.scale.start_us - rng.integers(5, 700, n) * DAY_US
    return a, plan
