"""Operator credentials and the audit entries that name the operator behind each action.

An operator key is 32 random bytes shown once and stored as its SHA-256 (like gateway keys:
nothing to brute-force, one indexed lookup). Roles are ordered: a viewer reads the console, an
analyst also downloads indicators and verifies training sets, an admin also blocks and lifts
blocks and issues privacy links. Functions take the caller's connection and never commit."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, select

from consentry.errors import ConsentryError
from consentry.store import audit
from consentry.store.schema import operator_keys

ROLES = ("viewer", "analyst", "admin")  # each role can do everything the one before it can
PREFIX = "cso_"
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,47}$")


@dataclass(frozen=True)
class Operator:
    key_id: str
    name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    @property
    def actor(self) -> str:
        """How audit entries name this operator."""
        return f"operator:{self.name}"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_operator(conn: Connection, name: str, role: str) -> tuple[Operator, str]:
    """A new operator credential; returns the operator and the key (shown once, not kept)."""
    if role not in ROLES:
        raise ConsentryError(f"role {role!r} is not one of {', '.join(ROLES)}.")
    if not NAME.match(name):
        raise ConsentryError(
            f"operator name {name!r} is not usable; use up to 48 letters, digits, . _ @ -."
        )
    key = PREFIX + secrets.token_urlsafe(32)
    op = Operator("op_" + secrets.token_hex(8), name, role)
    conn.execute(
        operator_keys.insert().values(
            key_id=op.key_id,
            name=name,
            role=role,
            key_sha256=_digest(key),
            created_at=datetime.now(timezone.utc),
        )
    )
    audit.append(
        conn, "operator.created", op.key_id, {"name": name, "role": role}, actor="operator"
    )
    return op, key


def resolve(conn: Connection, key: str) -> Operator | None:
    """The live operator holding this key, or None."""
    if not key.startswith(PREFIX) or len(key) > 100:
        return None
    row = conn.execute(
        select(operator_keys).where(
            operator_keys.c.key_sha256 == _digest(key), operator_keys.c.revoked_at.is_(None)
        )
    ).first()
    return Operator(row.key_id, row.name, row.role) if row else None


def get(conn: Connection, key_id: str) -> Operator | None:
    """The live operator with this key id (a console session names it), or None if revoked."""
    row = conn.execute(
        select(operator_keys).where(
            operator_keys.c.key_id == key_id, operator_keys.c.revoked_at.is_(None)
        )
    ).first()
    return Operator(row.key_id, row.name, row.role) if row else None


def revoke(conn: Connection, key_id: str) -> None:
    done = conn.execute(
        operator_keys.update()
        .where(operator_keys.c.key_id == key_id, operator_keys.c.revoked_at.is_(None))
        .values(revoked_at=datetime.now(timezone.utc))
    ).rowcount
    if not done:
        raise ConsentryError(f"no live operator key {key_id!r}; see `consentry operator list`.")
    audit.append(conn, "operator.revoked", key_id, {}, actor="operator")


def list_operators(conn: Connection) -> list[dict[str, Any]]:
    q = select(
        operator_keys.c.key_id,
        operator_keys.c.name,
        operator_keys.c.role,
        operator_keys.c.created_at,
        operator_keys.c.revoked_at,
    ).order_by(operator_keys.c.created_at)
    return [dict(r._mapping) for r in conn.execute(q)]


def record(
    conn: Connection, op: Operator, action: str, subject: str, detail: Mapping[str, Any]
) -> str:
    """An audit entry for something an operator did, naming the operator (ids and counts only)."""
    return audit.append(
        conn,
        action,
        subject[:160],
        {"operator_key": op.key_id, "role": op.role, **detail},
        actor=op.actor[:64],
    )
