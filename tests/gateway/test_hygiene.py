"""Hostile input and privacy: NUL, invalid UTF-8, lone surrogates, deep JSON and huge numbers
are 4xx (or stored safely, for a model's reply) on both backends; database errors carry no
bound values; group commit stores many exchanges in few transactions and keeps the audit chain
whole; CORS lets only the configured origins in."""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime, timezone

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, StatementError

from consentry.gateway.capture import Capture, CaptureWriter
from consentry.store import audit, contentkey
from consentry.store.consents import record_consent
from consentry.store.schema import consent_events, conversations, exchanges

from .conftest import POLICY, SECRET_TEXT, FakeUpstream, chat, client, make_key

HOSTILE: list[tuple[str, bytes]] = [
    ("nul", b'{"model":"m","messages":[{"role":"user","content":"a\\u0000b"}]}'),
    (
        "nul system",
        b'{"model":"m","messages":[{"role":"system","content":"\\u0000"},{"role":"user","content":"x"}]}',
    ),
    (
        "nul conversation",
        b'{"model":"m","conversation_id":"c\\u0000","messages":[{"role":"user","content":"x"}]}',
    ),
    ("invalid utf-8", b'{"model":"m","messages":[{"role":"user","content":"\xff\xfe"}]}'),
    ("lone surrogate", b'{"model":"m","messages":[{"role":"user","content":"\\ud800"}]}'),
    (
        "deep json",
        b'{"model":"m","messages":[{"role":"user","content":"x"}],"x":'
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
    ),
    (
        "huge int",
        b'{"model":"m","messages":[{"role":"user","content":"x"}],"seed":' + b"9" * 5000 + b"}",
    ),
    ("huge float", b'{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":1e999}'),
    ("not an object", b'["model"]'),
    ("empty", b""),
]


