"""What every match of a pattern must contain, read from the pattern's parse tree: a text that
lacks it need not be scanned for that pattern at all.

Used by the engine to leave the windows of digit-bound recognisers (a street and its house
number, an id after its cue) out of texts that hold no digit: in ordinary prose their anchors
(`gata`, `ring`, `apt`) are common, their matches impossible. The answer is a proof or
`False`: any construct this reader does not know makes it say "not required".
"""

from __future__ import annotations

import re
from typing import Any

try:  # the standard library's own regex parser (private; absent, nothing is skipped)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    _c = _p = None  # type: ignore[assignment]

_ASCII_DIGITS = frozenset(range(ord("0"), ord("9") + 1))


def needs_digit(pattern: re.Pattern[str]) -> bool:
    """True when every match of `pattern` holds a decimal digit (what `\\d` matches in a str
    pattern) in the match or in a positive look-around, so a text where `re.search(r"\\d")`
    finds nothing cannot match."""
    if _p is None:
        return False
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable tree proves nothing
        return False
    return _seq_needs(tree)


def _seq_needs(seq: Any) -> bool:
    return any(_item_needs(op, av) for op, av in seq)


def _item_needs(op: Any, av: Any) -> bool:
    if op is _c.LITERAL:
        return av in _ASCII_DIGITS
    if op is _c.IN:
        return _class_is_digits(av)
    if op is _c.CATEGORY:
        return av is _c.CATEGORY_DIGIT
    if op is _c.SUBPATTERN:
        return _seq_needs(av[-1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return low >= 1 and _seq_needs(body)
    if op is _c.BRANCH:
        return all(_seq_needs(b) for b in av[1])
    if op is _c.ATOMIC_GROUP:
        return _seq_needs(av)
    if op is _c.ASSERT:  # a positive look-ahead or look-behind reads the same text
        return _seq_needs(av[1])
    return False


def _class_is_digits(items: Any) -> bool:
    """A character class every member of which is a digit ([0-9], [\\d], [2-7])."""
    if not items:
        return False
    for op, av in items:
        if op is _c.LITERAL and av in _ASCII_DIGITS:
            continue
        if op is _c.RANGE and av[0] in _ASCII_DIGITS and av[1] in _ASCII_DIGITS:
            continue
        if op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            continue
        return False  # NEGATE, other categories, letters
    return True
