"""Holdout-2 traffic generator: labelled LLM-service logs with distillation campaigns hidden in
benign traffic, written to the tables of contracts/traffic-logs.md.

    python benchmarks/holdout2/traffic.py --out DIR [--accounts N] [--days D] [--seed S]

Writes DIR/exchanges/part-*.parquet (time order, all populations interleaved),
DIR/accounts.parquet, DIR/ip_ranges.parquet, DIR/model_releases.parquet and, for scoring only,
DIR/labels.parquet (account_id, label, class, campaign_id). Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benign  # noqa: E402
import campaigns  # noqa: E402
from world import DAY, US, World  # noqa: E402

START = datetime(2026, 1, 12, tzinfo=timezone.utc)
TS = pa.timestamp("us", tz="UTC")

EX_SCHEMA = pa.schema(
    [
        ("exchange_id", pa.string()),
        ("ts", TS),
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
ACC_SCHEMA = pa.schema(
    [
        ("account_id", pa.string()),
        ("created_at", TS),
        ("tier", pa.string()),
        ("signup_channel", pa.string()),
        ("payment_fingerprint", pa.string()),
        ("email_domain", pa.string()),
        ("declared_country", pa.string()),
        ("org_id", pa.string()),
    ]
)
IP_SCHEMA = pa.schema(
    [("cidr", pa.string()), ("kind", pa.string()), ("asn", pa.int64()), ("country", pa.string())]
)
REL_SCHEMA = pa.schema([("model", pa.string()), ("released_at", TS)])
LABEL_SCHEMA = pa.schema(
    [
        ("account_id", pa.string()),
        ("label", pa.string()),
        ("class", pa.string()),
        ("campaign_id", pa.string()),
    ]
)

# accounts per population at the default size (12,000 accounts); scaled with --accounts
BENIGN = {
    "chat": 6300,
    "heavy_user": 150,
    "api_app": 45,
    "eval_runner": 30,
    "batch_ci": 60,
    "automation": 150,
    "reseller_customer": 1200,
    "campus_corporate_nat": 1000,
    "traveller_vpn": 250,
    "release_day_consumer": 350,
}
CAMPAIGNS = {  # campaign_id: (family, accounts)
    "polyglot_trace-A": ("polyglot_trace", 600),
    "polyglot_trace-B": ("polyglot_trace", 140),
    "hydra_multilingual-A": ("hydra_multilingual", 850),
    "toolsmith-A": ("toolsmith", 110),
    "rubric_farm-A": ("rubric_farm", 54),
    "unit_sweep-A": ("unit_sweep", 35),
    "tutor_loop-A": ("tutor_loop", 280),
    "boundary_probe-A": ("boundary_probe", 14),
    "pool_rider-A": ("pool_rider", 230),
    "release_jumper-A": ("release_jumper", 50),
}
DEFAULT_ACCOUNTS = 12_000


def populations(w: World, scale: float) -> list[tuple[str, Callable[[], None]]]:
    def size(n: int, floor: int) -> int:
        return max(floor, round(n * scale))

    resellers = [(w.new_id("org_"), benign.card(w)) for _ in range(3)]
    b = {k: size(v, 2) for k, v in BENIGN.items()}
    steps: list[tuple[str, Callable[[], None]]] = [
        ("chat", lambda: benign.chat_users(w, b["chat"])),
        ("heavy_user", lambda: benign.heavy_users(w, b["heavy_user"])),
        ("api_app", lambda: benign.api_apps(w, b["api_app"])),
        ("eval_runner", lambda: benign.eval_runners(w, b["eval_runner"])),
        ("batch_ci", lambda: benign.batch_and_ci(w, b["batch_ci"])),
        ("automation", lambda: benign.automations(w, b["automation"])),
        (
            "reseller_customer",
            lambda: benign.reseller_customers(w, b["reseller_customer"], resellers),
        ),
        ("campus_corporate_nat", lambda: benign.campus_and_office(w, b["campus_corporate_nat"])),
        ("traveller_vpn", lambda: benign.travellers(w, b["traveller_vpn"])),
        ("release_day_consumer", lambda: benign.release_day(w, b["release_day_consumer"])),
    ]
    gens = {
        "polyglot_trace-A": lambda n, c: campaigns.polyglot_trace(w, n, c, mobile_farm=False),
        "polyglot_trace-B": lambda n, c: campaigns.polyglot_trace(w, n, c, mobile_farm=True),
        "hydra_multilingual-A": lambda n, c: campaigns.hydra_multilingual(w, n, c),
        "toolsmith-A": lambda n, c: campaigns.toolsmith(w, n, c),
        "rubric_farm-A": lambda n, c: campaigns.rubric_farm(w, n, c),
        "unit_sweep-A": lambda n, c: campaigns.unit_sweep(w, n, c),
        "tutor_loop-A": lambda n, c: campaigns.tutor_loop(w, n, c),
        "boundary_probe-A": lambda n, c: campaigns.boundary_probe(w, n, c),
        "pool_rider-A": lambda n, c: campaigns.pool_rider(w, n, c, resellers[0]),
        "release_jumper-A": lambda n, c: campaigns.release_jumper(w, n, c),
    }
    for cid, (_family, n) in CAMPAIGNS.items():
        steps.append((cid, lambda cid=cid, n=n: gens[cid](size(n, 3), cid)))
    return steps


def ensure_activity(w: World) -> None:
    """Every account in the tables has at least one exchange (a sign-up that was never used
    is dropped), so labels and detector output cover the same accounts."""
    seen = set(w.ex.data["account_id"])
    keep = [i for i, a in enumerate(w.acc.data["account_id"]) if a in seen]
    for rows in (w.acc, w.lab):
        for col in rows.cols:
            rows.data[col] = [rows.data[col][i] for i in keep]


def write(w: World, out: Path) -> int:
    if out.exists():
        shutil.rmtree(out)
    (out / "exchanges").mkdir(parents=True)
    ex = w.ex.data
    ts = np.asarray(ex["ts"], dtype=np.int64)
    order = np.argsort(ts, kind="stable")
    ids = w.idrng.integers(0, 1 << 62, size=len(ts), dtype=np.int64)
    if len(np.unique(ids)) != len(ids):
        raise SystemExit("exchange id collision: try another --seed")
    cols = {"exchange_id": pa.array([f"ex_{v:016x}" for v in ids])}
    for name in EX_SCHEMA.names[1:]:
        cols[name] = (
            pa.array(ex[name], type=EX_SCHEMA.field(name).type)
            if name != "ts"
            else pa.array(ts, type=pa.int64()).cast(TS)
        )
    table = pa.table(cols, schema=EX_SCHEMA).take(pa.array(order))
    day_of = (np.sort(ts) - w.start) // (DAY * US)
    bounds = np.searchsorted(day_of, np.arange(w.days + 1))
    for d in range(w.days):
        lo, hi = int(bounds[d]), int(bounds[d + 1])
        pq.write_table(
            table.slice(lo, hi - lo),
            out / "exchanges" / f"part-{d:04d}.parquet",
            compression="zstd",
        )

    acc = pa.table(
        {
            c: pa.array(w.acc.data[c], type=ACC_SCHEMA.field(c).type)
            if c != "created_at"
            else pa.array(np.asarray(w.acc.data[c], np.int64)).cast(TS)
            for c in ACC_SCHEMA.names
        },
        schema=ACC_SCHEMA,
    )
    lab = pa.table(
        {c: pa.array(w.lab.data[c], type=pa.string()) for c in LABEL_SCHEMA.names},
        schema=LABEL_SCHEMA,
    )
    acc_order = pa.array(np.argsort(np.asarray(w.acc.data["account_id"]), kind="stable"))
    pq.write_table(acc.take(acc_order), out / "accounts.parquet", compression="zstd")
    pq.write_table(lab.take(acc_order), out / "labels.parquet", compression="zstd")
    feed = sorted(w.netw.feed_rows())
    pq.write_table(
        pa.table(
            [pa.array([r[i] for r in feed], type=IP_SCHEMA.field(i).type) for i in range(4)],
            schema=IP_SCHEMA,
        ),
        out / "ip_ranges.parquet",
        compression="zstd",
    )
    rel = w.models.releases
    pq.write_table(
        pa.table(
            [
                pa.array([m for m, _ in rel]),
                pa.array([t for _, t in rel], type=pa.int64()).cast(TS),
            ],
            schema=REL_SCHEMA,
        ),
        out / "model_releases.parquet",
        compression="zstd",
    )
    return table.num_rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path, help="output folder (replaced if it exists)")
    ap.add_argument(
        "--accounts",
        type=int,
        default=DEFAULT_ACCOUNTS,
        help="approximate number of accounts (default 12000)",
    )
    ap.add_argument("--days", type=int, default=30, help="days of traffic (default 30)")
    ap.add_argument("--seed", type=int, default=20260223, help="random seed (default 20260223)")
    args = ap.parse_args(argv)
    if args.accounts < 100:
        ap.error("--accounts must be at least 100 (every population needs a few accounts)")
    if args.days < 4:
        ap.error("--days must be at least 4 (a model release falls about halfway)")
    w = World(args.seed, args.days, START)
    t0 = time.perf_counter()
    steps = populations(w, args.accounts / DEFAULT_ACCOUNTS)
    for i, (name, step) in enumerate(steps, 1):
        before = len(w.ex)
        step()
        print(
            f"[{i:2d}/{len(steps)}] {name:24s} {len(w.ex) - before:8,d} exchanges  {time.perf_counter() - t0:6.1f}s",
            file=sys.stderr,
        )
    ensure_activity(w)
    rows = write(w, args.out)
    n_acc = len(w.acc)
    n_camp = sum(1 for x in w.lab.data["label"] if x == "campaign")
    print(
        f"wrote {rows:,d} exchanges, {n_acc:,d} accounts ({n_camp:,d} campaign) to {args.out} in {time.perf_counter() - t0:.1f}s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
