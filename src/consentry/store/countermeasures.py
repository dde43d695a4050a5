"""Each account's rung on the response ladder, who put it there and why, and the watermark keys.

One row per account holds the rung in force; every change is an audit entry (its history).
The detector only moves an account up and never touches a rung an operator set; operators set
any rung or clear it. The `block` rung is a block in `account_blocks` too (store.blocks), so
everything that already honours blocks keeps doing so. A `mark` rung gets a secret key per
campaign (per account outside a campaign), kept here and never in an answer, log or audit entry:
the audit entry names its public key id. Functions take the caller's connection and never
commit, except `mark_keys`, which also accepts an engine (it only reads).
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, Engine, select

from consentry.errors import ConsentryError
from consentry.policy.ladder import RUNGS, severity
from consentry.store import audit, blocks
from consentry.store.contentkey import key_id
from consentry.store.dialect import dialect_of
from consentry.store.schema import countermeasures as cm_table
from consentry.store.schema import mark_keys as keys_table

SOURCES = ("detector", "operator")


@dataclass(frozen=True)
class Action:
    """The rung in force for one account."""

    account_id: str
    rung: str
    reason: str
    source: str
    actor: str
    set_at: datetime
    score: float | None = None
    campaign_id: str | None = None


@dataclass(frozen=True)
class Proposal:
    """A rung the detector's ladder gives an account."""

    account_id: str
    rung: str
    reason: str
    score: float
    campaign_id: str | None = None


@dataclass(frozen=True)
class Enforced:
    """What the gateway needs per account: the rung and, for `mark`, the key."""

    rung: str
    key: bytes | None = None


def key_subject(account_id: str, campaign_id: str | None) -> str:
    """Whose key marks this account's answers: its campaign's, or its own."""
    return f"campaign:{campaign_id}" if campaign_id else f"account:{account_id}"


def _action(row: object) -> Action:
    m = row._mapping  # type: ignore[attr-defined]
    return Action(
        m["account_id"],
        m["rung"],
        m["reason"],
        m["source"],
        m["actor"],
        m["set_at"],
        m["score"],
        m["campaign_id"],
    )


def get(conn: Connection, account_id: str) -> Action | None:
    row = conn.execute(select(cm_table).where(cm_table.c.account_id == account_id)).first()
    return _action(row) if row else None


def list_actions(conn: Connection, rung: str | None = None) -> list[Action]:
    """Accounts on the ladder, most severe first; only one rung if given."""
    if rung is not None and rung not in RUNGS:
        raise ConsentryError(f"rung {rung!r} is not one of {', '.join(RUNGS)}.")
    q = select(cm_table)
    if rung is not None:
        q = q.where(cm_table.c.rung == rung)
    rows = [_action(r) for r in conn.execute(q.order_by(cm_table.c.set_at))]
    return sorted(rows, key=lambda a: -severity(a.rung))


def counts(conn: Connection) -> dict[str, int]:
    """Accounts per rung, every rung named (mildest first)."""
    got = Counter(conn.execute(select(cm_table.c.rung)).scalars())
    return {r: got.get(r, 0) for r in RUNGS}


def enforced(conn: Connection) -> dict[str, Enforced]:
    """Every account with a rung the gateway acts on (watch only records), with mark keys."""
    rows = conn.execute(
        select(cm_table.c.account_id, cm_table.c.rung, cm_table.c.campaign_id).where(
            cm_table.c.rung != "watch"
        )
    ).all()
    keys = _all_keys(conn) if any(r.rung == "mark" for r in rows) else {}
    return {
        r.account_id: Enforced(
            r.rung,
            keys.get(key_subject(r.account_id, r.campaign_id)) if r.rung == "mark" else None,
        )
        for r in rows
    }


