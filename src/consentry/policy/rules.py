"""The consent rule as data: the reason codes, the order in which they are tried, and the event
a passed deadline implies. Two interpreters read this one table:

- `first_reason` (here) decides for one exchange in Python (consentry.policy.evaluate: capture,
  retention, explanations);
- `compile_reason` (consentry.policy.sql) turns it into a SQL CASE over a whole store
  (consentry.datasets.select: dataset build, verify and rebuild).

The retention deadline's later shortenings (SHORTENINGS: a withdrawal under `shorten`, a
deleted conversation) are a second, smaller table read the same two ways: `shortened` here
(the evaluator) and `compile_shortened_due` in consentry.policy.sql (the retention purge).

A rule is a reason and a condition over named facts. The facts are the same for both
interpreters; each supplies them its own way (Python values, or SQL expressions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from consentry.policy.model import AfterDeadline, RetentionWindows, TierRule


class Reason(StrEnum):
    """Reason codes a decision can carry. Eligible decisions use the ALLOWED_* codes."""

    ALLOWED = "consent_allowed"
    ALLOWED_DEFAULT = "default_allowed"
    ALLOWED_DEEMED = "deemed_allowed"
    TIER_NEVER = "tier_never_trains"
    NOT_OPTED_IN = "tier_requires_opt_in"
    INCOGNITO = "incognito"
    SAFETY = "safety_flagged"
    DELETED = "conversation_deleted"
    CHOICE_REQUIRED = "choice_required"
    DENIED = "consent_denied"
    DEFAULT_OFF = "default_off"
    WITHDRAWN = "consent_withdrawn"
    DORMANT = "dormant_conversation"
    EXPLICIT_REQUIRED = "explicit_consent_required"

    @classmethod
    def all(cls) -> tuple[str, ...]:
        return tuple(r.value for r in cls)


class Choice(StrEnum):
    ALLOW = "allow"
    DENY = "deny"
    REQUIRED = "required"  # synthetic: the deadline passed and the policy requires a choice


class Basis(StrEnum):
    EXPLICIT = "explicit"
    PRESET_ACCEPTED = "preset_accepted"
    DEEMED = "deemed"
    DEFAULT = "default"


class Stage(StrEnum):
    DATA = "data"  # facts about the exchange and its conversation (no consent event changes them)
    CONSENT = "consent"  # decided by the consent history in force


# The event a passed deadline implies for an account that stayed silent (keep_default: none).
DEADLINE_EVENT: dict[AfterDeadline, tuple[Choice, Basis]] = {
    AfterDeadline.DEEM_ALLOW: (Choice.ALLOW, Basis.DEEMED),
    AfterDeadline.DEEM_DENY: (Choice.DENY, Basis.DEEMED),
    AfterDeadline.REQUIRE_CHOICE: (Choice.REQUIRED, Basis.DEFAULT),
}


# Conditions: a small expression language over named facts.
@dataclass(frozen=True)
class Fact:
    """A true/false fact, e.g. `incognito`."""

    name: str


@dataclass(frozen=True)
class Is:
    """An enumerated fact has this value, e.g. choice is deny."""

    name: str
    value: StrEnum


@dataclass(frozen=True)
class Not:
    cond: Cond


@dataclass(frozen=True)
class All:
    conds: tuple[Cond, ...]


@dataclass(frozen=True)
class Always:
    pass


Cond = Fact | Is | Not | All | Always

# The reason a rule gives when it stands for "the decision captured with the exchange": a
# build never lets consent grow backwards except through a resumed conversation, so an
# exchange captured as excluded keeps its captured reason (only the store knows it; the
# single-exchange interpreter sets the fact false).
AS_CAPTURED = "as_captured"


@dataclass(frozen=True)
class Rule:
    reason: Reason | str
    when: Cond
    stage: Stage


def _deny(*more: Cond) -> All:
    return All((Is("choice", Choice.DENY), *more))


def _not_explicit(*more: Cond) -> All:
    return All((*more, Not(Is("basis", Basis.EXPLICIT))))


# Facts: tier_rule (TierRule), incognito, safety_flagged, deleted (the conversation, by the
# time the decision is for), choice (Choice in force: the governing event's or the policy's
# default), basis (Basis), late (the governing event took effect after the exchange),
# dormant (a later permission did not reach this dormant conversation), captured_excluded
# (captured as not eligible and not reached by a later permission), explicit_required.
RULES: tuple[Rule, ...] = (
    Rule(Reason.TIER_NEVER, Is("tier_rule", TierRule.NEVER), Stage.DATA),
    Rule(Reason.INCOGNITO, Fact("incognito"), Stage.DATA),
    Rule(Reason.SAFETY, Fact("safety_flagged"), Stage.DATA),
    Rule(Reason.DELETED, Fact("deleted"), Stage.DATA),
    Rule(Reason.CHOICE_REQUIRED, Is("choice", Choice.REQUIRED), Stage.CONSENT),
    Rule(Reason.WITHDRAWN, _deny(Fact("late")), Stage.CONSENT),
    Rule(Reason.DORMANT, _deny(Fact("dormant")), Stage.CONSENT),
    Rule(Reason.DEFAULT_OFF, _deny(Is("basis", Basis.DEFAULT)), Stage.CONSENT),
    Rule(Reason.DENIED, _deny(), Stage.CONSENT),
    Rule(AS_CAPTURED, Fact("captured_excluded"), Stage.CONSENT),
    Rule(Reason.NOT_OPTED_IN, _not_explicit(Is("tier_rule", TierRule.OPT_IN)), Stage.CONSENT),
    Rule(Reason.EXPLICIT_REQUIRED, _not_explicit(Fact("explicit_required")), Stage.CONSENT),
    Rule(Reason.ALLOWED_DEFAULT, Is("basis", Basis.DEFAULT), Stage.CONSENT),
    Rule(Reason.ALLOWED_DEEMED, Is("basis", Basis.DEEMED), Stage.CONSENT),
    Rule(Reason.ALLOWED, Always(), Stage.CONSENT),
)

ALLOWED_REASONS: tuple[Reason, ...] = (
    Reason.ALLOWED,
    Reason.ALLOWED_DEFAULT,
    Reason.ALLOWED_DEEMED,
)
# Reasons that the consent history decides (a later event can change them); the rest are facts
# about the data.
CONSENT_REASONS: tuple[Reason, ...] = tuple(
    r.reason
    for r in RULES
    if r.stage == Stage.CONSENT and isinstance(r.reason, Reason) and r.reason not in ALLOWED_REASONS
)
DATA_REASONS: tuple[Reason, ...] = tuple(
    r.reason for r in RULES if r.stage == Stage.DATA and isinstance(r.reason, Reason)
)


# The facts the rules read, in the order the Python interpreter takes them.
FACTS = (
    "tier_rule",
    "incognito",
    "safety_flagged",
    "deleted",
    "choice",
    "basis",
    "late",
    "dormant",
    "captured_excluded",
    "explicit_required",
)


def _python(cond: Cond, values: list[Any]) -> str:
    """A condition as a Python expression over the facts (constants go to `values`)."""
    if isinstance(cond, Fact):
        return cond.name
    if isinstance(cond, Is):
        values.append(cond.value)
        return f"{cond.name} == V[{len(values) - 1}]"
    if isinstance(cond, Not):
        return f"not ({_python(cond.cond, values)})"
    if isinstance(cond, All):
        return " and ".join(f"({_python(c, values)})" for c in cond.conds) or "True"
    return "True"


def _compile_python(rules: tuple[Rule, ...]) -> Callable[..., str]:
    """The table as one Python function of the FACTS: an `if` per rule, in order (built once, at
    import; it runs for every exchange decided, so it reads the facts as plain arguments)."""
    values: list[Any] = []
    reasons: list[str] = []
    lines = [f"def first_reason({', '.join(FACTS)}):"]
    for rule in rules:
        # The plain code (a str equal to the Reason): decisions are stored and hashed as text.
        reasons.append(str(rule.reason))
        lines.append(f"    if {_python(rule.when, values)}:")
        if isinstance(rule.reason, Reason):
            lines.append(f"        return R[{len(reasons) - 1}]")
        else:
            lines.append(
                f"        raise ValueError('rule {rule.reason} needs the captured decision')"
            )
    lines.append("    raise AssertionError('the rule table ends with an Always rule')")
    namespace: dict[str, Any] = {"V": values, "R": reasons}
    exec("\n".join(lines), namespace)  # noqa: S102 - source built above from the table only
    return namespace["first_reason"]  # type: ignore[no-any-return]


first_reason = _compile_python(RULES)
first_reason.__doc__ = """The reason code (a Reason's value) of the first rule whose condition
holds, given every fact (positionally in FACTS order, or by name): the Python interpreter of
the table."""


@dataclass(frozen=True)
class Shortening:
    """A later fact that brings a retention deadline forward: when `when` holds, the deadline
    becomes the earlier of the one so far and `window` (a RetentionWindows field) after the
    latest of the `starts` (time facts)."""

    rule: str  # the retention rule named in the decision when this one sets the deadline
    when: Cond
    starts: tuple[str, ...]
    window: str


# Facts: withdrawn (the governing event is a refusal after the exchange), shorten (the
# policy's on_withdrawal is `shorten`), safety_window (the safety-flagged window set the
# deadline: nothing shortens it), deleted (the conversation was deleted by then); times: ts
# (the exchange), choice_at (the governing event), deleted_at (the conversation's deletion).
# Applied in order; on a tie the earlier rule keeps its name.
SHORTENINGS: tuple[Shortening, ...] = (
    Shortening(
        "withdrawn",
        All((Fact("withdrawn"), Fact("shorten"), Not(Fact("safety_window")))),
        ("ts", "choice_at"),
        "not_allowed",
    ),
    Shortening(
        "deleted",
        All((Fact("deleted"), Not(Fact("safety_window")))),
        ("deleted_at",),
        "deleted",
    ),
)


def holds(cond: Cond, facts: Mapping[str, Any]) -> bool:
    """A condition over facts given as Python values (the single-exchange interpreter)."""
    if isinstance(cond, Fact):
        return bool(facts[cond.name])
    if isinstance(cond, Is):
        return bool(facts[cond.name] == cond.value)
    if isinstance(cond, Not):
        return not holds(cond.cond, facts)
    if isinstance(cond, All):
        return all(holds(c, facts) for c in cond.conds)
    return True


def window(windows: RetentionWindows, name: str) -> timedelta | None:
    """A shortening's window from the policy (None: until deleted, nothing shortens)."""
    value = getattr(windows, name)
    assert value is None or isinstance(value, timedelta), name
    return value


def shortened(
    windows: RetentionWindows,
    deadline: tuple[datetime | None, str],
    facts: Mapping[str, Any],
) -> tuple[datetime | None, str]:
    """(deadline, rule) after every shortening whose condition holds: the Python interpreter
    of SHORTENINGS."""
    until, rule = deadline
    for s in SHORTENINGS:
        w = window(windows, s.window)
        if w is None or not holds(s.when, facts):
            continue
        candidate = max(facts[t] for t in s.starts) + w
        if until is None or candidate < until:
            until, rule = candidate, s.rule
    return until, rule
