"""Hold-out 13: an independently written traffic world with labels, to judge the detector once.

    python benchmarks/holdout13/traffic.py --out DIR --seed N [--scale F] [--corpora PATH]

Writes exchanges/ (one Parquet part per UTC day), accounts.parquet, ip_ranges.parquet,
model_releases.parquet, labels.parquet and truth.parquet in the traffic-logs contract's schema.
A judge: never tune on it (see README.md).
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

import h13_net  # noqa: E402
from h13_emit import (
    CLIENTS,
    DAY,
    DAYS,
    LANG_OF,
    RELEASES,
    Account,
    ClassState,
    Emitter,
    pick,
)  # noqa: E402
from h13_text import SYSTEM, load_banks  # noqa: E402
from h13_world import CLASSES, CLOUD_REGIONS, ORGS, TZ, ClassSpec  # noqa: E402

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES  # noqa: E402

T0 = datetime(2027, 5, 3, tzinfo=timezone.utc)  # a Monday
T0_US = int(T0.timestamp() * 1_000_000)
TEXT_ID_COLUMNS = ("prompt", "system_prompt", "response")
OLD_MODELS = (
    ("osprey-2.5", datetime(2026, 11, 10, 17, tzinfo=timezone.utc)),
    ("osprey-3", datetime(2027, 2, 16, 16, tzinfo=timezone.utc)),
    ("osprey-3-mini", datetime(2027, 2, 16, 16, tzinfo=timezone.utc)),
)
# Mailbox providers by country (public market knowledge; gmail.com everywhere as the default).
MAIL = {
    "JP": ("yahoo.co.jp", "docomo.ne.jp"), "KR": ("naver.com", "daum.net"), "DE": ("gmx.de", "web.de"),
    "FR": ("orange.fr", "free.fr"), "IT": ("libero.it",), "RU": ("mail.ru", "yandex.ru"), "CN": ("qq.com", "163.com"),
    "IN": ("rediffmail.com",), "BR": ("uol.com.br", "bol.com.br"), "PL": ("wp.pl", "o2.pl"), "TR": ("hotmail.com",),
}  # fmt: skip
MAIL_ANY = ("gmail.com",) * 6 + (
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
)
SYLL = (
    "ka",
    "lo",
    "ver",
    "ion",
    "tra",
    "mi",
    "sel",
    "dor",
    "quin",
    "ash",
    "bel",
    "nor",
    "fen",
    "rio",
    "tal",
    "vex",
    "lum",
    "har",
)
TLD = {
    "bootcamp": ".academy",
    "bpo": ".com",
    "newsroom": ".news",
    "sso": ".com",
    "lms": ".edu",
    "l10n": ".eu",
    "quant": ".capital",
    "npc": ".games",
    "troupe": ".dev",
}


def _hex(rng: np.random.Generator, n: int = 12) -> str:
    return f"{int(rng.integers(0, 2**62)):016x}"[:n]


def _word(rng: np.random.Generator) -> str:
    return "".join(SYLL[int(i)] for i in rng.integers(0, len(SYLL), int(rng.integers(2, 4))))


def make_orgs(rng: np.random.Generator, nets: h13_net.Networks) -> dict[str, list[dict]]:
    """Every organisation of the world: id, e-mail domain, card, country and egress network."""
    orgs: dict[str, list[dict]] = {}
    for key, (count, kind, hosts, ccs) in ORGS.items():
        orgs[key] = []
        for i in range(count):
            cc = ccs[i % len(ccs)]
            orgs[key].append(
                {
                    "id": f"org_{_hex(rng, 10)}",
                    "domain": _word(rng) + TLD[key],
                    "card": f"pf_{_hex(rng, 16)}",
                    "cc": cc,
                    "net": h13_net.site(nets, rng, kind, cc, hosts),
                }
            )
    return orgs


def _jitter(
    rng: np.random.Generator, pairs: tuple[tuple[str, float], ...]
) -> tuple[tuple[str, float], ...]:
    w = rng.dirichlet([max(0.2, 6 * p) for _, p in pairs]) if len(pairs) > 1 else [1.0]
    return tuple((name, float(x)) for (name, _), x in zip(pairs, w, strict=True))


def _client(rng: np.random.Generator, family: str) -> str:
    opts = CLIENTS[family]
    text = opts[int(rng.integers(0, len(opts)))]
    os_ = ("darwin arm64", "linux x64", "win32 x64")[int(rng.integers(0, 3))]
    return (
        text.replace("{v}", str(int(rng.integers(118, 127))))
        .replace("{m}", str(int(rng.integers(0, 9))))
        .replace("{os}", os_)
    )


def make_account(
    ci: int,
    ai: int,
    spec: ClassSpec,
    seed: int,
    acct_id: str,
    orgs: dict[str, list[dict]],
    nets: h13_net.Networks,
    shared_card: str | None,
) -> tuple[Account, dict]:
    rng = np.random.default_rng([seed, ci, ai, 13])
    org: dict | None = None
    org_idx = -1
    if spec.org:
        pool = spec.org_pick or tuple(range(len(orgs[spec.org])))
        org_idx = pool[int(rng.integers(0, len(pool)))]
        org = orgs[spec.org][org_idx]
    if org is not None and spec.email == "org":
        country = org["cc"] if rng.random() < 0.85 else pick(rng, spec.countries)
    else:
        country = pick(rng, spec.countries)
    shift = pick(rng, spec.tz_shift)
    tz = TZ[country] if shift == "home" else float(shift)
    created_days = rng.uniform(*spec.created)
    created_us = T0_US - int(created_days * DAY)
    start = max(
        0,
        int(np.ceil(-created_days)) if created_days < 0 else 0,
        int(rng.uniform(0, spec.start_max * DAYS)),
    )
    end = min(DAYS, start + max(1, int(round(rng.uniform(*spec.life) * (DAYS - start)))))
    acct = Account(
        acct_id,
        ci,
        spec,
        country,
        tz,
        org_idx,
        pick(rng, spec.tiers),
        LANG_OF.get(country, "en"),
        start,
        end,
        created_us,
        rng,
    )
    acct.surfaces = _jitter(rng, spec.surfaces)
    for surface, _ in acct.surfaces:
        fam = {"web": "browser", "app": "app", "cli": "cli"}.get(surface)
        if fam is None:
            fam = {"troupe": "troupe", "lms": "lms", "comparison": "site"}.get(spec.system, "sdk")
        acct.clients[surface] = _client(rng, fam)
    if any(s in ("api", "cli") for s, _ in acct.surfaces):
        acct.keys = tuple(f"key_{_hex(rng, 14)}" for _ in range(int(rng.integers(1, 4))))
    if spec.system and rng.random() < spec.system_p:
        opts = SYSTEM[spec.system]
        acct.system = opts[int(rng.integers(0, len(opts)))]
    acct.pinned = ("osprey-3", "osprey-3-mini", "osprey-2.5")[
        int(rng.choice(3, p=[0.55, 0.3, 0.15]))
    ]
    if spec.adopt == "fast":
        lag = int(rng.exponential(4) * 3_600_000_000)
        acct.adopt_us = (lag, lag)
    else:
        acct.adopt_us = tuple(
            int(rng.exponential(4) * DAY) if rng.random() < 0.55 else 10**15 for _ in RELEASES
        )  # type: ignore[assignment]
    acct.uses_threads = rng.random() < spec.api_conv
    acct.retains = rng.random() < spec.retain
    acct.out_factor = float(np.exp(rng.normal(0, 0.3)))
    homes = nets.home.get(country) or nets.home["US"]
    acct.home, acct.home_k = homes[int(rng.integers(0, 3))], int(rng.integers(0, 60000))
    acct.carrier = (nets.mobile.get(country) or nets.mobile["US"])[int(rng.integers(0, 2))]
    if org is not None:
        acct.office = org["net"]
        acct.campus = org["net"]
    else:
        # Someone without an organisation of record still works somewhere: an office in their
        # own country, if the world has one there (otherwise "office" falls back to home).
        local = [o for o in orgs["sso"] + orgs["newsroom"] if o["cc"] == country]
        acct.office = local[int(rng.integers(0, len(local)))]["net"] if local else None
    picks = rng.permutation(len(nets.cloud))[: int(rng.integers(1, 4))]
    acct.cloud = tuple(nets.cloud[int(i)] for i in picks)
    acct.cloud_k = tuple(int(k) for k in rng.integers(0, 250, len(picks)))
    card = pick(rng, spec.cards)
    fp = {
        "own": f"pf_{_hex(rng, 16)}",
        "none": None,
        "org": org["card"] if org else None,
        "shared": shared_card,
    }[card]
    if spec.email == "org" and org is not None:
        domain: str | None = (
            org["domain"] if rng.random() < 0.93 else MAIL_ANY[int(rng.integers(0, len(MAIL_ANY)))]
        )
    elif spec.email == "startup" and rng.random() < 0.7:
        domain = _word(rng) + (".ai", ".io", ".dev", ".app")[int(rng.integers(0, 4))]
    else:
        local = MAIL.get(country, ())
        domain = (
            local[int(rng.integers(0, len(local)))]
            if local and rng.random() < 0.35
            else MAIL_ANY[int(rng.integers(0, len(MAIL_ANY)))]
        )
    if rng.random() < 0.02:
        domain = None
    channel = pick(rng, spec.channels)
    row = {
        "account_id": acct_id,
        "created_at": created_us,
        "tier": acct.tier,
        "signup_channel": channel,
        "payment_fingerprint": fp,
        "email_domain": domain,
        "declared_country": None if rng.random() < 0.03 else country,
        "org_id": org["id"] if org is not None and spec.email == "org" else None,
    }
    return acct, row


def generate(out: Path, seed: int, scale: float, corpora: Path) -> dict[str, int]:
    banks = load_banks(corpora)
    world = np.random.default_rng([seed, 1313])
    nets = h13_net.build(world, sorted(TZ), list(CLOUD_REGIONS))
    orgs = make_orgs(world, nets)
    emitter = Emitter(banks, nets, world, T0_US)
    acct_rows: list[dict] = []
    truth: list[tuple[str, str, str, str]] = []
    for ci, spec in enumerate(CLASSES):
        n = max(2, int(round(spec.n * scale)))
        crng = np.random.default_rng([seed, ci, 4242])
        ids = [f"acct_{_hex(crng, 14)}" for _ in range(n)]
        cards = [f"pf_{_hex(crng, 16)}" for _ in range(n // max(1, spec.card_group) + 1)]
        card_of = crng.permutation(n) // max(1, spec.card_group)
        state = ClassState(spec, seed)
        for ai in range(n):
            acct, row = make_account(
                ci, ai, spec, seed, ids[ai], orgs, nets, cards[int(card_of[ai])]
            )
            acct_rows.append(row)
            family = (
                "attack"
                if spec.operator
                else ("benign" if spec.label == "benign" else "hard_negative")
            )
            truth.append((acct.account_id, spec.label, family, spec.operator))
            emitter.emit(acct, state)
    out.mkdir(parents=True, exist_ok=True)
    n_ex = write_exchanges(out / "exchanges", emitter.cols, emitter.text_list)
    order = world.permutation(len(acct_rows))
    accounts = pa.Table.from_pylist(
        [acct_rows[i] for i in order], schema=_schema_with_int_ts(ACCOUNTS.schema, "created_at")
    )
    pq.write_table(accounts.cast(ACCOUNTS.schema), out / "accounts.parquet", compression="zstd")
    feed = h13_net.feed(nets, world)
    pq.write_table(
        pa.Table.from_pylist(
            [dict(zip(("cidr", "kind", "asn", "country"), r, strict=True)) for r in feed],
            schema=IP_RANGES.schema,
        ),
        out / "ip_ranges.parquet",
    )
    rel = list(OLD_MODELS) + [(m, T0 + timedelta(microseconds=at_us)) for m, at_us, _ in RELEASES]
    pq.write_table(
        pa.table(
            {"model": [m for m, _ in rel], "released_at": [a for _, a in rel]},
            schema=MODEL_RELEASES.schema,
        ),
        out / "model_releases.parquet",
    )
    t_sorted = [truth[i] for i in order]
    pq.write_table(
        pa.table({"account_id": [t[0] for t in t_sorted], "label": [t[1] for t in t_sorted]}),
        out / "labels.parquet",
    )
    pq.write_table(
        pa.table(
            {
                k: [t[j] for t in t_sorted]
                for j, k in enumerate(("account_id", "label", "family", "operator"))
            }
        ),
        out / "truth.parquet",
    )
    return {
        "accounts": len(acct_rows),
        "exchanges": n_ex,
        "attack_accounts": sum(t[2] == "attack" for t in truth),
    }


def _schema_with_int_ts(schema: pa.Schema, col: str) -> pa.Schema:
    return pa.schema(
        [pa.field(f.name, pa.int64(), f.nullable) if f.name == col else f for f in schema]
    )


def write_exchanges(folder: Path, cols: dict[str, list], texts: list[str]) -> int:
    """Every exchange inside the window, in time order, one Parquet part per UTC day."""
    schema = EXCHANGES.full_schema
    ts = np.asarray(cols["ts"], dtype=np.int64)
    keep = (ts >= T0_US) & (ts < T0_US + DAYS * DAY)
    order = np.argsort(ts, kind="stable")
    order = order[keep[order]]
    day = (ts[order] - T0_US) // DAY
    bounds = np.searchsorted(day, np.arange(DAYS + 1))
    dictionary = pa.array(texts, type=pa.large_string())
    ids = {name: np.asarray(cols[name], dtype=np.int32) for name in TEXT_ID_COLUMNS}
    folder.mkdir(parents=True, exist_ok=True)
    for d in range(DAYS):
        rows = order[bounds[d] : bounds[d + 1]]
        arrays = []
        for field in schema:
            if field.name == "ts":
                arr = pa.array(ts[rows]).cast(pa.timestamp("us")).cast(field.type)
            elif field.name in ids:
                idx = ids[field.name][rows]
                arr = pa.DictionaryArray.from_arrays(pa.array(idx, mask=idx < 0), dictionary).cast(
                    field.type
                )
            else:
                col = cols[field.name]
                arr = pa.array([col[i] for i in rows], type=field.type)
            arrays.append(arr)
        part = pa.Table.from_arrays(arrays, schema=schema)
        pq.write_table(
            part,
            folder / f"part-{d:03d}.parquet",
            compression="zstd",
            row_group_size=65_536,
            dictionary_pagesize_limit=1 << 28,
        )
    return int(len(order))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", required=True, type=int)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    args = ap.parse_args(argv)
    if not 0 < args.scale <= 20:
        print("traffic.py: --scale must be in (0, 20]", file=sys.stderr)
        return 2
    if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
        print(
            f"traffic.py: --out {args.out} exists and is not an empty folder; give a new one",
            file=sys.stderr,
        )
        return 2
    try:
        stats = generate(args.out, args.seed, args.scale, args.corpora)
    except (OSError, ValueError, KeyError) as exc:
        print(
            f"traffic.py: cannot build the world from {args.corpora}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
            file=sys.stderr,
        )
        return 2
    print(
        f"hold-out 13: {stats['accounts']} accounts ({stats['attack_accounts']} attack), {stats['exchanges']} exchanges -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
