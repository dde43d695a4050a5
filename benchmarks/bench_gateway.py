"""Gateway overhead: what the consentry gateway adds on top of calling the model directly.

Servers, all on loopback, all on uvloop + httptools:
  direct      the fake model (a raw asyncio protocol in this script: answers at once with
              prebuilt bytes, a few hundredths of a millisecond of CPU per request)
  bare        a bare Starlette + httpx passthrough in front of it (uvicorn)
  sqlite      `consentry gateway serve` on SQLite, capture on (group commit)
  pg+redis    `consentry gateway serve` on PostgreSQL with rate limits in Redis
  (and each consentry one again with --workers 2 when --workers lists 2)

Each round runs every target in turn (interleaved): wrk at concurrency 1 (p50, p99) and at 32
(req/s), then N sequential streamed requests timed to their first content chunk (TTFT). The
medians over rounds are printed, with latency added over `direct`, ratios, the CPU time the
server's processes spent per request at c=1 and at c=32 (steadier than wall time on a busy
machine: two cores' worth of it bounds the req/s a quiet machine could give) and the fake
model's. Each round also times one-row INSERT + COMMITs on the same PostgreSQL: the flush that
an acknowledged exchange on PostgreSQL waits for, whatever the gateway does.

    python benchmarks/bench_gateway.py [--rounds 3] [--seconds 3] [--workers 1,2] [--compare SRC]
                                       [--only bare,sqlite,pg]

--compare runs another version's gateway (e.g. main's src/) interleaved with this one, as
"sqlite (cmp)" and "pg+redis (cmp)": on a shared machine, the fair way to see a change.

Needs wrk (apt-get install wrk), PostgreSQL and Redis on loopback (CONSENTRY_TEST_POSTGRES_URL,
CONSENTRY_TEST_REDIS_URL).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import load_average, machine  # noqa: E402

SRC = str(Path(__file__).resolve().parents[1] / "src")
PG = os.environ.get(
    "CONSENTRY_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS = os.environ.get("CONSENTRY_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
BODY = {
    "model": "echo-1",
    "messages": [{"role": "user", "content": "How far can a lighthouse be seen at sea?"}],
}

WRK_LUA = """
wrk.method = "POST"
wrk.body = [[%s]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer %s"
done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT %%d %%f %%f %%f %%d %%d\\n", summary.requests,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(src: str = SRC) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _start(args: list[str], health: str, log: Path, src: str = SRC) -> subprocess.Popen:
    import httpx

    with log.open("wb") as out:
        proc = subprocess.Popen(
            args, env=_env(src), stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    end = time.monotonic() + 60
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"{args[:6]} exited: {log.read_text()[-1500:]}")
        try:
            if httpx.get(health, timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"{health} did not come up")


def _uvicorn(app: str, port: int, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "uvicorn",
        app,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--log-level",
        "warning",
        "--no-access-log",
        *extra,
    ]


# -- the fake model (run by this script as a server with --serve-model) ------------------
# The model every target calls: a raw asyncio protocol with httptools on uvloop, answering
# chat completions (plain and streamed, in the shapes of consentry.gateway.echo) and
# /v1/models with prebuilt bytes. It costs a few hundredths of a millisecond of CPU per
# request, so it does not take the CPU the proxies in front of it need (the script prints
# its CPU per request).
def _fake_model_answers() -> tuple[bytes, bytes, bytes]:
    reply = "echo of a 9-word prompt to echo-1"
    base = {"id": "chatcmpl-bench", "created": 0, "model": "echo-1"}
    message = {"role": "assistant", "content": reply, "refusal": None}
    plain = {
        **base,
        "object": "chat.completion",
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 9, "completion_tokens": 8, "total_tokens": 17},
    }

    def chunk(delta: dict, finish: str | None = None) -> str:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        doc = {**base, "object": "chat.completion.chunk", "choices": [choice]}
        return "data: " + json.dumps(doc) + "\n\n"

    words = reply.split(" ")
    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": w if i == 0 else " " + w}) for i, w in enumerate(words)]
    events += [chunk({}, "stop"), "data: [DONE]\n\n"]
    models = {"object": "list", "data": [{"id": "echo-1", "object": "model", "created": 0}]}

    def http(body: bytes, ctype: str) -> bytes:
        head = f"HTTP/1.1 200 OK\r\ncontent-type: {ctype}\r\ncontent-length: {len(body)}\r\n\r\n"
        return head.encode() + body

    stream = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
    )
    for e in events:
        data = e.encode()
        stream += f"{len(data):x}\r\n".encode() + data + b"\r\n"
    stream += b"0\r\n\r\n"
    return (
        http(json.dumps(plain).encode(), "application/json"),
        stream,
        http(json.dumps(models).encode(), "application/json"),
    )


