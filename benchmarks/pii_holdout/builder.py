"""A text builder that records where every planted value lands, so offsets are never guessed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

KINDS = (
    "EMAIL",
    "PHONE",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "SECRET",
    "ADDRESS",
    "PERSON",
    "DATE_OF_BIRTH",
)

# Placeholders in phrase templates: ⟪KIND⟫ plants a secret from the persona, ⟪@kind⟫ a look-alike.
_SLOT = re.compile(r"⟪(@?)(\w+)⟫")


@dataclass
class Doc:
    """One message under construction: its text so far and the labelled spans inside it."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict] = field(default_factory=list)
    lookalikes: list[dict] = field(default_factory=list)
    planted: list[tuple[str, int, int, str]] = field(default_factory=list)

    def add(self, text: str) -> Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def secret(self, kind: str, value: str) -> Doc:
        """Append a value that must be redacted."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind}")
        self._mark(self.spans, kind, value)
        return self

    def keep(self, kind: str, value: str) -> Doc:
        """Append a look-alike that must be kept."""
        self._mark(self.lookalikes, kind, value)
        return self

    def _mark(self, into: list[dict], kind: str, value: str) -> None:
        if not value or value != value.strip():
            raise ValueError(f"{kind} value must be non-empty and unpadded: {value!r}")
        start = self.length
        self.add(value)
        into.append({"kind": kind, "start": start, "end": self.length})
        self.planted.append((kind, start, self.length, value))

    def fill(
        self,
        template: str,
        secrets: Callable[[str], tuple[str, str]],
        lookalike: Callable[[str], tuple[str, str]],
    ) -> Doc:
        """Append a phrase template, planting ⟪SLOT⟫ via `secrets` and ⟪@name⟫ via `lookalike`."""
        pos = 0
        for m in _SLOT.finditer(template):
            self.add(template[pos : m.start()])
            if m.group(1):
                kind, value = lookalike(m.group(2))
                self.keep(kind, value)
            else:
                self.secret(*secrets(m.group(2)))
            pos = m.end()
        self.add(template[pos:])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def check(self) -> None:
        """Fail loudly if any span does not cover exactly the value planted there."""
        text = self.text
        if "⟪" in text or "⟫" in text:
            raise AssertionError("a template slot was left unfilled")
        for kind, start, end, value in self.planted:
            if text[start:end] != value:
                raise AssertionError(f"{kind} span {start}:{end} does not hold {value!r}")
