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
