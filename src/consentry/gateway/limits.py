"""Per-account rate limits: a fixed window counter, in process or shared through Redis.

Every gateway instance that points at the same Redis counts into the same window, so an
account gets its limit once, not once per instance. The Redis path batches: the hits that
arrive while a round trip is under way go to Redis together in the next one, as one INCRBY
(and EXPIRE) per window key, and each hit gets the count it would have had alone (the batch's
total minus the hits after it in the batch). Idle, a batch is one hit and waits for nothing. If
Redis is down, counting falls back to the process."""

from __future__ import annotations

import asyncio
import contextlib
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
    remote: bool  # counts over the network (a hit waits for a round trip)

    async def ahit(self, subject: str) -> Verdict: ...

    def hit_now(self, subject: str) -> Verdict | None:
        """The verdict without waiting, when the limiter can give one (else None: `ahit`)."""

    def status(self) -> str: ...


def _verdict(limit: RateLimit, count: int, now: float) -> Verdict:
    retry = limit.seconds - int(now) % limit.seconds
    return Verdict(count <= limit.requests, max(limit.requests - count, 0), retry)


class MemoryLimiter:
    """One process's counters (a single gateway instance, tests, the demo)."""

    remote = False

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

    def hit_now(self, subject: str) -> Verdict | None:
        return self.hit(subject)

    def status(self) -> str:
        return "memory"


