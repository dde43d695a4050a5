"""Properties over random consent histories, policies and times (hypothesis).

The guarantees in DESIGN.md, checked for every generated situation rather than a few examples.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from consentry.contract import BASES, TIERS
from consentry.policy import (
    Account,
    ConsentEvent,
    Conversation,
    ExchangeFlags,
    Policy,
    effective_history,
    evaluate,
    explain,
    load_policy,
    preset_names,
)
from consentry.policy.model import AfterDeadline, ResumedScope, TierRule

T0 = datetime(2025, 6, 1, tzinfo=timezone.utc)
DAY = timedelta(days=1)

times = st.integers(min_value=0, max_value=400).map(lambda d: T0 + d * DAY)
events = st.builds(
    ConsentEvent, ts=times, choice=st.sampled_from(["allow", "deny"]), basis=st.sampled_from(BASES)
)
histories = st.lists(events, max_size=6).map(lambda evs: sorted(evs, key=lambda e: e.ts))


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    """A preset with its choice and scope rules varied, so properties hold for any policy."""
    base = load_policy(draw(st.sampled_from(preset_names())))
    deadline = draw(st.one_of(st.none(), times))
    after = draw(st.sampled_from(list(AfterDeadline))) if deadline else AfterDeadline.KEEP_DEFAULT
    choice = base.choice.model_copy(
        update={
            "default": draw(st.sampled_from(["allow", "deny"])),
            "deadline": deadline,
            "after_deadline": after,
            "require_explicit": draw(st.booleans()),
        }
    )
    tiers = {t: draw(st.sampled_from(list(TierRule))) for t in TIERS}
    scope = base.scope.model_copy(update={"resumed": draw(st.sampled_from(list(ResumedScope)))})
    return base.model_copy(update={"choice": choice, "tiers": tiers, "scope": scope})


situations = st.fixed_dictionaries(
    {
        "policy": policies(),
        "tier": st.sampled_from(TIERS),
        "history": histories,
        "at": times,
        "later": st.integers(min_value=0, max_value=200).map(lambda d: d * DAY),
        "flags": st.builds(ExchangeFlags, st.booleans(), st.booleans(), st.booleans()),
        "last_activity_after": st.one_of(
            st.none(), st.integers(min_value=0, max_value=300).map(lambda d: d * DAY)
        ),
        "explicit_only": st.booleans(),
    }
)


def _decide(s: dict, as_of_view: bool):  # noqa: ANN202
    conv = Conversation(
        last_activity=s["at"] + s["last_activity_after"]
        if s["last_activity_after"] is not None
        else None
    )
    return evaluate(
        s["policy"],
        Account("a", s["tier"]),
        s["history"],
        s["at"],
        conversation=conv,
        flags=s["flags"],
        as_of=s["at"] + s["later"] if as_of_view else None,
        explicit_only=s["explicit_only"],
    )


def _latest(
    policy: Policy, tier: str, history: list[ConsentEvent], t: datetime
) -> ConsentEvent | None:
    before = [e for e in effective_history(policy, tier, history) if e.ts <= t]
    return before[-1] if before else None


@settings(max_examples=400, deadline=None)
@given(situations, st.booleans())
def test_never_eligible_when_tier_never_trains_or_incognito_or_flagged(
    s: dict, as_of_view: bool
) -> None:
    d = _decide(s, as_of_view)
    if (
        s["policy"].tiers[s["tier"]] == TierRule.NEVER
        or s["flags"].incognito
        or s["flags"].safety_flagged
    ):
        assert not d.eligible


@settings(max_examples=400, deadline=None)
@given(situations)
def test_never_eligible_at_capture_when_the_choice_in_force_was_a_refusal(s: dict) -> None:
    d = _decide(s, as_of_view=False)
    latest = _latest(s["policy"], s["tier"], s["history"], s["at"])
    refused = (
        latest.choice in ("deny", "required") if latest else s["policy"].choice.default == "deny"
    )
    if refused:
        assert not d.eligible


@settings(max_examples=400, deadline=None)
@given(situations)
def test_a_current_refusal_reaches_every_stored_exchange(s: dict) -> None:
    d = _decide(s, as_of_view=True)
    latest = _latest(s["policy"], s["tier"], s["history"], s["at"] + s["later"])
    if latest is not None and latest.choice == "deny":
        assert not d.eligible


@settings(max_examples=400, deadline=None)
@given(situations, st.booleans())
def test_explicit_consent_required_means_only_explicit_basis_trains(
    s: dict, as_of_view: bool
) -> None:
    d = _decide(s, as_of_view)
    needs_explicit = (
        s["policy"].choice.require_explicit
        or s["explicit_only"]
        or s["policy"].tiers[s["tier"]] == TierRule.OPT_IN
    )
    if needs_explicit and d.eligible:
        assert d.basis == "explicit"


@settings(max_examples=300, deadline=None)
@given(situations)
def test_turns_after_never_lets_a_later_permission_reach_back(s: dict) -> None:
    policy = s["policy"].model_copy(
        update={"scope": s["policy"].scope.model_copy(update={"resumed": ResumedScope.TURNS_AFTER})}
    )
    s = {**s, "policy": policy}
    captured, later = _decide(s, as_of_view=False), _decide(s, as_of_view=True)
    if not captured.eligible:
        assert not later.eligible


@settings(max_examples=300, deadline=None)
@given(situations, st.booleans())
def test_an_eligible_decision_carries_an_allow_and_a_retention_window(
    s: dict, as_of_view: bool
) -> None:
    d = _decide(s, as_of_view)
    assert d.policy_version == s["policy"].version and explain(s["policy"], d)
    if d.eligible:
        assert d.choice == "allow"
        assert d.retention_rule in {"allowed", "feedback"} or d.retention_rule.startswith("tier:")
