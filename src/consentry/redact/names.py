"""Names where a record or a letter says a name comes: mail headers (From:, Von:, De :, Van:),
salutations (Dear, Liebe, Bonjour, Estimada, Beste), sign-offs (Regards, Grüße, Cordialement,
Saludos, Groeten), titles (Mr, Frau, Mme, Sra, Dhr.) and introductions (my name is, ich heiße,
je m'appelle, me llamo, mijn naam is). Field names (`"first_name":`) are in `fields`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from consentry.redact import lexicon as lx
from consentry.redact.gazetteer import fold, given_names, known_name_word, surnames, thing_name
from consentry.redact.kinds import Kind
from consentry.redact.language import STOPWORDS, guess_at

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŁŚŻḀ-ỿ"  # with Latin Extended Additional (Vietnamese: Nguyễn)
_LOW = "a-zß-öø-ÿā-žłśżḀ-ỿ"
# McConaghy before the plain word, which would stop at "Mc"
TOKEN = rf"(?:Mc[{_UP}][{_LOW}]+|O'[{_UP}][{_LOW}]+|[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*|[{_UP}]\.)"
# Up to four name words, with particles (van der, de la, von) between them.
NAME = rf"{TOKEN}(?:[ \t]+(?:(?:{lx.NAME_PARTICLES})[ \t]+){{0,2}}{TOKEN}){{0,3}}"
# After a title or a salutation a surname may begin with its particle (Geachte heer van Dijk,
# mevr. de Jong, Herr von Weizsäcker).
_LEAD = r"(?:(?:van|von|de|da|do|di|du|del|della|der|den|ten|ter|le|la|zu)[ \t]+){0,3}"
# Titles may be stacked (Frau Dr., Herr Prof. Dr., Sr. D.) and, mid-sentence, written in lower
# case (dhr., mevr., sr., mme).
_TITLE = rf"(?:(?:{lx.TITLES})\.?|(?:{lx.TITLES_LOWER})\.)"
_T = rf"(?:{_TITLE}[ \t]+){{0,3}}"

HEADER = re.compile(
    rf"(?im)^[ \t>]*(?:{lx.HEADER_WORDS})[ \t]*:[ \t]*\"?{_T}(?-i:({_LEAD}{NAME}(?:,[ \t]+{NAME})?))\"?(?=[ \t]*(?:<|\(|,|;|$|\[))"
)
SALUTATION = re.compile(
    rf"(?i)(?:^|(?<=[\n.!?]))[ \t]*(?:{lx.SALUTATIONS}){lx.SALUTATION_TAIL}[ \t]+{_T}(?-i:({_LEAD}{NAME}))(?=[ \t]*[,!:\n—-])"
)
SIGN_OFF = re.compile(
    rf"(?i)(?:^|(?<=[\n.!?]))[ \t]*(?:{lx.SIGN_OFFS})[ \t]*[,.!]?[ \t]*(?:(?:\r?\n[ \t]*){{1,3}}|[ \t]+|[ \t]*[-—–][ \t]*)"
    rf"{_T}"
    rf"(?-i:({NAME}))[ \t]*(?=\r?\n|$|\x00)"
)
# After a title the surname may be in capitals, as French and Spanish forms write it (M. MARTIN
# Pierre, Sra. GARCÍA LÓPEZ).
_CAPS_NAME = rf"[{_UP}]{{2,}}(?:[-'’ ][{_UP}]{{2,}})?(?:[ \t]+{TOKEN})?(?![\w])"
TITLED = re.compile(
    rf"(?<![\w.]){_TITLE}(?:[ \t]+{_TITLE}){{0,2}}[ \t]+({_LEAD}(?:{NAME}|{_CAPS_NAME}))"
)
INTRO = re.compile(rf"(?i)(?<!\w)(?:{lx.SELF_INTRO})[ \t]*:?[ \t]+(?-i:({NAME}))")
# A display name before an address in angle brackets, wherever it stands (reply lines, lists of
# recipients, commit trailers): `Xanthe Quibble <xq@example.org>`, `"Quibble, Xanthe" <...>`.
# The pattern finds the address; `display_name_group` looks back for the name.
ANGLE_ADDRESS = re.compile(r"<[^<>@\s]{1,64}@[^<>\s]{1,255}>")
_DISPLAY_BEFORE = re.compile(rf"(?<![\w@.])\"?({NAME}(?:,[ \t]+{NAME})?)\"?[ \t]*\Z")
ROLE = re.compile(rf"(?i)(?<!\w)(?:{lx.PERSON_ROLES})[ \t]+(?-i:({NAME}))")
ROLE_ANCHORS = tuple(sorted({w + " " for w in lx.PERSON_ROLES.split("|")}))
KIN = re.compile(rf"(?i)(?<!\w){lx.KIN_ROLES}[ \t]+(?-i:({NAME}))")
# Found by the role word between blanks, not by the possessive: "my", "mi" or "ma" is in half
# of all prose, a role word after a blank is rare (the window reaches back to the possessive).
KIN_ANCHORS = tuple(
    f"{before}{role}{after}" for role in lx.KIN_ROLE_WORDS for before in " \t" for after in " \t"
)
DASH_SIGNATURE = re.compile(rf"(?m)^[ \t]*(?:--|—|–|-)[ \t]?({NAME})[ \t]*$")


def name_group(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The name in group 1, unless it starts with a word that is no name ('Hi Team,')."""
    s, e = m.span(1)
    words = m.group(1).split()
    while words and words[0].lower().rstrip(".") in lx.NOT_NAMES:
        s += len(words[0]) + (m.string[s + len(words[0]) :].find(words[1]) if len(words) > 1 else 0)
        words = words[1:]
    while words and words[-1].lower().rstrip(".") in lx.NOT_NAMES:
        e = m.string.rfind(words[-1], s, e)
        e = len(m.string[:e].rstrip())
        words = words[:-1]
    if not words or e - s < 2:
        return
    if len(words) == 1 and len(words[0]) <= 2:
        return
    if thing_name(m.string, s, e):
        return  # Dr. Oetker, Mr. Clean's
    if words[0].isupper() and words[0].isalpha() and not known_name_word(words[0]):
        return  # Dr. API, M. HTTP: capitals are a surname only when the lists know it
    yield s, e, Kind.PERSON


