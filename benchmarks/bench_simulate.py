"""Time and peak memory of `consentry simulate` at the medium and article scales.

Runs the real command in a subprocess and prints one line per figure: name, value (median
over runs), unit, machine. Peak memory is measured by the OS: the summed resident set size of
the command and its worker processes, sampled from /proc every 0.2 s, and the largest single
process from getrusage(RUSAGE_CHILDREN).

    python benchmarks/bench_simulate.py --root /work/tmp-sim --runs 3 --article-runs 2

The outputs stay in ROOT/<scale>-seed1 for other benchmarks to use.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import threading
import time
from pathlib import Path

from common import consentry, report


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants, from /proc."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(scale: str, out: Path, seed: int) -> tuple[float, int, int, float]:
    """(seconds, peak summed RSS in bytes, rows, CPU seconds of the command and its workers)."""
    cmd = [
        *consentry(),
        "simulate",
        "--out",
        str(out),
        "--scale",
        scale,
        "--seed",
        str(seed),
        "--force",
    ]
    cpu0 = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    code = proc.wait()
    done.set()
    t.join()
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"simulate --scale {scale} failed with exit code {code}")
    rows = json.loads((out / "simulation.json").read_text())["exchanges"]
    return seconds, peak, rows, _children_cpu() - cpu0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/work/tmp-sim"))
    ap.add_argument("--scales", default="medium,article")
    ap.add_argument("--runs", type=int, default=3, help="runs at medium scale")
    ap.add_argument("--article-runs", type=int, default=1, help="runs at article scale")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for scale in args.scales.split(","):
        runs = args.article_runs if scale == "article" else args.runs
        out = args.root / f"{scale}-seed{args.seed}"
        results = [run_once(scale, out, args.seed) for _ in range(runs)]
        report(f"simulate {scale} exchanges", [float(r[2]) for r in results], "rows")
        report(f"simulate {scale} wall time", [r[0] for r in results], "s")
        report(f"simulate {scale} throughput", [r[2] / r[0] for r in results], "exchanges/s")
        report(f"simulate {scale} CPU time, all processes", [r[3] for r in results], "s")
        report(f"simulate {scale} peak RSS, all processes", [r[1] / 2**20 for r in results], "MiB")
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        report(f"simulate {scale} peak RSS, largest process so far", [largest], "MiB")


if __name__ == "__main__":
    main()
