"""The gateway's HTTP API: OpenAI-compatible, with consent capture in front of the model.

Per request, in this order: key -> block -> rate limit -> shape (size, then fields) ->
conversation ownership -> model -> capture. A 200 means the exchange is stored (a stream ends
with the decision once it is). Refusals after the key are stored too, as exchanges without
text carrying their status and reason. Error bodies follow OpenAI's shape and never echo the
request's text; nothing the user wrote reaches a log."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from sqlalchemy import Engine

from consentry.gateway.admission import Admission, Caller
from consentry.gateway.capture import EMBEDDING, Capture, CaptureFailed, CaptureWriter
from consentry.gateway.limits import Limiter
from consentry.gateway.metrics import Metrics
from consentry.gateway.schema import (
    BadRequest,
    ChatRequest,
    EmbeddingsRequest,
    Parsed,
    parse_chat,
    parse_embeddings,
    safe_reply_text,
)
from consentry.gateway.stream import Assembled, SSEResponse, reply_text
from consentry.gateway.transport import UpstreamResponse, UpstreamUnreachable
from consentry.gateway.upstream import Router, Upstream
from consentry.policy import Decision, Policy

log = logging.getLogger("consentry.gateway")
REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
PARTIAL = 499  # status stored for a stream the client left before its end


@dataclass(frozen=True)
class GatewayConfig:
    engine: Engine
    policy: Policy
    limiter: Limiter
    router: Router | None = None  # None: the built-in echo model
    max_request_bytes: int = 1_048_576
    cors_origins: tuple[str, ...] = ()
    auth_cache_seconds: float = 0.0  # > 0: reuse a key's lookup (and its block) that long


class JSON(JSONResponse):
    """JSON as UTF-8; falls back to ASCII escapes if the model's text holds lone surrogates."""

    def render(self, content: Any) -> bytes:
        try:
            return super().render(content)
        except UnicodeEncodeError:
            return json.dumps(content, separators=(",", ":")).encode()


