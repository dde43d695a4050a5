"""A training record and the hashes that make a dataset checkable: the canonical JSONL line,
its SHA-256, the Merkle root over all records, and keyed pseudonyms for ids."""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timezone

from sqlalchemy import Connection, select

from consentry.store.schema import pseudonym_keys


def messages(system: str | None, user: str, assistant: str) -> list[dict[str, str]]:
    """OpenAI chat fine-tuning turns: optional system, then user, then assistant."""
    out = [{"role": "system", "content": system}] if system else []
    out.append({"role": "user", "content": user})
    out.append({"role": "assistant", "content": assistant})
    return out


def line(msgs: list[dict[str, str]]) -> bytes:
    """The canonical JSONL line of a record (no newline): what its SHA-256 covers."""
    return json.dumps({"messages": msgs}, ensure_ascii=False, separators=(",", ":")).encode()


_STR = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses for a string


def record_line(system: str | None, user: str, assistant: str) -> bytes:
    """`line(messages(system, user, assistant))`, built by concatenation (the build encodes a
    million of these; json.dumps of the nested structure costs about twice as much)."""
    head = (
        '{"messages":[{"role":"system","content":' + _STR(system) + "},"
        if system
        else '{"messages":['
    )
    return (
        head
        + '{"role":"user","content":'
        + _STR(user)
        + '},{"role":"assistant","content":'
        + _STR(assistant)
        + "}]}"
    ).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def merkle_root(leaf_hex: list[str]) -> str:
    """RFC 6962-style root: leaf = H(0x00 || record hash), node = H(0x01 || left || right);
    an odd node is carried up unchanged. The root of no records is H('')."""
    if not leaf_hex:
        return hashlib.sha256(b"").hexdigest()
    level = [hashlib.sha256(b"\x00" + bytes.fromhex(h)).digest() for h in leaf_hex]
    while len(level) > 1:
        nxt = [
            hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest()
            for i in range(0, len(level) - 1, 2)
        ]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0].hex()


class Pseudonymizer:
    """Keyed hashes (BLAKE2b with the store's secret key): stable per store, not reversible or
    linkable to raw ids without the key, which never leaves the store."""

    def __init__(self, key: bytes, key_id: int) -> None:
        self.key, self.key_id = key, key_id
        self._accounts: dict[str, str] = {}

    def account(self, account_id: str) -> str:
        p = self._accounts.get(account_id)
        if p is None:
            p = (
                "acct-"
                + hashlib.blake2b(
                    account_id.encode(), key=self.key, person=b"account", digest_size=12
                ).hexdigest()
            )
            self._accounts[account_id] = p
        return p

    def exchange(self, exchange_id: str) -> str:
        return hashlib.blake2b(
            exchange_id.encode(), key=self.key, person=b"exchange", digest_size=16
        ).hexdigest()


def pseudonymizer(conn: Connection) -> Pseudonymizer:
    """The store's pseudonym key, created on first use (in the caller's transaction)."""
    row = conn.execute(select(pseudonym_keys).order_by(pseudonym_keys.c.key_id).limit(1)).first()
    if row is None:
        secret = secrets.token_hex(32)
        conn.execute(
            pseudonym_keys.insert().values(secret=secret, created_at=datetime.now(timezone.utc))
        )
        row = conn.execute(
            select(pseudonym_keys).order_by(pseudonym_keys.c.key_id).limit(1)
        ).first()
    assert row is not None
    return Pseudonymizer(bytes.fromhex(row.secret), row.key_id)
