"""Redaction: find personal data and secrets, replace each with a readable placeholder.

Runs before anything is written. Each recogniser runs only on texts that pass its cheap gate
(a digit, an '@', a key marker), candidates are confirmed by validators, overlaps go to the
higher-priority finding, and each finding becomes `<KIND>`. Counts by kind feed the manifest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from consentry.redact import validators as v
from consentry.redact.patterns import (
    ALWAYS,
    AT,
    COLON_HEX,
    COLON_HEX_MARK,
    DIGIT,
    RECOGNISERS,
    SECRET_MARKERS,
    SECRET_WORDS,
    SECRETISH,
    Recogniser,
)

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    kind: str
    priority: int
    source: str = ""


class EntityFinder(Protocol):
    """An extra source of findings (the `pii` extra's Presidio/spaCy names and places)."""

    def find(self, text: str) -> list[Finding]: ...


def placeholder(kind: str) -> str:
    return f"<{kind}>"


class Redactor:
    """Stateless after construction; safe to share across threads and to send to workers."""

    def __init__(self, recognisers: Sequence[Recogniser] = RECOGNISERS,
                 extra: EntityFinder | None = None) -> None:
        self.recognisers = tuple(recognisers)
        self.extra = extra

    def find(self, text: str) -> list[Finding]:
        """Non-overlapping findings in text order."""
        if not text:
            return []
        gates = _gates(text)
        found: list[Finding] = []
        for r in self.recognisers:
            if not gates[r.gate]:
                continue
            for m in r.pattern.finditer(text):
                start, end = m.span(r.group)
                if start < 0 or end <= start:
                    continue
                if r.kind in _SPAN_FNS and r.group == 0:  # the match may run on; the validator says where it ends
                    n = _SPAN_FNS[r.kind](text[start:end] + text[end:end + 1])
                    if not n:
                        continue
                    end = start + n
                elif not r.validate(text[start:end]):
                    continue
                found.append(Finding(start, end, r.kind, r.priority, r.name))
        if self.extra is not None:
            found.extend(self.extra.find(text))
        return _resolve(found)

    def redact(self, text: str | None) -> tuple[str | None, Counter[str]]:
        counts: Counter[str] = Counter()
        if not text:
            return text, counts
        findings = self.find(text)
        if not findings:
            return text, counts
        out, pos = [], 0
        for f in findings:
            out.append(text[pos:f.start])
            out.append(placeholder(f.kind))
            counts[f.kind] += 1
            pos = f.end
        out.append(text[pos:])
        return "".join(out), counts

    def redact_many(self, texts: Iterable[str | None]) -> tuple[list[str | None], Counter[str]]:
        total: Counter[str] = Counter()
        out = []
        for t in texts:
            r, c = self.redact(t)
            out.append(r)
            if c:
                total.update(c)
        return out, total


def _gates(text: str) -> dict[str, bool]:
    digit = _DIGIT.search(text) is not None
    secretish = SECRET_MARKERS.search(text) is not None
    if not secretish:
        low = text.lower()
        secretish = any(w in low for w in SECRET_WORDS)
    return {
        ALWAYS: True,
        DIGIT: digit,
        AT: "@" in text,
        SECRETISH: secretish,
        COLON_HEX: "::" in text or (digit and COLON_HEX_MARK.search(text) is not None),
    }


_SPAN_FNS = {"IBAN": v.iban_span, "CARD": v.card_span, "PHONE": v.phone_span}


def _resolve(found: list[Finding]) -> list[Finding]:
    """Keep the best finding where several overlap: higher priority, then the longer span."""
    if len(found) <= 1:
        return found
    ranked = sorted(found, key=lambda f: (-f.priority, -(f.end - f.start), f.start))
    taken: list[Finding] = []
    for f in ranked:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)
