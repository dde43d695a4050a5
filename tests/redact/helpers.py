"""Shared by the redaction family tests: one redactor, and what it found in a text."""

from __future__ import annotations

from consentry.redact import Redactor

REDACTOR = Redactor()


def found(text: str, redactor: Redactor = REDACTOR) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in redactor.find(text)]


def covers(text: str, value: str, kind: str, redactor: Redactor = REDACTOR) -> bool:
    """A finding of `kind` covers all of `value` (its first occurrence in text)."""
    start = text.index(value)
    end = start + len(value)
    return any(f.kind == kind and f.start <= start and f.end >= end for f in redactor.find(text))


def untouched(text: str, value: str, redactor: Redactor = REDACTOR) -> bool:
    """No finding of any kind overlaps `value`."""
    start = text.index(value)
    end = start + len(value)
    return not any(f.start < end and start < f.end for f in redactor.find(text))


def broken_check(value: str) -> str:
    """The same writing with its last digit changed, so its check digit fails."""
    i = max(i for i, c in enumerate(value) if c.isdigit())
    return value[:i] + str((int(value[i]) + 1) % 10) + value[i + 1 :]
