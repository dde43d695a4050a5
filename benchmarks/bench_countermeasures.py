"""What the response ladder adds per answer at the gateway: `mark` and `degrade` on plain
replies and on streams, against the same answer served untouched, interleaved answer by answer.

Typical answers are built from real English prose (the docstrings of Python's standard library,
as in bench_attribution.py): 120 to 600 words, every other one with a fenced code block, a
Markdown list in some. Each answer goes through the gateway's own hook (consentry.gateway.
countermeasures: apply_reply, and the stream rewriter over ~4-character chunks as SSE events)
untreated, marked and degraded, in turn; the figure is the added CPU time of the gateway's
thread (untreated subtracted), so other load on a shared machine does not inflate it.
A second part sends real requests through the in-process gateway (FastAPI TestClient, SQLite,
a mock upstream) for a marked and an unmarked account, alternately, and prints their p50s.

    python benchmarks/bench_countermeasures.py [--answers 400] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_attribution import corpus  # noqa: E402
from common import load_average, machine  # noqa: E402

from consentry.gateway.countermeasures import (  # noqa: E402
    Treatment,
    apply_reply,
    apply_stream,
)
from consentry.policy.ladder import Degrade  # noqa: E402

CODE = (
    "```python\ndef summarize(rows, key=None):\n    # it is organized by key\n"
    "    out = {}\n    for r in rows:\n        out.setdefault(key(r) if key else r, []).append(r)\n"
    "    return out\n```"
)


def answers(n: int, seed: int = 0) -> list[str]:
    docs = corpus()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts, words = [], 0
        target = rng.randint(120, 600)
        while words < target:
            para = rng.choice(docs)
            parts.append(para)
            words += len(para.split())
        if i % 2:
            parts.insert(len(parts) // 2, CODE)
        if i % 3 == 0:
            parts.append("\n".join(f"- {p.split('.')[0][:80]}" for p in rng.sample(docs, 4)))
        out.append("\n\n".join(parts))
    return out


def completion(text: str) -> dict[str, Any]:
    return {
        "id": "c",
        "object": "chat.completion",
        "model": "m",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
    }


def events(text: str) -> list[str]:
    out = []
    for i in range(0, len(text), 4):
        chunk = {
            "id": "c",
            "object": "chat.completion.chunk",
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": text[i : i + 4]}}],
        }
        out.append("data: " + json.dumps(chunk) + "\n\n")
    done = {"id": "c", "object": "chat.completion.chunk", "model": "m", "choices": []}
    done_choice = [{"index": 0, "delta": {}, "finish_reason": "stop"}]
    out.append("data: " + json.dumps({**done, "choices": done_choice}) + "\n\n")
    out.append("data: [DONE]\n\n")
    return out


async def _drain(t: Treatment | None, evs: list[str]) -> int:
    async def source():  # noqa: ANN202
        for e in evs:
            yield e

    n = 0
    async for e in apply_stream(t, source()):
        n += len(e)
    return n


# CPU time of this thread: what the gateway pays per answer, not what other processes on a
# shared machine take from it (wall time is printed for the end-to-end part).
CLOCK = time.thread_time


def time_reply(t: Treatment | None, doc: dict[str, Any]) -> float:
    d = copy.deepcopy(doc)  # copied outside the timing: the gateway owns its parsed doc
    t0 = CLOCK()
    apply_reply(t, d)
    return CLOCK() - t0


def time_stream(t: Treatment | None, evs: list[str], loop: asyncio.AbstractEventLoop) -> float:
    t0 = CLOCK()
    loop.run_until_complete(_drain(t, evs))
    return CLOCK() - t0


def hook(texts: list[str], runs: int) -> None:
    key = bytes(range(32))
    marked = Treatment("mark", Degrade(), key)
    degraded = Treatment("degrade", Degrade())
    loop = asyncio.new_event_loop()
    apply_reply(marked, completion(texts[0]))  # load the watermark module before timing
    results: dict[str, list[float]] = {}
    for _ in range(runs):
        added: dict[str, list[float]] = {k: [] for k in ("mark", "degrade", "stream mark")}
        added["stream degrade"] = []
        for text in texts:
            doc, evs = completion(text), events(text)
            base = time_reply(None, doc)
            added["mark"].append(time_reply(marked, doc) - base)
            added["degrade"].append(time_reply(degraded, doc) - base)
            sbase = time_stream(None, evs, loop)
            added["stream mark"].append(time_stream(marked, evs, loop) - sbase)
            added["stream degrade"].append(time_stream(degraded, evs, loop) - sbase)
        for k, v in added.items():
            results.setdefault(k + " p50", []).append(statistics.median(v) * 1e3)
            results.setdefault(k + " p95", []).append(statistics.quantiles(v, n=20)[18] * 1e3)
    words = statistics.median(len(t.split()) for t in texts)
    chunks = statistics.median(len(events(t)) for t in texts)
    print(
        f"{len(texts)} answers, median {words:.0f} words, streamed as a median of {chunks:.0f} "
        f"chunks; {machine()}; {load_average()}"
    )
    for name, vals in results.items():
        runs_s = ", ".join(f"{v:.3f}" for v in vals)
        print(
            f"added by {name}: {statistics.median(vals):.3f} ms CPU per answer "
            f"(median of {len(vals)} runs: {runs_s})"
        )
    loop.close()


def end_to_end(texts: list[str], runs: int) -> None:
    """Requests through the in-process gateway, a marked and an unmarked account in turn."""
    import httpx
    from fastapi.testclient import TestClient

    from consentry.gateway import GatewayConfig, MemoryLimiter, RateLimit, Router, create_app
    from consentry.gateway.keys import create_key
    from consentry.gateway.upstream import Upstream, UpstreamConfig
    from consentry.policy import load_policy
    from consentry.store import countermeasures as cm
    from consentry.store import open_store, unit_of_work
    from consentry.store.accounts import upsert_accounts

    with tempfile.TemporaryDirectory() as tmp:
        engine = open_store(f"sqlite:///{tmp}/bench.db")
        rows = [
            {
                "account_id": a,
                "created_at": __import__("datetime").datetime(2026, 1, 1),
                "tier": "api",
                "signup_channel": "api_console",
                "payment_fingerprint": None,
                "email_domain": None,
                "declared_country": None,
                "org_id": None,
            }
            for a in ("plain", "suspect")
        ]
        with unit_of_work(engine) as conn:
            upsert_accounts(conn, rows)
            plain = create_key(conn, "plain")[1]
            suspect = create_key(conn, "suspect")[1]
            cm.set_rung(conn, "suspect", "mark", "benchmark", source="operator")
        it = iter(texts * (runs + 1))

        def handle(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=completion(next(it)))

        up = Upstream(
            UpstreamConfig(name="m", base_url="http://up.test/v1", retries=0),
            httpx.MockTransport(handle),
        )
        cfg = GatewayConfig(
            engine,
            load_policy("claude-consumer-2025"),
            MemoryLimiter(RateLimit(10**9, 60)),
            Router([up]),
            auth_cache_seconds=60,
        )
        times: dict[str, list[float]] = {"plain": [], "suspect": []}
        with TestClient(create_app(cfg)) as c:
            body = {"model": "m", "messages": [{"role": "user", "content": "q"}]}
            for _ in texts[: len(texts) // 2 * runs]:
                for who, key in (("plain", plain), ("suspect", suspect)):
                    t0 = time.perf_counter()
                    r = c.post(
                        "/v1/chat/completions",
                        json=body,
                        headers={"Authorization": f"Bearer {key}"},
                    )
                    times[who].append(time.perf_counter() - t0)
                    assert r.status_code == 200
        engine.dispose()
    p50 = {k: statistics.median(v) * 1e3 for k, v in times.items()}
    print(
        f"gateway end to end ({len(times['plain'])} requests each, in process, SQLite): "
        f"unmarked p50 {p50['plain']:.2f} ms, marked p50 {p50['suspect']:.2f} ms, "
        f"difference {p50['suspect'] - p50['plain']:.2f} ms; {load_average()}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--answers", type=int, default=400)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-gateway", action="store_true", help="Only the hook figures.")
    args = ap.parse_args()
    texts = answers(args.answers)
    hook(texts, args.runs)
    if not args.no_gateway:
        end_to_end(texts, args.runs)


if __name__ == "__main__":
    main()
