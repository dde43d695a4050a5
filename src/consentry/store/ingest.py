"""Bulk load of contract tables (Parquet or JSON Lines) into the store, in batches.

Each exchange is evaluated under the active policy as it is stored, so it carries the
decision in force at its own time. Everything runs in the caller's transaction: a bad row
anywhere leaves the store as it was.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
from sqlalchemy import Connection, select

from consentry.contract import ACCOUNTS, CONSENT_EVENTS, EXCHANGES, Table, count_rows, read_batches
from consentry.errors import ConsentryError
from consentry.policy import (
    Account,
    ConsentEvent,
    ExchangeFlags,
    Policy,
    effective_history,
    evaluate,
)
from consentry.store import audit, ledger
from consentry.store.schema import accounts, exchanges

OnRows = Callable[[str, int], None]


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


def planned_rows(paths: dict[str, Path | None]) -> dict[str, int | None]:
    """Rows per table where cheaply known (Parquet metadata), for progress bars."""
    tables = {"accounts": ACCOUNTS, "consents": CONSENT_EVENTS, "exchanges": EXCHANGES}
    return {k: count_rows(p, tables[k]) if p else 0 for k, p in paths.items()}


def ingest(
    conn: Connection,
    policy: Policy,
    *,
    exchanges_path: Path | None = None,
    accounts_path: Path | None = None,
    consents_path: Path | None = None,
    batch_rows: int = 50_000,
    on_rows: OnRows | None = None,
) -> IngestReport:
    """Load accounts, then consent events, then exchanges (so decisions see the history)."""
    report = IngestReport()
    tick = on_rows or (lambda _table, _n: None)
    if accounts_path:
        for batch in _batches(accounts_path, ACCOUNTS, batch_rows):
            report.accounts += ledger.upsert_accounts(conn, batch.to_pylist())
            tick("accounts", batch.num_rows)
    if consents_path:
        version = ledger.register_policy(conn, policy)
        for batch in _batches(consents_path, CONSENT_EVENTS, batch_rows):
            report.consents += ledger.record_consents(conn, batch.to_pylist(), version)
            tick("consents", batch.num_rows)
    if exchanges_path:
        ledger.register_policy(conn, policy)
        loader = _ExchangeLoader(conn, policy, report)
        for batch in _batches(exchanges_path, EXCHANGES, batch_rows):
            loader.load(batch)
            tick("exchanges", batch.num_rows)
    return report


def _batches(path: Path, table: Table, batch_rows: int) -> Iterator[pa.Table]:
    yield from read_batches(path, table, batch_rows)


class _ExchangeLoader:
    """Evaluates and stores exchange batches; caches tiers and prepared consent histories."""

    def __init__(self, conn: Connection, policy: Policy, report: IngestReport) -> None:
        self.conn, self.policy, self.report = conn, policy, report
        self.tiers: dict[str, str] = {
            r.account_id: r.tier
            for r in conn.execute(select(accounts.c.account_id, accounts.c.tier))
        }
        raw = ledger.all_histories(conn)
        self.histories: dict[str, list[ConsentEvent]] = {
            a: effective_history(policy, tier, raw.get(a, [])) for a, tier in self.tiers.items()
        }

    def load(self, batch: pa.Table) -> None:
        cols = {name: batch.column(name).to_pylist() for name in batch.column_names}
        n = batch.num_rows
        unknown = set(cols["account_id"]) - self.tiers.keys()
        if unknown:
            raise ConsentryError(
                f"exchanges name {len(unknown)} unknown account(s), e.g. {sorted(unknown)[0]!r}; "
                "load them first with --accounts (the store is unchanged)."
            )
        existing = self._existing_ids(cols["exchange_id"])
        policy, rows, spans, seen = self.policy, [], [], set(existing)
        digest = hashlib.sha256()
        for i in range(n):
            ex_id = cols["exchange_id"][i]
            if ex_id in seen:
                self.report.duplicates_skipped += 1
                continue
            seen.add(ex_id)
            ex = {k: v[i] for k, v in cols.items()}
            acc = ex["account_id"]
            flags = ExchangeFlags(
                bool(ex["incognito"]), bool(ex["safety_flagged"]), bool(ex["feedback"])
            )
            d = evaluate(
                policy,
                Account(acc, self.tiers[acc]),
                self.histories[acc],
                ex["ts"],
                flags=flags,
                prepared=True,
            )
            row = ledger.exchange_row(ex, ex["ts"], flags, d)
            rows.append(row)
            self.report.by_reason[d.reason] += 1
            digest.update(
                f"{ex_id}|{row['content_sha256']}|{d.eligible}|{d.reason}|{d.policy_version}\n".encode()
            )
            if ex["conversation_id"]:
                spans.append((ex["conversation_id"], acc, ex["ts"], ex["ts"], flags.incognito))
        if not rows:
            return
        ledger.touch_conversations(self.conn, spans)
        self.conn.execute(exchanges.insert(), rows)
        self.report.exchanges += len(rows)
        audit.append(
            self.conn,
            "exchanges.ingested",
            f"{len(rows)} exchanges",
            {
                "count": len(rows),
                "first_exchange_id": rows[0]["exchange_id"][:128],
                "last_exchange_id": rows[-1]["exchange_id"][:128],
                "decisions_sha256": digest.hexdigest(),
                "policy_version": policy.version,
            },
        )

    def _existing_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 5000):
            chunk = ids[i : i + 5000]
            found.update(
                self.conn.execute(
                    select(exchanges.c.exchange_id).where(exchanges.c.exchange_id.in_(chunk))
                ).scalars()
            )
        return found
