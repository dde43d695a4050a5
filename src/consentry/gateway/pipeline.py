"""The request pipeline's steps and state: who calls (key, block), the rate limit, the body,
conversation ownership, the upstream for a model, and the exchange handed to the capture
writer. The HTTP handlers in app.py run these steps in order."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import anyio
from fastapi import Request
from sqlalchemy import Engine

from consentry.gateway.admission import Admission, Caller
from consentry.gateway.capture import EMBEDDING, Capture, CaptureFailed, CaptureWriter
from consentry.gateway.countermeasures import Countermeasures
from consentry.gateway.limits import Limiter, Verdict
from consentry.gateway.metrics import Metrics
from consentry.gateway.replies import Refused
from consentry.gateway.schema import BadRequest, Parsed, safe_reply_text
from consentry.gateway.upstream import Router, Upstream
from consentry.policy import Decision, Policy
from consentry.store.exchanges import REFUSED


@dataclass(frozen=True)
class GatewayConfig:
    engine: Engine
    policy: Policy
    limiter: Limiter
    router: Router | None = None  # None: the built-in echo model
    max_request_bytes: int = 1_048_576
    cors_origins: tuple[str, ...] = ()
    auth_cache_seconds: float = 0.0  # > 0: reuse a key's lookup (and its block) that long


class Gateway:
    """The request pipeline and what it holds: admission, limiter, router, capture writer."""

    def __init__(self, cfg: GatewayConfig) -> None:
        self.cfg = cfg
        self.router = cfg.router or Router.single(None)
        self.admission = Admission(cfg.engine, cfg.auth_cache_seconds)
        self.writer = CaptureWriter(cfg.engine, cfg.policy)
        self.metrics = Metrics()
        self.countermeasures = Countermeasures(cfg.engine, cfg.policy, cfg.limiter)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._lookups: dict[str, asyncio.Future[Caller | None]] = {}

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
            caller = await self._lookup(token)
        if caller is None:
            raise Refused(401, "invalid_api_key", "unknown or revoked API key.", record=False)
        ctx["caller"] = caller
        if caller.blocked:
            raise Refused(403, "account_blocked", "this account is blocked; contact support.")
        return caller

    async def _lookup(self, token: str) -> Caller | None:
        """One store read per key at a time: when a key's cached answer expires under load,
        the requests that miss it together wait for the same read (no burst of connections)."""
        pending = self._lookups.get(token)
        if pending is None:
            pending = asyncio.ensure_future(anyio.to_thread.run_sync(self.admission.lookup, token))
            self._lookups[token] = pending
            pending.add_done_callback(lambda _: self._lookups.pop(token, None))
        return await asyncio.shield(pending)

    async def limit(self, caller: Caller) -> dict[str, str]:
        return self._limited(await self.cfg.limiter.ahit(caller.account_id))

    @staticmethod
    def _limited(verdict: Verdict) -> dict[str, str]:
        """The verdict's headers; over the limit, the 429."""
        headers = {"X-RateLimit-Remaining": str(verdict.remaining)}
        if not verdict.allowed:
            headers["Retry-After"] = str(verdict.retry_after)
            raise Refused(
                429, "rate_limited", "rate limit reached for this account.", headers=headers
            )
        return headers

    async def limit_then_read(
        self, request: Request, caller: Caller, parse: Callable[[bytes], Parsed]
    ) -> tuple[dict[str, str], Parsed]:
        """The rate limit, then the body's size and shape: refused in that order (a request
        over its limit is a 429 whatever its body). A limiter that counts elsewhere (Redis) has
        its round trip under way while the body is read and parsed, instead of before, unless
        it can answer at once (an in-process limiter; a Redis count taken ahead)."""
        now = self.cfg.limiter.hit_now(caller.account_id)
        if now is not None:
            headers = self._limited(now)
            return headers, self._parse(parse, await self.body(request))
        verdict = asyncio.ensure_future(self.limit(caller))
        await asyncio.sleep(0)  # let it write the hit before the body is parsed
        try:
            parsed = self._parse(parse, await self.body(request))
        except Refused:
            await verdict  # its 429 first
            raise
        finally:
            if not verdict.done():  # the client went away while its body was read
                await asyncio.wait([verdict])
        return verdict.result(), parsed

    @staticmethod
    def _parse(parse: Callable[[bytes], Parsed], raw: bytes) -> Parsed:
        try:
            return parse(raw)
        except BadRequest as exc:
            raise Refused(exc.status, "invalid_request", str(exc)) from None

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
            # an Idempotency-Key's derived id may be stored already (a superset: refusals
            # of such a request have random ids, and are merely inserted the careful way)
            idempotent="idempotency-key" in request.headers,
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
                fixed_reason=f"{REFUSED}{exc.code}"[:40],
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


def exchange_id_for(caller: Caller, request: Request) -> str:
    """A fresh id, or with an Idempotency-Key one derived from it (so a retry maps to the same row)."""
    key = request.headers.get("idempotency-key")
    if not key:
        return "ex_" + uuid.uuid4().hex
    return "ex_" + hashlib.sha256(f"{caller.account_id}\x1f{key}".encode()).hexdigest()[:32]
