"""The interchangeable forms a marked answer may choose between.

Each class is a pair of surface forms that mean the same in every place the matcher accepts
them: British and American spellings, a contraction and its full form, two sentence adverbs
or openers that swap cleanly. The watermark picks one form of each class per context with a
keyed hash, so the choice carries the key and the answer keeps its meaning. Numbers, code,
quotes and JSON are never touched (see `watermark.protected_spans`); no form here contains a
digit or a symbol that code would read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    """Two forms of one class; `needs_word_after` keeps clause-final uses ("as it is.") out."""

    a: str
    b: str
    needs_word_after: bool = False

    @property
    def name(self) -> str:
        return f"{self.a}|{self.b}"


# -ize / -ise (and -ization / -isation): stems whose both spellings are standard English.
_IZE_STEMS = [
    "organ",
    "apolog",
    "categor",
    "character",
    "critic",
    "custom",
    "emphas",
    "final",
    "general",
    "initial",
    "local",
    "maxim",
    "memor",
    "minim",
    "mobil",
    "modern",
    "normal",
    "optim",
    "parameter",
    "personal",
    "priorit",
    "random",
    "real",
    "recogn",
    "serial",
    "special",
    "stabil",
    "standard",
    "summar",
    "symbol",
    "synchron",
    "token",
    "util",
    "visual",
    "central",
    "capital",
    "digit",
    "neutral",
    "harmon",
    "sanit",
    "vector",
    "parallel",
    "container",
]
_IZE_SUFFIXES = (("ize", "ise"), ("izes", "ises"), ("ized", "ised"), ("izing", "ising"))
_IZATION = [
    "organ",
    "categor",
    "character",
    "custom",
    "initial",
    "local",
    "minim",
    "maxim",
    "normal",
    "optim",
    "personal",
    "priorit",
    "real",
    "serial",
    "special",
    "stabil",
    "standard",
    "summar",
    "synchron",
    "token",
    "util",
    "visual",
]

# -yze / -yse
_YZE = ("anal", "paral", "catal")

# words spelled -or / -our, -er / -re, single / double l, and other US / UK pairs
_WORD_PAIRS = """
color colour|colors colours|colored coloured|coloring colouring|colorful colourful
behavior behaviour|behaviors behaviours|behavioral behavioural
favor favour|favors favours|favorite favourite|favorites favourites|favorable favourable
flavor flavour|flavors flavours|honor honour|honors honours|honored honoured
humor humour|labor labour|neighbor neighbour|neighbors neighbours|neighboring neighbouring
neighborhood neighbourhood|rumor rumour|rumors rumours|vapor vapour|harbor harbour
endeavor endeavour|endeavors endeavours|armor armour|odor odour|vigor vigour
center centre|centers centres|centered centred|fiber fibre|fibers fibres|theater theatre
liter litre|liters litres|caliber calibre|somber sombre
traveled travelled|traveling travelling|traveler traveller|travelers travellers
modeled modelled|modeling modelling|labeled labelled|labeling labelling
canceled cancelled|canceling cancelling|fueled fuelled|signaling signalling
leveled levelled|totaled totalled|channeled channelled|marveled marvelled
catalog catalogue|catalogs catalogues|analog analogue|defense defence|offense offence
judgment judgement|judgments judgements|aging ageing|toward towards
afterward afterwards|amid amidst|among amongst|fulfill fulfil|enroll enrol
skillful skilful|jewelry jewellery|plow plough|mold mould|mustache moustache
maybe perhaps|usually typically|for example for instance|kind of sort of
"""

# contractions: both forms are idiomatic in an answer; only swapped before another word
_CONTRACTIONS = """
do not|don't|does not|doesn't|did not|didn't|is not|isn't|are not|aren't|was not|wasn't
were not|weren't|cannot|can't|will not|won't|would not|wouldn't|should not|shouldn't
could not|couldn't|has not|hasn't|have not|haven't|it is|it's|that is|that's
there is|there's|you are|you're|we are|we're|they are|they're|i am|i'm|we will|we'll
you will|you'll|here is|here's|what is|what's
"""


def _pairs() -> tuple[Pair, ...]:
    out: list[Pair] = []
    for stem in _IZE_STEMS:
        out += [Pair(stem + us, stem + uk) for us, uk in _IZE_SUFFIXES]
    for stem in _IZATION:
        out += [
            Pair(stem + "ization", stem + "isation"),
            Pair(stem + "izations", stem + "isations"),
        ]
    for stem in _YZE:
        out += [
            Pair(stem + us, stem + uk)
            for us, uk in (("yze", "yse"), ("yzes", "yses"), ("yzed", "ysed"), ("yzing", "ysing"))
        ]
    for item in _WORD_PAIRS.replace("\n", "|").split("|"):
        words = item.split()
        if not words:
            continue
        half = len(words) // 2
        out.append(Pair(" ".join(words[:half]), " ".join(words[half:])))
    forms = [f.strip() for f in _CONTRACTIONS.replace("\n", "|").split("|") if f.strip()]
    for full, short in zip(forms[::2], forms[1::2], strict=True):
        out.append(Pair(full, short, needs_word_after=True))
    seen: set[str] = set()
    unique = []
    for p in out:
        if p.a in seen or p.b in seen:
            raise ValueError(f"form listed twice in the watermark table: {p.name}")
        seen.update((p.a, p.b))
        unique.append(p)
    return tuple(unique)


PAIRS: tuple[Pair, ...] = _pairs()

# which pair and which side each lower-cased form belongs to
FORMS: dict[str, tuple[int, int]] = {}
for _i, _p in enumerate(PAIRS):
    FORMS[_p.a] = (_i, 0)
    FORMS[_p.b] = (_i, 1)

_APOS = "['\u2019]"


def _form_pattern(form: str) -> str:
    return re.escape(form).replace("'", _APOS).replace(r"\ ", r"\s")


# One scan finds every form: longest first so "for example" wins over shorter overlaps. No
# identifier character may touch a form (dotted names, paths, snake_case stay untouched).
MATCHER = re.compile(
    r"(?<![\w.$@#/\\'\u2019-])(?P<form>"
    + "|".join(_form_pattern(f) for f in sorted(FORMS, key=len, reverse=True))
    + r")(?![\w/\\(@'\u2019-])(?!\.\w)",
    re.IGNORECASE,
)
WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]")
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'\u2019]*)[^A-Za-z\n]*$")
