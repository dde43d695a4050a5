"""Retention is the evaluator's one rule: over random histories the purge removes exactly what
`policy.evaluate(..., as_of=now).retain_until` says, under every `on_withdrawal` setting; and
the issue's cases (a withdrawal then an incognito turn; a tier change) behave as documented.

The purge decides most exchanges in SQL (captured deadline, compiled shortenings) and sends
only those a later consent event may have reached back to the evaluator, so the histories mix
what makes the two paths differ: policy versions switched mid-history (each exchange keeps its
own), consent recorded late with an earlier effective time, safety-flagged and feedback turns,
deleted conversations, a legal hold, and a second purge later on the same store."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from consentry.policy import Account, Conversation, ExchangeFlags, evaluate, load_policy
from consentry.policy.model import OnWithdrawal, Policy, from_canonical_json
from consentry.rights.retention import purge
from consentry.store import open_store, unit_of_work
from consentry.store.accounts import upsert_accounts
from consentry.store.consents import consent_history, record_consent
from consentry.store.conversations import delete_conversation
from consentry.store.exchanges import capture_exchange
from consentry.store.holds import place
from consentry.store.policies import stored_policies
from consentry.store.schema import (
    accounts,
    audit_log,
    consent_events,
    conversations,
    exchanges,
    legal_holds,
    policies,
)

from ..store.tables import T0, account_rows

PRESETS = ("chatgpt-2025", "claude-consumer-2025", "strict-opt-in")


def _variant(name: str, on_withdrawal: OnWithdrawal) -> Policy:
    body = json.loads(load_policy(name).canonical_json())
    body["retention"]["on_withdrawal"] = on_withdrawal.value
    return from_canonical_json(json.dumps(body))


POLICIES = [_variant(n, w) for n in PRESETS for w in OnWithdrawal]


def _exchange(  # noqa: PLR0913
    i: int,
    account: str,
    conv: str,
    ts: datetime,
    incognito: bool = False,
    safety_flagged: bool = False,
    feedback: bool = False,
) -> dict:
    return {
        "exchange_id": f"ex-{i:04d}",
        "ts": ts,
        "account_id": account,
        "api_key_id": None,
        "conversation_id": conv,
        "surface": "web",
        "model": "model-a",
        "ip": "198.51.100.1",
        "country": "DE",
        "user_agent": "ua",
        "prompt": f"question {i}",
        "system_prompt": None,
        "response": f"answer {i}",
        "input_tokens": 1,
        "output_tokens": 1,
        "tool_count": 0,
        "has_image": False,
        "status": 200,
        "incognito": incognito,
        "safety_flagged": safety_flagged,
        "feedback": feedback,
    }


def _wipe(conn) -> None:  # noqa: ANN001
    for t in (legal_holds, exchanges, conversations, consent_events, audit_log, policies, accounts):
        conn.execute(delete(t))


# One step of a history: (kind, day offset, account index, conversation index, flag, variant)
STEP = st.tuples(
    st.sampled_from(
        ["exchange", "exchange", "exchange", "allow", "deny", "delete", "tier", "late", "switch"]
    ),
    st.integers(0, 400),
    st.integers(0, 2),
    st.integers(0, 2),
    st.booleans(),
    st.integers(0, 3),
)
TIERS = ("free", "pro", "team", "api")


@st.composite
def histories(draw):  # noqa: ANN001, ANN201
    steps = sorted(draw(st.lists(STEP, min_size=1, max_size=14)), key=lambda s: s[1])
    return (
        draw(st.sampled_from(range(len(POLICIES)))),
        [draw(st.sampled_from(TIERS)) for _ in range(3)],
        steps,
        draw(st.integers(0, 2000)),
        draw(st.one_of(st.none(), st.integers(0, 2))),  # an account under legal hold
        draw(st.integers(1, 400)),  # days to a second purge
    )


def _replay(conn, policy_i: int, tiers: list[str], steps: list) -> None:  # noqa: ANN001
    """Apply the history in time order, through the store's own write paths."""
    rows = [r | {"tier": tiers[i]} for i, r in enumerate(account_rows()[:3])]
    upsert_accounts(conn, rows)
    policy = POLICIES[policy_i]
    for n, (kind, day, acc_i, conv_i, flag, variant) in enumerate(steps, 1):
        acc, at = f"acc-{acc_i}", T0 + timedelta(days=day, minutes=n - 1)
        conv = f"conv-{acc_i}-{conv_i}"
        if kind == "exchange":
            ex = _exchange(
                n, acc, conv, at, incognito=flag, safety_flagged=variant == 1, feedback=variant == 2
            )
            capture_exchange(conn, policy, ex)
        elif kind in ("allow", "deny"):
            basis = "explicit" if flag else "preset_accepted"
            record_consent(conn, acc, kind, basis, at=at, policy=policy)
        elif kind == "late":  # recorded now, in effect earlier (before stored exchanges)
            choice = "allow" if flag else "deny"
            earlier = at - timedelta(days=[1, 10, 45, 200][variant])
            record_consent(conn, acc, choice, "explicit", at=earlier, policy=policy)
        elif kind == "switch":  # later exchanges are captured under another policy version
            policy = POLICIES[(POLICIES.index(policy) + 1 + variant) % len(POLICIES)]
        elif kind == "delete":
            exists = conn.execute(
                select(conversations.c.deleted_at).where(conversations.c.conversation_id == conv)
            ).first()
            if exists is not None and exists.deleted_at is None:
                delete_conversation(conn, conv, at=at)
        else:  # the account moves to another tier
            new = TIERS[(TIERS.index(tiers[acc_i]) + 1 + conv_i) % len(TIERS)]
            tiers[acc_i] = new
            upsert_accounts(conn, [rows[acc_i] | {"tier": new}])


