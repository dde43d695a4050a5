"""Policy as code: a strict YAML format, three presets, one rule table (rules.py) and its two
interpreters: the pure evaluator (evaluate.py) and the compiler to SQL (sql.py)."""

from consentry.policy.evaluate import (
    Account,
    ConsentEvent,
    Conversation,
    Decision,
    ExchangeFlags,
    effective_history,
    evaluate,
    explain,
)
from consentry.policy.model import Policy, load_policy, parse_policy, preset_names
from consentry.policy.rules import Basis, Choice, Reason

__all__ = [
    "Account",
    "Basis",
    "Choice",
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
