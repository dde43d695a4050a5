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

from sqlalchemy import Connection, func, select

from consentry.policy import Account, Conversation, ExchangeFlags, evaluate
from consentry.store import accounts as store_accounts
from consentry.store import blocks, consents
from consentry.store.policies import stored_policies
from consentry.store.schema import (
    accounts,
    conversations,
    dataset_records,
    dataset_removals,
    datasets,
    exchanges,
)
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
    e, c = exchanges, conversations
    rows = conn.execute(
        select(
            e.c.exchange_id,
            e.c.ts,
            e.c.conversation_id,
            e.c.prompt,
            e.c.incognito,
            e.c.safety_flagged,
            e.c.feedback,
            e.c.policy_version,
            e.c.erased_at,
            c.c.last_activity_at,
            c.c.deleted_at,
            c.c.incognito.label("conv_incognito"),
        )
        .outerjoin(c, c.c.conversation_id == e.c.conversation_id)
        .where(e.c.account_id == account_id)
        .order_by(e.c.ts)
    ).all()
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
    e = exchanges
    cond = (
        e.c.conversation_id.is_(None)
        if conversation_id == LOOSE
        else (e.c.conversation_id == conversation_id)
    )
    rows = conn.execute(
        select(
            e.c.exchange_id,
            e.c.ts,
            e.c.model,
            e.c.prompt,
            e.c.response,
            e.c.eligible,
            e.c.reason,
            e.c.consent_basis,
            e.c.retain_until,
            e.c.erased_at,
        )
        .where(cond, e.c.account_id == account_id)
        .order_by(e.c.ts)
    ).all()
    return [dict(r._mapping) for r in rows]


def owns_conversation(conn: Connection, account_id: str, conversation_id: str) -> bool:
    """True only for a conversation of this account (the check before any change)."""
    found = conn.execute(
        select(conversations.c.conversation_id).where(
            conversations.c.conversation_id == conversation_id,
            conversations.c.account_id == account_id,
        )
    ).first()
    return found is not None


def uses_of(conn: Connection, account_id: str) -> tuple[list[Use], list[dict[str, Any]]]:
    """Training-set versions that used the account's data (with the consent basis of those
    records), and the removals recorded when a rebuild left its data out."""
    dr, d = dataset_records, datasets
    rows = conn.execute(
        select(
            d.c.dataset_id,
            d.c.version,
            d.c.built_at,
            d.c.superseded_by,
            dr.c.consent_basis,
            func.count().label("n"),
        )
        .join(dr, dr.c.dataset_id == d.c.dataset_id)
        .where(dr.c.account_id == account_id)
        .group_by(d.c.dataset_id, d.c.version, d.c.built_at, d.c.superseded_by, dr.c.consent_basis)
        .order_by(d.c.built_at)
    ).all()
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
    removals = [
        dict(r._mapping)
        for r in conn.execute(
            select(
                dataset_removals.c.dataset_id,
                dataset_removals.c.next_dataset_id,
                dataset_removals.c.reason,
                dataset_removals.c.records,
                dataset_removals.c.recorded_at,
            )
            .where(dataset_removals.c.account_id == account_id)
            .order_by(dataset_removals.c.recorded_at)
        )
    ]
    return uses, removals


def account_tier(conn: Connection, account_id: str) -> str | None:
    return conn.execute(
        select(accounts.c.tier).where(accounts.c.account_id == account_id)
    ).scalar_one_or_none()
