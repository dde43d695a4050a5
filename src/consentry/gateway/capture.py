"""Group commit: the gateway's captures, written by one thread in shared transactions.

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
import queue
import threading
import time
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from consentry.contract import ExchangeRecord
from consentry.policy import Account, Decision, ExchangeFlags, Policy, evaluate
from consentry.store import audit, contentkey
from consentry.store.conversations import touch_conversations
from consentry.store.exchanges import driver_rows, insert_decided, stored_row
from consentry.store.groupcommit import StaleReads, batches_for
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


_STOP = object()


# Where a backend's batches are written: SQLite's commit is CPU work without a disk flush (WAL,
# synchronous=NORMAL), so it runs on the event loop between requests, sparing two thread
# hand-offs per batch; PostgreSQL's commit waits for the server's flush, so it runs on a
# thread while the loop serves other requests.
ON_LOOP = {"sqlite": True, "postgresql": False}


class CaptureWriter:
    """One writer per gateway process; requests await their batch's commit."""

    def __init__(
        self, engine: Engine, policy: Policy, *, max_batch: int = 512, tier_ttl: float = 30.0
    ) -> None:
        self.engine, self.policy = engine, policy
        self.on_loop = ON_LOOP.get(engine.dialect.name, False)
        self._pending: list[Any] = []
        self._flush_lock = threading.Lock()
        self.max_batch, self.tier_ttl = max_batch, tier_ttl
        self._q: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._registered = False
        self._tiers: dict[str, tuple[Account, float]] = {}
        self.batches = self.stored = self.failed = 0
        self._inflight = 0
        self._conn: Connection | None = None
        self.batches_io = batches_for(engine)

    @property
    def depth(self) -> int:
        """Exchanges handed over and not yet committed (or failed)."""
        return self._q.qsize() + len(self._pending) + self._inflight

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
        if self.on_loop:
            self._pending.append(item)
            if len(self._pending) == 1:  # first of a batch: write once this loop turn is done
                asyncio.get_running_loop().call_soon(self._flush)
            return
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    self._thread = threading.Thread(
                        target=self._run, name="consentry-capture", daemon=True
                    )
                    self._thread.start()
        self._q.put(item)

    def _flush(self) -> None:
        with self._flush_lock:
            while self._pending:
                batch = self._pending[: self.max_batch]
                del self._pending[: self.max_batch]
                self._inflight = len(batch)
                self._write(batch)
                self._inflight = 0

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (tests, shutdown); False on timeout."""
        if self._pending:  # the loop that queued them may be gone (a test client's)
            self._flush()
        end = time.monotonic() + timeout
        while self.depth and time.monotonic() < end:
            time.sleep(0.002)
        return not self.depth

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop the thread."""
        self._flush()
        if self._thread is not None:
            self._q.put(_STOP)
            self._thread.join(timeout)
            self._thread = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.batches_io.close()

    def _run(self) -> None:
        while True:
            item = self._q.get()
            if item is _STOP:
                return
            batch, stop = [item], False
            while len(batch) < self.max_batch:
                try:
                    nxt = self._q.get_nowait()
                except queue.Empty:
                    break
                if nxt is _STOP:
                    stop = True
                    break
                batch.append(nxt)
            self._inflight = len(batch)
            self._write(batch)
            self._inflight = 0
            if stop:
                return

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
        live = [
            (c.conversation_id, c.account_id, c.ts, c.ts, c.incognito)
            for c in caps
            if c.conversation_id and c.fixed_reason is None
        ]
        if live:
            touch_conversations(conn, live)
        io = self.batches_io
        got = io.reads(conn, list(accts))
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
        # An Idempotency-Key's exchange may be stored already: inserted the careful way
        # (ON CONFLICT DO NOTHING), and chained only if it was new.
        may_exist = {c.exchange_id for c in caps if c.idempotent}
        fresh = [r for r in rows if r["exchange_id"] not in may_exist]
        new = {r["exchange_id"] for r in fresh}
        if may_exist:
            others = [r for r in rows if r["exchange_id"] in may_exist]
            new |= insert_decided(conn, others, may_exist=may_exist)
        chained = audit.chain_rows(
            io.encode_ts,
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
                if r["exchange_id"] in new
            ],
        )
        io.commit(conn, driver_rows(io.encode_ts, fresh), chained)
        head = (chained[-1]["seq"], chained[-1]["hash"]) if chained else got.head
        return decisions, head

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
