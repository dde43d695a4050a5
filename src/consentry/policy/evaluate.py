"""Policy evaluation: a pure function of (policy, account, consent history, conversation, time).

The same function gives the decision captured with an exchange (as_of = the exchange's time)
and the decision a dataset build sees later (as_of = build time), so "consent is asymmetric in
time" lives in one place:

- an event at or before the exchange governs it (the state in force at capture);
- a later refusal reaches it (a withdrawal reaches everything stored);
- a later permission reaches it only if the conversation was resumed after the permission and
  the policy brings earlier turns of a resumed chat into scope (otherwise it stays dormant).

Which reason a decision carries comes from the rule table in consentry.policy.rules; this module
works out the facts it needs (the governing event, the flags) and the retention deadline.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from consentry.policy.model import AfterDeadline, OnWithdrawal, Policy, ResumedScope, TierRule
from consentry.policy.rules import (
    ALLOWED_REASONS,
    DEADLINE_EVENT,
    Reason,
    first_reason,
    shortened,
)

_ALLOWED = frozenset(ALLOWED_REASONS)


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One entry of an account's consent history."""

    ts: datetime
    choice: str  # "allow" | "deny" (synthetic "required" for a forced choice past the deadline)
    basis: str  # "explicit" | "preset_accepted" | "deemed" | "default"
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Account:
    account_id: str
    tier: str


@dataclass(frozen=True, slots=True)
class Conversation:
    """What the evaluator needs to know about the thread an exchange belongs to."""

    last_activity: datetime | None = None
    deleted_at: datetime | None = None
    incognito: bool = False  # some turn was incognito; informational: incognito is per exchange


@dataclass(frozen=True, slots=True)
class ExchangeFlags:
    incognito: bool = False
    safety_flagged: bool = False
    feedback: bool = False


NO_CONVERSATION = Conversation()
NO_FLAGS = ExchangeFlags()


@dataclass(frozen=True, slots=True)
class Decision:
    """What a policy decided for one exchange, and why. Immutable; stored with the exchange."""

    eligible: bool
    reason: str  # a Reason code, kept as plain text (it is stored and hashed)
    policy_version: str
    retain_until: datetime | None  # None: kept until the user deletes it
    retention_rule: str  # which window applied: allowed, not_allowed, incognito, ...
    choice: str | None = None  # the governing choice, if any
    basis: str | None = None  # how that choice was obtained
    choice_at: datetime | None = None  # when the governing choice took effect
    tier: str = ""  # the account's tier when decided (for explanations)


def effective_history(
    policy: Policy, tier: str, history: tuple[ConsentEvent, ...] | list[ConsentEvent]
) -> list[ConsentEvent]:
    """The recorded events plus, where the policy has a deadline that passed in silence, the
    synthetic event it implies (deemed consent, deemed refusal, or a required choice)."""
    events = sorted(history, key=lambda e: e.ts)
    c = policy.choice
    if (
        c.deadline is None
        or c.after_deadline == AfterDeadline.KEEP_DEFAULT
        or policy.tiers[tier] != TierRule.BY_CHOICE
    ):
        return events
    if any(e.basis != "default" and e.ts <= c.deadline for e in events):
        return events
    choice, basis = DEADLINE_EVENT[c.after_deadline]
    implied = ConsentEvent(c.deadline, choice, basis, "deadline")
    events.insert(bisect_right([e.ts for e in events], c.deadline), implied)
    return events


def evaluate(
    policy: Policy,
    account: Account,
    history: tuple[ConsentEvent, ...] | list[ConsentEvent],
    at: datetime,
    *,
    conversation: Conversation = NO_CONVERSATION,
    flags: ExchangeFlags = NO_FLAGS,
    as_of: datetime | None = None,
    explicit_only: bool = False,
    prepared: bool = False,
) -> Decision:
    """Decide whether the exchange at `at` may be used for training as of `as_of`, and how
    long it may be kept. `prepared=True` says `history` already went through effective_history."""
    as_of = at if as_of is None else as_of
    events = history if prepared else effective_history(policy, account.tier, history)
    tier_rule = policy.tiers[account.tier]
    # Per exchange (docs/policy.md): a temporary turn does not make its conversation's
    # ordinary turns temporary, for training or for retention.
    incognito = flags.incognito
    deleted = conversation.deleted_at is not None and conversation.deleted_at <= as_of

    governing, withdrawn, dormant = _governing(
        policy, events, at, as_of, conversation.last_activity
    )
    choice, basis, choice_at = (
        (governing.choice, governing.basis, governing.ts)
        if governing
        else (policy.choice.default, "default", None)
    )

    late = governing is not None and governing.ts > at
    explicit_required = policy.choice.require_explicit or explicit_only
    # The facts in rules.FACTS order; captured_excluded is False: this evaluation is the
    # capture (or stands in for it).
    facts = (tier_rule, incognito, flags.safety_flagged, deleted, choice, basis, late, dormant)
    reason = first_reason(*facts, False, explicit_required)
    # Retention starts from the consent state (a record withdrawn later was captured as allowed
    # and keeps that window unless the policy shortens it); deletion then shortens it.
    before_deletion = (
        first_reason(*facts[:3], False, *facts[4:], False, explicit_required) if deleted else reason
    )
    retain_until, rule = _retention(
        policy, account.tier, before_deletion in _ALLOWED or withdrawn, incognito, flags, at
    )
    eligible = reason in _ALLOWED
    if withdrawn or deleted:  # later facts may bring the deadline forward (rules.SHORTENINGS)
        retain_until, rule = shortened(
            policy.retention,
            (retain_until, rule),
            {
                "withdrawn": withdrawn and governing is not None,
                "shorten": policy.retention.on_withdrawal == OnWithdrawal.SHORTEN,
                "safety_window": rule == "safety_flagged",
                "deleted": deleted,
                "ts": at,
                "choice_at": governing.ts if governing else None,
                "deleted_at": conversation.deleted_at,
            },
        )

    return Decision(
        eligible=eligible,
        reason=reason,
        policy_version=policy.version,
        retain_until=retain_until,
        retention_rule=rule,
        choice=None if choice == "required" else choice,
        basis=None if choice == "required" else basis,
        choice_at=choice_at,
        tier=account.tier,
    )