class Refused(Exception):
    """A request answered with an OpenAI-style error; `record` stores it as a refusal."""

    def __init__(
        self, status: int, code: str, message: str, *, record: bool = True, headers: Any = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.record, self.headers = status, code, record, headers or {}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSON:
    kind = "invalid_request_error" if status < 500 else "server_error"
    body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return JSON(body, status, headers=headers)


def decision_headers(exchange_id: str, d: Decision) -> dict[str, str]:
    headers = {
        "X-Consentry-Exchange-Id": exchange_id,
        "X-Consentry-Training-Eligible": "true" if d.eligible else "false",
        "X-Consentry-Reason": d.reason,
        "X-Consentry-Policy-Version": d.policy_version,
    }
    if d.retain_until:
        headers["X-Consentry-Retain-Until"] = d.retain_until.isoformat()
    return headers


def decision_body(exchange_id: str, d: Decision) -> dict[str, Any]:
    return {
        "exchange_id": exchange_id,
        "training_eligible": d.eligible,
        "reason": d.reason,
        "policy_version": d.policy_version,
        "retain_until": d.retain_until.isoformat() if d.retain_until else None,
    }


class Gateway:
    """The request pipeline and what it holds: admission, limiter, router, capture writer."""

    def __init__(self, cfg: GatewayConfig) -> None:
        self.cfg = cfg
        self.router = cfg.router or Router.single(None)
        self.admission = Admission(cfg.engine, cfg.auth_cache_seconds)
        self.writer = CaptureWriter(cfg.engine, cfg.policy)
        self.metrics = Metrics()
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- the steps before the model ------------------------------------------------------
    async def admit(self, request: Request, ctx: dict[str, Any]) -> Caller:
        """The caller behind the key (401 if none), refused with 403 if blocked."""
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
        if not token:
            raise Refused(
                401, "missing_api_key", "send Authorization: Bearer <api key>.", record=False
            )
        hit, caller = self.admission.cached(token)
        if not hit:
            caller = await anyio.to_thread.run_sync(self.admission.lookup, token)
        if caller is None:
            raise Refused(401, "invalid_api_key", "unknown or revoked API key.", record=False)
        ctx["caller"] = caller
        if caller.blocked:
            raise Refused(403, "account_blocked", "this account is blocked; contact support.")
        return caller

    async def limit(self, caller: Caller) -> dict[str, str]:
        verdict = await self.cfg.limiter.ahit(caller.account_id)
        headers = {"X-RateLimit-Remaining": str(verdict.remaining)}
        if not verdict.allowed:
            headers["Retry-After"] = str(verdict.retry_after)
            raise Refused(
                429, "rate_limited", "rate limit reached for this account.", headers=headers
            )
        return headers

    async def body(self, request: Request) -> bytes:
        size = request.headers.get("content-length")
        limit = self.cfg.max_request_bytes
        if size is None:
            raise Refused(411, "length_required", "send a Content-Length header.")
        if not size.isdigit():
            raise Refused(400, "bad_request", "Content-Length is not a number.")
        if int(size) > limit:
            raise Refused(
                413,
                "request_too_large",
                f"request body is {int(size):,} bytes; the limit is {limit:,}.",
            )
        raw = await request.body()
        if len(raw) > limit:
            raise Refused(
                413, "request_too_large", f"request body is over the limit of {limit:,} bytes."
            )
        return raw

    async def check_owner(self, caller: Caller, conversation_id: str | None) -> None:
        if not conversation_id:
            return
        owner = self.admission.owner_cached(conversation_id)
        if owner is None:
            owner = await anyio.to_thread.run_sync(self.admission.owner, conversation_id)
        if owner is not None and owner != caller.account_id:
            raise Refused(404, "conversation_not_found", "no such conversation for this account.")

    def upstream(self, model: str) -> Upstream:
        up = self.router.route(model)
        if up is None:
            raise Refused(
                404, "model_not_found", "no upstream serves this model; see GET /v1/models."
            )
        return up

    # -- capture --------------------------------------------------------------------------
    def capture(
        self,
        request: Request,
        caller: Caller,
        p: Parsed | None,
        *,
        exchange_id: str,
        status: int,
        response: str | None = None,
        usage: Any = None,
        fixed_reason: str | None = None,
    ) -> Capture:
        usage = usage if isinstance(usage, dict) else {}
        prompt = p.prompt if p else ""
        return Capture(
            exchange_id=exchange_id,
            ts=datetime.now(timezone.utc),
            account_id=caller.account_id,
            api_key_id=caller.key_id,
            conversation_id=p.conversation_id if p else None,
            model=(p.model if p else "") or "-",
            ip=request.client.host if request.client else "0.0.0.0",
            user_agent=(request.headers.get("user-agent") or "")[:512] or None,
            prompt=prompt if fixed_reason is None or fixed_reason == EMBEDDING else None,
            system_prompt=p.system_prompt if p and fixed_reason is None else None,
            response=safe_reply_text(response),
            input_tokens=_int(usage.get("prompt_tokens"), len(prompt.split())),
            output_tokens=_int(usage.get("completion_tokens"), len((response or "").split())),
            tool_count=min(p.tool_count if p else 0, 32_000),
            has_image=p.has_image if p else False,
            status=status,
            incognito=p.incognito if p else False,
            fixed_reason=fixed_reason,
        )

    def record_refusal(
        self, request: Request, caller: Caller, p: Parsed | None, exc: Refused
    ) -> None:
        self.writer.enqueue(
            self.capture(
                request,
                caller,
                p,
                exchange_id="ex_" + uuid.uuid4().hex,
                status=exc.status,
                fixed_reason=f"refused:{exc.code}"[:40],
            )
        )

    async def stored(self, cap: Capture) -> Decision:
        try:
            return await self.writer.submit(cap)
        except CaptureFailed as exc:
            raise Refused(
                503,
                "capture_failed",
                f"the exchange could not be stored ({exc}); retry.",
                record=False,
            ) from None

    def spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def gauges(self) -> dict[str, tuple[str, float]]:
        shared = self.cfg.limiter.status() == "redis"
        return {
            "consentry_gateway_capture_queue_depth": (
                "Exchanges waiting for their commit.",
                self.writer.depth,
            ),
            "consentry_gateway_capture_batches_total": (
                "Group commits written.",
                self.writer.batches,
            ),
            "consentry_gateway_captured_total": ("Exchanges stored.", self.writer.stored),
            "consentry_gateway_capture_failures_total": (
                "Exchanges that failed to store.",
                self.writer.failed,
            ),
            "consentry_gateway_rate_limit_shared": (
                "1 when rate limits are counted in Redis, 0 when in process (fallback or none).",
                1 if shared else 0,
            ),
        }


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and 0 <= value < 2**31 else min(default, 2**31 - 1)


def _exchange_id(caller: Caller, request: Request) -> str:
    """A fresh id, or with an Idempotency-Key one derived from it (so a retry maps to the same row)."""
    key = request.headers.get("idempotency-key")
    if not key:
        return "ex_" + uuid.uuid4().hex
    return "ex_" + hashlib.sha256(f"{caller.account_id}\x1f{key}".encode()).hexdigest()[:32]


def _upstream_error(resp: UpstreamResponse, content: bytes) -> Response:
    """The upstream's error as it sent it (status and OpenAI error body)."""
    try:
        doc = json.loads(content)
    except ValueError:
        doc = None
    if isinstance(doc, dict) and "error" in doc:
        return JSON(doc, resp.status)
    return error_response(resp.status, "upstream_error", f"the model answered HTTP {resp.status}.")


def create_app(cfg: GatewayConfig) -> FastAPI:
    gw = Gateway(cfg)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        yield
        await anyio.to_thread.run_sync(gw.writer.close)
        await gw.router.aclose()

    app = FastAPI(title="consentry gateway", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.gateway = gw
    if cfg.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cfg.cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"],
            expose_headers=["X-Request-Id", "X-RateLimit-Remaining", "Retry-After"]
            + [
                f"X-Consentry-{h}"
                for h in (
                    "Exchange-Id",
                    "Training-Eligible",
                    "Reason",
                    "Policy-Version",
                    "Retain-Until",
                )
            ],
        )

    def endpoint(route: str, handler: Callable[[Request, dict[str, Any]], Awaitable[Response]]):  # noqa: ANN202
        """Request id, metrics, refusals and the last-resort 500 (logged by type only)."""

        async def run(request: Request) -> Response:
            t0 = time.perf_counter()
            rid = request.headers.get("x-request-id", "")
            rid = rid if REQUEST_ID.fullmatch(rid) else uuid.uuid4().hex
            ctx: dict[str, Any] = {}
            try:
                resp = await handler(request, ctx)
            except Refused as exc:
                gw.metrics.refuse(exc.code)
                if exc.record and "caller" in ctx:
                    gw.record_refusal(request, ctx["caller"], ctx.get("parsed"), exc)
                resp = error_response(exc.status, exc.code, str(exc), exc.headers)
            except Exception as exc:  # noqa: BLE001 - never a traceback with request data
                log.error("internal error on %s: %s", route, type(exc).__name__)
                resp = error_response(
                    500,
                    "internal_error",
                    "internal error; it was logged without the request's content.",
                )
            resp.headers["X-Request-Id"] = rid
            gw.metrics.observe(route, resp.status_code, time.perf_counter() - t0)
            return resp

        return run

    async def chat(request: Request, ctx: dict[str, Any]) -> Response:
        caller = await gw.admit(request, ctx)
        headers = await gw.limit(caller)
        raw = await gw.body(request)
        try:
            ctx["parsed"] = p = parse_chat(raw)
        except BadRequest as exc:
            raise Refused(exc.status, "invalid_request", str(exc)) from None
        await gw.check_owner(caller, p.conversation_id)
        exchange_id = _exchange_id(caller, request)
        if request.headers.get("idempotency-key"):
            replay = await anyio.to_thread.run_sync(gw.admission.stored, exchange_id)
            if replay is not None:
                return _replayed(replay, headers, stream=p.stream)
        up = gw.upstream(p.model)
        if p.stream:
            return await _stream(request, caller, p, up, exchange_id, headers)
        try:
            resp = await up.send("POST", "/v1/chat/completions", p.forward)
        except UpstreamUnreachable as exc:
            raise Refused(
                502, "upstream_unreachable", f"the model did not answer ({exc})."
            ) from None
        if resp.status != 200:
            gw.record_refusal(request, caller, p, Refused(resp.status, "upstream_error", ""))
            return _upstream_error(resp, resp.content)
        try:
            doc = json.loads(resp.content)
            message = doc["choices"][0]["message"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise Refused(
                502, "upstream_invalid", "the model's answer is not a chat completion."
            ) from None
        text = reply_text(message.get("content"), message.get("tool_calls"))
        cap = gw.capture(
            request,
            caller,
            p,
            exchange_id=exchange_id,
            status=200,
            response=text,
            usage=doc.get("usage"),
        )
        decision = await gw.stored(cap)
        doc["consentry"] = decision_body(exchange_id, decision)
        return JSON(doc, headers={**headers, **decision_headers(exchange_id, decision)})

    async def _stream(
        request: Request,
        caller: Caller,
        p: Parsed,
        up: Upstream,
        exchange_id: str,
        headers: dict[str, str],
    ) -> Response:
        try:
            resp = await up.send("POST", "/v1/chat/completions", p.forward, stream=True)
        except UpstreamUnreachable as exc:
            raise Refused(
                502, "upstream_unreachable", f"the model did not answer ({exc})."
            ) from None
        if resp.status != 200:
            content = b"".join([line.encode() + b"\n" async for line in resp.lines()])
            await resp.aclose()
            gw.record_refusal(request, caller, p, Refused(resp.status, "upstream_error", ""))
            return _upstream_error(resp, content)
        got = Assembled()

        def cap(status: int) -> Capture:
            return gw.capture(
                request,
                caller,
                p,
                exchange_id=exchange_id,
                status=status,
                response=got.text(),
                usage=got.usage,
            )

        async def events():  # noqa: ANN202
            done = False
            try:
                try:
                    async for line in resp.lines():
                        if line.startswith("data:"):
                            data = line[5:].strip()
                            if data == "[DONE]":
                                break
                            got.add(data)
                        yield line + "\n"
                except UpstreamUnreachable as exc:
                    done = True
                    gw.writer.enqueue(cap(502))
                    err = {
                        "error": {
                            "message": f"the model's stream broke ({exc}).",
                            "type": "server_error",
                            "param": None,
                            "code": "upstream_error",
                        }
                    }
                    yield "\ndata: " + json.dumps(err) + "\n\n"
                    return
                done = True
                try:
                    decision = await gw.writer.submit(cap(200))
                except CaptureFailed as exc:
                    err = {
                        "error": {
                            "message": f"the exchange could not be stored ({exc}).",
                            "type": "server_error",
                            "param": None,
                            "code": "capture_failed",
                        }
                    }
                    yield "\ndata: " + json.dumps(err) + "\n\n"
                    return
                tail = {
                    "id": exchange_id,
                    "object": "chat.completion.chunk",
                    "model": p.model,
                    "choices": [],
                }
                tail["consentry"] = decision_body(exchange_id, decision)
                yield "\ndata: " + json.dumps(tail) + "\n\ndata: [DONE]\n\n"
            finally:
                if not done:  # the client left: keep what was said, marked partial
                    gw.writer.enqueue(cap(PARTIAL))
                gw.spawn(resp.aclose())

        sse_headers = {
            **headers,
            "X-Consentry-Exchange-Id": exchange_id,
            "Cache-Control": "no-cache",
        }
        return SSEResponse(events(), media_type="text/event-stream", headers=sse_headers)

    async def embeddings(request: Request, ctx: dict[str, Any]) -> Response:
        caller = await gw.admit(request, ctx)
        headers = await gw.limit(caller)
        raw = await gw.body(request)
        try:
            ctx["parsed"] = p = parse_embeddings(raw)
        except BadRequest as exc:
            raise Refused(exc.status, "invalid_request", str(exc)) from None
        up = gw.upstream(p.model)
        try:
            resp = await up.send("POST", "/v1/embeddings", p.forward)
        except UpstreamUnreachable as exc:
            raise Refused(
                502, "upstream_unreachable", f"the model did not answer ({exc})."
            ) from None
        if resp.status != 200:
            return _upstream_error(resp, resp.content)
        try:
            doc = json.loads(resp.content)
            assert isinstance(doc, dict)
        except (ValueError, AssertionError):
            raise Refused(502, "upstream_invalid", "the model's answer is not JSON.") from None
        exchange_id = _exchange_id(caller, request)
        cap = gw.capture(
            request,
            caller,
            p,
            exchange_id=exchange_id,
            status=200,
            usage=doc.get("usage"),
            fixed_reason=EMBEDDING,
        )
        decision = await gw.stored(cap)
        doc["consentry"] = decision_body(exchange_id, decision)
        return JSON(doc, headers={**headers, **decision_headers(exchange_id, decision)})

    async def models(request: Request, ctx: dict[str, Any]) -> Response:
        await gw.admit(request, ctx)
        try:
            return JSON(await gw.router.models())
        except UpstreamUnreachable as exc:
            raise Refused(
                502, "upstream_unreachable", f"the model did not answer ({exc})."
            ) from None

    # Plain Starlette routes (no dependency solving per request); documented in /openapi.json
    # by hand below, with the request shapes the handlers validate.
    api = (
        (
            "/v1/chat/completions",
            "post",
            "chat",
            chat,
            ChatRequest,
            "Chat completions (OpenAI), captured with the decision",
        ),
        (
            "/v1/embeddings",
            "post",
            "embeddings",
            embeddings,
            EmbeddingsRequest,
            "Embeddings (OpenAI), recorded, never trained on",
        ),
        ("/v1/models", "get", "models", models, None, "Models the upstreams serve"),
    )
    for path, method, name, handler, _, _ in api:
        app.add_route(
            path, endpoint(name, handler), methods=[method.upper()], include_in_schema=False
        )

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        limiter = cfg.limiter.status()
        return {
            "status": "ok" if limiter != "memory (redis unreachable)" else "degraded",
            "policy": cfg.policy.version,
            "rate_limits": limiter,
            "capture_queue": gw.writer.depth,
        }

    @app.get("/metrics", response_class=PlainTextResponse)
    async def metrics() -> PlainTextResponse:
        info = f'consentry_gateway_info{{rate_limits="{cfg.limiter.status()}",policy="{cfg.policy.version}"}} 1'
        return PlainTextResponse(
            gw.metrics.render(gw.gauges(), lambda: info), media_type="text/plain; version=0.0.4"
        )

    base_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = base_openapi()
            schemas = doc.setdefault("components", {}).setdefault("schemas", {})
            for path, method, name, _, shape, summary in api:
                op: dict[str, Any] = {"operationId": name, "summary": summary}
                op["responses"] = {
                    "200": {"description": "the upstream's answer, with `consentry`"}
                }
                if shape is not None:
                    schema = shape.model_json_schema(ref_template="#/components/schemas/{model}")
                    schemas.update(schema.pop("$defs", {}))
                    body = {"application/json": {"schema": schema}}
                    op["requestBody"] = {"required": True, "content": body}
                doc.setdefault("paths", {})[path] = {method: op}
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _replayed(row: dict[str, Any], headers: dict[str, str], *, stream: bool) -> Response:
    """The answer to a retried request whose exchange is already stored (Idempotency-Key), in
    the shape the retry asked for."""
    d = Decision(row["eligible"], row["reason"], row["policy_version"], row["retain_until"], "")
    extra = {"Idempotent-Replayed": "true", **decision_headers(row["exchange_id"], d)}
    base = {"id": row["exchange_id"], "created": int(time.time()), "model": row["model"]}
    usage = {
        "prompt_tokens": row["input_tokens"],
        "completion_tokens": row["output_tokens"],
        "total_tokens": row["input_tokens"] + row["output_tokens"],
    }
    if stream:
        delta = {"role": "assistant", "content": row["response"]}
        chunks = [
            {
                **base,
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": delta, "finish_reason": "stop"}],
            },
            {
                **base,
                "object": "chat.completion.chunk",
                "choices": [],
                "usage": usage,
                "consentry": decision_body(row["exchange_id"], d),
            },
        ]
        body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
        return Response(body, media_type="text/event-stream", headers={**headers, **extra})
    message = {"role": "assistant", "content": row["response"]}
    doc = {
        **base,
        "object": "chat.completion",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": usage,
        "consentry": decision_body(row["exchange_id"], d),
    }
    return JSON(doc, headers={**headers, **extra})
