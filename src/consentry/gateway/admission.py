"""Who is calling, and may they: the reads the gateway does before calling the model.

The key and the account's block are one indexed query. With `auth_cache_seconds` > 0 a key's
answer is reused for that long (revocations and blocks then take effect within that time);
0 reads the store on every request. A conversation's owner never changes, so it is cached."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, exists, select

from consentry.gateway.keys import digest
from consentry.store.schema import account_blocks, api_keys, conversations, exchanges

MAX_CACHED = 100_000


@dataclass(frozen=True, slots=True)
class Caller:
    key_id: str
    account_id: str
    blocked: bool


class Admission:
    def __init__(self, engine: Engine, auth_cache_seconds: float = 0.0) -> None:
        self.engine, self.ttl = engine, auth_cache_seconds
        self._keys: dict[str, tuple[Caller | None, float]] = {}
        self._owners: dict[str, str] = {}
        blocked = exists().where(
            account_blocks.c.account_id == api_keys.c.account_id,
            account_blocks.c.lifted_at.is_(None),
        )
        self._key_query = select(api_keys.c.key_id, api_keys.c.account_id, blocked).where(
            api_keys.c.revoked_at.is_(None)
        )

    def cached(self, token: str) -> tuple[bool, Caller | None]:
        """(hit, caller) from the cache alone: lets the request skip a thread hop."""
        if self.ttl <= 0:
            return False, None
        hit = self._keys.get(digest(token))
        if hit is None or hit[1] < time.monotonic():
            return False, None
        return True, hit[0]

    def lookup(self, token: str) -> Caller | None:
        """The live key's account and whether it is blocked, or None (blocking: run in a thread)."""
        sha = digest(token)
        with self.engine.connect() as conn:
            row = conn.execute(self._key_query.where(api_keys.c.key_sha256 == sha)).first()
        caller = Caller(row[0], row[1], bool(row[2])) if row else None
        if self.ttl > 0:
            if len(self._keys) > MAX_CACHED:
                self._keys.clear()
            self._keys[sha] = (caller, time.monotonic() + self.ttl)
        return caller

    def owner_cached(self, conversation_id: str) -> str | None:
        return self._owners.get(conversation_id)

    def owner(self, conversation_id: str) -> str | None:
        """The account a conversation belongs to; None if it does not exist yet."""
        with self.engine.connect() as conn:
            owner = conn.execute(
                select(conversations.c.account_id).where(
                    conversations.c.conversation_id == conversation_id
                )
            ).scalar()
        if owner is not None:
            if len(self._owners) > MAX_CACHED:
                self._owners.clear()
            self._owners[conversation_id] = owner
        return owner

    def stored(self, exchange_id: str) -> dict[str, Any] | None:
        """An exchange already stored under this id (an Idempotency-Key retry), or None."""
        e = exchanges.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    e.exchange_id,
                    e.model,
                    e.response,
                    e.input_tokens,
                    e.output_tokens,
                    e.eligible,
                    e.reason,
                    e.policy_version,
                    e.retain_until,
                    e.status,
                ).where(e.exchange_id == exchange_id)
            ).first()
        return dict(row._mapping) if row else None
