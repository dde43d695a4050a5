"""Group commit: the gateway's captures, written one batch at a time in shared transactions.

A request hands its exchange to the writer and waits for the commit that holds it, so a 200
still means "stored". While one transaction commits, the exchanges that arrive meanwhile queue
up and go into the next one together: one policy check, one consent read per account, one
multi-row INSERT and one audit append (one chain lock on PostgreSQL) per batch instead of per
request. Idle, a batch is a single exchange and waits for nothing. A batch that fails is
retried one exchange per transaction, so a bad exchange fails alone.

Account tiers are cached for a short time (they change rarely; consent is read every batch)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from consentry.contract import ExchangeRecord
from consentry.policy import Account, Decision, ExchangeFlags, Policy, evaluate
from consentry.store import audit, contentkey
from consentry.store.conversations import span_rows, touch_conversations
from consentry.store.exchanges import driver_rows, insert_decided, stored_row
from consentry.store.groupcommit import PostgresBatches, Reads, StaleReads, batches_for
from consentry.store.policies import register_policy
from consentry.store.schema import accounts, utc

log = logging.getLogger("consentry.gateway")

REFUSED = "gateway_refused"  # reason stored with refused requests (never eligible, no text)
EMBEDDING = "embedding_not_trained"  # reason stored with embeddings requests


@dataclass(slots=True)
class Capture:
    """One exchange as the gateway saw it (contract columns; `fixed_reason` forces
    ineligibility with that reason, for refusals and embeddings)."""

    exchange_id: str
    ts: datetime
    account_id: str
    api_key_id: str | None
    conversation_id: str | None
    model: str
    ip: str
    user_agent: str | None
    prompt: str | None
    system_prompt: str | None
    response: str | None
    input_tokens: int
    output_tokens: int
    tool_count: int
    has_image: bool
    status: int
    incognito: bool
    fixed_reason: str | None = None
    idempotent: bool = False  # its id comes from an Idempotency-Key: it may be stored already

    def record(self) -> ExchangeRecord:
        """The contract's record (a refusal's prompt is None: it is stored without text)."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in LOCAL}
        return ExchangeRecord(
            **values, surface="api", country=None, safety_flagged=False, feedback=False
        )


LOCAL = ("fixed_reason", "idempotent")  # Capture's fields that are not contract columns


class CaptureFailed(Exception):
    """The exchange could not be stored; the message names the error type, never the text."""


# Where a backend's batches are written. SQLite's commit is CPU work without a disk flush (WAL,
# synchronous=NORMAL), so a batch is written on the event loop between requests. PostgreSQL's
# commit waits for the server's flush, so a batch is sent from the event loop through psycopg's
# async connection and the loop serves other requests while it waits: no thread hand-off on
# the way in or out. That covers the batches decided on what the writer kept (one pipeline);
# the others (reads under the lock, a tier to look up, a conversation to create, an
# Idempotency-Key, a retry) go the careful way, the synchronous code on a thread of the
# writer's own, awaited by the same loop, so batches still run one at a time.
ON_LOOP = {"sqlite": True, "postgresql": False}


