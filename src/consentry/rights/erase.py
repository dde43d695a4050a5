"""Erasure: remove an account's or a conversation's conversation text physically and leave a
receipt. The exchange rows stay (ids, times, decision) so datasets can be checked against them;
`erased_at` says the content is gone, and an erasure always wins over any consent. The store
does the removal (consentry.store.erasure); this module decides whether and when."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Connection

from consentry.errors import ConsentryError
from consentry.store import holds
from consentry.store.accounts import account_exists
from consentry.store.conversations import conversation_owner
from consentry.store.erasure import (
    ErasureReceipt,
    erase_account_content,
    erase_conversation_content,
)

__all__ = ["ErasureReceipt", "erase_account", "erase_conversation", "erasure_time"]


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
    if not account_exists(conn, account_id):
        raise ConsentryError(f"unknown account {account_id!r}; nothing was erased.")
    holds.refuse_if_held(conn, account_id)
    return erase_account_content(
        conn, account_id, f"account:{account_id}", reason, actor, erasure_time(at)
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
    owner = conversation_owner(conn, conversation_id)
    if owner is None:
        raise ConsentryError(f"unknown conversation {conversation_id!r}; nothing was erased.")
    holds.refuse_if_held(conn, owner)
    return erase_conversation_content(
        conn,
        conversation_id,
        f"conversation:{conversation_id}",
        reason,
        actor,
        erasure_time(at),
    )


def erasure_time(at: datetime | None) -> datetime:
    """When an erasure is dated: now, or `at` for a replay or an audit (never later than now;
    the audit entry keeps the time it was recorded as well)."""
    recorded = datetime.now(timezone.utc)
    now = recorded if at is None else at.astimezone(timezone.utc)
    if now > recorded:
        raise ConsentryError(
            f"an erasure cannot be dated in the future ({now.isoformat()}); give a past --at or none."
        )
    return now
