"""The second interpreter of the rule table (consentry.policy.rules): rules compiled to the
WHEN branches of a SQL CASE (SQLAlchemy expressions), so a dataset build decides over the whole
store in the database with the same rules `evaluate` applies to one exchange.

`compile_shortened_due` does the same for the retention shortenings (rules.SHORTENINGS): whether
one of them brings an exchange's deadline to a given time or before (the retention purge).

The caller supplies each fact as a SQL expression, a Python constant (known for the whole query,
e.g. the policy requires explicit consent), or for an enumerated fact a function from a value
to either. Constants are folded: a rule that cannot hold is left out, and one that always holds
ends the CASE.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, and_, not_, or_

from consentry.policy.model import RetentionWindows
from consentry.policy.rules import (
    RULES,
    SHORTENINGS,
    All,
    Always,
    Cond,
    Fact,
    Is,
    Not,
    Rule,
    Stage,
    window,
)

SqlBool: TypeAlias = ColumnElement[bool] | bool
SqlFact: TypeAlias = SqlBool | Callable[[StrEnum], SqlBool]


def compile_cond(cond: Cond, facts: Mapping[str, SqlFact]) -> SqlBool:
    """A condition as a SQL expression, or True/False where the facts decide it already."""
    if isinstance(cond, Fact):
        fact = facts[cond.name]
        assert not callable(fact), f"fact {cond.name} is enumerated; use Is()"
        return fact
    if isinstance(cond, Is):
        test = facts[cond.name]
        assert callable(test), f"fact {cond.name} is true/false; use Fact()"
        return test(cond.value)
    if isinstance(cond, Not):
        inner = compile_cond(cond.cond, facts)
        return (not inner) if isinstance(inner, bool) else not_(inner)
    if isinstance(cond, All):
        parts = [compile_cond(c, facts) for c in cond.conds]
        if any(p is False for p in parts):
            return False
        exprs = [p for p in parts if not isinstance(p, bool)]
        return and_(*exprs) if exprs else True
    assert isinstance(cond, Always)
    return True


def compile_reason(
    facts: Mapping[str, SqlFact],
    outcome: Callable[[Rule], Any],
    stage: Stage,
) -> tuple[list[tuple[ColumnElement[bool], Any]], Any | None]:
    """(WHEN branches, ELSE value) of a CASE for one stage of the table, in the table's order.

    `outcome(rule)` is the value the CASE gives when the rule holds (a reason code, or what
    the caller's query should yield for it). Trailing rules with the ELSE's outcome are folded
    into it, so the CASE is no longer than it needs to be.
    """
    whens: list[tuple[ColumnElement[bool], Any]] = []
    otherwise: Any | None = None
    for rule in (r for r in RULES if r.stage == stage):
        cond = compile_cond(rule.when, facts)
        if cond is False:
            continue
        if cond is True:
            otherwise = outcome(rule)
            break
        whens.append((cond, outcome(rule)))
    while otherwise is not None and whens and _same(whens[-1][1], otherwise):
        whens.pop()
    return whens, otherwise


def _same(a: Any, b: Any) -> bool:
    """Whether two outcomes are the same constant (expressions never compare equal)."""
    return isinstance(a, str) and isinstance(b, str) and a == b


def in_list(column: ColumnElement[Any], values: list[str]) -> SqlBool:
    """column IN (values), or False when there are none (folded away)."""
    return column.in_(values) if values else False


def compile_shortened_due(
    windows: RetentionWindows,
    facts: Mapping[str, SqlFact],
    times: Mapping[str, ColumnElement[Any]],
    now: datetime,
) -> SqlBool:
    """Whether some shortening sets a deadline at or before `now`: for each rule that can hold,
    its condition and every start at or before `now` minus its window (the latest start plus
    the window is then at or before `now`; no date arithmetic in SQL). `times` gives the time
    facts as SQL expressions."""
    parts: list[ColumnElement[bool]] = []
    for s in SHORTENINGS:
        w = window(windows, s.window)
        cond = compile_cond(s.when, facts) if w is not None else False
        if cond is False:
            continue
        assert w is not None
        starts = [times[t] <= now - w for t in s.starts]
        parts.append(and_(*starts) if cond is True else and_(cond, *starts))
    return or_(*parts) if parts else False
