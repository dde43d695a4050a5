"""Write hold-out 18's world: a month of labelled exchange logs in the traffic-logs contract.

    python benchmarks/holdout18/traffic.py --out DIR --seed N [--scale F] [--corpora PATH]

A judge for the distillation detector: see README.md. Deterministic per seed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import h18_legit as legit  # noqa: E402
import h18_pairs as pairs  # noqa: E402
import h18_tasks  # noqa: E402
import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from h18_people import Ctx  # noqa: E402
from h18_sink import Sink  # noqa: E402
from h18_text import CorpusError, load_corpus  # noqa: E402
from h18_world import DAY_US, DAYS, MODEL_RELEASES, START_US, Networks, build_networks, rng_for  # noqa: E402

from consentry.contract import EXCHANGES, TS  # noqa: E402

# (label, accounts at scale 1, generator); a twin and its campaign are generated together
SOLO: tuple[tuple[str, int, Callable[[Ctx, str, int], None]], ...] = (
    ("benign", 7800, legit.consumers),
    ("hn:heavy_user", 200, legit.heavy_users),
    ("hn:restricted_traveller", 200, legit.restricted_travellers),
    ("hn:school_student", 250, legit.school_students),
    ("hn:enterprise_seat", 250, legit.enterprise_seats),
    ("hn:api_app", 50, legit.api_apps),
    ("hn:research_lab", 30, legit.research_labs),
    ("hn:agent_user", 60, legit.agent_users),
)
PAIRS: tuple[tuple[str, int, str, int, Callable[[Ctx, str, int, str, int], None]], ...] = (
    ("hn:sheet_addon", 200, "attack:sheet_formula", 160, pairs.sheets),
    ("hn:roleplay_trainer", 40, "attack:dialogue_selfplay", 60, pairs.roleplay),
    ("hn:byok_customer", 150, "attack:key_pool_proxy", 90, pairs.keys),
    ("hn:model_router", 40, "attack:cascade_mining", 60, pairs.tiers),
    ("hn:scheduled_tasks", 200, "attack:task_farm", 120, h18_tasks.tasks),
)


def _count(scale: float, n: int) -> int:
    return max(2, int(round(n * scale)))


def feed(nets: Networks, seed: int) -> pa.Table:
    """The IP-intelligence feed as a vendor sells it: some ranges missing, some wrong."""
    rng = rng_for(seed, "feed")
    rows: list[tuple[str, str, int | None, str | None]] = []
    kinds = ("residential", "mobile", "datacenter", "education", "corporate", "proxy")
    for net in nets.all:
        if rng.random() < 0.07:
            continue
        kind = net.kind
        if net.name.startswith("vpn-"):
            kind = rng.choice(("proxy", "datacenter"))
        if rng.random() < 0.05:
            kind = rng.choice([k for k in kinds if k != kind])
        asn: int | None = net.asn
        country: str | None = net.country
        if rng.random() < 0.04:
            country = rng.choice(("US", "NL", "DE", "GB"))
        if rng.random() < 0.03:
            asn, country = None, None
        rows.append((net.cidr, kind, asn, country))
    return pa.table(
        {
            "cidr": pa.array([r[0] for r in rows], pa.string()),
            "kind": pa.array([r[1] for r in rows], pa.string()),
            "asn": pa.array([r[2] for r in rows], pa.int64()),
            "country": pa.array([r[3] for r in rows], pa.string()),
        }
    )


def build(out: Path, seed: int, scale: float, corpora: Path) -> dict[str, tuple[int, int]]:
    corpus = load_corpus(corpora)
    nets = build_networks(seed)
    ctx = Ctx(seed, nets, corpus, Sink(rng_for(seed, "sink")))
    for label, n, fn in SOLO:
        fn(ctx, label, _count(scale, n))
    for twin, nt, attack, na, fn2 in PAIRS:
        fn2(ctx, twin, _count(scale, nt), attack, _count(scale, na))
    table = ctx.sink.table()
    ctx.sink.tables = []
    table = table.append_column("seq", pa.array(np.arange(table.num_rows, dtype=np.int64)))
    order = pc.sort_indices(table, sort_keys=[("ts", "ascending"), ("seq", "ascending")])
    ts_sorted = table["ts"].take(order).to_numpy()
    day = (ts_sorted - START_US) // DAY_US
    assert day.min() >= 0 and day.max() < DAYS
    bounds = [int(x) for x in np.nonzero(day[1:] != day[:-1])[0] + 1]
    rng = rng_for(seed, "ids")
    schema = EXCHANGES.full_schema
    (out / "exchanges").mkdir(parents=True)
    for s, e in zip([0, *bounds], [*bounds, table.num_rows], strict=True):
        part = table.take(order.slice(s, e - s))
        n = part.num_rows
        cols = {
            "exchange_id": pa.array(
                [f"ex_{rng.getrandbits(80):020x}" for _ in range(n)], pa.string()
            ),
            "ts": part["ts"].cast(TS),
            "safety_flagged": pa.nulls(n, pa.bool_()),
        }
        arrays = [cols[f.name] if f.name in cols else part[f.name].cast(f.type) for f in schema]
        pq.write_table(
            pa.Table.from_arrays(arrays, schema=schema),
            out / "exchanges" / f"part-{int(day[s]):03d}.parquet",
        )
    per_acct = pc.value_counts(table["account_id"]).to_pylist()
    del table, part

    accts = list(ctx.accounts)
    random.Random(seed * 7919 + 1).shuffle(accts)
    acc = pa.table(
        {
            "account_id": pa.array([a.account_id for a in accts], pa.string()),
            "created_at": pa.array([a.created_at for a in accts], pa.int64()).cast(TS),
            "tier": pa.array([a.tier for a in accts], pa.string()),
            "signup_channel": pa.array([a.channel for a in accts], pa.string()),
            "payment_fingerprint": pa.array([a.payment for a in accts], pa.string()),
            "email_domain": pa.array([a.email_domain for a in accts], pa.string()),
            "declared_country": pa.array([a.declared for a in accts], pa.string()),
            "org_id": pa.array([a.org_id for a in accts], pa.string()),
        }
    )
    pq.write_table(acc, out / "accounts.parquet")
    pq.write_table(feed(nets, seed), out / "ip_ranges.parquet")
    pq.write_table(
        pa.table(
            {
                "model": pa.array([m for m, _ in MODEL_RELEASES], pa.string()),
                "released_at": pa.array([t for _, t in MODEL_RELEASES], TS),
            }
        ),
        out / "model_releases.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "account_id": pa.array([a.account_id for a in accts], pa.string()),
                "label": pa.array([a.label for a in accts], pa.string()),
            }
        ),
        out / "labels.parquet",
    )

    label_of = {a.account_id: a.label for a in accts}
    n_acc = Counter(a.label for a in accts)
    per: Counter[str] = Counter()
    for vc in per_acct:
        per[label_of[vc["values"]]] += vc["counts"]
    return {lab: (n_acc[lab], per.get(lab, 0)) for lab in n_acc}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write hold-out 18's labelled traffic world.")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", required=True, type=int)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    args = ap.parse_args(argv)
    if not 0 < args.scale <= 5:
        print("traffic.py: --scale must be in (0, 5].", file=sys.stderr)
        return 2
    if args.out.exists() and any(args.out.iterdir()):
        print(f"traffic.py: {args.out} is not empty; give a new or empty folder.", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        counts = build(args.out, args.seed, args.scale, args.corpora)
    except CorpusError as exc:
        print(f"traffic.py: {exc}", file=sys.stderr)
        return 2
    order = [lab for lab, _, _ in SOLO] + [x for t, _, a, _, _ in PAIRS for x in (t, a)]
    for lab in order:
        a, e = counts.get(lab, (0, 0))
        print(f"{lab:28s} accounts {a:6d}  exchanges {e:9d}")
    ta = sum(a for a, _ in counts.values())
    te = sum(e for _, e in counts.values())
    aa = sum(a for lab, (a, _) in counts.items() if lab.startswith("attack:"))
    ae = sum(e for lab, (_, e) in counts.items() if lab.startswith("attack:"))
    print(
        f"{'total':28s} accounts {ta:6d}  exchanges {te:9d}  (attack {aa} accounts, {ae} exchanges)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