def set_rung(
    conn: Connection,
    account_id: str,
    rung: str,
    reason: str,
    *,
    source: str = "operator",
    actor: str | None = None,
    score: float | None = None,
    campaign_id: str | None = None,
) -> bool:
    """Put an account on a rung (an audit entry); returns False if it already was, as set."""
    if rung not in RUNGS:
        raise ConsentryError(f"rung {rung!r} is not one of {', '.join(RUNGS)}.")
    if source not in SOURCES:
        raise ConsentryError(f"source {source!r} is not one of {', '.join(SOURCES)}.")
    if not account_id:
        raise ConsentryError("give an account id.")
    actor = (actor or source)[:64]
    before = get(conn, account_id)
    same = before is not None and (before.rung, before.campaign_id, before.source) == (
        rung,
        campaign_id,
        source,
    )
    if same:
        return False
    now = datetime.now(timezone.utc)
    row = {
        "rung": rung,
        "reason": reason[:255],
        "score": score,
        "campaign_id": campaign_id,
        "source": source,
        "actor": actor,
        "set_at": now,
    }
    if before is None:
        conn.execute(cm_table.insert().values(account_id=account_id, **row))
    else:
        conn.execute(cm_table.update().where(cm_table.c.account_id == account_id).values(**row))
    detail: dict[str, object] = {
        "rung": rung,
        "previous": before.rung if before else None,
        "source": source,
        "score": None if score is None else round(float(score), 6),
        "campaign_id": campaign_id,
        "reason": reason[: audit.MAX_DETAIL_STRING],
    }
    if rung == "mark":
        detail["mark_key_id"] = key_id(_ensure_key(conn, key_subject(account_id, campaign_id)))
    audit.append(conn, "countermeasure.set", account_id, detail, actor=actor)
    _sync_block(conn, account_id, rung, reason, source, actor, campaign_id)
    return True


def clear(conn: Connection, account_id: str, reason: str, actor: str = "operator") -> Action:
    """Take an account off the ladder (a block on it is lifted); returns what was in force."""
    before = get(conn, account_id)
    if before is None:
        raise ConsentryError(
            f"account {account_id!r} has no countermeasure; see `consentry countermeasure list`."
        )
    conn.execute(cm_table.delete().where(cm_table.c.account_id == account_id))
    audit.append(
        conn,
        "countermeasure.cleared",
        account_id,
        {"previous": before.rung, "reason": reason[: audit.MAX_DETAIL_STRING]},
        actor=actor[:64],
    )
    _sync_block(conn, account_id, None, reason, "operator", actor, None)
    return before


def apply_detector(conn: Connection, proposals: Iterable[Proposal]) -> Counter[str]:
    """Write the detector's rungs: new accounts and moves up the ladder only, never over an
    operator's decision. Returns the number of changes per rung."""
    current = {a.account_id: a for a in list_actions(conn)}
    changed: Counter[str] = Counter()
    for p in proposals:
        now = current.get(p.account_id)
        if now is not None and (now.source == "operator" or severity(p.rung) <= severity(now.rung)):
            continue
        if set_rung(
            conn,
            p.account_id,
            p.rung,
            p.reason,
            source="detector",
            score=p.score,
            campaign_id=p.campaign_id,
        ):
            changed[p.rung] += 1
    return changed


def _sync_block(
    conn: Connection,
    account_id: str,
    rung: str | None,
    reason: str,
    source: str,
    actor: str,
    campaign_id: str | None,
) -> None:
    """The block rung is a block; leaving it lifts the block."""
    blocked = blocks.is_blocked(conn, account_id)
    if rung == "block" and not blocked:
        blocks.block(conn, [blocks.Block(account_id, reason, source, campaign_id)])
    elif rung != "block" and blocked:
        blocks.unblock(conn, account_id, f"countermeasure: {rung or 'cleared'}; {reason}", actor)


def _ensure_key(conn: Connection, subject: str) -> bytes:
    """The key of a campaign or account, created (32 random bytes) on first use."""
    row = conn.execute(select(keys_table.c.secret).where(keys_table.c.subject == subject)).first()
    if row is not None:
        return bytes.fromhex(row.secret)
    key = secrets.token_bytes(32)
    insert = (
        dialect_of(conn)
        .insert(keys_table)
        .values(
            subject=subject,
            secret=key.hex(),
            key_id=key_id(key),
            created_at=datetime.now(timezone.utc),
        )
    )
    conn.execute(insert.on_conflict_do_nothing(index_elements=["subject"]))  # two first writers
    return bytes.fromhex(
        conn.execute(
            select(keys_table.c.secret).where(keys_table.c.subject == subject)
        ).scalar_one()
    )


def _all_keys(conn: Connection, campaign: str | None = None) -> dict[str, bytes]:
    q = select(keys_table.c.subject, keys_table.c.secret)
    if campaign is not None:
        q = q.where(keys_table.c.subject == key_subject("", campaign))
    return {r.subject: bytes.fromhex(r.secret) for r in conn.execute(q)}


def mark_keys(engine: Engine | Connection, campaign: str | None = None) -> dict[str, bytes]:
    """Watermark keys by subject (`campaign:ID`, `account:ID`): all of them, or one campaign's.
    For `consentry attribute`, which tests a suspect model's output against each."""
    if isinstance(engine, Connection):
        return _all_keys(engine, campaign)
    with engine.connect() as conn:
        return _all_keys(conn, campaign)
