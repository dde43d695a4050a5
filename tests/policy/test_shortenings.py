"""The retention shortenings (rules.SHORTENINGS) read two ways agree: the evaluator's
`shortened` and the SQL the purge runs (`compile_shortened_due`), over random facts, windows
and times, including a deadline exactly at `now`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, Table, create_engine, select

from consentry.policy import load_policy
from consentry.policy.model import from_canonical_json
from consentry.policy.rules import SHORTENINGS, shortened
from consentry.policy.sql import compile_shortened_due

T0 = datetime(2025, 10, 1, tzinfo=timezone.utc)
WINDOWS = st.one_of(st.none(), st.integers(0, 90).map(lambda d: f"{d}d"))
DAY = st.integers(0, 120).map(lambda d: T0 + timedelta(days=d))
FACT = st.fixed_dictionaries(
    {
        "withdrawn": st.booleans(),
        "shorten": st.booleans(),
        "safety_window": st.booleans(),
        "deleted": st.booleans(),
        "ts": DAY,
        "choice_at": DAY,
        "deleted_at": DAY,
    }
)

md = MetaData()
ROWS = Table(
    "facts",
    md,
    Column("i", Integer, primary_key=True),
    *(Column(n, Boolean) for n in ("withdrawn", "shorten", "safety_window", "deleted")),
    *(Column(n, DateTime) for n in ("ts", "choice_at", "deleted_at")),
)


def _windows(not_allowed: str | None, deleted: str | None):  # noqa: ANN202
    body = json.loads(load_policy("strict-opt-in").canonical_json())
    body["retention"]["not_allowed"] = not_allowed or "until_deleted"
    body["retention"]["deleted"] = deleted or "until_deleted"
    return from_canonical_json(json.dumps(body)).retention


@settings(max_examples=60, deadline=None)
@given(
    not_allowed=WINDOWS,
    deleted=WINDOWS,
    facts=st.lists(FACT, min_size=1, max_size=30),
    now_day=st.integers(0, 200),
)
def test_compiled_shortenings_say_due_exactly_when_the_evaluator_does(
    not_allowed, deleted, facts, now_day
) -> None:
    windows = _windows(not_allowed, deleted)
    now = T0 + timedelta(days=now_day)
    c = ROWS.c
    due = compile_shortened_due(
        windows,
        {n: c[n] for n in ("withdrawn", "shorten", "safety_window", "deleted")},
        {n: c[n] for n in ("ts", "choice_at", "deleted_at")},
        now.replace(tzinfo=None),
    )
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        md.create_all(conn)
        naive = [
            {"i": i}
            | {k: v.replace(tzinfo=None) if isinstance(v, datetime) else v for k, v in f.items()}
            for i, f in enumerate(facts)
        ]
        conn.execute(ROWS.insert(), naive)
        got = set(conn.execute(select(c.i).where(due)).scalars()) if due is not False else set()
    want = set()
    for i, f in enumerate(facts):
        until, _ = shortened(windows, (None, "kept"), f)
        if until is not None and until <= now:
            want.add(i)
    assert got == want


def test_the_table_names_the_windows_it_reads() -> None:
    windows = load_policy("strict-opt-in").retention
    assert {s.window for s in SHORTENINGS} <= set(type(windows).model_fields)
    assert [s.rule for s in SHORTENINGS] == ["withdrawn", "deleted"]
