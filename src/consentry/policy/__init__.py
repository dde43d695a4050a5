"""Policy as code: a strict YAML format, three presets, and a pure evaluator."""

from consentry.policy.evaluate import (
    Account,
    ConsentEvent,
    Conversation,
    Decision,
    ExchangeFlags,
    Reason,
    effective_history,
    evaluate,
    explain,
)
from consentry.policy.model import Policy, load_policy, parse_policy, preset_names

__all__ = [
    "Account",
    "ConsentEvent",
    "Conversation",
    "Decision",
    "ExchangeFlags",
    "Policy",
    "Reason",
    "effective_history",
    "evaluate",
    "explain",
    "load_policy",
    "parse_policy",
    "preset_names",
]
