"""Accounts: loading them (insert or update) and looking one up. Functions take the caller's
connection and never commit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from consentry.contract import ACCOUNTS, TIERS
from consentry.errors import ConsentryError
from consentry.policy import Account
from consentry.store import audit
from consentry.store.dialect import dialect_of
from consentry.store.schema import accounts


def upsert_accounts(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Insert accounts, or update the attributes of ones already stored."""
    if not rows:
        return 0
    for r in rows:
        if r["tier"] not in TIERS:
            raise ConsentryError(
                f"account {r['account_id']}: unknown tier {r['tier']!r}; use one of {', '.join(TIERS)}."
            )
    insert = dialect_of(conn).insert(accounts)
    cols = [c.name for c in ACCOUNTS.columns if c.name != "account_id"]
    conn.execute(
        insert.on_conflict_do_update(
            index_elements=["account_id"], set_={c: insert.excluded[c] for c in cols}
        ),
        rows,
    )
    audit.append(
        conn,
        "accounts.upserted",
        f"{len(rows)} accounts",
        {
            "count": len(rows),
            "ids_sha256": audit.sha256_hex(*sorted(r["account_id"] for r in rows)),
        },
    )
    return len(rows)


def tier_of(conn: Connection, account_id: str) -> str | None:
    """The account's tier, or None for an account the store does not hold."""
    return conn.execute(
        select(accounts.c.tier).where(accounts.c.account_id == account_id)
    ).scalar_one_or_none()


def get_account(conn: Connection, account_id: str) -> Account:
    tier = tier_of(conn, account_id)
    if tier is None:
        raise ConsentryError(
            f"unknown account {account_id!r}; load it first with `consentry ingest --accounts FILE`."
        )
    return Account(account_id, tier)


def account_exists(conn: Connection, account_id: str) -> bool:
    return (
        conn.execute(
            select(accounts.c.account_id).where(accounts.c.account_id == account_id)
        ).first()
        is not None
    )


def account_tiers(conn: Connection) -> dict[str, str]:
    """account_id -> tier for every stored account (bulk evaluation needs them all)."""
    return {
        r.account_id: r.tier for r in conn.execute(select(accounts.c.account_id, accounts.c.tier))
    }


def existing_accounts(conn: Connection, ids: set[str]) -> set[str]:
    """Which of `ids` are stored accounts (looked up in chunks)."""
    found: set[str] = set()
    id_list = list(ids)
    for i in range(0, len(id_list), 5000):
        chunk = id_list[i : i + 5000]
        found.update(
            conn.execute(
                select(accounts.c.account_id).where(accounts.c.account_id.in_(chunk))
            ).scalars()
        )
    return found


def payment_fingerprints(conn: Connection, account_ids: list[str]) -> dict[str, str | None]:
    """account_id -> payment fingerprint (None where the logs carry none)."""
    q = select(accounts.c.account_id, accounts.c.payment_fingerprint).where(
        accounts.c.account_id.in_(account_ids)
    )
    return {a: pf for a, pf in conn.execute(q)}
