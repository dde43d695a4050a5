"""Plain-language sentences the privacy center shows, derived from the policy in force, so the
page says what the policy does rather than what someone once wrote about it."""

from __future__ import annotations

from datetime import timedelta

from consentry.policy import Policy
from consentry.policy.model import OnWithdrawal, ResumedScope, TierRule


def duration(window: timedelta | None) -> str:
    """'30 days', '5 years', 'until you delete it'."""
    if window is None:
        return "until you delete it"
    days = window.days
    if days and days % 365 == 0:
        n = days // 365
        return f"{n} year{'s' * (n != 1)}"
    if days:
        return f"{days} day{'s' * (days != 1)}"
    hours = int(window.total_seconds() // 3600)
    return f"{hours} hour{'s' * (hours != 1)}"


def choice_effects(policy: Policy, tier: str) -> dict[str, str]:
    """What each option changes and from when, for a user of this tier."""
    r = policy.retention
    resumed = (
        "including what you wrote in it before"
        if policy.scope.resumed == ResumedScope.WHOLE_CONVERSATION
        else "from the point where you continue it"
    )
    shorten = (
        f" Your stored chats are then kept {duration(r.not_allowed)} instead of "
        f"{duration(r.allowed)}."
        if r.on_withdrawal == OnWithdrawal.SHORTEN
        else ""
    )
    rule = policy.tiers.get(tier)
    tier_note = ""
    if rule == TierRule.NEVER:
        tier_note = (
            f"Your plan ({tier}) is never used for training, whatever you choose here; your "
            "choice is still recorded."
        )
    elif rule == TierRule.OPT_IN:
        tier_note = f"Your plan ({tier}) is used for training only if you choose Allow here."
    return {
        "allow": (
            "From the moment you choose it: new chats, and older chats you continue afterwards "
            f"({resumed}), may be used to train future models. Chats you do not come back to "
            "keep the choice that was in force when you had them."
        ),
        "deny": (
            "From the moment you choose it: no new chat is used, and every training set built "
            "after that leaves out all of your stored chats, older ones included. A model that "
            "has already finished training keeps what it learned; the list below shows which "
            f"training sets used your data, and later versions of them leave it out.{shorten}"
        ),
        "retention": (
            f"Chats that may be used for training are kept {duration(r.allowed)}; others "
            f"{duration(r.not_allowed)}. A chat you delete leaves training at once."
        ),
        "incognito": (
            "Temporary (incognito) chats are never used for training, whatever you choose, and "
            + (
                f"are deleted {duration(r.incognito)} after they happen."
                if r.incognito is not None
                else "are kept until you delete them."
            )
        ),
        "tier": tier_note,
    }


# The evaluator's explanations are written for operators ("the user allowed ..."); the privacy
# center speaks to the user. One sentence per reason code; {when} is the date of the choice.
FOR_YOU = {
    "consent_allowed": "you allowed training on {when}",
    "default_allowed": "you have not chosen, and training is on until you do",
    "deemed_allowed": "you did not answer by {deadline}, and this service counts that as allowing",
    "tier_never_trains": "your plan ({tier}) is never used for training",
    "tier_requires_opt_in": "your plan ({tier}) is used only if you choose Allow",
    "incognito": "temporary chats are never used for training",
    "safety_flagged": "it was flagged for safety review and is kept for that only, never for training",
    "conversation_deleted": "you deleted it",
    "choice_required": "you have not chosen yet, and nothing is used until you do",
    "consent_denied": "you chose not to allow training on {when}",
    "default_off": "you have not chosen, and training is off until you do",
    "consent_withdrawn": "you turned training off on {when}, which reaches everything stored",
    "dormant_conversation": "you allowed training after this chat and have not continued it since, "
    "so it keeps the choice that was in force when you had it",
    "explicit_consent_required": "training needs you to choose Allow yourself",
}


def for_you(policy: Policy, d) -> str:  # noqa: ANN001 - a policy Decision
    """Why, in the second person, with dates rather than timestamps."""
    template = FOR_YOU.get(d.reason)
    if template is None:
        from consentry.policy import explain

        return explain(policy, d)
    return template.format(
        when=d.choice_at.strftime("%d %B %Y") if d.choice_at else "a date not recorded",
        deadline=policy.choice.deadline.strftime("%d %B %Y")
        if policy.choice.deadline
        else "the deadline",
        tier=d.tier,
    )
