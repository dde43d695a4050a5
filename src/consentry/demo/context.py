"""What every demo step shares: the run's context, the cast of accounts, and one way to
write a chat as the contract's exchange record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rich.console import Console

from consentry.contract import ExchangeRecord

T0 = datetime(2025, 9, 1, tzinfo=timezone.utc)


@dataclass
class Demo:
    out: Path
    console: Console
    db_url: str = ""
    facts: dict[str, Any] = field(default_factory=dict)
    shown: int = 0  # steps shown so far, for their numbers

    def heading(self, title: str, rest: str) -> str:
        """'N. Title: rest', numbered in the order the steps run."""
        self.shown += 1
        lead = "\n" if self.shown > 1 else ""
        return f"{lead}[bold]{self.shown}. {title}[/bold]{rest}"


# A small cast whose situations exercise the policies' rules.
CAST: tuple[tuple[str, str, str, list[tuple[int, str, str]]], ...] = (
    # account, tier, who they are, consent events as (day offset from T0, choice, basis)
    ("ada", "pro", "allowed training explicitly at sign-up", [(0, "allow", "explicit")]),
    ("ben", "free", "accepted the pre-set toggle", [(20, "allow", "preset_accepted")]),
    ("cai", "max", "never answered the prompt", []),
    (
        "dee",
        "free",
        "said no, then changed her mind",
        [(5, "deny", "explicit"), (60, "allow", "explicit")],
    ),
    ("eli", "pro", "allowed, then withdrew", [(3, "allow", "explicit"), (50, "deny", "explicit")]),
    ("fin", "team", "uses a business workspace", [(1, "allow", "explicit")]),
    ("gus", "api", "calls the API from a product", []),
)


def chat(
    exchange_id: str,
    ts: datetime,
    account_id: str,
    conversation_id: str,
    prompt: str,
    response: str,
    tokens: tuple[int, int],
    surface: str = "web",
) -> ExchangeRecord:
    """A demo chat turn as the contract's record (what the gateway would capture)."""
    return ExchangeRecord.from_mapping(
        {
            "exchange_id": exchange_id,
            "ts": ts,
            "account_id": account_id,
            "conversation_id": conversation_id,
            "surface": surface,
            "model": "demo-model",
            "ip": "192.0.2.10",
            "prompt": prompt,
            "response": response,
            "input_tokens": tokens[0],
            "output_tokens": tokens[1],
            "tool_count": 0,
            "has_image": False,
            "status": 200,
        }
    )
