"""Run `consentry detect` once and print each stage's wall time, CPU time and memory.

bench_detect.py --stages runs this as its measured command (with the src/ under test first
on the path), so one run says where the time and the memory go. Memory per stage is the
process's resident set when the stage ends and its peak so far (VmRSS, VmHWM from the OS);
with --own-peaks also its own peak while it ran (the OS's peak is then reset at every stage
event, so the whole run's peak the OS reports to a parent, as bench_detect.py reads it, is
only the last stage's: the script prints the whole run's itself); with --heap the Python
heap's own peak per stage above what it held at the stage's start, and what the stage kept
(tracemalloc: numpy and pandas allocations, not the engine's; it slows the run, so CPU times
then mean little). Engine queries (DuckDB or Spark) are stages of their own inside
`features`.

    python benchmarks/detect_stages.py SIM_FOLDER --out OUT_FOLDER [--backend duckdb] [--policy NAME]
        [--own-peaks] [--heap]
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from pathlib import Path


def _mem_mb() -> tuple[float, float]:
    """(resident, peak resident) in MB of this process, from /proc."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def _reset_peak() -> bool:
    """Restart the OS's peak resident count (Linux: clear_refs 5); False where not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sim", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--backend", default="duckdb")
    ap.add_argument("--policy", default="chatgpt-2025")
    ap.add_argument("--own-peaks", action="store_true", help="each stage's own peak memory too")
    ap.add_argument("--heap", action="store_true", help="each stage's Python heap peak too")
    args = ap.parse_args()

    from consentry.cli import common
    from consentry.detect.inputs import Inputs
    from consentry.detect.run import detect

    resets = args.own_peaks and _reset_peak()
    started: dict[str, tuple[float, float]] = {}
    own_peak: dict[str, float] = {}  # per open stage, the highest resident set seen in it
    overall = 0.0  # the peak so far, kept across the resets
    heap: dict[str, tuple[float, float]] = {}  # per open stage: heap at its start, peak in it
    if args.heap:
        tracemalloc.start()

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal overall
        rss, peak = _mem_mb()
        overall = max(overall, peak)
        for open_stage in own_peak:
            own_peak[open_stage] = max(own_peak[open_stage], peak)
        now, top = tracemalloc.get_traced_memory() if args.heap else (0, 0)
        if args.heap:
            tracemalloc.reset_peak()
        for open_stage, (at, high) in heap.items():
            heap[open_stage] = (at, max(high, top))
        if done == 0 and stage not in started:
            started[stage] = (time.perf_counter(), _cpu())
            own_peak[stage] = rss
            heap[stage] = (now, now)
        elif done == total and stage in started:
            t0, c0 = started.pop(stage)
            mine = own_peak.pop(stage)
            at, high = heap.pop(stage)
            in_stage = f", in this stage {mine:,.0f} MB" if resets else ""
            if args.heap:
                in_stage += (
                    f"; heap peak +{(high - at) / 2**20:,.0f} MB, "
                    f"kept {(now - at) / 2**20:+,.0f} MB"
                )
            print(
                f"  stage {stage}: {time.perf_counter() - t0:.1f} s wall, "
                f"{_cpu() - c0:.1f} s CPU, RSS {rss:,.0f} MB (peak so far {overall:,.0f} MB"
                f"{in_stage})",
                flush=True,
            )
        if resets:
            _reset_peak()

    sim = args.sim
    inputs = Inputs(
        sim / "exchanges",
        sim / "accounts.parquet",
        sim / "ip_ranges.parquet",
        sim / "model_releases.parquet",
    )
    restricted = common.policy(args.policy).access.restricted_countries
    r = detect(inputs, args.out, args.backend, restricted, progress=progress)
    print(
        f"  {r.accounts:,} accounts, {r.exchanges:,} exchanges, {r.flagged:,} flagged, "
        f"{r.campaigns:,} campaigns; peak RSS {max(overall, _mem_mb()[1]):,.0f} MB",
        flush=True,
    )


if __name__ == "__main__":
    main()