class CaptureWriter:
    """One writer per gateway process; requests await their batch's commit."""

    def __init__(
        self, engine: Engine, policy: Policy, *, max_batch: int = 512, tier_ttl: float = 30.0
    ) -> None:
        self.engine, self.policy = engine, policy
        self.on_loop = ON_LOOP.get(engine.dialect.name, False)
        self._pending: list[Any] = []
        self._flush_lock = threading.RLock()
        self._count_lock = threading.Lock()
        self.max_batch, self.tier_ttl = max_batch, tier_ttl
        self._registered = False
        self._tiers: dict[str, tuple[Account, float]] = {}
        self.batches = self.stored = self.failed = 0
        self._inflight = 0
        self._conn: Connection | None = None
        self.batches_io = batches_for(engine)
        # PostgreSQL: the loop whose task writes the batches, its async connection, and the
        # thread the careful batches run on
        self._aloop: asyncio.AbstractEventLoop | None = None
        self._flusher: asyncio.Task[None] | None = None
        self._aconn: Any = None
        self._thread: ThreadPoolExecutor | None = None

    @property
    def depth(self) -> int:
        """Exchanges handed over and not yet committed (or failed)."""
        return len(self._pending) + self._inflight

    def submit(self, cap: Capture) -> asyncio.Future[Decision]:
        """Queue a capture; the future resolves after the commit that stores it."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Decision] = loop.create_future()
        self._put((cap, loop, fut))
        return fut

    def enqueue(self, cap: Capture) -> None:
        """Queue a capture nobody waits for (refusals, streams the client left)."""
        self._put((cap, None, None))

    def _put(self, item: Any) -> None:
        loop = asyncio.get_running_loop()
        self._pending.append(item)
        if self.on_loop:
            if len(self._pending) == 1:  # first of a batch: write once this loop turn is done
                loop.call_soon(self._flush)
            return
        if loop is not self._aloop:  # a new event loop (tests run several): start afresh
            self._aloop, self._flusher = loop, None
            self._drop_aconn()
        if self._flusher is None:  # nobody is writing: this capture starts the next batch
            self._flusher = loop.create_task(self._aflush())

    def _flush(self) -> None:
        with self._flush_lock:
            while self._pending:
                batch = self._pending[: self.max_batch]
                del self._pending[: self.max_batch]
                self._count(len(batch))
                self._write_counted(batch)

    def _count(self, n: int) -> None:
        """Exchanges taken off the queue (+) or settled (-), from any thread."""
        with self._count_lock:
            self._inflight += n

    def _write_counted(self, batch: list[Any]) -> None:
        with self._flush_lock:  # one synchronous batch at a time, whichever loop asked
            try:
                self._write(batch)
            finally:
                self._count(-len(batch))

    def _loop_gone(self) -> bool:
        return self._aloop is None or self._aloop.is_closed()

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (tests, shutdown); False on timeout."""
        if self._pending and (self.on_loop or self._loop_gone()):
            self._flush()  # the loop that queued them is gone (a test client's)
        end = time.monotonic() + timeout
        while self.depth and time.monotonic() < end:
            time.sleep(0.002)
        return not self.depth

    async def aclose(self) -> None:
        """From the loop: let its batches finish, then `close`."""
        while self._flusher is not None and self._aloop is asyncio.get_running_loop():
            await asyncio.shield(self._flusher)
        if self._aconn is not None:
            with contextlib.suppress(Exception):
                await self._aconn.close()
            self._aconn = None
        await asyncio.to_thread(self.close)

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued (if its loop is gone), then close the connections."""
        if self.on_loop or self._loop_gone():
            self._flush()
        if self._thread is not None:
            self._thread.shutdown(wait=True)
            self._thread = None
        self._drop_aconn()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.batches_io.close()

    # -- PostgreSQL: batches written from the event loop ----------------------------------
    async def _aflush(self) -> None:
        """Write the pending captures, again while captures arrived during a commit."""
        try:
            while self._pending:
                batch = self._pending[: self.max_batch]
                del self._pending[: self.max_batch]
                await self._awrite(batch)
        finally:
            if self._flusher is asyncio.current_task():
                self._flusher = None

    async def _awrite(self, batch: list[Any]) -> None:
        caps = [b[0] for b in batch]
        accts = self._kept_accounts(caps)
        self._count(len(batch))
        if accts is not None:
            try:
                decisions, head = await self._astore(caps, accts)
            except asyncio.CancelledError:  # its loop is closing (a test client's request)
                self._drop_aconn()
                self._pending[:0] = batch  # written by the next loop, or by drain / close
                self._count(-len(batch))
                raise
            except StaleReads:
                pass  # another writer came between: the careful way reads again, under the lock
            except Exception:  # noqa: BLE001 - the careful way retries it and reports failures
                self._drop_aconn()
            else:
                self.batches_io.committed(head)
                self.batches += 1
                self.stored += len(batch)
                for item, decision in zip(batch, decisions, strict=True):
                    _settle(item, decision, None)
                self._count(-len(batch))
                return
        if self._thread is None:
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="consentry-capture")
        loop = asyncio.get_running_loop()
        written: asyncio.Future[None] = loop.create_future()

        def wake() -> None:
            if not written.done():
                written.set_result(None)

        def run() -> None:  # written (and counted off) even if this loop closes meanwhile
            try:
                self._write_counted(batch)
            finally:
                with contextlib.suppress(RuntimeError):  # a closed loop: nobody is waiting
                    loop.call_soon_threadsafe(wake)

        self._thread.submit(run)
        await written

    def _kept_accounts(self, caps: list[Capture]) -> dict[str, Account] | None:
        """The batch's accounts when it can be written in one round trip from the loop: the
        policy registered, every tier cached, no Idempotency-Key, and consent histories kept
        for every account (see PostgresBatches)."""
        io = self.batches_io
        if not self._registered or not isinstance(io, PostgresBatches):
            return None
        now, accts = time.monotonic(), {}
        for c in caps:
            hit = self._tiers.get(c.account_id)
            if c.idempotent:
                return None
            if hit is None or hit[1] <= now:
                return None
            accts[c.account_id] = hit[0]
        return accts if io.keeps(list(accts)) else None

    async def _astore(
        self, caps: list[Capture], accts: dict[str, Account]
    ) -> tuple[list[Decision], tuple[int, str]]:
        io = self.batches_io
        assert isinstance(io, PostgresBatches)
        got = io.kept_reads(list(accts))
        decisions, rows = self._decide(caps, accts, got)
        chained = self._chain(got, rows)
        talks = span_rows(self._spans(caps))
        for t in talks:
            t["created_at"] = io.encode_ts(t["created_at"])
            t["last_activity_at"] = io.encode_ts(t["last_activity_at"])
        conn = await self._async_connection()
        await io.acommit(conn, talks, driver_rows(io.encode_ts, rows), chained)
        return decisions, (chained[-1]["seq"], chained[-1]["hash"])

    async def _async_connection(self) -> Any:
        """The writer's psycopg async connection, made with the engine's own arguments, in
        autocommit mode (see PostgresBatches.acommit)."""
        if self._aconn is None:
            import psycopg

            args, kwargs = self.engine.dialect.create_connect_args(self.engine.url)
            self._aconn = await psycopg.AsyncConnection.connect(*args, **kwargs, autocommit=True)
        return self._aconn

    def _drop_aconn(self) -> None:
        conn, self._aconn = self._aconn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.pgconn.finish()  # no await: its loop may be gone

    def _write(self, batch: list[Any], attempt: int = 0) -> None:
        try:
            if not self._registered:
                self._register()
            conn = self._connection()
            with conn.begin():
                self.batches_io.begin(conn)
                decisions, head = self._store(conn, [b[0] for b in batch])
        except StaleReads:  # another writer came between: read again, under the lock
            self._write(batch, attempt)
            return
        except Exception as exc:  # noqa: BLE001 - retried alone, then reported by type only
            self._disconnect()  # the next attempt starts from a fresh connection
            if len(batch) > 1:
                for item in batch:
                    self._write([item])
                return
            if attempt == 0:  # a clash with another writer (e.g. both registering the policy)
                self._write(batch, 1)
                return
            self.failed += 1
            log.warning("capture failed: %s", type(exc).__name__)
            _settle(batch[0], None, CaptureFailed(type(exc).__name__))
            return
        self.batches_io.committed(head)
        self._registered = True
        self.batches += 1
        self.stored += len(batch)
        for item, decision in zip(batch, decisions, strict=True):
            _settle(item, decision, None)

    def _store(self, conn: Any, caps: list[Capture]) -> tuple[list[Decision], tuple[int, str]]:
        """Decide, insert and commit one batch; returns the decisions and the new chain head."""
        accts = self._accounts(conn, {c.account_id for c in caps})
        live = self._spans(caps)
        if live:
            touch_conversations(conn, live)
        io = self.batches_io
        got = io.reads(conn, list(accts))
        decisions, rows = self._decide(caps, accts, got)
        # An Idempotency-Key's exchange may be stored already: inserted the careful way
        # (ON CONFLICT DO NOTHING), and chained only if it was new.
        may_exist = {c.exchange_id for c in caps if c.idempotent}
        fresh = [r for r in rows if r["exchange_id"] not in may_exist]
        new = {r["exchange_id"] for r in fresh}
        if may_exist:
            others = [r for r in rows if r["exchange_id"] in may_exist]
            new |= insert_decided(conn, others, may_exist=may_exist)
        chained = self._chain(got, [r for r in rows if r["exchange_id"] in new])
        io.commit(conn, driver_rows(io.encode_ts, fresh), chained)
        head = (chained[-1]["seq"], chained[-1]["hash"]) if chained else got.head
        return decisions, head

    @staticmethod
    def _spans(caps: list[Capture]) -> list[tuple[str, str, datetime, datetime, bool]]:
        """The conversations the batch creates or extends (refusals leave them alone)."""
        return [
            (c.conversation_id, c.account_id, c.ts, c.ts, c.incognito)
            for c in caps
            if c.conversation_id and c.fixed_reason is None
        ]

    def _decide(
        self, caps: list[Capture], accts: dict[str, Account], got: Reads
    ) -> tuple[list[Decision], list[dict[str, Any]]]:
        """The batch's decisions and stored rows (CPU only)."""
        captured_at = datetime.now(timezone.utc)
        decisions, rows = [], []
        for c in caps:
            flags = ExchangeFlags(c.incognito)
            # Incognito is per exchange (docs/policy.md): the conversation's flag does not decide.
            d = evaluate(
                self.policy,
                accts[c.account_id],
                got.histories.get(c.account_id, ()),
                utc(c.ts),
                flags=flags,
            )
            if c.fixed_reason:
                d = Decision(False, c.fixed_reason, d.policy_version, d.retain_until, "not_allowed")
            decisions.append(d)
            digest = contentkey.content_hmac(got.key, c.prompt, c.system_prompt, c.response)
            rows.append(
                stored_row(c.record(), utc(c.ts), flags, d, d.retain_until, digest, captured_at)
            )
        return decisions, rows

    def _chain(self, got: Reads, rows: list[dict[str, Any]]) -> list[dict]:
        """The audit entries of the batch's new rows, chained after the head it read."""
        return audit.chain_rows(
            self.batches_io.encode_ts,
            got.head,
            [
                audit.Entry(
                    "exchange.captured",
                    r["exchange_id"],
                    {
                        "account_id": r["account_id"],
                        "content_sha256": r["content_sha256"],
                        "eligible": r["eligible"],
                        "reason": r["reason"],
                        "policy_version": r["policy_version"],
                        "status": r["status"],
                    },
                )
                for r in rows
            ],
        )

    def _connection(self) -> Connection:
        """The writer's own connection, kept between batches: no pool checkout and no
        liveness ping per batch (a failed batch drops it, and the next one reconnects)."""
        if self._conn is None:
            self._conn = self.engine.connect()
        return self._conn

    def _disconnect(self) -> None:
        self.batches_io.forget()
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.invalidate()
                conn.close()

    def _register(self) -> None:
        """Register the policy in a transaction of its own: writers of other processes may do
        it at the same moment, and the one that loses the race finds it there."""
        for _ in range(2):
            try:
                with self.engine.begin() as conn:
                    register_policy(conn, self.policy)
                return
            except IntegrityError:
                continue

    def _accounts(self, conn: Any, ids: set[str]) -> dict[str, Account]:
        now = time.monotonic()
        found = {a: hit[0] for a in ids if (hit := self._tiers.get(a)) and hit[1] > now}
        missing = list(ids - found.keys())
        if missing:
            q = select(accounts.c.account_id, accounts.c.tier)
            for acc_id, tier in conn.execute(q.where(accounts.c.account_id.in_(missing))):
                found[acc_id] = Account(acc_id, tier)
                self._tiers[acc_id] = (found[acc_id], now + self.tier_ttl)
            if len(self._tiers) > 100_000:
                self._tiers.clear()
        return found


def _settle(item: Any, result: Decision | None, error: Exception | None) -> None:
    _, loop, fut = item
    if loop is None:
        return

    def done() -> None:
        if fut.done():
            return
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(result)

    try:
        here = asyncio.get_running_loop()
    except RuntimeError:
        here = None
    if here is loop:  # written on the loop itself: no wake-up needed
        done()
        return
    with contextlib.suppress(RuntimeError):  # a closed loop (shutdown): nobody is waiting
        loop.call_soon_threadsafe(done)
