"""What a prompt asks for, as regular expressions every engine understands (RE2 and Java).

Written from how people phrase such requests, not from any generator: chain-of-thought
elicitation, grading with a rubric, code. Patterns are case-insensitive (an inline `(?i)`,
which both engines read); no look-around and no back-references, so DuckDB (RE2) and Spark
(java.util.regex) agree.
"""

from __future__ import annotations

import ibis

# Asking the model to lay out its reasoning, not just answer.
LOOK = 160  # characters looked at from each end of a prompt and of its system prompt

COT = (
    r"(?i)step[- ]by[- ]step|show (all )?(of )?(your|the) (work|working|reasoning|steps|thinking)"
    r"|chain[- ]of[- ]thought|think (it )?(through|carefully|aloud|out loud|hard)"
    r"|reason (through|carefully|it out)|let'?s think|explain (your|the|each|every) "
    r"(reasoning|thought|step|intermediate)|(full|complete|entire|detailed|internal|whole|raw) "
    r"(reasoning|thought process|thinking|derivation|trace|chain)|reasoning (trace|process|steps)"
    r"|thought process|walk me through|before (giving|answering|you answer|stating) "
    r"|(intermediate|all) steps|<think>|scratchpad"
)
# Asking the model to judge an answer against criteria (reward-model / grader data).
GRADING = (
    r"(?i)rubric|grade (this|the|each|following|my|it)|(assign|give) (it )?a (score|grade|rating)"
    r"|score (this|the|each|following|it|from|between)|on a scale (of|from)"
    r"|(evaluate|assess|judge|critique|rate|score|grade) (this|the|these|my|each|following)"
    r"( following)? (answer|response|solution|output|essay|completion|reply)"
    r"|reference (answer|solution)|(is|was) (this|the) (answer|solution) correct"
    r"|out of (10|ten|100|5|five)\b|grading criteria|scoring (guide|criteria)"
)
CODE = (
    r"(?i)```|\bdef \w+\(|\bclass \w+|function\s*\w*\s*\(|\bimport \w+|#include|public static"
    r"|console\.log|\bselect .{1,80} from |\bpython\b|\bjavascript\b|\btypescript\b|\brust\b"
    r"|\bgolang\b|\bjava\b|c\+\+|\bsql\b|\bregex|\bbug\b|stack ?trace|\bcompile|\brefactor"
    r"|\bunit tests?\b|\bapi endpoint|\bdockerfile|\bkubernetes|\bbash\b|\bscript\b"
)

# One pass finds the first phrase of any kind; the short match is then classified.
ANY = "(?i)" + "|".join(p.removeprefix("(?i)") for p in (COT, GRADING, CODE))


def first_phrase(s: ibis.StringValue) -> ibis.StringValue:
    """The first elicitation, grading or code phrase in `s` ('' if none): one regex pass."""
    return s.re_extract(ANY, 0)


# Template masking: the parts of a prompt that change from one use of a template to the next
# (URLs, e-mail addresses, quoted spans, code identifiers, capitalised names, numbers), as one
# alternation so each span costs one regex pass.
VARIABLE = (
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|\"[^\"]*\"|“[^”]*”|`[^`]*`"
    r"|\b[a-z]+[A-Z]\w*|\b\w+_\w+|\b\w+\.\w+\b|\b[A-Z][a-z]+\b|[0-9][0-9.,:/%]*"
)
SPAN = 40  # characters of a prompt's head (or tail) that make its template ...
WINDOW = 96  # ... masked from a wider window, so a long name or quote does not shift it


def mask(s: ibis.StringValue) -> ibis.StringValue:
    return s.re_replace(VARIABLE, "_").lower()


def head_template(prompt: ibis.StringValue) -> ibis.StringValue:
    """Masked opening of a prompt: the same for every filling of a prefix template."""
    return "^" + mask(prompt.left(WINDOW)).left(SPAN)


def tail_template(prompt: ibis.StringValue) -> ibis.StringValue:
    """Masked ending of a prompt: the same for every filling of a suffix template."""
    return mask(prompt.right(WINDOW)).right(SPAN) + "$"
