"""Removing exchange content, for an erasure or a retention purge: the text and its keyed hash
go (so a guessed message cannot be confirmed afterwards), the row stays (ids, times, decision)
with `erased_at` set, and one audit receipt names how many and which (by a hash of the ids).
Functions take the caller's connection and never commit; consentry.rights decides what to
erase and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, and_, select

from consentry.store import audit
from consentry.store.schema import conversations, exchanges


@dataclass(frozen=True)
class ErasureReceipt:
    subject: str  # "account:<id>", "conversation:<id>" or "retention:<date>"
    exchanges: int  # exchanges whose content was removed by this erasure
    erased_at: datetime
    ids_sha256: str  # hash of the sorted exchange ids, kept in the audit entry
    audit_hash: str


def erase_account_content(  # noqa: PLR0913
    conn: Connection, account_id: str, subject: str, reason: str, actor: str, at: datetime
) -> ErasureReceipt:
    """Remove the content of every exchange of an account."""
    return erase_exchanges(conn, exchanges.c.account_id == account_id, subject, reason, actor, at)


def erase_conversation_content(  # noqa: PLR0913
    conn: Connection, conversation_id: str, subject: str, reason: str, actor: str, at: datetime
) -> ErasureReceipt:
    """Remove one conversation's content and mark the conversation deleted (if it was not)."""
    receipt = erase_exchanges(
        conn, exchanges.c.conversation_id == conversation_id, subject, reason, actor, at
    )
    conn.execute(
        conversations.update()
        .where(
            conversations.c.conversation_id == conversation_id,
            conversations.c.deleted_at.is_(None),
        )
        .values(deleted_at=receipt.erased_at)
    )
    return receipt


def erase_exchanges(  # noqa: PLR0913
    conn: Connection,
    where: ColumnElement[bool],
    subject: str,
    reason: str,
    actor: str,
    at: datetime,
) -> ErasureReceipt:
    """Remove the content of the live exchanges matching `where` (a condition on the exchanges
    table, built inside the store) at time `at`, and leave one audit receipt."""
    pending = and_(where, exchanges.c.erased_at.is_(None))
    ids = sorted(conn.execute(select(exchanges.c.exchange_id).where(pending)).scalars())
    if ids:
        conn.execute(
            exchanges.update()
            .where(pending)
            .values(
                prompt=None, system_prompt=None, response=None, content_sha256=None, erased_at=at
            )
        )
    ids_hash = audit.sha256_hex(*ids)
    h = audit.append(
        conn,
        "content.erased",
        subject[: audit.MAX_DETAIL_STRING],
        {
            "exchanges": len(ids),
            "ids_sha256": ids_hash,
            "reason": reason[:64],
            "erased_at": at.isoformat(),
        },
        actor=actor,
    )
    return ErasureReceipt(subject, len(ids), at, ids_hash, h)
