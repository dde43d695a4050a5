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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pair:
    """Two forms of one class. `after` names what must follow for the pair to be usable:
    "word" keeps clause-final uses ("as it is.") out, "participle" keeps "you have" a
    perfect ("you have seen", never "you have a"), "not-to" keeps "make sure to" whole."""

    a: str
    b: str
    after: str = ""

    name: str = field(init=False)  # the class a choice point is keyed and tested by

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", f"{self.a}|{self.b}")


# -ize / -ise (and -ization / -isation): stems whose both spellings are standard English.
_MORE_IZE = """
author civil colon econom energ hypothes item mechan monet polar privat scrutin stigmat
subsid synthes systemat theor sympath terror traumat patron public sensit steril fertil
revital reorgan victim vandal western urban vocal global legal national rational regular
social industrial commercial conceptual contextual internal external operational hospital
equal formal ideal familiar material penal trivial deserial decentral canonical modular
disorgan unauthor uncategor unoptim unrecogn uninitial reinitial
"""
_MORE_IZATION = """
author civil colon global industrial legal modern national neutral polar privat rational
regular social steril vector parallel container monet mobil capital central digit general
harmon sanit conceptual commercial decentral internal operational hospital memor random
"""
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
] + _MORE_IZE.split()
_IZE_SUFFIXES = (
    ("ize", "ise"),
    ("izes", "ises"),
    ("ized", "ised"),
    ("izing", "ising"),
    ("izer", "iser"),  # the agent nouns and adjectives of the same stems
    ("izers", "isers"),
    ("izable", "isable"),
)
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
] + _MORE_IZATION.split()

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
maybe perhaps|usually typically
gray grey|grayed greyed|learned learnt|spelled spelt|burned burnt|dreamed dreamt|leaped leapt
acknowledgment acknowledgement|adviser advisor|artifact artefact|artifacts artefacts
enrollment enrolment|installment instalment|fulfillment fulfilment|skeptical sceptical
sulfur sulphur|aluminum aluminium|airplane aeroplane|cozy cosy
upward upwards|downward downwards|backward backwards|onward onwards
email e-mail|emails e-mails|lowercase lower-case|uppercase upper-case
often frequently|therefore thus|quickly rapidly
especially particularly|entirely completely|certainly definitely|mainly mostly
manoeuvre maneuver|aesthetic esthetic|tumour tumor|savour savor|rigour rigor|candour candor
"""

# phrases of several words: the two forms are separated by " / "
_PHRASES = """
for example / for instance|kind of / sort of|a lot of / lots of|in order to / so as to
each other / one another|keep in mind / bear in mind
percent / per cent|alright / all right|dataset / data set|datasets / data sets
filename / file name|filenames / file names|username / user name|usernames / user names
checkbox / check box|checkboxes / check boxes|timeframe / time frame|nowadays / these days
website / web site|websites / web sites|codebase / code base|lifecycle / life cycle
healthcare / health care|online / on-line|nonprofit / non-profit|startup / start-up
cooperate / co-operate|cooperation / co-operation|coordinate / co-ordinate
coordination / co-ordination|reevaluate / re-evaluate|preexisting / pre-existing
tradeoff / trade-off|tradeoffs / trade-offs|nonempty / non-empty|nonzero / non-zero
nonnegative / non-negative|nonblocking / non-blocking|nonexistent / non-existent
subdirectory / sub-directory|subdirectories / sub-directories|metadata / meta-data
whitespace / white space|namespace / name space|namespaces / name spaces
timestamp / time stamp|timestamps / time stamps|placeholder / place holder
placeholders / place holders|wildcard / wild card|wildcards / wild cards
multiline / multi-line|multithreaded / multi-threaded|preprocessing / pre-processing
predefined / pre-defined|reuse / re-use|reused / re-used|reusable / re-usable
lookup / look-up|lookups / look-ups|setup / set-up|backup / back-up|backups / back-ups
wellbeing / well-being|coworker / co-worker|coworkers / co-workers|ebook / e-book
pretrained / pre-trained|pretraining / pre-training|finetune / fine-tune
finetuned / fine-tuned|finetuning / fine-tuning|decision making / decision-making
"""

# compounds written with hyphens or spaces
_COMPOUNDS = """
long-term short-term high-quality real-time step-by-step up-to-date open-source well-known
full-time part-time low-level high-level end-to-end general-purpose
"""

# contractions: both forms are idiomatic in an answer; only swapped before another word
_CONTRACTIONS = """
do not|don't|does not|doesn't|did not|didn't|is not|isn't|are not|aren't|was not|wasn't
were not|weren't|cannot|can't|will not|won't|would not|wouldn't|should not|shouldn't
could not|couldn't|has not|hasn't|have not|haven't|need not|needn't|must not|mustn't
you are|you're|we are|we're|they are|they're|i am|i'm|we will|we'll
you will|you'll|they will|they'll|it will|it'll|i will|i'll|that will|that'll
there will|there'll|he will|he'll|she will|she'll
"""

# "'s" is also "has": contracted or expanded only before a word that keeps "is" a reading
# ("it's been" is "it has been", never "it is been")
_IS_CONTRACTIONS = """
it is|it's|that is|that's|there is|there's|here is|here's|what is|what's|who is|who's
he is|he's|she is|she's|where is|where's|how is|how's
"""


# perfect tenses: contracted only before a participle
_PERFECTS = """
i have|i've|you have|you've|we have|we've|they have|they've|should have|should've
could have|could've|would have|would've
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
            for us, uk in (
                ("yze", "yse"),
                ("yzes", "yses"),
                ("yzed", "ysed"),
                ("yzing", "ysing"),
                ("yzer", "yser"),
                ("yzers", "ysers"),
            )
        ]
    for item in _WORD_PAIRS.replace("\n", "|").split("|"):
        words = item.split()
        if words:
            if len(words) != 2:
                raise ValueError(f"a word pair is two words; write phrases in _PHRASES: {item}")
            out.append(Pair(*words))
    for item in _PHRASES.replace("\n", "|").split("|"):
        if item.strip():
            a, b = item.split(" / ")
            out.append(Pair(a.strip(), b.strip()))
    out += [Pair(c, c.replace("-", " ")) for c in _COMPOUNDS.split()]
    forms = [f.strip() for f in _CONTRACTIONS.replace("\n", "|").split("|") if f.strip()]
    for full, short in zip(forms[::2], forms[1::2], strict=True):
        out.append(Pair(full, short, after="word"))
    forms = [f.strip() for f in _IS_CONTRACTIONS.replace("\n", "|").split("|") if f.strip()]
    for full, short in zip(forms[::2], forms[1::2], strict=True):
        out.append(Pair(full, short, after="is"))
    forms = [f.strip() for f in _PERFECTS.replace("\n", "|").split("|") if f.strip()]
    for full, short in zip(forms[::2], forms[1::2], strict=True):
        out.append(Pair(full, short, after="participle"))
    out.append(Pair("make sure", "ensure", after="not-to"))
    out.append(Pair("nearly", "almost", after="not-as"))  # "not nearly as" is "far from"
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

