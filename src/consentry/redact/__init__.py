"""Redaction of personal data and secrets before anything leaves the store (datasets, exports)."""

from consentry.redact.engine import Finding, Redactor, placeholder
from consentry.redact.patterns import Kind

__all__ = ["Finding", "Kind", "Redactor", "placeholder", "default_redactor"]


def default_redactor(ner: bool = False) -> Redactor:
    """The structured recognisers, plus names and places from spaCy when `ner` (the pii extra)."""
    if not ner:
        return Redactor()
    from consentry.redact.ner import PresidioNames

    return Redactor(extra=PresidioNames())
