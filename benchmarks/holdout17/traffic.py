"""Write hold-out 17's world: 28 days of labelled traffic logs in the contract's tables.

A judge for the distillation detector: never tune on it (see README.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from h17_emit import EPOCH_US, MODELS, Emitter
from h17_legit import LEGIT
from h17_net import Networks
from h17_pairs_api import API_PAIRS
from h17_pairs_people import PEOPLE_PAIRS
from h17_people import People, World
from h17_text import Corpora

from consentry.contract import ACCOUNTS, IP_RANGES, MODEL_RELEASES

CLASSES = LEGIT + API_PAIRS + PEOPLE_PAIRS


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        _check(args.out, args.scale)
        corpora = Corpora.load(args.corpora)
    except (OSError, ValueError, KeyError) as exc:
        print(f"traffic.py: {exc}", file=sys.stderr)
        return 2
    counts = generate(args.out, args.seed, args.scale, corpora)
    for label, (accounts, rows) in sorted(counts.items()):
        print(f"{label}\t{accounts}\t{rows}")
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", type=Path, required=True, help="a new or empty folder")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument(
        "--scale", type=float, default=1.0, help="multiplies every class's account count"
    )
    p.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    return p


def _check(out: Path, scale: float) -> None:
    if not 0 < scale <= 5:
        raise ValueError(f"--scale must be in (0, 5], got {scale}")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ValueError(f"--out {out} must be a new or empty folder")


def generate(out: Path, seed: int, scale: float, corpora: Corpora) -> dict[str, tuple[int, int]]:
    """Every class in a fixed order, each from its own stream; returns accounts and rows per label."""
    rng = np.random.default_rng([seed, 17])
    world = World(
        seed,
        Networks.build(rng),
        corpora,
        Emitter(np.random.default_rng([seed, 18]), corpora),
        People(np.random.default_rng([seed, 19])),
    )
    for _label, build, n in CLASSES:
        build(world, max(2, round(n * scale)))
        world.emitter.flush()
    out.mkdir(parents=True, exist_ok=True)
    world.emitter.write(out)
    _tables(out, world, rng)
    return _counts(out, world)


def _tables(out: Path, world: World, rng: np.random.Generator) -> None:
    accounts = [world.people.accounts[int(i)] for i in rng.permutation(len(world.people.accounts))]
    cols = {c.name: [getattr(a, c.name, None) for a in accounts] for c in ACCOUNTS.columns}
    cols["created_at"] = [EPOCH_US + int(a.created_at * 1_000_000) for a in accounts]
    cols["signup_channel"] = [a.signup_channel for a in accounts]
    cols["payment_fingerprint"] = [a.payment for a in accounts]
    cols["declared_country"] = [a.declared_country for a in accounts]
    pq.write_table(_table(cols, ACCOUNTS.schema), out / "accounts.parquet")
    feed = world.nets.feed()
    pq.write_table(
        _table({c.name: [r[c.name] for r in feed] for c in IP_RANGES.columns}, IP_RANGES.schema),
        out / "ip_ranges.parquet",
    )
    releases: dict[str, list] = {
        "model": [m for m, _, _ in MODELS],
        "released_at": [EPOCH_US + int(r * 1e6) for _, _, r in MODELS],
    }
    pq.write_table(_table(releases, MODEL_RELEASES.schema), out / "model_releases.parquet")
    labels = {"account_id": [a.account_id for a in accounts], "label": [a.label for a in accounts]}
    pq.write_table(
        pa.table(labels, schema=pa.schema([("account_id", pa.string()), ("label", pa.string())])),
        out / "labels.parquet",
    )
    truth = {**labels, "operator": [a.operator or None for a in accounts]}
    pq.write_table(pa.table(truth), out / "truth.parquet")


def _table(cols: dict[str, list], schema: pa.Schema) -> pa.Table:
    arrays = []
    for f in schema:
        values = cols[f.name]
        if pa.types.is_timestamp(f.type):
            arrays.append(pa.array(values, type=pa.int64()).cast(f.type))
        else:
            arrays.append(pa.array(values, type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def _counts(out: Path, world: World) -> dict[str, tuple[int, int]]:
    label_of = {a.account_id: a.label for a in world.people.accounts}
    rows: Counter[str] = Counter()
    for part in sorted((out / "exchanges").glob("part-*.parquet")):
        ids = pq.read_table(part, columns=["account_id"]).column(0).value_counts()
        for item in ids.to_pylist():
            rows[label_of[item["values"]]] += item["counts"]
    accounts = Counter(a.label for a in world.people.accounts)
    return {label: (accounts[label], rows[label]) for label in accounts}


if __name__ == "__main__":
    sys.exit(main())
