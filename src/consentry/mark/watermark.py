"""Keyed, meaning-preserving marks in served answers, and the test that finds them later.

Marking: wherever an answer uses a form of an interchangeable pair (`variants.PAIRS`) outside
code, quotes, JSON, URLs and formulas, the form is set to the side that an HMAC of (key, pair,
previous word) picks. A student model trained on those answers learns "after this word, that
form" and repeats the keyed choices in what it generates.

Testing: under the null (text that never saw this key: another key's answers, unmarked
answers, ordinary writing) each distinct (pair, previous word) in a text agrees with the
keyed choice with probability exactly 1/2, whatever the writer's own preferences, because the
key's choice is a uniform bit independent of the text. Counting each distinct context once
makes the agreements independent, so the number of agreements is Binomial(n, 1/2) and its
tail is an exact p-value.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from scipy.stats import binom

from consentry.mark.variants import FORMS, MATCHER, PAIRS, WORD_AFTER, WORD_BEFORE, Pair

# Spans no mark may touch: fenced and inline code, formulas, quotations, markup, URLs and
# mail addresses, and whole lines that read as code (indented, or carrying code punctuation).
_PROTECT = re.compile(
    r"```[\s\S]*?(?:```|\Z)|~~~[\s\S]*?(?:~~~|\Z)|`[^`\n]*`|\$\$[\s\S]*?\$\$|\$[^$\n]+\$"
    r"|\"[^\"\n]*\"|\u201c[^\u201d]*\u201d|\u2018[^\u2019\n]*\u2019(?!\w)"
    r"|<[^>\n]+>|\b\w+://\S+|\bwww\.\S+|\S+@\S+"
    r"|^(?: {4}|\t|>)[^\n]*$",
    re.MULTILINE,
)
# A line whose own text (outside inline code and quotes) carries code punctuation is code.
_CODE_LINE = re.compile(r"[;{}=]|\(\)|=>|->|::|</|\b(?:def|return|import|class|var|let)\s+\w")
_CONTEXT_WINDOW = 80


@dataclass(frozen=True)
class Score:
    """The test of one key against a body of text."""

    key_id: str
    scored: int  # distinct (pair, previous word) contexts found
    agreements: int  # of those, how many use the form the key picks
    tokens: int  # words in the text scored
    z: float
    p_value: float  # P(agreements >= observed | text independent of the key)


def choice(key: bytes, pair: Pair, context: str) -> int:
    """The side (0: `pair.a`, 1: `pair.b`) the key picks for this pair after this word."""
    digest = hmac.new(key, f"{pair.name}\x1f{context}".encode(), hashlib.sha256).digest()
    return digest[0] & 1


def _context(before: str) -> str:
    m = WORD_BEFORE.search(before[-_CONTEXT_WINDOW:])
    return m.group(1).lower().replace("\u2019", "'") if m else "^"


def _is_json(text: str) -> bool:
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


class _Protected:
    """Sorted protected spans with an O(log n) membership test."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in _PROTECT.finditer(text)]
        masked = list(text)
        for s, e in spans:
            masked[s:e] = " " * (e - s)
        line_start = 0
        for line in "".join(masked).split("\n"):
            if _CODE_LINE.search(line):
                spans.append((line_start, line_start + len(line)))
            line_start += len(line) + 1
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


def _forms(text: str) -> Iterator[tuple[re.Match[str], Pair, int]]:
    """Each usable occurrence of a form: the match, its pair and its side."""
    if _is_json(text):
        return
    protected = _Protected(text)
    for m in MATCHER.finditer(text):
        pair_index, side = FORMS[re.sub(r"\s+", " ", m.group()).lower().replace("\u2019", "'")]
        pair = PAIRS[pair_index]
        if pair.needs_word_after and not WORD_AFTER.match(text, m.end()):
            continue
        if protected.covers(*m.span()):
            continue
        yield m, pair, side


def _with_case(original: str, form: str) -> str:
    if len(original) > 1 and original.isupper():
        return form.upper()
    if original[0].isupper():
        form = form[0].upper() + form[1:]
    return form.replace(" i'm", " I'm").replace(" i am", " I am")


def mark(text: str, key: bytes) -> str:
    """The answer with every usable form set to the key's choice; nothing else changes."""
    apostrophe = "\u2019" if "\u2019" in text else "'"
    out: list[str] = []
    tail = ""
    pos = 0
    for m, pair, side in _forms(text):
        start, end = m.span()
        gap = text[pos:start]
        tail = (tail + gap)[-_CONTEXT_WINDOW:]
        picked = choice(key, pair, _context(tail))
        form = m.group() if picked == side else _with_case(m.group(), (pair.a, pair.b)[picked])
        form = form.replace("'", apostrophe) if picked != side else form
        out += (gap, form)
        tail = (tail + form)[-_CONTEXT_WINDOW:]
        pos = end
    out.append(text[pos:])
    return "".join(out)


Observations = dict[tuple[str, str], int]


def observe(texts: Iterable[str]) -> tuple[Observations, int]:
    """The side used in each distinct (pair, previous word) context, first use wins; and the
    number of words read. Computed once, then tested against any number of keys."""
    seen: Observations = {}
    words = 0
    for text in texts:
        words += len(text.split())
        for m, pair, side in _forms(text):
            ctx = _context(text[max(0, m.start() - _CONTEXT_WINDOW) : m.start()])
            seen.setdefault((pair.name, ctx), side)
    return seen, words


_BY_NAME = {p.name: p for p in PAIRS}


def check(observations: Observations, words: int, key: bytes, key_id: str = "") -> Score:
    """Exact binomial test of agreement with one key's choices."""
    n = len(observations)
    k = sum(choice(key, _BY_NAME[name], ctx) == side for (name, ctx), side in observations.items())
    z = (k - n / 2) / math.sqrt(n / 4) if n else 0.0
    p = float(binom.sf(k - 1, n, 0.5)) if n else 1.0
    return Score(key_id, n, k, words, round(z, 3), p)


def score(texts: Iterable[str], key: bytes, key_id: str = "") -> Score:
    """Shortcut: observe, then test one key."""
    observations, words = observe(texts)
    return check(observations, words, key, key_id)
