"""The rule table's two interpreters agree: the SQL selection a dataset build runs and the pure
policy evaluator (plus the store's facts) pick the same exchanges, on SQLite and PostgreSQL;
and over every combination of facts, the compiled CASE gives the evaluator's reason."""

from __future__ import annotations

import itertools
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    case,
    create_engine,
    select,
)

from consentry.datasets.select import ELIGIBLE, Filters, Scope, selection
from consentry.policy.model import TierRule
from consentry.policy.rules import AS_CAPTURED, RULES, Basis, Choice, Stage, first_reason
from consentry.policy.sql import compile_reason
from consentry.store import open_store, unit_of_work
from tests.datasets.policies_fixture import POLICIES
from tests.datasets.storegen import OPS, apply_op, load, oracle, specs, wipe


@pytest.fixture
def engine(db_url: str):
    eng = open_store(db_url)
    yield eng
    eng.dispose()


def test_sql_selection_matches_the_evaluator(engine, db_url):
    n = 60 if db_url.startswith("sqlite") else 20
    settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck))(
        given(
            spec=specs(),
            ops=OPS,
            policy_name=st.sampled_from(sorted(POLICIES)),
            explicit_only=st.booleans(),
        )(
            lambda spec, ops, policy_name, explicit_only: _compare(
                engine, spec, ops, policy_name, explicit_only
            )
        )
    )()


def _compare(engine, spec, ops, policy_name, explicit_only):
    policy = POLICIES[policy_name]
    with unit_of_work(engine) as conn:
        wipe(conn)
        load(conn, policy, spec)
        for i, op in enumerate(ops):
            apply_op(conn, policy, op, spec, i)
    at = datetime.now(timezone.utc)
    with unit_of_work(engine) as conn:
        expected = oracle(conn, policy, at, explicit_only)
        with selection(conn, Scope(policy, at, Filters(explicit_only=explicit_only))) as sel:
            statuses = sel.statuses()
            counts = sel.exclusions()
    selected = {x for x, s in statuses.items() if s == ELIGIBLE}
    event("some eligible" if selected else "none eligible")
    with engine.connect() as conn:
        from sqlalchemy import select

        from consentry.store.schema import exchanges

        captured_no = set(
            conn.execute(select(exchanges.c.exchange_id).where(~exchanges.c.eligible)).scalars()
        )
    if selected & captured_no:
        event("a permission reached a resumed conversation")
    for reason in counts:
        event(f"excluded: {reason}")
    assert selected == expected
    assert sum(counts.values()) + len(selected) == len(statuses)


FACT_VALUES = {
    "tier_rule": list(TierRule),
    "incognito": [False, True],
    "safety_flagged": [False, True],
    "deleted": [False, True],
    "choice": list(Choice),
    "basis": list(Basis),
    "late": [False, True],
    "dormant": [False, True],
    "explicit_required": [False, True],
}


def test_compiled_rules_give_the_evaluators_reason_for_every_combination_of_facts():
    names = list(FACT_VALUES)
    combos = [dict(zip(names, vs, strict=True)) for vs in itertools.product(*FACT_VALUES.values())]
    md = MetaData()
    cols = [Column("i", Integer, primary_key=True)]
    cols += [Column(n, Boolean if isinstance(FACT_VALUES[n][0], bool) else String) for n in names]
    facts_table = Table("facts", md, *cols)
    c = facts_table.c

    def column_fact(name):  # noqa: ANN001, ANN202
        if isinstance(FACT_VALUES[name][0], bool):
            return c[name]
        return lambda value: c[name] == value.value

    sql_facts = {n: column_fact(n) for n in names} | {"captured_excluded": False}
    branches = []
    for stage in (Stage.DATA, Stage.CONSENT):
        whens, otherwise = compile_reason(sql_facts, lambda rule: str(rule.reason), stage)
        branches += whens
        if otherwise is not None:
            branches.append((c.i == c.i, otherwise))
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        md.create_all(conn)
        conn.execute(
            facts_table.insert(),
            [
                {"i": i} | {k: (v if isinstance(v, bool) else v.value) for k, v in f.items()}
                for i, f in enumerate(combos)
            ],
        )
        got = dict(conn.execute(select(c.i, case(*branches))).all())
    assert len(got) == len(combos) > 2000
    for i, f in enumerate(combos):
        assert got[i] == first_reason(**f, captured_excluded=False), f
    assert any(r.reason == AS_CAPTURED for r in RULES)  # the store-only rule is in the table
