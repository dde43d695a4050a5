"""Redaction: find personal data and secrets, replace each with a readable placeholder.

Runs before anything is written. One fast scan per text finds anchors (runs of digits, '@',
numbers, key markers); each recogniser runs only in small windows around its anchors, so the
cost follows the candidates rather than the length of the text. Candidates are confirmed by
validators, overlaps go to the higher-priority finding, and each finding becomes `<KIND>`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import NamedTuple, Protocol

import ahocorasick
import re2

from consentry.redact import (
    address_parts,
    address_records,
    dates,
    gazetteer,
    name_blocks,
    names,
    org_blocks,
)
from consentry.redact import validators as v
from consentry.redact.fields import KEEP
from consentry.redact.kinds import Kind
from consentry.redact.patterns import (
    ALWAYS,
    ANCHORED,
    AT,
    CAPS,
    CAPS_PRECHECK,
    COLON_HEX,
    COLON_HEX_MARK,
    CUE,
    CUE_PRECHECK,
    DENSE_DIGITS,
    DIGIT,
    DIGIT_ANY,
    FIELD,
    FIELD_PRECHECK,
    NAME_FORMS,
    NAME_FORMS_PRECHECK,
    NUMBER,
    NUMBERS,
    RECOGNISERS,
    TOKENS,
    TOKENS_PRECHECK,
    Recogniser,
)
from consentry.redact.requires import needs_digit, required_chars

_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
SEP = "\n\x00\n"  # between texts joined for the anchor scans (recognisers run on each alone)
# The characters whose lower case is longer than one character (only `İ`, U+0130, lowers to `i`
# and a combining dot): they are kept as they are, so offsets in the lowered text stay valid.
# tests/redact/test_scan.py checks this list against every code point.
LONGER_LOWER = "\u0130"
_LONGER_LOWER = re.compile(f"([{LONGER_LOWER}])")


def _lower_same_length(text: str) -> str:
    """The text in lower case, character for character. One such character anywhere in a batch
    once sent every character of the joined batch through Python; now only the runs between
    them are lowered, each in one call."""
    low = text.lower()
    if len(low) == len(text):
        return low
    parts = _LONGER_LOWER.split(text)  # the characters themselves at the odd places
    return "".join(p if i % 2 else p.lower() for i, p in enumerate(parts))


class Finding(NamedTuple):
    """A span of one kind. A named tuple, not a frozen dataclass: a dataclass's frozen
    __init__ sets each field through object.__setattr__, and a PII-dense text makes a dozen
    findings (about 20 us a message of the scan's time went there)."""

    start: int
    end: int
    kind: str
    priority: int
    source: str = ""


class EntityFinder(Protocol):
    """An extra source of findings (the `pii` extra's spaCy names and places). It may also
    offer `find_many(texts, covered)` to take a batch at once, with the spans per text that
    the scan already found (it need not look at them again)."""

    def find(self, text: str) -> list[Finding]: ...


def placeholder(kind: str) -> str:
    return f"<{kind}>"


class Redactor:
    """Stateless after construction; safe to share across threads and to send to workers."""

    def __init__(
        self, recognisers: Sequence[Recogniser] = RECOGNISERS, extra: EntityFinder | None = None
    ) -> None:
        self.recognisers = tuple(recognisers)
        self.extra = extra
        self._by_scope: dict[str, list[Recogniser]] = {}
        for r in self.recognisers:
            self._by_scope.setdefault(r.gate, []).append(r)
        self._checks = {scope: _prefilter(scope, recs) for scope, recs in self._by_scope.items()}
        # One RE2 set of every scope's pre-check: one pass per text says which scopes can
        # match in it (a scope without a pre-check scans every text). The anchored scope's
        # case-blind literals make a set twice as slow, so PII-dense batches, where nearly
        # every text holds some anchor anyway, use the set without them.
        checked = tuple((s, c) for s, c in self._checks.items() if c is not None)
        self._sets = {
            dense: tuple((s, c) for s, c in checked if not (dense and s in _UNCHECKED_WHEN_DENSE))
            for dense in (False, True)
        }
        # The anchored recognisers' automaton, and for sparse batches (ordinary prose) the
        # same recognisers in two groups, each with its own automaton: those every match of
        # which holds a digit (a street and its house number) read only the texts with a
        # digit, the others only the texts that hold one of their anchors.
        anchored = self._by_scope.get(ANCHORED, [])
        self._anchors = AnchorScan(anchored)
        groups = {
            digit: tuple(k for k, r in enumerate(anchored) if needs_digit(r.pattern) == digit)
            for digit in (False, True)
        }
        self._anchor_groups = tuple(
            (
                digit,
                ks,
                AnchorScan([anchored[k] for k in ks]),
                _anchor_check([anchored[k] for k in ks]),
            )
            for digit, ks in groups.items()
            if ks
        )
        # In a sparse batch the other group's check runs in the pre-check pass too (in the set
        # of the long pre-checks, for about 2% of that pass), not again on each text it passed.
        self._sets[False] += tuple(
            (_OTHER_ANCHORS, check) for digit, _ks, _a, check in self._anchor_groups if not digit
        )

    def find(self, text: str) -> list[Finding]:
        """Non-overlapping findings in text order."""
        return self.find_batch([text])[0]

    def find_batch(self, texts: Sequence[str | None]) -> list[list[Finding]]:
        """Findings for many texts at once. One RE2 set pass per text tells which scopes can
        hold anything in it; each scope's texts are scanned as one joined string, so a clean
        text costs one C-speed pass and no Python work."""
        found = self._find_sparse(texts)
        return [found.get(i, []) for i in range(len(texts))]

    def _find_sparse(self, texts: Sequence[str | None]) -> dict[int, list[Finding]]:
        """Resolved findings of the texts that have any, by index. Each text is read as its
        format means it (address_records.decoded_view), and its findings are put back at
        their places in the text as written."""
        views = {i: v for i, t in enumerate(texts) if t and (v := address_records.decoded_view(t))}
        if views:
            texts = [views[i].text if i in views else t for i, t in enumerate(texts)]
        per: dict[int, list[Finding]] = {}
        by_scope: dict[str, list[int]] = {}
        sparse = False
        if len(texts) >= PREFILTER_MIN:
            dense = _dense(texts)
            sparse = not dense
            checks = self._sets[dense]
            passed = _prefiltered(texts, tuple(c for _s, c in checks))
            by_scope = {s: passed[k] for k, (s, _c) in enumerate(checks)}
        # the texts with an ASCII digit, as the set's `[0-9]` pre-check found them, and those
        # with an anchor of the anchored recognisers that need no digit
        ascii_digits = (
            frozenset(by_scope[DIGIT_ANY])
            if sparse and _PREFILTERS[DIGIT_ANY] == "[0-9]" and DIGIT_ANY in by_scope
            else None
        )
        other_anchors = frozenset(by_scope.get(_OTHER_ANCHORS, ()))
        for scope, recs in self._by_scope.items():
            idx: Sequence[int] | None = by_scope.get(scope)
            if idx is None:
                idx = range(len(texts))
            elif not idx:
                continue
            subset = [texts[i] or "" for i in idx]
            if not any(subset):
                continue
            digits = checked = None
            if scope == ANCHORED and sparse:
                if ascii_digits is not None:
                    digits = [i in ascii_digits for i in idx]
                if _OTHER_ANCHORS in by_scope:
                    checked = [i in other_anchors for i in idx]
            for j, fs in self._scan_scope(scope, recs, subset, sparse, digits, checked).items():
                per.setdefault(idx[j], []).extend(fs)
        if self.extra is not None:
            many = getattr(self.extra, "find_many", None)
            plain = [t or "" for t in texts]
            if many:  # what the scan found is not read again by the model
                covered = [[(f.start, f.end) for f in per.get(i, ())] for i in range(len(plain))]
                extra = many(plain, covered)
            else:
                extra = [self.extra.find(t) if t else [] for t in plain]
            for i, fs in enumerate(extra):
                if fs:
                    per.setdefault(i, []).extend(fs)
        out = {}
        for i, p in per.items():
            resolved = _resolve(p)
            kept = _with_layout(texts[i] or "", [f for f in resolved if f.kind != KEEP])
            if any(f.kind == Kind.PERSON for f in kept):
                held = [(f.start, f.end) for f in resolved if f.kind == KEEP]
                kept = _with_recurrences(texts[i] or "", kept, held)
                kept = _with_record_dates(texts[i] or "", kept)
            if kept:
                out[i] = views[i].back(kept, Finding) if i in views else kept
        return out

    def _scan_scope(
        self,
        scope: str,
        recs: list[Recogniser],
        texts: list[str],
        sparse: bool = False,
        ascii_digits: Sequence[bool] | None = None,
        other_anchors: Sequence[bool] | None = None,
    ) -> dict[int, list[Finding]]:
        """Findings of one scope, by text. The anchors are found in the texts joined into one
        string (one C-speed pass), but each recogniser runs on its own text, in the windows cut
        at the text's ends: a match, and what its validator reads around it, never reaches
        into another text."""
        found: dict[int, list[Finding]] = {}
        if scope in _WHOLE:
            for j, t in enumerate(texts):
                if t:
                    got: list[Finding] = []
                    for r in recs:
                        _scan(r, t, 0, len(t), got)
                    if got:  # most texts find nothing: no list is kept for them
                        found[j] = got
            return found
        if scope == ANCHORED:
            return self._scan_anchored(recs, texts, sparse, ascii_digits, other_anchors)
        joined, starts, sizes = _joined(texts)
        for j, lo, hi in _per_text(_regions(scope, joined), starts, sizes):
            got = []
            for r in recs:
                _scan(r, texts[j], lo, hi, got)
            if got:
                found.setdefault(j, []).extend(got)
        return found

    def _scan_anchored(
        self,
        recs: list[Recogniser],
        texts: list[str],
        sparse: bool,
        ascii_digits: Sequence[bool] | None = None,
        other_anchors: Sequence[bool] | None = None,
    ) -> dict[int, list[Finding]]:
        """Findings of the anchored recognisers, by text, each text's in recogniser order (the
        order overlap resolution breaks its ties by). The windows are those of one scan of
        the joined texts. In a PII-dense batch (or a small one) one automaton reads them all;
        in a sparse batch the two groups' automata read less of them: the other group reads only the
        texts an RE2 check finds one of its anchors in (every anchor it could report lies in
        one); the digit-bound group scans only the texts that hold a digit (its matches cannot
        occur anywhere else), and looks for its anchors only near them: a window can reach into
        a neighbouring text, so the anchors within a window's reach of such a text are all
        found, and its windows are the same as if every anchor had been.
        `ascii_digits` (when the pre-check set has told) says which texts hold an ASCII digit:
        only the others that are not ASCII are searched for a digit of another script;
        `other_anchors` which texts the other group's check matched in the same pass."""
        joined, starts, sizes = _joined(texts)
        # a line break before the first text, as before every other one: an anchor written
        # at a line's start ("\nr. ") is found at the start of a text too
        padded = "\n" + joined
        low = _lower_same_length(padded)
        if not sparse:  # nearly every text holds a digit and an anchor: the checks cost more
            return _windows_scanned(recs, texts, self._anchors.positions(padded, low), joined)
        parts: dict[int, list[tuple[int, list[Finding]]]] = {}
        for digit, ks, anchors, check in self._anchor_groups:
            wanted: Sequence[bool] | None = None
            spans: list[tuple[int, int]] | None = None
            if not digit:
                if other_anchors is None:
                    match = _raw_match(_check_set((check,)))
                    other_anchors = [bool(match(t.encode())) for t in texts]
                # each text with the line breaks around it (padded offsets)
                spans = [
                    (starts[j], starts[j] + sizes[j] + 2)
                    for j, hit in enumerate(other_anchors)
                    if hit
                ]
                if not spans:
                    continue
            else:
                if ascii_digits is None:
                    wanted = [_DIGIT.search(t) is not None for t in texts]
                else:  # \d is any script's digit: a text without 0-9 may hold another's
                    wanted = [
                        d or (not t.isascii() and _DIGIT.search(t) is not None)
                        for d, t in zip(ascii_digits, texts, strict=True)
                    ]
                reach = max(max(recs[k].window) for k in ks) + _REACH_SLACK
                spans = _near(
                    [(starts[j], starts[j] + sizes[j]) for j, w in enumerate(wanted) if w], reach
                )
                if not spans:
                    continue
            hits = anchors.positions(padded, low, spans)
            for local, k in enumerate(ks):
                back, fwd = recs[k].window
                raw = ((i - 1 - back, i - 1 + fwd) for i in hits.get(local, ()))
                for j, lo, hi in _per_text(_merged_windows(joined, raw), starts, sizes):
                    if wanted is not None and not wanted[j]:
                        continue
                    got: list[Finding] = []
                    _scan(recs[k], texts[j], lo, hi, got)
                    if got:
                        parts.setdefault(j, []).append((k, got))
        found: dict[int, list[Finding]] = {}
        for j in sorted(parts):
            by_rec = parts[j]
            by_rec.sort(key=lambda p: p[0])  # stable: a recogniser's windows stay in text order
            found[j] = [f for _k, got in by_rec for f in got]
        return found

    def redact(self, text: str | None) -> tuple[str | None, Counter[str]]:
        out, counts = self.redact_many([text])
        return out[0], counts

    def redact_many(self, texts: Sequence[str | None]) -> tuple[list[str | None], Counter[str]]:
        """Each text with its findings replaced by `<KIND>`, and the counts by kind."""
        total: Counter[str] = Counter()
        out: list[str | None] = list(texts)
        for i, findings in self._find_sparse(texts).items():
            text = texts[i]
            if not text or not findings:
                continue
            parts, pos = [], 0
            for f in findings:
                parts.append(text[pos : f.start])
                parts.append(placeholder(f.kind))
                total[f.kind] += 1
                pos = f.end
            parts.append(text[pos:])
            out[i] = "".join(parts)
        return out, total


# RE2 pre-checks per scope, run as one RE2 set: a text that does not match a scope's pre-check
# cannot hold a finding of that scope, so it is not scanned in Python for it at all.
# Below this many texts (a single text, the gateway's few) nothing is pre-checked, as before
# the set: the hand-written pre-checks of the field-name and name scopes are not proven to let
# through every text their recognisers match (see docs/redaction.md), and a text alone must be
# redacted exactly as it always was.
PREFILTER_MIN = 32
_SAMPLE = 64  # texts sampled to tell PII-dense input
_DENSE = re.compile("[0-9][0-9 \t.()/+-]{4,}[0-9]|@")  # a long number or an '@'
# The pre-check set's name for the check of the anchored recognisers that need no digit.
_OTHER_ANCHORS = "anchored:other"
# Scopes whose own pre-check is skipped on PII-dense input: their scan costs little more on a
# text without their anchors (one C-speed pass) than the pre-check's share of the set's pass.
_UNCHECKED_WHEN_DENSE = frozenset({ANCHORED})


def _dense(texts: Sequence[str | None]) -> bool:
    """Most of a sample of the texts hold a long number or an '@' (PII-dense input)."""
    if len(texts) < 2 * _SAMPLE:
        return False
    hits = sum(1 for t in texts[:_SAMPLE] if t and _DENSE.search(t))
    return 2 * hits > _SAMPLE


_PREFILTERS = {
    DIGIT: "[0-9][0-9 \t.()/+-]{4,}[0-9]",
    DIGIT_ANY: "[0-9]",
    NUMBER: NUMBERS.pattern,
    AT: "@",
    COLON_HEX: COLON_HEX_MARK.pattern,
    FIELD: FIELD_PRECHECK,
    CUE: CUE_PRECHECK,
    CAPS: CAPS_PRECHECK,
    NAME_FORMS: NAME_FORMS_PRECHECK,
    TOKENS: TOKENS_PRECHECK,
}


def _prefilter(scope: str, recs: list[Recogniser]) -> str | None:
    if scope == ANCHORED:
        # an anchor written at a line's start ("\nr. ") is at the text's start too
        return "(?i)" + "|".join(
            "(?:^|\n)" + re.escape(a[1:]) if a.startswith("\n") else re.escape(a)
            for r in recs
            for a in r.anchors
        )
    return _PREFILTERS.get(scope)


def _windows_scanned(
    recs: Sequence[Recogniser], texts: list[str], hits: dict[int, list[int]], joined: str
) -> dict[int, list[Finding]]:
    """Every window of every recogniser around its anchors (positions in the padded joined
    texts), scanned: findings by text, each text's in recogniser order."""
    starts, sizes = _offsets(texts)
    found: dict[int, list[Finding]] = {}
    for k, r in enumerate(recs):
        back, fwd = r.window
        raw = ((i - 1 - back, i - 1 + fwd) for i in hits.get(k, ()))
        for j, lo, hi in _per_text(_merged_windows(joined, raw), starts, sizes):
            got: list[Finding] = []
            _scan(r, texts[j], lo, hi, got)
            if got:
                found.setdefault(j, []).extend(got)
    return found


def _anchor_check(recs: Sequence[Recogniser]) -> str:
    """An RE2 check that matches every text in which the scan of the joined texts can find an
    anchor of recs: anywhere, case-blind; one that begins (ends) with a line break also at the
    text's start (end), where the line break around each joined text supplies it."""

    def one(anchor: str) -> str:
        head = "(?:^|\n)" if anchor.startswith("\n") else ""
        body = anchor[1:] if head else anchor
        tail = ""
        if len(body) > 1 and body.endswith("\n"):
            body, tail = body[:-1], "(?:\n|$)"
        return head + re.escape(body) + tail

    return "(?i)" + "|".join(one(a) for r in recs for a in r.anchors)


@cache
def _check_set(patterns: tuple[str, ...]) -> re2.Set:
    """The pre-checks compiled as one RE2 set (built lazily per process: a set does not pickle,
    and a Redactor is sent to worker processes)."""
    opts = re2.Options()
    # A set's DFA reports no match when it runs out of memory (which a pre-check must never
    # do): this budget is far above what the pre-checks take on any text.
    opts.max_mem = 256 << 20
    rset = re2.Set.SearchSet(opts)
    for p in patterns:
        rset.Add(p)
    rset.Compile()
    return rset


# A pre-check longer than this (the field names' and the cues' alternations of every language)
# is not run in the short ones' set: there its DFA's states multiply with theirs (the character
# classes of names), and the one pass cost four to six times the separate passes (0.15 against
# 0.023 s CPU on pii_holdout6+3). The long ones together stay small: the anchors' literals and
# the field names in one set cost 0.14-0.16 s over 100,000 of the build's texts against
# 0.13 + 0.10 s apart, and 0.009 against 0.014 s on hold-outs 6, 3 and 8 (cost13). The texts
# each pre-check matches are the same either way.
_OWN_SET = 3000


def _prefiltered(texts: Sequence[str | None], patterns: tuple[str, ...]) -> list[list[int]]:
    """For each pre-check, the indices of the texts it matches: one RE2 set pass per text for
    the short pre-checks together, one for the long ones without a gate together, and one for
    each other long one. Each text is encoded once for
    all the sets, and a set runs only on the texts that hold one of the characters its every
    match must hold (`_gate`): an ASCII text without them cannot match it."""
    out: list[list[int]] = [[] for _ in patterns]
    if not patterns:
        return out
    small = [k for k, p in enumerate(patterns) if len(p) <= _OWN_SET]
    long = [k for k, p in enumerate(patterns) if len(p) > _OWN_SET]
    # the long ones that every text must run (no gate) share one set: the anchors' literals
    # and the field names' alternation cost one pass together for about 1.2 of either alone
    ungated = [k for k in long if _gate((patterns[k],)) is None]
    groups = [g for g in (small, ungated) if g]
    groups += [[k] for k in long if k not in ungated]
    encoded = [(i, t.encode(), len(t)) for i, t in enumerate(texts) if t]
    for ks in groups:
        group = tuple(patterns[k] for k in ks)
        match = _raw_match(_check_set(group))
        gate = _gate(group)
        for i, b, n in encoded:
            if gate is not None and len(b) == n and len(b.translate(None, gate)) == n:
                continue  # ASCII, and none of the characters every match holds
            for local in match(b) or ():
                out[ks[local]].append(i)
    return out


@cache
def _gate(patterns: tuple[str, ...]) -> bytes | None:
    """The ASCII characters (as bytes) one of which every match of any of the patterns holds,
    when each pattern's requirement is proven (requires.required_chars), else None. A
    requirement's other characters are not looked for: a text that is not ASCII always runs."""
    need: set[str] = set()
    for p in patterns:
        chars = required_chars(p)
        if chars is None:
            return None
        need |= chars
    return "".join(sorted(c for c in need if c.isascii())).encode()


def _raw_match(rset: re2.Set) -> Callable[[bytes], list[int] | None]:
    """The set's match on UTF-8 bytes: the C method itself where the wrapper exposes it (its
    Match encodes the text on every call, once per set)."""
    raw = getattr(rset, "_set", None)
    return raw.Match if raw is not None else rset.Match


def _scan(r: Recogniser, text: str, lo: int, hi: int, found: list[Finding]) -> None:
    got = _NEEDS.get(id(r))
    if got is None or got[0] is not r:
        got = _NEEDS[id(r)] = (r, _region_needs(r.pattern))
    need = got[1]
    if need:  # a region without any of the characters every match holds cannot match
        for c in need:
            if text.find(c, lo, hi) >= 0:
                break
        else:
            return
    if r.emit is not None:
        for m in r.pattern.finditer(text, lo, hi):
            for start, end, kind in r.emit(m):
                if end > start:
                    found.append(Finding(start, end, kind, r.priority, r.name))
        return
    for m in r.pattern.finditer(text, lo, hi):
        start, end = m.span(r.group)
        if start < 0 or end <= start:
            continue
        if r.kind in _SPAN_FNS and r.group == 0 and r.validate is v.always:
            # the match may run on; the kind's span validator says where it ends
            n = _SPAN_FNS[r.kind](text[start:end] + text[end : end + 1])
            if not n:
                continue
            end = start + n
        elif not r.validate(text[start:end]):
            continue
        found.append(Finding(start, end, r.kind, r.priority, r.name))


# A requirement of more characters than this is not tested before a scan (each is one find).
_MAX_NEEDS = 4


# by the recogniser's id (a pattern's own hash reads its whole compiled code at every call);
# the recogniser is kept beside its answer, so an id reused by another object is never trusted
_NEEDS: dict[int, tuple[Recogniser, tuple[str, ...]]] = {}


def _region_needs(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """A few characters one of which every match of the pattern holds in its span or in a
    look-ahead (requires.required_chars; not a look-behind, which reads before the region's
    start), so a region of a text without them cannot hold a match: most windows that reach
    into a neighbouring text (a key block's or an SQL statement's 20,000 characters) and the
    other recognisers' windows that lack their `(`, `<`, `=` or `:`. Empty: nothing proven."""
    chars = required_chars(pattern.pattern, pattern.flags, behind=False)
    return tuple(sorted(chars)) if chars and len(chars) <= _MAX_NEEDS else ()


# Windows around anchors: (chars before, chars after). Each window is widened to whitespace so
# that a pattern's boundary checks at the window's edges see what they would in the full text.
_WINDOWS = {
    DIGIT: (48, 24),
    DIGIT_ANY: (72, 48),
    NUMBER: (64, 160),
    AT: (72, 260),
    COLON_HEX: (48, 64),
}


# Scopes scanned over each whole text (those with a pre-check only on the texts it passed).
_WHOLE = frozenset({ALWAYS, FIELD, CUE, CAPS, NAME_FORMS, TOKENS})


def _joined(texts: list[str]) -> tuple[str, list[int], list[int]]:
    """The texts joined by SEP (one string for the anchor scans), with each one's start in it
    and its length."""
    return (SEP.join(texts), *_offsets(texts))


def _offsets(texts: list[str]) -> tuple[list[int], list[int]]:
    """Each text's start in the texts joined by SEP, and its length."""
    sizes = [len(t) for t in texts]
    starts, pos = [], 0
    for n in sizes:
        starts.append(pos)
        pos += n + len(SEP)
    return starts, sizes


# How far past a window's reach an anchor is still looked for: the separator between joined
# texts, the longest anchor, and the one character by which a window that only touches a text
# is widened into it.
_REACH_SLACK = 64


def _near(extents: list[tuple[int, int]], reach: int) -> list[tuple[int, int]]:
    """The stretches of the padded joined texts (offset 1) within `reach` of the given extents,
    merged."""
    out: list[list[int]] = []
    for a, b in extents:
        lo, hi = max(0, a - reach) + 1, b + reach + 1
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _per_text(
    regions: list[tuple[int, int]], starts: list[int], sizes: list[int]
) -> list[tuple[int, int, int]]:
    """Regions of the joined texts as (text, start, end) in that text's own offsets, cut at
    its ends (a region may span a separator)."""
    out: list[tuple[int, int, int]] = []
    last = len(starts) - 1
    for lo, hi in regions:
        j = bisect_right(starts, lo) - 1
        while True:
            base = starts[j]
            a, b = max(lo - base, 0), min(hi - base, sizes[j])
            if a < b:
                out.append((j, a, b))
            if j == last or hi <= starts[j + 1]:
                break
            j += 1
    return out


def _regions(scope: str, text: str) -> list[tuple[int, int]]:
    n = len(text)
    if scope in _WHOLE:
        return [(0, n)]
    if scope == COLON_HEX:
        if ":" not in text:
            return []
        anchors = [m.span() for m in COLON_HEX_MARK.finditer(text)]
    elif scope == AT:
        anchors = [(i, i + 1) for i in _find_all(text, "@")]
    elif _DIGIT.search(text) is None:
        return []
    elif scope == DIGIT:
        anchors = [m.span() for m in DENSE_DIGITS.finditer(text)]
    elif scope == DIGIT_ANY:
        anchors = [m.span() for m in _DIGITS.finditer(text)]
    elif scope == NUMBER:
        anchors = [m.span() for m in NUMBERS.finditer(text)]
    else:
        raise ValueError(f"unknown recogniser scope {scope!r}")
    if not anchors:
        return []
    back, fwd = _WINDOWS[scope]
    return _merged_windows(text, ((a - back, b + fwd) for a, b in anchors))


def _merged_windows(text: str, raw: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows (in start order) merged where they touch, then widened to whitespace once per
    merged window rather than once per anchor (dense text has many anchors per window)."""
    merged: list[list[int]] = []
    for lo, hi in raw:
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    regions: list[tuple[int, int]] = []
    for lo, hi in merged:
        lo, hi = _widen(text, lo, hi)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
        else:
            regions.append((lo, hi))
    return regions


def _widen(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Move the window's edges out to the nearest space, tab or line break (C-speed finds;
    once one is found, the others are looked for only between it and the edge)."""
    if lo <= 0:
        lo = 0
    else:
        floor = max(0, lo - 256)  # a token longer than this is cut (the window only widens)
        ws = text.rfind(" ", floor, lo)
        for c in "\n\t":
            i = text.rfind(c, ws + 1 if ws >= 0 else floor, lo)
            if i >= 0:
                ws = i
        lo = ws + 1 if ws >= 0 else floor
    n = len(text)
    if hi >= n:
        return lo, n
    cap = min(n, hi + 256)
    end = text.find(" ", hi, cap)
    for c in "\n\t":
        i = text.find(c, hi, end if end >= 0 else cap)
        if i >= 0:
            end = i
    return lo, end if end >= 0 else cap


def _find_all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


class AnchorScan:
    """Where the anchors of the anchored recognisers occur, found in one pass per casing by an
    Aho-Corasick automaton (pyahocorasick, in C): every occurrence of every anchor, overlapping
    ones included, for the cost of reading the text once. (A regex alternation over the
    anchors, searched again after each hit, cost a Python call per hit and a trie walk at
    every character that starts an anchor: most of the redaction of ordinary prose once the
    name rules anchored on words such as "my " and "mi ".)"""

    def __init__(self, recs: Sequence[Recogniser]) -> None:
        # per casing: anchor -> the recognisers (by index) it belongs to, in index order
        self._words: dict[bool, dict[str, list[int]]] = {}
        for lower in (False, True):
            words: dict[str, list[int]] = {}
            for k, r in enumerate(recs):
                if r.lower == lower:
                    for a in dict.fromkeys(r.anchors):
                        words.setdefault(a, []).append(k)
            if words:
                self._words[lower] = words
        self._automata: dict[bool, ahocorasick.Automaton] | None = None

    def __getstate__(self) -> dict[str, object]:
        # built again where it is used (a worker process), from the anchors
        return {**self.__dict__, "_automata": None}

    def _built(self) -> dict[bool, ahocorasick.Automaton]:
        if self._automata is None:
            self._automata = {}
            for lower, words in self._words.items():
                auto = ahocorasick.Automaton()
                for a, ks in words.items():
                    auto.add_word(a, (len(a) - 1, ks))
                auto.make_automaton()
                self._automata[lower] = auto
        return self._automata

    def positions(
        self, text: str, low: str, spans: Sequence[tuple[int, int]] | None = None
    ) -> dict[int, list[int]]:
        """Start positions of the anchors of each recogniser (by its index), in text order
        (a position once per anchor of the recogniser that starts there); with `spans`, only
        the anchors that lie wholly inside one of those (start, end) stretches."""
        hits: dict[int, list[int]] = {}
        for lower, auto in self._built().items():
            src = low if lower else text
            if spans is None:
                pieces: Iterable[tuple[int, str]] = ((0, src),)
            else:  # sliced: the automaton's own start and end convert the whole string each call
                pieces = ((a, src[a:b]) for a, b in spans)
            for offset, piece in pieces:
                for end, (back, ks) in auto.iter(piece):
                    for k in ks:
                        hits.setdefault(k, []).append(offset + end - back)
        for at in hits.values():
            at.sort()  # the automaton reports by end; anchors ending together start apart
        return hits


_SPAN_FNS = {"IBAN": v.iban_span, "CARD": v.card_span, "PHONE": v.phone_span}


def _resolve(found: list[Finding]) -> list[Finding]:
    """Resolve overlaps: the higher-priority finding (then the longer one) keeps its span; a
    lower name, address or place is trimmed to what is left of it outside the winners, not
    dropped, so a name that runs into an e-mail address keeps the part that is a name."""
    if len(found) <= 1:
        return found
    in_order = sorted(found, key=lambda f: f.start)
    if all(a.end <= b.start for a, b in zip(in_order, in_order[1:], strict=False)):
        return in_order  # nothing overlaps (the common case): every finding keeps its span
    found = _merge_same_kind(found)
    ranked = sorted(found, key=lambda f: (-f.priority, -(f.end - f.start), f.start))
    # what is taken, in text order (taken spans never overlap, so their ends are in order too)
    starts: list[int] = []
    ends: list[int] = []
    taken: list[Finding] = []
    for f in ranked:
        pieces, pos = [], f.start
        i = bisect_right(ends, f.start)  # the first taken span that ends after f starts
        while i < len(starts) and starts[i] < f.end:
            if starts[i] > pos:
                pieces.append((pos, starts[i]))
            pos = max(pos, ends[i])
            i += 1
        if pos < f.end:
            pieces.append((pos, f.end))
        for a, b in pieces:
            if (a, b) == (f.start, f.end):
                kept = f
            elif f.kind in _TRIMMABLE and b - a >= _MIN_TRIMMED * (f.end - f.start) and b - a >= 3:
                kept = Finding(a, b, f.kind, f.priority, f.source)
            else:
                continue
            j = bisect_right(starts, a)
            starts.insert(j, a)
            ends.insert(j, b)
            taken.insert(j, kept)
    return taken


def _with_layout(text: str, kept: list[Finding]) -> list[Finding]:
    """An address widened over the parts around its street, and the addressee above it
    (address_parts, name_blocks), then an organisation's own block kept (org_blocks): they read
    what the scan found, so they run after it."""
    if any(f.kind == Kind.ADDRESS for f in kept):
        kept = address_parts.extend(text, kept, Finding)
        kept = address_records.next_field(text, kept, Finding)
        kept = name_blocks.addressee(text, kept, Finding)
    return org_blocks.organisation_blocks(text, kept)


# What may follow a person's date of birth in a one-line record (dates.after_name).
_RECORD_GOES_ON = frozenset({Kind.ADDRESS, Kind.NATIONAL_ID, Kind.PHONE, Kind.EMAIL})


def _with_record_dates(text: str, kept: list[Finding]) -> list[Finding]:
    """A date between a name and that person's address, id, phone or e-mail on one line
    (`<name>, <date>, <address>`) is the person's date of birth. Guard: the record must go on
    with one of those (a letter's `<name>, <date>` signature line is its date of writing)."""
    starts = {f.start: f for f in kept}
    extra = []
    for f in kept:
        if f.kind != Kind.PERSON or f.end >= len(text) or text[f.end] != ",":
            continue
        d = dates.after_name(text, f.end)
        if d is None:
            continue
        nxt = starts.get(d[2])
        if nxt is not None and nxt.kind in _RECORD_GOES_ON:
            extra.append(Finding(d[0], d[1], Kind.DATE_OF_BIRTH, 40, "dob_in_record"))
    if not extra:
        return kept
    taken = [(f.start, f.end) for f in kept]
    extra = [e for e in extra if not any(s < e.end and e.start < t for s, t in taken)]
    return sorted(kept + extra, key=lambda f: f.start)


def _with_recurrences(
    text: str, kept: list[Finding], held: Sequence[tuple[int, int]] = ()
) -> list[Finding]:
    """A name found once is redacted wherever the text writes it again (names.recurrences),
    but not inside a value the scan kept as it is (`held`: an organisation's name under its
    field, `organisation: Umzüge Meier`, is the firm's, whoever else is called Meier)."""
    found = [text[f.start : f.end] for f in kept if f.kind == Kind.PERSON]
    taken = [(f.start, f.end) for f in kept] + list(held)
    again = names.recurrences(text, taken, found)
    if "]" in text or ":" in text:  # a transcript's lower-case speaker labels (gazetteer.handles)
        again = list(again or []) + [
            (s, e)
            for s, e in gazetteer.handles(text, found)
            if not any(a < e and s < b for a, b in taken)
        ]
    if not again:
        return kept
    extra = [Finding(s, e, Kind.PERSON, 40, "name_recurs") for s, e in again]
    return sorted(kept + extra, key=lambda f: f.start)


def _merge_same_kind(found: list[Finding]) -> list[Finding]:
    """Overlapping findings of one kind are one finding over their union (a street found by
    its pattern and the same street with its town found by its field name)."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.kind, f.start)):
        last = out[-1] if out else None
        if last is not None and last.kind == f.kind and f.start < last.end:
            out[-1] = Finding(
                last.start,
                max(last.end, f.end),
                f.kind,
                max(last.priority, f.priority),
                last.source,
            )
        else:
            out.append(f)
    return out


_MIN_TRIMMED = 0.25
# Kinds whose every part is still what it was (a name, a street); a cut e-mail address or
# card number is nothing, so those are dropped when they lose an overlap.
_TRIMMABLE = frozenset(
    {"PERSON", "ADDRESS", "LOCATION", "DATE_OF_BIRTH"}
)  # a trimmed remainder shorter than this share of the span is dropped