class RedisLimiter:
    """Counters in Redis, shared by every instance that uses the same URL and prefix.

    If Redis cannot be reached the limiter counts in process instead (each instance then
    allows the limit on its own), says so in `status()` (shown by /healthz and /metrics), and
    tries Redis again after `retry_seconds`.

    Counts taken ahead: while an account is far from its limit in the current window (at least
    `ahead` hits left, by default a tenth of the limit and no fewer than 8, plus a block), the
    limiter takes the account's next `block` counts in Redis in the background, in one INCRBY,
    and the requests that follow take them one by one without waiting for Redis; the next block
    is asked for when one count is left in hand. `block` is 1 for limits under 512 a window and
    grows with the limit to 16 (one round trip per 16 requests of a busy account). Every allowed
    request still holds a count of its own from Redis, so all instances together never allow
    more than the limit; counts taken ahead that no request uses (the account went quiet on this
    instance until the window ended) are lost, so the account may get up to `block` + 1 requests
    per instance fewer than its limit in that window. Near the limit every hit waits for its own
    round trip, as without them."""

    remote = True

    def __init__(
        self,
        url: str,
        limit: RateLimit,
        prefix: str = "consentry:rl",
        clock=time.time,  # noqa: ANN001
        retry_seconds: float = 5.0,
        timeout: float = 0.5,
        ahead: int | None = None,
        block: int | None = None,
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
        self._conn: Any = None
        self._loop: Any = None
        self._down_until = 0.0
        self.degraded = False
        self._waiting: list[tuple[str, int, asyncio.Future[int | None]]] = []
        self._sender: asyncio.Future[None] | None = None
        self.ahead = max(8, limit.requests // 10) if ahead is None else ahead
        self.block = max(1, min(16, limit.requests // 512)) if block is None else block
        self._ahead: dict[str, tuple[str, list[int]]] = {}  # subject -> (window key, counts)
        self._reserving: set[str] = set()  # subjects whose next count is under way

    async def _connection(self) -> Any:
        """The limiter's own connection: one batch is in flight at a time, so no pool (whose
        checkout and pipeline objects cost more CPU than the round trip)."""
        import redis.asyncio

        if self._conn is None:
            pool = redis.asyncio.ConnectionPool.from_url(
                self.url, socket_timeout=self.timeout, socket_connect_timeout=self.timeout
            )
            conn = pool.make_connection()
            await conn.connect()
            self._conn = conn
        return self._conn

    async def ahit(self, subject: str) -> Verdict:
        verdict = self.hit_now(subject)
        if verdict is not None:
            return verdict
        now = self._clock()
        key = self._key(subject, now)
        count = await self._count(key)
        if count is None:  # Redis unreachable
            return self.fallback.hit(subject)
        self._next(subject, key, count)
        return _verdict(self.limit, count, now)

    def hit_now(self, subject: str) -> Verdict | None:
        """The fallback's verdict while Redis is down; a count taken ahead for this window;
        else None (the hit must wait for Redis)."""
        now = self._clock()
        if self.degraded and time.monotonic() < self._down_until:
            return self.fallback.hit(subject)
        held = self._ahead.get(subject)
        if held is None or asyncio.get_running_loop() is not self._loop:
            return None
        key = self._key(subject, now)
        if held[0] != key:  # taken in a window that has ended: unused, as documented
            del self._ahead[subject]
            return None
        count = held[1].pop(0)
        if not held[1]:
            del self._ahead[subject]
        self._next(subject, key, count)
        return _verdict(self.limit, count, now)

    def _key(self, subject: str, now: float) -> str:
        return f"{self.prefix}:{subject}:{int(now) // self.limit.seconds}"

    def _count(self, key: str, n: int = 1) -> asyncio.Future[int | None]:
        """The count of the last of `n` more hits on `key`, sent with the next batch."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a new event loop (tests): nothing carries over
            self._loop, self._conn, self._waiting, self._sender = loop, None, [], None
            self._ahead, self._reserving = {}, set()
        fut: asyncio.Future[int | None] = loop.create_future()
        self._waiting.append((key, n, fut))
        if self._sender is None:  # nobody is sending: this hit starts the next batch
            self._sender = asyncio.ensure_future(self._send())
        return fut

    def _next(self, subject: str, key: str, count: int) -> None:
        """Far from the limit, and with at most one count left in hand: take the subject's
        next block of counts now, in the background."""
        n = self.block
        if self.limit.requests - count - (n - 1) < self.ahead:
            return
        held = self._ahead.get(subject)
        if subject in self._reserving or (held is not None and len(held[1]) > 1):
            return
        if len(self._ahead) > 100_000:
            self._ahead.clear()
        self._reserving.add(subject)

        def taken(fut: asyncio.Future[int | None]) -> None:
            self._reserving.discard(subject)
            last = None if fut.cancelled() else fut.result()
            if last is None:
                return
            counts = list(range(last - n + 1, last + 1))
            held = self._ahead.get(subject)
            if held is not None and held[0] == key:
                held[1].extend(counts)
            else:
                self._ahead[subject] = (key, counts)

        self._count(key, n).add_done_callback(taken)

    async def _send(self) -> None:
        """Send the waiting hits as one pipeline, again while hits arrived meanwhile."""
        import redis

        try:
            while self._waiting:
                batch, self._waiting = self._waiting, []
                hits: dict[str, int] = {}
                for key, n, _ in batch:
                    hits[key] = hits.get(key, 0) + n
                commands: list[tuple[Any, ...]] = []
                for key, n in hits.items():
                    commands += [("INCRBY", key, n), ("EXPIRE", key, self.limit.seconds * 2)]
                try:  # one write, then the replies in order (pipelined, no MULTI)
                    conn = await self._connection()
                    await conn.send_packed_command(conn.pack_commands(commands), check_health=False)
                    replies = [await conn.read_response() for _ in commands]
                    totals = dict(zip(hits, replies[::2], strict=True))
                except (redis.RedisError, OSError) as exc:
                    await self._drop()
                    self._down(exc)
                    for _, _, fut in batch:
                        if not fut.done():
                            fut.set_result(None)
                    continue
                self._up()
                seen = dict.fromkeys(hits, 0)
                for key, n, fut in batch:  # in arrival order: the first hit gets the lowest count
                    seen[key] += n
                    if not fut.done():
                        fut.set_result(int(totals[key]) - hits[key] + seen[key])
        finally:
            self._sender = None

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.disconnect()

    def _down(self, exc: BaseException) -> None:
        if not self.degraded:
            log.warning("Redis unreachable (%s): rate limits count in process", type(exc).__name__)
        self.degraded, self._down_until = True, time.monotonic() + self.retry_seconds

    def _up(self) -> None:
        if self.degraded:
            log.warning("Redis reachable again: rate limits are shared")
        self.degraded = False

    def status(self) -> str:
        return "memory (redis unreachable)" if self.degraded else "redis"
