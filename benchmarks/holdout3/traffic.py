"""The third independent hold-out: labelled traffic for judging the distillation detector.

    python benchmarks/holdout3/traffic.py --out DIR [--seed N] [--scale X]

Writes the traffic-logs contract's tables (exchanges/, accounts.parquet, ip_ranges.parquet,
model_releases.parquet) and labels.parquet (account_id, label = attack:<family> or
benign:<class>). Never used for tuning: see README.md next to this file.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import duckdb  # noqa: E402
import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from benign import UNITS, run_benign  # noqa: E402
from campaigns import SIZES, run_campaigns  # noqa: E402
from corpora import load  # noqa: E402
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402
from sink import Ctx  # noqa: E402
from world import DAY, DAYS, RELEASED, START, build_networks  # noqa: E402

from consentry.contract import IP_RANGES, MODEL_RELEASES, TS  # noqa: E402


def generate(out: Path, seed: int = 1, scale: float = 1.0, show: bool = True) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    if (out / "exchanges").exists() and any((out / "exchanges").iterdir()):
        raise SystemExit(f"{out}/exchanges is not empty; give a new --out folder.")
    nw = build_networks(np.random.default_rng([seed, 1]))
    ctx = Ctx(out, seed, scale, nw, load())
    total = sum(ctx.n(k, f) for _, k, f in UNITS) + sum(ctx.n(k, f) for k, f in SIZES.values())
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), disable=not show) as bar:  # fmt: skip
        task = bar.add_task("holdout3 actors", total=total)

        def tick(k: int) -> None:
            bar.advance(task, k)

        run_benign(ctx, tick)
        run_campaigns(ctx, tick)
        bar.update(task, completed=total)
    ctx.flush()
    _by_day(out)
    ctx.write_accounts()
    feed = nw.feed()
    pq.write_table(pa.Table.from_pylist(feed, schema=IP_RANGES.schema), out / "ip_ranges.parquet")
    models = sorted(RELEASED)
    pq.write_table(
        pa.Table.from_arrays(
            [pa.array(models, pa.string()),
             pa.array(np.array([RELEASED[m] for m in models], dtype=np.int64), type=TS)],
            schema=MODEL_RELEASES.schema,
        ),
        out / "model_releases.parquet",
    )  # fmt: skip
    attack = sum(1 for _, lab in ctx.labels if lab.startswith("attack:"))
    return {"exchanges": ctx.rows, "accounts": len(ctx.accounts), "attack_accounts": attack,
            "ip_ranges": len(feed)}  # fmt: skip


def _by_day(out: Path) -> None:
    """Rewrite the generator's parts as one file per UTC day in time order, as a log export
    writes them, so that no file or row position says which actor wrote a row."""
    staging = out / "_parts"
    (out / "exchanges").rename(staging)
    (out / "exchanges").mkdir()
    con = duckdb.connect(config={"threads": 1, "memory_limit": "1GB"})
    con.execute(f"create view s as select * from read_parquet('{staging}/*.parquet')")
    for d in range(DAYS):
        day = np.datetime64(START, "us") + np.timedelta64(d, "D")
        lo, hi = START + d * DAY, START + (d + 1) * DAY
        con.execute(
            f"copy (select * from s where epoch_us(ts) >= {lo} and epoch_us(ts) < {hi} "
            f"order by ts, exchange_id) to '{out}/exchanges/{str(day)[:10]}.parquet' "
            "(format parquet, row_group_size 100000)"
        )
    con.close()
    shutil.rmtree(staging)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="new folder for the tables")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0, help="1.0: ~0.8M exchanges, ~13k accounts")
    ap.add_argument("--quiet", action="store_true", help="no progress bar")
    args = ap.parse_args(argv)
    if args.scale <= 0:
        ap.error("--scale must be positive, e.g. 0.05 for a quick run")
    t0 = time.process_time()
    n = generate(args.out, args.seed, args.scale, show=not args.quiet)
    print(" ".join(f"{k}={v}" for k, v in n.items()), f"cpu_s={time.process_time() - t0:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
