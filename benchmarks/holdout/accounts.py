"""Account rows and per-account settings (home, clients, addresses, keys) for one population."""

from __future__ import annotations

import network as N
import numpy as np
import world as Wd
from populations import Pop
from text import LANG_ID

CONSUMER_MAIL = {
    "default": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"],
    "DE": ["gmx.de", "web.de", "t-online.de"],
    "FR": ["orange.fr", "free.fr"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp"],
    "KR": ["naver.com", "daum.net"],
    "BR": ["uol.com.br", "bol.com.br"],
    "RU": ["yandex.ru", "mail.ru"],
    "CN": ["qq.com", "163.com"],
    "TW": ["yahoo.com.tw"],
    "IN": ["rediffmail.com"],
}
FRAUD_MAIL = [
    "mailbox-relay.net",
    "tmpinbox.org",
    "quickmail.cc",
    "nexaquery.ai",
    "datafarm.io",
    "protonmail.com",
    "inboxkitten.com",
    "outlook.com",
    "gmail.com",
    "163.com",
]
EDU_MAIL = [
    "state.edu",
    "uni-mannheim.de",
    "ox.ac.uk",
    "iitb.ac.in",
    "usp.br",
    "snu.ac.kr",
    "utoronto.ca",
    "unimelb.edu.au",
    "u-tokyo.ac.jp",
    "sorbonne-universite.fr",
    "ucm.es",
    "unam.mx",
    "mit.edu",
    "berkeley.edu",
]
CORP_WORDS = [
    "acme",
    "northwind",
    "globex",
    "initech",
    "umbrella",
    "stark",
    "wayne",
    "tyrell",
    "hooli",
    "vandelay",
    "soylent",
    "cyberdyne",
    "wonka",
    "gringotts",
    "oscorp",
    "aperture",
    "blueshift",
    "tidal",
    "quanta",
    "lumen",
]
CORP_TLD = ["com", "io", "co", "de", "ai", "net", "co.uk", "fr", "com.br", "jp"]


def hexids(rng: np.random.Generator, n: int, prefix: str, width: int = 12) -> list[str]:
    vals = rng.integers(0, 1 << 62, n, dtype=np.int64)
    return [f"{prefix}{v:016x}"[: len(prefix) + width] for v in vals]


def _choice(rng, d: dict[str, float], n: int) -> np.ndarray:
    keys = list(d)
    p = np.array([d[k] for k in keys], float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), n, p=p / p.sum())]


