"""Hold-out 14: write an independently designed traffic world, a judge of the distillation detector.

Never tune on it: see README.md. Usage:
    python benchmarks/holdout14/traffic.py --out DIR --seed N [--scale F] [--corpora PATH]
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h14_text  # noqa: E402
import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from h14_emit import AccountGen, Cols  # noqa: E402
from h14_net import Net  # noqa: E402
from h14_state import World  # noqa: E402
from h14_world import CLASSES, COUNTRIES, DAYS, MODELS_OLD, RELEASES, START  # noqa: E402

from consentry.contract import ACCOUNTS, EXCHANGES, IP_RANGES, MODEL_RELEASES  # noqa: E402

T0 = datetime.fromisoformat(START).timestamp()


class Usage(Exception):
    """Bad input: one line on stderr, exit 2."""


def parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", required=True, type=int)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    args = ap.parse_args(argv)
    if not (args.scale > 0 and args.scale <= 20):
        raise Usage(f"--scale must be a number in (0, 20], not {args.scale}")
    if args.seed < 0:
        raise Usage("--seed must be a non-negative integer")
    if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
        raise Usage(f"--out {args.out} must be a new or empty folder")
    return args


def _ts(seconds: np.ndarray) -> pa.Array:
    us = np.round((T0 + seconds) * 1e6).astype("int64")
    return pa.array(us, type=pa.int64()).cast(EXCHANGES.schema.field("ts").type)


def generate(out: Path, seed: int, scale: float, corpora: Path) -> dict[str, int]:
    try:
        banks = h14_text.load_banks(corpora)
    except h14_text.CorporaError as exc:
        raise Usage(f"corpora: {exc}") from None
    net = Net(np.random.default_rng([seed, 3]))
    net.build(sorted(COUNTRIES))
    world = World(seed, banks, net)
    cols = Cols()
    acc_rows: list[tuple] = []
    labels: list[tuple[str, str, str, str]] = []
    for ci, k in enumerate(CLASSES):
        n = max(2, int(round(k.n * scale)))
        walk = world.walk(k, ci) if k.draw in ("walk", "tutor") else []
        if k.draw == "tutor":
            walk = [it for it in walk if it[0] == "math"]
        for ai in range(n):
            g = AccountGen(world, k, ci, ai, walk)
            acc_rows.append(g.account_row())
            g.emit(cols)
            fam = (
                "attack"
                if k.label.startswith("attack:")
                else ("benign" if k.label == "benign" else "hard_negative")
            )
            labels.append((g.account_id, k.label, fam, k.operator or ""))
    out.mkdir(parents=True, exist_ok=True)
    n_ex = _write_exchanges(out, cols, seed)
    _write_accounts(out, acc_rows, seed)
    _write_small(out, net, seed, labels)
    return {
        "accounts": len(acc_rows),
        "exchanges": n_ex,
        "attack_accounts": sum(1 for r in labels if r[2] == "attack"),
    }


def _write_exchanges(out: Path, cols: Cols, seed: int) -> int:
    c = cols.c
    ts = np.asarray(c["ts"], dtype="float64")
    if len(set(c["exchange_id"])) != len(ts):
        raise RuntimeError("exchange ids collided; change the id width")
    # Drop what falls outside the window (time-zone shifts at the edges), then time order.
    keep = np.flatnonzero((ts >= 0) & (ts < DAYS * 86400))
    order = keep[np.argsort(ts[keep], kind="stable")]
    day = (ts[order] // 86400).astype(int)
    bounds = np.searchsorted(day, np.arange(DAYS + 1))
    edir = out / "exchanges"
    edir.mkdir()
    schema = EXCHANGES.full_schema
    # One UTC day at a time, so only a day's Arrow copy of the text is alive at once.
    for d in range(DAYS):
        idx = order[int(bounds[d]) : int(bounds[d + 1])]
        arrays = []
        for f in schema:
            if f.name == "ts":
                arrays.append(_ts(ts[idx]))
            else:
                col = c[f.name]
                arrays.append(pa.array([col[i] for i in idx], type=f.type))
        part = pa.Table.from_arrays(arrays, schema=schema)
        pq.write_table(part, edir / f"part-{d:03d}.parquet", compression="zstd")
    return int(len(order))


def _write_accounts(out: Path, rows: list[tuple], seed: int) -> None:
    rng = np.random.default_rng([seed, 31])
    rows = [rows[int(i)] for i in rng.permutation(len(rows))]
    names = [f.name for f in ACCOUNTS.schema]
    data: dict[str, list] = {n: [r[i] for r in rows] for i, n in enumerate(names)}
    created = np.asarray(data["created_at"], dtype=float) * 86400.0
    jitter = rng.uniform(0, 86400, size=len(created))
    arrays = []
    for f in ACCOUNTS.schema:
        if f.name == "created_at":
            arrays.append(_ts(created + jitter))
        else:
            arrays.append(pa.array(data[f.name], type=f.type))
    pq.write_table(pa.Table.from_arrays(arrays, schema=ACCOUNTS.schema), out / "accounts.parquet")


def _write_small(out: Path, net: Net, seed: int, labels: list[tuple[str, str, str, str]]) -> None:
    feed = net.feed(np.random.default_rng([seed, 37]))
    cols = list(zip(*feed, strict=True))
    pq.write_table(
        pa.Table.from_arrays(
            [pa.array(list(v), type=f.type) for v, f in zip(cols, IP_RANGES.schema, strict=True)],
            schema=IP_RANGES.schema,
        ),
        out / "ip_ranges.parquet",
    )
    rel = [(m, -400.0 * 24 + i * 2000) for i, m in enumerate(MODELS_OLD)]
    rel += [(m, d * 24 + h) for m, d, h in RELEASES]
    pq.write_table(
        pa.Table.from_arrays(
            [pa.array([r[0] for r in rel]), _ts(np.asarray([r[1] * 3600.0 for r in rel]))],
            schema=MODEL_RELEASES.schema,
        ),
        out / "model_releases.parquet",
    )
    lab = pa.table({"account_id": [r[0] for r in labels], "label": [r[1] for r in labels]})
    pq.write_table(lab, out / "labels.parquet")
    truth = lab.append_column("family", pa.array([r[2] for r in labels])).append_column(
        "operator", pa.array([r[3] for r in labels])
    )
    pq.write_table(truth, out / "truth.parquet")


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse(argv)
        stats = generate(args.out, args.seed, args.scale, args.corpora)
    except Usage as exc:
        print(f"traffic.py: {exc}", file=sys.stderr)
        return 2
    print(
        f"accounts {stats['accounts']}  exchanges {stats['exchanges']}  "
        f"attack accounts {stats['attack_accounts']}  -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
