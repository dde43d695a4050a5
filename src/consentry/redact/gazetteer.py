"""Full names in running text without a model: a known given name followed by a surname.

People are named in prose by a given name and a family name ("I spoke to Jürgen Weber",
"on a parlé avec Marie-Claire Dubois", "Pieter van der Berg belde"). A capitalised word
is a given name when it is on the list in `data/given_names.txt` (the US Census Bureau's
first names and common given names of Germany, France, Spain, the Netherlands and the UK,
lower case); the next capitalised word (after particles such as van der, de la, von) is
taken as the surname. A given name that is also an ordinary word or a product (Will, May,
Mark, Rosa, Ruby, Mercedes; `lexicon.AMBIGUOUS_GIVEN`) counts only before a surname from
`data/surnames.txt`, and a word that names a place or a thing (Street, Beach, Station,
University, ...; `lexicon.NOT_SURNAMES`) is never a surname. Words after the surname
belong to the name only when they are given names or surnames themselves (María José
García López).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

from consentry.redact import lexicon as lx
from consentry.redact.kinds import Kind
from consentry.redact.validators import ROLE_MAILBOXES

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŁŚŻḀ-ỿ"  # with Latin Extended Additional (Vietnamese: Nguyễn)
_LOW = "a-zß-öø-ÿā-žłśżḀ-ỿ"
_WORD = rf"Mc[{_UP}][{_LOW}]+|O'[{_UP}][{_LOW}]+|[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*"
_INITIAL = rf"[{_UP}]\."
_PARTICLES = (
    r"van|von|de|der|den|del|della|di|da|do|du|des|dos|das|la|le|ten|ter|zu|y|van't|'t|Ó|Ní|Uí|"
    r"bin|binti"
)
# Malaysian (National Registration Department) and Singaporean names: "son/daughter of" between
# the given name and the father's (`Ganesh a/l Krishnan`, `Siti binti Osman`).
_JOINS = r"a/l|a/p|s/o|d/o|bin|binti|bt\.|bte"
# A run of capitalised words, particles and initials between them: where a full name can be.
# A quote before it is no apostrophe ('Anna Schmidt' in SQL and code), one after a letter is.
# The first word is spelt out after its capital so that the regex engine can skip ahead to
# capitals (a look-behind first makes it try every position).
RUN = re.compile(
    rf"[{_UP}](?<![\w./#-].)(?<!\w['’].)(?<![\w.-]@.)"
    rf"(?:[{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*|(?<=M)c[{_UP}][{_LOW}]+|(?<=O)'[{_UP}][{_LOW}]+)"
    rf"(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+){{0,3}}(?:{_WORD}|{_INITIAL})){{1,5}}(?![\w@])"
)
_TOKEN = re.compile(rf"{_WORD}|{_INITIAL}|(?:{_PARTICLES})(?=[ \t])")
# RE2 pre-check for the scope (no look-arounds): two capitalised words in a row.
# Or one capitalised word after a lower-case one: a given name alone in a sentence.
PRECHECK = (  # a surname may open with O' (O'Connor), as `_WORD` reads it
    rf"[{_UP}][{_LOW}]+[ \t]+(?:(?:{_PARTICLES})[ \t]+){{0,3}}[{_UP}](?:[{_LOW}]|['’][{_UP}])"
    rf"|[a-zß-öø-ÿ][ \t]+[{_UP}][{_LOW}]{{2,}}|@[{_UP}][{_LOW}]{{2,}}"
)
# A given name alone in the middle of a sentence: after a lower-case word that is no article or
# determiner, before punctuation or a lower-case word (ask Priya to, mit Jürgen, avec Camille,
# con Lucía, met Femke).
SINGLE = re.compile(
    rf"[{_UP}](?:(?<=[a-zß-öø-ÿ][ \t].)|(?<=[\s(,]@.)|(?<=^@.))[{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?"
    rf"(?=[ \t]*[,.!?;:)]|[ \t]+[a-zß-öø-ÿ]|[ \t]*$)",
    re.MULTILINE,
)


def fold(word: str) -> str:
    """Lower case without accents: the form the lists are looked up in."""
    word = word.lower().replace("’", "'")
    if word.isascii():
        return word
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    ).replace("ß", "ss")


@cache
def _load(name: str) -> frozenset[str]:
    text = files("consentry.redact").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(fold(w) for w in text.split("\n") if w and not w.startswith("#"))


@cache
def not_people() -> frozenset[str]:
    """Full names that name a brand, a company or an eponym (data/not_people.txt)."""
    return frozenset(_key(w) for w in _load("not_people.txt"))


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name.replace("’", "'")).strip()


_NEXT_WORD = re.compile(r"(?:'s|’s|')?[ \t]*(?:&[ \t]*)?([^\W\d_]+)")


def thing_name(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] names a brand, company or eponym, not a person: it is on the
    list of such names, is joined to another name by '&', or the word after it names a thing
    (Museum, Inn, disease, Award, GmbH)."""
    name = _key(fold(text[start:end]))
    if name in not_people() or name.removesuffix("'s") in not_people():
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    if "&" in nxt.group():
        return True  # Marks & Spencer, Johnson & Johnson
    return fold(nxt.group(1)) in lx.THING_AFTER