def make_accounts(
    pop: Pop, n: int, rng: np.random.Generator, clock: Wd.Clock, pools: Wd.Pools, pidx: int
) -> dict:
    """Per-account attributes (one array per field, plus ragged address and client pools)."""
    home = (
        _choice(rng, pop.home, n)
        if pop.home
        else np.array(N.CODES, dtype=object)[rng.choice(len(N.CODES), n, p=N.HOME_P)]
    )
    tz = np.array([float(rng.choice(N.COUNTRIES[h][1])) for h in home])
    lang = np.array([LANG_ID.get(N.COUNTRIES[h][2], 0) for h in home])
    # Lifetimes in seconds from T0.
    days_s = clock.end_s
    if pop.created == "old":
        created = -rng.uniform(30, 900, n) * Wd.DAY
        start = np.zeros(n)
    elif pop.created == "recent":
        created = -rng.uniform(1, 45, n) * Wd.DAY
        start = np.zeros(n)
    else:  # fresh: created just before use, during the window
        lo = pop.life[0] if pop.life else 3
        centres = rng.uniform(-3 * Wd.DAY, max(days_s - lo * Wd.DAY, Wd.DAY), pop.batches)
        created = centres[rng.integers(0, pop.batches, n)] + rng.normal(
            0, 3 * 3600 * max(1, pop.batches / 8), n
        )
        start = np.maximum(created + rng.uniform(600, Wd.DAY, n), 0)
    if pop.start_after_release > 0:
        late = rng.random(n) < pop.start_after_release
        created[late] = clock.release_s + rng.uniform(-6 * 3600, 3 * Wd.DAY, late.sum())
        start[late] = created[late] + rng.uniform(600, 6 * 3600, late.sum())
    end = np.full(n, float(days_s))
    if pop.life:
        end = np.minimum(start + rng.uniform(pop.life[0], pop.life[1], n) * Wd.DAY, days_s)
    tier = _choice(rng, pop.tiers, n)
    channel = _choice(rng, pop.channels, n)
    # Payment instruments.
    kind = pop.payment[0]
    if kind == "own":
        pay = np.array(hexids(rng, n, "pf_", 20), dtype=object)
        pay[tier == "free"] = None
    else:
        cards = hexids(rng, pop.payment[1], "pf_", 20)
        pay = np.array(cards, dtype=object)[rng.integers(0, len(cards), n)]
        if kind == "reseller":
            own = rng.random(n) < 0.35
            pay[own] = np.array(hexids(rng, int(own.sum()), "pf_", 20), dtype=object)
    # Organisations.
    org = np.array([None] * n, dtype=object)
    if pop.org == "own":
        org[:] = hexids(rng, n, "org_", 12)
    elif pop.org == "shared":
        k = max(1, n // 6)
        orgs = hexids(rng, k, "org_", 12)
        org[:] = np.array(orgs, dtype=object)[np.minimum(rng.zipf(1.6, n) - 1, k - 1)]
    if pop.email == "edu":
        pay[tier == "education"] = None  # paid for by the university programme
    if pop.org == "shared":  # one company card per organisation
        by_org = {o: c for o, c in zip(org, hexids(rng, n, "pf_", 20), strict=True)}
        pay = np.array(
            [by_org[o] if tier[i] in ("team", "enterprise") else pay[i] for i, o in enumerate(org)],
            dtype=object,
        )
    # E-mail domains.
    if pop.email == "consumer":
        email = [
            str(
                rng.choice(
                    CONSUMER_MAIL.get(h, CONSUMER_MAIL["default"])
                    if rng.random() < 0.4
                    else CONSUMER_MAIL["default"]
                )
            )
            for h in home
        ]
    elif pop.email == "edu":
        email = [EDU_MAIL[i % len(EDU_MAIL)] for i in rng.integers(0, 14, n)]
    elif pop.email == "corporate":
        email = []
        doms: dict = {}
        for o in org:
            key = o if o is not None else len(email)
            if key not in doms:
                doms[key] = (
                    f"{rng.choice(CORP_WORDS)}{'-' + str(rng.choice(CORP_WORDS)) if rng.random() < 0.5 else ''}.{rng.choice(CORP_TLD)}"
                )
            email.append(doms[key])
    elif pop.email == "fraud":
        email = [str(rng.choice(FRAUD_MAIL)) for _ in range(n)]
    else:
        email = [str(rng.choice(CONSUMER_MAIL["default"])) for _ in range(n)]
    declared = home.copy()
    if pop.label.startswith("attack:"):
        lie = np.isin(home, ["CN", "HK", "RU", "BY", "IR", "MO"])
        declared[lie] = np.array(["US", "SG", "GB", "JP"], dtype=object)[
            rng.integers(0, 4, lie.sum())
        ]
    if pop.net == "reseller":  # the reseller signs its customers up from its own country
        declared[:] = np.array(["SG", "US"], dtype=object)[(rng.random(n) < 0.4).astype(int)]
    missing = rng.random(n) < 0.04
    declared[missing] = None
    ips, ua = _addresses(pop, n, rng, home, org, pools, pidx), _clients(pop, n, rng)
    keys_n = rng.integers(pop.keys[0], pop.keys[1] + 1, n)
    return {
        "home": home,
        "tz": tz,
        "lang": lang,
        "created": created,
        "start": start,
        "end": end,
        "tier": tier,
        "channel": channel,
        "pay": pay,
        "org": org,
        "email": np.array(email, dtype=object),
        "declared": declared,
        "ips": ips,
        "ua": ua,
        "keys_n": keys_n,
        "keys_off": np.concatenate([[0], np.cumsum(keys_n)[:-1]]),
        "keys": hexids(rng, int(keys_n.sum()), "key_", 16),
        "threads": rng.random(n) < 0.4,
    }


def _ragged(lists: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    counts = np.array([len(x) for x in lists])
    return (
        np.concatenate([np.asarray(x, int) for x in lists]),
        np.concatenate([[0], np.cumsum(counts)[:-1]]),
        counts,
    )


def _addresses(pop: Pop, n: int, rng, home, org, pools: Wd.Pools, pidx: int):
    net = pools.net
    out: list[list[int]] = []
    for i in range(n):
        h = home[i]
        k = pop.net
        if k in ("consumer", "traveller", "office", "office_cloud", "campus"):
            ips = (
                []
                if k in ("office_cloud",)
                else net.pool("residential", h, int(rng.integers(1, 4)))
            )
            if k in ("consumer", "traveller") and rng.random() < 0.45:
                cg = pools.cgnat(h)
                ips += [cg[int(j)] for j in rng.integers(0, len(cg), int(rng.integers(1, 3)))]
            if k == "consumer" and rng.random() < 0.05:
                ips.append(pools.vpn[int(rng.integers(0, len(pools.vpn)))])
            if k == "consumer" and rng.random() < 0.04:
                other = str(rng.choice(["US", "FR", "ES", "IT", "JP", "GB", "MX"]))
                ips += net.pool("residential", other, 2)
            if k == "traveller":
                fam = pools.family(pidx * 100000 + int(rng.integers(0, max(1, n // 3))))
                ips = list(fam) + ips if rng.random() < 0.5 else ips + list(fam)
                if rng.random() < 0.5:
                    ips += [pools.vpn[int(j)] for j in rng.integers(0, len(pools.vpn), 2)]
            if k in ("office", "office_cloud"):
                ips = pools.org(org[i] or f"solo{i}", h) + ips
            if k == "office_cloud":
                prov, reg = Wd.cloud_for(h, rng)
                ips += net.pool("datacenter", reg, int(rng.integers(2, 7)), prov, v4_only=True)
            if k == "campus":
                ips = pools.campus(int(rng.integers(0, 14))) * 3 + ips  # mostly on the campus NAT
        elif k in ("cloud", "cloud_home", "vps"):
            prov, reg = Wd.cloud_for(h, rng, allow_restricted=(k == "cloud_home"))
            if k == "vps":
                prov, reg = str(rng.choice(["host_h", "host_o", "host_d"])), None
                reg = N.CLOUDS[prov][1][0]
            ips = net.pool(
                "datacenter",
                reg,
                int(rng.integers(1, 3) if k == "vps" else rng.integers(2, 13)),
                prov,
                v4_only=True,
            )
        elif k == "cloud_many":
            ips = []
            for _ in range(int(rng.integers(2, 5))):
                prov, reg = Wd.cloud_for(
                    str(rng.choice(["US", "SG", "DE", "JP", "IN", "HK", "GB"])),
                    rng,
                    allow_restricted=True,
                )
                ips += net.pool("datacenter", reg, int(rng.integers(3, 9)), prov, v4_only=True)
        elif k == "reseller":
            ips = [
                pools.reseller[int(j)]
                for j in rng.choice(len(pools.reseller), int(rng.integers(20, 60)), replace=False)
            ]
        elif k == "hydra":
            ips = [
                pools.reseller[int(j)]
                for j in rng.choice(len(pools.reseller), int(rng.integers(8, 25)), replace=False)
            ]
            ips += [
                pools.resi_proxy[int(j)]
                for j in rng.choice(len(pools.resi_proxy), int(rng.integers(8, 25)), replace=False)
            ]
        elif k == "resi_proxy":
            ips = net.pool("residential", h, int(rng.integers(2, 6)))
        elif k == "home_or_vps":
            if rng.random() < 0.6:
                ips = net.pool("residential", h, 1)
            else:
                prov = str(rng.choice(["host_h", "host_o", "host_d"]))
                ips = net.pool("datacenter", N.CLOUDS[prov][1][0], 1, prov, v4_only=True)
        else:
            raise ValueError(f"unknown network kind {k}")
        out.append(ips)
    return _ragged(out)


def _clients(pop: Pop, n: int, rng) -> dict[str, np.ndarray]:
    """One client string per surface per account; 'many' accounts get a ragged pool of stacks."""

    def pick(name: str) -> np.ndarray:
        lo, hi = Wd.UA_RANGES[name]
        return rng.integers(lo, hi, n)

    api_src = {"sdk": "sdk", "tools": "tools", "bot": "bot"}.get(pop.ua, "sdk")
    res = {"web": pick("web"), "app": pick("app"), "cli": pick("cli"), "api": pick(api_src)}
    if pop.ua == "tools":
        mix = rng.random(n) < 0.5
        res["api"][mix] = pick("sdk")[mix]
    if pop.ua == "fleet":  # one automation stack for the whole campaign: a few client strings
        for name in ("web", "app", "api"):
            lo, hi = Wd.UA_RANGES[name if name != "api" else "sdk"]
            few = rng.integers(lo, hi, 2)
            res[name] = few[rng.integers(0, 2, n)]
    if pop.ua == "many":
        lo, hi = Wd.UA_RANGES["cli"][0], Wd.UA_RANGES["tools"][1]
        res["many"] = _ragged(
            [list(rng.integers(lo, hi, int(rng.integers(4, 14)))) for _ in range(n)]
        )
    return res
