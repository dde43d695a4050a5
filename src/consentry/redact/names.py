"""Names where a record or a letter says a name comes: mail headers (From:, Von:, De :, Van:),
salutations (Dear, Liebe, Bonjour, Estimada, Beste), sign-offs (Regards, Grüße, Cordialement,
Saludos, Groeten), titles (Mr, Frau, Mme, Sra, Dhr.) and introductions (my name is, ich heiße,
je m'appelle, me llamo, mijn naam is). Field names (`"first_name":`) are in `fields`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from consentry.redact import lexicon as lx
from consentry.redact.gazetteer import fold, known_name_word, thing_name
from consentry.redact.kinds import Kind
from consentry.redact.language import guess_at

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŁŚŻ"
_LOW = "a-zß-öø-ÿā-žłśż"
TOKEN = rf"(?:[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*|[{_UP}]\.|Mc[{_UP}][{_LOW}]+|O'[{_UP}][{_LOW}]+)"
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
    rf"(?i)(?:^|(?<=[\n.!?]))[ \t]*(?:{lx.SALUTATIONS})[ \t]+{_T}(?-i:({_LEAD}{NAME}))(?=[ \t]*[,!:\n—-])"
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
