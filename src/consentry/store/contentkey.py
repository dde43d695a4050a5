"""Keyed content hashes: an exchange's content hash is an HMAC under a store secret, so a copy
of the store (or of the audit log) cannot confirm a guessed message; the hash itself is dropped
at erasure, and rotating the secret re-keys every live hash and forgets the old one."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, bindparam, select

from consentry.store.dialect import dialect_of
from consentry.store.schema import exchanges, store_secrets

SECRET_NAME = "content_hash"
REKEY_CHUNK = 5_000
Hasher = Callable[[str | None, str | None, str | None], str]


def configured_key() -> bytes | None:
    """The key from the settings (CONSENTRY_CONTENT_HASH_KEY), or None: the store keeps its own."""
    from consentry.config import get_settings

    key = get_settings().content_hash_key
    return key.get_secret_value().encode() if key is not None else None


def key_id(key: bytes) -> str:
    """A public id for a key (safe in logs and audit entries): it names, never reveals, it."""
    return hmac.new(key, b"consentry key id", hashlib.sha256).hexdigest()[:16]


def current_key(conn: Connection) -> bytes:
    """The configured key, or the store's own secret (created on first use)."""
    configured = configured_key()
    if configured is not None:
        return configured
    row = conn.execute(
        select(store_secrets.c.secret).where(store_secrets.c.name == SECRET_NAME)
    ).first()
    if row is not None:
        return bytes.fromhex(row.secret)
    key = secrets.token_bytes(32)
    insert = (
        dialect_of(conn)
        .insert(store_secrets)
        .values(
            name=SECRET_NAME,
            secret=key.hex(),
            key_id=key_id(key),
            created_at=datetime.now(timezone.utc),
        )
    )
    conn.execute(insert.on_conflict_do_nothing(index_elements=["name"]))  # two first writers
    return bytes.fromhex(
        conn.execute(
            select(store_secrets.c.secret).where(store_secrets.c.name == SECRET_NAME)
        ).scalar_one()
    )


def content_hmac(key: bytes, prompt: str | None, system: str | None, response: str | None) -> str:
    """HMAC-SHA256 of the three content fields (framed as audit.sha256_hex frames parts)."""
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for part in (prompt, system, response):
        mac.update(b"\x00\x1f" if part is None else b"\x01" + part.encode() + b"\x1f")
    return mac.hexdigest()


def hasher(conn: Connection) -> Hasher:
    """A content-hash function bound to the store's current key (one key read per batch)."""
    key = current_key(conn)
    return lambda prompt, system, response: content_hmac(key, prompt, system, response)


def rotate(conn: Connection) -> tuple[str, int]:
    """Re-key every live content hash; unless the key comes from the setting, first replace the
    store's secret with a new random one (the old one is overwritten, so hashes made under it,
    in the audit log too, can no longer be checked by anyone). Returns (new key id, rows)."""
    if configured_key() is None:
        key = secrets.token_bytes(32)
        values = {"secret": key.hex(), "key_id": key_id(key)}
        done = conn.execute(
            store_secrets.update().where(store_secrets.c.name == SECRET_NAME).values(**values)
        )
        if done.rowcount == 0:
            conn.execute(
                store_secrets.insert().values(
                    name=SECRET_NAME, created_at=datetime.now(timezone.utc), **values
                )
            )
    key = current_key(conn)
    e = exchanges.c
    last, n = "", 0
    while True:
        rows = conn.execute(
            select(e.exchange_id, e.prompt, e.system_prompt, e.response)
            .where(e.erased_at.is_(None), e.exchange_id > last)
            .order_by(e.exchange_id)
            .limit(REKEY_CHUNK)
        ).all()
        if not rows:
            return key_id(key), n
        conn.execute(
            exchanges.update()
            .where(e.exchange_id == bindparam("xid"))
            .values(content_sha256=bindparam("digest")),
            [
                {
                    "xid": r.exchange_id,
                    "digest": content_hmac(key, r.prompt, r.system_prompt, r.response),
                }
                for r in rows
            ],
        )
        n += len(rows)
        last = rows[-1].exchange_id