@pytest.mark.parametrize("name,body", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_bodies_are_4xx_and_never_reach_the_model(
    engine, upstream, name: str, body: bytes
) -> None:  # noqa: ANN001
    _, key = make_key(engine)
    c = client(engine, upstream, max_request_bytes=1_048_576)
    r = c.post(
        "/v1/chat/completions",
        content=body,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    assert 400 <= r.status_code < 500, (name, r.status_code, r.text)
    assert upstream.seen == []
    assert c.app.state.gateway.writer.drain() and c.app.state.gateway.writer.failed == 0


def test_a_reply_with_nul_or_a_lone_surrogate_is_stored_safely(engine) -> None:  # noqa: ANN001
    fake = FakeUpstream(
        lambda _r: httpx.Response(
            200,
            content=b'{"choices":[{"index":0,"message":{"role":"assistant","content":"a\\u0000b\\udc00"}}]}',
        )
    )
    _, key = make_key(engine)
    r = chat(client(engine, fake), key)
    assert r.status_code == 200, r.text
    with engine.connect() as conn:
        (stored,) = conn.execute(select(exchanges.c.response)).scalars()
    assert stored == "a\ufffdb\ufffd"


def test_database_errors_carry_no_bound_values(engine) -> None:  # noqa: ANN001
    row = {
        "exchange_id": "ex-dup",
        "ts": datetime.now(timezone.utc),
        "account_id": "no-such-account",
        "surface": "api",
        "model": "m",
        "ip": "127.0.0.1",
        "prompt": SECRET_TEXT,
        "input_tokens": 1,
        "output_tokens": 1,
        "tool_count": 0,
        "has_image": False,
        "status": 200,
        "incognito": False,
        "safety_flagged": False,
        "feedback": False,
        "eligible": False,
        "reason": "x",
        "policy_version": "nope",
        "content_sha256": "0",
    }
    with pytest.raises((DBAPIError, StatementError)) as err, engine.begin() as conn:
        conn.execute(exchanges.insert(), [row, row])
    assert SECRET_TEXT not in str(err.value)


def _capture(i: int, account: str = "acc-1", conversation: bool = True) -> Capture:
    return Capture(
        f"ex-{i}",
        datetime.now(timezone.utc),
        account,
        None,
        f"conv-{account}-{i % 3}" if conversation else None,
        "m",
        "127.0.0.1",
        None,
        f"prompt {i}",
        None,
        "reply",
        1,
        1,
        0,
        False,
        200,
        False,
    )


def test_group_commit_stores_concurrent_captures_in_few_transactions(engine) -> None:  # noqa: ANN001
    writer = CaptureWriter(engine, POLICY)

    async def burst() -> list:
        return await asyncio.gather(
            *(writer.submit(_capture(i, f"acc-{i % 4}")) for i in range(200))
        )

    decisions = asyncio.run(burst())
    writer.close()
    assert len(decisions) == 200 and writer.stored == 200 and writer.failed == 0
    assert writer.batches < 200  # several exchanges shared a transaction
    with engine.connect() as conn:
        assert len(conn.execute(select(exchanges.c.exchange_id)).all()) == 200
        assert audit.verify(conn).ok
        assert len(audit.entries_for(conn, "exchange.captured")) == 200


def test_a_bad_exchange_in_a_batch_fails_alone(engine) -> None:  # noqa: ANN001
    writer = CaptureWriter(engine, POLICY)

    async def burst() -> list:
        caps = [_capture(i) for i in range(20)]
        caps[7] = _capture(7, account="acc-2")  # acc-1's conversation: refused
        caps[7].conversation_id = "conv-acc-1-1"
        return await asyncio.gather(*(writer.submit(c) for c in caps), return_exceptions=True)

    results = asyncio.run(burst())
    writer.close()
    failed = [i for i, r in enumerate(results) if isinstance(r, Exception)]
    assert failed == [7] and writer.stored == 19


def test_group_commit_sees_what_other_connections_commit_between_batches(engine) -> None:  # noqa: ANN001
    """SQLite's batches reuse what they read until another connection commits; PostgreSQL's
    read it again in one pipeline. Either way, a consent change, a key rotation and audit
    entries committed elsewhere between two batches count for the next one."""
    writer = CaptureWriter(engine, POLICY)

    async def one(i: int):  # noqa: ANN202
        return await writer.submit(_capture(i))

    before = [asyncio.run(one(i)) for i in range(3)]
    with engine.begin() as conn:  # no audit entry: a cached chain head would still fit
        now = datetime.now(timezone.utc)
        choice = "deny" if before[-1].eligible else "allow"
        event = {"account_id": "acc-1", "ts": now, "choice": choice, "basis": "explicit"}
        conn.execute(consent_events.insert().values(recorded_at=now, **event))
        contentkey.rotate(conn)
    after = asyncio.run(one(3))
    with engine.begin() as conn:
        audit.append(conn, "test.entry", "acc-1", {})
    asyncio.run(one(4))
    writer.close()
    assert after.eligible != before[-1].eligible
    assert writer.failed == 0 and writer.batches == 5  # no batch failed and was retried
    with engine.connect() as conn:
        assert audit.verify(conn).ok
        digest = conn.execute(
            select(exchanges.c.content_sha256).where(exchanges.c.exchange_id == "ex-3")
        ).scalar_one()
        key = contentkey.current_key(conn)
    assert digest == contentkey.content_hmac(key, "prompt 3", None, "reply")


@pytest.mark.parametrize("conversation", [True, False], ids=["pipeline", "one-statement"])
def test_a_writer_that_keeps_what_it_read_still_sees_every_change(engine, conversation) -> None:  # noqa: ANN001
    """Once a PostgreSQL writer has found the chain where it left it a few times, it decides
    batches on what it kept and commits in one round trip (a pipeline when a conversation is
    created or extended, else one statement). A consent change through the store (audited),
    one written behind its back (no audit entry), a key rotation, an audit entry from elsewhere
    and a second writer taking turns with it each count for the very next batch, and no batch
    is lost or stored twice."""
    first, second = CaptureWriter(engine, POLICY), CaptureWriter(engine, POLICY)
    n = iter(range(1000))

    def run(writer: CaptureWriter, times: int = 1):  # noqa: ANN202
        async def one():  # noqa: ANN202
            return await writer.submit(_capture(next(n), conversation=conversation))

        return [asyncio.run(one()) for _ in range(times)][-1]

    def flip(before, audited: bool) -> None:  # noqa: ANN001
        choice = "deny" if before.eligible else "allow"
        with engine.begin() as conn:
            if audited:
                record_consent(conn, "acc-1", choice, at=datetime.now(timezone.utc))
            else:
                now = datetime.now(timezone.utc)
                event = {"account_id": "acc-1", "ts": now, "choice": choice, "basis": "explicit"}
                last = conn.execute(select(func.max(consent_events.c.event_id))).scalar() or 0
                conn.execute(
                    consent_events.insert().values(event_id=last + 1, recorded_at=now, **event)
                )

    before = run(first, 6)
    flip(before, audited=True)
    after = run(first)
    assert after.eligible != before.eligible
    before = run(first, 5)
    flip(before, audited=False)
    assert run(first).eligible != before.eligible
    run(first, 5)
    with engine.begin() as conn:
        contentkey.rotate(conn)
        audit.append(conn, "test.entry", "acc-1", {})
    run(first, 5)
    for _ in range(6):  # two gateway processes taking turns
        run(second)
        run(first)
    first.close()
    second.close()
    stored = 6 + 1 + 5 + 1 + 5 + 5 + 12
    assert first.failed == second.failed == 0
    assert first.stored + second.stored == stored
    with engine.connect() as conn:
        assert audit.verify(conn).ok
        assert conn.execute(select(func.count()).select_from(exchanges)).scalar_one() == stored
        key = contentkey.current_key(conn)
        last = f"ex-{stored - 1}"
        digest = conn.execute(
            select(exchanges.c.content_sha256).where(exchanges.c.exchange_id == last)
        ).scalar_one()
    assert digest == contentkey.content_hmac(key, f"prompt {stored - 1}", None, "reply")
    if engine.dialect.name == "postgresql":  # the one-round-trip path did run
        assert first.batches_io.kept > 0


def test_batches_are_written_from_the_event_loop(engine) -> None:  # noqa: ANN001
    """No thread hand-off on the hot path. SQLite writes every batch on the event loop. A
    PostgreSQL writer, once it keeps what it read, sends its batches (conversations included)
    through the async connection from the loop; only the careful batches (the first ones,
    reads under the lock) run on the writer's thread. Every exchange is stored and chained
    either way, and an exchange naming another account's conversation fails alone."""
    writer = CaptureWriter(engine, POLICY)
    careful: list[str] = []
    real = writer._write

    def spy(batch, attempt: int = 0) -> None:  # noqa: ANN001
        careful.append(threading.current_thread().name)
        real(batch, attempt)

    writer._write = spy  # type: ignore[method-assign]
    sent: list[int] = []  # exchanges per batch sent from the loop, committed or not
    if engine.dialect.name == "postgresql":
        acommit = writer.batches_io.acommit  # type: ignore[attr-defined]

        async def spy_acommit(pg, talks, rows, chained) -> None:  # noqa: ANN001
            sent.append(len(rows))
            await acommit(pg, talks, rows, chained)

        writer.batches_io.acommit = spy_acommit  # type: ignore[attr-defined]

    async def one_by_one() -> list:
        return [await writer.submit(_capture(i)) for i in range(12)]

    async def with_a_bad_one() -> list:
        await writer.submit(_capture(12, "acc-2"))  # its consent read, and kept
        caps = [_capture(i, "acc-2") for i in range(13, 17)]
        caps[2].conversation_id = "conv-acc-1-1"  # acc-1's
        return await asyncio.gather(*(writer.submit(c) for c in caps), return_exceptions=True)

    decisions = asyncio.run(one_by_one())
    on_loop = 12 - len(careful)
    results = asyncio.run(with_a_bad_one())
    writer.close()
    assert len(decisions) == 12 and writer.failed == 1 and writer.stored == 16
    assert [isinstance(r, Exception) for r in results] == [False, False, True, False]
    if engine.dialect.name == "postgresql":
        assert 1 <= 12 - on_loop <= 5 and all(n.startswith("consentry-capture") for n in careful)
        assert sent[: on_loop + 1] == [1] * on_loop + [4]  # the bad batch tried from the loop
    else:
        assert set(careful) == {threading.current_thread().name}
    with engine.connect() as conn:
        assert audit.verify(conn).ok
        assert len(audit.entries_for(conn, "exchange.captured")) == 16
        query = select(conversations.c.conversation_id, conversations.c.account_id)
        owners = {cid: acc for cid, acc in conn.execute(query)}
    assert owners["conv-acc-1-1"] == "acc-1" and owners["conv-acc-2-0"] == "acc-2"


def test_a_kept_batch_fails_on_an_over_long_value_instead_of_cutting_it(engine) -> None:  # noqa: ANN001
    """The one-statement commit casts each value to its column's type without the length, so a
    value longer than its column fails as a plain INSERT would on PostgreSQL (that exchange
    alone, reported as failed), never stored cut short; the batches around it are stored.
    (SQLite does not enforce lengths: there it is stored whole.)"""
    writer = CaptureWriter(engine, POLICY)

    async def run() -> list:
        out = [await writer.submit(_capture(i, conversation=False)) for i in range(6)]
        long = _capture(6, conversation=False)
        long.model = "m" * 300  # the column holds 128
        out.append(await asyncio.gather(writer.submit(long), return_exceptions=True))
        out.append(await writer.submit(_capture(7, conversation=False)))
        return out

    results = asyncio.run(run())
    writer.close()
    with engine.connect() as conn:
        models = set(conn.execute(select(exchanges.c.model)).scalars())
        assert audit.verify(conn).ok
    if engine.dialect.name == "postgresql":
        assert isinstance(results[6][0], Exception) and writer.failed == 1
        assert models == {"m"} and writer.stored == 7 and writer.batches_io.kept > 0
    else:
        assert models == {"m", "m" * 300} and writer.failed == 0


def test_cors_lets_the_configured_origins_in_and_no_other(engine) -> None:  # noqa: ANN001
    fake = FakeUpstream()
    _, key = make_key(engine)
    allowed, other = "https://console.example", "https://elsewhere.example"
    c = client(engine, fake, cors_origins=(allowed,))
    pre = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization",
    }
    ok = c.options("/v1/chat/completions", headers={"Origin": allowed, **pre})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == allowed
    no = c.options("/v1/chat/completions", headers={"Origin": other, **pre})
    assert no.status_code == 400 and "access-control-allow-origin" not in no.headers
    # the answer itself (the OpenAI routes run before FastAPI's stack) carries the origin and
    # exposes consentry's headers to the page
    r = chat(c, key, headers={"Origin": allowed})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == allowed
    exposed = r.headers["access-control-expose-headers"].lower()
    assert "x-consentry-training-eligible" in exposed and "x-request-id" in exposed
    assert "access-control-allow-origin" not in chat(c, key, headers={"Origin": other}).headers
    # no origins configured: no CORS headers at all
    plain = client(engine, fake)
    assert (
        "access-control-allow-origin" not in chat(plain, key, headers={"Origin": allowed}).headers
    )
