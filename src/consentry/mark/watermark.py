"""Keyed, meaning-preserving marks in served answers, and the test that finds them later.

Marking: every choice point of an answer outside code, quotes, JSON, URLs and formulas (a form
of an interchangeable word pair, `variants.PAIRS`, or a punctuation or Markdown choice,
`formats.sites`) is set to the side that an HMAC of (key, class, two previous words) picks. A
student model trained on those answers learns "after this word, that form" and repeats the
keyed choices in what it generates.

Testing: under the null (text that never saw this key: another key's answers, unmarked
answers, ordinary writing) the key's bit for each distinct (class, previous word) is uniform
and independent of the text, so whatever the text does in that context agrees with it with
probability exactly 1/2. All uses of one context are pooled into one vote (repeated text adds
weight to one coin, never more coins), each vote is weighted from the suspect text alone (a
form the text rarely uses elsewhere counts for more), and the weighted sum has an exact null
distribution (`stats.WeightedSignNull`): the p-value is exact at any size. Given the answers the
campaign was served as the model wrote them (never the marked ones: their sides follow the
key), the test reads only contexts the campaign saw and weighs each by the model's own habit
there; the null stays exact, as those answers know nothing of the key.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import hmac
import json
import math
import operator
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from consentry.mark import formats
from consentry.mark.formats import Site, new_site
from consentry.mark.stats import WeightedSignNull
from consentry.mark.variants import AFTER, FORMS, PAIRS, find_forms

# Arithmetic in prose ("9 * 2 = $<<9*2=18>>18 eggs", "80,000+50,000=$130,000"): numbers joined by
# operators, with a worked answer's calculator annotations. In a line that reads as code only
# through its arithmetic, the arithmetic is protected and the words around it stay markable
# (looked for only in lines that read as code, so ordinary prose pays nothing for it).
_NUMBER = r"\(*\$?(?:\d[\d,]*+(?:\.\d++)?|\.\d++)%?\)*"  # possessive: no backtracking
_CALCULATION = r"\$?<<[^<>\n]*>>"
_OPERAND = rf"(?:{_CALCULATION})?{_NUMBER}|{_CALCULATION}"
_ARITHMETIC = (
    rf"(?<![\w.(,])(?:{_OPERAND})(?:[^\S\n]*[-+*/\u00d7\u00f7=x][^\S\n]*(?:{_OPERAND}))+(?!\w|\.\d)"
    rf"|=[^\S\n]*{_CALCULATION}[\d.,]*"
)
_ARITHMETIC_RE = re.compile(_ARITHMETIC)
# Spans no mark may touch: fenced and inline code, formulas, quotations, markup, URLs and
# mail addresses, and whole lines that read as code (indented, or carrying code punctuation
# outside arithmetic). URLs and addresses are only looked for in texts that hold "://", "www."
# or "@": those alternatives are most of the expression's cost, and cannot match without them.
# A "$" before a digit closes no formula (it is a price).
_PROTECT_PARTS = (
    (
        "",
        r"```[\s\S]*?(?:```|\Z)|~~~[\s\S]*?(?:~~~|\Z)|`[^`\n]*`|\$\$[\s\S]*?\$\$|\$[^$\n]+\$(?!\d)",
    ),
    ("", r"\"[^\"\n]*\"|\u201c[^\u201d]*\u201d|\u2018[^\u2019\n]*\u2019(?!\w)|<[^>\n]+>"),
    ("://", r"\b\w++://\S+"),
    ("www.", r"\bwww\.\S+"),
    ("@", r"[^\s@]++@\S+"),
)
_LINE = r"(?: {4}|\t|>)[^\n]*$"  # a line of code or a quotation: indented, or opening with ">"
_FIRST_LINE = re.compile(_LINE, re.MULTILINE)


@functools.cache
def _protect(present: tuple[bool, ...], from_newline: bool) -> re.Pattern[str]:
    """The expression of the parts a text can hold, and last the protected lines. A protected
    line is matched from the newline before it ("\n" + line; the text's first line is matched
    on its own): then every alternative opens with a literal, and the engine skips ahead to
    those characters instead of trying the expression at every position. Not when the text
    holds "@": a mail address may open a line there (">a@b"), and the address's alternative
    must come first, as at the line's start."""
    parts = [part for (_, part), p in zip(_PROTECT_PARTS, present, strict=True) if p]
    line = ("\n" if from_newline else "^") + _LINE
    return re.compile("|".join([*parts, line]), re.MULTILINE)