_LEADING_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")


def _word_groups() -> dict[str, str]:
    """Each word that opens a form, mapped to one name for every word a swap can put in its
    place ("prioritize" and "prioritise"; "do" and "don't"; "keep" and "bear"): a context read
    from a word that marking may change reads the same before and after."""
    parent: dict[str, str] = {}

    def root(w: str) -> str:
        while parent.setdefault(w, w) != w:
            w = parent[w]
        return w

    for p in PAIRS:
        a, b = (_LEADING_WORD.match(f) for f in (p.a, p.b))
        if a and b:
            ra, rb = root(a.group()), root(b.group())
            parent[max(ra, rb)] = min(ra, rb)
    return {w: root(w) for w in parent}


WORD_GROUP = _word_groups()

_WHITESPACE = re.compile(r"\s")


def _atom(ch: str) -> str:
    """One character of a form as the finder reads it (inside its ASCII, ignore-case group):
    a letter as itself (either case of it, ASCII only, so the matched text lower-cases back to
    the form), either apostrophe, any space (Unicode's, as before)."""
    return {"'": "['\u2019]", " ": r"(?u:\s)"}.get(ch, re.escape(ch))


def trie_pattern(words: Iterable[str], atom: Callable[[str], str] = re.escape) -> str:
    """One expression for all words whose alternatives share their prefixes, so the engine
    reads each position once instead of trying every word there."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [atom(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# No identifier character may touch a form: dotted names, paths, snake_case and numbers stay
# untouched. No form is another followed by a space, so at most one form fits at a position.
# The forms are matched ASCII and ignoring case, (?ai:...): a literal per letter, which the engine
# tests faster than the class "[aA]" it replaces (the same matches); the characters around them
# are read as Unicode.
_FINDER = re.compile(
    r"(?<![\w.$@#/\\'\u2019-])(?ai:" + trie_pattern(FORMS, _atom) + r")(?![\w/\\(@'\u2019-]|\.\w)"
)


_FORM_OF: dict[str, str] = {}  # written form -> table form, as found before


def find_forms(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower-cased form) of each form in the text, in one compiled scan."""
    for m in _FINDER.finditer(text):
        used = m.group()
        form = _FORM_OF.get(used)
        if form is None:
            if len(_FORM_OF) > 20_000:  # odd casings could grow it without end
                _FORM_OF.clear()
            form = _FORM_OF[used] = _WHITESPACE.sub(" ", used.lower()).replace("\u2019", "'")
        yield m.start(), m.end(), form


AFTER = {
    "word": re.compile(r"[ \t]+[A-Za-z]"),
    "is": re.compile(r"[ \t]+(?!(?:been|got|gotten|had)\b)[A-Za-z]"),
    "participle": re.compile(
        r"[ \t]+(?:been|[a-z]+(?:ed|en|wn|ne|ght|ot|un|ade|id|ound|eft|ent|ept|ilt|ost|aid|old))\b"
    ),
    "not-to": re.compile(r"(?![ \t]+to\b)"),
    "not-as": re.compile(r"(?![ \t]+(?:as|enough)\b)"),
}
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'\u2019]*)[^A-Za-z\n]*$")
