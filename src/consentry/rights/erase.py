"""Erasure: remove an account's or a conversation's conversation text physically and leave a
receipt. The exchange rows stay (ids, times, decision) so datasets can be checked against them;
`erased_at` says the content is gone, and an erasure always wins over any consent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, and_, select

from consentry.errors import ConsentryError
from consentry.store import audit, holds
from consentry.store.schema import accounts, conversations, exchanges


@dataclass(frozen=True)
class ErasureReceipt:
    subject: str  # "account:<id>" or "conversation:<id>"
    exchanges: int  # exchanges whose content was removed by this erasure
    erased_at: datetime
    ids_sha256: str  # hash of the sorted exchange ids, kept in the audit entry
    audit_hash: str


def erase_account(
    conn: Connection,
    account_id: str,
    *,
    reason: str = "user_request",
    actor: str = "user",
    at: datetime | None = None,
) -> ErasureReceipt:
    """Erase the content of every exchange of an account (the right to erasure). A legal hold
    suspends deletion: an account under hold is refused with the matter named."""
    if (
        conn.execute(
            select(accounts.c.account_id).where(accounts.c.account_id == account_id)
        ).first()
        is None
    ):
        raise ConsentryError(f"unknown account {account_id!r}; nothing was erased.")
    holds.refuse_if_held(conn, account_id)
    return erase_where(
        conn, exchanges.c.account_id == account_id, f"account:{account_id}", reason, actor, at
    )


def erase_conversation(
    conn: Connection,
    conversation_id: str,
    *,
    reason: str = "user_request",
    actor: str = "user",
    at: datetime | None = None,
) -> ErasureReceipt:
    """Erase one conversation's content and mark the conversation deleted."""
    row = conn.execute(
        select(conversations.c.deleted_at, conversations.c.account_id).where(
            conversations.c.conversation_id == conversation_id
        )
    ).first()
    if row is None:
        raise ConsentryError(f"unknown conversation {conversation_id!r}; nothing was erased.")
    holds.refuse_if_held(conn, row.account_id)
    receipt = erase_where(
        conn,
        exchanges.c.conversation_id == conversation_id,
        f"conversation:{conversation_id}",
        reason,
        actor,
        at,
    )
    if row.deleted_at is None:
        conn.execute(
            conversations.update()
            .where(conversations.c.conversation_id == conversation_id)
            .values(deleted_at=receipt.erased_at)
        )
    return receipt


def erase_where(  # noqa: PLR0913
    conn: Connection,
    where,  # noqa: ANN001 - a SQLAlchemy condition on exchanges
    subject: str,
    reason: str,
    actor: str,
    at: datetime | None = None,
) -> ErasureReceipt:
    """Remove the content of the exchanges matching `where` (and its keyed hash, so a guessed
    message cannot be confirmed afterwards) and leave one audit receipt. `at` dates the erasure
    for a replay or an audit (never later than now); the receipt keeps both times."""
    recorded = datetime.now(timezone.utc)
    now = recorded if at is None else at.astimezone(timezone.utc)
    if now > recorded:
        raise ConsentryError(
            f"an erasure cannot be dated in the future ({now.isoformat()}); give a past --at or none."
        )
    pending = and_(where, exchanges.c.erased_at.is_(None))
    ids = sorted(conn.execute(select(exchanges.c.exchange_id).where(pending)).scalars())
    if ids:
        conn.execute(
            exchanges.update()
            .where(pending)
            .values(
                prompt=None, system_prompt=None, response=None, content_sha256=None, erased_at=now
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
            "erased_at": now.isoformat(),
        },
        actor=actor,
    )
    return ErasureReceipt(subject, len(ids), now, ids_hash, h)
