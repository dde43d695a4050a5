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


# The most characters a class may stand for in a proof (a wider class proves nothing useful:
# nearly every text holds one of them).
_MAX_CLASS = 512
# Characters found in nearly every text of prose: a requirement that holds one of them gates
# nothing, so of a sequence's requirements the one with the fewest of these is kept.
_POSIX_CLASS = re.compile(r"\[:\^?[a-z]+:\]")
_COMMON = frozenset(" \t\n.,-'\"!?" + "abcdefghijklmnopqrstuvwxyz")


def required_chars(pattern: str, flags: int = 0, behind: bool = True) -> frozenset[str] | None:
    """Characters one of which every match of `pattern` (a pre-check, RE2 syntax that Python's
    parser reads the same way for what is proven here: literals, plain classes, groups,
    alternations, repeats and scoped case flags) holds in its span or in a positive
    look-around, or None when that cannot be proven. A text that holds none of them cannot
    match, so its pre-check need not run.

    Under case-blind matching a cased character proves nothing (RE2 folds Unicode case orbits:
    `k` also matches the Kelvin sign), so only uncased characters count there. With
    `behind=False` look-behinds prove nothing: a search from a position reads before it."""
    if _p is None or _POSIX_CLASS.search(pattern):
        return None  # (RE2's `[[:alpha:]]` is a set of literals to Python's parser)
    try:
        tree = _p.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unreadable tree proves nothing
        return None
    return _seq_chars(tree, bool(tree.state.flags & _c.SRE_FLAG_IGNORECASE), behind)


def _seq_chars(seq: Any, fold: bool, behind: bool) -> frozenset[str] | None:
    """The rarest proven requirement of any item of the sequence (each item's match is part
    of the sequence's): the fewest characters common in prose, then the fewest characters."""
    best: frozenset[str] | None = None
    for op, av in seq:
        got = _item_chars(op, av, fold, behind)
        if got is not None and (best is None or _rarity(got) < _rarity(best)):
            best = got
    return best


def _rarity(chars: frozenset[str]) -> tuple[int, int]:
    return len(chars & _COMMON), len(chars)


def _item_chars(op: Any, av: Any, fold: bool, behind: bool) -> frozenset[str] | None:
    if op is _c.LITERAL:
        return _uncased(frozenset(chr(av)), fold)
    if op is _c.IN:
        return _uncased(_class_chars(av), fold)
    if op is _c.SUBPATTERN:
        _group, add, drop, body = av
        if add & _c.SRE_FLAG_IGNORECASE:
            fold = True
        if drop & _c.SRE_FLAG_IGNORECASE:
            fold = False
        return _seq_chars(body, fold, behind)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _seq_chars(body, fold, behind) if low >= 1 else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for b in av[1]:
            got = _seq_chars(b, fold, behind)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if op is _c.ATOMIC_GROUP:
        return _seq_chars(av, fold, behind)
    if op is _c.ASSERT and (behind or av[0] > 0):  # a positive look-around reads the text
        return _seq_chars(av[1], fold, behind)
    return None  # anchors, categories (\w, \s), negated look-arounds, back-references, any


def _class_chars(items: Any) -> frozenset[str] | None:
    """The characters of a positive class of literals and ranges (no negation, no category)."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
        if len(out) > _MAX_CLASS:
            return None
    return frozenset(out) if out else None


def _uncased(chars: frozenset[str] | None, fold: bool) -> frozenset[str] | None:
    if chars is None or not fold:
        return chars
    return None if any(c.lower() != c or c.upper() != c for c in chars) else chars
