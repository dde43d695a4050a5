"""Group commit at concurrency 1: how long one capture waits for its commit, and its CPU.

A capture is what a 200 waits for after the model answered (consentry.gateway.capture). Each
run is a fresh process with the store of one backend and the source tree under test: N
captures submitted one after the other on a uvloop event loop (as in the gateway), timed from submit to commit, with
the process's CPU per capture. Rounds interleave the targets; medians over rounds are printed,
with the ratio to the same backend of --compare (another version's src/, run alike).

    python benchmarks/bench_capture.py [--rounds 3] [--n 3000] [--compare SRC] [--no-postgres]

Needs PostgreSQL on loopback for the PostgreSQL rows (CONSENTRY_TEST_POSTGRES_URL).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_gateway import SRC, _drop_schema, _pg_schema, _store  # noqa: E402
from common import load_average, machine  # noqa: E402

FIGURES = ("p50", "p90", "p99", "p99.9", "cpu")


def child(url: str, n: int) -> None:
    """Run in a process of its own, with the source tree under test first on the path."""
    import asyncio
    import resource
    import uuid
    from datetime import datetime, timezone

    from consentry.gateway.capture import Capture, CaptureWriter
    from consentry.policy import load_policy
    from consentry.store import open_store

    _store(url)
    writer = CaptureWriter(open_store(url), load_policy("claude-consumer-2025"))

    def capture() -> Capture:
        return Capture(
            exchange_id="ex_" + uuid.uuid4().hex,
            ts=datetime.now(timezone.utc),
            account_id="bench",
            api_key_id=None,
            conversation_id=None,
            model="echo-1",
            ip="127.0.0.1",
            user_agent="bench",
            prompt="How far can a lighthouse be seen at sea?",
            system_prompt=None,
            response="echo of a 9-word prompt to echo-1",
            input_tokens=9,
            output_tokens=8,
            tool_count=0,
            has_image=False,
            status=200,
            incognito=False,
        )

    async def run() -> dict[str, float]:
        for _ in range(200):  # warm up caches and connections
            await writer.submit(capture())
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu0 = usage.ru_utime + usage.ru_stime
        waits = []
        for _ in range(n):
            t0 = time.perf_counter()
            await writer.submit(capture())
            waits.append((time.perf_counter() - t0) * 1000)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        waits.sort()
        at = {q: waits[min(int(n * q), n - 1)] for q in (0.5, 0.9, 0.99, 0.999)}
        return {
            "p50": at[0.5],
            "p90": at[0.9],
            "p99": at[0.99],
            "p99.9": at[0.999],
            "cpu": (usage.ru_utime + usage.ru_stime - cpu0) / n * 1000,
        }

    import uvloop  # the gateway's loop (uvicorn --loop uvloop): its fd waits cost less

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        print(json.dumps(runner.run(run())))
    writer.close()


def measure(src: str, backend: str, n: int, tmp: Path) -> dict[str, float]:
    schema = None
    if backend == "sqlite":
        url = f"sqlite:///{tmp / f'capture-{time.monotonic_ns()}.db'}"
    else:
        schema, url = _pg_schema()
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--child", url, "--n", str(n)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        if schema:
            _drop_schema(schema)
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--n", type=int, default=3000, help="captures per run")
    ap.add_argument("--compare", help="another consentry source tree (its src/)")
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child, a.n)
        return
    backends = ["sqlite"] + ([] if a.no_postgres else ["postgresql"])
    sources = [("", SRC)] + ([(" (cmp)", str(Path(a.compare).resolve()))] if a.compare else [])
    targets = [(b + label, src, b) for b in backends for label, src in sources]
    load_at_start = load_average()
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in targets}
    with tempfile.TemporaryDirectory(prefix="bench-capture-") as tmp:
        for r in range(a.rounds):
            for name, src, backend in targets:
                results[name].append(measure(src, backend, a.n, Path(tmp)))
            print(f"round {r + 1}/{a.rounds} done", file=sys.stderr, flush=True)
    print(
        f"capture at c=1, {a.n} sequential captures per run, medians of {a.rounds} interleaved"
        f" rounds [{machine()}; at the start {load_at_start}, at the end {load_average()}]"
    )
    print(f"{'target':<18}" + "".join(f"{f:>10}" for f in FIGURES) + "   (ms; cpu: per capture)")
    for name, runs in results.items():
        med = {f: statistics.median(x[f] for x in runs) for f in FIGURES}
        line = f"{name:<18}" + "".join(f"{med[f]:>10.3f}" for f in FIGURES)
        base = name.split(" ")[0] + " (cmp)"
        if a.compare and not name.endswith("(cmp)"):
            cmp = {f: statistics.median(x[f] for x in results[base]) for f in FIGURES}
            line += "   x cmp: " + " ".join(f"{med[f] / cmp[f]:.2f}" for f in FIGURES)
        print(line)


if __name__ == "__main__":
    main()
