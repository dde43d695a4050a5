"""API keys: shown once at creation, stored only as their SHA-256.

A key is 32 random bytes, so a plain SHA-256 is enough (nothing to brute-force, unlike a
password); lookup is one indexed equality on the hash."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, select

from consentry.errors import ConsentryError
from consentry.store import audit
from consentry.store.accounts import get_account
from consentry.store.schema import api_keys

PREFIX = "csk_"


@dataclass(frozen=True)
class Key:
    key_id: str
    account_id: str


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(conn: Connection, account_id: str) -> tuple[str, str]:
    """A new key for an existing account: returns (key_id, key). The key is not kept."""
    get_account(conn, account_id)
    key = PREFIX + secrets.token_urlsafe(32)
    key_id = "key_" + secrets.token_hex(8)
    conn.execute(
        api_keys.insert(),
        [
            {
                "key_id": key_id,
                "account_id": account_id,
                "key_sha256": digest(key),
                "created_at": datetime.now(timezone.utc),
            }
        ],
    )
    audit.append(conn, "api_key.created", key_id, {"account_id": account_id}, actor="operator")
    return key_id, key


def resolve(conn: Connection, key: str) -> Key | None:
    """The live key with this secret, or None."""
    row = conn.execute(
        select(api_keys.c.key_id, api_keys.c.account_id).where(
            api_keys.c.key_sha256 == digest(key), api_keys.c.revoked_at.is_(None)
        )
    ).first()
    return Key(row.key_id, row.account_id) if row else None


def revoke_key(conn: Connection, key_id: str, reason: str) -> None:
    done = conn.execute(
        api_keys.update()
        .where(api_keys.c.key_id == key_id, api_keys.c.revoked_at.is_(None))
        .values(revoked_at=datetime.now(timezone.utc), revoked_reason=reason[:255])
    ).rowcount
    if not done:
        raise ConsentryError(f"no live key {key_id!r}; see `consentry gateway key list`.")
    audit.append(conn, "api_key.revoked", key_id, {"reason": reason[:200]}, actor="operator")


def list_keys(conn: Connection, account_id: str | None = None) -> list[dict]:
    q = select(
        api_keys.c.key_id, api_keys.c.account_id, api_keys.c.created_at, api_keys.c.revoked_at
    )
    if account_id:
        q = q.where(api_keys.c.account_id == account_id)
    return [dict(r._mapping) for r in conn.execute(q.order_by(api_keys.c.created_at))]
