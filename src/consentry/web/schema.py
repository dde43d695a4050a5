"""The console's own table: operator credentials, stored as SHA-256 hashes with a role.

It shares the store's `metadata`, so migration 0004 and this table are checked together."""

from __future__ import annotations

from sqlalchemy import Column, String, Table

from consentry.store.schema import UTCDateTime, metadata

operator_keys = Table(
    "operator_keys",
    metadata,
    Column("key_id", String(32), primary_key=True, comment="public handle, safe to log"),
    Column("name", String(64), nullable=False, comment="who holds it; named in audit entries"),
    Column("role", String(16), nullable=False, comment="viewer | analyst | admin"),
    Column(
        "key_sha256", String(64), nullable=False, unique=True, comment="the key is never stored"
    ),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
)