def _evaluator_says_due(conn, now: datetime) -> dict[str, str]:  # noqa: ANN001
    """The oracle: the evaluator over every live exchange, nothing narrowed, each under the
    policy version stored with it (exchange id -> account id)."""
    e, c = exchanges, conversations
    q = select(
        e.c.exchange_id,
        e.c.account_id,
        e.c.ts,
        e.c.tier,
        e.c.incognito,
        e.c.safety_flagged,
        e.c.feedback,
        e.c.policy_version,
        c.c.last_activity_at,
        c.c.deleted_at,
    ).outerjoin(c, c.c.conversation_id == e.c.conversation_id)
    rows = conn.execute(q.where(e.c.erased_at.is_(None))).all()
    by_version = stored_policies(conn, {r.policy_version for r in rows})
    due = {}
    for r in rows:
        d = evaluate(
            by_version[r.policy_version],
            Account(r.account_id, r.tier),
            consent_history(conn, r.account_id),
            r.ts,
            conversation=Conversation(r.last_activity_at, r.deleted_at),
            flags=ExchangeFlags(r.incognito, r.safety_flagged, r.feedback),
            as_of=now,
        )
        if d.retain_until is not None and d.retain_until <= now:
            due[r.exchange_id] = r.account_id
    return due


def _erased(conn) -> set[str]:  # noqa: ANN001
    q = select(exchanges.c.exchange_id).where(exchanges.c.erased_at.is_not(None))
    return set(conn.execute(q).scalars())


def test_the_purge_removes_exactly_what_the_evaluator_says(db_url: str) -> None:
    engine = open_store(db_url)
    n = 60 if db_url.startswith("sqlite") else 15

    @settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck))
    @given(histories())
    def check(history) -> None:  # noqa: ANN001
        policy_i, tiers, steps, now_day, held, later = history
        now = T0 + timedelta(days=now_day)
        with unit_of_work(engine) as conn:
            _wipe(conn)
            _replay(conn, policy_i, list(tiers), steps)
            if held is not None:
                place(conn, f"acc-{held}", "matter 1")
            done: set[str] = set()
            for at in (now, now + timedelta(days=later)):  # two purges, the second later
                want = _evaluator_says_due(conn, at)
                kept = {x for x, acc in want.items() if acc == f"acc-{held}"}
                dry = purge(conn, at, dry_run=True)
                assert (dry.purged, dry.held) == (len(want) - len(kept), len(kept))
                report = purge(conn, at)
                done |= want.keys() - kept
                assert _erased(conn) == done, (at, POLICIES[policy_i].retention.on_withdrawal)
                assert (report.purged, report.held) == (dry.purged, dry.held)
                assert report.by_deadline + report.by_later_event == report.purged
                assert purge(conn, at).purged == 0  # nothing left due: idempotent
                event(f"decided in SQL: {report.purged > 0 and report.reconsidered == 0}")
                event(f"reconsidered by the evaluator: {report.reconsidered > 0}")
                event(f"held: {bool(kept)}")

    check()
    engine.dispose()


def test_a_choice_recorded_late_reaches_what_was_captured_before_it(db_url: str) -> None:
    """A refusal recorded after an exchange was captured, in effect before it (backdated):
    the exchange is no longer allowed, so its 2-year window becomes 30 days. Only the
    recording time tells the purge that the captured deadline is stale."""
    policy = load_policy("strict-opt-in")  # allowed 2y, not_allowed 30d
    engine = _timeline(db_url, policy)
    with unit_of_work(engine) as conn:
        record_consent(conn, "acc-0", "allow", at=T0 - timedelta(days=10), policy=policy)
        capture_exchange(conn, policy, _exchange(1, "acc-0", "conv-a", T0))
        record_consent(conn, "acc-0", "deny", at=T0 - timedelta(days=1), policy=policy)
        report = purge(conn, T0 + timedelta(days=40))
        left = conn.execute(select(exchanges.c.prompt)).scalar_one()
    assert (report.purged, report.reconsidered, left) == (1, 1, None)
    assert report.by_later_event == 1  # the captured deadline (2 years) had not passed


