"""Campaigns from shared things: a link is two kinds of thing shared by the same accounts, so
distinct operations that share one kind of thing (an SDK string, a proxy exit) stay apart."""

from __future__ import annotations

import pandas as pd

from consentry.detect import graph as grp


def _operation(name: str, size: int, extra: list[tuple[str, str]]) -> list[dict]:
    """`size` accounts on one card and one network of their own, plus `extra` (entity, kind)."""
    rows = []
    for i in range(size):
        acc = f"{name}-{i}"
        things = [(f"pf:{name}", "payment"), (f"net:{name}", "network"), *extra]
        rows += [{"account_id": acc, "entity": e, "kind": k, "n": 10} for e, k in things]
    return rows


def _campaigns(rows: list[dict]) -> pd.Series:
    edges = grp.Edges.from_names(pd.DataFrame(rows))
    flagged = pd.Series(True, index=edges.accounts)
    comp = grp.communities(edges, grp.hubs(edges, flagged), flagged)
    return comp[comp >= 0]


def test_operations_sharing_one_kind_of_thing_stay_separate_campaigns() -> None:
    sdk = [("ua:aiohttp/3.11|2025-12-18", "user_agent")]
    comp = _campaigns(_operation("a", 5, sdk) + _operation("b", 4, sdk))
    assert comp.groupby(comp.index.str[0]).nunique().to_dict() == {"a": 1, "b": 1}
    assert comp.nunique() == 2


def test_operations_sharing_two_kinds_of_thing_are_one_campaign() -> None:
    both = [("ua:aiohttp/3.11|2025-12-18", "user_agent"), ("tpl:head:7", "template")]
    comp = _campaigns(_operation("a", 5, both) + _operation("b", 4, both))
    assert len(comp) == 9 and comp.nunique() == 1


def test_accounts_sharing_a_single_kind_make_no_campaign() -> None:
    rows = [
        {"account_id": f"x-{i}", "entity": "ip:203.0.113.9", "kind": "ip", "n": 10}
        for i in range(6)
    ] + [
        {"account_id": f"x-{i}", "entity": "net:203.0.113.0/24", "kind": "network", "n": 10}
        for i in range(6)
    ]
    assert _campaigns(rows).empty


def test_an_account_tied_to_a_campaign_by_two_kinds_through_different_members_joins_it() -> None:
    rows = _operation("a", 5, [])
    # a client with a-0 only and a template with a-1 only: no pair of kinds with any one
    # member, two kinds with the campaign
    rows += [
        {"account_id": "z", "entity": "ua:x|2025-12-18", "kind": "user_agent", "n": 10},
        {"account_id": "a-0", "entity": "ua:x|2025-12-18", "kind": "user_agent", "n": 10},
        {"account_id": "z", "entity": "tpl:head:9", "kind": "template", "n": 10},
        {"account_id": "a-1", "entity": "tpl:head:9", "kind": "template", "n": 10},
    ]
    comp = _campaigns(rows)
    assert comp.nunique() == 1 and "z" in comp.index
