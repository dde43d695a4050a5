"""Hold-out 15: write an independently designed traffic world in the traffic-logs contract, with
labels. A judge for the distillation detector: never tune on it (see README.md).

    python benchmarks/holdout15/traffic.py --out DIR --seed N [--scale F] [--corpora PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from h15_emit import DAYS, OLDER, RELEASES, START_US, Sink, emit, schedule  # noqa: E402
from h15_legit import LEGIT, Ctx, Spec  # noqa: E402
from h15_net import World  # noqa: E402
from h15_text import CorporaError, load_corpora  # noqa: E402
from h15_twins import CAMPAIGNS  # noqa: E402

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES  # noqa: E402

SPECS: tuple[Spec, ...] = LEGIT + CAMPAIGNS
DEFAULT_CORPORA = Path("/work/shared/corpora")


def _rng(seed: int, *path: int) -> np.random.Generator:
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence([seed, *path])))


def generate(out: Path, seed: int, scale: float, corpora: Path) -> dict[str, object]:
    """Build the world and write every table into `out`; returns counts for the summary."""
    corp = load_corpora(corpora)
    ctx = Ctx(World(_rng(seed, 9_999)), corp)
    schema = EXCHANGES.full_schema
    tables: list[pa.Table] = []
    accounts: list[tuple[object, ...]] = []
    truth: list[tuple[str, str, str, str]] = []
    for k, spec in enumerate(SPECS):
        n = max(2, round(spec.n * scale))
        profiles = spec.build(ctx, _rng(seed, k, 0), n, spec.label)
        srng = _rng(seed, k, 1)
        slots = [schedule(p, srng) for p in profiles]
        sink = Sink()
        erng = _rng(seed, k, 2)
        for p, t0, conv in spec.content(ctx, profiles, slots, _rng(seed, k, 3)):
            emit(p, t0, conv, erng, corp, sink)
        cols = {n: pa.array(v, type=schema.field(n).type) for n, v in sink.columns().items()}
        cols["exchange_id"] = pa.array([""] * len(sink), pa.string())
        tables.append(pa.table(cols).select(schema.names).cast(schema))
        for p in profiles:
            accounts.append((p.account_id, START_US + int(p.created_at * 1e6), p.tier, p.channel,
                             p.card, p.email, p.declared, p.org))  # fmt: skip
            truth.append((p.account_id, p.label, spec.family, spec.operator or ""))
    ex = pa.concat_tables(tables)
    del tables
    _write(out, seed, ex, accounts, truth, ctx)
    per: Counter[str] = Counter()
    label_of = {a: lab for a, lab, _, _ in truth}
    for a, c in Counter(ex.column("account_id").to_pylist()).items():
        per[label_of[a]] += c
    return {"accounts": Counter(lab for _, lab, _, _ in truth), "exchanges": per}


def _write(
    out: Path,
    seed: int,
    ex: pa.Table,
    accounts: list[tuple[object, ...]],
    truth: list[tuple[str, str, str, str]],
    ctx: Ctx,
) -> None:
    (out / "exchanges").mkdir(parents=True, exist_ok=True)
    day = pc.divide(pc.subtract(ex.column("ts").cast(pa.int64()), START_US), 86_400_000_000)
    ids = _rng(seed, 7_777)
    xid = pa.field("exchange_id", pa.string(), nullable=False)
    for d in range(DAYS):  # one day at a time: rows in time order, ids drawn in that order
        part = ex.filter(pc.equal(day, d))
        part = part.take(pc.sort_indices(part, [("ts", "ascending"), ("account_id", "ascending")]))
        x = [f"x_{int(i):016x}" for i in ids.integers(0, 1 << 62, part.num_rows)]
        part = part.set_column(0, xid, pa.array(x, pa.string()))
        pq.write_table(part, out / "exchanges" / f"part-{d:03d}.parquet", compression="zstd")
    order = _rng(seed, 8_888).permutation(len(accounts))
    rows = [accounts[int(i)] for i in order]
    acc = pa.table(
        {f.name: pa.array([r[j] for r in rows], f.type) for j, f in enumerate(ACCOUNTS.schema)},
        schema=ACCOUNTS.schema,
    )
    pq.write_table(acc, out / "accounts.parquet")
    trows = [truth[int(i)] for i in order]
    pq.write_table(
        pa.table({"account_id": [r[0] for r in trows], "label": [r[1] for r in trows]}),
        out / "labels.parquet",
    )
    pq.write_table(
        pa.table({k: [r[j] for r in trows] for j, k in
                  enumerate(("account_id", "label", "family", "operator"))}),
        out / "truth.parquet",
    )  # fmt: skip
    ranges = ctx.world.ip_ranges(_rng(seed, 6_666))
    pq.write_table(
        pa.table(
            {
                f.name: pa.array([r[j] for r in ranges], f.type)
                for j, f in enumerate(IP_RANGES.schema)
            },
            schema=IP_RANGES.schema,
        ),
        out / "ip_ranges.parquet",
    )
    rel = [(m, START_US + d * 86_400_000_000) for m, d in OLDER.items()]
    rel += [(m, START_US + int(t * 1e6)) for m, _, t in RELEASES]
    pq.write_table(
        pa.table(
            {"model": [r[0] for r in rel], "released_at": [r[1] for r in rel]},
            schema=MODEL_RELEASES.schema,
        ),
        out / "model_releases.parquet",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, type=Path, help="new or empty output folder")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every class's accounts")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = ap.parse_args(argv)
    if not (0 < args.scale <= 20):
        print("traffic.py: --scale must be a number in (0, 20]", file=sys.stderr)
        return 2
    if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
        print(f"traffic.py: --out {args.out} must be a new or empty folder", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    try:
        counts = generate(args.out, args.seed, args.scale, args.corpora)
    except CorporaError as exc:
        print(f"traffic.py: {exc}", file=sys.stderr)
        return 2
    acc: Counter[str] = counts["accounts"]  # type: ignore[assignment]
    exc_: Counter[str] = counts["exchanges"]  # type: ignore[assignment]
    for lab in sorted(acc, key=lambda x: (x.split(":")[0], x)):
        print(f"{lab:28s} {acc[lab]:7,d} accounts {exc_[lab]:10,d} exchanges")
    print(f"{'total':28s} {sum(acc.values()):7,d} accounts {sum(exc_.values()):10,d} exchanges "
          f"({time.perf_counter() - t0:.1f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