def serve_model(port: int) -> None:
    import asyncio

    import httptools
    import uvloop

    plain, stream, models = _fake_model_answers()

    class Model(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport = transport
            self.parser = httptools.HttpRequestParser(self)
            self.url, self.body = b"", []

        def data_received(self, data: bytes) -> None:
            try:
                self.parser.feed_data(data)
            except httptools.HttpParserError:
                self.transport.close()

        def on_url(self, url: bytes) -> None:
            self.url = url

        def on_body(self, body: bytes) -> None:
            self.body.append(body)

        def on_message_complete(self) -> None:
            body, self.body = b"".join(self.body), []
            if self.url.endswith(b"/models"):
                out = models
            else:
                out = stream if b'"stream":true' in body.replace(b" ", b"") else plain
            self.transport.write(out)  # type: ignore[attr-defined]

    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(Model, "127.0.0.1", port)
        await server.serve_forever()

    uvloop.run(main())


# -- the bare passthrough (run by this script as a server with --serve-bare) --------------
def bare_app():  # noqa: ANN201
    import httpx
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    upstream = os.environ["BENCH_UPSTREAM"]
    client = httpx.AsyncClient(
        base_url=upstream, limits=httpx.Limits(max_connections=256, max_keepalive_connections=64)
    )

    async def chat(request: Request) -> Response:
        body = await request.body()
        if json.loads(body).get("stream"):
            req = client.build_request("POST", "/v1/chat/completions", content=body)
            resp = await client.send(req, stream=True)

            async def relay():  # noqa: ANN202
                async for chunk in resp.aiter_raw():
                    yield chunk
                await resp.aclose()

            return StreamingResponse(relay(), media_type="text/event-stream")
        r = await client.post("/v1/chat/completions", content=body)
        return Response(r.content, r.status_code, media_type="application/json")

    async def models(_request: Request) -> Response:
        return Response((await client.get("/v1/models")).content, media_type="application/json")

    return Starlette(
        routes=[Route("/v1/chat/completions", chat, methods=["POST"]), Route("/v1/models", models)]
    )


# -- stores -----------------------------------------------------------------------------
def _store(url: str) -> str:
    """A migrated store with one account and a key; returns the key."""
    from datetime import datetime, timezone

    from consentry.gateway.keys import create_key
    from consentry.store import open_store, unit_of_work
    from consentry.store.accounts import upsert_accounts

    engine = open_store(url)
    with unit_of_work(engine) as conn:
        upsert_accounts(
            conn,
            [
                {
                    "account_id": "bench",
                    "created_at": datetime.now(timezone.utc),
                    "tier": "pro",
                    "signup_channel": "web",
                    "payment_fingerprint": None,
                    "email_domain": None,
                    "declared_country": None,
                    "org_id": None,
                }
            ],
        )
        _, key = create_key(conn, "bench")
    engine.dispose()
    return key


def _pg_schema() -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with create_engine(PG).begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG).update_query_dict({"options": f"-csearch_path={schema}"})
    return schema, url.render_as_string(hide_password=False)


def _drop_schema(schema: str) -> None:
    from sqlalchemy import create_engine, text

    with create_engine(PG).begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def _count(url: str) -> int:
    from sqlalchemy import create_engine, text

    e = create_engine(url)
    with e.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM exchanges")).scalar_one()
    e.dispose()
    return n


# -- measuring ---------------------------------------------------------------------------
FLOOR_COMMITS = 300


def commit_floor(schema: str) -> tuple[float, float]:
    """(p50, p99) ms of a one-row INSERT + COMMIT on the benchmark's PostgreSQL: the disk flush
    that every acknowledged exchange waits for, whatever the gateway does."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(PG).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, options=f"-csearch_path={schema}") as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS bench_floor (x int)")
        conn.commit()
        times = []
        for _ in range(FLOOR_COMMITS):
            t0 = time.perf_counter()
            conn.execute("INSERT INTO bench_floor VALUES (1)")
            conn.commit()
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.99)]


TICK = os.sysconf("SC_CLK_TCK")


def group_cpu(pgid: int) -> float:
    """CPU seconds used so far by every live process of a process group (server + workers)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # fields after the name: state, ppid, pgrp, ...
            total += int(fields[11]) + int(fields[12])
    return total / TICK


