"""Account blocks: accounts the gateway refuses and whose exchanges stay out of training.

A block is never deleted: lifting it stamps `lifted_at`, so the history of who was blocked,
by whom and why stays in the store and in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, Select, select

from consentry.errors import ConsentryError
from consentry.store import audit
from consentry.store.schema import account_blocks

SOURCES = ("operator", "detector")


@dataclass(frozen=True)
class Block:
    account_id: str
    reason: str
    source: str = "operator"
    campaign_id: str | None = None


def active_blocks() -> Select:
    """SELECT of the blocks in force (a subquery the dataset builder and gateway reuse)."""
    return select(account_blocks).where(account_blocks.c.lifted_at.is_(None))


def is_blocked(conn: Connection, account_id: str) -> bool:
    """One indexed lookup: the gateway asks this on every request."""
    q = active_blocks().where(account_blocks.c.account_id == account_id).limit(1)
    return conn.execute(q).first() is not None


def blocked_ids(conn: Connection) -> set[str]:
    return set(conn.execute(select(active_blocks().subquery().c.account_id)).scalars())


def block(conn: Connection, blocks: Iterable[Block]) -> int:
    """Block accounts (already blocked ones are left as they are); returns how many were new."""
    now = datetime.now(timezone.utc)
    current = blocked_ids(conn)
    new: list[Block] = []
    seen: set[str] = set()
    for b in blocks:
        if b.source not in SOURCES:
            raise ConsentryError(f"block source {b.source!r} is not one of {', '.join(SOURCES)}.")
        if not b.account_id or b.account_id in current or b.account_id in seen:
            continue
        seen.add(b.account_id)
        new.append(b)
    if new:
        conn.execute(
            account_blocks.insert(),
            [
                {
                    "account_id": b.account_id,
                    "blocked_at": now,
                    "source": b.source,
                    "reason": b.reason[:255],
                    "campaign_id": b.campaign_id,
                }
                for b in new
            ],
        )
        audit.append_many(
            conn,
            (
                audit.Entry(
                    "account.blocked",
                    b.account_id,
                    {
                        "source": b.source,
                        "campaign_id": b.campaign_id,
                        "reason": b.reason[: audit.MAX_DETAIL_STRING],
                    },
                    actor=b.source,
                )
                for b in new
            ),
        )
    return len(new)


def unblock(conn: Connection, account_id: str, reason: str, actor: str = "operator") -> None:
    res = conn.execute(
        account_blocks.update()
        .where(account_blocks.c.account_id == account_id, account_blocks.c.lifted_at.is_(None))
        .values(lifted_at=datetime.now(timezone.utc), lifted_reason=reason[:255])
    )
    if res.rowcount == 0:
        raise ConsentryError(f"account {account_id!r} is not blocked; see `consentry block list`.")
    audit.append(
        conn,
        "account.unblocked",
        account_id,
        {"reason": reason[: audit.MAX_DETAIL_STRING]},
        actor=actor,
    )


def list_blocks(conn: Connection, include_lifted: bool = False) -> list[dict]:
    q = select(account_blocks) if include_lifted else active_blocks()
    return [dict(r._mapping) for r in conn.execute(q.order_by(account_blocks.c.blocked_at))]
