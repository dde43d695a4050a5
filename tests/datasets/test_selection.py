"""The SQL selection on its own: filters narrow the scope, and a permission reaches a resumed
conversation only (the agreement with the evaluator is in tests/policy/test_agreement.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from consentry.datasets.select import ELIGIBLE, Filters, Scope, selection
from consentry.store import unit_of_work
from tests.datasets.policies_fixture import POLICIES
from tests.datasets.storegen import NOW, apply_op, load


def test_filters_narrow_the_scope(engine):
    from tests.datasets.storegen import Spec

    spec = Spec(
        ("free", "pro"),
        (),
        tuple((i % 2, 0, i * 10, False, False) for i in range(6)),
        tuple(f"text {i}" for i in range(6)),
    )
    policy = POLICIES["chatgpt-2025"]
    with unit_of_work(engine) as conn:
        load(conn, policy, spec)
        from tests.datasets.storegen import hour

        f = Filters(since=hour(20), until=hour(50), models=("m1",), tiers=("free", "pro"))
        with selection(conn, Scope(policy, NOW + timedelta(seconds=1), f)) as sel:
            got = {x for x, s in sel.statuses().items() if s == ELIGIBLE}
    # hours 20, 30, 40 are in range; exchange 3 (i % 3 == 0) used model m2
    assert got == {"x2", "x4"}


def test_a_permission_reaches_a_resumed_conversation_only(engine):
    """claude-consumer-2025 brings whole resumed chats into scope; dormant ones stay out."""
    from tests.datasets.storegen import Spec, hour

    policy = POLICIES["claude-consumer-2025"]  # deadline passed: silence means a choice is required
    spec = Spec(
        ("free",), (), ((0, 0, 10, False, False), (0, 1, 11, False, False)), ("first", "second")
    )
    with unit_of_work(engine) as conn:
        load(conn, policy, spec)
        from consentry.store.consents import record_consent

        record_consent(conn, "a0", "allow", "explicit", at=hour(100))
        apply_op(
            conn, policy, ("resume", 0, 0), spec, 0
        )  # conversation c0-0 resumed after the allow
    with (
        unit_of_work(engine) as conn,
        selection(conn, Scope(policy, datetime.now(timezone.utc))) as sel,
    ):
        statuses = sel.statuses()
    assert statuses["x0"] == ELIGIBLE  # earlier turn of the resumed conversation
    assert statuses["x1"] == "choice_required"  # dormant conversation keeps its captured state
    assert statuses["r0-a0-0"] == ELIGIBLE
