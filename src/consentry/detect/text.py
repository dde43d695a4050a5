"""Prompt masking as regular expressions every engine understands (RE2 and Java).

The detector reads no vocabulary of its own: it masks what changes from one use of a prompt
to the next and compares shapes. No look-around and no back-references, so DuckDB (RE2) and
Spark (java.util.regex) agree.
"""

from __future__ import annotations

import ibis

# Template masking: the parts of a prompt that change from one use of a template to the next
# (URLs, e-mail addresses, quoted spans, code identifiers, capitalised names, numbers), as one
# alternation so each span costs one regex pass.
VARIABLE = (
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|\"[^\"]*\"|“[^”]*”|`[^`]*`"
    r"|\b[a-z]+[A-Z]\w*|\b\w+_\w+|\b\w+\.\w+\b|\b[A-Z][a-z]+|[0-9][0-9.,:/%]*"
)
# A capitalised word has no closing \b: RE2's word characters are ASCII, Java's boundary also
# counts accented letters, so "Giải" or "Erkläre" would be masked on one engine and not the
# other. Without it both mask the ASCII run ("_ải").
SPAN = 40  # characters of a prompt's head (or tail) that make its template ...
WINDOW = 96  # ... masked from a wider window, so a long name or quote does not shift it
SAMPLE_CHARS = 240  # characters of a sampled prompt's opening compared across accounts


def mask(s: ibis.StringValue) -> ibis.StringValue:
    return s.re_replace(VARIABLE, "_").lower()


def head_template(prompt: ibis.StringValue) -> ibis.StringValue:
    """Masked opening of a prompt: the same for every filling of a prefix template."""
    return "^" + mask(prompt.left(WINDOW)).left(SPAN)


def tail_template(prompt: ibis.StringValue) -> ibis.StringValue:
    """Masked ending of a prompt: the same for every filling of a suffix template."""
    return mask(prompt.right(WINDOW)).right(SPAN) + "$"