def wrk(url: str, key: str, conns: int, seconds: float, tmp: Path) -> dict[str, float]:
    script = tmp / "post.lua"
    script.write_text(WRK_LUA % (json.dumps(BODY), key))
    out = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{conns}",
            f"-d{seconds:g}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url + "/v1/chat/completions",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    n, dur, p50, p99, non2xx, errs = line.split()[1:]
    return {
        "rps": int(n) / float(dur),
        "p50": float(p50),
        "p99": float(p99),
        "bad": int(non2xx) + int(errs),
    }


def ttft(url: str, key: str, n: int) -> tuple[float, int]:
    """Median ms from sending a streamed request to its first content chunk (sequential), and
    how many streams failed or timed out."""
    import httpx

    body = {**BODY, "stream": True}
    times, failed = [], 0
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=10) as http:
        for _ in range(n):
            t0 = time.perf_counter()
            first = None
            try:
                with http.stream("POST", "/v1/chat/completions", json=body) as r:
                    for line in r.iter_lines():
                        if first is None and '"content": "' in line and '"content": ""' not in line:
                            first = (time.perf_counter() - t0) * 1000
                    done = r.status_code == 200 and first is not None
            except httpx.HTTPError:
                done = False
            if done:
                times.append(first)
            else:
                failed += 1
    return (statistics.median(times) if times else float("nan")), failed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=3.0, help="wrk duration per run")
    ap.add_argument("--streams", type=int, default=100, help="streamed requests per TTFT run")
    ap.add_argument("--workers", default="1", help="consentry worker counts to run, e.g. 1,2")
    ap.add_argument(
        "--compare", help="another consentry source tree (its src/) to run beside this one"
    )
    ap.add_argument(
        "--only",
        help="run only these targets besides the model called directly: comma list of"
        " bare, sqlite, pg (e.g. --only pg: more rounds in the same time on a busy machine)",
    )
    ap.add_argument("--serve-bare", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--serve-model", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.serve_model:
        serve_model(a.serve_model)
        return
    if a.serve_bare:
        import uvicorn

        uvicorn.run(
            bare_app(),
            host="127.0.0.1",
            port=a.serve_bare,
            loop="uvloop",
            http="httptools",
            log_level="warning",
            access_log=False,
        )
        return
    if not shutil.which("wrk"):
        raise SystemExit("this benchmark needs wrk: apt-get install wrk")

    load_at_start = load_average()
    tmp = Path(tempfile.mkdtemp(prefix="bench-gw-"))
    procs: list[subprocess.Popen] = []
    schemas: list[str] = []
    targets: dict[str, tuple[str, str, str | None]] = {}  # name -> (url, key, store url)
    pgids: dict[str, int] = {}
    try:
        ep = _port()
        procs.append(
            _start(
                [sys.executable, __file__, "--serve-model", str(ep)],
                f"http://127.0.0.1:{ep}/v1/models",
                tmp / "model.log",
            )
        )
        echo = f"http://127.0.0.1:{ep}"
        targets["direct"] = (echo, "none", None)
        pgids["direct"] = procs[-1].pid
        only = set(a.only.split(",")) if a.only else {"bare", "sqlite", "pg"}
        if only - {"bare", "sqlite", "pg"}:
            raise SystemExit(f"--only {a.only}: the targets are bare, sqlite and pg")
        bp = _port()
        env_upstream = {"BENCH_UPSTREAM": echo}
        os.environ.update(env_upstream)
        procs.append(
            _start(
                [sys.executable, __file__, "--serve-bare", str(bp)],
                f"http://127.0.0.1:{bp}/v1/models",
                tmp / "bare.log",
            )
        )
        targets["bare"] = (f"http://127.0.0.1:{bp}", "none", None)
        pgids["bare"] = procs[-1].pid
        if "bare" not in only:  # (started all the same; it idles)
            del targets["bare"], pgids["bare"]
        runs = [(int(x), SRC, "") for x in a.workers.split(",")]
        if a.compare:  # another version of consentry, e.g. main's, interleaved with this one
            runs += [(1, str(Path(a.compare).resolve()), " (cmp)")]
        for w, src, label in runs:
            suffix = ("" if w == 1 else f" w{w}") + label
            sqlite = f"sqlite:///{tmp / f'store-w{w}{label.strip()}.db'}"
            schema, pg = _pg_schema()
            schemas.append(schema)
            for kind, name, db, extra in (
                ("sqlite", f"sqlite{suffix}", sqlite, []),
                ("pg", f"pg+redis{suffix}", pg, ["--redis", REDIS]),
            ):
                if kind not in only:
                    continue
                key, port = _store(db), _port()
                args = [
                    sys.executable,
                    "-m",
                    "consentry",
                    "gateway",
                    "serve",
                    "--db",
                    db,
                    "--port",
                    str(port),
                    "--upstream",
                    echo + "/v1",
                    "--rate",
                    "10000000/second",
                    "--workers",
                    str(w),
                    *extra,
                ]
                health = f"http://127.0.0.1:{port}/healthz"
                procs.append(_start(args, health, tmp / f"{name}.log", src))
                targets[name] = (f"http://127.0.0.1:{port}", key, db)
                pgids[name] = procs[-1].pid

        for url, key, _ in targets.values():  # warm up pools, caches and the JIT-less paths
            wrk(url, key, 8, 1, tmp)
        results: dict[str, list[dict[str, float]]] = {n: [] for n in targets}
        floor: list[tuple[float, float]] = []
        for r in range(a.rounds):
            for name, (url, key, _) in targets.items():
                cpu0 = group_cpu(pgids[name])
                one = wrk(url, key, 1, a.seconds, tmp)
                cpu1 = (group_cpu(pgids[name]) - cpu0) / max(one["rps"] * a.seconds, 1) * 1000
                cpu0, model0 = group_cpu(pgids[name]), group_cpu(pgids["direct"])
                many = wrk(url, key, 32, a.seconds, tmp)
                n = max(many["rps"] * a.seconds, 1)
                cpu = (group_cpu(pgids[name]) - cpu0) / n * 1000
                model_cpu = (group_cpu(pgids["direct"]) - model0) / n * 1000
                first, failed = ttft(url, key, a.streams)
                results[name].append(
                    {
                        "p50": one["p50"],
                        "p99": one["p99"],
                        "rps": many["rps"],
                        "ttft": first,
                        "cpu": cpu,
                        "cpu1": cpu1,
                        "model_cpu": model_cpu,
                        "bad": one["bad"] + many["bad"] + failed,
                    }
                )
            floor.append(commit_floor(schemas[0]))
            print(f"round {r + 1}/{a.rounds} done", file=sys.stderr, flush=True)

        med = {
            n: {
                k: statistics.median(x[k] for x in rs)
                for k in ("p50", "p99", "rps", "ttft", "cpu", "cpu1", "model_cpu")
            }
            for n, rs in results.items()
        }
        added = {
            n: {
                k: statistics.median(
                    x[k] - d[k] for x, d in zip(rs, results["direct"], strict=True)
                )
                for k in ("p50", "p99", "ttft")
            }
            for n, rs in results.items()
        }
        print(
            f"gateway benchmark, {a.rounds} interleaved rounds of {a.seconds:g} s per run [{machine()}, shared with other work; at the start {load_at_start}, at the end {load_average()}]"
        )
        print(
            f"{'target':<14} {'p50 c=1':>9} {'+p50':>8} {'p99 c=1':>9} {'+p99':>8} {'CPU/req':>8} {'req/s c=32':>11} {'x direct':>9} {'x bare':>7} {'TTFT':>7} {'+TTFT':>7} {'CPU/req':>8} {'model':>6} {'non-2xx':>7}"
        )
        for n, m in med.items():
            bad = sum(x["bad"] for x in results[n])
            print(
                f"{n:<14} {m['p50']:>7.2f}ms {added[n]['p50']:>+6.2f}ms {m['p99']:>7.2f}ms {added[n]['p99']:>+6.2f}ms {m['cpu1']:>6.2f}ms "
                f"{m['rps']:>11.0f} {m['rps'] / med['direct']['rps']:>9.2f} {m['rps'] / med['bare']['rps'] if 'bare' in med else float('nan'):>7.2f} "
                f"{m['ttft']:>5.2f}ms {added[n]['ttft']:>+5.2f}ms {m['cpu']:>6.2f}ms {m['model_cpu']:>4.2f}ms {bad:>7}"
            )
        print(
            "CPU/req: the server's processes' CPU per request, at c=1 (first column) and c=32;"
            " model: the fake model's at c=32"
        )
        print(
            f"PostgreSQL commit floor (one-row INSERT + COMMIT, sequential, {FLOOR_COMMITS} per round):"
            f" p50 {statistics.median(f[0] for f in floor):.2f}ms,"
            f" p99 {statistics.median(f[1] for f in floor):.2f}ms (what a 200 on PostgreSQL waits for)"
        )
        for n, (_, _, db) in targets.items():
            if db:
                print(f"{n}: {_count(db):,} exchanges stored")
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        for s in schemas:
            _drop_schema(s)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