def _timeline(db_url: str, policy: Policy, tier: str = "free"):  # noqa: ANN202
    engine = open_store(db_url)
    with unit_of_work(engine) as conn:
        upsert_accounts(conn, [account_rows()[0] | {"tier": tier}])
    return engine


def test_a_later_incognito_turn_does_not_purge_an_earlier_ordinary_one(db_url: str) -> None:
    """The issue's case: chatgpt-2025 (`on_withdrawal: keep`), an ordinary exchange, then a
    withdrawal, then an incognito turn in the same conversation."""
    policy = load_policy("chatgpt-2025")
    engine = _timeline(db_url, policy)
    with unit_of_work(engine) as conn:
        capture_exchange(conn, policy, _exchange(1, "acc-0", "conv-a", T0))
        record_consent(conn, "acc-0", "deny", at=T0 + timedelta(days=1), policy=policy)
        capture_exchange(
            conn, policy, _exchange(2, "acc-0", "conv-a", T0 + timedelta(days=2), incognito=True)
        )
        report = purge(conn, T0 + timedelta(days=90))
        left = dict(conn.execute(select(exchanges.c.exchange_id, exchanges.c.prompt)).all())
    assert report.purged == 1 and report.by_later_event == 0  # the incognito turn, at 30 days
    assert left == {"ex-0001": "question 1", "ex-0002": None}


# Times relative to now: a selection as of now knows the consent events just recorded.
B = datetime.now(timezone.utc) - timedelta(days=3)


def test_one_incognito_turn_leaves_the_conversations_other_turns_trainable(db_url: str) -> None:
    from consentry.datasets.select import ELIGIBLE, Scope, selection

    policy = load_policy("chatgpt-2025")  # on by default: ordinary turns train
    engine = _timeline(db_url, policy)
    with unit_of_work(engine) as conn:
        capture_exchange(conn, policy, _exchange(1, "acc-0", "conv-a", B))
        capture_exchange(
            conn, policy, _exchange(2, "acc-0", "conv-a", B + timedelta(hours=1), incognito=True)
        )
        with selection(conn, Scope(policy, datetime.now(timezone.utc))) as sel:
            status = sel.statuses()
    assert status == {"ex-0001": ELIGIBLE, "ex-0002": "incognito"}


def test_the_tier_at_capture_governs_data_captured_before_a_tier_change(db_url: str) -> None:
    """A chat from a `team` period, resumed after the account moved to `pro` and allowed
    training, stays out (the business terms it was captured under); the pro turns train."""
    from consentry.datasets.select import ELIGIBLE, Scope, selection

    policy = load_policy("claude-consumer-2025")  # team: never; whole_conversation
    engine = _timeline(db_url, policy, tier="team")
    with unit_of_work(engine) as conn:
        capture_exchange(conn, policy, _exchange(1, "acc-0", "conv-a", B))
        upsert_accounts(conn, [account_rows()[0] | {"tier": "pro"}])
        record_consent(conn, "acc-0", "allow", at=B + timedelta(days=1), policy=policy)
        capture_exchange(conn, policy, _exchange(2, "acc-0", "conv-a", B + timedelta(days=2)))
        with selection(conn, Scope(policy, datetime.now(timezone.utc))) as sel:
            status = sel.statuses()
        tiers = dict(conn.execute(select(exchanges.c.exchange_id, exchanges.c.tier)).all())
    assert tiers == {"ex-0001": "team", "ex-0002": "pro"}
    assert status == {"ex-0001": "tier_never_trains", "ex-0002": ELIGIBLE}


def test_a_move_to_a_business_tier_reaches_only_what_is_captured_after_it(db_url: str) -> None:
    from consentry.datasets.select import ELIGIBLE, Scope, selection

    policy = load_policy("claude-consumer-2025")
    engine = _timeline(db_url, policy, tier="pro")
    with unit_of_work(engine) as conn:
        record_consent(conn, "acc-0", "allow", at=B - timedelta(days=1), policy=policy)
        capture_exchange(conn, policy, _exchange(1, "acc-0", "conv-a", B))
        upsert_accounts(conn, [account_rows()[0] | {"tier": "team"}])
        capture_exchange(conn, policy, _exchange(2, "acc-0", "conv-b", B + timedelta(days=1)))
        with selection(conn, Scope(policy, datetime.now(timezone.utc))) as sel:
            status = sel.statuses()
    assert status == {"ex-0001": ELIGIBLE, "ex-0002": "tier_never_trains"}
