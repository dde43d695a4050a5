"""A cheap guess of a text's language from its function words: it picks the phone regions to
try first and the spaCy model for names. Unknown is 'en'."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_WORDS = re.compile(r"[a-zà-ÿß]+")
STOPWORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "are",
            "you",
            "your",
            "with",
            "for",
            "this",
            "that",
            "have",
            "from",
            "please",
            "thanks",
            "my",
            "at",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "ich",
            "sie",
            "bitte",
            "ein",
            "eine",
            "für",
            "auf",
            "den",
            "dem",
            "mein",
            "meine",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "est",
            "une",
            "des",
            "pour",
            "avec",
            "vous",
            "je",
            "ne",
            "pas",
            "mon",
            "ma",
            "merci",
            "sur",
            "au",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "es",
            "una",
            "para",
            "con",
            "por",
            "que",
            "mi",
            "su",
            "gracias",
            "del",
            "al",
            "usted",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "is",
            "niet",
            "met",
            "ik",
            "je",
            "voor",
            "van",
            "op",
            "mijn",
            "bedankt",
            "zijn",
            "naar",
        ]
    ),
    # Italian and Portuguese: words Spanish does not share, so its texts keep their guess
    "it": frozenset(
        [
            "il",
            "gli",
            "è",
            "che",
            "per",
            "non",
            "sono",
            "mio",
            "mia",
            "grazie",
            "della",
            "alla",
            "nel",
            "anche",
            "questo",
            "ho",
        ]
    ),
    "pt": frozenset(
        [
            "não",
            "você",
            "obrigado",
            "obrigada",
            "uma",
            "meu",
            "minha",
            "está",
            "em",
            "ao",
            "os",
            "das",
            "dos",
            "é",
            "muito",
            "na",
        ]
    ),
}
# Phone regions to try for national numbers, by language (the rest follow).
REGIONS = {
    "en": ("US", "GB", "CA", "IE", "AU"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "es": ("ES", "MX", "AR"),
    "nl": ("NL", "BE"),
    "it": ("IT", "CH"),
    "pt": ("PT", "BR"),
}
ALL_REGIONS = ("US", "GB", "DE", "FR", "ES", "NL", "IT", "BE", "AT", "CH", "CA", "IE")


@lru_cache(maxsize=2048)
def guess(text: str) -> str:
    words = Counter(_WORDS.findall(text[:600].lower()))
    if not words:
        return "en"
    best, score = "en", 0
    for lang, stop in STOPWORDS.items():
        # each language's stop words in the text, counted as often as they occur (the set
        # intersection in C, not a Python test per word and language)
        n = sum(map(words.__getitem__, stop.intersection(words)))
        if n > score:
            best, score = lang, n
    return best


def guess_at(text: str, pos: int) -> str:
    """The language of the one text around `pos` where the scan joined many (separated by a NUL
    character): a rule that asks must not read its neighbours."""
    start = text.rfind("\x00", 0, pos) + 1
    end = text.find("\x00", pos)
    return guess(text[start : end if end >= 0 else start + 600][:600])


@lru_cache(maxsize=8)
def _regions(lang: str) -> tuple[str, ...]:
    first = REGIONS[lang]
    return first + tuple(r for r in ALL_REGIONS if r not in first)


def regions(text: str) -> tuple[str, ...]:
    return _regions(guess(text))
