"""Helpers the benchmark scripts share: the machine line, timing a command, peak memory."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def machine() -> str:
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {mem_gb:.0f} GB"


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run a command to completion; return (wall seconds, peak RSS in MB of that child, from
    the OS). The child's CPU seconds go to LAST_CPU: on a shared machine they say more than
    wall time about the command itself."""
    wrapper = [
        sys.executable,
        "-c",
        (
            "import resource, subprocess, sys;"
            "rc = subprocess.call(sys.argv[1:]);"
            "u = resource.getrusage(resource.RUSAGE_CHILDREN);"
            "print(u.ru_utime + u.ru_stime, file=sys.stderr);"
            "print(u.ru_maxrss, file=sys.stderr);"
            "sys.exit(rc)"
        ),
        *cmd,
    ]
    start = time.perf_counter()
    proc = subprocess.run(
        wrapper, env={**os.environ, **(env or {})}, stderr=subprocess.PIPE, text=True
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}")
    *_, cpu, peak_kb = proc.stderr.strip().splitlines()
    LAST_CPU.append(float(cpu))
    return elapsed, int(peak_kb) / 1024


LAST_CPU: list[float] = []


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min)"


def report(name: str, values: list[float], unit: str) -> None:
    """One line per figure: name, median of runs, unit, runs, machine."""
    med = statistics.median(values)
    runs = ", ".join(f"{v:.1f}" for v in values)
    print(
        f"{name}: {med:.1f} {unit} (median of {len(values)}: {runs}) [{machine()}; {load_average()}]",
        flush=True,
    )


def consentry() -> list[str]:
    return [sys.executable, "-m", "consentry"]


def workdir(name: str) -> Path:
    base = Path(os.environ.get("CONSENTRY_BENCH_DIR", Path(__file__).parent / "out")) / name
    base.mkdir(parents=True, exist_ok=True)
    return base


def peak_rss_mb_self() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
