"""Per-account rate limits: a fixed window counter, in process or shared through Redis.

Every gateway instance that points at the same Redis counts into the same window, so an
account gets its limit once, not once per instance. The Redis path is one pipelined
INCR + EXPIRE per request; if Redis is down, counting falls back to the process."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

from consentry.errors import ConsentryError

log = logging.getLogger("consentry.gateway")

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclass(frozen=True)
class RateLimit:
    requests: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """'120/minute', '10/second', '5000/day'."""
        m = re.fullmatch(r"\s*(\d+)\s*/\s*(second|minute|hour|day)\s*", text)
        if not m or int(m.group(1)) < 1:
            raise ConsentryError(
                f"rate limit {text!r} is not N/period; write e.g. 120/minute (periods: {', '.join(PERIODS)})."
            )
        return cls(int(m.group(1)), PERIODS[m.group(2)])


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    remaining: int
    retry_after: int  # seconds until the window resets


class Limiter(Protocol):
    limit: RateLimit

    async def ahit(self, subject: str) -> Verdict: ...

    def status(self) -> str: ...


def _verdict(limit: RateLimit, count: int, now: float) -> Verdict:
    retry = limit.seconds - int(now) % limit.seconds
    return Verdict(count <= limit.requests, max(limit.requests - count, 0), retry)


class MemoryLimiter:
    """One process's counters (a single gateway instance, tests, the demo)."""

    def __init__(self, limit: RateLimit, clock=time.time) -> None:  # noqa: ANN001
        self.limit, self._clock = limit, clock
        self._counts: dict[tuple[str, int], int] = {}
        self._lock = threading.Lock()

    def hit(self, subject: str) -> Verdict:
        now = self._clock()
        window = int(now) // self.limit.seconds
        with self._lock:
            if len(self._counts) > 100_000:  # drop windows that have passed
                self._counts = {k: v for k, v in self._counts.items() if k[1] == window}
            count = self._counts.get((subject, window), 0) + 1
            self._counts[(subject, window)] = count
        return _verdict(self.limit, count, now)

    async def ahit(self, subject: str) -> Verdict:
        return self.hit(subject)

    def status(self) -> str:
        return "memory"


class RedisLimiter:
    """Counters in Redis, shared by every instance that uses the same URL and prefix.

    If Redis cannot be reached the limiter counts in process instead (each instance then
    allows the limit on its own), says so in `status()` (shown by /healthz and /metrics), and
    tries Redis again after `retry_seconds`."""

    def __init__(
        self,
        url: str,
        limit: RateLimit,
        prefix: str = "consentry:rl",
        clock=time.time,  # noqa: ANN001
        retry_seconds: float = 5.0,
        timeout: float = 0.5,
    ) -> None:
        try:
            import redis.asyncio  # noqa: F401
        except ImportError:
            raise ConsentryError(
                "the Redis limiter needs the redis client: pip install 'consentry[redis]'."
            ) from None
        self.url, self.limit, self.prefix, self._clock = url, limit, prefix, clock
        self.retry_seconds, self.timeout = retry_seconds, timeout
        self.fallback = MemoryLimiter(limit, clock)
        self._client: Any = None
        self._loop: Any = None
        self._down_until = 0.0
        self.degraded = False

    def _redis(self) -> Any:
        import redis.asyncio

        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            self._client = redis.asyncio.Redis.from_url(
                self.url, socket_timeout=self.timeout, socket_connect_timeout=self.timeout
            )
            self._loop = loop
        return self._client

    async def ahit(self, subject: str) -> Verdict:
        import redis

        now = self._clock()
        if self.degraded and time.monotonic() < self._down_until:
            return self.fallback.hit(subject)
        window = int(now) // self.limit.seconds
        key = f"{self.prefix}:{subject}:{window}"
        try:
            pipe = self._redis().pipeline()
            pipe.incr(key)
            pipe.expire(key, self.limit.seconds * 2)
            count, _ = await pipe.execute()
        except (redis.RedisError, OSError) as exc:
            if not self.degraded:
                log.warning(
                    "Redis unreachable (%s): rate limits count in process", type(exc).__name__
                )
            self.degraded, self._down_until = True, time.monotonic() + self.retry_seconds
            self._client = None
            return self.fallback.hit(subject)
        if self.degraded:
            log.warning("Redis reachable again: rate limits are shared")
        self.degraded = False
        return _verdict(self.limit, int(count), now)

    def status(self) -> str:
        return "memory (redis unreachable)" if self.degraded else "redis"
