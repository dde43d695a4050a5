"""The gateway on every backend: keys are hashed, blocked accounts and bad requests are
refused without echoing text, limits hold per account, and shared ones hold across instances."""

from __future__ import annotations

import os
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from consentry.errors import ConsentryError
from consentry.gateway import GatewayConfig, MemoryLimiter, RateLimit, RedisLimiter, create_app
from consentry.gateway.app import Reply
from consentry.gateway.keys import create_key, revoke_key
from consentry.policy import load_policy
from consentry.store import audit, blocks, unit_of_work
from consentry.store.schema import api_keys, exchanges

POLICY = load_policy("claude-consumer-2025")
SECRET_TEXT = "my diary entry about the lighthouse keeper"
REDIS_URL = os.environ.get("CONSENTRY_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def engine(accounts_store):  # noqa: ANN001, ANN201
    return accounts_store


def _key(engine, account: str = "acc-1") -> tuple[str, str]:  # noqa: ANN001
    with unit_of_work(engine) as conn:
        return create_key(conn, account)


def _client(engine, limiter=None, **kw) -> TestClient:  # noqa: ANN001
    limiter = limiter or MemoryLimiter(RateLimit(100, 60))
    return TestClient(create_app(GatewayConfig(engine, POLICY, limiter, **kw)))


def _chat(client: TestClient, key: str | None, text: str = SECRET_TEXT, **extra):  # noqa: ANN202
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    body = {"model": "m-1", "messages": [{"role": "user", "content": text}], **extra}
    return client.post("/v1/chat/completions", json=body, headers=headers)


def test_exchange_is_captured_with_the_decision_and_the_key_is_only_hashed(engine) -> None:  # noqa: ANN001
    key_id, key = _key(engine)
    r = _chat(_client(engine), key, conversation_id="c-1")
    assert r.status_code == 200, r.text
    body = r.json()
    with engine.connect() as conn:
        row = conn.execute(select(exchanges).where(exchanges.c.exchange_id == body["id"])).one()
        stored_keys = [tuple(k) for k in conn.execute(select(api_keys))]
        assert audit.verify(conn).ok
    assert (row.account_id, row.api_key_id, row.prompt) == ("acc-1", key_id, SECRET_TEXT)
    assert body["consentry"]["training_eligible"] == row.eligible
    assert body["consentry"]["reason"] == row.reason
    assert all(key not in str(v) for k in stored_keys for v in k)


def test_unknown_revoked_and_missing_keys_get_401(engine) -> None:  # noqa: ANN001
    key_id, key = _key(engine)
    client = _client(engine)
    assert _chat(client, None).status_code == 401
    assert _chat(client, "csk_not-a-key").status_code == 401
    with unit_of_work(engine) as conn:
        revoke_key(conn, key_id, "leaked")
    assert _chat(client, key).status_code == 401


def test_blocked_account_is_refused_and_nothing_is_captured(engine) -> None:  # noqa: ANN001
    _, key = _key(engine, "acc-2")
    with unit_of_work(engine) as conn:
        blocks.block(conn, [blocks.Block("acc-2", "distillation campaign", "detector", "C-1")])
    r = _chat(_client(engine), key)
    assert r.status_code == 403 and r.json()["error"]["type"] == "account_blocked"
    with engine.connect() as conn:
        assert conn.execute(select(exchanges.c.exchange_id)).first() is None


def test_bad_requests_get_4xx_without_echoing_text(engine) -> None:  # noqa: ANN001
    _, key = _key(engine)
    client = _client(engine, max_request_bytes=2_048)
    unknown = _chat(client, key, surprise=True)
    assert unknown.status_code == 422 and "surprise" in unknown.text
    assert SECRET_TEXT not in unknown.text
    wrong_type = client.post(
        "/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": [SECRET_TEXT]}]},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert wrong_type.status_code == 422 and SECRET_TEXT not in wrong_type.text
    big = _chat(client, key, text="x " * 5_000)
    assert big.status_code == 413
    with engine.connect() as conn:
        assert conn.execute(select(exchanges.c.exchange_id)).first() is None


def test_upstream_failure_is_502_and_nothing_is_captured(engine) -> None:  # noqa: ANN001
    _, key = _key(engine)

    def broken(_req) -> Reply:  # noqa: ANN001
        raise TimeoutError

    r = _chat(_client(engine, model=broken), key)
    assert r.status_code == 502
    with engine.connect() as conn:
        assert conn.execute(select(exchanges.c.exchange_id)).first() is None


def test_in_process_limit_is_per_account(engine) -> None:  # noqa: ANN001
    _, k1 = _key(engine, "acc-1")
    _, k2 = _key(engine, "acc-2")
    client = _client(engine, MemoryLimiter(RateLimit(2, 60), clock=lambda: 1_000_000.0))
    assert [_chat(client, k1).status_code for _ in range(3)] == [200, 200, 429]
    assert _chat(client, k2).status_code == 200
    refused = _chat(client, k1)
    assert int(refused.headers["Retry-After"]) > 0


def test_redis_limit_is_shared_by_two_gateway_instances(engine) -> None:  # noqa: ANN001
    _, key = _key(engine)
    prefix = f"consentry:test:{uuid.uuid4().hex}"
    frozen = lambda: 2_000_000.0  # noqa: E731 - one window for the whole test

    def instance() -> TestClient:
        return _client(engine, RedisLimiter(REDIS_URL, RateLimit(3, 60), prefix, clock=frozen))

    a, b = instance(), instance()
    codes = [_chat(c, key).status_code for c in (a, b, a, b)]
    assert codes == [200, 200, 200, 429]


def test_rate_limit_text_and_unreachable_redis_are_one_line_errors() -> None:
    assert RateLimit.parse("10/second") == RateLimit(10, 1)
    for bad in ("ten/minute", "0/minute", "5/fortnight"):
        with pytest.raises(ConsentryError, match="N/period"):
            RateLimit.parse(bad)
    with pytest.raises(ConsentryError, match="cannot reach Redis"):
        RedisLimiter("redis://127.0.0.1:1/0", RateLimit(1, 1))
