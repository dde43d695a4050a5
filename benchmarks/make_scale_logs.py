"""A 50M-exchange / 1.3M-account traffic-logs set for the detector's cost target (issue 13).

The simulator's worlds are heavy per account (about 200 exchanges each), so the set is a
`consentry simulate` world tiled N times, each tile a distinct world of its own:

- every id (account, exchange, key, conversation, organisation) carries the tile's prefix,
  payment fingerprints and e-mail domains its tag, so no card or domain is shared by tiles;
- addresses move to a network space of the tile's own (IPv4 a.b.c.d becomes the IPv6
  /48 `3exx:ab:c::d`, IPv6 is shifted inside its /24), keeping every /24 or /48 grouping, and
  the ip_ranges feed is copied for each tile with the same kinds, ASNs and countries;
- prompt and system-prompt letters go through a permutation of the tile's own (tile 0 keeps
  its text), so templates and prompt structures repeat inside a tile and never across tiles;
- each tile keeps a random share of each account's active days (whole days, so sessions,
  bursts and conversations stay as they were), which is what brings exchanges per account
  down to the target's 38.

Client strings and sign-up dates are left as they are: distinct operations may well use the
same SDK in the same week. Every campaign family of the world is one operation per tile, so
a detector that separates operations finds (campaign families) x (tiles) campaigns.

    python benchmarks/make_scale_logs.py --out /tmp/detect-scale/scale50m
        [--base DIR] [--exchanges 50000000] [--accounts 1300000] [--seed 1]
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import shutil
import string
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from rich.progress import Progress

V4_HEAD = 0x3E00  # first IPv6 group of tile t's former IPv4 space: V4_HEAD + t
LETTERS = string.ascii_lowercase


def map_ip(addr: str, tile: int) -> str:
    ip = ipaddress.ip_address(addr)
    if ip.version == 4:
        a, b, c, d = ip.packed
        return str(ipaddress.IPv6Address(f"{V4_HEAD + tile:x}:{a << 8 | b:x}:{c:x}::{d:x}"))
    return str(ipaddress.IPv6Address(int(ip) ^ (tile << 104)))


def map_cidr(cidr: str, tile: int) -> str:
    net = ipaddress.ip_network(cidr, strict=False)
    if net.version == 4:
        head = map_ip(str(net.network_address), tile)
        return str(ipaddress.ip_network(f"{head}/{net.prefixlen + 16}", strict=False))
    if net.prefixlen < 24:
        raise SystemExit(f"ip_ranges: {cidr} is wider than /24; tiling cannot shift it.")
    return f"{map_ip(str(net.network_address), tile)}/{net.prefixlen}"


def cipher(tile: int) -> dict[int, int]:
    """A permutation of letters (both cases) of the tile's own; tile 0 keeps its text."""
    if tile == 0:
        return {}
    perm = np.random.default_rng(10_000 + tile).permutation(len(LETTERS))
    table = {ord(c): ord(LETTERS[p]) for c, p in zip(LETTERS, perm, strict=True)}
    table |= {ord(c.upper()): ord(LETTERS[p].upper()) for c, p in zip(LETTERS, perm, strict=True)}
    return table


def prefixed(col: pa.ChunkedArray, tag: str) -> pa.ChunkedArray:
    return pc.binary_join_element_wise(pa.scalar(tag), col, "")


def translated(col: pa.ChunkedArray, table: dict[int, int]) -> pa.Array:
    if not table:
        return col
    return pa.array(
        [None if s is None else s.translate(table) for s in col.to_pylist()], pa.string()
    )