def display_name_group(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A display name has two words at least, or one the lists know ('Support <help@...>' and
    'Jenkins <ci@...>' are no people)."""
    before = _DISPLAY_BEFORE.search(m.string, max(0, m.start() - 100), m.start())
    if before is None:
        return
    local = re.sub(r"[^a-z]", "", fold(m.group()[1:].split("@", 1)[0]))
    for s, e, kind in name_group(before):
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", m.string[s:e])]
        if any(w in lx.NOT_SURNAMES or w in lx.THING_LAST for w in words):
            continue
        if any(known_name_word(w) and w not in lx.AMBIGUOUS_GIVEN for w in words) or (
            len(words) >= 2 and _spelt_in(local, words)
        ):
            yield s, e, kind


def _spelt_in(local: str, words: list[str]) -> bool:
    """The address spells the name: xanthe.quibble, xquibble, quibble.x, xq."""
    first, last = words[0], words[-1]
    if local == first[0] + last[0]:
        return True
    for a, b in ((first, last), (last, first)):
        if len(a) >= 3 and a in local and b[0] in local.replace(a, "", 1):
            return True
    return False


def role_name_group(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """After a role word a name has two words at least ('customer Anna Schmidt'; 'customer
    Support' is no name)."""
    for s, e, kind in name_group(m):
        words = [w for w in m.string[s:e].split() if w.lower() not in lx.PARTICLE_WORDS]
        if len(words) < 2 or any(
            fold(w) in lx.NOT_SURNAMES or fold(w) in lx.THING_AFTER for w in words
        ):
            continue
        # English writes titles of things in capitals too (customer Success Team): there a
        # name must have a word the lists know
        if guess_at(m.string, m.start()) == "en" and not any(known_name_word(w) for w in words):
            continue
        yield s, e, kind


def strict_name_group(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Introductions with loose verbs (I'm, ich bin, je suis, soy, ik ben) need two name words."""
    words = m.group(1).split()
    loose = re.search(
        r"(?i)(?:ich bin|je suis|soy|ik ben|this is|signed|signé|sono|sou o|sou a)\W*$",
        m.group()[: m.start(1) - m.start()],
    )
    if loose and len(words) < 2:
        return
    yield from name_group(m)


# --- names that a record's structure announces -------------------------------------------------
# A vCard's structured name: `N:Family;Given;Additional;Prefixes;Suffixes` (RFC 6350 6.2.2).
VCARD_N = re.compile(r"(?m)^N(?:;[^:\n]{0,80})?:([^\n;]{0,80};[^\n]{0,200})$")
VCARD_N_ANCHORS = ("\nn:", "\nn;")
_N_PART = re.compile(rf"[ \t]*({NAME})[ \t]*\Z")


def vcard_name_parts(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Family, given and additional names of a vCard's N line, each a name as it stands."""
    pos = m.start(1)
    for i, part in enumerate(m.group(1).split(";")):
        if i < 3 and part.strip():
            p = _N_PART.match(part)
            if p and fold(p.group(1).split()[0]) not in lx.NOT_NAMES:
                yield pos + p.start(1), pos + p.end(1), Kind.PERSON
        pos += len(part) + 1


# Who attends a meeting, as minutes list them: `Attendees: A, B and Dr. C`.
ATTENDEES = re.compile(rf"(?im)^[ \t>*#-]*(?:{lx.ATTENDEE_WORDS})[ \t*]*:[ \t*]*([^\n]{{3,400}})$")
ATTENDEE_ANCHORS = tuple(sorted({w.replace("\\", "") for w in lx.ATTENDEE_WORDS.split("|")}))
_LIST_SPLIT = re.compile(r"[ \t]*(?:[,;/]|[ \t](?:and|und|et|y|en|e|&)[ \t])[ \t]*")
_ITEM = re.compile(rf"{_T}({_LEAD}{NAME})(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t.]*")


def attendee_names(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Each item of an attendee list that is a name: two name words, or one the lists know."""
    base, line = m.start(1), m.group(1)
    pos = 0
    for sep in [*_LIST_SPLIT.finditer(line), None]:
        end = sep.start() if sep else len(line)
        item = _ITEM.fullmatch(line, pos, end)
        if item:
            words = item.group(1).split()
            folded = [fold(w) for w in words]
            if not any(f in lx.NOT_NAMES or f in lx.NOT_SURNAMES for f in folded) and (
                len(words) >= 2 or known_name_word(words[0])
            ):
                s, e = base + item.start(1), base + item.end(1)
                if not thing_name(m.string, s, e):
                    yield s, e, Kind.PERSON
        if sep is None:
            break
        pos = sep.end()


# The owner of an action item: a checklist line that opens with a name (`- [ ] Lisbeth ruft den
# Kunden an`, `* [x] Alfons Praet stuurt het contract`).
ACTION_ITEM = re.compile(rf"(?m)^[ \t]*(?:[-*+•][ \t]+)?\[[ xX]\][ \t]+({NAME})")
ACTION_ANCHORS = ("[ ]", "[x]")


def action_owner(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A listed given name first (an ambiguous one only before a listed surname)."""
    words = m.group(1).split()
    first = fold(words[0])
    if first in lx.NOT_NAMES or first not in given_names():
        return
    if first in lx.AMBIGUOUS_GIVEN and not (len(words) > 1 and fold(words[1]) in surnames()):
        return
    s, e = m.span(1)
    if not thing_name(m.string, s, e):
        yield s, e, Kind.PERSON


# The person a date of birth belongs to, written just before it: `Thandiwe Nkosi, né(e) le ...`,
# `Neelima Kaur (D.O.B. 1943-11-16)`, `Malena Cáceres Ayala, nacido/a el ...`.
BEFORE_BIRTH = re.compile(rf"({NAME})(?:,[ \t]*|[ \t]*\([ \t]*)(?i:{lx.BIRTH_AFTER_NAME})(?![\w])")
BEFORE_BIRTH_ANCHORS = tuple(
    sorted(
        {
            p + w
            for w in (*lx.BIRTH_AFTER_NAME_ANCHORS, *lx.WORLD_BIRTH_AFTER_NAME)
            for p in (", ", ",", "(", " (")
        }
    )
)


def birth_subject(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Two name words, or a listed given name alone."""
    text, s, e = m.string, *m.span(1)
    # the name is the run of capitalised words before the cue: `Ich bin in Berlin, geboren`
    # keeps `Berlin` alone (a place, dropped below), not `Ich bin in Berlin`
    words = text[s:e].split()
    while words and (not words[0][0].isupper() or words[0].lower() in _ALL_STOPWORDS):
        s = text.index(words[0], s) + len(words[0])
        s += len(text[s:e]) - len(text[s:e].lstrip())
        words = words[1:]
    if (
        not words
        or len(words) < 2
        and (fold(words[0]) not in given_names() or fold(words[0]) in lx.AMBIGUOUS_GIVEN)
    ):
        return  # one word: a given name (`Berlin, geboren am` is a place)
    if any(fold(w) in lx.NOT_NAMES or fold(w) in lx.NOT_SURNAMES for w in words):
        return
    if not thing_name(text, s, e):
        yield s, e, Kind.PERSON


_ALL_STOPWORDS = frozenset(w for ws in STOPWORDS.values() for w in ws)


# --- a name found once is that name wherever it recurs in the same text --------------------------
_WORD_CHAR = re.compile(r"[\w@]")
_CAP_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def recurrences(
    text: str, taken: list[tuple[int, int]], persons: list[str]
) -> list[tuple[int, int]]:
    """Spans where a name found in the text (`persons`) is written again, outside `taken`: the
    whole name anywhere (`Graag versturen naar Toon Geens` after `Toon Geens:`), and one word of
    a full name where it stands alone between words that are not capitalised (`Stuur Dylan een
    sms` after `Dylan Huisman`; `Calvin Klein` is kept however often `Anna Klein` is named)."""
    wholes = {
        p
        for p in persons
        if len(p) >= 3
        and p[0].isupper()
        and (" " in p or not _stoplike(p) and not _IS_TITLE.fullmatch(p))
    }
    parts: set[str] = set()
    for p in wholes:
        words = p.split()
        if len(words) > 1:
            parts.update(
                w
                for w in words
                if len(w) >= 3 and w[0].isupper() and not _stoplike(w) and w not in wholes
            )
    out: list[tuple[int, int]] = []
    busy = sorted(taken)
    for needle, alone in [
        *((w, False) for w in sorted(wholes, key=len, reverse=True)),
        *((w, True) for w in sorted(parts, key=len, reverse=True)),
    ]:
        pos = text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            if (
                not (pos and _WORD_CHAR.match(text, pos - 1))
                and not _WORD_CHAR.match(text, end)
                and not any(a < end and pos < b for a, b in busy)
                and (not alone or _stands_alone(text, pos, end))
            ):
                out.append((pos, end))
                busy.append((pos, end))
            pos = text.find(needle, end)
    return out


_IS_TITLE = re.compile(rf"(?i:{_TITLE})")


def _stoplike(word: str) -> bool:
    f = fold(word)
    return (
        f in lx.NOT_NAMES
        or f in lx.NOT_SURNAMES
        or f in lx.PARTICLE_WORDS
        or f in lx.AMBIGUOUS_GIVEN
        or word.lower() in _ALL_STOPWORDS
    )


def _stands_alone(text: str, s: int, e: int) -> bool:
    """Neither word next to it is capitalised, and no `&` or possessive joins it to a firm."""
    before, after = text[max(0, s - 40) : s], text[e : e + 30]
    if _AMP_BEFORE.search(before) or _JOINED_AFTER.match(after):
        return False
    nxt = _NEXT_CAP.match(after)
    prev = _PREV_CAP.search(before)
    return not (nxt and nxt.group(1).isupper()) and not (prev and prev.group(1)[0].isupper())


_AMP_BEFORE = re.compile(r"&[ \t]*\Z")
_JOINED_AFTER = re.compile(r"[ \t]*&|'s\b|’s\b")
_NEXT_CAP = re.compile(r"[ \t]+([^\W\d_])")
_PREV_CAP = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]+\Z")


def kin_name(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """After a kin or work role with a possessive a name may be one word the lists know (`mi
    hijo Teo`); not a word the lists say is no name."""
    words = m.group(1).split()
    folded = [fold(w) for w in words]
    if any(f in lx.NOT_NAMES or f in lx.NOT_SURNAMES for f in folded):
        return
    if len(words) == 1 and (
        words[0].lower() in _ALL_STOPWORDS or folded[0] in _MONTHS or not known_name_word(words[0])
    ):
        return  # one word: one the name lists know (`my wife Has the flu`)
    # `meine Chefin Anatolij Wilms von Carrefour`, `mi jefa Ema Ramos de El Corte Inglés`: after
    # a given name and a surname a particle says where the person works, not a surname's start
    particle = next((i for i, w in enumerate(words) if w.lower() in lx.PARTICLE_WORDS), None)
    if particle is not None and particle >= 2:
        s = m.start(1)
        e = m.string.index(words[particle - 1], s) + len(words[particle - 1])
        if not thing_name(m.string, s, e):
            yield s, e, Kind.PERSON
        return
    yield from name_group(m)


_MONTHS = frozenset(fold(w) for w in lx.MONTHS.split("|"))
