"""Everything the store holds about one account (the data subject): its rows in every table,
for the export a user can ask for. Reads only; the caller's connection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from consentry.store import audit
from consentry.store.accounts import get_account
from consentry.store.schema import (
    accounts,
    conversations,
    dataset_records,
    dataset_removals,
    datasets,
    exchanges,
)


@dataclass(frozen=True)
class SubjectRecords:
    """Rows as read (SQLAlchemy rows: attribute access and `._mapping`)."""

    account: Any
    conversations: list[Any]
    exchanges: list[Any]
    datasets_used: list[Any]  # one row per dataset version, with the records it took
    dataset_removals: list[Any]
    audit_receipts: list[Any]


def subject_records(conn: Connection, account_id: str) -> SubjectRecords:
    """The account's rows; an unknown account raises the usual one-line error."""
    account = conn.execute(select(accounts).where(accounts.c.account_id == account_id)).first()
    if account is None:
        get_account(conn, account_id)  # raises
    convs = conn.execute(
        select(conversations)
        .where(conversations.c.account_id == account_id)
        .order_by(conversations.c.created_at)
    ).all()
    rows = conn.execute(
        select(exchanges).where(exchanges.c.account_id == account_id).order_by(exchanges.c.ts)
    ).all()
    d = datasets.c
    used = conn.execute(
        select(
            d.dataset_id,
            d.version,
            d.built_at,
            d.superseded_by,
            d.policy_version,
            func.count().label("records"),
        )
        .join(dataset_records, dataset_records.c.dataset_id == d.dataset_id)
        .where(dataset_records.c.account_id == account_id)
        .group_by(d.dataset_id, d.version, d.built_at, d.superseded_by, d.policy_version)
        .order_by(d.built_at)
    ).all()
    removals = conn.execute(
        select(dataset_removals).where(dataset_removals.c.account_id == account_id)
    ).all()
    return SubjectRecords(
        account,
        list(convs),
        list(rows),
        list(used),
        list(removals),
        audit.about_account(conn, account_id),
    )


# --- what the privacy center shows its user (scoped to the account of the signed session) ----


def exchanges_with_conversation(conn: Connection, account_id: str) -> list[Any]:
    """The account's exchanges in time order, each with its conversation's state (activity,
    deletion, incognito as `conv_incognito`): what a decision needs, and the first prompt as a
    title. Rows outside a conversation have the conversation's columns null."""
    e, c = exchanges, conversations
    return list(
        conn.execute(
            select(
                e.c.exchange_id,
                e.c.ts,
                e.c.conversation_id,
                e.c.prompt,
                e.c.incognito,
                e.c.safety_flagged,
                e.c.feedback,
                e.c.policy_version,
                e.c.erased_at,
                c.c.last_activity_at,
                c.c.deleted_at,
                c.c.incognito.label("conv_incognito"),
            )
            .outerjoin(c, c.c.conversation_id == e.c.conversation_id)
            .where(e.c.account_id == account_id)
            .order_by(e.c.ts)
        )
    )


def conversation_exchanges(
    conn: Connection, account_id: str, conversation_id: str | None
) -> list[dict[str, Any]]:
    """One conversation's exchanges with their text and stored decision, only those of
    `account_id` (None: the exchanges sent outside any conversation)."""
    e = exchanges
    cond = (
        e.c.conversation_id.is_(None)
        if conversation_id is None
        else (e.c.conversation_id == conversation_id)
    )
    rows = conn.execute(
        select(
            e.c.exchange_id,
            e.c.ts,
            e.c.model,
            e.c.prompt,
            e.c.response,
            e.c.eligible,
            e.c.reason,
            e.c.consent_basis,
            e.c.retain_until,
            e.c.erased_at,
        )
        .where(cond, e.c.account_id == account_id)
        .order_by(e.c.ts)
    )
    return [dict(r._mapping) for r in rows]


def owns_conversation(conn: Connection, account_id: str, conversation_id: str) -> bool:
    """True only for a conversation of this account (the check before any change)."""
    c = conversations.c
    found = conn.execute(
        select(c.conversation_id).where(
            c.conversation_id == conversation_id, c.account_id == account_id
        )
    ).first()
    return found is not None


def dataset_uses(conn: Connection, account_id: str) -> list[Any]:
    """(dataset_id, version, built_at, superseded_by, consent_basis, n): the account's records
    in each training-set version, by the consent basis they were taken under, oldest first."""
    dr, d = dataset_records, datasets
    return list(
        conn.execute(
            select(
                d.c.dataset_id,
                d.c.version,
                d.c.built_at,
                d.c.superseded_by,
                dr.c.consent_basis,
                func.count().label("n"),
            )
            .join(dr, dr.c.dataset_id == d.c.dataset_id)
            .where(dr.c.account_id == account_id)
            .group_by(
                d.c.dataset_id, d.c.version, d.c.built_at, d.c.superseded_by, dr.c.consent_basis
            )
            .order_by(d.c.built_at)
        )
    )


def removals_of(conn: Connection, account_id: str) -> list[dict[str, Any]]:
    """The removals recorded when a rebuild left the account's data out, oldest first."""
    r = dataset_removals.c
    rows = conn.execute(
        select(r.dataset_id, r.next_dataset_id, r.reason, r.records, r.recorded_at)
        .where(r.account_id == account_id)
        .order_by(r.recorded_at)
    )
    return [dict(row._mapping) for row in rows]