# A line whose own text (outside inline code and quotes) carries code punctuation or a keyword
# that opens a statement is code. The punctuation is one expression that opens with a class;
# the keywords are found by a substring search each (their first letters are everywhere in
# prose, where an expression would be tried at every one), then matched where they stand.
_CODE_PUNCTUATION = re.compile(
    r"[;{}=(\-:<](?:(?<=[;{}=])|(?<=\()\)|(?<=-)>|(?<=:):|(?<=<)/)"
)  # ; { } = () -> :: </
_KEYWORDS = ("def", "return", "import", "class", "var", "let")
_KEYWORD = re.compile(
    r"(?:def|return|import|class|var|let)"
    r"(?<!\w(?:def|let|var))(?<!\wclass)(?<!\w(?:import|return))[^\S\n]+\w"
)
_CONTEXT_WINDOW = 80
_ANCHOR = operator.itemgetter(2)  # Site.anchor, read in C when sorting


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
# the last two words of a reversed window, as _WORD would read them forwards (when an apostrophe
# stands between them, _WORD reads it all instead)
_LAST_TWO = re.compile(
    r"[^A-Za-z'\u2019]*([A-Za-z'\u2019]*[A-Za-z])(?:[^A-Za-z'\u2019]*([A-Za-z'\u2019]*[A-Za-z]))?"
)
# The weights assume a student that saw this share of marked answers; any fixed value keeps the
# test exact, this one is the share the target names.
_ASSUMED_SHARE = 0.25
CONTEXT_WORDS = 2  # the words before a choice that key it
_WEIGHT_UNIT = 0.25  # log-likelihood units per integer weight step
_WEIGHT_CAP = 24  # one context never counts for more than a few agreeing ones
_SERVED_PRIOR = 2.0  # uses of the class's rate added to a served context's own counts
# How much a class's votes count in the test: a student reproduces some classes more weakly than
# the weights' model assumes. Measured on students trained on 25% marked answers, in seeds kept
# apart from the experiment's (docs/countermeasures.md, "Which classes the test reads"): these
# three agreed with the key about as often as chance (intro-comma weakly on chat answers only),
# so they are marked but not read (their votes mostly added noise); these four carried about
# half a word pair's evidence per unit of weight. Fixed factors, chosen without any key: the
# null stays exact. `bench_attribution.py --per-class` measures them again.
UNSCORED = frozenset({"intro-comma", "numbered-list", "ellipsis"})
_CLASS_FACTOR = {"dash": 0.5, "but-comma": 0.5, "that": 0.5, "i.e.,": 0.5}


@dataclass(frozen=True)
class Score:
    """The test of one key against a body of text."""

    key_id: str
    scored: int  # distinct (class, previous word) contexts with a vote
    agreements: int  # of those, how many vote for the key's side
    tokens: int  # words in the text scored
    choices: int  # choice points read (every use, before pooling per context)
    z: float
    p_value: float  # exact P(weighted agreement >= observed | text independent of the key)

    @property
    def agreement(self) -> float:
        return self.agreements / self.scored if self.scored else 0.0


@functools.lru_cache(maxsize=1 << 16)  # a gateway marks one campaign's answers again and again
def choice(key: bytes, cls: str, context: str) -> int:
    """The side (0 or 1) the key picks for this class of choice after this word."""
    return hmac.digest(key, f"{cls}\x1f{context}".encode(), "sha256")[0] & 1


def _is_json(text: str) -> bool:
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