def keep_share(days: np.ndarray, target_ratio: float, base_ratio: float) -> float:
    """Share of (account, day)s to keep so accounts per exchange reach target_ratio."""
    lo, hi = 1e-3, 1.0
    for _ in range(50):
        f = (lo + hi) / 2
        survive = np.mean(1 - (1 - f) ** days)
        if survive / f * base_ratio > target_ratio:
            lo = f
        else:
            hi = f
    return (lo + hi) / 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--base", type=Path, default=None, help="a `consentry simulate` folder")
    ap.add_argument("--exchanges", type=int, default=50_000_000)
    ap.add_argument("--accounts", type=int, default=1_300_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    base = args.base or args.out.parent / f"base-medium-{args.seed}"
    if not (base / "simulation.json").exists():
        cmd = [sys.executable, "-m", "consentry", "simulate", "--scale", "medium"]
        subprocess.run([*cmd, "--seed", str(args.seed), "--out", str(base)], check=True)
    if args.out.exists():
        shutil.rmtree(args.out)
    (args.out / "exchanges").mkdir(parents=True)

    ex = ds.dataset(base / "exchanges", partitioning="hive").to_table()
    # answers are not compared across accounts; as at `medium`, they are not retained
    i = ex.column_names.index("response")
    ex = ex.set_column(i, "response", pa.nulls(ex.num_rows, pa.string()))
    day = pc.floor_temporal(ex["ts"], unit="day").cast(pa.int64()).to_numpy()
    acc_code = pc.dictionary_encode(ex["account_id"]).combine_chunks().indices.to_numpy()
    key, key_of_row = np.unique(
        acc_code.astype(np.int64) * 100_000 + day // 86_400_000_000, return_inverse=True
    )
    days_per_account = np.bincount(key // 100_000)
    days_per_account = days_per_account[days_per_account > 0]
    n_base, a_base = ex.num_rows, len(days_per_account)
    f = keep_share(days_per_account, args.accounts / args.exchanges, a_base / n_base)
    tiles = max(1, round(args.exchanges / (f * n_base)))
    print(
        f"base {base}: {n_base:,} exchanges, {a_base:,} accounts; keeping {f:.3f} of each "
        f"account's active days in each of {tiles} tiles",
        flush=True,
    )
    ip_dict = pc.dictionary_encode(ex["ip"]).combine_chunks()
    ip_values = ip_dict.dictionary.to_pylist()
    accounts = pq.read_table(base / "accounts.parquet")
    labels = pq.read_table(base / "labels.parquet")
    ranges = pq.read_table(base / "ip_ranges.parquet")
    out_acc, out_lab, out_rng = [], [], []
    total_rows, seen = 0, 0
    with Progress() as bar:
        task = bar.add_task("tiles", total=tiles)
        for t in range(tiles):
            rng = np.random.default_rng(args.seed * 1_000_003 + t)
            keep = (rng.random(len(key)) < f)[key_of_row]
            rows = ex.filter(pa.array(keep))
            tag = f"t{t:03d}-"
            ips = pa.DictionaryArray.from_arrays(
                pa.array(ip_dict.indices.to_numpy()[keep]),
                pa.array([map_ip(v, t) for v in ip_values], pa.string()),
            ).cast(pa.string())
            table = cipher(t)
            cols = {
                "exchange_id": prefixed(rows["exchange_id"], tag),
                "account_id": prefixed(rows["account_id"], tag),
                "api_key_id": prefixed(rows["api_key_id"], tag),
                "conversation_id": prefixed(rows["conversation_id"], tag),
                "ip": ips,
                "prompt": translated(rows["prompt"], table),
                "system_prompt": translated(rows["system_prompt"], table),
            }
            for name, col in cols.items():
                rows = rows.set_column(rows.column_names.index(name), name, col)
            pq.write_table(
                rows, args.out / "exchanges" / f"part-{t:04d}.parquet", compression="zstd"
            )
            total_rows += rows.num_rows
            ids = pc.unique(rows["account_id"])
            seen += len(ids)
            a = accounts.set_column(0, "account_id", prefixed(accounts["account_id"], tag))
            a = a.filter(pc.is_in(a["account_id"], ids))
            for name in ("payment_fingerprint", "org_id"):
                i = a.column_names.index(name)
                a = a.set_column(i, name, pc.binary_join_element_wise(a[name], f"-t{t}", ""))
            i = a.column_names.index("email_domain")
            a = a.set_column(i, "email_domain", prefixed(a["email_domain"], f"t{t}."))
            out_acc.append(a)
            lab = labels.set_column(0, "account_id", prefixed(labels["account_id"], tag))
            out_lab.append(lab.filter(pc.is_in(lab["account_id"], ids)))
            cidr = pa.array([map_cidr(c, t) for c in ranges["cidr"].to_pylist()], pa.string())
            out_rng.append(ranges.set_column(0, "cidr", cidr))
            bar.update(task, advance=1, description=f"tiles ({total_rows:,} exchanges)")
    pq.write_table(pa.concat_tables(out_acc), args.out / "accounts.parquet")
    pq.write_table(pa.concat_tables(out_lab), args.out / "labels.parquet")
    pq.write_table(pa.concat_tables(out_rng), args.out / "ip_ranges.parquet")
    shutil.copy(base / "model_releases.parquet", args.out / "model_releases.parquet")
    meta = json.loads((base / "simulation.json").read_text())
    meta.update(
        base=str(base), tiles=tiles, day_share=round(f, 4), exchanges=total_rows, accounts=seen
    )
    (args.out / "simulation.json").write_text(json.dumps(meta, indent=2) + "\n")
    size = sum(p.stat().st_size for p in args.out.rglob("*.parquet"))
    print(
        f"wrote {total_rows:,} exchanges from {seen:,} accounts in {tiles} tiles to {args.out} "
        f"({size / 2**30:.1f} GB on disk)",
        flush=True,
    )


if __name__ == "__main__":
    main()
