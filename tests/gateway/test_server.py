"""Against real processes on loopback: `consentry gateway serve` in front of the echo model
served by uvicorn. The official openai client, unchanged, streams and does not stream, with
tools; a client that leaves a stream is captured as partial; kill -9 under load loses no
acknowledged exchange (group commit on, two workers); schemathesis and hand-written hostile
bodies get no 5xx, and the server log holds none of the prompts' text."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import openai
import pytest
from sqlalchemy import select

from consentry.gateway.keys import create_key
from consentry.store import audit, open_store, unit_of_work
from consentry.store.accounts import upsert_accounts
from consentry.store.schema import exchanges

from ..store.tables import account_rows

SRC = str(Path(__file__).resolve().parents[2] / "src")
MARKER = "zebra-lighthouse-7731"  # prompt text that must never reach a log


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}


# Generous: on a loaded CI machine the server's imports alone can take tens of seconds.
START_TIMEOUT = 120


def _wait(url: str, proc: subprocess.Popen, log: Path | None = None) -> None:
    end = time.monotonic() + START_TIMEOUT
    while time.monotonic() < end:
        if proc.poll() is not None:
            pytest.fail(
                f"server exited with {proc.returncode}: {log.read_text()[-2000:] if log else ''}"
            )
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    pytest.fail(f"server at {url} did not start in {START_TIMEOUT} s")


@contextmanager
def _process(args: list[str], url: str, log: Path) -> Iterator[subprocess.Popen]:
    with log.open("wb") as out:
        proc = subprocess.Popen(
            args, env=_env(), stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        _wait(url, proc, log)
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)


@pytest.fixture(scope="module")
def echo_url(tmp_path_factory) -> Iterator[str]:  # noqa: ANN001
    port = _port()
    args = [
        sys.executable,
        "-m",
        "uvicorn",
        "consentry.gateway.echo:app",
        "--port",
        str(port),
        "--host",
        "127.0.0.1",
        "--log-level",
        "warning",
        "--loop",
        "uvloop",
        "--http",
        "httptools",
    ]
    log = tmp_path_factory.mktemp("echo") / "echo.log"
    with _process(args, f"http://127.0.0.1:{port}/v1/models", log):
        yield f"http://127.0.0.1:{port}/v1"


@dataclass
class Served:
    url: str
    key: str
    log: Path
    engine: object
    proc: subprocess.Popen


@contextmanager
def serve(db_url: str, echo: str, tmp: Path, *extra: str) -> Iterator[Served]:
    engine = open_store(db_url)
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, account_rows())
        _, key = create_key(conn, "acc-0")
    port = _port()
    args = [
        sys.executable,
        "-m",
        "consentry",
        "gateway",
        "serve",
        "--db",
        db_url,
        "--port",
        str(port),
        "--upstream",
        echo,
        "--rate",
        "100000/second",
        "--auth-cache",
        "0",
        *extra,
    ]
    log = tmp / "gateway.log"
    with _process(args, f"http://127.0.0.1:{port}/healthz", log) as proc:
        yield Served(f"http://127.0.0.1:{port}", key, log, engine, proc)


def _stored(engine) -> dict[str, object]:  # noqa: ANN001
    with engine.connect() as conn:
        return {r.exchange_id: r for r in conn.execute(select(exchanges))}


def test_official_openai_client_streams_and_not_with_tools(db_url, echo_url, tmp_path) -> None:  # noqa: ANN001
    tools = [
        {
            "type": "function",
            "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}},
        }
    ]
    with serve(db_url, echo_url, tmp_path) as s:
        client = openai.OpenAI(base_url=s.url + "/v1", api_key=s.key, max_retries=0)
        raw = client.chat.completions.with_raw_response.create(
            model="echo-1",
            temperature=0.3,
            user="u-1",
            max_completion_tokens=20,
            messages=[
                {"role": "developer", "content": "be brief"},
                {"role": "user", "content": f"{MARKER} one two"},
            ],
        )
        plain = raw.parse()
        assert plain.choices[0].message.content == "echo of a 3-word prompt to echo-1"
        assert plain.usage.total_tokens > 0 and plain.choices[0].finish_reason == "stop"
        ids = {plain.model_extra["consentry"]["exchange_id"]: plain.model_extra["consentry"]}
        assert raw.headers["x-consentry-reason"] == plain.model_extra["consentry"]["reason"]

        chunks = list(
            client.chat.completions.create(
                model="echo-1",
                stream=True,
                stream_options={"include_usage": True},
                messages=[{"role": "user", "content": [{"type": "text", "text": "a b c d"}]}],
            )
        )
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert text == "echo of a 4-word prompt to echo-1"
        ids[chunks[-1].model_extra["consentry"]["exchange_id"]] = chunks[-1].model_extra[
            "consentry"
        ]

        called = client.chat.completions.create(
            model="echo-2",
            tools=tools,
            tool_choice="auto",
            messages=[{"role": "user", "content": "look it up"}],
        )
        assert called.choices[0].message.tool_calls[0].function.name == "lookup"
        ids[called.model_extra["consentry"]["exchange_id"]] = called.model_extra["consentry"]
        streamed_calls = list(
            client.chat.completions.create(
                model="echo-2",
                tools=tools,
                stream=True,
                messages=[{"role": "user", "content": "again"}],
            )
        )
        deltas = [
            tc for c in streamed_calls if c.choices for tc in (c.choices[0].delta.tool_calls or [])
        ]
        assert deltas[0].function.name == "lookup" and json.loads(
            "".join(d.function.arguments or "" for d in deltas)
        ) == {"words": 3}

        assert [m.id for m in client.models.list()] == ["echo-1", "echo-2"]
        emb = client.embeddings.create(model="echo-1", input=["x y"])
        assert len(emb.data[0].embedding) == 3

        with pytest.raises(openai.AuthenticationError):
            openai.OpenAI(base_url=s.url + "/v1", api_key="csk_wrong", max_retries=0).models.list()

    stored = _stored(s.engine)
    for exchange_id, decision in ids.items():
        row = stored[exchange_id]
        assert row.status == 200 and row.policy_version == decision["policy_version"]
        assert (row.eligible, row.reason) == (decision["training_eligible"], decision["reason"])
    first, streamed, tool = (stored[x] for x in ids)
    assert (first.prompt, first.system_prompt) == (f"{MARKER} one two", "be brief")
    assert streamed.response == "echo of a 4-word prompt to echo-1"
    assert json.loads(tool.response)[0]["function"]["name"] == "lookup" and tool.tool_count == 1
    assert sorted(r.reason for r in stored.values() if r.reason == "embedding_not_trained") == [
        "embedding_not_trained"
    ]


def test_a_client_that_leaves_a_stream_is_captured_as_partial(tmp_path, echo_url) -> None:  # noqa: ANN001
    with serve(f"sqlite:///{tmp_path / 's.db'}", echo_url, tmp_path) as s:
        body = {
            "model": "slow-1",
            "stream": True,
            "messages": [{"role": "user", "content": "w " * 12}],
        }
        with httpx.stream(
            "POST",
            s.url + "/v1/chat/completions",
            json=body,
            headers={"Authorization": f"Bearer {s.key}"},
            timeout=10,
        ) as r:
            exchange_id = r.headers["x-consentry-exchange-id"]
            lines = r.iter_lines()
            got = [next(lines) for _ in range(5)]
            assert any("echo" in line for line in got)
        end = time.monotonic() + 10
        while exchange_id not in _stored(s.engine) and time.monotonic() < end:
            time.sleep(0.1)
        row = _stored(s.engine)[exchange_id]
    assert (
        row.status == 499
        and row.response.startswith("echo")
        and not row.response.endswith("slow-1")
    )


def test_kill_9_under_load_loses_no_acknowledged_exchange(db_url, echo_url, tmp_path) -> None:  # noqa: ANN001
    acked: list[str] = []
    stop = threading.Event()
    with serve(db_url, echo_url, tmp_path, "--workers", "2") as s:

        def load() -> None:
            with httpx.Client(timeout=5) as http:
                while not stop.is_set():
                    try:
                        r = http.post(
                            s.url + "/v1/chat/completions",
                            headers={"Authorization": f"Bearer {s.key}"},
                            json={
                                "model": "echo-1",
                                "messages": [{"role": "user", "content": "count me"}],
                            },
                        )
                    except httpx.HTTPError:
                        continue
                    if r.status_code == 200:
                        acked.append(r.json()["consentry"]["exchange_id"])

        threads = [threading.Thread(target=load) for _ in range(16)]
        for t in threads:
            t.start()
        end = time.monotonic() + 10
        while len(acked) < 200 and time.monotonic() < end:
            time.sleep(0.05)
        os.killpg(s.proc.pid, signal.SIGKILL)  # the supervisor and both workers, mid-load
        s.proc.wait(10)
        time.sleep(0.3)
        stop.set()
        for t in threads:
            t.join(10)
    assert len(acked) >= 50, f"only {len(acked)} requests were answered before the kill"
    stored = _stored(s.engine)
    lost = [x for x in acked if x not in stored]
    assert not lost, f"{len(lost)} of {len(acked)} acknowledged exchanges are not in the store"
    with s.engine.connect() as conn:
        assert audit.verify(conn).ok
    print(f"kill -9 mid-load: {len(acked)} acknowledged, {len(stored)} stored, 0 lost")


HOSTILE = [
    b'{"model":"echo-1","messages":[{"role":"user","content":"' + MARKER.encode() + b'\\u0000"}]}',
    b'{"model":"echo-1","messages":[{"role":"user","content":"' + MARKER.encode() + b'\xff\xfe"}]}',
    b'{"model":"echo-1","messages":[{"role":"user","content":"' + MARKER.encode() + b'\\ud800"}]}',
    b'{"model":"echo-1","messages":[{"role":"user","content":"'
    + MARKER.encode()
    + b'"}],"x":'
    + b"[" * 50_000
    + b"]" * 50_000
    + b"}",
    b'{"model":"echo-1","messages":[{"role":"user","content":"'
    + MARKER.encode()
    + b'"}],"seed":'
    + b"9" * 5000
    + b"}",
    b'{"model":"echo-1","messages":[{"role":"user","content":"'
    + MARKER.encode()
    + b'"}],"temperature":1e999}',
    b'{"model":"echo-1","conversation_id":"'
    + MARKER.encode()
    + b'\\u0000","messages":[{"role":"user","content":"x"}]}',
    b'{"model":"echo-1","messages":[{"role":"bogus","content":"' + MARKER.encode() + b'"}]}',
    b'{"model":"echo-1","messages":[{"role":"user","content":{"nested":"'
    + MARKER.encode()
    + b'"}}]}',
    b'{"model":"' + MARKER.encode() + b'\\u0000","input":"x"}',
]


def test_schemathesis_and_hostile_inputs_get_no_5xx_and_the_log_holds_no_prompt(
    tmp_path, echo_url
) -> None:  # noqa: ANN001
    with serve(f"sqlite:///{tmp_path / 's.db'}", echo_url, tmp_path) as s:
        auth = {"Authorization": f"Bearer {s.key}", "Content-Type": "application/json"}
        for path in ("/v1/chat/completions", "/v1/embeddings"):
            for body in HOSTILE:
                r = httpx.post(s.url + path, content=body, headers=auth, timeout=10)
                assert 400 <= r.status_code < 500, (path, body[:80], r.status_code)
                assert MARKER not in r.text
        ok = httpx.post(
            s.url + "/v1/chat/completions",
            headers=auth,
            timeout=10,
            json={"model": "echo-1", "messages": [{"role": "user", "content": MARKER}]},
        )
        assert ok.status_code == 200
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                s.url + "/openapi.json",
                "--checks",
                "not_a_server_error",
                "--max-examples",
                "25",
                "--seed",
                "1",
                "--request-timeout",
                "10",
                "-H",
                f"Authorization: Bearer {s.key}",
                "--generation-allow-x00",
                "true",
                "--workers",
                "1",
            ],
            env=_env(),
            cwd=tmp_path,  # its example cache stays out of the work tree
            capture_output=True,
            text=True,
            timeout=420,
        )
        assert run.returncode == 0, run.stdout[-3000:]
        generated = re.search(r"(\d+) generated", run.stdout)
        assert "No issues found" in run.stdout and generated and int(generated.group(1)) >= 50
    log = s.log.read_text(errors="replace")
    assert MARKER not in log
    assert "Traceback" not in log
