"""The gateway's HTTP API: an OpenAI-style chat endpoint with consent capture in front.

Per request: size check -> key -> block -> rate limit -> model -> capture with the decision in
force. Error bodies name the problem and never echo the request's text back."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from consentry.contract import ExchangeRecord
from consentry.errors import ConsentryError
from consentry.gateway import keys
from consentry.gateway.limits import Limiter
from consentry.policy import Policy
from consentry.store import blocks, unit_of_work
from consentry.store.dialect import dialect_of
from consentry.store.exchanges import capture_exchange

MAX_TEXT = 200_000  # characters per message


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["system", "user", "assistant", "tool"]
    content: str = Field(max_length=MAX_TEXT)


class ChatRequest(BaseModel):
    """The OpenAI chat-completions shape, plus consentry's conversation fields."""

    model_config = ConfigDict(extra="forbid")
    model: str = Field(min_length=1, max_length=100)
    messages: list[Message] = Field(min_length=1, max_length=500)
    tools: list[dict[str, Any]] = Field(default_factory=list, max_length=128)
    max_tokens: int | None = Field(None, ge=1, le=1_000_000)
    conversation_id: str | None = Field(None, max_length=128)
    incognito: bool = False


@dataclass(frozen=True)
class Reply:
    text: str
    input_tokens: int
    output_tokens: int


Model = Callable[[ChatRequest], Reply]


def echo_model(req: ChatRequest) -> Reply:
    """A stand-in model for the demo and tests: deterministic, no network."""
    prompt = req.messages[-1].content
    text = f"(echo of a {len(prompt.split())}-word prompt to {req.model})"
    return Reply(text, sum(len(m.content.split()) for m in req.messages), len(text.split()))


def http_model(url: str, timeout: float = 120.0) -> Model:
    """Forward to an OpenAI-compatible upstream at `url` (its /v1/chat/completions)."""
    import httpx

    client = httpx.Client(base_url=url, timeout=timeout)

    def call(req: ChatRequest) -> Reply:
        body = req.model_dump(exclude={"conversation_id", "incognito"}, exclude_none=True)
        r = client.post("/v1/chat/completions", json=body)
        r.raise_for_status()
        doc = r.json()
        usage = doc.get("usage") or {}
        return Reply(
            doc["choices"][0]["message"]["content"] or "",
            int(usage.get("prompt_tokens", 0)),
            int(usage.get("completion_tokens", 0)),
        )

    return call


@dataclass(frozen=True)
class GatewayConfig:
    engine: Engine
    policy: Policy
    limiter: Limiter
    model: Model = echo_model
    max_request_bytes: int = 1_048_576


def _error(
    status: int, kind: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": {"type": kind, "message": message}}, status, headers=headers)


def create_app(cfg: GatewayConfig) -> FastAPI:
    app = FastAPI(title="consentry gateway", docs_url=None, redoc_url=None)
    # SQLite has one writer per file: captures from this process's threads take turns.
    write_turn = threading.Lock() if dialect_of(cfg.engine).single_writer else nullcontext()

    @app.middleware("http")
    async def bounded_body(request: Request, call_next):  # noqa: ANN001, ANN202
        if request.method == "POST":
            size = request.headers.get("content-length")
            if size is None:
                return _error(411, "length_required", "send a Content-Length header.")
            if not size.isdigit():
                return _error(400, "bad_request", "Content-Length is not a number.")
            if int(size) > cfg.max_request_bytes:
                return _error(
                    413,
                    "request_too_large",
                    f"request body is {int(size):,} bytes; the limit is {cfg.max_request_bytes:,}.",
                )
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Field paths and messages only: pydantic's default body echoes the input (user text).
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"] if p != "body") or "body"
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        return _error(422, "invalid_request", f"{where}: {first['msg']}{more}")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "policy": cfg.policy.version}

    @app.post("/v1/chat/completions")
    def chat(req: ChatRequest, request: Request) -> JSONResponse:
        auth = request.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else ""
        if not token:
            return _error(401, "unauthenticated", "send Authorization: Bearer <api key>.")
        with cfg.engine.connect() as conn:
            key = keys.resolve(conn, token)
            if key is None:
                return _error(401, "unauthenticated", "unknown or revoked API key.")
            if blocks.is_blocked(conn, key.account_id):
                return _error(403, "account_blocked", "this account is blocked; contact support.")
        verdict = cfg.limiter.hit(key.account_id)
        headers = {"X-RateLimit-Remaining": str(verdict.remaining)}
        if not verdict.allowed:
            headers["Retry-After"] = str(verdict.retry_after)
            return _error(429, "rate_limited", "rate limit reached for this account.", headers)
        try:
            reply = cfg.model(req)
        except Exception as exc:  # noqa: BLE001 - any upstream failure is the same answer
            return _error(
                502, "upstream_error", f"the model did not answer ({type(exc).__name__})."
            )
        exchange = ExchangeRecord.from_mapping(
            {
                "exchange_id": "ex_" + uuid.uuid4().hex,
                "ts": datetime.now(timezone.utc),
                "account_id": key.account_id,
                "api_key_id": key.key_id,
                "conversation_id": req.conversation_id,
                "surface": "api",
                "model": req.model,
                "ip": request.client.host if request.client else "0.0.0.0",
                "user_agent": (request.headers.get("user-agent") or "")[:512] or None,
                "prompt": next((m.content for m in reversed(req.messages) if m.role == "user"), ""),
                "system_prompt": next(
                    (m.content for m in req.messages if m.role == "system"), None
                ),
                "response": reply.text,
                "input_tokens": reply.input_tokens,
                "output_tokens": reply.output_tokens,
                "tool_count": len(req.tools),
                "has_image": False,
                "status": 200,
                "incognito": req.incognito,
            }
        )
        try:
            with write_turn, unit_of_work(cfg.engine) as conn:
                d = capture_exchange(conn, cfg.policy, exchange)
        except ConsentryError as exc:
            return _error(400, "bad_request", str(exc))
        return JSONResponse(
            {
                "id": exchange.exchange_id,
                "object": "chat.completion",
                "model": req.model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.text}}],
                "usage": {
                    "prompt_tokens": reply.input_tokens,
                    "completion_tokens": reply.output_tokens,
                },
                "consentry": {
                    "training_eligible": d.eligible,
                    "reason": d.reason,
                    "policy_version": d.policy_version,
                    "retain_until": d.retain_until.isoformat() if d.retain_until else None,
                },
            },
            headers=headers,
        )

    return app
