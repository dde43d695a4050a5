"""Bulk load of contract tables (Parquet or JSON Lines) into the store, in batches.

Each exchange is evaluated under the active policy as it is stored, so it carries the
decision in force at its own time. Everything runs in the caller's transaction: a bad row
anywhere leaves the store as it was.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
from sqlalchemy import Boolean, Column, Connection, MetaData, String, Table, select
from sqlalchemy.exc import IntegrityError

from consentry.contract import (
    ACCOUNTS,
    CONSENT_EVENTS,
    EXCHANGES,
    ExchangeRecord,
    count_rows,
    read_batches,
)
from consentry.errors import ConsentryError
from consentry.policy import (
    Account,
    ConsentEvent,
    Decision,
    ExchangeFlags,
    Policy,
    effective_history,
    evaluate,
)
from consentry.progress import Progress, Tally
from consentry.store import audit, contentkey
from consentry.store.accounts import account_tiers, upsert_accounts
from consentry.store.consents import all_histories, record_consents
from consentry.store.conversations import conversations_from_spans
from consentry.store.db import bulk_insert
from consentry.store.dialect import dialect_of
from consentry.store.exchanges import flags_of, stored_row
from consentry.store.policies import register_policy
from consentry.store.schema import UTCDateTime, exchanges

EXCHANGE_FIELDS = tuple(c.name for c in EXCHANGES.columns + EXCHANGES.optional)
T = TypeVar("T")


@dataclass
class IngestReport:
    accounts: int = 0
    consents: int = 0
    exchanges: int = 0
    duplicates_skipped: int = 0
    by_reason: Counter[str] = field(default_factory=Counter)

    @property
    def eligible(self) -> int:
        from consentry.policy import Reason

        allowed = (Reason.ALLOWED, Reason.ALLOWED_DEFAULT, Reason.ALLOWED_DEEMED)
        return sum(n for r, n in self.by_reason.items() if r in allowed)


def _planned_rows(paths: dict[str, Path | None]) -> dict[str, int | None]:
    """Rows per table where cheaply known (Parquet metadata; None for JSON Lines)."""
    tables = {"accounts": ACCOUNTS, "consents": CONSENT_EVENTS, "exchanges": EXCHANGES}
    return {k: count_rows(p, tables[k]) for k, p in paths.items() if p}


def ingest(
    conn: Connection,
    policy: Policy,
    *,
    exchanges_path: Path | None = None,
    accounts_path: Path | None = None,
    consents_path: Path | None = None,
    batch_rows: int = 50_000,
    progress: Progress | None = None,
) -> IngestReport:
    """Load accounts, then consent events, then exchanges (so decisions see the history).
    `progress` gets rows done per table ("accounts", "consents", "exchanges")."""
    report = IngestReport()
    paths = {"accounts": accounts_path, "consents": consents_path, "exchanges": exchanges_path}
    tick = Tally(progress, _planned_rows(paths) if progress else {}).add
    if accounts_path:
        for batch in read_batches(accounts_path, ACCOUNTS, batch_rows):
            report.accounts += upsert_accounts(conn, batch.to_pylist())
            tick("accounts", batch.num_rows)
    if consents_path:
        version = register_policy(conn, policy)
        for batch in read_batches(consents_path, CONSENT_EVENTS, batch_rows):
            report.consents += record_consents(conn, batch.to_pylist(), version)
            tick("consents", batch.num_rows)
    if exchanges_path:
        register_policy(conn, policy)
        _ExchangeLoader(conn, policy, report).run(
            read_batches(exchanges_path, EXCHANGES, batch_rows), lambda n: tick("exchanges", n)
        )
    return report


@dataclass
class _Prepared:
    """One batch, evaluated and ready to write (built off the writer's thread)."""

    rows: list[dict[str, Any]]
    spans: list[dict[str, Any]]
    digest_lines: list[bytes]
    reasons: list[str]


class _ExchangeLoader:
    """Evaluates and stores exchange batches. Reading and evaluating (pure Python) run in a
    producer thread while this thread writes the previous batch: the database releases the GIL
    while it works, so the two overlap on a 2-core machine."""

    def __init__(self, conn: Connection, policy: Policy, report: IngestReport) -> None:
        self.conn, self.policy, self.report = conn, policy, report
        self.tiers = account_tiers(conn)
        raw = all_histories(conn)
        self.histories: dict[str, list[ConsentEvent]] = {
            a: effective_history(policy, tier, raw.get(a, [])) for a, tier in self.tiers.items()
        }
        self.encode_ts = dialect_of(conn).encode_ts
        self.content_hash = contentkey.hasher(conn)
        self.event_times = {a: [e.ts for e in h] for a, h in self.histories.items()}
        self.decisions: dict[tuple[str, int, ExchangeFlags], tuple[Decision, timedelta | None]] = {}
        # Conversation spans are staged in a temporary table and folded into conversations
        # once, set-based, at the end (far cheaper than an upsert per batch).
        self.spans = Table(
            "ingest_spans",
            MetaData(),
            Column("conversation_id", String),
            Column("account_id", String),
            Column("ts", UTCDateTime),
            Column("incognito", Boolean),
            prefixes=["TEMPORARY"],
        )
        # Re-ingesting into a store that already has exchanges skips the ones it holds; into an
        # empty store there is nothing to look up.
        self.check_existing = (
            conn.execute(select(exchanges.c.exchange_id).limit(1)).first() is not None
        )

    def run(self, batches: Iterator[pa.Table], tick: Callable[[int], None]) -> None:
        self.spans.create(self.conn)
        for prepared, n in _in_background((self.prepare(b), b.num_rows) for b in batches):
            self.store(prepared)
            tick(n)
        conversations_from_spans(self.conn, self.spans)
        self.spans.drop(self.conn)

    def prepare(self, batch: pa.Table) -> _Prepared:
        columns = [batch.column(name).to_pylist() for name in EXCHANGE_FIELDS]
        unknown = set(columns[EXCHANGE_FIELDS.index("account_id")]) - self.tiers.keys()
        if unknown:
            raise ConsentryError(
                f"exchanges name {len(unknown)} unknown account(s), e.g. {sorted(unknown)[0]!r}; "
                "load them first with --accounts (the store is unchanged)."
            )
        out = _Prepared([], [], [], [])
        encode, content_hash = self.encode_ts, self.content_hash
        captured_at = encode(datetime.now(timezone.utc))
        for ex in map(ExchangeRecord._make, zip(*columns, strict=True)):
            flags = flags_of(ex)
            d, retain_until = self._decide(ex.account_id, ex.ts, flags)
            ts_text = encode(ex.ts)
            digest = content_hash(ex.prompt, ex.system_prompt, ex.response)
            out.rows.append(
                stored_row(
                    ex,
                    ts_text,
                    flags,
                    d,
                    None if retain_until is None else encode(retain_until),
                    digest,
                    captured_at,
                )
            )
            out.reasons.append(d.reason)
            out.digest_lines.append(
                f"{ex.exchange_id}|{digest}|{d.eligible}|{d.reason}|{d.policy_version}\n".encode()
            )
            if ex.conversation_id:
                out.spans.append(
                    {
                        "conversation_id": ex.conversation_id,
                        "account_id": ex.account_id,
                        "ts": ts_text,
                        "incognito": flags.incognito,
                    }
                )
        return out

    def _decide(
        self, acc: str, ts: datetime, flags: ExchangeFlags
    ) -> tuple[Decision, datetime | None]:
        """The evaluator's decision at capture, memoised: between two events of an account's
        history the decision is the same, and its deadline is the exchange time plus a fixed
        window. The evaluator stays the only place the policy is interpreted."""
        key = (acc, bisect_right(self.event_times[acc], ts), flags)
        hit = self.decisions.get(key)
        if hit is None:
            d = evaluate(
                self.policy,
                Account(acc, self.tiers[acc]),
                self.histories[acc],
                ts,
                flags=flags,
                prepared=True,
            )
            hit = self.decisions[key] = (d, None if d.retain_until is None else d.retain_until - ts)
        d, window = hit
        return d, None if window is None else ts + window

    def store(self, p: _Prepared) -> None:
        keep = self._new_positions([r["exchange_id"] for r in p.rows])
        if len(keep) < len(p.rows):
            self.report.duplicates_skipped += len(p.rows) - len(keep)
            p = _Prepared(
                [p.rows[i] for i in keep],
                p.spans,
                [p.digest_lines[i] for i in keep],
                [p.reasons[i] for i in keep],
            )
        if not p.rows:
            return
        bulk_insert(self.conn, self.spans, p.spans)
        first, last = p.rows[0]["exchange_id"], p.rows[-1]["exchange_id"]
        try:
            bulk_insert(self.conn, exchanges, p.rows)
        except IntegrityError:
            raise ConsentryError(
                "an exchange_id repeats within the input; make ids unique (the store is unchanged)."
            ) from None
        self.report.exchanges += len(p.rows)
        self.report.by_reason.update(p.reasons)
        audit.append(
            self.conn,
            "exchanges.ingested",
            f"{len(p.rows)} exchanges",
            {
                "count": len(p.rows),
                "first_exchange_id": first[:128],
                "last_exchange_id": last[:128],
                "decisions_sha256": hashlib.sha256(b"".join(p.digest_lines)).hexdigest(),
                "policy_version": self.policy.version,
            },
        )

    def _new_positions(self, ids: list[str]) -> list[int]:
        """Positions of ids not already stored and not repeated earlier in this batch."""
        stored: set[str] = set()
        if self.check_existing:
            for i in range(0, len(ids), 5000):
                chunk = ids[i : i + 5000]
                stored.update(
                    self.conn.execute(
                        select(exchanges.c.exchange_id).where(exchanges.c.exchange_id.in_(chunk))
                    ).scalars()
                )
        keep, seen = [], stored
        for i, ex_id in enumerate(ids):
            if ex_id not in seen:
                seen.add(ex_id)
                keep.append(i)
        return keep


_DONE = object()


def _in_background(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """Iterate `items` in a producer thread, `depth` ahead; its exceptions re-raise here."""
    q: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                if stop.is_set():
                    return
                q.put(item)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            q.put(exc)
            return
        q.put(_DONE)

    worker = threading.Thread(target=produce, name="consentry-ingest-reader", daemon=True)
    worker.start()
    try:
        while (item := q.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while worker.is_alive():  # unblock a producer waiting on a full queue
            try:
                q.get_nowait()
            except queue.Empty:
                worker.join(0.05)
