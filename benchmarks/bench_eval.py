"""Time and peak memory of `consentry eval` with its two baselines on a simulation.

Takes a simulation folder (`consentry simulate --out SIM`), writes a trivial run next to it
(every labelled account, score 0, nothing flagged, with the run's inputs in its Parquet
metadata as the detector records them) and runs the real command alternately with and without
the baselines, so the ratio shows what the baselines cost over scoring alone. One line per
figure: name, median of runs, unit, machine.

    python benchmarks/bench_eval.py --sim /work/tmp-sim/article-seed1 --runs 3
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from common import LAST_CPU, consentry, report, run_measured, workdir


def trivial_run(sim: Path, out: Path) -> Path:
    labels = pq.read_table(sim / "labels.parquet", columns=["account_id"])
    n = len(labels)
    tbl = pa.table(
        {
            "account_id": labels.column("account_id"),
            "score": pa.array([0.0] * n, pa.float64()),
            "flagged": pa.array([False] * n),
        }
    )
    inputs = {"exchanges": str(sim / "exchanges"), "accounts": str(sim / "accounts.parquet")}
    tbl = tbl.replace_schema_metadata({"consentry.inputs": json.dumps(inputs)})
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(tbl, out / "accounts.parquet")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sim", type=Path, required=True, help="a simulation folder")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    sim = args.sim.resolve()
    run = trivial_run(sim, workdir("eval") / "trivial-run")
    parts = (sim / "exchanges").rglob("*.parquet")
    exchanges = sum(pq.ParquetFile(p).metadata.num_rows for p in parts)
    print(f"simulation {sim.name}: {exchanges:,} exchanges", flush=True)
    # exec keeps the measured process the command itself; its report goes to /dev/null.
    quiet = ["sh", "-c", 'exec "$@" > /dev/null', "sh"]
    base = [
        *quiet,
        *consentry(),
        "eval",
        "--labels",
        str(sim / "labels.parquet"),
        "--pred",
        str(run),
    ]
    with_b: dict[str, list[float]] = {"wall": [], "cpu": [], "rss": []}
    alone: dict[str, list[float]] = {"wall": [], "cpu": [], "rss": []}
    for _ in range(args.runs):
        for figures, extra in ((with_b, []), (alone, ["--no-baselines"])):
            wall, rss = run_measured([*base, *extra])
            figures["wall"].append(wall)
            figures["cpu"].append(LAST_CPU[-1])
            figures["rss"].append(rss)
    report("eval with baselines, wall", with_b["wall"], "s")
    report("eval with baselines, CPU", with_b["cpu"], "s")
    report("eval with baselines, peak RSS", with_b["rss"], "MB")
    report("eval without baselines, wall", alone["wall"], "s")
    report("eval without baselines, peak RSS", alone["rss"], "MB")
    ratio = statistics.median(with_b["wall"]) / statistics.median(alone["wall"])
    print(f"baselines cost: {ratio:.1f}x the wall time of scoring alone", flush=True)


if __name__ == "__main__":
    main()
