"""Hold-out 11: write an independently designed, labelled traffic world (a judge; never tune on it).

    python benchmarks/holdout11/traffic.py --out DIR --seed N [--scale F] [--corpora DIR]

Writes DIR/exchanges/ (Parquet parts, sorted by time), accounts.parquet, ip_ranges.parquet,
model_releases.parquet and labels.parquet (account_id, label). Deterministic per seed.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h11_text import SYSTEM_PROMPTS, Corpora, build_bank, build_responses  # noqa: E402
from h11_world import CLASSES, CONSUMER_DOMAINS, HOURS, POOLS, TZ, UAS, Cls  # noqa: E402

START = datetime(2026, 11, 2, tzinfo=timezone.utc)
DAYS = 28
US_PER_H = 3_600_000_000
START_US = int(START.timestamp() * 1_000_000)
RELEASES = {  # model -> (released_at, family successor of)
    "wren-3": (datetime(2026, 8, 4, 17, tzinfo=timezone.utc), None),
    "wren-3-mini": (datetime(2026, 8, 4, 17, tzinfo=timezone.utc), None),
    "wren-3.5": (datetime(2026, 11, 13, 18, tzinfo=timezone.utc), "wren-3"),
    "wren-3.5-mini": (datetime(2026, 11, 24, 17, tzinfo=timezone.utc), "wren-3-mini"),
}
ASN_BASE = {
    "residential": 7000,
    "mobile": 21000,
    "datacenter": 14000,
    "education": 3000,
    "corporate": 33000,
    "proxy": 9000,
}


class Net:
    """Allocates addresses in /24 (and residential /48) blocks and records them as the IP feed."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.rows: list[tuple[str, str, int, str]] = []
        self.next_block = int(rng.integers(0, 4000))
        self.open: dict[tuple[str, str], tuple[str, int, bool]] = {}
        self.mobile: dict[str, list[str]] = {}
        self.pools: dict[str, list[tuple[str, str]]] = {}

    def _block(self, kind: str, country: str, v6: bool) -> str:
        self.next_block += int(self.rng.integers(1, 9))
        b = self.next_block
        asn = ASN_BASE[kind] + int(self.rng.integers(0, 900))
        if v6:
            prefix = f"2a0{b % 10}:{(b * 7919) % 65536:x}:{b % 65536:x}"
            self.rows.append((f"{prefix}::/48", kind, asn, country))
            return prefix
        prefix = f"{11 + (b >> 16) % 200}.{(b >> 8) % 256}.{b % 256}"
        self.rows.append((f"{prefix}.0/24", kind, asn, country))
        return prefix

    def address(self, kind: str, country: str) -> str:
        v6 = kind == "residential" and self.rng.random() < 0.15
        key = (kind + ("6" if v6 else ""), country)
        prefix, used, _ = self.open.get(key, ("", 255, v6))
        if used >= 254:
            prefix, used = self._block(kind, country, v6), 0
        self.open[key] = (prefix, used + 1, v6)
        if v6:
            return f"{prefix}:{int(self.rng.integers(0, 65536)):x}::{int(self.rng.integers(1, 65536)):x}"
        return f"{prefix}.{used + 1}"

    def own(self, kind: str, country: str) -> tuple[str, str]:
        if kind == "mobile":  # carrier-grade NAT: many subscribers behind a few addresses
            pool = self.mobile.setdefault(country, [])
            if len(pool) < 40 or self.rng.random() < 0.1:
                pool.append(self.address("mobile", country))
            return pool[int(self.rng.integers(len(pool)))], country
        return self.address(kind, country), country

    def pool(self, key: str) -> list[tuple[str, str]]:
        if key not in self.pools:
            kind, countries, size = POOLS[key]
            self.pools[key] = [
                (self.address(kind, c), c)
                for c in (countries[i % len(countries)] for i in range(size))
            ]
        return self.pools[key]


def _ids(rng: np.random.Generator, prefix: str, n: int) -> list[str]:
    raw = rng.integers(0, 2**62, size=n, dtype=np.int64)
    out = [f"{prefix}{int(x):016x}" for x in raw]
    if len(set(out)) != n:
        raise RuntimeError("identifier collision; use another seed")
    return out


