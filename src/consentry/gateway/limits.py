"""Per-account rate limits: a fixed window counter, in process or shared through Redis.

Every gateway instance that points at the same Redis counts into the same window, so an
account gets its limit once, not once per instance. The Redis path is one pipelined
INCR + EXPIRE per request."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from typing import Protocol

from consentry.errors import ConsentryError

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

    def hit(self, subject: str) -> Verdict: ...


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


class RedisLimiter:
    """Counters in Redis, shared by every instance that uses the same URL and prefix."""

    def __init__(
        self, url: str, limit: RateLimit, prefix: str = "consentry:rl", clock=time.time
    ) -> None:  # noqa: ANN001
        try:
            import redis
        except ImportError:
            raise ConsentryError(
                "the Redis limiter needs the redis client: pip install 'consentry[redis]'."
            ) from None
        self.limit, self.prefix, self._clock = limit, prefix, clock
        self._redis = redis.Redis.from_url(url, socket_timeout=2)
        try:
            self._redis.ping()
        except redis.RedisError as exc:
            raise ConsentryError(
                f"cannot reach Redis at {url} ({type(exc).__name__}); start it or drop --redis."
            ) from None

    def hit(self, subject: str) -> Verdict:
        now = self._clock()
        window = int(now) // self.limit.seconds
        key = f"{self.prefix}:{subject}:{window}"
        pipe = self._redis.pipeline()
        pipe.incr(key)
        pipe.expire(key, self.limit.seconds * 2)
        count, _ = pipe.execute()
        return _verdict(self.limit, int(count), now)
