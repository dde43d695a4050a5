"""What users and operators can change, one function each, shared by the pages and the REST
API: each opens one unit of work and leaves an audit entry (the store functions write the
user's; `operators.record` names the operator)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, Engine

from consentry.errors import ConsentryError
from consentry.policy import Decision, Policy
from consentry.rights.erase import ErasureReceipt, erase_account, erase_conversation
from consentry.store import accounts, audit, blocks, consents, countermeasures, holds, unit_of_work
from consentry.store.operators import Operator, record
from consentry.store.subject import owns_conversation
from consentry.web import detections, tokens


class NotFound(ConsentryError):
    """Something the caller may not see: answered exactly like something that does not exist."""


@dataclass(frozen=True)
class Link:
    url: str
    token: str
    expires_at: datetime


def issue_link(
    engine: Engine,
    secret: bytes,
    base_url: str,
    account_id: str,
    minutes: int,
    op: Operator | None = None,
) -> Link:
    """A sign-in link to the privacy center for an account that exists."""
    with unit_of_work(engine) as conn:
        accounts.get_account(conn, account_id)
        if op is not None:
            record(conn, op, "privacy.link_issued", account_id, {"minutes": minutes})
        else:  # `consentry privacy link`: whoever holds the store's credentials
            audit.append(
                conn, "privacy.link_issued", account_id, {"minutes": minutes}, actor="operator"
            )
    token = tokens.issue(secret, account_id, tokens.LINK, minutes * 60)
    return Link(
        f"{base_url.rstrip('/')}/privacy/signin?token={token}",
        token,
        datetime.now(timezone.utc) + timedelta(minutes=minutes),
    )


def set_choice(engine: Engine, policy: Policy, account_id: str, choice: str) -> Decision:
    """Record the user's explicit choice from the privacy center; returns the decision a new
    chat now gets."""
    if choice not in ("allow", "deny"):
        raise ConsentryError("choose allow or deny.")
    now = datetime.now(timezone.utc)
    with unit_of_work(engine) as conn:
        consents.record_consent(
            conn, account_id, choice, "explicit", at=now, source="settings", policy=policy
        )
        return consents.decide(conn, policy, account_id, now + timedelta(microseconds=1))


def delete_conversation(engine: Engine, account_id: str, conversation_id: str) -> ErasureReceipt:
    """Erase one of the user's own conversations; another user's is 'not found'."""
    with unit_of_work(engine) as conn:
        if not owns_conversation(conn, account_id, conversation_id):
            raise NotFound("no such conversation.")
        _refuse_if_held(conn, account_id)
        return erase_conversation(conn, conversation_id, reason="user_request", actor="user")


def delete_everything(engine: Engine, account_id: str) -> ErasureReceipt:
    with unit_of_work(engine) as conn:
        _refuse_if_held(conn, account_id)
        return erase_account(conn, account_id, reason="user_request", actor="user")


def _refuse_if_held(conn: Connection, account_id: str) -> None:
    """A legal hold suspends deletion; the user is told so, without the matter's name (that
    belongs to the operator's side; `rights.holds` names it to them)."""
    if holds.active_hold(conn, account_id) is not None:
        raise ConsentryError(
            "your data is under a legal hold, so it cannot be deleted now; nothing was deleted. "
            "Contact the service's support to ask when the hold ends."
        )


def receipt_of(engine: Engine, account_id: str, seq: int) -> dict[str, Any]:
    """An erasure receipt (audit entry), only if it is about this user's data."""
    with engine.connect() as conn:
        row = audit.entry(conn, seq)
        if row is None or row.action != "content.erased":
            raise NotFound("no such receipt.")
        kind, _, ident = row.subject.partition(":")
        mine = (kind == "account" and ident == account_id) or (
            kind == "conversation" and owns_conversation(conn, account_id, ident)
        )
        if not mine:
            raise NotFound("no such receipt.")
        return dict(row._mapping)


def receipt_seq(engine: Engine, audit_hash: str) -> int:
    with engine.connect() as conn:
        return audit.seq_of(conn, audit_hash)


def block_campaign(
    engine: Engine, run: detections.Run | None, op: Operator, campaign_id: str, reason: str
) -> int:
    """Block every account of a campaign; returns how many were newly blocked."""
    members = (run.members.get(campaign_id) if run else None) or []
    if not members:
        raise NotFound(f"no campaign {campaign_id!r} in the detection run.")
    reason = _reason(reason)
    with unit_of_work(engine) as conn:
        n = blocks.block(
            conn,
            [
                blocks.Block(m["account_id"], f"{reason} ({op.actor})", "operator", campaign_id)
                for m in members
            ],
        )
        record(
            conn,
            op,
            "console.campaign_blocked",
            campaign_id,
            {"accounts": len(members), "newly_blocked": n, "reason": reason},
        )
    return n


def unblock_campaign(
    engine: Engine, run: detections.Run | None, op: Operator, campaign_id: str, reason: str
) -> int:
    members = (run.members.get(campaign_id) if run else None) or []
    if not members:
        raise NotFound(f"no campaign {campaign_id!r} in the detection run.")
    reason = _reason(reason)
    lifted = 0
    with unit_of_work(engine) as conn:
        current = blocks.blocked_ids(conn)
        for m in members:
            if m["account_id"] in current:
                blocks.unblock(conn, m["account_id"], reason, actor=op.actor[:64])
                lifted += 1
        record(
            conn,
            op,
            "console.campaign_unblocked",
            campaign_id,
            {"accounts": len(members), "lifted": lifted, "reason": reason},
        )
    return lifted


def unblock_account(engine: Engine, op: Operator, account_id: str, reason: str) -> None:
    reason = _reason(reason)
    with unit_of_work(engine) as conn:
        blocks.unblock(conn, account_id, reason, actor=op.actor[:64])
        record(conn, op, "console.account_unblocked", account_id, {"reason": reason})


def _reason(text: str) -> str:
    text = " ".join((text or "").split())
    if not 3 <= len(text) <= 200:
        raise ConsentryError("give a reason of 3 to 200 characters; it is kept in the audit log.")
    return text


def set_rung(engine: Engine, op: Operator, account_id: str, rung: str, reason: str) -> bool:
    """An operator's rung for an account ('clear' takes it off the ladder); the store's audit
    entry names the operator. The account keeps the campaign it was found in (one mark key)."""
    reason = _reason(reason)
    with unit_of_work(engine) as conn:
        if rung == "clear":
            countermeasures.clear(conn, account_id, reason, actor=op.actor)
            return True
        before = countermeasures.get(conn, account_id)
        return countermeasures.set_rung(
            conn,
            account_id,
            rung,
            reason,
            source="operator",
            actor=op.actor,
            campaign_id=before.campaign_id if before else None,
        )