def _choice(rng: np.random.Generator, d: dict, size: int) -> np.ndarray:
    keys = list(d)
    p = np.array([d[k] for k in keys], dtype=float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), size=size, p=p / p.sum())]


def _accounts(rng: np.random.Generator, c: Cls, n: int, net: Net, org_ids: list[str]) -> dict:
    acc: dict = {"label": c.label}
    acc["id"] = _ids(rng, "acct_", n)
    acc["tier"] = _choice(rng, c.tiers, n)
    acc["channel"] = _choice(rng, c.channels, n)
    acc["country"] = _choice(rng, c.countries, n)
    if c.real_tz:
        acc["tz"] = _choice(rng, c.real_tz, n).astype(int)
    else:
        acc["tz"] = np.array([TZ[x] for x in acc["country"]], dtype=int)
    lo, hi = c.created
    acc["created"] = START_US + (rng.uniform(lo, hi, n) * 24 * US_PER_H).astype(np.int64)
    solo = rng.random(n) < c.solo
    if c.orgs:
        org = rng.integers(0, min(c.orgs, n), n)
        domains = [
            f"{o[4:12]}.{['com', 'io', 'co', 'org', 'net'][int(o[12], 16) % 5]}" for o in org_ids
        ]
        acc["org"] = np.array([org_ids[i] for i in org], dtype=object)
        acc["email"] = np.array([domains[i] for i in org], dtype=object)
        card_group = org * 1000 + rng.integers(
            0, max(1, -(-n // max(1, min(c.orgs, n)) // c.card)), n
        )
    else:
        acc["org"] = np.array([None] * n, dtype=object)
        acc["email"] = np.array(
            [CONSUMER_DOMAINS[i] for i in rng.integers(0, len(CONSUMER_DOMAINS), n)], dtype=object
        )
        card_group = rng.permutation(n) // c.card
    acc["org"][solo] = None
    acc["email"][solo] = [
        CONSUMER_DOMAINS[i] for i in rng.integers(0, len(CONSUMER_DOMAINS), int(solo.sum()))
    ]
    card_group[solo] = -1 - np.arange(int(solo.sum()))
    cards = {
        g: h
        for g, h in zip(
            np.unique(card_group), _ids(rng, "pm_", len(np.unique(card_group))), strict=False
        )
    }
    acc["card"] = np.array([cards[g] for g in card_group], dtype=object)
    no_card = (acc["tier"] == "free") | (rng.random(n) < 0.03)
    acc["card"][no_card] = None
    acc["domain_null"] = rng.random(n) < 0.02
    # each account's addresses: (ip, country) list with weights
    nets = []
    for i in range(n):
        mine: list[tuple[str, str]] = []
        weights: list[float] = []
        for spec, w, k in c.nets:
            if spec.startswith("pool:"):
                pool = net.pool(spec[5:])
                take = rng.choice(len(pool), size=min(k, len(pool)), replace=False)
                got = [pool[j] for j in take]
            else:
                got = [
                    net.own(spec[4:], acc["country"][i]) for _ in range(int(rng.integers(1, k + 1)))
                ]
            mine += got
            weights += [w / len(got)] * len(got)
        nets.append((mine, np.array(weights) / sum(weights)))
    acc["nets"] = nets
    acc["keys"] = [_ids(rng, "key_", int(rng.integers(1, 4))) for _ in range(n)]
    surf_keys = list(c.surfaces)
    acc["surf"] = [rng.dirichlet([c.surfaces[s] * 8 + 0.05 for s in surf_keys]) for _ in range(n)]
    acc["surf_keys"] = surf_keys
    acc["ua"] = [
        {
            s: UAS[c.uas.get(s, "sdk")][int(rng.integers(len(UAS[c.uas.get(s, "sdk")])))]
            for s in surf_keys
        }
        for _ in range(n)
    ]
    return acc


def _exchange_times(
    rng: np.random.Generator, c: Cls, acc: dict, n: int
) -> tuple[np.ndarray, np.ndarray]:
    med, sig = c.volume
    counts = np.maximum(1, np.round(rng.lognormal(np.log(med), sig, n))).astype(np.int64)
    counts = np.minimum(counts, 20000)
    owner = np.repeat(np.arange(n), counts)
    m = len(owner)
    # active days: each account keeps a share of the window, weekends down-weighted
    first_day = np.clip((acc["created"] - START_US) // (24 * US_PER_H), 0, DAYS - 1)
    day_w = np.array([c.weekend if (START.weekday() + d) % 7 >= 5 else 1.0 for d in range(DAYS)])
    share = rng.uniform(*c.active_share, n)
    days = np.empty(m, dtype=np.int64)
    pos = 0
    for i in range(n):
        avail = np.arange(first_day[i], DAYS)
        keep = avail[rng.random(len(avail)) < share[i]]
        if len(keep) == 0:
            keep = avail[:1]
        w = day_w[keep] * rng.gamma(1.5, 1.0, len(keep))
        days[pos : pos + counts[i]] = rng.choice(keep, size=counts[i], p=w / w.sum())
        pos += counts[i]
    hw = np.array(HOURS[c.hours], dtype=float)
    local_hour = rng.choice(24, size=m, p=hw / hw.sum())
    utc_hour = local_hour - acc["tz"][owner]
    ts = START_US + days * 24 * US_PER_H + utc_hour * US_PER_H + rng.integers(0, US_PER_H, m)
    span = (
        DAYS * 24 * US_PER_H
    )  # local hours that fall outside the window wrap round to its other end
    ts = START_US + (ts - START_US) % span
    born = acc["created"][owner]
    late = ts < born
    ts[late] = np.minimum(
        born[late] + rng.integers(0, 6 * US_PER_H, int(late.sum())), START_US + span - 1
    )
    order = np.lexsort((ts, owner))
    return owner[order], ts[order]


def _prompt_index(rng: np.random.Generator, c: Cls, owner: np.ndarray, bank: int) -> np.ndarray:
    m = len(owner)
    if c.draw == "sweep":  # a campaign-wide walk through the bank; each account takes its own slice
        perm = rng.permutation(bank)
        start = rng.integers(0, bank, owner.max() + 1)
        step = np.arange(m) - np.searchsorted(owner, owner)
        idx = perm[(start[owner] + step) % bank]
    else:
        popular = np.minimum(
            rng.zipf(1.6, m) - 1, bank - 1
        )  # a head of common requests everyone sends
        idx = np.where(rng.random(m) < 0.05, popular, rng.integers(0, bank, m))
    # the same prompt again right after: "regenerate" in the apps, best-of-n sampling on the API
    again = np.flatnonzero((rng.random(m) < c.resample) & (np.diff(owner, prepend=-1) == 0))
    idx[again] = idx[again - 1]
    return idx


def _class_rows(
    rng: np.random.Generator, c: Cls, n: int, corp: Corpora, net: Net, cols: dict, accts: list
) -> None:
    org_ids = _ids(rng, "org_", max(1, c.orgs))
    acc = _accounts(rng, c, n, net, org_ids)
    owner, ts = _exchange_times(rng, c, acc, n)
    m = len(owner)
    prompts, styles = build_bank(rng, corp, c.styles, c.bank)
    pidx = _prompt_index(rng, c, owner, c.bank)
    # retries after 429: the same request again a few seconds later
    status = np.full(m, 200, dtype=np.int16)
    err = rng.random(m) < c.errors
    status[err] = rng.choice(
        np.array([429, 429, 429, 400, 500, 529], dtype=np.int16), int(err.sum())
    )
    retry = np.flatnonzero((status == 429) & (rng.random(m) < 0.7))
    owner = np.concatenate([owner, owner[retry]])
    ts = np.concatenate([ts, ts[retry] + rng.integers(1_000_000, 30_000_000, len(retry))])
    pidx = np.concatenate([pidx, pidx[retry]])
    status = np.concatenate([status, np.full(len(retry), 200, dtype=np.int16)])
    order = np.lexsort((ts, owner))
    owner, ts, pidx, status = owner[order], ts[order], pidx[order], status[order]
    m = len(owner)
    # surface, ip, key, client per exchange
    surf = np.empty(m, dtype=object)
    ip = np.empty(m, dtype=object)
    ctry = np.empty(m, dtype=object)
    ua = np.empty(m, dtype=object)
    key = np.empty(m, dtype=object)
    bounds = np.searchsorted(owner, np.arange(n + 1))
    sticky = rng.random(m) < 0.75  # consecutive requests mostly keep the previous address
    for i in range(n):
        a, b = bounds[i], bounds[i + 1]
        if a == b:
            continue
        s = np.array(acc["surf_keys"], dtype=object)[
            rng.choice(len(acc["surf_keys"]), size=b - a, p=acc["surf"][i])
        ]
        surf[a:b] = s
        addrs, w = acc["nets"][i]
        pick = rng.choice(len(addrs), size=b - a, p=w)
        for j in range(1, b - a):
            if sticky[a + j]:
                pick[j] = pick[j - 1]
        ip[a:b] = [addrs[j][0] for j in pick]
        ctry[a:b] = [addrs[j][1] for j in pick]
        ua[a:b] = [acc["ua"][i][x] for x in s]
        keys = acc["keys"][i]
        key[a:b] = [
            keys[int(k)] if x == "api" else None
            for k, x in zip(rng.integers(0, len(keys), b - a), s, strict=False)
        ]
    # conversations: a new thread after a 30-minute gap or by chance
    gap = np.diff(ts, prepend=ts[0]) > 30 * 60 * 1_000_000
    newc = (np.diff(owner, prepend=-1) != 0) | gap | (rng.random(m) < 1.0 / c.turns)
    conv_num = np.cumsum(newc) - 1
    conv_ids = np.array(_ids(rng, "conv_", int(conv_num[-1]) + 1), dtype=object)
    conv = conv_ids[conv_num]
    api_single = (surf == "api") & (rng.random(m) < 0.6)  # many API callers send no thread id
    conv[api_single] = None
    # model: web/app follow the default; API pins until an account adopts the release
    rel35 = int(RELEASES["wren-3.5"][0].timestamp() * 1e6)
    rel35m = int(RELEASES["wren-3.5-mini"][0].timestamp() * 1e6)
    adopts = rng.random(n) < c.adopt[0]
    lag = (rng.lognormal(np.log(c.adopt[1]), 0.8, n) * US_PER_H).astype(np.int64)
    consumer = surf != "api"
    moved = np.where(
        consumer, ts >= rel35 + 2 * US_PER_H, adopts[owner] & (ts >= rel35 + lag[owner])
    )
    moved_m = np.where(
        consumer, ts >= rel35m + 2 * US_PER_H, adopts[owner] & (ts >= rel35m + lag[owner])
    )
    mini = rng.random(m) < np.where(consumer, 0.15, 0.3)
    model = np.where(
        mini,
        np.where(moved_m, "wren-3.5-mini", "wren-3-mini"),
        np.where(moved, "wren-3.5", "wren-3"),
    )
    # tokens and text
    plen = np.array([len(p) for p in prompts])
    turn = np.arange(m) - np.maximum.accumulate(np.where(newc, np.arange(m), 0))
    out_tok = np.maximum(5, rng.lognormal(np.log(c.out_tokens[0]), c.out_tokens[1], m)).astype(
        np.int32
    )
    sys_on = rng.random(m) < c.sys_prompt
    sys_pool = [p for s in c.styles for p in SYSTEM_PROMPTS.get(s, ())] or [None]
    sys_txt = np.array(sys_pool, dtype=object)[rng.integers(0, len(sys_pool), m)]
    sys_txt[~sys_on] = None
    in_tok = (plen[pidx] / 4 + turn * out_tok * 0.8 + sys_on * 30 + rng.integers(3, 40, m)).astype(
        np.int32
    )
    failed = status != 200
    out_tok[failed] = 0
    responses = build_responses(rng, corp, 1500)
    resp = np.array(responses, dtype=object)[rng.integers(0, len(responses), m)]
    resp[failed | (rng.random(m) > c.retained)] = None
    style_arr = np.array(styles, dtype=object)[pidx]
    safety = (rng.random(m) < np.where(style_arr == "safety", c.safety, 0.002)) & ~failed
    tools = np.where(rng.random(m) < c.tools, rng.integers(1, 9, m), 0).astype(np.int16)
    image = rng.random(m) < c.image
    for i in range(n):
        accts.append(
            (
                acc["id"][i],
                acc["created"][i],
                acc["tier"][i],
                acc["channel"][i],
                acc["card"][i],
                None if acc["domain_null"][i] else acc["email"][i],
                acc["country"][i],
                acc["org"][i],
                c.label,
            )
        )
    ids = np.array(acc["id"], dtype=object)
    parts = {
        "ts": ts,
        "account_id": ids[owner],
        "api_key_id": key,
        "conversation_id": conv,
        "surface": surf,
        "model": model,
        "ip": ip,
        "country": ctry,
        "user_agent": ua,
        "prompt": np.array(prompts, dtype=object)[pidx],
        "system_prompt": sys_txt,
        "response": resp,
        "input_tokens": in_tok,
        "output_tokens": out_tok,
        "tool_count": tools,
        "has_image": image,
        "status": status,
        "safety_flagged": safety,
    }
    for k, v in parts.items():
        cols.setdefault(k, []).append(v)


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
        ("safety_flagged", pa.bool_()),
    ]
)


def generate(out: Path, seed: int, scale: float, corpora: Path) -> dict[str, int]:
    corp = Corpora(corpora)
    root = np.random.SeedSequence([11, seed])
    streams = root.spawn(len(CLASSES) + 2)
    net = Net(np.random.default_rng(streams[-1]))
    cols: dict[str, list] = {}
    accts: list = []
    for c, ss in zip(CLASSES, streams, strict=False):
        n = max(2, int(round(c.n * scale)))
        _class_rows(np.random.default_rng(ss), c, n, corp, net, cols, accts)
    data = {k: np.concatenate(v) for k, v in cols.items()}
    order = np.argsort(data["ts"], kind="stable")
    m = len(order)
    digest = hashlib.sha256(f"h11-{seed}".encode()).hexdigest()[:6]
    data = {k: v[order] for k, v in data.items()}
    data["exchange_id"] = np.array(
        [f"ex{digest}{i:09d}" for i in np.random.default_rng(streams[-2]).permutation(m)],
        dtype=object,
    )
    out.mkdir(parents=True, exist_ok=True)
    (out / "exchanges").mkdir()
    arrays = []
    for f in SCHEMA:
        v = data[f.name]
        arrays.append(
            pa.array(v, type=f.type)
            if f.name != "ts"
            else pa.array(v, type=pa.int64()).cast(f.type)
        )
    table = pa.Table.from_arrays(arrays, schema=SCHEMA)
    chunk = 250_000
    for p, off in enumerate(range(0, m, chunk)):
        pq.write_table(table.slice(off, chunk), out / "exchanges" / f"part-{p:03d}.parquet")
    a = list(zip(*accts, strict=False))
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array(a[0], pa.string()),
                "created_at": pa.array(np.array(a[1], dtype=np.int64), pa.int64()).cast(
                    pa.timestamp("us", tz="UTC")
                ),
                "tier": pa.array(a[2], pa.string()),
                "signup_channel": pa.array(a[3], pa.string()),
                "payment_fingerprint": pa.array(a[4], pa.string()),
                "email_domain": pa.array(a[5], pa.string()),
                "declared_country": pa.array(a[6], pa.string()),
                "org_id": pa.array(a[7], pa.string()),
            }
        ),
        out / "accounts.parquet",
    )
    pq.write_table(
        pa.table({"account_id": pa.array(a[0], pa.string()), "label": pa.array(a[8], pa.string())}),
        out / "labels.parquet",
    )
    r = list(zip(*net.rows, strict=False))
    pq.write_table(
        pa.table(
            {
                "cidr": pa.array(r[0], pa.string()),
                "kind": pa.array(r[1], pa.string()),
                "asn": pa.array(r[2], pa.int64()),
                "country": pa.array(r[3], pa.string()),
            }
        ),
        out / "ip_ranges.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "model": list(RELEASES),
                "released_at": pa.array(
                    [v[0] for v in RELEASES.values()], pa.timestamp("us", tz="UTC")
                ),
            }
        ),
        out / "model_releases.parquet",
    )
    return {"exchanges": m, "accounts": len(accts)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", required=True, type=int)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    args = ap.parse_args(argv)
    if not 0 < args.scale <= 4:
        print("--scale must be in (0, 4]", file=sys.stderr)
        return 2
    if args.out.exists() and any(args.out.iterdir()):
        print(f"--out {args.out} is not empty", file=sys.stderr)
        return 2
    try:
        counts = generate(args.out, args.seed, args.scale, args.corpora)
    except (OSError, ValueError, KeyError) as exc:
        print(f"cannot build the world: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {counts['accounts']} accounts, {counts['exchanges']} exchanges to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
