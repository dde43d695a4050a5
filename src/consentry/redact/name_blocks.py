"""Names that a document's layout announces, in any language (twelfth pass on issue 11).

- An airline ticket writes the passenger as IATA's `SURNAME/GIVEN NAMES` with a title after it
  (`LIMA/CAMILA MS`, `ŞAHIN/KAAN MR`, `VAN DER BERG/ANNA MARIA MRS`): the title words are those
  of IATA's Reservations Services Manual (MR, MRS, MS, MISS, MSTR, DR, PROF, CHD, INF), the
  same in every country.
- A postal block puts the addressee on the line right above the street (`MWANGI OTIENO` /
  `Hse No. 10, Moi Avenue, Nyali`): a line of two to four name-shaped words above an address
  that starts a line is the addressee, if a word of it is on the name lists or it is written in
  capitals (letters of every script; no field label, no company's legal form).
- A letter ends with a closing line that ends in a comma and the signer's name alone on the
  next line, before a blank line or the end (`Hormat kami,` / `Siti Prasetyo – Safaricom`,
  `Saludos cordiales,` / `Ana`): the closing's words are not needed, only its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from consentry.redact import gazetteer
from consentry.redact import lexicon as lx
from consentry.redact.fields import key_kind
from consentry.redact.kinds import Kind
from consentry.redact.language import STOPWORDS

_CAPS = r"[^\W\d_a-zß-öø-ÿ]"  # a letter that is no Latin lower-case one
_CAPS_WORD = rf"{_CAPS}(?:{_CAPS}|['’-](?={_CAPS}))*"
# the title after the given names; a ticket number, a dash or the line's end may follow
IATA = re.compile(
    rf"(?<![\w/])((?:{_CAPS_WORD}[ ]){{0,3}}{_CAPS_WORD}/{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}?)"
    r"[ ](?:MR|MRS|MS|MISS|MSTR|DR|PROF|CHD|INF)(?![\w/])"
)
_VOWEL = re.compile(r"[AEIOUY]")
IATA_ANCHORS = (" MR", " MRS", " MS", " MISS", " MSTR", " DR", " PROF", " CHD", " INF")


def iata_name(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    name = m.group(1)
    surname, _, given = name.partition("/")
    if len(surname.replace(" ", "")) < 2 or len(given.replace(" ", "")) < 2:
        return  # `A/B MR` is no name
    if any(p.lower() in _ALL_STOP for p in (surname, given)):
        return  # `AND/OR DR`
    if any(p.isascii() and not _VOWEL.search(p) for p in (surname, given)):
        return  # `TCP/IP MS`: an acronym, not a name (a Latin name has a vowel)
    if " " in surname and len(surname.split()) > 2 and key_kind(surname.split()[0]):
        return
    yield m.start(1), m.end(1), Kind.PERSON


_PARTICLES = frozenset(lx.NAME_PARTICLES.replace("\\.?", "").lower().split("|"))
_ALL_STOP = frozenset(w for ws in STOPWORDS.values() for w in ws)
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[\w])?")
_LEGAL_FORMS = lx.LEGAL_FORMS
# the signer's line may add a company or a role after a dash or a comma
_SIGNER = re.compile(
    rf"[ \t]*((?:{_WORD.pattern})(?:[ \t]+(?:{_WORD.pattern})){{0,3}})[ \t]*"
    r"(?:[–—-][ \t]+[^\n]{1,60}|,[ \t]+[^\n]{1,60})?[ \t]*\r?$"
)
# a closing: a short line ending in a comma (no digits, no colon), at a paragraph's start
CLOSING = re.compile(
    r"(?m)(?:\A|\n[ \t]*\r?\n)[ \t]*([^\W\d_][^\n\d,:;.!?]{0,40}),[ \t]?\r?\n"
    r"(?=[ \t]*[^\W\d_][^\n]{0,80}\r?\n?(?:[ \t]*\r?\n|\Z))"
)


def _name_words(words: list[str], strict: bool) -> bool:
    """Two to four words (one, if the name lists know it) that could be a person's name;
    particles between them do not count (`ANA PAULA DE SOUZA LIMA`, `Anna van der Berg`)."""
    words = [w for w in words if w.lower() not in _PARTICLES]
    if not words or len(words) > 4:
        return False
    for w in words:
        if w[0].islower() or w.lower() in _ALL_STOP:
            return False
        if key_kind(w) is not None:
            return False  # `Address`, `Name`, `Telefon`: a label
    known = any(gazetteer.known_name_word(w) for w in words)
    caps = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    if len(words) == 1:
        return known
    return known or caps or not strict


def closing_signer(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text = m.string
    closing = m.group(1)
    if len(closing.split()) > 4 or closing.strip()[0].islower():
        return
    s = _SIGNER.match(text, m.end())
    if not s:
        return
    name = s.group(1)
    if _LEGAL_FORMS.search(name) or gazetteer.thing_name(text, s.start(1), s.end(1)):
        return
    words = _WORD.findall(name)
    if not _name_words(words, strict=False) or not all(w[0].isupper() for w in words):
        return
    yield s.start(1), s.end(1), Kind.PERSON


_LINE_ABOVE = re.compile(r"(?:^|\n)([^\n]{3,60})\r?\n[ \t]*\Z")


def addressee(text: str, kept: Sequence, make: type) -> list:
    """kept with the name on the line above each address that starts a line (a postal block)."""
    out = list(kept)
    added = []
    for i, f in enumerate(out):
        if f.kind != Kind.ADDRESS:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        if text[line_start : f.start].strip():
            continue
        m = _LINE_ABOVE.search(text, max(0, line_start - 62), line_start)
        if not m:
            continue
        a, b = m.span(1)
        raw = m.group(1)
        lead = len(raw) - len(raw.lstrip())
        a, b = a + lead, a + len(raw.rstrip())
        prev = out[i - 1] if i else None
        inner = None
        if prev is not None and prev.end > a:
            if not (prev.kind == Kind.PERSON and prev.start >= a and prev.end <= b):
                continue  # the line is (part of) another finding
            inner = prev  # part of the name (`RAFAEL DE SOUZA` of `RAFAEL DE SOUZA LIMA`)
        line = text[a:b]
        if any(c.isdigit() for c in line) or line.endswith((":", ",", ";", ".", "?", "!")):
            continue
        if _LEGAL_FORMS.search(line) or gazetteer.thing_name(text, a, b):
            continue
        words = _WORD.findall(line)
        if " ".join(words) != " ".join(line.split()) or len(words) < 2:
            continue
        if not _name_words(words, strict=True):
            continue
        if inner is not None:
            out[out.index(inner)] = make(a, b, Kind.PERSON, inner.priority, inner.source)
            continue
        added.append(make(a, b, Kind.PERSON, 44, "name_addressee"))
    if not added:
        return out
    return sorted(out + added, key=lambda f: f.start)


# --- spoken forms: a transcript written in lower case -------------------------------------------
# A call transcribed by speech recognition writes names in lower case (`my name is daniel`,
# `caller: yeah it's james patel` after `can I take your name`). A word counts only if the
# given-name list knows it (and is no ordinary word: lexicon.AMBIGUOUS_GIVEN, stop words); a
# second word only if the surname list does.
_LOW_WORD = r"[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*"
_SPOKEN_CUES = r"my name is|my name's|name's|call me|i am called|this is|(?:it's|it is|i'm|i am)"
SPOKEN_INTRO = re.compile(
    rf"(?i)(?<!\w)(?:my name is|my name's|i am called|call me|mein name ist|ich heiße|"
    rf"je m'appelle|me llamo|mi nombre es|mijn naam is|ik heet|mi chiamo|me chamo|"
    rf"o meu nome é|meu nome é)[ \t]+(?-i:({_LOW_WORD}(?:[ \t]+{_LOW_WORD})?))"
)
SPOKEN_INTRO_ANCHORS = (
    "my name is",
    "my name's",
    "i am called",
    "call me",
    "mein name ist",
    "ich heiße",
    "je m'appelle",
    "me llamo",
    "mi nombre es",
    "mijn naam is",
    "ik heet",
    "mi chiamo",
    "me chamo",
    "meu nome é",
)
# the next turn after a question for the name (`can I take your name` / `caller: it's ...`)
NAME_ANSWER = re.compile(
    r"(?i)(?:your|ur)[ \t]+(?:full[ \t]+)?name\b[^\n]{0,80}\r?\n[ \t]*[^\n:]{1,24}:[ \t]*"
    r"(?:(?:yeah|yes|yep|sure|ok|okay|so|um|uh|well|hi)[ \t,.]+)*"
    rf"(?:(?:{_SPOKEN_CUES})[ \t]+)?(?-i:({_LOW_WORD}(?:[ \t]+{_LOW_WORD})?))"
)
NAME_ANSWER_ANCHORS = ("your name", "your full name", "ur name")


def spoken_name(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    words = m.group(1).split()
    first = words[0]
    if (
        not gazetteer._is_given(first)
        or gazetteer.fold(first) in _AMBIGUOUS
        or first in _ALL_STOP
        or gazetteer._stop(first)
    ):
        return
    start = m.start(1)
    end = start + len(first)
    if (
        len(words) > 1
        and gazetteer._is_surname(words[1])
        and not gazetteer._stop(words[1])
        and words[1] not in _ALL_STOP
    ):
        end = m.end(1)
    yield start, end, Kind.PERSON


_AMBIGUOUS = frozenset(gazetteer.fold(w) for w in lx.AMBIGUOUS_GIVEN)
