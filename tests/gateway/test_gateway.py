"""The gateway on every backend: keys are hashed, the steps run in their order (key before
anything that reads the body), blocked accounts and bad requests are refused without echoing
text, refusals are stored without text, limits hold per account and across instances, and a
Redis outage degrades to in-process limits instead of failing requests."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import select

from consentry.errors import ConsentryError
from consentry.gateway import MemoryLimiter, RateLimit, RedisLimiter
from consentry.gateway.keys import revoke_key
from consentry.store import audit, blocks, unit_of_work
from consentry.store.schema import api_keys, exchanges

from .conftest import SECRET_TEXT, chat, client, make_key

REDIS_URL = os.environ.get("CONSENTRY_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _rows(engine, c=None) -> list:  # noqa: ANN001
    if c is not None:  # refusals are stored without anyone waiting: let the writer finish
        assert c.app.state.gateway.writer.drain()
    with engine.connect() as conn:
        return conn.execute(select(exchanges).order_by(exchanges.c.ts)).all()


def test_exchange_is_captured_with_the_decision_and_the_key_is_only_hashed(
    engine, upstream
) -> None:  # noqa: ANN001
    key_id, key = make_key(engine)
    r = chat(client(engine, upstream), key, conversation_id="c-1")
    assert r.status_code == 200, r.text
    ext = r.json()["consentry"]
    with engine.connect() as conn:
        row = conn.execute(
            select(exchanges).where(exchanges.c.exchange_id == ext["exchange_id"])
        ).one()
        stored_keys = [tuple(k) for k in conn.execute(select(api_keys))]
        assert audit.verify(conn).ok
    assert (row.account_id, row.api_key_id, row.prompt, row.status) == (
        "acc-1",
        key_id,
        SECRET_TEXT,
        200,
    )
    assert (ext["training_eligible"], ext["reason"]) == (row.eligible, row.reason)
    assert r.headers["X-Consentry-Reason"] == row.reason
    assert all(key not in str(v) for k in stored_keys for v in k)


def test_unknown_revoked_and_missing_keys_get_401_before_the_body_is_read(engine, upstream) -> None:  # noqa: ANN001
    key_id, key = make_key(engine)
    c = client(engine, upstream)
    no_key = c.post(
        "/v1/chat/completions", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert no_key.status_code == 401 and no_key.json()["error"]["code"] == "missing_api_key"
    assert chat(c, "csk_not-a-key").status_code == 401
    with unit_of_work(engine) as conn:
        revoke_key(conn, key_id, "leaked")
    assert chat(c, key).status_code == 401
    assert upstream.seen == [] and _rows(engine) == []  # unknown callers leave no row


def test_blocked_account_is_refused_before_shape_and_stored_without_text(engine, upstream) -> None:  # noqa: ANN001
    _, key = make_key(engine, "acc-2")
    with unit_of_work(engine) as conn:
        blocks.block(conn, [blocks.Block("acc-2", "distillation campaign", "detector", "C-1")])
    c = client(engine, upstream)
    r = chat(c, key, surprise_field=[1] * 5, messages="not a list")
    assert r.status_code == 403 and r.json()["error"]["code"] == "account_blocked"
    (row,) = _rows(engine, c)
    assert (row.account_id, row.status, row.reason, row.eligible) == (
        "acc-2",
        403,
        "refused:account_blocked",
        False,
    )
    assert row.prompt is None and row.response is None and upstream.seen == []


def test_bad_requests_get_4xx_without_echoing_text_and_are_recorded(engine, upstream) -> None:  # noqa: ANN001
    _, key = make_key(engine)
    c = client(engine, upstream, max_request_bytes=2_048)
    wrong_type = c.post(
        "/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": [SECRET_TEXT]}]},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert wrong_type.status_code == 422 and SECRET_TEXT not in wrong_type.text
    assert wrong_type.json()["error"]["code"] == "invalid_request"
    big = chat(c, key, text="x " * 5_000)
    assert big.status_code == 413
    rows = _rows(engine, c)
    assert sorted(r.status for r in rows) == [413, 422]
    assert all(
        r.prompt is None and not r.eligible and r.reason.startswith("refused:") for r in rows
    )
    assert upstream.seen == []


def test_conversation_of_another_account_is_refused_before_the_model(engine, upstream) -> None:  # noqa: ANN001
    _, k1 = make_key(engine, "acc-1")
    _, k2 = make_key(engine, "acc-2")
    c = client(engine, upstream)
    assert chat(c, k1, conversation_id="conv-of-1").status_code == 200
    calls = len(upstream.seen)
    r = chat(c, k2, conversation_id="conv-of-1")
    assert r.status_code == 404 and r.json()["error"]["code"] == "conversation_not_found"
    assert len(upstream.seen) == calls


def test_in_process_limit_is_per_account_and_refusals_are_counted(engine, upstream) -> None:  # noqa: ANN001
    _, k1 = make_key(engine, "acc-1")
    _, k2 = make_key(engine, "acc-2")
    c = client(engine, upstream, MemoryLimiter(RateLimit(2, 60), clock=lambda: 1_000_000.0))
    assert [chat(c, k1).status_code for _ in range(3)] == [200, 200, 429]
    assert chat(c, k2).status_code == 200
    refused = chat(c, k1, messages="limit comes before shape")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    metrics = c.get("/metrics").text
    assert 'reason="rate_limited"} 2' in metrics
    assert 'route="chat",status="429"} 2' in metrics
    assert sum(r.status == 429 for r in _rows(engine, c)) == 2


def test_redis_limit_is_shared_by_two_gateway_instances(engine, upstream) -> None:  # noqa: ANN001
    _, key = make_key(engine)
    prefix = f"consentry:test:{uuid.uuid4().hex}"
    frozen = lambda: 2_000_000.0  # noqa: E731 - one window for the whole test

    def instance():  # noqa: ANN202
        return client(
            engine, upstream, RedisLimiter(REDIS_URL, RateLimit(3, 60), prefix, clock=frozen)
        )

    a, b = instance(), instance()
    codes = [chat(x, key).status_code for x in (a, b, a, b)]
    assert codes == [200, 200, 200, 429]
    assert a.get("/healthz").json()["rate_limits"] == "redis"


def test_with_redis_the_limit_still_comes_before_the_body(engine, upstream) -> None:  # noqa: ANN001
    """The Redis round trip runs while the body is read and parsed; the refusals keep their
    order: over the limit is a 429 whatever the body, within it a bad body is a 422 or 413."""
    _, key = make_key(engine)
    prefix = f"consentry:test:{uuid.uuid4().hex}"
    limiter = RedisLimiter(REDIS_URL, RateLimit(3, 60), prefix, clock=lambda: 3_000_000.0)
    c = client(engine, upstream, limiter, max_request_bytes=4096)
    assert chat(c, key, messages="not a list").status_code == 422
    big = c.post(
        "/v1/chat/completions",
        content=b"{" + b" " * 5000 + b"}",
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    assert big.status_code == 413
    assert chat(c, key).status_code == 200
    refused = chat(c, key, messages="not a list")
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limited"
    assert upstream.seen and len(upstream.seen) == 1


def test_unreachable_redis_falls_back_to_in_process_limits_and_says_so(engine, upstream) -> None:  # noqa: ANN001
    _, key = make_key(engine)
    limiter = RedisLimiter("redis://127.0.0.1:1/0", RateLimit(2, 60), timeout=0.2)
    c = client(engine, upstream, limiter)
    assert [chat(c, key).status_code for _ in range(3)] == [200, 200, 429]
    health = c.get("/healthz").json()
    assert health["status"] == "degraded" and "unreachable" in health["rate_limits"]
    assert "consentry_gateway_rate_limit_shared{" in c.get("/metrics").text
    assert 'consentry_gateway_rate_limit_shared{pid="' in c.get("/metrics").text
    assert (
        c.get("/metrics").text.split("consentry_gateway_rate_limit_shared{")[-1].split()[1] == "0"
    )


def test_rate_limit_text_is_a_one_line_error() -> None:
    assert RateLimit.parse("10/second") == RateLimit(10, 1)
    for bad in ("ten/minute", "0/minute", "5/fortnight"):
        with pytest.raises(ConsentryError, match="N/period"):
            RateLimit.parse(bad)


def test_redis_limiter_batches_concurrent_hits_and_counts_each_exactly() -> None:
    """Hits that arrive together go to Redis in one round trip; each still gets the count it
    would have had alone, across two instances and two accounts."""
    import asyncio

    prefix = f"consentry:test:{uuid.uuid4().hex}"
    frozen = lambda: 3_000_000.0  # noqa: E731 - one window for the whole test

    async def burst() -> tuple[list, list]:
        a = RedisLimiter(REDIS_URL, RateLimit(5, 60), prefix, clock=frozen)
        b = RedisLimiter(REDIS_URL, RateLimit(5, 60), prefix, clock=frozen)
        first = await asyncio.gather(*(x.ahit("acct-1") for x in (a, a, a, b, a, b, a, b)))
        other = await asyncio.gather(*(a.ahit("acct-2") for _ in range(3)))
        return first, other

    first, other = asyncio.run(burst())
    assert sum(v.allowed for v in first) == 5
    assert sorted(v.remaining for v in first if v.allowed) == [0, 1, 2, 3, 4]
    assert [v.allowed for v in other] == [True, True, True]
    assert sorted(v.remaining for v in other) == [2, 3, 4]


async def _requests(pick, n: int, verdicts: list) -> list[bool]:  # noqa: ANN001
    """n sequential requests of one account, the i-th on limiter pick(i), each after what the
    previous one took ahead has come back; their verdicts go to `verdicts`. Returns, per
    request, whether it was answered without waiting for Redis."""
    import asyncio

    at_once = []
    for i in range(n):
        x = pick(i)
        now = x.hit_now("acct-1")
        at_once.append(now is not None)
        verdicts.append(now or await x.ahit("acct-1"))
        for _ in range(2000):
            if "acct-1" not in x._reserving:
                break
            await asyncio.sleep(0.001)
    return at_once


def test_redis_limiter_counts_one_hit_ahead_far_from_the_limit_and_never_over_it() -> None:
    """Far from its limit an account's next hit is counted in Redis in the background, so the
    next request is answered without waiting; near the limit every hit waits for Redis. Two
    instances never allow more than the limit together; one that the account leaves holds a
    count taken ahead that nobody uses (one request fewer in that window)."""
    import asyncio

    prefix = f"consentry:test:{uuid.uuid4().hex}"
    frozen = lambda: 4_000_000.0  # noqa: E731 - one window for the whole test
    limit = RateLimit(100, 60)

    async def run() -> tuple[list, list, int]:
        a = RedisLimiter(REDIS_URL, limit, prefix, clock=frozen)
        b = RedisLimiter(REDIS_URL, limit, prefix, clock=frozen)
        assert a.ahead == 10 and a.hit_now("acct-1") is None  # nothing counted ahead yet
        verdicts: list = []
        pick = lambda i: a if i < 50 and i % 2 == 0 else b  # noqa: E731 - turns, then b alone
        at_once = await _requests(pick, 130, verdicts)
        return verdicts, at_once, int(await redis_count(prefix))

    async def redis_count(prefix: str) -> int:
        import redis.asyncio

        r = redis.asyncio.from_url(REDIS_URL)
        try:
            return int(await r.get(f"{prefix}:acct-1:{int(frozen()) // 60}"))
        finally:
            await r.aclose()

    verdicts, at_once, counted = asyncio.run(run())
    allowed = sum(v.allowed for v in verdicts)
    assert counted == 130 + 1  # every hit counted once, and a's count taken ahead
    assert allowed == limit.requests - 1  # never over the limit; a's unused count is lost
    assert not any(at_once[:2]) and all(at_once[2:85])  # far from it: no wait after the first
    assert not any(at_once[96:])  # near and over it: every hit waits for its own count
    assert not any(v.allowed for v in verdicts[99:])


def test_redis_limiter_takes_counts_ahead_in_blocks_and_never_over_the_limit() -> None:
    """With a block of counts taken ahead, a busy account's requests go to Redis once per block
    instead of once each, and are answered without waiting; two instances taking turns still
    never allow more than the limit together, each losing at most a block and one count it had
    taken ahead; every count an allowed request got is its own (no two requests share one)."""
    import asyncio

    prefix = f"consentry:test:{uuid.uuid4().hex}"
    frozen = lambda: 5_000_000.0  # noqa: E731 - one window for the whole test
    limit, block = RateLimit(600, 60), 8

    async def run() -> tuple[list, list, list]:
        a = RedisLimiter(REDIS_URL, limit, prefix, clock=frozen, block=block)
        b = RedisLimiter(REDIS_URL, limit, prefix, clock=frozen, block=block)
        sent: list[int] = []  # the request during which each round trip's hits were asked for
        verdicts: list = []
        for x in (a, b):
            real = x._count

            def counted(key, n=1, real=real):  # noqa: ANN001, ANN202
                sent.append(len(verdicts))
                return real(key, n)

            x._count = counted  # type: ignore[method-assign]
        pick = lambda i: a if (i // 37) % 2 == 0 else b  # noqa: E731 - runs on each in turn
        at_once = await _requests(pick, 700, verdicts)
        return verdicts, at_once, sent

    verdicts, at_once, sent = asyncio.run(run())
    allowed = [v for v in verdicts if v.allowed]
    assert limit.requests - 2 * (block + 1) <= len(allowed) <= limit.requests
    remaining = [v.remaining for v in allowed]
    assert len(set(remaining)) == len(remaining)  # each allowed request its own count
    assert not any(v.allowed for v in verdicts[limit.requests :])
    assert sum(i < 500 for i in sent) < 500 / 4  # far from it: a round trip per block
    assert sum(at_once[:500]) > 400  # far from the limit, most requests wait for nothing
    assert not any(at_once[-50:])  # over the limit every hit waits for its own count


def test_a_key_read_once_for_requests_that_miss_its_cache_together(engine, upstream) -> None:  # noqa: ANN001
    """When a key's cached answer expires under load, concurrent requests share one read."""
    import asyncio

    from consentry.gateway.pipeline import Gateway

    _, key = make_key(engine)
    gw = client(engine, upstream, auth_cache_seconds=60).app.state.gateway
    assert isinstance(gw, Gateway)
    reads = []
    real = gw.admission.lookup
    gw.admission.lookup = lambda token: reads.append(token) or real(token)  # type: ignore[method-assign]

    async def together() -> list:
        return await asyncio.gather(*(gw._lookup(key) for _ in range(20)))

    callers = asyncio.run(together())
    assert len(reads) == 1 and len({c.account_id for c in callers}) == 1
    assert gw.admission.cached(key) == (True, callers[0])
