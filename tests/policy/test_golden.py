"""Golden files: each case in cases/*.yaml is a situation and the decision it must produce."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from consentry.policy import (
    Account,
    ConsentEvent,
    Conversation,
    ExchangeFlags,
    Reason,
    evaluate,
    explain,
    load_policy,
)

CASES = Path(__file__).parent / "cases"
CASE_KEYS = {
    "name",
    "tier",
    "history",
    "at",
    "as_of",
    "incognito",
    "safety_flagged",
    "feedback",
    "last_activity",
    "deleted_at",
    "explicit_only",
    "expect",
}


def _load() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        for case in doc["cases"]:
            out.append(pytest.param(doc["policy"], case, id=f"{doc['policy']}: {case['name']}"))
    return out


GOLDEN = _load()


def test_there_are_at_least_40_cases_across_the_presets() -> None:
    assert len(GOLDEN) >= 40
    assert {p.values[0] for p in GOLDEN} == {
        "claude-consumer-2025",
        "chatgpt-2025",
        "strict-opt-in",
    }


@pytest.mark.parametrize(("policy_name", "case"), GOLDEN)
def test_golden_case(policy_name: str, case: dict[str, Any]) -> None:
    assert set(case) <= CASE_KEYS, f"unknown keys in case: {set(case) - CASE_KEYS}"
    policy = load_policy(policy_name)
    history = [ConsentEvent(e["ts"], e["choice"], e["basis"]) for e in case["history"]]
    decision = evaluate(
        policy,
        Account("acct", case["tier"]),
        history,
        case["at"],
        conversation=Conversation(
            last_activity=case.get("last_activity"), deleted_at=case.get("deleted_at")
        ),
        flags=ExchangeFlags(
            case.get("incognito", False),
            case.get("safety_flagged", False),
            case.get("feedback", False),
        ),
        as_of=case.get("as_of"),
        explicit_only=case.get("explicit_only", False),
    )
    expect = case["expect"]
    assert expect["reason"] in Reason.all()
    got = {k: getattr(decision, k) for k in expect}
    want = dict(expect)
    if "retain_until" in want and isinstance(want["retain_until"], datetime):
        want["retain_until"] = want["retain_until"]
    assert got == want
    assert decision.policy_version == policy.version
    assert explain(policy, decision)  # every decision can be explained


def test_every_reason_code_is_covered_by_a_golden_case() -> None:
    covered = {p.values[1]["expect"]["reason"] for p in GOLDEN}
    assert covered == set(Reason.all()) - {Reason.ALLOWED_DEEMED}
