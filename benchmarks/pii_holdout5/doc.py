"""A message assembled piece by piece, so every labelled span's offsets are exact by construction."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    """A value placed in a message: `role` is "pii" (must be redacted) or "keep" (a look-alike)."""

    kind: str
    text: str
    role: str


def pii(kind: str, text: str) -> Piece:
    return Piece(kind, text, "pii")


def keep(kind: str, text: str) -> Piece:
    return Piece(kind, text, "keep")


class Doc:
    """Text built from plain strings and Pieces; `case` and `typo` mess up the text as people do."""

    def __init__(self, rng: random.Random, case: Callable[[str], str] = str, typos: float = 0.0):
        self.rng = rng
        self.case = case
        self.typos = typos
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[dict] = []
        self.lookalikes: list[dict] = []

    def add(self, item: str | Piece) -> Doc:
        if isinstance(item, Piece):
            text = self.case(item.text)
            label = {"kind": item.kind, "start": self._len, "end": self._len + len(text)}
            (self.spans if item.role == "pii" else self.lookalikes).append(label)
        else:
            text = self._typo(self.case(item))
        self._parts.append(text)
        self._len += len(text)
        return self

    def fill(self, template: str, **slots: str | Piece) -> Doc:
        """Add `template` with its {slots} replaced; a Piece slot is labelled where it lands."""
        for literal, field, _, _ in string.Formatter().parse(template):
            if literal:
                self.add(literal)
            if field is not None:
                self.add(slots[field])
        return self

    def text(self) -> str:
        return "".join(self._parts)

    def _typo(self, text: str) -> str:
        """Swap two neighbouring letters in one word now and then (plain text only, never a value)."""
        if self.typos <= 0 or len(text) < 8 or self.rng.random() >= self.typos:
            return text
        words = [i for i, w in enumerate(text.split(" ")) if len(w) > 4 and w.isalpha()]
        if not words:
            return text
        parts = text.split(" ")
        i = self.rng.choice(words)
        w = parts[i]
        j = self.rng.randrange(1, len(w) - 2)
        parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        return " ".join(parts)
