"""Hold-out 16 (a judge, never tune on it): a labelled traffic world in the traffic-logs contract.

Usage: traffic.py --out DIR --seed N [--scale F] [--corpora DIR]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import string
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
import h16_text as T  # noqa: E402

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES  # noqa: E402

START = datetime(2027, 6, 7, tzinfo=UTC)  # a Monday
DAYS = 28
T0 = int(START.timestamp())
RELEASE_AT = T0 + 11 * 86400 + 17 * 3600  # heron-4.1 replaces heron-4 on day 12
COUNTRIES = {  # code: UTC offset in hours
    "US": -5, "CA": -5, "MX": -6, "BR": -3, "GB": 0, "DE": 1, "FR": 1, "ES": 1, "PL": 1,
    "NL": 1, "NG": 1, "KE": 3, "TR": 3, "AE": 4, "IN": 5.5, "VN": 7, "ID": 7, "TH": 7,
    "SG": 8, "PH": 8, "MY": 8, "HK": 8, "JP": 9, "KR": 9, "AU": 10,
}  # fmt: skip
CONSUMER_W = np.array([30, 4, 3, 5, 9, 6, 4, 3, 3, 2, 3, 2, 2, 1, 10, 2, 2, 2, 1, 2, 3, 1, 3, 2, 3])
CLOUD_REGIONS = ("US", "US", "US", "DE", "NL", "GB", "SG", "JP", "IN", "AU", "BR", "FR")
HOURS = {  # local-hour weights
    "human": [1, .5, .3, .2, .2, .4, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 6, 6, 6, 5, 3],
    "office": [0, 0, 0, 0, 0, 0, .2, 1, 5, 8, 8, 7, 5, 7, 8, 8, 6, 3, 1, .5, .3, .2, 0, 0],
    "night": [6, 8, 8, 7, 5, 2, .5, .2, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .2, .3, .6, 1.5, 3],
    "flat": [3, 2.5, 2, 2, 2, 2.5, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4.5, 4, 3.5],
    "evening": [2, 1, .4, .2, .1, .2, .5, 1, 1.5, 2, 2, 2, 2.5, 2.5, 2, 2, 2.5, 3, 5, 7, 8, 8, 6, 4],
}  # fmt: skip


@dataclass(frozen=True)
class Cls:
    label: str
    n: int
    kind: str  # consumer | power | app | grade | critique | docs
    harvest: bool  # campaign: walks a shared corpus permutation
    conv_mu: float  # log-mean conversations over the window
    conv_sd: float
    tiers: tuple[str, ...]
    channels: tuple[str, ...]
    hours: str
    nets: tuple[tuple[str, float], ...]  # residential, mobile, office, cloud, proxy, vpn
    surfaces: tuple[tuple[str, float], ...]
    out_mu: float  # log-mean output tokens
    age_days: tuple[float, float]  # lognormal mu, sd of account age at START
    operator_clock: float = 0.0  # share of accounts on UTC+8 whatever their declared country
    org_size: int = 0  # 0: no org; else accounts per org (mean)
    card_share: int = 1  # accounts per payment instrument
    countries: tuple[str, ...] = ()


def classes(scale: float) -> list[Cls]:
    def n(x: int) -> int:
        return max(2, round(x * scale))

    home = (("residential", 0.7), ("mobile", 0.3))
    AP = ("api_console", "api_console")
    webapp = (("web", 0.6), ("app", 0.4))
    api = (("api", 1.0),)
    return [
        Cls("benign", n(8050), "consumer", False, 2.6, 1.1, ("free",) * 6 + ("pro", "pro", "max"),
            ("web",), "human", home + (("office", 0.08), ("vpn", 0.03)), webapp, 5.6, (6.0, 0.9)),
        Cls("hn:power_user", n(300), "power", False, 4.7, 0.5, ("pro", "max", "max"), ("web",),
            "evening", home + (("office", 0.3),), webapp + (("cli", 0.2),), 6.3, (6.3, 0.7)),
        Cls("hn:api_app", n(150), "app", False, 6.1, 0.7, ("api",), ("api_console",), "flat",
            (("cloud", 1.0),), api, 4.8, (6.0, 0.8), org_size=2),
        # grading product beside a reward-model harvest in the grading frame
        Cls("hn:grading_saas", n(120), "grade", False, 6.7, 0.5, ("api",), AP + ("startup_program",), "office",
            (("cloud", 1.0),), api, 5.5, (5.5, 1.0), org_size=3, card_share=3),
        Cls("attack:rubric_harvest", n(90), "grade", True, 6.7, 0.5, ("api",), AP + ("startup_program",),
            "office", (("cloud", 1.0),), api, 5.5, (5.2, 0.8), operator_clock=0.5, org_size=2,
            card_share=3),
        # writers asking critique-then-revise beside a harvest of self-critique traces
        Cls("hn:writing_coach", n(500), "critique", False, 3.3, 0.6, ("pro", "pro", "free", "max"),
            ("web",), "evening", home + (("office", 0.15),), webapp, 6.0, (5.5, 1.0)),
        Cls("attack:critique_loop", n(450), "critique", True, 3.3, 0.55, ("pro", "pro", "max"),
            ("web",), "evening", (("proxy", 0.75), ("mobile", 0.15), ("residential", 0.1)), webapp,
            6.0, (5.4, 0.9), operator_clock=0.4, card_share=3),
        # nightly document processing (the batch-job class) beside shell startups' nightly harvest
        Cls("hn:nightly_docs", n(150), "docs", False, 7.2, 0.45, ("api", "api", "enterprise"),
            AP + ("partner_reseller", "startup_program"), "night", (("cloud", 0.9), ("office", 0.1)), api, 4.9, (5.3, 1.2),
            org_size=2),
        Cls("attack:startup_batch", n(140), "docs", True, 7.2, 0.45, ("api",), ("startup_program", "startup_program", "api_console"),
            "night", (("cloud", 0.9), ("office", 0.1)), api, 4.9, (4.9, 0.8), org_size=1,
            card_share=2),
    ]  # fmt: skip


class World:
    def __init__(self, seed: int, scale: float, corpora: Path) -> None:
        self.seed = seed
        self.rng = np.random.default_rng([16, seed])
        self.scale = scale
        self.bank = load_corpora(corpora)
        self.ranges: list[dict[str, object]] = []
        self.nets: dict[tuple[str, str], list[tuple[int, int]]] = {}
        self._build_networks()

    def hexid(self, prefix: str, k: int = 12) -> str:
        v = self.rng.integers(0, 1 << 60, size=2)
        return prefix + f"{int(v[0]):015x}{int(v[1]):015x}"[:k]

    def _build_networks(self) -> None:
        rng = self.rng
        firsts = [a for a in range(23, 223) if a not in (100, 127, 169, 172, 192)]
        pool = [(a, b) for a in firsts for b in range(0, 256, 7)]
        order = rng.permutation(len(pool))
        taken = iter(pool[i] for i in order)
        asn = 20000
        for c in COUNTRIES:
            for kind, count in (("residential", 3), ("mobile", 2), ("corporate", 2)):
                for _ in range(count):
                    a, b = next(taken)
                    asn += int(rng.integers(1, 400))
                    self.nets.setdefault((kind, c), []).append((a, b))
                    self.ranges.append({"cidr": f"{a}.{b}.0.0/16", "kind": kind, "asn": asn,
                                        "country": c})  # fmt: skip
        for i, c in enumerate(CLOUD_REGIONS * 3):
            a, b = next(taken)
            asn_c = 14000 + 100 * (i % 4)
            self.nets.setdefault(("datacenter", c), []).append((a, b))
            self.ranges.append({"cidr": f"{a}.{b}.0.0/16", "kind": "datacenter", "asn": asn_c,
                                "country": c})  # fmt: skip
        for c in ("NL", "US", "SG", "DE", "JP", "GB", "CA", "HK"):
            a, b = next(taken)
            self.nets.setdefault(("vpn", c), []).append((a, b))
            kind = "proxy" if rng.random() < 0.5 else "datacenter"
            self.ranges.append({"cidr": f"{a}.{b}.0.0/16", "kind": kind, "asn": 60000 + len(c),
                                "country": c})  # fmt: skip

    def ip(self, kind: str, country: str, key: int) -> tuple[str, str]:
        """An address of this kind in this country; key fixes which one (a line, a NAT)."""
        if kind == "proxy":  # residential-proxy exits are home lines of the country
            kind = "residential"
        if kind == "office":
            kind = "corporate"
        if kind == "cloud":
            kind, country = "datacenter", CLOUD_REGIONS[key % len(CLOUD_REGIONS)]
        if kind == "vpn":
            country = ("NL", "US", "SG", "DE", "JP", "GB", "CA", "HK")[key % 8]
        nets = self.nets[(kind, country)]
        h = int.from_bytes(hashlib.blake2b(f"{self.seed}:{kind}:{key}".encode(), digest_size=8)
                           .digest(), "big")  # fmt: skip
        a, b = nets[h % len(nets)]
        if kind == "mobile":  # carrier-grade NAT: few shared public addresses
            return f"{a}.{b}.{(h >> 8) % 4}.{(h >> 16) % 120 + 1}", country
        if kind == "datacenter":
            return f"{a}.{b}.{(h >> 8) % 32}.{(h >> 16) % 250 + 2}", country
        return f"{a}.{b}.{(h >> 8) % 256}.{(h >> 16) % 250 + 2}", country


def _jsonl(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return [json.loads(x) for x in lines if x.strip()]


def load_corpora(root: Path) -> dict[str, list[tuple[str, str | None]]]:
    """Banks of (prompt, reference answer or None) from the public corpora."""
    bank: dict[str, list[tuple[str, str | None]]] = {"code": [], "math": [], "general": []}
    try:
        for name in ("arena-hard-v2.0", "arena-hard-v0.1"):
            for d in _jsonl(root / name / "question.jsonl"):
                sub = str(d.get("subcategory", d.get("cluster", ""))).lower()
                p = str(d["prompt"])
                bank["code" if ("cod" in sub or "```" in p) else "general"].append((p[:6000], None))
        for d in _jsonl(root / "mt-bench" / "question.jsonl"):
            key = {"math": "math", "coding": "code"}.get(str(d["category"]), "general")
            bank[key].append((str(d["turns"][0]), None))  # type: ignore[index]
        for split in ("train", "test"):
            for d in _jsonl(root / "gsm8k" / f"{split}.jsonl"):
                bank["math"].append(
                    (str(d["question"]), str(d["answer"]).replace("####", "Answer:"))
                )
        for d in _jsonl(root / "self-instruct-seed" / "seed_tasks.jsonl"):
            inst = d["instances"][0]  # type: ignore[index]
            q = str(d["instruction"]) + ("\n" + inst["input"] if inst["input"] else "")
            bank["general"].append((q, inst["output"] or None))
    except (OSError, ValueError, KeyError, IndexError, TypeError) as e:
        raise SystemExit(f"error: cannot read corpora under {root}: {type(e).__name__}") from None
    return bank


def fill(rng: np.random.Generator, tmpl: str, slots: dict[str, tuple[str, ...]]) -> str:
    keys = _fields(tmpl)
    u = rng.random(len(keys))
    return tmpl.format(
        **{k: slots[k][int(x * len(slots[k]))] for k, x in zip(keys, u, strict=True)}
    )


@functools.cache
def _fields(tmpl: str) -> tuple[str, ...]:
    return tuple(sorted({f for _, f, _, _ in string.Formatter().parse(tmpl) if f}))


def numslots(rng: np.random.Generator, m: int = 1) -> dict[str, tuple[str, ...]]:
    """Numbers for a document's slots, m candidates each."""
    v = rng.random((11, m))
    return {
        "id": tuple(str(100000 + int(x * 900000)) for x in v[0]),
        "num": tuple(str(1000 + int(x * 98999)) for x in v[1]),
        "num2": tuple(f"A{1000000 + int(x * 9000000)}" for x in v[2]),
        "m": tuple(str(1 + int(x * 8)) for x in v[3]),
        "d": tuple(str(1 + int(x * 27)) for x in v[4]),
        "k": tuple(str(1 + int(x * 39)) for x in v[5]),
        "price": tuple(f"{2 + x * 898:.2f}" for x in v[6]),
        "total": tuple(f"{50 + x * 19950:.2f}" for x in v[7]),
        "n1": tuple(str(2 + int(x * 298)) for x in v[8]),
        "n2": tuple(str(2 + int(x * 10)) for x in v[9]),
        "n3": tuple(str(10 + int(x * 490)) for x in v[10]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    a = ap.parse_args(argv)
    if not (0 < a.scale <= 20):
        print("error: --scale must be in (0, 20]", file=sys.stderr)
        return 2
    if a.out.exists() and any(a.out.iterdir()):
        print(f"error: {a.out} is not empty", file=sys.stderr)
        return 2
    try:
        w = World(a.seed, a.scale, a.corpora)
    except SystemExit as e:
        print(str(e), file=sys.stderr)
        return 2
    generate(w, a.out)
    return 0


def generate(w: World, out: Path) -> None:
    rng = w.rng
    cols: dict[str, list[object]] = {c.name: [] for c in EXCHANGES.full_schema}
    accounts: list[dict[str, object]] = []
    labels: list[tuple[str, str]] = []
    codes = list(COUNTRIES)
    cw = CONSUMER_W / CONSUMER_W.sum()
    perms = {k: rng.permutation(len(v)) for k, v in w.bank.items()}
    line_key = 0
    for cls in classes(w.scale):
        walk = 0  # the campaign's position in its class-wide permutation
        orgs: list[tuple[str, str, str]] = []
        cards: list[str] = []
        for _ in range(cls.n):
            acc = w.hexid("acct_")
            country = codes[int(rng.choice(len(codes), p=cw))]
            if cls.kind in ("grade", "docs", "app") and rng.random() < 0.6:
                country = "US" if rng.random() < 0.6 else str(rng.choice(["GB", "DE", "SG", "IN"]))
            offset = 8.0 if rng.random() < cls.operator_clock else COUNTRIES[country]
            age = float(np.exp(rng.normal(*cls.age_days)))
            age = min(age, 1500.0)
            created = START - timedelta(days=age) + timedelta(seconds=int(rng.integers(86400)))
            tier = cls.tiers[int(rng.integers(len(cls.tiers)))]
            if cls.org_size:
                if not orgs or rng.random() < 1 / cls.org_size:
                    slug = "".join(
                        rng.choice(list("abcdefghijklmnoprstuvwy"), int(rng.integers(4, 9)))
                    )
                    tld = str(rng.choice(["com", "io", "ai", "co", "dev", country.lower() + ""]))
                    orgs.append((w.hexid("org_", 8), f"{slug}.{tld}", w.hexid("card_", 16)))
                org_id, domain, card = orgs[-1]
                if cls.card_share > 1:
                    if not cards or rng.random() < 1 / cls.card_share:
                        cards.append(w.hexid("card_", 16))
                    card = cards[-1]
            else:
                org_id = None
                domain = str(rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com",
                                         "proton.me", "hotmail.com", "gmx.de", "mail.ru"],
                                        p=[.45, .15, .08, .12, .05, .08, .04, .03]))  # fmt: skip
                if tier == "free":
                    card = None
                elif rng.random() < 0.35:
                    card = None  # app-store billing: no card seen
                elif cls.card_share > 1:
                    if not cards or rng.random() < 1 / cls.card_share:
                        cards.append(w.hexid("card_", 16))
                    card = cards[-1]
                else:
                    card = w.hexid("card_", 16)
            accounts.append({
                "account_id": acc, "created_at": created, "tier": tier,
                "signup_channel": pick(rng, cls.channels),
                "payment_fingerprint": card,
                "email_domain": domain if rng.random() > 0.02 else None,
                "declared_country": country if rng.random() > 0.03 else None,
                "org_id": org_id,
            })  # fmt: skip
            labels.append((acc, cls.label))
            n_conv = max(1, int(np.exp(rng.normal(cls.conv_mu, cls.conv_sd))))
            first_day = max(0, (created - START).days)
            days = np.arange(first_day, DAYS)
            if len(days) == 0:
                continue
            wk = np.where((days + 0) % 7 >= 5, 0.35 if cls.hours == "office" else 0.9, 1.0)
            p_active = rng.uniform(0.25, 0.95)
            active = days[rng.random(len(days)) < p_active]
            if len(active) == 0:
                active = days[-1:]
            aw = wk[np.searchsorted(days, active)]
            hw = np.array(HOURS[cls.hours], dtype=float)
            hw = hw / hw.sum()
            net_k = [k for k, _ in cls.nets]
            net_p = np.array([p for _, p in cls.nets])
            net_c = np.cumsum(net_p / net_p.sum())
            surf_k = [k for k, _ in cls.surfaces]
            surf_p = np.array([p for _, p in cls.surfaces])
            surf_c = np.cumsum(surf_p / surf_p.sum())
            line_key += 1
            acc_key = line_key
            sdk = pick(rng, T.SDKS).format(m=int(rng.integers(1, 9)))
            browser = pick(rng, T.BROWSERS).format(v=int(rng.integers(128, 142)),
                                                         m=int(rng.integers(0, 6)))  # fmt: skip
            app = pick(rng, T.APPS).format(m=int(rng.integers(0, 9)))
            cli = pick(rng, T.CLI).format(m=int(rng.integers(0, 9)))
            keys = [w.hexid("key_", 10) for _ in range(int(rng.integers(1, 4)))]
            sys_prompt = (pick(rng, T.DOC_SYSTEM) if cls.kind == "docs" else
                          pick(rng, T.APP_SYSTEM) if cls.kind == "app" else None)  # fmt: skip
            pins_old = rng.random() < 0.5
            assignments = [fill(rng, pick(rng, T.SCHOOL_QUESTIONS),
                                {**T.SCHOOL_SLOTS, **numslots(rng)}) for _ in range(6)]  # fmt: skip
            doc_kinds = rng.choice(len(T.DOC_KINDS), size=2, replace=False)
            out_scale = np.exp(rng.normal(0, 0.3))
            len_scale = float(np.exp(rng.normal(0, 0.8)))  # this product's documents / essays
            zz = rng.normal(size=64)
            vol_day = rng.choice(active, size=n_conv, p=aw / aw.sum())
            vol_hour = rng.choice(24, size=n_conv, p=hw)
            for day, hour in zip(np.sort(vol_day), vol_hour, strict=True):
                cu = rng.random(4)
                t = T0 + int(day) * 86400 + int((hour - offset) * 3600) + int(cu[3] * 3600)
                t = min(max(t, T0), T0 + DAYS * 86400 - 3600)
                net = net_k[min(int(np.searchsorted(net_c, cu[0])), len(net_k) - 1)]
                bucket = (t - T0) // (86400 * (4 if net == "proxy" else 6))
                nkey = acc_key * 1000 + (bucket if net in ("residential", "proxy") else 0)
                if net == "cloud":
                    nkey = acc_key % 37 * 1000 + int(cu[2] * 3)
                if net == "office" and org_id:
                    nkey = int(org_id[4:10], 16)
                ip, ipc = w.ip(net, country, nkey)
                surface = surf_k[min(int(np.searchsorted(surf_c, cu[1])), len(surf_k) - 1)]
                ua = {"web": browser, "app": app, "cli": cli, "api": sdk}[surface]
                conv = w.hexid("conv_", 14)
                turns = conversation(w, cls, walk, perms, assignments, doc_kinds, len_scale)
                if cls.harvest:
                    walk += 1
                hist = 0
                uu = rng.random((len(turns), 10))
                gap = 400 if cls.kind != "docs" else 40
                for j, (prompt, _ref) in enumerate(turns):
                    u = uu[j]
                    ts = t + j * (15 + int(u[9] * gap))
                    status = 200
                    r = u[0]
                    if r < 0.014:
                        status = 429
                    elif r < 0.018:
                        status = (500, 503, 529)[int(u[1] * 3)]
                    elif r < 0.02:
                        status = 400
                    model = "heron-4" if ts < RELEASE_AT else "heron-4.1"
                    if surface == "api" and pins_old:
                        model = "heron-4"
                    if cls.kind in ("docs", "app") and u[2] < 0.5:
                        model = "heron-4-mini"
                    itok = (len(prompt) + len(sys_prompt or "")) // 4 + hist + 8
                    otok = int(np.exp(cls.out_mu + 0.6 * zz[j % len(zz)]) * out_scale) + 5
                    hist = (
                        min(hist + itok + otok, 30000) if cls.kind not in ("docs", "grade") else 0
                    )
                    cols["exchange_id"].append(None)
                    cols["ts"].append(ts * 1_000_000 + int(u[3] * 1_000_000))
                    cols["account_id"].append(acc)
                    cols["api_key_id"].append(keys[int(u[4] * len(keys))]
                                              if surface == "api" else None)  # fmt: skip
                    cols["conversation_id"].append(conv)
                    cols["surface"].append(surface)
                    cols["model"].append(model)
                    cols["ip"].append(ip)
                    cols["country"].append(ipc if u[5] > 0.015 else None)
                    cols["user_agent"].append(ua if u[6] > 0.02 else None)
                    cols["prompt"].append(prompt)
                    cols["system_prompt"].append(sys_prompt)
                    cols["response"].append(None)  # outputs are not retained in this export
                    cols["input_tokens"].append(min(itok, 32000))
                    cols["output_tokens"].append(otok if status == 200 else 0)
                    cols["tool_count"].append(0)
                    cols["has_image"].append(cls.kind == "consumer" and u[7] < 0.03)
                    cols["status"].append(status)
                    cols["incognito"].append(surface in ("web", "app") and u[8] < 0.02)
                    cols["safety_flagged"].append(0.5 < u[8] < 0.502)
                    cols["feedback"].append(surface != "api" and 0.7 < u[8] < 0.71)
    write(w, out, cols, accounts, labels)


