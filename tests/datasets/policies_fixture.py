"""The policies the property tests draw from: the three presets and a test policy whose
deadline falls inside the generated time window."""

from __future__ import annotations

from pathlib import Path

from consentry.policy import Policy, load_policy, parse_policy
from tests.datasets.storegen import hour

HERE = Path(__file__).parent


def test_policies() -> dict[str, Policy]:
    text = (HERE / "policies" / "deem-deny-whole.yaml").read_text()
    deem = parse_policy(text.replace("DEADLINE", hour(200).isoformat()), "deem-deny-whole.yaml")
    out = {
        name: load_policy(name)
        for name in ("claude-consumer-2025", "chatgpt-2025", "strict-opt-in")
    }
    out[deem.name] = deem
    return out


POLICIES = test_policies()
