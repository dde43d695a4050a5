"""Legal holds: while an account is under hold, nothing of it is deleted — neither by the
retention purge nor by an erasure request — and placing or releasing a hold is audited."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Select, select

from consentry.errors import ConsentryError
from consentry.store import audit
from consentry.store.accounts import get_account
from consentry.store.schema import legal_holds


def active_holds() -> Select:
    """SELECT of the holds in force (a subquery the purge and erasure reuse)."""
    return select(legal_holds).where(legal_holds.c.released_at.is_(None))


def place(conn: Connection, account_id: str, matter: str) -> int:
    """Put an account under legal hold for a matter; returns the hold id."""
    get_account(conn, account_id)
    if not matter.strip():
        raise ConsentryError("a legal hold needs the matter it is for (--matter).")
    hold_id = conn.execute(
        legal_holds.insert()
        .values(account_id=account_id, placed_at=datetime.now(timezone.utc), matter=matter[:255])
        .returning(legal_holds.c.hold_id)
    ).scalar_one()
    audit.append(
        conn,
        "hold.placed",
        account_id,
        {"hold_id": hold_id, "matter": matter[: audit.MAX_DETAIL_STRING]},
        actor="legal",
    )
    return hold_id


def release(conn: Connection, account_id: str, reason: str) -> int:
    """Release every hold on an account; returns how many were released."""
    res = conn.execute(
        legal_holds.update()
        .where(legal_holds.c.account_id == account_id, legal_holds.c.released_at.is_(None))
        .values(released_at=datetime.now(timezone.utc))
    )
    if res.rowcount == 0:
        raise ConsentryError(
            f"account {account_id!r} is not under legal hold; see `consentry hold list`."
        )
    audit.append(
        conn,
        "hold.released",
        account_id,
        {"holds": res.rowcount, "reason": reason[: audit.MAX_DETAIL_STRING]},
        actor="legal",
    )
    return res.rowcount


def active_hold(conn: Connection, account_id: str) -> Any:
    """One active hold on the account (a row with its matter), or None."""
    return conn.execute(
        active_holds().where(legal_holds.c.account_id == account_id).limit(1)
    ).first()


def refuse_if_held(conn: Connection, account_id: str) -> None:
    """Raise if the account is under hold: deletion is suspended while it lasts."""
    hold = active_hold(conn, account_id)
    if hold is not None:
        raise ConsentryError(
            f"account {account_id!r} is under legal hold ({hold.matter}); deletion is suspended "
            "until `consentry hold release` — nothing was erased."
        )


def list_holds(conn: Connection) -> list[dict]:
    return [
        dict(r._mapping) for r in conn.execute(active_holds().order_by(legal_holds.c.placed_at))
    ]