def conversation(w: World, cls: Cls, walk: int, perms: dict[str, np.ndarray],
                 assignments: list[str], doc_kinds: np.ndarray,
                 len_scale: float) -> list[tuple[str, str | None]]:  # fmt: skip
    rng, bank = w.rng, w.bank

    def walked(keys: tuple[str, ...]) -> tuple[str, str | None]:
        key = keys[walk % len(keys)]
        return bank[key][int(perms[key][(walk // len(keys)) % len(perms[key])])]

    def popular(keys: tuple[str, ...]) -> tuple[str, str | None]:
        key = keys[int(rng.integers(len(keys)))]
        idx = min(int(rng.zipf(1.3)) - 1, len(bank[key]) - 1)
        return bank[key][int(perms[key][idx * 7 % len(bank[key])])]

    if cls.kind == "grade":
        top = str(rng.choice(["5", "10", "100"]))
        frame = T.GRADE_FRAMES[int(rng.integers(len(T.GRADE_FRAMES)))]
        if cls.harvest:  # corpus question, with a reference or a student-like attempt
            q, ref = walked(("math", "general", "code"))
            ans = ref if (ref and rng.random() < 0.5) else student(rng)
        else:
            q = assignments[int(rng.integers(len(assignments)))]
            ans = student(rng, 18.0 * len_scale)
        return [(frame.format(q=q, ans=ans, top=top), None)]
    if cls.kind == "docs":
        ns = numslots(rng)
        if cls.harvest and rng.random() < 0.85:
            q, ref = walked(("math", "code", "general"))
            frame = T.HARVEST_DOC[int(rng.integers(len(T.HARVEST_DOC)))]
            return [(frame.format(id=ns["id"][0], q=q), ref)]
        tmpl = T.DOC_KINDS[int(doc_kinds[int(rng.integers(len(doc_kinds)))])]
        return [
            (
                padded(rng, fill(rng, tmpl, {**T.DOC_SLOTS, **ns}), T.DOC_LINES, 3.0 * len_scale),
                None,
            )
        ]
    if cls.kind == "critique":
        c1, c2 = T.CRITIQUE_TURNS[int(rng.integers(len(T.CRITIQUE_TURNS)))]
        if cls.harvest and rng.random() < 0.85:
            first, ref = walked(("general", "math", "code"))
        elif cls.harvest:
            first, ref = everyday(rng), None
        else:
            draft = fill(rng, pick(rng, T.DRAFTS), T.DRAFT_SLOTS)
            first, ref = padded(rng, draft, T.DRAFT_LINES, 5.0 * len_scale), None
        turns = [(first, ref), (c1, None), (c2, None)]
        if rng.random() < 0.25:
            turns = turns[:2] if rng.random() < 0.5 else turns + [(fup(rng), None)]
        return turns
    if cls.kind == "app":
        n = int(rng.geometric(0.45))
        return [(fill(rng, pick(rng, T.APP_LINES), T.SLOTS), None) for _ in range(n)]
    # consumer / power user: everyday lines and popular corpus items, geometric follow-ups
    n = int(rng.geometric(0.5 if cls.kind == "consumer" else 0.25))
    if rng.random() < (0.55 if cls.kind == "consumer" else 0.3):
        opener: tuple[str, str | None] = (everyday(rng), None)
    else:
        opener = popular(("general", "code", "math"))
    return [opener] + [(fup(rng), None) for _ in range(n - 1)]


def pick(rng: np.random.Generator, items: tuple[str, ...]) -> str:
    return items[int(rng.integers(len(items)))]


def everyday(rng: np.random.Generator) -> str:
    return fill(rng, pick(rng, T.EVERYDAY), T.SLOTS)


def fup(rng: np.random.Generator) -> str:
    return fill(rng, pick(rng, T.FOLLOWUPS), T.SLOTS)


def student(rng: np.random.Generator, median: float = 3.0) -> str:
    """A student's answer: a few words to an essay (lognormal number of phrases)."""
    k = max(1, int(np.exp(rng.normal(np.log(median), 1.0))))
    bits = [pick(rng, T.STUDENT_BITS) for _ in range(min(k, 150))]
    return " ".join(bits) + f" {int(rng.integers(1, 500))}."


def padded(rng: np.random.Generator, text: str, lines: tuple[str, ...], median: float) -> str:
    """Real documents and drafts run long: extra lines, a lognormal count of them."""
    k = min(int(np.exp(rng.normal(np.log(median), 1.1))), 120)
    if k == 0:
        return text
    slots = {**T.DOC_SLOTS, **T.DRAFT_SLOTS, **numslots(rng, 8)}
    extra = [fill(rng, pick(rng, lines), slots) for _ in range(k)]
    return text + ("\n" + "\n".join(extra) if extra else "")


def write(w: World, out: Path, cols: dict[str, list[object]], accounts: list[dict[str, object]],
          labels: list[tuple[str, str]]) -> None:  # fmt: skip
    rng = w.rng
    out.mkdir(parents=True, exist_ok=True)
    order = np.argsort(np.asarray(cols["ts"], dtype=np.int64), kind="stable")
    n = len(order)
    ids = rng.permutation(n)
    cols["exchange_id"] = [f"ex_{w.seed}_{int(i):08x}" for i in ids]
    schema = EXCHANGES.full_schema
    arrays = []
    for f in schema:
        arr = pa.array(cols[f.name], type=pa.int64() if f.name == "ts" else f.type)
        if f.name == "ts":
            arr = arr.cast(f.type)
        arrays.append(arr.take(pa.array(order)))
    table = pa.Table.from_arrays(arrays, schema=schema)
    (out / "exchanges").mkdir()
    day = pa.array((np.asarray(cols["ts"], dtype=np.int64)[order] // 1_000_000 - T0) // 86400)
    dnp = day.to_numpy()
    for d in range(DAYS):
        lo, hi = np.searchsorted(dnp, d), np.searchsorted(dnp, d, side="right")
        if hi > lo:
            pq.write_table(table.slice(lo, hi - lo), out / "exchanges" / f"part-{d:03d}.parquet")
    perm = rng.permutation(len(accounts))
    acc_tbl = pa.Table.from_pylist([accounts[i] for i in perm], schema=ACCOUNTS.schema)
    pq.write_table(acc_tbl, out / "accounts.parquet")
    # the feed as sold: a few ranges missing or with a wrong kind
    feed = []
    for r in w.ranges:
        x = rng.random()
        if x < 0.08:
            continue
        r = dict(r)
        if x < 0.12:
            r["kind"] = str(rng.choice(["residential", "datacenter", "corporate", "mobile"]))
        feed.append(r)
    pq.write_table(pa.Table.from_pylist(feed, schema=IP_RANGES.schema), out / "ip_ranges.parquet")
    rel = [("heron-3.5", START - timedelta(days=400)), ("heron-4-mini", START - timedelta(days=90)),
           ("heron-4", START - timedelta(days=120)),
           ("heron-4.1", datetime.fromtimestamp(RELEASE_AT, UTC))]  # fmt: skip
    pq.write_table(pa.Table.from_pylist([{"model": m, "released_at": t} for m, t in rel],
                                        schema=MODEL_RELEASES.schema), out / "model_releases.parquet")  # fmt: skip
    lab = sorted(labels)
    pq.write_table(pa.table({"account_id": [a for a, _ in lab], "label": [b for _, b in lab]}),
                   out / "labels.parquet")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
