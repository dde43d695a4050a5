"""The gateway's HTTP API: OpenAI-compatible, with consent capture in front of the model.

Per request, in this order: key -> block -> rate limit -> shape (size, then fields) ->
conversation ownership -> model -> capture. A 200 means the exchange is stored (a stream ends
with the decision once it is). Refusals after the key are stored too, as exchanges without
text carrying their status and reason. Error bodies follow OpenAI's shape and never echo the
request's text; nothing the user wrote reaches a log."""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from consentry.gateway import jsonio
from consentry.gateway.admission import Caller
from consentry.gateway.capture import EMBEDDING, Capture, CaptureFailed
from consentry.gateway.countermeasures import (
    Treatment,
    apply_reply,
    apply_request,
    apply_stored,
    apply_stream,
)
from consentry.gateway.pipeline import Gateway, GatewayConfig, exchange_id_for
from consentry.gateway.replies import (
    JSON,
    Refused,
    decision_body,
    decision_headers,
    error_response,
    replayed,
    upstream_error,
)
from consentry.gateway.schema import (
    ChatRequest,
    EmbeddingsRequest,
    Parsed,
    parse_chat,
    parse_embeddings,
)
from consentry.gateway.stream import Assembled, SSEResponse, reply_text
from consentry.gateway.transport import UpstreamUnreachable
from consentry.gateway.upstream import Upstream

log = logging.getLogger("consentry.gateway")
REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
PARTIAL = 499  # status stored for a stream the client left before its end


class GatewayApp(FastAPI):
    """FastAPI for /openapi.json, /healthz, /metrics and the rest; the OpenAI routes (`hot`)
    are answered before FastAPI's middleware stack, whose exception, body-limit, telemetry and
    exit-stack wrappers cost about a tenth of a proxied request's CPU. Their handlers catch
    their own errors (see `endpoint` in create_app)."""

    hot: dict[tuple[str, str], ASGIApp]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            route = self.hot.get((scope["method"], scope["path"]))
            if route is not None:
                await route(scope, receive, send)
                return
        await super().__call__(scope, receive, send)


def _asgi(run: Callable[[Request], Awaitable[Response]]) -> ASGIApp:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = await run(Request(scope, receive))
        await response(scope, receive, send)

    return app


def create_app(cfg: GatewayConfig) -> FastAPI:
    gw = Gateway(cfg)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        yield
        await gw.writer.aclose()
        await gw.router.aclose()

    app = GatewayApp(title="consentry gateway", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.gateway = gw
    cors: dict[str, Any] = {}
    if cfg.cors_origins:
        cors = dict(
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
        app.add_middleware(CORSMiddleware, **cors)

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
        headers, p = await gw.limit_then_read(request, caller, parse_chat)
        ctx["parsed"] = p
        await gw.check_owner(caller, p.conversation_id)
        p, headers, treat = await apply_request(gw.countermeasures, caller.account_id, p, headers)
        exchange_id = exchange_id_for(caller, request)
        if request.headers.get("idempotency-key"):
            replay = await anyio.to_thread.run_sync(gw.admission.stored, exchange_id)
            if replay is not None:
                return replayed(apply_stored(treat, replay), headers, stream=p.stream)
        up = gw.upstream(p.model)
        if p.stream:
            return await _stream(request, caller, p, up, exchange_id, headers, treat)
        try:
            resp = await up.send("POST", "/v1/chat/completions", p.forward)
        except UpstreamUnreachable as exc:
            raise Refused(
                502, "upstream_unreachable", f"the model did not answer ({exc})."
            ) from None
        if resp.status != 200:
            gw.record_refusal(request, caller, p, Refused(resp.status, "upstream_error", ""))
            return upstream_error(resp, resp.content)
        try:
            doc = jsonio.load(resp.content)
            message = doc["choices"][0]["message"]
        except (ValueError, KeyError, IndexError, TypeError, RecursionError):
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
        doc = apply_reply(treat, doc)
        return JSON(doc, headers={**headers, **decision_headers(exchange_id, decision)})

    async def _stream(
        request: Request,
        caller: Caller,
        p: Parsed,
        up: Upstream,
        exchange_id: str,
        headers: dict[str, str],
        treat: Treatment | None = None,
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
            return upstream_error(resp, content)
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

        started = False

        async def events():  # noqa: ANN202
            nonlocal started
            started, done = True, False
            try:
                try:
                    event: list[str] = []  # one SSE event is sent as one chunk
                    async for line in resp.lines():
                        if line.startswith("data:"):
                            data = line[5:].strip()
                            if data == "[DONE]":
                                break
                            got.add(data)
                        event.append(line + "\n")
                        if not line:
                            yield "".join(event)
                            event.clear()
                    if event:
                        yield "".join(event)
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

        def never_started() -> None:  # the client left before the first chunk
            if not started:
                gw.writer.enqueue(cap(PARTIAL))
                gw.spawn(resp.aclose())

        return SSEResponse(
            apply_stream(treat, events()),
            media_type="text/event-stream",
            headers=sse_headers,
            on_close=never_started,
        )

    async def embeddings(request: Request, ctx: dict[str, Any]) -> Response:
        caller = await gw.admit(request, ctx)
        headers, p = await gw.limit_then_read(request, caller, parse_embeddings)
        ctx["parsed"] = p
        up = gw.upstream(p.model)
        try:
            resp = await up.send("POST", "/v1/embeddings", p.forward)
        except UpstreamUnreachable as exc:
            raise Refused(
                502, "upstream_unreachable", f"the model did not answer ({exc})."
            ) from None
        if resp.status != 200:
            return upstream_error(resp, resp.content)
        try:
            doc = jsonio.load(resp.content)
            assert isinstance(doc, dict)
        except (ValueError, AssertionError, RecursionError):
            raise Refused(502, "upstream_invalid", "the model's answer is not JSON.") from None
        exchange_id = exchange_id_for(caller, request)
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
    app.hot = {}
    for path, method, name, handler, _, _ in api:
        run = endpoint(name, handler)
        app.add_route(path, run, methods=[method.upper()], include_in_schema=False)
        hot = _asgi(run)
        app.hot[(method.upper(), path)] = CORSMiddleware(hot, **cors) if cors else hot

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