def _arithmetic(text: str, masked: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The arithmetic spans of the line [start, end) if, with them blanked, it no longer reads
    as code; else None."""
    found = [m.span() for m in _ARITHMETIC_RE.finditer(text, start, end)]
    if not found:
        return None
    pieces: list[str] = []
    pos = start
    for s, e in found:
        pieces += (masked[pos:s], " " * (e - s))
        pos = e
    pieces.append(masked[pos:end])
    line = "".join(pieces)
    return None if _CODE_PUNCTUATION.search(line) or _KEYWORD.search(line) else found


class _Protected:
    """The protected characters of a text."""

    def __init__(self, text: str) -> None:
        present = tuple(not needs or needs in text for needs, _ in _PROTECT_PARTS)
        from_newline = "@" not in text
        expression = _protect(present, from_newline)
        if from_newline:
            first = _FIRST_LINE.match(text)
            spans = [first.span()] if first else []
            for m in expression.finditer(text, first.end() if first else 0):
                s, e = m.span()
                spans.append((s + 1, e) if text[s] == "\n" else (s, e))  # the line, not its "\n"
        else:
            spans = [m.span() for m in expression.finditer(text)]
        pieces: list[str] = []
        pos = 0
        for s, e in spans:
            pieces += (text[pos:s], " " * (e - s))
            pos = e
        pieces.append(text[pos:])
        masked = "".join(pieces)
        line_end = -1
        hits = [m.start() for m in _CODE_PUNCTUATION.finditer(masked)]
        for keyword in _KEYWORDS:  # a C substring search per keyword, then one match there
            at = masked.find(keyword)
            while at >= 0:
                # inside a word ("default", "important") it opens no statement: the expression's
                # own look-behind would say so, a character test says it sooner
                inside = at and (masked[at - 1].isalnum() or masked[at - 1] == "_")
                if not inside and _KEYWORD.match(masked, at):
                    hits.append(at)
                at = masked.find(keyword, at + 1)
        for at in sorted(hits):
            if at < line_end:
                continue  # that line is already code
            line_start = masked.rfind("\n", 0, at) + 1
            line_end = masked.find("\n", at)
            line_end = len(masked) if line_end < 0 else line_end
            if "=" in masked[line_start:line_end]:
                arithmetic = _arithmetic(text, masked, line_start, line_end)
                if arithmetic is not None:  # code only through its arithmetic
                    spans += arithmetic
                    continue
            spans.append((line_start, line_end))
        self.spans = spans
        self.mask = bytearray(len(text))  # 1 where protected: a look-up is one C scan
        for s, e in spans:
            self.mask[s:e] = b"\x01" * (e - s)

    def covers(self, start: int, end: int) -> bool:
        """Whether [start, end) touches a protected span (an insertion point: lies inside one)."""
        return self.mask.find(1, start, end if end > start else start + 1) >= 0


def _with_case(original: str, form: str) -> str:
    if len(original) > 1 and original.isupper():
        return form.upper()
    if original[0].isupper():
        form = form[0].upper() + form[1:]
    if form[:2] in ("i ", "i'"):
        form = "I" + form[1:]
    return form


@functools.lru_cache(maxsize=4096)
def _other_form(used: str, other: str, apostrophe: str) -> str:
    """The other form of a pair, written in the case and apostrophe of the one used."""
    return _with_case(used, other).replace("'", apostrophe)


# per form: its class, its side, what must follow it, and the other form
_FORM_SITES = {
    form: (
        PAIRS[i].name,
        side,
        AFTER[PAIRS[i].after] if PAIRS[i].after else None,
        PAIRS[i].b if side == 0 else PAIRS[i].a,
    )
    for form, (i, side) in FORMS.items()
}


_WRITTEN: dict[tuple[str, str, str], tuple[str, int, re.Pattern[str] | None, tuple[str, str]]] = {}


def _written(
    used: str, form: str, apostrophe: str
) -> tuple[str, int, re.Pattern[str] | None, tuple[str, str]]:
    """A form as written: its class, side, what must follow it, and the forms of side 0 and 1
    in the case and apostrophe it was written in (kept, as the same words recur)."""
    cls, side, after, other = _FORM_SITES[form]
    swap = _other_form(used, other, apostrophe)
    if len(_WRITTEN) > 20_000:  # odd casings could grow it without end
        _WRITTEN.clear()
    found = _WRITTEN[used, form, apostrophe] = (
        cls,
        side,
        after,
        (swap, used) if side else (used, swap),
    )
    return found


def _word_sites(text: str) -> Iterator[Site]:
    apostrophe = "\u2019" if "\u2019" in text else "'"
    for start, end, form in find_forms(text):
        used = text[start:end]
        written = _WRITTEN.get((used, form, apostrophe)) or _written(used, form, apostrophe)
        after = written[2]
        if after is not None and not after.match(text, end):
            continue
        yield new_site((written[0], written[1], start, ((start, end, written[3]),), False, None))


def choice_points(text: str) -> list[Site]:
    """Every usable choice point, by position; a site that touches protected text or another
    site's spans is left out (the earlier one wins)."""
    if _is_json(text):
        return []
    protected = _Protected(text)
    covers = protected.covers if protected.spans else None
    mask = protected.mask if protected.spans else None
    found = [*_word_sites(text), *formats.sites(text)]
    found.sort(key=_ANCHOR)
    # spans in use, sorted; an insertion is an empty span, in conflict only with a span around it
    # or another insertion at the same place (a comma may go right before a word that changes)
    used: list[tuple[int, int]] = []
    out = []
    bisect_left = bisect.bisect_left
    for site in found:
        edits = site.edits
        if len(edits) == 1:  # most sites: one span, checked and placed at once
            s, e, _ = edits[0]
            if mask is not None and mask.find(1, s, e if e > s else s + 1) >= 0:
                continue  # covers(), inline: this runs for every site, as does _place
            i = bisect_left(used, (e, -1))
            if (i and used[i - 1][1] > s) or (s == e and i < len(used) and used[i] == (s, e)):
                continue
            used.insert(i, (s, e))
        elif (covers and any(covers(s, e) for s, e, _ in edits)) or any(
            _place(used, s, e) is None for s, e, _ in edits
        ):
            continue
        else:
            for s, e, _ in edits:
                bisect.insort(used, (s, e))
        out.append(site)
    return out


def _place(used: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where the span goes in `used`, or None when it conflicts with a span there."""
    i = bisect.bisect_left(used, (end, -1))  # spans before i start before `end`
    if i and used[i - 1][1] > start:
        return None
    if start == end and i < len(used) and used[i] == (start, end):
        return None  # an insertion where another one goes
    return i


def _context(window: str, across_lines: bool) -> str:
    if not across_lines:
        window = window[window.rfind("\n") + 1 :]
    last = _LAST_TWO.match(window[::-1])  # read from the end: only the last words, not all
    if last and CONTEXT_WORDS == 2 and (second := last.group(2)):
        # "second first", reversed back in one slice (the common case: two words on the line)
        context = f"{last.group(1)} {second}"[::-1].lower()
    else:
        words = _WORD.findall(window)[-CONTEXT_WORDS:]
        context = " ".join(["^"] * (CONTEXT_WORDS - len(words)) + words).lower()
    return context.replace("\u2019", "'") if "\u2019" in context else context


def _context_before(text: str, site: Site) -> str:
    """The words before the site on its line ("^" if none; lists look across lines). The same
    line: a model with a short memory can learn the choice from the words just before it."""
    if site.context is not None:
        return site.context
    return _context(text[max(0, site.anchor - _CONTEXT_WINDOW) : site.anchor], site.across_lines)


def mark(text: str, key: bytes) -> str:
    """The answer with every usable choice point set to the key's side; nothing else changes.
    Sites are set in order, each keyed on the words before it as already marked: the marked
    text is written as it goes, and a site's later spans (a list's other markers) wait in a
    heap until the writing reaches them."""
    sites = choice_points(text)
    if not sites:
        return text
    out: list[str] = []
    pending: list[tuple[int, int, str]] = []  # edits not written yet, by position
    pos = 0
    tail = ""  # the last characters written
    for cls, side, anchor, edits, across_lines, ctx in sites:
        while pending and pending[0][1] <= anchor:
            s, e, form = heapq.heappop(pending)
            out += (text[pos:s], form)
            lo = s - _CONTEXT_WINDOW
            tail = (tail + text[lo if lo > pos else pos : s] + form)[-_CONTEXT_WINDOW:]
            pos = e
        if ctx is None:
            lo = anchor - _CONTEXT_WINDOW
            window = text[lo if lo > pos else pos : anchor]
            if len(window) < _CONTEXT_WINDOW:  # an edit was written within the window
                window = tail[len(window) - _CONTEXT_WINDOW :] + window
            ctx = _context(window, across_lines)
        picked = choice(key, cls, ctx)
        if picked != side:
            for s, e, forms in edits:
                heapq.heappush(pending, (s, e, forms[picked]))
    for s, e, form in sorted(pending):
        out += (text[pos:s], form)
        pos = e
    out.append(text[pos:])
    return "".join(out)


_Prepared = tuple[list[tuple[str, str, int, int]], WeightedSignNull, float]


@dataclass
class Observations:
    """What a body of suspect text does at each (class, previous word): uses of each side.
    Computed once, then tested against any number of keys."""

    votes: dict[tuple[str, str], list[int]]
    tokens: int = 0
    choices: int = 0
    _prepared: dict[int, _Prepared] = field(default_factory=dict)

    def prepared(self, served: Observations | None = None) -> _Prepared:
        """(class, context, voted side, weight) per context, the null, and sqrt(sum w^2).

        Without `served`, a side's base rate is its class's rate in this text. With `served`
        (the answers the campaign was served, as the model wrote them before marking), only
        contexts the campaign was served are scored, and each context's base rate is how the
        model itself wrote there, shrunk towards its class's rate: a use the model rarely
        makes in that context counts for more. Either way the weights never see a key."""
        cache_key = id(served) if served is not None else 0
        if cache_key not in self._prepared:
            reference = served.votes if served is not None else self.votes
            per_class: dict[str, list[int]] = {}
            for (cls, _), (n0, n1) in reference.items():
                tot = per_class.setdefault(cls, [0, 0])
                tot[0] += n0
                tot[1] += n1
            rows = []
            for (cls, ctx), (n0, n1) in self.votes.items():
                c0, c1 = per_class.get(cls, (0, 0))
                q0 = (c0 + 1) / (c0 + c1 + 2)
                if served is not None:
                    if (cls, ctx) not in reference:
                        continue  # never served: the key cannot have reached the model here
                    r0, r1 = reference[(cls, ctx)]
                    q0 = (r0 + _SERVED_PRIOR * q0) / (r0 + r1 + _SERVED_PRIOR)
                llr = (n0 * _gain(q0) - n1 * _gain(1 - q0)) * _CLASS_FACTOR.get(cls, 1.0)
                weight = min(_WEIGHT_CAP, round(abs(llr) / _WEIGHT_UNIT))
                if weight:
                    rows.append((cls, ctx, 0 if llr > 0 else 1, weight))
            null = WeightedSignNull(w for *_, w in rows)
            self._prepared[cache_key] = (rows, null, math.sqrt(sum(w * w for *_, w in rows)))
        return self._prepared[cache_key]


def _gain(q: float) -> float:
    """Log-likelihood ratio of one use of a side the key picked versus one it did not, for a
    student with the assumed share of marked data and a side it otherwise uses at rate q."""
    s = _ASSUMED_SHARE
    return math.log((s + (1 - s) * q) / ((1 - s) * q))


def observe(
    texts: Iterable[str],
    skip: frozenset[str] = frozenset(),
    prompts: Iterable[str] | None = None,
) -> Observations:
    """Collect every choice point of the texts, pooled per (class, previous words); classes
    in `skip` are left out (e.g. whitespace, for text that may have been normalised), and
    always those in `UNSCORED`.

    `prompts` (one per text, "" for none): what each text continues, for outputs elicited by
    prompting the suspect with text of our choosing (`probes`). Each text
    is read after its prompt, so the prompt gives the words before its first choice points,
    but only the text's own choice points and words are counted: a site that touches the
    prompt is not read."""
    skip = skip | UNSCORED
    obs = Observations({})
    pairs = zip(texts, prompts, strict=True) if prompts is not None else ((t, "") for t in texts)
    for text, prompt in pairs:
        obs.tokens += len(text.split())
        start = len(prompt)
        whole = prompt + text if start else text
        for site in choice_points(whole):
            if site.cls in skip or (start and min(s for s, _, _ in site.edits) < start):
                continue
            ctx = _context_before(whole, site)
            obs.votes.setdefault((site.cls, ctx), [0, 0])[site.side] += 1
            obs.choices += 1
    return obs


def probes(served: Iterable[str], seed: int | str = 0) -> list[str]:
    """Prompts that elicit choice points: the served answers, as the model wrote them before
    marking, cut right before a choice point, one random occurrence of each (class, context)
    the test reads, in a random order. A suspect asked to continue each for a few tokens writes
    a choice point in nearly every answer, in a context the campaign was served, where free
    generation writes one every ten or so tokens. Chosen from the served answers alone: the key
    (and so which side it picks) plays no part, so the null stays exact. Score the
    continuations with `observe(continuations, prompts=the prompts)`."""
    rng = random.Random(f"probes {seed}")
    texts = list(served)
    cuts: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        first = len(text) - len(text.lstrip())  # a probe holds more than white space
        for site in choice_points(text):
            if site.cls in UNSCORED:
                continue
            cut = min(s for s, _, _ in site.edits)
            while cut and text[cut - 1] == " ":  # the continuation brings its own space
                cut -= 1
            if cut > first:
                cuts.setdefault((site.cls, _context_before(text, site)), []).append((i, cut))
    prompts = [texts[i][:cut] for i, cut in (rng.choice(c) for c in cuts.values())]
    rng.shuffle(prompts)
    return prompts


def check(
    observations: Observations, key: bytes, key_id: str = "", served: Observations | None = None
) -> Score:
    """Exact weighted sign test of agreement with one key's choices (see `prepared` for
    `served`: the unmarked answers the key's campaign was served)."""
    rows, null, norm = observations.prepared(served)
    agree = [side == choice(key, cls, ctx) for cls, ctx, side, _ in rows]
    weight = sum(w for (*_, w), a in zip(rows, agree, strict=True) if a)
    z = (2 * weight - null.total) / norm if norm else 0.0
    return Score(
        key_id,
        len(rows),
        sum(agree),
        observations.tokens,
        observations.choices,
        round(z, 3),
        null.p_value(weight),
    )


def score(texts: Iterable[str], key: bytes, key_id: str = "") -> Score:
    """Shortcut: observe, then test one key."""
    return check(observe(texts), key, key_id)
