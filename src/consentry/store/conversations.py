"""Conversations: created and extended by the exchanges that name them, deleted by their user.
A conversation belongs to one account. Functions take the caller's connection and never commit."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, Table, case, func, or_, select, true

from consentry.errors import ConsentryError
from consentry.store import audit
from consentry.store.dialect import Dialect, dialect_of
from consentry.store.schema import conversations, utc


def touch_conversations(
    conn: Connection, spans: list[tuple[str, str, datetime, datetime, bool]]
) -> None:
    """Create or extend conversations from (id, account, first ts, last ts, incognito) spans
    (the single-capture path; bulk ingest uses conversations_from_spans). A conversation
    belongs to one account; a span naming another account's conversation is refused."""
    rows = span_rows(spans)
    if not rows:
        return
    dialect = dialect_of(conn)
    stmt = _extend_existing(dialect.insert(conversations), dialect).returning(
        conversations.c.conversation_id
    )
    written = len(conn.execute(stmt, rows).all())
    if written != len(rows):
        raise ConsentryError(
            f"{len(rows) - written} conversation(s) in the input belong to another account; fix the input."
        )


SPAN_COLUMNS = ["conversation_id", "account_id", "created_at", "last_activity_at", "incognito"]


def span_rows(spans: list[tuple[str, str, datetime, datetime, bool]]) -> list[dict[str, Any]]:
    """One row per conversation from (id, account, first ts, last ts, incognito) spans, its
    spans merged; a conversation under two accounts is refused."""
    merged: dict[str, list[Any]] = {}
    for cid, acc, first, last, inc in spans:
        m = merged.get(cid)
        if m is None:
            merged[cid] = [acc, first, last, inc]
            continue
        if m[0] != acc:
            raise ConsentryError(f"conversation {cid!r} appears under two accounts; fix the input.")
        m[1], m[2], m[3] = min(m[1], first), max(m[2], last), m[3] or inc
    return [
        dict(zip(SPAN_COLUMNS, (cid, acc, first, last, inc), strict=True))
        for cid, (acc, first, last, inc) in merged.items()
    ]


def touch_one_sql(engine: Engine) -> str:
    """One span row's create-or-extend as the driver's SQL (named placeholders), that fails
    (division by zero, aborting the transaction) when the conversation is another account's:
    for a pipeline, where nothing can look at a statement's result before the COMMIT."""
    dialect = dialect_of(engine)
    upsert = _extend_existing(dialect.insert(conversations), dialect).returning(
        conversations.c.conversation_id
    )
    compiled = upsert.compile(dialect=engine.dialect, column_keys=SPAN_COLUMNS)
    return f"WITH t AS ({compiled}) SELECT 1 / count(*) FROM t"


def is_incognito(conn: Connection, conversation_id: str) -> bool:
    """Whether a stored conversation is incognito (any of its exchanges made it so)."""
    return bool(
        conn.execute(
            select(conversations.c.incognito).where(
                conversations.c.conversation_id == conversation_id
            )
        ).scalar_one()
    )


def conversation_owner(conn: Connection, conversation_id: str) -> str | None:
    """The account a stored conversation belongs to (None: no such conversation)."""
    return conn.execute(
        select(conversations.c.account_id).where(conversations.c.conversation_id == conversation_id)
    ).scalar()


def conversations_from_spans(conn: Connection, spans: Table) -> None:
    """Create or extend conversations, set-based, from a table of exchange spans
    (conversation_id, account_id, ts, incognito) staged during a bulk ingest."""
    s, c = spans.c, conversations.c
    clash = conn.execute(
        select(s.conversation_id)
        .group_by(s.conversation_id)
        .having(func.count(func.distinct(s.account_id)) > 1)
        .limit(1)
    ).scalar()
    clash = (
        clash
        or conn.execute(
            select(s.conversation_id)
            .join(conversations, c.conversation_id == s.conversation_id)
            .where(c.account_id != s.account_id)
            .limit(1)
        ).scalar()
    )
    if clash:
        raise ConsentryError(f"conversation {clash!r} appears under two accounts; fix the input.")
    grouped = (
        select(
            s.conversation_id,
            func.min(s.account_id),
            func.min(s.ts),
            func.max(s.ts),
            func.max(case((s.incognito, 1), else_=0)) == 1,
        )
        .where(true())  # SQLite needs a WHERE before ON CONFLICT in INSERT ... SELECT
        .group_by(s.conversation_id)
    )
    dialect = dialect_of(conn)
    insert = dialect.insert(conversations).from_select(
        ["conversation_id", "account_id", "created_at", "last_activity_at", "incognito"], grouped
    )
    conn.execute(_extend_existing(insert, dialect))


def _extend_existing(insert: Any, dialect: Dialect) -> Any:
    """ON CONFLICT: widen the stored conversation's span (only for its own account)."""
    c, new = conversations.c, insert.excluded
    return insert.on_conflict_do_update(
        index_elements=["conversation_id"],
        set_={
            "created_at": dialect.least(c.created_at, new.created_at),
            "last_activity_at": dialect.greatest(c.last_activity_at, new.last_activity_at),
            "incognito": or_(c.incognito, new.incognito),
        },
        where=c.account_id == new.account_id,
    )


def delete_conversation(conn: Connection, conversation_id: str, at: datetime | None = None) -> None:
    """Mark a conversation deleted by its user (the app's delete): it leaves training at once
    and its content is purged after the policy's `deleted` window (`consentry retention purge`)."""
    at = utc(at) if at else datetime.now(timezone.utc)
    res = conn.execute(
        conversations.update()
        .where(
            conversations.c.conversation_id == conversation_id, conversations.c.deleted_at.is_(None)
        )
        .values(deleted_at=at)
    )
    if res.rowcount == 0:
        raise ConsentryError(f"no undeleted conversation {conversation_id!r}; nothing was changed.")
    audit.append(conn, "conversation.deleted", conversation_id, {"at": at.isoformat()})
