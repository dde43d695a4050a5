"""An answer named by the question before it (red19).

In a dialogue — chat lines, a call's transcript, its SRT or WebVTT cues — one speaker asks for
a field by its name (`Date of birth?`, `Und Ihre Anschrift?`, `Et date de naissance ?`,
`¿Fecha de nacimiento?`, `Geboortedatum?`) and the other answers with the bare value. The
question is the answer's key: the scan's view (address_records.decoded_view) reads the
field the question named as a key before the answer, so the keyed-field rules read the
answer as that field and check it as they check any keyed value. A question that names no
field the rules know, an answer of another turn than the next, or an answer by the same
speaker changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consentry.redact import fields

# a turn: an optional time or bracketed stamp, the speaker's label, a colon and what is said
_TURN = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
    r"(?P<who>[^\W\d_][\w .'’-]{0,30}?)[ \t]*:[ \t]*(?P<say>[^\n]*?)[ \t]*\r?$"
)
# lines a subtitle file puts between turns: blank lines, cue numbers, cue timings
_BETWEEN = re.compile(r"[ \t]*(?:\d{1,5}|[\d:.,]{8,12}[ \t]*-->[^\n]*|WEBVTT[^\n]*)?[ \t]*\r?")
# the words around a field's name in a spoken question: a leading `and`, `your`, `the`, and
# politeness after a comma (`Nom complet, s'il vous plaît ?`)
_LEAD = frozenset(
    [
        "and",
        "und",
        "et",
        "y",
        "e",
        "en",
        "also",
        "then",
        "so",
        "ok",
        "okay",
        "dann",
        "puis",
        "ensuite",
        "luego",
        "now",
        "your",
        "ihr",
        "ihre",
        "ihren",
        "votre",
        "vos",
        "su",
        "sus",
        "uw",
        "je",
        "jouw",
        "the",
        "die",
        "der",
        "das",
        "le",
        "la",
        "el",
        "het",
        "what's",
        "what",
        "is",
        "whats",
        "noch",
        "ook",
        "aussi",
        "también",
    ]
)
_MAX_KEY_WORDS = 5
_MAX_ANSWER = 120


def _asked(say: str) -> str | None:
    """The field name a one-line question asks for, key-normalised; None when it is no such
    question or names nothing the field-name rules know."""
    if not say.endswith("?"):
        return None
    phrase = say.lstrip("¿").rstrip("?").split(",", 1)[0].strip()
    words = phrase.split()
    while words and words[0].lower() in _LEAD:
        words = words[1:]
    if not words or len(words) > _MAX_KEY_WORDS:
        return None
    norm = fields.key_norm(" ".join(words))
    kind = fields.key_kind(norm) if norm else None
    return norm if kind is not None and kind != fields.KEEP else None


def answer_parts(text: str) -> Iterator[tuple[int, int, str]]:
    """Where each answer begins, with the field name the question before asked for read
    before it (the speaker's label stays as written: it may be a name)."""
    turns = list(_TURN.finditer(text))
    for q, a in zip(turns, turns[1:], strict=False):
        key = _asked(q.group("say"))
        if key is None or a.group("who").strip().lower() == q.group("who").strip().lower():
            continue
        answer = a.group("say")
        if not answer or "?" in answer or len(answer) > _MAX_ANSWER:
            continue
        gap = text[q.end() : a.start()].split("\n")[1:]
        if not all(_BETWEEN.fullmatch(line) for line in gap):
            continue  # something else was said between the question and this turn
        yield a.start("say"), a.start("say"), f"{key}: "
