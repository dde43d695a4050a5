"""What the privacy center shows one user: each of their conversations with whether it may be
used for training now and why, when it will be deleted, and where their data was used.

Whether a stored conversation may be used is the policy evaluator's answer with as_of = now,
under the policy version stored with each exchange: the same function a dataset build asks, so
the page and the builder cannot disagree. Everything here is scoped to one account id, which
comes from the signed session, never from the request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection

from consentry.policy import Account, Conversation, ExchangeFlags, evaluate
from consentry.store import accounts as store_accounts
from consentry.store import blocks, consents, subject
from consentry.store.policies import stored_policies
from consentry.web.wording import for_you

LOOSE = "(outside a conversation)"  # exchanges sent without a conversation id


@dataclass(frozen=True)
class ConversationView:
    conversation_id: str
    title: str  # the first prompt, shortened (shown to its owner only)
    started: datetime
    last_activity: datetime
    exchanges: int
    erased: int
    incognito: bool
    deleted_at: datetime | None
    trainable: bool
    reason: str
    why: str
    delete_by: datetime | None  # None: kept until the user deletes it
    content_gone: bool


@dataclass(frozen=True)
class Use:
    dataset_id: str
    version: int
    built_at: datetime
    records: int
    bases: str  # consent bases of the records, e.g. "explicit 3"
    superseded_by: str | None


def conversations_of(
    conn: Connection, account_id: str, now: datetime | None = None
) -> list[ConversationView]:
    """The account's conversations, newest first, each judged as a dataset build now would."""
    now = now or datetime.now(timezone.utc)
    tier = store_accounts.get_account(conn, account_id).tier
    history = consents.consent_history(conn, account_id)
    blocked = blocks.is_blocked(conn, account_id)
    rows = subject.exchanges_with_conversation(conn, account_id)
    by_version = stored_policies(conn, {r.policy_version for r in rows})
    groups: dict[str, list[Any]] = {}
    for r in rows:
        groups.setdefault(r.conversation_id or LOOSE, []).append(r)
    views = []
    for cid, group in groups.items():
        decisions = [
            evaluate(
                by_version[r.policy_version],
                Account(account_id, tier),
                history,
                r.ts,
                conversation=Conversation(r.last_activity_at, r.deleted_at, bool(r.conv_incognito)),
                flags=ExchangeFlags(r.incognito, r.safety_flagged, r.feedback),
                as_of=now,
            )
            for r in group
        ]
        live = [(r, d) for r, d in zip(group, decisions, strict=True) if r.erased_at is None]
        last_r, last_d = (live or list(zip(group, decisions, strict=True)))[-1]
        gone = not live
        trainable = bool(live) and not blocked and any(d.eligible for _, d in live)
        if gone:
            why = "its content has been deleted; only the record that it existed remains"
            reason = "erased"
        elif blocked:
            why = "the account is blocked, so none of its data is used for training"
            reason = "account_blocked"
        else:
            reason = last_d.reason
            why = for_you(by_version[last_r.policy_version], last_d)
        deadlines = [d.retain_until for _, d in live]
        kept = [t for t in deadlines if t is not None]
        first = next((r.prompt for r in group if r.prompt), None)
        views.append(
            ConversationView(
                conversation_id=cid,
                title=_title(first, gone),
                started=group[0].ts,
                last_activity=group[-1].ts,
                exchanges=len(group),
                erased=len(group) - len(live),
                incognito=any(r.incognito or r.conv_incognito for r in group),
                deleted_at=group[0].deleted_at,
                trainable=trainable,
                reason=reason,
                why=why,
                delete_by=max(kept) if kept and len(kept) == len(deadlines) else None,
                content_gone=gone,
            )
        )
    return sorted(views, key=lambda v: v.last_activity, reverse=True)


def _title(prompt: str | None, gone: bool) -> str:
    if gone or not prompt:
        return "(content deleted)" if gone else "(no text)"
    one_line = " ".join(prompt.split())
    return one_line if len(one_line) <= 80 else one_line[:77] + "…"


def exchanges_of(conn: Connection, account_id: str, conversation_id: str) -> list[dict[str, Any]]:
    """One conversation's exchanges with their text, only if it belongs to `account_id`."""
    cid = None if conversation_id == LOOSE else conversation_id
    return subject.conversation_exchanges(conn, account_id, cid)


def uses_of(conn: Connection, account_id: str) -> tuple[list[Use], list[dict[str, Any]]]:
    """Training-set versions that used the account's data (with the consent basis of those
    records), and the removals recorded when a rebuild left its data out."""
    rows = subject.dataset_uses(conn, account_id)
    merged: dict[str, dict[str, Any]] = {}
    for r in rows:
        m = merged.setdefault(
            r.dataset_id,
            {"row": r, "records": 0, "bases": {}},
        )
        m["records"] += r.n
        m["bases"][r.consent_basis or "none"] = r.n
    uses = [
        Use(
            dataset_id=k,
            version=m["row"].version,
            built_at=m["row"].built_at,
            records=m["records"],
            bases=", ".join(f"{b.replace('_', ' ')} {n}" for b, n in sorted(m["bases"].items())),
            superseded_by=m["row"].superseded_by,
        )
        for k, m in merged.items()
    ]
    removals = subject.removals_of(conn, account_id)
    return uses, removals