def _governing(
    policy: Policy,
    events: Sequence[ConsentEvent],
    at: datetime,
    as_of: datetime,
    last_activity: datetime | None,
) -> tuple[ConsentEvent | None, bool, bool]:
    """The latest event that reaches the exchange, whether it is a later withdrawal, and whether
    a later permission failed to reach it because the conversation stayed dormant."""
    whole = policy.scope.resumed == ResumedScope.WHOLE_CONVERSATION
    governing: ConsentEvent | None = None
    withdrawn = False
    dormant = False
    for ev in events:
        if ev.ts > as_of:
            break
        if ev.ts <= at:
            governing, withdrawn, dormant = ev, False, False
        elif ev.choice == "deny":
            governing, withdrawn, dormant = ev, True, False
        elif ev.choice == "allow":
            if whole and last_activity is not None and last_activity > ev.ts:
                governing, withdrawn, dormant = ev, False, False
            else:
                dormant = True
    return governing, withdrawn, dormant


def _retention(
    policy: Policy, tier: str, allowed: bool, incognito: bool, flags: ExchangeFlags, at: datetime
) -> tuple[datetime | None, str]:
    r = policy.retention
    if flags.safety_flagged and r.safety_flagged != "same":
        return _plus(at, r.safety_flagged), "safety_flagged"
    if incognito:
        return _plus(at, r.incognito), "incognito"
    if flags.feedback and r.feedback != "same":
        return _plus(at, r.feedback), "feedback"
    if tier in r.by_tier:
        return _plus(at, r.by_tier[tier]), f"tier:{tier}"
    if allowed:
        return _plus(at, r.allowed), "allowed"
    return _plus(at, r.not_allowed), "not_allowed"


def _plus(t: datetime, window: timedelta | None | str) -> datetime | None:
    if window is None:
        return None
    assert isinstance(window, timedelta)
    return t + window


_EXPLAIN: dict[str, str] = {
    Reason.TIER_NEVER: "tier '{tier}' never trains under this policy (tiers.{tier}: never)",
    Reason.NOT_OPTED_IN: "tier '{tier}' trains only after an explicit opt-in (tiers.{tier}: opt_in); the choice in force is {basis}",
    Reason.INCOGNITO: "temporary (incognito) chats are never used for training",
    Reason.SAFETY: "safety-flagged content is kept for safety work only, never for training",
    Reason.DELETED: "the conversation was deleted",
    Reason.CHOICE_REQUIRED: "the choice deadline ({deadline}) passed without a choice; the policy requires one before anything trains",
    Reason.DENIED: "the user's choice in force ({basis}, {when}) is to not allow training",
    Reason.DEFAULT_OFF: "the user has not chosen and the default is off",
    Reason.WITHDRAWN: "the user withdrew permission on {when}; a withdrawal reaches all stored data",
    Reason.DORMANT: "a later permission does not reach this dormant conversation (it was not resumed after it)",
    Reason.EXPLICIT_REQUIRED: "training needs an explicit choice and the choice in force is {basis}",
    Reason.ALLOWED: "the user allowed training ({basis}, {when})",
    Reason.ALLOWED_DEFAULT: "the user has not chosen and the default is on",
    Reason.ALLOWED_DEEMED: "the user stayed silent past the deadline ({deadline}) and the policy deems that consent",
}


def explain(policy: Policy, d: Decision) -> str:
    """One sentence that says why the policy decided this (computed on demand, not per row)."""
    deadline = policy.choice.deadline.date().isoformat() if policy.choice.deadline else "none"
    return _EXPLAIN[d.reason].format(
        tier=d.tier,
        basis=(d.basis or "none").replace("_", " "),
        when=d.choice_at.isoformat() if d.choice_at else "not recorded",
        deadline=deadline,
    )
