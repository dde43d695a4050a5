"""Policies as the store knows them: each one registered by content hash the first time a
decision uses it, so every stored decision names a policy the store can re-load."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Connection, select

from consentry.policy import Policy
from consentry.policy.model import from_canonical_json
from consentry.store import audit
from consentry.store.schema import policies


def register_policy(conn: Connection, policy: Policy) -> str:
    """Record the policy (by content hash) the first time a decision uses it."""
    exists = conn.execute(
        select(policies.c.version).where(policies.c.version == policy.version)
    ).first()
    if not exists:
        conn.execute(
            policies.insert().values(
                version=policy.version,
                name=policy.name,
                sha256=policy.sha256,
                body=policy.canonical_json(),
                first_used_at=datetime.now(timezone.utc),
            )
        )
        audit.append(conn, "policy.registered", policy.version, {"sha256": policy.sha256})
    return policy.version


def stored_policy(conn: Connection, version: str) -> Policy | None:
    """The registered policy with this version, re-loaded from its canonical JSON."""
    body = conn.execute(select(policies.c.body).where(policies.c.version == version)).scalar()
    return None if body is None else from_canonical_json(body)


def stored_policies(conn: Connection, versions: set[str]) -> dict[str, Policy]:
    """The registered policies with these versions, by version (bulk callers: retention, pages)."""
    rows = conn.execute(
        select(policies.c.version, policies.c.body).where(policies.c.version.in_(versions))
    )
    return {r.version: from_canonical_json(r.body) for r in rows}
