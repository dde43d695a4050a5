"""Redaction of personal data and secrets before anything leaves the store (datasets, exports)."""

from consentry.redact.engine import Finding, Redactor, placeholder
from consentry.redact.kinds import Kind

__all__ = ["Finding", "Kind", "Redactor", "placeholder", "default_redactor"]


def default_redactor(ner: bool = False) -> Redactor:
    """The structured and context recognisers, plus names and places in prose from the
    installed spaCy models when `ner` (the pii extra)."""
    if not ner:
        return Redactor()
    from consentry.redact.ner import SpacyNames

    return Redactor(extra=SpacyNames())
