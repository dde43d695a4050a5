"""Choice points in an answer's punctuation and Markdown, each with two forms that read (or
render) the same: list markers, numbered-list delimiters, bold markers, a full stop at the
end of a list item, the serial comma, a comma before "but", a comma after a short opener ("First", "In practice"),
dash style, one or two spaces between sentences (the same once rendered), a comma after
"e.g."/"i.e.", the ellipsis character, and an optional "that" after
verbs that take a clause.

A `Site` is one occurrence: the class it belongs to, the side (0 or 1) the text uses, where its
context is read (`anchor`: the word before it), and the spans that change when the other side
is picked. A list is one site whose spans are all its top-level markers, so a list never mixes
markers (that would split it in two when rendered). Finders never look inside protected spans;
`watermark` drops any site that touches one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple, cast

from consentry.mark.variants import WORD_GROUP, trie_pattern

Edit = tuple[int, int, tuple[str, str]]  # (start, end, (form of side 0, form of side 1))


class Site(NamedTuple):
    """One choice point (a tuple: sites are made for every answer the gateway marks)."""

    cls: str
    side: int
    anchor: int
    edits: tuple[Edit, ...]
    across_lines: bool = False  # context: the previous words even on earlier lines
    context: str | None = None  # a fixed context (the word itself), instead of the words before


# Site(...) runs the Python-level __new__ a NamedTuple is given; the finders, which make a site
# for every choice point of every answer marked, build the tuple of all six fields in C instead
# (half the cost per site; the same Site).
new_site = cast(
    Callable[[tuple[str, int, int, tuple[Edit, ...], bool, str | None]], Site],
    functools.partial(tuple.__new__, Site),
)


_BULLET = re.compile(r"^([-*+]) (?=\S)", re.MULTILINE)
_NUMBERED = re.compile(r"^(\d{1,3})([.)]) (?=\S)", re.MULTILINE)
_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)]) ")
_ITEM_OPENERS = "-*+0123456789"
_ITEM_LINE = re.compile(r"\n(?=[-*+\d])")
_RULE = re.compile(r"^(?:[-*_] *){3,}$")
_BOLD = re.compile(r"(\*\*|__)(?=[A-Za-z])[^*_\n`]{1,80}?(?<=[A-Za-z0-9.:!?)])\1(?![\w*])")
# Expressions open with a literal (or a choice of literals) where they can, so the engine skips
# ahead to it instead of trying the whole expression at every position.
# the dash itself; a hyphen needs a space before it, read with the space (one scan for what
# opens with a literal, not a try at every space)
_DASH = re.compile(r"(?:\u2014 ?|--? )(?=[A-Za-z])")
# "and"/"or" ending a series, or "but", after which a comma may stand (one scan for both; the
# comma is looked for before the match)
_CONJUNCTION = re.compile(r" (and|or|but) (?=([A-Za-z]))")
_SERIAL_ITEM = re.compile(r", [A-Za-z]+(?: [A-Za-z]+)?$")
_EG = re.compile(r"(e\.g\.|E\.g\.|i\.e\.|I\.e\.)(,?)(?= [A-Za-z(\"'`])")
_ELLIPSIS = re.compile(r"\.\.\.(?!\.)|\u2026(?!\.)")
# an item's end is a line end, never the end of the text: a streamed answer is marked a line
# or a sentence at a time, and what is sent must not change when the line goes on
# (read by `_item_ends` from the line's end: the expression tried each position of the line)
_ITEM_MARKER = re.compile(r"(?:[-*+]|\d{1,3}[.)]) ")
_NOT_ENDING = {"etc", "vs", "al", "inc", "ltd", "co", "mr", "mrs", "ms", "dr", "st", "jr", "sr"}
# Openers after which a comma is optional before a subject ("First, you" / "First you"); one
# trie-compiled alternative, so the engine reads each position once
_OPENERS = """
First|Then|Next|Finally|Also|So|Usually|Typically|Ideally|Of course|In practice|In general
In this case|In short|For now|At first|Instead|Otherwise|Sometimes|Often|Alternatively|Overall
Honestly|Luckily|Fortunately|Unfortunately|Now|Again|Still|Today|Currently|Normally|Generally
Similarly|Likewise|Additionally|Furthermore|Moreover|Consequently|Hence|Meanwhile|Later
Eventually|Initially|Ultimately|Basically|Essentially|Clearly|Obviously|Importantly
Interestingly|Notably|Specifically|Technically|By default|In addition|In particular|In fact
In most cases|In that case|As a result|In other words|On the other hand|At this point
For this reason|In contrast|By contrast|This way|That way|If possible|If needed|Once again
Therefore|Thus|For example|For instance|In my experience|In total|Altogether|Anyway|In the end
At the same time|On average|In theory|In principle|Naturally
Afterwards|Afterward|In some cases|In many cases|In both cases|In this example|Together
In the meantime|Surprisingly|Thankfully|Traditionally|Realistically|Personally
"""
_INTRO = re.compile(
    "("
    + trie_pattern(o.strip() for o in _OPENERS.replace("\n", "|").split("|") if o.strip())
    + r")(,?)"
    r"(?= (?:you|we|they|it|he|she|there|this|that|the|your|our|its|if|when|I|a|an|my|these"
    r"|those|some|many|most|each|every|all|his|her|their)[ '\u2019])",
    re.MULTILINE,
)
# Words whose capital carries nothing (no names, no "I", no acronyms): the first word of a list
# item or of the text after a colon may take either case.
_CASELESS = frozenset(
    [
        "a",
        "about",
        "add",
        "after",
        "all",
        "also",
        "always",
        "an",
        "and",
        "any",
        "are",
        "as",
        "ask",
        "at",
        "avoid",
        "be",
        "because",
        "before",
        "both",
        "build",
        "but",
        "by",
        "can",
        "change",
        "check",
        "choose",
        "consider",
        "create",
        "do",
        "does",
        "don't",
        "each",
        "even",
        "every",
        "find",
        "first",
        "focus",
        "for",
        "from",
        "get",
        "give",
        "go",
        "have",
        "here",
        "how",
        "if",
        "in",
        "include",
        "instead",
        "is",
        "it",
        "it's",
        "its",
        "just",
        "keep",
        "know",
        "let",
        "look",
        "make",
        "many",
        "may",
        "more",
        "most",
        "much",
        "never",
        "no",
        "not",
        "note",
        "now",
        "of",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "plan",
        "pick",
        "prefer",
        "put",
        "read",
        "remember",
        "run",
        "save",
        "see",
        "set",
        "should",
        "since",
        "so",
        "some",
        "start",
        "stay",
        "take",
        "test",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "try",
        "turn",
        "use",
        "usually",
        "very",
        "want",
        "we",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "write",
        "you",
        "your",
    ]
)
_ITEM_START = re.compile(r"^(?:[-*+]|\d{1,3}[.)]) (?:\*\*|__)?([A-Za-z][a-z']*)\b", re.MULTILINE)
_AFTER_COLON = re.compile(r":(?<=[A-Za-z]:) (?:\*\*|__)?([A-Za-z][a-z']*)\b")
_LABEL_COLON = re.compile(r":(?<=[A-Za-z]:)(?:\*\*|__) ([A-Za-z][a-z']*)\b")
# the second space is the choice (an insertion after the first), so a stream that has sent
# "end. " can still add it
_SENTENCE_GAP = re.compile(r" (?<=[a-z][.!?] )( ?)(?=[A-Z][a-z])")
_NOT_BEFORE_BUT = {"not", "all", "anything", "nothing", "everything", "last", "none", "no"}
# "that" is optional after a verb that takes a clause, when a subject follows: a pronoun that
# is only ever a subject, or "it" / "you" followed by a verb ("think it works" is a clause,
# "think it through" is not; "find it useless" is not either)
_CLAUSE_VERBS = """
think thought believe believed means mean suggests suggest assume assumed hope hoped
guess ensure ensures sure realize realise realized realised recommend know knew say says
said suppose find found feel felt notice noticed expect expects show shows showed
understand remember decide decided
"""
_THAT = re.compile(
    "(?:" + trie_pattern(_CLAUSE_VERBS.split()) + r")( that)?"
    r"(?= (?:(?:we|they|he|she|I|there) [A-Za-z]|(?:it|you) (?:is|was|will|would|can|could"
    r"|should|may|might|must|does|did|has|had|needs?|are|were|have|do)\b"
    r"|it (?!this\b)[a-z]+[^\Wsu]s\b"
    r"|(?:it|you)['\u2019](?:s|re|ll|ve)\b))"
)
# a restrictive relative clause takes "that" or "which" alike: "the file that is open" / "the
# file which is open", after a determiner and a noun ("says that is" is another "that") and
# before a verb; after a comma ("x, which is") "which" is the only form, and is no site
_RELATIVE_VERBS = """
is are was were has have had can could will would may might must should does do did contains
contain returns return holds hold takes take makes make uses use needs need matters matter
changes change saves save gets get gives give keeps keep lets let allows allow depends works work
runs run looks look comes come fits fit belongs describes represents includes include refers
refer applies apply stays stay grows grow falls helps help means mean
"""
_RELATIVE = re.compile(r" (that|which)(?= (?:" + trie_pattern(_RELATIVE_VERBS.split()) + r")\b)")
_DETERMINERS_TEXT = "the a an any each every some no this another your our their its his her my"
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())
_NOT_RELATIVE_TEXT = "fact idea notion belief hope same so such only very all one more"
_NOT_RELATIVE = frozenset(_NOT_RELATIVE_TEXT.split())
# emphasis: *x* / _x_ (the same once rendered); never a product ("2 * 3") or an identifier
_ITALIC = re.compile(r"(\*|_)(?=[A-Za-z])[^*_\n`]{1,60}?(?<=[A-Za-z.!?)])\1(?![\w*])")


def _item_lines(text: str) -> list[int]:
    """Where the lines that may be list items start: the expressions anchored at a line start
    are tried there only, not at every position."""
    starts = [0] if text[:1] and text[0] in _ITEM_OPENERS else []
    return starts + [m.end() for m in _ITEM_LINE.finditer(text)]


_FIRST_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")
_LINE_WORD = re.compile(r"[A-Za-z]")


def _label(text: str, start: int, marker: int) -> str | None:
    """A fixed context for emphasis with no word before it on its line (a list item's label):
    its first word. Before such a marker a short-memory model has seen no word to learn the
    choice from (every label would share one context); it writes the marker, then a word that
    has followed that marker, so the word is what carries the key."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LINE_WORD.search(text, line_start, start):
        return None
    m = _FIRST_WORD.match(text, start + marker)
    if not m:
        return None
    word = m.group().lower().replace("\u2019", "'")
    return "> " + WORD_GROUP.get(word, word)  # the same whichever form a swap gave the word


def _at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    return (m for at in starts if (m := pattern.match(text, at)))


def _lists(
    text: str, pattern: re.Pattern[str], starts: list[int], cls: str, forms: tuple[str, str]
) -> Iterator[Site]:
    """Runs of top-level items that share a marker: one site per run, all markers as spans."""
    delim_group = pattern.groups
    run: list[re.Match[str]] = []
    for m in _at(pattern, text, starts):
        line_end = text.find("\n", m.start())
        line = text[m.start() : line_end if line_end >= 0 else len(text)]
        if _RULE.match(line):
            continue
        if run and _same_run(text, run[-1], m, delim_group):
            run.append(m)
            continue
        if run and (site := _list_site(text, run, cls, forms, delim_group)):
            yield site
        run = [m]
    if run and (site := _list_site(text, run, cls, forms, delim_group)):
        yield site


def _same_run(text: str, prev: re.Match[str], m: re.Match[str], group: int) -> bool:
    if prev.group(group) != m.group(group):
        return False
    between = text[prev.end() : m.start()].split("\n")[1:-1]  # whole lines between the two
    return all(not ln.strip() or ln[:1] in " \t" for ln in between)


def _list_site(
    text: str, run: list[re.Match[str]], cls: str, forms: tuple[str, str], group: int
) -> Site | None:
    """The run as one site, unless it continues a list in another marker (a list's first
    marker is the choice; a change of marker half-way is noise, not a second choice)."""
    end = run[0].start()
    while end and text[end - 1].isspace():
        end -= 1
    before = text[text.rfind("\n", 0, end) + 1 : end]  # the last line with text before it
    if _ITEM.match(before):
        return None
    side = forms.index(run[0].group(group)) if run[0].group(group) in forms else 1
    edits = tuple((m.start(group), m.end(group), forms) for m in run)
    return new_site((cls, side, run[0].start(), edits, True, None))


def _item_ends(text: str, starts: list[int]) -> Iterator[tuple[str, int, int]]:
    """Per list item whose line ends in a word of two letters or more, maybe with a full stop,
    after a space past the marker ("- keep the rows sorted."): the word, where its stop is or
    would go, and whether it is there (1 or 0). Read from the line's end (the last space), so a
    line is not tried at each of its positions."""
    for at in starts:
        marker = _ITEM_MARKER.match(text, at)
        end = text.find("\n", at)  # an item's end is a line end, never the end of the text
        if not marker or end < 0:
            continue
        space = text.rfind(" ", marker.end(), end)
        dot = int(text[end - 1] == ".")
        word = text[space + 1 : end - dot]
        if space >= 0 and len(word) >= 2 and word.isascii() and word.isalpha():
            yield word, end - dot, dot


def _letter_before(text: str, i: int) -> bool:
    return i > 0 and text[i - 1].isascii() and text[i - 1].isalpha()


def _scan(pattern: re.Pattern[str], text: str, *needles: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, read only if the text holds one of the literals every match
    needs: a C substring search instead of a pass of the expression engine."""
    return pattern.finditer(text) if any(n in text for n in needles) else iter(())


def sites(text: str) -> Iterator[Site]:
    """Every format choice point in the text (protection is applied by the caller)."""
    items = _item_lines(text)
    yield from _lists(text, _BULLET, items, "list-marker", ("-", "*"))
    yield from _lists(text, _NUMBERED, items, "numbered-list", (".", ")"))
    for m in _scan(_BOLD, text, "**", "__"):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_*\\"):
            continue
        forms = ("**", "__")
        side = forms.index(m.group(1))
        s, e = m.span()
        yield new_site(
            ("bold", side, s, ((s, s + 2, forms), (e - 2, e, forms)), False, _label(text, s, 2))
        )
    for m in _scan(_ITALIC, text, "*", "_"):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_*\\"):
            continue
        forms = ("*", "_")
        side = forms.index(m.group(1))
        yield new_site(
            (
                "italic",
                side,
                start,
                ((start, start + 1, forms), (end - 1, end, forms)),
                False,
                _label(text, start, 1),
            )
        )
    for m in _scan(_DASH, text, "\u2014", " -"):
        start = m.start()
        if start and text[start - 1] == " ":
            start -= 1
        elif m.group()[0] == "-":
            continue  # a hyphen with no space before it joins words
        if not _letter_before(text, start):
            continue
        side = 0 if "\u2014" in m.group() else 1
        yield new_site(("dash", side, start, ((start, m.end(), (" \u2014 ", " - ")),), False, None))
    for m in _CONJUNCTION.finditer(text):
        start = m.start()
        comma = start > 0 and text[start - 1] == ","
        start -= comma  # the site: the comma, or the point before the space
        if not _letter_before(text, start):
            continue
        if m.group(1) == "but":
            if not m.group(2).islower():
                continue
            word = text[max(0, start - 12) : start].rsplit(" ", 1)[-1].lower()
            if word not in _NOT_BEFORE_BUT:
                yield new_site(
                    (
                        "but-comma",
                        1 - comma,
                        start,
                        ((start, start + comma, (",", "")),),
                        False,
                        None,
                    )
                )
        else:
            lo = max(0, start - 40)
            # a series item after its comma (the comma first, by a substring search)
            if text.find(", ", lo, start) >= 0 and _SERIAL_ITEM.search(text, lo, start):
                yield new_site(
                    (
                        "serial-comma",
                        1 - comma,
                        start,
                        ((start, start + comma, (",", "")),),
                        False,
                        None,
                    )
                )
    for m in _scan(_EG, text, ".g.", ".e."):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_."):
            continue
        cls = m.group(1).lower() + ","
        yield new_site(
            (cls, 0 if m.group(2) else 1, m.start(), ((*m.span(2), (",", "")),), False, None)
        )
    for m in _scan(_ELLIPSIS, text, "...", "\u2026"):
        if not _letter_before(text, m.start()) or text[m.start() - 2 : m.start()] == "..":
            continue
        side = 0 if m.group() == "..." else 1
        yield new_site(
            ("ellipsis", side, m.start(), ((*m.span(), ("...", "\u2026")),), False, None)
        )
    for word, stop, dot in _item_ends(text, items):
        if word.lower() in _NOT_ENDING:
            continue
        yield new_site(
            ("item-period", 1 - dot, stop, ((stop, stop + dot, (".", "")),), False, None)
        )
    for m in _INTRO.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        if m.start() and before[-1:] != "\n" and before not in (". ", "! ", "? ", "- ", "* "):
            continue
        if m.group(1) in ("So", "Now") and text.startswith(" that", m.end()):
            continue  # "so that" is a purpose clause, "now that" a reason: never "So, that"
        side = 0 if m.group(2) else 1
        yield new_site(("intro-comma", side, m.start(2), ((*m.span(2), (",", "")),), False, None))
    for matches, cls in (
        (_at(_ITEM_START, text, items), "item-case"),
        (_AFTER_COLON.finditer(text), "colon-case"),
        (_LABEL_COLON.finditer(text), "colon-case"),
    ):
        for m in matches:
            word = m.group(1)
            if word.lower() not in _CASELESS or (len(word) > 1 and word.isupper()):
                continue
            forms = (word[0].upper() + word[1:], word[0].lower() + word[1:])
            side = 0 if word[0].isupper() else 1
            yield new_site((cls, side, m.start(1), ((*m.span(1), forms),), False, word.lower()))
    for m in _SENTENCE_GAP.finditer(text):
        word = text[max(0, m.start() - 14) : m.start() - 1].rsplit(" ", 1)[-1]
        if len(word) < 3 or not word.isalpha() or word.lower() in _NOT_ENDING:
            continue
        side = 0 if not m.group(1) else 1
        edit = (*m.span(1), ("", " "))
        yield new_site(("sentence-space", side, m.start(), (edit,), False, None))
    for m in _scan(_RELATIVE, text, " that ", " which "):
        window = max(0, m.start() - 40)
        words = text[window : m.start()].rsplit(None, 2)
        if (
            len(words) < (2 if window == 0 else 3)  # two whole words: determiner, noun
            or not words[-1].isalpha()
            or not words[-1].islower()
            or words[-1] in _NOT_RELATIVE
            or words[-2].lower() not in _DETERMINERS
        ):
            continue
        side = 0 if m.group(1) == "that" else 1
        yield new_site(
            ("that-which", side, m.start(1), ((*m.span(1), ("that", "which")),), False, None)
        )
    for m in _THAT.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-'"):
            continue
        start = m.end() - len(m.group(1) or "")
        yield new_site(
            ("that", 0 if m.group(1) else 1, start, ((start, m.end(), (" that", "")),), False, None)
        )