def given_names() -> frozenset[str]:
    return _load("given_names.txt")


def surnames() -> frozenset[str]:
    return _load("surnames.txt")


def _is_given(word: str) -> bool:
    f = fold(word)
    return f in given_names() or "-" in f and f.split("-")[0] in given_names()


def _is_surname(word: str) -> bool:
    f = fold(word)
    return f in surnames() or "-" in f and all(p in surnames() for p in f.split("-"))


def full_names(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Names inside one run of capitalised words (a run may hold words before the name:
    'Yesterday Anna Schmidt called')."""
    base = m.start()
    toks = [(t.start() + base, t.end() + base, t.group()) for t in _TOKEN.finditer(m.group())]
    i, n = 0, len(toks)
    while i < n - 1:
        s, _e, word = toks[i]
        f = fold(word)
        if word[-1] == "." or f in lx.PARTICLE_WORDS or not _is_given(word):
            i += 1
            continue
        j = i + 1
        while j < n - 1 and _particle(toks[j][2]):
            j += 1
        # a second given name (Anne Marie, José Luis) before the surname
        if j < n - 1 and _is_given(toks[j][2]) and _surname_ok(toks[j + 1][2], f):
            j += 1
        if j >= n or not _surname_ok(toks[j][2], f):
            i += 1
            continue
        end = toks[j][1]
        k = j + 1
        while (
            k < n and (_is_surname(toks[k][2]) or _is_given(toks[k][2])) and not _stop(toks[k][2])
        ):
            end, k = toks[k][1], k + 1
        if not thing_name(m.string, s, end):
            yield s, end, Kind.PERSON
        i = k


def _particle(word: str) -> bool:
    f = fold(word)
    return f in lx.PARTICLE_WORDS or f in lx.INNER_PARTICLES


def known_name_word(word: str) -> bool:
    """A given name or a surname on the lists (not an ambiguous word or a place word)."""
    f = fold(word)
    if f in lx.AMBIGUOUS_GIVEN or _stop(word) or f in lx.PARTICLE_WORDS:
        return f in surnames() and not _stop(word)
    return _is_given(word) or _is_surname(word)


def _stop(word: str) -> bool:
    f = fold(word)
    return f in lx.NOT_SURNAMES or f in lx.NOT_NAMES or f in _MONTHS_DAYS


def _surname_ok(word: str, given: str) -> bool:
    if word[-1] == "." or _stop(word) or fold(word) in lx.PARTICLE_WORDS:
        return word[-1] == "." and given not in lx.AMBIGUOUS_GIVEN  # John F. Kennedy
    if given in lx.AMBIGUOUS_GIVEN or len(given) < 3:
        return _is_surname(word)
    return True


_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo maandag dinsdag woensdag donderdag "
    "vrijdag zaterdag zondag"
)
_HEADER_WORDS = frozenset(fold(w) for w in lx.HEADER_WORDS.split("|"))
_MONTHS_DAYS = frozenset(fold(w) for w in [*lx.MONTHS.split("|"), *_DAYS.split()])


# A transcript line's time stamp: `[14:02] `, `(14:02) `, `14:02:33 `, `[2024-05-01 14:02] `.
_STAMP = r"(?:\[[^\]\n]{1,30}\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}(?::\d{2})?)[ \t]*(?:[-–][ \t]*)?"
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# Who speaks in a transcript but is no person.
_NOT_SPEAKERS = frozenset(
    [
        "agent",
        "bot",
        "system",
        "assistant",
        "ai",
        "user",
        "customer",
        "client",
        "kunde",
        "klant",
        "cliente",
        "support",
        "moderator",
        "operator",
        "host",
        "guest",
        "me",
        "you",
        "server",
        "note",
        "info",
        "warning",
        "error",
        "debug",
        "notice",
    ]
)
# Capital letters of Latin-1 and Latin Extended-A/B (ČERNÝ, ŞAHIN, ŁUKASZ, DUMITRU ȘTEFAN, ...).
_CAPS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
# Names written other ways in records: "SCHMIDT, Anna", "ANNA SCHMIDT", "J. Smith",
# "Schmidt, Anna", and a given name alone as a speaker's label in a transcript ("Anna: ...",
# "[10:02] <Anna> ..."). The words of a name in capitals are joined by spaces: a tab
# separates a TSV row's cells (`Oleksandr<TAB>KOVALENKO.OLEKSANDR@...`).
OTHER_FORMS = re.compile(
    rf"(?P<caps>(?<![\w@./-])[{_CAPS}]{{2,}}(?:[-'][{_CAPS}]{{2,}})?(?:[ ]+[{_CAPS}]{{2,}}(?:[-'][{_CAPS}]{{2,}})?){{1,3}}(?![\w@]))"
    rf"|(?P<init>(?<![\w.])[{_UP}]\.(?:[ \t]?[{_UP}]\.)?[ \t]+(?:{_WORD}))"
    rf"|(?P<inv>(?<![\w@./-])(?:{_WORD}|[{_CAPS}]{{2,}}),[ \t]+(?:{_WORD})(?:[ \t]+(?:{_WORD}))?(?=[ \t]*(?:$|[\n;|\"')\]]|,[ \t]|\.(?:\s|$))))"
    rf"|(?P<mixed>(?<![\w@./-])(?:(?:{_WORD})[ ]+[{_CAPS}]{{3,}}(?:[-'][{_CAPS}]{{2,}})?|[{_CAPS}]{{3,}}(?:[-'][{_CAPS}]{{2,}})?[ ]+(?:{_WORD}))(?![\w@]))"
    # a chat client's message header copied with its text (Slack, Teams, Google Chat): the
    # poster's display name, blanks, the time, and nothing else on the line (`Ana Lima  9:07 AM`);
    # Malaysian and Singaporean names join with a/l, a/p, s/o, d/o, bin, binti
    rf"|(?P<poster>(?m:^)[ \t]*(?P<pname>(?:{_WORD})(?:[ \t]+(?:(?:{_PARTICLES}|{_JOINS})[ \t]+){{0,2}}(?:{_WORD})){{0,3}})"
    r"[ \t]{1,4}\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?$)"
    rf"|(?P<speaker>(?m:^)[ \t]*(?P<stime>{_STAMP})?<?(?P<sname>(?:{_WORD})(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+){{0,2}}(?:{_WORD})){{0,3}})>?(?:[ \t]+\([^()\n]{{1,24}}\))?(?=:[ \t]|:$|>[ \t]))",
    re.MULTILINE,
)
# The shapes above without their look-arounds (RE2 has none), so that every text OTHER_FORMS
# matches in passes it: a pre-check may let too much through, never too little.
OTHER_PRECHECK = (
    rf"(?m:^)[ \t]*(?:{_WORD})[^\n]{{0,60}}[ \t]\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?$|"
    rf"[{_CAPS}]{{2,}}[ \t]+[{_CAPS}]{{2,}}|[{_UP}]\.(?:[ \t]?[{_UP}]\.)?[ \t]+(?:{_WORD})"
    rf"|(?:{_WORD}|[{_CAPS}]{{2,}}),[ \t]+(?:{_WORD})"
    rf"|(?m:^)[ \t]*(?:{_STAMP})?<?(?:{_WORD})[^\n]*[:>]"
    rf"|(?:{_WORD})[ \t]+[{_CAPS}]{{3,}}|[{_CAPS}]{{3,}}[ \t]+(?:{_WORD})"
)


def other_forms(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    kind = m.lastgroup
    if kind is None:
        return
    s, e = m.span(kind)
    words = re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", m.group(kind))
    if kind == "caps":
        # ANNA SCHMIDT: a given name, then a listed surname (ERROR CODE, HTTP POST are not)
        for i in range(len(words) - 1):
            if _is_given(words[i]) and not _stop(words[i + 1]) and _is_surname(words[i + 1]):
                start = m.string.index(words[i], s, e)
                end = m.string.index(words[i + 1], start) + len(words[i + 1])
                if i + 2 < len(words) and _is_surname(words[i + 2]) and not _stop(words[i + 2]):
                    end = m.string.index(words[i + 2], end) + len(words[i + 2])
                yield start, end, Kind.PERSON
                return
    elif kind == "init":
        if words and _is_surname(words[-1]) and not _stop(words[-1]) and len(words[-1]) > 2:
            yield s, e, Kind.PERSON
    elif kind == "inv":
        sur, given = words[0], words[1]
        if (
            _is_surname(sur)
            and _is_given(given)
            and fold(given) not in lx.AMBIGUOUS_GIVEN
            and not _stop(sur)
            and not _stop(given)
        ):
            yield s, e, Kind.PERSON
    elif kind == "mixed":
        # Jean DUPONT, DUPONT Jean: a listed given name and a listed surname in capitals
        a, b = words[0], words[-1]
        given, sur = (a, b) if b.isupper() else (b, a)
        if (
            _is_given(given)
            and fold(given) not in lx.AMBIGUOUS_GIVEN
            and _is_surname(sur)
            and not _stop(sur)
            and not _stop(given)
        ):
            yield s, e, Kind.PERSON
    elif kind == "speaker":
        yield from _speaker(m)
    elif kind == "poster":
        yield from _poster(m)


def _poster(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The poster of a chat message: two or more name-shaped words (or a listed given name) that
    name no role, month or day, and no brand (`Standup Bot  9:00` and `Release Notes  10:30`
    are no people)."""
    s, e = m.span("pname")
    words = [w for w in m.group("pname").split() if not re.fullmatch(_JOINS, w)]
    folded = [fold(w) for w in words]
    if any(
        f in _NOT_SPEAKERS or f in _HEADER_WORDS or f in lx.NOT_NAMES or f in _MONTHS_DAYS
        for f in folded
    ):
        return
    if len(words) == 1 and (folded[0] not in given_names() or folded[0] in lx.AMBIGUOUS_GIVEN):
        return
    if any(_stop(w) for w in words) or thing_name(m.string, s, e):
        return
    yield s, e, Kind.PERSON


def _speaker(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Who speaks on a transcript's line: after a time stamp (`[14:02] Mirte Kremer:`, `[14:02]
    Brent (Agent):`) any name-shaped words that name no role; without one, a listed given name
    alone (`Anna: ...`) or a listed given name first and a surname after it (`Anna Weber:`)."""
    s, e = m.span("sname")
    stamp = m.group("stime")
    timed = bool(stamp) and _CLOCK.search(stamp) is not None
    words = m.group("sname").split()
    first = fold(words[0])
    if not timed and (first not in given_names() or first in lx.AMBIGUOUS_GIVEN):
        return  # most labels (`Name:`, `Status:`) end here, before anything costlier
    folded = [first, *(fold(w) for w in words[1:])]
    if any(
        f in _NOT_SPEAKERS or f in _HEADER_WORDS or f in lx.NOT_NAMES or f in _MONTHS_DAYS
        for f in folded
    ):
        return  # Von:, Van:, De: begin a mail header; Agent:, System: are no people
    if timed:
        if (len(words) > 1 or not _stop(words[0])) and not thing_name(m.string, s, e):
            yield s, e, Kind.PERSON
        return
    if _stop(words[0]):
        return
    if len(words) == 1 or all(_is_surname(w) or _particle(w) for w in words[1:]):
        yield s, e, Kind.PERSON


_ARTICLE_BEFORE = re.compile(
    r"(?i)(?:^|[^\w])(?:the|a|an|this|that|these|our|your|their|its|der|die|das|den|dem|des|ein|"
    r"eine|einen|einem|le|la|les|un|une|ce|cette|el|los|las|una|este|esta|het|een|deze|dit|"
    r"using|use|via|in|at|on|into|im|am|vom|zum|zur|au|aux|en|del|al|op|naar|uit)"
    r"[ \t]+\Z"
)
_PREV_WORD = re.compile(r"(\S+)[ \t]+\Z")
_CODE_LINE = re.compile(r"[{};=<>]|\(\)|::|->|\bdef |\bclass |\bimport ")


# A name right before its owner's mailbox, in brackets, a cell or after a comma (`Siim Pärn
# (parn.siim@online.ee)`, `AISTĖ PAULAUSKAITĖ<TAB>apaulauskaite@one.lt`, `Tan Mei Ling,
# mltan@...`): the mailbox's local part spells a word of the name, which corroborates it, in any
# language, whether or not a list knows it (the display name before `<address>` is names.py's).
_CAPS_WORD = rf"[{_CAPS}]{{2,}}(?:[-'][{_CAPS}]{{2,}})?"
# (the pattern starts at the mailbox, so that a window around an `@` costs one short match; the
# name is looked for before it only when a separator is there)
NAME_BY_MAILBOX = re.compile(r"(?<![\w.+-])(?:mailto:)?([\w.+-]{2,64})@[\w-]")
_MAILBOX_SEP = re.compile(
    r"(?:[ \t]*\([ \t]*|\t|,[ \t]+|[ \t]+[|·][ \t]+|[ \t]+[-–][ \t]+)(?:mailto:)?\Z"
)
_NAME_BEFORE = re.compile(
    rf"(?<![\w@.-])((?:{_WORD}|{_CAPS_WORD})(?:[ \t]+(?:(?:{_PARTICLES}|{_JOINS})[ \t]+){{0,2}}(?:{_WORD}|{_CAPS_WORD})){{1,3}})\Z"
)
_LOCAL_WORDS = re.compile(r"[^\W\d_]+")


def name_by_mailbox(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text = m.string
    sep = _MAILBOX_SEP.search(text, max(0, m.start() - 12), m.start())
    if sep is None:
        return
    name = _NAME_BEFORE.search(text, max(0, sep.start() - 100), sep.start())
    if name is None:
        return
    local = fold(m.group(1))
    first = _LOCAL_WORDS.match(local)
    if first and first.group() in ROLE_MAILBOXES:
        return  # `Stripe Support (support@...)`: a role's mailbox, not the name's owner
    s, e = name.span(1)
    words = name.group(1).split()
    # a role or a common word before the name is no part of it (`Customer Siim Pärn (...)`)
    while len(words) > 1 and (fold(words[0]) in _NOT_SPEAKERS or _stop(words[0])):
        s = text.index(words[1], s + len(words[0]))
        words = words[1:]
    words = [w for w in words if not re.fullmatch(_JOINS, w)]
    folded = [fold(w) for w in words]
    if any(
        f in _NOT_SPEAKERS or f in _HEADER_WORDS or f in lx.NOT_NAMES or f in _MONTHS_DAYS
        for f in folded
    ):
        return
    if not any(
        len(f) >= 3 and f in local and not _stop(w) for f, w in zip(folded, words, strict=True)
    ):
        return
    if thing_name(text, s, e) or lx.LEGAL_FORMS.search(name.group(1)):
        return
    yield s, e, Kind.PERSON


# A chat's mention, in any casing (`@jurgita`, `@Siim`): a listed given name after `@`, not an
# address's domain or a chat client's group mention (Slack's @channel, @here, @everyone).
MENTION = re.compile(r"(?<![\w.@+-])@([^\W\d_]{2,24})(?![\w@.-])")
_GROUP_MENTIONS = frozenset(["channel", "here", "everyone", "all", "team", "group"])


# a chat client's message header (see OTHER_FORMS' `poster`), found anywhere in the text
_POSTER_LINE = re.compile(
    r"(?m)^[ \t]*[^\W\d_][^\n]{0,60}?[ \t]{2,}\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?$"
)


def mention(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A listed given name after `@`; in a chat thread (a poster's header line in the text) any
    one-word mention that opens a message, which addresses its reader."""
    f = fold(m.group(1))
    if f in _GROUP_MENTIONS or f in lx.AMBIGUOUS_GIVEN:
        return
    if f not in given_names():
        text, s = m.string, m.start()
        opens = not text[text.rfind("\n", 0, s) + 1 : s].strip()
        if not (opens and _POSTER_LINE.search(text) and not _stop(m.group(1))):
            return
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    line_end = m.string.find("\n", m.start())
    if _CODE_LINE.search(m.string, line_start, line_end if line_end >= 0 else len(m.string)):
        return  # a decorator or an annotation (`@property`, `@Override`) on a line of code
    yield m.start(1), m.end(1), Kind.PERSON


def single_given(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A listed given name alone mid-sentence; not after an article or a preposition of place
    and tool ('in Jordan', 'with Django', 'the Travis build'), not on a line of code, not a name
    that is also a word, a place or a product (lexicon.AMBIGUOUS_GIVEN)."""
    word = m.group()
    f = fold(word)
    if f in lx.AMBIGUOUS_GIVEN or f not in given_names() or _stop(word):
        return
    text, s = m.string, m.start()
    if text[s - 1 : s] != "@":  # @Priya: a mention in a chat is a person
        prev = _PREV_WORD.search(text, max(0, s - 30), s)
        if prev is None or not prev.group(1)[0].islower():
            return  # Johnnie Walker: part of a run of capitalised words, not a name alone
        if _ARTICLE_BEFORE.search(text, max(0, s - 12), s):
            return
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", s)
    if _CODE_LINE.search(text, line_start, line_end if line_end >= 0 else len(text)):
        return
    if thing_name(text, s, m.end()):
        return
    yield s, m.end(), Kind.PERSON


# A chat transcript's speaker label in lower case, after the message's time (IRC logs' and chat
# exports' `[14:02] anna: ...`, `14:02 anna: ...`): a nickname. It names a person when it is a
# word of a name the text writes in full elsewhere (`anna` and `Anna Weber`), or a listed given
# name (not one that is also a common word); roles, bots and log levels (`system:`, `info:`)
# are not, and the line must be one of two or more timed lines (a transcript, not one log line).
TIMED_HANDLE = re.compile(
    r"(?m)^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+<?([^\W\d_A-Z][\w.'’-]{1,30})>?(?=:[ \t]|>[ \t])"
)


def handles(text: str, names_found: list[str]) -> list[tuple[int, int]]:
    """The spans of lower-case speaker labels that name a person (see TIMED_HANDLE)."""
    labels = list(TIMED_HANDLE.finditer(text))
    if len(labels) < 2:
        return []
    words = {fold(w) for n in names_found for w in n.split()}
    out = []
    for m in labels:
        f = fold(m.group(1))
        if f in _NOT_SPEAKERS or f in lx.NOT_NAMES or f in _HEADER_WORDS or f in _MONTHS_DAYS:
            continue
        if f in words or f in given_names() and f not in lx.AMBIGUOUS_GIVEN:
            out.append(m.span(1))
    return out
