"""Gateway fixtures: a store with accounts and keys, and an in-process app over a fake
upstream (an httpx MockTransport that records what it was sent)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from consentry.gateway import GatewayConfig, MemoryLimiter, RateLimit, Router, create_app
from consentry.gateway.keys import create_key
from consentry.gateway.upstream import Upstream, UpstreamConfig
from consentry.policy import load_policy
from consentry.store import unit_of_work

POLICY = load_policy("claude-consumer-2025")
SECRET_TEXT = "my diary entry about the lighthouse keeper"


def completion(content: str | None = "hi there", **extra: Any) -> dict[str, Any]:
    message = {"role": "assistant", "content": content, "refusal": None, **extra}
    return {
        "id": "chatcmpl-up1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "m-1",
        "system_fingerprint": "fp_up",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
    }


def sse(*chunks: dict[str, Any]) -> bytes:
    return b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks) + (
        b"data: [DONE]\n\n"
    )


@dataclass
class FakeUpstream:
    """Answers with `reply(request)`; keeps every request it got."""

    reply: Callable[[httpx.Request], httpx.Response] = lambda _r: httpx.Response(
        200, json=completion()
    )
    seen: list[httpx.Request] = field(default_factory=list)

    def transport(self) -> httpx.MockTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            request.read()
            self.seen.append(request)
            return self.reply(request)

        return httpx.MockTransport(handle)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.seen if r.content]


OPEN: list[TestClient] = []  # apps made by client(), closed by the engine fixture


@pytest.fixture
def engine(accounts_store):  # noqa: ANN001, ANN201
    """The store; at the end, every app's writer finishes before the store is dropped (a
    refusal is stored without anyone waiting; dropping the schema under it would deadlock)."""
    yield accounts_store
    while OPEN:
        OPEN.pop().app.state.gateway.writer.close()


@pytest.fixture
def upstream() -> FakeUpstream:
    return FakeUpstream()


def make_key(engine, account: str = "acc-1") -> tuple[str, str]:  # noqa: ANN001
    with unit_of_work(engine) as conn:
        return create_key(conn, account)


def router_for(fake: FakeUpstream, **cfg: Any) -> Router:
    base = {"name": "fake", "base_url": "http://upstream.test/v1", "retries": 0, **cfg}
    return Router([Upstream(UpstreamConfig(**base), fake.transport())])


def client(engine, fake: FakeUpstream | None = None, limiter=None, **kw: Any) -> TestClient:  # noqa: ANN001
    limiter = limiter or MemoryLimiter(RateLimit(1000, 60))
    router = kw.pop("router", None) or (router_for(fake) if fake else None)
    c = TestClient(create_app(GatewayConfig(engine, POLICY, limiter, router, **kw)))
    OPEN.append(c)
    return c


def chat(c: TestClient, key: str | None, text: str = SECRET_TEXT, headers=None, **extra: Any):  # noqa: ANN001, ANN201
    h = {"Authorization": f"Bearer {key}"} if key else {}
    body = {"model": "m-1", "messages": [{"role": "user", "content": text}], **extra}
    return c.post("/v1/chat/completions", json=body, headers={**h, **(headers or {})})
